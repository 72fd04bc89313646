"""Completeness audit of a run: the output JSON under OUT_DIR, as typed rows and aggregates.

What is read, in this order of the tree (paths sorted):
- every `*.json` file under OUT_DIR, except under `OUT_DIR/.casenotes/` (run state);
  a file must hold a contract object (`contract_version`, `records`), else it is
  *skipped* with a reason (and marked damaged unless it is plainly not ours) and the
  audit goes on;
- every line of a `records.jsonl` (the `--format jsonl` output): one contract object each;
- every non-blank line of an `errors.jsonl`: one input file the run could not read,
  *unreadable*, listed with its path, kind and reason, never opened further.

A folder with none of these and no run manifest is not a run: `collect` raises
`NotARun` rather than report "0% of 0".

Rows are built from the records as read by `FileResult.from_json`: `status`
follows from the record's own lists (`Record.status`, the same rule `process`
wrote it by, so a contract 1 record reads alike), `complete` is "status is
complete", and the missing and review lists are the record's own lists. A
document that is not a case note (`not_assessed`) has no completeness: it is
listed, but in no rate. A record is filed under the month of its type's main
date (`x-date`); a type that names none (an agency's own data) is in no month.
The
schemas only give labels, levels and the fields a record type has; the audit
never re-validates a record.

Client names are masked here, before any writer sees them (unless
`AuditOptions.show_names`), so no report format can leak them. Worker names are
shown: supervisors audit by worker. Nothing under OUT_DIR is changed.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

from pipeline.batch.manifest import MANIFEST_NAME
from pipeline.errors import InputError
from pipeline.records import FileFailure, Status
from pipeline.reports.outputs import (
    ERRORS_FILE,
    RUN_STATE_DIR,
    OutputFile,
    RunOutputs,
    Skipped,
    read_outputs,
)
from pipeline.specs import LEVELS, FieldSpec, Level, RecordSpec, SchemaSet

Lang = Literal["id", "en"]
AUDIT_LANGUAGES: tuple[Lang, ...] = get_args(Lang)


UNKNOWN_TYPE = "unknown"
_UNKNOWN_TYPE_LABEL: Mapping[Lang, str] = {"id": "Jenis tidak dikenal", "en": "Unknown type"}
_AUDITED_LEVELS: frozenset[Level] = frozenset({"required", "recommended"})

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A field inside a list of objects, as listed (`entries[2].duration_minutes`) or as a key
# (`entries[].duration_minutes`, index empty).
_NESTED_PATH = re.compile(r"(?P<parent>\w+)\[(?P<index>\d*)\]\.(?P<child>\w+)")
_NESTED_KEY = "{parent}[].{child}"  # one heatmap row for a nested field, whatever the entry

# Words dropped before taking initials: they say nothing about who the client is,
# and "Ibu S. W." would read like a name. Degrees follow a comma and are cut there.
# fmt: off
_HONORIFICS = frozenset({
    "ibu", "bu", "bapak", "pak", "bpk", "sdr", "sdri", "saudara", "saudari", "an", "anak",
    "nn", "ny", "nyonya", "tn", "tuan", "mr", "mrs", "ms", "miss", "mx",
})
# fmt: on
NAME_MASK = "***"  # a name with no letter to take an initial from
SHARE_FORMAT = "{:.4f}"  # 4 decimals tell 1 record in 10,000 apart; both report formats use it
# Two years of casework is what a supervision cycle looks back on; older months are summed.
RECENT_MONTHS = 24
NOT_A_RUN = "not a casenotes run (no output JSON, records.jsonl, errors.jsonl or {manifest})"


# `casenotes review` keeps its store here and maintains this view (record_id, reviewed,
# corrections); the audit only reads it, so a run nobody reviewed reads as before.
REVIEW_STORE = "review.sqlite"
REVIEW_SUMMARY_VIEW = "review_summary"


@dataclass(frozen=True)
class ReviewCounts:
    """Records a person marked reviewed, and the corrections made, per `casenotes review`."""

    reviewed: int
    corrected_records: int
    corrections: int


def review_counts(out_dir: Path) -> ReviewCounts | None:
    """Return the review store's counts, or None when the run has no (readable) review store."""
    path = out_dir / RUN_STATE_DIR / REVIEW_STORE
    if not path.is_file():
        return None
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as db:
            row = db.execute(
                f"SELECT COALESCE(SUM(reviewed), 0), COALESCE(SUM(corrections > 0), 0), "
                f"COALESCE(SUM(corrections), 0) FROM {REVIEW_SUMMARY_VIEW}"
            ).fetchone()
    except sqlite3.Error:
        return None
    return ReviewCounts(int(row[0]), int(row[1]), int(row[2]))


