"""`casenotes review` in a real browser: open the queue, move by keyboard, resolve a
needs_review entry, correct a field, refuse a bad date, assign an unknown heading, mark
reviewed; then the gold export, `evaluate` and a rerun with the learned headings.

The app runs under uvicorn on a free loopback port in this process; headless
Chromium from Debian's package drives it through Playwright (the launch flags
and the skip are the audit browser test's). No request may leave the server's
origin and the page may log no error (a CSP violation would be one).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, expect, sync_playwright

from pipeline.cli import main
from pipeline.review.app import ReviewApp, ReviewConfig
from pipeline.review.pages import Pages
from pipeline.review.store import ReviewStore
from pipeline.specs import load_schemas
from tests.review_fixtures import INTRODUCTION, UNKNOWN_HEADING, write_run
from tests.test_audit_browser import CHROMIUM, CHROMIUM_ARGS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]

TOKEN = "browser-test-token-42"
# Set to a directory to keep the screenshots (docs/review.png is one of them).
SCREENSHOTS = os.environ.get("CASENOTES_REVIEW_SCREENSHOTS")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """Yield (base url, inputs, out) of a review server over a fresh run."""
    inputs, out = write_run(tmp_path_factory.mktemp("review-browser"))
    store = ReviewStore(out)
    store.refresh_index()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = ReviewConfig(out, TOKEN, "sri", "127.0.0.1", port)
    app = ReviewApp(config, store, Pages(out, None), load_schemas()).asgi()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", inputs, out
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, served: tuple[str, Path, Path]) -> Iterator[Page]:
    base = served[0]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda r: None if r.url.startswith(base) else foreign.append(r.url))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    assert foreign == []
    # The one expected error: the bad date's 422, which the page shows beside the field.
    assert [e for e in errors if "422" not in e] == []


def _shot(page: Page, name: str, tmp_path: Path) -> None:
    target = Path(SCREENSHOTS) if SCREENSHOTS else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target / name))


def test_review_a_run_by_keyboard_and_form(
    page: Page, served: tuple[str, Path, Path], tmp_path: Path
) -> None:
    base, inputs, out = served
    page.goto(f"{base}/?token={TOKEN}")
    assert page.url == f"{base}/"  # the token went into a cookie, out of the address
    rows = page.locator("#queue tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0).locator(".status")).to_have_text("needs review")
    expect(rows.nth(1).locator(".status")).to_have_text("incomplete")
    _shot(page, "queue.png", tmp_path)

    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class("selected")
    page.keyboard.press("k")
    expect(rows.nth(0)).to_have_class("selected")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/records/**")

    # visit2: its source is not on this machine, which the page says; resolve needs_review.
    expect(page.locator(".source .note")).to_contain_text("source file not found here")
    expect(page.locator("#status")).to_have_text("needs review")
    page.locator('button.present[data-field="conclusion"]').click()
    conclusion = page.locator("#f-conclusion")
    expect(conclusion).to_be_focused()
    conclusion.fill("Klien akan datang lagi minggu depan.")
    page.keyboard.press("Control+s")
    expect(page.locator("#status")).to_have_text("complete")
    expect(page.locator(".review-entry")).to_have_count(0)
    page.keyboard.press("Control+Enter")  # mark reviewed, then on to the next record
    expect(page.locator(".source h2")).to_contain_text("note.pdf")

    # note.pdf: the page image beside the form, evidence links, a bad date, a correction.
    image = page.locator(".page img").first
    expect(image).to_be_visible()
    assert page.evaluate("i => i.naturalWidth", image.element_handle()) > 500
    expect(page.locator('form.field[data-field="interview_date"] .ev')).to_have_text(
        "p.1 · Tanggal Wawancara"
    )
    date = page.locator('form.field[data-field="interview_date"]')
    date.locator("input").fill("31 Februari 2024")
    date.locator("button[type=submit]").click()
    expect(date.locator(".msg")).to_contain_text("interview_date: not a date")
    expect(page.locator("#status")).to_have_text("incomplete")
    intro = page.locator('form.field[data-field="introduction"]')
    expect(intro.locator(".flag")).to_contain_text("missing (required)")
    intro.locator("textarea").fill(INTRODUCTION)
    intro.locator("button[type=submit]").click()
    expect(intro.locator(".msg")).to_have_text("saved")
    expect(page.locator("#status")).to_have_text("complete")

    # Teach: the unknown heading, its field suggested, assigned in one action.
    assign = page.locator("form.assign").filter(has_text=UNKNOWN_HEADING.upper())
    assign.locator("select").select_option("introduction")
    assign.locator("button").click()
    expect(page.locator("#rerun")).to_contain_text("--schema-dir")
    expect(page.locator("#rerun")).to_contain_text(str(out / ".casenotes" / "learned"))
    page.locator("#mark-reviewed").click()
    expect(page.locator("#mark-reviewed")).to_have_text("Reviewed ✓")
    expect(intro.locator(".flag")).to_have_count(0)
    page.reload()  # what the server keeps: the correction, the assignment, the rerun command
    expect(intro.locator("textarea")).to_have_value(INTRODUCTION)
    expect(assign.locator("button")).to_have_text("Assigned ✓")
    expect(page.locator("#rerun")).to_be_visible()
    page.set_viewport_size({"width": 1400, "height": 1500})  # the whole form in one picture
    _shot(page, "record.png", tmp_path)

    page.goto(f"{base}/?reviewed=yes")
    expect(page.locator("#queue tbody tr")).to_have_count(2)

    # What the clicks kept: gold with the corrected value, a schema-dir a rerun uses.
    gold = tmp_path / "gold"
    exported = CliRunner().invoke(main, ["review", str(out), "--export-gold", str(gold)])
    assert exported.exit_code == 0, exported.output
    assert "gold: 2 files, 2 records (2 corrected)" in exported.output
    [note] = json.loads((gold / "note.pdf.json").read_text())["records"]
    assert note["fields"]["introduction"] == INTRODUCTION
    scored = CliRunner().invoke(
        main, ["evaluate", "--gold", str(gold), "--pred", str(out), "--show-values"]
    )
    assert f"gold='{INTRODUCTION[:59]}" in scored.output
    rerun = tmp_path / "rerun"
    learned = out / ".casenotes" / "learned"
    result = CliRunner().invoke(
        main,
        [
            "process",
            str(inputs),
            "--out",
            str(rerun),
            "--workers",
            "1",
            "--schema-dir",
            str(learned),
        ],
    )
    assert result.exit_code == 0, result.output
    [again] = json.loads((rerun / "note.pdf.json").read_text())["records"]
    assert again["fields"]["introduction"] == INTRODUCTION
