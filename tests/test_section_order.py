"""Unmatched headings placed in the empty sections their place allows (`section_order.py`).

Each case is a real DOCX or PDF written here, read by the whole pipeline: headings
no schema lists, in the order a record of that kind keeps its sections, fill them
(`via` "order"); a heading out of that order, over a line too short to read, or
over text that reads as another of the record's sections, stays unmatched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

Lines = tuple[str, ...]

QUESTIONS_EN: Lines = (
    "#CLIENT FILE",
    "Case no.: HV/2025/0417",
    "Client name: Ms. Leonie Farrant",
    "Social worker: Tomasz Wierzbicki",
    "Date opened: 3 March 2025",
    "#Who is the service user?",
    "Ms. Farrant is a 30-year-old single parent of two children who works night shifts "
    "at a care home.",
    "#Why did the family come to us?",
    "The school reported that the older child was arriving late and hungry on most days "
    "of the week.",
    "#What is happening around the family?",
    "Her mother lives in a neighbouring town and helps at weekends; there is no contact "
    "with the father.",
    "#What do we think is going on?",
    "Practical overload rather than neglect: the routine breaks down on the mornings "
    "after night work.",
    "#What did we agree to do?",
    "A morning routine plan with the breakfast club and a request to her employer for day shifts.",
)
QUESTIONS_ID: Lines = (
    "#CATATAN KASUS",
    "No. Kasus: 045/PS/II/2024",
    "Nama Klien: Sdri. Wulan Permatasari",
    "Pekerja Sosial: Rina Marlina",
    "Tanggal Registrasi: 5 Februari 2024",
    "#Siapa klien kita?",
    "Klien berusia 16 tahun, anak kedua dari tiga bersaudara, bersekolah di kelas X SMA "
    "negeri di Bandung.",
    "#Mengapa klien datang?",
    "Klien sering tidak masuk sekolah sejak bulan Januari dan dilaporkan oleh wali "
    "kelasnya kepada lembaga.",
    "#Bagaimana keadaan di sekitar klien?",
    "Klien tinggal bersama ibu dan nenek di rumah kontrakan; ayah bekerja di luar kota "
    "dan jarang pulang.",
)
PLACED = {
    "client_identity": "single parent",
    "presenting_problem": "arriving late",
    "social_environment": "neighbouring town",
    "assessment": "Practical overload",
    "intervention_plan": "morning routine",
}
PLACED_ID = {
    "client_identity": "berusia 16 tahun",
    "presenting_problem": "tidak masuk sekolah",
    "social_environment": "tinggal bersama ibu",
}


def _docx(path: Path, lines: Lines) -> Path:
    doc = WordDocument()
    for line in lines:
        if line.startswith("#"):
            doc.add_paragraph().add_run(line[1:]).bold = True
        elif line:  # an empty line spaces a PDF only
            doc.add_paragraph(line)
    doc.save(path)
    return path


def _pdf(path: Path, lines: Lines) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        bold = line.startswith("#")
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if bold else 10)
        pdf.drawString(50, y, line.lstrip("#"))
        y -= 24 if bold else 16
    pdf.save()
    return path


WRITERS = {"docx": _docx, "pdf": _pdf}


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("lines", "placed"),
    [
        pytest.param(QUESTIONS_EN, PLACED, id="en-questions"),
        pytest.param(QUESTIONS_ID, PLACED_ID, id="id-questions"),
    ],
)
def test_headings_nobody_listed_fill_the_sections_their_order_allows(
    tmp_path: Path, kind: str, lines: Lines, placed: dict[str, str]
) -> None:
    doc = read_document(WRITERS[kind](tmp_path / f"case.{kind}", lines))
    (record,) = extract_records(doc).records
    assert record.record_type == "case_record"
    for name, words in placed.items():
        assert words in str(record.fields.get(name)), name
        assert record.evidence[name].via in ("order", "model", "stem"), name
    assert not set(placed) & set(record.missing_required)


KEPT_UNMATCHED = [
    pytest.param(
        # a village head's remark is too short to be read as any section
        ("#CATATAN KASUS", "Nama Klien: Sari", "#CATATAN LURAH SETEMPAT", "Lurah datang."),
        "CATATAN LURAH SETEMPAT",
        id="id-short-text",
    ),
    pytest.param(
        # the opening of a visit, written after the dialogue, is out of a process record's order
        (
            "#CATATAN PROSES",
            "Nama Klien: Budi Santoso",
            "#JALANNYA WAWANCARA",
            "Pekerja sosial: Selamat pagi, Pak Budi. Bagaimana kabar Bapak hari ini?",
            "Klien: Baik, Bu. Saya senang Ibu datang.",
            "#PERMULAAN PERJUMPAAN",
            "Pekerja sosial datang ke rumah klien untuk kunjungan rumah yang pertama.",
            "#KESIMPULAN",
            "Klien bersedia mengikuti pertemuan berikutnya minggu depan.",
        ),
        "PERMULAAN PERJUMPAAN",
        id="id-out-of-order",
    ),
]


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_question_the_classifier_cannot_name_is_placed_by_its_order(
    tmp_path: Path, kind: str
) -> None:
    doc = read_document(WRITERS[kind](tmp_path / f"case.{kind}", QUESTIONS_EN))
    (record,) = extract_records(doc).records
    assert record.evidence["assessment"].via == "order"
    assert record.evidence["assessment"].label == "What do we think is going on?"


@pytest.mark.parametrize(("lines", "heading"), KEPT_UNMATCHED)
def test_a_heading_the_order_cannot_place_stays_unmatched(
    tmp_path: Path, lines: Lines, heading: str
) -> None:
    (record,) = extract_records(read_document(_docx(tmp_path / "note.docx", lines))).records
    assert heading in [u.text for u in record.unmatched]
    assert not any(ev.via == "order" for ev in record.evidence.values())


LETTERHEAD = (
    "#HARBOURSIDE FAMILY SERVICE",
    "12 Quay Street, Portsmouth PO1 3AB, Tel. 023 9284 1100",
    "#Family Notes",
    *QUESTIONS_EN[1:],
)


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_an_untitled_record_s_letterhead_is_no_section(tmp_path: Path, kind: str) -> None:
    # The title's words name no type, so nothing marks where the letterhead ends but its address.
    doc = read_document(WRITERS[kind](tmp_path / f"case.{kind}", LETTERHEAD))
    (record,) = extract_records(doc).records
    assert record.record_type == "case_record"
    labels = [ev.label for ev in record.evidence.values()] + [u.text for u in record.unmatched]
    assert "HARBOURSIDE FAMILY SERVICE" not in labels
    assert not any("Quay Street" in str(value) for value in record.fields.values())
    for name, words in PLACED.items():
        assert words in str(record.fields.get(name)), name


PLAIN_PROFILE: Lines = (
    "#Agency Profile",
    "Agency: Harbour Light Family Centre",
    "Address: 14 Quay Street, Bristol",
    "Established: 2 May 2011",
    "",
    "What We Do",
    "Family support at home and in groups for parents of young children across the city, "
    "with a drop-in on weekday mornings.",
    "",
    "Where Our Money Comes From",
    "City council grants, two church congregations and private donors pay for the centre's "
    "work and its small staff.",
    "",
    "Legal Basis",
    "Registered charity number 1120456 under the Charities Act 2011, with a constitution "
    "adopted in 2011.",
)


def _plain_pdf(path: Path, lines: Lines) -> Path:
    """Headings in the body's own type, set apart only by the space around them."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        if not line:
            y -= 14
            continue
        bold = line.startswith("#")
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        pdf.drawString(50, y, line.lstrip("#"))
        y -= 14
    pdf.save()
    return path


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_long_plain_heading_is_a_peer_of_the_plain_headings_named_below_it(
    tmp_path: Path, kind: str
) -> None:
    """`Legal Basis`, a plain line, names its section; `Where Our Money Comes From`, five
    words in Title Case written the same way above it, heads a section too: its text is
    not the text of the section before it."""
    write = _docx if kind == "docx" else _plain_pdf
    (record,) = extract_records(read_document(write(tmp_path / f"p.{kind}", PLAIN_PROFILE))).records
    assert record.record_type == "agency_record"
    assert "Legal Basis" not in str(record.fields.get("work_program"))
    assert "City council" not in str(record.fields.get("work_program"))
    assert "Charities Act" in str(record.fields.get("legal_basis"))
    funding = str(record.fields.get("funding_sources"))
    assert "City council grants" in funding or any(
        c.text == "Where Our Money Comes From" for r in record.needs_review for c in r.candidates
    )


