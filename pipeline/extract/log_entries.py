"""Read a daily log's entries: from the rows of its table, or from dated text.

A table's rows come as column texts (`tables.py` maps the header; a column
its header does not name is named by its cells: dates, clock times,
durations, or the longest text as the description): a blank
date cell takes the date of the row above, a duration is read in any written
form or, without a duration column, from the time cell (`09.00 (45 menit)`,
`09.00-09.45`).

Text is read in the order a person reads a diary. A date heading, a line
opening with a date, or a label naming the entry's date (`Hari/Tanggal:`)
opens a day and closes whatever entry was open, so a day never swallows the
next. On that day each line opening with a clock time (`Pukul 09.00 (1 jam
30 menit) – Sdr. Andi Kunjungan rumah…`) starts an entry and the lines after
it continue its description; a clock line with nothing after it times the
lines below it. A day with no entry line is a journal page: one
entry whose time and duration come from a time label or a bare clock line,
whose client from a client label (`Child/Family`: its first named part), and
whose description is a description label's value (`Notes: …`) and the day's
sections, each as `Heading: text`; labels on the date's own line (`Date: …
Time: 14h30 Duration: 1 hr 15 min`) are read so too, each for what it names. A sign-off line (`Mengetahui,`) closes
the day; the names under it are no entry.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract.entry_start import entry_start_pattern
from pipeline.extract.journal_day import JournalDay
from pipeline.extract.lines import COLUMN_GAP, Item, Line
from pipeline.extract.normalize import (
    clean_value,
    closes_a_period,
    find_dates,
    fold_whitespace,
    fold_words,
    is_yearless_date,
    parse_date,
    parse_duration,
    parse_time,
    time_range_minutes,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prompts import is_placeholder
from pipeline.heading import TRAILING_ASIDE
from pipeline.ingest.layout import BULLET_RE
from pipeline.specs import FieldSpec
from pipeline.vocabulary import Vocabulary, active_vocabulary

# A day and month in figures with no year (`15/4`, `04.03`).
_NUMERIC_DAY = re.compile(r"\b\d{1,2}[/.]\d{1,2}\b(?![/.]\d)")
_BARE_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")
# A time cell as OCR reads a ruled table: the rule before it read as a mark or a 1 (`109.00`),
# a speck after it as a figure (`13.303`). The cell holds a time and nothing else.
_CELL_CLOCK = re.compile(r"^\W*(?P<clock>[0-2]?\d[.:][0-5]\d)")
_RULED_CLOCK = re.compile(r"^\W*[|lI1!](?P<clock>[0-2]?\d[.:][0-5]\d)")
# A line that opens with a date has it within its first few characters ("Senin, 22 Juli 2024").
MAX_DATE_LEAD_CHARS = 12
# Parts of an entry line set apart by dashes, bars or dots: "Pukul 09.00 – durasi 1 jam – Klien:
# Sdr. Yoga", "09.00 - kurang lebih 1 jam 15 menit · dengan: Mbah Karto".
_ENTRY_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*[|·•]\s*")
# Where a client's name ends and the description begins: a full stop before a capital.
_NAME_END = re.compile(r"\.\s+(?=[A-Z\u00c0-\u00de])")
# After an initial, a name goes on for a word or two before its own full stop (`J. Alvarez.`).
MAX_NAME_AFTER_INITIAL = 2
# A client's name standing as a part of its own of an entry line: an honorific and a few words.
MAX_ENTRY_NAME_WORDS = 5
MAX_DURATION_PART_WORDS = 6  # "kurang lebih 1 jam 15 menit"
# "11:15, approx. an hour and a half (Client: …)", "09:15, 40 min. Drop-in session.": a
# duration in words right after the time runs to a bracket, comma, dash or full stop.
MAX_LEADING_DURATION_WORDS = 7
_OPENING_CLAUSE = re.compile(r"^[^.]*?(?=\.(?:\s|$))")
# "40 menit", "1,5 jam", "2 hrs": a length and its unit, nothing else.
_LENGTH_ALONE = re.compile(r"^\(?\s*\d+(?:[.,]\d+)?\s*[^\W\d_]{1,7}\.?\s*\)?$")
_LEADING_END = re.compile(r"\s*(?:[,;(]|\s[–—-]\s|\.(?:\s|$))")
# "12.30 ba'da dzuhur (30 mnt) Konseling …": a length in brackets a few words after the clock.
_ASIDE = re.compile(r"\s*\((?P<inside>[^()]{1,30})\)")
# "0830-0930 - Home visit", "1400 - phone", a time column's "0730": clock times as four figures.
_MILITARY = re.compile(
    r"^(\s*)([01]\d|2[0-3])([0-5]\d)(?:(\s*[-–]\s*)([01]\d|2[0-3])([0-5]\d))?(?=\s+[-–—·]\s|\s*$)"
)


def _colon_clock(match: re.Match[str]) -> str:
    end = f"{match[4]}{match[5]}:{match[6]}" if match[5] else ""
    return f"{match[1]}{match[2]}:{match[3]}{end}"


# A client named before the colon: a given name and another at least (`Laras Wulandari:`).
MIN_NAMED_WORDS = 2
# A diary's `Salsabila Putri: home visit …` or `Dimas Arya; lanjutan …`: who, then what happened.
_NAME_THEN_ACCOUNT = re.compile(r"^\s*(?P<name>[^:;,.()]{3,60}?)\s*[:;]\s+(?P<rest>\S.*)$", re.S)
# "(Client: Mrs Leanne Ortiz)": a label and its value in brackets, anywhere in the line.
# "Home visit, Mrs Georgia Tan (1½ hrs)", "Georgia Tan, phone, 10 min": what was done, whom
# with and how long, each a short piece between commas.
MAX_ACTIVITY_WORDS = 3
_INITIAL = re.compile(r"^[A-Z]\.$")
_LABELLED_ASIDE = re.compile(r"\(\s*(?P<label>[^():]{1,30}?)\s*:\s*(?P<value>[^()]+?)\s*\)")
# A short line alone in its block looks like a heading; one ending a sentence is a journal's text
# ("Tidak ada.", "The mother arrived late.").
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def heading_day(text: str) -> str | None:
    """Return the day a diary's heading names with no year (`MONDAY 17 June`, `Senin, 4
    Maret` -> `17 June`, `4 Maret`), or None for any other line."""
    first, _, rest = text.strip().partition(" ")
    day = rest.strip() if first.strip(",.").casefold() in active_vocabulary().weekdays else text
    return day.strip() if is_yearless_date(day.strip()) else None


def table_entries(
    raw_rows: list[dict[str, str]], month_first: bool, year: int | None = None
) -> list[dict[str, Any]]:
    """Return one entry per table row (rows as entry field -> cell text); empty rows give none.
    A date cell with no year (`Mon 9 Mar`) takes `year`, the record's own."""
    entries: list[dict[str, Any]] = []
    last_date: str | None = None
    for row in raw_rows:
        entry: dict[str, Any] = {}
        date_text = row.get("date", "")
        iso = parse_date(date_text, month_first) if date_text.strip() else None
        if iso is None and year is not None and date_text.strip():
            # `Mon 9 Mar` reads as `Mon 9 Mar 2024`, `Mon 15/4` as `Mon 15/4/2024`.
            dated = _NUMERIC_DAY.sub(rf"\g<0>/{year}", date_text.strip(), count=1)
            iso = parse_date(
                dated if dated != date_text.strip() else f"{dated} {year}", month_first
            )
        if iso:
            last_date = iso
        elif not date_text.strip() and last_date:
            iso = last_date  # a blank date cell takes the date of the row above
        if iso:
            entry["date"] = iso
        time_text = _MILITARY.sub(_colon_clock, row.get("time", ""))
        if "time" not in row and (written := find_dates(date_text, month_first)):
            time_text = date_text[written[0][2] :]  # `Senin, 1 Februari 2016 Pukul 13.00 — 16.00`
        clock = parse_time(time_text) or _cell_clock(time_text)
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
        description = _paragraphs([row.get("description", "")])
        if description:
            entry["description"] = description
        client = clean_value(row.get("client_name", ""))
        if client and not is_placeholder(client):
            entry["client_name"] = client
        if entry:
            entries.append(entry)
    return entries


def _cell_clock(text: str) -> str | None:
    """Return the time of a time column's cell that OCR garbled at its edges, or None."""
    found = _CELL_CLOCK.match(text) or _RULED_CLOCK.match(text)
    return parse_time(found["clock"]) if found else None


def _paragraphs(parts: list[str]) -> str | None:
    paragraphs = [fold_whitespace(p) for p in parts]
    return "\n".join(p for p in paragraphs if p and not is_placeholder(p)) or None


def dated_paragraph_entries(
    items: tuple[Item, ...],
    month_first: bool,
    vocabulary: Vocabulary,
    entries_spec: FieldSpec,
    people: PersonNames,
    sign_offs: frozenset[Line] = frozenset(),
    year: int | None = None,
) -> list[dict[str, Any]]:
    """Return daily-log entries written as text rather than a table (see the module docstring).

    `sign_offs` are the lines the walk took for the opening of a sign-off block; `year`, the
    record's, dates a day heading written without one.
    """
    labels = _entry_labels(entries_spec)
    crowded = _later_labels(entries_spec)
    entry_start = entry_start_pattern(entries_spec, vocabulary)
    entries: list[dict[str, Any]] = []
    day: str | None = None
    current: dict[str, Any] | None = None
    journal: JournalDay | None = None
    sent: str | None = None  # the first date written, whatever line holds it

    def close_journal() -> None:
        found = journal.finish() if journal else None
        if found:
            entries.append(found)

    for item in items:
        if not isinstance(item, Line):
            continue
        if item in sign_offs:
            # names and places follow until the next day, if any ("Dibuat oleh:" may head a log)
            close_journal()
            day, current, journal = None, None, None
            continue
        text = _MILITARY.sub(_colon_clock, item.text) if day else item.text
        pair = item.label_value()
        named = _entry_label(pair[0], labels) if pair else None
        dates = find_dates(text, month_first)
        bare_day = heading_day(text) if year and not dates and item.looks_like_heading() else None
        if bare_day and (iso := parse_date(f"{bare_day} {year}", month_first)):
            dates = [(iso, 0, len(text))]  # `MONDAY 17 June` under `Week commencing 17 June 2024`
        if dates and closes_a_period(text, dates[0][1]):
            dates = []  # `Week 6 (15-19 April 2024)`: the week the log covers, no day of its own
        sent = sent or (dates[0][0] if dates else None)
        # `Sent: Monday, 4 March 2024`, `Tanggal lahir: …`: a date another label gives opens no day
        elsewhere = pair is not None and named != "date" and not _names_a_day(pair[0], vocabulary)
        if (
            dates
            and not elsewhere
            and not (pair is None and _dated_remark(text, dates[0][1], dates[0][2]))
            and (item.looks_like_heading() or dates[0][1] <= MAX_DATE_LEAD_CHARS or named == "date")
        ):
            close_journal()
            day, current = dates[0][0], None
            journal = JournalDay(day)
            text = text[dates[0][2] :].lstrip(" \t,:;-–—·|•")
            if not text:
                continue
            # "Date: Monday, 3 May 2021 Time: 14h30 Duration: 1 hr 15 min": the day's labels
            opening = crowded.match(f" {text}", 1)
            if opening:
                rest = f" {text}"[opening.end() :]
                _journal_labels(
                    journal, item, text, (opening.group("label"), rest), crowded, labels, vocabulary
                )
                continue
            if not entry_start.match(text):
                # "Thu 6 Nov — phone call, about half an hour. Phoned …": no time, but how long
                # (`Rabu, 17 Januari 2024 — 40 menit`: a short line after the date is its clause)
                opening = _OPENING_CLAUSE.match(text)
                clause = opening.group(0) if opening else text
                if len(clause.split()) <= MAX_LEADING_DURATION_WORDS:
                    journal.timed(clause)
                if opening is None and _LENGTH_ALONE.match(text):
                    continue  # the day's length alone, no word on what was done
                journal.add(text)  # "Sabtu, 9 Maret 2024 (piket)": a word on the day, not a heading
                if item.looks_like_heading():
                    journal.heading = text
                continue
        start = entry_start.match(text)
        unbulleted = BULLET_RE.sub("", text, count=1) if start is None else text
        if unbulleted != text and (start := entry_start.match(unbulleted)):
            text = unbulleted  # `• 08:45 (20 min) - …`
        if start and day is None and sent is not None:
            day = sent  # an email's log: its rows' day is the one its header gives (`Sent: …`)
        if start and day and journal is not None and not text[start.end() :].strip():
            # "Pukul 08.00–11.00" alone: the time of what the lines below describe
            if "time" in journal.entry:
                close_journal()
                journal = JournalDay(day)
            journal.timed(text)
        elif start and day:
            if journal is not None and "time" in journal.entry and not journal.spans_the_day():
                close_journal()  # "Pukul 08.00 (30 menit)" with its description on the lines below
            journal = None
            current = {"date": day, "time": parse_time(start.group("time"))}
            minutes = parse_duration(start.group("duration") or "") or time_range_minutes(
                start.group(0)
            )
            if minutes is not None:
                current["duration_minutes"] = minutes
            client, description, minutes_written = _entry_parts(
                text[start.end() :], labels, crowded, vocabulary, people
            )
            if minutes_written is not None and "duration_minutes" not in current:
                current["duration_minutes"] = minutes_written
            if description:
                current["description"] = description
            if client and not is_placeholder(client):
                current["client_name"] = client
            entries.append(current)
        elif current is not None and not item.looks_like_heading():
            current["description"] = fold_whitespace(f"{current.get('description', '')} {text}")
        elif journal is not None and pair and named:
            if named == "time" and "time" in journal.entry and day:
                close_journal()  # the day's next "Pukul: 13.30 Lama: 45' Klien: …" line
                journal = JournalDay(day)
            # "Time: 10:30 Duration: 45 mins Client: Jade": each label of the line in turn
            _journal_labels(journal, item, text, pair, crowded, labels, vocabulary)
        elif journal is not None:
            _journal_line(journal, item, text, pair, named, vocabulary)
        else:
            current = None
    close_journal()
    return entries


# Words before a date that ends its line make a sentence about that day, not a day's heading.
MIN_REMARK_WORDS = 3


def _dated_remark(text: str, start: int, end: int) -> bool:
    """Return True for a sentence that ends with its date (`Log reviewed at team meeting, 8
    April 2024.`): a note about the log, which opens no day."""
    return len(text[:start].split()) >= MIN_REMARK_WORDS and not text[end:].strip(" .;")


def _names_a_day(label: str, vocabulary: Vocabulary) -> bool:
    """Return True for a label that is the day itself (`Friday:12 April`, OCR's colon) or holds
    a figure (`Tuesday 7 May 2024, 6:30 am` read as a label before the minutes)."""
    return any(c.isdigit() for c in label) or label.strip().casefold() in vocabulary.weekdays


def _entry_labels(entries_spec: FieldSpec) -> dict[tuple[str, ...], str]:
    """Return an entry field's folded labels -> the field's name."""
    return {
        tuple(fold_words(label)): sub.name
        for sub in entries_spec.entry_fields
        for label in sub.all_synonyms()
    }


def _journal_labels(
    journal: JournalDay,
    item: Line,
    text: str,
    pair: tuple[str, str],
    crowded: re.Pattern[str],
    labels: dict[tuple[str, ...], str],
    vocabulary: Vocabulary,
) -> None:
    """Take each label of a crowded journal line in turn, for what it names."""
    for label, value in _crowded_pairs(pair, crowded):
        _journal_line(journal, item, text, (label, value), _entry_label(label, labels), vocabulary)


def _entry_label(label: str, labels: dict[tuple[str, ...], str]) -> str | None:
    """Return the entry field a label names; of a label joining alternatives (`Child/Family`,
    `Klien/Keluarga`), the field its first named part names."""
    named = labels.get(tuple(fold_words(label)))
    if named is None and "/" in label:
        parts = (labels.get(tuple(fold_words(part))) for part in label.split("/"))
        named = next((p for p in parts if p is not None), None)
    return named


def _later_labels(entries_spec: FieldSpec) -> re.Pattern[str]:
    """Return a pattern finding an entry field's label, with its colon, after other text."""
    synonyms = sorted(
        {label for sub in entries_spec.entry_fields for label in sub.all_synonyms()},
        key=len,
        reverse=True,
    )
    words = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in synonyms)
    return re.compile(rf"(?<=\s)(?P<label>{words})\s*:\s*", re.I)


def _crowded_pairs(pair: tuple[str, str], crowded: re.Pattern[str]) -> list[tuple[str, str]]:
    """Return (label, value) for each label of a line; one label's value ends at the next."""
    label, rest = pair
    pairs: list[tuple[str, str]] = []
    while (found := crowded.search(rest)) and rest[: found.start()].strip():
        pairs.append((label, rest[: found.start()].strip()))
        label, rest = found.group("label"), rest[found.end() :]
    pairs.append((label, rest.strip()))
    return pairs


def _journal_line(
    journal: JournalDay,
    item: Line,
    text: str,
    pair: tuple[str, str] | None,
    named: str | None,
    vocabulary: Vocabulary,
) -> None:
    """Take one line of a journal day: a time or client label, a section heading, or its text."""
    if pair and named in ("time", "duration_minutes") and pair[1]:
        journal.timed(pair[1], named)
    elif pair and named == "client_name" and pair[1]:
        if not is_placeholder(pair[1]):  # `Client: N/A`: a staff meeting, no one's
            journal.entry.setdefault("client_name", _name_and_rest(pair[1], vocabulary)[0])
    elif pair and named == "description" and pair[1]:
        journal.add(pair[1])  # "Notes: Home visit with …": the entry's text, not a section
    elif item.looks_like_heading() and not pair and not _SENTENCE_END.search(text):
        journal.sections.append((text.rstrip(" :"), []))
    elif pair and pair[1] and named != "date":
        journal.sections.append((pair[0], [pair[1]]))  # "Hambatan: Klien malu …" on one line
    elif pair and not pair[1]:
        journal.sections.append((pair[0], []))
    else:
        journal.add(text)


def _names_one(text: str, labels: dict[tuple[str, ...], str], people: PersonNames) -> bool:
    """Return True for a person's full name, not a label's word (`Sasaran:`, `Beneficiary:`)."""
    words = tuple(fold_words(text))
    return len(words) >= MIN_NAMED_WORDS and words not in labels and people.is_person_name(text)


def _entry_parts(
    text: str,
    labels: dict[tuple[str, ...], str],
    crowded: re.Pattern[str],
    vocabulary: Vocabulary,
    people: PersonNames,
) -> tuple[str | None, str, int | None]:
    """Split the rest of an entry line into (client, description, minutes).

    A duration in words may open it (`approx. an hour and a half, …`) and a client
    label may sit in brackets (`(Client: Mrs Leanne Ortiz)`). Parts between dashes,
    and between an entry's labels (`Client: Lukas Bria Duration: 1 hr 30 min`), are read
    one by one: a short part with a duration (`durasi 1 jam`) is the duration, `Klien:
    Sdr. Yoga` is the client, a name alone with an initial (`Jayden W. (gr. 7)`) too, and
    the rest is the description (whose honorific-led opening may name the client). A first
    clause of short pieces between commas, one of them a name (`Phone call, Liam H.`, `Home
    visit, Mrs Georgia Tan (1½ hrs)`), says what was done, with whom and how long: the name
    is the client.
    """
    # A diary typed in columns (`09:30<TAB>40 min<TAB>Darren Holt<TAB>Drop-in …`) parts its
    # cells as a dash does; a cell that is a name alone is the client's.
    cells = {cell.strip() for cell in COLUMN_GAP.split(text)} if COLUMN_GAP.search(text) else set()
    text = COLUMN_GAP.sub(" – ", text)
    client, minutes, text = _opening_activity(text, vocabulary, people)
    description: list[str] = []
    if minutes is None:
        minutes, text = _leading_duration(text)
    if minutes is None:
        minutes, text = _early_bracketed_duration(text)
    who = _NAME_THEN_ACCOUNT.match(text)
    if client is None and who and _names_one(who["name"], labels, people):
        client, text = who["name"], who["rest"]  # `Dimas Arya Pratama: datang sendiri …`
    for aside in _LABELLED_ASIDE.finditer(text):
        if labels.get(tuple(fold_words(aside["label"]))) == "client_name":
            client = fold_whitespace(aside["value"])
            text = f"{text[: aside.start()]} {text[aside.end() :]}"
            break
    text = crowded.sub(lambda label: f" – {label.group(0)}", text)
    for part in _ENTRY_SEPARATOR.split(text):
        part = part.strip()
        if not part.strip(".,;:"):
            continue  # the stop before a label (`14:15–15:00. Client: …`) parts nothing
        if minutes is None:  # `50 mins. Home visit…`: the duration, then what happened
            minutes, part = _leading_duration(part)
            if not part:
                continue
        unaside = TRAILING_ASIDE.sub("", part).strip()  # `Oma Wenas (Wisma Mawar)`: a room
        if client is None and not description and _whole_name(unaside, vocabulary):
            client = unaside  # `09:15 – Mr. Dale Fenwick – 50 mins.`: a part of its own
            continue
        if client is None and not description and _initialled_name(part, people):
            client = unaside  # `8:15 am Jayden W. (gr. 7) — …`
            continue
        if client is None and not description and _given_named(unaside, people):
            # `13.00 (60 mnt) Wulan – belajar membaca …`, `09:15 · 45 min · Daniel Osei`: a
            # part that is a name opening with a given name of the lexicon
            client = unaside
            continue
        if client is None and not description and part in cells and people.is_person_name(part):
            client = part
            continue
        if part in cells and is_placeholder(part):
            continue  # `14:15<TAB>--<TAB>Lee Firth`: no length written
        duration = parse_duration(part)
        if (
            duration is not None
            and len(part.split()) <= MAX_DURATION_PART_WORDS
            and minutes is None
        ):
            minutes = duration
            continue
        label, colon, value = part.partition(":")
        named = labels.get(tuple(fold_words(label))) if colon and value.strip() else None
        if named == "client_name":
            client, rest = _name_and_rest(value, vocabulary)
            if rest:
                description.append(rest)
            continue
        if named == "duration_minutes" and minutes is None:
            minutes = parse_duration(value)
            if minutes is not None:
                continue
        description.append(part)
    named, rest = _client_and_description(" – ".join(description), vocabulary)
    return client or named, rest, minutes


def _opening_activity(
    text: str, vocabulary: Vocabulary, people: PersonNames
) -> tuple[str | None, int | None, str]:
    """Return (client, minutes, the rest) when an entry line opens with what was done, with
    whom and how long (`Phone call, Liam H. – 45'.`), else (None, None, text)."""
    separator = _ENTRY_SEPARATOR.search(text)
    first = text[: separator.start()] if separator else text
    clause, rest = _name_and_rest(first, vocabulary)
    found = _activity_with(clause, people)
    if found is None:
        return None, None, text
    after = text[separator.end() :] if separator else ""
    return found[0], found[1], " – ".join(p for p in (rest, after) if p)