@dataclass(frozen=True)
class AuditOptions:
    """How the audit reads and labels: UI/label language, name masking, extra schemas."""

    lang: Lang = "en"
    show_names: bool = False
    schema_dirs: tuple[Path, ...] = ()

    def __post_init__(self) -> None:
        if self.lang not in AUDIT_LANGUAGES:
            raise ValueError(f"lang must be one of {', '.join(AUDIT_LANGUAGES)}, not {self.lang!r}")


@dataclass(frozen=True)
class FieldRef:
    """A field as a record lists it missing, with its index-free key and its human label."""

    name: str  # as written in the record: "entries[2].duration_minutes"
    key: str  # the field it counts against: "entries[].duration_minutes"
    label: str  # "Entries 3 › Duration (minutes)"
    key_label: str  # "Entries › Duration (minutes)"; the same as `label` for a top-level field
    entry: int | None  # 0-based entry index of a nested field, else None


@dataclass(frozen=True)
class AuditRow:
    """One record of the run, as the audit reports it."""

    file: str  # the input's path from `source.path`, else the output's path under OUT_DIR
    record_index: int  # 0-based position of the record in its file
    record_type: str
    type_label: str
    worker: str | None
    client: str | None  # masked unless AuditOptions.show_names; None when the record names none
    date: str | None  # ISO date at the type's `x-date`; None when absent
    status: Status
    missing_required: tuple[FieldRef, ...]
    missing_recommended: tuple[FieldRef, ...]
    needs_review: tuple[FieldRef, ...] = ()  # required fields not found that may be there

    @property
    def complete(self) -> bool:
        return self.status == "complete"

    @property
    def assessed(self) -> bool:
        """Return False for a document that is not a case note: it has no completeness."""
        return self.status != "not_assessed" and self.record_type != UNKNOWN_TYPE

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date else None


@dataclass(frozen=True)
class Rate:
    """Complete records out of all records in one group; `key` None is "not recorded"."""

    key: str | None
    label: str | None
    records: int
    complete: int

    @property
    def share(self) -> float:
        return self.complete / self.records if self.records else 0.0

    @property
    def incomplete(self) -> int:
        return self.records - self.complete


@dataclass(frozen=True)
class MonthView:
    """The months a page shows: `recent` (the latest RECENT_MONTHS, chronological), the
    `earlier` months one by one and summed in `earlier_total`, and `undated` (no date)."""

    recent: tuple[Rate, ...]
    earlier: tuple[Rate, ...]
    earlier_total: Rate | None
    undated: Rate | None


@dataclass(frozen=True)
class FieldGap:
    """How many records of one type miss one field (required or recommended for that type)."""

    key: str
    label: str
    record_type: str
    level: Level  # the level the field has for this type (its closed-case level if stricter)
    missing: int
    records: int

    @property
    def share(self) -> float:
        return self.missing / self.records if self.records else 0.0


@dataclass(frozen=True)
class DateSource:
    """Which field gives a record type's main date; `first` when it is a list's first item."""

    type_label: str
    field_label: str
    first: bool


