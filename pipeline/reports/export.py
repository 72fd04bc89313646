"""Research export of a run: one row per record, de-identified by default, with a data dictionary.

Reads the contract JSON under OUT_DIR (`outputs.read_outputs`), never changes
it, and writes into the dataset directory (every file atomically, mode 0600):
- `records.jsonl` | `records.csv` | `records.parquet`: one row per record;
- `data_dictionary.json` and `.md`: every column with its kind, levels, labels
  and count of non-empty values;
- `deid_report.json`: what was replaced, per kind, and the salt's fingerprint.

A row holds the record id (a hash of the source's sha256 and the record's
index), the source path (replaced by the record id when de-identifying,
unless `keep_paths`), record type, language, first and last page,
`complete`, `status`, both missing lists, the fields to review, and the fields. JSONL nests the fields; CSV
has one column per field across all record types (lists joined with " | ",
entries as JSON); Parquet types each column by its kind (dates as date32,
entries as list<struct>).

De-identification (`deid.deidentifier.Deidentifier`) runs on every string value and
on kept paths. The salt lives outside the dataset: by default in
`OUT_DIR/.casenotes/export.salt`, beside the identifiable records it protects.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from pipeline.errors import InputError, SchemaError
from pipeline.reports.deid.dates import DateFinder, DateShifter
from pipeline.reports.deid.deidentifier import PSEUDONYM_PREFIX, Deidentifier, RecordContext
from pipeline.reports.deid.patterns import PLACEHOLDERS, load_patterns, schema_words
from pipeline.reports.deid.people import KnownPeople
from pipeline.reports.deid.pseudonyms import PseudonymTable, Salt, load_salt
from pipeline.reports.deid.recognizer import Recognizer, load_model
from pipeline.reports.outputs import (
    EXPORT_DICTIONARY_STEM,
    EXPORT_REPORT_FILE,
    RUN_STATE_DIR,
    OutputFile,
    Skipped,
    read_outputs,
)
from pipeline.specs import FieldSpec, Kind, SchemaSet, load_schemas
from pipeline.vocabulary import load_vocabulary
from pipeline.write.atomic import PRIVATE, write_atomic

if TYPE_CHECKING:
    import pyarrow as pa
    from spacy.language import Language

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)
DATASET_STEM = "records"
DICTIONARY_STEM = EXPORT_DICTIONARY_STEM  # readers of a run know an export by these two files
REPORT_FILE = EXPORT_REPORT_FILE
DEFAULT_SALT = Path(RUN_STATE_DIR) / "export.salt"  # relative to OUT_DIR: never inside the dataset
TABLE_SUFFIX = ".pseudonyms.json"  # the pseudonym table sits beside its salt
LIST_JOINER = " | "
LANGUAGES = ("id", "en")

# Columns every row has, before the fields: name -> (kind as the dictionary states it, description).
BASE_COLUMNS: Mapping[str, tuple[str, str]] = {
    "record_id": (
        "text",
        "Stable id: hash of the source file's sha256 and the record's index in it.",
    ),
    "source_path": (
        "text",
        "The input file; the record id when de-identified (unless --keep-paths).",
    ),
    "record_type": (
        "text",
        "{record_types} or unknown.",  # the schemas' types, filled in by `data_dictionary`
    ),
    "language": ("text", "id or en; empty when unknown."),
    "page_first": ("integer", "First page of the record in its file."),
    "page_last": ("integer", "Last page of the record in its file."),
    "complete": ("boolean", "True when status is complete."),
    "status": (
        "text",
        "complete, incomplete (a required field is missing), needs_review (nothing missing, "
        "a required field not found may be under an unknown heading or label) or "
        "not_assessed (not a case note).",
    ),
    "missing_required": ("list", "Required fields absent or empty (nested as entries[2].date)."),
    "missing_recommended": ("list", "Recommended fields absent or empty."),
    "needs_review": (
        "list",
        "Required fields not found that an unknown heading or label may hold (field names only).",
    ),
}


@dataclass(frozen=True)
class ExportOptions:
    """How a run is exported; validated on creation."""

    format: ExportFormat = "jsonl"
    deidentify: bool = True
    salt_file: Path | None = None  # None: OUT_DIR/.casenotes/export.salt
    shift_dates: bool = False
    keep_paths: bool = False
    spacy_model: str | None = None
    schema_dirs: tuple[Path, ...] = ()
    excel: bool = False  # a CSV starts with a UTF-8 BOM, so Excel on Windows reads it right

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.excel and self.format != "csv":
            raise ValueError("--excel applies to --format csv only")


@dataclass(frozen=True)
class ExportRow:
    """One record as exported; `fields` are JSON values (nested lists and objects)."""

    record_id: str
    source_path: str
    record_type: str
    language: str | None
    page_first: int | None
    page_last: int | None
    complete: bool
    status: str
    missing_required: tuple[str, ...]
    missing_recommended: tuple[str, ...]
    needs_review: tuple[str, ...]
    fields: Mapping[str, Any]

    def base(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in BASE_COLUMNS}


@dataclass(frozen=True)
class Column:
    """A field column: its kind across record types (None when they disagree) and what it holds."""

    name: str
    kind: Kind | None
    label: Mapping[str, str]
    levels: Mapping[str, str]  # record type -> level
    entry_fields: tuple[FieldSpec, ...] = ()
    deidentification: str = ""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote and found; `salt` is None when nothing needed one."""

    dataset: Path
    dictionary: tuple[Path, Path]
    report: Path
    records: int
    files: int
    skipped: tuple[Skipped, ...]
    unreadable: int
    replaced: Mapping[str, int]
    salt: Salt | None
    warnings: tuple[str, ...] = field(default_factory=tuple)


