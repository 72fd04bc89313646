"""What a record's layout shows of its type (`x-layout-cues`): the turns of a dialogue, and the
rows of a dated log (table rows under entry columns, lines opening with a date and a time,
day headings over clock times), and a header labelling a client, a worker and a date. Counts
and tests only; `classify.py` weighs them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from pipeline.extract.letterhead import names_a_document
from pipeline.extract.lines import COLUMN_GAP, Item, Line, TableItem
from pipeline.extract.log_entries import MAX_DATE_LEAD_CHARS, heading_day
from pipeline.extract.matching import PhraseIndex, line_key
from pipeline.extract.normalize import CLOCK, find_dates, fold_words, folded_phrases, parse_time
from pipeline.extract.person_names import PersonNames
from pipeline.ingest.layout import BULLET_RE
from pipeline.specs import RecordSpec
from pipeline.vocabulary import Vocabulary

# A header's `Worker: Grace Natalia Siregar` gives a name, not a turn: a few capitalised words.
MAX_HEADER_NAME_WORDS = 4
_SAID = re.compile(r"[.,;?!\"\u201c\u201d]")


def _is_dialogue_turn(line: Line, vocabulary: Vocabulary) -> bool:
    pair = line.label_value()
    if not pair or not pair[1]:
        return False
    words = pair[1].split()
    if (
        len(words) <= MAX_HEADER_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        and not _SAID.search(pair[1])
    ):
        return False
    label = " ".join(fold_words(pair[0]))
    return label in folded_phrases(vocabulary.speaker_labels)


def count_dialogue_turns(lines: list[Line], vocabulary: Vocabulary) -> int:
    return sum(1 for line in lines if _is_dialogue_turn(line, vocabulary))


def dialogue_turns(items: tuple[Item, ...], vocabulary: Vocabulary) -> int:
    """Return the speaker turns of a record, in its lines and in its tables' cells."""
    lines = [item for item in items if isinstance(item, Line)]
    cells = [
        Line(text, item.page, item.block, True, True, False, line_key(text))
        for item in items
        if isinstance(item, TableItem)
        for row in item.table.rows
        for cell in row
        for text in cell.text.split("\n")
        if text.strip()
    ]
    return count_dialogue_turns(lines + cells, vocabulary)


def dated_rows(items: tuple[Item, ...], index: PhraseIndex, min_coverage: float) -> int:
    """Return how many rows or entries of a dated log a record holds: rows of a table whose
    header names entry fields, lines opening with a date (after a label) and a time, and day headings
    (`Monday 8 April 2024`) whose next line gives a clock time."""
    rows = 0
    day_heading = False
    first_dated: int | None = None  # the first line with a date, read when a timed row needs it
    lines = [item for item in items if isinstance(item, Line)]
    position = -1
    for item in items:
        if isinstance(item, Line):
            position += 1
            text = BULLET_RE.sub("", item.text, count=1)
            timed = _TIMED_ROW.match(text) or _clock_opened(item, text)
            if timed and first_dated is None:
                first_dated = next(
                    (n for n, line in enumerate(lines) if find_dates(line.text)), len(lines)
                )
            if timed and (day_heading or (first_dated is not None and first_dated < position)):
                rows += 1  # `• 08:45 (20 min) - Mrs Joan Pereira - Phoned …` under a dated line
            elif day_heading and parse_time(item.text):
                rows += 1
            day_heading = _is_day_heading(item)
        if isinstance(item, TableItem) and item.table.rows:
            header = [
                m.name
                for cell in item.table.rows[0]
                for m in index.match(cell.text)[:1]
                if m.kind == "entry" and m.coverage >= min_coverage
            ]
            if len(set(header)) >= 2:
                rows += item.table.n_rows - 1
        elif isinstance(item, Line) and parse_time(item.text):  # cheap before the dates
            # An entry's date may follow its label (`Date: Monday, 3 May 2021 Time: 14h30`); a
            # "label" with figures is a clock's first half (`Tuesday 7 May 2024, 6:30 am`).
            pair = item.label_value()
            text = pair[1] if pair and not any(c.isdigit() for c in pair[0]) else item.text
            dates = find_dates(text)
            if dates and dates[0][1] <= MAX_DATE_LEAD_CHARS and parse_time(text[dates[0][2] :]):
                rows += 1
            elif (day := _DAY_MONTH.match(text)) and parse_time(text[day.end() :]):
                rows += 1  # a log's row dated within its month (`02/02  08.00  2 jam`)
    return rows


