"""A reviewer's corrections: a value checked against its field's kind, and a record with the
corrections applied, in the output contract's form.

A value is checked the way extraction normalises one (`extract.normalize`):
a date is any written form `parse_date` reads, stored as ISO; an enumerated
text must name one of its values; an integer must be one. A value that does
not fit raises `ValueRefused` with a one-line reason naming the field.

`corrected` replays a record's changes in the order they were made, over the
record as the run wrote it, and then (only when something changed) lists what
is missing again with the same validator extraction uses
(`extract.validate`), so a corrected record reads like one casenotes wrote.
A record with no change is returned as written. Nothing here reads or writes
a file.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from pipeline.extract.normalize import (
    fold_whitespace,
    normalise_enum,
    parse_date,
    parse_dates,
    parse_integer,
)
from pipeline.extract.validate import validate_fields
from pipeline.records import Status
from pipeline.specs import FieldSpec, RecordSpec, SchemaSet

ChangeKind = Literal["field", "type", "resolve", "reviewed"]
Resolution = Literal["present", "missing"]
RESOLUTIONS: tuple[Resolution, ...] = get_args(Resolution)
# List values are typed one per line in the form; a pasted "a; b" is split too.
_LIST_SEPARATORS = ("\n", ";")
_DATE_EXAMPLE = "2024-03-05 or 5 Maret 2024"


class ValueRefused(ValueError):
    """A value that does not fit its field; `str()` is the one-line reason."""


@dataclass(frozen=True)
class Change:
    """One change a reviewer made; `new` None clears a field (or is unused for `reviewed`)."""

    kind: ChangeKind
    name: str | None
    old: Any
    new: Any


def review_entries(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Return the record's `needs_review` entries that name a field; [] for older runs."""
    entries = record.get("needs_review")
    if not isinstance(entries, list):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("field"), str)]


def _text(name: str, value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueRefused(f"{name}: give some text (null clears the field)")
    return value


def _items(name: str, value: Any) -> list[str]:
    if isinstance(value, str):
        pieces = [value]
        for separator in _LIST_SEPARATORS:
            pieces = [part for piece in pieces for part in piece.split(separator)]
        value = pieces
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueRefused(f"{name}: give a list of texts, or one per line")
    items = [fold_whitespace(v).strip() for v in value]
    items = [v for v in items if v]
    if not items:
        raise ValueRefused(f"{name}: the list is empty (null clears the field)")
    return items


def parse_value(spec: FieldSpec, value: Any, path: str | None = None) -> Any:
    """Return `value` in the contract's form for a field of `spec`'s kind, or raise ValueRefused.

    `path` names the field in the reason (`entries[1].date`); it defaults to the field's name.
    """
    name = path or spec.name
    if spec.kind == "narrative":
        return _text(name, value).strip()
    if spec.kind == "text":
        text = fold_whitespace(_text(name, value)).strip()
        if not spec.values:
            return text
        if text in spec.values:
            return text
        enum = normalise_enum(text, spec.values)
        if enum is None:
            raise ValueRefused(f"{name}: must be one of {', '.join(spec.values)}")
        return enum
    if spec.kind == "date":
        iso = parse_date(_text(name, value))
        if iso is None:
            raise ValueRefused(f"{name}: not a date (write it as {_DATE_EXAMPLE})")
        return iso
    if spec.kind == "dates":
        dates: list[str] = []
        for item in _items(name, value):
            found = parse_dates(item)
            if not found:
                raise ValueRefused(f"{name}: {item!r} is not a date (write {_DATE_EXAMPLE})")
            dates.extend(found)
        return sorted(dict.fromkeys(dates))
    if spec.kind == "integer":
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if number is None and isinstance(value, str) and value.strip().isdigit():
            number = parse_integer(value)
        if number is None or number < 0:
            raise ValueRefused(f"{name}: not a whole number")
        return number
    if spec.kind == "list":
        return _items(name, value)
    return _entries(spec, value, name)


def _entries(spec: FieldSpec, value: Any, name: str) -> list[dict[str, Any]]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueRefused(f"{name}: not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(value, list) or not value or not all(isinstance(e, dict) for e in value):
        raise ValueRefused(f"{name}: give a list of entries, each an object")
    subs = {sub.name: sub for sub in spec.entry_fields}
    entries = []
    for i, entry in enumerate(value):
        unknown = sorted(set(entry) - set(subs))
        if unknown:
            raise ValueRefused(
                f"{name}[{i}]: unknown field {unknown[0]!r} (fields: {', '.join(subs)})"
            )
        entries.append(
            {
                key: parse_value(subs[key], v, f"{name}[{i}].{key}")
                for key, v in entry.items()
                if v is not None and v != ""
            }
        )
    return entries


def field_spec(spec: RecordSpec | None, name: str) -> FieldSpec:
    """Return the top-level field `name` of `spec`, or raise ValueRefused listing the fields."""
    if spec is None:
        raise ValueRefused(f"{name}: the record has no known type; set its type first")
    if not spec.has_field(name):
        fields = ", ".join(f.name for f in spec.fields)
        raise ValueRefused(f"{name}: not a field of {spec.record_type} (fields: {fields})")
    return spec.field(name)


def corrected(
    record: Mapping[str, Any], changes: Sequence[Change], schemas: SchemaSet
) -> dict[str, Any]:
    """Return `record` with `changes` applied in order; with no change, a copy as written."""
    result = copy.deepcopy(dict(record))
    edits = [c for c in changes if c.kind != "reviewed"]
    if not edits:
        return result
    fields: dict[str, Any] = dict(result.get("fields") or {})
    evidence: dict[str, Any] = dict(result.get("evidence") or {})
    resolutions: dict[str, Resolution] = {}
    for change in edits:
        if change.kind == "type":
            result["record_type"] = change.new
        elif change.kind == "resolve" and change.name:
            resolutions[change.name] = change.new
        elif change.kind == "field" and change.name:
            if change.new is None:
                fields.pop(change.name, None)
                evidence.pop(change.name, None)
            else:
                fields[change.name] = change.new
    result["fields"] = fields
    result["evidence"] = evidence
    spec = schemas.get(str(result.get("record_type")))
    if spec is None:
        for key in ("missing_required", "missing_recommended", "needs_review"):
            if key in result:
                result[key] = []
        return _with_status(result, "not_assessed")
    # A field still to review is not "missing" until someone says so (contract 1.1).
    pending = [
        e
        for e in review_entries(record)
        if e["field"] not in fields
        and resolutions.get(e["field"]) != "missing"
        and spec.has_field(e["field"].split("[")[0])
    ]
    pending_names = {e["field"] for e in pending}
    validation = validate_fields(spec, fields)
    result["missing_required"] = [p for p in validation.missing_required if p not in pending_names]
    result["missing_recommended"] = list(validation.missing_recommended)
    if "needs_review" in result or pending:
        result["needs_review"] = pending
    if result["missing_required"]:
        status: Status = "incomplete"
    else:
        status = "needs_review" if pending else "complete"
    return _with_status(result, status)


def _with_status(result: dict[str, Any], status: Status) -> dict[str, Any]:
    result["complete"] = status == "complete"
    if "status" in result:
        result["status"] = status
    return result