# --- rows ---------------------------------------------------------------------------------------------


def rows_of(output: OutputFile) -> tuple[ExportRow, ...]:
    """Return the rows of one contract object, in record order, with no value changed."""
    return tuple(
        ExportRow(
            record_id=output.record_id(index),
            source_path=output.source_path,
            record_type=record.record_type or "unknown",
            language=record.language,
            page_first=record.pages[0],
            page_last=record.pages[-1],
            complete=record.complete,
            status=record.status,
            missing_required=record.missing_required,
            missing_recommended=record.missing_recommended,
            needs_review=tuple(r.field for r in record.needs_review),
            fields=dict(record.fields),
        )
        for index, record in enumerate(output.result.records)
    )


def _birth_dates(rows: Iterable[ExportRow], fields: Iterable[str]) -> frozenset[dt.date]:
    """Return the birth dates the rows' own birth-date fields hold (ISO values only)."""
    found = set()
    for row in rows:
        for name in fields:
            value = row.fields.get(name)
            if not isinstance(value, str):
                continue
            try:
                found.add(dt.date.fromisoformat(value))
            except ValueError:
                continue
    return frozenset(found)


class _Transform:
    """The de-identification and date shift of one export, built once from all of its rows."""

    def __init__(
        self,
        rows: Sequence[ExportRow],
        schemas: SchemaSet,
        options: ExportOptions,
        salt: Salt,
        model: Language | None,
    ) -> None:
        self.patterns = load_patterns(load_vocabulary(options.schema_dirs), schemas)
        self.options = options
        recognizers: dict[str, Recognizer] = {}
        people = KnownPeople()
        self.table = None
        if options.deidentify:
            people = KnownPeople.from_fields((row.fields for row in rows), self.patterns)
            words = schema_words(schemas)
            recognizers = {
                lang: Recognizer(self.patterns, lang, people, words, model) for lang in LANGUAGES
            }
            self.table = PseudonymTable(salt, salt.path.with_name(salt.path.name + TABLE_SUFFIX))
        shifter = (
            DateShifter(salt.value, DateFinder(self.patterns)) if options.shift_dates else None
        )
        self.deid = Deidentifier(self.patterns, people, recognizers, self.table, shifter)
        self.birth_fields = [
            n for n, kind in self.patterns.whole_value_fields.items() if kind == "birth_date"
        ]
        self.client_fields = [
            n for n, role in self.patterns.person_fields.items() if role == "client"
        ]

    def rows(self, rows: Sequence[ExportRow]) -> tuple[ExportRow, ...]:
        """Return the rows of one file de-identified; birth dates are shared by the file's records."""
        births = _birth_dates(rows, self.birth_fields) if self.options.deidentify else frozenset()
        new = []
        for row in rows:
            shifter = self.deid.shifter
            shift = (
                shifter.offset(self.deid.shift_key(row.fields) or f"record:{row.record_id}")
                if shifter
                else None
            )
            path = row.source_path
            if self.options.deidentify:
                path = (
                    self.deid.path(path, RecordContext(row.language))
                    if self.options.keep_paths
                    else row.record_id
                )
            fields = self.deid.fields(row.fields, RecordContext(row.language, births, shift))
            new.append(replace(row, source_path=path, fields=fields))
        return tuple(new)


# --- columns and typed values -------------------------------------------------------------------------


