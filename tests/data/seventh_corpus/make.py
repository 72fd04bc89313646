"""Corpus 7: independently written social-work case notes (Indonesian / English,
DOCX / text PDF) with gold JSON per contract 1.1.

Written on 2026-12-04 by an author who read only the output contract (not the
schemas, samples or earlier corpora). First sight, scored with main at
95b5606 before any change was made while looking at it (26 files, all
born-digital): type 1.000, missing_required P 0.200 R 0.900 F1 0.327, value
accuracy 0.663, narrative F1 0.836 (docs/quality-log.md).

Usage: python make.py OUTDIR   -> OUTDIR/notes/*.docx|pdf and OUTDIR/gold/<file>.json

All persons, agencies and places are fictional.  The script is deterministic
(fixed document metadata dates, no randomness).
"""

import datetime as _dt
import io
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# --------------------------------------------------------------------------
# completeness rules, written from the contract (records.md), not the schemas
REQ = {
    "process_record": [
        "client_name",
        "worker_name",
        "interview_date",
        "introduction",
        "interview_narrative",
        "conclusion",
    ],
    "summarized_process_record": ["client_name", "worker_name", "interview_dates", "summary"],
    "summarized_record": [
        "case_number",
        "client_name",
        "worker_name",
        "period_start",
        "period_end",
        "case_summary",
    ],
    "case_record": [
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
    "daily_log": ["worker_name", "entries"],
    "agency_record": [
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
    "unknown": [],
}
REC = {
    "process_record": [
        "case_number",
        "location",
        "interview_purpose",
        "nonverbal_observations",
        "worker_reflection",
    ],
    "summarized_process_record": ["case_number", "conclusion", "next_steps"],
    "summarized_record": ["reports_summarized", "current_situation", "plan"],
    "case_record": [
        "referral_source",
        "case_status",
        "interventions",
        "evaluation",
        "attachments",
        "confidentiality",
    ],
    "daily_log": [],
    "agency_record": [
        "policies",
        "service_process",
        "recording_and_reporting",
        "functional_areas",
        "special_limits",
        "professional_staff",
        "admin_staff",
    ],
    "unknown": [],
}
ENTRY_REQ = ["date", "time", "duration_minutes", "description"]


def missing(rtype, f):
    if rtype == "unknown":
        return [], []
    req = list(REQ[rtype])
    rec = list(REC[rtype])
    if rtype == "case_record" and (f.get("case_status") == "closed" or "date_closed" in f):
        for k in ("date_closed", "interventions", "evaluation", "termination"):
            if k not in req:
                req.append(k)
            if k in rec:
                rec.remove(k)
    mreq = [k for k in req if k not in f or f[k] in ("", [], None)]
    mrec = [k for k in rec if k not in f or f[k] in ("", [], None)]
    if rtype == "daily_log":
        for i, e in enumerate(f.get("entries", [])):
            mreq += [f"entries[{i}].{k}" for k in ENTRY_REQ if k not in e]
            if "client_name" not in e:
                mrec.append(f"entries[{i}].client_name")
    return mreq, mrec


# --------------------------------------------------------------------------
class Doc:
    """A document as a list of layout blocks plus the gold fields it carries."""

    def __init__(self, name, rtype, lang):
        self.name, self.rtype, self.lang = name, rtype, lang
        self.blocks, self.f = [], {}

    def _set(self, field, value):
        if field:
            self.f[field] = value

    def lh(self, *lines):  # letterhead
        self.blocks.append(("lh", lines))

    def title(self, t):
        self.blocks.append(("title", t))

    def h(self, t, style="bold"):
        self.blocks.append(("h", t, style))

    def p(self, t, italic=False):
        self.blocks.append(("p", t, italic))

    def sec(self, head, field, paras, style="bold"):
        if head:
            self.h(head, style)
        for x in paras:
            self.p(x)
        self._set(field, "\n\n".join(paras))

    def lab(self, label, value, field=None, norm=None, sep=": "):
        self.blocks.append(("lab", [(label, value)], sep))
        self._set(field, value if norm is None else norm)

    def line(self, *items, sep=": "):  # crowded header line, items (label, value, field, norm)
        self.blocks.append(("lab", [(a, b) for a, b, *_ in items], sep))
        for it in items:
            if len(it) > 2:
                self._set(it[2], it[1] if len(it) < 4 else it[3])

    def kv(self, items, grid=True):  # label table, items (label, value, field, norm)
        self.blocks.append(("table", None, [[a, b] for a, b, *_ in items], grid, "kv"))
        for it in items:
            if len(it) > 2:
                self._set(it[2], it[1] if len(it) < 4 else it[3])

    def table(self, header, rows, grid=True):
        self.blocks.append(("table", header, rows, grid, "grid"))

    def bullets(self, field, items, mark="-"):
        for i, x in enumerate(items, 1):
            self.p(f"{i}. {x}" if mark == "num" else f"{mark} {x}")
        self._set(field, list(items))


# --------------------------------------------------------------------------
def render_docx(d, path):
    doc = docx.Document()
    doc.core_properties.created = _dt.datetime(2024, 1, 1)
    doc.core_properties.modified = _dt.datetime(2024, 1, 1)
    doc.core_properties.author = "corpus7"
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    for b in d.blocks:
        k = b[0]
        if k == "lh":
            for i, ln in enumerate(b[1]):
                par = doc.add_paragraph()
                par.alignment = 1
                r = par.add_run(ln)
                r.bold = i == len(b[1]) - 1 or len(b[1]) == 1
                r.font.size = Pt(13 if r.bold else 10)
        elif k == "title":
            par = doc.add_paragraph()
            par.alignment = 1
            r = par.add_run(b[1])
            r.bold, r.font.size = True, Pt(14)
        elif k == "h":
            t, style = b[1], b[2]
            if style == "heading":
                doc.add_heading(t, level=2)
            else:
                par = doc.add_paragraph()
                r = par.add_run(t.upper() if style == "caps" else t)
                r.bold = style in ("bold", "caps")
                r.underline = style == "underline"
        elif k == "p":
            par = doc.add_paragraph()
            r = par.add_run(b[1])
            r.italic = b[2]
        elif k == "lab":
            par = doc.add_paragraph()
            for i, (a, v) in enumerate(b[1]):
                if i:
                    par.add_run("      ")
                r = par.add_run(a + b[2])
                r.bold = True
                par.add_run(v)
        elif k == "table":
            header, rows, grid, kind = b[1], b[2], b[3], b[4]
            ncol = len(header or rows[0])
            tb = doc.add_table(rows=0, cols=ncol)
            if grid:
                tb.style = "Table Grid"
            for ri, row in enumerate(([header] if header else []) + rows):
                cells = tb.add_row().cells
                for ci, v in enumerate(row):
                    cells[ci].text = ""
                    parts = v.split("\n\n")
                    cp = cells[ci].paragraphs[0]
                    for pi, part in enumerate(parts):
                        if pi:
                            cp = cells[ci].add_paragraph()
                        r = cp.add_run(part)
                        r.bold = (header is not None and ri == 0) or (kind == "kv" and ci == 0)
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():  # fixed timestamps: byte-identical output on every run
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


SS = {
    "lh1": ParagraphStyle("lh1", fontName="Helvetica", fontSize=10, alignment=1, leading=12),
    "lh2": ParagraphStyle("lh2", fontName="Helvetica-Bold", fontSize=13, alignment=1, leading=16),
    "title": ParagraphStyle(
        "t",
        fontName="Helvetica-Bold",
        fontSize=13,
        alignment=1,
        leading=17,
        spaceBefore=6,
        spaceAfter=8,
    ),
    "h": ParagraphStyle(
        "h", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3
    ),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4),
    "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11),
    "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=9, leading=11),
}


def render_pdf(d, path):
    story = []
    for b in d.blocks:
        k = b[0]
        if k == "lh":
            for i, ln in enumerate(b[1]):
                last = i == len(b[1]) - 1 or len(b[1]) == 1
                story.append(Paragraph(escape(ln), SS["lh2" if last else "lh1"]))
            story.append(Spacer(1, 8))
        elif k == "title":
            story.append(Paragraph(escape(b[1]), SS["title"]))
        elif k == "h":
            t = b[1].upper() if b[2] == "caps" else b[1]
            t = f"<u>{escape(t)}</u>" if b[2] == "underline" else escape(t)
            story.append(Paragraph(t, SS["h"]))
        elif k == "p":
            t = escape(b[1])
            story.append(Paragraph(f"<i>{t}</i>" if b[2] else t, SS["p"]))
        elif k == "lab":
            t = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(
                f"<b>{escape(a + b[2])}</b>{escape(v)}" for a, v in b[1]
            )
            story.append(Paragraph(t, SS["p"]))
        elif k == "table":
            header, rows, grid, kind = b[1], b[2], b[3], b[4]
            data = []
            for ri, row in enumerate(([header] if header else []) + rows):
                data.append(
                    [
                        Paragraph(
                            "<br/><br/>".join(escape(x) for x in v.split("\n\n")),
                            SS[
                                "cellb"
                                if (header and ri == 0) or (kind == "kv" and ci == 0)
                                else "cell"
                            ],
                        )
                        for ci, v in enumerate(row)
                    ]
                )
            ncol = len(data[0])
            width = 17 * cm
            cw = [5 * cm, 12 * cm] if kind == "kv" else [width / ncol] * ncol
            if kind != "kv" and ncol == 5:
                cw = [2.6 * cm, 1.6 * cm, 2.0 * cm, 3.0 * cm, 7.8 * cm]
            t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
            sty = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if grid:
                sty.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if header:
                sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 8)]
    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=d.name,
        author="corpus7",
        creator="corpus7",
        invariant=1,
    )
    doc.build(story)


