"""The completeness audit: rows, aggregates, masking, labels, CSV and HTML content, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.reports.audit import (
    AuditOptions,
    AuditReport,
    build_report,
    collect,
    field_key,
    main_date,
    mask_name,
)
from pipeline.reports.audit_csv import (
    RECORD_COLUMNS,
    SUMMARY_COLUMNS,
    render_records_csv,
    render_summary_csv,
    summary_path,
)
from pipeline.reports.audit_html import format_percent, heat_colour, render_html
from pipeline.specs import load_schemas
from tests.audit_fixtures import (
    BY_MONTH,
    BY_TYPE,
    BY_WORKER,
    CASE_NOTES,
    COMPLETE,
    FIELD_MISSING,
    FILES,
    HOSTILE_WORKER,
    RECORDS,
    UNREADABLE,
    contract_docs,
    write_out_dir,
)


def _report(out: Path, **options: object) -> AuditReport:
    return build_report(collect(out), load_schemas(), AuditOptions(**options))  # type: ignore[arg-type]


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    return write_out_dir(tmp_path / "out")


@pytest.fixture
def report(out_dir: Path) -> AuditReport:
    return _report(out_dir)


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- collecting -------------------------------------------------------------------------------


def test_counts_files_records_and_unreadable(report: AuditReport) -> None:
    assert (report.files, len(report.rows), report.unreadable) == (FILES, RECORDS, UNREADABLE)
    assert (report.total.complete, report.total.records) == (COMPLETE, CASE_NOTES)


def test_run_state_and_other_files_are_not_read(report: AuditReport) -> None:
    assert report.skipped == ()  # .casenotes/x.json is not even valid JSON


def test_rows_keep_file_then_record_order_and_source_paths(report: AuditReport) -> None:
    assert [(r.file, r.record_index) for r in report.rows] == [
        ("in/a/pr1.pdf", 0),
        ("in/a/pr2.pdf", 0),
        ("in/agency.pdf", 0),
        ("in/b/case.pdf", 0),
        ("in/b/case.pdf", 1),
        ("in/b/log.docx", 0),
        ("in/unknown.pdf", 0),
    ]


def test_records_jsonl_lines_are_read_like_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    lines = [json.dumps(doc) for doc in contract_docs().values()]
    (out / "records.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    report = _report(out)
    assert (report.files, len(report.rows), report.total.complete) == (FILES, RECORDS, COMPLETE)


def test_damaged_and_foreign_json_are_skipped_with_reasons(out_dir: Path) -> None:
    (out_dir / "broken.json").write_text('{"contract_version": "1", "records": [', encoding="utf-8")
    (out_dir / "other.json").write_text('{"hello": 1}', encoding="utf-8")
    (out_dir / "latin1.json").write_bytes(b'{"x": "\xe9"}')
    report = _report(out_dir)
    skipped = {s.label: (s.damaged, s.reason.split(" (")[0]) for s in report.skipped}
    assert skipped == {
        "broken.json": (True, "invalid JSON"),
        "latin1.json": (True, "not UTF-8 text"),
        "other.json": (False, "not a casenotes output"),
    }
    assert len(report.rows) == RECORDS


# --- rows -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Budi Santoso", "B. S."),
        ("Ibu Sri Wahyuni", "S. W."),
        ("Rina Marlina, S.Tr.Sos.", "R. M."),
        ("An. dewi", "D."),
        ("Bpk. Ahmad  Yani", "A. Y."),
        ("Mr Budi", "B."),
        ("- 123", "***"),
    ],
)
def test_mask_name_keeps_initials_only(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_clients_are_masked_unless_show_names(out_dir: Path) -> None:
    masked = {r.file: r.client for r in _report(out_dir).rows if r.record_index == 0}
    shown = {
        r.file: r.client for r in _report(out_dir, show_names=True).rows if r.record_index == 0
    }
    assert masked["in/a/pr2.pdf"] == "S. W."
    assert masked["in/b/log.docx"] == "B. S."  # the entries' clients, each once
    assert masked["in/agency.pdf"] is None
    assert shown["in/a/pr2.pdf"] == "Ibu Sri Wahyuni"


@pytest.mark.parametrize(
    ("record_type", "fields", "expected"),
    [
        ("process_record", {"interview_date": "2024-03-05"}, "2024-03-05"),
        (
            "summarized_process_record",
            {"interview_dates": ["2024-01-02", "2024-01-09"]},
            "2024-01-02",
        ),
        ("case_record", {"date_opened": "2023-12-01", "date_closed": "2024-02-01"}, "2023-12-01"),
        (
            "summarized_record",
            {"period_start": "2024-01-01", "period_end": "2024-03-31"},
            "2024-03-31",
        ),
        ("daily_log", {"entries": [{"date": "2024-05-06"}, {"date": "2024-05-07"}]}, "2024-05-06"),
        ("agency_record", {"founding_date": "1998-05-01"}, None),  # no casework month
        ("process_record", {"interview_date": "5 Maret 2024"}, None),
        ("daily_log", {"entries": []}, None),
        ("unknown", {"interview_date": "2024-03-05"}, None),
    ],
)
def test_main_date_per_record_type(
    record_type: str, fields: dict[str, object], expected: str | None
) -> None:
    assert main_date(load_schemas().get(record_type), fields) == expected


def test_every_shipped_case_note_type_names_its_main_date() -> None:
    dated = {name for name, spec in load_schemas().records.items() if spec.main_date}
    assert dated == set(load_schemas().records) - {"agency_record"}


def test_nested_fields_count_under_one_key() -> None:
    assert field_key("entries[12].duration_minutes") == "entries[].duration_minutes"
    assert field_key("conclusion") == "conclusion"


# --- aggregates -------------------------------------------------------------------------------


def test_completeness_by_type(report: AuditReport) -> None:
    assert {r.key: (r.complete, r.records) for r in report.by_type} == BY_TYPE
    # schema order first, types no schema knows last
    assert "unknown" not in [r.key for r in report.by_type]  # not a case note: no completeness


def test_completeness_by_worker_folds_case_and_spacing(report: AuditReport) -> None:
    assert {r.key: (r.label, r.complete, r.records) for r in report.by_worker} == BY_WORKER
    assert report.by_worker[-1].key is None


def test_completeness_by_month_is_chronological(report: AuditReport) -> None:
    assert [(r.key, (r.complete, r.records)) for r in report.by_month] == list(BY_MONTH.items())


def test_field_missing_shares(report: AuditReport) -> None:
    gaps = {(g.record_type, g.key): (g.missing, g.records) for g in report.field_gaps}
    for key, expected in FIELD_MISSING.items():
        assert gaps[key] == expected, key
    # only required and recommended fields are audited
    assert ("process_record", "session_number") not in gaps
    assert ("agency_record", "agency_name") in gaps  # required there, optional elsewhere
    assert ("process_record", "agency_name") not in gaps
    # most often missing first
    shares = [g.share for g in report.field_gaps if g.record_type == "process_record"]
    assert shares[0] == pytest.approx(2 / 3)


def test_closed_case_fields_are_audited_at_their_stricter_level(report: AuditReport) -> None:
    levels = {g.key: g.level for g in report.field_gaps if g.record_type == "case_record"}
    assert levels["date_closed"] == "required"
    assert levels["interventions"] == "required"
    assert "client_sex" not in levels


# --- labels -----------------------------------------------------------------------------------


def test_labels_follow_lang(out_dir: Path) -> None:
    english, indonesian = _report(out_dir, lang="en"), _report(out_dir, lang="id")
    pr2_en, pr2_id = english.rows[1], indonesian.rows[1]
    assert (pr2_en.type_label, pr2_id.type_label) == ("Process Record", "Catatan Proses")
    assert [r.label for r in pr2_id.missing_required] == ["Kesimpulan"]
    assert [r.label for r in pr2_id.missing_recommended] == ["Tempat", "Refleksi Pekerja Sosial"]
    log_id = indonesian.rows[5]
    assert [r.label for r in log_id.missing_required] == ["Catatan Kegiatan 2 › Durasi"]
    assert indonesian.rows[-1].type_label == "Jenis tidak dikenal"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang must be one of id, en"):
        AuditOptions(lang="fr")  # type: ignore[arg-type]


# --- CSV --------------------------------------------------------------------------------------


def test_records_csv_has_one_row_per_record(report: AuditReport) -> None:
    text = render_records_csv(report)
    assert text.splitlines()[0] == ",".join(RECORD_COLUMNS)
    rows = _csv_rows(text)
    assert len(rows) == RECORDS
    assert rows[1] == {
        "file": "in/a/pr2.pdf",
        "record_index": "0",
        "record_type": "process_record",
        "record_type_label": "Process Record",
        "worker": "Rina Marlina",
        "client": "S. W.",
        "date": "2024-03-20",
        "month": "2024-03",
        "complete": "no",
        "missing_required": "Conclusion",
        "missing_required_fields": "conclusion",
        "missing_recommended": "Location; Worker's reflection",
        "missing_recommended_fields": "location; worker_reflection",
        "status": "incomplete",
        "needs_review": "",
        "needs_review_fields": "",
    }


def test_summary_csv_holds_every_aggregate(report: AuditReport) -> None:
    text = render_summary_csv(report)
    assert text.splitlines()[0] == ",".join(SUMMARY_COLUMNS)
    rows = _csv_rows(text)
    by = {(r["section"], r["key"], r["record_type"]): r for r in rows}
    total = by[("total", "complete_rate", "")]
    assert (total["count"], total["total"], total["share"]) == (
        str(COMPLETE),
        str(CASE_NOTES),
        "0.5000",
    )
    assert by[("total", "unreadable_files", "")]["count"] == str(UNREADABLE)
    assert by[("total", "files", "")]["count"] == str(FILES)
    for key, (complete, records) in BY_TYPE.items():
        row = by[("record_type", key, key)]
        assert (row["count"], row["total"]) == (str(complete), str(records))
    assert by[("worker", "", "")]["total"] == "1"  # no worker named
    assert by[("month", "2024-03", "")]["share"] == "0.3333"
    for (record_type, key), (missing, records) in FIELD_MISSING.items():
        row = by[("field_missing", key, record_type)]
        assert (row["count"], row["total"]) == (str(missing), str(records))


def test_csv_cells_cannot_become_spreadsheet_formulas(out_dir: Path) -> None:
    doc = json.loads((out_dir / "a/pr1.json").read_text(encoding="utf-8"))
    doc["records"][0]["fields"]["worker_name"] = "=HYPERLINK(1)"
    (out_dir / "a/pr1.json").write_text(json.dumps(doc), encoding="utf-8")
    rows = _csv_rows(render_records_csv(_report(out_dir)))
    assert rows[0]["worker"] == "'=HYPERLINK(1)"


def test_summary_csv_sits_beside_the_records_csv() -> None:
    assert summary_path(Path("x/report.csv")) == Path("x/report.summary.csv")


# --- HTML -------------------------------------------------------------------------------------


def test_html_numbers_carry_stable_hooks(report: AuditReport) -> None:
    page = render_html(report, "2024-04-01 10:00")
    assert 'data-metric="complete-rate" data-value="0.5000">50%<' in page
    assert f'data-metric="unreadable-files" data-value="{UNREADABLE}"' in page
    assert 'data-metric="type-rate" data-key="process_record" data-value="0.3333"' in page
    cell = re.search(
        r'<td[^>]*data-type="process_record" data-field="conclusion"[^>]*>([^<]*)<', page
    )
    assert cell is not None
    assert cell.group(1) == "67%"


def test_html_is_self_contained(report: AuditReport) -> None:
    page = render_html(report, "now")
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\(", page)
    assert "default-src 'none'" in page  # the CSP forbids any fetch


def test_html_escapes_case_data(out_dir: Path) -> None:
    doc = json.loads((out_dir / "a/pr1.json").read_text(encoding="utf-8"))
    doc["records"][0]["fields"]["worker_name"] = HOSTILE_WORKER
    doc["records"][0]["fields"]["client_name"] = '"><img onerror=x>'
    (out_dir / "a/pr1.json").write_text(json.dumps(doc), encoding="utf-8")
    page = render_html(_report(out_dir, show_names=True), "now")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    assert "<img" not in page


def test_html_ui_text_follows_lang(out_dir: Path) -> None:
    page = render_html(_report(out_dir, lang="id"), "now")
    assert '<html lang="id">' in page
    for text in (
        "Audit kelengkapan catatan kasus",
        "Berkas tak terbaca",
        "Semua jenis catatan",
        "Kelengkapan per pekerja sosial",
        "Catatan Proses",
        "Kesimpulan",
        "(tidak dicatat)",
    ):
        assert text in page, text
    assert "Completeness by" not in page


def test_html_tells_whether_names_are_masked(out_dir: Path) -> None:
    assert "shown as initials" in render_html(_report(out_dir), "now")
    assert "shown in full" in render_html(_report(out_dir, show_names=True), "now")


@pytest.mark.parametrize(
    ("share", "text"),
    [
        (0.0, "0%"),
        (1.0, "100%"),
        (2 / 3, "67%"),
        (0.125, "13%"),
        (199 / 200, "99%"),
        (1 / 500, "1%"),
    ],
)
def test_percent_never_rounds_a_gap_away(share: float, text: str) -> None:
    assert format_percent(share) == text


def test_heat_colour_darkens_with_the_share() -> None:
    assert heat_colour(0.0) == ("#edf7ed", "#1f2328")
    assert heat_colour(1.0) == ("#8c1020", "#ffffff")


# --- CLI --------------------------------------------------------------------------------------


def test_cli_writes_private_html_and_csvs(out_dir: Path, tmp_path: Path) -> None:
    html_path, csv_path = tmp_path / "r" / "report.html", tmp_path / "r" / "report.csv"
    result = CliRunner().invoke(
        main,
        ["audit", str(out_dir), "--html", str(html_path), "--csv", str(csv_path), "--lang", "id"],
    )
    assert result.exit_code == 0, result.output
    assert (
        "6 files, 7 records, 50% of 6 case notes complete (1 other document), 1 unreadable"
        in result.output
    )
    csvs = [
        csv_path,
        tmp_path / "r" / "report.summary.csv",
        tmp_path / "r" / "report.unreadable.csv",
    ]
    for path in (html_path, *csvs):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for path in csvs:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path  # Excel reads it as UTF-8
    assert (
        _csv_rows(csv_path.read_text(encoding="utf-8-sig"))[0]["record_type_label"]
        == "Catatan Proses"
    )
    assert not list((tmp_path / "r").glob(".*"))  # no temp file left behind


def test_cli_needs_an_output(out_dir: Path) -> None:
    result = CliRunner().invoke(main, ["audit", str(out_dir)])
    assert result.exit_code == 2
    assert "give --html, --csv or both" in result.output


def test_cli_exit_code_is_1_when_an_output_is_damaged(out_dir: Path, tmp_path: Path) -> None:
    (out_dir / "broken.json").write_text("{", encoding="utf-8")
    (out_dir / "other.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(out_dir), "--csv", str(tmp_path / "r.csv")])
    assert result.exit_code == 1
    assert "error: broken.json: invalid JSON" in result.output
    assert "warning: other.json: not a casenotes output" in result.output
    assert (tmp_path / "r.csv").exists()  # the report is still written


def test_cli_foreign_json_alone_keeps_exit_code_0(out_dir: Path, tmp_path: Path) -> None:
    (out_dir / "other.json").write_text("[]", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(out_dir), "--csv", str(tmp_path / "r.csv")])
    assert result.exit_code == 0, result.output


def test_cli_on_an_empty_run_writes_an_empty_report(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "errors.jsonl").write_bytes(b"")  # what a run that read nothing leaves
    html_path = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["audit", str(out), "--html", str(html_path)])
    assert result.exit_code == 0, result.output
    assert "0 files, 0 records, 0% of 0 case notes complete" in result.output
    page = html_path.read_text(encoding="utf-8")
    assert 'data-metric="records" data-value="0"' in page
    assert "No required or recommended field is missing" not in page


def test_a_record_to_review_is_neither_complete_nor_incomplete(tmp_path: Path) -> None:
    """Contract 1.1: nothing missing but a field to check gives status needs_review everywhere."""
    doc = contract_docs()["a/pr1.json"]
    record = dict(doc["records"][0])
    record["needs_review"] = [
        {
            "field": "conclusion",
            "reason": "not found; may be under an unknown heading",
            "candidates": [{"text": "Penutup Sesi", "page": 1}],
        }
    ]
    record["status"] = "needs_review"
    record["complete"] = False
    out = tmp_path / "out"
    out.mkdir()
    data = {**doc, "contract_version": "1.1", "records": [record]}
    (out / "pr1.json").write_text(json.dumps(data), encoding="utf-8")
    report = _report(out)
    (row,) = report.rows
    assert (row.status, row.complete, row.missing_required) == ("needs_review", False, ())
    assert [ref.name for ref in row.needs_review] == ["conclusion"]
    (csv_row,) = _csv_rows(render_records_csv(report))
    assert (csv_row["status"], csv_row["complete"], csv_row["needs_review_fields"]) == (
        "needs_review",
        "no",
        "conclusion",
    )
    page = render_html(report, "2024-01-01 00:00")
    assert 'data-status="needs_review"' in page
    assert '<span class="badge check">check</span>' in page