def _activity_with(clause: str, people: PersonNames) -> tuple[str, int | None] | None:
    """Return (the name, the minutes) of a clause of short pieces between commas, one of them a
    person's name and the rest what was done or how long (`Georgia Tan, phone, 10 min`), or
    None for any other clause."""
    pieces = [p.strip() for p in clause.split(",")]
    if len(pieces) < 2 or not all(pieces):
        return None
    names: list[str] = []
    minutes: int | None = None
    for piece in pieces:
        aside = TRAILING_ASIDE.search(piece)
        if aside and (inside := parse_duration(aside.group().strip()[1:-1])) is not None:
            minutes, piece = inside, piece[: aside.start()]
        if people.is_person_name(piece):
            names.append(TRAILING_ASIDE.sub("", piece).strip() or piece)
        elif _LENGTH_ALONE.match(piece) and (length := parse_duration(piece)) is not None:
            minutes = length
        elif len(piece.split()) > MAX_ACTIVITY_WORDS or any(c.isdigit() for c in piece):
            return None
    if len(names) > 1:  # `Phone, Kerry-Anne W.`: a one-word piece is what was done
        names = [n for n in names if len(n.split()) > 1]
    return (names[0], minutes) if len(names) == 1 else None


def _leading_duration(text: str) -> tuple[int | None, str]:
    """Return the minutes of a duration opening `text` (`1 hr 10 min. Accompanied…`,
    `approx. an hour and a half, …`) and the text after it, or (None, text)."""
    for end in _leading_ends(text):
        if _ENTRY_SEPARATOR.search(text[:end]):
            break  # `Mr. Dale Fenwick – 50 mins.`: a part before the duration
        minutes = parse_duration(text[:end])
        if minutes is not None:
            return minutes, text[end:].lstrip(" .,;–—-")
    return None, text


