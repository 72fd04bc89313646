"""The audit as a supervisor reads it (issue 12, item 7): unreadable inputs named, documents
that are not case notes without completeness, months bounded, workers bounded, and a
folder that is not a run refused."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.reports.audit import (
    RECENT_MONTHS,
    AuditOptions,
    AuditReport,
    build_report,
    collect,
)
from pipeline.reports.audit_csv import render_records_csv, render_summary_csv
from pipeline.reports.audit_html import WORKERS_SHOWN, render_html
from pipeline.specs import load_schemas
from tests.audit_fixtures import _doc, _record, write_out_dir
from tests.batch_fixtures import run_process, write_not_a_document, write_note


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def _write_run(root: Path, docs: dict[str, dict[str, Any]]) -> Path:
    root.mkdir(parents=True)
    for name, doc in docs.items():
        (root / name).write_text(json.dumps(doc), encoding="utf-8")
    (root / "errors.jsonl").write_bytes(b"")
    return root


def _report(out: Path, today: date = date(2024, 6, 1)) -> AuditReport:
    return build_report(collect(out), load_schemas(), AuditOptions(), today)


# --- unreadable inputs -------------------------------------------------------------------------


def test_a_real_runs_unreadable_inputs_are_named_in_the_csv_and_the_page(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_note(inputs / "good.docx")
    write_not_a_document(inputs / "notes")  # no extension: walked, then refused by its bytes
    (inputs / "half.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")  # a truncated PDF
    out = tmp_path / "out"
    assert run_process(inputs, "--out", out, "--workers", "1").returncode == 1
    csv_path, html_path = tmp_path / "r.csv", tmp_path / "r.html"
    result = CliRunner().invoke(
        main, ["audit", str(out), "--csv", str(csv_path), "--html", str(html_path)]
    )
    assert result.exit_code == 0, result.output
    assert "2 unreadable" in result.output

    unreadable = tmp_path / "r.unreadable.csv"
    assert unreadable.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel on Windows reads UTF-8
    rows = _csv(unreadable.read_text(encoding="utf-8"))
    assert [(Path(r["file"]).name, r["kind"]) for r in rows] == [
        ("half.pdf", "input"),
        ("notes", "input"),
    ]
    assert all(r["reason"] for r in rows)
    page = html_path.read_text(encoding="utf-8")
    listed = page.split('<table id="unreadable">')[1].split("</table>")[0]
    for row in rows:
        assert f">{row['file']}</td>" in listed
        assert row["reason"] in listed


def test_a_damaged_errors_line_is_still_listed(tmp_path: Path) -> None:
    out = write_out_dir(tmp_path / "out")
    with (out / "errors.jsonl").open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"path": "in/scan.pdf", "reason": "tesseract", "kind": "dependency"}))
    report = _report(out)
    assert [(f.path, f.kind) for f in report.failures] == [
        ("in/broken.pdf", "input"),
        ("errors.jsonl:2", "input"),
        ("in/scan.pdf", "dependency"),
    ]
    assert report.unreadable == 3
    assert "a line of errors.jsonl that names no file" in report.failures[1].reason


# --- documents that are not case notes ---------------------------------------------------------


def test_a_document_that_is_not_a_case_note_is_never_complete_and_in_no_rate(
    tmp_path: Path,
) -> None:
    report = _report(write_out_dir(tmp_path / "out"))
    (row,) = [r for r in _csv(render_records_csv(report)) if r["record_type"] == "unknown"]
    assert (row["complete"], row["status"]) == ("n/a", "not_assessed")
    summary = {(r["section"], r["key"]): r for r in _csv(render_summary_csv(report))}
    assert summary[("total", "not_assessed")]["count"] == "1"
    assert summary[("total", "complete_rate")]["total"] == "6"  # 7 records, 6 case notes

    page = render_html(report, "2024-06-01 10:00")
    tr = page.split('data-type="unknown"')[1].split("</tr>")[0]
    assert 'data-complete="n/a"' in tr
    assert '<span class="badge na"' in tr
    assert ">—</span>" in tr
    assert "not assessed" not in tr
    assert ">yes<" not in tr
    assert 'data-metric="not-assessed" data-value="1"' in page
    assert "Documents that are not case notes (1)" in page  # the page says why


# --- by month ------------------------------------------------------------------------------------


def _monthly_run(root: Path, months: list[str]) -> Path:
    docs = {
        f"pr{n}.json": _doc(
            f"in/pr{n}.pdf",
            _record(
                "process_record",
                {"worker_name": "Rina", "interview_date": f"{month}-15"},
                required=("conclusion",) if n % 2 else (),
            ),
        )
        for n, month in enumerate(months)
    }
    docs["agency.json"] = _doc(
        "in/agency.pdf", _record("agency_record", {"founding_date": "1998-05-01"})
    )
    return _write_run(root, docs)


def _months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def test_months_show_the_latest_24_and_sum_the_older_ones(tmp_path: Path) -> None:
    months = _months_between("2021-10", "2024-03")  # 30 months
    report = _report(_monthly_run(tmp_path / "out", months))
    assert "1998-05" not in [r.key for r in report.by_month]  # an agency's founding is no month
    assert [r.key for r in report.months.recent] == months[-RECENT_MONTHS:]
    assert [r.key for r in report.months.earlier] == months[:6]
    total = report.months.earlier_total
    assert total is not None
    assert (total.records, total.complete) == (6, 3)

    page = render_html(report, "2024-06-01 10:00")
    chart = page.split('id="months"')[1].split("</section>")[0]
    shown = [part.split('"')[0] for part in chart.split('data-metric="month-rate" data-key="')[1:]]
    assert shown == months  # every month is in the page, the older ones hidden ...
    assert chart.count('class="col month-old" hidden') == 6  # ... until the toggle shows them
    assert 'id="show-earlier-months"' in page
    assert "Agency Data Record" in page.split("Records of these types have no casework date")[1]


def test_a_mistyped_future_year_does_not_push_real_months_out(tmp_path: Path) -> None:
    months = _months_between("2022-06", "2024-03")
    report = _report(_monthly_run(tmp_path / "out", [*months, "2042-01"]), date(2026, 12, 5))
    assert [r.key for r in report.months.recent] == [*months, "2042-01"]
    assert report.months.earlier == ()


# --- workers -------------------------------------------------------------------------------------


def test_the_workers_list_shows_the_20_with_most_incomplete_records_first(tmp_path: Path) -> None:
    docs = {}
    for w in range(30):
        for n in range(w % 5 + 1):  # w % 5 + 1 records, all but one incomplete
            docs[f"w{w}-{n}.json"] = _doc(
                f"in/w{w}-{n}.pdf",
                _record(
                    "process_record",
                    {"worker_name": f"Worker {w:02d}", "interview_date": "2024-03-01"},
                    required=("conclusion",) if n < w % 5 else (),
                ),
            )
    report = _report(_write_run(tmp_path / "out", docs))
    page = render_html(report, "2024-06-01 10:00")
    workers = page.split('<div id="workers">')[1].split("</section>")[0]
    bars = workers.split('class="bar-row"')[1:]
    assert len(bars) == 30  # every worker is in the page, to be found by the filter
    visible = [b for b in bars if not b.split(">")[0].count(" hidden")]
    assert len(visible) == WORKERS_SHOWN
    incomplete = [
        int(b.split('data-records="')[1].split('"')[0])
        - int(b.split('data-complete="')[1].split('"')[0])
        for b in bars
    ]
    assert incomplete == sorted(incomplete, reverse=True)
    assert min(incomplete[:WORKERS_SHOWN]) >= max(incomplete[WORKERS_SHOWN:])
    assert "10 more: type a name to find any worker" in page
    assert 'id="filter-worker"' in page


# --- not a run -------------------------------------------------------------------------------------


@pytest.mark.parametrize("what", ["inputs", "empty"])
def test_a_folder_that_is_not_a_run_is_refused_and_nothing_is_written(
    tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    if what == "inputs":
        write_note(folder / "a.docx")
        (folder / "readme.txt").write_text("notes", encoding="utf-8")
    html_path, csv_path = tmp_path / "r.html", tmp_path / "r.csv"
    result = CliRunner().invoke(
        main, ["audit", str(folder), "--html", str(html_path), "--csv", str(csv_path)]
    )
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"Error: {folder}: not a casenotes run (")
    assert "0%" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]
