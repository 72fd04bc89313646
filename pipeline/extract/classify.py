"""Find where each record starts and ends, and decide each record's type.

Order of evidence:
1. A title line (`CATATAN PROSES`, `Process Recording`, `Laporan Kasus`…) near
   the top of a page starts a record and names its type.
   The letterhead lines above a title on the same page belong to its record.
   Once a record is open, a later title starts a new one only when it is set
   apart as a title (styled, larger or bold, or in capitals), as a person
   leafing through a folder sees it: a list item naming a report
   (`Catatan proses pertemuan ke-7`, OCR having lost its number) does not.
2. Without a title, the headings and labels found vote for the types whose
   fields they name (a line several types share counts for each in part),
   and layout cues add to the vote: dialogue turns for a process record,
   a dated log table or dated entries for a daily log. A heading or label
   no synonym names votes through the stems of its words (`stems.py`); a
   heading set apart by layout that neither names votes through the field the
   cascade's classifier reads from it and the text under it (`fieldmodel.py`),
   as it would name that section once the type is known; a label over a short
   value (`Referrer : Kupang District Court`) through the short field the
   classifier reads from the label alone.
3. A vote too weak to trust gives `unknown`.

The vote is taken for titled records too: it says whether the fields agree
with the title. What the type rests on (a title the fields agree with or
contest, a clear or close vote, title words, nothing) is the record's
evidence class; its `confidence` is the share of records of that class that
had the right type in the corpora the project holds (`type_calibration.json`,
written by `bench/calibrate.py`), and the other types the vote named share
the rest as `alternatives`.

Never changes the items it reads; returns new `Segment` values.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources

from pipeline.extract.codes import is_case_code
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.form_headers import (
    MIN_FIELD_COVERAGE,
    FormHeader,
    header_block,
    label_field,
    listed_later_labels,
    opens_form,
    past_title,
    wraps_value,
)
from pipeline.extract.layout_cues import (
    correspondence,
    count_dialogue_turns,
    dated_rows,
    dialogue_turns,
    labels_a_case,
    names_its_agency,
)
from pipeline.extract.lines import Item, Line, TableItem
from pipeline.extract.matching import PARENTHETICAL, PhraseIndex, line_key
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    opens_with_section_word,
    parse_dates,
    parse_period,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prose import mentions_cue, stated_visit_dates
from pipeline.extract.stems import StemIndex
from pipeline.extract.summaries import (
    dialogue_column,
    header_cell_lines,
    outweighs_its_summary,
    qualified,
    shows_listed_dates,
    summarized_form,
    summary_of_a_period,
    summary_of_listed_dates,
    type_named_in_title,
)
from pipeline.extract.title_style import SIZE_TOLERANCE, TitleStyle
from pipeline.extract.unnamed_text import fields_owned, run_in_text, text_under
from pipeline.heading import all_caps, mostly_lower_case
from pipeline.specs import RecordSpec, SchemaSet
from pipeline.vocabulary import Vocabulary

# A title is a short line; a title-matching phrase in a long line is prose.
MAX_TITLE_WORDS = 10
MIN_TITLE_COVERAGE = 0.5
MIN_QUALIFIED_TITLE_WORDS = 2  # a title's words opening a heading title it, whatever follows
# A line this long, mostly in lower case, is the text of a record, not a letterhead.
MIN_PROSE_WORDS = 6
# A title this close to the top of its page takes the page's first lines (letterhead) with it.
TITLE_TOP_LINES = 8
# A record needs this many lines after its title before another title below the top of a
# page starts a new one (at the top of a page, one line of content is enough).
MIN_RECORD_LINES = 3
# A title in capitals has a few words' letters (`CATATAN`), not an initial's.
MIN_TITLE_CAPITALS = 6
# A record with fewer speaker turns than this holds no dialogue.
MIN_DIALOGUE_TURNS = 2
# Votes below this are not a case note.
MIN_TYPE_SCORE = 4.0
# A label nobody names over a value this short (a name, a date, a code) votes by the model.
MAX_LABEL_VOTE_WORDS = 8
NARRATIVE_WEIGHT = 2.0
LABEL_WEIGHT = 1.0
DIALOGUE_TURNS_BONUS = 4.0
DATED_ROWS_BONUS = 5.0
# "Interview dates: 3 and 10 April 2024": several meetings in one record, a summary of them.
LISTED_DATES_BONUS = 4.0
MIN_TITLE_WORD_EVIDENCE = 1.0
# A vote whose winner leads the runner-up by half its score or more is clear.
CLEAR_VOTE_MARGIN = 0.5
LETTER_OUTVOTED = 2 * MIN_TYPE_SCORE  # votes outweighing a letter's form (`correspondence`)
UNKNOWN_TYPE = "unknown"
CALIBRATION_FILE = "type_calibration.json"
# What the type rests on; `type_calibration.json` gives each class its confidence.
EVIDENCE_CLASSES = (
    "title",  # a title, and no type's fields outvote it
    "title_contested",  # a title, but another type's fields outvote it
    "title_summarized",  # a title of a type, and no dialogue: that type's summarized form
    "votes_clear",
    "votes_close",
    "title_words",  # a type's words in a title nobody listed, with some field evidence
    "unknown_bare",  # not a case note: nothing a schema knows
    "unknown_weak",  # not a case note: some fields named, too few to trust
    "folder_weak",  # too few fields to trust, but in a folder of case notes: its likeliest type
    "visit_stated",  # too few fields to trust, but prose or labels state a dated visit
    "people_dated",  # too few fields to trust, but labels give a client (and a worker) and a date
    "case_numbered",  # too few fields to trust, but a case's number under its own label
    "agency_named",  # too few fields to trust, but an agency's own sections under its name
    "referral_letter",  # not a case note: a letter sending the case elsewhere, even in a folder
    "letter",  # not a case note: a letter with a subject line, too few fields to trust
)
# Until a fit counts it, a class takes the confidence of the one it was counted in.
FITTED_AS = {"referral_letter": "unknown_weak", "letter": "unknown_weak"}


@dataclass(frozen=True)
class Segment:
    items: tuple[Item, ...]
    title_type: str | None = None
    title_text: str | None = None

    @property
    def pages(self) -> tuple[int, int]:
        numbers = [item.page for item in self.items] or [1]
        return min(numbers), max(numbers)


@dataclass(frozen=True)
class Classification:
    record_type: str
    confidence: float
    evidence: str  # one of EVIDENCE_CLASSES
    alternatives: tuple[tuple[str, float], ...] = ()  # other types, most likely first


@lru_cache(maxsize=1)
def type_calibration() -> Mapping[str, float]:
    """Return evidence class -> confidence, from the shipped calibration table.

    A class's confidence is its records' right share, Laplace-smoothed
    ((right + 1) / (records + 2)): a class seen rarely stays near one half.
    """
    text = resources.files("pipeline.extract").joinpath(CALIBRATION_FILE).read_text("utf-8")
    classes = json.loads(text)["classes"]
    return {
        name: (counts["right"] + 1) / (counts["records"] + 2)
        for name, counts in classes.items()
        if name in EVIDENCE_CLASSES
    }


def _calibrated(record_type: str, evidence: str, scores: Mapping[str, float]) -> Classification:
    # Rounded before the alternatives share the rest, so the shown figures sum to one.
    table = type_calibration()
    confidence = round(table.get(evidence, table.get(FITTED_AS.get(evidence, ""), 0.5)), 3)
    others = {t: s for t, s in scores.items() if t != record_type and s > 0}
    total = sum(others.values())
    alternatives = tuple(
        (t, (1 - confidence) * s / total)
        for t, s in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return Classification(record_type, confidence, evidence, alternatives)


def clear_title_cache() -> None:
    _title.cache_clear()


# A title's dash before what it covers (`… DIARY - week commencing 4 March 2024`).
_TITLE_TAIL = re.compile(r"\s+[-–—]\s+")


def title_of(line: Line, index: PhraseIndex) -> str | None:
    """Return the record type a line titles, or None. A part of a document ("Part B:
    Summarised process recording") may title a record; an item of a list may not."""
    numbering = None if opens_with_section_word(line.text) else line.numbering
    found = _title(index, line.key.words, numbering, line.heading_like, line.n_words)
    if found is None and not numbering:
        # The key leaves out a parenthetical; in a title it may be the type's own name
        # ("LAPORAN PROSES (CATATAN PROSES) – KUNJUNGAN I").
        for aside in (m.group()[1:-1] for m in PARENTHETICAL.finditer(line.text)):
            words = tuple(fold_words(aside))
            found = _title(index, words, None, line.heading_like, len(aside.split()))
            if found is not None:
                break
    parts = _TITLE_TAIL.split(line.text, maxsplit=1)
    if found is None and not numbering and len(parts) == 2 and find_dates(parts[1]):
        # "CASEWORKER DIARY - week commencing 4 March 2024": the title, then its period.
        head = parts[0]
        found = _title(index, tuple(fold_words(head)), None, line.heading_like, len(head.split()))
    return found


@lru_cache(maxsize=1 << 15)
def _title(
    index: PhraseIndex,
    words: tuple[str, ...],
    numbering: str | None,
    heading_like: bool,
    n_words: int,
) -> str | None:
    # Segmenting and walking both ask of every line; headings repeat across an archive.
    if n_words > MAX_TITLE_WORDS or not words or not heading_like:
        return None
    if numbering:
        return None  # a listed item ("4. Catatan Proses Ringkas bulan Maret") names a record, not titles one
    field_end = 0
    for match in index.match_words(words):
        qualified = match.length >= MIN_QUALIFIED_TITLE_WORDS and not any(
            c.isdigit() for w in words for c in w
        )
        if match.kind == "title" and (match.coverage >= MIN_TITLE_COVERAGE or qualified):
            # "CATATAN KASUS PEKERJAAN SOSIAL MEDIS" titles too; a running footer with
            # a case number and page ("Catatan Ringkas – PSAA/019 Halaman 1") does not.
            return match.record_type
        if match.kind == "field" and match.coverage >= MIN_TITLE_COVERAGE:
            # A field heading wins over a title it contains ("Ringkasan Kasus"), not over one
            # after it (`TRANSKRIP WAWANCARA DAN CATATAN PROSES`).
            field_end = match.end
            break
    # "Adult Services – Case Record": the type named at the end of the title.
    for match in index.all_matches(words):
        if (
            match.kind == "title"
            and match.end == match.n_tokens
            and match.start >= field_end
            and match.coverage >= MIN_TITLE_COVERAGE
        ):
            return match.record_type
    return None


def _capitals_title(current: list[Item], index: PhraseIndex) -> bool:
    """Return True when the open record opens with a line in capitals set apart that names no
    field (`RINGKASAN PEMBIMBINGAN KLIEN PEMASYARAKATAN`): a title nobody listed, in the type
    of the body."""
    first = current[0] if current else None
    return (
        isinstance(first, Line)
        and first.heading_like
        and all_caps(first.text, MIN_TITLE_CAPITALS)
        and not _names_any_field(first, index)
    )


def _names_field_of(line: Line, record_type: str, index: PhraseIndex) -> bool:
    return any(
        c.kind == "field" and c.record_type == record_type and c.coverage >= MIN_FIELD_COVERAGE
        for c in index.candidates(line.key.words)
    )


def _names_any_field(line: Line, index: PhraseIndex) -> bool:
    return any(
        c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
        for c in index.candidates(line.key.words)
    )


def segment(items: tuple[Item, ...], index: PhraseIndex) -> tuple[Segment, ...]:
    """Return the records' spans in document order; a document with no title is one segment."""
    segments: list[Segment] = []
    current: list[Item] = []
    current_title: tuple[str, str] | None = None
    untyped_title: str | None = None  # the open record's title line, of no listed type
    titled = False  # the open record has a title line of its own
    header = FormHeader()
    style = TitleStyle()
    lines_since_title = 0
    page_start = 0  # index in `current` where the current page begins
    page_line = 0  # lines seen on the current page
    last_page = None
    prose_above = False  # a sentence on the current page: what follows is no page-top title
    for position, item in enumerate(items):
        if item.page != last_page:
            last_page, page_start, page_line = item.page, len(current), 0
            prose_above = False
            record_type = current_title[0] if current_title else None
            start = past_title(items, header.past_letterhead(items, position))
            repeated = header.repeated_by(header_block(items, start, index, record_type))
            another = set() if repeated else header.another_form(items, start, index, record_type)
            if current and isinstance(item, Line) and (repeated or another):
                # A page opening (below the letterhead) with a new copy of the header block is
                # the next form of its type; with another form's block, of the one type its own
                # labels name (none: the votes decide).
                segments.append(_segment(current, current_title, titled, untyped_title))
                untyped_title = None
                current, page_start, titled, header = [], 0, False, FormHeader()
                if another:
                    current_title = (min(another), "") if len(another) == 1 else None
                style.open_record()
        if isinstance(item, Line):
            found = label_field(item, index, current_title[0] if current_title else None)
            if found is None and header.state == "before" and title_of(item, index) is None:
                header.letterhead.add(item.letterhead_key)
            if found is not None or header.state != "in" or not wraps_value(item):
                header.take(found)
            page_line += 1
            record_type = title_of(item, index)
            at_top = page_line <= TITLE_TOP_LINES
            same_type_below_top = bool(
                record_type and current_title and current_title[0] == record_type and not at_top
            )
            if same_type_below_top and _names_field_of(item, str(record_type), index):
                record_type = None  # e.g. "Ringkasan Kasus" as a section heading
            if record_type and current_title and not item.set_apart:
                record_type = None
            # Below the open record's text, a line set like its title over another form's header
            # block, or a new copy of its own (`CASE NOTE - FOLLOW-UP` over the client's labels
            # again), is the next record on the same page.
            next_form: set[str] | None = None
            if (
                not record_type
                and current_title
                and lines_since_title >= MIN_RECORD_LINES
                and position + 1 < len(items)
                and _set_like_title(item, current, current_title[1])
                and not _names_any_field(item, index)
            ):
                next_form = header.another_form(items, position + 1, index, current_title[0])
                if not next_form:
                    block = header_block(items, position + 1, index, current_title[0])
                    next_form = set() if header.reopened_by(block) else None
            if next_form is not None:
                segments.append(_segment(current, current_title, titled, untyped_title))
                current, page_start, header, lines_since_title = [], 0, FormHeader(), 0
                # Its type is the one its labels name alone, else the votes'.
                current_title = (min(next_form), item.text) if len(next_form) == 1 else None
                titled, untyped_title = current_title is not None, item.text
                style.open_record()
            # A title no schema lists (or a listed one after it) at a page's top, set like the
            # open record's own title, starts the next record; its type comes from the votes.
            new_page_top = at_top and not prose_above and page_start >= MIN_RECORD_LINES
            if new_page_top and (
                (
                    record_type
                    and current_title is None
                    and (style.size or _capitals_title(current, index))
                )
                or (
                    not record_type
                    and style.starts_record(item, opens_form(items, position + 1))
                    and not _names_any_field(item, index)
                )
            ):
                segments.append(
                    _segment(current[:page_start], current_title, titled, untyped_title)
                )
                untyped_title = None
                current, page_start = current[page_start:], 0
                current_title = (record_type, item.text) if record_type else None
                titled, header, lines_since_title = bool(record_type), FormHeader(), 0
                style.open_record()
            elif record_type:
                split_at = page_start if at_top else len(current)
                if current_title is None or not current[:split_at]:
                    # Nothing of a record above it yet (a page's own headline above the
                    # record's title): the title below is the record's.
                    current_title, titled = (record_type, item.text), True
                    lines_since_title = 0
                elif lines_since_title >= (1 if at_top else MIN_RECORD_LINES):
                    segments.append(
                        _segment(current[:split_at], current_title, titled, untyped_title)
                    )
                    untyped_title = None
                    current = current[split_at:]
                    page_start = 0
                    current_title, titled = (record_type, item.text), True
                    header = FormHeader()
                    style.open_record()
                    lines_since_title = 0
            elif current_title:
                lines_since_title += 1
            style.take(item)
            prose_above = prose_above or mostly_lower_case(item.text, MIN_PROSE_WORDS)
        elif current_title:
            lines_since_title += MIN_RECORD_LINES  # a table is a record's content, never a title's
        current.append(item)
    if current or not segments:
        segments.append(_segment(current, current_title, titled, untyped_title))
    return tuple(segments)


def _set_like_title(line: Line, items: list[Item], title: str) -> bool:
    """Return True for a line set apart at least as large as the open record's title line."""
    if not line.set_apart or line.text == title:
        return False  # most lines: no need to look for the title's size
    size = next((i.size_ratio for i in items if isinstance(i, Line) and i.text == title), None)
    return bool(size) and (line.size_ratio or 0.0) >= (size or 0.0) - SIZE_TOLERANCE


def _segment(
    items: list[Item], title: tuple[str, str] | None, titled: bool, untyped: str | None = None
) -> Segment:
    """Return a record's span; one split off at a repeated header block keeps the type of the
    form it repeats, without a title line of its own; `untyped`, a title of no listed type."""
    if title is None:
        return Segment(tuple(items), None, untyped)
    return Segment(tuple(items), title[0], title[1] if titled else None)


def classify(
    seg: Segment,
    index: PhraseIndex,
    schemas: SchemaSet,
    vocabulary: Vocabulary,
    stems: StemIndex | None = None,
    model: FieldModel | None = None,
) -> Classification:
    """Return the segment's record type, its calibrated confidence and the alternatives."""
    scores: dict[str, float] = defaultdict(float)
    seen: set[tuple[str, str]] = set()
    lines = [item for item in seg.items if isinstance(item, Line)]
    unnamed: list[int] = []  # positions in `lines` of headings no synonym or stem names
    unnamed_labels: list[str] = []  # labels nobody names, over a short value
    unnamed_run_ins: list[tuple[str, str]] = []  # (label, its paragraph) nobody names
    labelled = [line.label_value() for line in lines]  # (label, value) of `Label : value`
    # (text, set apart by layout: a heading, a label or a table's first cell)
    texts = [
        (ln.text, ln.heading_like or lv is not None) for ln, lv in zip(lines, labelled, strict=True)
    ]
    # A crowded line's later labels (`Agency: X<tab>Opened: 12 February 2024`) vote as well.
    texts += [
        (label, True)
        for ln, lv in zip(lines, labelled, strict=True)
        if lv is not None
        for label in listed_later_labels(index, ln.text)
    ]
    texts += [
        (cell.text, True)
        for item in seg.items
        if isinstance(item, TableItem)
        for row in item.table.rows
        for cell in row[:1]
    ]
    for position, (text, set_apart) in enumerate(texts):
        words = line_key(_label_part(text)).words
        matches = [
            c
            for c in index.candidates(words)
            if c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
        ]
        if not matches and set_apart and stems is not None and words:
            matches = [
                c
                for c in stems.candidates(words)
                if c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
            ]
        pair = labelled[position] if position < len(lines) else None
        if not matches and words and pair and 0 < len(pair[1].split()) <= MAX_LABEL_VOTE_WORDS:
            unnamed_labels.append(pair[0])  # `Referrer : Kupang District Court`, read below
        elif not matches and words and pair and (body := run_in_text(lines, position, *pair)):
            unnamed_run_ins.append((pair[0], body))  # `How I understand it: The difficulties…`
        elif not matches and position < len(lines) and lines[position].heading_like and words:
            unnamed.append(position)
        _vote(scores, seen, [(m.record_type, m.name) for m in matches], schemas)
    # `Summary covers: 15 April 2024 to 28 June 2024`: only a summary of a period has one
    periods = [(rt, spec.period.start) for rt, spec in schemas.records.items() if spec.period]
    for pair in labelled:
        if pair and pair[1] and None not in parse_period(pair[1]):
            _vote(scores, seen, periods, schemas)
    if model is not None:
        # A heading is read with the text under it among the sections; a label alone among
        # the short fields (its value would only narrow the choice).
        sections, shorts = (
            fields_owned(schemas, sections=True),
            fields_owned(schemas, sections=False),
        )
        asked = [(lines[p].text, text_under(lines, p), sections) for p in unnamed]
        asked = [(text, body, owners) for text, body, owners in asked if body]
        asked += [(label, body, sections) for label, body in unnamed_run_ins]
        asked += [(label, "", shorts) for label in unnamed_labels]
        for text, body, owners in asked:
            prediction = model.predict(text, body, owners) or (
                model.hint(text, body, owners) if body else None
            )
            if prediction is not None:
                pairs = [(rt, prediction.field) for rt in sorted(owners[prediction.field])]
                _vote(scores, seen, pairs, schemas)
    labelled_lines = lines + header_cell_lines(seg.items)
    for record_type, spec in schemas.records.items():
        if (
            "dialogue_turns" in spec.layout_cues
            and count_dialogue_turns(lines, vocabulary) >= spec.layout_cues["dialogue_turns"]
        ):
            scores[record_type] += DIALOGUE_TURNS_BONUS
        if (
            "dated_rows" in spec.layout_cues
            and dated_rows(seg.items, index, MIN_FIELD_COVERAGE) >= spec.layout_cues["dated_rows"]
        ):
            scores[record_type] += DATED_ROWS_BONUS
        if shows_listed_dates(spec, labelled_lines):
            scores[record_type] += LISTED_DATES_BONUS
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if seg.title_type and seg.title_type in schemas.records:
        summary = summarized_form(seg.title_type, schemas)
        if (
            summary
            and qualified(seg.title_text, schemas.records[summary], schemas.records[seg.title_type])
            and dialogue_turns(seg.items, vocabulary) < MIN_DIALOGUE_TURNS
            and not dialogue_column(seg.items, schemas.records[seg.title_type])
            and not outweighs_its_summary(seg.title_type, summary, scores, MIN_TYPE_SCORE)
        ):
            # "Ringkasan Rekaman Proses", a title nobody listed: its qualifier makes it the
            # summarized form when it holds no dialogue.
            return _calibrated(summary, "title_summarized", scores)
        listed = summary_of_listed_dates(
            seg.title_type, seg.title_text, schemas, labelled_lines
        ) or summary_of_a_period(seg.title_type, schemas, index, lines, MIN_FIELD_COVERAGE)
        if listed is not None:
            # "Summary Record of Interviews" over "Interview dates: 3 and 10 April 2024": a
            # summary title, and the dates of several meetings only another summary has.
            return _calibrated(listed, "title_summarized", scores)
        own = scores.get(seg.title_type, 0.0)
        contested = bool(ranked) and ranked[0][1] >= MIN_TYPE_SCORE and ranked[0][1] > own
        return _calibrated(seg.title_type, "title_contested" if contested else "title", scores)
    weak = not ranked or ranked[0][1] < MIN_TYPE_SCORE
    bare = not ranked or ranked[0][1] < MIN_TITLE_WORD_EVIDENCE
    best, second = ranked[0][1] if ranked else 0.0, ranked[1][1] if len(ranked) > 1 else 0.0
    clear = best > 0 and (best - second) / best >= CLEAR_VOTE_MARGIN
    contested = best < LETTER_OUTVOTED or not clear
    if letter := correspondence(lines, vocabulary, weak=weak, contested=contested):
        return _calibrated(UNKNOWN_TYPE, "unknown_bare" if bare else letter, scores)
    if weak:
        named = type_named_in_title(lines[:TITLE_TOP_LINES], schemas, scores)
        if named and scores.get(named, 0.0) >= MIN_TITLE_WORD_EVIDENCE:
            return _calibrated(named, "title_words", scores)
        visit = _visit_type(seg, schemas, vocabulary, index, scores)
        if visit is not None:
            # A note opening `Kunjungan ini dilakukan pada 3 Maret 2026 oleh pekerja sosial
            # Rina …` is a case note, whatever its headings: the record of a visit.
            return _calibrated(visit, "visit_stated", scores)
        likeliest = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        people = PersonNames(schemas.records[ranked[0][0]], vocabulary) if ranked else None
        names_client = partial(_names_identified, who="client", index=index, schemas=schemas)
        if likeliest and people and labels_a_case(lines, people, names_client):
            # A client, a worker and a date under labels nobody listed: a case note of unclear
            # kind gets its likeliest type (when one is likelier than the rest) at a low
            # confidence, not `unknown`.
            return _calibrated(ranked[0][0], "people_dated", scores)
        if likeliest and not bare and _case_numbered(labelled_lines, index, schemas):
            # `Case no. | GPP-23-1187` over sections nobody listed: a case's file, not a notice.
            return _calibrated(ranked[0][0], "case_numbered", scores)
        if (
            likeliest
            and not bare
            and names_its_agency(schemas.records[ranked[0][0]], lines[:TITLE_TOP_LINES], vocabulary)
        ):
            # `Sumber Dana Yayasan …` over an agency's own section: its profile's excerpt
            return _calibrated(ranked[0][0], "agency_named", scores)
        return _calibrated(UNKNOWN_TYPE, "unknown_bare" if bare else "unknown_weak", scores)
    if not clear:
        # Of a close vote, the type the words of a title near the top name (`CASE CLOSING
        # SUMMARY`, a title nobody listed, over a case's and a summary's headings alike).
        named = type_named_in_title(lines[:TITLE_TOP_LINES], schemas, scores)
        if named is not None and scores.get(named, 0.0) >= second:
            return _calibrated(named, "votes_close", scores)
    return _calibrated(ranked[0][0], "votes_clear" if clear else "votes_close", scores)


def _case_numbered(lines: list[Line], index: PhraseIndex, schemas: SchemaSet) -> bool:
    """Return True when a label some schema lists for a case's number (`Case no.`, `Nomor
    Kasus`), on a line or in a header grid's cells, holds a case's code (`GPP-23-1187`)."""
    pairs = [pair for pair in map(Line.label_value, lines) if pair and pair[1].split()]
    return any(
        is_case_code(value.split()[0]) and _names_identified(label, "case", index, schemas)
        for label, value in pairs
    )


def _names_identified(label: str, who: str, index: PhraseIndex, schemas: SchemaSet) -> bool:
    """Return True when a label names, by a listed synonym, a field identifying `who` (`client`:
    `Client`, `Klien`; `case`: `Case no.`)."""
    return any(
        c.kind == "field"
        and c.coverage >= MIN_FIELD_COVERAGE
        and schemas.records[c.record_type].field(c.name).identifies == who
        for c in index.candidates(line_key(label).words)
    )


def _visit_type(
    seg: Segment,
    schemas: SchemaSet,
    vocabulary: Vocabulary,
    index: PhraseIndex,
    scores: Mapping[str, float],
) -> str | None:
    """Return the type of the visit the record states with its date and a person, in its
    opening prose or in labels (`Tanggal Kunjungan : 17 Oktober 2024` with `Nama Klien : Ibu
    Wartini`): the type whose visit date it gives, its summarized form when it gives several
    dates, or when no dialogue follows and no section only the interview has (`My own
    reactions`, the worker's reflection) leans to the interview; None when it states none."""
    for record_type, spec in sorted(schemas.records.items()):
        summary = summarized_form(record_type, schemas)
        if "dialogue_turns" not in spec.layout_cues or summary is None:
            continue  # the record of an interview, which the layout tells by its dialogue
        people = PersonNames(spec, vocabulary)
        dates = stated_visit_dates(seg.items, spec, people, vocabulary) or _labelled_visit_dates(
            seg, spec, index, people
        )
        if dates:
            spoken = dialogue_turns(seg.items, vocabulary) >= MIN_DIALOGUE_TURNS
            # a section only the interview has, not a label's vote
            leans = scores.get(record_type, 0.0) - scores.get(summary, 0.0) >= NARRATIVE_WEIGHT
            return record_type if (spoken or leans) and dates == 1 else summary
    return None


def _labelled_visit_dates(
    seg: Segment, spec: RecordSpec, index: PhraseIndex, people: PersonNames
) -> int:
    """Return how many dates a label of the type's visit date that says it is a visit's gives
    (`Tanggal Kunjungan`, not a bare `Tanggal`), when a label of its client or worker gives a
    person's name too; else 0."""
    visit = {f.name: f for f in spec.fields if f.prose_cues and f.kind in ("date", "dates")}
    people_fields = {f.name for f in spec.fields if f.identifies in ("client", "worker")}
    dates, named = 0, False
    for item in seg.items:
        pair = item.label_value() if isinstance(item, Line) else None
        if not pair or not pair[1]:
            continue
        names = {
            c.name
            for c in index.candidates(line_key(pair[0]).words)
            if c.kind == "field"
            and c.record_type == spec.record_type
            and c.coverage >= MIN_FIELD_COVERAGE
        }
        if any(mentions_cue(pair[0], visit[name]) for name in names & visit.keys()):
            dates = max(dates, len(parse_dates(pair[1])))
        named = named or bool(names & people_fields and people.names_people(pair[1]))
    return dates if named else 0


def within_folder(verdicts: list[Classification]) -> list[Classification]:
    """Return the verdicts of one file's records, a weak `unknown` among case notes given its
    likeliest type: a form filed in a case folder is a case note of some kind, so the contract
    wants its best type at a low confidence, not `unknown`."""
    if not any(v.record_type != UNKNOWN_TYPE for v in verdicts):
        return verdicts
    return [
        _calibrated(v.alternatives[0][0], "folder_weak", dict(v.alternatives))
        if v.evidence == "unknown_weak" and v.alternatives
        else v
        for v in verdicts
    ]


def _vote(
    scores: dict[str, float],
    seen: set[tuple[str, str]],
    named: list[tuple[str, str]],
    schemas: SchemaSet,
) -> None:
    """Add one line's vote: the (type, field) pairs it names share it; a field counts once."""
    fresh = [pair for pair in named if pair not in seen]
    if not fresh:
        return
    types = {record_type for record_type, _ in named}
    for record_type, name in fresh:
        seen.add((record_type, name))
        kind = schemas.records[record_type].field(name).kind
        weight = NARRATIVE_WEIGHT if kind in ("narrative", "list") else LABEL_WEIGHT
        scores[record_type] += weight / len(types)


def _label_part(text: str) -> str:
    head, sep, _ = text.partition(":")
    return head if sep and len(head.split()) <= 6 else text