def _early_bracketed_duration(text: str) -> tuple[int | None, str]:
    """Return the minutes of a length in brackets within the first `MAX_LEADING_DURATION_WORDS`
    words (`ba'da dzuhur (30 mnt) Konseling …`, `di kantor (2 jam) …`) and the text without
    it, or (None, text): the words before it say when, the words after it what was done."""
    for aside in _ASIDE.finditer(text):
        if len(text[: aside.start()].split()) > MAX_LEADING_DURATION_WORDS:
            break
        inside = aside["inside"].strip()
        if len(inside.split()) > MAX_DURATION_PART_WORDS:
            continue
        minutes = parse_duration(inside)
        if minutes is not None:
            return minutes, f"{text[: aside.start()]} {text[aside.end() :].lstrip()}".strip()
    return None, text


def _whole_name(text: str, vocabulary: Vocabulary) -> bool:
    """Return True for a part that is a person's name and nothing else: an honorific and a
    few capitalised words (`Ms. Priscilla Nyambura`), with no description after them."""
    name, rest = _client_and_description(text, vocabulary)
    return name is not None and not rest and 1 < len(text.split()) <= MAX_ENTRY_NAME_WORDS


def _given_named(text: str, people: PersonNames) -> bool:
    """Return True for a part that is a given name of the lexicon alone, or a person's name
    opening with one (`Daniel Osei`; not `Phone Call` or `Lake Wendouree`)."""
    words = text.split()
    return people.is_given_name(text) or (
        bool(words) and people.is_given_name(words[0]) and people.is_person_name(text)
    )


