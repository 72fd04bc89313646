"""The audit's HTML in a real browser: the numbers shown agree with the CSV, and filtering,
sorting, the heatmap toggle, the worker filter and the list of unreadable inputs work,
with no request leaving the file.

Runs headless Chromium from Debian's package (/usr/bin/chromium) through Playwright;
never a browser Playwright downloads. Skipped when that Chromium is absent.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, sync_playwright

from pipeline.cli import main
from pipeline.reports.audit_html import WORKERS_SHOWN
from tests.audit_fixtures import RECORDS, UNREADABLE, _doc, _record, write_out_dir

EXTRA_WORKERS = 25  # beyond the fixture's two: more than the page lists before a filter

CHROMIUM = Path("/usr/bin/chromium")
# As the machine notes advise: without the background-networking flags Chromium keeps
# trying to reach Google's hosts, which this closed network refuses.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"
    ),
]


def _csv(path: Path) -> list[dict[str, str]]:
    # utf-8-sig: the audit's CSVs start with a BOM so that Excel reads them as UTF-8.
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.fixture(scope="module")
def report_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("audit")
    out = write_out_dir(root / "out")
    for n in range(EXTRA_WORKERS):
        record = _record("process_record", {"worker_name": f"Pekerja Nomor {n:02d}"})
        doc = _doc(f"in/crowd/{n}.pdf", record)
        (out / f"crowd-{n}.json").write_text(json.dumps(doc), encoding="utf-8")
    html, records_csv = root / "report.html", root / "report.csv"
    result = CliRunner().invoke(
        main, ["audit", str(out), "--html", str(html), "--csv", str(records_csv)]
    )
    assert result.exit_code == 0, result.output
    return html, records_csv, root / "report.summary.csv"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, report_files: tuple[Path, Path, Path]) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(report_files[0].as_uri())
    yield tab
    context.close()
    assert errors == []
    assert [url for url in requests if not url.startswith("file://")] == []


def _visible_rows(page: Page) -> int:
    count = page.locator("#records tbody tr:visible").count()
    assert page.locator("#visible-rows").inner_text() == str(count)
    return count


def _percent(share: str) -> str:
    return f"{round(float(share) * 100)}%"


def test_summary_numbers_match_the_summary_csv(
    page: Page, report_files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    summary = {(r["section"], r["key"], r["record_type"]): r for r in _csv(report_files[2])}
    total = summary[("total", "complete_rate", "")]
    rate = page.locator('[data-metric="complete-rate"]')
    assert rate.get_attribute("data-value") == total["share"]
    assert rate.inner_text() == _percent(total["share"])
    assert page.locator('[data-metric="records"]').inner_text() == total["total"]
    unreadable = summary[("total", "unreadable_files", "")]["count"]
    assert page.locator('[data-metric="unreadable-files"]').inner_text() == unreadable

    bars = page.locator('[data-metric="type-rate"]')
    shown = {
        bars.nth(i).get_attribute("data-key"): bars.nth(i).locator("b").inner_text()
        for i in range(bars.count())
    }
    expected = {
        key: _percent(r["share"])
        for (section, key, _), r in summary.items()
        if section == "record_type"
    }
    assert shown == expected

    cell = page.locator('#heatmap td[data-type="process_record"][data-field="conclusion"]')
    assert cell.inner_text() == _percent(
        summary[("field_missing", "conclusion", "process_record")]["share"]
    )
    page.screenshot(path=str(tmp_path / "audit.png"), full_page=True)
    assert (tmp_path / "audit.png").stat().st_size > 0


def test_filters_agree_with_the_records_csv(
    page: Page, report_files: tuple[Path, Path, Path]
) -> None:
    rows = _csv(report_files[1])
    assert _visible_rows(page) == len(rows) == RECORDS + EXTRA_WORKERS

    page.select_option("#filter-type", "process_record")
    assert _visible_rows(page) == sum(r["record_type"] == "process_record" for r in rows)

    page.fill("#filter-text", "rina")
    both = sum(r["record_type"] == "process_record" and r["worker"] == "Rina Marlina" for r in rows)
    assert _visible_rows(page) == both == 2

    page.select_option("#filter-type", "")
    page.fill("#filter-text", "")
    page.check("#filter-incomplete")
    assert _visible_rows(page) == sum(r["complete"] == "no" for r in rows)


def test_clicking_a_header_sorts_and_reverses(
    page: Page, report_files: tuple[Path, Path, Path]
) -> None:
    dates = [r["date"] for r in _csv(report_files[1])]
    date_cells = page.locator("#records tbody td.date")
    assert date_cells.all_inner_texts() == dates  # file order before any click

    page.click('#records th[data-column="date"] button')
    assert date_cells.all_inner_texts() == sorted(dates)
    page.click('#records th[data-column="date"] button')
    assert date_cells.all_inner_texts() == sorted(dates, reverse=True)

    page.click('#records th[data-column="missing_required"] button')
    page.click('#records th[data-column="missing_required"] button')
    first = page.locator("#records tbody tr").first.locator("td.file")
    # two required fields missing: the most; the cell shows the path below the common folder
    assert first.get_attribute("title") == "in/b/case.pdf"
    assert first.inner_text().startswith("b/case.pdf")
    assert page.locator("#folder code").inner_text() == "in/"


def test_fields_never_missing_show_on_request(page: Page) -> None:
    hidden = page.locator("#heatmap tr.never-missing")
    assert hidden.count() > 0
    assert page.locator("#heatmap tr.never-missing:visible").count() == 0
    page.check("#show-all-fields")
    assert page.locator("#heatmap tr.never-missing:visible").count() == hidden.count()


def _visible_workers(page: Page) -> list[str]:
    bars = page.locator("#workers .bar-row:visible .bar-label")
    assert page.locator("#visible-workers").inner_text() == str(bars.count())
    return bars.all_inner_texts()


def test_the_worker_filter_finds_a_worker_beyond_the_first_twenty(page: Page) -> None:
    first = _visible_workers(page)
    assert len(first) == WORKERS_SHOWN
    assert first[:2] == ["Rina Marlina", "Andi Wijaya"]  # the most incomplete records first
    hidden = page.locator("#workers .bar-row[hidden] .bar-label").first.inner_text()
    assert hidden not in first

    page.fill("#filter-worker", hidden.upper())
    assert _visible_workers(page) == [hidden]
    page.fill("#filter-worker", "nomor")
    assert len(_visible_workers(page)) == EXTRA_WORKERS
    page.fill("#filter-worker", "")
    assert _visible_workers(page) == first


def test_unreadable_inputs_are_listed(page: Page, report_files: tuple[Path, Path, Path]) -> None:
    rows = page.locator("#unreadable tbody tr")
    assert rows.count() == UNREADABLE
    assert rows.first.locator("td").all_inner_texts() == [
        "in/broken.pdf",
        "cannot be read",
        "encrypted",
    ]
    listed = _csv(report_files[0].with_name("report.unreadable.csv"))
    assert [(r["file"], r["reason"]) for r in listed] == [("in/broken.pdf", "encrypted")]
