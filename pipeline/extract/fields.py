"""Turn a record's raw field text into normalised values, each with its evidence.

By kind: `text` keeps the value as written (whitespace folded; enumerations
mapped to their schema words); `date`/`dates` become ISO; `integer` a number;
`narrative` paragraphs joined by newlines; `list` its items; `entries` one
object per daily-log row. A placeholder (`-`, `....`, `N/A`, `belum diisi`)
is no value. A value that cannot be normalised (a date nobody can read) is
dropped with a warning that names the field, never its content.

Also here: `agency_name` from the letterhead when no label gives it, and
daily-log entries written as dated paragraphs rather than a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.document import Block
from pipeline.extract.assemble import RawField, RawRecord
from pipeline.extract.lines import Item, Line, TableItem
from pipeline.extract.normalize import (
    clean_value,
    find_dates,
    fold_whitespace,
    fold_words,
    folded_phrases,
    is_placeholder,
    normalise_enum,
    parse_date,
    parse_dates,
    parse_duration,
    parse_integer,
    parse_period,
    parse_time,
    time_range_minutes,
)
from pipeline.records import Evidence
from pipeline.specs import FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

# Letterhead lines are short and at the very top.
MAX_LETTERHEAD_LINES = 6
MAX_LETTERHEAD_WORDS = 12
# Furniture below this (points from the top of the page) is a footer, not a letterhead.
LETTERHEAD_BAND_PT = 250.0
_BARE_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")
# A line that opens with a date has it within its first few characters ("Senin, 22 Juli 2024").
MAX_DATE_LEAD_CHARS = 12
_CLOCK = r"\d{1,2}[.:]\d{2}(?:\s*[ap]\.?\s?m\.?)?"
_ENTRY_START = re.compile(
    rf"^\s*(?:pukul|jam|pkl\.?|at)?\s*(?P<time>{_CLOCK})"
    rf"(?:\s*(?:-|–|—|s\.?d\.?|to|sampai)\s*{_CLOCK})?\s*(?:WIB|WITA|WIT)?\s*"
    r"(?:\((?P<duration>[^)]*)\))?\s*[,:;\-–—]?\s*",
    re.I,
)
# Parts of an entry line set apart by dashes or bars: "Pukul 09.00 – durasi 1 jam – Klien: Sdr. Yoga".
# Where a client's name ends and the description begins: a full stop before a capital.
_NAME_END = re.compile(r"\.\s+(?=[A-Z\u00c0-\u00de])")
_ENTRY_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*\|\s*")
MAX_DURATION_PART_WORDS = 4
# OCR reads a bullet "•" as "¢" or "©" at times.
_LIST_MARK = re.compile(r"^\s*(?:[-•●▪◦*·‣⁃–¢©«»]|\d{1,3}[.)]|[a-z][.)])\s+")


@dataclass(frozen=True)
class ExtractedFields:
    values: dict[str, Any]
    evidence: dict[str, Evidence]
    warnings: tuple[str, ...]


def _narrative(parts: list[str]) -> str | None:
    paragraphs = [fold_whitespace(p) for p in parts]
    paragraphs = [p for p in paragraphs if p and not is_placeholder(p)]
    return "\n".join(paragraphs) or None


def _list_items(parts: list[str], vocabulary: Vocabulary) -> list[str] | None:
    items: list[str] = []
    for part in parts:
        pieces = [part]
        if not _LIST_MARK.match(part) and len(parts) == 1:
            for separator in (";", ","):
                pieces = [p for piece in pieces for p in piece.split(separator)]
        for piece in pieces:
            text = fold_whitespace(_LIST_MARK.sub("", piece)).strip(" .;")
            if text and not is_placeholder(text):
                items.append(text)
    return items or None


def _normalise(
    spec: FieldSpec, raw: RawField, month_first: bool, vocabulary: Vocabulary
) -> tuple[Any, str | None]:
    """Return (value, problem) for one field; value None means no usable value."""
    text = raw.text
    if spec.kind == "narrative":
        return _narrative(raw.parts), None
    if spec.kind == "list":
        return _list_items(raw.parts, vocabulary), None
    value = clean_value(text)
    if is_placeholder(value):
        return None, None
    if spec.kind == "text":
        if spec.values:
            enum = normalise_enum(value, spec.values)
            return (enum, None) if enum else (None, "value not one of " + "/".join(spec.values))
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


def _entries(spec: FieldSpec, raw: RawField, month_first: bool) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    last_date: str | None = None
    for row in raw.rows:
        entry: dict[str, Any] = {}
        date_text = row.get("date", "")
        iso = parse_date(date_text, month_first) if date_text.strip() else None
        if iso:
            last_date = iso
        elif not date_text.strip() and last_date:
            iso = last_date  # a blank date cell takes the date of the row above
        if iso:
            entry["date"] = iso
        time_text = row.get("time", "")
        clock = parse_time(time_text)
        if clock:
            entry["time"] = clock
        duration_text = row.get("duration_minutes", "")
        minutes = parse_duration(duration_text)
        if minutes is None and (bare := _BARE_NUMBER.match(duration_text)):
            minutes = round(float(bare.group(1).replace(",", ".")))
        if minutes is None and not duration_text.strip():
            # "09.00 (45 menit)" or "09.00-09.45" in the time column when there is no duration column
            minutes = parse_duration(time_text) or time_range_minutes(time_text)
        if minutes is not None:
            entry["duration_minutes"] = minutes
        description = _narrative([row.get("description", "")])
        if description:
            entry["description"] = description
        client = clean_value(row.get("client_name", ""))
        if client and not is_placeholder(client):
            entry["client_name"] = client
        if entry:
            entries.append(entry)
    return entries


def dated_paragraph_entries(
    items: tuple[Item, ...], month_first: bool, vocabulary: Vocabulary, entries_spec: FieldSpec
) -> list[dict[str, Any]]:
    """Return daily-log entries written as text rather than a table.

    A date heading (or a line opening with a date) sets the day; each line
    opening with a clock time (`Pukul 09.00 (1 jam 30 menit) — Sdr. Andi
    Kunjungan rumah…`) starts an entry; lines after it continue its description.
    """
    client_labels = {
        tuple(fold_words(label))
        for sub in entries_spec.entry_fields
        if sub.name == "client_name"
        for label in sub.all_synonyms()
    }
    entries: list[dict[str, Any]] = []
    day: str | None = None
    current: dict[str, Any] | None = None
    for item in items:
        if not isinstance(item, Line):
            continue
        text = item.text
        dates = find_dates(text, month_first)
        if dates and (item.looks_like_heading() or dates[0][1] <= MAX_DATE_LEAD_CHARS):
            day = dates[0][0]
            text = text[dates[0][2] :].lstrip(" ,:;-–—")
            if not text:
                current = None
                continue
        start = _ENTRY_START.match(text)
        if start and day:
            current = {"date": day, "time": parse_time(start.group("time"))}
            minutes = parse_duration(start.group("duration") or "") or time_range_minutes(
                start.group(0)
            )
            if minutes is not None:
                current["duration_minutes"] = minutes
            client, description, minutes_written = _entry_parts(
                text[start.end() :], client_labels, vocabulary
            )
            if minutes_written is not None and "duration_minutes" not in current:
                current["duration_minutes"] = minutes_written
            if description:
                current["description"] = description
            if client:
                current["client_name"] = client
            entries.append(current)
        elif current is not None and not item.looks_like_heading():
            current["description"] = fold_whitespace(f"{current.get('description', '')} {text}")
        else:
            current = None
    return entries


def _entry_parts(
    text: str, client_labels: set[tuple[str, ...]], vocabulary: Vocabulary
) -> tuple[str | None, str, int | None]:
    """Split the rest of an entry line into (client, description, minutes).

    Parts between dashes are read one by one: a short part with a duration
    (`durasi 1 jam`) is the duration, `Klien: Sdr. Yoga` is the client, and
    the rest is the description (whose honorific-led opening may name the client).
    """
    client: str | None = None
    minutes: int | None = None
    description: list[str] = []
    for part in _ENTRY_SEPARATOR.split(text):
        part = part.strip()
        if not part:
            continue
        duration = parse_duration(part)
        if (
            duration is not None
            and len(part.split()) <= MAX_DURATION_PART_WORDS
            and minutes is None
        ):
            minutes = duration
            continue
        label, colon, value = part.partition(":")
        if colon and tuple(fold_words(label)) in client_labels and value.strip():
            client, rest = _name_and_rest(value, vocabulary)
            if rest:
                description.append(rest)
            continue
        description.append(part)
    named, rest = _client_and_description(" – ".join(description), vocabulary)
    return client or named, rest, minutes


def _name_and_rest(value: str, vocabulary: Vocabulary) -> tuple[str, str]:
    """Split a client label's value, `Y. Pendampingan ke puskesmas…` or `Ibu Sari. Kunjungan
    rumah…`, into the name and the description that follows it on the same line.

    The name ends at the first full stop before a capital that does not close an
    honorific (`Mr.`, `Sdr.`); a one-letter name keeps its stop (`Y.`).
    """
    for stop in _NAME_END.finditer(value):
        before = value[: stop.start()].split()
        last = before[-1].strip(".,").casefold() if before else ""
        if not last or last in vocabulary.honorifics:
            continue
        name = value[: stop.start()] + ("." if len(last) == 1 else "")
        return fold_whitespace(name), fold_whitespace(value[stop.end() :])
    return fold_whitespace(value), ""


def _client_and_description(text: str, vocabulary: Vocabulary) -> tuple[str | None, str]:
    """Split `Sdr. Andi Saputra Kunjungan rumah…` into the honorific-led name and the description.

    The name runs over the capitalised words after the honorific, except the
    last one when a lower-case word follows it: that word opens the description.
    """
    words = text.split()
    if not words or words[0].casefold().strip(".,") not in vocabulary.honorifics:
        return None, fold_whitespace(text)
    end = 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if end < len(words) and end - 1 > 1:
        end -= 1  # the capital that starts the description
    name = " ".join(words[:end]).strip(" ,;:-–—")
    return name, fold_whitespace(" ".join(words[end:]).lstrip(",;:-–— "))


def letterhead_agency(
    items: tuple[Item, ...], furniture: tuple[Block, ...], title: str | None, vocabulary: Vocabulary
) -> tuple[str, int] | None:
    """Return (agency line, page) from the letterhead: its last agency line, the most specific.

    A letterhead reads from the parent body down to the unit that keeps the
    record (`PEMERINTAH KOTA` / `DINAS SOSIAL` / `UPTD PANTI …`), then the
    address: the last line with an agency word, before any address or title,
    is the agency's own.
    """
    candidates: list[tuple[str, int]] = [(b.text, b.page) for b in furniture if _in_top_half(b)]
    for item in items:
        if isinstance(item, TableItem) or len(candidates) >= MAX_LETTERHEAD_LINES + len(furniture):
            break
        if item.text == title or ":" in item.text:
            break  # the letterhead ends where the record's title or first label begins
        candidates.append((item.text, item.page))
    parents = folded_phrases(frozenset(vocabulary.letterhead_parent_words))
    agency_words = folded_phrases(vocabulary.letterhead_agency_words)
    skip_words = folded_phrases(vocabulary.letterhead_skip_words)
    lines = [
        (line.strip(), page)
        for text, page in candidates
        for line in text.split("\n")
        if line.strip()
    ]
    found: tuple[str, int] | None = None
    found_at = -1
    for index, (line, page) in enumerate(lines):
        words = fold_words(line)
        if not words or len(words) > MAX_LETTERHEAD_WORDS:
            continue
        if _is_address(line, words, skip_words):
            if found:
                return found  # the address line ends the letterhead
            continue
        if any(" ".join(words).startswith(p) for p in parents):
            continue
        if any(w in agency_words for w in words):
            found, found_at = (fold_whitespace(line), page), index
        elif found and found_at == index - 1 and line.isupper() and found[0].isupper():
            # A long name wrapped onto a second capitalised line ("… NETRA" / "CAHAYA BATHIN").
            found, found_at = (f"{found[0]} {fold_whitespace(line)}", page), index
    return found


def _is_address(line: str, words: list[str], skip_words: frozenset[str]) -> bool:
    """Return True for a letterhead's address or contact line: street words, or numbers among commas."""
    if any(w in skip_words for w in words) or "@" in line:
        return True
    return any(c.isdigit() for c in line) and line.count(",") >= 1


def _in_top_half(block: Block) -> bool:
    return block.bbox is None or block.bbox.top < LETTERHEAD_BAND_PT


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
    for field_spec in spec.fields:
        raw_field = raw.fields.get(field_spec.name)
        if raw_field is None:
            continue
        if field_spec.kind == "entries":
            entries = _entries(field_spec, raw_field, month_first)
            value: Any = entries or None
            problem = None
        else:
            value, problem = _normalise(field_spec, raw_field, month_first, vocabulary)
        if problem:
            warnings.append(f"{field_spec.name}: {problem} (page {raw_field.page})")
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

    entries_spec = next((f for f in spec.fields if f.kind == "entries"), None)
    if entries_spec and entries_spec.name not in values:
        entries = dated_paragraph_entries(items, month_first, vocabulary, entries_spec)
        if entries:
            first_page = next((i.page for i in items), None)
            values[entries_spec.name] = entries
            evidence[entries_spec.name] = Evidence(first_page, "dated entries")

    if spec.has_field("agency_name") and "agency_name" not in values:
        found = letterhead_agency(items, furniture, title, vocabulary)
        if found:
            values["agency_name"], page = found
            evidence["agency_name"] = Evidence(page, "letterhead")

    ordered = {f.name: values[f.name] for f in spec.fields if f.name in values}
    return ExtractedFields(ordered, {k: evidence[k] for k in ordered}, tuple(warnings))