def _initialled_name(text: str, people: PersonNames) -> bool:
    """Return True for a part that is a person's name with an initial (`Jayden W.`, `R. Tan
    (Year 9)`): a name alone, as a school's or an outreach team's log writes it."""
    name = TRAILING_ASIDE.sub("", text).strip()
    return people.is_person_name(name) and any(_INITIAL.match(w) for w in name.split())


def _leading_ends(text: str) -> list[int]:
    """Return where a duration opening `text` may end: each bracket, comma, dash or full
    stop within its first `MAX_LEADING_DURATION_WORDS` words, nearest first."""
    ends = []
    for found in _LEADING_END.finditer(text):
        if len(text[: found.start()].split()) > MAX_LEADING_DURATION_WORDS:
            break
        ends.append(found.start())
    return ends


def _name_and_rest(value: str, vocabulary: Vocabulary) -> tuple[str, str]:
    """Split a client label's value, `Y. Pendampingan ke puskesmas…` or `Ibu Sari. Kunjungan
    rumah…`, into the name and the description that follows it on the same line.

    The name ends at the first full stop before a capital that does not close an
    honorific (`Mr.`, `Sdr.`) or an initial the name goes on after (`J. Alvarez.`);
    a one-letter name keeps its stop (`Y.`).
    """
    stops = list(_NAME_END.finditer(value))
    for at, stop in enumerate(stops):
        before = value[: stop.start()].split()
        last = before[-1].strip(".,").casefold() if before else ""
        if not last or last in vocabulary.honorifics:
            continue
        if (
            len(last) == 1
            and at + 1 < len(stops)
            and _capitalised(value[stop.end() : stops[at + 1].start()])
        ):
            continue
        name = value[: stop.start()] + ("." if len(last) == 1 else "")
        return fold_whitespace(name), fold_whitespace(value[stop.end() :])
    return fold_whitespace(value), ""


