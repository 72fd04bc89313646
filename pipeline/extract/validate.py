"""Check a record's fields against its schema and list what a complete record lacks.

`missing_required` comes from jsonschema's `required` errors (including the
closed-case rule, written in the schema as if/then, and nested daily-log
entries as `entries[2].duration_minutes`). `missing_recommended` lists the
recommended fields that are absent, except those the closed-case rule made
required: a field is never in both lists. Any other schema error (a value of
the wrong shape) becomes a warning naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.specs import RecordSpec


@dataclass(frozen=True)
class Validation:
    missing_required: tuple[str, ...]
    missing_recommended: tuple[str, ...]
    warnings: tuple[str, ...]


_validators: dict[int, Any] = {}


def _validator(spec: RecordSpec) -> Any:
    key = id(spec.json_schema)
    if key not in _validators:
        from jsonschema import Draft202012Validator

        _validators[key] = Draft202012Validator(spec.json_schema)
    return _validators[key]


def _path(parts: list[Any], name: str) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"{text}.{name}" if text else name


def is_closed(spec: RecordSpec, fields: Mapping[str, Any]) -> bool:
    rule = spec.closed_rule
    if rule is None:
        return False
    return fields.get(rule.field) == rule.value or bool(
        rule.or_present and fields.get(rule.or_present)
    )


def validate_fields(spec: RecordSpec, fields: Mapping[str, Any]) -> Validation:
    """Return the missing lists and warnings for `fields` of a record of type `spec`."""
    missing: set[str] = set()
    warnings: list[str] = []
    for error in _validator(spec).iter_errors(dict(fields)):
        if error.validator == "required":
            for name in error.validator_value:
                if isinstance(error.instance, dict) and name not in error.instance:
                    missing.add(_path(list(error.absolute_path), name))
        elif error.validator in ("minItems", "minLength") and len(error.absolute_path) == 1:
            missing.add(str(error.absolute_path[0]))
        else:
            where = _path(list(error.absolute_path), "").rstrip(".") or "record"
            warnings.append(f"{where}: value does not fit the schema ({error.validator})")

    order = {f.name: i for i, f in enumerate(spec.fields)}
    closed = is_closed(spec, fields)
    recommended: list[str] = []
    for field in spec.fields:
        level = field.level_when_closed if closed and field.level_when_closed else field.level
        if level == "recommended" and field.name not in fields:
            recommended.append(field.name)
        if field.kind == "entries" and isinstance(fields.get(field.name), list):
            for i, entry in enumerate(fields[field.name]):
                for sub in field.entry_fields:
                    if sub.level == "recommended" and sub.name not in entry:
                        recommended.append(f"{field.name}[{i}].{sub.name}")

    def sort_key(path: str) -> tuple[int, str]:
        return order.get(path.split("[")[0].split(".")[0], len(order)), path

    required = tuple(sorted(missing, key=sort_key))
    return Validation(required, tuple(p for p in recommended if p not in missing), tuple(warnings))
