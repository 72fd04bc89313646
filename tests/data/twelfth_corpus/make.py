#!/usr/bin/env python3
# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Build the twelfth test corpus: python make.py OUT

Writes OUT/notes/<file> (DOCX, text PDF, scanned PDF, JPEG/PNG/TIFF) and
OUT/gold/<file>.json (contract v1.1 envelope), plus OUT/INDEX.txt.
Deterministic: fixed seeds, fixed document dates, normalised zip entries,
reportlab invariant mode.
"""
import datetime
import hashlib
import io
import json
import os
import random
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import spec  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
MISSING = object()          # norm value meaning "label present but no content"
FIXED_DT = datetime.datetime(2024, 6, 30, 9, 0, 0)


# --------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------
class Rec:
    def __init__(self, rtype, lang):
        self.rtype = rtype
        self.lang = lang
        self.fields = {}
        self.labels = {}       # field -> (block, label)
        self.unmatched = []    # (block, text, kind)
        self.expect_req = None
        self.expect_rec = None
        self.alternatives = []


class Doc:
    """A document as a list of blocks; every block belongs to the current record."""

    def __init__(self, name, kind, lang, tricky, font="sans", size=11,
                 docx_font="Times New Roman", heading="bold", footer=None,
                 title_meta=None, dpi=200, seed=None, angle=0.0, photo=False):
        self.name = name
        self.kind = kind        # docx | pdf | scan | jpeg | png | tiff
        self.lang = lang
        self.tricky = tricky
        self.font = font        # sans | serif (pdf / images)
        self.size = size
        self.docx_font = docx_font
        self.heading_style = heading
        self.footer = footer
        self.title_meta = title_meta or name
        self.dpi = dpi
        self.seed = seed if seed is not None else zlib.crc32(name.encode())
        self.angle = angle
        self.photo = photo
        self.blocks = []
        self.records = []
        self.cur = None
        self.lh_in_header = False

    # records -------------------------------------------------------------
    def record(self, rtype, req=(), rec=(), alternatives=()):
        r = Rec(rtype, self.lang)
        r.expect_req = list(req)
        r.expect_rec = list(rec)
        r.alternatives = list(alternatives)
        self.records.append(r)
        self.cur = len(self.records) - 1
        return r

    def _add(self, kind, **kw):
        b = dict(kind=kind, rec=self.cur, page=None)
        b.update(kw)
        self.blocks.append(b)
        return b

    def _set(self, b, field, value, label):
        r = self.records[b["rec"]]
        assert field not in r.fields, (self.name, field)
        r.fields[field] = value
        r.labels[field] = (b, label)

    def _unmatched(self, b, text, kind):
        self.records[b["rec"]].unmatched.append((b, text, kind))

    def set_field(self, field, value):
        """A field whose value is not tied to a labelled block (rare)."""
        b = self.blocks[-1]
        self._set(b, field, value, None)

    # blocks --------------------------------------------------------------
    def letterhead(self, lines, agency_line=None, small=()):
        b = self._add("lh", lines=list(lines), small=set(small))
        if agency_line is not None:
            self._set(b, "agency_name", lines[agency_line], None)
        return b

    def title(self, text, sub=None):
        return self._add("title", text=text, sub=sub)

    def stamp(self, text, field="confidentiality", value=None):
        b = self._add("stamp", text=text)
        if field:
            self._set(b, field, value if value is not None else text, None)
        return b

    def _rows(self, b, rows):
        for row in rows:
            label, value = row[0], row[1]
            field = row[2] if len(row) > 2 else None
            norm = row[3] if len(row) > 3 else None
            if field is None:
                self._unmatched(b, label, "label")
                continue
            if norm is MISSING:
                continue
            if isinstance(field, tuple):
                for f, v in zip(field, norm):
                    self._set(b, f, v, label)
            else:
                self._set(b, field, value if norm is None else norm, label)

    def kv(self, rows, style="lines", tab=4.6):
        """rows: (label, value[, field[, norm]]); field None = label matching no field."""
        b = self._add("kv", rows=[(r[0], r[1]) for r in rows], style=style, tab=tab)
        self._rows(b, rows)
        return b

    def kvline(self, rows):
        """Several labels on one crowded line."""
        b = self._add("kvline", rows=[(r[0], r[1]) for r in rows])
        self._rows(b, rows)
        return b

    def h(self, text, field=None, unmatched=False):
        b = self._add("h", text=text)
        if unmatched:
            self._unmatched(b, text, "heading")
        return b

    def p(self, text, italic=False, bold=False, align="left"):
        return self._add("p", text=text, italic=italic, bold=bold, align=align)

    def sec(self, heading, paras, field, instr=None, as_list=False):
        """Heading + paragraphs; the paragraphs are the field's narrative.
        paras may be [] or a placeholder string list: field then missing."""
        b = self.h(heading)
        if instr:
            self.p(instr, italic=True)
        if as_list:
            self._add("ul", items=list(paras))
            if paras:
                self._set(b, field, list(paras), heading)
            return b
        for t in paras:
            self.p(t)
        if paras:
            self._set(b, field, "\n\n".join(paras), heading)
        return b

    def placeholder_sec(self, heading, filler, field, instr=None):
        """A heading whose content is a placeholder: the field is missing."""
        self.h(heading)
        if instr:
            self.p(instr, italic=True)
        self.p(filler)

    def dialogue(self, heading, turns, field="interview_narrative"):
        b = self.h(heading)
        for spk, txt in turns:
            self._add("turn", spk=spk, text=txt)
        self._set(b, field, "\n\n".join("%s: %s" % (s, t) for s, t in turns), heading)
        return b

    def table(self, header, rows, widths, colfields=None, label=None, font_small=False):
        """Ruled table. colfields {col: field}: the non-empty cells of that column
        (row by row, then column order) joined by blank lines form the field."""
        b = self._add("table", header=list(header), rows=[list(r) for r in rows],
                      widths=list(widths), small=font_small)
        if colfields:
            agg = {}
            for r in rows:
                for ci in sorted(colfields):
                    if r[ci].strip():
                        agg.setdefault(colfields[ci], []).append(r[ci])
            for ci in sorted(colfields):
                f = colfields[ci]
                if f in agg and f not in self.records[b["rec"]].fields:
                    self._set(b, f, "\n\n".join(agg[f]), header[ci])
        return b

    def logtable(self, header, rows, widths, entries):
        """Daily-log table; entries are the gold objects (already normalised)."""
        b = self._add("table", header=list(header), rows=[list(r) for r in rows],
                      widths=list(widths), small=False)
        self._set(b, "entries", entries, None)
        return b

    def logpara(self, lead, text):
        return self._add("logpara", lead=lead, text=text)

    def set_entries(self, entries, anchor):
        self._set(anchor, "entries", entries, None)

    def ul(self, items):
        return self._add("ul", items=list(items))

    def pb(self):
        return self._add("pb")

    def sig(self, lines):
        return self._add("sig", lines=list(lines))

    def space(self, n=1):
        return self._add("space", n=n)


# --------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------
def _zip_normalise(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", 0)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def render_docx(doc, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.5)
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(2.0)
    normal = d.styles["Normal"]
    normal.font.name = doc.docx_font
    normal.font.size = Pt(doc.size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), doc.docx_font)
    normal.paragraph_format.space_after = Pt(4)

    def bottom_border(par):
        ppr = par._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bot = OxmlElement("w:bottom")
        for k, v in (("w:val", "double"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bot.set(qn(k), v)
        bdr.append(bot)
        ppr.append(bdr)

    def no_borders(table):
        tbl = table._tbl
        tblpr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblpr.append(b)

    def set_widths(table, widths_cm):
        table.autofit = False
        tot = float(sum(widths_cm))
        widths_cm = [16.0 * w / tot for w in widths_cm]
        for col, w in zip(table.columns, widths_cm):
            col.width = Cm(w)
        for row in table.rows:
            for c, w in zip(row.cells, widths_cm):
                c.width = Cm(w)

    page = 1
    for b in doc.blocks:
        b["page"] = page
        k = b["kind"]
        if k == "lh":
            container = s.header if doc.lh_in_header else d
            first = True
            for i, line in enumerate(b["lines"]):
                if doc.lh_in_header and first:
                    par = s.header.paragraphs[0]
                else:
                    par = container.add_paragraph()
                first = False
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.paragraph_format.space_after = Pt(0)
                run = par.add_run(line)
                if i in b["small"]:
                    run.font.size = Pt(9)
                else:
                    run.bold = True
                    run.font.size = Pt(13 if i == len(b["lines"]) - 1 - len(b["small"]) else 12)
            bottom_border(par)
        elif k == "title":
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.paragraph_format.space_before = Pt(8)
            r = par.add_run(b["text"])
            r.bold = True
            r.underline = True
            r.font.size = Pt(doc.size + 3)
            if b["sub"]:
                par2 = d.add_paragraph()
                par2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r2 = par2.add_run(b["sub"])
                r2.italic = True
        elif k == "stamp":
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = par.add_run(b["text"])
            r.bold = True
            r.font.size = Pt(doc.size + 1)
        elif k == "kv":
            st = b["style"]
            if st == "lines":
                for label, value in b["rows"]:
                    par = d.add_paragraph()
                    par.paragraph_format.space_after = Pt(1)
                    par.paragraph_format.tab_stops.add_tab_stop(Cm(b["tab"]))
                    par.add_run(label + "\t: " + value)
            else:
                ncol = 2 if st == "grid" else 3
                t = d.add_table(rows=len(b["rows"]), cols=ncol)
                if st == "grid":
                    t.style = "Table Grid"
                else:
                    no_borders(t)
                for ri, (label, value) in enumerate(b["rows"]):
                    cells = t.rows[ri].cells
                    cells[0].text = label
                    if ncol == 3:
                        cells[1].text = ":"
                        cells[2].text = value
                    else:
                        cells[1].text = value
                set_widths(t, [5.0, 11.0] if ncol == 2 else [4.8, 0.4, 10.8])
                d.add_paragraph()
        elif k == "kvline":
            par = d.add_paragraph()
            for i, (label, value) in enumerate(b["rows"]):
                if i:
                    par.add_run("\t")
                r = par.add_run(label + ": ")
                r.bold = True
                par.add_run(value)
        elif k == "h":
            if doc.heading_style == "heading":
                d.add_heading(b["text"], level=2)
            else:
                par = d.add_paragraph()
                par.paragraph_format.space_before = Pt(8)
                par.paragraph_format.keep_with_next = True
                r = par.add_run(b["text"])
                r.bold = True
                if doc.heading_style == "underline":
                    r.underline = True
        elif k == "p":
            par = d.add_paragraph()
            r = par.add_run(b["text"])
            r.italic = b["italic"]
            r.bold = b["bold"]
            if b["align"] == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b["align"] == "justify":
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif k == "turn":
            par = d.add_paragraph()
            r = par.add_run(b["spk"] + ":")
            r.bold = True
            par.add_run(" " + b["text"])
        elif k == "logpara":
            par = d.add_paragraph()
            r = par.add_run(b["lead"])
            r.bold = True
            par.add_run(" " + b["text"])
        elif k == "ul":
            for it in b["items"]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            t = d.add_table(rows=1 + len(b["rows"]), cols=len(b["header"]))
            t.style = "Table Grid"
            for ci, htxt in enumerate(b["header"]):
                c = t.rows[0].cells[ci]
                c.text = ""
                r = c.paragraphs[0].add_run(htxt)
                r.bold = True
            for ri, row in enumerate(b["rows"]):
                for ci, txt in enumerate(row):
                    t.rows[ri + 1].cells[ci].text = txt
            set_widths(t, b["widths"])
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
            page += 1
            b["page"] = page
        elif k == "sig":
            for line in b["lines"]:
                par = d.add_paragraph()
                par.paragraph_format.left_indent = Cm(9.5)
                par.paragraph_format.space_after = Pt(0)
                par.add_run(line)
        elif k == "space":
            for _ in range(b["n"]):
                d.add_paragraph()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = "Pekerja Sosial" if doc.lang == "id" else "Social Worker"
    cp.last_modified_by = cp.author
    cp.title = doc.title_meta
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    with open(path, "wb") as fh:
        fh.write(_zip_normalise(buf.getvalue()))
    return page


# --------------------------------------------------------------------------
# text PDF rendering (reportlab)
# --------------------------------------------------------------------------
_RL_FONTS = False


def _rl_fonts():
    global _RL_FONTS
    if _RL_FONTS:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for fam, base in (("DJSans", "DejaVuSans"), ("DJSerif", "DejaVuSerif")):
        pdfmetrics.registerFont(TTFont(fam, FONT_DIR + base + ".ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", FONT_DIR + base + "-Bold.ttf"))
        it = "Oblique" if base == "DejaVuSans" else "Italic"
        bit = "BoldOblique" if base == "DejaVuSans" else "BoldItalic"
        pdfmetrics.registerFont(TTFont(fam + "-I", FONT_DIR + base + "-" + it + ".ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-BI", FONT_DIR + base + "-" + bit + ".ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _RL_FONTS = True


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(doc, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate,
                                    Spacer, Table, TableStyle)
    from reportlab.platypus.flowables import HRFlowable
    _rl_fonts()
    fam = "DJSans" if doc.font == "sans" else "DJSerif"
    sz = doc.size
    base = ParagraphStyle("b", fontName=fam, fontSize=sz, leading=sz * 1.35, spaceAfter=4,
                          alignment=TA_LEFT)
    just = ParagraphStyle("j", parent=base, alignment=TA_JUSTIFY)
    head = ParagraphStyle("h", parent=base, fontName=fam + "-B", spaceBefore=8, spaceAfter=3)
    ttl = ParagraphStyle("t", parent=base, fontName=fam + "-B", fontSize=sz + 3,
                         leading=(sz + 3) * 1.3, alignment=TA_CENTER, spaceBefore=6, spaceAfter=2)
    sub = ParagraphStyle("s", parent=base, fontName=fam + "-I", alignment=TA_CENTER, spaceAfter=8)
    lh = ParagraphStyle("lh", parent=base, fontName=fam + "-B", fontSize=sz + 2,
                        leading=(sz + 2) * 1.25, alignment=TA_CENTER, spaceAfter=0)
    lhs = ParagraphStyle("lhs", parent=base, fontSize=sz - 2, leading=(sz - 2) * 1.3,
                         alignment=TA_CENTER, spaceAfter=0)
    stamp = ParagraphStyle("st", parent=base, fontName=fam + "-B", alignment=TA_RIGHT,
                           fontSize=sz + 1)
    cell = ParagraphStyle("c", parent=base, fontSize=sz - 1, leading=(sz - 1) * 1.3, spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cell, fontName=fam + "-B")
    sig = ParagraphStyle("sg", parent=base, leftIndent=9.5 * cm, spaceAfter=0)

    class Marker(Flowable):
        def __init__(self, blk):
            Flowable.__init__(self)
            self.blk = blk

        def wrap(self, aw, ah):
            return (0, 0)

        def draw(self):
            pass

    class Tpl(SimpleDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Marker):
                fl.blk["page"] = self.page

    story = []
    W = A4[0] - 4.5 * cm
    for b in doc.blocks:
        k = b["kind"]
        fl = []
        if k == "lh":
            for i, line in enumerate(b["lines"]):
                fl.append(Paragraph(_esc(line), lhs if i in b["small"] else lh))
            fl.append(HRFlowable(width="100%", thickness=1.6, color=colors.black,
                                 spaceBefore=3, spaceAfter=6))
        elif k == "title":
            fl.append(Paragraph(_esc(b["text"]), ttl))
            if b["sub"]:
                fl.append(Paragraph(_esc(b["sub"]), sub))
        elif k == "stamp":
            fl.append(Paragraph(_esc(b["text"]), stamp))
        elif k == "kv":
            st = b["style"]
            if st == "lines":
                for label, value in b["rows"]:
                    fl.append(Paragraph("%s : %s" % (_esc(label), _esc(value)),
                                        ParagraphStyle("kvl", parent=base, spaceAfter=1)))
            else:
                data = []
                for label, value in b["rows"]:
                    if st == "grid":
                        data.append([Paragraph(_esc(label), cellh), Paragraph(_esc(value), cell)])
                    else:
                        data.append([Paragraph(_esc(label), cell), Paragraph(":", cell),
                                     Paragraph(_esc(value), cell)])
                cw = [5 * cm, W - 5 * cm] if st == "grid" else [4.6 * cm, 0.5 * cm, W - 5.1 * cm]
                t = Table(data, colWidths=cw, hAlign="LEFT")
                sty = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
                if st == "grid":
                    sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
                t.setStyle(TableStyle(sty))
                fl.append(t)
                fl.append(Spacer(1, 6))
        elif k == "kvline":
            parts = ["<b>%s:</b> %s" % (_esc(l), _esc(v)) for l, v in b["rows"]]
            fl.append(Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), base))
        elif k == "h":
            fl.append(Paragraph(_esc(b["text"]), head))
        elif k == "p":
            stl = just if b["align"] == "justify" else base
            if b["align"] == "center":
                stl = ParagraphStyle("pc", parent=base, alignment=TA_CENTER)
            txt = _esc(b["text"])
            if b["italic"]:
                txt = "<i>%s</i>" % txt
            if b["bold"]:
                txt = "<b>%s</b>" % txt
            fl.append(Paragraph(txt, stl))
        elif k == "turn":
            fl.append(Paragraph("<b>%s:</b> %s" % (_esc(b["spk"]), _esc(b["text"])), base))
        elif k == "logpara":
            fl.append(Paragraph("<b>%s</b> %s" % (_esc(b["lead"]), _esc(b["text"])), base))
        elif k == "ul":
            for it in b["items"]:
                fl.append(Paragraph(_esc(it), ParagraphStyle("ul", parent=base, leftIndent=14,
                                                             bulletIndent=4), bulletText="\u2022"))
        elif k == "table":
            data = [[Paragraph(_esc(h), cellh) for h in b["header"]]]
            for row in b["rows"]:
                data.append([Paragraph(_esc(c), cell) for c in row])
            tot = sum(b["widths"])
            cw = [W * w / tot for w in b["widths"]]
            t = Table(data, colWidths=cw, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]))
            fl.append(t)
            fl.append(Spacer(1, 6))
        elif k == "pb":
            fl.append(PageBreak())
        elif k == "sig":
            fl.append(Spacer(1, 10))
            for line in b["lines"]:
                fl.append(Paragraph(_esc(line) if line else "&nbsp;", sig))
        elif k == "space":
            fl.append(Spacer(1, 12 * b["n"]))
        else:
            raise ValueError(k)
        if k == "pb":
            story.extend(fl)
            story.append(Marker(b))
        else:
            story.append(fl[0])
            story.append(Marker(b))
            story.extend(fl[1:])

    footer = doc.footer

    def on_page(canv, dd):
        if footer:
            canv.saveState()
            canv.setFont(fam, 8)
            canv.drawString(2.25 * cm, 1.2 * cm, footer.format(page=dd.page))
            canv.restoreState()

    tpl = Tpl(path, pagesize=A4, leftMargin=2.25 * cm, rightMargin=2.25 * cm,
              topMargin=2 * cm, bottomMargin=2 * cm, title=doc.title_meta,
              author="", subject="", creator="", producer="", invariant=1)
    tpl.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return tpl.page


# --------------------------------------------------------------------------
# page images (scans, photos)
# --------------------------------------------------------------------------
def render_pages(doc):
    """Lay the blocks out on A4 page images with PIL; returns list of images."""
    from PIL import Image, ImageDraw, ImageFont
    dpi = doc.dpi
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    ML, MR, MT, MB = int(0.95 * dpi), int(0.85 * dpi), int(0.85 * dpi), int(0.9 * dpi)
    px = lambda pt: int(round(pt * dpi / 72.0))  # noqa: E731
    base = "DejaVuSans" if doc.font == "sans" else "DejaVuSerif"
    italic = "-Oblique" if doc.font == "sans" else "-Italic"
    fr = ImageFont.truetype(FONT_DIR + base + ".ttf", px(doc.size))
    fb = ImageFont.truetype(FONT_DIR + base + "-Bold.ttf", px(doc.size))
    fi = ImageFont.truetype(FONT_DIR + base + italic + ".ttf", px(doc.size))
    fsm = ImageFont.truetype(FONT_DIR + base + ".ttf", px(doc.size - 1.5))
    fsmb = ImageFont.truetype(FONT_DIR + base + "-Bold.ttf", px(doc.size - 1.5))
    ft = ImageFont.truetype(FONT_DIR + base + "-Bold.ttf", px(doc.size + 3))
    flh = ImageFont.truetype(FONT_DIR + base + "-Bold.ttf", px(doc.size + 2))
    flhs = ImageFont.truetype(FONT_DIR + base + ".ttf", px(doc.size - 2))
    LW = W - ML - MR
    lead = lambda f: int(f.size * 1.38)  # noqa: E731

    def wrap(text, font, width, first_offset=0):
        words = text.split()
        lines, cur, avail = [], "", width - first_offset
        for w in words:
            t = (cur + " " + w) if cur else w
            if font.getlength(t) <= avail or not cur:
                cur = t
            else:
                lines.append(cur)
                cur, avail = w, width
        if cur or not lines:
            lines.append(cur)
        return lines

    # items: (height, drawfn(draw, y), blk, keep_next)
    items = []

    def text_item(lines_spec, blk, keep=False, gap_after=0):
        """lines_spec: list of (x, text, font) per line, one line per entry list."""
        for i, line in enumerate(lines_spec):
            f = max((s[2] for s in line), key=lambda f: f.size) if line else fr
            hgt = lead(f) + (gap_after if i == len(lines_spec) - 1 else 0)

            def fn(dr, y, line=line):
                for x, t, f2 in line:
                    dr.text((x, y), t, font=f2, fill=0)
            items.append((hgt, fn, blk if i == 0 else None, keep and i == len(lines_spec) - 1))

    def para(text, font, blk, indent=0, lead_txt=None, lead_font=None, align="left", keep=False,
             gap=px(4)):
        if lead_txt:
            lw = lead_font.getlength(lead_txt + " ")
            ls = wrap(text, font, LW - indent, first_offset=lw)
            spec = [[(ML + indent, lead_txt, lead_font), (ML + indent + lw, ls[0], font)]]
            spec += [[(ML + indent, l, font)] for l in ls[1:]]
        else:
            ls = wrap(text, font, LW - indent)
            if align == "center":
                spec = [[(ML + (LW - font.getlength(l)) / 2, l, font)] for l in ls]
            elif align == "right":
                spec = [[(ML + LW - font.getlength(l), l, font)] for l in ls]
            else:
                spec = [[(ML + indent, l, font)] for l in ls]
        text_item(spec, blk, keep=keep, gap_after=gap)

    def rule(blk, thick=4):
        def fn(dr, y):
            dr.rectangle([ML, y + 4, ML + LW, y + 4 + thick], fill=0)
        items.append((thick + px(8), fn, blk, False))

    def table_rows(header, rows, widths, blk, grid=True, bold_first_col=False, font=None,
                   header_bold=True):
        font = font or fsm
        tot = float(sum(widths))
        cws = [int(LW * w / tot) for w in widths]
        pad = px(4)
        allrows = ([(header, True)] if header else []) + [(r, False) for r in rows]
        first = True
        for row, is_h in allrows:
            cell_lines = []
            for ci, txt in enumerate(row):
                f = fsmb if (is_h and header_bold) or (bold_first_col and ci == 0) else font
                cell_lines.append((wrap(txt, f, cws[ci] - 2 * pad) if txt else [], f))
            nl = max(1, max(len(c[0]) for c in cell_lines))
            hgt = nl * lead(font) + 2 * pad

            def fn(dr, y, cell_lines=cell_lines, hgt=hgt, is_h=is_h):
                x = ML
                if is_h:
                    dr.rectangle([ML, y, ML + sum(cws), y + hgt], fill=228)
                for ci, (ls, f) in enumerate(cell_lines):
                    for li, l in enumerate(ls):
                        dr.text((x + pad, y + pad + li * lead(font)), l, font=f, fill=0)
                    if grid:
                        dr.rectangle([x, y, x + cws[ci], y + hgt], outline=0, width=2)
                    x += cws[ci]
            items.append((hgt, fn, blk if first else None, False))
            first = False
        items.append((px(6), lambda dr, y: None, None, False))

    for b in doc.blocks:
        k = b["kind"]
        if k == "lh":
            for i, line in enumerate(b["lines"]):
                para(line, flhs if i in b["small"] else flh, b if i == 0 else None,
                     align="center", gap=0)
            rule(None)
        elif k == "title":
            items.append((px(6), lambda dr, y: None, b, False))
            para(b["text"], ft, None, align="center")
            if b["sub"]:
                para(b["sub"], fi, None, align="center", gap=px(8))
        elif k == "stamp":
            def fn(dr, y, t=b["text"]):
                tw = fb.getlength(t)
                x0 = ML + LW - tw - px(10)
                dr.rectangle([x0 - px(6), y - px(3), x0 + tw + px(6), y + lead(fb)], outline=0, width=3)
                dr.text((x0, y), t, font=fb, fill=0)
            items.append((lead(fb) + px(8), fn, b, False))
        elif k == "kv":
            if b["style"] == "lines" or b["style"] == "plain3":
                tabx = max(fr.getlength(l) for l, _ in b["rows"]) + px(8)
                tabx = min(tabx, LW * 0.42)
                for i, (label, value) in enumerate(b["rows"]):
                    ls = wrap(value, fr, LW - tabx - fr.getlength(": "))
                    spec = [[(ML, label, fr), (ML + tabx, ": " + ls[0], fr)]]
                    spec += [[(ML + tabx + fr.getlength(": "), l, fr)] for l in ls[1:]]
                    text_item(spec, b if i == 0 else None, gap_after=px(1))
                items.append((px(8), lambda dr, y: None, None, False))
            else:
                table_rows(None, [[l, v] for l, v in b["rows"]], [5, 11], b, bold_first_col=True,
                           font=fr)
        elif k == "kvline":
            segs, x = [], ML
            line_specs = []
            for label, value in b["rows"]:
                lt, vt = label + ": ", value
                wl, wv = fb.getlength(lt), fr.getlength(vt)
                if x > ML and x + wl + wv > ML + LW:
                    line_specs.append(segs)
                    segs, x = [], ML
                segs.append((x, lt, fb))
                segs.append((x + wl, vt, fr))
                x += wl + wv + px(22)
            line_specs.append(segs)
            text_item(line_specs, b, gap_after=px(4))
        elif k == "h":
            para(b["text"], fb, b, keep=True, gap=px(3))
        elif k == "p":
            f = fi if b["italic"] else (fb if b["bold"] else fr)
            para(b["text"], f, b, align=b["align"] if b["align"] != "justify" else "left")
        elif k == "turn":
            para(b["text"], fr, b, lead_txt=b["spk"] + ":", lead_font=fb)
        elif k == "logpara":
            para(b["text"], fr, b, lead_txt=b["lead"], lead_font=fb)
        elif k == "ul":
            for i, it in enumerate(b["items"]):
                ls = wrap(it, fr, LW - px(18))
                spec = [[(ML + px(4), "\u2022", fr), (ML + px(18), ls[0], fr)]]
                spec += [[(ML + px(18), l, fr)] for l in ls[1:]]
                text_item(spec, b if i == 0 else None, gap_after=px(2))
        elif k == "table":
            table_rows(b["header"], b["rows"], b["widths"], b,
                       font=fsm if b.get("small", True) else fsm)
        elif k == "pb":
            items.append(("PB", None, b, False))
        elif k == "sig":
            items.append((px(10), lambda dr, y: None, None, False))
            for i, line in enumerate(b["lines"]):
                para(line or " ", fr, b if i == 0 else None, indent=int(LW * 0.55), gap=0)
        elif k == "space":
            items.append((px(12) * b["n"], lambda dr, y: None, b, False))
        else:
            raise ValueError(k)

    # paginate
    pages = []
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    y = MT
    pno = 1
    i = 0
    n = len(items)
    while i < n:
        hgt, fn, blk, keep = items[i]
        if hgt == "PB":
            pages.append(img)
            img = Image.new("L", (W, H), 255)
            dr = ImageDraw.Draw(img)
            y, pno = MT, pno + 1
            if blk is not None:
                blk["page"] = pno
            i += 1
            continue
        need = hgt
        if keep and i + 1 < n and items[i + 1][0] != "PB":
            need += items[i + 1][0]
        if y + need > H - MB and y > MT:
            pages.append(img)
            img = Image.new("L", (W, H), 255)
            dr = ImageDraw.Draw(img)
            y, pno = MT, pno + 1
        if blk is not None and blk.get("page") is None:
            blk["page"] = pno
        fn(dr, y)
        y += hgt
        i += 1
    pages.append(img)
    for b in doc.blocks:
        if b["page"] is None:
            b["page"] = pno
    if doc.footer:
        for pi, im in enumerate(pages):
            ImageDraw.Draw(im).text((ML, H - int(0.55 * dpi)), doc.footer.format(page=pi + 1),
                                    font=flhs, fill=60)
    return [degrade(im, doc, pi) for pi, im in enumerate(pages)]


def degrade(img, doc, pi):
    """Mild scanner / phone-camera artefacts, seeded."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = random.Random(doc.seed * 31 + pi)
    angle = doc.angle if doc.angle else rng.uniform(-0.7, 0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.RandomState((doc.seed + pi) % (2 ** 31))
    a = 24 + a * 0.89                       # paper tone / ink not fully black
    a += nrng.normal(0, 3.5, a.shape)      # sensor noise
    h, w = a.shape
    if doc.photo:                           # uneven lighting on a phone photo
        yy, xx = np.mgrid[0:h, 0:w]
        a -= 26 * ((xx / w) * 0.6 + (yy / h) * 0.4)
    # specks of dust
    for _ in range(350):
        y, x = nrng.randint(0, h - 3), nrng.randint(0, w - 3)
        a[y:y + nrng.randint(1, 4), x:x + nrng.randint(1, 4)] = nrng.randint(40, 150)
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


def render_scan_pdf(doc, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    pages = render_pages(doc)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("Scanner")
    for im in pages:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=82, dpi=(doc.dpi, doc.dpi))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return len(pages)


def render_image(doc, path):
    pages = render_pages(doc)
    if doc.kind == "jpeg":
        assert len(pages) == 1
        pages[0].save(path, "JPEG", quality=85, dpi=(doc.dpi, doc.dpi))
    elif doc.kind == "png":
        assert len(pages) == 1
        pages[0].save(path, "PNG", dpi=(doc.dpi, doc.dpi))
    elif doc.kind == "tiff":
        pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:],
                      compression="tiff_lzw", dpi=(doc.dpi, doc.dpi))
    return len(pages)


