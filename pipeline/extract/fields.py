"""Turn a record's raw field text into normalised values, each with its evidence.

By kind: `text` keeps the value as written (whitespace folded; enumerations
mapped to their schema words); `date`/`dates` become ISO; `integer` a number;
`narrative` paragraphs joined by newlines; `list` its items; `entries` one
object per daily-log row. A placeholder (`-`, `....`, `N/A`, `belum diisi`)
is no value. A value that cannot be normalised (a date nobody can read) is
dropped with a warning that names the field, never its content.

Also here: `agency_name` from the letterhead (`letterhead.py`) when no label gives it.
Daily-log entries are read by `log_entries.py`, from a table's rows or, when
the record has no log table, from dated text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Block
from pipeline.extract.assemble import RawField, RawRecord
from pipeline.extract.codes import HEADER_PARTS, case_code_alone
from pipeline.extract.entry_clients import with_named_clients
from pipeline.extract.letterhead import letterhead_agency
from pipeline.extract.lines import Item, Line
from pipeline.extract.log_entries import (
    dated_by_the_header,
    dated_paragraph_entries,
    table_entries,
)
from pipeline.extract.normalize import (
    clean_value,
    find_dates,
    fold_whitespace,
    fold_words,
    folded_phrases,
    normalise_enum,
    parse_date,
    parse_dates,
    parse_integer,
    parse_period,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prompts import (
    is_parenthesised,
    is_placeholder,
    is_prompt,
    is_slot_tail,
    without_prompt,
)
from pipeline.extract.tick_boxes import ticked
from pipeline.records import Evidence
from pipeline.specs import PERSONS, FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

# OCR reads a bullet "•" as "¢" or "©" at times.
# `Jl.` (jalan, a street) opening an address, its `l` read by OCR as a capital I or a 1.
_OCR_JALAN = re.compile(r"^J[I1]\.(?=\s)")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_LIST_MARK = re.compile(r"^\s*(?:[-•●▪◦*·‣⁃–¢©«»]|\d{1,3}[.)]|[a-z][.)])\s+")
# `(1) …, Oct 2023 (2) …` or `1) …; 2) …` run on one line: a bracket closes each number.
_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s;,.]))\(?(\d{1,2}|[a-z])\)\s+")


@dataclass(frozen=True)
class ExtractedFields:
    values: dict[str, Any]
    evidence: dict[str, Evidence]
    warnings: tuple[str, ...]
    # Fields whose heading or label the record has with a blank under it (`N/A`, a prompt):
    # the record itself says they are empty. A heading with no text at all may be a parent
    # heading over its parts, and is not one.
    blank: frozenset[str] = frozenset()
    # Fields whose heading or label the record has with a value no normaliser understood
    # (`Area served : Polk County and surrounding counties`): (label, page, what is wrong).
    unread: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    # A blank template: its headings and labels hold mostly prompts or blanks.
    blank_template: bool = False


# A record whose headings and labels hold mostly prompts or blanks is a blank template: at least
# two of them, and four for every one that holds a value (a form's prompt may escape the rules).
MIN_TEMPLATE_FIELDS = 2
TEMPLATE_BLANKS_PER_VALUE = 4


def _narrative(parts: list[str]) -> str | None:
    paragraphs = [fold_whitespace(without_prompt(ticked(p))) for p in parts]
    paragraphs = [p for p in paragraphs if p and not is_placeholder(p)]
    return "\n".join(paragraphs) or None


def _holds_nothing(raw: RawField) -> bool:
    """Return True when a field's text is only blanks, placeholders and template prompts."""
    return all(is_placeholder(t) or is_prompt(t) for t in map(ticked, raw.parts)) and not raw.rows


def _list_items(parts: list[str], vocabulary: Vocabulary) -> list[str] | None:
    items: list[str] = []
    for part in map(ticked, parts):
        lines = [line for line in part.split("\n") if line.strip()]
        # A cell's lines each opening an item (`Consent to share information` / `DVA claim
        # correspondence`): the items of a list, one a line.
        itemised = len(lines) >= 2 and all(
            line.strip()[:1].isupper() or _LIST_MARK.match(line) for line in lines
        )
        pieces = lines if itemised else _numbered_inline(part) or [part]
        if len(pieces) == 1 and not _LIST_MARK.match(part) and len(parts) == 1:
            for separator in (";", ","):
                pieces = [p for piece in pieces for p in piece.split(separator)]
        for piece in pieces:
            text = fold_whitespace(_LIST_MARK.sub("", piece)).strip(" .;")
            if text and not is_placeholder(text) and not is_prompt(text):
                items.append(text)
    return items or None


