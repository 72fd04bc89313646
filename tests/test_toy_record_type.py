"""A record type added only by a --schema-dir folder reaches every command: process, audit,
summarize and export read what they need of it (title words, headings and labels, `x-date`,
`x-value-labels`, `x-identifies`) from the schema, with no code change."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from pipeline.cli import main

HOME_VISIT: dict[str, Any] = {
    "x-record-type": "home_visit",
    "x-label": {"id": "Laporan Kunjungan Rumah", "en": "Home Visit Report"},
    "x-titles": {"id": ["Laporan Kunjungan Rumah"], "en": ["Home Visit Report"]},
    "x-title-words": [["kunjungan", "rumah"], ["home", "visit"]],
    "x-date": "visit_date",
    "properties": {
        "client_name": {"$ref": "common.json#/$defs/client_name", "x-level": "required"},
        "householder": {
            "type": "string",
            "x-kind": "text",
            "x-level": "required",
            "x-identifies": "person",
            "x-label": {"id": "Kepala Rumah Tangga", "en": "Householder"},
            "x-synonyms": {"id": ["Kepala Rumah Tangga"], "en": ["Householder"]},
        },
        "visit_date": {
            "type": "string",
            "format": "date",
            "x-kind": "date",
            "x-level": "required",
            "x-label": {"id": "Tanggal Kunjungan", "en": "Visit Date"},
            "x-synonyms": {"id": ["Tanggal Kunjungan"], "en": ["Visit Date"]},
        },
        "house_condition": {
            "type": "string",
            "enum": ["fit", "unfit"],
            "x-kind": "text",
            "x-level": "recommended",
            "x-label": {"id": "Kondisi Rumah", "en": "House Condition"},
            "x-synonyms": {"id": ["Kondisi Rumah"], "en": ["House Condition"]},
            "x-values": {
                "fit": {"id": ["layak huni", "layak"], "en": ["fit"]},
                "unfit": {"id": ["tidak layak huni"], "en": ["unfit"]},
            },
            "x-value-labels": {
                "fit": {"id": "Layak huni", "en": "Fit to live in"},
                "unfit": {"id": "Tidak layak huni", "en": "Unfit to live in"},
            },
        },
        "observations": {
            "type": "string",
            "minLength": 1,
            "x-kind": "narrative",
            "x-level": "required",
            "x-label": {"id": "Hasil Kunjungan", "en": "Findings"},
            "x-synonyms": {"id": ["Hasil Kunjungan", "Temuan"], "en": ["Findings"]},
        },
    },
}
HOUSEHOLDER = "Darmaji Sukoco"


def _cli(*args: str | Path) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder holding the agency schema (agency/), one visit note (in/) and its run (out/)."""
    root = tmp_path_factory.mktemp("toy")
    (root / "agency").mkdir()
    (root / "agency" / "home_visit.json").write_text(json.dumps(HOME_VISIT), encoding="utf-8")
    doc = WordDocument()
    doc.add_heading("LAPORAN KUNJUNGAN RUMAH", 0)
    doc.add_paragraph("Nama Klien : Warsini")
    doc.add_paragraph(f"Kepala Rumah Tangga : {HOUSEHOLDER}")
    doc.add_paragraph("Tanggal Kunjungan : 14 Maret 2024")
    doc.add_paragraph("Kondisi Rumah : layak huni")
    doc.add_paragraph("Hasil Kunjungan").runs[0].bold = True
    doc.add_paragraph("Rumah bersih, anak-anak bersekolah dan makan teratur setiap hari.")
    (root / "in").mkdir()
    doc.save(root / "in" / "visit.docx")
    _cli("process", root / "in", "--out", root / "out", "--schema-dir", root / "agency")
    return root


def test_process_gives_the_record_its_type_and_fields(run: Path) -> None:
    data = json.loads((run / "out" / "visit.docx.json").read_text(encoding="utf-8"))
    (record,) = data["records"]
    assert record["record_type"] == "home_visit"
    assert record["fields"] == {
        "client_name": "Warsini",
        "householder": HOUSEHOLDER,
        "visit_date": "2024-03-14",
        "house_condition": "fit",
        "observations": "Rumah bersih, anak-anak bersekolah dan makan teratur setiap hari.",
    }
    assert record["status"] == "complete"