# --------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------
def gold_for(doc, relpath, sha, npages):
    fmt = {"docx": "docx", "pdf": "pdf", "scan": "pdf"}.get(doc.kind, "image")
    ocr = list(range(1, npages + 1)) if doc.kind not in ("docx", "pdf") else []
    records = []
    firsts = []
    for ri in range(len(doc.records)):
        blks = [b for b in doc.blocks if b["rec"] == ri]
        firsts.append((min(b["page"] for b in blks), blks[0]["kind"] == "pb"))
    for ri, r in enumerate(doc.records):
        own = sorted({b["page"] for b in doc.blocks if b["rec"] == ri})
        if ri + 1 < len(doc.records):
            nxt, starts_with_break = firsts[ri + 1]
            end = nxt - 1 if starts_with_break else nxt
        else:
            end = npages            # trailing signature lines belong to the last record
        pages = list(range(own[0], max(end, own[-1]) + 1))
        evidence = {}
        for f, (b, label) in r.labels.items():
            if label is not None:
                evidence[f] = {"page": b["page"], "label": label}
        mreq, mrec = spec.missing_lists(r.rtype, r.fields)
        if r.rtype != "unknown":
            assert sorted(mreq) == sorted(r.expect_req), (doc.name, ri, mreq, r.expect_req)
            assert sorted(mrec) == sorted(r.expect_rec), (doc.name, ri, mrec, r.expect_rec)
        if r.rtype == "unknown":
            status = "not_assessed"
        elif mreq:
            status = "incomplete"
        else:
            status = "complete"
        fields = {f: r.fields[f] for f in spec.field_names(r.rtype) if f in r.fields}
        assert len(fields) == len(r.fields), (doc.name, set(r.fields) - set(fields))
        records.append({
            "record_type": r.rtype,
            "confidence": 1.0,
            "language": r.lang,
            "pages": pages,
            "fields": fields,
            "evidence": evidence,
            "alternatives": r.alternatives,
            "missing_required": mreq,
            "missing_recommended": mrec,
            "needs_review": [],
            "status": status,
            "complete": status == "complete",
            "unmatched": [{"text": t, "kind": k, "page": b["page"]} for b, t, k in r.unmatched],
        })
    return {
        "contract_version": spec.CONTRACT_VERSION,
        "source": {"path": relpath, "sha256": sha, "format": fmt, "pages": npages,
                   "ocr_pages": ocr},
        "records": records,
        "warnings": [],
    }


