"""The vocabulary folder: shipped once for extraction and de-identification, checked, extended by agencies."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from docx import Document as WordDocument

from pipeline.cli import main
from pipeline.errors import SchemaError
from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.options import ExtractOptions
from pipeline.records import FileResult, Record, Unmatched
from pipeline.reports.deid.patterns import load_patterns, split_honorifics
from pipeline.vocabulary import SHAPES, load_vocabulary

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"


def _agency(tmp_path: Path, name: str, words: dict[str, Any]) -> Path:
    folder = tmp_path / "agency" / "vocabulary"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(words), encoding="utf-8")
    return tmp_path / "agency"


def _lists(value: Any, where: str) -> list[tuple[str, list[str]]]:
    if isinstance(value, list):
        return [(where, value)]
    if isinstance(value, dict):
        return [found for k, v in value.items() for found in _lists(v, f"{where}.{k}")]
    return []


def test_the_shipped_folder_states_every_key_once() -> None:
    folder = resources.files("pipeline.schemas").joinpath("vocabulary")
    keys = Counter(
        key
        for file in folder.iterdir()
        if file.name.endswith(".json")
        for key in json.loads(file.read_text(encoding="utf-8"))
        if key != "description"
    )
    assert set(keys) == set(SHAPES) - {"description"}
    assert {k: n for k, n in keys.items() if n > 1} == {}


def test_no_list_states_a_word_twice() -> None:
    words = load_vocabulary().words
    repeated = {
        where: [w for w, n in Counter(ws).items() if n > 1]
        for key, value in words.items()
        for where, ws in _lists(value, key)
    }
    assert {where: ws for where, ws in repeated.items() if ws} == {}


def test_the_de_identifier_keeps_no_word_list_of_its_own() -> None:
    reports = PACKAGE / "reports"
    own = [*reports.glob("deid*.json"), *(reports / "deid").rglob("*.json")]
    assert own == []


def test_extraction_and_de_identification_read_the_same_months_and_honorifics() -> None:
    vocabulary = load_vocabulary()
    patterns = load_patterns(vocabulary)
    assert patterns.months == vocabulary.months
    assert {h.rstrip(".").lower() for h in patterns.honorifics} <= vocabulary.honorifics
    assert {w + 1 for w in patterns.weekdays.values()} == set(range(1, 8))
    assert set(patterns.weekdays) == vocabulary.weekdays


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ({"surnames": ["Siregar"]}, "people.json: unknown key 'surnames'"),
        ({"months": {"variant": {"Agst": 8}}}, r"people.json: months: unknown key 'variant'"),
        ({"honorifics": {"jv": ["Mas"]}}, "people.json: honorifics: unknown key 'jv'"),
        ({"placeholders": "menyusul"}, "people.json: placeholders: must be a list"),
        ({"placeholders": [""]}, "people.json: placeholders: must be a list of non-empty"),
        ({"ordinals": {"kesebelas": "11"}}, "people.json: ordinals: must map a word to a number"),
        ({"abbreviations": {"id": {"ket": 1}}}, r"abbreviations\.id: must map an abbreviation"),
        ({"non_name_words": {"places": "Garut"}}, "non_name_words: must map a group name"),
        ({"months": {"id": ["Sasih"]}}, "people.json: months.id: must list 12 names, not 13"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_a_bad_agency_word_list_is_one_line_naming_file_and_key(
    tmp_path: Path, words: dict[str, Any], message: str
) -> None:
    agency = _agency(tmp_path, "people.json", words)
    with pytest.raises(SchemaError, match=message) as caught:
        load_vocabulary([agency])
    assert "\n" not in str(caught.value)


def test_invalid_json_in_an_agency_word_list_names_file_and_line(tmp_path: Path) -> None:
    agency = tmp_path / "agency"
    (agency / "vocabulary").mkdir(parents=True)
    (agency / "vocabulary" / "text.json").write_text('{"placeholders":\n oops}', encoding="utf-8")
    with pytest.raises(SchemaError, match=r"text\.json: line 2: invalid JSON"):
        load_vocabulary([agency])


def test_agency_words_are_added_to_the_shipped_ones(tmp_path: Path) -> None:
    agency = _agency(
        tmp_path,
        "ours.json",
        {
            "placeholders": ["menyusul"],
            "abbreviations": {"id": {"ket": "keterangan"}},
            "months": {"variants": {"Agst": 8}},
        },
    )
    shipped, ours = load_vocabulary(), load_vocabulary([agency])
    assert "menyusul" in ours.placeholders - shipped.placeholders
    assert shipped.placeholders < ours.placeholders
    assert ours.abbreviations == {**shipped.abbreviations, "ket": "keterangan"}
    assert ours.months == {**shipped.months, "agst": 8}


def test_a_schema_dir_without_a_vocabulary_folder_keeps_the_shipped_words(tmp_path: Path) -> None:
    assert load_vocabulary([tmp_path]).words == load_vocabulary().words


def _case_with_value(path: Path, label: str, value: str) -> Path:
    doc = WordDocument()
    doc.add_heading("CATATAN KASUS", 0)
    doc.add_paragraph("Nama Klien : Ibu Warsini")
    doc.add_paragraph(f"{label} : {value}")
    doc.add_paragraph("Riwayat Masalah").runs[0].bold = True
    doc.add_paragraph("Klien tinggal bersama neneknya sejak ibunya bekerja di luar kota.")
    doc.save(path)
    return path


def test_an_agency_placeholder_word_makes_a_value_missing(tmp_path: Path) -> None:
    document = read_document(_case_with_value(tmp_path / "case.docx", "Nomor Kasus", "menyusul"))
    agency = _agency(tmp_path, "text.json", {"placeholders": ["menyusul"]})

    before = extract_records(document).records[0]
    after = extract_records(document, ExtractOptions(schema_dirs=(agency,))).records[0]

    assert before.fields["case_number"] == "menyusul"
    assert "case_number" not in after.fields


def test_an_agency_month_spelling_reads_a_date(tmp_path: Path) -> None:
    path = _case_with_value(tmp_path / "case.docx", "Tanggal Lahir", "12 Agst 2011")
    document = read_document(path)
    agency = _agency(tmp_path, "dates.json", {"months": {"variants": {"Agst": 8}}})

    before = extract_records(document).records[0]
    after = extract_records(document, ExtractOptions(schema_dirs=(agency,))).records[0]

    assert "client_birth_date" not in before.fields
    assert after.fields["client_birth_date"] == "2011-08-12"


def test_an_agency_honorific_stays_before_the_pseudonym(tmp_path: Path) -> None:
    agency = _agency(tmp_path, "people.json", {"honorifics": {"id": ["Engku"]}})
    shipped = load_patterns(load_vocabulary())
    ours = load_patterns(load_vocabulary([agency]))

    assert split_honorifics("Engku Hamzah", shipped) == ("", "Engku Hamzah")
    assert split_honorifics("Engku Hamzah", ours) == ("Engku", "Hamzah")


def test_headings_are_grouped_with_the_agency_s_abbreviations(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name, heading in (("a", "Ket. Tambahan"), ("b", "Keterangan Tambahan")):
        unmatched = (Unmatched(heading, "heading", 1),)
        record = Record("case_record", 0.9, "id", (1, 1), {}, unmatched=unmatched)
        result = FileResult(f"in/{name}.pdf", name * 64, "pdf", 1, (), (record,))
        (out / f"{name}.json").write_text(json.dumps(result.to_json()), encoding="utf-8")
    agency = _agency(tmp_path, "text.json", {"abbreviations": {"id": {"ket": "keterangan"}}})

    def counts(*extra: str) -> list[int]:
        result = CliRunner().invoke(main, ["headings", str(out), "--json", *extra])
        assert result.exit_code == 0, result.output
        return sorted(group["count"] for group in json.loads(result.output))

    assert counts() == [1, 1]
    assert counts("--schema-dir", str(agency)) == [2]
