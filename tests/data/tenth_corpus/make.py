# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Independent test corpus for a social-work document-extraction tool.

Written 2026-12-05 by an author who read only the output contract
(records.md: record types, field names, kinds, levels, JSON shape,
conventions) and nothing of the tool's code, schemas or vocabulary.

It writes ~30 realistic, entirely fictional social-work documents
(Indonesian and English; DOCX, text PDF, image-only scanned PDF, JPEG,
PNG, multi-page TIFF) and one gold JSON per document:

    python make.py OUTDIR
        -> OUTDIR/notes/<file>
        -> OUTDIR/gold/<file>.json

Output is deterministic (byte-identical between runs): reportlab runs in
invariant mode, DOCX zip members and core properties carry fixed dates,
noise and rotation of scans come from seeded generators.

Kept outside the repository while the session's extraction changes were
made, so both figures are first sight (nobody tuned on it; held back from
`make train` like the seventh corpus). 30 files, 32 records, 313 labelled
values. `casenotes process tests/data/tenth_corpus/notes --out /tmp/c10 -q &&
casenotes evaluate --gold tests/data/tenth_corpus/gold --pred /tmp/c10`:
  at 8f489c4: type 0.938 (scans 0.900), req F1 0.385 (P 0.312 R 0.500),
              value 0.750, narrative 0.849, needs_review 0.219 a record, ECE 0.034
  at d8d7140: type 0.969 (scans 0.900), req F1 0.538 (P 0.438 R 0.700),
              value 0.873, narrative 0.920, needs_review 0.312 a record, ECE 0.059
(docs/quality-log.md).

Gold conventions chosen by this author (where the contract is open):
  * narrative values: paragraphs joined by a blank line ("\\n\\n"), the
    whitespace inside a paragraph folded to single spaces; for a
    process recording laid out as a table, the cells of a column are
    paragraphs, read row by row (worker_reflection: feelings cell then
    analysis cell of each row, row by row).
  * text values are copied exactly as written (names with honorifics).
  * source.pages / ocr_pages are given for PDFs and images only.
  * record-level status is given only for `unknown` records (not_assessed).
