"""The document model: what every reader produces and every later stage reads.

A `Document` is immutable. Readers build it once; classification,
segmentation and field extraction read it and return new values, never
editing it. Page numbers are 1-based. Bounding boxes are in PDF points with
the origin at the top-left of the page (`None` for Word input).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
SourceFormat = Literal["pdf", "docx", "doc", "rtf", "odt", "image"]


@dataclass(frozen=True)
class BBox:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Style:
    """Hints a reader saw about how a block looks; none of them decides anything alone."""

    size_ratio: float | None = None  # block font size / the document's body font size
    bold: bool = False
    all_caps: bool = False
    style_name: str | None = None  # Word paragraph style, e.g. "Heading 1", "List Number"
    numbering: str | None = None  # leading or list numbering: "I.", "1.2", "A.", "a)"
    align: Literal["left", "center", "right", "justify"] | None = None


@dataclass(frozen=True)
class Cell:
    """One grid position of a table.

    A merged cell occupies several grid positions; each carries the same text and
    the same `origin` (row, col of the merged cell's top-left), so a consumer
    can read the grid as a plain rectangle or skip copies with `is_copy`.
    """

    text: str
    row: int
    col: int
    origin: tuple[int, int]
    nested: tuple[Table, ...] = ()

    @property
    def is_copy(self) -> bool:
        return self.origin != (self.row, self.col)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def text_rows(self) -> tuple[tuple[str, ...], ...]:
        """Return the grid as plain strings (merged text repeated in every position)."""
        return tuple(tuple(c.text for c in row) for row in self.rows)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str  # for tables: the cells joined, rows by newline and cells by " | "
    page: int
    bbox: BBox | None = None
    style: Style = field(default_factory=Style)
    table: Table | None = None
    confidence: float | None = None  # mean OCR word confidence 0-100 for OCR'd blocks


@dataclass(frozen=True)
class Page:
    number: int
    blocks: tuple[Block, ...]
    furniture: tuple[Block, ...] = ()  # repeated headers/footers, page numbers: set aside
    width: float | None = None
    height: float | None = None
    ocr: bool = False
    ocr_confidence: float | None = None  # mean word confidence 0-100 when OCR'd
    rotation: float = 0.0  # degrees of skew corrected before OCR


@dataclass(frozen=True)
class SourceInfo:
    path: str
    sha256: str
    format: SourceFormat
    size: int
    page_count: int


@dataclass(frozen=True)
class Document:
    source: SourceInfo
    pages: tuple[Page, ...]
    language: Literal["id", "en"] | None = None
    body_font_size: float | None = None
    warnings: tuple[str, ...] = ()

    @property
    def blocks(self) -> tuple[Block, ...]:
        """Return the body blocks of all pages in reading order (furniture excluded)."""
        return tuple(b for p in self.pages for b in p.blocks)

    @property
    def furniture(self) -> tuple[Block, ...]:
        return tuple(b for p in self.pages for b in p.furniture)

    @property
    def ocr_pages(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.pages if p.ocr)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """Return the full model as plain JSON-ready data (for `inspect --json`)."""
        data = asdict(self)
        data["ocr_pages"] = list(self.ocr_pages)
        return data


def table_text(table: Table) -> str:
    """Return a table's text as a block would carry it: rows by newline, cells by ' | '."""
    lines = []
    for row in table.rows:
        cells = [c.text for c in row if not c.is_copy]
        lines.append(" | ".join(cells))
    return "\n".join(lines)
