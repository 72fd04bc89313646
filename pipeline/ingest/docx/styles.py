"""Paragraph and run properties resolved as Word resolves them.

Style hints come from the run properties, then the character style chain, then
the paragraph style chain, then the document defaults.
"""

from __future__ import annotations

from docx.styles import BabelFish

from pipeline.ingest.docx.wml import Element, W, on_attr, val

# basedOn / numStyleLink chains deeper than this are loops.
MAX_CHAIN = 32


class Styles:
    """Resolve paragraph and run properties through style chains and document defaults."""

    def __init__(self, styles: Element | None) -> None:
        self.by_id: dict[str, Element] = {}
        self.chains: dict[str | None, list[Element]] = {}  # cache: runs ask for every property
        self.default_para: str | None = None
        self.default_rpr = self.default_ppr = None
        if styles is None:
            return
        for style in styles.iter(W + "style"):
            style_id = val(style, "styleId")
            if style_id is None:
                continue
            self.by_id.setdefault(style_id, style)
            if val(style, "type") == "paragraph" and on_attr(style, "default"):
                self.default_para = style_id
        defaults = styles.find(W + "docDefaults")
        if defaults is not None:
            self.default_rpr = defaults.find(f"{W}rPrDefault/{W}rPr")
            self.default_ppr = defaults.find(f"{W}pPrDefault/{W}pPr")

    def chain(self, style_id: str | None) -> list[Element]:
        """Return the style and its basedOn ancestors, nearest first ([] if unknown)."""
        if style_id in self.chains:
            return self.chains[style_id]
        key = style_id
        found: list[Element] = []
        while style_id and style_id in self.by_id and len(found) < MAX_CHAIN:
            style = self.by_id[style_id]
            if any(s is style for s in found):
                break
            found.append(style)
            style_id = val(style.find(W + "basedOn"))
        self.chains[key] = found
        return found

    def name(self, style_id: str | None) -> str | None:
        """Return the style's UI name ("Heading 1" for the stored "heading 1")."""
        chain = self.chain(style_id)
        name = val(chain[0].find(W + "name")) if chain else None
        return BabelFish.internal2ui(name) if name else None

    def para_prop(self, ppr: Element | None, style_id: str | None, tag: str) -> Element | None:
        """Return the nearest paragraph-property element `tag`: direct, style chain, defaults."""
        sources = [ppr, *(s.find(W + "pPr") for s in self.chain(style_id)), self.default_ppr]
        for props in sources:
            if props is not None and (el := props.find(W + tag)) is not None:
                return el
        return None

    def run_prop(self, rpr: Element | None, para_style: str | None, tag: str) -> Element | None:
        """Return the nearest run-property element `tag`: direct, character, paragraph, defaults."""
        char_style = val(rpr.find(W + "rStyle")) if rpr is not None else None
        sources = [
            rpr,
            *(s.find(W + "rPr") for s in self.chain(char_style)),
            *(s.find(W + "rPr") for s in self.chain(para_style)),
            self.default_rpr,
        ]
        for props in sources:
            if props is not None and (el := props.find(W + tag)) is not None:
                return el
        return None
