"""Sections: page sizes and which header/footer parts apply to which page."""

from __future__ import annotations

from typing import Any

from pipeline.ingest.docx.walker import Context, Item, Walker
from pipeline.ingest.docx.wml import Element, R, W, is_on, to_int, val

_NEW_PAGE_SECTIONS = frozenset({"nextPage", "oddPage", "evenPage"})
_TWIPS_PER_POINT = 20


class Sections:
    """Which header/footer parts apply to which page."""

    def __init__(
        self,
        props: list[Element | None],
        starts: list[int],
        part: Any,
        ctx: Context,
    ) -> None:
        self.props = props
        self.starts = starts
        self.part = part
        self.ctx = ctx
        self.refs: list[dict[str, str]] = []  # per section: "header:default" -> rId, inherited
        inherited: dict[str, str] = {}
        for sect in props:
            own = dict(inherited)
            for kind in ("header", "footer"):
                for ref in sect.iter(f"{W}{kind}Reference") if sect is not None else ():
                    own[f"{kind}:{val(ref, 'type') or 'default'}"] = ref.get(R + "id") or ""
            self.refs.append(own)
            inherited = own
        self.items: dict[str, list[Item]] = {}

    def section_of(self, page: int) -> int:
        """Return the section in effect at the top of `page`."""
        current = 0
        for index, start in enumerate(self.starts):
            if start < page or (start == page and (index == 0 or starts_page(self.props[index]))):
                current = index
        return current

    def size(self, page: int) -> tuple[float | None, float | None]:
        sect = self.props[self.section_of(page)]
        size = sect.find(W + "pgSz") if sect is not None else None
        if size is None:
            return None, None
        width, height = val(size, "w"), val(size, "h")
        return (
            to_int(width, 0) / _TWIPS_PER_POINT if width else None,
            to_int(height, 0) / _TWIPS_PER_POINT if height else None,
        )

    def furniture_items(self, page: int, even_odd: bool) -> list[tuple[str, Item]]:
        """Return the header's and the footer's items that apply to `page`, each with where it
        stands ("header" or "footer")."""
        index = self.section_of(page)
        sect = self.props[index]
        title_page = (
            sect is not None and (flag := sect.find(W + "titlePg")) is not None and is_on(flag)
        )
        if title_page and page == self.starts[index]:
            kind = "first"
        elif even_odd and page % 2 == 0:
            kind = "even"
        else:
            kind = "default"
        items: list[tuple[str, Item]] = []
        for where in ("header", "footer"):
            rid = self.refs[index].get(f"{where}:{kind}")
            if rid:
                items.extend((where, item) for item in self._part_items(rid))
        return items

    def _part_items(self, rid: str) -> list[Item]:
        if rid not in self.items:
            target = self.part.related_parts.get(rid) if rid else None
            element = getattr(target, "element", None)
            walker = Walker(self.ctx, paged=False)
            if element is not None:
                walker.blocks(element)
            self.items[rid] = walker.items
        return self.items[rid]


def section_properties(body: Element | None) -> list[Element | None]:
    """Return the sections' sectPr elements in order (tracked-change copies left out)."""
    if body is None:
        return [None]
    found = [s for s in body.iter(W + "sectPr") if s.getparent().tag != W + "sectPrChange"]
    return found or [None]


def starts_page(sect: Element | None) -> bool:
    """Return True when the section starts on a new page (Word's default, "nextPage")."""
    kind = val(sect.find(W + "type")) if sect is not None else None
    return (kind or "nextPage") in _NEW_PAGE_SECTIONS