@dataclass(frozen=True)
class AuditReport:
    """The whole audit: rows and aggregates, ready for any writer."""

    options: AuditOptions
    files: int
    failures: tuple[FileFailure, ...]  # inputs the run could not read, as errors.jsonl lists them
    rows: tuple[AuditRow, ...]
    total: Rate
    by_type: tuple[Rate, ...]  # schema order, then types no schema knows
    by_worker: tuple[Rate, ...]  # by name, "not recorded" last
    by_month: tuple[Rate, ...]  # chronological, "no date" last
    months: MonthView  # by_month as a page shows it: the latest months first
    field_gaps: tuple[FieldGap, ...]  # fields by overall missing share (highest first), then types
    date_sources: tuple[DateSource, ...]  # for the record types present, in by_type order
    undated_types: tuple[str, ...]  # labels of the types present that name no main date
    skipped: tuple[Skipped, ...]
    review: ReviewCounts | None = None  # None: nobody has reviewed this run

    @property
    def unreadable(self) -> int:
        return len(self.failures)

    @property
    def not_assessed(self) -> int:
        return sum(not row.assessed for row in self.rows)


def format_share(share: float) -> str:
    """Return a share as data text ("0.6667"): the HTML's data-value and the summary CSV's share."""
    return SHARE_FORMAT.format(share)


# --- reading OUT_DIR -------------------------------------------------------------------------


@dataclass(frozen=True)
class Collected:
    """Everything read from OUT_DIR, before any interpretation."""

    run: RunOutputs
    review: ReviewCounts | None = None


class NotARun(InputError):
    """The folder holds no casenotes output and no run manifest."""


def collect(out_dir: Path) -> Collected:
    """Return what OUT_DIR holds; a file that cannot be used is a `Skipped`, never an exception.

    Raises `NotARun` when OUT_DIR holds no output of any kind (not even an
    `errors.jsonl`, which every run writes) and no run manifest.
    """
    run = read_outputs(out_dir)
    marks = (out_dir / ERRORS_FILE, out_dir / RUN_STATE_DIR / MANIFEST_NAME)
    if not (run.files or run.skipped or any(mark.is_file() for mark in marks)):
        raise NotARun(NOT_A_RUN.format(manifest=f"{RUN_STATE_DIR}/{MANIFEST_NAME}"), out_dir)
    return Collected(run, review_counts(out_dir))


# --- rows --------------------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """Return the initials of a person's name ("Ibu Sri Wahyuni" -> "S. W."), or NAME_MASK."""
    words = (w.strip(".") for w in name.split(",")[0].split())
    kept = [w for w in words if w and w[0].isalpha() and w.casefold() not in _HONORIFICS]
    initials = [f"{w[0].upper()}." for w in kept]
    return " ".join(initials) if initials else NAME_MASK


def main_date(spec: RecordSpec | None, fields: Mapping[str, Any]) -> str | None:
    """Return the record's main date (its type's `x-date`) as ISO text, or None.

    None also when the type is unknown or names no date, or the value there is
    not an ISO date.
    """
    value: Any = fields
    for step in spec.main_date if spec else ():
        if isinstance(step, int) and isinstance(value, list) and len(value) > step:
            value = value[step]
        elif isinstance(step, str) and isinstance(value, dict):
            value = value.get(step)
        else:
            return None
    # A type with no path ends on `fields` itself, which is no date.
    return value if isinstance(value, str) and _ISO_DATE.fullmatch(value) else None


def date_sources(
    record_types: Iterable[str], schemas: SchemaSet, lang: Lang
) -> tuple[DateSource, ...]:
    """Return, for each of `record_types` whose schema names an `x-date`, the field its date is from."""
    sources: list[DateSource] = []
    for record_type in record_types:
        spec = schemas.get(record_type)
        if spec is None or not spec.main_date:
            continue
        path = spec.main_date
        keys = [step for step in path if isinstance(step, str)]
        name = _NESTED_KEY.format(parent=keys[0], child=keys[1]) if len(keys) > 1 else keys[0]
        first = any(isinstance(step, int) for step in path)
        label = field_label(spec, name, lang)
        sources.append(DateSource(type_label(record_type, schemas, lang), label, first))
    return tuple(sources)


def field_key(name: str) -> str:
    """Return the index-free key of a listed field: "entries[2].date" -> "entries[].date"."""
    match = _NESTED_PATH.fullmatch(name)
    return _NESTED_KEY.format(parent=match["parent"], child=match["child"]) if match else name


