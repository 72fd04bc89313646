"""Walk WordprocessingML block by block into paragraphs and tables, with logical pages.

python-docx's `paragraph.text` misses text that Word shows, so the XML is
walked directly: content controls (`w:sdt`), hyperlinks, smart tags, field
results, tracked insertions and text boxes (`w:txbxContent`, reading only the
first `mc:Choice` of an `mc:AlternateContent`, never its `mc:Fallback`
duplicate). Deleted text, field instructions and ruby annotations are left out.

A DOCX has no layout, so pages are logical: the page number advances at
explicit page breaks, `pageBreakBefore`, and section breaks that start a new
page. Page breaks inside table cells and text boxes are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from pipeline.document import Table, table_text
from pipeline.ingest.docx.numbering import Numbering
from pipeline.ingest.docx.styles import Styles
from pipeline.ingest.docx.tables import read_table
from pipeline.ingest.docx.wml import MATH, MC, Element, W, is_on, to_int, val

# Word's size when no style says otherwise: 10 pt, in half-points.
DEFAULT_HALF_POINTS = 20

_HEADING_STYLE = re.compile(r"^(heading \d|title)$", re.IGNORECASE)
_MAX_OUTLINE_LEVEL = 8  # outlineLvl 9 means body text
_PRIVATE_USE = range(0xE000, 0xF900)  # Symbol/Wingdings glyphs, meaningless as text

_ALIGN: dict[str, Literal["left", "center", "right", "justify"]] = {
    "left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
    "both": "justify", "distribute": "justify", "mediumKashida": "justify",
    "highKashida": "justify", "lowKashida": "justify", "thaiDistribute": "justify",
}  # fmt: skip

# Inline elements whose content is not shown text (or shown twice).
_SKIP_INLINE = frozenset(
    {
        W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "sdtPr", W + "sdtEndPr",
        W + "rt", MC + "Fallback", W + "instrText", W + "delText", W + "delInstrText",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Run:
    text: str
    half_points: int
    bold: bool
    caps: bool


@dataclass(frozen=True)
class Para:
    """A paragraph (or the part of one between page breaks) before it becomes a Block."""

    runs: tuple[Run, ...]
    page: int
    style_name: str | None
    heading_style: bool
    auto_numbering: str | None
    is_list: bool
    align: Literal["left", "center", "right", "justify"] | None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs).strip()


@dataclass(frozen=True)
class TableItem:
    table: Table
    page: int


Item = Para | TableItem


@dataclass
class Context:
    """What every walker shares: styles, list counters (one count per document), warnings."""

    styles: Styles
    numbering: Numbering
    warnings: list[str] = field(default_factory=list)


@dataclass
class Walker:
    """Turns block-level XML into items; tracks pages only when `paged` (the main body)."""

    ctx: Context
    paged: bool
    page: int = 1
    page_has_content: bool = False
    items: list[Item] = field(default_factory=list)
    # Whether each section after the first starts a new page, and where each started.
    section_breaks: tuple[bool, ...] = ()
    section_starts: list[int] = field(default_factory=lambda: [1])

    def blocks(self, parent: Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.add(TableItem(read_table(child, self._cell_content), self.page))
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.blocks(child)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self.blocks(choice)
            elif tag == W + "altChunk":
                self.ctx.warnings.append("an embedded document (altChunk) was not read")

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.page_has_content = True

    def new_page(self) -> None:
        if self.paged:
            self.page += 1
            self.page_has_content = False

    def paragraph(self, p: Element) -> None:
        styles = self.ctx.styles
        ppr = p.find(W + "pPr")
        style_id = val(ppr.find(W + "pStyle")) if ppr is not None else None
        if style_id not in styles.by_id:  # Word shows an unknown style as the default one
            style_id = styles.default_para
        break_before = styles.para_prop(ppr, style_id, "pageBreakBefore")
        if break_before is not None and is_on(break_before) and self.page_has_content:
            self.new_page()
        auto, is_list = self._numbering(ppr, style_id)
        outline = to_int(val(styles.para_prop(ppr, style_id, "outlineLvl")), _MAX_OUTLINE_LEVEL + 1)
        style_name = styles.name(style_id)
        heading_style = bool(style_name and _HEADING_STYLE.match(style_name)) or (
            outline <= _MAX_OUTLINE_LEVEL
        )
        align = _ALIGN.get(val(styles.para_prop(ppr, style_id, "jc")) or "")

        segments: list[list[Run]] = [[]]
        boxes: list[Element] = []
        for event in self._inline(p, style_id):
            if isinstance(event, Run):
                segments[-1].append(event)
            elif event == "page":
                segments.append([])
            else:
                boxes.append(event)
        for index, runs in enumerate(segments):
            if index:
                self.new_page()
            para = Para(tuple(runs), self.page, style_name, heading_style, auto, is_list, align)
            if para.text:
                self.add(para)
                auto = None  # a paragraph split by a page break is numbered once
        for box in boxes:
            # A text box is read where it is anchored; page breaks inside it don't count.
            inner = Walker(self.ctx, paged=False, page=self.page)
            inner.blocks(box)
            for item in inner.items:
                self.add(item)
        if self.paged and ppr is not None and ppr.find(W + "sectPr") is not None:
            # The paragraph ends a section; the next section's own type says how it starts.
            index = len(self.section_starts) - 1
            if index < len(self.section_breaks) and self.section_breaks[index]:
                self.new_page()
            self.section_starts.append(self.page)

    def _numbering(self, ppr: Element | None, style_id: str | None) -> tuple[str | None, bool]:
        """Return (auto-number label, is a list paragraph) from direct or style numPr."""
        num_pr = self.ctx.styles.para_prop(ppr, style_id, "numPr")
        if num_pr is None:
            return None, False
        num_id = val(num_pr.find(W + "numId"))
        if not num_id or num_id == "0":  # numId 0 switches inherited numbering off
            return None, False
        ilvl = to_int(val(num_pr.find(W + "ilvl")), 0)
        return self.ctx.numbering.next_label(num_id, ilvl), True

    def _inline(self, parent: Element, style_id: str | None) -> Iterator[Run | str | Element]:
        """Yield runs of shown text, "page" at page breaks, and text-box contents to read after."""
        for child in parent:
            yield from self._element(child, style_id)

    def _element(self, el: Element, style_id: str | None) -> Iterator[Run | str | Element]:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            return  # comments, processing instructions; hidden or duplicate content
        if tag == W + "r":
            yield from self._run(el, style_id)
        elif tag == MC + "AlternateContent":
            choice = el.find(MC + "Choice")
            if choice is not None:
                yield from self._inline(choice, style_id)
        elif tag == W + "txbxContent":
            yield el
        elif tag == MATH + "t":
            yield self._make_run(el.text or "", None, style_id)
        else:  # hyperlink, smartTag, sdt content, fldSimple, ins, math, drawing wrappers
            yield from self._inline(el, style_id)

    def _run(self, r: Element, style_id: str | None) -> Iterator[Run | str | Element]:
        rpr = r.find(W + "rPr")
        for child in r:
            tag = child.tag
            text: str | None = None
            if tag == W + "t":
                text = child.text or ""
            elif tag in (W + "tab", W + "ptab"):
                text = "\t"
            elif tag == W + "br":
                if val(child, "type") == "page":
                    yield "page"
                else:
                    text = "\n"
            elif tag == W + "cr":
                text = "\n"
            elif tag == W + "noBreakHyphen":
                text = "-"
            elif tag == W + "sym":
                char = val(child, "char") or ""
                code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", char) else 0
                if code and code not in _PRIVATE_USE and code <= 0x10FFFF:
                    text = chr(code)
            else:  # drawings, pictures, alternate content: they may hold text boxes
                yield from self._element(child, style_id)
            if text:
                yield self._make_run(text, rpr, style_id)

    def _make_run(self, text: str, rpr: Element | None, style_id: str | None) -> Run:
        styles = self.ctx.styles
        bold = styles.run_prop(rpr, style_id, "b")
        caps = styles.run_prop(rpr, style_id, "caps")
        size = to_int(val(styles.run_prop(rpr, style_id, "sz")), DEFAULT_HALF_POINTS)
        return Run(
            text,
            size if size > 0 else DEFAULT_HALF_POINTS,
            bold is not None and is_on(bold),
            caps is not None and is_on(caps),
        )

    def _cell_content(self, tc: Element) -> tuple[str, tuple[Table, ...]]:
        """Return a cell's text (paragraphs by newline, nested tables included) and nested tables."""
        inner = Walker(self.ctx, paged=False)
        inner.blocks(tc)
        parts: list[str] = []
        nested: list[Table] = []
        for item in inner.items:
            if isinstance(item, TableItem):
                nested.append(item.table)
                parts.append(table_text(item.table))
            else:
                # A cell has no style slot, so auto-numbering is written into its text.
                number = item.auto_numbering
                parts.append(f"{number} {item.text}" if number else item.text)
        return "\n".join(parts), tuple(nested)