# ==========================================================================
# documents
DOCS = []


def new(name, rtype, lang):
    d = Doc(name, rtype, lang)
    DOCS.append(d)
    return d


def dialogue(lines):
    return "\n\n".join(lines)


def pr_table(d, header, rows):
    """3-column process recording: dialogue | worker's feelings | analysis."""
    d.table(header, [list(r) for r in rows])
    d.f["interview_narrative"] = "\n\n".join(r[0] for r in rows if r[0])
    d.f["worker_reflection"] = "\n\n".join(x for r in rows for x in r[1:] if x)


# ---------------------------------------------------------------- process records
d = new("pr_id_tabel_tiga_kolom.docx", "process_record", "id")
d.lh("PEMERINTAH KABUPATEN SUKAMAJU", "DINAS SOSIAL", 'UPT PELAYANAN SOSIAL ANAK "TUNAS HARAPAN"')
d.f["agency_name"] = 'UPT Pelayanan Sosial Anak "Tunas Harapan"'
d.title("CATATAN PROSES (PROCESS RECORDING)")
d.line(
    ("Nama Klien", "Dimas Prasetyo", "client_name"),
    ("No. Kasus", "TH/017/2024", "case_number"),
    ("Tanggal", "12 Februari 2024", "interview_date", "2024-02-12"),
)
d.line(
    ("Pekerja Sosial", "Rina Marlina, S.Tr.Sos.", "worker_name"),
    ("Tempat", "Ruang konseling UPT", "location"),
    ("Pertemuan ke", "2", "session_number", 2),
)
d.lab(
    "Tujuan",
    "Menggali penyebab klien sering membolos dan berkelahi di sekolah",
    "interview_purpose",
    sep=" : ",
)
d.sec(
    "A. Pendahuluan",
    "introduction",
    [
        "Dimas (13 tahun) dirujuk oleh wali kelasnya karena dalam satu bulan terakhir tidak masuk "
        "sekolah sebanyak sembilan hari dan dua kali terlibat perkelahian. Pertemuan pertama "
        "dilakukan bersama neneknya; pertemuan kali ini dilakukan dengan Dimas sendiri.",
        "Klien datang tepat waktu diantar tukang ojek langganan neneknya.",
    ],
)
d.h("B. Jalannya Wawancara")
pr_table(
    d,
    ["Dialog", "Perasaan Pekerja Sosial", "Analisis / Keterampilan"],
    [
        (
            "PS: Selamat siang, Dimas. Terima kasih sudah datang lagi. Bagaimana kabarmu hari ini?\n\n"
            "Klien: Biasa saja, Bu. (sambil memainkan tali tas)",
            "Saya merasa lega klien mau datang sendiri.",
            "Membuka wawancara dengan sapaan hangat untuk membangun relasi.",
        ),
        (
            "PS: Minggu lalu nenek bercerita kamu jarang ke sekolah. Boleh Ibu tahu dari sisi Dimas?\n\n"
            "Klien: Males, Bu. Di kelas saya diejek terus karena bapak saya di penjara. (menunduk, "
            "suara pelan)",
            "Saya sedih dan agak terkejut, tidak menyangka ada perundungan.",
            "Pertanyaan terbuka; klien mulai mengungkapkan masalah inti (perundungan).",
        ),
        (
            "PS: Itu pasti berat sekali buat Dimas. Apa yang biasanya kamu lakukan kalau diejek?\n\n"
            "Klien: Kadang saya pukul, kadang saya pulang saja lewat pintu belakang.",
            "Saya menahan diri untuk tidak langsung menasihati.",
            "Refleksi perasaan dan eksplorasi pola perilaku; membolos sebagai cara menghindar.",
        ),
        (
            "PS: Kalau ada orang di sekolah yang bisa Dimas percaya, siapa kira-kira?\n\n"
            "Klien: Pak Joko, guru olahraga. (mengangkat kepala)",
            "Saya merasa ada harapan.",
            "Mencari sumber dukungan (kekuatan klien) di lingkungan sekolah.",
        ),
    ],
)
d.sec(
    "C. Kesimpulan",
    "conclusion",
    [
        "Ketidakhadiran dan perkelahian klien berkaitan dengan perundungan yang dialaminya terkait "
        "status ayahnya. Klien memiliki figur guru yang dipercaya. Disepakati pertemuan berikutnya "
        "melibatkan wali kelas dan Pak Joko."
    ],
)

d = new("pr_id_naratif_tanpa_kesimpulan.pdf", "process_record", "id")
d.lh('YAYASAN PEDULI LANSIA "SEKAR KEDATON"')
d.p("Jl. Kenanga No. 45, Kota Wirabumi")
d.f["agency_name"] = 'Yayasan Peduli Lansia "Sekar Kedaton"'
d.title("LAPORAN CATATAN PROSES WAWANCARA")
d.kv(
    [
        ("Nama Klien", "Ibu Sumarni", "client_name"),
        ("Nomor Registrasi", "SK-LN-0042", "case_number"),
        ("Hari/Tanggal", "Rabu, 6 Maret 2024", "interview_date", "2024-03-06"),
        ("Lokasi", "Rumah klien, Kampung Cibodas RT 03/05", "location"),
        ("Pertemuan ke-", "3", "session_number", 3),
        ("Pekerja Sosial", "Agus Setiawan", "worker_name"),
    ],
    grid=False,
)
d.sec(
    "I. PENGANTAR",
    "introduction",
    [
        "Kunjungan rumah ketiga ini dilakukan setelah anak klien melaporkan bahwa klien menolak "
        "minum obat hipertensi sejak dua minggu lalu. Klien tinggal sendiri sejak suaminya "
        "meninggal pada tahun lalu."
    ],
)
d.sec(
    "II. ISI LAPORAN",
    "interview_narrative",
    [
        "PS: Assalamualaikum, Bu Sumarni. Bagaimana kabarnya hari ini?",
        "Klien: Waalaikumsalam. Ya begini saja, Nak, kepala suka pusing. (tersenyum tipis)",
        "PS: Ibu masih minum obat dari puskesmas?",
        "Klien: Sudah tidak. Buat apa, toh tidak ada yang menunggu saya. (memalingkan wajah ke "
        "arah foto almarhum suaminya)",
        "PS: Sepertinya Ibu sangat kehilangan Bapak.",
        "Klien: Iya... dulu Bapak yang selalu mengingatkan. (menangis)",
    ],
)
d.sec(
    "III. PENGAMATAN NON-VERBAL",
    "nonverbal_observations",
    [
        "Klien tampak lesu, rambut tidak disisir, dan beberapa kali menatap foto suaminya. Kontak "
        "mata berkurang ketika membicarakan obat. Rumah cukup bersih tetapi dapur tampak jarang "
        "dipakai."
    ],
)
d.sec(
    "IV. REFLEKSI PEKERJA SOSIAL",
    "worker_reflection",
    [
        "Saya merasa tersentuh dan sempat kehilangan kata-kata ketika klien menangis. Saya menduga "
        "penolakan obat merupakan tanda duka yang belum selesai dan kemungkinan gejala depresi, "
        "sehingga perlu dikonsultasikan dengan supervisor."
    ],
)

