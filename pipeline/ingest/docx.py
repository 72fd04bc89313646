"""Read a DOCX file into the document model.

Contract: body paragraphs and tables come out as blocks in document order,
with the text as written; headers and footers go to `Page.furniture`, never
the body. The input is never modified and nothing outside the file is
fetched (external relationships such as linked images are ignored).

Before python-docx parses anything, the ZIP directory is checked against
`IngestOptions.max_part_mb` (per part, twice that in total, and a compression
ratio no document reaches), and every XML part's prolog is scanned for a DTD:
no Office part has one, so a DTD can only be an entity attack (XXE, "billion
laughs") and the file is refused. python-docx's own parser already sets
`resolve_entities=False` and lxml loads no DTD and touches no network by
default; the scan keeps that guarantee independent of library versions.

python-docx's `paragraph.text` misses text that Word shows, so the XML is
walked directly: content controls (`w:sdt`), hyperlinks, smart tags, field
results, tracked insertions and text boxes (`w:txbxContent`, reading only the
first `mc:Choice` of an `mc:AlternateContent`, never its `mc:Fallback`
duplicate). Deleted text, field instructions and ruby annotations are left out.

Style hints come from the run properties, then the character style chain, then
the paragraph style chain, then the document defaults, as Word resolves them.
A block's kind is decided in this order: a Heading N / Title style or an outline
level; a short, bold or all-caps or larger line not ending in a period and not a
"label: value" line; a numbered or bulleted paragraph (list_item); else a
paragraph.

Word list numbering is recomputed as Word counts it: counters belong to the
abstract numbering definition, so two list instances sharing one continue each
other unless an instance restarts with a `startOverride`; a deeper level
restarts when a shallower one advances. Auto-numbers go to `Style.numbering`
and are not added to the text; numbering typed into the text ("I. IDENTITAS",
"1.2 Riwayat") is copied to `Style.numbering` and stays in the text.

A DOCX has no layout, so pages are logical: the page number advances at
explicit page breaks, `pageBreakBefore`, and section breaks that start a new
page. Page breaks inside table cells and text boxes are ignored.
"""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from docx.styles import BabelFish

from pipeline.document import Block, Cell, Document, Page, SourceInfo, Style, Table, table_text
from pipeline.errors import InputError, ResourceLimit
from pipeline.heading import MIN_CAPS_LETTERS, all_caps, block_looks_like_heading
from pipeline.options import IngestOptions

Element = Any  # an lxml element; lxml ships no type stubs

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

_MB = 1 << 20
# python-docx keeps every part in memory, so the whole package gets a budget too.
_TOTAL_LIMIT_FACTOR = 2
# Real XML parts compress 5-50:1; deflate tops out near 1000:1 on a part of zeros.
_MAX_COMPRESSION_RATIO = 200
_RATIO_CHECK_BYTES = 16 * _MB  # small parts may compress well without harm
_MAX_PARTS = 10_000  # a document has tens of parts, a picture album hundreds
# The prolog (declaration, comments) precedes the root element; Office writes ~60 bytes.
_PROLOG_BYTES = 64 * 1024
_XML_PART_SUFFIXES = (".xml", ".rels")

# Word allows 63 columns; a larger gridSpan is damage or an attack on memory.
_MAX_TABLE_COLS = 64
# basedOn / numStyleLink chains deeper than this are loops.
_MAX_CHAIN = 32
# Word's size when no style says otherwise: 10 pt, in half-points.
_DEFAULT_HALF_POINTS = 20

_HEADING_STYLE = re.compile(r"^(heading \d|title)$", re.IGNORECASE)
_MAX_OUTLINE_LEVEL = 8  # outlineLvl 9 means body text