def _capitalised(words: str) -> bool:
    """Return True for a few capitalised words: the rest of a name after its initial."""
    split = words.split()
    return 0 < len(split) <= MAX_NAME_AFTER_INITIAL and all(w[:1].isupper() for w in split)


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
    if len(words[end - 1].strip(".")) > 1:
        name = name.rstrip(".")  # `Mrs. Janice Orr. Phoned…`: the stop ends the name
    return name, fold_whitespace(" ".join(words[end:]).lstrip(",;:-–— "))


def dated_by_the_header(
    entries: list[dict[str, Any]],
    labels: list[tuple[str, str]],
    entries_spec: FieldSpec,
    month_first: bool,
) -> list[dict[str, Any]]:
    """Return the entries, those without a date given the one day a label of the record's own
    (`labels`: label, value) gives when it names an entry's date (`Date: 18/06/2024` above a
    table with no date column: a day's diary)."""
    if all("date" in entry for entry in entries):
        return entries
    names = _entry_labels(entries_spec)
    days = {
        parse_date(value, month_first)
        for label, value in labels
        if names.get(tuple(fold_words(label))) == "date"
    }
    days.discard(None)
    if len(days) != 1:
        return entries
    (day,) = days
    return [entry if "date" in entry else {"date": day, **entry} for entry in entries]