d = new("pr_en_three_column.pdf", "process_record", "en")
d.title("PROCESS RECORDING")
d.line(
    ("Agency", "Riverside Family Centre", "agency_name"),
    ("Client", "Mrs. Joan Whitfield", "client_name"),
    ("Date", "March 5, 2024", "interview_date", "2024-03-05"),
)
d.line(
    ("Student", "Liam O'Connor", "worker_name"),
    ("File #", "RFC-24-118", "case_number"),
    ("Setting", "Agency office, interview room 2", "location"),
)
d.sec(
    "Purpose of the Interview",
    "interview_purpose",
    [
        "To review how Mrs. Whitfield is coping with the new school routine of her twin sons and "
        "to agree on a budget for the coming month."
    ],
)
d.sec(
    "Background / Introduction",
    "introduction",
    [
        "Mrs. Whitfield is a 34-year-old single mother of twin boys aged 7. This is our fourth "
        "contact. Last week she reported falling behind on rent after her hours at the laundry "
        "were cut."
    ],
)
pr_table(
    d,
    ["Content of Interview", "Worker's Gut-Level Feelings", "Analysis of Skills Used"],
    [
        (
            "Worker: Hi Joan, come in. How has the week been?\n\nClient: Chaotic. The boys missed the "
            "bus twice. (drops her bag heavily on the chair)",
            "I felt a bit anxious because she looked exhausted.",
            "Open-ended question to begin; noticing non-verbal cue of frustration.",
        ),
        (
            "Worker: It sounds like mornings are really hard right now.\n\nClient: They are. I leave "
            "for work at six and my neighbour is supposed to take them.",
            "Relieved she is talking freely.",
            "Reflecting feelings; client elaborates on childcare arrangement.",
        ),
        (
            "Worker: What would help the mornings go more smoothly?\n\nClient: Maybe if the school "
            "breakfast club took them earlier. I didn't know if I could ask.",
            "I felt hopeful, she came up with her own idea.",
            "Solution-focused question; supporting client self-determination.",
        ),
    ],
)
d.sec(
    "Non-verbal Observations",
    "nonverbal_observations",
    [
        "Client sat at the edge of her chair for the first ten minutes, then leaned back once the "
        "budget was discussed. She made good eye contact when talking about her sons."
    ],
)
d.sec(
    "Summary and Impressions",
    "conclusion",
    [
        "Joan is under considerable strain but shows good problem-solving capacity. The main "
        "stressors are early-morning childcare and the reduction in income."
    ],
)
d.sec(
    "Next Steps",
    "next_steps",
    [
        "Worker to phone the school about breakfast club places. Joan to bring her rent letter "
        "to the next session on March 12."
    ],
)
d.sec(
    "Supervisor's Comments",
    "supervisor_comments",
    ["Good use of reflection. Consider exploring her own support network next time."],
)

d = new("pr_en_dialogue_no_worker.docx", "process_record", "en")
d.lh("Northgate Community Mental Health Team")
d.f["agency_name"] = "Northgate Community Mental Health Team"
d.title("Interview Process Record")
d.lab("Service user", "Mr. Daniel Okafor", "client_name")
d.lab("Ref. No.", "NCMHT/2291", "case_number")
d.lab("Date of interview", "14/05/2024", "interview_date", "2024-05-14")
d.lab("Worker", "....")
d.lab("Venue", "Home visit, Flat 12 Linden Court", "location")
d.sec(
    "OPENING",
    "introduction",
    [
        "Planned home visit following Mr. Okafor's discharge from the acute ward on 7 May. The aim "
        "agreed at discharge was to check on medication and daily living."
    ],
    style="caps",
)
d.sec(
    "THE INTERVIEW",
    "interview_narrative",
    [
        "Worker - Good morning Daniel, thanks for letting me in. How have the first days at home "
        "been?",
        "Client - Alright. Quiet. Too quiet maybe. (looks at the window)",
        "Worker - Quiet in what way?",
        "Client - Nobody rings. My brother said he would come Sunday, he didn't.",
        "Worker - That sounds disappointing.",
        "Client - I'm used to it. (shrugs, then smiles) At least the tablets are in the blister pack "
        "now, so I don't forget.",
    ],
    style="caps",
)
d.sec(
    "WORKER'S IMPRESSIONS",
    "worker_reflection",
    [
        "I felt warm towards Daniel and a little worried about his isolation. I noticed I wanted to "
        "fix the situation with his brother quickly and had to slow myself down."
    ],
    style="caps",
)
d.sec(
    "CLOSING SUMMARY",
    "conclusion",
    [
        "Daniel is managing his medication well. Social isolation is the main risk at present. He "
        "agreed to try the drop-in café at the resource centre."
    ],
    style="caps",
)
d.sec("PLAN", "next_steps", ["Refer to peer support worker; next visit 21/05/2024."], style="caps")


# ---------------------------------------------------- summarized process records
d = new("cpr_id_dua_pertemuan.docx", "summarized_process_record", "id")
d.lh("PERKUMPULAN KELUARGA BERENCANA WIRABUMI", 'KLINIK KONSELING REMAJA "SAHABAT"')
d.f["agency_name"] = 'Klinik Konseling Remaja "Sahabat"'
d.title("CATATAN PROSES RINGKAS")
d.lab("Nama Klien", "Nadia Putri Lestari", "client_name")
d.lab("No. Register", "KS-2024-031", "case_number")
d.lab("Konselor / Pekerja Sosial", "Yohana Simanjuntak, S.Sos.", "worker_name")
d.lab(
    "Tanggal Pertemuan",
    "3 April 2024 dan 10 April 2024",
    "interview_dates",
    ["2024-04-03", "2024-04-10"],
)
d.lab("Tempat", "Ruang konseling klinik", "location")
d.sec(
    "Latar Belakang",
    "introduction",
    [
        "Klien (16 tahun, kelas XI) datang atas saran guru BK karena nilai menurun tajam dan sering "
        "menangis di kelas."
    ],
    style="underline",
)
d.sec(
    "Ringkasan Pertemuan",
    "summary",
    [
        "Pada pertemuan pertama klien menceritakan bahwa orang tuanya sedang dalam proses "
        "perceraian dan ia diminta memilih akan tinggal dengan siapa. Klien merasa bersalah dan "
        "takut mengecewakan salah satu pihak. Pekerja sosial menjelaskan bahwa keputusan hak asuh "
        "bukan tanggung jawab klien.",
        "Pada pertemuan kedua klien mengatakan sudah bisa tidur lebih nyenyak setelah berbicara "
        "dengan kakaknya. Klien menyusun jadwal belajar bersama pekerja sosial dan setuju "
        "mengikuti kelompok dukungan sebaya setiap Sabtu.",
    ],
    style="underline",
)
d.sec(
    "Kesimpulan",
    "conclusion",
    [
        "Tekanan klien terutama bersumber dari konflik orang tua. Klien memiliki dukungan dari "
        "kakak dan mulai mampu mengatur kegiatan belajarnya."
    ],
    style="underline",
)
d.sec(
    "Rencana Tindak Lanjut",
    "next_steps",
    [
        "Mengundang kedua orang tua untuk pertemuan keluarga; memantau nilai melalui guru BK "
        "setiap dua minggu."
    ],
    style="underline",
)

d = new("cpr_id_tabel_tanpa_nama.pdf", "summarized_process_record", "id")
d.lh("PEMERINTAH KOTA WIRABUMI", 'RUMAH PERLINDUNGAN SOSIAL WANITA "MELATI"')
d.f["agency_name"] = 'Rumah Perlindungan Sosial Wanita "Melati"'
d.title("RINGKASAN PROSES KONSELING")
d.kv(
    [
        ("Nama Klien", "-"),
        ("No. Kasus", "RPSW/M/118/VI/2024", "case_number"),
        ("Tgl. Wawancara", "05/06/2024", "interview_dates", ["2024-06-05"]),
        ("Petugas", "Dewi Anggraini", "worker_name"),
        ("Tempat", "Ruang tamu rumah perlindungan", "location"),
    ]
)
d.sec(
    "Uraian Singkat Wawancara",
    "summary",
    [
        "Klien menyampaikan bahwa ia sudah merasa aman selama dua minggu di rumah perlindungan, "
        "namun masih sulit tidur karena khawatir suaminya mengetahui keberadaannya. Klien bertanya "
        "mengenai proses pelaporan ke unit PPA kepolisian dan meminta didampingi.",
        "Petugas menjelaskan langkah pelaporan, hak-hak korban, dan layanan bantuan hukum gratis. "
        "Klien menyatakan akan memutuskan setelah berdiskusi dengan ibunya.",
    ],
)
d.sec(
    "Tindak Lanjut",
    "next_steps",
    ["Menghubungi LBH mitra untuk jadwal konsultasi hukum; menyiapkan pendampingan psikolog."],
)