# Numbering typed into the text: "I.", "IV)", "A.", "b)", "1.", "1.2", "1.2.3.", "(a)".
_TYPED_NUMBERING = re.compile(
    r"^(?P<num>"
    r"(?:[IVXLC]{1,6}|[ivx]{1,5}|[A-Za-z])[.)]"
    r"|\d{1,3}(?:\.\d{1,3}){1,4}\.?"
    r"|\d{1,3}[.)]"
    r"|\([A-Za-z0-9]{1,3}\)"
    r")\s+(?=\S)"
)
# "10.30 Klien datang" is a clock time in a daily log, not section 10.30.
_CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
_TYPED_BULLET = re.compile(r"^(?P<num>[-\u2022\u25aa\u25cf\u2013*\u00b7\u25e6\u27a2])\s+(?=\S)")
_BULLET = "\u2022"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip
_PRIVATE_USE = range(0xE000, 0xF900)  # Symbol/Wingdings glyphs, meaningless as text

_ALIGN: dict[str, Literal["left", "center", "right", "justify"]] = {
    "left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
    "both": "justify", "distribute": "justify", "mediumKashida": "justify",
    "highKashida": "justify", "lowKashida": "justify", "thaiDistribute": "justify",
}  # fmt: skip
_FALSE = frozenset({"0", "false", "off"})
_NEW_PAGE_SECTIONS = frozenset({"nextPage", "oddPage", "evenPage"})
_TWIPS_PER_POINT = 20

# Word variants python-docx would refuse by content type only; their body is the same WML.
_EXTRA_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)

_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# Inline elements whose content is not shown text (or shown twice).
_SKIP_INLINE = frozenset(
    {
        _W + "pPr", _W + "rPr", _W + "del", _W + "moveFrom", _W + "sdtPr", _W + "sdtEndPr",
        _W + "rt", _MC + "Fallback", _W + "instrText", _W + "delText", _W + "delInstrText",
    }
)  # fmt: skip


def read_docx(path: Path, options: IngestOptions, source: SourceInfo) -> Document:
    """Return the document model of a DOCX file (also .docm/.dotx), or raise `InputError`."""
    check_package(path, options)
    for content_type in _EXTRA_MAIN_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    main = Package.open(str(path)).main_document_part
    if not isinstance(main, DocumentPart):
        raise InputError(f"not a Word document (main part is {main.content_type})")
    return _DocxReader(main, options, source).read()


def check_package(path: Path, options: IngestOptions) -> None:
    """Raise `ResourceLimit` or `InputError` if the ZIP could exhaust memory or smuggle a DTD."""
    limit = options.max_part_mb * _MB
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_PARTS:
                raise ResourceLimit(f"DOCX has {len(infos)} parts (limit {_MAX_PARTS})")
            total = 0
            for info in infos:
                _check_part_size(info, limit, options.max_part_mb)
                total += info.file_size
            if total > limit * _TOTAL_LIMIT_FACTOR:
                raise ResourceLimit(
                    f"DOCX parts expand to {total / _MB:.0f} MB in total (limit "
                    f"{options.max_part_mb * _TOTAL_LIMIT_FACTOR} MB; --max-part-mb)"
                )
            for info in infos:
                if info.filename.lower().endswith(_XML_PART_SUFFIXES) and _declares_dtd(zf, info):
                    raise InputError(
                        "DOCX part contains a DTD/entity declaration (refused for safety)"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"damaged DOCX (ZIP: {exc})") from None
    except OSError as exc:  # a member offset before the start of the file: seek fails
        raise InputError(f"damaged DOCX (ZIP: {exc.strerror or exc})") from None


