"""Flatten a document's blocks into lines with the hints the later stages use.

A heading, a `Label : value` line or a dialogue turn is a line, not a block:
OCR and PDF readers sometimes join a heading with the paragraph under it, so
every stage after this one works on `Line`s and never re-reads blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Block, Document, Table
from pipeline.extract.matching import LineKey, line_key

# A heading is short; beyond this many words a line is prose.
MAX_HEADING_WORDS = 9
# Size ratio above which a line reads as a heading even without bold.
HEADING_SIZE_RATIO = 1.15
# "Label : value": a label of at most this many words before the colon.
MAX_LABEL_WORDS = 6
# "No.", "Tgl.", "Reg." end in a dot without ending a sentence.
MAX_ABBREVIATION_LETTERS = 4
_LABEL = re.compile(r"^(?P<label>[^:：\n]{1,60}?)\s*[:：]\s*(?P<value>.*)$")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_HEADING_STYLE = re.compile(r"^(heading|title|judul|subtitle)", re.I)


@dataclass(frozen=True)
class Line:
    text: str
    page: int
    block: int  # index of the block in the document's body
    first: bool  # first line of its block
    only: bool  # the block's only line
    styled_heading: bool  # the reader saw a heading (style, size, bold)
    key: LineKey
    n_words: int = field(init=False)
    heading_like: bool = field(init=False)  # see looks_like_heading

    def __post_init__(self) -> None:
        # Every stage asks these of every line: work them out once.
        object.__setattr__(self, "n_words", len(self.text.split()))
        object.__setattr__(self, "heading_like", self._heading_like())

    @property
    def numbering(self) -> str | None:
        return self.key.numbering

    @property
    def numbered(self) -> bool:
        """True for "I.", "1.2", "A." numbering; a bullet marks a list item, never a heading."""
        return bool(self.key.numbering and self.key.numbering[0].isalnum())

    def label_value(self) -> tuple[str, str] | None:
        """Return (label, value) when the line reads `Label : value`, else None."""
        match = _LABEL.match(self.text)
        if not match:
            return None
        label = match.group("label").strip()
        if not label or len(label.split()) > MAX_LABEL_WORDS or _ends_sentence(label):
            return None
        return label, match.group("value").strip()

    def looks_like_heading(self) -> bool:
        """Return True for a short line set apart as a heading (style, caps, numbering, colon)."""
        return self.heading_like

    def _heading_like(self) -> bool:
        text = self.text.strip()
        if not text or self.n_words > MAX_HEADING_WORDS:
            return False
        if self.styled_heading:
            return True
        letters = [c for c in text if c.isalpha()]
        all_caps = bool(letters) and all(c.isupper() for c in letters)
        ends_sentence = _ends_sentence(text) and not text.endswith(":")
        return (all_caps or self.numbered or text.endswith(":") or self.only) and not ends_sentence


def _ends_sentence(text: str) -> bool:
    """Return True when text ends a sentence; `Case No.` or `Tgl.` end an abbreviation instead."""
    if not _SENTENCE_END.search(text):
        return False
    last = text.rstrip(".!? ").split()[-1] if text.rstrip(".!? ").split() else ""
    return not (text.endswith(".") and len(last) <= MAX_ABBREVIATION_LETTERS)


def _styled_heading(block: Block) -> bool:
    style = block.style
    if block.kind == "heading":
        return True
    if style.style_name and _HEADING_STYLE.match(style.style_name):
        return True
    return (
        bool(style.bold or (style.size_ratio or 1.0) >= HEADING_SIZE_RATIO)
        and len(block.text.split()) <= MAX_HEADING_WORDS
    )


@dataclass(frozen=True)
class TableItem:
    table: Table
    page: int
    block: int


Item = Line | TableItem


def document_items(doc: Document) -> tuple[Item, ...]:
    """Return the body as text lines and tables, in reading order."""
    items: list[Item] = []
    for index, block in enumerate(doc.blocks):
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
                Line(text, block.page, index, i == 0, only, styled and only, line_key(text))
            )
    return tuple(items)
