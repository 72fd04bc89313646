"""Flatten a document's blocks into lines with the hints the later stages use.

A heading, a `Label : value` line or a dialogue turn is a line, not a block:
OCR and PDF readers sometimes join a heading with the paragraph under it, so
every stage after this one works on `Line`s and never re-reads blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.document import Block, Document, Table
from pipeline.extract.addresses import SENTENCE_MARKS
from pipeline.extract.matching import LineKey, line_key
from pipeline.extract.normalize import opens_with_section_word
from pipeline.extract.prompts import is_placeholder
from pipeline.extract.tick_boxes import opens_with_box
from pipeline.heading import (
    ends_sentence,
    form_question,
    looks_like_heading,
    mostly_lower_case,
    reader_styled,
    set_apart,
    strongly_set_apart,
)

# "Label : value": a label of at most this many words before the colon.
MAX_LABEL_WORDS = 6
# A name runs to a few words; a longer value after "Worker:" is what the worker said.
MAX_NAME_WORDS = 6
SPEECH_MARKS = (*SENTENCE_MARKS, "'")
# A tab, or three spaces and more, between two words of a value: the gap before the next
# column of a form typed on one line (`Raymond Ellsworth<tab>HMIS ID: 220415`).
COLUMN_GAP = re.compile(r"(?<=\S)(?:\s*\t\s*| {3,})(?=\S)")
# "1. | Nama | Budi": a row number, a label and a value.
MIN_NUMBERED_ROW_CELLS = 3
# A field's code numbering a form's row: a few capitals and a number (`CM-01`, `Q3`, `A.2`).
_ROW_CODE = re.compile(r"^\s*[A-Z]{1,4}[-.]?\d{1,3}(?:\.\d{1,2})?[.)]?\s*$")
ROW_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]?\s*$")
# A form's dotted leader between a label and its colon (`Nama lembaga ........ :`).
_DOT_LEADER = re.compile(r"\s*(?:[.\u2026]\s*){2,}$")
# A count alone (`Interview # | 3`): an integer field's value, never a section's text.
COUNT_ONLY = re.compile(r"^\s*\d{1,3}\s*$")
_LABEL = re.compile(r"^(?P<label>[^:：\n]{1,60}?)\s*[:：]\s*(?P<value>.*)$")
# A title's second part (`CASE FILE — REVIEW`): capitals and no figure, unlike a code's.
_CAPITALS_ONLY = re.compile(r"^[^a-z\d]*$")
# A case-management export's `NAMA PEKSOS — Yohana Mbiri`: a short label in capitals, a dash,
# a value (a marking's aside opens in lower case: `RAHASIA — hanya untuk …`).
_CAPITAL_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z.'/&]+(?:\s+[A-Z.'/&]{2,}){0,2})\s+[\u2013\u2014]\s+(?P<value>[^\sa-z].*)$"
)


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    block: int  # index of the block in the document's body
    first: bool  # first line of its block
    only: bool  # the block's only line
    styled_heading: bool  # the reader saw a heading (style, size, bold)
    key: LineKey
    size_ratio: float | None = None  # the block's type size / the body's, where the reader knew it
    n_words: int = field(init=False)
    heading_like: bool = field(init=False)  # see looks_like_heading
    set_apart: bool = field(init=False)  # by style, capitals or numbering (`heading.set_apart`)
    strongly_set_apart: bool = field(init=False)  # also alone in its block or ending in a colon

    def __post_init__(self) -> None:
        # Every stage asks these of every line: work them out once.
        object.__setattr__(self, "n_words", len(self.text.split()))
        if is_placeholder(self.text) or opens_with_box(self.text):
            # A blank (`N/A`, `-`) under a heading is its value, however set, and a ticked
            # option (`☑ NASC needs assessment`) an item of a list: never a heading.
            for name in ("styled_heading", "heading_like", "set_apart", "strongly_set_apart"):
                object.__setattr__(self, name, False)
            return
        styled, numbered = self.styled_heading, self.numbered
        object.__setattr__(
            self,
            "heading_like",
            looks_like_heading(self.text, styled=styled, numbered=numbered, only=self.only),
        )
        object.__setattr__(
            self, "set_apart", set_apart(self.text, styled=styled, numbered=numbered)
        )
        object.__setattr__(
            self,
            "strongly_set_apart",
            strongly_set_apart(self.text, styled=styled, numbered=numbered, only=self.only),
        )

    @property
    def numbering(self) -> str | None:
        return self.key.numbering

    @property
    def numbered(self) -> bool:
        """True for "I.", "1.2", "A." numbering; a bullet marks a list item, never a heading."""
        return bool(self.key.numbering and self.key.numbering[0].isalnum())

    @property
    def letterhead_key(self) -> tuple[str, ...]:
        """Return what tells a letterhead line's repeat on a later page: its folded words, or a
        long line's text (a long line has no words: every line of prose would match)."""
        return self.key.words or (self.text.strip(),)

    def label_value(self) -> tuple[str, str] | None:
        """Return (label, value) when the line reads `Label : value`, else None."""
        return label_value(self.text)

    def looks_like_heading(self) -> bool:
        """Return True for a short line set apart as a heading (`heading.looks_like_heading`)."""
        return self.heading_like

    @property
    def form_question(self) -> bool:
        """True for a form's numbered question set apart, however long (`heading.form_question`)."""
        styled = self.styled_heading
        return form_question(self.text, styled=styled, numbered=self.numbered, only=self.only)