def _check_part_size(info: zipfile.ZipInfo, limit: int, limit_mb: int) -> None:
    """Raise `ResourceLimit` for a part too big once expanded or compressed like a bomb.

    zipfile stops reading a part at its declared size (and fails the CRC), so the
    declared sizes checked here bound what python-docx can ever expand.
    """
    if info.file_size > limit:
        raise ResourceLimit(
            f"part {info.filename} expands to {info.file_size / _MB:.0f} MB "
            f"(limit {limit_mb} MB; --max-part-mb)"
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > _RATIO_CHECK_BYTES and ratio > _MAX_COMPRESSION_RATIO:
        raise ResourceLimit(
            f"part {info.filename} compresses {ratio:.0f}:1 (limit {_MAX_COMPRESSION_RATIO}:1), "
            "a likely ZIP bomb"
        )


def _declares_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Return True if the part's prolog holds a declaration (<!DOCTYPE …) or is implausibly long.

    Only the prolog can hold a DTD, and it ends where the root element starts.
    """
    with zf.open(info) as fh:
        raw = fh.read(_PROLOG_BYTES)
    text = _decode_prolog(raw)
    pos = 0
    while (pos := text.find("<", pos)) >= 0:
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
        else:
            return text.startswith("<!", pos)  # the root element, or a declaration
        if end < 0:
            # Unterminated within the window: a prolog longer than any real part's is
            # hostile; a part that simply ends here is malformed and the parser says so.
            return len(raw) >= _PROLOG_BYTES
        pos = end
    return False


def _decode_prolog(raw: bytes) -> str:
    """Return the bytes as text in the encoding an XML parser would detect (UTF-8 or UTF-16)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"<\x00"):
        return raw.decode("utf-16-le", "replace")
    if raw.startswith(b"\x00<"):
        return raw.decode("utf-16-be", "replace")
    return raw.decode("utf-8", "replace")


# --- properties -------------------------------------------------------------------------