def build(out):
    import corpus_docs
    notes = os.path.join(out, "notes")
    gold = os.path.join(out, "gold")
    os.makedirs(notes, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    index = []
    for make_doc in corpus_docs.ALL:
        doc = make_doc()
        path = os.path.join(notes, doc.name)
        if doc.kind == "docx":
            npages = render_docx(doc, path)
        elif doc.kind == "pdf":
            npages = render_pdf(doc, path)
        elif doc.kind == "scan":
            npages = render_scan_pdf(doc, path)
        else:
            npages = render_image(doc, path)
        with open(path, "rb") as fh:
            sha = hashlib.sha256(fh.read()).hexdigest()
        g = gold_for(doc, "notes/" + doc.name, sha, npages)
        with open(os.path.join(gold, doc.name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2, sort_keys=False)
            fh.write("\n")
        types = "+".join(r["record_type"] for r in g["records"])
        index.append("%-44s %-6s %-3s %-40s %s" % (doc.name, {"scan": "scan"}.get(doc.kind, doc.kind),
                                                  doc.lang, types, doc.tricky))
    with open(os.path.join(out, "INDEX.txt"), "w", encoding="utf-8") as fh:
        fh.write("# file | kind (docx, pdf = text PDF, scan = scanned PDF, jpeg/png/tiff = image) | "
                 "language | record type(s) in gold | what is tricky\n")
        fh.write("\n".join(index) + "\n")
    print("wrote %d files to %s" % (len(index), out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make.py OUT")
    build(sys.argv[1])