def label_value(text: str) -> tuple[str, str] | None:
    """Return (label, value) when `text` reads `Label : value` (or `JAM — 08.00`: a label in
    capitals, a dash, a value that is not), else None."""
    match = _LABEL.match(text) or _CAPITAL_LABEL.match(text)
    if not match or (
        match.re is _CAPITAL_LABEL
        # a heading's number (`S — Subjective`, `BAB II — Gambaran Umum`) or a title's parts
        and (_title_part(match.group("value")) or opens_with_section_word(text))
    ):
        return None
    label = _DOT_LEADER.sub("", match.group("label")).strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS or ends_sentence(label):
        return None
    return label, match.group("value").strip()


# `Session 2: She wants to …`: a part's label, its number, then a sentence or more.
_NUMBERED_PART = re.compile(r"^\S.*\s(?:#|no\.?\s*|ke-?)?\d{1,2}$", re.I)
MIN_PART_WORDS = 8


def numbered_part(label: str, value: str) -> bool:
    """Return True for a numbered part of a section's text run in at its line's head (`Session
    1: Rosalina told …`, `Pertemuan ke-2: Klien …`): text, not a label and its value."""
    return bool(_NUMBERED_PART.match(label)) and len(value.split()) >= MIN_PART_WORDS


# A value is a few letters at least; fewer are specks OCR read off a blank's dots.
MIN_GAPPED_VALUE_CHARS = 3


def gapped_label(text: str) -> tuple[str, str] | None:
    """Return (label, value) for a form's row whose colon OCR lost, leaving a column gap
    between a short capitalised label and its value (`Pekerja Sosial<TAB>Theresia Ndolu`)."""
    parts = COLUMN_GAP.split(text.strip())
    if len(parts) != 2:
        return None
    label, value = parts
    if not label[:1].isupper() or len(label.split()) > MAX_LABEL_WORDS or ends_sentence(label):
        return None
    if any(c.isdigit() for c in label) or len(value.strip(" .,:;_-")) < MIN_GAPPED_VALUE_CHARS:
        return None  # `Tanggal Wawancara<TAB>os`: OCR's specks of a dotted blank, no value
    return label, value


def _title_part(value: str) -> bool:
    return bool(_CAPITALS_ONLY.match(value)) and not is_placeholder(value)


def _styled_heading(block: Block) -> bool:
    style = block.style
    return reader_styled(
        block.kind, style.style_name, style.bold, style.size_ratio, len(block.text.split())
    )


@dataclass(frozen=True)
class TableItem:
    table: Table
    page: int
    block: int
    flattened: bool = False  # rebuilt from lines a converter flattened (read in row order)