d = new("spr_en_three_contacts.docx", "summarized_process_record", "en")
d.lh("Eastbrook Hospital Social Work Department")
d.f["agency_name"] = "Eastbrook Hospital Social Work Department"
d.title("Summarized Interview Record")
d.line(
    ("Patient", "Mr. Arthur Bennett", "client_name"),
    ("Case No.", "MSW-2231", "case_number"),
    ("Worker", "Priya Nair, MSW", "worker_name"),
)
d.lab(
    "Contacts",
    "2 May 2024; 9 May 2024; 16 May 2024",
    "interview_dates",
    ["2024-05-02", "2024-05-09", "2024-05-16"],
)
d.sec(
    "Summary of Contacts",
    "summary",
    [
        "Mr. Bennett (78) was seen on the orthopaedic ward after a hip replacement. In the first "
        "contact he stated firmly that he wished to return home and would manage alone. His "
        "daughter, present by phone, expressed concern about the stairs in his terraced house.",
        "In the second and third contacts the worker explored daily routines with him and the "
        "occupational therapist. He accepted a trial of a key-safe and a twice-daily care package, "
        "while refusing a residential respite placement.",
    ],
    style="heading",
)
d.sec(
    "Assessment",
    "conclusion",
    [
        "Mr. Bennett has capacity for this decision and a clear wish to remain at home. With "
        "adaptations and home care the risk of a further fall is judged manageable."
    ],
    style="heading",
)
d.sec(
    "Plan",
    "next_steps",
    [
        "Home care referral sent 16/05; OT home visit before discharge; review call two weeks after "
        "discharge."
    ],
    style="heading",
)

d = new("spr_en_single_contact.pdf", "summarized_process_record", "en")
d.title("SUMMARY PROCESS NOTE")
d.lab("Name of client", "Grace Mbeki", "client_name")
d.lab("Social worker", "Tom Adeyemi", "worker_name")
d.lab("Date of interview", "14 August 2024", "interview_dates", ["2024-08-14"])
d.lab("Agency", "Harbourside Youth Housing Project", "agency_name")
d.sec(
    "What happened in the interview",
    "summary",
    [
        "Grace (19) came to the office to discuss her rent arrears of three weeks. She explained "
        "that her zero-hours contract had given her almost no shifts in July. The worker went "
        "through her income and outgoings with her and helped her complete a hardship fund "
        "application. Grace said she felt embarrassed but relieved to have asked for help."
    ],
)
d.sec(
    "Worker's comments",
    "conclusion",
    ["Grace is motivated to keep her tenancy; income instability is the underlying problem."],
)


# ------------------------------------------------------------ summarized records
d = new("cr_id_ringkas_triwulan.docx", "summarized_record", "id")
d.lh("PEMERINTAH KABUPATEN SUKAMAJU", "DINAS SOSIAL KABUPATEN SUKAMAJU")
d.f["agency_name"] = "Dinas Sosial Kabupaten Sukamaju"
d.title("CATATAN RINGKAS")
d.kv(
    [
        ("No. Kasus", "RS/ODGJ/07/2024", "case_number"),
        ("Nama Klien", "Sdr. Hendra Gunawan", "client_name"),
        ("Pekerja Sosial", "Budi Hartono, S.ST.", "worker_name"),
        ("Periode", "Januari s.d. Maret 2024"),
    ]
)
d.f["period_start"], d.f["period_end"] = "2024-01-01", "2024-03-31"
d.h("Laporan yang Diringkas")
d.bullets(
    "reports_summarized",
    [
        "Laporan kunjungan rumah 9 Januari 2024",
        "Catatan proses wawancara 23 Januari 2024",
        "Laporan pertemuan keluarga 14 Februari 2024",
        "Laporan koordinasi dengan Puskesmas 11 Maret 2024",
    ],
    mark="num",
)
d.sec(
    "Gambaran Umum Kasus",
    "case_summary",
    [
        "Klien (31 tahun) adalah penyandang skizofrenia yang pernah dipasung keluarganya selama "
        "empat bulan di bangunan belakang rumah. Setelah pelepasan pasung pada Desember 2023 klien "
        "menjalani perawatan di RSJ dan dipulangkan pada awal Januari.",
        "Selama periode ini pekerja sosial melakukan kunjungan rumah, wawancara dengan klien dan "
        "orang tuanya, serta pertemuan keluarga yang menghasilkan kesepakatan pembagian tugas "
        "pengawasan minum obat. Koordinasi dengan Puskesmas menghasilkan jadwal kunjungan perawat "
        "jiwa setiap bulan.",
    ],
)
d.sec(
    "Keadaan Klien Saat Ini",
    "current_situation",
    [
        "Klien rutin minum obat, membantu ayahnya di kebun, dan belum menunjukkan gejala kambuh. "
        "Ibu klien masih cemas bila klien keluar rumah sendirian."
    ],
)
d.sec(
    "Rencana Selanjutnya",
    "plan",
    [
        "Mengikutsertakan klien dalam kelompok usaha bersama di desa; edukasi keluarga tentang "
        "tanda-tanda kekambuhan."
    ],
)

d = new("cr_id_ringkas_tanpa_nomor.pdf", "summarized_record", "id")
d.lh('LEMBAGA KESEJAHTERAAN SOSIAL ANAK "PELITA KASIH"')
d.f["agency_name"] = 'Lembaga Kesejahteraan Sosial Anak "Pelita Kasih"'
d.title("RINGKASAN PERKEMBANGAN KASUS")
d.line(
    ("Nama Anak", "Putri Ayu Wulandari", "client_name"),
    ("Pendamping", "Sr. Maria Goretti Lumban Tobing", "worker_name"),
)
d.lab("Masa Laporan", "1 Juli – 30 September 2024")
d.f["period_start"], d.f["period_end"] = "2024-07-01", "2024-09-30"
d.sec(
    "Riwayat dan Perkembangan",
    "case_summary",
    [
        "Putri (9 tahun) diserahkan oleh pamannya ke LKSA pada bulan Juni 2024 setelah ibunya "
        "bekerja sebagai pekerja migran dan ayahnya tidak diketahui keberadaannya. Tiga laporan "
        "pendampingan pada periode ini mencatat bahwa Putri mula-mula menarik diri dan sering "
        "mengompol.",
        "Sejak Agustus Putri mulai bermain dengan teman sekamarnya, bersekolah di SD terdekat, "
        "dan melakukan panggilan video dengan ibunya setiap hari Minggu. Keluhan mengompol sudah "
        "jarang terjadi.",
    ],
)
d.sec(
    "Situasi Terkini",
    "current_situation",
    ["Putri menyesuaikan diri dengan baik; paman bersedia menjadi wali dalam rencana reunifikasi."],
)

d = new("sr_en_label_table.docx", "summarized_record", "en")
d.lh("Westmere Child and Family Services")
d.f["agency_name"] = "Westmere Child and Family Services"
d.title("CASE SUMMARY")
d.kv(
    [
        ("Case Number", "WCFS-0937", "case_number"),
        ("Child / Family", "Ethan and Mia Kowalski", "client_name"),
        ("Caseworker", "Hannah Reyes", "worker_name"),
        ("Period Covered", "October 2023 to January 2024"),
    ]
)
d.f["period_start"], d.f["period_end"] = "2023-10-01", "2024-01-31"
d.h("Reports Summarized", "heading")
d.bullets(
    "reports_summarized",
    [
        "Initial assessment, 4 Oct 2023",
        "Home visit reports (3), Oct–Dec 2023",
        "School liaison note, 20 Nov 2023",
        "Family group conference minutes, 15 Jan 2024",
    ],
    mark="•",
)
d.sec(
    "Overview of the Case",
    "case_summary",
    [
        "The family was referred by the children's school after Ethan (10) arrived several times "
        "without lunch and in unwashed clothing. Assessment found that the mother, Ms. Kowalski, "
        "had lost her job and was experiencing depression, with the home becoming cluttered and "
        "meals irregular.",
        "Over the period the worker arranged food bank support, supported Ms. Kowalski to see her "
        "GP, and convened a family group conference at which the maternal grandmother agreed to "
        "collect the children from school three days a week.",
    ],
    style="heading",
)
d.sec(
    "Present Situation",
    "current_situation",
    [
        "School reports improved attendance and presentation for both children. Ms. Kowalski has "
        "started medication and attends a job club."
    ],
    style="heading",
)
d.sec(
    "Recommendations",
    "plan",
    ["Step down to early help support in March 2024 if progress is maintained."],
    style="heading",
)

