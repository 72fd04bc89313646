#!/usr/bin/env python3
"""A second corpus, written apart from samples/ and from the extractor's rules.

It was written by someone who saw only the output contract (not the schemas,
the extractor or the samples), to measure how casenotes generalises; its
first score then showed where the rules were too narrow. Writes 24 documents
to notes/ and one gold JSON per document to gold/<stem>.json beside this file
(or under $OUT). Rendered files and gold come from the same data. Needs
python-docx, reportlab, pypdfium2, pillow; soffice for DOCX page counts.
"""

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

OUT = os.environ.get("OUT", os.path.dirname(os.path.abspath(__file__)))
NOTES = os.path.join(OUT, "notes")
GOLD = os.path.join(OUT, "gold")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

# ----------------------------------------------------------------------------
# value helpers
# ----------------------------------------------------------------------------
ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLACEHOLDERS = {
    "",
    "-",
    "--",
    "—",
    "....",
    "...",
    "…",
    "N/A",
    "n/a",
    "belum diisi",
    "Belum diisi",
    "(belum diisi)",
    "....................",
}


def fmt_date(iso, style):
    d = dt.date.fromisoformat(iso)
    if style == "id":
        return f"{d.day} {ID_MONTHS[d.month - 1]} {d.year}"
    if style == "idw":
        return f"{ID_DAYS[d.weekday()]}, {d.day} {ID_MONTHS[d.month - 1]} {d.year}"
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return iso
    if style == "us":
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "enw":
        return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


class V:
    """A value as written in the document plus its normalised gold value."""

    def __init__(self, written, norm):
        self.written, self.norm = written, norm


def D(iso, style):
    return V(fmt_date(iso, style), iso)


def DS(isos, style, sep=", ", last=None):
    ws = [fmt_date(i, style) for i in isos]
    w = sep.join(ws[:-1]) + last + ws[-1] if last and len(ws) > 1 else sep.join(ws)
    return V(w, list(isos))


def E(written, norm):
    return V(written, norm)


def Integer(written, n):
    return V(written, n)


def T(text):
    return V(text, text)


def P(text):
    """placeholder: field present but empty -> missing"""
    assert text in PLACEHOLDERS, text
    return V(text, None)


# ----------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------
class Doc:
    def __init__(self, stem, fmt, lang, rtype, font="sans", notes=""):
        self.stem, self.fmt, self.lang, self.rtype = stem, fmt, lang, rtype
        self.font = font
        self.blocks = []
        self.fields = {}
        self.literals = []  # strings that must appear in the text layer
        self.entries = None
        self.notes = notes  # layout notes for the report

    # -- field bookkeeping
    def _set(self, field, v):
        if field is None:
            return
        if isinstance(field, tuple):  # one written value -> two fields
            for f, n in zip(field, v.norm, strict=False):
                self.fields[f] = n
            self.literals.append(v.written)
            return
        if v.norm is None or (isinstance(v.norm, str) and v.norm.strip() in PLACEHOLDERS):
            return
        assert field not in self.fields, (self.stem, field)
        self.fields[field] = v.norm
        self.literals.append(v.written)

    # -- blocks
    def letterhead(self, lines, agency_idx=None):
        self.blocks.append(("letterhead", lines))
        if agency_idx is not None:
            self._set("agency_name", T(lines[agency_idx]))

    def title(self, *lines):
        self.blocks.append(("title", lines))

    def para(self, text, bold=False, align="left", italic=False):
        self.blocks.append(("para", text, bold, align, italic))

    def kv(self, rows, style="lines", sep=" : "):
        """rows: (label, V, field)"""
        out = []
        for label, v, field in rows:
            if isinstance(v, str):
                v = T(v)
            self._set(field, v)
            out.append((label, v.written))
        self.blocks.append(("kv", out, style, sep))

    def section(self, heading, body, field=None, hstyle="bold", kind="narrative", bullet="• "):
        """body: list of paragraphs (narrative) or items (list)."""
        if heading is not None:
            self.blocks.append(("heading", heading, hstyle))
        if kind == "list":
            items = [b for b in body if b.strip() not in PLACEHOLDERS]
            self.blocks.append(("list", body, bullet))
            if field and items:
                self.fields[field] = items
                self.literals.extend(items)
        else:
            for b in body:
                self.blocks.append(("para", b, False, "justify", False))
            paras = [b for b in body if b.strip() not in PLACEHOLDERS]
            if field and paras:
                assert field not in self.fields, (self.stem, field)
                self.fields[field] = "\n".join(paras)
                self.literals.extend(paras)

    def heading(self, text, hstyle="bold"):
        self.blocks.append(("heading", text, hstyle))

    def proc_table(self, headers, rows):
        """rows: (dialogue, feeling, analysis); dialogue column -> interview_narrative,
        feeling + analysis columns (row order, feeling first) -> worker_reflection."""
        self.blocks.append(("table", [headers] + [list(r) for r in rows], "proc"))
        dlg = [r[0] for r in rows if r[0].strip()]
        refl = []
        for r in rows:
            for c in r[1:]:
                if c.strip() and c.strip() not in PLACEHOLDERS:
                    refl.append(c)
        self.fields["interview_narrative"] = "\n".join(dlg)
        self.fields["worker_reflection"] = "\n".join(refl)
        self.literals.extend(dlg + refl)

    def log_table(self, headers, rows, cols):
        """rows: dicts with date(V|None), time, dur(V|P), desc, client(str|None).
        cols: order of keys for the columns."""
        entries = []
        cur = None
        table = [headers]
        for r in rows:
            if r.get("date") is not None:
                cur = r["date"].norm
            e = {"date": cur}
            t = r["time"]
            e["time"] = t.replace(".", ":")
            if r["dur"].norm is not None:
                e["duration_minutes"] = r["dur"].norm
            e["description"] = r["desc"]
            if r.get("client") and r["client"] not in PLACEHOLDERS:
                e["client_name"] = r["client"]
                self.literals.append(r["client"])
            self.literals.extend([r["desc"], t])
            if r["dur"].norm is not None:
                self.literals.append(r["dur"].written)
            if r.get("date") is not None:
                self.literals.append(r["date"].written)
            entries.append(e)
            cell = {
                "date": r["date"].written if r.get("date") is not None else "",
                "time": t,
                "dur": r["dur"].written,
                "desc": r["desc"],
                "client": r.get("client") or "-",
            }
            table.append([cell[c] for c in cols])
        self.blocks.append(("table", table, "log"))
        self.fields["entries"] = entries

    def log_paras(self, days, client_label="Klien", time_label="Pukul", dur_label="durasi"):
        """days: [(V date, [(time, V dur, client|None, desc)])]"""
        entries = []
        for dv, items in days:
            self.blocks.append(("heading", dv.written, "bold"))
            self.literals.append(dv.written)
            for t, dur, client, desc in items:
                line = f"{time_label} {t} – {dur_label} {dur.written}"
                if client:
                    line += f" – {client_label}: {client}"
                self.blocks.append(("para", line, False, "left", True))
                self.blocks.append(("para", desc, False, "justify", False))
                e = {
                    "date": dv.norm,
                    "time": t.replace(".", ":"),
                    "duration_minutes": dur.norm,
                    "description": desc,
                }
                if client:
                    e["client_name"] = client
                    self.literals.append(client)
                self.literals.extend([desc, dur.written])
                entries.append(e)
        self.fields["entries"] = entries

    def signature(self, lines, align="right"):
        self.blocks.append(("sig", lines, align))

    def mark(self, text, field="confidentiality", align="right"):
        self.blocks.append(("para", text, True, align, False))
        self._set(field, T(text))

    def pagebreak(self):
        self.blocks.append(("pagebreak",))


# ----------------------------------------------------------------------------
# schema levels (from /work/shared/spec/records.md)
# ----------------------------------------------------------------------------
LEVELS = {
    "process_record": (
        [
            "client_name",
            "worker_name",
            "interview_date",
            "introduction",
            "interview_narrative",
            "conclusion",
        ],
        [
            "case_number",
            "location",
            "interview_purpose",
            "nonverbal_observations",
            "worker_reflection",
        ],
    ),
    "summarized_process_record": (
        ["client_name", "worker_name", "interview_dates", "summary"],
        ["case_number", "conclusion", "next_steps"],
    ),
    "summarized_record": (
        ["case_number", "client_name", "worker_name", "period_start", "period_end", "case_summary"],
        ["reports_summarized", "current_situation", "plan"],
    ),
    "case_record": (
        [
            "case_number",
            "client_name",
            "worker_name",
            "date_opened",
            "client_identity",
            "presenting_problem",
            "social_environment",
            "assessment",
            "intervention_plan",
        ],
        [
            "referral_source",
            "case_status",
            "interventions",
            "evaluation",
            "attachments",
            "confidentiality",
        ],
    ),
    "daily_log": (["worker_name", "entries"], []),
    "agency_record": (
        [
            "agency_name",
            "address",
            "work_program",
            "service_procedures",
            "organizational_structure",
            "service_authority",
            "founding_date",
            "funding_sources",
            "legal_basis",
            "agency_nature",
        ],
        [
            "policies",
            "service_process",
            "recording_and_reporting",
            "functional_areas",
            "special_limits",
            "professional_staff",
            "admin_staff",
        ],
    ),
}


def missing(rtype, fields):
    if rtype == "unknown":
        return [], []
    req, rec = (list(x) for x in LEVELS[rtype])
    if rtype == "case_record" and (
        fields.get("case_status") == "closed" or "date_closed" in fields
    ):
        req += ["date_closed", "interventions", "evaluation", "termination"]
        rec = [f for f in rec if f not in ("interventions", "evaluation")]
    mreq = [f for f in req if f not in fields or fields[f] in (None, "", [])]
    mrec = [f for f in rec if f not in fields or fields[f] in (None, "", [])]
    if rtype == "daily_log":
        for i, e in enumerate(fields.get("entries", [])):
            for k in ("date", "time", "duration_minutes", "description"):
                if e.get(k) in (None, ""):
                    mreq.append(f"entries[{i}].{k}")
            if not e.get("client_name"):
                mrec.append(f"entries[{i}].client_name")
    assert not set(mreq) & set(mrec)
    return mreq, mrec


