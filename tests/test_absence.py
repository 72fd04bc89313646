"""Absence that can be trusted (contract 1.1): missing_required or needs_review, never both."""

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.absence import could_hold
from pipeline.extract.assemble import Orphan
from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.specs import load_schemas

PROSE = (
    "Klien tampak lebih tenang di akhir sesi dan menyatakan ingin melanjutkan "
    "pertemuan minggu depan bersama ibunya di rumah."
)


def _process_record(
    path: Path, last_heading: str | None, header: list[str], before_last: tuple[str, ...] = ()
) -> Path:
    doc = WordDocument()
    doc.add_heading("CATATAN PROSES", 0)
    for line in header:
        doc.add_paragraph(line)
    for heading, text in [
        ("Pendahuluan", "Wawancara dilakukan di rumah klien atas permintaan ibunya."),
        ("Isi Wawancara", "PS: Bagaimana kabarmu hari ini?\nKlien: Baik, Bu."),
    ]:
        doc.add_paragraph(heading).runs[0].bold = True
        doc.add_paragraph(text)
    for paragraph in before_last:
        doc.add_paragraph(paragraph).runs[0].bold = paragraph == before_last[0]
    if last_heading is not None:
        doc.add_paragraph(last_heading).runs[0].bold = True
        doc.add_paragraph(PROSE)
    doc.save(path)
    return path


HEADER = ["Nama Klien: Sdr. Eko Prasetyo", "Pekerja Sosial: Rina Marlina", "Tanggal: 5 Maret 2024"]


def _record(path: Path):
    (record,) = extract_records(read_document(path)).records
    return record


def test_a_section_under_a_heading_nobody_listed_is_to_review_not_missing(tmp_path):
    record = _record(_process_record(tmp_path / "a.docx", "Catatan Penutup Sesi", HEADER))
    assert record.record_type == "process_record"
    assert "conclusion" not in record.missing_required
    (review,) = [r for r in record.needs_review if r.field == "conclusion"]
    assert [c.text for c in review.candidates] == ["Catatan Penutup Sesi"]
    assert record.status == "needs_review"
    assert not record.complete
    data = record.to_json()
    assert data["status"] == "needs_review"
    assert data["complete"] is False
    assert data["needs_review"][0]["candidates"][0] == {"text": "Catatan Penutup Sesi", "page": 1}


def test_a_section_the_document_lacks_is_missing(tmp_path):
    record = _record(_process_record(tmp_path / "b.docx", None, HEADER))
    assert record.missing_required == ("conclusion",)
    assert record.needs_review == ()
    assert record.status == "incomplete"


@pytest.mark.parametrize(
    ("under_the_heading", "missing", "to_review"),
    [
        pytest.param(("N/A",), ("conclusion",), [], id="a blank under it: the record says none"),
        pytest.param(("-",), ("conclusion",), [], id="a dash under it"),
        pytest.param((), (), ["conclusion"], id="nothing under it: a parent heading, perhaps"),
    ],
)
def test_a_fields_own_heading_over_a_blank_makes_it_missing_whatever_else_could_hold_it(
    tmp_path, under_the_heading, missing, to_review
):
    before_last = ("Kesimpulan", *under_the_heading)
    path = _process_record(tmp_path / "e.docx", "Catatan Penutup Sesi", HEADER, before_last)
    record = _record(path)
    assert record.missing_required == missing
    assert [r.field for r in record.needs_review] == to_review


def test_a_label_with_a_date_may_hold_the_interview_date(tmp_path):
    header = [HEADER[0], HEADER[1], "Hari Kejadian: Selasa, 5 Maret 2024"]
    record = _record(_process_record(tmp_path / "c.docx", "Kesimpulan", header))
    assert record.missing_required == ()
    assert [(r.field, [c.text for c in r.candidates]) for r in record.needs_review] == [
        ("interview_date", ["Hari Kejadian"])
    ]


def test_a_complete_record_has_nothing_to_review(tmp_path):
    record = _record(_process_record(tmp_path / "d.docx", "Kesimpulan", HEADER))
    assert (record.missing_required, record.needs_review, record.status) == ((), (), "complete")
    assert record.complete


_PR = load_schemas().records["process_record"]