_FIGURE = re.compile(r"\d")
# A log's row opening with its clock time (or range), its length in brackets, then a dash.
_TIMED_ROW = re.compile(rf"^\s*{CLOCK}(?:\s*[-–]\s*{CLOCK})?\s*(?:\([^)]{{1,20}}\))?\s*[-–—|]\s+\S")
# A diary's line opening with its clock and going straight on in words (`21:40 under the rail
# bridge (20 min) handed out blankets`), no dash between them.
_CLOCK_THEN_WORDS = re.compile(
    rf"^\s*(?P<clock>{CLOCK})(?:\s*[-–]\s*{CLOCK})?\s*(?:\([^)]{{1,20}}\))?\s+[^\W\d_]"
)


def _clock_opened(line: Line, text: str) -> bool:
    """Return True for a line of running text opening with a true clock time and words: a
    numbered heading (`3.12 Rencana`) is set apart as a heading, and `25.40` is no time."""
    opened = _CLOCK_THEN_WORDS.match(text)
    if opened is None or line.heading_like:
        return False
    return parse_time(opened["clock"]) is not None


# A day and a month in figures, no year, opening a line: a log's row within its month or week.
_DAY_MONTH = re.compile(r"^\s*(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?![/.-]?\d)")


def _is_day_heading(line: Line) -> bool:
    """Return True for a heading that is a date and nothing else (`Senin, 4 Maret 2024`,
    `MONDAY 17 June`), or a line that labels one (`Date: 16/03/2024`)."""
    if not _FIGURE.search(line.text):
        return False  # every date has a figure: most lines are read no further
    pair = line.label_value()
    if pair is not None and not any(c.isdigit() for c in pair[0]):
        return _is_date_alone(pair[1])
    if not line.heading_like or ":" in line.text:
        return False
    # `MONDAY 17 June`: the week's year is the heading's above
    return bool(heading_day(line.text)) or _is_date_alone(line.text)