def test_audit_files_the_record_under_its_x_date_month(run: Path) -> None:
    report = run / "audit.csv"
    _cli("audit", run / "out", "--csv", report, "--schema-dir", run / "agency", "--lang", "id")

    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))

    assert [(r["record_type"], r["date"], r["month"]) for r in rows] == [
        ("home_visit", "2024-03-14", "2024-03")
    ]
    assert rows[0]["record_type_label"] == "Laporan Kunjungan Rumah"


def test_the_summary_names_the_type_and_says_the_value_label(run: Path) -> None:
    _cli("summarize", run / "out", "--out", run / "summaries", "--schema-dir", run / "agency")

    summary = WordDocument(str(run / "summaries" / "visit.docx.docx"))
    text = [p.text for p in summary.paragraphs] + [
        cell.text for table in summary.tables for row in table.rows for cell in row.cells
    ]

    assert "Laporan Kunjungan Rumah" in text[0]
    assert "Layak huni" in text
    assert "fit" not in text
    assert "Kepala Rumah Tangga" in text


def test_export_de_identifies_the_field_its_schema_marks(run: Path) -> None:
    dataset = run / "dataset"
    _cli("export", run / "out", "--out", dataset, "--schema-dir", run / "agency")

    (row,) = [json.loads(line) for line in (dataset / "records.jsonl").read_text().splitlines()]
    dictionary = json.loads((dataset / "data_dictionary.json").read_text(encoding="utf-8"))
    fields = {f["name"]: f for f in dictionary["fields"]}
    record_type = next(c for c in dictionary["columns"] if c["name"] == "record_type")

    assert row["record_type"] == "home_visit"
    assert row["fields"]["householder"].startswith("[NAMA-")
    assert HOUSEHOLDER.split()[0] not in (dataset / "records.jsonl").read_text(encoding="utf-8")
    assert "pseudonym" in fields["householder"]["deidentification"]
    assert fields["householder"]["levels"] == {"home_visit": "required"}
    assert "home_visit" in record_type["description"]
    assert row["fields"]["house_condition"] == "fit"


VISIT_LOG: dict[str, Any] = {
    "x-record-type": "visit_log",
    "x-label": {"id": "Log Kunjungan", "en": "Visit Log"},
    "x-titles": {"id": ["Log Kunjungan"], "en": ["Visit Log"]},
    "properties": {
        "entries": {
            "type": "array",
            "x-kind": "entries",
            "x-level": "required",
            "x-label": {"id": "Kunjungan", "en": "Visits"},
            "items": {
                "type": "object",
                "properties": {
                    "date": {"type": "string", "x-kind": "date", "x-label": {"id": "Tanggal"}},
                    "officer": {"type": "string", "x-kind": "text", "x-label": {"id": "Petugas"}},
                    "activity": {
                        "type": "string",
                        "x-kind": "narrative",
                        "x-label": {"id": "Kegiatan"},
                    },
                },
            },
        }
    },
}


def test_the_summary_shows_a_log_s_own_entry_columns(run: Path, tmp_path: Path) -> None:
    (tmp_path / "agency").mkdir()
    (tmp_path / "agency" / "visit_log.json").write_text(json.dumps(VISIT_LOG), encoding="utf-8")
    data = json.loads((run / "out" / "visit.docx.json").read_text(encoding="utf-8"))
    entries = [{"date": "2024-03-14", "officer": "Rina", "activity": "Kunjungan rumah."}]
    data["records"][0].update(record_type="visit_log", fields={"entries": entries}, evidence={})
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "log.json").write_text(json.dumps(data), encoding="utf-8")

    _cli(
        "summarize",
        tmp_path / "run",
        "--out",
        tmp_path / "docs",
        "--schema-dir",
        tmp_path / "agency",
    )

    summary = WordDocument(str(tmp_path / "docs" / "log.docx"))
    (table,) = [t for t in summary.tables if t.rows[0].cells[0].text == "Tanggal"]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Tanggal", "Petugas", "Kegiatan"],
        ["14 Maret 2024", "Rina", "Kunjungan rumah."],
    ]