@pytest.mark.parametrize(
    ("field", "orphan", "holds"),
    [
        ("conclusion", Orphan("Penutup", "heading", 1, [PROSE]), True),
        ("conclusion", Orphan("Penutup", "heading", 1, ["Baik."]), False),  # no prose under it
        # the words of another field (the purpose), none of this one's
        ("conclusion", Orphan("Tujuan Kunjungan", "heading", 1, [PROSE]), False),
        # a word several sections share (`kegiatan`) names none of them
        ("conclusion", Orphan("Kegiatan Hari Ini", "heading", 1, [PROSE]), True),
        ("conclusion", Orphan("Awal", "passage", 1, [PROSE]), False),  # text under no heading
        ("conclusion", Orphan("SK-LN-0042", "heading", 1, [PROSE]), False),  # a code, no words
        ("interview_date", Orphan("Hari Kejadian", "label", 1, ["5 Maret 2024"]), True),
        ("interview_date", Orphan("Hari Kejadian", "label", 1, ["pagi hari"]), False),
        ("interview_date", Orphan("Waktu", "heading", 1, ["Senin, 4 Maret 2024", PROSE]), True),
        ("client_name", Orphan("Nama Siswa Binaan", "label", 1, ["Sdr. Eko"]), True),
        # "name" is every name field's word: whose name it is, the label does not say
        ("worker_name", Orphan("Resident Name", "label", 1, ["Sdr. Eko"]), False),
        # a name field's word and nothing another field owns: whose name, to review
        ("client_name", Orphan("Nama PPKS", "label", 1, ["Ibu Sari"]), True),
        ("client_name", Orphan("Nama Petugas", "label", 1, ["Ibu Sari"]), False),  # the worker's
        ("worker_name", Orphan("Child Name", "label", 1, ["Eko"]), False),  # the client's
        ("client_name", Orphan("Hobi", "label", 1, ["membaca"]), False),  # shares no word
        ("client_name", Orphan("Nama Panggilan", "label", 1, ["5 Maret 2024"]), False),  # a date
        ("worker_name", Orphan("Nama Pendamping", "label", 1, [PROSE]), False),  # too long
        ("client_name", Orphan("Nama PPKS", "label", 1, ["0417"]), False),  # a name has no figure
        ("client_name", Orphan("Client ID", "label", 1, ["CL-0417"]), False),
        # a blank label: whichever field it is, that field is missing
        ("client_name", Orphan("Nama PPKS", "label", 1, ["N/A"]), False),
        ("client_name", Orphan("Nama PPKS", "label", 1, ["-"]), False),
        ("interview_date", Orphan("Hari Kejadian", "label", 1, ["...................."]), False),
        ("client_name", Orphan("Nama PPKS", "label", 1, ["[nama klien]"]), False),
        # a title read as a heading, a form's header of labels under it: no section's prose
        (
            "conclusion",
            Orphan(
                "BERKAS KASUS KLIEN",
                "heading",
                1,
                [
                    "Alamat Domisili : Jl. Cibangkong Gg. Mesjid No. 27, Kel. Cibangkong",
                    "Pekerja Sosial Kasus : Lestari Hidayat, S.Tr.Sos",
                    "Dirujuk dari : Puskesmas Cibangkong",
                ],
            ),
            False,
        ),
        ("conclusion", Orphan("Catatan Penutup", "heading", 1, [PROSE, "Catatan: " + PROSE]), True),
    ],
)
def test_what_could_hold_a_field(field, orphan, holds):
    assert could_hold(_PR.field(field), orphan, _PR) is holds


IDENTITY = (
    "Tyler is sixteen and the second of three children. He lives with his mother and two "
    "sisters and is in Year 11 at the community college."
)
REFERRAL = (
    "Tyler was made subject to a referral order of nine months after pleading guilty to theft "
    "from a shop; the court asked the service to supervise the order."
)


def _case_record(tmp_path: Path, header: tuple[str, ...], sections: tuple[tuple[str, str], ...]):
    """Return the record of a DOCX case record: its header lines, then bold headings over text."""
    doc = WordDocument()
    doc.add_heading("CASE RECORD", 0)
    for line in header:
        doc.add_paragraph(line)
    for heading, text in sections:
        doc.add_paragraph(heading).runs[0].bold = True
        doc.add_paragraph(text)
    doc.save(tmp_path / "case.docx")
    return _record(tmp_path / "case.docx")