def type_label(record_type: str, schemas: SchemaSet, lang: Lang) -> str:
    """Return the record type's label in `lang`; a type no schema knows shows its own name."""
    spec = schemas.get(record_type)
    if spec is not None:
        return spec.human_label(lang)
    return _UNKNOWN_TYPE_LABEL[lang] if record_type == UNKNOWN_TYPE else record_type


def field_label(spec: RecordSpec | None, name: str, lang: Lang) -> str:
    """Return the human label of a listed field or of a key, in `lang`.

    Nested fields read "Entries 3 › Date" (listed, 1-based) or "Entries › Date" (key).
    A field the schema does not know shows its name: an agency schema may have
    produced the records while the audit runs without that --schema-dir.
    """
    match = _NESTED_PATH.fullmatch(name)
    if match is None:
        found = _find(spec.fields if spec else (), name)
        return found.human_label(lang) if found else name
    parent = _find(spec.fields if spec else (), match["parent"])
    child = _find(parent.entry_fields if parent else (), match["child"])
    number = f" {int(match['index']) + 1}" if match["index"] else ""
    parent_text = parent.human_label(lang) if parent else match["parent"]
    return f"{parent_text}{number} › {child.human_label(lang) if child else match['child']}"


def _find(specs: Iterable[FieldSpec], name: str) -> FieldSpec | None:
    return next((s for s in specs if s.name == name), None)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    folded = " ".join(value.split())
    return folded or None


def _client(fields: Mapping[str, Any], show_names: bool) -> str | None:
    # A daily log names its clients per entry; list each once, in order.
    names = [_text(fields.get("client_name"))]
    entries = fields.get("entries")
    if isinstance(entries, list):
        names += [_text(e.get("client_name")) for e in entries if isinstance(e, dict)]
    distinct = list(dict.fromkeys(n for n in names if n))
    if not distinct:
        return None
    return ", ".join(distinct if show_names else dict.fromkeys(mask_name(n) for n in distinct))


def _refs(names: Iterable[str], spec: RecordSpec | None, lang: Lang) -> tuple[FieldRef, ...]:
    refs = []
    for name in names:
        match = _NESTED_PATH.fullmatch(name)
        key = field_key(name)
        refs.append(
            FieldRef(
                name=name,
                key=key,
                label=field_label(spec, name, lang),
                key_label=field_label(spec, key, lang),
                entry=int(match["index"]) if match and match["index"] else None,
            )
        )
    return tuple(refs)


def to_rows(
    files: Sequence[OutputFile], schemas: SchemaSet, options: AuditOptions
) -> tuple[AuditRow, ...]:
    """Return one row per record, in file order then record order."""
    rows: list[AuditRow] = []
    for file in files:
        for index, record in enumerate(file.result.records):
            record_type = _text(record.record_type) or UNKNOWN_TYPE
            spec = schemas.get(record_type)
            fields = record.fields
            rows.append(
                AuditRow(
                    file=file.source_path,
                    record_index=index,
                    record_type=record_type,
                    type_label=type_label(record_type, schemas, options.lang),
                    worker=_text(fields.get("worker_name")),
                    client=_client(fields, options.show_names),
                    date=main_date(spec, fields),
                    status=record.status,
                    missing_required=_refs(record.missing_required, spec, options.lang),
                    missing_recommended=_refs(record.missing_recommended, spec, options.lang),
                    needs_review=_refs((r.field for r in record.needs_review), spec, options.lang),
                )
            )
    return tuple(rows)


# --- aggregates --------------------------------------------------------------------------------


def _rates(
    groups: Mapping[str | None, Sequence[AuditRow]], labels: Mapping[str | None, str | None]
) -> tuple[Rate, ...]:
    return tuple(
        Rate(key, labels.get(key, key), len(rows), sum(r.complete for r in rows))
        for key, rows in groups.items()
    )