def field_columns(
    schemas: SchemaSet, rows: Sequence[ExportRow], deidentified: bool
) -> tuple[Column, ...]:
    """Return one column per field name: schema order across types, then fields no schema names."""
    patterns = load_patterns(schemas=schemas)
    specs: dict[str, list[tuple[str, FieldSpec]]] = {}
    for record_type, spec in schemas.records.items():
        for field_spec in spec.fields:
            specs.setdefault(field_spec.name, []).append((record_type, field_spec))
    extra = sorted({name for row in rows for name in row.fields} - set(specs))
    columns = []
    for name in [*specs, *extra]:
        if name in BASE_COLUMNS:
            raise SchemaError(f"field {name!r} has the name of an export column; rename the field")
        found = specs.get(name, [])
        kinds = {f.kind for _, f in found}
        kind: Kind | None = kinds.pop() if len(kinds) == 1 else None
        note = ""
        if deidentified:
            note = _deid_note(
                name,
                kind,
                patterns.person_fields,
                patterns.case_fields,
                patterns.whole_value_fields,
            )
            if name in patterns.whole_value_fields:
                kind = "text"  # the whole value is now a placeholder, whatever its kind was
        columns.append(
            Column(
                name=name,
                kind=kind,
                label=dict(found[0][1].label) if found else {},
                levels={record_type: f.level for record_type, f in found},
                entry_fields=next((f.entry_fields for _, f in found if f.entry_fields), ()),
                deidentification=note,
            )
        )
    return tuple(columns)


def _deid_note(
    name: str,
    kind: Kind | None,
    persons: Mapping[str, str],
    cases: Sequence[str],
    whole: Mapping[str, Any],
) -> str:
    if name in persons:
        return f"pseudonym [{PSEUDONYM_PREFIX[persons[name]]}-nnnn], honorific kept"
    if name in cases:
        return f"pseudonym [{PSEUDONYM_PREFIX['case']}-nnnn]"
    if name in whole:
        return f"replaced by {PLACEHOLDERS[whole[name]]}"
    if kind in ("text", "narrative", "list", "entries", None):
        return "names, NIK, phones, e-mails, addresses and birth dates replaced in the text"
    return ""


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        if any(isinstance(v, dict) for v in value):
            return json.dumps(value, ensure_ascii=False)
        return LIST_JOINER.join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _arrow_type(
    kind: Kind | None, entry_fields: Sequence[FieldSpec], extra_keys: Sequence[str]
) -> pa.DataType:
    import pyarrow as pa

    simple = {
        "date": pa.date32(),
        "integer": pa.int64(),
        "dates": pa.list_(pa.date32()),
        "list": pa.list_(pa.string()),
    }
    if kind == "entries":
        members = [pa.field(f.name, _arrow_type(f.kind, (), ())) for f in entry_fields]
        members += [pa.field(k, pa.string()) for k in extra_keys]
        return pa.list_(pa.struct(members))
    return simple.get(kind or "", pa.string())


class _Typer:
    """Converts JSON values to a column's Parquet type; a value that does not fit is counted and left null."""

    def __init__(self) -> None:
        self.misfits: Counter[str] = Counter()

    def value(
        self,
        column: str,
        kind: Kind | None,
        value: Any,
        entry_fields: Sequence[FieldSpec] = (),
        extra: Sequence[str] = (),
    ) -> Any:
        if is_empty(value):
            return None
        if kind == "date":
            return self._date(column, value)
        if kind == "integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, str) and value.strip().isdigit():
                return int(value)
            self.misfits[column] += 1
            return None
        if kind == "dates":
            items = value if isinstance(value, list) else [value]
            return [d for d in (self._date(column, v) for v in items) if d is not None]
        if kind == "list":
            items = value if isinstance(value, list) else [value]
            return [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in items]
        if kind == "entries":
            if not isinstance(value, list):
                self.misfits[column] += 1
                return None
            return [
                self._entry(column, e, entry_fields, extra) for e in value if isinstance(e, dict)
            ]
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    def _date(self, column: str, value: Any) -> dt.date | None:
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            self.misfits[column] += 1
            return None

    def _entry(
        self,
        column: str,
        entry: Mapping[str, Any],
        entry_fields: Sequence[FieldSpec],
        extra: Sequence[str],
    ) -> dict[str, Any]:
        typed = {
            f.name: self.value(f"{column}[].{f.name}", f.kind, entry.get(f.name))
            for f in entry_fields
        }
        typed.update({k: self.value(f"{column}[].{k}", None, entry.get(k)) for k in extra})
        return typed


def _entry_extras(rows: Sequence[ExportRow], column: Column) -> tuple[str, ...]:
    known = {f.name for f in column.entry_fields}
    keys = {
        k
        for row in rows
        for e in row.fields.get(column.name) or []
        if isinstance(e, dict)
        for k in e
    }
    return tuple(sorted(keys - known))