def test_a_sections_own_words_take_it_from_the_models_guess_above(tmp_path: Path) -> None:
    """`About the young person`, words nobody listed, may be guessed to be the presenting
    problem; `Reason for referral` below names it. The named heading keeps the section and the
    guessed one goes back to the unmatched, where order or review places it."""
    record = _case_record(
        tmp_path,
        ("Client: Tyler Brennan", "Worker: Megan Holloway", "Case no.: AYJ/26/0312"),
        (
            ("1. About the young person", IDENTITY),
            ("2. Reason for referral", REFERRAL),
            ("3. Assessment", "Risk of reoffending is medium, mainly because of peer influence."),
        ),
    )
    assert record.fields["presenting_problem"] == REFERRAL
    assert record.evidence["presenting_problem"].label == "Reason for referral"
    identity = record.fields.get("client_identity")
    assert identity == IDENTITY or any(
        "About the young person" in c.text for r in record.needs_review for c in r.candidates
    )


def test_of_two_headings_guessed_for_one_section_the_less_likely_goes_to_order_or_review(
    tmp_path: Path,
) -> None:
    """`Why he came to us` and `What we planned`, words nobody listed, may both be guessed to
    be the plan. A record has one plan: the likelier heading keeps it, and the other is not
    appended to it but left to the order of the sections or to review."""
    reason = (
        "He wanted help to find work again and to leave the house more often. Since the fall "
        "he has hardly gone out because the steps to the street are steep."
    )
    plan = (
        "1. Ask the ward fund for a ramp. 2. Enrol him in the evening computer course. "
        "3. Introduce him to a peer mentor who uses a wheelchair."
    )
    record = _case_record(
        tmp_path,
        ("Client: Mr. Joel Pratama", "Caseworker: Nadia Rahim", "File no.: LB-2024-031"),
        (
            ("ABOUT THE CLIENT", "Joel is 31, lives with his parents and uses a wheelchair."),
            ("WHY HE CAME TO US", reason),
            ("FAMILY AND NEIGHBOURHOOD", "His parents run a small shop and his sister helps."),
            ("OUR ASSESSMENT", "Joel is motivated; access and confidence are the barriers."),
            ("WHAT WE PLANNED", plan),
        ),
    )
    assert reason not in record.fields.get("intervention_plan", "")
    assert record.fields.get("presenting_problem") == reason or any(
        c.text == "WHY HE CAME TO US" for r in record.needs_review for c in r.candidates
    )


def test_a_bold_heading_naming_a_field_given_above_opens_a_section_of_its_own(
    tmp_path: Path,
) -> None:
    """`Section A – The pupil` under `Pupil: Aisha Rahman`: the heading's word names the
    client's name, already given; the text under it is a section nobody named, not lost."""
    about = (
        "Aisha is nine and in Year 4. She lives with her mother and grandmother and has "
        "attended the school since Reception."
    )
    record = _case_record(
        tmp_path,
        ("Pupil: Aisha Rahman", "Worker: Owen Hartley", "Case no.: KPS-PW-26-07"),
        (("Section A – The pupil", about), ("Section B – Presenting problem", REFERRAL)),
    )
    assert record.fields["client_name"] == "Aisha Rahman"
    assert record.fields.get("client_identity") == about or any(
        "The pupil" in c.text for r in record.needs_review for c in r.candidates
    )
    assert "client_identity" not in record.missing_required


def test_a_forms_row_ends_the_text_the_row_above_began_on_its_label_line(tmp_path: Path) -> None:
    """`Landasan Hukum : Peraturan …` opens a section on its label's line; the form's next rows
    (`Jangkauan Pelayanan : Provinsi`, a label nobody lists) are theirs, not its text."""
    legal = "Peraturan Gubernur Nusa Tenggara Barat Nomor 23 Tahun 2017 tentang UPTD."
    doc = WordDocument()
    doc.add_heading("BUKU DATA LEMBAGA", 0)
    for line in (
        "Nama Lembaga: UPTD Panti Sosial Bina Laras Mataram",
        f"Landasan Hukum: {legal}",
        "Jangkauan Pelayanan: Provinsi",
        "Aturan Penerimaan Warga Binaan: rujukan dari Dinas Sosial kabupaten atau rumah sakit "
        "jiwa dengan surat keterangan dokter dan fotokopi kartu keluarga.",
        "Kebijakan: Tanpa pemasungan dan tanpa pengikatan.",
    ):
        doc.add_paragraph(line)
    doc.save(tmp_path / "lembaga.docx")
    record = _record(tmp_path / "lembaga.docx")
    assert record.fields["legal_basis"] == legal
    assert record.fields["service_authority"] == "province"
    assert all(
        "Aturan Penerimaan" not in str(value)
        for name, value in record.fields.items()
        if name != "service_procedures"
    )


