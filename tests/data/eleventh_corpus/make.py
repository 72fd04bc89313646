# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Eleventh held-out test corpus: social-work case notes (and a few look-alikes).

Usage:  python make.py OUTDIR   -> OUTDIR/notes/<file>, OUTDIR/gold/<file>.json

Deterministic: reportlab invariant mode, DOCX zip entries re-written with a
fixed date and fixed core properties, Pillow pages rendered with seeded noise
and rotation.  Everything (people, agencies, places) is fictional.

Conventions chosen for the gold files (where the contract leaves room):
* Narrative values: the document's paragraphs joined by "\\n\\n", whitespace
  inside a paragraph folded to single spaces; heading text not included.
* Process recordings laid out as a table: `interview_narrative` = the dialogue
  cells in row order, one paragraph per non-empty cell; `worker_reflection` =
  for each row, the feelings cell then the analysis/skills cell (non-empty
  ones), one paragraph each.  A supervisor column becomes
  `supervisor_comments` (same cell-per-paragraph rule).  Column headers are
  never values.
* Daily-log entries: `time` normalised to HH:MM (08.30 -> 08:30), durations
  to integer minutes ("1 jam 15 menit" -> 75, "1.5 hrs" -> 90).  A blank date
  cell takes the date above.  `description` = the activity text of the row
  (several columns of text, e.g. activity + result, are joined with "\\n\\n").
* Missing lists are computed from the contract's levels for the fields the
  gold holds (closed case: interventions/evaluation/termination/date_closed
  required).  The gold does not try to predict `needs_review`; a field the
  gold lists as missing may legitimately be reported under needs_review by a
  tool if the document has an unknown heading that could hold it.
* Dialogue lines keep their speaker tags ("Praktikan: ...", "Client – ...")
  inside interview_narrative; a tag alone is never a value.
* Letterhead-only agencies: the agency's own line is taken whole
  ("Brackenford County Council — Adult Social Care"); a school-of-social-work
  line is not the agency when an "Agency:"/"Lembaga:" label exists.
* Month-only periods ("Januari s.d. Maret 2025") give the first day of the
  first month and the last day of the last month.
* Durations given as a clock range ("pkl. 09.00 s.d. 10.30") give time = start
  and duration_minutes = end - start.
* Ambiguous case notes carry "confidence" < 0.8 and "alternatives" in gold;
  that is the author's judgement, not a value to match exactly.
* `unknown` records: status "not_assessed"; fields only from a plain label
  that names a schema field directly ("Agency:" -> agency_name, "Alamat:" ->
  address, "Venue:" -> location).  Bare "Date:" lines on non-case documents
  are not taken (no schema field is just "date"); organiser/"Penyelenggara"
  lines and titles are not agency_name.
* Names keep honorifics/degrees; `agency_name` from the label or else the
  agency's own letterhead line (not the parent government line).
* Multi-record files: header values are not copied from one record to the
  next (a process record after a case record in the same folder gets only
  what its own part states), except `agency_name` from the document's
  letterhead, which applies to every record in the file.