def _val(el: Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(_W + attr)


def _on(el: Element) -> bool:
    """Return the value of an on/off property element (<w:b/> means on)."""
    value = _val(el)
    return value is None or value.lower() not in _FALSE


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Styles:
    """Resolve paragraph and run properties through style chains and document defaults."""

    def __init__(self, styles: Element | None) -> None:
        self.by_id: dict[str, Element] = {}
        self.chains: dict[str | None, list[Element]] = {}  # cache: runs ask for every property
        self.default_para: str | None = None
        self.default_rpr = self.default_ppr = None
        if styles is None:
            return
        for style in styles.iter(_W + "style"):
            style_id = _val(style, "styleId")
            if style_id is None:
                continue
            self.by_id.setdefault(style_id, style)
            if _val(style, "type") == "paragraph" and _on_attr(style, "default"):
                self.default_para = style_id
        defaults = styles.find(_W + "docDefaults")
        if defaults is not None:
            self.default_rpr = defaults.find(f"{_W}rPrDefault/{_W}rPr")
            self.default_ppr = defaults.find(f"{_W}pPrDefault/{_W}pPr")

    def chain(self, style_id: str | None) -> list[Element]:
        """Return the style and its basedOn ancestors, nearest first ([] if unknown)."""
        if style_id in self.chains:
            return self.chains[style_id]
        key = style_id
        found: list[Element] = []
        while style_id and style_id in self.by_id and len(found) < _MAX_CHAIN:
            style = self.by_id[style_id]
            if any(s is style for s in found):
                break
            found.append(style)
            style_id = _val(style.find(_W + "basedOn"))
        self.chains[key] = found
        return found

    def name(self, style_id: str | None) -> str | None:
        """Return the style's UI name ("Heading 1" for the stored "heading 1")."""
        chain = self.chain(style_id)
        name = _val(chain[0].find(_W + "name")) if chain else None
        return BabelFish.internal2ui(name) if name else None

    def para_prop(self, ppr: Element | None, style_id: str | None, tag: str) -> Element | None:
        """Return the nearest paragraph-property element `tag`: direct, style chain, defaults."""
        sources = [ppr, *(s.find(_W + "pPr") for s in self.chain(style_id)), self.default_ppr]
        for props in sources:
            if props is not None and (el := props.find(_W + tag)) is not None:
                return el
        return None

    def run_prop(self, rpr: Element | None, para_style: str | None, tag: str) -> Element | None:
        """Return the nearest run-property element `tag`: direct, character, paragraph, defaults."""
        char_style = _val(rpr.find(_W + "rStyle")) if rpr is not None else None
        sources = [
            rpr,
            *(s.find(_W + "rPr") for s in self.chain(char_style)),
            *(s.find(_W + "rPr") for s in self.chain(para_style)),
            self.default_rpr,
        ]
        for props in sources:
            if props is not None and (el := props.find(_W + tag)) is not None:
                return el
        return None


def _on_attr(el: Element, attr: str) -> bool:
    value = el.get(_W + attr)
    return value is not None and value.lower() not in _FALSE


# --- numbering --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int
    legal: bool  # isLgl: every level shown as decimal ("1.1" under a roman level)


def _read_level(lvl: Element) -> _Level:
    return _Level(
        fmt=_val(lvl.find(_W + "numFmt")) or "decimal",
        text=_val(lvl.find(_W + "lvlText")) or "",
        start=_int(_val(lvl.find(_W + "start")), 0),
        legal=lvl.find(_W + "isLgl") is not None and _on(lvl.find(_W + "isLgl")),
    )


def _format_number(value: int, fmt: str) -> str:
    """Return one counter as Word shows it in `fmt` (unknown formats fall back to decimal)."""
    if fmt in ("upperRoman", "lowerRoman") and value > 0:
        roman = ""
        for amount, letters in _ROMAN:
            count, value = divmod(value, amount)
            roman += letters * count
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and value > 0:
        # Word repeats the letter past Z: 27 -> AA, 28 -> BB.
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class _Numbering:
    """numbering.xml resolved, with Word's running counters."""

    def __init__(self, numbering: Element | None, styles: _Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles = styles
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iter(_W + "abstractNum"):
            abstract_id = _val(abstract, "abstractNumId") or ""
            levels = {
                _int(_val(lvl, "ilvl"), 0): _read_level(lvl) for lvl in abstract.iter(_W + "lvl")
            }
            self.abstract[abstract_id] = levels
            link = _val(abstract.find(_W + "numStyleLink"))
            if link:
                self.links[abstract_id] = link
        for num in numbering.iter(_W + "num"):
            starts: dict[int, int] = {}
            overrides: dict[int, _Level] = {}
            for override in num.iter(_W + "lvlOverride"):
                ilvl = _int(_val(override, "ilvl"), 0)
                if (start := override.find(_W + "startOverride")) is not None:
                    starts[ilvl] = _int(_val(start), 0)
                if (lvl := override.find(_W + "lvl")) is not None:
                    overrides[ilvl] = _read_level(lvl)
            abstract_id = _val(num.find(_W + "abstractNumId")) or ""
            self.nums[_val(num, "numId") or ""] = (abstract_id, starts, overrides)

    def _levels(self, abstract_id: str) -> tuple[str, dict[int, _Level]]:
        """Return the abstract id that holds the levels, following list-style links."""
        for _ in range(_MAX_CHAIN):
            link = self.links.get(abstract_id)
            if link is None:
                break
            ppr = next((s.find(_W + "pPr") for s in self.styles.chain(link)), None)
            num_id = _val(ppr.find(f"{_W}numPr/{_W}numId")) if ppr is not None else None
            if num_id not in self.nums or self.nums[num_id][0] == abstract_id:
                break
            abstract_id = self.nums[num_id][0]
        return abstract_id, self.abstract.get(abstract_id, {})

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return its label ("1.", "IV.", "a)", "•").

        Return None when the paragraph is not numbered after all (numId 0, unknown
        ids, or a level whose format is "none").
        """
        if num_id not in self.nums:
            return None
        abstract_id, starts, overrides = self.nums[num_id]
        abstract_id, levels = self._levels(abstract_id)
        levels = {**levels, **overrides}
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restart_level, start in starts.items():
                counters[restart_level] = start - 1
                for deeper in [k for k in counters if k > restart_level]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return _BULLET
        if level.fmt == "none":
            return None

        def number(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            shown_level = levels.get(shown, level)
            value = counters.get(shown, shown_level.start)
            return _format_number(value, "decimal" if level.legal else shown_level.fmt)

        return re.sub(r"%([1-9])", number, level.text).strip() or None


# --- walking the XML --------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    text: str
    half_points: int
    bold: bool
    caps: bool


@dataclass(frozen=True)
class _Para:
    """A paragraph (or the part of one between page breaks) before it becomes a Block."""

    runs: tuple[_Run, ...]
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
class _TableItem:
    table: Table
    page: int


_Item = _Para | _TableItem


@dataclass
class _Context:
    """What every walker shares: styles, list counters (one count per document), warnings."""

    styles: _Styles
    numbering: _Numbering
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Walker:
    """Turns block-level XML into items; tracks pages only when `paged` (the main body)."""

    ctx: _Context
    paged: bool
    page: int = 1
    page_has_content: bool = False
    items: list[_Item] = field(default_factory=list)
    # Whether each section after the first starts a new page, and where each started.
    section_breaks: tuple[bool, ...] = ()
    section_starts: list[int] = field(default_factory=lambda: [1])

    def blocks(self, parent: Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == _W + "p":
                self.paragraph(child)
            elif tag == _W + "tbl":
                self.add(_TableItem(self.table(child), self.page))
            elif tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
                self.blocks(child)
            elif tag == _MC + "AlternateContent":
                choice = child.find(_MC + "Choice")
                if choice is not None:
                    self.blocks(choice)
            elif tag == _W + "altChunk":
                self.ctx.warnings.append("an embedded document (altChunk) was not read")

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.page_has_content = True

    def new_page(self) -> None:
        if self.paged:
            self.page += 1
            self.page_has_content = False

    def paragraph(self, p: Element) -> None:
        styles = self.ctx.styles
        ppr = p.find(_W + "pPr")
        style_id = _val(ppr.find(_W + "pStyle")) if ppr is not None else None
        if style_id not in styles.by_id:  # Word shows an unknown style as the default one
            style_id = styles.default_para
        break_before = styles.para_prop(ppr, style_id, "pageBreakBefore")
        if break_before is not None and _on(break_before) and self.page_has_content:
            self.new_page()
        auto, is_list = self._numbering(ppr, style_id)
        outline = _int(_val(styles.para_prop(ppr, style_id, "outlineLvl")), _MAX_OUTLINE_LEVEL + 1)
        style_name = styles.name(style_id)
        heading_style = bool(style_name and _HEADING_STYLE.match(style_name)) or (
            outline <= _MAX_OUTLINE_LEVEL
        )
        align = _ALIGN.get(_val(styles.para_prop(ppr, style_id, "jc")) or "")

        segments: list[list[_Run]] = [[]]
        boxes: list[Element] = []
        for event in self._inline(p, style_id):
            if isinstance(event, _Run):
                segments[-1].append(event)
            elif event == "page":
                segments.append([])
            else:
                boxes.append(event)
        for index, runs in enumerate(segments):
            if index:
                self.new_page()
            para = _Para(tuple(runs), self.page, style_name, heading_style, auto, is_list, align)
            if para.text:
                self.add(para)
                auto = None  # a paragraph split by a page break is numbered once
        for box in boxes:
            # A text box is read where it is anchored; page breaks inside it don't count.
            inner = _Walker(self.ctx, paged=False, page=self.page)
            inner.blocks(box)
            for item in inner.items:
                self.add(item)
        if self.paged and ppr is not None and ppr.find(_W + "sectPr") is not None:
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
        num_id = _val(num_pr.find(_W + "numId"))
        if not num_id or num_id == "0":  # numId 0 switches inherited numbering off
            return None, False
        ilvl = _int(_val(num_pr.find(_W + "ilvl")), 0)
        return self.ctx.numbering.next_label(num_id, ilvl), True

    def _inline(self, parent: Element, style_id: str | None) -> Iterator[_Run | str | Element]:
        """Yield runs of shown text, "page" at page breaks, and text-box contents to read after."""
        for child in parent:
            yield from self._element(child, style_id)

    def _element(self, el: Element, style_id: str | None) -> Iterator[_Run | str | Element]:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            return  # comments, processing instructions; hidden or duplicate content
        if tag == _W + "r":
            yield from self._run(el, style_id)
        elif tag == _MC + "AlternateContent":
            choice = el.find(_MC + "Choice")
            if choice is not None:
                yield from self._inline(choice, style_id)
        elif tag == _W + "txbxContent":
            yield el
        elif tag == _MATH + "t":
            yield self._make_run(el.text or "", None, style_id)
        else:  # hyperlink, smartTag, sdt content, fldSimple, ins, math, drawing wrappers
            yield from self._inline(el, style_id)

    def _run(self, r: Element, style_id: str | None) -> Iterator[_Run | str | Element]:
        rpr = r.find(_W + "rPr")
        for child in r:
            tag = child.tag
            text: str | None = None
            if tag == _W + "t":
                text = child.text or ""
            elif tag in (_W + "tab", _W + "ptab"):
                text = "\t"
            elif tag == _W + "br":
                if _val(child, "type") == "page":
                    yield "page"
                else:
                    text = "\n"
            elif tag == _W + "cr":
                text = "\n"
            elif tag == _W + "noBreakHyphen":
                text = "-"
            elif tag == _W + "sym":
                char = _val(child, "char") or ""
                code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", char) else 0
                if code and code not in _PRIVATE_USE and code <= 0x10FFFF:
                    text = chr(code)
            else:  # drawings, pictures, alternate content: they may hold text boxes
                yield from self._element(child, style_id)
            if text:
                yield self._make_run(text, rpr, style_id)

    def _make_run(self, text: str, rpr: Element | None, style_id: str | None) -> _Run:
        styles = self.ctx.styles
        bold = styles.run_prop(rpr, style_id, "b")
        caps = styles.run_prop(rpr, style_id, "caps")
        size = _int(_val(styles.run_prop(rpr, style_id, "sz")), _DEFAULT_HALF_POINTS)
        return _Run(
            text,
            size if size > 0 else _DEFAULT_HALF_POINTS,
            bold is not None and _on(bold),
            caps is not None and _on(caps),
        )

    # --- tables ---

    def table(self, tbl: Element) -> Table:
        """Return the table's grid with merged cells resolved and nested tables kept."""
        # Grid positions hold (text parts, origin, nested); merged regions share one entry.
        grid: list[list[_GridCell | None]] = []
        for r, tr in enumerate(_children(tbl, _W + "tr")):
            row: list[_GridCell | None] = []
            trpr = tr.find(_W + "trPr")
            skip = _int(_val(trpr.find(_W + "gridBefore")), 0) if trpr is not None else 0
            row.extend([None] * min(max(skip, 0), _MAX_TABLE_COLS))
            for tc in _children(tr, _W + "tc"):
                if len(row) >= _MAX_TABLE_COLS:
                    break
                tcpr = tc.find(_W + "tcPr")
                span = _int(_val(tcpr.find(_W + "gridSpan")), 1) if tcpr is not None else 1
                span = min(max(span, 1), _MAX_TABLE_COLS - len(row))
                text, nested = self._cell_content(tc)
                col = len(row)
                cell = self._merged_into(grid, row, r, col, tcpr)
                if cell is None:
                    cell = _GridCell((r, col))
                cell.add(text, nested)
                row.extend([cell] * span)
            grid.append(row)
        width = max((len(row) for row in grid), default=0)
        return Table(
            tuple(
                tuple(_freeze(row[c] if c < len(row) else None, r, c) for c in range(width))
                for r, row in enumerate(grid)
            )
        )

    @staticmethod
    def _merged_into(
        grid: list[list[_GridCell | None]],
        row: list[_GridCell | None],
        r: int,
        col: int,
        tcpr: Element | None,
    ) -> _GridCell | None:
        """Return the cell this one continues (vMerge from above, legacy hMerge from the left)."""
        if tcpr is None:
            return None
        vmerge = tcpr.find(_W + "vMerge")
        if vmerge is not None and _val(vmerge) in (None, "continue") and r > 0:
            above = grid[r - 1]
            if col < len(above) and above[col] is not None:
                return above[col]
        hmerge = tcpr.find(_W + "hMerge")
        if hmerge is not None and _val(hmerge) in (None, "continue") and row:
            return row[-1]
        return None

    def _cell_content(self, tc: Element) -> tuple[str, tuple[Table, ...]]:
        """Return a cell's text (paragraphs by newline, nested tables included) and nested tables."""
        inner = _Walker(self.ctx, paged=False)
        inner.blocks(tc)
        parts: list[str] = []
        nested: list[Table] = []
        for item in inner.items:
            if isinstance(item, _TableItem):
                nested.append(item.table)
                parts.append(table_text(item.table))
            else:
                # A cell has no style slot, so auto-numbering is written into its text.
                number = item.auto_numbering
                parts.append(f"{number} {item.text}" if number else item.text)
        return "\n".join(parts), tuple(nested)


@dataclass
class _GridCell:
    origin: tuple[int, int]
    parts: list[str] = field(default_factory=list)
    nested: list[Table] = field(default_factory=list)

    def add(self, text: str, nested: tuple[Table, ...]) -> None:
        if text:
            self.parts.append(text)
        self.nested.extend(nested)


def _freeze(cell: _GridCell | None, r: int, c: int) -> Cell:
    if cell is None:  # a position no cell covers (gridBefore, short rows)
        return Cell("", r, c, (r, c))
    return Cell("\n".join(cell.parts), r, c, cell.origin, tuple(cell.nested))


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Yield `tag` children, looking through content-control and custom-XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _W + "customXml":
            yield from _children(child, tag)


# --- assembling the Document --------------------------------------------------------------


class _DocxReader:
    def __init__(self, part: Any, options: IngestOptions, source: SourceInfo) -> None:
        self.part = part
        self.options = options
        self.source = source
        styles = _Styles(_related_element(part, "styles"))
        self.ctx = _Context(styles, _Numbering(_related_element(part, "numbering"), styles))

    def read(self) -> Document:
        body = self.part.element.find(_W + "body")
        props = _section_properties(body)
        walker = _Walker(self.ctx, paged=True, section_breaks=tuple(map(_starts_page, props[1:])))
        if body is not None:
            walker.blocks(body)
        else:  # e.g. Strict OOXML, whose elements live in other namespaces
            self.ctx.warnings.append("no Word body (w:body) found; the document reads as empty")
        page_count = walker.page
        if page_count > self.options.max_pages:
            raise ResourceLimit(f"{page_count} pages (limit {self.options.max_pages}; --max-pages)")
        body_size = _body_half_points(walker.items)
        blocks: dict[int, list[Block]] = {n: [] for n in range(1, page_count + 1)}
        for item in walker.items:
            blocks[item.page].append(_to_block(item, body_size))
        starts = walker.section_starts[: len(props)]
        sections = _Sections(props[: len(starts)] or [None], starts, self.part, self.ctx)
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
        sections: _Sections, page: int, body_size: int, even_odd: bool
    ) -> tuple[Block, ...]:
        return tuple(
            replace(_to_block(item, body_size), page=page)
            for item in sections.furniture_items(page, even_odd)
        )

    def _settings_even_odd(self) -> bool:
        settings = _related_element(self.part, "settings")
        flag = settings.find(_W + "evenAndOddHeaders") if settings is not None else None
        return flag is not None and _on(flag)


class _Sections:
    """Which header/footer parts apply to which page."""

    def __init__(
        self,
        props: list[Element | None],
        starts: list[int],
        part: Any,
        ctx: _Context,
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
                for ref in sect.iter(f"{_W}{kind}Reference") if sect is not None else ():
                    own[f"{kind}:{_val(ref, 'type') or 'default'}"] = ref.get(_R + "id") or ""
            self.refs.append(own)
            inherited = own
        self.items: dict[str, list[_Item]] = {}

    def section_of(self, page: int) -> int:
        """Return the section in effect at the top of `page`."""
        current = 0
        for index, start in enumerate(self.starts):
            if start < page or (start == page and (index == 0 or _starts_page(self.props[index]))):
                current = index
        return current

    def size(self, page: int) -> tuple[float | None, float | None]:
        sect = self.props[self.section_of(page)]
        size = sect.find(_W + "pgSz") if sect is not None else None
        if size is None:
            return None, None
        width, height = _val(size, "w"), _val(size, "h")
        return (
            _int(width, 0) / _TWIPS_PER_POINT if width else None,
            _int(height, 0) / _TWIPS_PER_POINT if height else None,
        )

    def furniture_items(self, page: int, even_odd: bool) -> list[_Item]:
        index = self.section_of(page)
        sect = self.props[index]
        title_page = (
            sect is not None and (flag := sect.find(_W + "titlePg")) is not None and _on(flag)
        )
        if title_page and page == self.starts[index]:
            kind = "first"
        elif even_odd and page % 2 == 0:
            kind = "even"
        else:
            kind = "default"
        items: list[_Item] = []
        for where in ("header", "footer"):
            rid = self.refs[index].get(f"{where}:{kind}")
            if rid:
                items.extend(self._part_items(rid))
        return items

    def _part_items(self, rid: str) -> list[_Item]:
        if rid not in self.items:
            target = self.part.related_parts.get(rid) if rid else None
            element = getattr(target, "element", None)
            walker = _Walker(self.ctx, paged=False)
            if element is not None:
                walker.blocks(element)
            self.items[rid] = walker.items
        return self.items[rid]


def _section_properties(body: Element | None) -> list[Element | None]:
    """Return the sections' sectPr elements in order (tracked-change copies left out)."""
    if body is None:
        return [None]
    found = [s for s in body.iter(_W + "sectPr") if s.getparent().tag != _W + "sectPrChange"]
    return found or [None]


def _starts_page(sect: Element | None) -> bool:
    """Return True when the section starts on a new page (Word's default, "nextPage")."""
    kind = _val(sect.find(_W + "type")) if sect is not None else None
    return (kind or "nextPage") in _NEW_PAGE_SECTIONS


def _related_element(part: Any, name: str) -> Element | None:
    """Return the root element of the part related by type `name`, or None if absent."""
    try:
        related = part.part_related_by(_RELTYPE + name)
    except (KeyError, ValueError):
        return None
    return getattr(related, "element", None)


def _body_half_points(items: list[_Item]) -> int:
    """Return the most common font size by characters among body paragraphs (half-points)."""
    sizes: Counter[int] = Counter()
    for item in items:
        if isinstance(item, _Para):
            for run in item.runs:
                sizes[run.half_points] += len(run.text.strip())
    return (
        sizes.most_common(1)[0][0] if sizes and sizes.most_common(1)[0][1] else _DEFAULT_HALF_POINTS
    )


def _to_block(item: _Item, body_half_points: int) -> Block:
    if isinstance(item, _TableItem):
        return Block("table", table_text(item.table), item.page, table=item.table)
    text = item.text
    visible = [run for run in item.runs if run.text.strip()]
    sizes: Counter[int] = Counter()
    for run in visible:
        sizes[run.half_points] += len(run.text.strip())
    size = sizes.most_common(1)[0][0] if sizes else body_half_points
    bold = bool(visible) and all(run.bold for run in visible)
    caps = bool(visible) and all(run.caps for run in visible)
    caps = caps or all_caps(text, MIN_CAPS_LETTERS["docx"])
    typed = None if item.auto_numbering else _typed_numbering(text)
    style = Style(
        size_ratio=round(size / body_half_points, 2),
        bold=bold,
        all_caps=caps,
        style_name=item.style_name,
        numbering=item.auto_numbering or typed,
        align=item.align,
    )
    bullet = style.numbering == _BULLET or bool(style.numbering and _TYPED_BULLET.match(text))
    looks = block_looks_like_heading(
        "docx", text, bold=bold, size_ratio=style.size_ratio, caps=caps, bullet=bullet
    )
    if item.heading_style or looks:
        kind: Literal["heading", "list_item", "paragraph"] = "heading"
    elif item.is_list or style.numbering:
        kind = "list_item"
    else:
        kind = "paragraph"
    return Block(kind, text, item.page, style=style)


def _typed_numbering(text: str) -> str | None:
    """Return numbering typed at the start of the text ("I.", "1.2", "a)", "-"), or None."""
    match = _TYPED_NUMBERING.match(text) or _TYPED_BULLET.match(text)
    if match is None or _CLOCK_TIME.match(match.group("num")):
        return None
    return match.group("num")
