"""Read the record schemas (shipped in `pipeline.schemas`, plus any --schema-dir) into typed specs.

The schema files are the only place record types, field names, kinds, levels
and the bilingual headings/labels live. This module checks them when loaded:
an unknown key, kind or level, or a reference to an undefined field, raises
`SchemaError` naming the file and the key, and listing what is allowed.

Merging an agency directory over the shipped schemas: a file whose
`x-record-type` is known extends that type (new fields are added; for an
existing field its synonyms are added to the shipped ones and any other key
replaces the shipped value); an unknown `x-record-type` adds a new type; a
`common.json` extends the shared field definitions.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from pipeline.errors import SchemaError

Level = Literal["required", "recommended", "optional"]
Kind = Literal["text", "date", "dates", "narrative", "list", "integer", "entries"]
LEVELS: tuple[Level, ...] = ("required", "recommended", "optional")
KINDS: tuple[Kind, ...] = ("text", "date", "dates", "narrative", "list", "integer", "entries")
LANGUAGES = ("id", "en")
# What a field's value identifies (`x-identifies`), for de-identification: a client, a worker or
# another person (pseudonyms), a case (a case pseudonym), or an address or birth date (the whole
# value becomes a placeholder).
Identifies = Literal["client", "worker", "person", "case", "address", "birth_date"]
IDENTIFIES: tuple[Identifies, ...] = ("client", "worker", "person", "case", "address", "birth_date")
# A value's shape only one field of a type holds (`x-shape`): a label nobody listed whose
# value has it is that field's (extract/field_matcher.py).
Shape = Literal["address", "agency", "place", "sex"]
SHAPES: tuple[Shape, ...] = ("address", "agency", "place", "sex")
# What a record's layout can show of its type (`x-layout-cues`, read by extract/classify.py):
# turns of a dialogue, rows that open with a date and a time, a label listing several dates.
LAYOUT_CUES = ("dialogue_turns", "dated_rows", "listed_dates")
# The values that name a person: a name is all such a field holds.
PERSONS: frozenset[Identifies] = frozenset({"client", "worker", "person"})

# Keys a property may carry besides standard JSON Schema validation keywords.
_FIELD_ANNOTATIONS = frozenset(
    {
        "x-kind",
        "x-level",
        "x-level-when-closed",
        "x-label",
        "x-synonyms",
        "x-values",
        "x-value-labels",
        "x-dialogue",
        "x-table-column",
        "x-column-words",
        "x-markings",
        "x-prose-cues",
        "x-identifies",
        "x-shape",
        "$ref",
    }
)
_JSON_SCHEMA_KEYS = frozenset(
    {
        "type",
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "enum",
        "const",
        "items",
        "minItems",
        "maxItems",
        "properties",
        "required",
        "description",
        "title",
        "additionalProperties",
        "uniqueItems",
    }
)
_RECORD_KEYS = frozenset(
    {
        "$schema",
        "$id",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "allOf",
        "x-record-type",
        "x-date",
        "x-label",
        "x-titles",
        "x-layout-cues",
        "x-closed-when",
        "x-period",
        "x-title-words",
        "x-summarizes",
    }
)
_COMMON_KEYS = frozenset({"$schema", "$id", "title", "description", "$defs"})
TABLE_COLUMNS = ("dialogue", "reflection", "nonverbal", "comments")
# `x-date`: a field, a list's first item, or a field of a list of objects' first entry.
_DATE_PATH = re.compile(r"(?P<field>\w+)(?:\[(?P<index>\d+)\](?:\.(?P<child>\w+))?)?")
DatePath = tuple[str | int, ...]


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: Kind
    level: Level
    label: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]
    level_when_closed: Level | None = None
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # enum value -> its words
    # enum value -> language -> the words a reader is shown (`x-value-labels`)
    value_labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    dialogue: bool = False  # the section holds dialogue turns: "Klien: …" is speech, not a label
    table_column: str | None = None  # role in a process-recording table
    # Words that name the field's column in a table header ("Perasaan", "Skills used"), by language
    column_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    markings: tuple[str, ...] = ()  # literal markings (RAHASIA) that give the value
    # Words that state the field in a sentence, by language: a person's role before their name
    # (`ditulis oleh praktikan` Fajar), an event beside its date (`kunjungan` … 2 April 2024)
    prose_cues: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    entry_fields: tuple[FieldSpec, ...] = ()  # for kind "entries": the fields of one entry
    identifies: Identifies | None = None
    shape: Shape | None = None

    def all_synonyms(self) -> tuple[str, ...]:
        return tuple(s for lang in LANGUAGES for s in self.synonyms.get(lang, ()))

    def human_label(self, language: str | None) -> str:
        return self.label.get(language or "en") or self.label.get("en") or self.name


@dataclass(frozen=True)
class PeriodSpec:
    """A one-line period (`Januari s.d. Maret 2024`) that gives a start and an end field."""

    start: str
    end: str
    synonyms: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class ClosedRule:
    """When a case counts as closed: `field` equals `value`, or `or_present` has a value."""

    field: str
    value: str
    or_present: str | None


@dataclass(frozen=True)
class RecordSpec:
    record_type: str
    label: Mapping[str, str]
    titles: Mapping[str, tuple[str, ...]]
    fields: tuple[FieldSpec, ...]
    json_schema: Mapping[str, Any]
    layout_cues: Mapping[str, int] = field(default_factory=dict)
    # Word sets that name the type inside an unknown title ("Summary Process Note"): weak evidence.
    title_words: tuple[tuple[str, ...], ...] = ()
    closed_rule: ClosedRule | None = None
    period: PeriodSpec | None = None
    # `x-date`: the record's main date (the month an audit files it under), as a path into
    # `fields` where a str is a key and an int a list index; () when the type names none.
    main_date: DatePath = ()
    # `x-summarizes`: the type this one is the summarized form of (indirect speech, no
    # dialogue): a record titled as that type that holds no dialogue is this one.
    summarizes: str | None = None
    source: str = ""

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def has_field(self, name: str) -> bool:
        return any(spec.name == name for spec in self.fields)

    def human_label(self, language: str | None) -> str:
        return self.label.get(language or "en") or self.label.get("en") or self.record_type


@dataclass(frozen=True)
class SchemaSet:
    records: Mapping[str, RecordSpec]
    envelope: Mapping[str, Any]

    def get(self, record_type: str) -> RecordSpec | None:
        return self.records.get(record_type)

    def identifying_fields(self) -> dict[str, Identifies]:
        """Return field name -> what it identifies, over every record type and entry field."""
        found: dict[str, Identifies] = {}
        for record_type, spec in self.records.items():
            for field_spec in (*spec.fields, *(sub for f in spec.fields for sub in f.entry_fields)):
                if field_spec.identifies is None:
                    continue
                if (
                    found.setdefault(field_spec.name, field_spec.identifies)
                    != field_spec.identifies
                ):
                    raise SchemaError(
                        f"{record_type}.{field_spec.name}.x-identifies: {field_spec.identifies!r} "
                        f"differs from {found[field_spec.name]!r} in another record type"
                    )
        return found


def _fail(source: str, where: str, reason: str) -> SchemaError:
    return SchemaError(f"{where}: {reason}" if where else reason, source)


def _check_keys(data: Mapping[str, Any], allowed: frozenset[str], source: str, where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _fail(
            source, where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})"
        )


def _read_json(path: Path | Any, source: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise _fail(source, f"line {exc.lineno}", f"invalid JSON ({exc.msg})") from None
    except OSError as exc:
        raise _fail(source, "", f"cannot read ({exc.strerror})") from None
    if not isinstance(data, dict):
        raise _fail(source, "", "a schema file must hold a JSON object")
    return data


def _string_lists(value: Any, source: str, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v)
        for v in value.values()
    ):
        raise _fail(
            source,
            where,
            'must map a language to a list of non-empty strings, e.g. {"id": ["…"], "en": ["…"]}',
        )
    return {lang: tuple(words) for lang, words in value.items()}


def _merge_property(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in extra.items():
        if key == "items" and isinstance(value, dict) and isinstance(merged.get(key), dict):
            items = merged[key]
            for name, prop in value.get("properties", {}).items():
                old = items.setdefault("properties", {}).get(name)
                items["properties"][name] = (
                    _merge_property(old, prop) if old else copy.deepcopy(prop)
                )
            for item_key, item_value in value.items():
                if item_key != "properties":
                    items[item_key] = copy.deepcopy(item_value)
        elif key == "x-synonyms" and isinstance(value, dict) and isinstance(merged.get(key), dict):
            for lang, words in value.items():
                old = list(merged[key].get(lang, []))
                merged[key][lang] = list(words) + [w for w in old if w not in words]
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _resolve(
    prop: Mapping[str, Any], common: Mapping[str, Any], source: str, where: str
) -> dict[str, Any]:
    if "$ref" not in prop:
        return dict(prop)
    ref = prop["$ref"]
    prefix = "common.json#/$defs/"
    if not isinstance(ref, str) or not ref.startswith(prefix):
        raise _fail(source, where, f"$ref must look like '{prefix}NAME', not {ref!r}")
    name = ref[len(prefix) :]
    if name not in common:
        raise _fail(
            source,
            where,
            f"$ref to unknown shared field {name!r} (known: {', '.join(sorted(common))})",
        )
    local = {k: v for k, v in prop.items() if k != "$ref"}
    return _merge_property(common[name], local)


def _field_spec(name: str, prop: Mapping[str, Any], source: str, where: str) -> FieldSpec:
    _check_keys(prop, _FIELD_ANNOTATIONS | _JSON_SCHEMA_KEYS, source, where)
    kind = prop.get("x-kind")
    if kind not in KINDS:
        raise _fail(source, f"{where}.x-kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    level = prop.get("x-level", "optional")
    if level not in LEVELS:
        raise _fail(
            source, f"{where}.x-level", f"must be one of {', '.join(LEVELS)}, not {level!r}"
        )
    when_closed = prop.get("x-level-when-closed")
    if when_closed is not None and when_closed not in LEVELS:
        raise _fail(source, f"{where}.x-level-when-closed", f"must be one of {', '.join(LEVELS)}")
    synonyms = _string_lists(prop.get("x-synonyms", {}), source, f"{where}.x-synonyms")
    label = prop.get("x-label", {})
    if not isinstance(label, dict):
        raise _fail(
            source,
            f"{where}.x-label",
            'must map a language to a label, e.g. {"id": "…", "en": "…"}',
        )
    raw_values = prop.get("x-values", {})
    if not isinstance(raw_values, dict):
        raise _fail(
            source,
            f"{where}.x-values",
            'must map each value to its words, e.g. {"closed": {"id": ["selesai"]}}',
        )
    values = {
        value: tuple(
            w
            for words in _string_lists(langs, source, f"{where}.x-values.{value}").values()
            for w in words
        )
        for value, langs in raw_values.items()
    }
    value_labels = prop.get("x-value-labels", {})
    if not isinstance(value_labels, dict) or not all(
        value in values
        and isinstance(words, dict)
        and all(isinstance(w, str) and lang in LANGUAGES for lang, w in words.items())
        for value, words in value_labels.items()
    ):
        raise _fail(
            source,
            f"{where}.x-value-labels",
            f"must map values of x-values ({', '.join(values) or 'none'}) to their words "
            'by language, e.g. {"closed": {"id": "Selesai", "en": "Closed"}}',
        )
    identifies = prop.get("x-identifies")
    if identifies is not None and identifies not in IDENTIFIES:
        raise _fail(
            source,
            f"{where}.x-identifies",
            f"must be one of {', '.join(IDENTIFIES)}, not {identifies!r}",
        )
    shape = prop.get("x-shape")
    if shape is not None and shape not in SHAPES:
        raise _fail(
            source, f"{where}.x-shape", f"must be one of {', '.join(SHAPES)}, not {shape!r}"
        )
    column = prop.get("x-table-column")
    if column is not None and column not in TABLE_COLUMNS:
        raise _fail(source, f"{where}.x-table-column", f"must be one of {', '.join(TABLE_COLUMNS)}")
    column_words = _string_lists(prop.get("x-column-words", {}), source, f"{where}.x-column-words")
    if column_words and column is None:
        raise _fail(source, f"{where}.x-column-words", "needs x-table-column: words of a column")
    entry_fields: tuple[FieldSpec, ...] = ()
    if kind == "entries":
        items = prop.get("items", {})
        if (
            not isinstance(items, dict)
            or not isinstance(items.get("properties"), dict)
            or not items["properties"]
        ):
            raise _fail(
                source,
                f"{where}.items",
                "an entries field must define the fields of one entry in items.properties",
            )
        _check_keys(items, _JSON_SCHEMA_KEYS, source, f"{where}.items")
        entry_fields = tuple(
            _field_spec(sub, sub_prop, source, f"{where}.items.properties.{sub}")
            for sub, sub_prop in items.get("properties", {}).items()
        )
    return FieldSpec(
        name=name,
        kind=cast(Kind, kind),
        level=cast(Level, level),
        label=dict(label),
        synonyms=synonyms,
        level_when_closed=cast(Level | None, when_closed),
        values=values,
        value_labels={value: dict(words) for value, words in value_labels.items()},
        dialogue=bool(prop.get("x-dialogue", False)),
        table_column=column,
        column_words=column_words,
        markings=tuple(prop.get("x-markings", ())),
        prose_cues=_string_lists(prop.get("x-prose-cues", {}), source, f"{where}.x-prose-cues"),
        entry_fields=entry_fields,
        identifies=cast(Identifies | None, identifies),
        shape=cast(Shape | None, shape),
    )


def _without_annotations(value: Any) -> Any:
    """Return a property schema with the `x-` annotations removed, at every depth."""
    if isinstance(value, dict):
        return {k: _without_annotations(v) for k, v in value.items() if not k.startswith("x-")}
    if isinstance(value, list):
        return [_without_annotations(v) for v in value]
    return value


def _validation_schema(
    data: Mapping[str, Any], props: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "properties": {name: _without_annotations(p) for name, p in props.items()},
        "required": [name for name, p in props.items() if p.get("x-level") == "required"],
    }
    if "allOf" in data:
        schema["allOf"] = copy.deepcopy(data["allOf"])
    return schema


def _record_spec(data: dict[str, Any], common: Mapping[str, Any], source: str) -> RecordSpec:
    _check_keys(data, _RECORD_KEYS, source, "")
    record_type = data.get("x-record-type")
    if not isinstance(record_type, str) or not record_type.isidentifier():
        raise _fail(source, "x-record-type", 'must name the record type, e.g. "case_record"')
    raw_props = data.get("properties")
    if not isinstance(raw_props, dict) or not raw_props:
        raise _fail(source, "properties", "must define at least one field")
    props = {
        name: _resolve(p, common, source, f"properties.{name}") for name, p in raw_props.items()
    }
    fields = tuple(_field_spec(name, p, source, f"properties.{name}") for name, p in props.items())
    names = {f.name for f in fields}

    closed_rule = None
    for key in ("x-closed-when", "x-period", "x-label", "x-titles"):
        if key in data and not isinstance(data[key], dict):
            raise _fail(source, key, "must be a JSON object")
    if "x-closed-when" in data:
        rule = data["x-closed-when"]
        closed_rule = ClosedRule(
            rule.get("field", ""), rule.get("value", ""), rule.get("or_present")
        )
        for ref_name in (closed_rule.field, closed_rule.or_present):
            if ref_name and ref_name not in names:
                raise _fail(
                    source,
                    "x-closed-when",
                    f"names unknown field {ref_name!r} (fields: {', '.join(sorted(names))})",
                )
    period = None
    if "x-period" in data:
        raw = data["x-period"]
        period = PeriodSpec(
            raw.get("start", ""),
            raw.get("end", ""),
            _string_lists(raw.get("x-synonyms", {}), source, "x-period.x-synonyms"),
        )
        for ref_name in (period.start, period.end):
            if ref_name not in names:
                raise _fail(
                    source,
                    "x-period",
                    f"names unknown field {ref_name!r} (fields: {', '.join(sorted(names))})",
                )
    title_words = data.get("x-title-words", [])
    if not isinstance(title_words, list) or not all(
        isinstance(ws, list) and ws and all(isinstance(w, str) and w for w in ws)
        for ws in title_words
    ):
        raise _fail(
            source, "x-title-words", 'must be a list of word lists, e.g. [["proses", "ringkas"]]'
        )
    cues = data.get("x-layout-cues", {})
    if not isinstance(cues, dict) or not all(isinstance(v, int) for v in cues.values()):
        raise _fail(source, "x-layout-cues", "must map a cue name to a count")
    unknown_cues = sorted(set(cues) - set(LAYOUT_CUES))
    if unknown_cues:
        raise _fail(
            source, "x-layout-cues", f"{unknown_cues[0]!r} is not one of {', '.join(LAYOUT_CUES)}"
        )
    main_date = _date_path(data.get("x-date"), fields, source) if "x-date" in data else ()
    summarizes = data.get("x-summarizes")
    if summarizes is not None and not (isinstance(summarizes, str) and summarizes):
        raise _fail(source, "x-summarizes", "must name a record type")
    return RecordSpec(
        record_type=record_type,
        label=dict(data.get("x-label", {})),
        titles=_string_lists(data.get("x-titles", {}), source, "x-titles"),
        fields=fields,
        json_schema=_validation_schema(data, props),
        layout_cues=dict(cues),
        title_words=tuple(tuple(ws) for ws in title_words),
        closed_rule=closed_rule,
        period=period,
        main_date=main_date,
        summarizes=summarizes,
        source=source,
    )


def _date_path(raw: Any, fields: Sequence[FieldSpec], source: str) -> DatePath:
    """Return the path an `x-date` annotation names; raise `SchemaError` unless it names a date."""
    match = _DATE_PATH.fullmatch(raw) if isinstance(raw, str) else None
    if match is None:
        raise _fail(
            source, "x-date", 'must name a date field, e.g. "date_opened" or "entries[0].date"'
        )
    by_name = {f.name: f for f in fields}
    spec = by_name.get(match["field"])
    if match["child"] and spec is not None:
        spec = next((f for f in spec.entry_fields if f.name == match["child"]), None)
    wanted = "dates" if match["index"] and not match["child"] else "date"
    if spec is None or spec.kind != wanted:
        raise _fail(
            source, "x-date", f"{raw!r} is not a field of kind {wanted} of this record type"
        )
    index = () if match["index"] is None else (int(match["index"]),)
    child = () if match["child"] is None else (match["child"],)
    return (match["field"], *index, *child)


def _merge_record(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in extra.items():
        if key == "properties":
            for name, prop in value.items():
                old = merged["properties"].get(name)
                merged["properties"][name] = (
                    _merge_property(old, prop) if old else copy.deepcopy(prop)
                )
        elif key == "x-titles":
            for lang, words in value.items():
                merged.setdefault(key, {}).setdefault(lang, [])
                merged[key][lang] = list(words) + [w for w in merged[key][lang] if w not in words]
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _files(directory: Path | Any) -> Iterable[Any]:
    return sorted(
        (p for p in directory.iterdir() if p.name.endswith(".json")), key=lambda p: p.name
    )


def load_schemas(extra_dirs: Iterable[Path] = (), *, base: Path | None = None) -> SchemaSet:
    """Return the shipped schemas with each of `extra_dirs` merged over them, in order.

    `base` replaces the shipped directory: the vocabulary hold-out (`bench/holdout.py`)
    scores with schemas that lack words, which merging can only add.
    """
    return _load(tuple(Path(d).resolve() for d in extra_dirs), base and Path(base).resolve())


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[Path, ...], base_dir: Path | None = None) -> SchemaSet:
    if base_dir is not None and not base_dir.is_dir():
        raise SchemaError("schema base is not a directory", base_dir)
    shipped = base_dir if base_dir is not None else resources.files("pipeline.schemas")
    directories: list[tuple[Any, str]] = [(shipped, str(base_dir) if base_dir else "schemas")]
    for d in extra_dirs:
        if not d.is_dir():
            raise SchemaError("--schema-dir is not a directory", d)
        directories.append((d, str(d)))

    common: dict[str, Any] = {}
    raw_records: dict[str, tuple[dict[str, Any], str]] = {}
    envelope: dict[str, Any] = {}
    for directory, label in directories:
        for path in _files(directory):
            source = f"{label}/{path.name}"
            data = _read_json(path, source)
            if path.name == "envelope.json":
                envelope = data
            elif path.name == "common.json":
                _check_keys(data, _COMMON_KEYS, source, "")
                for name, prop in data.get("$defs", {}).items():
                    common[name] = _merge_property(common[name], prop) if name in common else prop
            else:
                record_type = data.get("x-record-type")
                if record_type in raw_records:
                    base, _ = raw_records[record_type]
                    raw_records[record_type] = (_merge_record(base, data), source)
                else:
                    raw_records[str(record_type)] = (data, source)
    records = {rt: _record_spec(data, common, source) for rt, (data, source) in raw_records.items()}
    for spec in records.values():
        if spec.summarizes is not None and spec.summarizes not in records:
            raise _fail(
                spec.source,
                "x-summarizes",
                f"names unknown record type {spec.summarizes!r} (types: {', '.join(sorted(records))})",
            )
    return SchemaSet(records=records, envelope=envelope)


def schema_file_text(record_type: str) -> str:
    """Return the shipped schema file of a record type (or 'envelope', 'common') as text."""
    name = f"{record_type}.json"
    file = resources.files("pipeline.schemas").joinpath(name)
    if not file.is_file():
        raise SchemaError(f"no schema named {record_type!r}")
    return file.read_text(encoding="utf-8")