def encode_jsonl(
    rows: Sequence[ExportRow], columns: Sequence[Column]
) -> tuple[bytes, tuple[str, ...]]:
    lines = [
        json.dumps({**row.base(), "fields": dict(row.fields)}, ensure_ascii=False) for row in rows
    ]
    return ("\n".join(lines) + "\n" if lines else "").encode(), ()


def encode_csv(
    rows: Sequence[ExportRow], columns: Sequence[Column]
) -> tuple[bytes, tuple[str, ...]]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*BASE_COLUMNS, *(c.name for c in columns)])
    for row in rows:
        base = row.base()
        writer.writerow(
            [_csv_cell(base[name]) for name in BASE_COLUMNS]
            + [_csv_cell(row.fields.get(c.name)) for c in columns]
        )
    return buffer.getvalue().encode(), ()


def encode_parquet(
    rows: Sequence[ExportRow], columns: Sequence[Column]
) -> tuple[bytes, tuple[str, ...]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    base_types = {
        "integer": pa.int32(),
        "boolean": pa.bool_(),
        "list": pa.list_(pa.string()),
        "text": pa.string(),
    }
    extras = {c.name: _entry_extras(rows, c) for c in columns if c.kind == "entries"}
    schema = pa.schema(
        [pa.field(name, base_types[kind]) for name, (kind, _) in BASE_COLUMNS.items()]
        + [
            pa.field(c.name, _arrow_type(c.kind, c.entry_fields, extras.get(c.name, ())))
            for c in columns
        ]
    )
    typer = _Typer()
    data: dict[str, list[Any]] = {name: [] for name in schema.names}
    for row in rows:
        base = row.base()
        for name in BASE_COLUMNS:
            data[name].append(list(base[name]) if isinstance(base[name], tuple) else base[name])
        for c in columns:
            data[c.name].append(
                typer.value(
                    c.name, c.kind, row.fields.get(c.name), c.entry_fields, extras.get(c.name, ())
                )
            )
    table = pa.Table.from_pydict(data, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    warnings = tuple(
        f"parquet: {n} value(s) of {name} did not fit its kind and were left empty (the JSONL and CSV keep them)"
        for name, n in sorted(typer.misfits.items())
    )
    return sink.getvalue().to_pybytes(), warnings


UTF8_BOM = b"\xef\xbb\xbf"
# format -> (file suffix, encoder)
ENCODERS: Mapping[
    ExportFormat,
    tuple[str, Callable[[Sequence[ExportRow], Sequence[Column]], tuple[bytes, tuple[str, ...]]]],
] = {
    "jsonl": (".jsonl", encode_jsonl),
    "csv": (".csv", encode_csv),
    "parquet": (".parquet", encode_parquet),
}


# --- the data dictionary and the report -------------------------------------------------------------


def data_dictionary(
    rows: Sequence[ExportRow],
    columns: Sequence[Column],
    options: ExportOptions,
    dataset: str,
    schemas: SchemaSet,
) -> dict[str, Any]:
    """Return the data dictionary: base columns, then every field column with its non-empty count."""
    base = [
        {
            "name": name,
            "kind": kind,
            "description": text.format(record_types=", ".join(schemas.records)),
            "non_empty": sum(not is_empty(row.base()[name]) for row in rows),
        }
        for name, (kind, text) in BASE_COLUMNS.items()
    ]
    fields = [
        {
            "name": c.name,
            "kind": c.kind or "mixed",
            "label": dict(c.label),
            "levels": dict(c.levels),
            "non_empty": sum(not is_empty(row.fields.get(c.name)) for row in rows),
            **(
                {
                    "entry_fields": [
                        {"name": f.name, "kind": f.kind, "level": f.level} for f in c.entry_fields
                    ]
                }
                if c.entry_fields
                else {}
            ),
            **({"deidentification": c.deidentification} if c.deidentification else {}),
        }
        for c in columns
    ]
    return {
        "dataset": dataset,
        "format": options.format,
        "records": len(rows),
        "deidentified": options.deidentify,
        "dates_shifted": options.shift_dates,
        "columns": base,
        "fields": fields,
    }


def dictionary_markdown(dictionary: Mapping[str, Any]) -> str:
    """Return the data dictionary as a Markdown page with one table of columns."""
    lines = [
        f"# Data dictionary: {dictionary['dataset']}",
        "",
        f"{dictionary['records']} records; de-identified: {'yes' if dictionary['deidentified'] else 'NO'}; "
        f"dates shifted: {'yes' if dictionary['dates_shifted'] else 'no'}.",
        "",
        "| column | kind | label (id / en) | levels | non-empty | notes |",
        "|---|---|---|---|---|---|",
    ]
    for column in dictionary["columns"]:
        lines.append(
            f"| {column['name']} | {column['kind']} |  |  | {column['non_empty']} | {_md(column['description'])} |"
        )
    for column in dictionary["fields"]:
        label = (
            " / ".join(column["label"].get(lang, "") for lang in LANGUAGES)
            if column["label"]
            else ""
        )
        levels = ", ".join(f"{t}: {lvl}" for t, lvl in column["levels"].items())
        notes = column.get("deidentification", "")
        if "entry_fields" in column:
            notes = "; ".join(
                filter(
                    None,
                    [
                        notes,
                        "entries: "
                        + ", ".join(f"{e['name']} ({e['kind']})" for e in column["entry_fields"]),
                    ],
                )
            )
        lines.append(
            f"| {column['name']} | {column['kind']} | {_md(label)} | {_md(levels)} | {column['non_empty']} | {_md(notes)} |"
        )
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


# --- the export ------------------------------------------------------------------------------------


def salt_path(out_dir: Path, options: ExportOptions) -> Path:
    return options.salt_file if options.salt_file is not None else out_dir / DEFAULT_SALT


def export_run(out_dir: Path, dest: Path, options: ExportOptions) -> ExportResult:
    """Export the records under `out_dir` into `dest`; return what was written.

    Raises `InputError` when `dest` is OUT_DIR itself or the salt would sit
    inside the dataset, `SchemaError` for bad schemas, `DependencyMissing`
    for a `--spacy-model` that is not installed. Unusable output files are
    returned in `skipped`, not raised.
    """
    out_dir, dest = out_dir.resolve(), dest.resolve()
    if dest == out_dir:
        raise InputError("the dataset directory must not be OUT_DIR itself", dest)
    schemas = load_schemas(options.schema_dirs)
    load_vocabulary(options.schema_dirs)  # a bad word list stops the export before anything
    # The model first: a missing one must stop the export before a salt is made.
    model = load_model(options.spacy_model) if options.spacy_model and options.deidentify else None
    outputs = read_outputs(out_dir, exclude=[dest])
    per_file = [rows_of(output) for output in outputs.files]
    salt = None
    transform = None
    if options.deidentify or options.shift_dates:
        where = salt_path(out_dir, options).resolve()
        if where.is_relative_to(dest):
            raise InputError("the salt must not be stored inside the dataset directory", where)
        salt = load_salt(where)
        every_row = [row for rows in per_file for row in rows]
        transform = _Transform(every_row, schemas, options, salt, model)
    rows = [row for rows in per_file for row in (transform.rows(rows) if transform else rows)]
    columns = field_columns(schemas, rows, options.deidentify)
    suffix, encode = ENCODERS[options.format]
    dataset = dest / f"{DATASET_STEM}{suffix}"
    data, warnings = encode(rows, columns)
    if options.excel:
        data = UTF8_BOM + data
    write_atomic(dataset, data, PRIVATE)
    dictionary = data_dictionary(rows, columns, options, dataset.name, schemas)
    json_path, md_path = dest / f"{DICTIONARY_STEM}.json", dest / f"{DICTIONARY_STEM}.md"
    write_atomic(json_path, json.dumps(dictionary, ensure_ascii=False, indent=2).encode(), PRIVATE)
    write_atomic(md_path, dictionary_markdown(dictionary).encode(), PRIVATE)
    replaced = transform.deid.replaced.as_dict() if transform else {}
    report = {
        "deidentified": options.deidentify,
        "dates_shifted": options.shift_dates,
        "records": len(rows),
        "files": len(outputs.files),
        "skipped_files": len(outputs.skipped),
        "replaced": replaced,
        "salt_fingerprint": salt.fingerprint if salt else None,
        "spacy_model": options.spacy_model if options.deidentify else None,
        "format": options.format,
    }
    report_path = dest / REPORT_FILE
    write_atomic(report_path, json.dumps(report, indent=2).encode(), PRIVATE)
    if transform and transform.table:
        transform.table.save(lambda path, data: write_atomic(path, data, PRIVATE))
    return ExportResult(
        dataset=dataset,
        dictionary=(json_path, md_path),
        report=report_path,
        records=len(rows),
        files=len(outputs.files),
        skipped=outputs.skipped,
        unreadable=outputs.unreadable,
        replaced=replaced,
        salt=salt,
        warnings=warnings,
    )