* Scanned PDFs and images: "source" carries "pages"; no text-occurrence check.
"""
import hashlib
import io
import json
import os
import random
import re
import sys
import zipfile
import time as _time
import datetime as _dt

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak)
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from PIL import Image, ImageDraw, ImageFont, ImageFilter

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

# ---------------------------------------------------------------- levels
LEVELS = {
    "process_record": (
        ["client_name", "worker_name", "interview_date", "introduction",
         "interview_narrative", "conclusion"],
        ["case_number", "location", "interview_purpose",
         "nonverbal_observations", "worker_reflection"]),
    "summarized_process_record": (
        ["client_name", "worker_name", "interview_dates", "summary"],
        ["case_number", "conclusion", "next_steps"]),
    "summarized_record": (
        ["case_number", "client_name", "worker_name", "period_start",
         "period_end", "case_summary"],
        ["reports_summarized", "current_situation", "plan"]),
    "case_record": (
        ["case_number", "client_name", "worker_name", "date_opened",
         "client_identity", "presenting_problem", "social_environment",
         "assessment", "intervention_plan"],
        ["referral_source", "case_status", "interventions", "evaluation",
         "attachments", "confidentiality"]),
    "daily_log": (["worker_name", "entries"], []),
    "agency_record": (
        ["agency_name", "address", "work_program", "service_procedures",
         "organizational_structure", "service_authority", "founding_date",
         "funding_sources", "legal_basis", "agency_nature"],
        ["policies", "service_process", "recording_and_reporting",
         "functional_areas", "special_limits", "professional_staff",
         "admin_staff"]),
}


def compute_missing(rec):
    rt = rec["record_type"]
    f = rec["fields"]
    if rt == "unknown":
        return
    req, recm = [list(x) for x in LEVELS[rt]]
    if rt == "case_record" and (f.get("case_status") == "closed" or "date_closed" in f):
        extra = ["date_closed", "interventions", "evaluation", "termination"]
        recm = [x for x in recm if x not in extra]
        req += extra
    mr = [k for k in req if k not in f]
    mo = [k for k in recm if k not in f]
    if rt == "daily_log":
        for i, e in enumerate(f.get("entries", [])):
            for k in ["date", "time", "duration_minutes", "description"]:
                if k not in e:
                    mr.append("entries[%d].%s" % (i, k))
            if "client_name" not in e:
                mo.append("entries[%d].client_name" % i)
    rec["missing_required"] = mr
    rec["missing_recommended"] = mo


# ---------------------------------------------------------------- document model
class D:
    """A document: a list of blocks plus the gold records built alongside."""

    def __init__(self, name, lang, desc, **opt):
        self.name, self.lang, self.desc, self.opt = name, lang, desc, opt
        self.blocks, self.recs = [], []
        self.cur = None

    # records
    def R(self, rtype, lang=None, confidence=None, alternatives=None):
        r = {"record_type": rtype, "language": lang or self.lang, "fields": {}}
        if confidence is not None:
            r["confidence"] = confidence
        if alternatives:
            r["alternatives"] = [{"record_type": a, "confidence": c} for a, c in alternatives]
        if rtype == "unknown":
            r["status"] = "not_assessed"
        self.recs.append(r)
        self.cur = r
        return self

    def f(self, field, value):
        self.cur["fields"][field] = value
        return self

    # blocks
    def T(self, s):
        self.blocks.append(("title", s)); return self

    def C(self, s):
        self.blocks.append(("center", s)); return self

    def H(self, s):
        self.blocks.append(("h", s)); return self

    def P(self, *ps):
        for p in ps:
            self.blocks.append(("p", p))
        return self

    def I(self, s):
        self.blocks.append(("i", s)); return self

    def small(self, s):
        self.blocks.append(("small", s)); return self

    def pb(self):
        self.blocks.append(("pb",)); return self

    def sec(self, heading, field, *paras):
        if heading:
            self.H(heading)
        self.P(*paras)
        if field:
            self.f(field, "\n\n".join(paras))
        return self

    def lv(self, label, value, field=None, gold=None, sep=": "):
        self.blocks.append(("p", label + sep + value))
        if field:
            self.f(field, gold if gold is not None else value)
        return self

    def tab(self, rows, header=False, widths=None):
        self.blocks.append(("table", rows, header, widths)); return self

    def kvt(self, items, widths=(0.32, 0.68)):
        """items: (label, value, field or None, gold or None)"""
        rows = []
        for it in items:
            lab, val = it[0], it[1]
            fld = it[2] if len(it) > 2 else None
            gold = it[3] if len(it) > 3 else None
            rows.append([lab, val])
            if fld:
                self.f(fld, gold if gold is not None else val)
        self.blocks.append(("table", rows, False, list(widths)))
        return self


# ---------------------------------------------------------------- DOCX
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)


def render_docx(d, path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = d.opt.get("docx_font", "Calibri")
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "corpus"
    cp.last_modified_by = "corpus"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    hstyle = d.opt.get("hstyle", "bold")
    for b in d.blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            r.font.size = Pt(14); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "center":
            p = doc.add_paragraph(); p.add_run(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "h":
            if hstyle == "heading":
                doc.add_heading(b[1], level=2)
            elif hstyle == "underline":
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.underline = True; r.bold = True
            else:
                p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "i":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif k == "small":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.font.size = Pt(8)
        elif k == "pb":
            doc.add_page_break()
        elif k == "table":
            rows, header = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    parts = cell.split("\n\n") if cell else [""]
                    c.paragraphs[0].text = ""
                    r = c.paragraphs[0].add_run(parts[0])
                    if header and i == 0:
                        r.bold = True
                    for extra in parts[1:]:
                        c.add_paragraph(extra)
            doc.add_paragraph("")
    bio = io.BytesIO()
    doc.save(bio)
    zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())
    return None


# ---------------------------------------------------------------- text PDF
def render_pdf(d, path):
    body_font = d.opt.get("pdf_font", "DV")
    bold_font = "DVSB" if body_font == "DVS" else "DVB"
    sz = d.opt.get("size", 10)
    S = {
        "p": ParagraphStyle("p", fontName=body_font, fontSize=sz, leading=sz * 1.35, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=bold_font, fontSize=sz + 1, leading=(sz + 1) * 1.4,
                            spaceBefore=6, spaceAfter=3),
        "title": ParagraphStyle("t", fontName=bold_font, fontSize=sz + 4, leading=(sz + 4) * 1.3,
                                alignment=TA_CENTER, spaceAfter=6),
        "center": ParagraphStyle("c", fontName=body_font, fontSize=sz, leading=sz * 1.3,
                                 alignment=TA_CENTER),
        "i": ParagraphStyle("i", fontName="DVI", fontSize=sz - 1, leading=sz * 1.3, spaceAfter=4),
        "small": ParagraphStyle("s", fontName=body_font, fontSize=7, leading=9, textColor=colors.grey),
        "cell": ParagraphStyle("cell", fontName=body_font, fontSize=sz - 1, leading=(sz - 1) * 1.3),
        "cellb": ParagraphStyle("cellb", fontName=bold_font, fontSize=sz - 1, leading=(sz - 1) * 1.3),
    }
    story = []
    W = A4[0] - 40 * mm
    for b in d.blocks:
        k = b[0]
        if k in ("p", "h", "title", "center", "i", "small"):
            story.append(Paragraph(escape(b[1]), S[k]))
        elif k == "pb":
            story.append(PageBreak())
        elif k == "table":
            rows, header, widths = b[1], b[2], b[3]
            n = len(rows[0])
            widths = widths or [1.0 / n] * n
            data = []
            for i, row in enumerate(rows):
                st = S["cellb"] if (header and i == 0) or (not header and j_is_label(widths, row)) else S["cell"]
                cells = []
                for j, cell in enumerate(row):
                    s_ = S["cellb"] if (header and i == 0) else S["cell"]
                    parts = (cell or "").split("\n\n")
                    cells.append([Paragraph(escape(x), s_) for x in parts])
                data.append(cells)
            t = Table(data, colWidths=[w * W for w in widths], repeatRows=1 if header else 0)
            ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                  ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(ts))
            story.append(t)
            story.append(Spacer(1, 6))
    hdr = d.opt.get("page_header")
    ftr = d.opt.get("page_footer")

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7)
        if hdr:
            canvas.drawString(20 * mm, A4[1] - 10 * mm, hdr)
        if ftr:
            canvas.drawString(20 * mm, 8 * mm, ftr.replace("{page}", str(doc.page)))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def j_is_label(widths, row):
    return False


# ---------------------------------------------------------------- raster
def wrap(draw, text, font, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if draw.textlength(t, font=font) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def render_pages(d, dpi=200):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    sc = dpi / 200.0
    face = d.opt.get("img_font", "DejaVuSans")
    F = {
        "p": ImageFont.truetype(FD + face + ".ttf", int(25 * sc)),
        "h": ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(27 * sc)),
        "title": ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(34 * sc)),
        "center": ImageFont.truetype(FD + face + ".ttf", int(25 * sc)),
        "i": ImageFont.truetype(FD + "DejaVuSans-Oblique.ttf", int(23 * sc)),
        "small": ImageFont.truetype(FD + face + ".ttf", int(18 * sc)),
        "cell": ImageFont.truetype(FD + face + ".ttf", int(23 * sc)),
        "cellb": ImageFont.truetype(FD + "DejaVuSans-Bold.ttf", int(23 * sc)),
    }
    M = int(150 * sc)
    pages = []
    state = {}

    def newpage():
        im = Image.new("L", (W, H), 255)
        pages.append(im)
        state["im"], state["dr"], state["y"] = im, ImageDraw.Draw(im), M

    newpage()
    for b in d.blocks:
        k = b[0]
        if k == "pb":
            newpage(); continue
        if k == "table":
            rows, header, widths = b[1], b[2], b[3]
            n = len(rows[0]); widths = widths or [1.0 / n] * n
            tw = W - 2 * M
            cw = [int(w * tw) for w in widths]
            for i, row in enumerate(rows):
                fnt = F["cellb"] if header and i == 0 else F["cell"]
                lh = int(fnt.size * 1.3)
                cells = []
                for j, cell in enumerate(row):
                    ls = []
                    for part in (cell or "").split("\n\n"):
                        ls += wrap(state["dr"], part, fnt, cw[j] - 16)
                    cells.append(ls)
                rh = max(len(c) for c in cells) * lh + 16
                if state["y"] + rh > H - M:
                    newpage()
                x, y, dr = M, state["y"], state["dr"]
                for j, ls in enumerate(cells):
                    dr.rectangle([x, y, x + cw[j], y + rh], outline=0, width=2)
                    for li, line in enumerate(ls):
                        dr.text((x + 8, y + 8 + li * lh), line, font=fnt, fill=0)
                    x += cw[j]
                state["y"] += rh
            state["y"] += int(20 * sc)
            continue
        fnt = F[k]
        lh = int(fnt.size * 1.4)
        lines = wrap(state["dr"], b[1], fnt, W - 2 * M)
        if k == "h":
            state["y"] += int(10 * sc)
        for line in lines:
            if state["y"] + lh > H - M:
                newpage()
            x = M
            if k in ("title", "center"):
                x = (W - state["dr"].textlength(line, font=fnt)) / 2
            state["dr"].text((x, state["y"]), line, font=fnt, fill=0)
            state["y"] += lh
        state["y"] += int(8 * sc)
    return pages


def degrade(pages, seed, angle=0.6, noise=1500):
    rnd = random.Random(seed)
    out = []
    for i, im in enumerate(pages):
        a = rnd.uniform(-angle, angle)
        im = im.rotate(a, resample=Image.BICUBIC, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(noise):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice((0, 60, 120))
        # faint grey border shadow like a scanner lid
        dr = ImageDraw.Draw(im)
        dr.rectangle([0, 0, w - 1, 12], fill=200)
        im = im.filter(ImageFilter.GaussianBlur(0.4))
        out.append(im)
    return out


def render_raster(d, path, kind, seed):
    dpi = d.opt.get("dpi", 200)
    pages = degrade(render_pages(d, dpi), seed, d.opt.get("angle", 0.6))
    if kind == "scanpdf":
        pages[0].save(path, "PDF", resolution=float(dpi), save_all=True,
                      append_images=pages[1:], creationDate=_time.gmtime(1735689600), modDate=_time.gmtime(1735689600),
                      producer="scanner", title="scan")
    elif kind == "jpg":
        pages[0].convert("RGB").save(path, "JPEG", quality=82, dpi=(dpi, dpi))
    elif kind == "png":
        pages[0].save(path, "PNG", dpi=(dpi, dpi))
    elif kind == "tiff":
        pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:],
                      compression="tiff_deflate", dpi=(dpi, dpi))
    return len(pages)


# ---------------------------------------------------------------- driver
DOCS = []


def doc(name, lang, desc, **opt):
    d = D(name, lang, desc, **opt)
    DOCS.append(d)
    return d


def build(outdir):
    os.makedirs(os.path.join(outdir, "notes"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "gold"), exist_ok=True)
    for n, d in enumerate(DOCS):
        path = os.path.join(outdir, "notes", d.name)
        ext = d.name.rsplit(".", 1)[1]
        pages = None
        if ext == "docx":
            render_docx(d, path); fmt = "docx"
        elif ext == "pdf" and d.opt.get("scan"):
            pages = render_raster(d, path, "scanpdf", 1000 + n); fmt = "pdf"
        elif ext == "pdf":
            render_pdf(d, path); fmt = "pdf"
        else:
            kind = {"jpg": "jpg", "jpeg": "jpg", "png": "png", "tif": "tiff", "tiff": "tiff"}[ext]
            pages = render_raster(d, path, kind, 1000 + n); fmt = "image"
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        src = {"path": "notes/" + d.name, "sha256": sha, "format": fmt}
        if pages is not None:
            src["pages"] = pages
        for r in d.recs:
            compute_missing(r)
        gold = {"contract_version": "1.1", "source": src, "records": d.recs, "warnings": []}
        with open(os.path.join(outdir, "gold", d.name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "INDEX.txt"), "w") as fh:
        for d in DOCS:
            fh.write(d.name + "\t" + d.desc + "\n")


def ptab(d, header, rows, widths, dia=0, feel=None, ana=None, sup=None):
    """Process-recording column table; fills gold per the docstring convention."""
    d.tab([header] + rows, header=True, widths=widths)
    dl = [r[dia] for r in rows if r[dia].strip()]
    d.f("interview_narrative", "\n\n".join(dl))
    refl = []
    for r in rows:
        for c in (feel, ana):
            if c is not None and r[c].strip():
                refl.append(r[c])
    if refl:
        d.f("worker_reflection", "\n\n".join(refl))
    if sup is not None:
        s = [r[sup] for r in rows if r[sup].strip()]
        if s:
            d.f("supervisor_comments", "\n\n".join(s))


# ================================================================ DOCX documents
# d01 -- Indonesian process record, lettered headings, crowded header table
d = doc("d01_laporan_wawancara_lansia.docx", "id",
        "process_record; lettered headings (A.-F.) with non-standard names; crowded 2x3 header table; dialogue with stage directions; nonverbal as own section")
d.R("process_record")
d.T("LAPORAN PROSES WAWANCARA")
d.C("Praktikum Lapangan II — Program Studi Pekerjaan Sosial, Politeknik Kesejahteraan Nusantara")
d.tab([["Lembaga: Panti Sosial Tresna Werdha Budi Mulia Rancasari", "Tgl: 14 Oktober 2025", "Kontak ke-: 3"],
       ["Klien: Oma Hendrika Lumbantoruan", "Praktikan: Yohana Sitompul", "Tempat: Teras Wisma Anggrek"]],
      widths=[0.45, 0.3, 0.25])
d.f("agency_name", "Panti Sosial Tresna Werdha Budi Mulia Rancasari").f("interview_date", "2025-10-14")
d.f("session_number", 3).f("client_name", "Oma Hendrika Lumbantoruan").f("worker_name", "Yohana Sitompul")
d.f("location", "Teras Wisma Anggrek")
d.lv("Maksud pertemuan", "menggali perasaan klien sejak kepindahannya dari Wisma Melati dan kesiapannya mengikuti kegiatan kelompok.", "interview_purpose")
d.sec("A. Pengantar", "introduction",
      "Pertemuan ketiga ini dilakukan pada pagi hari setelah senam lansia. Klien baru dua minggu dipindahkan ke Wisma Anggrek karena kamar lamanya direnovasi.",
      "Praktikan sudah membuat janji sehari sebelumnya melalui pengasuh wisma, Ibu Ratna.")
d.sec("B. Apa yang Dibicarakan", "interview_narrative",
      "Praktikan: Selamat pagi, Oma. Bagaimana tidurnya semalam?",
      "Klien: (menghela napas) Belum nyenyak, Nak. Kamarnya dingin, jendelanya menghadap kebun.",
      "Praktikan: Oma masih ingat kamar lama di Wisma Melati?",
      "Klien: Tentu. Di sana saya punya teman bicara, Oma Sarce. Di sini semua orang baru. (klien memandang ke arah kebun)",
      "Praktikan: Kalau Oma mau, besok kita bisa ikut kelompok merangkai bunga bersama. Oma Sarce juga ikut.",
      "Klien: Benarkah? Kalau begitu saya mau coba.")
d.sec("C. Bahasa Tubuh yang Teramati", "nonverbal_observations",
      "Pada awal percakapan klien duduk bersandar dengan tangan terlipat dan jarang menatap praktikan. Setelah nama Oma Sarce disebut, klien menegakkan duduknya dan tersenyum.")
d.sec("D. Apa yang Saya Rasakan dan Pikirkan", "worker_reflection",
      "Saya sempat cemas karena klien tampak enggan bicara. Saya menyadari bahwa kehilangan teman dekat lebih berat bagi klien daripada pindah kamar itu sendiri.",
      "Teknik yang saya pakai: refleksi perasaan dan menghubungkan klien dengan sumber dukungan yang sudah dikenalnya.")
d.sec("E. Kesimpulan", "conclusion",
      "Klien mengalami kesepian setelah relokasi kamar. Dukungan teman sebaya menjadi kekuatan utama yang dapat dimanfaatkan.")
d.sec("F. Langkah Berikutnya", "next_steps",
      "Mendampingi klien pada kegiatan merangkai bunga hari Kamis dan berkoordinasi dengan Ibu Ratna soal selimut tambahan.")

# d02 -- English process recording as 4-column table, no conclusion
d = doc("d02_process_recording_columns_en.docx", "en",
        "process_record; 4-column table (Content of interaction | Gut-level feelings | Analysis / skills | Field instructor); speaker tags 'SW:'/'Client:'; no conclusion (missing_required); no case number")
d.R("process_record")
d.T("Process Recording")
d.P("Eastmere School of Social Work — Generalist Field Placement")
d.tab([["Student", "Priya Ramdass"], ["Client (initials not used in this agency)", "Mr. Dorian Kettleby"],
       ["Date of contact", "02/09/2025"], ["Setting", "Kettleby home visit, Larchmont Road flat"],
       ["Agency", "Brackenford Community Mental Health Team"]], widths=[0.4, 0.6])
d.f("worker_name", "Priya Ramdass").f("client_name", "Mr. Dorian Kettleby").f("interview_date", "2025-09-02")
d.f("location", "Kettleby home visit, Larchmont Road flat").f("agency_name", "Brackenford Community Mental Health Team")
d.sec("Purpose of this contact", "interview_purpose",
      "To review how Mr. Kettleby is managing his medication after discharge and to agree who he can call at night.")
d.sec("Opening / context", "introduction",
      "This was my second visit. Mr. Kettleby was discharged from the acute ward eleven days ago and lives alone. His sister had phoned the team the day before, worried that he was not answering calls.")
ptab(d, ["Content of interaction", "Gut-level feelings", "Analysis / skills", "Field instructor"],
     [["SW: Hello Mr. Kettleby, thanks for letting me in. How have the last few days been?",
       "Nervous; the flat was very dark.", "Open question to start; tuning in.", ""],
      ["Client: Quiet. Too quiet. (looks at the pill organiser on the table) I missed Tuesday, I think.",
       "Relieved that he raised it himself.", "Client disclosing; I should not judge.",
       "Good that you let him lead here."],
      ["SW: It sounds like Tuesday was hard. What was going on that day?",
       "", "Reflecting feeling, exploring.", ""],
      ["Client: My sister didn't come. I just stayed in bed.",
       "Sad for him.", "Possible link between isolation and missed doses.",
       "Consider asking about his sleep pattern too."]],
     [0.34, 0.2, 0.24, 0.22], dia=0, feel=1, ana=2, sup=3)
d.sec("Plan", "next_steps",
      "Ask the community nurse to set up a weekly blister pack; visit again on Friday with the crisis line card.")

# d03 -- Indonesian daily log, ruled table, blank date cells, mixed durations
d = doc("d03_buku_harian_praktikan.docx", "id",
        "daily_log; ruled table Hari/Tgl | Pukul | Lama | Uraian Kegiatan | Klien; blank date cells inherit; durations '45 mnt', '1 jam 15 menit', '2 jam'; times with dots; one row without client")
d.R("daily_log")
d.T("BUKU KEGIATAN HARIAN PRAKTIKAN")
d.P("Nama Praktikan : Dimas Arya Pranata", "Lokasi Praktik : Lembaga Perlindungan Anak Kasih Bunda, Kota Sindangreja")
d.f("worker_name", "Dimas Arya Pranata")
rows = [["Hari/Tgl", "Pukul", "Lama", "Uraian Kegiatan", "Klien"],
        ["Senin, 6 Oktober 2025", "08.30", "45 mnt", "Orientasi dengan pembimbing lembaga mengenai alur penerimaan anak.", ""],
        ["", "10.00", "1 jam 15 menit", "Wawancara awal dengan anak tentang kegiatan sekolah dan teman sebaya.", "An. Rafael Putra"],
        ["Selasa, 7 Oktober 2025", "13.00", "2 jam", "Kunjungan rumah ke nenek klien di Kampung Cikaret Hilir.", "An. Rafael Putra"],
        ["", "15.30", "30 mnt", "Menulis catatan proses dan diskusi singkat dengan supervisor.", "An. Rafael Putra"],
        ["Rabu, 8 Oktober 2025", "09.00", "50 menit", "Mendampingi kelompok bermain anak usia 6–9 tahun.", "An. Sinta Maharani"]]
d.tab(rows, header=True, widths=[0.2, 0.1, 0.14, 0.38, 0.18])
d.f("entries", [
    {"date": "2025-10-06", "time": "08:30", "duration_minutes": 45, "description": rows[1][3]},
    {"date": "2025-10-06", "time": "10:00", "duration_minutes": 75, "description": rows[2][3], "client_name": "An. Rafael Putra"},
    {"date": "2025-10-07", "time": "13:00", "duration_minutes": 120, "description": rows[3][3], "client_name": "An. Rafael Putra"},
    {"date": "2025-10-07", "time": "15:30", "duration_minutes": 30, "description": rows[4][3], "client_name": "An. Rafael Putra"},
    {"date": "2025-10-08", "time": "09:00", "duration_minutes": 50, "description": rows[5][3], "client_name": "An. Sinta Maharani"}])
d.f("agency_name", "Lembaga Perlindungan Anak Kasih Bunda")
d.P("Mengetahui, Pembimbing Lembaga: ____________")

# d04 -- English closed case file, question headings
d = doc("d04_closed_case_file_questions_en.docx", "en",
        "case_record closed; headings written as questions; 'File ref.'; status 'Closed – goals met'; attachments as bullet-like lines; STRICTLY CONFIDENTIAL stamp",
        hstyle="heading")
d.R("case_record")
d.P("STRICTLY CONFIDENTIAL")
d.f("confidentiality", "STRICTLY CONFIDENTIAL")
d.T("Harrowgate Vale Family Support Service — Client File")
d.f("agency_name", "Harrowgate Vale Family Support Service")
d.kvt([("File ref.", "HVFS/2025/0417", "case_number"),
       ("Name of service user", "Ms. Leonie Farrant", "client_name"),
       ("Allocated practitioner", "Tomasz Wierzbicki, MSW", "worker_name"),
       ("Opened", "March 3, 2025", "date_opened", "2025-03-03"),
       ("Closed", "August 29, 2025", "date_closed", "2025-08-29"),
       ("Current status", "Closed – goals met", "case_status", "closed"),
       ("Referred by", "Eastmere Primary School (Designated Safeguarding Lead)", "referral_source"),
       ("Date of birth", "11/06/1994", "client_birth_date", "1994-06-11"),
       ("Gender", "Female", "client_sex")])
d.sec("Who is the service user?", "client_identity",
      "Ms. Farrant is a 30-year-old single parent of two children (aged 7 and 4). She works part-time as a cleaner and rents a two-bedroom flat at 9 Orchard Close, Harrowgate Vale.")
d.sec("Why did the family come to us?", "presenting_problem",
      "The school reported that the older child was arriving late and hungry on most days. Ms. Farrant said she felt overwhelmed after her night shifts.")
d.sec("What is happening around the family?", "social_environment",
      "Ms. Farrant's mother lives in a neighbouring town and helps at weekends. There is no contact with the children's father. The neighbourhood has a food bank and a children's centre within walking distance.")
d.sec("What do we think is going on?", "assessment",
      "Practical overload rather than neglect: the routine breaks down on mornings after night work. Ms. Farrant is warm with the children and motivated to change.")
d.sec("What did we agree to do?", "intervention_plan",
      "1) Morning routine plan with the school breakfast club. 2) Support to request day shifts from her employer. 3) Referral to the food bank for the short term.")
d.sec("What was actually done?", "interventions",
      "Six home visits between March and July. Breakfast club place secured from 24 March. A letter supporting a change of shifts was written and accepted in May.")
d.sec("Did it work?", "evaluation",
      "Punctuality improved from 40% to 95% of school days. Ms. Farrant reports feeling in control of mornings.")
d.sec("How did we end?", "termination",
      "Closure was agreed at a joint meeting with the school on 29 August 2025. Ms. Farrant knows she can self-refer again.")
d.H("Documents on file")
d.P("• School attendance summary", "• Employer letter (shift change)", "• Signed consent form")
d.f("attachments", ["School attendance summary", "Employer letter (shift change)", "Signed consent form"])

# d05 -- Indonesian agency profile, numbered headings, legal basis missing
d = doc("d05_profil_yayasan_numbered.docx", "id",
        "agency_record; numbered headings with own names ('3. Program Kerja Tahunan', '7. Sumber Dana'); nature 'Semi panti' -> semi_institutional; Kabupaten -> district; no legal basis (missing_required); no staff sections",
        hstyle="underline")
d.R("agency_record")
d.C("PEMERINTAH KABUPATEN MEKARWANGI")
d.T("PROFIL LEMBAGA")
d.lv("Nama Lembaga", "Yayasan Rumah Singgah Pelangi Harapan", "agency_name")
d.sec("1. Alamat Kantor", "address", "Jl. Kenanga Raya No. 27, Desa Sukaluyu, Kecamatan Lembah Asri, Kabupaten Mekarwangi")
d.H("2. Riwayat Singkat")
d.P("Didirikan tanggal 17 Agustus 2009 oleh sekelompok relawan gereja dan masjid setempat.")
d.f("founding_date", "2009-08-17")
d.sec("3. Program Kerja Tahunan", "work_program",
      "Penjangkauan anak jalanan di terminal dan pasar; kelas kejar paket A dan B; pelatihan sablon dan servis motor; reunifikasi anak dengan keluarga.")
d.sec("4. Syarat dan Cara Mendapat Layanan", "service_procedures",
      "Anak usia 7–18 tahun dirujuk oleh penjangkau, dinas sosial atau datang sendiri. Wajib mengisi formulir pendaftaran dan menyerahkan fotokopi KK bila ada.")
d.sec("5. Susunan Pengurus", "organizational_structure",
      "Pembina: Pdt. Markus Tanamal dan K.H. Syarifuddin. Ketua: Ibu Lestari Wulandari. Koordinator Program: Bpk. Agus Salim Harahap. Bendahara: Ibu Neneng Sumirat.")
d.lv("6. Wilayah Pelayanan", "Kabupaten Mekarwangi", "service_authority", "district")
d.lv("   Sifat Pelayanan", "Semi panti (anak menginap sementara)", "agency_nature", "semi_institutional")
d.sec("7. Sumber Dana", "funding_sources",
      "Donatur tetap, bantuan hibah Pemerintah Kabupaten, usaha sablon binaan, dan kotak amal.")
d.sec("8. Ketentuan Khusus", "special_limits",
      "Tidak menerima anak dengan ketergantungan zat berat; dirujuk ke panti rehabilitasi.")
d.sec("9. Pencatatan dan Pelaporan", "recording_and_reporting",
      "Setiap anak memiliki map kasus; laporan bulanan dikirim ke Dinas Sosial paling lambat tanggal 5.")

# d06 -- English summary record, period on one line with en dash
d = doc("d06_case_summary_quarter_en.docx", "en",
        "summarized_record; 'Period covered: 1 Feb – 30 Apr 2025' on one line; reports listed in a table; headings 'Overall picture', 'Where things stand', 'Next quarter'")
d.R("summarized_record")
d.T("Quarterly Case Summary")
d.P("Brackenford County Council — Adult Social Care")
d.f("agency_name", "Brackenford County Council — Adult Social Care")
d.lv("Case no.", "ASC-88213", "case_number")
d.lv("Person supported", "Mr. Alfred Quenby", "client_name")
d.lv("Worker", "Sandra Oyelaran", "worker_name")
d.lv("Period covered", "1 Feb – 30 Apr 2025")
d.f("period_start", "2025-02-01").f("period_end", "2025-04-30")
d.H("Reports this summary draws on")
d.tab([["#", "Report"], ["1", "Home visit report 4 Feb 2025"], ["2", "Carers' assessment 19 Feb 2025"],
       ["3", "Hospital discharge meeting notes 2 Apr 2025"]], header=True, widths=[0.1, 0.9])
d.f("reports_summarized", ["Home visit report 4 Feb 2025", "Carers' assessment 19 Feb 2025", "Hospital discharge meeting notes 2 Apr 2025"])
d.sec("Overall picture", "case_summary",
      "Mr. Quenby (82) lives with his wife, who is his main carer. In February the couple agreed to a morning care call. He fell in March and spent two weeks in hospital.",
      "The discharge meeting agreed a second daily call and a key safe. Mrs. Quenby's own health has been discussed with her GP.")
d.sec("Where things stand", "current_situation",
      "Two daily calls in place since 3 April. Mrs. Quenby says she is sleeping better.")
d.sec("Next quarter", "plan",
      "Review equipment with the occupational therapist in May; offer Mrs. Quenby a carers' break in June.")

# d07 -- Indonesian summarized process record over three contacts
d = doc("d07_catatan_proses_ringkas_tiga_kontak.docx", "id",
        "summarized_process_record; three contact dates in one line '3, 10 dan 17 September 2025'; headings 'Ikhtisar Pertemuan', 'Simpulan Sementara', 'Rencana Tindak Lanjut'; case number as 'No. Berkas'")
d.R("summarized_process_record")
d.T("CATATAN PROSES RINGKAS")
d.P("Pusat Pelayanan Terpadu Perempuan dan Anak (P2TPA) Melati Sindangreja")
d.f("agency_name", "Pusat Pelayanan Terpadu Perempuan dan Anak (P2TPA) Melati Sindangreja")
d.kvt([("No. Berkas", "P2TPA/SR/092/IX/2025", "case_number"),
       ("Nama Klien", "Ny. Wulan Kartikasari", "client_name"),
       ("Pekerja Sosial", "Fransiska Ndoen, S.Tr.Sos.", "worker_name"),
       ("Tanggal Pertemuan", "3, 10 dan 17 September 2025", "interview_dates", ["2025-09-03", "2025-09-10", "2025-09-17"]),
       ("Tempat", "Ruang konseling P2TPA", "location")])
d.sec("Ikhtisar Pertemuan", "summary",
      "Pada pertemuan pertama klien menceritakan pertengkaran dengan suaminya yang semakin sering sejak suaminya kehilangan pekerjaan. Klien mengatakan bahwa ia belum pernah dipukul, tetapi sering dibentak di depan anak-anak.",
      "Pada pertemuan kedua klien membawa adiknya, Sdri. Ratih, dan mereka membahas kemungkinan klien tinggal sementara di rumah orang tuanya. Klien masih ragu karena tidak ingin anak-anak pindah sekolah.",
      "Pada pertemuan ketiga klien menyampaikan bahwa suaminya bersedia mengikuti konseling pasangan. Pekerja sosial menjelaskan rencana keselamatan dan nomor pengaduan darurat.")
d.sec("Simpulan Sementara", "conclusion",
      "Klien mengalami kekerasan psikis dan membutuhkan rencana keselamatan serta penguatan dukungan keluarga besar.")
d.sec("Rencana Tindak Lanjut", "next_steps",
      "Menjadwalkan sesi konseling pasangan pada 24 September 2025 dan memantau kondisi anak melalui wali kelas.")

# d08 -- Indonesian multi-record folder: case record (open) + process record
d = doc("d08_map_kasus_dua_berkas.docx", "id",
        "two records in one file: case_record (open, 'Status: Masih berjalan') then process_record after a page break; crowded header line split at labels; attachments as comma list; no interventions yet")
d.R("case_record")
d.C("DINAS SOSIAL KOTA SINDANGREJA")
d.T("UPT Rehabilitasi Sosial Bina Insani")
d.f("agency_name", "UPT Rehabilitasi Sosial Bina Insani")
d.P("RAHASIA")
d.f("confidentiality", "RAHASIA")
d.H("BERKAS KASUS KLIEN")
d.P("No. Reg: BI-2025-031    Nama: Sdr. Yosef Bria    Pekerja Sosial: Theresia Lake, S.Sos.")
d.f("case_number", "BI-2025-031").f("client_name", "Sdr. Yosef Bria").f("worker_name", "Theresia Lake, S.Sos.")
d.P("Tgl. Diterima: 21/07/2025    Asal Rujukan: Polsek Lembah Asri    Status: Masih berjalan")
d.f("date_opened", "2025-07-21").f("referral_source", "Polsek Lembah Asri").f("case_status", "open")
d.sec("Data Diri", "client_identity",
      "Laki-laki, 17 tahun, lahir di Atambua, putus sekolah kelas XI. Tinggal bersama paman di Gang Nangka, Kelurahan Tanjung Kemuning.")
d.sec("Masalah yang Dihadapi", "presenting_problem",
      "Klien tertangkap membawa minuman keras oplosan dan terlibat perkelahian antarkelompok remaja.")
d.sec("Keluarga dan Lingkungan Sekitar", "social_environment",
      "Orang tua klien bekerja di Malaysia dan jarang mengirim kabar. Paman bekerja sebagai sopir angkot dan jarang di rumah. Lingkungan tempat tinggal padat dengan banyak remaja putus sekolah.")
d.sec("Penilaian Pekerja Sosial", "assessment",
      "Klien membutuhkan figur pengasuh yang konsisten dan kegiatan yang mengisi waktu luang. Klien punya minat kuat pada musik.")
d.sec("Rencana Pertolongan", "intervention_plan",
      "Bimbingan sosial individu dua kali seminggu, penempatan di kelompok band binaan UPT, dan penelusuran keluarga untuk menghubungi orang tua.")
d.P("Lampiran: fotokopi akta kelahiran, surat pengantar Polsek, rapor kelas X")
d.f("attachments", ["fotokopi akta kelahiran", "surat pengantar Polsek", "rapor kelas X"])
d.pb()
d.R("process_record")
d.H("CATATAN PROSES — Pertemuan 1")
d.P("Klien: Sdr. Yosef Bria    Pekerja Sosial: Theresia Lake, S.Sos.    Tanggal: 23 Juli 2025")
d.f("client_name", "Sdr. Yosef Bria").f("worker_name", "Theresia Lake, S.Sos.").f("interview_date", "2025-07-23")
d.f("session_number", 1).f("agency_name", "UPT Rehabilitasi Sosial Bina Insani")
d.lv("Tempat", "Ruang bimbingan lantai 2", "location")
d.sec("Pendahuluan", "introduction", "Pertemuan pertama setelah klien menjalani orientasi dua hari di UPT.")
d.sec("Isi Percakapan", "interview_narrative",
      "Peksos: Yosef, bagaimana dua hari pertama di sini?",
      "Klien: Biasa saja, Kak. (klien memainkan ujung kausnya) Makanannya enak.",
      "Peksos: Saya dengar kamu suka main gitar.",
      "Klien: Iya, dulu saya main di gereja.")
d.sec("Kesimpulan", "conclusion", "Klien mulai terbuka ketika membicarakan musik; hubungan kerja awal sudah terbentuk.")

# d09 -- job advert (unknown)
d = doc("d09_job_advert_social_worker.docx", "en",
        "NOT a case note (job advertisement) -> unknown; has 'Agency:' and 'Closing date' labels; mentions case records, process recordings and daily logs in duties")
d.R("unknown")
d.T("We're hiring: Social Worker (Children & Families)")
d.lv("Agency", "Larchmont Children's Trust", "agency_name")
d.P("Base: Eastmere, hybrid", "Salary: £34,200 – £38,900", "Closing date: 14 November 2025")
d.H("About the role")
d.P("You will hold a caseload of around 18 families, keep case records and process recordings up to date, and complete a daily log of visits as part of our practice standards.")
d.H("What you'll bring")
d.P("• A recognised social work qualification and registration", "• A full driving licence", "• Experience of child protection conferences")
d.H("How to apply")
d.P("Send a CV and a one-page supporting statement to recruitment@larchmont-trust.example. Interviews will be held in the week of 24 November.")

# d10 -- English process record template, partly filled
d = doc("d10_process_template_partly_filled_en.docx", "en",
        "process_record template partly filled: italic instructions, '[ ]' prompts and '....' placeholders; client name and nonverbal section left as '....'; conclusion left as 'N/A'")
d.R("process_record")
d.T("PROCESS RECORDING TEMPLATE (v3)")
d.I("Complete all sections within 48 hours of the contact. Do not use the client's full name outside the agency.")
d.kvt([("Agency", "Northfold Refugee Support Network", "agency_name"),
       ("Student / worker", "Abdirahman Yusuf", "worker_name"),
       ("Client", "...."),
       ("Case #", "NRSN-1172", "case_number"),
       ("Date of interview", "18 June 2025", "interview_date", "2025-06-18"),
       ("Venue", "[enter venue]")])
d.H("1. Introduction")
d.I("[Briefly say who was present, why, and anything that happened before the interview.]")
d.P("Family of four recently granted refugee status; this was our first meeting after their move from temporary hotel accommodation.")
d.f("introduction", "Family of four recently granted refugee status; this was our first meeting after their move from temporary hotel accommodation.")
d.H("2. Verbatim account")
d.I("[Write the dialogue as closely as you remember it.]")
d.sec(None, "interview_narrative",
      "Worker: Welcome to the new flat. How are you all finding it?",
      "Client: It is cold, but it is ours. The children have no school yet.",
      "Worker: Let's sort out the school places today. Do you have the letters from the council?",
      "Client: (hands over a plastic folder) Everything is here.")
d.H("3. Non-verbal observations")
d.P("....")
d.H("4. Reflection")
d.sec(None, "worker_reflection",
      "I felt the pressure to fix everything in one visit. I need to pace the work and let the family set priorities.")
d.H("5. Conclusion")
d.P("N/A")
d.H("6. Supervisor's comments")
d.I("[To be completed by the practice educator.]")

# d11 -- Indonesian ambiguous: home visit report, mostly indirect with some quotes
d = doc("d11_laporan_kunjungan_rumah_ambigu.docx", "id",
        "AMBIGUOUS: home-visit report in indirect speech with two quoted lines, single date, headings 'Hasil Kunjungan', 'Catatan Akhir' -> summarized_process_record (alt: process_record); no case number")
d.R("summarized_process_record", confidence=0.6, alternatives=[("process_record", 0.35)])
d.T("LAPORAN KUNJUNGAN RUMAH")
d.P("Lembaga Kesejahteraan Sosial Anak Taman Bintang")
d.f("agency_name", "Lembaga Kesejahteraan Sosial Anak Taman Bintang")
d.P("Yang dikunjungi: Keluarga Bpk. Samuel Manoppo (klien: Ananda Grace Manoppo)")
d.f("client_name", "Ananda Grace Manoppo")
d.P("Petugas: Herlina Pasaribu", "Hari/tanggal kunjungan: Jumat, 19 September 2025")
d.f("worker_name", "Herlina Pasaribu").f("interview_dates", ["2025-09-19"])
d.sec("Hasil Kunjungan", "summary",
      "Petugas diterima oleh ayah klien di ruang tamu. Ayah klien menjelaskan bahwa Grace sudah tiga minggu tidak mau berangkat sekolah karena diejek teman-temannya soal kakinya yang pincang.",
      "Grace sempat keluar kamar dan berkata, \"Saya mau sekolah kalau tidak ada yang tertawa.\" Ayahnya menambahkan, \"Kami sudah bicara dengan guru, tapi belum ada perubahan.\"",
      "Petugas menawarkan pertemuan bersama wali kelas dan guru BK minggu depan, dan keluarga menyetujuinya.")
d.sec("Catatan Akhir", "conclusion",
      "Masalah utama adalah perundungan di sekolah; keluarga mendukung dan kooperatif.")

# d12 -- English daily log as dated paragraphs
d = doc("d12_practice_diary_paragraphs_en.docx", "en",
        "daily_log written as dated paragraphs ('Mon 3 Nov 2025 — 09:15, 40 min'); durations '40 min', '1.5 hrs', 'half an hour'; one entry with no time (missing_required entries[2].time); supervisor line is not an entry")
d.R("daily_log")
d.T("Placement Diary")
d.P("Student: Grace Okonkwo-Bell   |   Placement: Fenwick Lane Youth Hub")
d.f("worker_name", "Grace Okonkwo-Bell").f("agency_name", "Fenwick Lane Youth Hub")
e1 = "Drop-in session. Met Kai Renshaw for the first time; he asked about help with a college application. Agreed to meet again on Wednesday."
e2 = "Accompanied Kai Renshaw to the college open day in Eastmere. He spoke to the course tutor himself."
e3 = "Phoned Ms. Tilda Brannock, aunt of Kai Renshaw, to update her about the open day; she agreed to sign the bursary form."
e4 = "Team meeting: discussed referral pathways for young people leaving care. No client contact."
d.P("Mon 3 Nov 2025 — 09:15, 40 min. " + e1)
d.P("Wed 5 Nov 2025 — 13:30, 1.5 hrs. " + e2)
d.P("Thu 6 Nov 2025 — phone call, about half an hour. " + e3)
d.P("Fri 7 Nov 2025 — 10:00, 60 min. " + e4)
d.P("Supervision with Michael Ferreira scheduled for 12 Nov.")
d.f("entries", [
    {"date": "2025-11-03", "time": "09:15", "duration_minutes": 40, "description": e1, "client_name": "Kai Renshaw"},
    {"date": "2025-11-05", "time": "13:30", "duration_minutes": 90, "description": e2, "client_name": "Kai Renshaw"},
    {"date": "2025-11-06", "duration_minutes": 30, "description": e3, "client_name": "Kai Renshaw"},
    {"date": "2025-11-07", "time": "10:00", "duration_minutes": 60, "description": e4}])

# d13 -- Indonesian social report (case record), bold-only headings, no closing
d = doc("d13_laporan_sosial_klien_disabilitas.docx", "id",
        "case_record (open) titled 'Laporan Sosial'; bold-only heading lines with own names ('Siapa Klien', 'Gambaran Masalah', 'Kondisi Keluarga & Lingkungan', 'Analisa Kasus', 'Rencana Penanganan'); attachments numbered; no confidentiality mark, no status")
d.R("case_record")
d.C("PEMERINTAH PROVINSI NUSA WIDARA")
d.C("DINAS SOSIAL")
d.T("Sentra Layanan Disabilitas Cahaya Mandiri")
d.f("agency_name", "Sentra Layanan Disabilitas Cahaya Mandiri")
d.H("LAPORAN SOSIAL")
d.kvt([("Nomor Kasus", "SLD-CM/045/2025", "case_number"),
       ("Nama", "Sdri. Maria Goreti Luan", "client_name"),
       ("Tanggal Lahir", "2 Februari 2003", "client_birth_date", "2003-02-02"),
       ("Jenis Kelamin", "Perempuan", "client_sex"),
       ("Alamat", "Dusun Oebelo RT 04, Desa Nunmata", "client_address"),
       ("Tanggal Registrasi", "5 Mei 2025", "date_opened", "2025-05-05"),
       ("Pendamping", "Agustinus Seran, S.Tr.Sos.", "worker_name"),
       ("Dirujuk oleh", "Puskesmas Nunmata", "referral_source")])
d.sec("Siapa Klien", "client_identity",
      "Klien adalah perempuan 22 tahun dengan disabilitas rungu sejak lahir, lulusan SLB, belum bekerja, anak kedua dari lima bersaudara.")
d.sec("Gambaran Masalah", "presenting_problem",
      "Klien ingin bekerja sebagai penjahit tetapi ditolak dua usaha konveksi karena kesulitan komunikasi. Klien menjadi murung dan jarang keluar rumah.")
d.sec("Kondisi Keluarga & Lingkungan", "social_environment",
      "Ayah petani lahan kering, ibu berjualan kue. Keluarga tidak menguasai bahasa isyarat. Di desa ada kelompok tenun ibu-ibu yang aktif.")
d.sec("Analisa Kasus", "assessment",
      "Hambatan utama adalah komunikasi dan stigma, bukan keterampilan. Klien memiliki keterampilan menjahit dasar yang baik.")
d.sec("Rencana Penanganan", "intervention_plan",
      "Pelatihan menjahit lanjutan di Sentra, kelas bahasa isyarat untuk keluarga, dan penjajakan kerja sama dengan kelompok tenun desa.")
d.H("Lampiran")
d.P("1. Surat keterangan dokter", "2. Ijazah SLB", "3. Fotokopi KTP")
d.f("attachments", ["Surat keterangan dokter", "Ijazah SLB", "Fotokopi KTP"])

# d14 -- Indonesian summarized record, period 's.d.', missing current situation
d = doc("d14_catatan_ringkas_triwulan.docx", "id",
        "summarized_record; 'Periode: Januari s.d. Maret 2025' (month-only period -> first/last day); reports as lettered list; no 'keadaan sekarang' section (missing_recommended)")
d.R("summarized_record")
d.T("CATATAN RINGKAS PERKEMBANGAN KASUS")
d.P("Balai Rehabilitasi Sosial Eks Pekerja Migran Sejahtera Abadi")
d.f("agency_name", "Balai Rehabilitasi Sosial Eks Pekerja Migran Sejahtera Abadi")
d.P("Nomor Register : EPM-2024-219")
d.P("Nama Penerima Manfaat : Ibu Siti Rohmah binti Kasdi")
d.P("Pekerja Sosial Pendamping : Rahmat Hidayatullah, S.Psi.")
d.P("Periode : Januari s.d. Maret 2025")
d.f("case_number", "EPM-2024-219").f("client_name", "Ibu Siti Rohmah binti Kasdi").f("worker_name", "Rahmat Hidayatullah, S.Psi.")
d.f("period_start", "2025-01-01").f("period_end", "2025-03-31")
d.H("Laporan yang Diringkas")
d.P("a. Laporan asesmen awal (8 Januari 2025)", "b. Catatan proses konseling ke-1 s.d. ke-4", "c. Laporan kunjungan keluarga (27 Februari 2025)")
d.f("reports_summarized", ["Laporan asesmen awal (8 Januari 2025)", "Catatan proses konseling ke-1 s.d. ke-4", "Laporan kunjungan keluarga (27 Februari 2025)"])
d.sec("Ringkasan Perkembangan", "case_summary",
      "Penerima manfaat dipulangkan dari Timur Tengah pada Desember 2024 setelah gajinya tidak dibayar selama 14 bulan. Pada awal layanan ia mengalami gangguan tidur dan takut bertemu tetangga.",
      "Selama empat sesi konseling, penerima manfaat mampu menceritakan pengalamannya dan mulai mengikuti kelas tata boga. Kunjungan keluarga menunjukkan suami dan anak-anak menerima kepulangannya.")
d.sec("Rencana ke Depan", "plan",
      "Pendampingan pengajuan klaim gaji melalui BP3MI dan persiapan usaha katering rumahan.")

# ================================================================ text PDFs
# p01 -- web page printed to PDF: process recording posted on a learning portal
d = doc("p01_portal_process_recording_print_en.pdf", "en",
        "process_record printed from a web portal: site banner, breadcrumbs, 'Posted on' date (not interview date), view count, 'Printed:' footer; labels in a crowded line 'Agency: ... Client System: ... Date: ...'",
        page_header="https://practicum.eastmere-sw.example/portfolio/entry/5521    Eastmere Practicum Portal",
        page_footer="Printed: 21/11/2025 16:42  ·  page {page}")
d.R("process_record")
d.small("Home › Portfolio › Year 2 › Process recordings")
d.small("Posted on 20 November 2025 by a.mbeki · 37 views · 2 comments")
d.T("Process Recording #4 – Meeting with Mrs. Odile Fanshawe")
d.P("Agency: St. Brigid's Hospice Outreach   Client System: Mrs. Odile Fanshawe   Date: 11 November 2025")
d.f("agency_name", "St. Brigid's Hospice Outreach").f("client_name", "Mrs. Odile Fanshawe").f("interview_date", "2025-11-11")
d.P("Student: Amara Mbeki   Session: 4   Where: client's living room, Foxglove Terrace")
d.f("worker_name", "Amara Mbeki").f("session_number", 4).f("location", "client's living room, Foxglove Terrace")
d.sec("Why I went", "interview_purpose", "To talk with Mrs. Fanshawe about what she wants her daughter to know about her care wishes.")
d.sec("Setting the scene", "introduction",
      "Mrs. Fanshawe (79) has advanced heart failure and lives with her daughter, Camille. The nurse told me she had a difficult night, so I asked whether she still wanted to meet; she insisted.")
d.sec("The conversation", "interview_narrative",
      "Student – Good afternoon, Mrs. Fanshawe. Is now still a good time?",
      "Client – Yes, sit down, dear. I want to get this done while I can think straight.",
      "Student – You said last week you wanted to talk to Camille about the hospital.",
      "Client – I don't want to go back there. (pauses, looks at the photo on the mantelpiece) Ever.",
      "Student – That sounds very clear. What would help Camille hear that?",
      "Client – Maybe if you are there when I tell her.")
d.sec("What I noticed (non-verbal)", "nonverbal_observations",
      "She held a folded handkerchief throughout and her breathing became faster when she mentioned the hospital. Her voice was firm.")
d.sec("My reflections", "worker_reflection",
      "I felt honoured and a little scared by the weight of the request. I used clarifying and summarising, but I moved too quickly to problem-solving at the end.")
d.sec("Summing up", "conclusion",
      "Mrs. Fanshawe has a clear wish not to be readmitted and wants support to tell her daughter. A joint conversation is needed soon.")
d.sec("Feedback from practice educator", "supervisor_comments",
      "Sensitive work, Amara. Next time check what Mrs. Fanshawe fears Camille will say before planning the joint meeting.")
d.small("2 comments · Log in to reply · © Eastmere School of Social Work")

# p02 -- Indonesian process record as column table
d = doc("p02_catatan_proses_kolom_id.pdf", "id",
        "process_record as 4-column table (Dialog | Perasaan Praktikan | Analisa/Teknik | Komentar Supervisor); header labels with unusual names ('Identitas Klien', 'Pewawancara'); 'Tujuan :' header line; supervisor column partly empty",
        pdf_font="DVS")
d.R("process_record")
d.T("CATATAN PROSES (PROCESS RECORDING)")
d.P("Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Sekar Arum")
d.f("agency_name", "Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Sekar Arum")
d.P("Identitas Klien : Bpk. Darmaji Wiryoatmojo", "Pewawancara : Kristina Dewi Anggraeni",
    "No. Kasus : LK3-SA/2025/118", "Waktu Wawancara : Selasa, 04-11-2025, pukul 10.00",
    "Tempat : Ruang konsultasi 2", "Tujuan : Mengetahui penyebab klien menunggak iuran sekolah anaknya.")
d.f("client_name", "Bpk. Darmaji Wiryoatmojo").f("worker_name", "Kristina Dewi Anggraeni")
d.f("case_number", "LK3-SA/2025/118").f("interview_date", "2025-11-04").f("location", "Ruang konsultasi 2")
d.f("interview_purpose", "Mengetahui penyebab klien menunggak iuran sekolah anaknya.")
d.sec("I. Pendahuluan", "introduction",
      "Klien datang atas anjuran kepala sekolah SMP tempat anaknya bersekolah. Ini adalah pertemuan pertama.")
d.H("II. Jalannya Wawancara")
ptab(d, ["Dialog", "Perasaan Praktikan", "Analisa / Teknik", "Komentar Supervisor"],
     [["Praktikan: Selamat pagi, Pak. Silakan duduk. Apa yang bisa kami bantu?", "Sedikit gugup.", "Membuka percakapan, membangun relasi.", ""],
      ["Klien: Saya disuruh kepala sekolah datang ke sini, Bu. Soal iuran anak saya. (klien menunduk)", "Iba melihat klien malu.", "Klien merasa malu; perlu validasi.", "Perhatikan nada suara."],
      ["Praktikan: Bapak tidak perlu malu. Banyak orang tua yang datang dengan hal serupa.", "", "Normalisasi.", "Tepat."],
      ["Klien: Sejak pabrik tutup, saya hanya jadi kuli panggul di pasar.", "Ikut sedih.", "Akar masalah: kehilangan pekerjaan tetap.", ""]],
     [0.36, 0.18, 0.24, 0.22], dia=0, feel=1, ana=2, sup=3)
d.sec("III. Kesimpulan", "conclusion",
      "Tunggakan iuran disebabkan hilangnya pekerjaan tetap klien; klien membutuhkan akses bantuan pendidikan dan informasi lowongan kerja.")
d.sec("IV. Rencana Selanjutnya", "next_steps",
      "Membantu klien mengurus Program Indonesia Pintar dan menghubungkan dengan Balai Latihan Kerja.")

# p03 -- English ruled daily log, one missing duration, one missing client
d = doc("p03_daily_contact_sheet_en.pdf", "en",
        "daily_log as ruled table 'Daily Contact Sheet' with columns Date | Start | Mins | Who | Notes; one duration cell '—' (missing_required entries[1].duration_minutes); admin row with no client; blank date cells")
d.R("daily_log")
d.T("DAILY CONTACT SHEET")
d.P("Worker: Nathaniel Ashdown        Team: Kestrel Street Housing Support        Week beginning: 13/10/2025")
d.f("worker_name", "Nathaniel Ashdown").f("agency_name", "Kestrel Street Housing Support")
n1 = "Tenancy sustainment visit; rent arrears plan signed."
n2 = "Phone call about broken boiler; reported to landlord."
n3 = "Case file audit and supervision prep."
n4 = "Accompanied to benefits appointment at Jobcentre."
n5 = "Welfare check after missed appointment; no answer, card left."
d.tab([["Date", "Start", "Mins", "Who", "Notes"],
       ["13/10/2025", "09:30", "60", "Mr. Ferris Oduya", n1],
       ["", "11:15", "—", "Ms. Ivy Castellane", n2],
       ["14/10/2025", "14:00", "90", "", n3],
       ["15/10/2025", "10:00", "120", "Mr. Ferris Oduya", n4],
       ["", "15:45", "20", "Mr. Lionel Thwaite", n5]], header=True, widths=[0.15, 0.1, 0.08, 0.22, 0.45])
d.f("entries", [
    {"date": "2025-10-13", "time": "09:30", "duration_minutes": 60, "description": n1, "client_name": "Mr. Ferris Oduya"},
    {"date": "2025-10-13", "time": "11:15", "description": n2, "client_name": "Ms. Ivy Castellane"},
    {"date": "2025-10-14", "time": "14:00", "duration_minutes": 90, "description": n3},
    {"date": "2025-10-15", "time": "10:00", "duration_minutes": 120, "description": n4, "client_name": "Mr. Ferris Oduya"},
    {"date": "2025-10-15", "time": "15:45", "duration_minutes": 20, "description": n5, "client_name": "Mr. Lionel Thwaite"}])
d.P("Signed: ____________   Checked by team leader: ____________")

# p04 -- Indonesian open case record, crowded header lines
d = doc("p04_catatan_kasus_header_padat_id.pdf", "id",
        "case_record (open); two crowded header lines with several labels each; 'Status Kasus: Aktif' -> open; headings with Roman numerals and own wording; no attachments list; confidentiality 'SANGAT RAHASIA' in footer-like line")
d.R("case_record")
d.C("YAYASAN PEDULI LANSIA SENJA CERIA")
d.f("agency_name", "YAYASAN PEDULI LANSIA SENJA CERIA")
d.T("CATATAN KASUS")
d.P("No. Kasus: SC/LN/2025/07   Tgl Buka: 2 Juni 2025   Status Kasus: Aktif   Sumber Rujukan: Ketua RT 05")
d.f("case_number", "SC/LN/2025/07").f("date_opened", "2025-06-02").f("case_status", "open").f("referral_source", "Ketua RT 05")
d.P("Nama Lansia: Mbah Kromo Sutarjo   Jenis Kelamin: Laki-laki   Peksos: Endang Sulastri, S.Tr.Sos.")
d.f("client_name", "Mbah Kromo Sutarjo").f("client_sex", "Laki-laki").f("worker_name", "Endang Sulastri, S.Tr.Sos.")
d.sec("I. Keterangan Tentang Klien", "client_identity",
      "Laki-laki berusia sekitar 84 tahun, tidak memiliki KTP elektronik, tinggal sendiri di rumah bambu di pinggir sawah Dusun Karangjati.")
d.sec("II. Alasan Kasus Ditangani", "presenting_problem",
      "Warga menemukan klien terjatuh di kamar mandi dan tidak bisa bangun selama satu malam. Klien sering lupa makan.")
d.sec("III. Situasi Keluarga dan Masyarakat", "social_environment",
      "Anak tunggal klien merantau ke Kalimantan dan putus kontak sejak 2019. Tetangga sebelah, Bu Parmi, biasa mengantarkan makanan. Karang taruna bersedia membantu memperbaiki rumah.")
d.sec("IV. Hasil Asesmen", "assessment",
      "Klien mengalami penurunan fungsi fisik dan kemungkinan demensia ringan; risiko tinggi jika tetap tinggal sendiri tanpa pengawasan.")
d.sec("V. Rencana Intervensi", "intervention_plan",
      "Pengurusan dokumen kependudukan, pemeriksaan di Puskesmas, pendampingan harian oleh relawan, dan penelusuran anak klien melalui media sosial.")
d.sec("VI. Kegiatan yang Sudah Dilaksanakan", "interventions",
      "Klien sudah diperiksa di Puskesmas pada 5 Juni 2025; relawan karang taruna menjadwalkan kunjungan pagi dan sore.")
d.P("-- SANGAT RAHASIA --")
d.f("confidentiality", "SANGAT RAHASIA")

# p05 -- meeting agenda (unknown)
d = doc("p05_case_conference_agenda_en.pdf", "en",
        "NOT a case note: multi-agency meeting agenda -> unknown; has 'Date:', 'Venue:', 'Chair:' labels (only Venue taken, as location), item table mentioning case discussion and process recordings")
d.R("unknown")
d.T("Agenda — Multi-Agency Practice Forum")
d.P("Date: Thursday 27 November 2025, 10:00–12:30", "Venue: Room 3B, Eastmere Civic Centre", "Chair: Dr. Helen Marwood")
d.f("location", "Room 3B, Eastmere Civic Centre")
d.H("Items")
d.tab([["No.", "Item", "Lead", "Time"],
       ["1", "Welcome and apologies", "Chair", "10:00"],
       ["2", "Minutes of the last meeting and actions", "Secretariat", "10:10"],
       ["3", "Anonymised case discussion: transition from children's to adult services", "Adult Social Care", "10:30"],
       ["4", "New recording standards for process recordings in placements", "University liaison", "11:15"],
       ["5", "Any other business", "All", "12:15"]], header=True, widths=[0.08, 0.57, 0.23, 0.12])
d.P("Papers will be circulated one week before the meeting. Please do not bring identifiable client information.")

# p06 -- training syllabus (unknown)
d = doc("p06_silabus_pelatihan_pencatatan_id.pdf", "id",
        "BUKAN catatan kasus: silabus pelatihan pencatatan pekerjaan sosial -> unknown; lists 'catatan proses', 'catatan harian' as topics; 'Penyelenggara:' label (not a schema label)")
d.R("unknown")
d.T("SILABUS PELATIHAN")
d.C("Teknik Pencatatan dan Pelaporan dalam Praktik Pekerjaan Sosial")
d.P("Penyelenggara: Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Regional Timur",
    "Durasi: 5 hari (40 jam pelajaran)", "Sasaran: pekerja sosial dan pendamping sosial tingkat pertama")
d.H("Tujuan Pembelajaran")
d.P("Setelah pelatihan, peserta mampu menyusun catatan harian, catatan proses, catatan ringkas dan catatan kasus sesuai standar lembaga.")
d.H("Pokok Bahasan")
d.tab([["Hari", "Materi", "JP"],
       ["1", "Prinsip kerahasiaan dan etika pencatatan", "8"],
       ["2", "Catatan harian dan catatan proses: latihan menulis dialog", "8"],
       ["3", "Catatan proses ringkas dan catatan ringkas", "8"],
       ["4", "Catatan kasus dari penerimaan sampai terminasi", "8"],
       ["5", "Buku data lembaga dan evaluasi", "8"]], header=True, widths=[0.12, 0.73, 0.15])
d.H("Metode")
d.P("Ceramah singkat, studi kasus fiktif, bermain peran, dan umpan balik fasilitator.")

# p07 -- English agency profile, complete
d = doc("p07_agency_fact_sheet_en.pdf", "en",
        "agency_record as label/value table ('Registered office', 'Catchment', 'Type of provision: Non-residential' -> non_institutional, 'Established'); narrative rows; all required present")
d.R("agency_record")
d.T("Agency Fact Sheet")
d.kvt([("Organisation", "Wrenfield Community Advice & Social Work Centre", "agency_name"),
       ("Registered office", "14 Mill Wynd, Wrenfield, Brackenford County", "address"),
       ("Established", "1 April 1998", "founding_date", "1998-04-01"),
       ("Catchment", "Wrenfield District only", "service_authority", "district"),
       ("Type of provision", "Non-residential (community-based outreach and advice)", "agency_nature", "non_institutional"),
       ("Constitution / legal basis", "Registered charity no. 1049923; company limited by guarantee; county service-level agreement 2023–2026.", "legal_basis"),
       ("What we do", "Welfare rights advice, family casework, a carers' group and a debt clinic.", "work_program"),
       ("How to access", "Self-referral by phone or drop-in, or referral by GP, school or housing officer. Proof of address in the county is required for casework.", "service_procedures"),
       ("Who's who", "Board of trustees (chair: Rev. Ada Pennington); director; two team managers (casework, advice); administrator.", "organizational_structure"),
       ("Income", "County council grant (60%), National Lottery community fund, donations and a charity shop.", "funding_sources"),
       ("Practitioners", "Five registered social workers and three welfare-rights advisers.", "professional_staff"),
       ("Support staff", "One administrator and one finance officer (part-time).", "admin_staff"),
       ("Case records", "Electronic case files; quarterly statistics to the county council.", "recording_and_reporting")],
      widths=(0.3, 0.7))
d.small("Fact sheet revised October 2025.")

# p08 -- English summarized process record, two dates in US style
d = doc("p08_contact_summary_two_sessions_en.pdf", "en",
        "summarized_process_record; 'Sessions: March 3 and March 10, 2025'; narrative in indirect speech under 'What was discussed'; 'Plan going forward'; no conclusion (missing_recommended)")
d.R("summarized_process_record")
d.T("Contact Summary")
d.P("Pinecrest School-Based Counselling Service")
d.f("agency_name", "Pinecrest School-Based Counselling Service")
d.P("Student: Jaylen Whitcombe-Harris", "School social worker: Marisol Etxeberria", "Ref: PSC-25-031",
    "Sessions: March 3 and March 10, 2025")
d.f("client_name", "Jaylen Whitcombe-Harris").f("worker_name", "Marisol Etxeberria").f("case_number", "PSC-25-031")
d.f("interview_dates", ["2025-03-03", "2025-03-10"])
d.sec("What was discussed", "summary",
      "In the first session Jaylen said he had stopped going to football practice because two older boys had been messaging him at night. He did not want his mother to find out.",
      "In the second session he agreed that the messages could be shown to the head of year. He said he felt lighter after deciding this, and he asked whether he could return to practice.")
d.sec("Plan going forward", "next_steps",
      "Meet the head of year with Jaylen on March 12; review in two weeks.")

# p09 -- Indonesian summarized record, no case number, no plan
d = doc("p09_ringkasan_kasus_tanpa_nomor_id.pdf", "id",
        "summarized_record; period '1 Juli – 30 September 2025'; 'No. Kasus: -' placeholder (missing_required case_number); no plan (missing_recommended); headings 'Gambaran Umum Kasus', 'Keadaan Terakhir'")
d.R("summarized_record")
d.T("RINGKASAN KASUS")
d.P("Rumah Perlindungan Sosial Wanita Bakti Sejati")
d.f("agency_name", "Rumah Perlindungan Sosial Wanita Bakti Sejati")
d.P("No. Kasus: -", "Klien: Nn. Anjani Puspitasari", "Pekerja Sosial: Maya Sari Nasution, M.Kesos.",
    "Periode laporan: 1 Juli – 30 September 2025")
d.f("client_name", "Nn. Anjani Puspitasari").f("worker_name", "Maya Sari Nasution, M.Kesos.")
d.f("period_start", "2025-07-01").f("period_end", "2025-09-30")
d.lv("Bahan ringkasan", "laporan penerimaan, tiga catatan proses, laporan pemeriksaan psikolog")
d.f("reports_summarized", ["laporan penerimaan", "tiga catatan proses", "laporan pemeriksaan psikolog"])
d.sec("Gambaran Umum Kasus", "case_summary",
      "Klien diterima pada awal Juli setelah melarikan diri dari tempat kerjanya di sebuah rumah makan yang menahan ijazahnya. Klien mengalami kecemasan dan sulit tidur.",
      "Selama tiga bulan klien mengikuti konseling dan kelas menjahit. Ijazah klien berhasil diambil kembali dengan bantuan Dinas Tenaga Kerja.")
d.sec("Keadaan Terakhir", "current_situation",
      "Klien sudah tidur nyenyak, aktif di kelas menjahit, dan menyatakan ingin pulang ke kampung halamannya di Kabupaten Mekarwangi.")

# p10 -- English closed case, termination section missing
d = doc("p10_case_closure_no_ending_en.pdf", "en",
        "case_record closed ('Status: Terminated'); 'Date case ended' present; no termination/ending section (missing_required termination); 'Presenting issue' and 'Genogram & ecomap notes' headings; attachments absent",
        pdf_font="DVS")
d.R("case_record")
d.T("Case Record")
d.P("Oakhaven Youth Justice & Family Service")
d.f("agency_name", "Oakhaven Youth Justice & Family Service")
d.tab([["Case number", "OYJ-2024-660", "Status", "Terminated"],
       ["Young person", "Rory Delacourt-Mensah", "Caseworker", "Beatrix Holloway"],
       ["Date referred", "9 Sept 2024", "Date case ended", "30 June 2025"],
       ["Referral from", "Oakhaven Magistrates' Court", "Confidentiality", "CONFIDENTIAL"]],
      widths=[0.2, 0.3, 0.2, 0.3])
d.f("case_number", "OYJ-2024-660").f("case_status", "closed").f("client_name", "Rory Delacourt-Mensah")
d.f("worker_name", "Beatrix Holloway").f("date_opened", "2024-09-09").f("date_closed", "2025-06-30")
d.f("referral_source", "Oakhaven Magistrates' Court").f("confidentiality", "CONFIDENTIAL")
d.sec("Background of young person", "client_identity",
      "Rory is 15, in Year 10 at Oakhaven Academy, and lives with his mother and stepfather.")
d.sec("Presenting issue", "presenting_problem",
      "Referral order of nine months following criminal damage to a bus shelter with two friends.")
d.sec("Genogram & ecomap notes", "social_environment",
      "Close to his maternal grandmother; conflict with stepfather; strong link to a boxing club; older friends involved in antisocial behaviour.")
d.sec("Assessment", "assessment",
      "Low risk of reoffending; offending linked to peer group and boredom after school. Protective factors: boxing club, grandmother, school attendance above 90%.")
d.sec("Plan agreed at referral order panel", "intervention_plan",
      "Letter of apology, 20 hours of reparation at the community garden, weekly sessions on consequential thinking, family mediation.")
d.sec("Work undertaken", "interventions",
      "Reparation completed by March 2025; eleven individual sessions; two family mediation sessions.")
d.sec("Review of outcomes", "evaluation",
      "No further offences; relationship with stepfather improved according to both. Order completed successfully.")

# p11 -- Indonesian daily log as dated paragraphs
d = doc("p11_jurnal_harian_paragraf_id.pdf", "id",
        "daily_log sebagai paragraf bertanggal ('Kamis, 02/10/2025 – pkl. 09.00 s.d. 10.30'); durasi harus dihitung dari jam mulai–selesai (90, 45, 120); satu entri tanpa nama klien")
d.R("daily_log")
d.T("JURNAL KEGIATAN HARIAN PEKERJA SOSIAL")
d.P("Pekerja Sosial: Wayan Sudarsana, S.Tr.Sos.")
d.P("Unit Kerja: Sakti Peksos Kecamatan Lembah Asri")
d.f("worker_name", "Wayan Sudarsana, S.Tr.Sos.").f("agency_name", "Sakti Peksos Kecamatan Lembah Asri")
j1 = "Asesmen lanjutan di rumah Ibu Komang Ayu Lestari terkait permohonan bantuan alat bantu dengar untuk anaknya."
j2 = "Verifikasi data penerima bantuan sosial di kantor desa bersama operator desa."
j3 = "Mendampingi Ibu Komang Ayu Lestari dan anaknya ke RSUD untuk pemeriksaan THT."
d.P("Kamis, 02/10/2025 – pkl. 09.00 s.d. 10.30")
d.P(j1)
d.P("Kamis, 02/10/2025 – pkl. 13.15 s.d. 14.00")
d.P(j2)
d.P("Jumat, 03/10/2025 – pkl. 08.00 s.d. 10.00")
d.P(j3)
d.f("entries", [
    {"date": "2025-10-02", "time": "09:00", "duration_minutes": 90, "description": j1, "client_name": "Ibu Komang Ayu Lestari"},
    {"date": "2025-10-02", "time": "13:15", "duration_minutes": 45, "description": j2},
    {"date": "2025-10-03", "time": "08:00", "duration_minutes": 120, "description": j3, "client_name": "Ibu Komang Ayu Lestari"}])

# p12 -- ambiguous contact note (process vs summarized process)
d = doc("p12_contact_note_ambiguous_en.pdf", "en",
        "AMBIGUOUS: 'Contact note' with a short opening paragraph, mostly reported speech and two direct quotes, and a conclusion -> process_record? judged summarized_process_record (alt process_record)")
d.R("summarized_process_record", confidence=0.55, alternatives=[("process_record", 0.4)])
d.T("Contact Note")
d.P("Riverside Lane Homeless Outreach Team")
d.f("agency_name", "Riverside Lane Homeless Outreach Team")
d.P("Service user: Mr. Caspian Ellery    Outreach worker: Ngozi Adebayo-Wren    Contact date: 22.10.2025    Ref: RLH-0907")
d.f("client_name", "Mr. Caspian Ellery").f("worker_name", "Ngozi Adebayo-Wren").f("interview_dates", ["2025-10-22"]).f("case_number", "RLH-0907")
d.sec("Context", "introduction", "Early morning street shift near the canal bridge, following a call from a member of the public.")
d.sec("Account of contact", "summary",
      "Mr. Ellery was awake and sitting on a sleeping bag. He said he had been sleeping out for about three weeks since leaving a friend's sofa. When asked about a hostel he said, \"Not the one on Wharf Street, I got robbed there.\"",
      "He accepted a hot drink and agreed to come to the day centre for a shower. He said, \"Maybe tomorrow, if it rains.\" He declined to give a date of birth.")
d.sec("Outcome", "conclusion", "Rough sleeper, engaged but wary of hostels; verified as new to the area.")
d.sec("Actions", "next_steps", "Record on the street count; look for him at the day centre tomorrow; check other hostel vacancies.")

# ================================================================ scanned PDFs
# s01 -- scanned Indonesian process record, 2 pages
d = doc("s01_scan_catatan_proses_sekolah_id.pdf", "id",
        "SCANNED (image-only, 2 pages, rotated, speckled) process_record; headings 'Pembukaan', 'Dialog Lengkap', 'Pengamatan Sikap Klien', 'Refleksi Diri', 'Kesimpulan Wawancara'; dialogue continues across page break",
        scan=True, angle=0.8)
d.R("process_record")
d.T("CATATAN PROSES WAWANCARA")
d.P("Unit Layanan Bimbingan Konseling SMP Negeri 4 Sindangreja")
d.f("agency_name", "Unit Layanan Bimbingan Konseling SMP Negeri 4 Sindangreja")
d.P("Nama Siswa (Klien) : Bagas Saputra")
d.P("Pekerja Sosial Sekolah : Ni Luh Putu Ariani")
d.P("Tanggal : 9 September 2025")
d.P("Tempat : Ruang BK")
d.f("client_name", "Bagas Saputra").f("worker_name", "Ni Luh Putu Ariani").f("interview_date", "2025-09-09").f("location", "Ruang BK")
d.sec("Pembukaan", "introduction",
      "Klien dirujuk wali kelas karena sering tertidur di kelas dan nilai ulangannya turun drastis sejak Agustus.")
dl = ["Peksos: Bagas, Ibu perhatikan kamu sering mengantuk di kelas. Ada apa?",
      "Klien: Saya kerja malam, Bu, bantu paman jaga warung kopi sampai jam dua.",
      "Peksos: Sampai jam dua pagi? Setiap hari?",
      "Klien: Hampir setiap hari. (klien menunduk dan memainkan pulpen) Kalau tidak, uang sekolah adik tidak ada.",
      "Peksos: Kamu sangat peduli pada adikmu. Apa orang tuamu tahu?",
      "Klien: Ibu tahu. Bapak sedang sakit, tidak bisa kerja."]
d.H("Dialog Lengkap")
d.P(*dl[:4]); d.pb(); d.P(*dl[4:])
d.f("interview_narrative", "\n\n".join(dl))
d.sec("Pengamatan Sikap Klien", "nonverbal_observations",
      "Klien tampak lelah, mata merah, duduk membungkuk. Suara pelan tetapi jawabannya jelas.")
d.sec("Refleksi Diri", "worker_reflection",
      "Saya terharu dengan tanggung jawab klien, tetapi harus menjaga agar tidak langsung memberi nasihat.")
d.sec("Kesimpulan Wawancara", "conclusion",
      "Klien bekerja malam untuk membantu ekonomi keluarga karena ayah sakit; perlu penjajakan beasiswa dan bantuan sosial bagi keluarga.")

# s02 -- scanned English daily log table
d = doc("s02_scan_daily_activity_record_en.pdf", "en",
        "SCANNED daily_log: ruled table 'Day | Time | Length | Client / contact | What happened'; lengths '30m', '1h', '45m'; one row with blank time (missing_required entries[2].time)",
        scan=True, angle=0.5)
d.R("daily_log")
d.T("Daily Activity Record")
d.P("Practitioner: Siobhan Gallacher    Service: Millbrook Carers' Centre")
d.f("worker_name", "Siobhan Gallacher").f("agency_name", "Millbrook Carers' Centre")
w = ["Carer's assessment review at home; discussed respite options.",
     "Telephone support; carer upset after husband's fall.",
     "Wrote referral to the falls clinic.",
     "Carers' peer group session (8 attended)."]
d.tab([["Day", "Time", "Length", "Client / contact", "What happened"],
       ["4 Aug 2025", "10:00", "1h", "Mrs. Beryl Hatchard", w[0]],
       ["", "14:30", "30m", "Mrs. Beryl Hatchard", w[1]],
       ["5 Aug 2025", "", "45m", "Mrs. Beryl Hatchard", w[2]],
       ["", "18:00", "1h 30m", "Group", w[3]]], header=True, widths=[0.16, 0.1, 0.1, 0.22, 0.42])
d.f("entries", [
    {"date": "2025-08-04", "time": "10:00", "duration_minutes": 60, "description": w[0], "client_name": "Mrs. Beryl Hatchard"},
    {"date": "2025-08-04", "time": "14:30", "duration_minutes": 30, "description": w[1], "client_name": "Mrs. Beryl Hatchard"},
    {"date": "2025-08-05", "duration_minutes": 45, "description": w[2], "client_name": "Mrs. Beryl Hatchard"},
    {"date": "2025-08-05", "time": "18:00", "duration_minutes": 90, "description": w[3], "client_name": "Group"}])

# s03 -- scanned Indonesian folder: case record + summarized process record
d = doc("s03_scan_map_kasus_lengkap_id.pdf", "id",
        "SCANNED folder, 3 pages: case_record (closed, 'Selesai (terminasi)') then summarized_process_record; closed case has all closing sections; records separated by page break",
        scan=True, angle=0.7)
d.R("case_record")
d.C("PEMERINTAH KOTA SINDANGREJA")
d.T("PANTI SOSIAL BINA REMAJA TUNAS MUDA")
d.f("agency_name", "PANTI SOSIAL BINA REMAJA TUNAS MUDA")
d.P("RAHASIA")
d.f("confidentiality", "RAHASIA")
d.H("CATATAN KASUS")
d.P("Nomor Kasus : TM/2024/113", "Nama Klien : Sdri. Dewi Lestari Ningrum", "Pekerja Sosial : Yulianus Kaize",
    "Tanggal Kasus Dibuka : 12 Agustus 2024", "Tanggal Kasus Ditutup : 30 Mei 2025", "Status : Selesai (terminasi)")
d.f("case_number", "TM/2024/113").f("client_name", "Sdri. Dewi Lestari Ningrum").f("worker_name", "Yulianus Kaize")
d.f("date_opened", "2024-08-12").f("date_closed", "2025-05-30").f("case_status", "closed")
d.sec("Identitas Klien", "client_identity", "Perempuan, 16 tahun, asal Desa Sukaluyu, pendidikan terakhir kelas VIII.")
d.sec("Permasalahan", "presenting_problem", "Klien putus sekolah dan hampir dinikahkan oleh keluarga dengan laki-laki berusia 35 tahun.")
d.sec("Lingkungan Sosial", "social_environment", "Ayah sudah meninggal; ibu buruh tani dengan empat anak; tokoh agama desa menolak rencana perkawinan anak.")
d.sec("Diagnosa", "assessment", "Klien berisiko perkawinan anak karena tekanan ekonomi keluarga; klien sendiri ingin melanjutkan sekolah.")
d.sec("Rencana Intervensi", "intervention_plan", "Penempatan sementara di panti, kejar paket B, konseling keluarga bersama tokoh agama.")
d.pb()
d.sec("Pelaksanaan Intervensi", "interventions", "Klien mengikuti paket B dan lulus ujian April 2025; tiga kali konseling keluarga di rumah ibu klien.")
d.sec("Evaluasi", "evaluation", "Keluarga membatalkan rencana perkawinan dan menandatangani surat pernyataan di hadapan kepala desa.")
d.sec("Terminasi", "termination", "Klien dikembalikan kepada ibunya pada 30 Mei 2025 dan didaftarkan di SMA terbuka; pemantauan diserahkan kepada Sakti Peksos.")
d.P("Lampiran: ijazah paket B, surat pernyataan keluarga")
d.f("attachments", ["ijazah paket B", "surat pernyataan keluarga"])
d.pb()
d.R("summarized_process_record")
d.f("agency_name", "PANTI SOSIAL BINA REMAJA TUNAS MUDA")
d.H("CATATAN PROSES RINGKAS — KONSELING KELUARGA")
d.P("Klien : Sdri. Dewi Lestari Ningrum", "Pekerja Sosial : Yulianus Kaize",
    "Tanggal : 14 Februari 2025 dan 7 Maret 2025", "No. Kasus : TM/2024/113")
d.f("client_name", "Sdri. Dewi Lestari Ningrum").f("worker_name", "Yulianus Kaize")
d.f("interview_dates", ["2025-02-14", "2025-03-07"]).f("case_number", "TM/2024/113")
d.sec("Ringkasan", "summary",
      "Pada dua pertemuan di rumah ibu klien, pekerja sosial dan Ustaz Hamdan menjelaskan dampak perkawinan anak. Ibu klien awalnya bersikeras karena utang keluarga, tetapi akhirnya setuju menunda setelah mendapat informasi bantuan PKH.")
d.sec("Tindak Lanjut", "next_steps", "Mengurus pendaftaran PKH keluarga klien di kantor desa.")

# s04 -- scanned English summary record
d = doc("s04_scan_summary_record_en.pdf", "en",
        "SCANNED summarized_record, serif-like layout; period given as 'from 01/01/2025 to 30/06/2025' (day-first); reports summarized in a run-in sentence; no plan heading but 'Recommendations' (judged plan)",
        scan=True, angle=0.4, img_font="DejaVuSerif")
d.R("summarized_record")
d.T("SUMMARY OF CASE PROGRESS")
d.P("Kingsbridge Foster Care Agency")
d.f("agency_name", "Kingsbridge Foster Care Agency")
d.P("Case No: KFC-5561", "Child: Tamsin Oduya-Reeve", "Supervising social worker: Gareth Llewellyn-Price",
    "Summary period: from 01/01/2025 to 30/06/2025")
d.f("case_number", "KFC-5561").f("client_name", "Tamsin Oduya-Reeve").f("worker_name", "Gareth Llewellyn-Price")
d.f("period_start", "2025-01-01").f("period_end", "2025-06-30")
d.sec("Sources", None, "This summary brings together six supervisory visit reports and the looked-after child review of 15 May 2025.")
d.f("reports_summarized", ["six supervisory visit reports", "the looked-after child review of 15 May 2025"])
d.sec("Summary", "case_summary",
      "Tamsin (9) has lived with the Arkwright foster family since November 2024. The first visits recorded night waking and food hoarding; both reduced by April.",
      "Contact with her birth mother moved from supervised fortnightly to monthly at the family centre following the review.")
d.sec("Present position", "current_situation", "Settled at home and school; reading age now in line with her age.")
d.sec("Recommendations", "plan", "Continue the placement; consider long-term fostering at the next review.")

# s05 -- scanned Indonesian agency record, partly filled
d = doc("s05_scan_data_lembaga_sebagian_id.pdf", "id",
        "SCANNED agency_record (Buku Data Lembaga) as label/value table, partly filled: 'Dasar Hukum' and 'Sumber Dana' empty ('....' / 'belum diisi'); 'Lingkup Pelayanan: Nasional' -> national; 'Sifat Lembaga: Panti' -> institutional",
        scan=True, angle=0.6)
d.R("agency_record")
d.T("BUKU DATA LEMBAGA")
d.kvt([("Nama Lembaga", "Panti Asuhan Kasih Ibu Nusantara", "agency_name"),
       ("Alamat", "Jl. Flamboyan No. 3, Kelurahan Tanjung Kemuning, Kota Sindangreja", "address"),
       ("Tanggal Berdiri", "10 November 1987", "founding_date", "1987-11-10"),
       ("Dasar Hukum", "...."),
       ("Lingkup Pelayanan", "Nasional", "service_authority", "national"),
       ("Sifat Lembaga", "Panti (pengasuhan penuh 24 jam)", "agency_nature", "institutional"),
       ("Program Kerja", "Pengasuhan anak yatim piatu, pendidikan formal, pembinaan rohani, dan persiapan kemandirian remaja.", "work_program"),
       ("Prosedur Pelayanan", "Rujukan Dinas Sosial, asesmen oleh pekerja sosial, surat keterangan tidak mampu dari kelurahan.", "service_procedures"),
       ("Struktur Organisasi", "Ketua Yayasan, Kepala Panti, Bagian Pengasuhan, Bagian Pendidikan, Bagian Umum.", "organizational_structure"),
       ("Sumber Dana", "belum diisi"),
       ("Tenaga Profesional", "2 pekerja sosial, 1 psikolog paruh waktu", "professional_staff"),
       ("Kebijakan Lembaga", "Anak tidak boleh diadopsi melalui panti; pengasuhan berbasis keluarga diutamakan.", "policies")],
      widths=(0.3, 0.7))

# s06 -- scanned English open case record without assessment
d = doc("s06_scan_intake_record_no_assessment_en.pdf", "en",
        "SCANNED case_record (intake form, open) with crowded header and checkbox-like status '[x] Open [ ] Closed'; assessment box left blank (missing_required assessment); confidentiality banner",
        scan=True, angle=0.9)
d.R("case_record")
d.P("CONFIDENTIAL – NOT FOR DISCLOSURE")
d.f("confidentiality", "CONFIDENTIAL – NOT FOR DISCLOSURE")
d.T("Intake & Case Record")
d.P("Agency: Glenmoor Domestic Abuse Service   Case ID: GDA-25-204   Opened: 16/09/2025")
d.f("agency_name", "Glenmoor Domestic Abuse Service").f("case_number", "GDA-25-204").f("date_opened", "2025-09-16")
d.P("Client: Ms. Fenella Ashgrove   Worker: Rukhsana Mirza   Status: [x] Open [ ] Closed")
d.f("client_name", "Ms. Fenella Ashgrove").f("worker_name", "Rukhsana Mirza").f("case_status", "open")
d.P("Source of referral: Police domestic abuse unit")
d.f("referral_source", "Police domestic abuse unit")
d.kvt([("About the client", "34, works as a pharmacy technician, two children aged 3 and 6, renting with her partner.", "client_identity"),
       ("Reason for contact", "Partner's controlling behaviour escalating; one incident of physical assault on 12 September 2025.", "presenting_problem"),
       ("Family / network", "Parents live in Glenmoor; a close friend has offered a spare room; children attend nursery and primary school locally.", "social_environment"),
       ("Worker's assessment", ""),
       ("Safety and support plan", "Safety plan agreed; referral to an independent domestic violence adviser; support with a non-molestation order.", "intervention_plan")],
      widths=(0.3, 0.7))

# ================================================================ images
# i01 -- leaflet PNG (unknown)
d = doc("i01_leaflet_layanan_konseling.png", "id",
        "IMAGE (PNG) leaflet: NOT a case note -> unknown; service hours, 'Alamat:' (taken as address) and phone; mentions 'kerahasiaan terjamin'",
        angle=0.3)
d.R("unknown")
d.T("BUTUH TEMAN BICARA?")
d.C("Layanan Konseling Keluarga Gratis")
d.C("Pusat Kesejahteraan Keluarga Sekar Arum")
d.P("Kami membantu: konflik suami-istri, anak sulit diatur, pengasuhan lansia, masalah ekonomi keluarga.")
d.P("Jam layanan: Senin–Jumat 08.00–15.00, Sabtu 08.00–12.00")
d.lv("Alamat", "Jl. Cempaka Putih No. 12, Kota Sindangreja", "address")
d.P("Telepon/WA: 0812-0000-4455")
d.P("Kerahasiaan terjamin. Tidak dipungut biaya.")

# i02 -- JPEG daily log (handwritten-style form)
d = doc("i02_catatan_harian_lapangan.jpg", "id",
        "IMAGE (JPEG) daily_log on a printed form: 'Tgl | Jam | Durasi | Kegiatan | Sasaran'; durations '1 jam', '40 menit'; times '08:00', '11.20'",
        angle=0.7)
d.R("daily_log")
d.T("CATATAN HARIAN LAPANGAN")
d.P("Nama Pendamping : Siti Aisyah Rahmawati", "Lembaga : Pendamping PKH Kecamatan Lembah Asri")
d.f("worker_name", "Siti Aisyah Rahmawati").f("agency_name", "Pendamping PKH Kecamatan Lembah Asri")
k = ["Pertemuan kelompok bulanan KPM PKH, materi gizi anak.",
     "Kunjungan rumah, anak klien tidak hadir di posyandu dua bulan.",
     "Membantu mengisi formulir pemutakhiran data."]
d.tab([["Tgl", "Jam", "Durasi", "Kegiatan", "Sasaran"],
       ["12/08/2025", "08:00", "1 jam", k[0], "Kelompok Mawar"],
       ["12/08/2025", "11.20", "40 menit", k[1], "Ibu Yuyun Yuningsih"],
       ["13/08/2025", "09.30", "25 menit", k[2], "Ibu Tati Suryati"]], header=True, widths=[0.16, 0.1, 0.13, 0.39, 0.22])
d.f("entries", [
    {"date": "2025-08-12", "time": "08:00", "duration_minutes": 60, "description": k[0], "client_name": "Kelompok Mawar"},
    {"date": "2025-08-12", "time": "11:20", "duration_minutes": 40, "description": k[1], "client_name": "Ibu Yuyun Yuningsih"},
    {"date": "2025-08-13", "time": "09:30", "duration_minutes": 25, "description": k[2], "client_name": "Ibu Tati Suryati"}])

# i03 -- multi-page TIFF process recording
d = doc("i03_process_recording_two_pages.tiff", "en",
        "IMAGE (multi-page TIFF, 2 pages) process_record; 'Interview with:', 'Interviewer:', headings 'Beginning', 'Middle (verbatim)', 'Ending', 'Body language', 'My feelings'; no location",
        angle=0.5)
d.R("process_record")
d.T("Process Recording")
d.P("Interview with: Mr. Henrik Solvang", "Interviewer: Chiamaka Eze-Loughran", "Date: 28 October 2025",
    "Agency: Thornbury Addiction Recovery Service", "Case: TARS-3390")
d.f("client_name", "Mr. Henrik Solvang").f("worker_name", "Chiamaka Eze-Loughran").f("interview_date", "2025-10-28")
d.f("agency_name", "Thornbury Addiction Recovery Service").f("case_number", "TARS-3390")
d.sec("Beginning", "introduction",
      "Mr. Solvang asked for an extra appointment after a relapse at the weekend. He arrived ten minutes early.")
v = ["Worker: You asked to see me today. What's been happening?",
     "Client: I drank on Saturday. Three weeks clean and I threw it away. (rubs his forehead)",
     "Worker: You sound very disappointed in yourself.",
     "Client: I am. My daughter's birthday was Saturday and she didn't call.",
     "Worker: So Saturday was a painful day before you had a drink.",
     "Client: Yeah. I suppose it was."]
d.H("Middle (verbatim)")
d.P(*v[:3]); d.pb(); d.P(*v[3:])
d.f("interview_narrative", "\n\n".join(v))
d.sec("Body language", "nonverbal_observations", "Slumped posture at first, avoided eye contact; sat up and nodded when the link to the birthday was made.")
d.sec("My feelings", "worker_reflection", "I felt protective of him and had to resist reassuring him too quickly.")
d.sec("Ending", "conclusion", "Relapse framed as a lapse linked to a trigger; he agreed to attend the Thursday group.")

# i04 -- JPEG short summarized process note
d = doc("i04_brief_note_phone_photo.jpg", "en",
        "IMAGE (JPEG, stronger rotation) short summarized_process_record on one page; dates '7th & 14th Jan 2025'; no case number, no next steps (missing_recommended)",
        angle=1.5)
d.R("summarized_process_record")
d.T("Summary of sessions")
d.P("Client: Ms. Wilhelmina Boateng", "Counsellor / SW: Declan Fairweather", "Sessions held: 7th & 14th Jan 2025")
d.f("client_name", "Ms. Wilhelmina Boateng").f("worker_name", "Declan Fairweather").f("interview_dates", ["2025-01-07", "2025-01-14"])
d.sec("Summary", "summary",
      "Ms. Boateng described grief after her brother's death in December and difficulty returning to work. In the second session she talked about a phased return agreed with her manager.")
d.sec("Conclusion", "conclusion", "Normal grief reaction; coping is improving.")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "out")
