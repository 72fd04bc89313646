"""`casenotes schema list|show|check`, run through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.specs import load_schemas, schema_file_text

AGENCY_SYNONYM = "Nama Anak Asuh"
AGENCY_FILES: dict[str, dict[str, Any]] = {
    "case_record.json": {
        "x-record-type": "case_record",
        "properties": {"client_name": {"x-synonyms": {"id": [AGENCY_SYNONYM]}}},
    },
    "home_visit.json": {
        "x-record-type": "home_visit",
        "x-label": {"id": "Catatan Kunjungan Rumah", "en": "Home Visit Note"},
        "properties": {
            "client_name": {"$ref": "common.json#/$defs/client_name", "x-level": "required"},
            "visit_notes": {
                "type": "string",
                "x-kind": "narrative",
                "x-level": "recommended",
                "x-label": {"id": "Catatan Kunjungan", "en": "Visit notes"},
            },
        },
    },
}


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, ["schema", *args])


@pytest.fixture
def agency_dir(tmp_path: Path) -> Path:
    for name, data in AGENCY_FILES.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def _row(output: str, first_cell: str) -> list[str]:
    """Return the cells of the plain-text table row that starts with `first_cell`."""
    for line in output.splitlines():
        if line.split("  ")[0].strip() == first_cell:
            return [cell.strip() for cell in line.split("  ") if cell.strip()]
    raise AssertionError(f"no row {first_cell!r} in:\n{output}")


def test_list_shows_each_type_with_labels_and_counts() -> None:
    result = _run("list")
    assert result.exit_code == 0, result.output
    for record_type, spec in load_schemas().records.items():
        required = sum(f.level == "required" for f in spec.fields)
        assert _row(result.output, record_type) == [
            record_type,
            spec.label["id"],
            spec.label["en"],
            str(len(spec.fields)),
            str(required),
        ]


def test_list_with_schema_dir_includes_agency_type(agency_dir: Path) -> None:
    result = _run("list", "--schema-dir", str(agency_dir))
    assert result.exit_code == 0, result.output
    assert _row(result.output, "home_visit") == [
        "home_visit",
        "Catatan Kunjungan Rumah",
        "Home Visit Note",
        "2",
        "1",
    ]


def test_show_lists_fields_with_kind_level_and_closed_rule() -> None:
    result = _run("show", "case_record")
    assert result.exit_code == 0, result.output
    assert "closed when case_status is 'closed' or date_closed is present" in result.output
    assert _row(result.output, "case_number")[:4] == [
        "case_number",
        "text",
        "required",
        "Nomor Kasus / Case number",
    ]
    assert _row(result.output, "interventions")[2] == "recommended (required when closed)"
    assert _row(result.output, "termination")[2] == "optional (required when closed)"
    assert _row(result.output, "attachments")[1:3] == ["list", "recommended"]


def test_show_lists_entry_sub_fields_of_daily_log() -> None:
    result = _run("show", "daily_log", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert _row(result.output, "entries[].duration_minutes")[:4] == [
        "entries[].duration_minutes",
        "integer",
        "required",
        "Duration (minutes)",
    ]


@pytest.mark.parametrize(
    ("lang", "label", "synonym", "other_language_synonym"),
    [
        ("id", "Masalah yang Dihadapi", "Uraian Masalah", "Problem Statement"),
        ("en", "Presenting problem", "Problem Statement", "Uraian Masalah"),
    ],
)
def test_show_lang_keeps_one_language(
    lang: str, label: str, synonym: str, other_language_synonym: str
) -> None:
    result = _run("show", "case_record", "--lang", lang)
    assert result.exit_code == 0, result.output
    row = _row(result.output, "presenting_problem")
    assert row[3] == label
    assert synonym in row[4].split("; ")
    assert other_language_synonym not in result.output


def test_show_json_prints_the_schema_file() -> None:
    result = _run("show", "process_record", "--json")
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n") == schema_file_text("process_record").rstrip("\n")
    assert json.loads(result.output)["x-record-type"] == "process_record"


def test_show_with_schema_dir_shows_merged_view(agency_dir: Path) -> None:
    result = _run("show", "case_record", "--lang", "id", "--schema-dir", str(agency_dir))
    assert result.exit_code == 0, result.output
    assert _row(result.output, "client_name")[4].startswith(f"{AGENCY_SYNONYM}; Nama Klien")


def test_show_json_with_schema_dir_prints_merged_view(agency_dir: Path) -> None:
    result = _run("show", "home_visit", "--json", "--schema-dir", str(agency_dir))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["record_type"] == "home_visit"
    assert [(f["name"], f["kind"], f["level"]) for f in data["fields"]] == [
        ("client_name", "text", "required"),
        ("visit_notes", "narrative", "recommended"),
    ]
    assert data["validation_schema"]["required"] == ["client_name"]


def test_show_unknown_type_is_one_line_listing_known_types() -> None:
    result = _run("show", "cas_record")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "Error: unknown record type 'cas_record' (known: agency_record, case_record,"
    )
    assert lines[0].endswith("did you mean case_record?")


def test_check_accepts_a_good_agency_dir(agency_dir: Path) -> None:
    result = _run("check", str(agency_dir))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"OK: {agency_dir} (7 record types: ")


@pytest.mark.parametrize(
    ("prop", "expected"),
    [
        pytest.param(
            {"x-kind": "narrative", "x-level": "must"},
            "properties.notes.x-level: must be one of",
            id="bad-level",
        ),
        pytest.param(
            {"x-kind": "narrative", "type": "strnig"},
            "invalid JSON Schema",
            id="bad-json-schema-type",
        ),
    ],
)
def test_check_reports_a_bad_agency_dir_on_one_line(
    tmp_path: Path, prop: dict[str, Any], expected: str
) -> None:
    (tmp_path / "notes.json").write_text(
        json.dumps({"x-record-type": "home_visit", "properties": {"notes": prop}}), encoding="utf-8"
    )
    result = _run("check", str(tmp_path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "notes.json: " in lines[0]
    assert expected in lines[0]


def test_schema_commands_import_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from pipeline.cli import main\n"
        "for args in (['schema', 'list'], ['schema', 'show', 'case_record']):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0\n"
        "print(sorted(m for m in ('spacy', 'pdfplumber', 'pypdfium2', 'docx') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
