"""A form's header block: the label lines that open a record, the later labels of a crowded
header line, and what a page's opening labels say of where the next form of a folder starts
(`classify.segment` asks)."""

from __future__ import annotations

import math
import re
from itertools import pairwise

from pipeline.extract.lines import (
    MAX_LABEL_WORDS,
    Item,
    Line,
    TableItem,
    label_value_cells,
    sounds_spoken,
)
from pipeline.extract.matching import PhraseIndex, line_key
from pipeline.extract.normalize import LABEL_COLON, fold_words

# A page opening with the record's opening labels again (this many, and at least half of
# them), one with another value, starts the next form of a folder (a new interview date).
MIN_HEADER_REPEATS = 2
# Heading/label match needed to count as naming a field.
MIN_FIELD_COVERAGE = 0.75
# A header's value is a few words (here and in `crowded.py`); more before a colon is a sentence.
MAX_HEADER_VALUE_WORDS = 8
_WORD_SPAN = re.compile(r"\S+")


def listed_later_labels(index: PhraseIndex, text: str) -> list[str]:
    """Return the later labels of a crowded line that some field of any type lists word for
    word (`Agency: X Case number: EFC-0412 Worker: Priya Raman`: `Case number`, `Worker`):
    what the classifier counts before the line's type, and so its matcher, is known."""
    colons = [m.start() for m in LABEL_COLON.finditer(text)]
    labels: list[str] = []
    for before, colon in pairwise(colons):
        spans = list(_WORD_SPAN.finditer(text, before + 1, colon))
        if len(spans) > MAX_HEADER_VALUE_WORDS + MAX_LABEL_WORDS:
            continue  # a sentence's colon, not a header's next label
        for n in range(min(MAX_LABEL_WORDS, len(spans) - 1), 0, -1):
            label = text[spans[-n].start() : colon]
            words = tuple(fold_words(label))
            if label[:1].isupper() and any(
                c.kind == "field" and c.coverage >= 1.0 for c in index.candidates(words)
            ):
                labels.append(label)
                break
    return labels


def label_field(line: Line, index: PhraseIndex, record_type: str | None) -> tuple[str, str] | None:
    """Return (label, value), both folded, for a `Label: value` line whose label names a field.

    With a record type, only that type's fields count; without one, any type's.
    """
    pair = line.label_value()
    if not pair or not pair[1] or sounds_spoken(pair[1]):
        return None  # a dialogue turn (`Klien: Ibu tahu. Bapak sakit.`) heads no form
    words = line_key(pair[0]).words
    for c in index.candidates(words):
        if (
            c.kind == "field"
            and c.coverage >= MIN_FIELD_COVERAGE
            and record_type in (None, c.record_type)
        ):
            return " ".join(words), " ".join(fold_words(pair[1]))
    return None


def past_title(items: tuple[Item, ...], start: int) -> int:
    """Return where a page's labels begin below a title of its own (`SUMMARY OF CONTACTS` over
    `Client : …`, whatever size OCR read it): the next form's, its header block below."""
    title, below = items[start], items[start + 1 : start + 2]
    if (
        isinstance(title, Line)
        and title.set_apart
        and title.label_value() is None
        and below
        and isinstance(below[0], Line)
        and below[0].page == title.page
        and (below[0].label_value() or ("", ""))[1]
    ):
        return start + 1
    return start


def header_block(
    items: tuple[Item, ...], start: int, index: PhraseIndex, record_type: str | None
) -> list[tuple[str, str]]:
    """Return the (label, value) pairs of the label lines that open a page at `start`."""
    block: list[tuple[str, str]] = []
    page = items[start].page
    skipped_heading = False
    for item in items[start:]:
        if not isinstance(item, Line) or item.page != page:
            break
        found = label_field(item, index, record_type)
        if found is None and block and wraps_value(item):
            continue
        if found is None and block and item.heading_like and not skipped_heading:
            skipped_heading = True  # a heading OCR read among the labels, above the last one
            continue
        if found is None:
            break
        block.append(found)
    return block


# A label's value going on over the next line (`Pekerja Sosial: Yohanes Setiawan,` / `S.Tr.Sos.`).
MAX_WRAPPED_WORDS = 3


def wraps_value(line: Line) -> bool:
    """Return True for a short line, no label and no heading, that ends the label's value
    above it: the header block goes on below it."""
    return (
        line.label_value() is None and line.n_words <= MAX_WRAPPED_WORDS and not line.heading_like
    )