d = new("sr_en_crowded_header.pdf", "summarized_record", "en")
d.lh("St. Brendan's Hospice — Family Support Team")
d.f["agency_name"] = "St. Brendan's Hospice — Family Support Team"
d.title("Summary Record")
d.line(
    ("File No.", "FST-552", "case_number"),
    ("Client", "Mrs. Eileen Carter", "client_name"),
    ("Worker", "Samuel Osei", "worker_name"),
)
d.line(
    ("From", "2 February 2024", "period_start", "2024-02-02"),
    ("To", "28 April 2024", "period_end", "2024-04-28"),
)
d.lab(
    "Reports summarized",
    "initial visit 2/2; bereavement risk assessment 16/2; carer's "
    "review 1/3; two telephone contacts in April",
    "reports_summarized",
    [
        "initial visit 2/2",
        "bereavement risk assessment 16/2",
        "carer's review 1/3",
        "two telephone contacts in April",
    ],
)
d.sec(
    "Summary",
    "case_summary",
    [
        "Mrs. Carter (71) has been the main carer for her husband, who has motor neurone disease "
        "and is receiving hospice at home care. Early contacts focused on her exhaustion and on "
        "arranging sitting services two nights a week. A bereavement risk assessment rated her as "
        "moderate risk because of limited family support nearby.",
        "In March she began attending the carers' group, which she describes as a lifeline. Her "
        "son in Canada has booked flights for May.",
    ],
)
d.sec("Plan", "plan", ["Continue fortnightly contact; offer bereavement follow-up after death."])


# --------------------------------------------------------------------- case records
d = new("ck_id_ditutup_bernomor.docx", "case_record", "id")
d.lh(
    "PEMERINTAH PROVINSI JAWA TENGAH",
    "DINAS SOSIAL",
    'BALAI REHABILITASI SOSIAL "MARDI UTOMO" SEMARANG',
)
d.f["agency_name"] = 'Balai Rehabilitasi Sosial "Mardi Utomo" Semarang'
d.p("RAHASIA")
d.f["confidentiality"] = "RAHASIA"
d.title("CATATAN KASUS")
d.kv(
    [
        ("Nomor Kasus", "MU/AMPK/031/2024", "case_number"),
        ("Nama Klien", "Sekar Ayuningtyas", "client_name"),
        ("Tanggal Lahir", "14 Mei 2009", "client_birth_date", "2009-05-14"),
        ("Jenis Kelamin", "Perempuan", "client_sex"),
        ("Alamat", "Dusun Krajan RT 02 RW 01, Desa Sidomulyo, Kec. Ungaran", "client_address"),
        ("Pekerja Sosial", "Lukas Wibisono, S.Tr.Sos.", "worker_name"),
        ("Sumber Rujukan", "Puskesmas Sidomulyo", "referral_source"),
        ("Tanggal Registrasi", "8 Januari 2024", "date_opened", "2024-01-08"),
        ("Tanggal Penutupan", "28 Juni 2024", "date_closed", "2024-06-28"),
        ("Status Kasus", "Selesai (terminasi)", "case_status", "closed"),
    ]
)
d.sec(
    "1. Identitas Klien",
    "client_identity",
    [
        "Klien adalah anak kedua dari tiga bersaudara, beragama Islam, pendidikan terakhir kelas "
        "VIII SMP dan putus sekolah sejak Oktober 2023. Klien tinggal bersama ibu dan adiknya."
    ],
)
d.sec(
    "2. Masalah yang Dihadapi Klien",
    "presenting_problem",
    [
        "Klien hamil 5 bulan akibat hubungan dengan pacarnya yang berusia 22 tahun. Klien "
        "berhenti sekolah karena malu dan mendapat tekanan dari tetangga. Keluarga sempat "
        "berencana menikahkan klien secara siri."
    ],
)
d.sec(
    "3. Keadaan Keluarga dan Lingkungan Sosial",
    "social_environment",
    [
        "Ayah klien merantau ke Kalimantan dan jarang mengirim kabar. Ibu bekerja sebagai buruh "
        "pabrik garmen dengan penghasilan sekitar Rp2.300.000 per bulan. Lingkungan tetangga "
        "cenderung menyalahkan klien; kepala dusun bersikap mendukung."
    ],
)
d.sec(
    "4. Asesmen (Diagnosa Masalah)",
    "assessment",
    [
        "Klien adalah anak yang berhadapan dengan risiko perkawinan anak dan putus sekolah, "
        "dengan dukungan ekonomi keluarga yang terbatas. Kekuatan: ibu yang peduli, keinginan "
        "klien untuk melanjutkan sekolah, dukungan kepala dusun."
    ],
)
d.sec(
    "5. Rencana Intervensi",
    "intervention_plan",
    [
        "a) Pendampingan pemeriksaan kehamilan; b) konseling keluarga untuk mencegah perkawinan "
        "anak; c) penjajakan Kejar Paket B; d) rujukan bantuan sosial PKH."
    ],
)
d.sec(
    "6. Pelaksanaan Intervensi",
    "interventions",
    [
        "Klien didampingi pemeriksaan kehamilan empat kali dan melahirkan dengan selamat pada "
        "18 April 2024. Dilakukan tiga kali konseling keluarga; keluarga membatalkan rencana "
        "pernikahan siri. Klien didaftarkan pada Kejar Paket B di PKBM setempat."
    ],
)
d.sec(
    "7. Evaluasi",
    "evaluation",
    [
        "Tujuan intervensi tercapai: klien dan bayi sehat, tidak terjadi perkawinan anak, klien "
        "kembali belajar. Keluarga telah terdaftar sebagai penerima PKH."
    ],
)
d.sec(
    "8. Terminasi",
    "termination",
    [
        "Kasus diakhiri pada 28 Juni 2024 atas kesepakatan klien dan ibunya. Pemantauan "
        "selanjutnya dilimpahkan kepada Pendamping PKH desa."
    ],
)
d.lab(
    "Lampiran",
    "fotokopi rapor, keterangan dokter, akta kelahiran",
    "attachments",
    ["fotokopi rapor", "keterangan dokter", "akta kelahiran"],
)

d = new("ck_id_terbuka_tanpa_asesmen.pdf", "case_record", "id")
d.lh("YAYASAN BINA DIFABEL MANDIRI")
d.p("Jl. Cempaka Putih Raya No. 12, Wirabumi")
d.f["agency_name"] = "Yayasan Bina Difabel Mandiri"
d.title("BERKAS KASUS KLIEN")
d.line(
    ("No. Berkas", "BDM-2024-019", "case_number"),
    ("Tgl. Masuk", "02/09/2024", "date_opened", "2024-09-02"),
)
d.line(("Nama", "Rizky Ananda", "client_name"), ("L/P", "L", "client_sex"))
d.lab("Pekerja Sosial Penanggung Jawab", "Fitriani Hasibuan", "worker_name")
d.lab("Dirujuk oleh", "SLB Negeri 2 Wirabumi", "referral_source")
d.lab("Status", "Aktif", "case_status", "open")
d.sec(
    "IDENTITAS KLIEN",
    "client_identity",
    [
        "Rizky, 17 tahun, penyandang disabilitas rungu wicara sejak lahir, lulusan SMPLB, "
        "berkomunikasi dengan bahasa isyarat BISINDO. Anak tunggal."
    ],
    style="caps",
)
d.sec(
    "PERMASALAHAN",
    "presenting_problem",
    [
        "Klien ingin bekerja di bengkel sepeda motor tetapi ditolak dua bengkel karena dianggap "
        "tidak bisa berkomunikasi dengan pelanggan. Klien menjadi murung dan menghabiskan waktu "
        "bermain gim di kamar."
    ],
    style="caps",
)
d.sec(
    "KONDISI KELUARGA DAN LINGKUNGAN",
    "social_environment",
    [
        "Klien tinggal dengan ayah (pedagang bakso keliling) dan ibu (ibu rumah tangga). Orang tua "
        "tidak menguasai bahasa isyarat dan berkomunikasi dengan klien melalui tulisan di ponsel. "
        "Di kampung klien punya dua teman sebaya yang juga tuli."
    ],
    style="caps",
)
d.sec(
    "RENCANA PENANGANAN",
    "intervention_plan",
    [
        "1. Pelatihan vokasional otomotif di BLK inklusif (3 bulan). 2. Kelas bahasa isyarat untuk "
        "orang tua. 3. Penjajakan magang di bengkel mitra yayasan."
    ],
    style="caps",
)