Item = Line | TableItem


def document_items(doc: Document) -> tuple[Item, ...]:
    """Return the body as text lines and tables, in reading order."""
    return block_items(doc.blocks)


def block_items(blocks: Sequence[Block]) -> tuple[Item, ...]:
    """Return `blocks` as text lines and tables, in their order."""
    items: list[Item] = []
    for index, block in enumerate(blocks):
        if block.table is not None:
            items.append(TableItem(block.table, block.page, index))
            continue
        parts = [p.strip() for p in block.text.split("\n") if p.strip()]
        styled = _styled_heading(block)
        for i, part in enumerate(parts):
            text = part
            if i == 0 and block.style.numbering and not part.startswith(block.style.numbering):
                text = f"{block.style.numbering} {part}"  # Word auto-numbering is not in the text
            only = len(parts) == 1
            items.append(
                Line(
                    text,
                    block.page,
                    index,
                    i == 0,
                    only,
                    styled and only,
                    line_key(text),
                    block.style.size_ratio,
                )
            )
    return tuple(items)


# OCR reads a heading's bold now and then: a short capitalised line alone in its block, set as
# large as the record's bold headings, is one of them (`Summing up` among `Agreed actions`).
MIN_HEADING_SIZE = 1.05
HEADING_SIZE_TOLERANCE = 0.03
MAX_SIZED_HEADING_WORDS = 6


def heading_sizes(items: Sequence[Item]) -> frozenset[float]:
    """Return the type sizes of a record's headings set apart by style and larger than its
    text."""
    lines = [item for item in items if isinstance(item, Line)]
    return frozenset(
        line.size_ratio
        for line in lines
        if line.heading_like
        and line.styled_heading
        and line.size_ratio is not None
        and line.size_ratio >= MIN_HEADING_SIZE
    )


def sized_as_heading(line: Line, sizes: frozenset[float]) -> bool:
    """Return True for a short capitalised line alone in its block, ending in no stop, set at
    the size of the record's headings (`heading_sizes`)."""
    text = line.text.strip()
    size = line.size_ratio
    return (
        size is not None
        and line.only
        and 0 < line.n_words <= MAX_SIZED_HEADING_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":"))
        and any(abs(size - heading) <= HEADING_SIZE_TOLERANCE for heading in sizes)
    )


def sounds_spoken(value: str) -> bool:
    """Return True for a value that is what somebody said, not a name: a question, an
    exclamation, a quotation, or a long run of mostly lower-case words (a crowded header
    line, "Rebecca Thornton Week of: 10 June 2024", is capitals and figures)."""
    text = value.strip()
    return (
        any(mark in text for mark in ("?", "!"))
        or text.endswith(SPEECH_MARKS)
        or text.startswith(SPEECH_MARKS)
        or mostly_lower_case(text, MAX_NAME_WORDS + 1)
    )


def label_value_cells(rows: list[list[str]]) -> list[tuple[str, str]]:
    """Return a form table's (label, value) cell pairs, row by row."""
    pairs: list[tuple[str, str]] = []
    for row in rows:
        cells = [c for i, c in enumerate(row) if i == 0 or c != row[i - 1]]  # merged cells once
        if cells and cells[-1].strip() in (":", "："):
            cells = cells[:-1]
        # Form tables put the colon in a cell of its own and may number their rows first.
        cells = [c for c in cells if c.strip() not in (":", "：")]
        if len(cells) >= MIN_NUMBERED_ROW_CELLS and (
            ROW_NUMBER.match(cells[0])
            or (len(cells) % 2 and (not cells[0].strip() or _ROW_CODE.match(cells[0])))
        ):
            # a number OCR lost leaves its cell blank (`| Alamat | Jl. …`); a database export
            # numbers its rows by field codes (`| CM-01 | Case ID | LAN-24-0058 |`)
            cells = cells[1:]
        pairs += [
            (cells[i].strip().rstrip(":").strip(), cells[i + 1].strip().lstrip(":：").strip())
            for i in range(0, len(cells) - 1, 2)
        ]
    return pairs