# ----------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------
def render_docx(doc, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Calibri" if doc.font == "sans" else "Times New Roman"
    st.font.size = Pt(11)
    AL = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            b.append(el)
        tblPr.append(b)

    def bottom_rule(p):
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bot = OxmlElement("w:bottom")
        for k, v in (("val", "double"), ("sz", "6"), ("space", "1"), ("color", "000000")):
            bot.set(qn(f"w:{k}"), v)
        bdr.append(bot)
        pPr.append(bdr)

    for b in doc.blocks:
        kind = b[0]
        if kind == "letterhead":
            lines = b[1]
            for i, ln in enumerate(lines):
                p = d.add_paragraph()
                p.alignment = AL["center"]
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(ln)
                r.bold = i < len(lines) - 1
                r.font.size = Pt(13 if i < len(lines) - 1 else 9)
                if i == len(lines) - 1:
                    bottom_rule(p)
            d.add_paragraph()
        elif kind == "title":
            for ln in b[1]:
                p = d.add_paragraph()
                p.alignment = AL["center"]
                p.paragraph_format.space_after = Pt(2)
                r = p.add_run(ln)
                r.bold = True
                r.font.size = Pt(14)
        elif kind == "para":
            _, text, bold, align, italic = b
            p = d.add_paragraph()
            p.alignment = AL[align]
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
        elif kind == "heading":
            _, text, hs = b
            if hs in ("h1", "h2"):
                d.add_heading(text, level=1 if hs == "h1" else 2)
            else:
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                p.paragraph_format.keep_with_next = True
                r = p.add_run(text)
                r.bold = hs in ("bold", "numbered", "underline")
                r.underline = hs == "underline"
        elif kind == "kv":
            _, rows, style, sep = b
            if style == "lines":
                for label, val in rows:
                    p = d.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(f"{label}{sep}{val}")
                d.add_paragraph()
            elif style == "aligned":
                t = d.add_table(rows=0, cols=3)
                no_borders(t)
                for label, val in rows:
                    c = t.add_row().cells
                    c[0].text, c[1].text, c[2].text = label, ":", val
                t.autofit = False
                for col, w in zip(t.columns, (Cm(4.5), Cm(0.6), Cm(11.5)), strict=False):
                    col.width = w
                    for c in col.cells:
                        c.width = w
                d.add_paragraph()
            else:  # grid table
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for label, val in rows:
                    c = t.add_row().cells
                    c[0].text, c[1].text = label, val
                    c[0].paragraphs[0].runs[0].bold = True
                t.autofit = False
                for col, w in zip(t.columns, (Cm(5), Cm(11.6)), strict=False):
                    col.width = w
                    for c in col.cells:
                        c.width = w
                d.add_paragraph()
        elif kind == "list":
            _, items, bullet = b
            for it in items:
                if bullet == "word":
                    d.add_paragraph(it, style="List Bullet")
                elif bullet == "wordnum":
                    d.add_paragraph(it, style="List Number")
                else:
                    d.add_paragraph(bullet + it)
        elif kind == "table":
            _, rows, tk = b
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, r, strict=False):
                    c.text = v
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True
            widths = {5: (2.9, 1.4, 2.2, 7.0, 3.1), 3: (8.4, 4.1, 4.1)}.get(len(rows[0]))
            if widths:
                t.autofit = False
                for col, w in zip(t.columns, widths, strict=False):
                    col.width = Cm(w)
                    for c in col.cells:
                        c.width = Cm(w)
            d.add_paragraph()
        elif kind == "sig":
            _, lines, align = b
            d.add_paragraph()
            for ln in lines:
                p = d.add_paragraph()
                p.alignment = AL[align]
                p.paragraph_format.space_after = Pt(0)
                p.add_run(ln)
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(path)


_fonts_done = False


def _fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for fam, reg, bold, it in (
        ("DVSans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
        ("DVSerif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    ):
        pdfmetrics.registerFont(TTFont(fam, f"{FONTDIR}/{reg}.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", f"{FONTDIR}/{bold}.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-I", f"{FONTDIR}/{it}.ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-B")
    _fonts_done = True


def render_pdf(doc, path):
    _fonts()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
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
    from reportlab.platypus.flowables import HRFlowable

    fam = "DVSans" if doc.font == "sans" else "DVSerif"
    AL = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER, "justify": TA_JUSTIFY}
    base = ParagraphStyle("base", fontName=fam, fontSize=10, leading=13.5, spaceAfter=4)
    ParagraphStyle("small", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName=fam + "-B")
    H = {
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=fam + "-B",
            fontSize=12.5,
            leading=16,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fam + "-B",
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "bold": ParagraphStyle("hb", parent=base, fontName=fam + "-B", spaceBefore=6),
        "numbered": ParagraphStyle("hn", parent=base, fontName=fam + "-B", spaceBefore=6),
        "caps": ParagraphStyle("hc", parent=base, spaceBefore=6),
        "underline": ParagraphStyle("hu", parent=base, fontName=fam + "-B", spaceBefore=6),
    }
    story = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "letterhead":
            lines = b[1]
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                st = ParagraphStyle(
                    "lh",
                    parent=base,
                    alignment=TA_CENTER,
                    fontName=fam if last else fam + "-B",
                    fontSize=8.5 if last else 12.5,
                    leading=11 if last else 15,
                    spaceAfter=0,
                )
                story.append(Paragraph(escape(ln), st))
            story.append(
                HRFlowable(
                    width="100%", thickness=1.6, color=colors.black, spaceBefore=3, spaceAfter=1
                )
            )
            story.append(
                HRFlowable(
                    width="100%", thickness=0.5, color=colors.black, spaceBefore=0, spaceAfter=10
                )
            )
        elif kind == "title":
            for ln in b[1]:
                story.append(
                    Paragraph(
                        escape(ln),
                        ParagraphStyle(
                            "t",
                            parent=base,
                            fontName=fam + "-B",
                            fontSize=13,
                            leading=16,
                            alignment=TA_CENTER,
                            spaceAfter=2,
                        ),
                    )
                )
            story.append(Spacer(1, 8))
        elif kind == "para":
            _, text, bold, align, italic = b
            t = escape(text)
            if bold:
                t = f"<b>{t}</b>"
            if italic:
                t = f"<i>{t}</i>"
            story.append(Paragraph(t, ParagraphStyle("p", parent=base, alignment=AL[align])))
        elif kind == "heading":
            _, text, hs = b
            t = escape(text)
            if hs == "underline":
                t = f"<u>{t}</u>"
            story.append(Paragraph(t, H[hs]))
        elif kind == "kv":
            _, rows, style, sep = b
            if style == "lines":
                for label, val in rows:
                    story.append(
                        Paragraph(
                            escape(f"{label}{sep}{val}"),
                            ParagraphStyle("kv", parent=base, spaceAfter=1),
                        )
                    )
                story.append(Spacer(1, 6))
            elif style == "aligned":
                data = [
                    [Paragraph(escape(k), cell), Paragraph(":", cell), Paragraph(escape(v), cell)]
                    for k, v in rows
                ]
                t = Table(data, colWidths=[4.3 * cm, 0.5 * cm, 12.2 * cm])
                t.setStyle(
                    TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ]
                    )
                )
                story += [t, Spacer(1, 8)]
            else:
                data = [[Paragraph(escape(k), cellb), Paragraph(escape(v), cell)] for k, v in rows]
                t = Table(data, colWidths=[4.8 * cm, 12.2 * cm])
                t.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                        ]
                    )
                )
                story += [t, Spacer(1, 8)]
        elif kind == "list":
            _, items, bullet = b
            for i, it in enumerate(items):
                mark = (
                    f"{i + 1}. "
                    if bullet in ("num", "wordnum")
                    else ("• " if bullet == "word" else bullet)
                )
                story.append(
                    Paragraph(
                        escape(mark + it),
                        ParagraphStyle(
                            "li", parent=base, leftIndent=14, firstLineIndent=-10, spaceAfter=1
                        ),
                    )
                )
            story.append(Spacer(1, 4))
        elif kind == "table":
            _, rows, tk = b
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(escape(v), cellb if i == 0 else cell) for v in r])
            ncol = len(rows[0])
            if tk == "proc":
                widths = [8.6 * cm, 4.2 * cm, 4.2 * cm]
            elif ncol == 5:
                widths = [2.6 * cm, 1.5 * cm, 1.9 * cm, 7.6 * cm, 3.4 * cm]
            else:
                widths = None
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif kind == "sig":
            _, lines, align = b
            story.append(Spacer(1, 14))
            for ln in lines:
                if not ln:
                    story.append(Spacer(1, 13))
                    continue
                story.append(
                    Paragraph(
                        escape(ln),
                        ParagraphStyle(
                            "sg",
                            parent=base,
                            alignment=AL[align],
                            spaceAfter=0,
                            leftIndent=9 * cm if align == "left" else 0,
                        ),
                    )
                )
        elif kind == "pagebreak":
            story.append(PageBreak())
    SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title="",
        author="",
    ).build(story)


def scanify(src_pdf, dst_pdf, angle=1.0):
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(src_pdf)
    imgs = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        imgs.append(im)
    pdf.close()
    imgs[0].save(dst_pdf, "PDF", resolution=300.0, save_all=True, append_images=imgs[1:])


# ----------------------------------------------------------------------------
# the documents
# ----------------------------------------------------------------------------
# (build_docs is defined below)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def pdf_pages(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


