"""Find where each record of a document starts and ends.

A title line (`CATATAN PROSES`, `Process Recording`, `Laporan Kasus`…) near
the top of a page starts a record and names its type. The letterhead lines
above a title on the same page belong to its record. Once a record is open, a
later title starts a new one only when it is set apart as a title (styled,
larger or bold, or in capitals), as a person leafing through a folder sees
it: a list item naming a report (`Catatan proses pertemuan ke-7`, OCR having
lost its number) does not. Without a listed title, a page opening with a new
copy of the header block, another form's header block, or a line set like
the open record's own title (`title_style.py`) starts the next record.
`classify.py` then decides each record's type.

Never changes the items it reads; returns new `Segment` values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.form_headers import (
    MIN_FIELD_COVERAGE,
    FormHeader,
    header_block,
    label_field,
    opens_form,
    past_title,
    wraps_value,
)
from pipeline.extract.letterhead import names_a_document
from pipeline.extract.lines import Item, Line
from pipeline.extract.matching import PARENTHETICAL, PhraseIndex
from pipeline.extract.normalize import find_dates, fold_words, opens_with_section_word
from pipeline.extract.title_style import SIZE_TOLERANCE, TitleStyle
from pipeline.heading import all_caps, mostly_lower_case
from pipeline.vocabulary import active_vocabulary

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


@dataclass(frozen=True)
class Segment:
    items: tuple[Item, ...]
    title_type: str | None = None
    title_text: str | None = None

    @property
    def pages(self) -> tuple[int, int]:
        numbers = [item.page for item in self.items] or [1]
        return min(numbers), max(numbers)


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
            opens = new_page_top and opens_form(items, position + 1)
            if new_page_top and (
                (
                    record_type
                    and current_title is None
                    and (style.size or _capitals_title(current, index))
                )
                or (
                    not record_type
                    and style.starts_record(item, opens)
                    # `Transfer Summary` over a new form's labels: a document's name, though a
                    # field's word (`summary`) is in it
                    and (not _names_any_field(item, index) or (opens and _names_document(item)))
                )
            ):
                segments.append(
                    _segment(current[:page_start], current_title, titled, untyped_title)
                )
                # the line that started it is its title, listed or not (`LAPORAN PROSES
                # WAWANCARA`, whose words name the dialogue's section too)
                untyped_title = None if record_type else item.text
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


def _names_document(line: Line) -> bool:
    return names_a_document(" ".join(fold_words(line.text)), active_vocabulary())


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