d = new("cf_en_closed_no_evaluation.pdf", "case_record", "en")
d.p("CONFIDENTIAL")
d.f["confidentiality"] = "CONFIDENTIAL"
d.lh("Lakeside Refugee Support Network")
d.f["agency_name"] = "Lakeside Refugee Support Network"
d.title("CASE FILE")
d.line(
    ("Case #", "LRSN-23-077", "case_number"),
    ("Opened", "12 Oct 2023", "date_opened", "2023-10-12"),
    ("Closed", "30 Sept 2024", "date_closed", "2024-09-30"),
)
d.line(
    ("Client", "Mr. Yusuf Haddad", "client_name"),
    ("Caseworker", "Claire Dubois", "worker_name"),
    ("Status", "Closed", "case_status", "closed"),
)
d.lab("Referred by", "City Council Resettlement Team", "referral_source")
d.h("1. Identifying Information")
d.sec(
    None,
    "client_identity",
    [
        "Mr. Haddad, 45, arrived under the resettlement programme with his wife and three children "
        "(aged 6, 11 and 15). Arabic speaker, limited English. Trained as an electrician."
    ],
)
d.sec(
    "2. Reason for Referral",
    "presenting_problem",
    [
        "Referred for help with housing conditions (damp, overcrowding), school enrolment for the "
        "youngest child, and recognition of his electrical qualifications."
    ],
)
d.sec(
    "3. Family and Community Context",
    "social_environment",
    [
        "The family lives in a two-bedroom flat on the fourth floor without a lift. Mrs. Haddad has "
        "back pain and rarely goes out. There is an active Syrian community association nearby and "
        "a mosque the family attends on Fridays."
    ],
)
d.sec(
    "4. Assessment",
    "assessment",
    [
        "Needs are primarily practical (housing, education, employment). Mr. Haddad shows signs of "
        "low mood linked to loss of professional status. The family is cohesive and motivated."
    ],
)
d.sec(
    "5. Goals and Plan",
    "intervention_plan",
    [
        "Housing transfer application; school place for youngest child; ESOL classes; "
        "qualification recognition through the national skills body."
    ],
)
d.sec(
    "6. Work Undertaken",
    "interventions",
    [
        "Supported housing transfer (approved June 2024, family moved to a ground-floor house). "
        "Child enrolled at primary school in November 2023. Mr. Haddad completed ESOL level 1 and "
        "his qualification was recognised at level 3; he started an apprenticeship in August."
    ],
)
d.sec(
    "7. Case Closure",
    "termination",
    [
        "Closed by mutual agreement after the family's goals were met. The family was given "
        "contact details of the community association for any future needs."
    ],
)

d = new("cf_en_open_reason_for_referral.docx", "case_record", "en")
d.lh("Midvale County Adult Protective Services")
d.f["agency_name"] = "Midvale County Adult Protective Services"
d.p("CONFIDENTIAL — NOT FOR DISCLOSURE", italic=True)
d.f["confidentiality"] = "CONFIDENTIAL — NOT FOR DISCLOSURE"
d.title("Case Record")
d.kv(
    [
        ("Case No.", "APS-2024-1142", "case_number"),
        ("Client", "Ms. Dorothy Ellison", "client_name"),
        ("DOB", "03/11/1939", "client_birth_date", "1939-11-03"),
        ("Address", "47 Orchard Lane, Midvale", "client_address"),
        ("Assigned Worker", "Marcus Lee, LCSW", "worker_name"),
        ("Intake Date", "July 22, 2024", "date_opened", "2024-07-22"),
        ("Referral Source", "Anonymous neighbour via hotline", "referral_source"),
        ("Case Status", "Open", "case_status", "open"),
    ]
)
d.sec(
    "Identifying Information",
    "client_identity",
    [
        "Ms. Ellison is an 84-year-old widowed woman who lives alone in her own bungalow. She "
        "retired as a school librarian. She uses a walking frame indoors."
    ],
    style="heading",
)
d.sec(
    "Reason for Referral",
    "presenting_problem",
    [
        "A neighbour reported that a man claiming to be Ms. Ellison's nephew has been visiting "
        "daily, that her mail is piling up, and that she appeared frightened when asked about him. "
        "Concern for financial exploitation and self-neglect."
    ],
    style="heading",
)
d.sec(
    "Family and Social Background",
    "social_environment",
    [
        "Ms. Ellison has one niece living out of state with whom she has had little contact. The "
        "man visiting is her late husband's great-nephew, recently unemployed. She attends church "
        "irregularly and used to be part of a book club."
    ],
    style="heading",
)
d.sec(
    "Worker's Assessment",
    "assessment",
    [
        "Ms. Ellison presents with mild memory problems. Bank statements she shared show several "
        "large cash withdrawals in June and July. Risk of financial abuse is assessed as high; she "
        "is ambivalent about involving police because she does not want to lose contact with family."
    ],
    style="heading",
)
d.sec(
    "Case Plan",
    "intervention_plan",
    [
        "Capacity assessment via primary care; bank safeguarding alert with client's consent; "
        "explore lasting power of attorney with trusted niece; weekly visits for four weeks."
    ],
    style="heading",
)
d.sec(
    "Services Provided to Date",
    "interventions",
    ["Two home visits; GP appointment booked for 5 August; bank alert placed on 26 July."],
    style="heading",
)
d.h("Attachments", "heading")
d.bullets(
    "attachments",
    [
        "Hotline intake form",
        "Bank statements (June–July 2024)",
        "Signed consent to share information",
    ],
    mark="•",
)


# ------------------------------------------------------------------------ daily logs
def log_table(d, header, rows):
    """rows: (shown cells..., gold entry dict)."""
    d.table(header, [list(r[:-1]) for r in rows])
    d.f["entries"] = [r[-1] for r in rows]


def E(date, time, dur, desc, client=None):
    e = {"date": date, "time": time, "duration_minutes": dur, "description": desc}
    if client:
        e["client_name"] = client
    return {k: v for k, v in e.items() if v is not None}


d = new("ch_id_tabel_bergaris.docx", "daily_log", "id")
d.lh("PEMERINTAH KOTA WIRABUMI", "DINAS SOSIAL KOTA WIRABUMI")
d.f["agency_name"] = "Dinas Sosial Kota Wirabumi"
d.title("CATATAN HARIAN PEKERJA SOSIAL")
d.lab("Nama Pekerja Sosial", "Andi Saputra, S.Sos.", "worker_name")
d.lab("Bulan", "Maret 2024")
r1 = "Kunjungan rumah keluarga Siregar; menilai kondisi anak setelah laporan penelantaran."
r2 = "Koordinasi dengan kepala sekolah SDN 4 tentang kehadiran anak Lina."
r3 = "Mendampingi Lina Siregar pemeriksaan kesehatan di Puskesmas Kecamatan."
r4 = "Rapat kasus dengan tim P2TP2A membahas rencana pengasuhan sementara."
r5 = "Konseling singkat dengan ibu klien, Ny. Rosmawati, tentang pengaturan keuangan."
log_table(
    d,
    ["Tanggal", "Jam", "Lama", "Klien", "Uraian Kegiatan"],
    [
        (
            "4 Maret 2024",
            "08.30",
            "1,5 jam",
            "Keluarga Siregar",
            r1,
            E("2024-03-04", "08:30", 90, r1, "Keluarga Siregar"),
        ),
        (
            "",
            "11.00",
            "45 menit",
            "Lina Siregar",
            r2,
            E("2024-03-04", "11:00", 45, r2, "Lina Siregar"),
        ),
        (
            "5 Maret 2024",
            "09.00",
            "2 jam",
            "Lina Siregar",
            r3,
            E("2024-03-05", "09:00", 120, r3, "Lina Siregar"),
        ),
        ("", "13.30", "1 jam 15 menit", "-", r4, E("2024-03-05", "13:30", 75, r4)),
        (
            "6 Maret 2024",
            "10.15",
            "30 menit",
            "Ny. Rosmawati",
            r5,
            E("2024-03-06", "10:15", 30, r5, "Ny. Rosmawati"),
        ),
    ],
)