def main():
    for d in (NOTES, GOLD):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    docs = build_docs()
    assert len(docs) == 24
    assert len({d.stem for d in docs}) == 24
    tmp = tempfile.mkdtemp(prefix="heldout_")
    for doc in docs:
        if doc.fmt == "docx":
            render_docx(doc, os.path.join(NOTES, doc.stem + ".docx"))
        elif doc.fmt == "pdf":
            render_pdf(doc, os.path.join(NOTES, doc.stem + ".pdf"))
        else:
            src = os.path.join(tmp, doc.stem + ".born.pdf")
            render_pdf(doc, src)
            scanify(src, os.path.join(NOTES, doc.stem + ".pdf"))
            shutil.copy(
                src, os.path.join(OUT, "scan_sources", doc.stem + ".born.pdf")
            ) if os.path.isdir(os.path.join(OUT, "scan_sources")) else None
    # DOCX page counts via LibreOffice
    conv = os.path.join(OUT, "docx_as_pdf")
    shutil.rmtree(conv, ignore_errors=True)
    os.makedirs(conv)
    docx_files = [os.path.join(NOTES, d.stem + ".docx") for d in docs if d.fmt == "docx"]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", conv] + docx_files,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, HOME=tmp),
    )
    for doc in docs:
        ext = "docx" if doc.fmt == "docx" else "pdf"
        path = os.path.join(NOTES, f"{doc.stem}.{ext}")
        if doc.fmt == "docx":
            pages = pdf_pages(os.path.join(conv, doc.stem + ".pdf"))
        else:
            pages = pdf_pages(path)
        fields = doc.fields if doc.rtype != "unknown" else {}
        mreq, mrec = missing(doc.rtype, fields)
        rec = {
            "record_type": doc.rtype,
            "confidence": 0.0 if doc.rtype == "unknown" else 1.0,
            "language": doc.lang,
            "pages": [1, pages],
            "fields": fields,
            "evidence": {},
            "missing_required": mreq,
            "missing_recommended": mrec,
            "complete": (not mreq) if doc.rtype != "unknown" else False,
            "unmatched": [],
        }
        gold = {
            "contract_version": "1",
            "source": {
                "path": path,
                "sha256": sha256(path),
                "format": ext,
                "pages": pages,
                "ocr_pages": list(range(1, pages + 1)) if doc.fmt == "scan" else [],
            },
            "records": [rec],
            "warnings": [],
        }
        with open(os.path.join(GOLD, doc.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
    # literals for the self-check
    with open(os.path.join(OUT, "literals.json"), "w", encoding="utf-8") as f:
        json.dump(
            {
                d.stem: {
                    "fmt": d.fmt,
                    "rtype": d.rtype,
                    "lang": d.lang,
                    "notes": d.notes,
                    "literals": d.literals,
                }
                for d in docs
            },
            f,
            ensure_ascii=False,
            indent=1,
        )
    shutil.rmtree(tmp, ignore_errors=True)
    print("wrote", len(docs), "documents")


# ----------------------------------------------------------------------------
# the 24 documents (fictional people, places and agencies)
# ----------------------------------------------------------------------------
def build_docs():
    docs = []

    # ------------------------------------------------------------ process records
    d = Doc(
        "pr01_catatan_proses_psbr",
        "docx",
        "id",
        "process_record",
        notes="Word Heading styles (roman-numbered), 'Label : value' lines, 3 parent/own letterhead lines",
    )
    d.letterhead(
        [
            "PEMERINTAH PROVINSI NUSA WANGI",
            "DINAS SOSIAL",
            "UPT PANTI SOSIAL BINA REMAJA TUNAS MANDIRI",
            "Jl. Kenanga Raya No. 14, Kota Tirtamaya – Telp. (0274) 556 120",
        ],
        agency_idx=2,
    )
    d.title("CATATAN PROSES")
    d.kv(
        [
            ("No. Berkas", T("PSBR/TM/2024/031"), "case_number"),
            ("Nama Klien", T("Dimas Prasetyo"), "client_name"),
            ("Pekerja Sosial", T("Rina Kusumastuti, S.Tr.Sos."), "worker_name"),
            ("Tanggal Wawancara", D("2024-04-04", "idw"), "interview_date"),
            ("Pertemuan ke", Integer("2", 2), "session_number"),
            ("Tempat", T("Ruang konseling asrama putra"), "location"),
            (
                "Tujuan",
                T("Menggali penyebab klien sering meninggalkan asrama tanpa izin"),
                "interview_purpose",
            ),
        ]
    )
    d.section(
        "I. Pendahuluan",
        [
            "Wawancara ini merupakan pertemuan kedua dengan Dimas setelah ia tiga kali keluar asrama tanpa izin dalam dua minggu terakhir. Klien datang ke ruang konseling atas panggilan pengasuh dan pada awalnya tampak enggan."
        ],
        "introduction",
        "h2",
    )
    d.section(
        "II. Jalannya Wawancara",
        [
            'PS: "Selamat siang, Dimas. Bagaimana kabarmu hari ini?"',
            'K: "Biasa saja, Bu." (klien menunduk sambil memainkan ujung bajunya)',
            'PS: "Ibu dengar kamu beberapa kali keluar asrama malam hari. Boleh ceritakan apa yang terjadi?"',
            'K: "Saya ke warnet, Bu. Di asrama saya tidak punya teman ngobrol."',
        ],
        "interview_narrative",
        "h2",
    )
    d.section(
        "III. Pengamatan Nonverbal",
        [
            "Klien menghindari kontak mata selama kurang lebih sepuluh menit pertama dan duduk di ujung kursi. Setelah membicarakan hobinya bermain gim, posisi duduknya lebih santai dan ia mulai tersenyum."
        ],
        "nonverbal_observations",
        "h2",
    )
    d.section(
        "IV. Refleksi Pekerja Sosial",
        [
            "Saya sempat khawatir klien akan menutup diri seperti pada pertemuan pertama. Saya menyadari perlu menahan diri untuk tidak langsung menasihati agar klien merasa didengar."
        ],
        "worker_reflection",
        "h2",
    )
    d.section(
        "V. Kesimpulan",
        [
            "Perilaku keluar asrama tampaknya berkaitan dengan rasa kesepian dan belum terbentuknya relasi dengan teman sebaya. Klien bersedia mengikuti kelompok minat komputer yang diadakan setiap Sabtu."
        ],
        "conclusion",
        "h2",
    )
    d.section(
        "VI. Rencana Tindak Lanjut",
        [
            "Pekerja sosial akan berkoordinasi dengan pembina kelompok komputer dan menjadwalkan pertemuan ketiga pada minggu berikutnya."
        ],
        "next_steps",
        "h2",
    )
    d.signature(
        ["Tirtamaya, 4 April 2024", "Pekerja Sosial,", "", "", "Rina Kusumastuti, S.Tr.Sos."]
    )
    docs.append(d)

    d = Doc(
        "pr02_proses_tabel_lksa",
        "pdf",
        "id",
        "process_record",
        notes="2-col grid header table; dialogue|feelings|analysis 3-col table; 'Kesimpulan' = '-'",
    )
    d.letterhead(
        [
            "YAYASAN KASIH BUNDA LESTARI",
            "LEMBAGA KESEJAHTERAAN SOSIAL ANAK (LKSA) PUTRA HARAPAN",
            "Jl. Melati No. 7, Desa Sukamekar, Kabupaten Wanasari",
        ]
    )
    d.title("CATATAN PROSES WAWANCARA")
    d.kv(
        [
            ("Nama Lembaga", T("LKSA Putra Harapan"), "agency_name"),
            ("Nomor Kasus", T("LKSA-PH/017/III/2024"), "case_number"),
            ("Nama Anak", T("Ahmad Fauzi"), "client_name"),
            ("Pekerja Sosial", T("Hendra Gunawan, S.Sos."), "worker_name"),
            ("Tgl. Pertemuan", D("2024-03-12", "dmy"), "interview_date"),
            ("Tempat", T("Teras belakang asrama"), "location"),
        ],
        style="table",
    )
    d.section(
        "A. Pendahuluan",
        [
            "Ahmad (13 tahun) dilaporkan pengasuh sering bertengkar dengan teman sekamarnya sejak awal bulan. Wawancara dilakukan sore hari setelah kegiatan mengaji agar klien dalam keadaan tenang."
        ],
        "introduction",
        "bold",
    )
    d.heading("B. Isi Laporan", "bold")
    d.proc_table(
        ["Dialog", "Perasaan Pekerja Sosial", "Analisis / Keterampilan"],
        [
            (
                'PS: "Ahmad, Kakak lihat kamu tadi kesal sekali waktu main bola. Ada apa?"',
                "Saya agak tegang karena Ahmad terlihat masih marah.",
                "Membuka percakapan dengan refleksi perasaan.",
            ),
            (
                'K: "Rizal ambil sandal saya terus, Kak. Saya capek dibilangin anak baru." (suara meninggi)',
                "Saya merasa iba mendengar ia merasa diejek.",
                "Klien mengungkapkan perasaan tidak diterima kelompok.",
            ),
            (
                'PS: "Jadi kamu merasa belum diterima teman-teman di kamar, ya?"',
                "Saya lega klien mau bercerita.",
                "Parafrase untuk memastikan pemahaman.",
            ),
            (
                'K: "Iya. Di rumah dulu saya punya teman banyak." (menunduk, diam sebentar)',
                "-",
                "Muncul kerinduan pada lingkungan lama; perlu digali pada sesi berikutnya.",
            ),
        ],
    )
    d.section("C. Kesimpulan", ["-"], "conclusion", "bold")
    d.signature(["Wanasari, 12 Maret 2024", "Pekerja Sosial,", "", "Hendra Gunawan, S.Sos."])
    docs.append(d)

    d = Doc(
        "pr03_process_recording_harborlight",
        "docx",
        "en",
        "process_record",
        notes="bold-only headings, 'Label: value' lines, session no., Venue: N/A, supervisor comments",
    )
    d.letterhead(
        ["Harbor Light Family Services", "14 Quay Street, Port Ellery · Tel. 0412 330 918"],
        agency_idx=0,
    )
    d.title("PROCESS RECORDING")
    d.kv(
        [
            ("Case Ref", T("HL-2024-0187"), "case_number"),
            ("Client", T("Amira Haddad"), "client_name"),
            ("Worker", T("Sarah Lindqvist, MSW"), "worker_name"),
            ("Session date", D("2024-04-09", "us"), "interview_date"),
            ("Session no.", Integer("3", 3), "session_number"),
            ("Venue", P("N/A"), "location"),
        ],
        sep=": ",
    )
    d.section(
        "Introduction",
        [
            "Amira is a 34-year-old mother of two who was referred after her eldest son's school raised concerns about his attendance. This third session followed up on the morning-routine plan agreed two weeks ago."
        ],
        "introduction",
    )
    d.section(
        "Purpose of the Session",
        [
            "To review how the new morning routine is working and to explore what gets in the way on difficult days."
        ],
        "interview_purpose",
    )
    d.section(
        "Interview",
        [
            'Worker: "Last time we talked about getting the boys out the door by eight. How has that gone?"',
            'Amira: "Some days fine. Mondays are impossible." (laughs, then looks away)',
            'Worker: "What makes Mondays different?"',
            'Amira: "I work late on Sundays, so I can barely wake up. Then Sami refuses to get dressed."',
        ],
        "interview_narrative",
    )
    d.section(
        "Observations (non-verbal)",
        [
            "Amira arrived ten minutes late and kept her coat on throughout. Her voice softened and she leaned forward when speaking about her younger son."
        ],
        "nonverbal_observations",
    )
    d.section(
        "Worker's Reflection",
        [
            "I noticed I wanted to offer solutions too quickly when she described Mondays. I need to stay with her exhaustion before moving to problem-solving."
        ],
        "worker_reflection",
    )
    d.section(
        "Conclusion",
        [
            "The routine works on most weekdays; Mondays break down because of Amira's Sunday shift. She is open to asking her sister to help on Monday mornings."
        ],
        "conclusion",
    )
    d.section(
        "Supervisor's Comments",
        [
            "Good use of open questions. Explore the Sunday work pattern and childcare options more fully next time."
        ],
        "supervisor_comments",
    )
    docs.append(d)

    d = Doc(
        "pr04_catatan_proses_dsp3a_scan",
        "scan",
        "id",
        "process_record",
        notes="scanned; ALL CAPS headings; borderless aligned 'Label : value'; Petugas = '....', blank signature",
    )
    d.letterhead(
        [
            "PEMERINTAH KABUPATEN WANASARI",
            "DINAS SOSIAL PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
            "Jl. Pahlawan No. 22, Wanasari 45211 – Telp. (0231) 884 410",
        ],
        agency_idx=1,
    )
    d.title("CATATAN PROSES")
    d.kv(
        [
            ("Nomor Registrasi", T("DSP3A/WNS/2024/112"), "case_number"),
            ("Nama Klien", T("Sdri. Wulan Anggraini"), "client_name"),
            ("Petugas", P("...."), "worker_name"),
            ("Hari/Tanggal", D("2024-05-21", "idw"), "interview_date"),
            ("Tempat", T("Rumah klien, Dusun Kedungjati RT 03/RW 02"), "location"),
            (
                "Tujuan",
                T("Memantau kondisi klien setelah kembali dari rumah aman"),
                "interview_purpose",
            ),
        ],
        style="aligned",
    )
    d.section(
        "PENDAHULUAN",
        [
            "Klien berusia 19 tahun dan telah tiga minggu kembali ke rumah orang tuanya setelah dua bulan tinggal di rumah aman. Kunjungan dilakukan bersama kader desa yang dikenal baik oleh keluarga."
        ],
        "introduction",
        "caps",
    )
    d.section(
        "JALANNYA WAWANCARA",
        [
            'Petugas: "Bagaimana keadaan Mbak Wulan sejak pulang ke rumah?"',
            'Klien: "Alhamdulillah lebih tenang, Bu. Tapi saya masih takut kalau keluar sendiri."',
            'Petugas: "Apa yang membuat Mbak merasa takut?"',
            'Klien: "Mantan suami saya masih sering lewat depan rumah." (suara pelan, melirik ke arah pintu)',
        ],
        "interview_narrative",
        "caps",
    )
    d.section(
        "OBSERVASI NONVERBAL",
        [
            "Klien duduk merapat ke ibunya dan beberapa kali melihat ke luar jendela. Ia tersenyum ketika menceritakan rencana kembali bekerja di konveksi."
        ],
        "nonverbal_observations",
        "caps",
    )
    d.section(
        "KESIMPULAN",
        [
            "Kondisi emosional klien membaik, namun rasa tidak aman masih tinggi karena pelaku tinggal di desa yang sama. Keluarga mendukung penuh dan bersedia mendampingi klien saat bepergian."
        ],
        "conclusion",
        "caps",
    )
    d.section(
        "LANGKAH SELANJUTNYA",
        [
            "Berkoordinasi dengan Bhabinkamtibmas desa terkait perintah perlindungan dan menjadwalkan konseling lanjutan dua minggu lagi."
        ],
        "next_steps",
        "caps",
    )
    d.signature(["Wanasari, 21 Mei 2024", "Petugas,", "", "", "(..............................)"])
    docs.append(d)

    d = Doc(
        "pr05_process_record_newdawn",
        "pdf",
        "en",
        "process_record",
        notes="numbered bold headings, no Introduction section, purpose as header line, ISO date, caps letterhead",
    )
    d.letterhead(
        [
            "NEW DAWN RECOVERY TRUST",
            "Unit 4, Mill Lane, Castlebrook · Registered charity no. 1108423",
        ],
        agency_idx=0,
    )
    d.title("Process Record – Individual Session")
    d.kv(
        [
            ("File No.", T("NDR/0932"), "case_number"),
            ("Service user", T("Mr. Daniel Okafor"), "client_name"),
            ("Key worker", T("James Whitfield"), "worker_name"),
            ("Date of interview", D("2024-02-15", "iso"), "interview_date"),
            ("Location", T("Drop-in centre, room 2"), "location"),
            (
                "Purpose",
                T("Review of relapse-prevention plan after two missed appointments"),
                "interview_purpose",
            ),
        ],
        sep=": ",
    )
    d.section(
        "1. Course of the Interview",
        [
            'KW: "Daniel, we missed you the last two Tuesdays. What happened?"',
            'DO: "I was ashamed, to be honest. I had a drink after my brother\'s funeral." (rubs his hands together)',
            'KW: "Thank you for telling me. What helped you come in today?"',
            'DO: "My sponsor drove me here. I don\'t want to lose the flat."',
        ],
        "interview_narrative",
        "numbered",
    )
    d.section(
        "2. Non-verbal Observations",
        [
            "Daniel looked tired and unshaven but was sober and oriented. He made more eye contact once the conversation moved to his flat and his sponsor."
        ],
        "nonverbal_observations",
        "numbered",
    )
    d.section(
        "3. Worker's Feelings and Analysis",
        [
            "I felt relieved that he returned and had to check my disappointment about the missed sessions. The lapse appears linked to unresolved grief rather than a return to regular use."
        ],
        "worker_reflection",
        "numbered",
    )
    d.section(
        "4. Conclusion",
        [
            "Single lapse following bereavement; motivation to stay in treatment remains good. The relapse-prevention plan needs a grief component."
        ],
        "conclusion",
        "numbered",
    )
    d.section(
        "5. Next Steps",
        ["Refer to the bereavement support group and book weekly sessions for the next month."],
        "next_steps",
        "numbered",
    )
    docs.append(d)

    # ------------------------------------------------------------ case records
    d = Doc(
        "cr01_catatan_kasus_dinsos",
        "docx",
        "id",
        "case_record",
        notes="Word Heading 1 'A. DATA PRIBADI KLIEN' style; aligned label table; RAHASIA mark; Word bullet list; status Aktif",
    )
    d.letterhead(
        [
            "PEMERINTAH KOTA TIRTAMAYA",
            "DINAS SOSIAL",
            "Jl. Diponegoro No. 45, Kota Tirtamaya 55120 – Telp. (0274) 512 300",
        ]
    )
    d.mark("RAHASIA")
    d.title("CATATAN KASUS")
    d.kv(
        [
            ("Instansi", T("Dinas Sosial Kota Tirtamaya"), "agency_name"),
            ("No. Kasus", T("DINSOS-TM/KS/2024/0045"), "case_number"),
            ("Nama Lengkap", T("Ani Rahmawati"), "client_name"),
            ("Tanggal Lahir", D("2009-08-17", "id"), "client_birth_date"),
            ("Jenis Kelamin", T("Perempuan"), "client_sex"),
            (
                "Alamat",
                T("Kp. Cibeureum RT 02/RW 05, Kel. Sukajadi, Kota Tirtamaya"),
                "client_address",
            ),
            ("Pekerja Sosial", T("Dewi Lestari, S.Tr.Sos."), "worker_name"),
            ("Tanggal Registrasi", D("2024-01-08", "id"), "date_opened"),
            ("Sumber Rujukan", T("Guru BK SMPN 3 Tirtamaya"), "referral_source"),
            ("Status Kasus", E("Aktif", "open"), "case_status"),
        ],
        style="aligned",
    )
    d.section(
        "A. DATA PRIBADI KLIEN",
        [
            "Ani adalah anak kedua dari tiga bersaudara dan saat ini duduk di kelas VIII SMPN 3 Tirtamaya. Ia tinggal bersama nenek dari pihak ibu sejak orang tuanya bercerai pada tahun 2021."
        ],
        "client_identity",
        "h1",
    )
    d.section(
        "B. LATAR BELAKANG MASALAH",
        [
            "Sejak November 2023 klien tidak masuk sekolah lebih dari 20 hari dan beberapa kali terlihat di pangkalan ojek hingga larut malam. Guru BK menduga klien berpacaran dengan laki-laki dewasa dan merujuknya ke Dinas Sosial."
        ],
        "presenting_problem",
        "h1",
    )
    d.section(
        "C. KONDISI KELUARGA DAN LINGKUNGAN SOSIAL",
        [
            "Nenek klien berusia 68 tahun, berjualan gorengan, dan mengalami kesulitan mengawasi tiga cucu sekaligus. Ayah klien bekerja di luar pulau tanpa kontak rutin, sedangkan ibu telah menikah lagi dan tinggal di kecamatan lain.",
            "Lingkungan tempat tinggal padat penduduk dan dekat pangkalan ojek yang ramai pada malam hari.",
        ],
        "social_environment",
        "h1",
    )
    d.section(
        "D. HASIL ASESMEN",
        [
            "Klien mengalami pengabaian pengasuhan dan berisiko tinggi mengalami eksploitasi seksual. Faktor pelindung yang dimiliki adalah kedekatan dengan nenek dan keinginan klien untuk tetap bersekolah."
        ],
        "assessment",
        "h1",
    )
    d.section(
        "E. RENCANA PENANGANAN",
        [
            "Konseling individu dua minggu sekali, mediasi dengan ibu kandung mengenai pengasuhan, serta koordinasi dengan sekolah untuk program pengejaran pelajaran. Keluarga akan diusulkan sebagai penerima bantuan sosial bersyarat."
        ],
        "intervention_plan",
        "h1",
    )
    d.section(
        "F. TINDAKAN YANG TELAH DIBERIKAN",
        [
            "Telah dilakukan empat sesi konseling individu dan satu kali pertemuan keluarga bersama ibu dan nenek klien. Sekolah telah menyetujui jadwal belajar tambahan setiap Selasa dan Kamis."
        ],
        "interventions",
        "h1",
    )
    d.section(
        "G. HASIL EVALUASI",
        [
            "Kehadiran klien di sekolah meningkat menjadi 90 persen pada bulan Februari. Klien belum sepenuhnya memutus kontak dengan laki-laki tersebut sehingga pemantauan tetap diperlukan."
        ],
        "evaluation",
        "h1",
    )
    d.section(
        "H. LAMPIRAN",
        [
            "Fotokopi Kartu Keluarga",
            "Rapor semester ganjil 2023/2024",
            "Surat keterangan dokter Puskesmas Sukajadi",
        ],
        "attachments",
        "h1",
        kind="list",
        bullet="word",
    )
    docs.append(d)

    d = Doc(
        "cr02_catatan_kasus_brspdn_terminasi",
        "pdf",
        "id",
        "case_record",
        notes="closed case (Selesai (terminasi) + Tanggal Terminasi), '7. Evaluasi' = 'belum diisi'; numbered bold headings; dd/mm/yyyy",
    )
    d.letterhead(
        [
            "PEMERINTAH PROVINSI NUSA WANGI",
            "BALAI REHABILITASI SOSIAL PENYANDANG DISABILITAS NETRA CAHAYA MULIA",
            "Jl. Raya Cikaret Km 4, Kabupaten Wanasari – Telp. (0231) 870 112",
        ],
        agency_idx=1,
    )
    d.title("CATATAN KASUS")
    d.kv(
        [
            ("Nomor Kasus", T("BRSPDN-CM/2023/219"), "case_number"),
            ("Nama Penerima Manfaat", T("Bpk. Slamet Riyadi"), "client_name"),
            ("Pekerja Sosial Pendamping", T("Yuliana Siregar, S.Sos."), "worker_name"),
            ("Tanggal Masuk", D("2023-10-02", "dmy"), "date_opened"),
            ("Tanggal Terminasi", D("2024-03-15", "dmy"), "date_closed"),
            ("Status", E("Selesai (terminasi)", "closed"), "case_status"),
            ("Rujukan dari", T("Dinas Sosial Kabupaten Wanasari"), "referral_source"),
            ("Sifat Dokumen", T("Rahasia"), "confidentiality"),
        ]
    )
    d.section(
        "1. Identitas Penerima Manfaat",
        [
            "Bapak Slamet berusia 41 tahun, menikah, dengan dua anak, dan sebelumnya bekerja sebagai sopir angkutan. Ia mengalami kebutaan total akibat kecelakaan kerja pada awal tahun 2023."
        ],
        "client_identity",
        "numbered",
    )
    d.section(
        "2. Permasalahan",
        [
            "Setelah kehilangan penglihatan, penerima manfaat kehilangan pekerjaan dan menarik diri dari kegiatan sosial. Keluarga kesulitan memenuhi kebutuhan sehari-hari karena ia merupakan pencari nafkah utama."
        ],
        "presenting_problem",
        "numbered",
    )
    d.section(
        "3. Kondisi Keluarga dan Lingkungan",
        [
            "Istri penerima manfaat bekerja sebagai buruh cuci dengan penghasilan tidak tetap. Tetangga dan pengurus RT cukup peduli, namun belum ada fasilitas ramah disabilitas di lingkungan tempat tinggalnya."
        ],
        "social_environment",
        "numbered",
    )
    d.section(
        "4. Asesmen",
        [
            "Penerima manfaat mengalami hambatan orientasi mobilitas dan kehilangan kepercayaan diri, tetapi memiliki motivasi kuat untuk kembali bekerja. Ia berminat mengikuti pelatihan pijat refleksi."
        ],
        "assessment",
        "numbered",
    )
    d.section(
        "5. Rencana Intervensi",
        [
            "Bimbingan orientasi mobilitas, pelatihan keterampilan pijat selama empat bulan, konseling keluarga, dan penyiapan usaha mandiri setelah terminasi."
        ],
        "intervention_plan",
        "numbered",
    )
    d.section(
        "6. Pelaksanaan Intervensi",
        [
            "Penerima manfaat menyelesaikan bimbingan orientasi mobilitas dan pelatihan pijat refleksi dengan baik. Konseling keluarga dilaksanakan tiga kali dan balai memberikan bantuan peralatan usaha pijat."
        ],
        "interventions",
        "numbered",
    )
    d.section("7. Evaluasi", ["belum diisi"], "evaluation", "numbered")
    d.section(
        "8. Terminasi",
        [
            "Layanan diakhiri pada 15 Maret 2024 karena tujuan rehabilitasi telah tercapai dan penerima manfaat kembali ke keluarga. Pemantauan lanjutan diserahkan kepada Dinas Sosial Kabupaten Wanasari."
        ],
        "termination",
        "numbered",
    )
    docs.append(d)

    d = Doc(
        "cr03_case_record_bridgeway",
        "docx",
        "en",
        "case_record",
        notes="2-col grid header table; Word Heading 2; no Assessment section; CONFIDENTIAL mark; open case",
    )
    d.letterhead(
        [
            "Bridgeway Children's Trust",
            "Child Protection & Family Support",
            "22 Orchard Row, Millbury · 01632 448 210",
        ]
    )
    d.mark("CONFIDENTIAL")
    d.title("CASE RECORD")
    d.kv(
        [
            ("Agency", T("Bridgeway Children's Trust"), "agency_name"),
            ("Case number", T("BCT-CP-24-061"), "case_number"),
            ("Child's name", T("Leo Marsh"), "client_name"),
            ("Date of birth", D("2014-06-03", "en"), "client_birth_date"),
            ("Sex", T("Male"), "client_sex"),
            ("Case worker", T("Priya Nair, BSW"), "worker_name"),
            ("Date opened", D("2024-01-22", "us"), "date_opened"),
            ("Referred by", T("Millbury Primary School"), "referral_source"),
            ("Status", E("Open", "open"), "case_status"),
        ],
        style="table",
    )
    d.section(
        "Identifying Information",
        [
            "Leo is a nine-year-old boy in Year 4 at Millbury Primary School. He lives with his mother and her partner in a two-bedroom rented flat."
        ],
        "client_identity",
        "h2",
    )
    d.section(
        "Reason for Referral",
        [
            "The school reported that Leo arrived hungry on several occasions and had an unexplained bruise on his arm in January. He told his teacher that he is often left alone in the evenings."
        ],
        "presenting_problem",
        "h2",
    )
    d.section(
        "Family Situation",
        [
            "Leo's mother works night shifts at a care home and her partner is currently unemployed. There is no contact with Leo's father; the maternal grandmother lives nearby and is willing to help."
        ],
        "social_environment",
        "h2",
    )
    d.section(
        "Case Plan",
        [
            "Agree a written safety plan with the mother, arrange evening care with the grandmother on shift nights, and enrol Leo in the school breakfast club. Review the plan at a multi-agency meeting in six weeks."
        ],
        "intervention_plan",
        "h2",
    )
    d.section(
        "Services Delivered",
        [
            "Two home visits have been completed and the safety plan was signed on 5 February 2024. Leo started at the breakfast club the following week."
        ],
        "interventions",
        "h2",
    )
    docs.append(d)

    d = Doc(
        "cr04_catatan_kasus_pelitainsani_scan",
        "scan",
        "id",
        "case_record",
        notes="scanned; closed (Ditutup + Tgl. Penutupan), complete; ALL CAPS headings; '- ' list; dd-mm-yyyy",
    )
    d.letterhead(
        [
            "YAYASAN PELITA INSANI",
            "Layanan Pendampingan Korban Kekerasan Berbasis Gender",
            "Jl. Cempaka Putih No. 3, Kota Tirtamaya – WA 0812 4455 7788",
        ],
        agency_idx=0,
    )
    d.mark("RAHASIA")
    d.title("CATATAN KASUS")
    d.kv(
        [
            ("No. Berkas", T("YPI/KBG/23/088"), "case_number"),
            ("Nama Klien", T("Ibu Sumarni"), "client_name"),
            ("Pendamping", T("Maria Ulfah, S.Psi."), "worker_name"),
            ("Tgl. Penerimaan", D("2023-11-06", "dmy-"), "date_opened"),
            ("Tgl. Penutupan Kasus", D("2024-02-28", "id"), "date_closed"),
            ("Status Kasus", E("Ditutup", "closed"), "case_status"),
            ("Sumber Rujukan", T("Puskesmas Cempaka"), "referral_source"),
        ]
    )
    d.section(
        "IDENTITAS KLIEN",
        [
            "Ibu Sumarni berusia 37 tahun, ibu rumah tangga dengan tiga anak, berpendidikan SMP. Ia tinggal di rumah milik mertua di Kelurahan Cempaka."
        ],
        "client_identity",
        "caps",
    )
    d.section(
        "MASALAH YANG DIHADAPI",
        [
            "Klien mengalami kekerasan fisik dan psikis dari suami selama kurang lebih lima tahun. Ia datang ke Puskesmas dengan luka memar dan kemudian dirujuk ke yayasan."
        ],
        "presenting_problem",
        "caps",
    )
    d.section(
        "KONDISI SOSIAL DAN KELUARGA",
        [
            "Klien bergantung secara ekonomi kepada suami dan mertua. Kakak kandung klien tinggal di kota yang sama dan bersedia menampung klien beserta anak-anaknya."
        ],
        "social_environment",
        "caps",
    )
    d.section(
        "ASESMEN",
        [
            "Klien berada dalam situasi berisiko tinggi dan menunjukkan gejala trauma berupa sulit tidur dan mudah terkejut. Klien memiliki keinginan kuat untuk melindungi anak-anaknya."
        ],
        "assessment",
        "caps",
    )
    d.section(
        "RENCANA PENANGANAN",
        [
            "Penyusunan rencana keselamatan, pendampingan hukum untuk pelaporan ke polisi, konseling psikologis, dan pelatihan keterampilan menjahit untuk kemandirian ekonomi."
        ],
        "intervention_plan",
        "caps",
    )
    d.section(
        "TINDAKAN YANG TELAH DIBERIKAN",
        [
            "Klien didampingi membuat laporan polisi dan mengikuti enam sesi konseling. Klien dan anak-anak pindah ke rumah kakaknya, dan klien menyelesaikan pelatihan menjahit tingkat dasar."
        ],
        "interventions",
        "caps",
    )
    d.section(
        "HASIL EVALUASI",
        [
            "Klien merasa lebih aman dan gejala trauma berkurang berdasarkan skala yang digunakan konselor. Klien telah menerima pesanan jahitan dari tetangga secara rutin."
        ],
        "evaluation",
        "caps",
    )
    d.section(
        "PENGAKHIRAN LAYANAN",
        [
            "Layanan diakhiri atas kesepakatan bersama karena tujuan penanganan telah tercapai. Klien diberi nomor layanan pengaduan apabila membutuhkan bantuan kembali."
        ],
        "termination",
        "caps",
    )
    d.section(
        "LAMPIRAN",
        ["Visum et repertum", "Surat tanda terima laporan polisi", "Sertifikat pelatihan menjahit"],
        "attachments",
        "caps",
        kind="list",
        bullet="- ",
    )
    docs.append(d)

    d = Doc(
        "cr05_case_record_ashford",
        "pdf",
        "en",
        "case_record",
        notes="open case; caps parent line + own dept line in letterhead; aligned label table; no referral / attachments",
    )
    d.letterhead(
        [
            "CITY OF ASHFORD",
            "DEPARTMENT OF COMMUNITY WELFARE",
            "Civic Centre, Level 2, 10 Market Square, Ashford",
        ],
        agency_idx=1,
    )
    d.title("Adult Services – Case Record")
    d.kv(
        [
            ("Case No.", T("ACW/AS/2024/0311"), "case_number"),
            ("Client name", T("Mrs. Evelyn Hart"), "client_name"),
            ("Allocated worker", T("Tom Brennan, DipSW"), "worker_name"),
            ("Opened", D("2024-03-05", "en"), "date_opened"),
            ("Case status", E("Open – active", "open"), "case_status"),
            ("Confidentiality", T("Confidential – restricted access"), "confidentiality"),
        ],
        style="aligned",
    )
    d.section(
        "Personal Details",
        [
            "Mrs. Hart is an 81-year-old widow living alone in a ground-floor council flat. She has mild hearing loss and uses a walking frame indoors."
        ],
        "client_identity",
        "h1",
    )
    d.section(
        "Presenting Issue",
        [
            "Her GP reported two falls in February and concerns that she is not eating regularly. Mrs. Hart wants to remain at home but admits she is struggling with shopping and cooking."
        ],
        "presenting_problem",
        "h1",
    )
    d.section(
        "Home and Social Network",
        [
            "Her son lives 60 miles away and visits monthly; a neighbour checks on her most mornings. She attended a lunch club until last autumn but stopped after the bus route changed."
        ],
        "social_environment",
        "h1",
    )
    d.section(
        "Assessment Findings",
        [
            "Eligible needs were identified in nutrition, safety at home and social contact. Mrs. Hart has capacity to make decisions about her care and prefers support at home."
        ],
        "assessment",
        "h1",
    )
    d.section(
        "Support Plan",
        [
            "Daily meal delivery, a pendant alarm, an occupational therapy home assessment and community transport to the lunch club twice a week."
        ],
        "intervention_plan",
        "h1",
    )
    d.section(
        "Services Delivered So Far",
        [
            "The pendant alarm was installed on 12 March 2024 and meal delivery started the same week. The occupational therapy visit is booked for April."
        ],
        "interventions",
        "h1",
    )
    docs.append(d)

    # ------------------------------------------------------------ summarized process records
    d = Doc(
        "spr01_proses_ringkas_pstw",
        "docx",
        "id",
        "summarized_process_record",
        notes="bold-only headings; three interview dates on one label line ('..., ... dan ...')",
    )
    d.letterhead(
        [
            "PANTI SOSIAL TRESNA WERDHA SEJAHTERA ABADI",
            "Jl. Flamboyan No. 9, Kabupaten Wanasari – Telp. (0231) 861 045",
        ],
        agency_idx=0,
    )
    d.title("CATATAN PROSES RINGKAS")
    d.kv(
        [
            ("No. Kasus", T("PSTW-SA/2024/014"), "case_number"),
            ("Nama Klien", T("Mbah Karsinah"), "client_name"),
            ("Petugas", T("Agus Salim, S.Tr.Sos."), "worker_name"),
            (
                "Tanggal Wawancara",
                DS(["2024-02-05", "2024-02-12", "2024-02-19"], "id", last=" dan "),
                "interview_dates",
            ),
            ("Lokasi", T("Wisma Anggrek"), "location"),
        ]
    )
    d.section(
        "Pendahuluan",
        [
            "Mbah Karsinah (78 tahun) masuk panti pada bulan Januari setelah tidak ada keluarga yang dapat merawatnya. Tiga wawancara dilakukan untuk membantu penyesuaian diri klien di wisma."
        ],
        "introduction",
    )
    d.section(
        "Ringkasan Wawancara",
        [
            "Pada wawancara pertama klien banyak menangis dan mengatakan ingin pulang ke desanya. Petugas mendengarkan dan mengajak klien mengenal teman sekamarnya.",
            "Pada dua pertemuan berikutnya klien mulai bercerita tentang masa mudanya sebagai penjual jamu dan bersedia ikut senam pagi. Klien mengeluh sulit tidur karena lampu kamar dinyalakan sepanjang malam.",
        ],
        "summary",
    )
    d.section(
        "Kesimpulan",
        [
            "Klien mulai beradaptasi, tetapi masih merasa kesepian dan terganggu dengan kondisi kamar pada malam hari."
        ],
        "conclusion",
    )
    d.section(
        "Tindak Lanjut",
        [
            "Mengusulkan lampu tidur di Wisma Anggrek dan melibatkan klien dalam kegiatan membuat jamu bersama kelompok lansia."
        ],
        "next_steps",
    )
    docs.append(d)

    d = Doc(
        "spr02_summarised_contact_riverside",
        "pdf",
        "en",
        "summarized_process_record",
        notes="Client: - (placeholder); single contact date dd/mm/yyyy; Heading-2 style bold headings",
    )
    d.letterhead(
        ["Riverside Refugee Support Network", "Casework Team · 8 Canal Walk, Eastmere"],
        agency_idx=0,
    )
    d.title("Summarised Process Record")
    d.kv(
        [
            ("Case Ref", T("RRSN-417"), "case_number"),
            ("Client", P("-"), "client_name"),
            ("Caseworker", T("Hannah Cole"), "worker_name"),
            ("Date(s) of contact", DS(["2024-05-14"], "dmy"), "interview_dates"),
            ("Location", T("Office interview room"), "location"),
        ],
        sep=": ",
    )
    d.section(
        "Summary of Contact",
        [
            "The client attended with an interpreter to discuss a letter from the benefits office stopping her payments. She explained that she had moved to a new address and had not received the earlier request for documents.",
            "The caseworker helped her complete the change-of-address form and called the benefits office, which agreed to reopen the claim once her tenancy agreement is provided.",
        ],
        "summary",
        "h2",
    )
    d.section(
        "Conclusion",
        [
            "Payments stopped because of a missed letter, not because of a change in entitlement. The client is anxious about rent arrears."
        ],
        "conclusion",
        "h2",
    )
    d.section(
        "Next Steps",
        [
            "Client to bring the tenancy agreement on Friday; caseworker to send it to the benefits office and contact the landlord about arrears."
        ],
        "next_steps",
        "h2",
    )
    docs.append(d)

    d = Doc(
        "spr03_proses_ringkas_psaj",
        "docx",
        "id",
        "summarized_process_record",
        notes="2-col grid header table; two visit dates 'dd/mm/yyyy; dd/mm/yyyy'; numbered bold headings; no Tindak Lanjut",
    )
    d.title("CATATAN PROSES RINGKAS", "KUNJUNGAN RUMAH")
    d.kv(
        [
            ("Lembaga", T("Perkumpulan Sahabat Anak Jalanan (PSAJ)"), "agency_name"),
            ("No. Kasus", T("PSAJ/2024/K-023"), "case_number"),
            ("Nama Anak", T("Rizky Maulana"), "client_name"),
            ("Pendamping", T("Siti Nurhaliza"), "worker_name"),
            (
                "Tgl. Kunjungan",
                DS(["2024-06-03", "2024-06-10"], "dmy", sep="; "),
                "interview_dates",
            ),
        ],
        style="table",
    )
    d.section(
        "1. Pengantar",
        [
            "Rizky (11 tahun) sering ditemukan mengamen di perempatan Jalan Veteran pada jam sekolah. Kunjungan rumah dilakukan untuk bertemu orang tua dan memahami alasan anak turun ke jalan."
        ],
        "introduction",
        "numbered",
    )
    d.section(
        "2. Ringkasan Hasil Kunjungan",
        [
            "Ibu Rizky menjelaskan bahwa sejak ayahnya sakit, Rizky ikut mencari uang untuk membeli beras. Pada kunjungan kedua ayah Rizky menyatakan setuju anaknya berhenti mengamen asalkan keluarga mendapat bantuan pangan."
        ],
        "summary",
        "numbered",
    )
    d.section(
        "3. Kesimpulan",
        [
            "Anak turun ke jalan karena tekanan ekonomi keluarga, dan orang tua terbuka terhadap alternatif bantuan."
        ],
        "conclusion",
        "numbered",
    )
    d.signature(["Pendamping,", "", "Siti Nurhaliza"])
    docs.append(d)

    # ------------------------------------------------------------ summarized records
    d = Doc(
        "sr01_catatan_ringkas_dinsos_sukamaju",
        "docx",
        "id",
        "summarized_record",
        notes="period on one line 'Januari s.d. Maret 2024'; Word List Number reports list; Heading 2; aligned labels",
    )
    d.letterhead(
        [
            "PEMERINTAH KABUPATEN SUKAMAJU",
            "DINAS SOSIAL KABUPATEN SUKAMAJU",
            "Jl. Veteran No. 20, Sukamaju 46112",
        ],
        agency_idx=1,
    )
    d.title("CATATAN RINGKAS")
    d.kv(
        [
            ("Nomor Kasus", T("DINSOS-SKM/2024/077"), "case_number"),
            ("Nama Klien", T("Bpk. Darmawan"), "client_name"),
            ("Pekerja Sosial", T("Fitri Handayani, S.Sos."), "worker_name"),
            (
                "Periode",
                V("Januari s.d. Maret 2024", ("2024-01-01", "2024-03-31")),
                ("period_start", "period_end"),
            ),
        ],
        style="aligned",
    )
    d.section(
        "Laporan yang Diringkas",
        [
            "Catatan proses kunjungan rumah 10 Januari 2024",
            "Catatan proses wawancara di kantor 7 Februari 2024",
            "Laporan pertemuan koordinasi dengan pemerintah desa 14 Maret 2024",
        ],
        "reports_summarized",
        "h2",
        kind="list",
        bullet="wordnum",
    )
    d.section(
        "Ringkasan Kasus",
        [
            "Bapak Darmawan (52 tahun) adalah penyandang disabilitas fisik pascastroke yang tinggal sendiri setelah istrinya meninggal. Selama tiga bulan pendampingan, klien didaftarkan sebagai penerima bantuan sosial dan mendapat kursi roda dari dinas.",
            "Pemerintah desa menyepakati kunjungan rutin kader setiap minggu untuk memantau kesehatan klien.",
        ],
        "case_summary",
        "h2",
    )
    d.section(
        "Situasi Saat Ini",
        [
            "Klien sudah dapat berpindah dari tempat tidur ke kursi roda secara mandiri. Kebutuhan makan sehari-hari dibantu oleh tetangga dan kader desa."
        ],
        "current_situation",
        "h2",
    )
    d.section(
        "Rencana Selanjutnya",
        [
            "Mengupayakan fisioterapi rutin di Puskesmas dan menghubungi keponakan klien di Sukamaju Kota sebagai calon pengasuh."
        ],
        "plan",
        "h2",
    )
    docs.append(d)

    d = Doc(
        "sr02_case_summary_greenfield_scan",
        "scan",
        "en",
        "summarized_record",
        notes="scanned; Case Ref: N/A; period '1 Feb – 30 Apr 2024' on one line; ALL CAPS headings; '- ' list",
    )
    d.letterhead(
        ["Greenfield Housing Outreach", "Street Homelessness Team – 31 Station Road, Greenfield"],
        agency_idx=0,
    )
    d.title("CASE SUMMARY RECORD")
    d.kv(
        [
            ("Case Ref", P("N/A"), "case_number"),
            ("Client", T("Mr. Peter Kowalski"), "client_name"),
            ("Outreach worker", T("Grace Mwangi"), "worker_name"),
            (
                "Period covered",
                V("1 Feb – 30 Apr 2024", ("2024-02-01", "2024-04-30")),
                ("period_start", "period_end"),
            ),
        ],
        sep=": ",
    )
    d.section(
        "REPORTS SUMMARISED",
        [
            "Street contact notes, February 2024",
            "Hostel referral record, 18 March 2024",
            "Joint visit with the mental health team, 9 April 2024",
        ],
        "reports_summarized",
        "caps",
        kind="list",
        bullet="- ",
    )
    d.section(
        "SUMMARY OF THE CASE",
        [
            "Peter, 46, had been sleeping rough near the railway station since December after losing his job and tenancy. After several street contacts he accepted a hostel place in March, and a joint visit confirmed untreated depression."
        ],
        "case_summary",
        "caps",
    )
    d.section(
        "CURRENT SITUATION",
        [
            "Peter is settled at Elm House hostel and attends GP appointments. He has started claiming housing support."
        ],
        "current_situation",
        "caps",
    )
    d.section(
        "PLAN",
        [
            "Support a move-on application to supported housing and link Peter with the employment advice service."
        ],
        "plan",
        "caps",
    )
    docs.append(d)

    d = Doc(
        "sr03_ringkas_perkembangan_lpacn",
        "pdf",
        "id",
        "summarized_record",
        notes="separate 'Periode Awal'/'Periode Akhir' labels, Periode Akhir = '....'; underlined headings; serif font; no reports list",
    )
    d.font = "serif"
    d.letterhead(
        [
            "LEMBAGA PERLINDUNGAN ANAK CAHAYA NUSANTARA",
            "Jl. Anggrek No. 11, Kota Tirtamaya – lpacn.tirtamaya@contoh.org",
        ],
        agency_idx=0,
    )
    d.title("CATATAN RINGKAS PERKEMBANGAN KASUS")
    d.kv(
        [
            ("No. Register", T("LPACN/R/2024/009"), "case_number"),
            ("Nama Anak", T("Putri Ayu Lestari"), "client_name"),
            ("Petugas Kasus", T("Bambang Wijaya, S.Sos."), "worker_name"),
            ("Periode Awal", D("2024-01-02", "id"), "period_start"),
            ("Periode Akhir", P("...."), "period_end"),
        ]
    )
    d.section(
        "Ringkasan Perkembangan Kasus",
        [
            "Putri (15 tahun) dirujuk karena menjadi korban perundungan daring yang membuatnya menolak bersekolah. Selama pendampingan, kasus dilaporkan ke sekolah dan unggahan yang merugikan telah dihapus atas permintaan lembaga.",
            "Putri mengikuti lima sesi konseling dan kembali masuk sekolah secara bertahap sejak pertengahan Februari.",
        ],
        "case_summary",
        "underline",
    )
    d.section(
        "Kondisi Terkini",
        [
            "Putri hadir di sekolah setiap hari dan mulai aktif di ekstrakurikuler paduan suara. Ia masih enggan menggunakan media sosial."
        ],
        "current_situation",
        "underline",
    )
    d.section(
        "Rencana",
        [
            "Dua sesi konseling penutup dan pertemuan dengan wali kelas untuk memastikan pengawasan di sekolah berlanjut."
        ],
        "plan",
        "underline",
    )
    docs.append(d)

    # ------------------------------------------------------------ daily logs
    d = Doc(
        "dl01_catatan_harian_sentra_melati",
        "docx",
        "id",
        "daily_log",
        notes="5-col table, blank date cells = same day, dd/mm/yyyy, '30 menit', '1 jam', '1 jam 30 menit'",
    )
    d.title("CATATAN HARIAN PEKERJA SOSIAL")
    d.kv(
        [
            ("Nama Petugas", T("Yogi Permana, S.Tr.Sos."), "worker_name"),
            ("Unit Kerja", T("Sentra Layanan Sosial Anak Melati"), "agency_name"),
            ("Bulan", T("April 2024"), None),
        ]
    )
    d.log_table(
        ["Tanggal", "Jam", "Lama", "Kegiatan", "Klien"],
        [
            dict(
                date=D("2024-04-01", "dmy"),
                time="08.30",
                dur=Integer("30 menit", 30),
                desc="Menerima rujukan dan melakukan wawancara awal dengan anak yang diantar petugas Satpol PP.",
                client="Bima Saputra",
            ),
            dict(
                date=None,
                time="10.00",
                dur=Integer("1 jam", 60),
                desc="Asesmen awal kebutuhan anak dan pengisian formulir identitas.",
                client="Bima Saputra",
            ),
            dict(
                date=None,
                time="13.30",
                dur=Integer("45 menit", 45),
                desc="Konseling individu terkait keinginan klien kembali bersekolah.",
                client="Nadia Putri",
            ),
            dict(
                date=D("2024-04-02", "dmy"),
                time="09.00",
                dur=Integer("2 jam", 120),
                desc="Kunjungan rumah ke orang tua klien di Kelurahan Karangrejo untuk penelusuran keluarga.",
                client="Bima Saputra",
            ),
            dict(
                date=None,
                time="14.00",
                dur=Integer("1 jam 30 menit", 90),
                desc="Mendampingi klien ke Puskesmas untuk pemeriksaan kesehatan.",
                client="Nadia Putri",
            ),
        ],
        cols=["date", "time", "dur", "desc", "client"],
    )
    d.signature(["Petugas,", "", "Yogi Permana, S.Tr.Sos."])
    docs.append(d)

    d = Doc(
        "dl02_daily_log_eastside",
        "pdf",
        "en",
        "daily_log",
        notes="5-col table, 'Month D, YYYY', blank date cells, '45 min'/'2 hours'/'1 hour', row 3 duration '-', last row client '-'",
    )
    d.title("DAILY ACTIVITY LOG")
    d.kv(
        [
            ("Worker", T("Michael Tran"), "worker_name"),
            ("Agency", T("Eastside Family Support Service"), "agency_name"),
            ("Week beginning", T("6 May 2024"), None),
        ],
        sep=": ",
    )
    d.log_table(
        ["Date", "Time", "Duration", "Activity / Notes", "Client"],
        [
            dict(
                date=D("2024-05-06", "us"),
                time="09:15",
                dur=Integer("45 min", 45),
                desc="Phone check-in about school attendance; mother reports two absences this week.",
                client="Kayla Brooks",
            ),
            dict(
                date=None,
                time="11:00",
                dur=Integer("2 hours", 120),
                desc="Home visit with the family to review the safety plan and household routines.",
                client="Kayla Brooks",
            ),
            dict(
                date=None,
                time="15:30",
                dur=P("-"),
                desc="Case discussed with supervisor at the team review meeting.",
                client="Kayla Brooks",
            ),
            dict(
                date=D("2024-05-07", "us"),
                time="10:00",
                dur=Integer("1 hour", 60),
                desc="Accompanied client to the housing office to submit a tenancy application.",
                client="Omar Sadiq",
            ),
            dict(
                date=None,
                time="14:00",
                dur=Integer("30 min", 30),
                desc="Wrote up case notes and updated referral records.",
                client="-",
            ),
        ],
        cols=["date", "time", "dur", "desc", "client"],
    )
    docs.append(d)

    d = Doc(
        "dl03_catatan_harian_rpsa_paragraf",
        "pdf",
        "id",
        "daily_log",
        notes="dated paragraphs (weekday date lines, 'Pukul 09.00 – durasi 1 jam – Klien: ...'); one entry without client",
    )
    d.title("CATATAN HARIAN")
    d.kv(
        [
            ("Nama Pekerja Sosial", T("Ibu Maryati"), "worker_name"),
            ("Lembaga", T("Rumah Perlindungan Sosial Anak Pelangi"), "agency_name"),
        ],
        style="aligned",
    )
    d.log_paras(
        [
            (
                D("2024-04-08", "idw"),
                [
                    (
                        "09.00",
                        Integer("1 jam", 60),
                        "Sdr. Yoga Pratama",
                        "Wawancara lanjutan mengenai rencana klien kembali ke rumah pamannya. Klien masih ragu karena khawatir tidak diterima keluarga.",
                    ),
                    (
                        "13.00",
                        Integer("30 menit", 30),
                        None,
                        "Rapat koordinasi mingguan dengan pengurus lembaga membahas jadwal kegiatan anak.",
                    ),
                ],
            ),
            (
                D("2024-04-09", "idw"),
                [
                    (
                        "10.30",
                        Integer("45 menit", 45),
                        "Sdr. Yoga Pratama",
                        "Mendampingi klien menelepon pamannya untuk pertama kali setelah enam bulan.",
                    ),
                    (
                        "15.00",
                        Integer("1 jam", 60),
                        "Adik Salsabila",
                        "Bermain terapeutik dengan menggambar; anak mulai mau menyebut nama adiknya.",
                    ),
                ],
            ),
        ]
    )
    docs.append(d)

    d = Doc(
        "dl04_catatan_harian_balai_scan",
        "scan",
        "id",
        "daily_log",
        notes="scanned; 5-col table 'Hari/Tanggal|Pukul|Durasi|Uraian Kegiatan|Nama Klien', 'D Bulan YYYY', blank date cells",
    )
    d.letterhead(
        [
            "PEMERINTAH PROVINSI NUSA WANGI",
            "BALAI REHABILITASI SOSIAL BINA KARYA",
            "Jl. Lingkar Selatan No. 88, Kabupaten Wanasari",
        ]
    )
    d.title("CATATAN HARIAN PETUGAS")
    d.kv(
        [
            ("Petugas", T("Lukman Hakim, S.Sos."), "worker_name"),
            ("Instansi", T("Balai Rehabilitasi Sosial Bina Karya"), "agency_name"),
        ]
    )
    d.log_table(
        ["Hari/Tanggal", "Pukul", "Durasi", "Uraian Kegiatan", "Nama Klien"],
        [
            dict(
                date=D("2024-06-10", "id"),
                time="08.00",
                dur=Integer("1 jam", 60),
                desc="Bimbingan mental dan pengenalan tata tertib balai bagi penerima manfaat baru.",
                client="Sdr. Jamal",
            ),
            dict(
                date=None,
                time="10.30",
                dur=Integer("30 menit", 30),
                desc="Wawancara asesmen awal tentang riwayat pekerjaan dan keluarga.",
                client="Sdr. Jamal",
            ),
            dict(
                date=D("2024-06-11", "id"),
                time="09.00",
                dur=Integer("2 jam", 120),
                desc="Mendampingi pelatihan pertukangan kayu dan mencatat perkembangan keterampilan.",
                client="Bpk. Rohmat",
            ),
            dict(
                date=None,
                time="13.00",
                dur=Integer("45 menit", 45),
                desc="Konseling individu terkait keinginan kembali ke kampung halaman.",
                client="Bpk. Rohmat",
            ),
        ],
        cols=["date", "time", "dur", "desc", "client"],
    )
    docs.append(d)

    # ------------------------------------------------------------ agency records
    d = Doc(
        "ar01_data_lembaga_lksa_darulhikmah",
        "docx",
        "id",
        "agency_record",
        notes="Word Heading 1 roman-numbered; aligned label table; 'Kabupaten' -> district, 'Panti (institusional)'; no special limits / admin staff",
    )
    d.title("BUKU CATATAN DATA LEMBAGA")
    d.kv(
        [
            ("Nama Lembaga", T("LKSA Darul Hikmah"), "agency_name"),
            (
                "Alamat",
                T(
                    "Jl. Masjid Agung No. 21, Desa Cibodas, Kecamatan Lembangsari, Kabupaten Sukamaju"
                ),
                "address",
            ),
            ("Tanggal Berdiri", D("1998-07-14", "id"), "founding_date"),
            ("Wilayah Pelayanan", E("Kabupaten", "district"), "service_authority"),
            ("Sifat Lembaga", E("Panti (institusional)", "institutional"), "agency_nature"),
        ],
        style="aligned",
    )
    d.section(
        "I. Program Kerja",
        [
            "Pengasuhan anak yatim dan anak dari keluarga miskin dalam asrama, pendidikan agama, dan bimbingan belajar. Lembaga juga menjalankan program penguatan keluarga agar anak dapat kembali diasuh keluarganya."
        ],
        "work_program",
        "h1",
    )
    d.section(
        "II. Prosedur dan Persyaratan Pelayanan",
        [
            "Calon anak asuh diajukan oleh keluarga atau pemerintah desa dengan melampirkan surat keterangan tidak mampu, kartu keluarga dan akta kelahiran. Pekerja sosial melakukan asesmen dan kunjungan rumah sebelum anak diterima."
        ],
        "service_procedures",
        "h1",
    )
    d.section(
        "III. Struktur Organisasi",
        [
            "Lembaga dipimpin oleh ketua yayasan yang membawahi kepala LKSA. Kepala LKSA dibantu bagian pengasuhan, bagian pendidikan, bagian keuangan, dan pekerja sosial."
        ],
        "organizational_structure",
        "h1",
    )
    d.section(
        "IV. Sumber Dana",
        [
            "Donatur tetap, zakat dan infak masyarakat, serta bantuan program dari Kementerian Sosial dan Pemerintah Kabupaten Sukamaju."
        ],
        "funding_sources",
        "h1",
    )
    d.section(
        "V. Dasar Hukum",
        [
            "Akta Notaris Nomor 12 Tahun 1998 dan tanda daftar lembaga kesejahteraan sosial dari Dinas Sosial Kabupaten Sukamaju."
        ],
        "legal_basis",
        "h1",
    )
    d.section(
        "VI. Kebijakan Lembaga",
        [
            "Lembaga mengutamakan pengasuhan berbasis keluarga; pengasuhan dalam asrama merupakan pilihan terakhir dan ditinjau setiap enam bulan."
        ],
        "policies",
        "h1",
    )
    d.section(
        "VII. Proses Pelayanan",
        [
            "Pelayanan dimulai dari penerimaan rujukan, asesmen, penyusunan rencana pengasuhan, pelaksanaan, evaluasi, hingga reunifikasi atau terminasi."
        ],
        "service_process",
        "h1",
    )
    d.section(
        "VIII. Pencatatan dan Pelaporan",
        [
            "Setiap anak memiliki berkas kasus yang diperbarui bulanan. Laporan perkembangan dikirim ke Dinas Sosial setiap triwulan."
        ],
        "recording_and_reporting",
        "h1",
    )
    d.section(
        "IX. Bidang Fungsional",
        ["Bidang pengasuhan, bidang pendidikan dan keagamaan, serta bidang penguatan keluarga."],
        "functional_areas",
        "h1",
    )
    d.section(
        "X. Tenaga Profesional",
        ["Dua pekerja sosial bersertifikat dan satu psikolog mitra yang datang dua kali sebulan."],
        "professional_staff",
        "h1",
    )
    docs.append(d)

    d = Doc(
        "ar02_agency_profile_coastal_women",
        "pdf",
        "en",
        "agency_record",
        notes="2-col grid header table; 'Provincial' -> province; 'Non-institutional (community-based)'; Legal Basis = 'N/A'; H1-style headings",
    )
    d.title("AGENCY PROFILE")
    d.kv(
        [
            ("Agency name", T("Coastal Women's Resource Centre"), "agency_name"),
            ("Address", T("Level 1, 18 Harbour Road, Port Ellery"), "address"),
            ("Date established", D("2011-03-08", "us"), "founding_date"),
            ("Service coverage", E("Provincial", "province"), "service_authority"),
            (
                "Type of service",
                E("Non-institutional (community-based)", "non_institutional"),
                "agency_nature",
            ),
        ],
        style="table",
    )
    d.section(
        "Work Programme",
        [
            "Crisis support for women experiencing domestic violence, legal information clinics, and a peer-support network in six coastal towns."
        ],
        "work_program",
        "h1",
    )
    d.section(
        "Service Procedures and Eligibility",
        [
            "Women aged 18 and over living in the province may self-refer by phone or walk-in, or be referred by police and health services. An intake worker completes a risk screening at first contact."
        ],
        "service_procedures",
        "h1",
    )
    d.section(
        "Organisational Structure",
        [
            "A volunteer board of seven appoints the director, who manages the casework team, the outreach coordinator and the finance officer."
        ],
        "organizational_structure",
        "h1",
    )
    d.section(
        "Funding Sources",
        [
            "Provincial Department of Social Development grant, two charitable foundations, and local fundraising."
        ],
        "funding_sources",
        "h1",
    )
    d.section("Legal Basis", ["N/A"], "legal_basis", "h1")
    d.section(
        "Policies",
        ["Services are free, voluntary and confidential except where a child is at risk of harm."],
        "policies",
        "h1",
    )
    d.section(
        "Service Process",
        [
            "Intake and risk screening, safety planning, casework support, referral to legal and housing partners, and review at three months."
        ],
        "service_process",
        "h1",
    )
    d.section(
        "Recording and Reporting",
        [
            "Case notes are kept in an encrypted database. Anonymised quarterly statistics are reported to the funder."
        ],
        "recording_and_reporting",
        "h1",
    )
    d.section(
        "Functional Areas",
        ["Crisis response, casework, community outreach, and training for partner agencies."],
        "functional_areas",
        "h1",
    )
    d.section(
        "Special Limitations",
        [
            "The centre does not provide overnight accommodation and does not work with perpetrators."
        ],
        "special_limits",
        "h1",
    )
    d.section(
        "Professional Staff",
        ["Four qualified social workers and one part-time counsellor."],
        "professional_staff",
        "h1",
    )
    d.section(
        "Administrative Staff", ["One finance officer and one receptionist."], "admin_staff", "h1"
    )
    docs.append(d)

    # ------------------------------------------------------------ non-case documents
    d = Doc(
        "un01_sertifikat_pelatihan",
        "pdf",
        "id",
        "unknown",
        notes="training certificate (not a case note)",
    )
    d.letterhead(
        [
            "PUSAT PENDIDIKAN DAN PELATIHAN PEKERJA SOSIAL NUSA WANGI",
            "Jl. Pendidikan No. 2, Kota Tirtamaya",
        ]
    )
    d.title("SERTIFIKAT", "Nomor: 045/PUSDIKLAT-PS/V/2024")
    d.para("Diberikan kepada", align="center")
    d.para("Rina Kusumastuti, S.Tr.Sos.", bold=True, align="center")
    d.para(
        "sebagai PESERTA dalam Pelatihan Manajemen Kasus Perlindungan Anak yang diselenggarakan pada tanggal 13 s.d. 17 Mei 2024 di Kota Tirtamaya dengan jumlah 40 jam pelajaran.",
        align="center",
    )
    d.signature(
        [
            "Tirtamaya, 17 Mei 2024",
            "Kepala Pusat Pendidikan dan Pelatihan,",
            "",
            "",
            "Dr. Hartono Wibisono, M.Si.",
        ]
    )
    docs.append(d)

    d = Doc(
        "un02_invitation_letter",
        "docx",
        "en",
        "unknown",
        notes="invitation letter (not a case note)",
    )
    d.letterhead(
        ["Harbor Light Family Services", "14 Quay Street, Port Ellery · Tel. 0412 330 918"]
    )
    d.para("18 June 2024")
    d.para("Ms. Priya Nair\nBridgeway Children's Trust\n22 Orchard Row, Millbury")
    d.para("Dear Ms. Nair,")
    d.para("Re: Regional practice forum on family support", bold=True)
    d.para(
        "We are pleased to invite you to our regional practice forum on Thursday, 11 July 2024, from 9:30 to 15:00 at the Port Ellery Community Hall. The forum will bring together practitioners from statutory and voluntary agencies to share experience of working with families under financial stress.",
        align="justify",
    )
    d.para(
        "Please confirm your attendance by 1 July 2024 by replying to this letter or calling our office. Lunch will be provided.",
        align="justify",
    )
    d.signature(["Yours sincerely,", "", "", "Margaret Ellison", "Director"], align="left")
    docs.append(d)
    return docs


if __name__ == "__main__":
    main()