def _numbered_inline(text: str) -> list[str] | None:
    """Return the items of a list numbered in the running text (`(1) a, b (2) c`), split at its
    numbers, which count up from one (or `a`); None when the text is no such list. The commas
    inside an item then stay in it."""
    marks = list(_INLINE_NUMBER.finditer(text))
    for start in range(len(marks)):
        first = marks[start].group(1)
        if first not in ("1", "a"):
            continue
        run = [marks[start]]
        for mark in marks[start + 1 :]:
            if _follows(run[-1].group(1), mark.group(1)):
                run.append(mark)
        if len(run) >= 2:
            ends = [m.start() for m in run[1:]] + [len(text)]
            return [text[m.end() : end] for m, end in zip(run, ends, strict=True)]
    return None


def _follows(previous: str, number: str) -> bool:
    if previous.isdigit():
        return number.isdigit() and int(number) == int(previous) + 1
    return not number.isdigit() and ord(number) == ord(previous) + 1


def _normalise(
    spec: FieldSpec, raw: RawField, month_first: bool, vocabulary: Vocabulary
) -> tuple[Any, str | None]:
    """Return (value, problem) for one field; value None means no usable value."""
    text = raw.text
    if spec.kind == "narrative":
        return _narrative(raw.parts), None
    if spec.kind == "list":
        return _list_items(raw.parts, vocabulary), None
    value = clean_value(ticked(text))
    if is_placeholder(value) or is_prompt(value) or is_slot_tail(value):
        return None, None
    if is_parenthesised(value) and not any(c.isdigit() for c in value):
        return None, None  # a note where the value goes ("(of interview)"), not a name
    if " ".join(fold_words(value)) in folded_phrases(vocabulary.speaker_labels):
        return None, None  # a speaker tag ("PS", "Klien") names a role, not a person
    if spec.kind == "text":
        names = spec.shape == "agency" or spec.identifies in PERSONS
        if names and not any(c.isalpha() for c in value):
            return None, "a name with no letters"  # `850.000` under a table's `unit` column
        if spec.identifies in PERSONS and not any(c.isupper() for c in value):
            return None, None  # no one's name: OCR's `peka es` of a dotted blank
        if spec.values:
            enum = normalise_enum(value, spec.values)
            return (enum, None) if enum else (None, "value not one of " + "/".join(spec.values))
        if spec.identifies == "case":
            return case_code_alone(value), None
        if spec.shape == "address":
            return _OCR_JALAN.sub("Jl.", value), None  # OCR's `JI. Kaliputih`: a street's `Jl.`
        return value, None
    if spec.kind == "date":
        iso = parse_date(value, month_first)
        return (iso, None) if iso else (None, "date not understood")
    if spec.kind == "dates":
        dates = parse_dates(value, month_first)
        return (dates, None) if dates else (None, "dates not understood")
    if spec.kind == "integer":
        number = parse_integer(value)
        return (number, None) if number is not None else (None, "number not understood")
    return None, f"kind {spec.kind} has no normaliser"


def _record_year(items: tuple[Item, ...], month_first: bool) -> int | None:
    """Return the year most of the record's written dates have (`Week beginning: Monday 9 March
    2026` over rows dated `Mon 9 Mar`), else the year a heading names, or None."""
    lines = [item for item in items if isinstance(item, Line)]
    years = Counter(int(iso[:4]) for ln in lines for iso, _, _ in find_dates(ln.text, month_first))
    if not years:  # `Contact Log - Term 2, Week 1 (2024)`: the year alone, in a heading
        years = Counter(int(y) for ln in lines if ln.heading_like for y in _YEAR.findall(ln.text))
    return years.most_common(1)[0][0] if years else None