PLAN_QUESTION: Lines = (
    *QUESTIONS_ID,
    "#Apa penilaian pendamping?",
    "Risiko jatuh tinggi dan kepatuhan minum obat rendah, tetapi klien masih mandiri untuk "
    "makan dan berpakaian.",
    "#Apa yang akan dilakukan?",
    "Kunjungan rumah dua kali seminggu; pemasangan pegangan di kamar mandi; kotak obat "
    "harian; melatih cucu sebagai pendamping informal; mengusulkan klien ke program "
    "bantuan lansia.",
)


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_heading_whose_text_speaks_of_the_section_its_place_gives_it_fills_it(
    tmp_path: Path, kind: str
) -> None:
    """`Apa yang akan dilakukan?` (what will be done) reads, by its words, as what was done;
    its text, read alone, is a plan, and the plan is the empty section its place allows."""
    doc = read_document(WRITERS[kind](tmp_path / f"case.{kind}", PLAN_QUESTION))
    (record,) = extract_records(doc).records
    assert "pegangan di kamar mandi" in str(record.fields.get("intervention_plan"))
    assert "intervention_plan" not in record.missing_required


RUN_ON = {
    "id": (
        "#Catatan Kunjungan Rumah",
        "Kunjungan ini dilakukan pada hari Senin, 2 Juni 2025 oleh pekerja sosial Dewi Anggraini "
        "untuk menemui Sdri. Lina Marlina di rumah orang tuanya di Desa Sukamaju.",
        "Pada kunjungan pertama, Lina menyambut dengan ramah dan bercerita bahwa ia sudah "
        "kembali bersekolah dan ikut latihan menari setiap sore bersama teman-temannya.",
        "Ibu Lina mengatakan bahwa anaknya lebih tenang dan mulai membantu pekerjaan rumah, "
        "meskipun kadang masih menangis jika teringat kejadian di sekolah lamanya.",
        "Dari kunjungan ini dapat disimpulkan bahwa kondisi Lina membaik dan dukungan keluarga "
        "cukup kuat, tetapi ia masih membutuhkan pendampingan untuk mengatasi rasa takutnya.",
        "Langkah selanjutnya, pekerja sosial akan menghubungi guru BK sekolah dan menjadwalkan "
        "kunjungan berikutnya dua minggu lagi bersama psikolog puskesmas.",
    ),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_note_in_running_prose_shares_its_paragraphs_among_its_sections(
    tmp_path: Path, kind: str
) -> None:
    """One heading over a visit told in paragraphs: what happened, what it means and what
    comes next are the record's sections, in that order, not one long introduction."""
    doc = read_document(WRITERS[kind](tmp_path / f"visit.{kind}", RUN_ON["id"]))
    (record,) = extract_records(doc).records
    assert "kembali bersekolah" not in str(record.fields.get("introduction"))
    assert "kembali bersekolah" in str(record.fields.get("summary"))
    assert "Langkah selanjutnya" in str(record.fields.get("next_steps"))
    assert not {"summary", "conclusion"} & set(record.missing_required)


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("#7. Bagaimana status kasus saat ini?", "Masih berjalan"),
        ("#7. Where does the case stand now?", "Ongoing"),
    ],
)
def test_a_question_over_an_enumerated_answer_is_that_fields_label(
    tmp_path: Path, kind: str, question: str, answer: str
) -> None:
    """A form's question over one of an enumeration's values (a case's status) labels that
    value: the classifier does not name a section from it."""
    lines = (
        "#CATATAN KASUS",
        "No. Registrasi: PAJ-0219/III/2024",
        "Nama Klien: Rian Saputra",
        "#1. Apa masalah utama yang dihadapi anak?",
        "Rian berjualan tisu di lampu merah sampai larut malam dan sering tidur di halte.",
        question,
        answer,
    )
    doc = read_document(WRITERS[kind](tmp_path / f"form.{kind}", lines))
    (record,) = extract_records(doc).records
    assert record.fields.get("case_status") == "open"
    assert answer not in str(record.fields.get("presenting_problem"))


