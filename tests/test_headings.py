"""`casenotes headings`: unmatched headings grouped, counted, suggested, and snippets that load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import main
from pipeline.records import FileResult, Record, Unmatched
from pipeline.reports.headings import group_headings, heading_key, occurrences, similarity
from pipeline.reports.outputs import read_outputs
from pipeline.specs import load_schemas


def record(record_type: str, language: str, *unmatched: tuple[str, str, int]) -> Record:
    return Record(
        record_type, 0.9, language, (1, 3), {},
        unmatched=tuple(Unmatched(text, kind, page) for text, kind, page in unmatched),  # type: ignore[arg-type]
    )  # fmt: skip


def write_run(out: Path) -> Path:
    """Write five files whose records list unmatched headings in several spellings."""
    files = {
        "a.json": [record("case_record", "id", ("III. RIWAYAT MASALAH KLIEN:", "heading", 2), ("Tanda Tangan", "label", 3))],
        "b.json": [record("case_record", "id", ("Riwayat masalah klien", "heading", 1))],
        "c.json": [record("case_record", "id", ("Riwayat Masalah Klien", "heading", 4), ("Tanda Tangan", "label", 3))],
        "d.json": [record("process_record", "id", ("Catatan Supervisor Lapangan", "heading", 2))],
        "e.json": [
            record("case_record", "en", ("Riwayat Masalah Klien", "heading", 1)),
            record("unknown", "en", ("Family Background Notes", "heading", 1)),
        ],
    }  # fmt: skip
    out.mkdir()
    for name, records in files.items():
        result = FileResult(f"in/{name[0]}.pdf", name[0] * 64, "pdf", 4, (), tuple(records))
        (out / name).write_text(json.dumps(result.to_json()), encoding="utf-8")
    return out


@pytest.fixture
def run(tmp_path: Path) -> Path:
    return write_run(tmp_path / "out")


def headings(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["headings", *map(str, args)])


def test_spellings_of_one_heading_are_one_group(run: Path) -> None:
    groups = group_headings(occurrences(read_outputs(run)), load_schemas())
    first = groups[0]
    assert first.key == heading_key("Riwayat Masalah Klien")
    assert first.count == 4
    assert (
        first.text == "Riwayat Masalah Klien"
    )  # the most common spelling, numbering and colon gone
    assert first.examples == (("in/a.pdf", 2), ("in/b.pdf", 1), ("in/c.pdf", 4))
    assert first.record_types == (("case_record", 4),)
    assert first.language == "id"


def test_a_near_synonym_gets_its_field_and_the_score(run: Path) -> None:
    groups = {g.key: g for g in group_headings(occurrences(read_outputs(run)), load_schemas())}
    problem = groups[heading_key("Riwayat Masalah Klien")].suggestion
    assert problem is not None
    assert (problem.field, problem.record_type) == (
        "presenting_problem",
        "case_record",
    )
    assert 0.45 <= problem.score <= 1
    assert groups[heading_key("Tanda Tangan")].suggestion is None


def test_a_heading_of_an_unknown_record_looks_in_every_type(run: Path) -> None:
    groups = {g.key: g for g in group_headings(occurrences(read_outputs(run)), load_schemas())}
    family = groups[heading_key("Family Background Notes")]
    assert family.suggestion is not None
    assert family.suggestion.field == "social_environment"
    supervisor = groups[heading_key("Catatan Supervisor Lapangan")].suggestion
    assert supervisor is not None
    assert supervisor.field == "supervisor_comments"


def test_the_snippet_loads_and_adds_the_heading_as_a_synonym(run: Path, tmp_path: Path) -> None:
    groups = group_headings(occurrences(read_outputs(run)), load_schemas())
    for group in groups:
        snippet = group.snippet()
        if snippet is None:
            continue
        directory = tmp_path / f"agency-{group.key.replace(' ', '-')}"
        directory.mkdir()
        (directory / "additions.json").write_text(json.dumps(snippet), encoding="utf-8")
        spec = load_schemas([directory]).records[snippet["x-record-type"]]
        field = spec.field(next(iter(snippet["properties"])))
        assert group.text in field.synonyms[group.language]
        assert (
            field.kind == load_schemas().records[spec.record_type].field(field.name).kind
        )  # merged, not replaced


def test_min_count_filters_rare_headings(run: Path) -> None:
    groups = group_headings(occurrences(read_outputs(run)), load_schemas(), min_count=2)
    assert [(g.text, g.count) for g in groups] == [
        ("Riwayat Masalah Klien", 4),
        ("Tanda Tangan", 2),
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("catatan supervisor", "catatan supervisor", 1.0), ("tanda tangan", "riwayat masalah", 0.0)],
)
def test_similarity_bounds(a: str, b: str, expected: float) -> None:
    assert similarity(a, b) == expected


def test_heading_key_folds_numbering_case_punctuation_and_ocr_slips() -> None:
    assert (
        heading_key("II. RIWAYAT MASALAH:")
        == heading_key("riwayat  masalah")
        == heading_key("Riwayat Masaiah")
    )


def test_the_command_prints_counts_examples_suggestions_and_snippets(run: Path) -> None:
    result = headings(run)
    assert result.exit_code == 0, result.output
    assert "    4x  Riwayat Masalah Klien  [heading]  (case_record 4)" in result.output
    assert "seen in: in/a.pdf p.2; in/b.pdf p.1; in/c.pdf p.4" in result.output
    assert "suggestion: presenting_problem (case_record), score" in result.output
    assert '"x-synonyms": {"id": ["Riwayat Masalah Klien"]}' in result.output
    assert "suggestion: none" in result.output


def test_the_command_prints_json_and_honours_min_count(run: Path) -> None:
    result = headings(run, "--json", "--min-count", "2")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [d["heading"] for d in data] == ["Riwayat Masalah Klien", "Tanda Tangan"]
    assert data[0]["snippet"]["properties"] == {
        "presenting_problem": {"x-synonyms": {"id": ["Riwayat Masalah Klien"]}}
    }
    assert data[1]["suggestion"] is None
    assert data[1]["snippet"] is None


def test_agency_synonyms_are_suggested_too(run: Path, tmp_path: Path) -> None:
    agency = tmp_path / "agency"
    agency.mkdir()
    addition = {
        "x-record-type": "case_record",
        "properties": {"evaluation": {"x-synonyms": {"id": ["Tanda Tangan Evaluator"]}}},
    }
    (agency / "case_record.json").write_text(json.dumps(addition), encoding="utf-8")
    data = json.loads(headings(run, "--json", "--schema-dir", agency).output)
    signature = next(d for d in data if d["heading"] == "Tanda Tangan")
    assert signature["suggestion"]["field"] == "evaluation"


def test_a_damaged_output_is_listed_and_the_exit_code_is_1(run: Path) -> None:
    (run / "broken.json").write_text("[1, 2")
    result = headings(run)
    assert result.exit_code == 1
    assert "error: broken.json: invalid JSON" in result.stderr