def extract_fields(
    raw: RawRecord,
    spec: RecordSpec,
    items: tuple[Item, ...],
    furniture: tuple[Block, ...],
    title: str | None,
    month_first: bool,
    vocabulary: Vocabulary,
) -> ExtractedFields:
    """Return the record's normalised field values, their evidence and warnings."""
    values: dict[str, Any] = {}
    evidence: dict[str, Evidence] = {}
    warnings: list[str] = []
    unread: dict[str, tuple[str, int, str]] = {}
    # A log's rows and day headings with no year take the record's: read it once, for logs.
    entries_spec = next((f for f in spec.fields if f.kind == "entries"), None)
    year = _record_year(items, month_first) if entries_spec else None
    for field_spec in spec.fields:
        raw_field = raw.fields.get(field_spec.name)
        if raw_field is None:
            continue
        if field_spec.kind == "entries":
            header = [(o.text, o.body) for o in raw.orphans if o.kind == "label"]
            entries = dated_by_the_header(
                table_entries(raw_field.rows, month_first, year),
                header,
                field_spec,
                month_first,
            )
            people = PersonNames(spec, vocabulary)
            value: Any = _named_clients(entries, field_spec, people) or None
            problem = None
        else:
            value, problem = _normalise(field_spec, raw_field, month_first, vocabulary)
        if problem:
            warnings.append(f"{field_spec.name}: {problem} (page {raw_field.page})")
            unread[field_spec.name] = (raw_field.label, raw_field.page, problem)
        if value is not None:
            values[field_spec.name] = value
            evidence[field_spec.name] = Evidence(raw_field.page, raw_field.label, raw_field.via)

    if (
        spec.period
        and raw.period
        and not (spec.period.start in values and spec.period.end in values)
    ):
        text, label, page = raw.period
        start, end = parse_period(text, month_first)
        for name, iso in ((spec.period.start, start), (spec.period.end, end)):
            if iso and name not in values:
                values[name] = iso
                evidence[name] = Evidence(page, label)

    if entries_spec and entries_spec.name not in values:
        people = PersonNames(spec, vocabulary)
        entries = dated_paragraph_entries(
            items, month_first, vocabulary, entries_spec, people, frozenset(raw.sign_offs), year
        )
        if entries:
            first_page = next((i.page for i in items), None)
            values[entries_spec.name] = _named_clients(entries, entries_spec, people)
            evidence[entries_spec.name] = Evidence(first_page, "dated entries")

    if spec.has_field("agency_name") and "agency_name" not in values:
        markings = frozenset(m.casefold() for f in spec.fields for m in f.markings)
        found = letterhead_agency(items, furniture, title, vocabulary, markings)
        if found:
            values["agency_name"], page = found
            evidence["agency_name"] = Evidence(page, "letterhead")

    for block in furniture:
        # A marking in the page's header (`IN CONFIDENCE` atop every page), alone or as a part
        # of it (`Case FC-2022-0311 | CONFIDENTIAL`), is the record's.
        for part in HEADER_PARTS.split(block.text):
            folded = " ".join(fold_words(part))
            for marked in (f for f in spec.fields if f.markings and f.name not in values):
                if folded in folded_phrases(frozenset(marked.markings)):
                    values[marked.name] = part.strip()
                    evidence[marked.name] = Evidence(block.page, "page header")

    blanks = sum(_holds_nothing(raw_field) for raw_field in raw.fields.values())
    filled = sum(e.label != "letterhead" for e in evidence.values())
    template = blanks >= MIN_TEMPLATE_FIELDS and filled * TEMPLATE_BLANKS_PER_VALUE <= blanks
    if template:
        warnings.append(
            f"a blank template: {blanks} headings and labels hold only prompts or blanks, "
            f"{filled} a value"
        )
    ordered = {f.name: values[f.name] for f in spec.fields if f.name in values}
    blank = frozenset(
        name
        for name, raw_field in raw.fields.items()
        if raw_field.parts and _holds_nothing(raw_field)
    ) - frozenset(ordered)
    return ExtractedFields(
        ordered,
        {k: evidence[k] for k in ordered},
        tuple(warnings),
        blank,
        {k: v for k, v in unread.items() if k not in ordered},
        template,
    )


def _named_clients(
    entries: list[dict[str, Any]], entries_spec: FieldSpec, people: PersonNames
) -> list[dict[str, Any]]:
    """Give an entry without a client the person its account names (`entry_clients.py`)."""
    if not any(f.name == "client_name" for f in entries_spec.entry_fields):
        return entries
    return with_named_clients(entries, people)
