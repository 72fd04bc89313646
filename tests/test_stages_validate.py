"""What a complete record lacks (pipeline/extract/validate.py) as decision tables: a record's
fields in, `missing_required`, `missing_recommended` and warnings out, with the shipped schemas.

Each row starts from a complete record of its type and changes one thing, so the
row shows exactly which decision that one thing moves.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.validate import is_closed, validate_fields
from pipeline.specs import load_schemas

CASE: dict[str, Any] = {
    "case_number": "SK-01/2024",
    "client_name": "Budi",
    "worker_name": "Sri",
    "date_opened": "2024-03-01",
    "case_status": "open",
    "referral_source": "RT setempat",
    "client_identity": "Laki-laki, 12 tahun.",
    "presenting_problem": "Putus sekolah.",
    "social_environment": "Tinggal bersama nenek.",
    "assessment": "Butuh dukungan belajar.",
    "intervention_plan": "Kembali sekolah.",
    "interventions": "Kunjungan rumah.",
    "evaluation": "Hadir di kelas.",
    "attachments": ["KK"],
    "confidentiality": "RAHASIA",
}
ENTRY: dict[str, Any] = {
    "date": "2024-03-04",
    "time": "09:00",
    "duration_minutes": 30,
    "description": "Konseling.",
    "client_name": "Budi",
}
LOG: dict[str, Any] = {"worker_name": "Sri", "entries": [ENTRY, ENTRY]}


def _without(fields: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k not in names}


Row = tuple[str, dict[str, Any], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
# (record type, fields, missing_required, missing_recommended, warnings)
ROWS: list[Row] = [
    ("case_record", CASE, (), (), ()),
    ("case_record", _without(CASE, "worker_name"), ("worker_name",), (), ()),
    ("case_record", {**CASE, "assessment": ""}, ("assessment",), (), ()),  # empty is absent
    ("case_record", _without(CASE, "referral_source"), (), ("referral_source",), ()),
    ("case_record", _without(CASE, "agency_name"), (), (), ()),  # optional: never listed
    (  # a closed case also needs its closing date and termination
        "case_record",
        {**CASE, "case_status": "closed"},
        ("date_closed", "termination"),
        (),
        (),
    ),
    (  # a closing date alone closes the case
        "case_record",
        {**CASE, "date_closed": "2024-06-01"},
        ("termination",),
        (),
        (),
    ),
    (  # recommended when open, required once closed: listed once, as required
        "case_record",
        _without({**CASE, "case_status": "closed", "date_closed": "2024-06-01"}, "evaluation"),
        ("evaluation", "termination"),
        (),
        (),
    ),
    (  # a value outside the schema's enum is a warning, not a missing field
        "case_record",
        {**CASE, "case_status": "bogus"},
        (),
        (),
        ("case_status: value does not fit the schema (enum)",),
    ),
    ("daily_log", LOG, (), (), ()),
    ("daily_log", {"worker_name": "Sri"}, ("entries",), (), ()),
    ("daily_log", {**LOG, "entries": []}, ("entries",), (), ()),
    (  # a nested path names the entry and its field
        "daily_log",
        {**LOG, "entries": [ENTRY, _without(ENTRY, "duration_minutes")]},
        ("entries[1].duration_minutes",),
        (),
        (),
    ),
    (
        "daily_log",
        {**LOG, "entries": [_without(ENTRY, "client_name"), ENTRY]},
        (),
        ("entries[0].client_name",),
        (),
    ),
]


@pytest.mark.parametrize(("record_type", "fields", "required", "recommended", "warnings"), ROWS)
def test_what_a_record_lacks(
    record_type: str,
    fields: dict[str, Any],
    required: tuple[str, ...],
    recommended: tuple[str, ...],
    warnings: tuple[str, ...],
) -> None:
    spec = load_schemas().get(record_type)
    assert spec is not None
    checked = validate_fields(spec, fields)
    assert (checked.missing_required, checked.missing_recommended, checked.warnings) == (
        required,
        recommended,
        warnings,
    )


# (fields of a case record, closed?)
CLOSED = [
    ({"case_status": "closed"}, True),
    ({"case_status": "open"}, False),
    ({"case_status": "open", "date_closed": "2024-06-01"}, True),  # the date outweighs the word
    ({"date_closed": ""}, False),
    ({}, False),
]


@pytest.mark.parametrize(("fields", "closed"), CLOSED)
def test_when_a_case_counts_as_closed(fields: dict[str, Any], closed: bool) -> None:
    spec = load_schemas().get("case_record")
    assert spec is not None
    assert is_closed(spec, fields) is closed


def test_a_type_without_a_closing_rule_is_never_closed() -> None:
    spec = load_schemas().get("daily_log")
    assert spec is not None
    assert is_closed(spec, {"case_status": "closed"}) is False