d = new("ch_id_paragraf_bertanggal.pdf", "daily_log", "id")
d.lh('PANTI SOSIAL TRESNA WERDHA "BUDI LUHUR"')
d.f["agency_name"] = 'Panti Sosial Tresna Werdha "Budi Luhur"'
d.title("Buku Harian Pekerja Sosial")
d.lab("Petugas", "Sri Rahayu Ningsih", "worker_name")
t1 = (
    "Menemui Mbah Karto di wisma Anggrek. Klien mengeluh nyeri lutut dan tidak mau ikut "
    "senam pagi. Saya mencatat keluhan dan melapor ke perawat jaga."
)
t2 = (
    "Kegiatan kelompok terapi kenangan bersama delapan lansia wisma Melati, termasuk Oma "
    "Lien. Oma Lien bercerita tentang masa mudanya sebagai guru tari dan tampak gembira."
)
t3 = (
    "Menerima telepon dari anak Bapak Sudirman yang menanyakan kemungkinan membawa ayahnya "
    "pulang saat Lebaran. Saya menjelaskan prosedur izin pulang."
)
t4 = (
    "Asesmen awal calon penghuni baru, Ibu Painem (72 th), diantar oleh Ketua RT. Ibu "
    "Painem tidak memiliki keluarga dan tinggal menumpang di pos ronda."
)
d.h("Senin, 18 Maret 2024")
d.p("Pukul 07.45, selama 30 menit. " + t1)
d.p("Pukul 10.00, 1 jam. " + t2)
d.p("Pukul 14.00. " + t3)
d.h("Selasa, 19 Maret 2024")
d.p("Pukul 08.15, 45 menit. " + t4)
d.f["entries"] = [
    E("2024-03-18", "07:45", 30, t1, "Mbah Karto"),
    E("2024-03-18", "10:00", 60, t2, "Oma Lien"),
    E("2024-03-18", "14:00", None, t3, "Bapak Sudirman"),
    E("2024-03-19", "08:15", 45, t4, "Ibu Painem"),
]

d = new("dl_en_ruled_table.pdf", "daily_log", "en")
d.title("DAILY ACTIVITY LOG — SCHOOL SOCIAL WORK")
d.line(
    ("School", "Ashgrove Secondary School", "agency_name"),
    ("Worker", "Rebecca Thornton", "worker_name"),
    ("Week of", "10 June 2024"),
)
a1 = "Met Jordan after his suspension; re-entry meeting with head of year."
a2 = "Phone call with Jordan's father about homework support."
a3 = "Group session: anger management, Year 9 (6 students)."
a4 = (
    "Crisis meeting: Chloe disclosed self-harm; safety plan made, parents informed, CAMHS referral."
)
a5 = "Attendance review with education welfare officer."
log_table(
    d,
    ["Date", "Time", "Duration", "Student", "Activity / Contact"],
    [
        (
            "10/06/2024",
            "08:40",
            "1 hr 30 min",
            "Jordan Pike",
            a1,
            E("2024-06-10", "08:40", 90, a1, "Jordan Pike"),
        ),
        (
            "10/06/2024",
            "15:30",
            "20 mins",
            "Jordan Pike",
            a2,
            E("2024-06-10", "15:30", 20, a2, "Jordan Pike"),
        ),
        (
            "11/06/2024",
            "11:00",
            "50'",
            "Year 9 group",
            a3,
            E("2024-06-11", "11:00", 50, a3, "Year 9 group"),
        ),
        (
            "12/06/2024",
            "13:10",
            "90'",
            "Chloe Sanders",
            a4,
            E("2024-06-12", "13:10", 90, a4, "Chloe Sanders"),
        ),
        ("13/06/2024", "09:00", "1 hour", "", a5, E("2024-06-13", "09:00", 60, a5)),
    ],
)

d = new("dl_en_diary_paragraphs.docx", "daily_log", "en")
d.lh("Brookfield Homeless Outreach")
d.f["agency_name"] = "Brookfield Homeless Outreach"
d.title("Outreach Worker's Diary")
d.lab("Worker", "Kevin Marsh", "worker_name")
p1 = (
    "Early street count along the canal path. Found Stuart Kane sleeping under the Mill "
    "Street bridge; offered hot drink and a place at the night shelter, which he declined."
)
p2 = (
    "Accompanied Anna Novak to the housing options office to make a homelessness "
    "application. She was given emergency B&B for three nights."
)
p3 = (
    "Took Stuart Kane to the walk-in GP clinic for his leg ulcer; dressing done and "
    "follow-up booked."
)
for pre, x in (
    ("Tuesday 7 May 2024, 6:30 am (1 hr)", p1),
    ("Tuesday 7 May 2024, 2:15 pm (45 min)", p2),
    ("Wednesday 8 May 2024, 10:00 am (2 hrs)", p3),
):
    d.p(pre + " — " + x)
d.f["entries"] = [
    E("2024-05-07", "06:30", 60, p1, "Stuart Kane"),
    E("2024-05-07", "14:15", 45, p2, "Anna Novak"),
    E("2024-05-08", "10:00", 120, p3, "Stuart Kane"),
]


# -------------------------------------------------------------------- agency records
d = new("bdl_id_tabel_label.docx", "agency_record", "id")
d.title("BUKU CATATAN DATA LEMBAGA")
d.p("Diisi oleh mahasiswa praktikum pada minggu pertama penempatan.", italic=True)
d.kv(
    [
        ("Nama Lembaga", 'Panti Sosial Asuhan Anak "Putra Harapan"', "agency_name"),
        ("Alamat Lembaga", "Jl. Raya Lembang No. 88, Kabupaten Bandung Barat", "address"),
        ("Tanggal Berdiri", "17 Agustus 1985", "founding_date", "1985-08-17"),
        (
            "Dasar Hukum",
            "Akta Notaris No. 14 Tahun 1985; SK Kemenkumham No. AHU-0012.AH.01.04 Tahun 2015; izin operasional Dinas Sosial Provinsi",
            "legal_basis",
        ),
        ("Sifat Lembaga", "Panti (institusional)", "agency_nature", "institutional"),
        ("Wilayah Kewenangan Pelayanan", "Provinsi Jawa Barat", "service_authority", "province"),
        (
            "Sumber Dana",
            "APBD Provinsi, donatur tetap, zakat perusahaan, hasil usaha koperasi panti",
            "funding_sources",
        ),
        (
            "Program Kerja",
            "Pengasuhan anak yatim dan terlantar usia 6–18 tahun; bimbingan belajar; pelatihan keterampilan menjahit dan sablon; program reunifikasi keluarga.",
            "work_program",
        ),
        (
            "Prosedur dan Persyaratan Pelayanan",
            "Surat rujukan Dinas Sosial kabupaten/kota, surat keterangan tidak mampu dari desa, fotokopi KK dan akta kelahiran, surat keterangan sehat dari dokter, asesmen awal oleh pekerja sosial panti.",
            "service_procedures",
        ),
        (
            "Struktur Organisasi",
            "Ketua Yayasan; Kepala Panti; Seksi Pengasuhan; Seksi Pendidikan dan Keterampilan; Seksi Administrasi dan Keuangan; Pekerja Sosial.",
            "organizational_structure",
        ),
        (
            "Tenaga Profesional",
            "2 pekerja sosial, 1 psikolog (paruh waktu), 6 pengasuh.",
            "professional_staff",
        ),
        ("Tenaga Administrasi", "1 bendahara, 1 staf tata usaha.", "admin_staff"),
        (
            "Sistem Pencatatan dan Pelaporan",
            "Buku induk anak, catatan kasus per anak, laporan bulanan ke Dinas Sosial Provinsi.",
            "recording_and_reporting",
        ),
    ]
)

