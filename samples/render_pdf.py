"""Draw a sample document's blocks as a born-digital PDF with reportlab.

Letterheads and `Halaman x dari y` footers are drawn on the canvas as page
furniture; everything else is a platypus flowable. Output is deterministic
(`invariant=1`: fixed dates and document id). Returns the bytes, the page count
and the page range of each record.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from samples.compose import doc_blocks

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
# font key -> (regular, bold, italic); DejaVu faces are registered on first use
BUILTIN_FONTS = {
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
DEJAVU_FONTS = {
    "dejavu_sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "dejavu_serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
}
DEJAVU_FALLBACK = {"dejavu_sans": "helvetica", "dejavu_serif": "times"}
MARGIN_X = 2.3 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_BOTTOM = 2.2 * cm
LETTERHEAD_LINE = 16  # points per organisation line of a letterhead
ADDRESS_LINE = 10.5
EMBLEM_ROOM = 52  # points kept free left of the letterhead text for the emblem


def fonts(key: str) -> tuple[str, str, str]:
    """Return (regular, bold, italic) font names for a style's font key, registering DejaVu."""
    if key in DEJAVU_FONTS:
        names = DEJAVU_FONTS[key]
        if all((DEJAVU_DIR / f"{n}.ttf").exists() for n in names):
            for n in names:
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, str(DEJAVU_DIR / f"{n}.ttf")))
            return names
        key = DEJAVU_FALLBACK[key]
    return BUILTIN_FONTS.get(key, BUILTIN_FONTS["times"])


class Marker(Flowable):
    """A zero-size flowable that notes the page a record starts on."""

    def __init__(self, index: int, sink: dict[int, int]) -> None:
        super().__init__()
        self.index, self.sink = index, sink
        self.width = self.height = 0

    def draw(self) -> None:
        self.sink[self.index] = self.canv.getPageNumber()


def _emblem(c: canvas.Canvas, x: float, y: float, r: float) -> None:
    """Draw a plain round emblem with a five-pointed star (no real coat of arms)."""
    import math

    c.setLineWidth(1.2)
    c.circle(x, y, r)
    c.circle(x, y, r * 0.82)
    pts = []
    for k in range(10):
        rad = r * (0.62 if k % 2 == 0 else 0.26)
        a = math.pi / 2 + k * math.pi / 5
        pts.append((x + rad * math.cos(a), y + rad * math.sin(a)))
    path = c.beginPath()
    path.moveTo(*pts[0])
    for p in pts[1:]:
        path.lineTo(*p)
    path.close()
    c.drawPath(path, fill=1, stroke=0)


def letterhead_height(head: dict[str, Any]) -> float:
    return len(head["lines"]) * LETTERHEAD_LINE + len(head.get("address", ())) * ADDRESS_LINE + 14


def draw_letterhead(c: canvas.Canvas, head: dict[str, Any], font: tuple[str, str, str]) -> None:
    """Draw a kop surat: organisation lines, address lines and a thick-thin double rule."""
    w, h = A4
    y = h - MARGIN_TOP + 4
    top = y
    emblem = head.get("emblem", True)
    room = w - 2 * MARGIN_X - (2 * EMBLEM_ROOM if emblem else 0)
    for i, line in enumerate(head["lines"]):
        last = i == len(head["lines"]) - 1
        size = 14.0 if last else 12.0
        while size > 8 and pdfmetrics.stringWidth(line, font[1], size) > room:
            size -= 0.5  # a long agency name is set smaller, as agencies do
        y -= LETTERHEAD_LINE
        c.setFont(font[1], size)
        c.drawCentredString(w / 2, y, line)
    c.setFont(font[0], 8.5)
    for line in head.get("address", ()):
        y -= ADDRESS_LINE
        c.drawCentredString(w / 2, y, line)
    if emblem:
        _emblem(c, MARGIN_X + 24, (top + y) / 2 + 2, 22)
    y -= 7
    c.setLineWidth(2.2)
    c.line(MARGIN_X, y, w - MARGIN_X, y)
    c.setLineWidth(0.6)
    c.line(MARGIN_X, y - 3, w - MARGIN_X, y - 3)


