#!/usr/bin/env python3
"""A third corpus: 16 documents in the style of a provincial social service
office's forms and an international NGO's files, with their gold JSON.

Written by someone who saw only the output contract. Its first score showed
where casenotes' rules were too narrow (section prefixes such as "BAGIAN III –",
numbered form tables, form-style headings), and those were fixed, so it is a
regression guard now, not an unseen test. Writes notes/ and gold/ beside this
file (or under $OUT). Rendered files and gold derive from the same data.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = os.environ.get("OUT", os.path.dirname(os.path.abspath(__file__)))
NOTES = os.path.join(OUT, "notes")
GOLD = os.path.join(OUT, "gold")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

PLACEHOLDERS = {"", "-", "....", "N/A", "belum diisi", "…"}

# --------------------------------------------------------------------------- dates
ID_MONTHS = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
]
EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


def month_no(s):
    s = s.lower().rstrip(".")
    for tbl in (ID_MONTHS, EN_MONTHS):
        for i, m in enumerate(tbl):
            if m == s or (len(s) >= 3 and m.startswith(s)):
                return i + 1
    if s == "agt":
        return 8
    raise ValueError(s)


def iso(s):
    t = re.sub(r"^[A-Za-z]+,\s*", "", s.strip())  # weekday prefix
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", t)
    if m:
        d, mo, y = map(int, m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}"
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{4})", t)
    if m:
        return f"{int(m.group(3)):04d}-{month_no(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(r"([A-Za-z]+\.?)\s+(\d{1,2}),\s*(\d{4})", t)
    if m:
        return f"{int(m.group(3)):04d}-{month_no(m.group(1)):02d}-{int(m.group(2)):02d}"
    raise ValueError("cannot parse date: " + s)


# --------------------------------------------------------------------------- schema levels
SCHEMA = {
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
ENTRY_REQ = ["date", "time", "duration_minutes", "description"]
ENTRY_REC = ["client_name"]


def missing_lists(rtype, fields):
    if rtype == "unknown":
        return [], []
    req, rec = (list(x) for x in SCHEMA[rtype])
    if rtype == "case_record" and (
        fields.get("case_status") == "closed" or "date_closed" in fields
    ):
        req += ["date_closed", "interventions", "evaluation", "termination"]
        rec = [r for r in rec if r not in req]
    mreq = [f for f in req if f not in fields]
    mrec = [f for f in rec if f not in fields]
    if rtype == "daily_log":
        for i, e in enumerate(fields.get("entries", [])):
            mreq += [f"entries[{i}].{k}" for k in ENTRY_REQ if k not in e]
            mrec += [f"entries[{i}].{k}" for k in ENTRY_REC if k not in e]
    assert not set(mreq) & set(mrec)
    return mreq, mrec


# --------------------------------------------------------------------------- document model
def is_ph(v):
    return v is None or (isinstance(v, str) and v.strip() in PLACEHOLDERS)


class Doc:
    def __init__(self, stem, fmt, lang, rtype):
        self.stem, self.fmt, self.lang, self.rtype = stem, fmt, lang, rtype
        self.blocks, self.fields = [], {}

    # helpers that both render and set gold
    def setf(self, field, shown, value=None, kind="text"):
        if field is None or is_ph(shown):
            return
        if value is None:
            value = iso(shown) if kind == "date" else shown
        assert field not in self.fields, field
        self.fields[field] = value

    def letterhead(self, lines, agency_line=None):
        self.blocks.append(("lh", lines))
        if agency_line is not None:
            self.setf("agency_name", lines[agency_line])

    def title(self, t):
        self.blocks.append(("title", t))

    def mark(self, t, field="confidentiality"):
        self.blocks.append(("mark", t))
        self.setf(field, t)

    def h(self, t):
        self.blocks.append(("h", t))

    def p(self, t):
        self.blocks.append(("p", t))

    def kv(self, field, label, shown, value=None, kind="text"):
        self.blocks.append(("kv", label, shown))
        self.setf(field, shown, value, kind)

    def form(self, rows, numbered=True, sep=False):
        """Bordered table of fields: rows = (field, label, shown[, value[, kind]])."""
        out = []
        for i, r in enumerate(rows, 1):
            field, label, shown = r[:3]
            value = r[3] if len(r) > 3 else None
            kind = r[4] if len(r) > 4 else "text"
            out.append([f"{i}.", label, shown] if numbered else [label, shown])
            self.setf(field, shown, value, kind)
        self.blocks.append(("table", None, out, "form"))

    def sec(self, field, heading, paras):
        self.h(heading)
        for x in paras:
            self.p(x)
        if paras and not all(is_ph(x) for x in paras):
            self.setf(field, "\n".join(paras))

    def lst(self, field, heading, items, numbered=False):
        self.h(heading)
        self.blocks.append(("ul", items, numbered))
        items = [i for i in items if not is_ph(i)]
        if items:
            self.setf(field, items, items)

    def table(self, header, rows, style="grid"):
        self.blocks.append(("table", header, rows, style))

    def sign(self, lines):
        self.blocks.append(("sign", lines))


# --------------------------------------------------------------------------- renderers
def render_pdf(doc, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        HRFlowable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
        pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
        from reportlab.lib.fonts import addMapping

        addMapping("DV", 0, 0, "DV")
        addMapping("DV", 1, 0, "DVB")
        addMapping("DV", 0, 1, "DVI")
        addMapping("DV", 1, 1, "DVBI")
    body = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    lh = ParagraphStyle("lh", fontName="DVB", fontSize=11, leading=14, alignment=TA_CENTER)
    lhs = ParagraphStyle("lhs", fontName="DV", fontSize=8.5, leading=11, alignment=TA_CENTER)
    ti = ParagraphStyle(
        "t",
        fontName="DVB",
        fontSize=12,
        leading=16,
        alignment=TA_CENTER,
        spaceBefore=6,
        spaceAfter=8,
    )
    hd = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3)
    mk = ParagraphStyle("m", fontName="DVB", fontSize=10, alignment=TA_RIGHT)
    sg = ParagraphStyle("s", fontName="DV", fontSize=9.5, leading=12.5, leftIndent=10 * cm)
    W = A4[0] - 4 * cm
    story = []
    for b in doc.blocks:
        k = b[0]
        if k == "lh":
            lines = b[1]
            for i, ln in enumerate(lines):
                story.append(
                    Paragraph(escape(ln), lhs if i == len(lines) - 1 and len(lines) > 1 else lh)
                )
            story.append(
                HRFlowable(
                    width="100%", thickness=1.5, color=colors.black, spaceBefore=3, spaceAfter=6
                )
            )
        elif k == "title":
            story.append(Paragraph(escape(b[1]), ti))
        elif k == "mark":
            story.append(Paragraph(escape(b[1]), mk))
        elif k == "h":
            story.append(Paragraph(escape(b[1]), hd))
        elif k == "p":
            story.append(Paragraph(escape(b[1]), body))
        elif k == "kv":
            story.append(Paragraph(f"<b>{escape(b[1])}</b> : {escape(b[2])}", body))
        elif k == "ul":
            for i, it in enumerate(b[1], 1):
                mark = f"{i}." if b[2] else "•"
                story.append(Paragraph(escape(it), body, bulletText=mark))
        elif k == "sign":
            story.append(Spacer(1, 10))
            for ln in b[1]:
                story.append(Paragraph(escape(ln), sg))
        elif k == "table":
            header, rows, style = b[1], b[2], b[3]
            data = []
            if header:
                data.append([Paragraph(escape(x), cellb) for x in header])
            for r in rows:
                data.append([Paragraph(escape(x), cell) for x in r])
            n = len(data[0])
            if style == "form":
                widths = [0.8 * cm, 5.2 * cm, W - 6 * cm] if n == 3 else [5.5 * cm, W - 5.5 * cm]
            elif style == "dialog":
                widths = [W * 0.5, W * 0.22, W * 0.28]
            else:
                widths = b[4] if len(b) > 4 else [W / n] * n
            if style == "dllog":
                widths = [0.8 * cm, 2.6 * cm, 1.6 * cm, 1.9 * cm, 3 * cm, W - 9.9 * cm]
            t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
            ts = [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if header:
                ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")))
            t.setStyle(TableStyle(ts))
            story.append(Spacer(1, 3))
            story.append(t)
            story.append(Spacer(1, 5))
    SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=doc.stem,
    ).build(story)


def render_docx(doc, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2)
    for b in doc.blocks:
        k = b[0]
        if k == "lh":
            for i, ln in enumerate(b[1]):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                r.bold = i < len(b[1]) - 1 or len(b[1]) == 1
                r.font.size = Pt(12 if i < len(b[1]) - 1 else 9)
                p.paragraph_format.space_after = Pt(0)
            p = d.add_paragraph("_" * 78)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif k == "mark":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(b[1])
            r.bold = True
        elif k == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.paragraph_format.space_before = Pt(8)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "kv":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            p.add_run("\t: " + b[2])
            p.paragraph_format.space_after = Pt(2)
        elif k == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Number" if b[2] else "List Bullet")
        elif k == "sign":
            for ln in b[1]:
                p = d.add_paragraph(ln)
                p.paragraph_format.left_indent = Cm(10)
                p.paragraph_format.space_after = Pt(0)
        elif k == "table":
            header, rows, style = b[1], b[2], b[3]
            n = len(rows[0])
            t = d.add_table(rows=0, cols=n)
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for c, x in zip(cells, header, strict=False):
                    c.text = ""
                    c.paragraphs[0].add_run(x).bold = True
            for r in rows:
                cells = t.add_row().cells
                for c, x in zip(cells, r, strict=False):
                    c.text = x
            if style == "form" and n == 3:
                for row in t.rows:
                    row.cells[0].width = Cm(1)
                    row.cells[1].width = Cm(5.5)
                    row.cells[2].width = Cm(10)
            d.add_paragraph()
    d.save(path)


def render_scan(doc, path):
    import pypdfium2 as pdfium
    from PIL import Image

    tmp = path + ".tmp.pdf"
    render_pdf(doc, tmp)
    pdf = pdfium.PdfDocument(tmp)
    imgs = []
    for i in range(len(pdf)):
        im = pdf[i].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        im = im.rotate(1.0, resample=Image.BICUBIC, expand=False, fillcolor=255)
        imgs.append(im)
    pdf.close()
    os.remove(tmp)
    imgs[0].save(path, "PDF", resolution=300.0, save_all=True, append_images=imgs[1:])


# --------------------------------------------------------------------------- documents
DOCS = []


def new(stem, fmt, lang, rtype):
    d = Doc(stem, fmt, lang, rtype)
    DOCS.append(d)
    return d


# 1 ---- process_record, ID, DOCX, numbered form fields (complete; case number placeholder)
d = new("dinsos_ntb_catatan_proses_031", "docx", "id", "process_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
        "DINAS SOSIAL PROVINSI NUSA TENGGARA BARAT",
        "Jalan Udayana Nomor 9, Mataram 83122 – Telepon (0370) 631427",
    ],
    agency_line=1,
)
d.title("CATATAN PROSES WAWANCARA")
d.p("Formulir PS-03 / Bidang Rehabilitasi Sosial")
d.kv("client_name", "1. Nama Klien", "Ibu Baiq Nurhasanah")
d.kv("case_number", "2. Nomor Registrasi Kasus", "....")
d.kv("worker_name", "3. Nama Pekerja Sosial", "Lalu Ahmad Fauzi, S.ST.")
d.kv("interview_date", "4. Hari / Tanggal Wawancara", "Rabu, 13 Maret 2024", kind="date")
d.kv("session_number", "5. Pertemuan ke", "2 (dua)", value=2)
d.kv(
    "location", "6. Tempat Wawancara", "Rumah klien, Dusun Karang Bedil, Desa Sesela, Lombok Barat"
)
d.kv(
    "interview_purpose",
    "7. Tujuan",
    "Menggali alasan anak klien berhenti sekolah dan kesediaan klien mengikuti program pendampingan keluarga.",
)
d.sec(
    "introduction",
    "BAGIAN I – PENDAHULUAN",
    [
        "Wawancara ini merupakan pertemuan kedua dengan klien setelah kunjungan awal pada akhir Februari. Klien adalah seorang ibu tunggal berusia 38 tahun yang bekerja sebagai buruh tani harian dan tinggal bersama tiga orang anaknya.",
        "Kunjungan dilakukan atas laporan Kepala Dusun bahwa anak sulung klien, Lalu Rizki (14 tahun), sudah dua bulan tidak masuk sekolah. Pekerja sosial datang sekitar pukul 10.00 dan diterima klien di beranda rumah.",
    ],
)
d.sec(
    "interview_narrative",
    "BAGIAN II – JALANNYA WAWANCARA",
    [
        "Pekerja sosial membuka pembicaraan dengan menanyakan kabar klien dan anak-anaknya. Klien menjawab bahwa keadaan mereka baik, tetapi ia merasa lelah karena musim tanam baru saja dimulai.",
        "Ketika ditanya tentang Rizki, klien terdiam cukup lama (klien memandang ke arah sawah) lalu mengatakan bahwa Rizki malu ke sekolah karena belum membayar iuran seragam dan sering diejek teman-temannya.",
        "Pekerja sosial menanyakan apakah klien pernah menyampaikan hal ini kepada pihak sekolah. Klien mengaku belum pernah karena merasa sungkan dan takut dimarahi wali kelas. Pekerja sosial menjelaskan bahwa sekolah memiliki dana bantuan bagi siswa dari keluarga kurang mampu dan menawarkan diri untuk mendampingi klien bertemu kepala sekolah.",
        "Klien menyatakan bersedia, asalkan pertemuan dilakukan setelah jam kerjanya di sawah. Wawancara diakhiri dengan kesepakatan waktu pertemuan berikutnya.",
    ],
)
d.sec(
    "nonverbal_observations",
    "BAGIAN III – PENGAMATAN NON-VERBAL",
    [
        "Klien duduk bersandar pada tiang beranda dengan tangan terlipat pada awal pertemuan. Suaranya pelan dan ia jarang menatap pekerja sosial ketika membicarakan anaknya.",
        "Menjelang akhir wawancara sikap klien lebih santai; ia tersenyum dan menawarkan kopi kepada pekerja sosial.",
    ],
)
d.sec(
    "worker_reflection",
    "BAGIAN IV – REFLEKSI PEKERJA SOSIAL",
    [
        "Pekerja sosial merasa lega karena klien mulai terbuka, namun juga khawatir bahwa rasa sungkan klien terhadap sekolah akan menghambat penyelesaian masalah. Pekerja sosial perlu berhati-hati agar tidak mengambil alih peran klien sebagai orang tua."
    ],
)
d.sec(
    "conclusion",
    "BAGIAN V – KESIMPULAN",
    [
        "Penyebab utama anak klien berhenti sekolah adalah hambatan biaya seragam dan rasa malu, bukan ketidakmampuan belajar. Klien memiliki motivasi untuk menyekolahkan kembali anaknya apabila didampingi."
    ],
)
d.sec(
    "next_steps",
    "BAGIAN VI – RENCANA TINDAK LANJUT",
    [
        "Mendampingi klien bertemu kepala SMP Negeri 2 Gunungsari pada minggu depan dan mengajukan permohonan bantuan seragam melalui dana BOS."
    ],
)
d.sec(
    "supervisor_comments",
    "Catatan Supervisor",
    [
        "Pertahankan pendekatan yang menguatkan peran ibu. Libatkan Rizki secara langsung pada pertemuan berikutnya."
    ],
)
d.sign(["Mataram, 14 Maret 2024", "Pekerja Sosial,", "", "Lalu Ahmad Fauzi, S.ST."])

# 2 ---- process_record, ID, text PDF, dialogue table (conclusion "belum diisi")
d = new("psbr_sulsel_proses_dialog_077", "pdf", "id", "process_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI SULAWESI SELATAN",
        "UPT PELAYANAN SOSIAL BINA REMAJA MAKASSAR",
        "Jl. Perintis Kemerdekaan Km. 11, Makassar – Telp. (0411) 584 210",
    ],
    agency_line=1,
)
d.title("CATATAN PROSES (PROCESS RECORDING)")
d.form(
    [
        ("client_name", "Nama Klien", "Sdr. Andi Firmansyah"),
        ("case_number", "Nomor Kasus", "077/PSBR/III/2024"),
        ("worker_name", "Pekerja Sosial", "Nurul Hikmah Syam, S.Sos."),
        ("interview_date", "Tanggal Wawancara", "21/03/2024", None, "date"),
        ("location", "Tempat", "Ruang konseling asrama putra"),
        (
            "interview_purpose",
            "Tujuan",
            "Membahas pelanggaran jam malam dan perasaan klien selama tinggal di asrama.",
        ),
    ]
)
d.sec(
    "introduction",
    "Pendahuluan",
    [
        "Klien adalah remaja laki-laki berusia 16 tahun yang sudah empat bulan mengikuti program bimbingan keterampilan otomotif. Dalam dua minggu terakhir klien tiga kali kembali ke asrama melewati jam malam.",
        "Wawancara dilakukan atas permintaan pengasuh asrama dan berlangsung kurang lebih 40 menit.",
    ],
)
dialog = [
    (
        "PS: Selamat siang, Andi. Terima kasih sudah mau datang. Bagaimana kabarmu hari ini?",
        "Saya agak tegang karena khawatir Andi merasa dipanggil untuk dihukum.",
        "Membuka percakapan dengan sapaan hangat untuk membangun rapport.",
    ),
    (
        "K: Biasa saja, Bu. (klien duduk di ujung kursi dan memainkan tali tasnya)",
        "",
        "Jawaban singkat menunjukkan klien masih menjaga jarak.",
    ),
    (
        "PS: Pengasuh bercerita bahwa beberapa malam ini kamu pulang terlambat. Saya ingin mendengar dari sisimu sendiri.",
        "Saya berusaha tidak terdengar menghakimi.",
        "Keterampilan focusing dan ajakan terbuka kepada klien.",
    ),
    (
        "K: Saya ke rumah paman di Daya. Ibu saya sakit, Bu, dan cuma paman yang kasih kabar. (suara klien bergetar)",
        "Saya terkejut; informasi tentang ibunya belum tercatat di berkas.",
        "Ada kecemasan terhadap kondisi keluarga yang belum tertangani.",
    ),
    (
        "PS: Jadi kamu pergi karena ingin tahu keadaan ibumu. Itu wajar sekali. Mengapa tidak minta izin kepada pengasuh?",
        "Saya merasa iba tetapi tetap perlu menegaskan aturan asrama.",
        "Refleksi perasaan diikuti pertanyaan klarifikasi.",
    ),
    (
        "K: Takut tidak diizinkan. Kata teman-teman, izin keluar susah.",
        "",
        "Persepsi klien tentang aturan perlu diluruskan.",
    ),
    (
        "PS: Bagaimana kalau kita bicarakan bersama pengasuh supaya kamu bisa menelepon ibumu setiap minggu?",
        "Saya lega karena klien mengangguk.",
        "Pemecahan masalah bersama klien (problem solving).",
    ),
]
d.table(
    ["Dialog", "Perasaan Pekerja Sosial", "Analisa / Keterampilan"],
    [list(r) for r in dialog],
    "dialog",
)
d.setf("interview_narrative", "\n".join(r[0] for r in dialog))
refl = []
for r in dialog:
    refl += [x for x in r[1:] if x]
d.setf("worker_reflection", "\n".join(refl))
d.sec(
    "nonverbal_observations",
    "Pengamatan Non-Verbal",
    [
        "Sepanjang wawancara klien lebih banyak menunduk dan baru menatap pekerja sosial setelah membicarakan ibunya. Tangan klien terus bergerak memainkan tali tas."
    ],
)
d.sec("conclusion", "Kesimpulan", ["belum diisi"])
d.sec(
    "next_steps",
    "Rencana Berikutnya",
    [
        "Menghubungi paman klien untuk memastikan kondisi ibu klien dan mengatur jadwal telepon mingguan bersama pengasuh asrama."
    ],
)

# 3 ---- process_record, EN, scanned PDF (location absent)
d = new("bridgewell_process_note_s3", "scan", "en", "process_record")
d.letterhead(["BRIDGEWELL INTERNATIONAL", "Kupang Field Office · Jl. Frans Seda 14, Kupang, NTT"])
d.title("PROCESS RECORDING")
d.kv("agency_name", "Organisation", "Bridgewell International")
d.kv("case_number", "Reference #", "BWI-KPG-0419")
d.kv("client_name", "Beneficiary", "Mrs. Agnes Tefa")
d.kv("worker_name", "Caseworker", "Maria Goreti Ndun, BSW")
d.kv("interview_date", "Date of contact", "April 3, 2024", kind="date")
d.kv("session_number", "Session no.", "3", value=3)
d.kv(None, "Duration (mins)", "50")
d.kv(
    "interview_purpose",
    "Purpose",
    "To review the household budget agreed in session 2 and discuss the school fee arrears.",
)
d.sec(
    "introduction",
    "Introduction",
    [
        "Mrs. Tefa is a 41-year-old widow caring for four children and her elderly mother. She joined the cash-for-education project in January after her husband died in a fishing accident.",
        "This third session took place one week after the first cash transfer was received.",
    ],
)
d.sec(
    "interview_narrative",
    "Interview Narrative",
    [
        "I asked Mrs. Tefa how the first transfer had been used. She took out a small notebook and read out each expense: rice, kerosene, two school uniforms and part of the fee arrears for her eldest daughter.",
        "When I asked about the remaining arrears she became quiet, then said the school had warned that her daughter could not sit the end-of-term exam unless the balance was paid. She said, \u201cI do not want to beg again.\u201d",
        "We talked about the difference between begging and using a service she is entitled to. I offered to write a letter to the headmaster explaining her participation in the project. She agreed and asked me to read the letter to her before sending it.",
    ],
)
d.sec(
    "nonverbal_observations",
    "Non-verbal Observations",
    [
        "Mrs. Tefa kept the notebook on her lap throughout and tapped it when she felt sure of a figure. Her eyes filled with tears when she spoke about the exam, and she turned her face toward the window."
    ],
)
d.sec(
    "worker_reflection",
    "Caseworker Reflection",
    [
        "I felt respect for how carefully she tracks every rupiah. I also noticed my own urge to rush to a solution; next time I want to give her more space to propose options herself."
    ],
)
d.sec(
    "conclusion",
    "Conclusion",
    [
        "The household is managing the transfer responsibly. The main outstanding risk is the exam ban, which can likely be resolved through a letter to the school."
    ],
)
d.sec(
    "next_steps",
    "Next Steps",
    [
        "Draft the letter to the headmaster by 5 April and read it with Mrs. Tefa at the next contact."
    ],
)

# 4 ---- case_record, ID, DOCX, bordered form tables, open, complete
d = new("dinsos_jateng_catatan_kasus_045", "docx", "id", "case_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI JAWA TENGAH",
        "DINAS SOSIAL PROVINSI JAWA TENGAH",
        "Jalan Pahlawan Nomor 12 Semarang 50243, Telepon (024) 8311729",
    ],
    agency_line=1,
)
d.mark("RAHASIA")
d.title("CATATAN KASUS")
d.h("BAGIAN I – KETERANGAN UMUM")
d.form(
    [
        ("case_number", "Nomor Kasus", "045/DINSOS-JTG/II/2024"),
        ("client_name", "Nama Klien", "An. Putri Ayu Lestari"),
        ("client_birth_date", "Tanggal Lahir", "02-09-2011", None, "date"),
        ("client_sex", "Jenis Kelamin", "Perempuan"),
        ("client_address", "Alamat", "Kp. Sumurrejo RT 03/RW 05, Kec. Gunungpati, Kota Semarang"),
        ("worker_name", "Pekerja Sosial Penanggung Jawab", "Dimas Aryo Wibisono, S.Sos."),
        ("date_opened", "Tanggal Pembukaan Kasus", "19 Februari 2024", None, "date"),
        ("referral_source", "Sumber Rujukan", "Puskesmas Kecamatan Gunungpati"),
        ("case_status", "Status Kasus", "Terbuka (dalam penanganan)", "open"),
    ]
)
d.sec(
    "client_identity",
    "BAGIAN II – IDENTITAS KLIEN",
    [
        "Klien adalah anak perempuan berusia 12 tahun, duduk di kelas VI SD Negeri Sumurrejo 01. Klien merupakan anak kedua dari tiga bersaudara dan beragama Islam.",
        "Klien digambarkan oleh gurunya sebagai anak yang pendiam, rajin, dan menyukai pelajaran menggambar.",
    ],
)
d.sec(
    "presenting_problem",
    "BAGIAN III – URAIAN PERMASALAHAN",
    [
        "Petugas Puskesmas menemukan memar di lengan dan punggung klien saat pemeriksaan kesehatan sekolah. Klien mengaku sering dipukul oleh ayah tirinya ketika ayah tirinya pulang dalam keadaan mabuk.",
        "Sejak Januari 2024 nilai klien menurun dan klien beberapa kali tidak masuk sekolah tanpa keterangan.",
    ],
)
d.sec(
    "social_environment",
    "BAGIAN IV – KEADAAN KELUARGA DAN LINGKUNGAN SOSIAL",
    [
        "Klien tinggal bersama ibu kandung, ayah tiri, kakak laki-laki (15 tahun) dan adik perempuan (4 tahun) di rumah kontrakan dua kamar. Ibu klien bekerja sebagai buruh pabrik garmen dengan sistem sif, sedangkan ayah tiri bekerja serabutan.",
        "Nenek klien dari pihak ibu tinggal di kampung yang sama dan memiliki hubungan dekat dengan klien. Ketua RT mengetahui adanya pertengkaran di rumah klien tetapi belum pernah melapor.",
    ],
)
d.sec(
    "assessment",
    "BAGIAN V – ANALISA KASUS",
    [
        "Klien mengalami kekerasan fisik berulang dalam keluarga yang dipicu oleh penyalahgunaan alkohol oleh ayah tiri. Ibu klien belum mampu melindungi klien karena ketergantungan ekonomi dan jadwal kerja yang panjang.",
        "Faktor pendukung yang dimiliki klien adalah hubungan baik dengan nenek dan guru kelas, serta kemauan klien untuk bercerita.",
    ],
)
d.sec(
    "intervention_plan",
    "BAGIAN VI – RENCANA TINDAK LANJUT PENANGANAN",
    [
        "1) Menempatkan klien sementara di rumah nenek dengan persetujuan ibu klien.",
        "2) Merujuk klien ke psikolog UPTD PPA Kota Semarang untuk pemulihan trauma.",
        "3) Melakukan konseling keluarga dan merujuk ayah tiri ke layanan rehabilitasi adiksi.",
    ],
)
d.sec(
    "interventions",
    "BAGIAN VII – TINDAKAN YANG TELAH DILAKUKAN",
    [
        "Pada 22 Februari 2024 klien dipindahkan ke rumah nenek. Klien telah mengikuti dua sesi konseling dengan psikolog UPTD PPA."
    ],
)
d.sec(
    "evaluation",
    "BAGIAN VIII – HASIL YANG DICAPAI",
    [
        "Klien kembali masuk sekolah secara teratur dan tidak ditemukan luka baru. Ayah tiri belum bersedia mengikuti rehabilitasi."
    ],
)
d.lst(
    "attachments",
    "BAGIAN IX – LAMPIRAN",
    [
        "Surat rujukan Puskesmas Gunungpati",
        "Keterangan dokter hasil visum",
        "Fotokopi rapor semester ganjil",
        "Fotokopi Kartu Keluarga",
    ],
    numbered=True,
)
d.sign(["Semarang, 4 Maret 2024", "Pekerja Sosial,", "", "Dimas Aryo Wibisono, S.Sos."])

# 5 ---- case_record, ID, text PDF, CLOSED, evaluation "...." (missing required)
d = new("pstw_kaltim_kasus_selesai_012", "pdf", "id", "case_record")
d.letterhead(
    ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS SOSIAL", "Jl. Basuki Rahmat No. 92 Samarinda"]
)
d.mark("RAHASIA")
d.title("CATATAN KASUS LANJUT USIA")
d.kv("agency_name", "Lembaga", "UPTD Panti Sosial Tresna Werdha Nirwana Puri Samarinda")
d.kv("case_number", "1. Nomor Kasus", "PSTW/012/2024")
d.kv("client_name", "2. Nama Klien", "Bpk. Sumarno")
d.kv("client_birth_date", "3. Tanggal Lahir", "17 Agustus 1951", kind="date")
d.kv("client_sex", "4. Jenis Kelamin", "Laki-laki")
d.kv("worker_name", "5. Pekerja Sosial", "Hj. Siti Rahmawati, S.Sos., M.Kesos.")
d.kv("date_opened", "6. Tanggal Kasus Dibuka", "8 Januari 2024", kind="date")
d.kv("case_status", "7. Status Kasus", "Selesai (terminasi)", value="closed")
d.kv("date_closed", "8. Tanggal Penutupan", "28.06.2024", kind="date")
d.sec(
    "client_identity",
    "Identitas Klien",
    [
        "Klien adalah laki-laki lanjut usia, pensiunan juru mudi kapal, beragama Islam dan berasal dari Kabupaten Kutai Kartanegara. Klien masih dapat berjalan dengan bantuan tongkat."
    ],
)
d.sec(
    "presenting_problem",
    "Uraian Permasalahan",
    [
        "Klien ditemukan warga tidur di emperan pasar Segiri selama kurang lebih dua minggu. Klien mengaku diusir dari rumah kontrakan karena tidak mampu membayar sewa setelah uang pensiunnya habis untuk berobat.",
        "Klien juga mengeluh nyeri lutut dan sering lupa meminum obat darah tingginya.",
    ],
)
d.sec(
    "social_environment",
    "Keadaan Keluarga dan Lingkungan",
    [
        "Istri klien telah meninggal pada tahun 2019. Klien memiliki seorang anak laki-laki yang bekerja di Balikpapan namun sudah lima tahun tidak berkomunikasi. Tetangga lama klien di Loa Kulu masih mengenal klien dengan baik."
    ],
)
d.sec(
    "assessment",
    "Analisa Kasus",
    [
        "Klien mengalami keterlantaran akibat kehilangan tempat tinggal dan putusnya dukungan keluarga. Kondisi kesehatan klien memerlukan pemantauan rutin, sementara kemampuan klien mengurus diri sendiri masih cukup baik."
    ],
)
d.sec(
    "intervention_plan",
    "Rencana Tindak Lanjut Penanganan",
    [
        "Memberikan pelayanan dalam panti, memeriksakan kesehatan klien ke Puskesmas, serta menelusuri keberadaan anak klien untuk kemungkinan reunifikasi keluarga."
    ],
)
d.sec(
    "interventions",
    "Pelaksanaan Penanganan",
    [
        "Klien menerima pelayanan asrama, makan dan pemeriksaan tekanan darah mingguan. Pekerja sosial berhasil menghubungi anak klien melalui kantor kelurahan di Balikpapan pada bulan April.",
        "Dua kali pertemuan keluarga dilaksanakan di panti pada bulan Mei dan Juni 2024.",
    ],
)
d.sec("evaluation", "Hasil Yang Dicapai", ["...."])
d.sec(
    "termination",
    "Penutupan Kasus",
    [
        "Kasus ditutup karena klien dijemput dan tinggal bersama anaknya di Balikpapan. Pemantauan lanjutan diserahkan kepada Dinas Sosial Kota Balikpapan."
    ],
)
d.lst(
    "attachments",
    "Lampiran",
    [
        "Surat keterangan terlantar dari Kelurahan Sidodadi",
        "Keterangan dokter Puskesmas Segiri",
        "Berita acara penyerahan klien kepada keluarga",
    ],
)

# 6 ---- case_record, EN, text PDF, open; Household Situation N/A (missing required)
d = new("tidewater_case_file_0112", "pdf", "en", "case_record")
d.letterhead(["TIDEWATER RELIEF ALLIANCE", "Sulawesi Programme – Palu Sub-office"])
d.mark("CONFIDENTIAL")
d.title("Case File")
d.kv("agency_name", "Organisation", "Tidewater Relief Alliance")
d.kv("case_number", "Reference #", "TRA-SUL-2024-0112")
d.kv("client_name", "Beneficiary", "Mrs. Hasna Daeng Caya")
d.kv("client_birth_date", "Date of birth", "11 July 1989", kind="date")
d.kv("client_sex", "Sex", "Female")
d.kv("client_address", "Address", "Temporary shelter block C, Desa Lero, Sindue, Donggala")
d.kv("worker_name", "Caseworker", "Rebecca Otieno, MSW")
d.kv("date_opened", "Case opened", "14/02/2024", kind="date")
d.kv("referral_source", "Referred by", "Village midwife, Desa Lero health post")
d.kv("case_status", "Case status", "Open", value="open")
d.sec(
    "client_identity",
    "Beneficiary Profile",
    [
        "Mrs. Hasna is a 34-year-old woman who lost her house in the 2018 liquefaction and has lived in temporary shelters since. She completed junior high school and previously sold dried fish at the Donggala market.",
        "She is currently seven months pregnant with her third child.",
    ],
)
d.sec(
    "presenting_problem",
    "Presenting Concern",
    [
        "The midwife reported that Mrs. Hasna has missed two antenatal appointments and appears withdrawn. Mrs. Hasna told the caseworker she cannot afford transport to the health post and feels she has \u201cno one to help with the children\u201d."
    ],
)
d.sec("social_environment", "Household Situation", ["N/A"])
d.sec(
    "assessment",
    "Needs Assessment",
    [
        "Priority needs are safe access to antenatal care, basic income support and emotional support. Screening with the PHQ-9 suggests moderate depressive symptoms, which should be monitored closely.",
        "Strengths: she is motivated to keep her children in school and has a good relationship with the midwife.",
    ],
)
d.sec(
    "intervention_plan",
    "Action Plan",
    [
        "Provide transport vouchers for antenatal visits until delivery.",
        "Enrol Mrs. Hasna in the multipurpose cash assistance cycle starting March 2024.",
        "Refer to the programme counsellor for weekly psychosocial support sessions.",
    ],
)
d.sec(
    "interventions",
    "Activities Completed",
    [
        "Transport vouchers issued on 16 February 2024; first counselling session held on 21 February 2024."
    ],
)
d.sec(
    "evaluation",
    "Progress Review",
    [
        "Mrs. Hasna attended her antenatal check on 28 February. She reports sleeping better but still feels isolated in the shelter."
    ],
)

# 7 ---- case_record, ID, scanned PDF, open, complete (no referral, evaluation, attachments)
d = new("dinsos_bali_kasus_scan_031", "scan", "id", "case_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI BALI",
        "DINAS SOSIAL PROVINSI BALI",
        "Jl. Raya Puputan Niti Mandala, Denpasar – Telp. (0361) 222 786",
    ],
    agency_line=1,
)
d.mark("RAHASIA")
d.title("CATATAN KASUS")
d.h("BAGIAN I – KETERANGAN UMUM")
d.form(
    [
        ("case_number", "No. Register Kasus", "031/RESOS/IV/2024"),
        ("client_name", "Nama Klien", "Ni Kadek Sri Astuti"),
        ("client_sex", "Jenis Kelamin", "Perempuan"),
        ("client_address", "Alamat", "Banjar Dinas Kaja, Desa Pejeng, Tampaksiring, Gianyar"),
        ("worker_name", "Pekerja Sosial", "I Gede Putu Arsana, S.Tr.Sos."),
        ("date_opened", "Tanggal Registrasi", "2 April 2024", None, "date"),
        ("case_status", "Status", "Aktif", "open"),
    ]
)
d.sec(
    "client_identity",
    "BAGIAN II – IDENTITAS KLIEN",
    [
        "Klien adalah perempuan berusia 27 tahun dengan disabilitas fisik (amputasi kaki kiri di bawah lutut) akibat kecelakaan lalu lintas pada tahun 2022. Klien lulusan SMK jurusan tata busana dan belum menikah."
    ],
)
d.sec(
    "presenting_problem",
    "BAGIAN III – URAIAN PERMASALAHAN",
    [
        "Klien kehilangan pekerjaan sebagai penjahit di sebuah usaha konveksi karena tidak dapat lagi bekerja berdiri dan mengoperasikan mesin jahit kaki. Sejak itu klien jarang keluar rumah dan menolak mengikuti kegiatan banjar."
    ],
)
d.sec(
    "social_environment",
    "BAGIAN IV – KEADAAN KELUARGA DAN LINGKUNGAN SOSIAL",
    [
        "Klien tinggal bersama kedua orang tua yang bekerja sebagai perajin ukiran kayu. Keluarga cukup mendukung tetapi cenderung melindungi berlebihan. Kelian banjar bersedia membantu mencarikan tempat usaha di dekat pasar desa."
    ],
)
d.sec(
    "assessment",
    "BAGIAN V – ANALISA KASUS",
    [
        "Permasalahan utama klien adalah hilangnya sumber penghasilan dan menurunnya kepercayaan diri pasca-disabilitas. Klien masih memiliki keterampilan menjahit yang dapat dikembangkan dengan alat bantu yang sesuai."
    ],
)
d.sec(
    "intervention_plan",
    "BAGIAN VI – RENCANA TINDAK LANJUT PENANGANAN",
    [
        "Mengusulkan bantuan kaki palsu melalui program ATENSI, memberikan bantuan mesin jahit listrik, dan mengikutsertakan klien dalam kelompok usaha bersama penyandang disabilitas di Gianyar."
    ],
)
d.sec(
    "interventions",
    "BAGIAN VII – TINDAKAN YANG TELAH DILAKUKAN",
    ["Pengukuran kaki palsu telah dilakukan oleh tim ortotik prostetik pada 18 April 2024."],
)

# 8 ---- summarized_process_record, ID, DOCX, several dates, complete
d = new("dinsos_sumbar_proses_ringkas_019", "docx", "id", "summarized_process_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI SUMATERA BARAT",
        "DINAS SOSIAL PROVINSI SUMATERA BARAT",
        "Jl. Prof. Dr. Hamka No. 110 Padang – Telp. (0751) 7051 234",
    ],
    agency_line=1,
)
d.title("CATATAN PROSES RINGKAS")
d.form(
    [
        ("case_number", "Nomor Kasus", "019/PRS-SB/2024"),
        ("client_name", "Nama Klien", "Sdri. Rahmi Yuliani"),
        ("worker_name", "Pekerja Sosial", "Fadhil Rahman, S.Kesos."),
        (
            "interview_dates",
            "Tanggal Wawancara",
            "04/04/2024, 11/04/2024 dan 18/04/2024",
            ["2024-04-04", "2024-04-11", "2024-04-18"],
        ),
        ("location", "Tempat", "Kantor Dinas Sosial dan rumah kos klien di Kelurahan Jati"),
    ]
)
d.sec(
    "introduction",
    "Pendahuluan",
    [
        "Klien adalah mahasiswi semester empat berusia 20 tahun yang dirujuk oleh bagian kemahasiswaan kampus karena diketahui menjadi korban penipuan pinjaman daring dan mendapat ancaman penyebaran data pribadi."
    ],
)
d.sec(
    "summary",
    "Uraian Permasalahan dan Jalannya Pertemuan",
    [
        "Pada pertemuan pertama klien menceritakan bahwa ia meminjam uang melalui aplikasi tidak berizin untuk membayar biaya praktikum. Dalam tiga bulan utangnya berlipat dan penagih mulai menghubungi teman-teman serta dosennya.",
        "Pada pertemuan kedua pekerja sosial bersama klien menyusun daftar seluruh pinjaman dan bukti ancaman. Klien menyampaikan bahwa ia belum berani memberi tahu orang tuanya di Bukittinggi.",
        "Pada pertemuan ketiga klien menyatakan sudah menelepon ibunya dan merasa lebih tenang. Klien bersedia melaporkan kasusnya ke kepolisian dengan pendampingan.",
    ],
)
d.sec(
    "conclusion",
    "Kesimpulan",
    [
        "Klien mengalami tekanan psikologis berat akibat jeratan pinjaman daring ilegal, tetapi kini memiliki dukungan keluarga dan kesiapan untuk menempuh jalur hukum."
    ],
)
d.sec(
    "next_steps",
    "Rencana Tindak Lanjut",
    [
        "Mendampingi klien membuat laporan ke Direktorat Reserse Siber Polda Sumbar dan merujuk klien ke layanan konseling kampus."
    ],
)

# 9 ---- summarized_process_record, EN, text PDF, Caseworker "-" (missing required)
d = new("bridgewell_summary_sessions_may", "pdf", "en", "summarized_process_record")
d.letterhead(["BRIDGEWELL INTERNATIONAL", "Kupang Field Office · Jl. Frans Seda 14, Kupang, NTT"])
d.title("Summarised Process Record")
d.kv("agency_name", "Organisation", "Bridgewell International")
d.kv("case_number", "Reference #", "BWI-KPG-0455")
d.kv("client_name", "Beneficiary", "Mr. Yohanes Bria")
d.kv("worker_name", "Caseworker", "-")
d.kv(
    "interview_dates",
    "Dates of contact",
    "2 May 2024 and May 9, 2024",
    value=["2024-05-02", "2024-05-09"],
)
d.kv("location", "Location", "Beneficiary's home, Oesapa Barat")
d.sec(
    "summary",
    "Summary of Sessions",
    [
        "During the first visit Mr. Bria explained that his small kiosk had been closed since his stroke in March. He can walk short distances but cannot lift stock, and his wife now carries the household income alone.",
        "At the second visit he said he had started physiotherapy exercises shown by the health post nurse. He asked whether the project could support his son to reopen the kiosk, and he and his wife discussed which goods sold best before the stroke.",
    ],
)
d.sec(
    "conclusion",
    "Conclusion",
    [
        "The family is coping but income has fallen by more than half. Mr. Bria is motivated and the son is willing to help run the kiosk after school hours."
    ],
)

# 10 ---- summarized_record, ID, text PDF, period on one line, complete
d = new("dinsos_sultra_catatan_ringkas_088", "pdf", "id", "summarized_record")
d.letterhead(
    [
        "PEMERINTAH PROVINSI SULAWESI TENGGARA",
        "DINAS SOSIAL PROVINSI SULAWESI TENGGARA",
        "Jl. Drs. H. Abdullah Silondae No. 8, Kendari",
    ],
    agency_line=1,
)
d.title("CATATAN RINGKAS PENANGANAN KASUS")
d.kv("case_number", "Nomor Kasus", "088/LINJAMSOS/2024")
d.kv("client_name", "Nama Klien", "Keluarga Bapak La Ode Hamiru")
d.kv("worker_name", "Pekerja Sosial", "Wa Ode Nurmala Sari, S.Sos.")
d.kv(None, "Periode", "Januari s.d. April 2024")
d.setf("period_start", "x", "2024-01-01")
d.setf("period_end", "x", "2024-04-30")
d.lst(
    "reports_summarized",
    "Laporan yang Diringkas",
    [
        "Catatan Proses kunjungan rumah tanggal 9 Januari 2024",
        "Catatan Proses pertemuan keluarga tanggal 6 Februari 2024",
        "Laporan asesmen kebutuhan tanggal 20 Februari 2024",
        "Catatan Proses Ringkas bulan Maret 2024",
    ],
    numbered=True,
)
d.sec(
    "case_summary",
    "Ringkasan Kasus",
    [
        "Keluarga klien kehilangan rumah akibat banjir bandang di Kecamatan Wawonii pada akhir Desember 2023. Sejak itu keluarga yang terdiri dari enam orang menumpang di rumah kerabat dan dua anak usia sekolah terpaksa pindah sekolah.",
        "Selama empat bulan pendampingan, keluarga menerima bantuan jaminan hidup, perlengkapan sekolah, dan pendampingan untuk pengurusan kembali dokumen kependudukan yang hilang. Kepala keluarga mulai kembali bekerja sebagai nelayan dengan perahu pinjaman.",
    ],
)
d.sec(
    "current_situation",
    "Situasi Saat Ini",
    [
        "Dokumen kependudukan keluarga telah diterbitkan ulang. Keluarga masih tinggal di rumah kerabat dan menunggu verifikasi bantuan stimulan perbaikan rumah."
    ],
)
d.sec(
    "plan",
    "Rencana",
    [
        "Mengawal proses verifikasi bantuan rumah dan menghubungkan istri klien dengan program usaha ekonomi produktif."
    ],
)

# 11 ---- summarized_record, EN, DOCX, Reference # N/A (missing required)
d = new("tidewater_summary_record_feb_may", "docx", "en", "summarized_record")
d.letterhead(["TIDEWATER RELIEF ALLIANCE", "Sulawesi Programme – Palu Sub-office"])
d.title("Summary Record")
d.form(
    [
        ("agency_name", "Organisation", "Tidewater Relief Alliance"),
        ("case_number", "Reference #", "N/A"),
        ("client_name", "Beneficiary", "Master Rafi Lasimpo"),
        ("worker_name", "Caseworker", "Daniel Kaluge"),
    ],
    numbered=False,
)
d.kv(None, "Period covered", "1 Feb – 31 May 2024")
d.setf("period_start", "x", "2024-02-01")
d.setf("period_end", "x", "2024-05-31")
d.lst(
    "reports_summarized",
    "Reports Summarised",
    [
        "Intake interview, 1 February 2024",
        "Home visit report, 27 February 2024",
        "School liaison note, 18 March 2024",
        "Progress review meeting, 29 May 2024",
    ],
)
d.sec(
    "case_summary",
    "Case Summary",
    [
        "Rafi, aged 11, was referred by his teacher after repeated absences and signs of hunger in class. The intake found that his father had migrated to Kalimantan for work and sent money irregularly, while his mother cared for a newborn.",
        "Over four months the family received food vouchers, Rafi was enrolled in the school feeding scheme and his mother joined a women's savings group. Attendance rose from 55% in February to 92% in May.",
    ],
)
d.sec(
    "current_situation",
    "Current Situation",
    [
        "The father now sends a fixed monthly transfer. Rafi attends school regularly and his teacher reports improved concentration."
    ],
)
d.sec(
    "plan",
    "Forward Plan",
    [
        "Phase out food vouchers in June and hold a final review with the family before the school holidays."
    ],
)

# 12 ---- daily_log, ID, DOCX table (blank date, missing duration, no client)
d = new("dinsos_ntt_catatan_harian_mei", "docx", "id", "daily_log")
d.letterhead(
    [
        "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "DINAS SOSIAL PROVINSI NUSA TENGGARA TIMUR",
        "Jl. Polisi Militer No. 2, Kupang – Telp. (0380) 833 091",
    ],
    agency_line=1,
)
d.title("CATATAN HARIAN PEKERJA SOSIAL")
d.kv("worker_name", "Nama Pekerja Sosial", "Yohana Maria Bere, S.Tr.Sos.")
d.kv(None, "Wilayah Tugas", "Kabupaten Belu")
rows = [
    (
        "1",
        "Senin, 6 Mei 2024",
        "08.30 WIB",
        "45 menit",
        "Ibu Martha Seran",
        "Kunjungan rumah untuk memantau kondisi klien pasca-persalinan. Klien sudah dapat menyusui dan meminta informasi tentang pendaftaran akta kelahiran bayinya.",
    ),
    (
        "2",
        "",
        "13.15 WIB",
        "1 jam 15 menit",
        "Sdr. Kornelis Nahak",
        "Mendampingi klien ke Kantor Dukcapil Atambua untuk perekaman KTP elektronik. Antrean panjang sehingga perekaman baru selesai menjelang sore.",
    ),
    (
        "3",
        "07/05/2024",
        "10.00 WIB",
        "-",
        "Bpk. Frans Luan",
        "Wawancara lanjutan mengenai rencana usaha ternak babi. Klien sudah menyiapkan kandang sederhana di belakang rumah.",
    ),
    (
        "4",
        "08/05/2024",
        "14.00 WIB",
        "1,5 jam",
        "-",
        "Rapat koordinasi dengan TKSK dan pendamping PKH se-Kecamatan Atambua Selatan membahas data penerima bantuan yang belum tersalurkan.",
    ),
    (
        "5",
        "Kamis, 9 Mei 2024",
        "09.45 WIB",
        "30 menit",
        "Ibu Martha Seran",
        "Menyerahkan formulir permohonan akta kelahiran yang telah dilengkapi dan menjelaskan jadwal pengambilan di kantor desa.",
    ),
]
d.table(
    ["No", "Hari/Tanggal", "Pukul", "Lama", "Nama Klien", "Uraian Kegiatan"],
    [list(r) for r in rows],
    "grid",
)
times = ["08:30", "13:15", "10:00", "14:00", "09:45"]
durs = [45, 75, None, 90, 30]
entries, last = [], None
for r, t, du in zip(rows, times, durs, strict=False):
    date = iso(r[1]) if r[1] else last
    last = date
    e = {"date": date, "time": t}
    if du is not None:
        e["duration_minutes"] = du
    e["description"] = r[5]
    if not is_ph(r[4]):
        e["client_name"] = r[4]
    entries.append(e)
d.setf("entries", "x", entries)
d.sign(["Atambua, 10 Mei 2024", "Yohana Maria Bere, S.Tr.Sos."])

# 13 ---- daily_log, EN, text PDF, dated paragraphs, complete
d = new("tidewater_field_diary_april", "pdf", "en", "daily_log")
d.letterhead(["TIDEWATER RELIEF ALLIANCE", "Sulawesi Programme – Palu Sub-office"])
d.title("Caseworker Field Diary")
d.kv("agency_name", "Organisation", "Tidewater Relief Alliance")
d.kv("worker_name", "Caseworker", "Daniel Kaluge")
diary = [
    (
        "Monday 8 April 2024 — 9:15 am — 40 mins — Beneficiary: Mrs. Hasna Daeng Caya",
        "2024-04-08",
        "09:15",
        40,
        "Mrs. Hasna Daeng Caya",
        [
            "Shelter visit. Checked that the transport vouchers for April had been received. She showed me the antenatal card signed by the midwife and said the baby is due in early May."
        ],
    ),
    (
        "Monday 8 April 2024 — 2.30 pm — 1 hr 20 mins — Beneficiary: Master Rafi Lasimpo",
        "2024-04-08",
        "14:30",
        80,
        "Master Rafi Lasimpo",
        [
            "Met Rafi and his class teacher at SD Inpres Lero. Reviewed the attendance sheet for March.",
            "The teacher will tell me directly if Rafi misses more than two days in a row.",
        ],
    ),
    (
        "10/04/2024 — 11:00 — 25 minutes — Beneficiary: Mr. Arham Lamasi",
        "2024-04-10",
        "11:00",
        25,
        "Mr. Arham Lamasi",
        [
            "Phone call. Mr. Arham asked about the next cash assistance cycle; I explained the verification dates and reminded him to bring his family card."
        ],
    ),
    (
        "April 12, 2024 — 4:05 pm — 2 hours — Beneficiary: Mrs. Nurhaeni Tanjung",
        "2024-04-12",
        "16:05",
        120,
        "Mrs. Nurhaeni Tanjung",
        [
            "Accompanied Mrs. Nurhaeni to the district hospital for her son's follow-up appointment. Waited with her for the paediatrician and helped her understand the medication schedule."
        ],
    ),
]
for head, _dt, _tm, _du, _cn, paras in diary:
    d.h(head)
    for x in paras:
        d.p(x)
d.setf(
    "entries",
    "x",
    [
        {
            "date": dt,
            "time": tm,
            "duration_minutes": du,
            "description": "\n".join(paras),
            "client_name": cn,
        }
        for head, dt, tm, du, cn, paras in diary
    ],
)

# 14 ---- agency_record, ID, DOCX, complete (functional_areas absent, special_limits "-")
d = new("uptd_psaa_ntb_data_lembaga", "docx", "id", "agency_record")
d.letterhead(
    ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS SOSIAL", "Jalan Udayana Nomor 9, Mataram"]
)
d.title("BUKU CATATAN DATA LEMBAGA")
d.h("BAGIAN I – KETERANGAN UMUM")
d.form(
    [
        ("agency_name", "Nama Lembaga", "UPTD Panti Sosial Asuhan Anak Harapan Bangsa"),
        ("address", "Alamat", "Jl. Gora II No. 45, Selagalas, Kota Mataram"),
        ("founding_date", "Tanggal Berdiri", "12-01-1987", None, "date"),
        ("service_authority", "Wilayah Kewenangan Pelayanan", "Provinsi", "province"),
        (
            "agency_nature",
            "Sifat Lembaga",
            "Institusional (pelayanan dalam panti)",
            "institutional",
        ),
    ]
)
d.sec(
    "legal_basis",
    "BAGIAN II – DASAR HUKUM",
    [
        "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.",
        "Peraturan Gubernur Nusa Tenggara Barat Nomor 27 Tahun 2021 tentang Pembentukan Unit Pelaksana Teknis Daerah pada Dinas Sosial.",
    ],
)
d.sec(
    "work_program",
    "BAGIAN III – PROGRAM KERJA",
    [
        "Pengasuhan dan perawatan anak terlantar usia 6–18 tahun, bimbingan pendidikan formal, bimbingan mental dan keagamaan, serta program reunifikasi dengan keluarga atau pengasuhan alternatif berbasis keluarga."
    ],
)
d.sec(
    "service_procedures",
    "BAGIAN IV – PROSEDUR DAN PERSYARATAN PELAYANAN",
    [
        "Calon penerima layanan dirujuk oleh Dinas Sosial kabupaten/kota atau lembaga terkait dengan melampirkan surat keterangan tidak mampu, fotokopi Kartu Keluarga, akta kelahiran dan surat keterangan sehat.",
        "Setiap rujukan dilanjutkan dengan asesmen awal oleh pekerja sosial sebelum anak diterima di panti.",
    ],
)
d.sec(
    "service_process",
    "BAGIAN V – PROSES PELAYANAN",
    [
        "Pendekatan awal, asesmen, penyusunan rencana intervensi, pelaksanaan pelayanan, resosialisasi, terminasi dan bimbingan lanjut."
    ],
)
d.sec(
    "organizational_structure",
    "BAGIAN VI – STRUKTUR ORGANISASI",
    [
        "Kepala UPTD membawahi Subbagian Tata Usaha dan Kelompok Jabatan Fungsional yang terdiri atas pekerja sosial, pengasuh dan penyuluh sosial."
    ],
)
d.sec(
    "funding_sources",
    "BAGIAN VII – SUMBER DANA",
    [
        "Anggaran Pendapatan dan Belanja Daerah Provinsi NTB, bantuan Kementerian Sosial melalui program ATENSI, serta donasi masyarakat yang tidak mengikat."
    ],
)
d.sec(
    "policies",
    "BAGIAN VIII – KEBIJAKAN LEMBAGA",
    [
        "Panti mengutamakan pengasuhan berbasis keluarga; penempatan dalam panti merupakan pilihan terakhir dan ditinjau setiap enam bulan."
    ],
)
d.sec(
    "recording_and_reporting",
    "BAGIAN IX – PENCATATAN DAN PELAPORAN",
    [
        "Setiap anak memiliki catatan kasus; laporan perkembangan disampaikan kepada Kepala Dinas Sosial setiap triwulan."
    ],
)
d.sec("special_limits", "BAGIAN X – BATASAN KHUSUS", ["-"])
d.sec(
    "professional_staff",
    "BAGIAN XI – TENAGA PROFESIONAL",
    ["Empat orang pekerja sosial fungsional, satu orang psikolog dan dua orang penyuluh sosial."],
)
d.sec(
    "admin_staff",
    "BAGIAN XII – TENAGA ADMINISTRASI",
    ["Tiga orang staf tata usaha dan satu orang bendahara pengeluaran."],
)

# 15 ---- agency_record, EN, scanned PDF (recording N/A, admin staff absent)
d = new("bridgewell_agency_profile_scan", "scan", "en", "agency_record")
d.letterhead(["BRIDGEWELL INTERNATIONAL", "Kupang Field Office · Jl. Frans Seda 14, Kupang, NTT"])
d.title("Agency Data Record")
d.kv("agency_name", "Agency name", "Bridgewell International")
d.kv("address", "Address", "Jl. Frans Seda 14, Kelurahan Fatululi, Kupang, Nusa Tenggara Timur")
d.kv("founding_date", "Date founded", "March 21, 2009", kind="date")
d.kv("service_authority", "Service authority", "International", value="international")
d.kv(
    "agency_nature",
    "Nature of services",
    "Non-institutional (community-based outreach)",
    value="non_institutional",
)
d.sec(
    "legal_basis",
    "Legal Basis",
    [
        "Registered as a foreign non-governmental organisation under a Memorandum of Understanding with the Ministry of Social Affairs of the Republic of Indonesia, renewed in 2022."
    ],
)
d.sec(
    "work_program",
    "Work Programme",
    [
        "Cash-for-education support for vulnerable households, livelihood recovery for persons with disabilities, and community child-protection committees in 24 villages of Kupang and Timor Tengah Selatan."
    ],
)
d.sec(
    "service_procedures",
    "Service Procedures and Eligibility",
    [
        "Households are identified through village committees and verified by a home visit. Eligible households have at least one school-age child and a monthly income below the provincial poverty line."
    ],
)
d.sec(
    "organizational_structure",
    "Organisational Structure",
    [
        "A Country Director in Jakarta oversees the Kupang Field Office, which is led by a Field Coordinator supported by a Protection Lead, a Livelihoods Lead and a Finance Officer."
    ],
)
d.sec(
    "funding_sources",
    "Funding Sources",
    [
        "Institutional grants from European and Australian donors, plus private donations raised by the head office."
    ],
)
d.sec(
    "policies",
    "Policies",
    [
        "Safeguarding policy, data protection policy and a complaints-and-feedback mechanism available to all beneficiaries."
    ],
)
d.sec(
    "service_process",
    "Service Process",
    [
        "Identification, verification, enrolment, monthly follow-up visits, progress review and graduation after twelve months."
    ],
)
d.sec("recording_and_reporting", "Recording and Reporting", ["N/A"])
d.sec(
    "functional_areas",
    "Functional Areas",
    ["Child protection, livelihoods, monitoring and evaluation, finance and administration."],
)
d.sec(
    "special_limits",
    "Special Limits",
    [
        "The office does not provide residential care or emergency shelter; such cases are referred to the provincial social affairs office."
    ],
)
d.sec(
    "professional_staff",
    "Professional Staff",
    ["Six caseworkers with social work degrees and one child-protection specialist."],
)

# 16 ---- unknown, ID, DOCX: office inventory list (not a case note)
d = new("dinsos_ntb_inventaris_ruang_rapat", "docx", "id", "unknown")
d.letterhead(
    [
        "PEMERINTAH PROVINSI NUSA TENGGARA BARAT",
        "DINAS SOSIAL PROVINSI NUSA TENGGARA BARAT",
        "Jalan Udayana Nomor 9, Mataram 83122",
    ]
)
d.title("KARTU INVENTARIS RUANGAN")
d.p("Ruangan: Ruang Rapat Lantai 2 (Gedung B)")
d.table(
    ["No", "Nama Barang", "Merk / Tipe", "Tahun Perolehan", "Jumlah", "Kondisi"],
    [
        ["1", "Meja rapat oval", "Kayu jati, lokal", "2015", "1 unit", "Baik"],
        ["2", "Kursi rapat", "Chitose Yoko", "2019", "24 buah", "Baik"],
        ["3", "Proyektor", "Epson EB-X500", "2021", "1 unit", "Baik"],
        ["4", "Layar proyektor", "Screenview 70 inci", "2021", "1 unit", "Rusak ringan"],
        ["5", "Pendingin ruangan", "Daikin 2 PK", "2018", "2 unit", "Baik"],
        ["6", "Papan tulis putih", "Sakana 120 x 240 cm", "2016", "1 buah", "Rusak ringan"],
    ],
    "grid",
)
d.p(
    "Kartu ini ditempel di dalam ruangan dan diperbarui setiap akhir semester oleh Pengurus Barang."
)
d.sign(["Mataram, 2 Juli 2024", "Pengurus Barang,", "", "Muhammad Zulkarnain"])


# --------------------------------------------------------------------------- build
def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def text_of(path, fmt):
    if fmt == "docx":
        import docx

        dd = docx.Document(path)
        parts = [p.text for p in dd.paragraphs]
        for t in dd.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    s = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    return s


def text_values(fields):
    for k, v in fields.items():
        if k in ("entries",):
            for e in v:
                yield from text_values(
                    {kk: vv for kk, vv in e.items() if kk in ("description", "client_name")}
                )
        elif isinstance(v, list):
            if k.endswith("dates"):
                continue
            yield from v
        elif isinstance(v, str):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                continue
            if k in ("case_status", "agency_nature", "service_authority"):
                continue
            yield from v.split("\n")


def pdf_pages(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    n = len(pdf)
    pdf.close()
    return n


def main():
    for p in (NOTES, GOLD):
        shutil.rmtree(p, ignore_errors=True)
        os.makedirs(p)
    tmpd = tempfile.mkdtemp()
    paths = {}
    for d in DOCS:
        ext = "docx" if d.fmt == "docx" else "pdf"
        path = os.path.join(NOTES, f"{d.stem}.{ext}")
        {"docx": render_docx, "pdf": render_pdf, "scan": render_scan}[d.fmt](d, path)
        paths[d.stem] = path
    # docx page counts via LibreOffice
    docx_files = [paths[d.stem] for d in DOCS if d.fmt == "docx"]
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpd] + docx_files,
        check=True,
        capture_output=True,
        timeout=300,
    )
    problems = []
    for d in DOCS:
        path = paths[d.stem]
        if d.fmt == "docx":
            pages = pdf_pages(os.path.join(tmpd, d.stem + ".pdf"))
        else:
            pages = pdf_pages(path)
        if d.fmt != "scan":
            txt = fold(text_of(path, d.fmt))
            for v in text_values(d.fields):
                if fold(v) not in txt:
                    problems.append((d.stem, v[:70]))
        mreq, mrec = missing_lists(d.rtype, d.fields)
        unknown = d.rtype == "unknown"
        rec = {
            "record_type": d.rtype,
            "confidence": 0.0 if unknown else 1.0,
            "language": d.lang,
            "pages": list(range(1, pages + 1)),
            "fields": {} if unknown else d.fields,
            "evidence": {},
            "missing_required": mreq,
            "missing_recommended": mrec,
            "complete": (not mreq) and not unknown,
            "unmatched": [],
        }
        gold = {
            "contract_version": "1",
            "source": {
                "path": path,
                "sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest(),
                "format": "docx" if d.fmt == "docx" else "pdf",
                "pages": pages,
                "ocr_pages": list(range(1, pages + 1)) if d.fmt == "scan" else [],
            },
            "records": [rec],
            "warnings": [],
        }
        with open(os.path.join(GOLD, d.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
        print(f"{d.stem:40s} {d.rtype:26s} {d.lang} {d.fmt:4s} p={pages} req={mreq} rec={mrec}")
    shutil.rmtree(tmpd, ignore_errors=True)
    if problems:
        print("TEXT CHECK FAILURES:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("text check OK for born-digital documents")


if __name__ == "__main__":
    main()