class FormHeader:
    """The open record's labelled values, and how many labels its opening block has."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}  # label -> the first value it had
        self.opening = 0  # label lines in the record's first run of them
        self.state = "before"  # before, in or after that first run
        self.letterhead: set[tuple[str, ...]] = set()  # lines above that run: a later page's

    def take(self, found: tuple[str, str] | None) -> None:
        if found is None:
            self.state = "after" if self.state == "in" else self.state
            return
        if self.state != "after":
            self.state, self.opening = "in", self.opening + 1
        self.values.setdefault(*found)

    def repeated_by(self, block: list[tuple[str, str]]) -> bool:
        """Return True when a page's opening labels are a new copy of the record's opening
        block: the same labels, most of them, and one with another value (a new date, another
        client). A family member's `Nama:` under a client's `Nama Klien:` is not a copy."""
        again = self._again(block)
        return self.reopened_by(block) and any(
            self.values[label] != value for label, value in again.items()
        )

    def reopened_by(self, block: list[tuple[str, str]]) -> bool:
        """Return True when labels repeat most of the record's opening block, whatever their
        values: under a new title, the same client's next form."""
        return len(self._again(block)) >= max(MIN_HEADER_REPEATS, math.ceil(self.opening / 2))

    def _again(self, block: list[tuple[str, str]]) -> dict[str, str]:
        return {label: value for label, value in block if label in self.values}

    def past_letterhead(self, items: tuple[Item, ...], start: int) -> int:
        """Return where a page's own lines begin below a repeat of the record's letterhead."""
        page = items[start].page
        while (
            start < len(items) - 1
            and isinstance(line := items[start], Line)
            and line.page == page
            and line.letterhead_key in self.letterhead
        ):
            start += 1
        return start

    def another_form(
        self, items: tuple[Item, ...], start: int, index: PhraseIndex, record_type: str | None
    ) -> set[str]:
        """Return the types another form's header block names when a page opens with one,
        untitled: two or more label lines, one naming a field the open record's type has not
        (`Tanggal Wawancara` below a case record) and one repeating a label of the record's own
        block (the same client); else an empty set. A family member's `Nama:` and `Pekerjaan:`
        are the record's own fields."""
        if record_type is None:
            return set()  # an untitled record's type is not known yet: nothing is another's
        block: list[tuple[str, set[str]]] = []
        page = items[start].page
        for item in items[start:]:
            pair = item.label_value() if isinstance(item, Line) and item.page == page else None
            if not pair and block and isinstance(item, Line) and wraps_value(item):
                continue
            if not pair or not pair[1]:
                break
            words = line_key(pair[0]).words
            types = {
                c.record_type
                for c in index.candidates(words)
                if c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
            }
            if not types:
                break
            block.append((" ".join(words), types))
        foreign = [types for _, types in block if record_type not in types]
        if len(block) < MIN_HEADER_REPEATS or not any(label in self.values for label, _ in block):
            return set()
        return set.intersection(*foreign) if foreign else set()


def opens_form(items: tuple[Item, ...], start: int) -> bool:
    """Return True when the lines from `start` open a form: `MIN_HEADER_REPEATS` label lines
    with values, on one page, or a grid of such labels and values (`Name | Ani Kurniawan`)."""
    first = items[start] if start < len(items) else None
    if isinstance(first, TableItem):
        return _label_grid([[c.text for c in row] for row in first.table.rows])
    block = items[start : start + MIN_HEADER_REPEATS]
    return len(block) == MIN_HEADER_REPEATS and all(
        isinstance(i, Line) and i.page == items[start].page and (i.label_value() or ("", ""))[1]
        for i in block
    )


def _label_grid(rows: list[list[str]]) -> bool:
    """Return True for a table of label | value pairs (two or four columns, every row a short
    label over a value), not a log's or a dialogue's columns under a header row."""
    widths = {len(row) for row in rows}
    if len(rows) < MIN_HEADER_REPEATS or not widths <= {2, 4}:
        return False
    pairs = label_value_cells(rows)
    return len(pairs) >= MIN_HEADER_REPEATS and all(
        label and value and len(label.split()) <= MAX_LABEL_WORDS and not sounds_spoken(label)
        for label, value in pairs
    )