def _is_date_alone(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[0][1] <= MAX_DATE_LEAD_CHARS and not text[dates[0][2] :].strip()


def labels_a_case(
    lines: list[Line], people: PersonNames, names_client: Callable[[str], bool]
) -> bool:
    """Return True when labels give a person addressed as clients are (an honorific, no
    degree), a professional (a name with a degree after it) and a date, whatever the labels'
    words (`Client Seen : Mr. Fajar Santoso`, `Lead Professional : Wulan Pratama, S.Tr.Sos.`,
    `Session Date : 2024-04-02`), or a client under a label that names one (`CLIENT: Raymond
    Ellsworth`, `names_client`) and a date: the header of a case note, not of a notice."""
    client = worker = dated = listed = False
    for line in lines:
        pair = line.label_value()
        if not pair or not pair[1]:
            continue
        value = pair[1]
        professional = people.is_professional(value)
        worker = worker or professional
        client = client or (not professional and people.has_honorific(value))
        first = COLUMN_GAP.split(value)[0]  # `Raymond Ellsworth<tab>HMIS ID: 220415`
        listed = listed or (people.names_people(first) and names_client(pair[0]))
        dated = dated or bool(find_dates(value))
    return dated and (listed or (client and worker))


def refers_elsewhere(lines: list[Line], vocabulary: Vocabulary) -> bool:
    """Return True for a letter (a salutation line, `Dear colleague,`) whose text sends its case
    to another service (`I am writing … to refer him`, `kami rujuk`): correspondence about a
    case, not a record of the work on it."""
    phrases = folded_phrases(vocabulary.referral_phrases)
    opened = False
    for line in lines:
        if not opened:
            opened = _salutes(line, vocabulary)
        elif any(f" {p} " in f" {' '.join(fold_words(line.text))} " for p in phrases):
            return True
    return False


def _salutes(line: Line, vocabulary: Vocabulary) -> bool:
    """Return True for a letter's salutation line (`Dear colleague,`, `Kepada Yth.`)."""
    folded = f" {' '.join(fold_words(line.text))} "
    return any(folded.startswith(f" {s} ") for s in folded_phrases(vocabulary.letter_salutations))


# A letter's salutation and subject line come before its text: in its first lines.
LETTER_HEADER_LINES = 15


def correspondence(
    lines: list[Line], vocabulary: Vocabulary, *, weak: bool, contested: bool
) -> str | None:
    """Return the kind of letter the lines are, when they are one and no case note: a referral
    (`refers_elsewhere`), whatever its words vote for; and any letter opening with a salutation
    and a subject line (`Perihal : Undangan Rapat …` over `Kepada Yth.`, `Re: …` over `Dear
    …`), a notice or an invitation about a case, not a record of the work on it, when its words
    vote for no type with enough to trust (`weak`), or (`contested`) vote a little or for a log
    and a case alike (an event's `Hari/Tanggal`, `Pukul`, its programme's times) and the subject
    names no record the letter carries (`Perihal : Laporan Kunjungan Rumah`)."""
    if refers_elsewhere(lines, vocabulary):
        return "referral_letter"
    if not (weak or contested):
        return None
    top = lines[:LETTER_HEADER_LINES]
    labels = folded_phrases(vocabulary.memo_labels)
    subjects = [
        pair[1]
        for pair in (line.label_value() for line in top)
        if pair is not None and pair[1] and " ".join(fold_words(pair[0])) in labels
    ]
    if not subjects or not any(_salutes(line, vocabulary) for line in top):
        return None
    carries = any(names_a_document(" ".join(fold_words(s)), vocabulary) for s in subjects)
    return "letter" if weak or not carries else None


# A memo states whom it is to and from in its first lines.
MEMO_HEADER_LINES = 10
MIN_MEMO_LABELS = 2


def opens_as_memo(items: Sequence[Item], vocabulary: Vocabulary) -> bool:
    """Return True for text opening with a memo's address labels (`TO:` and `FROM:`, `KEPADA :`
    and `PERIHAL :`): a covering note, whose addressee is no client."""
    labels = folded_phrases(vocabulary.memo_labels)
    lines = [item for item in items if isinstance(item, Line)][:MEMO_HEADER_LINES]
    pairs = [pair for pair in (line.label_value() for line in lines) if pair is not None]
    return len({" ".join(fold_words(label)) for label, _ in pairs} & labels) >= MIN_MEMO_LABELS


def names_its_agency(spec: RecordSpec, top: Sequence[Line], vocabulary: Vocabulary) -> bool:
    """Return True when `spec` records an agency (no field of it names a person or a case) and
    a heading or an opening line of `top` names an agency (`Gambaran Umum Panti Asuhan …`,
    `Panti Sosial Asuhan Anak … memiliki …`)."""
    if any(f.identifies for f in spec.fields):
        return False
    openers = folded_phrases(vocabulary.agency_name_openers)
    for line in top:
        words = line.text.split()
        # an agency's word before a name (`Yayasan Al …`), not a count of them (`15 LKSA`)
        named = [
            k
            for k, (word, after) in enumerate(pairwise(words))
            if " ".join(fold_words(word)) in openers and after[:1].isupper()
        ]
        if named and (named[0] == 0 or line.heading_like or line.styled_heading):
            return True
    return False