def test_a_letterhead_line_above_the_title_heads_no_field(tmp_path: Path) -> None:
    """`INSTALASI PEKERJAAN SOSIAL MEDIS` above the title: its stems are a worker's, but a
    letterhead's line names the agency, and the address under it is nobody's name."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "harian.pdf"
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    lines = [
        ("Helvetica-Bold", 13, "RSUD KOTA CEMPAKA"),
        ("Helvetica-Bold", 13, "INSTALASI PEKERJAAN SOSIAL MEDIS"),
        ("Helvetica-Bold", 13, "Jl. Pahlawan No. 3, Cempaka"),
        ("Helvetica-Bold", 14, "LAMPIRAN 1 - CATATAN HARIAN"),
        ("Helvetica", 10, "Nama Mahasiswa : Aulia Rahmawati"),
        ("Helvetica", 10, "Senin, 22 Januari 2024, 08.00 (60 menit): rapat pagi di bangsal anak."),
    ]
    y = 780.0
    for font, size, text in lines:
        page.setFont(font, size)
        page.drawString(72, y, text)
        y -= 1.25 * size if size == 13 else 2 * size
    page.save()
    record = _record(path)
    assert record.fields.get("worker_name") != "Jl. Pahlawan No. 3, Cempaka"


QUESTION_FORMS = {
    "id": (
        "RINGKASAN PROSES WAWANCARA",
        ("Nama Klien: Ibu Sartini", "Pekerja Sosial: Dimas Arya", "Lembaga: Pos Layanan Terpadu"),
        ("1. Kapan saja pertemuan dilakukan?", "12 Maret 2025 dan 19 Maret 2025"),
        (
            "2. Apa yang dibicarakan?",
            "Ibu Sartini bercerita tentang rumahnya yang rusak diterjang banjir. Pada pertemuan "
            "kedua ia sudah tinggal bersama adiknya dan mulai bekerja lagi di pasar.",
        ),
        (
            "3. Apa kesimpulan pekerja sosial?",
            "Ibu Sartini mampu bangkit dan didukung keluarganya, tetapi membutuhkan bantuan "
            "perbaikan rumah sebelum musim hujan.",
        ),
    ),
    "en": (
        "SUMMARY INTERVIEW RECORD",
        ("Client: Mrs. Sarah Kent", "Social Worker: Dylan Hart", "Agency: Harbour Family Service"),
        ("1. When did we meet?", "March 12, 2025 and March 19, 2025"),
        (
            "2. What did we talk about?",
            "Mrs. Kent talked about the flood that damaged her flat. At the second meeting she "
            "had moved in with her sister and was back at work in the market.",
        ),
        (
            "3. What does the worker conclude?",
            "Mrs. Kent is coping and her family supports her, but she needs help to repair her "
            "flat before the rainy season.",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(QUESTION_FORMS))
def test_a_forms_numbered_questions_are_its_headings(tmp_path: Path, language: str) -> None:
    """A form asks its questions in plain numbered lines (`3. Apa kesimpulan pekerja sosial?`):
    each is a heading over its answer, not text of the section above; a question over one
    short value (the dates) is a label over it."""
    title, header, *questions = QUESTION_FORMS[language]
    doc = WordDocument()
    doc.add_heading(title, 0)
    for line in (*header, *(text for pair in questions for text in pair)):
        doc.add_paragraph(line)
    doc.save(tmp_path / "form.docx")
    record = _record(tmp_path / "form.docx")
    (dates, _), (talk, talked), (conclude, concluded) = questions
    assert record.record_type == "summarized_process_record"
    assert record.fields["interview_dates"] == ["2025-03-12", "2025-03-19"]
    assert record.evidence["interview_dates"].label == dates.split(" ", 1)[1]
    assert record.fields["conclusion"] == concluded
    assert not any(conclude in str(value) or talk in str(value) for value in record.fields.values())
    assert "interview_dates" not in record.missing_required


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Date opened: early in the dry season", "date_opened"),
        ("Tanggal dibuka: awal musim kemarau", "date_opened"),
    ],
)
def test_a_labelled_value_nobody_understood_is_to_review_not_missing(
    tmp_path: Path, label: str, field: str
) -> None:
    """The label is there with a value: the field is not absent, its value is unread, and a
    person reads it (contract 1.1: missing only where nothing could hold it)."""
    record = _case_record(
        tmp_path,
        ("Client: Tyler Brennan", "Worker: Megan Holloway", "Case no.: AYJ/26/0312", label),
        (("Reason for referral", REFERRAL),),
    )
    assert field not in record.missing_required
    (review,) = [r for r in record.needs_review if r.field == field]
    assert review.reason.startswith("found, but")
    assert [c.text for c in review.candidates] == [label.split(":")[0]]