d = new("bdl_id_bernomor_tanpa_dasar_hukum.pdf", "agency_record", "id")
d.title("PROFIL LEMBAGA PRAKTIKUM")
d.lab("Nama Lembaga", 'Rumah Singgah "Anak Bangsa"', "agency_name")
d.lab("Alamat", "Jl. Stasiun Timur No. 3, Kota Wirabumi", "address")
d.lab("Didirikan", "1 Juni 2003", "founding_date", "2003-06-01")
d.lab("Jangkauan Pelayanan", "Kota", "service_authority", "district")
d.lab(
    "Bentuk Pelayanan",
    "Semi panti (anak pulang ke keluarga pada akhir pekan)",
    "agency_nature",
    "semi_institutional",
)
d.sec(
    "1. Program Kerja Lembaga",
    "work_program",
    [
        "Penjangkauan anak jalanan di sekitar stasiun dan terminal; layanan singgah siang dan malam; kelas kejar paket; pendampingan reunifikasi dengan keluarga."
    ],
)
d.sec(
    "2. Prosedur dan Persyaratan",
    "service_procedures",
    [
        "Anak dijangkau oleh pekerja sosial di lapangan, dicatat identitasnya, lalu dilakukan asesmen. Tidak ada persyaratan administratif saat masuk; dokumen kependudukan diurus kemudian bersama keluarga."
    ],
)
d.sec(
    "3. Proses Pelayanan",
    "service_process",
    [
        "Penjangkauan – penerimaan – asesmen – rencana pelayanan – pelaksanaan – reunifikasi – terminasi dan pemantauan."
    ],
)
d.sec(
    "4. Struktur Organisasi",
    "organizational_structure",
    [
        "Pembina; Ketua; Koordinator Program; Pekerja Sosial Lapangan (4 orang); Pengelola Rumah Singgah; Bendahara."
    ],
)
d.sec(
    "5. Sumber Dana",
    "funding_sources",
    ["Hibah Pemerintah Kota, CSR perbankan, dan sumbangan masyarakat."],
)
d.sec(
    "6. Batasan Khusus",
    "special_limits",
    [
        "Hanya melayani anak usia 7–17 tahun; anak dengan ketergantungan NAPZA dirujuk ke lembaga rehabilitasi."
    ],
)

d = new("ag_en_agency_profile.pdf", "agency_record", "en")
d.lh("School of Social Work — Field Education Unit")
d.title("AGENCY DATA RECORD")
d.lab("Name of Agency", "Harbour City Women's Refuge Trust", "agency_name")
d.lab("Address", "PO Box 4471, 16 Quay Road, Harbour City", "address")
d.lab("Date Established", "March 8, 1991", "founding_date", "1991-03-08")
d.line(
    ("Scope of Service", "National", "service_authority", "national"),
    (
        "Nature of Agency",
        "Non-institutional (community-based)",
        "agency_nature",
        "non_institutional",
    ),
)
d.sec(
    "Programmes",
    "work_program",
    [
        "24-hour crisis line; safe-house accommodation through a network of host homes; court advocacy; children's programme; community education in schools."
    ],
    style="heading",
)
d.sec(
    "Intake Procedures and Eligibility",
    "service_procedures",
    [
        "Women and their children experiencing family violence may self-refer by phone or be referred by police, health or welfare services. A safety assessment is completed at first contact; no documents are required."
    ],
    style="heading",
)
d.sec(
    "Organisational Structure",
    "organizational_structure",
    [
        "Board of Trustees; Executive Director; Service Manager; team leaders for Crisis Line, Advocacy and Children's Services; volunteer coordinator."
    ],
    style="heading",
)
d.sec(
    "Legal Status",
    "legal_basis",
    [
        "Registered charitable trust under the Charitable Trusts Act; registered charity no. CC-20417."
    ],
    style="heading",
)
d.sec(
    "Funding",
    "funding_sources",
    [
        "Government contract (about 60%), philanthropic grants, op-shop income and individual donations."
    ],
    style="heading",
)
d.sec(
    "Agency Policies",
    "policies",
    ["Client confidentiality, safety-first, bicultural practice, zero tolerance of violence."],
    style="heading",
)
d.sec(
    "Staffing",
    "professional_staff",
    ["Six registered social workers, two advocates, one children's worker; 40 trained volunteers."],
    style="heading",
)
d.sec(
    "Records and Reporting",
    "recording_and_reporting",
    [
        "Electronic client management system; quarterly reports to the funder; annual report to trustees."
    ],
    style="heading",
)

d = new("ag_en_missing_funding.docx", "agency_record", "en")
d.title("Field Placement — Agency Information Sheet")
d.line(
    ("Agency", "Global Hands Migrant Workers' Centre", "agency_name"),
    ("Address", "Level 2, 55 Market Street, Port Alder", "address"),
)
d.lab(
    "Area of authority",
    "International (regional office for three countries)",
    "service_authority",
    "international",
)
d.lab("Type of setting", "Non-residential", "agency_nature", "non_institutional")
d.lab("Year founded", "N/A")
d.sec(
    "WHAT THE AGENCY DOES",
    "work_program",
    [
        "Advice and casework for migrant domestic workers; shelter referrals; repatriation support; pre-departure training in sending countries."
    ],
    style="caps",
)
d.sec(
    "HOW CLIENTS ARE SERVED",
    "service_procedures",
    [
        "Walk-in advice on Sundays; appointments on weekdays. Clients must bring passport or a copy where possible; cases are opened after an intake interview."
    ],
    style="caps",
)
d.sec(
    "STRUCTURE",
    "organizational_structure",
    [
        "Regional Director; country coordinators; caseworkers; legal officer; finance and administration."
    ],
    style="caps",
)
d.sec(
    "LEGAL FOUNDATION",
    "legal_basis",
    ["Incorporated society; memorandum of understanding with the Ministry of Labour."],
    style="caps",
)
d.sec(
    "FUNCTIONAL AREAS",
    "functional_areas",
    ["Casework, legal aid, education, research and advocacy."],
    style="caps",
)


# -------------------------------------------------------------- not case notes
d = new("undangan_rapat_koordinasi.docx", "unknown", "id")
d.lh("PEMERINTAH KABUPATEN SUKAMAJU", "DINAS SOSIAL")
d.p("Jl. Veteran No. 10 Sukamaju")
d.line(("Nomor", "005/212/Dinsos/2024"), ("Lampiran", "1 berkas"))
d.lab("Perihal", "Undangan Rapat Koordinasi Penanganan Anak Terlantar")
d.p("Kepada Yth. Pimpinan LKSA se-Kabupaten Sukamaju di tempat.")
d.p(
    "Dengan hormat, dalam rangka evaluasi program pengasuhan berbasis keluarga semester I, kami mengundang Bapak/Ibu untuk hadir pada:"
)
d.lab("Hari/Tanggal", "Kamis, 16 Mei 2024")
d.lab("Waktu", "09.00 WIB s.d. selesai")
d.lab("Tempat", "Aula Lantai 2, Dinas Sosial Kabupaten Sukamaju", "location")
d.lab("Acara", "Paparan data anak terlantar dan penyusunan rencana aksi")
d.p(
    "Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu sangat kami harapkan. Atas perhatiannya kami ucapkan terima kasih."
)
d.p("Kepala Dinas Sosial, Drs. H. Ahmad Fauzi, M.Si.")

d = new("budget_memo_outreach.pdf", "unknown", "en")
d.title("MEMORANDUM")
d.lab("To", "Finance Committee")
d.lab("From", "Programme Manager, Community Outreach")
d.lab("Date", "9 September 2024")
d.lab("Re", "Proposed budget variation, Q4 2024")
d.p(
    "The outreach programme expects to overspend its vehicle line because of the extended winter service. I propose the following reallocation, which leaves the total budget unchanged:"
)
d.table(
    ["Budget line", "Approved", "Proposed", "Change"],
    [
        ["Vehicle running costs", "12,000", "15,500", "+3,500"],
        ["Staff training", "6,000", "4,000", "-2,000"],
        ["Printing and publicity", "3,000", "1,500", "-1,500"],
        ["Total", "21,000", "21,000", "0"],
    ],
)
d.p("Please let me know by 20 September whether the committee approves this variation.")


# ==========================================================================
def main(out):
    os.makedirs(os.path.join(out, "notes"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    for d in DOCS:
        fmt = d.name.rsplit(".", 1)[1]
        path = os.path.join(out, "notes", d.name)
        (render_docx if fmt == "docx" else render_pdf)(d, path)
        mreq, mrec = missing(d.rtype, d.f)
        rec = {
            "record_type": d.rtype,
            "language": d.lang,
            "fields": d.f,
            "missing_required": mreq,
            "missing_recommended": mrec,
        }
        gold = {
            "contract_version": "1.1",
            "source": {"path": f"notes/{d.name}", "format": fmt},
            "records": [rec],
            "warnings": [],
        }
        with open(os.path.join(out, "gold", d.name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(f"{len(DOCS)} documents written to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