def _group(
    rows: Iterable[AuditRow], key_of: Callable[[AuditRow], str | None]
) -> dict[str | None, list[AuditRow]]:
    groups: dict[str | None, list[AuditRow]] = {}
    for row in rows:
        groups.setdefault(key_of(row), []).append(row)
    return groups


def case_notes(rows: Iterable[AuditRow]) -> list[AuditRow]:
    """Return the rows that are case notes: a document that is not one has no completeness."""
    return [r for r in rows if r.assessed]


def total_rate(rows: Sequence[AuditRow]) -> Rate:
    """Return complete records out of all case-note records."""
    notes = case_notes(rows)
    return Rate(None, None, len(notes), sum(r.complete for r in notes))


def rates_by_type(rows: Sequence[AuditRow], schemas: SchemaSet) -> tuple[Rate, ...]:
    """Return one rate per record type present, in schema order, then other types by name."""
    groups = _group(case_notes(rows), lambda r: r.record_type)
    order = {name: i for i, name in enumerate(schemas.records)}
    ordered = dict(
        sorted(groups.items(), key=lambda kv: (order.get(kv[0] or "", len(order)), kv[0] or ""))
    )
    labels: dict[str | None, str | None] = {r.record_type: r.type_label for r in rows}
    return _rates(ordered, labels)


def worker_key(name: str | None) -> str | None:
    """Return the key one worker's records share: "Rina Marlina, S.Tr.Sos." and "rina  marlina"
    are one person (degrees after the comma, case and spacing folded)."""
    if not name:
        return None
    return " ".join(name.split(",")[0].casefold().split()) or None


def rates_by_worker(rows: Sequence[AuditRow]) -> tuple[Rate, ...]:
    """Return one rate per worker (see `worker_key`); the first spelling seen is the label.

    Key None gathers records that name no worker (an agency record has none); it comes last.
    """
    groups = _group(case_notes(rows), lambda r: worker_key(r.worker))
    labels: dict[str | None, str | None] = {}
    for row in rows:
        labels.setdefault(worker_key(row.worker), row.worker)
    ordered = dict(sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or "")))
    return _rates(ordered, labels)


def undated_types(record_types: Iterable[str], schemas: SchemaSet) -> frozenset[str]:
    """Return those of `record_types` whose schema names no main date (`x-date`)."""
    return frozenset(t for t in record_types if not (spec := schemas.get(t)) or not spec.main_date)


def rates_by_month(rows: Sequence[AuditRow], schemas: SchemaSet) -> tuple[Rate, ...]:
    """Return one rate per YYYY-MM of the main date, chronological; key None (no date) last.

    Records of a type that names no main date belong to no month and are left out;
    "no date" holds the records whose type has one but whose record lacks it.
    """
    notes = case_notes(rows)
    undated = undated_types({r.record_type for r in notes}, schemas)
    groups = _group((r for r in notes if r.record_type not in undated), lambda r: r.month)
    ordered = dict(sorted(groups.items(), key=lambda kv: (kv[0] is None, kv[0] or "")))
    return _rates(ordered, {key: key for key in groups})  # a month is its own label


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_view(by_month: Sequence[Rate], today: date) -> MonthView:
    """Return `by_month` split for a page: the RECENT_MONTHS months up to the latest, the rest.

    The latest month is the latest one present that is not after `today`'s month,
    so one mistyped year (2042) cannot push every real month into "earlier"; a
    month after it is still shown, among the recent ones.
    """
    dated = [r for r in by_month if r.key is not None]
    undated = next((r for r in by_month if r.key is None), None)
    now = today.year * 12 + today.month - 1
    past = [_month_index(r.key or "") for r in dated if _month_index(r.key or "") <= now]
    if not past:
        return MonthView(tuple(dated), (), None, undated)
    first_recent = max(past) - RECENT_MONTHS + 1
    earlier = tuple(r for r in dated if _month_index(r.key or "") < first_recent)
    recent = tuple(r for r in dated if _month_index(r.key or "") >= first_recent)
    total = (
        Rate(
            f"{earlier[0].key}..{earlier[-1].key}",
            None,
            sum(r.records for r in earlier),
            sum(r.complete for r in earlier),
        )
        if earlier
        else None
    )
    return MonthView(recent, earlier, total, undated)


