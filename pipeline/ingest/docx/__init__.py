"""Read a DOCX file into the document model.

Contract: body paragraphs and tables come out as blocks in document order,
with the text as written; headers and footers go to `Page.furniture`, never
the body. The input is never modified and nothing outside the file is
fetched (external relationships such as linked images are ignored).

The work is split by the order it happens in: `package` checks and opens the
ZIP, `styles` and `numbering` resolve what paragraphs inherit, `walker` turns
the body XML into paragraphs and tables (`tables` builds the grids), `blocks`
decides each block's kind, `sections` sets headers and footers aside per page,
and this module assembles the `Document`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.document import BBox, Block, Document, Page, SourceInfo
from pipeline.errors import ResourceLimit
from pipeline.ingest.docx.blocks import body_half_points, to_block
from pipeline.ingest.docx.numbering import Numbering
from pipeline.ingest.docx.package import open_main_part
from pipeline.ingest.docx.sections import Sections, section_properties, starts_page
from pipeline.ingest.docx.styles import Styles
from pipeline.ingest.docx.walker import Context, Walker
from pipeline.ingest.docx.wml import Element, W, is_on
from pipeline.options import IngestOptions

# The bottom margin's height a footer stands in (Word's default is 0.5 in from the edge).
FOOTER_BAND_PT = 72.0
_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def read_docx(path: Path, options: IngestOptions, source: SourceInfo) -> Document:
    """Return the document model of a DOCX file (also .docm/.dotx), or raise `InputError`."""
    return _DocxReader(open_main_part(path, options), options, source).read()


class _DocxReader:
    def __init__(self, part: Any, options: IngestOptions, source: SourceInfo) -> None:
        self.part = part
        self.options = options
        self.source = source
        styles = Styles(_related_element(part, "styles"))
        self.ctx = Context(styles, Numbering(_related_element(part, "numbering"), styles))

    def read(self) -> Document:
        body = self.part.element.find(W + "body")
        props = section_properties(body)
        walker = Walker(self.ctx, paged=True, section_breaks=tuple(map(starts_page, props[1:])))
        if body is not None:
            walker.blocks(body)
        else:  # e.g. Strict OOXML, whose elements live in other namespaces
            self.ctx.warnings.append("no Word body (w:body) found; the document reads as empty")
        page_count = walker.page
        if page_count > self.options.max_pages:
            raise ResourceLimit(f"{page_count} pages (limit {self.options.max_pages}; --max-pages)")
        body_size = body_half_points(walker.items)
        blocks: dict[int, list[Block]] = {n: [] for n in range(1, page_count + 1)}
        for item in walker.items:
            blocks[item.page].append(to_block(item, body_size))
        starts = walker.section_starts[: len(props)]
        sections = Sections(props[: len(starts)] or [None], starts, self.part, self.ctx)
        even_odd = self._settings_even_odd()
        pages = tuple(
            Page(
                number=n,
                blocks=tuple(blocks[n]),
                furniture=self._furniture(sections, n, body_size, even_odd),
                width=sections.size(n)[0],
                height=sections.size(n)[1],
            )
            for n in range(1, page_count + 1)
        )
        return Document(
            source=self.source,
            pages=pages,
            body_font_size=body_size / 2,
            warnings=tuple(dict.fromkeys(self.ctx.warnings)),
        )

    @staticmethod
    def _furniture(
        sections: Sections, page: int, body_size: int, even_odd: bool
    ) -> tuple[Block, ...]:
        # A footer stands in the page's bottom margin (`PPA-09 summary record hal. 1` is no
        # letterhead); Word places a header above the body, where no box is needed.
        width, height = sections.size(page)
        bottom = BBox(0.0, height - FOOTER_BAND_PT, width or 0.0, height) if height else None
        return tuple(
            replace(
                to_block(item, body_size), page=page, bbox=bottom if where == "footer" else None
            )
            for where, item in sections.furniture_items(page, even_odd)
        )

    def _settings_even_odd(self) -> bool:
        settings = _related_element(self.part, "settings")
        flag = settings.find(W + "evenAndOddHeaders") if settings is not None else None
        return flag is not None and is_on(flag)


def _related_element(part: Any, name: str) -> Element | None:
    """Return the root element of the part related by type `name`, or None if absent."""
    try:
        related = part.part_related_by(_RELTYPE + name)
    except (KeyError, ValueError):
        return None
    return getattr(related, "element", None)