def _furniture(doc: dict[str, Any], font: tuple[str, str, str], total: int) -> Any:
    """Return an onPage callback drawing the letterhead and a `page x of y` footer first."""
    style = doc.get("style", {})
    head = doc.get("letterhead")
    footer = style.get("footer")
    footer_left = style.get("footer_left")

    def on_page(c: canvas.Canvas, _doc: Any) -> None:
        page = c.getPageNumber()
        c.saveState()
        if head and (head.get("mode") == "every" or page == 1):
            draw_letterhead(c, head, font)
        w, _h = A4
        c.setFont(font[0], 8.5)
        if footer:
            c.setLineWidth(0.4)
            c.line(MARGIN_X, MARGIN_BOTTOM - 10, w - MARGIN_X, MARGIN_BOTTOM - 10)
            c.drawRightString(
                w - MARGIN_X, MARGIN_BOTTOM - 22, footer.format(page=page, pages=total)
            )
        if footer_left:
            c.drawString(MARGIN_X, MARGIN_BOTTOM - 22, footer_left)
        c.restoreState()

    return on_page


class _Styles:
    def __init__(self, font: tuple[str, str, str], size: float, style: dict[str, Any]) -> None:
        lead = size * 1.38
        hs = style.get("heading", {})
        hsize = size + (1.5 if hs.get("kind") == "word" else 0)
        self.body = ParagraphStyle(
            "body",
            fontName=font[0],
            fontSize=size,
            leading=lead,
            alignment=TA_JUSTIFY,
            spaceAfter=4,
        )
        self.cell = ParagraphStyle("cell", parent=self.body, alignment=TA_LEFT, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=font[1])
        self.heading = ParagraphStyle(
            "heading",
            fontName=font[1] if hs.get("bold", True) else font[0],
            fontSize=hsize,
            leading=hsize * 1.35,
            spaceBefore=9,
            spaceAfter=3,
        )
        self.heading2 = ParagraphStyle("heading2", parent=self.heading, fontSize=size, leftIndent=0)
        self.title = ParagraphStyle(
            "title",
            fontName=font[1],
            fontSize=size + 3,
            leading=(size + 3) * 1.3,
            alignment=TA_CENTER,
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=self.title, fontSize=size, fontName=font[0]
        )
        self.marking = ParagraphStyle("marking", parent=self.cell_bold, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.cell, alignment=TA_RIGHT)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=18, bulletIndent=4)


def _p(text: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), st)


def _kv(block: dict[str, Any], s: _Styles, style: dict[str, Any], width: float) -> list[Flowable]:
    rows = block["rows"]
    mode = "table" if block["table"] else style.get("header", "lines")
    if mode == "inline":
        sep = style.get("kv_sep", " : ")
        return [_p(f"{k}{sep}{v}", s.cell) for k, v in rows] + [Spacer(1, 6)]
    if mode == "table":
        data = [[_p(k, s.cell_bold), _p(v, s.cell)] for k, v in rows]
        t = Table(data, colWidths=[5.2 * cm, width - 5.2 * cm])
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
                ]
            )
        )
        return [t, Spacer(1, 8)]
    data = [[_p(k, s.cell), _p(":", s.cell), _p(v, s.cell)] for k, v in rows]
    widest = max(pdfmetrics.stringWidth(k, s.cell.fontName, s.cell.fontSize) for k, _ in rows)
    label = max(4.4 * cm, widest + 8)
    t = Table(data, colWidths=[label, 0.45 * cm, width - label - 0.45 * cm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    t.hAlign = "LEFT"
    return [t, Spacer(1, 8)]


def _table(block: dict[str, Any], s: _Styles, width: float) -> Table:
    total = sum(block["widths"])
    widths = [width * w / total for w in block["widths"]]
    data = [[_p(h, s.cell_bold) for h in block["header"]]]
    data += [[_p(c, s.cell) for c in row] for row in block["rows"]]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ]
        )
    )
    return t