"""
import datetime as _dt
import hashlib
import io
import json
import os
import random
import sys
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
F_REG = FONT_DIR + "DejaVuSans.ttf"
F_BOLD = FONT_DIR + "DejaVuSans-Bold.ttf"
F_SERIF = FONT_DIR + "DejaVuSerif.ttf"
F_SERIF_BOLD = FONT_DIR + "DejaVuSerif-Bold.ttf"
F_MONO = FONT_DIR + "DejaVuSansMono.ttf"

CONTRACT_VERSION = "1.1"

# --------------------------------------------------------------------------
# Contract levels (from records.md) -- used to compute the missing lists
# --------------------------------------------------------------------------
HEADER = ["case_number", "client_name", "worker_name", "agency_name"]
TYPES = {
    "process_record": {
        "required": ["client_name", "worker_name", "interview_date", "introduction",
                     "interview_narrative", "conclusion"],
        "recommended": ["case_number", "location", "interview_purpose",
                        "nonverbal_observations", "worker_reflection"],
        "optional": ["agency_name", "session_number", "supervisor_comments", "next_steps"],
    },
    "summarized_process_record": {
        "required": ["client_name", "worker_name", "interview_dates", "summary"],
        "recommended": ["case_number", "conclusion", "next_steps"],
        "optional": ["agency_name", "location", "introduction"],
    },
    "summarized_record": {
        "required": ["case_number", "client_name", "worker_name", "period_start",
                     "period_end", "case_summary"],
        "recommended": ["reports_summarized", "current_situation", "plan"],
        "optional": ["agency_name"],
    },
    "case_record": {
        "required": ["case_number", "client_name", "worker_name", "date_opened",
                     "client_identity", "presenting_problem", "social_environment",
                     "assessment", "intervention_plan"],
        "closed_required": ["date_closed", "interventions", "evaluation", "termination"],
        "recommended": ["referral_source", "case_status", "interventions", "evaluation",
                        "attachments", "confidentiality"],
        "optional": ["agency_name", "client_birth_date", "client_sex", "client_address",
                     "date_closed", "termination"],
    },
    "daily_log": {
        "required": ["worker_name", "entries"],
        "recommended": [],
        "optional": ["agency_name"],
    },
    "agency_record": {
        "required": ["agency_name", "address", "work_program", "service_procedures",
                     "organizational_structure", "service_authority", "founding_date",
                     "funding_sources", "legal_basis", "agency_nature"],
        "recommended": ["policies", "service_process", "recording_and_reporting",
                        "functional_areas", "special_limits", "professional_staff",
                        "admin_staff"],
        "optional": [],
    },
}
ENTRY_REQUIRED = ["date", "time", "duration_minutes", "description"]
ENTRY_RECOMMENDED = ["client_name"]


def allowed_fields(rtype):
    if rtype == "unknown":
        s = set(HEADER)
        for t in TYPES.values():
            s |= set(t["required"]) | set(t["recommended"]) | set(t["optional"])
            s |= set(t.get("closed_required", []))
        return s
    t = TYPES[rtype]
    s = set(t["required"]) | set(t["recommended"]) | set(t["optional"])
    s |= set(t.get("closed_required", []))
    if rtype != "agency_record" and rtype != "daily_log":
        s |= set(HEADER)
    return s


def missing_lists(rtype, fields):
    if rtype == "unknown":
        return [], []
    t = TYPES[rtype]
    req = list(t["required"])
    rec = list(t["recommended"])
    if rtype == "case_record":
        closed = fields.get("case_status") == "closed" or "date_closed" in fields
        if closed:
            req += t["closed_required"]
            rec = [f for f in rec if f not in t["closed_required"]]
    mreq = [f for f in req if f not in fields]
    mrec = [f for f in rec if f not in fields]
    if rtype == "daily_log":
        for i, e in enumerate(fields.get("entries", [])):
            for k in ENTRY_REQUIRED:
                if k not in e:
                    mreq.append("entries[%d].%s" % (i, k))
            for k in ENTRY_RECOMMENDED:
                if k not in e:
                    mrec.append("entries[%d].%s" % (i, k))
    return mreq, mrec


def N(*paras):
    """A narrative value: paragraphs joined by a blank line, whitespace folded."""
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def E(date, time, dur, desc, client=None):
    e = {"date": date, "time": time, "duration_minutes": dur, "description": " ".join(desc.split())}
    if dur is None:
        del e["duration_minutes"]
    if time is None:
        del e["time"]
    if client is not None:
        e["client_name"] = client
    return e


# --------------------------------------------------------------------------
# Document model: a list of blocks
#   ("letterhead", [lines])   centred lines, first ones small, last bold
#   ("title", text)           centred bold
#   ("h", text)               bold heading line
#   ("p", text)               paragraph
#   ("kv", [(label, value)], sep)   label/value lines
#   ("table", rows, widths, header_rows)  ruled table, rows of strings
#   ("bullets", [items], mark)
#   ("pb",)                   page break
#   ("small", text)           small print (page furniture on web pages)
#   ("right", text)           right-aligned line (signatures, places/dates)
#   ("sp",)                   vertical space
# --------------------------------------------------------------------------

def kv(pairs, sep=": "):
    return ("kv", pairs, sep)


def table(rows, widths=None, header_rows=1):
    return ("table", rows, widths, header_rows)


def section(heading, *paras):
    return [("h", heading)] + [("p", p) for p in paras]


# --------------------------------------------------------------------------
# DOCX renderer
# --------------------------------------------------------------------------
FIXED_DT = _dt.datetime(2026, 12, 5, 9, 0, 0)


def render_docx(blocks, path, meta):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("doc_title", "")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    heading_style = meta.get("heading_style", "bold")  # bold | word | caps_underline

    for b in blocks:
        kind = b[0]
        if kind == "letterhead":
            lines = b[1]
            for i, ln in enumerate(lines):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                r.bold = True
                r.font.size = Pt(14 if i == len(lines) - 1 else 11)
                p.paragraph_format.space_after = Pt(0)
            p = d.add_paragraph("_" * 70)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h":
            if heading_style == "word":
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                if heading_style == "underline":
                    r.underline = True
                p.paragraph_format.space_before = Pt(8)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "kv":
            for label, value in b[1]:
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                if meta.get("bold_labels"):
                    r = p.add_run(label + b[2].rstrip() + " ")
                    r.bold = True
                    p.add_run(value)
                else:
                    p.add_run(label + b[2] + value)
        elif kind == "table":
            rows, widths, hdr = b[1], b[2], b[3]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    parts = txt.split("\n\n")
                    cells[ci].text = parts[0]
                    for extra in parts[1:]:
                        cells[ci].add_paragraph(extra)
                    if ri < hdr:
                        for par in cells[ci].paragraphs:
                            for r in par.runs:
                                r.bold = True
            if widths:
                tot = float(sum(widths))
                for row in t.rows:
                    for ci, c in enumerate(row.cells):
                        c.width = Cm(16.0 * widths[ci] / tot)
            d.add_paragraph()
        elif kind == "bullets":
            items, mark = b[1], b[2]
            for i, it in enumerate(items):
                m = mark if mark != "num" else "%d." % (i + 1)
                d.add_paragraph(m + " " + it)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif kind == "right":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sp":
            d.add_paragraph()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed member dates so the file is byte-identical
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())
    return None  # pages not defined for DOCX


# --------------------------------------------------------------------------
# Text-PDF renderer (reportlab platypus)
# --------------------------------------------------------------------------
_RL_READY = [False]


def _rl_setup():
    if _RL_READY[0]:
        return
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", F_REG))
    pdfmetrics.registerFont(TTFont("DVB", F_BOLD))
    pdfmetrics.registerFont(TTFont("DVS", F_SERIF))
    pdfmetrics.registerFont(TTFont("DVSB", F_SERIF_BOLD))
    _RL_READY[0] = True


def _esc(s):
    import re
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # keep runs of spaces (crowded header lines) visible in the PDF
    return re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group(0)), s)


def render_pdf(blocks, path, meta):
    _rl_setup()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    serif = meta.get("serif", False)
    reg, bold = ("DVS", "DVSB") if serif else ("DV", "DVB")
    fs = meta.get("font_size", 10)
    sN = ParagraphStyle("n", fontName=reg, fontSize=fs, leading=fs * 1.35, spaceAfter=5)
    sC = ParagraphStyle("c", parent=sN, fontName=bold, alignment=TA_CENTER, fontSize=fs + 3,
                        leading=(fs + 3) * 1.3, spaceAfter=8)
    sLH = ParagraphStyle("lh", parent=sN, fontName=bold, alignment=TA_CENTER, spaceAfter=0)
    sH = ParagraphStyle("h", parent=sN, fontName=bold, spaceBefore=7, spaceAfter=3)
    sKV = ParagraphStyle("kv", parent=sN, spaceAfter=1)
    sSm = ParagraphStyle("sm", parent=sN, fontSize=7, leading=9, textColor=colors.grey)
    sR = ParagraphStyle("r", parent=sN, alignment=TA_RIGHT)
    sCell = ParagraphStyle("cell", parent=sN, fontSize=fs - 1, leading=(fs - 1) * 1.3, spaceAfter=3)
    sCellH = ParagraphStyle("cellh", parent=sCell, fontName=bold)

    story = []
    width = A4[0] - 4 * cm
    for b in blocks:
        kind = b[0]
        if kind == "letterhead":
            for ln in b[1]:
                story.append(Paragraph(_esc(ln), sLH))
            story.append(Spacer(1, 3))
            t = Table([[""]], colWidths=[width], rowHeights=[2])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "title":
            story.append(Paragraph(_esc(b[1]), sC))
        elif kind == "h":
            story.append(Paragraph(_esc(b[1]), sH))
        elif kind == "p":
            story.append(Paragraph(_esc(b[1]), sN))
        elif kind == "kv":
            for label, value in b[1]:
                story.append(Paragraph(_esc(label + b[2] + value), sKV))
            story.append(Spacer(1, 4))
        elif kind == "table":
            rows, widths, hdr = b[1], b[2], b[3]
            ncol = max(len(r) for r in rows)
            data = []
            for ri, row in enumerate(rows):
                st = sCellH if ri < hdr else sCell
                cells = []
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    paras = [Paragraph(_esc(x), st) for x in txt.split("\n\n") if x]
                    cells.append(paras if paras else "")
                data.append(cells)
            widths = widths or [1] * ncol
            tot = float(sum(widths))
            t = Table(data, colWidths=[width * w / tot for w in widths], repeatRows=hdr)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, hdr - 1), colors.HexColor("#e6e6e6")) if hdr else
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 8))
        elif kind == "bullets":
            items, mark = b[1], b[2]
            for i, it in enumerate(items):
                m = mark if mark != "num" else "%d." % (i + 1)
                story.append(Paragraph(_esc(m + " " + it), sKV))
            story.append(Spacer(1, 4))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "small":
            story.append(Paragraph(_esc(b[1]), sSm))
        elif kind == "right":
            story.append(Paragraph(_esc(b[1]), sR))
        elif kind == "sp":
            story.append(Spacer(1, 12))
        else:
            raise ValueError(kind)

    furniture = meta.get("web")  # dict with banner, printed, url

    def build(total):
        def on_page(c, doc):
            if not furniture:
                return
            c.saveState()
            c.setFont("DV", 7)
            c.setFillColor(colors.grey)
            c.drawString(1 * cm, A4[1] - 0.7 * cm, furniture["printed"])
            c.drawRightString(A4[0] - 1 * cm, A4[1] - 0.7 * cm, furniture["tab_title"])
            c.drawString(1 * cm, 0.7 * cm, furniture["url"])
            c.drawRightString(A4[0] - 1 * cm, 0.7 * cm, "Page %d of %d" % (doc.page, total))
            c.restoreState()
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                                topMargin=2 * cm, bottomMargin=2 * cm,
                                title=meta.get("doc_title", ""), author=meta.get("author", ""),
                                creator="corpus", producer="corpus")
        import copy
        doc.build(copy.deepcopy(story), onFirstPage=on_page, onLaterPages=on_page)
        return buf.getvalue(), doc.page

    data, pages = build(1)
    if furniture:
        data, pages = build(pages)
    with open(path, "wb") as f:
        f.write(data)
    return pages


# --------------------------------------------------------------------------
# Scan renderer: text drawn on page images (Pillow), slight skew and noise
# --------------------------------------------------------------------------

class _Pager:
    def __init__(self, dpi, fonts, margin_in=0.9, page_in=(8.27, 11.69)):
        self.dpi = dpi
        self.W = int(page_in[0] * dpi)
        self.H = int(page_in[1] * dpi)
        self.m = int(margin_in * dpi)
        self.fonts = fonts
        self.pages = []
        self.new_page()

    def new_page(self):
        self.img = Image.new("L", (self.W, self.H), 255)
        self.dr = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.m

    def wrap(self, text, font, width):
        lines = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                trial = (cur + " " + w) if cur else w
                if font.getlength(trial) <= width:
                    cur = trial
                else:
                    if cur:
                        lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def lh(self, font):
        return int(font.size * 1.38)

    def ensure(self, h):
        if self.y + h > self.H - self.m:
            self.new_page()

    def text(self, text, font, align="left", indent=0, after=0.35):
        width = self.W - 2 * self.m - indent
        for ln in self.wrap(text, font, width):
            self.ensure(self.lh(font))
            if align == "center":
                x = (self.W - font.getlength(ln)) / 2
            elif align == "right":
                x = self.W - self.m - font.getlength(ln)
            else:
                x = self.m + indent
            self.dr.text((x, self.y), ln, font=font, fill=20)
            self.y += self.lh(font)
        self.y += int(self.lh(font) * after)

    def rule(self):
        self.dr.line((self.m, self.y, self.W - self.m, self.y), fill=0, width=3)
        self.y += 14

    def table(self, rows, widths, hdr):
        f, fb = self.fonts["cell"], self.fonts["cellb"]
        ncol = max(len(r) for r in rows)
        widths = widths or [1] * ncol
        tot = float(sum(widths))
        avail = self.W - 2 * self.m
        cws = [int(avail * w / tot) for w in widths]
        pad = 10

        def draw_row(row, font):
            cell_lines = []
            for ci in range(ncol):
                txt = row[ci] if ci < len(row) else ""
                ls = []
                for k, para in enumerate(txt.split("\n\n")):
                    if k:
                        ls.append("")
                    ls += self.wrap(para, font, cws[ci] - 2 * pad) if para else []
                cell_lines.append(ls)
            h = max(len(x) for x in cell_lines) * self.lh(font) + 2 * pad
            h = max(h, self.lh(font) + 2 * pad)
            if self.y + h > self.H - self.m:
                self.new_page()
                if hdr and row is not rows[0]:
                    draw_row(rows[0], fb)
            x = self.m
            for ci in range(ncol):
                self.dr.rectangle((x, self.y, x + cws[ci], self.y + h), outline=0, width=2)
                yy = self.y + pad
                for ln in cell_lines[ci]:
                    self.dr.text((x + pad, yy), ln, font=font, fill=20)
                    yy += self.lh(font)
                x += cws[ci]
            self.y += h

        for ri, row in enumerate(rows):
            draw_row(row, fb if ri < hdr else f)
        self.y += 20


def render_pages(blocks, meta):
    dpi = meta.get("dpi", 200)
    pt = lambda p: int(p * dpi / 72.0)
    serif = meta.get("serif", False)
    reg = F_SERIF if serif else F_REG
    bold = F_SERIF_BOLD if serif else F_BOLD
    if meta.get("mono"):
        reg = bold = F_MONO
    fs = meta.get("font_size", 11)
    fonts = {
        "n": ImageFont.truetype(reg, pt(fs)),
        "b": ImageFont.truetype(bold, pt(fs)),
        "t": ImageFont.truetype(bold, pt(fs + 3)),
        "s": ImageFont.truetype(reg, pt(fs - 3)),
        "cell": ImageFont.truetype(reg, pt(fs - 1)),
        "cellb": ImageFont.truetype(bold, pt(fs - 1)),
    }
    pg = _Pager(dpi, fonts)
    for b in blocks:
        kind = b[0]
        if kind == "letterhead":
            for ln in b[1]:
                pg.text(ln, fonts["b"], align="center", after=0)
            pg.y += 8
            pg.rule()
        elif kind == "title":
            pg.text(b[1], fonts["t"], align="center", after=0.6)
        elif kind == "h":
            pg.y += pt(4)
            pg.text(b[1], fonts["b"], after=0.15)
        elif kind == "p":
            pg.text(b[1], fonts["n"])
        elif kind == "kv":
            for label, value in b[1]:
                pg.text(label + b[2] + value, fonts["n"], after=0.05)
            pg.y += pt(5)
        elif kind == "table":
            pg.table(b[1], b[2], b[3])
        elif kind == "bullets":
            items, mark = b[1], b[2]
            for i, it in enumerate(items):
                m = mark if mark != "num" else "%d." % (i + 1)
                pg.text(m + " " + it, fonts["n"], after=0.05)
            pg.y += pt(5)
        elif kind == "pb":
            pg.new_page()
        elif kind == "small":
            pg.text(b[1], fonts["s"])
        elif kind == "right":
            pg.text(b[1], fonts["n"], align="right")
        elif kind == "sp":
            pg.y += pt(12)
        else:
            raise ValueError(kind)
    # scanner effects: slight rotation, grey speckle, mild blur
    rng = random.Random(meta.get("seed", 1))
    out = []
    for i, im in enumerate(pg.pages):
        angle = rng.uniform(-0.9, 0.9)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = im.load()
        W, H = im.size
        for _ in range(W * H // 900):
            x, y = rng.randrange(W), rng.randrange(H)
            px[x, y] = rng.choice((90, 140, 180, 200))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        if meta.get("tint"):
            im = Image.merge("RGB", (im, im, im.point(lambda v: int(v * 0.93))))
        out.append(im)
    return out


def save_scan(blocks, path, meta, fmt):
    imgs = render_pages(blocks, meta)
    dpi = meta.get("dpi", 200)
    if fmt == "pdf":
        _rl_setup()
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, invariant=1)
        for im in imgs:
            w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
            c.setPageSize((w, h))
            c.drawImage(ImageReader(im.convert("RGB")), 0, 0, width=w, height=h)
            c.showPage()
        c.save()
        data = buf.getvalue()
        with open(path, "wb") as f:
            f.write(data)
    elif fmt == "jpeg":
        imgs[0].convert("RGB").save(path, "JPEG", quality=85, dpi=(dpi, dpi))
    elif fmt == "png":
        imgs[0].save(path, "PNG", dpi=(dpi, dpi))
    elif fmt == "tiff":
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:],
                     compression="tiff_deflate", dpi=(dpi, dpi))
    else:
        raise ValueError(fmt)
    return len(imgs)


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def proc_table(headers, rows, dlg=0, refl=(1, 2), sup=None, widths=None):
    """Process-recording table; returns (block, dialogue, reflection, supervisor)."""
    block = table([headers] + rows, widths)
    dialogue = N(*[r[dlg] for r in rows])
    reflection = N(*[r[c] for r in rows for c in refl if c < len(r)])
    supervisor = N(*[r[sup] for r in rows]) if sup is not None else None
    return block, dialogue, reflection, supervisor


# 1 ------------------------------------------------------------------------
@doc
def d01():
    intro = ("Wawancara ini merupakan pertemuan kedua dengan Andika setelah ia dirujuk oleh wali kelasnya "
             "karena tidak masuk sekolah selama sebelas hari dalam satu bulan terakhir. Andika datang sendiri "
             "ke kantor yayasan pukul 10.00, terlambat sekitar lima belas menit dari waktu yang disepakati.")
    intro2 = ("Pekerja sosial membuka pertemuan dengan menanyakan kabarnya dan mengingatkan kembali "
              "kesepakatan pada pertemuan pertama, yaitu bahwa pembicaraan bersifat rahasia.")
    rows = [
        ["PS: Selamat pagi, Andika. Terima kasih sudah datang. Bagaimana kabarmu minggu ini?",
         "Saya lega ia datang, walaupun terlambat.",
         "Membuka dengan sapaan hangat untuk membangun relasi (rapport)."],
        ["Klien: Biasa saja, Bu. (menunduk, memainkan tali tasnya) Saya capek.",
         "Saya merasa ia menyimpan sesuatu yang berat.",
         "Pesan nonverbal tidak sejalan dengan kata 'biasa saja'."],
        ["PS: Capek karena apa, kalau boleh Ibu tahu?",
         "",
         "Pertanyaan terbuka untuk mendorong klien bercerita."],
        ["Klien: Saya jaga warung sampai malam, Bu. Bapak sakit, jadi saya yang gantikan. Pagi-pagi saya "
         "sudah tidak kuat bangun.",
         "Saya tersentuh dan agak kaget; ternyata ia bukan malas.",
         "Muncul informasi baru: beban ekonomi keluarga. Perlu dikonfirmasi dengan ibu klien."],
        ["PS: Jadi kamu bolos bukan karena tidak mau sekolah, tetapi karena harus membantu keluarga. "
         "Begitu, Andika?",
         "Saya berusaha tidak menghakimi.",
         "Parafrase dan klarifikasi."],
        ["Klien: Iya, Bu. Sebenarnya saya mau sekolah lagi. (menatap PS untuk pertama kalinya)",
         "Saya merasa ada harapan.",
         "Motivasi klien untuk kembali sekolah cukup kuat; ini kekuatan yang bisa dipakai."],
    ]
    blk, dialogue, refl, _ = proc_table(
        ["Dialog", "Perasaan Pekerja Sosial", "Analisis / Keterampilan"], rows, widths=[5, 3, 3])
    nonverbal = ("Selama sekitar sepuluh menit pertama klien lebih banyak menunduk dan menjawab singkat. "
                 "Setelah membicarakan warung dan ayahnya, suaranya menjadi lebih jelas dan ia mulai "
                 "menatap pekerja sosial. Pakaian seragamnya tampak kusut dan ia terlihat mengantuk.")
    concl = ("Ketidakhadiran Andika di sekolah terutama disebabkan oleh beban menjaga warung keluarga sejak "
             "ayahnya sakit, bukan karena kurangnya minat belajar. Klien menyatakan ingin kembali bersekolah "
             "secara teratur.")
    nxt = ("Kunjungan rumah untuk bertemu ibu klien pada minggu depan dan membicarakan pembagian tugas "
           "menjaga warung; koordinasi dengan wali kelas mengenai jadwal susulan.")
    blocks = [
        ("letterhead", ["YAYASAN PELITA HATI NUSANTARA",
                        "Jl. Cempaka Putih Raya No. 41, Kota Sukamaju – Telp. (0261) 555 0192"]),
        ("title", "CATATAN PROSES WAWANCARA"),
        kv([("No. Kasus", "YPH/2024/117"), ("Nama Klien", "Andika Pratama"),
            ("Pekerja Sosial", "Rina Wulandari, S.Tr.Sos."), ("Hari/Tanggal", "Selasa, 12 Maret 2024"),
            ("Tempat", "Ruang konseling Yayasan Pelita Hati"), ("Wawancara ke", "2"),
            ("Tujuan", "Menggali alasan klien sering membolos dan perasaannya tentang rencana kembali ke sekolah.")],
           sep="\t: "),
        ("h", "I. PENDAHULUAN"), ("p", intro), ("p", intro2),
        ("h", "II. ISI WAWANCARA"), blk,
        ("h", "III. PENGAMATAN NONVERBAL"), ("p", nonverbal),
        ("h", "IV. KESIMPULAN"), ("p", concl),
        ("h", "V. RENCANA TINDAK LANJUT"), ("p", nxt),
        ("sp",), ("right", "Sukamaju, 12 Maret 2024"), ("right", "Rina Wulandari, S.Tr.Sos."),
    ]
    fields = {
        "agency_name": "YAYASAN PELITA HATI NUSANTARA",
        "case_number": "YPH/2024/117", "client_name": "Andika Pratama",
        "worker_name": "Rina Wulandari, S.Tr.Sos.", "interview_date": "2024-03-12",
        "location": "Ruang konseling Yayasan Pelita Hati", "session_number": 2,
        "interview_purpose": "Menggali alasan klien sering membolos dan perasaannya tentang rencana kembali ke sekolah.",
        "introduction": N(intro, intro2), "interview_narrative": dialogue,
        "worker_reflection": refl, "nonverbal_observations": N(nonverbal),
        "conclusion": N(concl), "next_steps": N(nxt),
    }
    return dict(name="id_catatan_proses_tabel.docx", fmt="docx", meta={"bold_labels": False},
                blocks=blocks, records=[("process_record", "id", fields)],
                note="ID process record, 3-column DOCX table (Dialog | Perasaan | Analisis), letterhead agency, tab-aligned labels, Roman-numeral caps headings")


# 2 ------------------------------------------------------------------------
@doc
def d02():
    purpose = ("To review how Ms. Moreno managed the first week of the new bedtime routine for her "
               "two children and to explore her feelings about the upcoming custody hearing.")
    intro = ("This was our third session and the first one held at the client's home. Ms. Moreno had "
             "asked to meet at home because her younger son had a fever. I arrived at 4:10 pm; the "
             "children were watching television in the next room.")
    rows = [
        ["Worker: Hi Leah, thanks for letting me come to the house today. How is Mateo feeling?",
         "A little uneasy being in her home for the first time.",
         "Opening; acknowledging the change of setting.",
         "Good to name the change of setting."],
        ["Leah: Better, the fever broke last night. Sorry about the mess. (gestures at the laundry on the table)",
         "I noticed I wanted to reassure her straight away.",
         "Client apologises – possible worry about being judged as a parent.",
         ""],
        ["Worker: No need to apologise at all. You said on the phone that bedtime went better this week?",
         "",
         "Reassurance, then refocusing on the agreed topic.",
         "Could you have explored the apology a little first?"],
        ["Leah: Four nights out of seven they were in bed by eight. That's a record for us. But then I "
         "lie awake thinking about the hearing.",
         "Pleased for her; then a drop in my stomach when she mentioned the hearing.",
         "Client links success with new anxiety. Reflecting feelings is indicated.",
         ""],
        ["Worker: You sound proud of the four nights, and at the same time the hearing is keeping you awake.",
         "I felt I had it right when she nodded.",
         "Reflection of mixed feelings.",
         "Nice double-sided reflection."],
        ["Leah: Yes. I'm scared they'll say I can't cope. (voice breaks)",
         "Sadness; wanting to fix it for her.",
         "Core fear identified: being seen as an unfit mother.",
         ""],
    ]
    blk, dialogue, refl, sup = proc_table(
        ["Dialogue", "Worker's gut-level feelings", "Skills used / analysis", "Supervisor's comments"],
        rows, refl=(1, 2), sup=3, widths=[5, 3, 3, 3])
    concl = ("Ms. Moreno is making real progress with the bedtime routine and is able to say so. Her main "
             "current concern is the custody hearing and a fear of being judged as unable to cope; this fear "
             "seems to drive her apologies and her sleeplessness.")
    plan = ("Next session (19 March): prepare together a short list of the routines she has established, "
            "which she can share with her legal aid lawyer; give information about the parenting support group.")
    blocks = [
        ("title", "PROCESS RECORDING"),
        ("p", "Agency: Riverside Community Counselling      Client: Ms. Leah Moreno      Date: March 5, 2024"),
        ("p", "Student Worker: Priya Natarajan      Field Instructor: Dr. Alan Whitcombe      Case No.: RCC-24-0311"),
        ("p", "Session: 3      Setting: Client's home (kitchen), 22 Alder Lane, Riverside"),
        ("h", "Purpose of the interview"), ("p", purpose),
        ("h", "Introduction"), ("p", intro),
        ("h", "Recording"), blk,
        ("h", "Conclusions"), ("p", concl),
        ("h", "Plan for next session"), ("p", plan),
    ]
    fields = {
        "agency_name": "Riverside Community Counselling", "client_name": "Ms. Leah Moreno",
        "interview_date": "2024-03-05", "worker_name": "Priya Natarajan", "case_number": "RCC-24-0311",
        "session_number": 3, "location": "Client's home (kitchen), 22 Alder Lane, Riverside",
        "interview_purpose": N(purpose), "introduction": N(intro), "interview_narrative": dialogue,
        "worker_reflection": refl, "supervisor_comments": sup, "conclusion": N(concl), "next_steps": N(plan),
    }
    return dict(name="en_process_recording_4col.docx", fmt="docx", meta={"font": "Arial"},
                blocks=blocks, records=[("process_record", "en", fields)],
                note="EN process recording, 4-column DOCX table incl. supervisor column, crowded multi-label header lines, 'Setting' as location, no nonverbal section")


# 3 ------------------------------------------------------------------------
@doc
def d03():
    rows = [
        ["No.", "Tanggal", "Jam", "Lama", "Klien", "Uraian Kegiatan"],
        ["1", "4 Maret 2024", "08.00", "45 mnt", "An. Dewi Lestari",
         "Menerima rujukan dari Polsek Mekarjaya; membaca berkas dan berita acara, mencatat data awal klien."],
        ["2", "", "09.00", "1 jam 30 menit", "An. Dewi Lestari",
         "Asesmen awal di ruang konseling: klien menceritakan kejadian di rumah, tampak takut bila ditanya soal ayah tirinya."],
        ["3", "", "13.00", "½ jam", "Ibu Marni",
         "Kontak telepon dengan nenek klien untuk memberi kabar bahwa klien aman di RPSA."],
        ["4", "5 Maret 2024", "10.15", "2 jam", "An. Rudi Hartono",
         "Mendampingi klien ke RSUD Mekarjaya untuk visum dan pemeriksaan luka di lengan kiri."],
        ["5", "", "14.00", "40 menit", "-",
         "Rapat koordinasi staf mingguan; membahas pembagian kamar dan jadwal piket pendamping."],
        ["6", "6 Maret 2024", "08.30", "1,5 jam", "An. Dewi Lestari",
         "Kunjungan rumah ke nenek klien di Desa Cikareo; menilai kemungkinan klien tinggal bersama nenek."],
    ]
    blocks = [
        ("letterhead", ["PEMERINTAH KABUPATEN MEKARJAYA", "DINAS SOSIAL",
                        "UPTD RUMAH PERLINDUNGAN SOSIAL ANAK TUNAS BANGSA"]),
        ("title", "CATATAN HARIAN PEKERJA SOSIAL"),
        kv([("Nama Pekerja Sosial", "Yohanes Bere, S.Sos."), ("Bulan", "Maret 2024")], sep=" : "),
        table(rows, widths=[1, 3, 2, 2.5, 3.5, 8]),
        ("p", "Keterangan: tanggal yang dikosongkan berarti sama dengan baris di atasnya."),
        ("right", "Mengetahui, Kepala UPTD"),
    ]
    entries = [
        E("2024-03-04", "08:00", 45, rows[1][5], "An. Dewi Lestari"),
        E("2024-03-04", "09:00", 90, rows[2][5], "An. Dewi Lestari"),
        E("2024-03-04", "13:00", 30, rows[3][5], "Ibu Marni"),
        E("2024-03-05", "10:15", 120, rows[4][5], "An. Rudi Hartono"),
        E("2024-03-05", "14:00", 40, rows[5][5]),
        E("2024-03-06", "08:30", 90, rows[6][5], "An. Dewi Lestari"),
    ]
    fields = {"worker_name": "Yohanes Bere, S.Sos.",
              "agency_name": "UPTD RUMAH PERLINDUNGAN SOSIAL ANAK TUNAS BANGSA", "entries": entries}
    return dict(name="id_catatan_harian_tabel.docx", fmt="docx", meta={},
                blocks=blocks, records=[("daily_log", "id", fields)],
                note="ID daily log, ruled table with No. column, blank date cells = same day, durations '45 mnt', '1 jam 30 menit', '½ jam', '1,5 jam'; '-' client; letterhead with parent lines")


# 4 ------------------------------------------------------------------------
@doc
def d04():
    summ1 = ("Mr. Okonkwo (67) was referred by his GP in early January after a fall at home and growing "
             "concern about self-neglect. At intake he lived alone in a first-floor flat, had stopped "
             "cooking and was missing doses of his heart medication.")
    summ2 = ("Over four interviews and one home visit he spoke about the death of his wife in 2022 and "
             "said he 'did not see the point' of looking after himself. A brief depression screen was "
             "positive and he agreed to a GP review. Meals on wheels started on 22 January; a pharmacy "
             "blister pack started on 5 February.")
    summ3 = ("His daughter, who lives 60 miles away, became more involved after a joint phone call in "
             "February and now rings him every evening.")
    current = ("Mr. Okonkwo is eating regularly, taking his medication as prescribed and has had no further "
               "falls. He remains low in mood but has started attending the lunch club at St Brendan's on Thursdays.")
    plan = ("Continue fortnightly contact until the GP's review of his antidepressant in May; refer to the "
            "falls prevention service; plan case closure for June if progress is maintained.")
    reports = ["Intake note, 8 January 2024", "Process recordings 1–4 (15 January – 19 February 2024)",
               "Home visit report, 4 March 2024", "Progress note, 28 March 2024"]
    blocks = [
        ("letterhead", ["Westmere Adult Social Care – Community Team North"]),
        ("title", "SUMMARY RECORD – QUARTERLY REVIEW"),
        kv([("Case number", "WAS/CTN/4471"), ("Service user", "Mr. Emeka Okonkwo"),
            ("Social worker", "Joanne Pryce, BA (Hons) Social Work"),
            ("Period covered", "8 January 2024 – 28 March 2024")]),
        ("h", "Reports summarised"), ("bullets", reports, "•"),
        ("h", "Case summary"), ("p", summ1), ("p", summ2), ("p", summ3),
        ("h", "Present situation"), ("p", current),
        ("h", "Plan"), ("p", plan),
    ]
    fields = {
        "agency_name": "Westmere Adult Social Care – Community Team North",
        "case_number": "WAS/CTN/4471", "client_name": "Mr. Emeka Okonkwo",
        "worker_name": "Joanne Pryce, BA (Hons) Social Work",
        "period_start": "2024-01-08", "period_end": "2024-03-28",
        "reports_summarized": reports, "case_summary": N(summ1, summ2, summ3),
        "current_situation": N(current), "plan": N(plan),
    }
    return dict(name="en_case_summary.docx", fmt="docx", meta={"heading_style": "word"},
                blocks=blocks, records=[("summarized_record", "en", fields)],
                note="EN summary record, period on one line with en dash, bulleted reports list, Word Heading styles, 'Service user' label")


# 5 ------------------------------------------------------------------------
@doc
def d05():
    ident = ("Klien adalah seorang perempuan berusia 34 tahun, beragama Islam, pendidikan terakhir SMP, "
             "bekerja sebagai buruh cuci harian. Klien tinggal bersama tiga orang anaknya (12, 9 dan 4 tahun) "
             "di rumah kontrakan satu kamar.")
    problem = ("Klien datang ke Pos Pelayanan Terpadu setelah mengalami kekerasan fisik berulang dari "
               "suaminya. Suami meninggalkan rumah sejak Juli 2023 dan tidak memberi nafkah. Klien terancam "
               "diusir karena menunggak sewa tiga bulan, dan anak sulungnya berhenti sekolah.")
    env = ("Orang tua klien sudah meninggal; satu-satunya kerabat dekat adalah kakak perempuan di Kecamatan "
           "Sindangraja yang bersedia membantu sesekali. Lingkungan kontrakan padat, tetapi ketua RT dan "
           "beberapa tetangga cukup peduli dan pernah membantu beras.")
    env2 = ("Klien aktif mengikuti pengajian ibu-ibu setiap Jumat, yang menjadi sumber dukungan emosional baginya.")
    assess = ("Klien mengalami krisis ekonomi dan trauma akibat kekerasan dalam rumah tangga. Kekuatan klien: "
              "motivasi tinggi untuk menghidupi anak, keterampilan menjahit, dan jaringan tetangga yang peduli. "
              "Hambatan: tidak memiliki modal, dokumen kependudukan anak belum lengkap.")
    plan = ("1) Pendampingan psikososial dan rujukan ke P2TP2A untuk konseling trauma; 2) pengurusan KIS dan "
            "bantuan PKH; 3) mengembalikan anak sulung ke sekolah melalui program Kejar Paket B; 4) bantuan "
            "modal usaha menjahit melalui KUBE.")
    interv = ("Klien didampingi mengikuti konseling di P2TP2A sebanyak enam kali (Oktober–Desember 2023). "
              "KIS terbit pada November 2023 dan klien terdaftar sebagai penerima PKH sejak Januari 2024.")
    interv2 = ("Anak sulung kembali belajar melalui PKBM Harapan pada Januari 2024. Klien menerima bantuan "
               "satu unit mesin jahit dari Dinas Sosial pada Februari 2024.")
    evalu = ("Tujuan intervensi tercapai: klien mampu memenuhi kebutuhan dasar keluarga dari usaha jahit "
             "(penghasilan rata-rata Rp1.500.000 per bulan), tidak ada lagi kekerasan, dan semua anak bersekolah.")
    term = ("Kasus ditutup atas kesepakatan bersama pada 28 Maret 2024. Klien diberi tahu bahwa ia dapat "
            "menghubungi Pos Pelayanan kembali bila membutuhkan. Pemantauan lanjutan diserahkan kepada "
            "pendamping PKH setempat.")
    atts = ["Fotokopi KTP dan Kartu Keluarga", "Surat keterangan dokter Puskesmas Sindangraja",
            "Surat rujukan dari Ketua RT 04", "Fotokopi rapor anak sulung"]
    blocks = [
        ("letterhead", ["PEMERINTAH KOTA SINDANGRAJA", "POS PELAYANAN TERPADU KESEJAHTERAAN SOSIAL \"SAUYUNAN\""]),
        ("right", "RAHASIA"),
        ("title", "CATATAN KASUS"),
        kv([("Nomor Kasus", "PPT-SY/0923/045"), ("Nama Klien", "Ny. Siti Aminah"),
            ("Pekerja Sosial", "Dedi Kurniawan, S.Sos."), ("Tanggal Kasus Dibuka", "18 September 2023"),
            ("Tanggal Kasus Ditutup", "28 Maret 2024"), ("Status Kasus", "Selesai (terminasi)"),
            ("Sumber Rujukan", "Ketua RT 04 RW 02 Kelurahan Margasari"),
            ("Tanggal lahir", "03-05-1989"), ("Jenis kelamin", "Perempuan"),
            ("Alamat", "Gg. Mawar No. 7, RT 04 RW 02, Kel. Margasari, Kota Sindangraja")], sep="  : "),
        ("h", "I. IDENTITAS KLIEN"), ("p", ident),
        ("h", "II. MASALAH YANG DIHADAPI"), ("p", problem),
        ("h", "III. LINGKUNGAN SOSIAL KLIEN"), ("p", env), ("p", env2),
        ("h", "IV. ASESMEN"), ("p", assess),
        ("h", "V. RENCANA INTERVENSI"), ("p", plan),
        ("h", "VI. PELAKSANAAN INTERVENSI"), ("p", interv), ("p", interv2),
        ("h", "VII. EVALUASI"), ("p", evalu),
        ("h", "VIII. TERMINASI"), ("p", term),
        ("h", "IX. LAMPIRAN"), ("bullets", atts, "num"),
    ]
    fields = {
        "agency_name": "POS PELAYANAN TERPADU KESEJAHTERAAN SOSIAL \"SAUYUNAN\"",
        "confidentiality": "RAHASIA",
        "case_number": "PPT-SY/0923/045", "client_name": "Ny. Siti Aminah",
        "worker_name": "Dedi Kurniawan, S.Sos.", "date_opened": "2023-09-18", "date_closed": "2024-03-28",
        "case_status": "closed", "referral_source": "Ketua RT 04 RW 02 Kelurahan Margasari",
        "client_birth_date": "1989-05-03", "client_sex": "Perempuan",
        "client_address": "Gg. Mawar No. 7, RT 04 RW 02, Kel. Margasari, Kota Sindangraja",
        "client_identity": N(ident), "presenting_problem": N(problem), "social_environment": N(env, env2),
        "assessment": N(assess), "intervention_plan": N(plan), "interventions": N(interv, interv2),
        "evaluation": N(evalu), "termination": N(term), "attachments": atts,
    }
    return dict(name="id_catatan_kasus_tertutup.docx", fmt="docx", meta={"heading_style": "underline"},
                blocks=blocks, records=[("case_record", "id", fields)],
                note="ID closed case record, RAHASIA marking, 'Selesai (terminasi)' status, Roman-numeral caps headings, numbered attachments list, day-first birth date")


# 6 ------------------------------------------------------------------------
@doc
def d06():
    V = {
        "addr": "14 Kestrel Road, Dunmore Vale, DV3 8QT",
        "founded": "12 October 1998",
        "nature": "Non-institutional (community-based; no residential places)",
        "area": "District – Dunmore Vale Borough only",
        "legal": "Registered charity no. 1071893; company limited by guarantee no. 3560412; "
                 "operates under the Children Act 1989 service agreement with Dunmore Vale Borough Council.",
        "program": "Family support home visiting for parents of children under five; a young carers' club; "
                   "a food and fuel hardship fund; parenting courses in four community centres.",
        "proc": "Referrals by health visitors, schools, GPs or self-referral by telephone or the online form. "
                "Families must live in the borough and have at least one child under 18. A duty worker "
                "screens every referral within three working days.",
        "org": "Board of eight trustees; Chief Officer; two Team Managers (Family Support, Young Carers); "
               "Volunteer Coordinator; Finance and Office Manager.",
        "funds": "Borough Council service agreement (55%), National Lottery Community Fund (25%), "
                 "local trusts and individual donations (20%).",
        "policy": "Safeguarding Policy (reviewed annually), Lone Working Policy, Data Protection and "
                  "Confidentiality Policy, Complaints Procedure.",
        "process": "Referral, screening, initial home visit and assessment within ten days, family plan "
                   "agreed with the parents, review every twelve weeks, planned closure with a follow-up call after three months.",
        "rec": "Case notes are kept on the secure CaseBook system within 48 hours of each contact; monthly "
               "statistics go to the trustees and quarterly monitoring reports to the Council.",
        "prof": "Six registered social workers, four family support workers, one young carers' lead.",
        "admin": "One finance and office manager, one part-time administrator, about 30 volunteers.",
        "limits": "Does not provide statutory child protection investigations, housing, or services to "
                  "families outside the borough.",
    }
    rows = [
        ["Item", "Details"],
        ["Name of agency", "Kestrel Family Support Trust"],
        ["Address", V["addr"]],
        ["Date founded", V["founded"]],
        ["Legal status / basis", V["legal"]],
        ["Type of setting", V["nature"]],
        ["Area of service", V["area"]],
        ["Programmes of work", V["program"]],
        ["How to get a service", V["proc"]],
        ["Steps of service", V["process"]],
        ["Structure", V["org"]],
        ["Sources of funding", V["funds"]],
        ["Main policies", V["policy"]],
        ["Recording and reporting", V["rec"]],
        ["Professional staff", V["prof"]],
        ["Administrative staff and volunteers", V["admin"]],
        ["What we do not do", V["limits"]],
    ]
    blocks = [
        ("title", "AGENCY FACT SHEET"),
        ("p", "Prepared for social work students on placement, updated January 2025."),
        table(rows, widths=[3, 8]),
    ]
    fields = {
        "agency_name": "Kestrel Family Support Trust", "address": V["addr"],
        "founding_date": "1998-10-12", "legal_basis": N(V["legal"]),
        "agency_nature": "non_institutional", "service_authority": "district",
        "work_program": N(V["program"]), "service_procedures": N(V["proc"]),
        "service_process": N(V["process"]), "organizational_structure": N(V["org"]),
        "funding_sources": N(V["funds"]), "policies": N(V["policy"]),
        "recording_and_reporting": N(V["rec"]), "professional_staff": N(V["prof"]),
        "admin_staff": N(V["admin"]), "special_limits": N(V["limits"]),
    }
    return dict(name="en_agency_fact_sheet.docx", fmt="docx", meta={},
                blocks=blocks, records=[("agency_record", "en", fields)],
                note="EN agency record as a two-column label|value DOCX table with a header row; no functional-areas item")


# 7 ------------------------------------------------------------------------
@doc
def d07():
    S = {
        "sejarah": "Panti didirikan oleh Pemerintah Provinsi untuk menampung lanjut usia terlantar dari "
                   "seluruh kabupaten/kota di provinsi ini.",
        "dasar": "Peraturan Gubernur Nomor 52 Tahun 2019 tentang Organisasi dan Tata Kerja Unit Pelaksana "
                 "Teknis Daerah pada Dinas Sosial; Undang-Undang Nomor 13 Tahun 1998 tentang Kesejahteraan "
                 "Lanjut Usia.",
        "program": "Pelayanan pengasramaan, pemenuhan gizi, pemeriksaan kesehatan berkala, bimbingan "
                   "mental-spiritual, terapi aktivitas (berkebun, kerajinan), serta pemulasaraan jenazah.",
        "prosedur": "Calon penerima manfaat berusia 60 tahun ke atas, terlantar atau tidak memiliki "
                    "keluarga yang mampu merawat, dirujuk oleh Dinas Sosial kabupaten/kota dengan melampirkan "
                    "surat keterangan tidak mampu, fotokopi KTP, dan surat keterangan sehat dari dokter.",
        "proses": "Penerimaan rujukan, asesmen oleh pekerja sosial, masa orientasi tiga bulan, "
                  "pelayanan dan rehabilitasi, evaluasi enam bulanan, terminasi atau reunifikasi dengan keluarga.",
        "struktur": "Kepala UPTD; Subbagian Tata Usaha; Seksi Pelayanan Sosial; Seksi Rehabilitasi dan "
                    "Bimbingan; kelompok jabatan fungsional Pekerja Sosial.",
        "dana": "APBD Provinsi, bantuan Kementerian Sosial melalui program ATENSI, serta donasi masyarakat yang tidak mengikat.",
        "kebijakan": "Kapasitas dibatasi 110 orang; penerima manfaat dengan gangguan jiwa berat dirujuk ke rumah sakit jiwa.",
        "bidang": "Bidang pelayanan dasar, bidang kesehatan, bidang bimbingan sosial dan rohani.",
        "pencatatan": "Setiap penerima manfaat memiliki berkas kasus; laporan bulanan disampaikan kepada "
                      "Kepala Dinas Sosial Provinsi dan laporan tahunan kepada Gubernur.",
        "batas": "Tidak menerima lanjut usia yang masih memiliki keluarga mampu, kecuali dalam keadaan darurat.",
        "profesi": "5 orang pekerja sosial fungsional, 2 perawat, 1 dokter (paruh waktu), 1 psikolog.",
        "admin": "8 orang staf tata usaha, 12 pramu sosial, 4 juru masak, 6 petugas keamanan.",
    }
    blocks = [
        ("letterhead", ["PEMERINTAH PROVINSI JAWA SELATAN", "DINAS SOSIAL",
                        "UPTD PANTI SOSIAL TRESNA WERDHA BUDI LUHUR"]),
        ("title", "PROFIL LEMBAGA"),
        kv([("Nama Lembaga", "UPTD Panti Sosial Tresna Werdha Budi Luhur"),
            ("Alamat", "Jl. Raya Cisalak Km. 4, Desa Sukaresmi, Kecamatan Cisalak"),
            ("Tanggal Berdiri", "1 April 1982"),
            ("Sifat Lembaga", "Institusional (pelayanan dalam panti)"),
            ("Wilayah Kewenangan Pelayanan", "Provinsi")], sep=" : "),
        ("h", "Latar Belakang"), ("p", S["sejarah"]),
        ("h", "Dasar Hukum"), ("p", S["dasar"]),
        ("h", "Program Kerja"), ("p", S["program"]),
        ("h", "Prosedur dan Persyaratan Pelayanan"), ("p", S["prosedur"]),
        ("h", "Proses Pelayanan"), ("p", S["proses"]),
        ("h", "Struktur Organisasi"), ("p", S["struktur"]),
        ("h", "Sumber Dana"), ("p", S["dana"]),
        ("h", "Kebijakan Lembaga"), ("p", S["kebijakan"]),
        ("h", "Bidang-bidang Fungsional"), ("p", S["bidang"]),
        ("h", "Sistem Pencatatan dan Pelaporan"), ("p", S["pencatatan"]),
        ("h", "Batasan Khusus"), ("p", S["batas"]),
        ("h", "Tenaga Profesional"), ("p", S["profesi"]),
        ("h", "Tenaga Administrasi"), ("p", S["admin"]),
    ]
    fields = {
        "agency_name": "UPTD Panti Sosial Tresna Werdha Budi Luhur",
        "address": "Jl. Raya Cisalak Km. 4, Desa Sukaresmi, Kecamatan Cisalak",
        "founding_date": "1982-04-01", "agency_nature": "institutional", "service_authority": "province",
        "legal_basis": N(S["dasar"]), "work_program": N(S["program"]), "service_procedures": N(S["prosedur"]),
        "service_process": N(S["proses"]), "organizational_structure": N(S["struktur"]),
        "funding_sources": N(S["dana"]), "policies": N(S["kebijakan"]), "functional_areas": N(S["bidang"]),
        "recording_and_reporting": N(S["pencatatan"]), "special_limits": N(S["batas"]),
        "professional_staff": N(S["profesi"]), "admin_staff": N(S["admin"]),
    }
    return dict(name="id_profil_lembaga.docx", fmt="docx", meta={"bold_labels": True},
                blocks=blocks, records=[("agency_record", "id", fields)],
                note="ID agency record (panti, province), bold headings, parent-government letterhead lines, extra unmatched 'Latar Belakang' section; complete")


# 8 ------------------------------------------------------------------------
@doc
def d08():
    intro = ("Both meetings took place at the school counselling room during lunch break, at Aisha's "
             "request; her form tutor had referred her after two incidents of self-harm disclosed to a friend.")
    s1 = ("On 3 September Aisha said that things at home had become tense since her stepfather lost his job. "
          "She explained that she cuts her forearm 'when it gets too loud in my head', usually at night, and "
          "that nobody at home knows. She agreed that the worker would inform the school's safeguarding lead, "
          "and asked that her mother not be told by letter.")
    s2 = ("On 10 September she reported two cuts during the week, both superficial and cleaned. She described "
          "feeling calmer after drawing and agreed to try a 'five things I can see' grounding exercise before "
          "bed. She said she would be willing for her mother to attend the next meeting.")
    concl = ("Aisha is engaging well and is able to name triggers. Risk remains moderate; there are no "
             "indications of suicidal intent at present. Home stress is the main driver.")
    nxt = ("Joint meeting with Aisha and her mother on 17 September; referral to the CAMHS single point of "
           "access; safety plan to be reviewed weekly.")
    blocks = [
        ("letterhead", ["Greenhill Academy – Student Wellbeing Service"]),
        ("title", "Progress Note (Summary of Sessions)"),
        kv([("Student / client", "Aisha Rahman"), ("Ref.", "GWS-2024-087"),
            ("School social worker", "Martin Doyle, MSW"),
            ("Dates of contact", "3 September 2024; 10 September 2024")]),
        ("h", "Background"), ("p", intro),
        ("h", "Summary of contacts"), ("p", s1), ("p", s2),
        ("h", "Worker's conclusion"), ("p", concl),
        ("h", "Next steps"), ("p", nxt),
    ]
    fields = {
        "agency_name": "Greenhill Academy – Student Wellbeing Service", "client_name": "Aisha Rahman",
        "case_number": "GWS-2024-087", "worker_name": "Martin Doyle, MSW",
        "interview_dates": ["2024-09-03", "2024-09-10"], "introduction": N(intro),
        "summary": N(s1, s2), "conclusion": N(concl), "next_steps": N(nxt),
    }
    return dict(name="en_progress_note_two_sessions.docx", fmt="docx", meta={},
                blocks=blocks, records=[("summarized_process_record", "en", fields)],
                note="EN summarized process record covering two sessions (two dates on one label), school setting, 'Background' as introduction")


# 9 ------------------------------------------------------------------------
@doc
def d09():
    blocks = [
        ("title", "FORMAT REKAMAN PROSES (CATATAN PROSES)"),
        ("p", "Petunjuk: isilah format ini paling lambat 1 x 24 jam setelah wawancara. Tuliskan dialog "
              "selengkap mungkin, termasuk ekspresi dan reaksi nonverbal klien maupun pekerja sosial."),
        kv([("Nama Klien", "[nama klien]"), ("No. Kasus", "........................"),
            ("Nama Pekerja Sosial", "______________________"),
            ("Hari/Tanggal Wawancara", "(tuliskan hari dan tanggal)"), ("Tempat", "...................."),
            ("Tujuan Wawancara", "(tuliskan tujuan wawancara)")], sep=" : "),
        ("h", "A. PENDAHULUAN"),
        ("p", "(Uraikan bagaimana wawancara diawali, situasi tempat dan siapa saja yang hadir.)"),
        ("h", "B. ISI WAWANCARA"),
        table([["Dialog", "Perasaan Pekerja Sosial", "Analisis"], ["", "", ""], ["", "", ""], ["", "", ""]],
              widths=[5, 3, 3]),
        ("h", "C. PENGAMATAN NONVERBAL"),
        ("p", "...................................................................................."),
        ("h", "D. KESIMPULAN"),
        ("p", "(tuliskan kesimpulan hasil wawancara)"),
        ("h", "E. TINDAK LANJUT"),
        ("p", "...................................................................................."),
        ("sp",), ("right", "Tanda tangan Pekerja Sosial: ____________"),
    ]
    return dict(name="id_format_rekaman_proses_kosong.docx", fmt="docx", meta={},
                blocks=blocks, records=[("process_record", "id", {})],
                note="ID blank process-recording template: placeholders '[nama klien]', '....', '____', '(tuliskan ...)', empty dialogue table; no values at all")


# 10 -----------------------------------------------------------------------
@doc
def d10():
    ident = ("Mr. Callum Reid is a 41-year-old white Scottish man, separated, with two children (8 and 11) "
             "who live with their mother. He worked as a scaffolder until a back injury in 2023 and now "
             "receives Universal Credit.")
    prob = ("Mr. Reid was evicted from his private tenancy on 2 May for rent arrears and has been sleeping "
            "in his car for nine days. He is drinking 'more than I should' and is worried he will lose "
            "contact with his children because he has nowhere for them to stay.")
    env = ("His parents are deceased. A brother in Falkirk has offered a sofa for a few nights but the "
           "relationship is strained. He has good contact with his children every second weekend, arranged "
           "informally with his ex-partner. He has no debts other than the rent arrears (about £2,300).")
    assess = ("Homeless, with acute housing need and risk of escalating alcohol use. Protective factors: "
              "strong attachment to his children, no history of offending, willingness to engage. Priority "
              "need under homelessness legislation is unlikely, so supported lodging is the realistic route.")
    plan = ("(a) Same-day referral to the council's Housing Options team and a place at Lorne Street "
            "supported lodgings; (b) appointment with the alcohol liaison nurse; (c) help to apply for a "
            "Discretionary Housing Payment; (d) review in two weeks.")
    blocks = [
        ("letterhead", ["Northgate Housing & Welfare Advice Centre"]),
        ("title", "INTAKE NOTE / CASE RECORD"),
        kv([("Case no.", "NHW-0512-24"), ("Client", "Mr. Callum Reid"), ("Date of birth", "17/08/1982"),
            ("Sex", "Male"), ("Address", "No fixed abode (sleeping in car, Morrison's car park, Northgate)"),
            ("Date opened", "11 May 2024"), ("Allocated worker", "Fiona McAllister, Dip SW"),
            ("Referred by", "Northgate Foodbank volunteer"), ("Case status", "Open")]),
        ("h", "1) Identifying information"), ("p", ident),
        ("h", "2) Presenting problem"), ("p", prob),
        ("h", "3) Family and social situation"), ("p", env),
        ("h", "4) Assessment"), ("p", assess),
        ("h", "5) Plan"), ("p", plan),
    ]
    fields = {
        "agency_name": "Northgate Housing & Welfare Advice Centre", "case_number": "NHW-0512-24",
        "client_name": "Mr. Callum Reid", "client_birth_date": "1982-08-17", "client_sex": "Male",
        "client_address": "No fixed abode (sleeping in car, Morrison's car park, Northgate)",
        "date_opened": "2024-05-11", "worker_name": "Fiona McAllister, Dip SW",
        "referral_source": "Northgate Foodbank volunteer", "case_status": "open",
        "client_identity": N(ident), "presenting_problem": N(prob), "social_environment": N(env),
        "assessment": N(assess), "intervention_plan": N(plan),
    }
    return dict(name="en_intake_case_record_open.docx", fmt="docx", meta={"font": "Times New Roman"},
                blocks=blocks, records=[("case_record", "en", fields)],
                note="EN open case record at intake, '1)'-style numbered headings, day-first DOB, no interventions/evaluation/attachments/confidentiality (recommended missing)")


# 11 -----------------------------------------------------------------------
@doc
def d11():
    blocks = [
        ("title", "NOTULEN RAPAT WARGA RW 07 KELURAHAN SUKADAMAI"),
        ("p", "Rapat dilaksanakan pada hari Sabtu malam, 12 Oktober 2024, pukul 19.30 sampai 21.45 bertempat "
              "di Balai Warga RW 07, dihadiri oleh 38 orang perwakilan kepala keluarga dari RT 01 sampai RT 06."),
        ("h", "Acara"),
        ("bullets", ["Pembukaan oleh Ketua RW, Bapak H. Sobari", "Laporan keuangan kas RW triwulan III",
                     "Persiapan lomba kebersihan kampung dan peringatan Hari Pahlawan",
                     "Rencana perbaikan saluran air di RT 03", "Lain-lain"], "num"),
        ("h", "Hasil Pembahasan"),
        ("p", "Saldo kas RW per 30 September 2024 sebesar Rp4.215.000. Warga sepakat iuran kebersihan tetap "
              "Rp10.000 per bulan. Kerja bakti saluran air RT 03 dilaksanakan Minggu, 20 Oktober 2024, mulai "
              "pukul 07.00; setiap RT mengirim minimal lima orang."),
        ("p", "Panitia Hari Pahlawan diketuai oleh Sdr. Fajar Nugroho dari Karang Taruna. Usulan pemasangan "
              "lampu jalan di gang buntu RT 05 akan diajukan melalui Musrenbang kelurahan."),
        ("h", "Penutup"),
        ("p", "Rapat ditutup pukul 21.45 dengan doa bersama."),
        ("sp",), ("right", "Notulis, Ibu Yuyun Kartika"),
    ]
    return dict(name="id_notulen_rapat_rw.docx", fmt="docx", meta={},
                blocks=blocks, records=[("unknown", "id", {})],
                note="NOT a case note: neighbourhood-association meeting minutes (record_type unknown), dates/times in prose only")


# 12 -----------------------------------------------------------------------
@doc
def d12():
    intro = ("Mrs. Tan phoned the centre on Monday asking for 'someone to talk to about my son'. This was "
             "our first face-to-face meeting. I introduced myself, explained the centre's confidentiality "
             "rules and that I would be taking brief notes.")
    lines = [
        "Worker: Thank you for inviting me, Mrs. Tan. You said on the phone you were worried about Kevin.",
        "Mrs. T: Yes. He is nineteen and he does not leave his room. Not for months. (looks towards the closed bedroom door)",
        "Worker: Months. That must be very hard to watch as his mother.",
        "Mrs. T: I leave food outside the door. Sometimes it is still there in the morning. My husband says leave him, he is lazy.",
        "Worker: And what do you think?",
        "Mrs. T: I think he is sick. (pause) I think he is ashamed because he failed his exams.",
        "Worker: You have thought about this a lot. What would you like to happen first?",
        "Mrs. T: I just want him to talk to somebody. Anybody.",
    ]
    nonverbal = ("Mrs. Tan sat on the edge of the sofa throughout and twisted a tissue in her hands. She "
                 "lowered her voice every time she mentioned her husband. Her eyes filled with tears when "
                 "she spoke about the exams.")
    refl = ("I felt a strong pull to promise her that Kevin would be fine, and had to resist it. I also "
            "noticed some irritation towards the absent husband, which I need to keep in check so that I "
            "can engage him later.")
    blocks = [
        ("title", "PROCESS RECORDING"),
        kv([("Agency", "Harbourview Family Centre"), ("Worker", "Samuel Osei"), ("Client", "Mrs. Teresa Tan"),
            ("Date of interview", "14/02/2025"), ("Place", "Client's flat, Block C, Harbourview Estate")]),
        ("h", "INTRODUCTION"), ("p", intro),
        ("h", "CONTENT OF THE INTERVIEW"),
    ] + [("p", ln) for ln in lines] + [
        ("h", "NON-VERBAL OBSERVATIONS"), ("p", nonverbal),
        ("h", "WORKER'S REFLECTIONS"), ("p", refl),
    ]
    fields = {
        "agency_name": "Harbourview Family Centre", "worker_name": "Samuel Osei",
        "client_name": "Mrs. Teresa Tan", "interview_date": "2025-02-14",
        "location": "Client's flat, Block C, Harbourview Estate",
        "introduction": N(intro), "interview_narrative": N(*lines),
        "nonverbal_observations": N(nonverbal), "worker_reflection": N(refl),
    }
    return dict(name="en_process_recording_dialogue.docx", fmt="docx", meta={},
                blocks=blocks, records=[("process_record", "en", fields)],
                note="EN process recording as running dialogue with speaker tags 'Worker:'/'Mrs. T:', caps headings, day-first date; NO conclusion (missing required), no case number/purpose")


# 13 -----------------------------------------------------------------------
@doc
def d13():
    intro = ("Kunjungan ini merupakan wawancara pertama praktikan dengan Ibu Sumarni di rumahnya. Ibu "
             "Sumarni dirujuk oleh kader posyandu karena anak bungsunya (2 tahun) mengalami gizi kurang. "
             "Praktikan datang bersama kader, Ibu Eni, yang kemudian pamit setelah memperkenalkan praktikan.")
    rows = [
        ["Praktikan: Assalamualaikum, Bu. Saya Fitri, mahasiswa praktik dari Politeknik. Terima kasih sudah mau menerima saya.",
         "Agak gugup karena ini kunjungan pertama saya.",
         "Perkenalan dan membangun kepercayaan.",
         "Perkenalan sudah baik, jelaskan juga tujuan kunjungan."],
        ["Ibu S: Waalaikumsalam. Silakan duduk, Neng. Maaf rumahnya begini. (tersenyum malu)",
         "Saya merasa diterima.",
         "Klien terbuka, tetapi merasa malu dengan kondisi rumah.",
         ""],
        ["Praktikan: Tidak apa-apa, Bu. Kata Bu Eni, Dede sedang kurang sehat, ya?",
         "",
         "Memfokuskan pembicaraan pada masalah yang dirujuk.",
         "Perhatikan: jangan langsung ke masalah sebelum relasi terbentuk."],
        ["Ibu S: Iya, beratnya turun terus. Susah makan. Susu juga mahal, suami saya kerja serabutan. (suara pelan)",
         "Sedih dan ingin segera membantu.",
         "Masalah ekonomi memengaruhi pemenuhan gizi anak.",
         ""],
        ["Praktikan: Ibu pasti sangat khawatir. Biasanya Dede makan apa saja dalam sehari?",
         "Berusaha tenang.",
         "Empati lalu pertanyaan terbuka untuk menggali pola makan.",
         "Bagus."],
    ]
    blk, dialogue, refl, sup = proc_table(
        ["Isi Wawancara", "Perasaan Praktikan", "Analisis / Teknik", "Komentar Pembimbing"], rows,
        refl=(1, 2), sup=3, widths=[5, 3, 3, 3])
    nonv = ("Ibu Sumarni tampak lelah, sering menghela napas dan menggendong anaknya sepanjang wawancara. "
            "Anak tampak kurus dan rewel.")
    concl = ("Gizi kurang pada anak bungsu Ibu Sumarni terkait erat dengan keterbatasan penghasilan keluarga "
             "dan kurangnya pengetahuan tentang makanan pendamping ASI yang murah dan bergizi.")
    nxt = "Menghubungkan keluarga dengan program PMT Puskesmas dan mendampingi Ibu Sumarni mengikuti kelas gizi posyandu."
    blocks = [
        ("title", "REKAMAN PROSES"),
        ("p", "Praktikum Pekerjaan Sosial Komunitas – Semester V"),
        kv([("Nama Praktikan", "Fitri Handayani"), ("Nama Klien", "Ibu Sumarni"), ("No. Kasus", "PK-05/2024"),
            ("Tanggal Wawancara", "21/08/2024"), ("Lokasi", "Rumah klien, RT 03/RW 05, Kel. Sukamulya"),
            ("Tujuan", "Mengenal klien dan memahami kondisi gizi anak bungsunya.")]),
        ("h", "PENDAHULUAN"), ("p", intro),
        ("h", "JALANNYA WAWANCARA"), blk,
        ("h", "PENGAMATAN NONVERBAL"), ("p", nonv),
        ("h", "KESIMPULAN"), ("p", concl),
        ("h", "RENCANA SELANJUTNYA"), ("p", nxt),
    ]
    fields = {
        "worker_name": "Fitri Handayani", "client_name": "Ibu Sumarni", "case_number": "PK-05/2024",
        "interview_date": "2024-08-21", "location": "Rumah klien, RT 03/RW 05, Kel. Sukamulya",
        "interview_purpose": "Mengenal klien dan memahami kondisi gizi anak bungsunya.",
        "introduction": N(intro), "interview_narrative": dialogue, "worker_reflection": refl,
        "supervisor_comments": sup, "nonverbal_observations": N(nonv), "conclusion": N(concl),
        "next_steps": N(nxt),
    }
    return dict(name="id_rekaman_proses_praktikan.pdf", fmt="pdf", meta={},
                blocks=blocks, records=[("process_record", "id", fields)],
                note="ID process recording by a practicum student, 4-column PDF table (Isi Wawancara | Perasaan | Analisis | Komentar Pembimbing), 'Ibu S:' speaker tags, dd/mm/yyyy date")


# 14 -----------------------------------------------------------------------
@doc
def d14():
    e = [
        ("Monday, April 7, 2025", [
            ("9:30 am – about two hours", "Mrs. Helen Voss",
             "Home visit with the occupational therapist; agreed on a bath board and rails; Mrs. Voss tearful about giving up her garden."),
            ("1:00 pm – 1 hr 30", "Jamal Reed",
             "Met Jamal at the youth hub after his exclusion; worked through the reintegration meeting questions."),
        ]),
        ("Tuesday, April 8, 2025", [
            ("10:00 – 90'", "Mrs. Helen Voss",
             "Accompanied Mrs. Voss to the memory clinic; she managed the assessment well and asked for written results."),
            ("14:15–15:00", "Mr. Oscar Lindqvist",
             "Telephone call about the overdue gas bill; arranged a hardship grant application together."),
            ("4:30 pm – 20 min", None,
             "Team meeting: duty rota for the Easter week."),
        ]),
    ]
    blocks = [("title", "ACTIVITY LOG"),
              ("p", "Worker: Thomas Greer, MSW     Agency: Eastbrook Family Services     Month: April 2025")]
    for day, items in e:
        blocks.append(("h", day))
        for when, client, desc in items:
            txt = when + ". " + ("Client: " + client + ". " if client else "") + desc
            blocks.append(("p", txt))
    entries = [
        E("2025-04-07", "09:30", 120, e[0][1][0][2], "Mrs. Helen Voss"),
        E("2025-04-07", "13:00", 90, e[0][1][1][2], "Jamal Reed"),
        E("2025-04-08", "10:00", 90, e[1][1][0][2], "Mrs. Helen Voss"),
        E("2025-04-08", "14:15", 45, e[1][1][1][2], "Mr. Oscar Lindqvist"),
        E("2025-04-08", "16:30", 20, e[1][1][2][2]),
    ]
    fields = {"worker_name": "Thomas Greer, MSW", "agency_name": "Eastbrook Family Services", "entries": entries}
    return dict(name="en_activity_log.pdf", fmt="pdf", meta={"serif": True},
                blocks=blocks, records=[("daily_log", "en", fields)],
                note="EN daily log as dated paragraphs: 'about two hours', '1 hr 30', \"90'\", time range 14:15–15:00, am/pm clock; crowded header line; one entry without client")


# 15 -----------------------------------------------------------------------
@doc
def d15():
    items = [
        ("Senin, 10 Juni 2024", [
            ("09.15 (1,5 jam)", "Ibu Rahmawati",
             "Pendampingan ke Puskesmas Cibeureum untuk kontrol tekanan darah dan pengambilan obat; klien mengeluh pusing sejak dua hari."),
            ("11.00 (45 menit)", "Bapak Sutrisno",
             "Kunjungan rumah; memastikan kursi roda bantuan sudah diterima dan dapat dipakai di dalam rumah."),
        ]),
        ("Selasa, 11 Juni 2024", [
            ("08.00–09.30", "Ibu Rahmawati",
             "Konseling keluarga bersama anak sulung klien mengenai pembagian tugas merawat klien."),
            ("13.30", "Sdri. Nur Aini",
             "Konseling lanjutan tentang rencana kembali bekerja di pabrik garmen."),
            ("15.00 (½ jam)", None,
             "Menyusun laporan bulanan untuk koordinator PKH kecamatan."),
        ]),
    ]
    blocks = [
        ("title", "JURNAL KEGIATAN PENDAMPING SOSIAL"),
        kv([("Nama Pendamping", "Agus Salim Harahap"), ("Lembaga", "LKS Peduli Sesama Cibeureum"), ("Periode", "Juni 2024")]),
    ]
    for day, ents in items:
        blocks.append(("h", day))
        for when, client, desc in ents:
            blocks.append(("p", when + " – " + ("Klien: " + client + ". " if client else "") + desc))
    entries = [
        E("2024-06-10", "09:15", 90, items[0][1][0][2], "Ibu Rahmawati"),
        E("2024-06-10", "11:00", 45, items[0][1][1][2], "Bapak Sutrisno"),
        E("2024-06-11", "08:00", 90, items[1][1][0][2], "Ibu Rahmawati"),
        E("2024-06-11", "13:30", None, items[1][1][1][2], "Sdri. Nur Aini"),
        E("2024-06-11", "15:00", 30, items[1][1][2][2]),
    ]
    fields = {"worker_name": "Agus Salim Harahap", "agency_name": "LKS Peduli Sesama Cibeureum", "entries": entries}
    return dict(name="id_jurnal_kegiatan.pdf", fmt="pdf", meta={},
                blocks=blocks, records=[("daily_log", "id", fields)],
                note="ID daily log as dated paragraphs '09.15 (1,5 jam) – Klien: ...', range 08.00–09.30, '½ jam'; one entry with NO duration (missing entries[3].duration_minutes), one without client")


# 16 -----------------------------------------------------------------------
@doc
def d16():
    reports = ["Laporan asesmen awal (8 Januari 2025)", "Catatan proses wawancara ke-1 s.d. ke-5",
               "Laporan kunjungan rumah (14 Februari 2025)", "Laporan konferensi kasus (20 Maret 2025)"]
    r1 = ("Klien, seorang remaja perempuan berusia 15 tahun, diterima di LPKS setelah diputuskan menjalani "
          "pembinaan karena terlibat pencurian telepon genggam bersama dua temannya. Pada awal penempatan "
          "klien menarik diri, menolak makan bersama dan dua kali mencoba pulang tanpa izin.")
    r2 = ("Melalui lima kali wawancara klien mulai terbuka tentang perceraian orang tuanya dan perasaan tidak "
          "diinginkan oleh ayahnya yang telah menikah lagi. Kunjungan rumah menunjukkan ibu klien bekerja "
          "sebagai asisten rumah tangga di luar kota sehingga klien diasuh neneknya yang sudah lanjut usia.")
    r3 = ("Konferensi kasus pada 20 Maret 2025 menyepakati bahwa klien dapat mengikuti program reintegrasi "
          "bila kemajuan perilakunya bertahan hingga bulan Mei.")
    now = ("Klien mengikuti kegiatan sekolah di dalam LPKS dengan teratur, aktif dalam kelompok tari, dan "
           "tidak ada lagi percobaan kabur sejak Februari. Hubungan dengan ibunya membaik melalui panggilan video mingguan.")
    plan = ("Melanjutkan konseling individu dua minggu sekali, menyiapkan keluarga (ibu dan nenek) untuk "
            "reintegrasi, serta berkoordinasi dengan Bapas mengenai jadwal pengakhiran pembinaan.")
    blocks = [
        ("letterhead", ["LEMBAGA PENYELENGGARAAN KESEJAHTERAAN SOSIAL (LPKS) ANAK BINA HARAPAN"]),
        ("title", "RESUME KASUS"),
        ("p", "(Catatan Ringkas)"),
        kv([("Nomor Register", "LPKS-BH/012/I/2025"), ("Nama Anak", "Nadia Putri Ramadhani"),
            ("Pekerja Sosial", "Maria Goreti Lawa, S.ST."), ("Periode", "Januari s.d. Maret 2025")], sep=" : "),
        ("h", "A. Laporan yang Diringkas"), ("bullets", reports, "-"),
        ("h", "B. Ringkasan Kasus"), ("p", r1), ("p", r2), ("p", r3),
        ("h", "C. Situasi Klien Saat Ini"), ("p", now),
        ("h", "D. Rencana"), ("p", plan),
    ]
    fields = {
        "agency_name": "LEMBAGA PENYELENGGARAAN KESEJAHTERAAN SOSIAL (LPKS) ANAK BINA HARAPAN",
        "case_number": "LPKS-BH/012/I/2025", "client_name": "Nadia Putri Ramadhani",
        "worker_name": "Maria Goreti Lawa, S.ST.", "period_start": "2025-01-01", "period_end": "2025-03-31",
        "reports_summarized": reports, "case_summary": N(r1, r2, r3), "current_situation": N(now), "plan": N(plan),
    }
    return dict(name="id_resume_kasus.pdf", fmt="pdf", meta={"serif": True},
                blocks=blocks, records=[("summarized_record", "id", fields)],
                note="ID summary record, period 'Januari s.d. Maret 2025' on one line (month granularity), 'Nomor Register'/'Nama Anak' labels, dash-bulleted reports list")


# 17 -----------------------------------------------------------------------
@doc
def d17():
    ident = ("Ms. Gloria Bantu, 29, Zimbabwean national with refugee status granted in 2021. Single mother of "
             "one daughter (6). Speaks English and Shona. Works part-time as a care assistant.")
    prob = ("Referred after her daughter disclosed at school that her mother's former partner had hit them "
            "both. Ms. Bantu had moved to a refuge two days earlier and needed help with housing, school "
            "transfer and immigration documents lost in the move.")
    env = ("No family in the UK. Strong links with a Shona-speaking church congregation. The former partner "
           "lives in the same town; a non-molestation order was granted on 30 January 2024.")
    assess = ("Medium-high risk (DASH score 13) at referral, reducing once the order was granted. Ms. Bantu is "
              "a resourceful and protective parent; the daughter shows signs of anxiety (bed-wetting, clinging).")
    plan = ("Safety planning with the refuge; secure a housing association tenancy; arrange school transfer; "
            "replace Biometric Residence Permit; referral of the daughter to the children's play therapy service.")
    interv = ("Weekly contact for five months. Joint safety plan completed on 24 January. Tenancy offered and "
              "signed on 3 April at Marsh Court. School transfer completed after Easter. The daughter attended "
              "ten play therapy sessions.")
    term = ("The case was closed by agreement on 28 June 2024. Ms. Bantu knows how to re-refer herself. A "
            "closing letter was sent to the school and to the GP.")
    blocks = [
        ("letterhead", ["SAFEHARBOUR DOMESTIC ABUSE SERVICE"]),
        ("p", "CONFIDENTIAL – NOT TO BE DISCLOSED WITHOUT CONSENT"),
        ("title", "CASE RECORD"),
        ("p", "Case No: SH-2024-019    Client: Ms. Gloria Bantu    Worker: Katarzyna Nowak"),
        ("p", "Opened: 22 January 2024    Closed: 28 June 2024    Status: Closed"),
        ("p", "Referral from: Ashby Primary School"),
        ("h", "IDENTIFYING DETAILS"), ("p", ident),
        ("h", "REASON FOR REFERRAL"), ("p", prob),
        ("h", "FAMILY AND SOCIAL NETWORK"), ("p", env),
        ("h", "ASSESSMENT"), ("p", assess),
        ("h", "PLAN OF INTERVENTION"), ("p", plan),
        ("h", "WORK UNDERTAKEN"), ("p", interv),
        ("h", "CLOSURE"), ("p", term),
        ("h", "DOCUMENTS ON FILE"),
        ("bullets", ["Non-molestation order (copy)", "DASH risk checklist", "Consent to share information form"], "•"),
    ]
    fields = {
        "agency_name": "SAFEHARBOUR DOMESTIC ABUSE SERVICE",
        "confidentiality": "CONFIDENTIAL – NOT TO BE DISCLOSED WITHOUT CONSENT",
        "case_number": "SH-2024-019", "client_name": "Ms. Gloria Bantu", "worker_name": "Katarzyna Nowak",
        "date_opened": "2024-01-22", "date_closed": "2024-06-28", "case_status": "closed",
        "referral_source": "Ashby Primary School",
        "client_identity": N(ident), "presenting_problem": N(prob), "social_environment": N(env),
        "assessment": N(assess), "intervention_plan": N(plan), "interventions": N(interv),
        "termination": N(term),
        "attachments": ["Non-molestation order (copy)", "DASH risk checklist", "Consent to share information form"],
    }
    return dict(name="en_case_record_closed.pdf", fmt="pdf", meta={},
                blocks=blocks, records=[("case_record", "en", fields)],
                note="EN closed case record with crowded header lines, CONFIDENTIAL marking, caps headings; closed but NO evaluation section (missing required 'evaluation')")


# 18 -----------------------------------------------------------------------
@doc
def d18():
    summ1 = ("Bapak Darmawan menceritakan bahwa sejak terkena PHK dari pabrik tekstil enam bulan lalu ia "
             "merasa tidak berguna dan lebih sering berdiam diri di rumah. Ia mengaku mudah marah kepada "
             "istri dan anak-anaknya, lalu menyesal sesudahnya.")
    summ2 = ("Pekerja sosial menanyakan apa yang masih dapat ia lakukan. Bapak Darmawan menyebut ia pandai "
             "memperbaiki sepeda motor dan dulu sering dimintai tolong tetangga. Ia menyatakan tertarik bila "
             "ada pelatihan atau bantuan alat bengkel, tetapi khawatir tidak punya tempat usaha.")
    concl = ("Klien mengalami tekanan psikologis akibat kehilangan pekerjaan dan peran sebagai pencari nafkah. "
             "Keterampilan mekanik merupakan potensi yang dapat dikembangkan menjadi usaha mandiri.")
    blocks = [
        ("letterhead", ["LEMBAGA KESEJAHTERAAN SOSIAL \"MITRA KELUARGA\"", "Kabupaten Lembah Hijau"]),
        ("title", "CATATAN PROSES RINGKAS"),
        kv([("No. Kasus", "MK/LH/2024/033"), ("Nama Klien", "Bapak Darmawan Saputra"),
            ("Nama Pekerja Sosial", "Lestari Ningsih, S.Tr.Sos."), ("Tanggal Wawancara", "5 Juli 2024"),
            ("Tempat", "Teras rumah klien, Dusun Krajan, Desa Tegalrejo")], sep=" : "),
        ("h", "Ringkasan Wawancara"), ("p", summ1), ("p", summ2),
        ("h", "Kesimpulan"), ("p", concl),
    ]
    fields = {
        "agency_name": "LEMBAGA KESEJAHTERAAN SOSIAL \"MITRA KELUARGA\"",
        "case_number": "MK/LH/2024/033", "client_name": "Bapak Darmawan Saputra",
        "worker_name": "Lestari Ningsih, S.Tr.Sos.", "interview_dates": ["2024-07-05"],
        "location": "Teras rumah klien, Dusun Krajan, Desa Tegalrejo",
        "summary": N(summ1, summ2), "conclusion": N(concl),
    }
    return dict(name="id_catatan_proses_ringkas.pdf", fmt="pdf", meta={},
                blocks=blocks, records=[("summarized_process_record", "id", fields)],
                note="ID summarized process record, indirect speech, single date; no follow-up section (missing recommended next_steps)")


# 19 -----------------------------------------------------------------------
@doc
def d19():
    S = {
        "legal": "Incorporated as a not-for-profit association under the Associations Act 2009; accredited "
                 "by the National Disability Services Commission (accreditation no. NDSC-0447).",
        "program": "Supported day programme for adults with intellectual disability; weekday residential "
                   "training hostel (12 beds); supported employment at the Bridgeworks café; family respite weekends.",
        "proc": "Applicants aged 18–45 with a confirmed intellectual disability may be referred by any agency "
                "or by their family. Required: a disability assessment report, proof of identity and a signed "
                "consent form. Applications are considered by the admissions panel on the first Monday of each month.",
        "org": "General assembly of members; Board of Directors (7); Executive Director; Programme Manager; "
               "Hostel Coordinator; Employment Coordinator; Finance Officer.",
        "funds": "National disability support scheme (individual packages), Ministry of Social Affairs "
                 "capacity grant, café income, membership fees and donations.",
        "policy": "Person-centred planning for every participant; zero tolerance of restrictive practices "
                  "not authorised in a behaviour support plan.",
        "process": "Referral, admissions panel, two-week trial, individual plan within 30 days, six-monthly "
                   "review with the participant and family, planned exit to open employment or other services.",
        "areas": "Day services; residential training; employment; family support.",
        "prof": "Three social workers, two occupational therapists, one behaviour support practitioner, "
                "eleven disability support workers.",
    }
    blocks = [
        ("title", "BRIDGEWAYS DISABILITY SUPPORT ASSOCIATION"),
        ("p", "Agency Record – compiled by the student unit, February 2025"),
        kv([("Address", "Unit 3, 88 Harbour Street, Port Allen 4870"), ("Established", "2 March 2006"),
            ("Nature of the agency", "Semi-institutional – day programme plus weekday hostel; participants go home at weekends"),
            ("Level of service", "National")]),
        ("h", "LEGAL BASIS"), ("p", S["legal"]),
        ("h", "PROGRAMMES"), ("p", S["program"]),
        ("h", "ADMISSION PROCEDURES AND REQUIREMENTS"), ("p", S["proc"]),
        ("h", "ORGANISATIONAL STRUCTURE"), ("p", S["org"]),
        ("h", "FUNDING"), ("p", S["funds"]),
        ("h", "POLICIES"), ("p", S["policy"]),
        ("h", "SERVICE PROCESS"), ("p", S["process"]),
        ("h", "FUNCTIONAL AREAS"), ("p", S["areas"]),
        ("h", "PROFESSIONAL STAFF"), ("p", S["prof"]),
    ]
    fields = {
        "agency_name": "BRIDGEWAYS DISABILITY SUPPORT ASSOCIATION",
        "address": "Unit 3, 88 Harbour Street, Port Allen 4870", "founding_date": "2006-03-02",
        "agency_nature": "semi_institutional", "service_authority": "national",
        "legal_basis": N(S["legal"]), "work_program": N(S["program"]), "service_procedures": N(S["proc"]),
        "organizational_structure": N(S["org"]), "funding_sources": N(S["funds"]), "policies": N(S["policy"]),
        "service_process": N(S["process"]), "functional_areas": N(S["areas"]), "professional_staff": N(S["prof"]),
    }
    return dict(name="en_agency_record.pdf", fmt="pdf", meta={},
                blocks=blocks, records=[("agency_record", "en", fields)],
                note="EN agency record, agency name as title, caps headings, semi-institutional/national; no recording/reporting, special limits or admin staff (recommended missing)")


# 20 -----------------------------------------------------------------------
@doc
def d20():
    summ1 = ("In the first meeting Mr. Adeyemi explained that he had stopped attending the day centre "
             "after a disagreement with another member and had not left his room for most of a week. He said "
             "the voices had become 'louder but not bossy' and that he was still taking his depot injection.")
    summ2 = ("At the second meeting, one week later, he reported that he had walked to the shop every day "
             "and phoned his sister twice. He agreed to return to the day centre for the Thursday art group if "
             "the worker went with him the first time.")
    concl = ("Mr. Adeyemi's withdrawal appears linked to the conflict at the day centre rather than to a "
             "relapse. He responds well to graded, concrete goals.")
    nxt = ("Accompany him to the art group on 30 October; inform his care coordinator; review in two weeks.")
    blocks = [
        ("small", "NORTHFIELD PRACTICE NETWORK  |  Home  ·  Case Notes Library  ·  Training  ·  About  ·  Log in"),
        ("small", "Home › Case Notes Library › Mental health › Summarised process records"),
        ("title", "Example: summarised process record after two home visits"),
        ("small", "Published 3 November 2025 by the Editorial Team  ·  1,284 views  ·  Share: Facebook | LinkedIn | Email"),
        ("p", "The note below is reproduced with the writer's permission; names and details have been changed."),
        ("h", "Summarised Process Record"),
        kv([("Agency", "Northfield Community Mental Health Team"), ("Client", "Mr. Babatunde Adeyemi"),
            ("Case ref", "NCMHT-2291"), ("Worker", "Hannah Cole, BSW"),
            ("Interview dates", "14 October 2025 and 21 October 2025"),
            ("Place", "Client's room, Elm House supported accommodation")]),
        ("h", "Summary"), ("p", summ1), ("p", summ2),
        ("h", "Conclusion"), ("p", concl),
        ("h", "Next steps"), ("p", nxt),
        ("sp",),
        ("small", "Tags: mental health, engagement, home visits   ·   Was this page helpful? Yes / No"),
        ("pb",),
        ("small", "COMMENTS (2)"),
        ("small", "Ana P. · 4 November 2025 · Really useful for my placement, thank you. Could you also post a full process recording?"),
        ("small", "Editorial Team · 5 November 2025 · Thanks Ana, a full process recording example is planned for December."),
        ("small", "Leave a comment · You must be logged in to post a comment."),
        ("small", "Related posts: Writing a good closing summary · Process recording templates for students"),
        ("small", "© 2025 Northfield Practice Network. All rights reserved. Terms · Privacy · Cookies"),
    ]
    fields = {
        "agency_name": "Northfield Community Mental Health Team", "client_name": "Mr. Babatunde Adeyemi",
        "case_number": "NCMHT-2291", "worker_name": "Hannah Cole, BSW",
        "interview_dates": ["2025-10-14", "2025-10-21"],
        "location": "Client's room, Elm House supported accommodation",
        "summary": N(summ1, summ2), "conclusion": N(concl), "next_steps": N(nxt),
    }
    web = {"printed": "Printed: 12/11/2025, 14:32",
           "tab_title": "Example: summarised process record | Northfield Practice Network",
           "url": "https://www.northfield-practice.example/case-notes/mental-health/summarised-process-record-two-visits"}
    return dict(name="en_web_page_case_note.pdf", fmt="pdf", meta={"web": web},
                blocks=blocks, records=[("summarized_process_record", "en", fields)],
                note="EN web page printed to PDF: site banner, breadcrumbs, 'Printed:' date, 'Page x of y', publication date, view count, share links around a summarized process record (two dates)")


# 21 -----------------------------------------------------------------------
@doc
def d21():
    blocks = [
        ("sp",), ("sp",),
        ("title", "CERTIFICATE OF COMPLETION"),
        ("sp",),
        ("p", "This is to certify that"),
        ("title", "Olivia Brennan-Shaw"),
        ("p", "has successfully completed the 24-hour course \"Trauma-Informed Practice with Children and "
              "Families\" delivered by the Lakeside Institute for Social Care Education between 16 and 19 "
              "September 2025, and has demonstrated the learning outcomes required for continuing professional "
              "development (24 CPD hours)."),
        ("sp",),
        ("p", "Course code: TIP-0925-B          Certificate number: LISCE/CPD/2025/03318"),
        ("sp",),
        ("p", "Dr. Miriam Achebe, Course Director                    Paul Vance, Head of Training"),
        ("small", "Verify this certificate at verify.lakeside-institute.example using the certificate number."),
    ]
    return dict(name="en_training_certificate.pdf", fmt="pdf", meta={"serif": True, "font_size": 12},
                blocks=blocks, records=[("unknown", "en", {})],
                note="NOT a case note: CPD training certificate (record_type unknown); names and numbers that are not case values")


# 22 -----------------------------------------------------------------------
@doc
def d22():
    reports = ["Process recordings of 4, 11 and 25 July 2024", "Home visit note, 8 August 2024",
               "School liaison note, 19 September 2024"]
    s1 = ("Mrs. Mensah and her three children were referred because of poor school attendance "
          "by the two older children, Kofi (13) and Ama (10). Attendance in the summer term was 61% and 74%.")
    s2 = ("Interviews in July showed that Mrs. Mensah works early shifts as a cleaner and leaves the house at "
          "5 am; the children were getting themselves to school. A breakfast club place was arranged in August "
          "and a neighbour now walks Ama to school.")
    s3 = ("By September both children were attending regularly. Kofi has been assessed for dyslexia at the "
          "school's request.")
    now = ("Attendance this term is 96% (Kofi) and 98% (Ama). Mrs. Mensah reports that mornings are calmer. "
           "The dyslexia assessment report is awaited.")
    blocks = [
        ("letterhead", ["Calderbrook Education Welfare Service"]),
        ("title", "Summary Record"),
        kv([("Client", "Mrs. Abena Mensah"), ("File number", "CEWS/24/1187"),
            ("Education welfare officer", "Rhys Llewellyn"), ("From", "01/07/2024"), ("To", "30/09/2024")]),
        ("h", "Reports covered by this summary"), ("bullets", reports, "–"),
        ("h", "Summary of the case"), ("p", s1), ("p", s2), ("p", s3),
        ("h", "Current situation"), ("p", now),
    ]
    fields = {
        "agency_name": "Calderbrook Education Welfare Service",
        "client_name": "Mrs. Abena Mensah", "case_number": "CEWS/24/1187",
        "worker_name": "Rhys Llewellyn", "period_start": "2024-07-01", "period_end": "2024-09-30",
        "reports_summarized": reports, "case_summary": N(s1, s2, s3), "current_situation": N(now),
    }
    return dict(name="en_summary_record_quarterly.pdf", fmt="pdf", meta={"font_size": 11},
                blocks=blocks, records=[("summarized_record", "en", fields)],
                note="EN summary record, period as separate 'From'/'To' labels with dd/mm/yyyy, no plan section (missing recommended 'plan')")


# 23 -----------------------------------------------------------------------
@doc
def d23():
    s1 = ("Pekerja sosial tiba di rumah keluarga Ibu Wartini pukul 10.00 dan diterima oleh Ibu Wartini serta "
          "anak keduanya, Sinta (17 tahun). Rumah berdinding bambu dengan satu kamar tidur dan dapur tanah; atap "
          "bagian belakang bocor.")
    s2 = ("Ibu Wartini menjelaskan bahwa sejak suaminya meninggal tahun lalu ia menghidupi empat anak dari "
          "berjualan gorengan, dengan penghasilan sekitar Rp40.000 per hari. Sinta membantu berjualan sepulang "
          "sekolah. Ibu Wartini mengatakan belum pernah menerima bantuan sosial apa pun karena namanya tidak "
          "tercantum dalam DTKS.")
    concl = ("Keluarga Ibu Wartini memenuhi kriteria keluarga miskin dan layak diusulkan masuk DTKS serta "
             "program rehabilitasi sosial rumah tidak layak huni (RS-RTLH).")
    nxt = ("Mengusulkan keluarga melalui musyawarah desa; berkoordinasi dengan operator SIKS-NG desa; kunjungan "
           "ulang dua minggu lagi untuk membantu melengkapi dokumen.")
    blocks = [
        ("letterhead", ["PEMERINTAH KABUPATEN GUNUNG SARI", "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]),
        ("title", "LAPORAN KUNJUNGAN RUMAH"),
        kv([("Nomor Kasus", "DSP3A/GS/2024/219"), ("Nama Klien", "Ibu Wartini"),
            ("Petugas", "Hendra Gunawan, S.Sos."), ("Jabatan", "Pekerja Sosial Masyarakat"),
            ("Tanggal Kunjungan", "Kamis, 17 Oktober 2024"),
            ("Tempat Kunjungan", "Dusun Pasirangin RT 02 RW 01, Desa Mekarsari")], sep=" : "),
        ("h", "Ringkasan Hasil Kunjungan"), ("p", s1), ("p", s2),
        ("h", "Kesimpulan"), ("p", concl),
        ("h", "Tindak Lanjut"), ("p", nxt),
        ("sp",), ("right", "Gunung Sari, 18 Oktober 2024"), ("right", "Petugas,"), ("sp",),
        ("right", "Hendra Gunawan, S.Sos."),
    ]
    fields = {
        "agency_name": "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
        "case_number": "DSP3A/GS/2024/219", "client_name": "Ibu Wartini",
        "worker_name": "Hendra Gunawan, S.Sos.", "interview_dates": ["2024-10-17"],
        "location": "Dusun Pasirangin RT 02 RW 01, Desa Mekarsari",
        "summary": N(s1, s2), "conclusion": N(concl), "next_steps": N(nxt),
    }
    return dict(name="id_laporan_kunjungan_rumah_scan.pdf", fmt="scanpdf", meta={"dpi": 200},
                blocks=blocks, records=[("summarized_process_record", "id", fields)],
                note="ID home-visit report (summarized process record) scanned to image-only PDF; letterhead with parent line; signature date that is not the visit date")


# 24 -----------------------------------------------------------------------
@doc
def d24():
    LH = ("letterhead", ["PANTI SOSIAL BINA REMAJA \"TUNAS HARAPAN\"", "Jl. Pahlawan No. 12, Kota Tanjung Sari"])
    # record 1: case record (open)
    ident = ("Klien adalah remaja laki-laki berusia 16 tahun, anak kedua dari tiga bersaudara, putus sekolah "
             "di kelas VIII SMP. Klien beragama Kristen dan berasal dari Kabupaten Sumba Barat Daya.")
    prob = ("Klien ditemukan petugas Satpol PP tidur di terminal bus Tanjung Sari setelah tiga minggu "
            "meninggalkan rumah. Klien mengaku sering dipukul ayahnya bila pulang terlambat dan tidak mau "
            "kembali ke rumah.")
    env = ("Ayah klien bekerja sebagai buruh bangunan dan memiliki kebiasaan minum minuman keras. Ibu klien "
           "berjualan sayur di pasar. Kakak klien sudah bekerja di Bali. Paman klien (adik ibu) tinggal di Kota "
           "Tanjung Sari dan bersedia menjadi penghubung dengan keluarga.")
    assess = ("Klien mengalami penelantaran dan kekerasan fisik dalam keluarga. Klien memiliki minat kuat di "
              "bidang perbengkelan dan relasi yang baik dengan pamannya.")
    plan = ("Penempatan sementara di panti; bimbingan keterampilan otomotif; konseling individu; mediasi "
            "keluarga melalui paman klien; koordinasi dengan Dinas Sosial Sumba Barat Daya.")
    case_blocks = [
        LH,
        ("right", "RAHASIA"),
        ("title", "CATATAN KASUS"),
        kv([("No. Registrasi", "PSBR-TH/2024/061"), ("Nama Klien", "Yosef Umbu Dappa"),
            ("Pekerja Sosial", "Elisabeth Ndapa, S.Tr.Sos."), ("Tanggal Penerimaan Kasus", "2 September 2024"),
            ("Status Kasus", "Aktif"), ("Rujukan dari", "Satpol PP Kota Tanjung Sari")], sep=" : "),
        ("h", "1. IDENTITAS KLIEN"), ("p", ident),
        ("h", "2. PERMASALAHAN"), ("p", prob),
        ("h", "3. KONDISI KELUARGA DAN LINGKUNGAN SOSIAL"), ("p", env),
        ("h", "4. ASESMEN"), ("p", assess),
        ("h", "5. RENCANA INTERVENSI"), ("p", plan),
        ("h", "6. LAMPIRAN"), ("bullets", ["Berita acara penyerahan dari Satpol PP", "Surat keterangan sehat"], "-"),
    ]
    case_fields = {
        "agency_name": "PANTI SOSIAL BINA REMAJA \"TUNAS HARAPAN\"", "confidentiality": "RAHASIA",
        "case_number": "PSBR-TH/2024/061", "client_name": "Yosef Umbu Dappa",
        "worker_name": "Elisabeth Ndapa, S.Tr.Sos.", "date_opened": "2024-09-02", "case_status": "open",
        "referral_source": "Satpol PP Kota Tanjung Sari",
        "client_identity": N(ident), "presenting_problem": N(prob), "social_environment": N(env),
        "assessment": N(assess), "intervention_plan": N(plan),
        "attachments": ["Berita acara penyerahan dari Satpol PP", "Surat keterangan sehat"],
    }
    # record 2: process record, running dialogue
    intro2 = ("Wawancara dilakukan di ruang konseling panti pada sore hari, seminggu setelah klien masuk. "
              "Klien datang setelah kegiatan bengkel dan masih memakai baju kerja.")
    dlg2 = [
        "PS: Sore, Yosef. Bagaimana minggu pertamamu di bengkel?",
        "Klien: Senang, Kak. Saya sudah bisa bongkar karburator. (tersenyum)",
        "PS: Wah, cepat sekali. Kalau di rumah dulu, ada yang pernah ajari kamu soal motor?",
        "Klien: Om saya. Bapak tidak pernah. (diam cukup lama, menatap lantai)",
        "PS: Sepertinya berat membicarakan Bapak.",
        "Klien: Saya tidak mau pulang kalau Bapak masih begitu.",
    ]
    nonv2 = "Klien rileks ketika membicarakan bengkel, tetapi menunduk dan mengepalkan tangan ketika ayahnya disebut."
    concl2 = ("Klien mulai menemukan kebanggaan diri melalui kegiatan bengkel. Relasi dengan ayah masih menjadi "
              "sumber ketakutan dan kemarahan; pamannya adalah figur yang dipercaya.")
    pr2_blocks = [
        ("pb",), LH,
        ("title", "CATATAN PROSES"),
        kv([("Nama Klien", "Yosef Umbu Dappa"), ("Pekerja Sosial", "Elisabeth Ndapa, S.Tr.Sos."),
            ("Tanggal", "9 September 2024"), ("Tempat", "Ruang konseling panti"),
            ("Tujuan", "Membangun relasi dan menggali hubungan klien dengan ayahnya.")], sep=" : "),
        ("h", "Pendahuluan"), ("p", intro2),
        ("h", "Isi Laporan"),
    ] + [("p", x) for x in dlg2] + [
        ("h", "Pengamatan Nonverbal"), ("p", nonv2),
        ("h", "Kesimpulan"), ("p", concl2),
    ]
    pr2_fields = {
        "agency_name": "PANTI SOSIAL BINA REMAJA \"TUNAS HARAPAN\"",
        "client_name": "Yosef Umbu Dappa", "worker_name": "Elisabeth Ndapa, S.Tr.Sos.",
        "interview_date": "2024-09-09", "location": "Ruang konseling panti",
        "interview_purpose": "Membangun relasi dan menggali hubungan klien dengan ayahnya.",
        "introduction": N(intro2), "interview_narrative": N(*dlg2), "nonverbal_observations": N(nonv2),
        "conclusion": N(concl2),
    }
    # record 3: process record, table layout
    intro3 = ("Pertemuan ketiga, dilakukan di taman panti atas permintaan klien. Paman klien, Bapak Markus "
              "Lende, hadir pada bagian akhir pertemuan.")
    rows3 = [
        ["PS: Yosef, kemarin Om Markus sudah bicara dengan Mama lewat telepon. Kamu mau dengar ceritanya?",
         "Khawatir klien akan menolak.", "Memberi pilihan kepada klien (self-determination)."],
        ["Klien: Mau, Kak. Mama bilang apa? (duduk tegak)",
         "Lega.", "Klien menunjukkan minat pada keluarga."],
        ["PS: Mama rindu kamu dan ingin bertemu, tetapi Mama juga mengerti kamu belum mau pulang.",
         "", "Menyampaikan informasi secara jujur dan seimbang."],
        ["Klien: Kalau Mama yang datang ke sini, saya mau. (mata berkaca-kaca)",
         "Terharu.", "Terbuka peluang mediasi bertahap dimulai dari ibu."],
    ]
    blk3, dlg3, refl3, _ = proc_table(["Dialog", "Perasaan PS", "Analisis"], rows3, widths=[5, 2.5, 3.5])
    concl3 = "Klien bersedia bertemu ibunya di panti. Mediasi keluarga dapat dimulai bertahap, tanpa melibatkan ayah terlebih dahulu."
    nxt3 = "Mengatur kunjungan ibu klien ke panti melalui Bapak Markus Lende pada bulan Oktober."
    pr3_blocks = [
        ("pb",), LH,
        ("title", "CATATAN PROSES"),
        kv([("Nama Klien", "Yosef Umbu Dappa"), ("Pekerja Sosial", "Elisabeth Ndapa, S.Tr.Sos."),
            ("Tanggal", "23 September 2024"), ("Tempat", "Taman panti"), ("Wawancara ke", "3")], sep=" : "),
        ("h", "Pendahuluan"), ("p", intro3),
        ("h", "Isi Laporan"), blk3,
        ("h", "Kesimpulan"), ("p", concl3),
        ("h", "Rencana Tindak Lanjut"), ("p", nxt3),
    ]
    pr3_fields = {
        "agency_name": "PANTI SOSIAL BINA REMAJA \"TUNAS HARAPAN\"",
        "client_name": "Yosef Umbu Dappa", "worker_name": "Elisabeth Ndapa, S.Tr.Sos.",
        "interview_date": "2024-09-23", "location": "Taman panti", "session_number": 3,
        "introduction": N(intro3), "interview_narrative": dlg3, "worker_reflection": refl3,
        "conclusion": N(concl3), "next_steps": N(nxt3),
    }
    return dict(name="id_berkas_kasus_scan.pdf", fmt="scanpdf", meta={"dpi": 200, "serif": True},
                blocks=case_blocks + pr2_blocks + pr3_blocks,
                records=[("case_record", "id", case_fields), ("process_record", "id", pr2_fields),
                         ("process_record", "id", pr3_fields)],
                note="ID scanned case folder: case record (open, 'Aktif', RAHASIA) then two process recordings (speaker-tag dialogue; 3-column table), each starting on a new page with its own letterhead/title")


# 25 -----------------------------------------------------------------------
@doc
def d25():
    rows = [
        ["Date", "Time", "Client", "What happened"],
        ["Wed 15/01/2025", "08.00–09.30", "Mr. Arthur Pell",
         "Ward round with the discharge nurse; Mr. Pell wants to go home but cannot manage stairs yet."],
        ["", "10.00–10.45", "Mrs. June Pell",
         "Phone call with his wife about a downstairs bed and carers four times a day."],
        ["", "13.15–14.00", "Ms. Rosa Delgado",
         "Benefits check after her stroke; helped complete the attendance allowance form."],
        ["Thu 16/01/2025", "09.00–11.00", "Mr. Arthur Pell",
         "Discharge planning meeting with OT, physio and family; agreed discharge for 21 January."],
    ]
    blocks = [
        ("title", "FIELD JOURNAL – HOSPITAL SOCIAL WORK PLACEMENT"),
        ("p", "Student: Daniel Whitford     Practice educator: Carol Kemp     Ward: 7"),
        ("p", "Agency: St Aidan's General Hospital – Social Work Department"),
        table(rows, widths=[2.6, 2.6, 3, 7]),
    ]
    entries = [
        E("2025-01-15", "08:00", 90, rows[1][3], "Mr. Arthur Pell"),
        E("2025-01-15", "10:00", 45, rows[2][3], "Mrs. June Pell"),
        E("2025-01-15", "13:15", 45, rows[3][3], "Ms. Rosa Delgado"),
        E("2025-01-16", "09:00", 120, rows[4][3], "Mr. Arthur Pell"),
    ]
    fields = {"worker_name": "Daniel Whitford",
              "agency_name": "St Aidan's General Hospital – Social Work Department", "entries": entries}
    return dict(name="en_field_journal.jpg", fmt="jpeg", meta={"dpi": 200, "tint": True},
                blocks=blocks, records=[("daily_log", "en", fields)],
                note="EN daily log (student field journal) as a JPEG photo/scan: ruled table, time ranges give time and duration, blank date cells, 'Practice educator' and 'Ward' labels that are not fields")


# 26 -----------------------------------------------------------------------
@doc
def d26():
    ents = [
        ("02/10/2024", "10.00", "1 jam 30 menit", "Bapak Slamet Riyadi",
         "Kunjungan rumah; memeriksa luka dekubitus bersama kader lansia dan mengajari anak klien cara mengubah posisi tidur."),
        ("02/10/2024", "13.00", "45 menit", "Ibu Warsini",
         "Mendampingi klien mengurus surat keterangan tidak mampu di kantor desa."),
        ("03/10/2024", "09.30", "2 jam", "Bapak Slamet Riyadi",
         "Mengantar klien kontrol ke Puskesmas Karanganyar dengan ambulans desa."),
    ]
    blocks = [
        ("title", "CATATAN HARIAN PEKERJA SOSIAL"),
        kv([("Pekerja Sosial", "Siti Nurhaliza, S.Sos."), ("Wilayah Tugas", "Kecamatan Karanganyar")]),
    ]
    for i, (d, t, dur, c, desc) in enumerate(ents):
        blocks += [("h", "Kegiatan %d" % (i + 1)),
                   kv([("Tanggal", d)]),
                   ("p", "Pukul: %s     Lama: %s     Klien: %s" % (t, dur, c)),
                   kv([("Uraian", desc)])]
    entries = [
        E("2024-10-02", "10:00", 90, ents[0][4], "Bapak Slamet Riyadi"),
        E("2024-10-02", "13:00", 45, ents[1][4], "Ibu Warsini"),
        E("2024-10-03", "09:30", 120, ents[2][4], "Bapak Slamet Riyadi"),
    ]
    fields = {"worker_name": "Siti Nurhaliza, S.Sos.", "entries": entries}
    return dict(name="id_catatan_harian_lansia.png", fmt="png", meta={"dpi": 200, "font_size": 12},
                blocks=blocks, records=[("daily_log", "id", fields)],
                note="ID daily log as a PNG scan: one label block per entry, crowded 'Pukul: … Lama: … Klien: …' line, dd/mm/yyyy dates")


# 27 -----------------------------------------------------------------------
@doc
def d27():
    intro = ("Mr. Kowalczyk was seen at the probation office two days after his release from HMP Larkfield, "
             "where he served eight months. The aim was to begin the resettlement plan. He arrived on time, "
             "carrying all his belongings in two plastic bags.")
    dlg = [
        "SW: Good morning, Mr. Kowalczyk. Have a seat. How have the first two days been?",
        "Mr. K: Cold. The hostel is full, they gave me a mattress in the corridor. (rubs his hands)",
        "SW: That sounds rough. Did you manage to sleep at all?",
        "Mr. K: A bit. I'm used to noise. What I need is work, not sleep.",
        "SW: Work is clearly the priority for you. Tell me what you did before.",
        "Mr. K: Forklift driver, eleven years. I still have the licence, I think. It's at my sister's.",
        "SW: That's a real asset. Would your sister let you collect it this week?",
        "Mr. K: If I ring her. We haven't spoken since the trial. (looks away, long silence)",
        "SW: It sounds like that phone call might be harder than finding a job.",
        "Mr. K: Yeah. Maybe.",
    ]
    nonv = ("Mr. K sat with his coat on throughout. He spoke quickly and confidently about work but slowed "
            "down and avoided eye contact when his sister was mentioned. He smelled of cigarettes but not of alcohol.")
    refl = ("I was struck by how quickly he moved to practical things, and I felt some relief at that because "
            "it made the session easy. On reflection, I may have followed his lead too readily: the relationship "
            "with his sister is probably the key to both accommodation and the licence.")
    concl = ("Mr. Kowalczyk is motivated to work and has a usable skill. Immediate needs are a hostel bed and "
             "his forklift licence; the estrangement from his sister is the main emotional issue and a possible "
             "source of support.")
    comm = ("Good use of reflection at the end. Next time, consider staying with the silence a little longer "
            "before moving on. – R. Ahmed, Senior Practitioner")
    blocks = [
        ("title", "INTERVIEW RECORD"),
        kv([("Service", "Larkfield Probation Delivery Unit – Resettlement Team"),
            ("Person on probation", "Mr. Piotr Kowalczyk"), ("CRN", "L482913"),
            ("Practitioner", "Grace Oduya"), ("Date", "Monday 3rd February 2025"),
            ("Venue", "Interview room 2, Larkfield Probation Office"), ("Session no.", "1"),
            ("Purpose", "Induction and first resettlement needs assessment.")]),
        ("h", "Introduction"), ("p", intro),
        ("h", "Course of the interview"),
    ] + [("p", x) for x in dlg] + [
        ("pb",),
        ("h", "Non-verbal observations"), ("p", nonv),
        ("h", "Practitioner's reflection"), ("p", refl),
        ("h", "Conclusion"), ("p", concl),
        ("h", "Senior practitioner's comments"), ("p", comm),
    ]
    fields = {
        "agency_name": "Larkfield Probation Delivery Unit – Resettlement Team",
        "client_name": "Mr. Piotr Kowalczyk", "case_number": "L482913",
        "worker_name": "Grace Oduya", "interview_date": "2025-02-03",
        "location": "Interview room 2, Larkfield Probation Office", "session_number": 1,
        "interview_purpose": "Induction and first resettlement needs assessment.",
        "introduction": N(intro), "interview_narrative": N(*dlg), "nonverbal_observations": N(nonv),
        "worker_reflection": N(refl), "conclusion": N(concl), "supervisor_comments": N(comm),
    }
    return dict(name="en_interview_record_probation.tiff", fmt="tiff", meta={"dpi": 200},
                blocks=blocks, records=[("process_record", "en", fields)],
                note="EN process record as a 2-page TIFF: probation vocabulary ('Person on probation', 'CRN', 'Practitioner', 'Venue'), 'SW:'/'Mr. K:' dialogue, date 'Monday 3rd February 2025'")


# 28 -----------------------------------------------------------------------
@doc
def d28():
    s1 = ("Tyler (9) and Brooke (6) were placed in foster care with Mr. and Mrs. Hughes on 2 April 2024 "
          "under a voluntary arrangement after their mother, Ms. Kerry Doyle, was admitted to a residential "
          "detoxification unit.")
    s2 = ("Ms. Doyle completed the detox programme in June and moved into supported housing. Supervised "
          "contact increased from one to three sessions a week and has been consistently positive. Tyler's "
          "school reports better concentration; Brooke still has nightmares after contact.")
    now = ("Ms. Doyle has been abstinent for five months (negative hair-strand test, 10 September). Overnight "
           "stays at her flat started on 14 September.")
    plan = ("Phased return home of both children by the end of October, with family support visits twice "
            "a week and a review meeting on 25 November.")
    reports = ["Placement plan (2 April 2024)", "Contact records April–September 2024",
               "Looked-after child review minutes (15 July 2024)"]
    blocks = [
        ("letterhead", ["Ashvale Children's Services – Looked After Children Team"]),
        ("title", "CASE SUMMARY"),
        kv([("Case ID", "ACS-LAC-30921"), ("Child's name", "Tyler Doyle"), ("Sibling in the same placement", "Brooke Doyle"),
            ("Social worker", "Nadia Hussain"), ("Summary period", "2 April 2024 to 30 September 2024")]),
        ("h", "Sources used for this summary"), ("bullets", reports, "•"),
        ("h", "Summary"), ("p", s1), ("p", s2),
        ("h", "Where things stand now"), ("p", now),
        ("h", "Plan"), ("p", plan),
    ]
    fields = {
        "agency_name": "Ashvale Children's Services – Looked After Children Team",
        "case_number": "ACS-LAC-30921", "client_name": "Tyler Doyle",
        "worker_name": "Nadia Hussain", "period_start": "2024-04-02", "period_end": "2024-09-30",
        "reports_summarized": reports, "case_summary": N(s1, s2), "current_situation": N(now), "plan": N(plan),
    }
    return dict(name="en_case_summary_scan.pdf", fmt="scanpdf", meta={"dpi": 250},
                blocks=blocks, records=[("summarized_record", "en", fields)],
                note="EN summary record scanned (250 dpi), 'Child\'s name' as the client label plus an unmatched sibling label, period 'X to Y' on one line, 'Where things stand now' as current situation")


# 29 -----------------------------------------------------------------------
@doc
def d29():
    ident = ("Klien seorang laki-laki berusia 58 tahun, penyandang disabilitas fisik (amputasi kaki kanan "
             "akibat diabetes), duda, tinggal sendiri di rumah peninggalan orang tuanya. Pekerjaan sebelumnya "
             "tukang jahit sepatu.")
    prob = ("Sejak amputasi pada Mei 2024 klien tidak dapat bekerja dan bergantung pada kiriman beras dari "
            "tetangga. Klien tidak memiliki alat bantu jalan, sehingga hampir tidak pernah keluar rumah dan "
            "mulai menolak makan.")
    env = ("Anak tunggal klien merantau ke Batam dan jarang berkomunikasi. Tetangga sebelah rumah, keluarga "
           "Bapak Ujang, membantu kebutuhan sehari-hari. Rumah klien berada di gang sempit yang sulit dilalui kursi roda.")
    assess = ("Klien mengalami hambatan mobilitas, kehilangan mata pencaharian dan gejala depresi. Potensi: "
              "keterampilan menjahit sepatu, dukungan tetangga, dan kesediaan klien untuk dibantu.")
    plan = ("Pengajuan alat bantu (kruk dan kursi roda) melalui program ATENSI; rujukan ke puskesmas untuk "
            "pemeriksaan gula darah dan kesehatan jiwa; menghubungi anak klien; menjajaki usaha reparasi sepatu dari rumah.")
    sec = lambda h, t: table([[h], [t]], widths=[1])
    blocks = [
        ("letterhead", ["SENTRA TERPADU \"INTEN SUWENO\"", "Jl. Kebon Pala No. 3, Kota Wanasari"]),
        ("title", "ASESMEN DAN RENCANA INTERVENSI"),
        ("p", "No. Kasus: STIS-2024-1140     Tanggal dibuka: 14 Agustus 2024"),
        ("p", "Nama Klien: Bapak Karta Wijaya     Pekerja Sosial: Ni Made Sukerti, S.Sos., M.Si."),
        ("p", "Jenis Kelamin: Laki-laki     Status Kasus: Terbuka"),
        ("p", "Sumber rujukan: Puskesos Desa Cibodas"),
        sec("IDENTITAS KLIEN", ident),
        sec("MASALAH KLIEN", prob),
        sec("LINGKUNGAN SOSIAL", env),
        sec("HASIL ASESMEN", assess),
        sec("RENCANA INTERVENSI", plan),
    ]
    fields = {
        "agency_name": "SENTRA TERPADU \"INTEN SUWENO\"", "case_number": "STIS-2024-1140",
        "date_opened": "2024-08-14", "case_status": "open", "client_name": "Bapak Karta Wijaya",
        "worker_name": "Ni Made Sukerti, S.Sos., M.Si.", "client_sex": "Laki-laki",
        "referral_source": "Puskesos Desa Cibodas",
        "client_identity": N(ident), "presenting_problem": N(prob), "social_environment": N(env),
        "assessment": N(assess), "intervention_plan": N(plan),
    }
    return dict(name="id_asesmen_rencana_intervensi_scan.pdf", fmt="scanpdf", meta={"dpi": 200},
                blocks=blocks, records=[("case_record", "id", fields)],
                note="ID open case record scanned; crowded multi-label header lines; every section heading is the header cell of its own boxed table; no attachments/confidentiality")


# 30 -----------------------------------------------------------------------
@doc
def d30():
    S = {
        "program": "Pendampingan anak jalanan di tiga titik (terminal, pasar, stasiun); rumah singgah siang hari; "
                   "kelas belajar kesetaraan; penjangkauan keluarga dan reunifikasi.",
        "prosedur": "Anak usia 6–18 tahun dapat dilayani tanpa syarat administratif pada tahap penjangkauan. "
                    "Untuk layanan lanjutan diperlukan persetujuan orang tua/wali dan fotokopi Kartu Keluarga bila ada.",
        "struktur": "Pembina; Ketua Yayasan; Sekretaris; Bendahara; Koordinator Program; Koordinator Rumah Singgah; "
                    "pekerja sosial dan relawan pendamping.",
        "dana": "Hibah Pemerintah Kota Batu Ampar, CSR PT Sinar Samudera, donatur tetap, dan penjualan kerajinan anak binaan.",
        "proses": "Penjangkauan, asesmen, pendampingan di rumah singgah, rujukan sekolah/pelatihan, reunifikasi keluarga, monitoring tiga bulan.",
        "pencatatan": "Data anak dicatat dalam buku register dan aplikasi SIKS-NG; laporan triwulan kepada Dinas Sosial Kota.",
        "profesi": "3 pekerja sosial, 1 psikolog relawan, 2 guru pendamping.",
        "admin": "1 staf administrasi keuangan, 15 relawan.",
    }
    blocks = [
        ("letterhead", ["YAYASAN RUMAH SINGGAH PELANGI", "Batu Ampar"]),
        ("title", "BUKU CATATAN DATA LEMBAGA"),
        kv([("1) Nama Lembaga", "Yayasan Rumah Singgah Pelangi"),
            ("2) Alamat", "Jl. Pelabuhan Lama No. 27, Kelurahan Tanjung Uma, Kota Batu Ampar"),
            ("3) Tanggal Pendirian", "17 Agustus 2010"),
            ("4) Sifat Lembaga", "Non-institusional (tidak menyediakan asrama)"),
            ("5) Cakupan Wilayah Pelayanan", "Kota")], sep=" : "),
        ("h", "6) Program Kerja"), ("p", S["program"]),
        ("h", "7) Prosedur dan Persyaratan Pelayanan"), ("p", S["prosedur"]),
        ("h", "8) Struktur Organisasi"), ("p", S["struktur"]),
        ("h", "9) Sumber Dana"), ("p", S["dana"]),
        ("h", "10) Proses Pelayanan"), ("p", S["proses"]),
        ("h", "11) Pencatatan dan Pelaporan"), ("p", S["pencatatan"]),
        ("h", "12) Tenaga Profesional"), ("p", S["profesi"]),
        ("h", "13) Tenaga Administrasi"), ("p", S["admin"]),
    ]
    fields = {
        "agency_name": "Yayasan Rumah Singgah Pelangi",
        "address": "Jl. Pelabuhan Lama No. 27, Kelurahan Tanjung Uma, Kota Batu Ampar",
        "founding_date": "2010-08-17", "agency_nature": "non_institutional", "service_authority": "district",
        "work_program": N(S["program"]), "service_procedures": N(S["prosedur"]),
        "organizational_structure": N(S["struktur"]), "funding_sources": N(S["dana"]),
        "service_process": N(S["proses"]), "recording_and_reporting": N(S["pencatatan"]),
        "professional_staff": N(S["profesi"]), "admin_staff": N(S["admin"]),
    }
    return dict(name="id_data_lembaga_scan.pdf", fmt="scanpdf", meta={"dpi": 300, "font_size": 10},
                blocks=blocks, records=[("agency_record", "id", fields)],
                note="ID agency record scanned at 300 dpi, '1)'-numbered labels and headings, 'Kota' → district; NO legal basis (missing required), no policies/functional areas/special limits")


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------
FORMAT_OF = {"docx": "docx", "pdf": "pdf", "scanpdf": "pdf", "jpeg": "image", "png": "image", "tiff": "image"}


def build(outdir):
    notes = os.path.join(outdir, "notes")
    gold = os.path.join(outdir, "gold")
    os.makedirs(notes, exist_ok=True)
    os.makedirs(gold, exist_ok=True)
    seen = set()
    for i, fn in enumerate(DOCS):
        d = fn()
        name = d["name"]
        assert name not in seen, name
        seen.add(name)
        path = os.path.join(notes, name)
        meta = dict(d.get("meta", {}))
        meta.setdefault("seed", 1000 + i)
        fmt = d["fmt"]
        if fmt == "docx":
            pages = render_docx(d["blocks"], path, meta)
        elif fmt == "pdf":
            pages = render_pdf(d["blocks"], path, meta)
        else:
            pages = save_scan(d["blocks"], path, meta, "pdf" if fmt == "scanpdf" else fmt)
        with open(path, "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        source = {"path": "notes/" + name, "sha256": sha, "format": FORMAT_OF[fmt]}
        if pages is not None:
            source["pages"] = pages
        if fmt in ("scanpdf", "jpeg", "png", "tiff"):
            source["ocr_pages"] = list(range(1, pages + 1))
        records = []
        for rtype, lang, fields in d["records"]:
            allowed = allowed_fields(rtype)
            bad = set(fields) - allowed
            assert not bad, (name, rtype, bad)
            mreq, mrec = missing_lists(rtype, fields)
            rec = {"record_type": rtype, "language": lang, "fields": fields,
                   "missing_required": mreq, "missing_recommended": mrec}
            if rtype == "unknown":
                rec["status"] = "not_assessed"
            records.append(rec)
        out = {"contract_version": CONTRACT_VERSION, "source": source, "records": records, "warnings": []}
        with open(os.path.join(gold, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2, sort_keys=False)
            f.write("\n")
    # index of what each file tests
    with open(os.path.join(outdir, "INDEX.txt"), "w", encoding="utf-8") as f:
        for fn in DOCS:
            d = fn()
            f.write("%s\t%s\n" % (d["name"], d.get("note", "")))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python make.py OUTDIR")
    build(sys.argv[1])