LONG_QUESTIONS = {
    "en": (
        "#PROCESS RECORDING",
        "Child: Akbar",
        "Outreach worker: Nurul Fitriani",
        "Date: 5 April 2024",
        "#1. Why did you meet the child today?",
        "To follow up on his cough and to ask whether he had gone to the clinic.",
        "#2. What was said? (write the exchange as closely as you remember)",
        "Worker: How is the cough? It sounded bad last Friday.",
        "Akbar: Still there. At night it's worse.",
        "#3. What did you notice about his body language, mood and tone?",
        "He was thinner than last week and kept his arms wrapped around his chest.",
        "#4. What is your conclusion?",
        "Akbar needs a medical check urgently.",
    ),
    "id": (
        "#CATATAN PROSES",
        "Anak: Akbar",
        "Petugas penjangkau: Nurul Fitriani",
        "Tanggal: 5 April 2024",
        "#1. Mengapa Anda menemui anak hari ini?",
        "Untuk menindaklanjuti batuknya dan menanyakan apakah ia sudah ke puskesmas.",
        "#2. Apa yang dibicarakan? (tuliskan percakapan selengkap yang dapat diingat)",
        "Petugas: Bagaimana batukmu? Jumat lalu kedengarannya parah.",
        "Akbar: Masih, Kak. Kalau malam makin parah.",
        "#3. Apa yang Anda amati dari bahasa tubuh, suasana hati dan nada suaranya?",
        "Ia lebih kurus dari minggu lalu dan terus memeluk dadanya.",
        "#4. Apa kesimpulan Anda?",
        "Akbar perlu segera diperiksa dokter.",
    ),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
@pytest.mark.parametrize("lang", sorted(LONG_QUESTIONS))
def test_a_long_numbered_question_set_apart_heads_the_answer_below_it(
    tmp_path: Path, kind: str, lang: str
) -> None:
    """A form's question set in bold may be longer than any heading, an instruction in
    brackets after it: it heads the answer below, which is not the text of the question above."""
    doc = read_document(WRITERS[kind](tmp_path / f"form.{kind}", LONG_QUESTIONS[lang]))
    (record,) = extract_records(doc).records
    text = "\n".join(str(v) for v in record.fields.values())
    assert "thinner" in text or "kurus" in text
    body_language = "kept his arms" if lang == "en" else "memeluk dadanya"
    dialogue = record.fields.get("interview_narrative", "")
    assert body_language not in dialogue
    question = "What was said" if lang == "en" else "Apa yang dibicarakan"
    assert question not in text  # a heading, not the text of the answer above it
