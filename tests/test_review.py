"""`casenotes review`: the API's token and origin checks, validation, the store, teach, gold.

The app is driven in-process with Starlette's TestClient over a run the real
pipeline wrote (`tests/review_fixtures.py`); nothing of the app is replaced.
Each refusal test also checks that nothing was written: the store holds no
change and the run's JSON files keep their bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from pipeline.cli import main
from pipeline.errors import CasenotesError
from pipeline.reports.audit import review_counts
from pipeline.review.app import CSP, ReviewApp, ReviewConfig
from pipeline.review.pages import Pages
from pipeline.review.store import ReviewStore, lock_run, store_path
from pipeline.specs import load_schemas
from tests.review_fixtures import INTRODUCTION, UNKNOWN_HEADING, write_run

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
BASE = "http://127.0.0.1:8765"


@pytest.fixture(scope="module")
def built_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_run(tmp_path_factory.mktemp("review"))


@pytest.fixture
def run(built_run: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """Return (inputs, out): a private copy of the run, so each test starts unreviewed."""
    inputs, out = built_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    return inputs, copy


@pytest.fixture
def client(run: tuple[Path, Path]) -> Iterator[TestClient]:
    out = run[1]
    store = ReviewStore(out)
    store.refresh_index()
    app = ReviewApp(ReviewConfig(out, TOKEN, "sri"), store, Pages(out, None), load_schemas())
    with TestClient(app.asgi(), base_url=BASE) as test_client:
        yield test_client
    store.close()


def _ids(client: TestClient) -> dict[str, str]:
    """Return record ids by the base name of their source."""
    records = client.get("/api/records", headers=AUTH).json()["records"]
    return {Path(r["path"]).name: r["id"] for r in records}


def _run_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.glob("*.json")}


def _changes(out: Path) -> int:
    with sqlite3.connect(store_path(out)) as db:
        return int(db.execute("SELECT COUNT(*) FROM changes").fetchone()[0])


# --- the token, the origin, the host ------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/api/records", "/api/records/x", "/pages/x/1", "/static/review.js"]
)
def test_reads_without_a_token_are_401_and_with_a_wrong_one_403(
    client: TestClient, url: str
) -> None:
    assert client.get(url).status_code == 401
    assert client.get(url, headers={"Authorization": "Bearer nope"}).status_code == 403
    assert client.get(url, params={"token": "nope"}).status_code == 403


def test_a_token_in_the_address_moves_to_a_cookie_and_leaves_the_address(
    client: TestClient,
) -> None:
    response = client.get(
        "/", params={"token": TOKEN, "status": "incomplete"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/?status=incomplete"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    page = client.get("/")  # the client keeps the cookie
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP
    assert "<script>" not in page.text  # no inline script: the CSP allows none


def test_refused_writes_write_nothing(client: TestClient, run: tuple[Path, Path]) -> None:
    out = run[1]
    before = _run_bytes(out)
    record = _ids(client)["note.pdf"]
    url = f"/api/records/{record}/fields/introduction"
    body = {"value": "Sebuah pendahuluan."}
    assert client.put(url, json=body).status_code == 401
    assert client.put(url, json=body, headers={"Authorization": "Bearer nope"}).status_code == 403
    # A valid token outside the header (address or cookie) cannot write.
    refused = client.put(url, json=body, params={"token": TOKEN})
    assert refused.status_code == 403
    assert refused.json() == {"error": "writes need the token in the Authorization header"}
    cross_site = client.put(url, json=body, headers={**AUTH, "Origin": "http://evil.example"})
    assert cross_site.status_code == 403
    assert "cross-site" in cross_site.json()["error"]
    fetch_site = client.post(
        f"/api/records/{record}/reviewed", headers={**AUTH, "Sec-Fetch-Site": "cross-site"}
    )
    assert fetch_site.status_code == 403
    heading = client.post(
        "/api/headings",
        json={"heading": UNKNOWN_HEADING, "field": "introduction", "record": record},
        headers={**AUTH, "Origin": "null"},
    )
    assert heading.status_code == 403
    rebinding = client.get("/api/records", headers={**AUTH, "Host": "evil.example:8765"})
    assert rebinding.status_code == 403
    assert _changes(out) == 0
    assert not (out / ".casenotes" / "learned").exists()
    assert _run_bytes(out) == before


def test_a_same_origin_write_with_the_header_token_is_accepted(client: TestClient) -> None:
    record = _ids(client)["note.pdf"]
    response = client.put(
        f"/api/records/{record}/fields/location",
        json={"value": "Balai desa"},
        headers={**AUTH, "Origin": BASE},
    )
    assert response.status_code == 200
    assert response.json()["record"]["fields"]["location"] == "Balai desa"


# --- values checked by kind -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("interview_date", "31 Februari 2024", "interview_date: not a date"),
        ("interview_date", "besok pagi", "interview_date: not a date"),
        ("session_number", "dua kali", "session_number: not a whole number"),
        ("client_name", "   ", "client_name: give some text"),
        ("favourite_colour", "biru", "favourite_colour: not a field of process_record"),
    ],
)
def test_a_bad_value_is_422_with_a_one_line_reason_and_nothing_is_written(
    client: TestClient, run: tuple[Path, Path], field: str, value: str, reason: str
) -> None:
    record = _ids(client)["note.pdf"]
    response = client.put(
        f"/api/records/{record}/fields/{field}", json={"value": value}, headers=AUTH
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error.startswith(reason)
    assert "\n" not in error
    assert _changes(run[1]) == 0


def test_a_date_in_any_written_form_is_stored_as_iso(client: TestClient) -> None:
    record = _ids(client)["note.pdf"]
    response = client.put(
        f"/api/records/{record}/fields/interview_date", json={"value": "7 Maret 2024"}, headers=AUTH
    )
    assert response.json()["record"]["fields"]["interview_date"] == "2024-03-07"


def test_an_unknown_type_is_422(client: TestClient) -> None:
    record = _ids(client)["note.pdf"]
    response = client.put(f"/api/records/{record}/type", json={"type": "diary"}, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"].startswith("type: one of agency_record, case_record")


# --- the queue ------------------------------------------------------------------------------


def test_the_queue_puts_needs_review_before_incomplete_and_filters(client: TestClient) -> None:
    listed = client.get("/api/records", headers=AUTH).json()
    assert [(Path(r["path"]).name, r["status"]) for r in listed["records"]] == [
        ("visit2.pdf", "needs_review"),
        ("note.pdf", "incomplete"),
    ]
    assert set(listed["records"][0]) >= {
        "id",
        "path",
        "record_index",
        "type",
        "status",
        "confidence",
    }
    only = client.get("/api/records", params={"status": "incomplete"}, headers=AUTH).json()
    assert [r["status"] for r in only["records"]] == ["incomplete"]
    paged = client.get("/api/records", params={"offset": 1, "limit": 1}, headers=AUTH).json()
    assert (paged["total"], len(paged["records"])) == (2, 1)
    assert Path(paged["records"][0]["path"]).name == "note.pdf"


# --- corrections kept, the run untouched -----------------------------------------------------


def test_a_correction_is_stored_with_reviewer_time_old_and_new_and_the_run_is_untouched(
    client: TestClient, run: tuple[Path, Path]
) -> None:
    out = run[1]
    before = _run_bytes(out)
    record = _ids(client)["note.pdf"]
    response = client.put(
        f"/api/records/{record}/fields/introduction", json={"value": INTRODUCTION}, headers=AUTH
    )
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "complete"
    assert data["record"]["missing_required"] == []
    assert data["original"]["missing_required"] == ["introduction"]
    [change] = data["history"]
    assert (change["reviewer"], change["kind"], change["name"]) == ("sri", "field", "introduction")
    assert (change["old"], change["new"]) == (None, INTRODUCTION)
    assert change["at"].endswith("+00:00")
    assert _run_bytes(out) == before
    assert stat.S_IMODE(store_path(out).stat().st_mode) == 0o600
    with sqlite3.connect(store_path(out)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_needs_review_is_resolved_as_really_missing(client: TestClient) -> None:
    record = _ids(client)["visit2.pdf"]
    url = f"/api/records/{record}/fields/conclusion"
    assert (
        client.put(url, json={"value": "x", "resolution": "missing"}, headers=AUTH).status_code
        == 422
    )
    response = client.put(url, json={"value": None, "resolution": "missing"}, headers=AUTH)
    corrected = response.json()["record"]
    assert (corrected["status"], corrected["complete"]) == ("incomplete", False)
    assert corrected["missing_required"] == ["conclusion"]
    assert corrected["needs_review"] == []


def test_needs_review_is_resolved_by_the_value_found_there(client: TestClient) -> None:
    record = _ids(client)["visit2.pdf"]
    response = client.put(
        f"/api/records/{record}/fields/conclusion",
        json={"value": "Klien akan datang lagi.", "resolution": "present"},
        headers=AUTH,
    )
    corrected = response.json()["record"]
    assert (corrected["status"], corrected["complete"]) == ("complete", True)
    assert corrected["needs_review"] == []
    assert [h["kind"] for h in response.json()["history"]] == ["field", "resolve"]


# --- teach --------------------------------------------------------------------------------


def test_a_learned_heading_is_used_by_a_rerun_with_the_written_schema_dir(
    client: TestClient, run: tuple[Path, Path], tmp_path: Path
) -> None:
    inputs, out = run
    record = _ids(client)["note.pdf"]
    response = client.post(
        "/api/headings",
        json={"heading": UNKNOWN_HEADING.upper(), "field": "introduction", "record": record},
        headers=AUTH,
    )
    assert response.status_code == 200
    learned = response.json()
    schema_dir = Path(learned["schema_dir"])
    assert schema_dir == out / ".casenotes" / "learned"
    assert f"--schema-dir {schema_dir}" in learned["rerun"]
    assert json.loads(Path(learned["file"]).read_text()) == {
        "x-record-type": "process_record",
        "properties": {"introduction": {"x-synonyms": {"id": [UNKNOWN_HEADING.upper()]}}},
    }
    assert stat.S_IMODE(Path(learned["file"]).stat().st_mode) == 0o600
    rerun = tmp_path / "rerun"
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
            str(schema_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    [again] = json.loads((rerun / "note.pdf.json").read_text())["records"]
    assert again["fields"]["introduction"] == INTRODUCTION
    assert again["missing_required"] == []


def test_a_heading_for_a_field_the_type_lacks_is_422(client: TestClient) -> None:
    record = _ids(client)["note.pdf"]
    response = client.post(
        "/api/headings",
        json={"heading": "Riwayat", "field": "date_opened", "record": record},
        headers=AUTH,
    )
    assert response.status_code == 422
    assert response.json()["error"].startswith("date_opened: not a field of process_record")


# --- gold, apply, audit ---------------------------------------------------------------------


def test_export_gold_then_evaluate_shows_the_corrected_value(
    client: TestClient, run: tuple[Path, Path], tmp_path: Path
) -> None:
    out = run[1]
    ids = _ids(client)
    client.put(
        f"/api/records/{ids['note.pdf']}/fields/introduction",
        json={"value": INTRODUCTION},
        headers=AUTH,
    )
    client.post(f"/api/records/{ids['note.pdf']}/reviewed", headers=AUTH)
    gold = tmp_path / "gold"
    result = CliRunner().invoke(main, ["review", str(out), "--export-gold", str(gold)])
    assert result.exit_code == 0, result.output
    assert "gold: 1 files, 1 records (1 corrected)" in result.output
    assert "1 files left out" not in result.output  # visit2 was not reviewed at all
    assert [p.name for p in gold.rglob("*.json")] == ["note.pdf.json"]
    [record] = json.loads((gold / "note.pdf.json").read_text())["records"]
    assert record["fields"]["introduction"] == INTRODUCTION
    assert (record["missing_required"], record["complete"]) == ([], True)
    scored = CliRunner().invoke(
        main, ["evaluate", "--gold", str(gold), "--pred", str(out), "--show-values"]
    )
    assert "missed: introduction" in scored.output
    assert f"gold='{INTRODUCTION[:59]}" in scored.output
    assert "missing_required" in scored.output  # the run listed it, the gold does not


def test_apply_writes_a_corrected_run_and_never_into_the_run(
    client: TestClient, run: tuple[Path, Path], tmp_path: Path
) -> None:
    out = run[1]
    ids = _ids(client)
    client.put(
        f"/api/records/{ids['note.pdf']}/fields/location",
        json={"value": "Balai desa"},
        headers=AUTH,
    )
    applied = tmp_path / "applied"
    result = CliRunner().invoke(main, ["review", str(out), "--apply", str(applied)])
    assert result.exit_code == 0, result.output
    corrected = json.loads((applied / "note.pdf.json").read_text())
    assert corrected["records"][0]["fields"]["location"] == "Balai desa"
    assert json.loads((applied / "visit2.pdf.json").read_text()) == json.loads(
        (out / "visit2.pdf.json").read_text()
    )
    inside = CliRunner().invoke(main, ["review", str(out), "--apply", str(out / "fixed")])
    assert inside.exit_code == 1
    assert "must not be the run's directory or inside it" in inside.output


def test_the_audit_counts_reviewed_records_and_corrections(
    client: TestClient, run: tuple[Path, Path], tmp_path: Path
) -> None:
    out = run[1]
    ids = _ids(client)
    client.put(
        f"/api/records/{ids['note.pdf']}/fields/location",
        json={"value": "Balai desa"},
        headers=AUTH,
    )
    client.post(f"/api/records/{ids['note.pdf']}/reviewed", headers=AUTH)
    client.post(f"/api/records/{ids['visit2.pdf']}/reviewed", headers=AUTH)
    counts = review_counts(out)
    assert counts is not None
    assert (counts.reviewed, counts.corrected_records, counts.corrections) == (2, 1, 1)
    html = tmp_path / "audit.html"
    result = CliRunner().invoke(main, ["audit", str(out), "--html", str(html)])
    assert result.exit_code == 0, result.output
    text = html.read_text()
    assert 'data-metric="reviewed" data-value="2"' in text
    assert 'data-metric="corrections" data-value="1"' in text


# --- pages ----------------------------------------------------------------------------------


def test_a_pdf_page_is_rendered_once_and_cached_privately(
    client: TestClient, run: tuple[Path, Path]
) -> None:
    out = run[1]
    record = _ids(client)["note.pdf"]
    first = client.get(f"/pages/{record}/1", headers=AUTH)
    assert first.status_code == 200
    assert first.content.startswith(b"\x89PNG")
    [cached] = (out / ".casenotes" / "review-pages").glob("*.png")
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    mtime = cached.stat().st_mtime_ns
    assert client.get(f"/pages/{record}/1", headers=AUTH).content == first.content
    assert cached.stat().st_mtime_ns == mtime
    assert client.get(f"/pages/{record}/2", headers=AUTH).status_code == 404


def test_a_missing_or_changed_source_is_not_shown(
    client: TestClient, run: tuple[Path, Path]
) -> None:
    inputs, out = run
    record = _ids(client)["visit2.pdf"]  # the run names a file that is not there
    response = client.get(f"/pages/{record}/1", headers=AUTH)
    assert response.status_code == 404
    assert response.text.endswith("visit2.pdf: source file not found here\n")
    view = Pages(out, None).view(str(inputs / "note.pdf"), "pdf", "0" * 64)
    assert view.kind == "none"
    assert view.note.endswith("source file changed since the run (sha256 differs)")


def test_a_docx_without_libreoffice_is_shown_as_text_with_headings(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    document = docx.Document()
    document.add_heading("Pendahuluan", level=2)
    document.add_paragraph("Klien datang sendiri.")
    document.save(str(path))
    view = Pages(tmp_path / "out", None).view(str(path), "docx", None)
    assert view.kind == "text"
    assert [(b.text, b.heading) for b in view.blocks] == [
        ("Pendahuluan", True),
        ("Klien datang sendiri.", False),
    ]


# --- the command ------------------------------------------------------------------------------


def test_a_second_server_on_the_same_run_is_refused(run: tuple[Path, Path]) -> None:
    out = run[1]
    held = lock_run(out)
    try:
        with pytest.raises(CasenotesError, match="another casenotes review is serving this run"):
            lock_run(out)
        result = CliRunner().invoke(main, ["review", str(out), "--no-browser", "--port", "0"])
    finally:
        os.close(held)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "another casenotes review is serving this run" in result.output


def test_a_missing_or_corrupt_run_is_a_one_line_error(tmp_path: Path) -> None:
    missing = CliRunner().invoke(main, ["review", str(tmp_path / "nowhere"), "--no-browser"])
    assert missing.exit_code == 1
    assert (
        missing.output
        == f"Error: {tmp_path / 'nowhere'}: no such directory (give a run's --out directory)\n"
    )
    corrupt = tmp_path / "out"
    (corrupt / ".casenotes").mkdir(parents=True)
    (corrupt / "a.pdf.json").write_text('{"contract_version": "1.1", "records": []}')
    store_path(corrupt).write_bytes(b"this is not a database, just bytes" * 100)
    result = CliRunner().invoke(main, ["review", str(corrupt), "--no-browser"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "not a usable review store" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = CliRunner().invoke(main, ["review", str(empty), "--no-browser", "--port", "0"])
    assert nothing.exit_code == 1
    assert (
        nothing.output
        == f"Error: {empty}: not a casenotes run (no output JSON, no records.jsonl)\n"
    )
    assert list(empty.iterdir()) == []  # nothing written into it


def test_a_type_change_lists_what_the_new_type_misses(client: TestClient) -> None:
    record = _ids(client)["note.pdf"]
    response = client.put(f"/api/records/{record}/type", json={"type": "case_record"}, headers=AUTH)
    assert response.status_code == 200
    corrected = response.json()["record"]
    assert corrected["record_type"] == "case_record"
    assert "date_opened" in corrected["missing_required"]
    assert response.json()["history"][0]["old"] == "process_record"