def _sign(block: dict[str, Any], s: _Styles, width: float) -> Flowable:
    cols = block["cols"]
    height = max(len(c) for c in cols)
    grid = [[(c[r] if r < len(c) else "") for c in cols] for r in range(height)]
    if block.get("place_date"):
        grid.insert(0, [""] * (len(cols) - 1) + [block["place_date"]])
    data = [[_p(x, s.cell) if x else Spacer(1, s.cell.leading) for x in row] for row in grid]
    t = Table(data, colWidths=[width / len(cols)] * len(cols))
    t.setStyle(
        TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    return KeepTogether([Spacer(1, 14), t])


def _para(block: dict[str, Any], s: _Styles, font: tuple[str, str, str]) -> Paragraph:
    text = block["text"]
    n = block.get("bold_prefix", 0)
    if block.get("bold"):
        markup = f"<font name='{font[1]}'>{escape(text)}</font>"
    elif block.get("italic"):
        markup = f"<font name='{font[2]}'>{escape(text)}</font>"
    elif n:
        markup = f"<font name='{font[1]}'>{escape(text[:n])}</font>{escape(text[n:])}"
    else:
        markup = escape(text)
    return Paragraph(markup, s.body)


def story(doc: dict[str, Any], sink: dict[int, int], font: tuple[str, str, str]) -> list[Flowable]:
    style = doc.get("style", {})
    s = _Styles(font, style.get("size", 11), style)
    width = A4[0] - 2 * MARGIN_X
    hs = style.get("heading", {})
    out: list[Flowable] = []
    for b in doc_blocks(doc):
        k = b["k"]
        if k == "record":
            out.append(Marker(b["i"], sink))
        elif k == "pagebreak":
            out.append(PageBreak())
        elif k == "marking":
            box = max(4.2 * cm, pdfmetrics.stringWidth(b["text"], font[1], s.cell.fontSize) + 20)
            t = Table([[_p(b["text"], s.marking)]], colWidths=[box])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black)]))
            t.hAlign = "RIGHT"
            out += [t, Spacer(1, 6)]
        elif k == "title":
            for i, line in enumerate(b["lines"]):
                text = escape(line)
                if i == 0 and style.get("title_underline"):
                    text = f"<u>{text}</u>"
                out.append(Paragraph(text, s.title if i == 0 else s.subtitle))
            out.append(Spacer(1, 12))
        elif k == "kv":
            out += _kv(b, s, style, width)
        elif k == "heading":
            text = escape(b["text"])
            if hs.get("underline"):
                text = f"<u>{text}</u>"
            out.append(Paragraph(text, s.heading2 if b["level"] == 2 else s.heading))
        elif k == "para":
            out.append(_para(b, s, font))
        elif k == "bullets":
            out += [Paragraph(escape(t), s.bullet, bulletText=m) for m, t in b["items"]]
        elif k == "table":
            out += [Spacer(1, 3), _table(b, s, width), Spacer(1, 6)]
        elif k == "sign":
            out.append(_sign(b, s, width))
    return out


def _build(
    doc: dict[str, Any], font: tuple[str, str, str], total: int
) -> tuple[bytes, dict[int, int]]:
    head = doc.get("letterhead")
    top = MARGIN_TOP
    if head:
        top += letterhead_height(head) + 8
    buf = io.BytesIO()
    tmpl = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=top,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
        title=doc.get("pdf_title", ""),
        author=doc.get("pdf_author", ""),
        creator="",
    )
    width = A4[0] - 2 * MARGIN_X
    later_top = top if (head and head.get("mode") == "every") else MARGIN_TOP
    on_page = _furniture(doc, font, total)
    tmpl.addPageTemplates(
        [
            PageTemplate(
                "first",
                [Frame(MARGIN_X, MARGIN_BOTTOM, width, A4[1] - top - MARGIN_BOTTOM)],
                onPage=on_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate(
                "later",
                [Frame(MARGIN_X, MARGIN_BOTTOM, width, A4[1] - later_top - MARGIN_BOTTOM)],
                onPage=on_page,
            ),
        ]
    )
    sink: dict[int, int] = {}
    tmpl.build(story(doc, sink, font))
    return buf.getvalue(), sink


def render_pdf(doc: dict[str, Any]) -> tuple[bytes, int, list[tuple[int, int]]]:
    """Return (PDF bytes, page count, per-record page ranges) for a sample document.

    Two passes: the first counts pages so the footer can say `Halaman 1 dari 3`.
    """
    font = fonts(doc.get("style", {}).get("font", "times"))
    data, _ = _build(doc, font, 0)
    total = page_count(data)
    data, sink = _build(doc, font, total)
    pages = page_count(data)
    starts = [sink[i] for i in range(len(doc["records"]))]
    ends = [s - 1 for s in starts[1:]] + [pages]
    return data, pages, list(zip(starts, ends, strict=True))


def page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()