def workers_by_need(by_worker: Sequence[Rate]) -> tuple[Rate, ...]:
    """Return the workers with the most incomplete records first (then most records, then name).

    A supervisor opens the list to see whose records need attention; a worker with
    many records and none incomplete comes after anyone with a gap.
    """
    return tuple(
        sorted(by_worker, key=lambda r: (-r.incomplete, -r.records, (r.label or "").casefold()))
    )


def _audited_fields(spec: RecordSpec) -> Iterator[tuple[str, Level]]:
    """Yield (key, level) of each required or recommended field of a type, nested ones too."""
    for f in spec.fields:
        level = _strictest(f)
        if level in _AUDITED_LEVELS:
            yield f.name, level
        for sub in f.entry_fields:
            sub_level = _strictest(sub)
            if sub_level in _AUDITED_LEVELS:
                yield _NESTED_KEY.format(parent=f.name, child=sub.name), sub_level


def _strictest(spec: FieldSpec) -> Level:
    # `date_closed` is optional but required for a closed case: it is audited as required.
    levels = [spec.level] + ([spec.level_when_closed] if spec.level_when_closed else [])
    return min(levels, key=LEVELS.index)


def field_gaps(rows: Sequence[AuditRow], schemas: SchemaSet, lang: Lang) -> tuple[FieldGap, ...]:
    """Return, for each record type present and each of its audited fields, the records missing it.

    A type's audited fields are its required and recommended fields (see `_audited_fields`)
    plus any field its records list as missing that the schema does not know. A record
    counts once per field, however many of its entries miss it. Fields are ordered by
    their overall missing share across types (highest first), ties in order of first
    appearance; within a field, types in schema order.
    """
    gaps: list[FieldGap] = []
    for type_rate in rates_by_type(rows, schemas):
        record_type = type_rate.key or UNKNOWN_TYPE
        spec = schemas.get(record_type)
        of_type = [r for r in rows if r.record_type == record_type]
        levels: dict[str, Level] = dict(_audited_fields(spec)) if spec else {}
        for row in of_type:
            for ref in row.missing_required:
                levels.setdefault(ref.key, "required")
            for ref in row.missing_recommended:
                levels.setdefault(ref.key, "recommended")
        for key, level in levels.items():
            count = sum(
                any(ref.key == key for ref in (*r.missing_required, *r.missing_recommended))
                for r in of_type
            )
            label = field_label(spec, key, lang)
            gaps.append(FieldGap(key, label, record_type, level, count, len(of_type)))
    first_seen: dict[str, int] = {}
    missing: dict[str, int] = {}
    records: dict[str, int] = {}
    for gap in gaps:
        first_seen.setdefault(gap.key, len(first_seen))
        missing[gap.key] = missing.get(gap.key, 0) + gap.missing
        records[gap.key] = records.get(gap.key, 0) + gap.records
    return tuple(sorted(gaps, key=lambda g: (-missing[g.key] / records[g.key], first_seen[g.key])))


def build_report(
    collected: Collected, schemas: SchemaSet, options: AuditOptions, today: date | None = None
) -> AuditReport:
    """Return the audit of what `collect` read; `today` (default: now) bounds the latest month."""
    run = collected.run
    rows = to_rows(run.files, schemas, options)
    by_type = rates_by_type(rows, schemas)
    by_month = rates_by_month(rows, schemas)
    present = [r.key or "" for r in by_type]
    undated = undated_types(present, schemas)
    return AuditReport(
        options=options,
        files=len(run.files),
        failures=run.failures,
        rows=rows,
        total=total_rate(rows),
        by_type=by_type,
        by_worker=rates_by_worker(rows),
        by_month=by_month,
        months=month_view(by_month, today or date.today()),
        field_gaps=field_gaps(rows, schemas, options.lang),
        date_sources=date_sources(present, schemas, options.lang),
        undated_types=tuple(r.label or "" for r in by_type if r.key in undated),
        skipped=run.skipped,
        review=collected.review,
    )
