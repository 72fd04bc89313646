"""The schema loader: shipped schemas, acceptance checks on their content, agency merging, errors."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from pipeline.errors import SchemaError
from pipeline.specs import LANGUAGES, FieldSpec, load_schemas

SHIPPED_TYPES = {
    "process_record",
    "summarized_process_record",
    "summarized_record",
    "case_record",
    "daily_log",
    "agency_record",
}
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
# Acceptance requirement: a narrative section is found by its heading, and
# agencies word headings many ways; five per language is the floor.
MIN_NARRATIVE_SYNONYMS = 5


def _all_fields() -> list[tuple[str, FieldSpec]]:
    """Return (record_type, field) for every field, entry sub-fields as `entries[].date`."""
    found: list[tuple[str, FieldSpec]] = []
    for record_type, spec in load_schemas().records.items():
        for field_spec in spec.fields:
            found.append((f"{record_type}.{field_spec.name}", field_spec))
            found += [
                (f"{record_type}.{field_spec.name}[].{sub.name}", sub)
                for sub in field_spec.entry_fields
            ]
    return found


def _shipped_files() -> list[Any]:
    return sorted(
        (f for f in resources.files("pipeline.schemas").iterdir() if f.name.endswith(".json")),
        key=lambda f: f.name,
    )


def _schema_files() -> list[Any]:
    """Return the shipped files that are JSON Schemas (data files such as a word list are not)."""
    return [f for f in _shipped_files() if "$schema" in json.loads(f.read_text(encoding="utf-8"))]


def _write(directory: Path, name: str, data: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(json.dumps(data), encoding="utf-8")
    return directory


NARRATIVE_FIELDS = [(name, spec) for name, spec in _all_fields() if spec.kind == "narrative"]


def test_shipped_schemas_load_with_the_six_record_types() -> None:
    schemas = load_schemas()
    assert set(schemas.records) == SHIPPED_TYPES
    assert schemas.envelope["properties"]["contract_version"] == {"const": "1.1"}


def test_schema_files_ship_inside_the_package() -> None:
    shipped = resources.files("pipeline.schemas")
    assert shipped.joinpath("case_record.json").is_file()
    assert {f"{rt}.json" for rt in SHIPPED_TYPES} <= {f.name for f in _shipped_files()}


@pytest.mark.parametrize(("name", "spec"), NARRATIVE_FIELDS, ids=[n for n, _ in NARRATIVE_FIELDS])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_narrative_field_has_enough_synonyms_in_each_language(
    name: str, spec: FieldSpec, language: str
) -> None:
    synonyms = spec.synonyms.get(language, ())
    assert len(set(synonyms)) >= MIN_NARRATIVE_SYNONYMS, f"{name} [{language}]: {list(synonyms)}"


def test_every_field_has_a_label_in_each_language() -> None:
    missing = [
        f"{name} [{lang}]"
        for name, spec in _all_fields()
        for lang in LANGUAGES
        if not spec.label.get(lang)
    ]
    assert missing == []


@pytest.mark.parametrize("file", _schema_files(), ids=lambda f: f.name)
def test_schema_file_is_a_valid_draft_2020_12_schema(file: Any) -> None:
    data = json.loads(file.read_text(encoding="utf-8"))
    assert data["$schema"] == DRAFT_2020_12
    Draft202012Validator.check_schema(data)


def test_every_record_type_file_declares_draft_2020_12() -> None:
    declared = {
        json.loads(f.read_text(encoding="utf-8")).get("x-record-type") for f in _schema_files()
    }
    assert declared >= SHIPPED_TYPES


@pytest.mark.parametrize("record_type", sorted(SHIPPED_TYPES))
def test_built_validation_schema_is_valid_draft_2020_12(record_type: str) -> None:
    spec = load_schemas().records[record_type]
    assert spec.json_schema["$schema"] == DRAFT_2020_12
    Draft202012Validator.check_schema(spec.json_schema)


@pytest.mark.parametrize("record_type", sorted(SHIPPED_TYPES))
def test_file_required_list_agrees_with_field_levels(record_type: str) -> None:
    # The loader builds `required` from x-level; a stale list in the file would mislead readers.
    spec = load_schemas().records[record_type]
    data = json.loads(
        resources.files("pipeline.schemas").joinpath(f"{record_type}.json").read_text("utf-8")
    )
    assert sorted(data["required"]) == sorted(f.name for f in spec.fields if f.level == "required")


def test_case_record_fields_become_required_when_closed() -> None:
    spec = load_schemas().records["case_record"]
    closed = {f.name for f in spec.fields if f.level_when_closed == "required"}
    assert closed == {"date_closed", "interventions", "evaluation", "termination"}
    assert spec.closed_rule is not None
    assert (spec.closed_rule.field, spec.closed_rule.value, spec.closed_rule.or_present) == (
        "case_status",
        "closed",
        "date_closed",
    )


AGENCY_CASE_RECORD = {
    "x-record-type": "case_record",
    "properties": {"client_name": {"x-synonyms": {"id": ["Nama Anak Titipan Yayasan"]}}},
}
AGENCY_NEW_TYPE = {
    "$schema": DRAFT_2020_12,
    "x-record-type": "home_visit",
    "x-label": {"id": "Catatan Kunjungan Rumah", "en": "Home Visit Note"},
    "x-titles": {"id": ["Catatan Kunjungan Rumah"], "en": ["Home Visit Note"]},
    "type": "object",
    "properties": {
        "client_name": {"$ref": "common.json#/$defs/client_name", "x-level": "required"},
        "visit_date": {
            "type": "string",
            "format": "date",
            "x-kind": "date",
            "x-level": "required",
            "x-label": {"id": "Tanggal Kunjungan", "en": "Visit date"},
            "x-synonyms": {"id": ["Tanggal Kunjungan"], "en": ["Visit Date"]},
        },
    },
}


def test_schema_dir_adds_a_synonym_to_a_shipped_field(tmp_path: Path) -> None:
    shipped = load_schemas().records["case_record"].field("client_name")
    merged = load_schemas([_write(tmp_path, "case_record.json", AGENCY_CASE_RECORD)])
    field_spec = merged.records["case_record"].field("client_name")
    assert field_spec.synonyms["id"][0] == "Nama Anak Titipan Yayasan"
    assert set(shipped.all_synonyms()) < set(field_spec.all_synonyms())
    assert (field_spec.kind, field_spec.level) == (shipped.kind, shipped.level)
    # The shipped view is untouched by the merge.
    assert (
        "Nama Anak Titipan Yayasan"
        not in load_schemas().records["case_record"].field("client_name").all_synonyms()
    )


def test_schema_dir_adds_a_record_type(tmp_path: Path) -> None:
    schemas = load_schemas([_write(tmp_path, "home_visit.json", AGENCY_NEW_TYPE)])
    assert set(schemas.records) == SHIPPED_TYPES | {"home_visit"}
    spec = schemas.records["home_visit"]
    assert spec.human_label("id") == "Catatan Kunjungan Rumah"
    assert [(f.name, f.kind, f.level) for f in spec.fields] == [
        ("client_name", "text", "required"),
        ("visit_date", "date", "required"),
    ]
    assert "Nama Klien" in spec.field("client_name").synonyms["id"]  # resolved from common.json
    Draft202012Validator.check_schema(spec.json_schema)
    assert spec.main_date == ()  # no x-date: the audit files its records under "no date"


@pytest.mark.parametrize(
    ("record_type", "path"),
    [
        ("process_record", ("interview_date",)),
        ("summarized_process_record", ("interview_dates", 0)),
        ("case_record", ("date_opened",)),
        ("summarized_record", ("period_end",)),
        ("daily_log", ("entries", 0, "date")),
        ("agency_record", ()),  # an agency's own data: its founding is no casework month
    ],
)
def test_x_date_gives_each_shipped_type_its_main_date(
    record_type: str, path: tuple[str | int, ...]
) -> None:
    assert load_schemas().records[record_type].main_date == path


def test_schema_dir_moves_a_main_date(tmp_path: Path) -> None:
    moved = {"x-record-type": "case_record", "x-date": "date_closed"}
    schemas = load_schemas([_write(tmp_path, "case_record.json", moved)])
    assert schemas.records["case_record"].main_date == ("date_closed",)


def _bad_property(prop: dict[str, Any]) -> dict[str, Any]:
    return {"x-record-type": "home_visit", "properties": {"client_name": prop}}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_name", "x-colour": "red"}),
            ["properties.client_name", "unknown key 'x-colour'", "allowed:", "x-synonyms"],
            id="unknown-field-key",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-owner": "dinas"},
            ["unknown key 'x-owner'", "allowed:", "x-record-type"],
            id="unknown-record-key",
        ),
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_name", "x-level": "mandatory"}),
            ["properties.client_name.x-level", "'mandatory'", "required, recommended, optional"],
            id="bad-x-level",
        ),
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_nama", "x-level": "required"}),
            ["properties.client_name", "$ref", "'client_nama'", "known:", "client_name"],
            id="ref-to-unknown-shared-field",
        ),
        pytest.param(
            _bad_property({"$ref": "#/definitions/client_name"}),
            ["properties.client_name", "$ref must look like 'common.json#/$defs/NAME'"],
            id="ref-of-wrong-shape",
        ),
        pytest.param(
            _bad_property(
                {
                    "$ref": "common.json#/$defs/client_name",
                    "x-values": {"open": {"en": ["open"]}},
                    "x-value-labels": {"opened": {"en": "Open"}},
                }
            ),
            ["properties.client_name.x-value-labels", "values of x-values (open)"],
            id="x-value-labels-for-a-value-x-values-lacks",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-date": "visit_dat"},
            ["x-date", "'visit_dat' is not a field of kind date"],
            id="x-date-names-unknown-field",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-date": "client_name"},
            ["x-date", "'client_name' is not a field of kind date"],
            id="x-date-names-a-text-field",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-date": "visit_date.first"},
            ["x-date", 'must name a date field, e.g. "date_opened"'],
            id="x-date-of-wrong-shape",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-summarizes": "proces_record"},
            ["x-summarizes", "names unknown record type 'proces_record'", "process_record"],
            id="x-summarizes-names-unknown-type",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-layout-cues": {"listed_date": 1}},
            ["x-layout-cues", "'listed_date' is not one of", "listed_dates"],
            id="x-layout-cue-misspelt",
        ),
        pytest.param(
            {**AGENCY_NEW_TYPE, "x-summarizes": ["process_record"]},
            ["x-summarizes", "must name a record type"],
            id="x-summarizes-of-wrong-shape",
        ),
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_name", "x-identifies": "persn"}),
            [
                "properties.client_name.x-identifies",
                "must be one of client, worker, person",
                "'persn'",
            ],
            id="x-identifies-misspelt",
        ),
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_name", "x-identify": "person"}),
            ["properties.client_name", "unknown key 'x-identify'"],
            id="x-identifies-key-misspelt",
        ),
        pytest.param(
            _bad_property({"$ref": "common.json#/$defs/client_name", "x-shape": "street"}),
            ["properties.client_name.x-shape", "must be one of address", "'street'"],
            id="x-shape-unknown",
        ),
    ],
)
def test_schema_error_names_file_and_key(
    tmp_path: Path, data: dict[str, Any], expected: list[str]
) -> None:
    directory = _write(tmp_path / "agency", "bad.json", data)
    with pytest.raises(SchemaError) as caught:
        load_schemas([directory])
    message = str(caught.value)
    assert message.startswith(f"{directory.resolve()}/bad.json: ")
    assert "\n" not in message
    for part in expected:
        assert part in message


def test_invalid_json_in_schema_dir_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text(
        '{"x-record-type": "home_visit",\n  oops}', encoding="utf-8"
    )
    with pytest.raises(SchemaError, match=r"broken\.json: line 2: invalid JSON"):
        load_schemas([tmp_path])


def test_schema_dir_that_is_not_a_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="not a directory"):
        load_schemas([tmp_path / "missing"])


@pytest.mark.parametrize("record_type", sorted(load_schemas().records))
def test_no_heading_names_two_fields_of_one_record_type(record_type: str) -> None:
    """Folded as the matcher folds them (case, accents, plurals, abbreviations), synonyms stay
    apart, except a label listed for two people (`Student`), which the record's other labels
    decide (extract/elimination.py)."""
    from pipeline.extract.normalize import fold_words, folded_phrases
    from pipeline.vocabulary import load_vocabulary

    connectors = folded_phrases(load_vocabulary().heading_connectors)
    owner: dict[tuple[str, ...], str] = {}
    clashes = []
    record = load_schemas().records[record_type]
    named = [(f.name, f.all_synonyms()) for f in record.fields]
    people = {f.name for f in record.fields if f.identifies in ("client", "worker")}
    if record.period:  # "Period" must not also name period_end
        named.append(("(period)", tuple(s for ss in record.period.synonyms.values() for s in ss)))
    for name, synonyms in named:
        for synonym in synonyms:
            key = tuple(w for w in fold_words(synonym) if w not in connectors)
            other = owner.setdefault(key, name)
            if other != name and not {other, name} <= people:
                clashes.append((synonym, other, name))
    assert not clashes
