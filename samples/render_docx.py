"""Draw a sample document's blocks as a Word file with python-docx.

Word heading styles are used only when the document's style asks for them;
otherwise headings are ordinary paragraphs in bold, capitals or with a colon, as
agencies type them. A repeated letterhead and the `Halaman x dari y` footer go in
the section header and footer. The zip is rewritten with fixed timestamps and
the core properties carry a fixed date, so the bytes are the same every run.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.pdfbase import pdfmetrics

from samples.compose import doc_blocks, docx_record_pages

FIXED_TIME = dt.datetime(2024, 11, 4, 8, 0, 0)
ZIP_TIME = (2024, 11, 4, 8, 0, 0)
FONT_NAMES = {
    "times": "Times New Roman",
    "helvetica": "Arial",
    "dejavu_serif": "Cambria",
    "dejavu_sans": "Calibri",
    "courier": "Courier New",
}
KV_TAB = Cm(4.4)
KV_INDENT = Cm(4.9)
TEXT_WIDTH = Cm(16.4)


def _set_font(style: Any, name: str, size: float | None = None) -> None:
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)  # a theme font would win over the named one
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    if size:
        style.font.size = Pt(size)


def _border(
    paragraph: Any, side: str = "bottom", val: str = "thickThinSmallGap", sz: int = 18
) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), val)
    edge.set(qn("w:sz"), str(sz))
    edge.set(qn("w:space"), "1")
    edge.set(qn("w:color"), "000000")
    bdr.append(edge)
    ppr.append(bdr)


def _field(paragraph: Any, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _shade(cell: Any, fill: str = "E0E0E0") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _letterhead(container: Any, head: dict[str, Any], size: float) -> None:
    lines = head["lines"]
    for i, line in enumerate(lines):
        p = container.add_paragraph() if i or not container.paragraphs else container.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold = True
        run.font.size = Pt(14 if i == len(lines) - 1 else 12)
    last = None
    for line in head.get("address", ()):
        last = container.add_paragraph()
        last.alignment = WD_ALIGN_PARAGRAPH.CENTER
        last.paragraph_format.space_after = Pt(0)
        last.add_run(line).font.size = Pt(8.5)
    _border(last or container.paragraphs[-1])
    spacer = container.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)


def _footer(section: Any, template: str, left: str | None) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if left:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.add_run(left + "\t\t")
    before, _, rest = template.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    for text, instr in ((before, "PAGE"), (middle, "NUMPAGES")):
        p.add_run(text).font.size = Pt(9)
        _field(p, instr)
    if after:
        p.add_run(after).font.size = Pt(9)


def _label_stops(rows: list[tuple[str, str]], style: dict[str, Any]) -> tuple[int, int]:
    """Return (colon tab, value indent) wide enough for the longest label, as a typist sets them."""
    metric_font = (
        "Helvetica" if style.get("font") in ("helvetica", "dejavu_sans") else "Times-Roman"
    )
    widest = max(pdfmetrics.stringWidth(k, metric_font, style.get("size", 11)) for k, _ in rows)
    tab = max(KV_TAB, Pt(widest + 10))
    return tab, tab + (KV_INDENT - KV_TAB)


def _kv(d: Any, block: dict[str, Any], style: dict[str, Any]) -> None:
    mode = "table" if block["table"] else style.get("header", "lines")
    if mode == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = d.styles["Table Grid"]
        t.autofit = False
        t.columns[0].width, t.columns[1].width = Cm(5.2), TEXT_WIDTH - Cm(5.2)
        for label, value in block["rows"]:
            cells = t.add_row().cells
            cells[0].width, cells[1].width = Cm(5.2), TEXT_WIDTH - Cm(5.2)
            cells[0].paragraphs[0].add_run(label).bold = True
            _shade(cells[0], "F0F0F0")
            cells[1].paragraphs[0].add_run(value)
        d.add_paragraph().paragraph_format.space_after = Pt(0)
        return
    tab, indent = _label_stops(block["rows"], style)
    for label, value in block["rows"]:
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(0)
        if mode == "inline":
            p.add_run(f"{label}{style.get('kv_sep', ' : ')}{value}")
            continue
        pf.tab_stops.add_tab_stop(tab)
        pf.tab_stops.add_tab_stop(indent)
        pf.left_indent, pf.first_line_indent = indent, -indent
        p.add_run(f"{label}\t:\t{value}")
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def _table(d: Any, block: dict[str, Any]) -> None:
    widths = block["widths"]
    total = sum(widths)
    t = d.add_table(rows=1, cols=len(widths))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w in zip(t.columns, widths, strict=True):
        col.width = int(TEXT_WIDTH * w / total)
    _repeat_header(t.rows[0])
    for cell, text, w in zip(t.rows[0].cells, block["header"], widths, strict=True):
        cell.width = int(TEXT_WIDTH * w / total)
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell)
    for row in block["rows"]:
        cells = t.add_row().cells
        for cell, text, w in zip(cells, row, widths, strict=True):
            cell.width = int(TEXT_WIDTH * w / total)
            cell.paragraphs[0].add_run(text)
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def _sign(d: Any, block: dict[str, Any]) -> None:
    cols = block["cols"]
    height = max(len(c) for c in cols)
    d.add_paragraph().paragraph_format.keep_with_next = True
    t = d.add_table(rows=0, cols=len(cols))
    grid = [[(c[r] if r < len(c) else "") for c in cols] for r in range(height)]
    if block.get("place_date"):
        grid.insert(0, [""] * (len(cols) - 1) + [block["place_date"]])
    for i, row in enumerate(grid):
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            pf = cell.paragraphs[0].paragraph_format
            cell.paragraphs[0].add_run(text)
            pf.space_after = Pt(0)
            pf.keep_with_next = i < len(grid) - 1  # a signature block never splits


def _heading(d: Any, block: dict[str, Any], hs: dict[str, Any]) -> None:
    if hs.get("kind") == "word":
        p = d.add_heading(block["text"], level=block["level"])
        return
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(block["text"])
    run.bold = hs.get("bold", True)
    run.underline = bool(hs.get("underline"))


def _para(d: Any, block: dict[str, Any]) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    text, n = block["text"], block.get("bold_prefix", 0)
    if n:
        p.add_run(text[:n]).bold = True
        text = text[n:]
    run = p.add_run(text)
    run.bold = block.get("bold") or None
    run.italic = block.get("italic") or None


def _bullets(d: Any, block: dict[str, Any], word_lists: bool) -> None:
    for mark, text in block["items"]:
        numbered = mark[:1].isalnum()
        if word_lists:
            d.add_paragraph(text, style="List Number" if numbered else "List Bullet")
            continue
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent, pf.first_line_indent = Cm(0.9), -Cm(0.6)
        pf.tab_stops.add_tab_stop(Cm(0.9))
        pf.space_after = Pt(2)
        p.add_run(f"{mark}\t{text}")


def _setup(d: Any, doc: dict[str, Any]) -> None:
    style = doc.get("style", {})
    name = FONT_NAMES.get(style.get("font", "times"), "Times New Roman")
    size = style.get("size", 11)
    _set_font(d.styles["Normal"], name, size)
    for lvl, extra in ((1, 1.5), (2, 0.5), (3, 0)):
        hst = d.styles[f"Heading {lvl}"]
        _set_font(hst, name, size + extra)
        hst.font.color.rgb = RGBColor(0, 0, 0)
        hst.font.bold = True
        hst.font.italic = False
        hst.paragraph_format.space_before = Pt(10)
        hst.paragraph_format.space_after = Pt(3)
    _set_font(d.styles["Title"], name, size + 4)
    for name_ in ("Header", "Footer"):
        _set_font(d.styles[name_], name, 9)
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)
    head = doc.get("letterhead")
    if head and head.get("mode") == "every":
        _letterhead(section.header, head, size)
    elif head:
        _letterhead(d, head, size)
    if style.get("footer"):
        _footer(section, style["footer"], style.get("footer_left"))
    cp = d.core_properties
    cp.author = doc.get("pdf_author", "")
    cp.last_modified_by = doc.get("pdf_author", "")
    cp.title = doc.get("pdf_title", "")
    cp.created = cp.modified = cp.last_printed = FIXED_TIME
    cp.revision = 1


def _title(d: Any, block: dict[str, Any], style: dict[str, Any]) -> None:
    for i, line in enumerate(block["lines"]):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0 if i < len(block["lines"]) - 1 else 10)
        run = p.add_run(line)
        run.bold = i == 0
        run.font.size = Pt(style.get("size", 11) + (3 if i == 0 else 0))
        run.underline = bool(i == 0 and style.get("title_underline"))


def _marking(d: Any, block: dict[str, Any]) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for side in ("top", "left", "bottom", "right"):
        _border(p, side, "single", 12)
    p.paragraph_format.left_indent = Cm(12.0)
    run = p.add_run(block["text"])
    run.bold = True


def normalise_zip(data: bytes) -> bytes:
    """Return the DOCX zip rewritten with fixed entry timestamps (python-docx stamps 'now')."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_docx(doc: dict[str, Any]) -> tuple[bytes, int, list[tuple[int, int]]]:
    """Return (DOCX bytes, pages, per-record page ranges); pages count explicit page breaks."""
    d = Document()
    _setup(d, doc)
    style = doc.get("style", {})
    hs = style.get("heading", {})
    blocks = doc_blocks(doc)
    for b in blocks:
        k = b["k"]
        if k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "marking":
            _marking(d, b)
        elif k == "title":
            _title(d, b, style)
        elif k == "kv":
            _kv(d, b, style)
        elif k == "heading":
            _heading(d, b, hs)
        elif k == "para":
            _para(d, b)
        elif k == "bullets":
            _bullets(d, b, style.get("word_lists", False))
        elif k == "table":
            _table(d, b)
        elif k == "sign":
            _sign(d, b)
    buf = io.BytesIO()
    d.save(buf)
    pages, record_pages = docx_record_pages(blocks, len(doc["records"]))
    return normalise_zip(buf.getvalue()), pages, record_pages
