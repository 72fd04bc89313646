"""A folder of forms whose titles no schema lists (pipeline/extract/title_style.py).

A case folder often holds two copies of one form (two clients' records, each on
its own pages under the same title) and then another form. With the title's
words unlisted, only its layout says a record starts: a line at a page's top,
set as large as the first record's title, over a new block of labels. The
same title again over new labels is the next copy of the form, not a
letterhead repeating. Each case runs as DOCX and as a born-digital PDF.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import Lines, write_docx

# "##" opens a title (set large), "#" a heading (bold), "\f" is a page break.


def _pdf(path: Path, lines: Lines) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        if line == "\f":
            pdf.showPage()
            y = A4[1] - 72
            continue
        size = 16 if line.startswith("##") else 11
        pdf.setFont("Helvetica-Bold" if line.startswith("#") else "Helvetica", size)
        pdf.drawString(60, y, line.lstrip("#"))
        y -= 26 if line.startswith("#") else 16
    pdf.save()
    return path


def _form(title: str, labels: Lines, sections: Lines) -> Lines:
    return (f"##{title}", *labels, *sections)


FOLDERS = [
    pytest.param(
        (
            *_form(
                "LEMBAR RIWAYAT WARGA BINAAN",
                ("No. Registrasi Kasus : PSAA/2022/019", "Nama Klien : An. Ratna Siregar",
                 "Tanggal Masuk : 6 November 2021"),
                ("#Riwayat Masalah", "Klien tinggal bersama neneknya yang sakit-sakitan.",
                 "#Rencana Intervensi", "Konseling individu setiap minggu."),
            ),
            "\f",
            *_form(
                "Lembar Riwayat Warga Binaan",
                ("No. Registrasi Kasus : UPTD/2024/077", "Nama Klien : Sdri. Indah Wibowo",
                 "Tanggal Masuk : 18 Maret 2024"),
                ("#Riwayat Masalah", "Klien direkrut oleh seorang kenalan di media sosial.",
                 "#Rencana Intervensi", "Penempatan sementara di rumah aman."),
            ),
            "\f",
            *_form(
                "SEKILAS TENTANG KAMI",
                ("Nama Lembaga : LKSA Kasih Bunda",
                 "Alamat Lembaga : Jl. Tukad Badung No. 31, Denpasar"),
                ("#Program Kerja", "Pengasuhan anak usia 6 sampai 18 tahun."),
            ),
        ),
        ["An. Ratna Siregar", "Sdri. Indah Wibowo", None],
        id="id-two-copies-then-another-form",
    ),
    pytest.param(
        (
            *_form(
                "Resident File Sheet",
                ("Case No. : RF-2022-019", "Client Name : Mr. Tom Hale",
                 "Date Opened : 6 November 2021"),
                ("#Presenting Problem", "Tom lost his flat after his mother died.",
                 "#Intervention Plan", "Weekly key-work sessions."),
            ),
            "\f",
            *_form(
                "RESIDENT FILE SHEET",
                ("Case No. : RF-2024-077", "Client Name : Ms. Jo Baines",
                 "Date Opened : 18 March 2024"),
                ("#Presenting Problem", "Jo was referred by the hospital discharge team.",
                 "#Intervention Plan", "Apply for supported housing."),
            ),
            "\f",
            *_form(
                "Who We Are",
                ("Agency Name : Harbour House Trust", "Address : 14 Quay Road, Cork"),
                ("#Work Programme", "Supported housing for young people leaving care."),
            ),
        ),
        ["Mr. Tom Hale", "Ms. Jo Baines", None],
        id="en-two-copies-then-another-form",
    ),
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "clients"), FOLDERS)
def test_the_same_unlisted_title_over_new_labels_starts_the_next_record(
    tmp_path: Path, fmt: str, lines: Lines, clients: list[str | None]
) -> None:
    path = (write_docx if fmt == "docx" else _pdf)(tmp_path / f"folder.{fmt}", lines)
    records = extract_records(read_document(path)).records
    assert [r.pages for r in records] == [(1, 1), (2, 2), (3, 3)]
    assert [r.fields.get("client_name") for r in records] == clients
    assert records[-1].record_type == "agency_record"


# "#" lines are bold at the body's size: a title OCR or the writer did not set large.
PLAIN_TITLED = [
    pytest.param(
        (
            "##CLIENT CASE RECORD",
            "Client : Daniel Nguyen", "Client ID : PP-3318", "Social worker : Mele Fonua",
            "Date opened : 5 February 2024",
            "#Reason for Referral", "Daniel was referred by the clinic after his diagnosis.",
            "\f",
            "#SUMMARY OF CONTACTS",
            "Client : Daniel Nguyen", "Worker : Mele Fonua",
            "Dates : 19/02/2024, 04/03/2024 and 18/03/2024",
            "#Summary", "Daniel talked about the day he received his result.",
            "#Next steps", "Continue fortnightly sessions.",
        ),
        id="en",
    ),
    pytest.param(
        (
            "##CATATAN KASUS",
            "Nama Klien : Dimas Prasetyo", "No. Kasus : 2023/BD/0147",
            "Pekerja Sosial : Endang Kurniasih", "Tanggal Masuk : 2 Oktober 2023",
            "#Masalah Klien", "Klien kehilangan pekerjaan setelah kecelakaan.",
            "\f",
            "#RINGKASAN PERTEMUAN",
            "Nama Klien : Dimas Prasetyo", "Pekerja Sosial : Endang Kurniasih",
            "Tanggal Pertemuan : 5, 12 dan 19 Oktober 2023",
            "#Ringkasan", "Klien bercerita tentang kecelakaan yang dialaminya.",
            "#Rencana Tindak Lanjut", "Konseling kelompok setiap minggu.",
        ),
        id="id",
    ),
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lines", PLAIN_TITLED)
def test_a_page_opening_with_its_own_title_over_another_forms_labels_starts_that_form(
    tmp_path: Path, fmt: str, lines: Lines
) -> None:
    path = (write_docx if fmt == "docx" else _pdf)(tmp_path / f"folder.{fmt}", lines)
    records = extract_records(read_document(path)).records
    assert [(r.record_type, r.pages) for r in records] == [
        ("case_record", (1, 1)),
        ("summarized_process_record", (2, 2)),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_section_goes_on_below_the_letterhead_repeated_atop_the_next_page(
    tmp_path: Path, fmt: str
) -> None:
    letterhead = ("#DINAS SOSIAL KOTA BANDUNG", "Jl. Babakan Karet No. 12, Bandung 40211")
    lines = (
        *letterhead,
        "##CATATAN PROSES",
        "Nama Klien : An. Budi Siregar", "Pekerja Sosial : Fajar Gunawan",
        "Tanggal Wawancara : 7 Maret 2023",
        "#Pendahuluan", "Klien dipanggil ke ruang konseling setelah perkelahian di asrama.",
        "#Kesimpulan",
        "\f",
        *letterhead,
        "Perkelahian klien berkaitan dengan rasa kehilangan ibunya.",
        "\f",
        *letterhead,
        "#Tindak Lanjut", "Menghubungi wali kelas klien minggu depan.",
    )  # fmt: skip
    path = (write_docx if fmt == "docx" else _pdf)(tmp_path / f"pr.{fmt}", lines)
    (record,) = extract_records(read_document(path)).records
    assert record.fields.get("conclusion") == (
        "Perkelahian klien berkaitan dengan rasa kehilangan ibunya."
    )


def test_pages_opening_with_a_new_header_block_are_new_forms_though_a_value_wraps(
    tmp_path: Path,
) -> None:
    """A scanned folder whose later pages lost their title to the page furniture: each opens
    with its header block, whose first value wraps onto a line of its own and over which OCR
    may read a heading; a new block (another form's labels, then another interview's) starts
    a record."""

    def interview(number: int, date: str, heading_first: bool) -> Lines:
        labels = ("Nama Klien: Fajar Nugroho", f"Wawancara ke: {number}", f"Tanggal: {date}")
        intro = ("#Pendahuluan",)
        return (
            "Pekerja Sosial: Yohanes Setiawan,", "S.Tr.Sos.",
            *((*intro, *labels) if heading_first else (*labels, *intro)),
            "Klien datang tepat waktu dan duduk di dekat jendela.",
            "#Isi Wawancara",
            "PS: Bagaimana minggu ini?", "Klien: Bosan, Pak.", "PS: Apa yang membuat bosan?",
        )  # fmt: skip

    lines = (
        "##CATATAN KASUS",
        "No. Kasus: RPBI/2024/031", "Nama: Fajar Nugroho", "Pekerja Sosial: Yohanes Setiawan",
        "Tanggal Registrasi: 2 Januari 2024",
        "#Masalah Klien", "Klien menggunakan sabu selama dua tahun.",
        "\f", *interview(1, "9 Januari 2024", False),
        "\f", *interview(2, "23 Januari 2024", True),
    )  # fmt: skip
    records = extract_records(read_document(write_docx(tmp_path / "folder.docx", lines))).records
    assert [(r.record_type, r.pages) for r in records] == [
        ("case_record", (1, 1)),
        ("process_record", (2, 2)),
        ("process_record", (3, 3)),
    ]


def _folder_pdf(path: Path, pages: list[Lines]) -> Path:
    """A scanned folder's pages as a born-digital PDF: a form's title printed in the top
    margin, where running headers stand, at 24 pt; the rest from the usual margin."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - 72
        for line in lines:
            if line.startswith("##"):
                pdf.setFont("Helvetica-Bold", 16)
                pdf.drawString(60, A4[1] - 40, line.lstrip("#"))
                continue
            pdf.setFont("Helvetica-Bold" if line.startswith("#") else "Helvetica", 11)
            pdf.drawString(60, y, line.lstrip("#"))
            y -= 16
        pdf.drawString(280, 30, f"Hal. {pages.index(lines) + 1} dari {len(pages)}")
        pdf.showPage()
    pdf.save()
    return path


def _process_page(date: str, session: str) -> Lines:
    return (
        "##CATATAN PROSES",
        "Nama Klien : Sdri. Wulan Permata",
        "Pekerja Sosial : Agus Setiawan, S.Tr.Sos.",
        f"Tanggal : {date}",
        f"Pertemuan ke- : {session}",
        "#Pendahuluan",
        "Wawancara dilakukan di rumah nenek klien setelah klien pulang sekolah.",
        "#Isi Wawancara",
        "Pekerja sosial menanyakan keadaan klien dan klien menjawab bahwa ia merasa aman.",
        "#Kesimpulan",
        "Klien merasa aman dan bersedia melanjutkan konseling minggu depan.",
    )


CASE_PAGES: list[Lines] = [
    (
        "##CATATAN KASUS",
        "No. Kasus : MS/2024/017",
        "Nama Klien : Sdri. Wulan Permata",
        "Pekerja Sosial : Agus Setiawan, S.Tr.Sos.",
        "Tanggal Registrasi : 4 Maret 2024",
        "#Identitas Klien",
        "Klien berusia 15 tahun dan bersekolah di SMK.",
        "#Masalah yang Dihadapi",
        "Klien mengalami kekerasan fisik dari ayah tirinya.",
    ),
    (
        "#Asesmen",
        "Klien mengalami trauma ringan dan membutuhkan tempat tinggal yang aman.",
        "#Rencana Intervensi",
        "Penempatan sementara di rumah nenek dan konseling mingguan.",
    ),
]


def test_a_folder_s_forms_keep_their_titles_atop_pages_with_others_between(
    tmp_path: Path,
) -> None:
    """`CATATAN PROSES` atop pages 3 and 5, not 4 (the first recording's second page): the
    titles of a folder's forms, not a running header, which heads every page in a row."""
    pages = [
        *CASE_PAGES,
        _process_page("7 Maret 2024", "1"),
        ("#Refleksi Pekerja Sosial", "Saya merasa marah mendengar cerita klien.",
         "Pekerja Sosial,", "Agus Setiawan, S.Tr.Sos."),
        _process_page("14 Maret 2024", "2"),
    ]  # fmt: skip
    doc = read_document(_folder_pdf(tmp_path / "folder.pdf", pages))
    assert [p.blocks[0].text for p in doc.pages[2::2]] == ["CATATAN PROSES", "CATATAN PROSES"]
    records = extract_records(doc).records
    assert [(r.record_type, r.pages) for r in records] == [
        ("case_record", (1, 2)),
        ("process_record", (3, 4)),
        ("process_record", (5, 5)),
    ]
    assert [r.fields["interview_date"] for r in records[1:]] == ["2024-03-07", "2024-03-14"]


def test_a_title_atop_every_page_is_a_running_header(tmp_path: Path) -> None:
    pages = [_process_page("7 Maret 2024", "1"), ("#Catatan Pembimbing", "Baik."), ()]
    pages[2] = ("##CATATAN PROSES", "#Rencana Selanjutnya", "Kunjungan ulang minggu depan.")
    pages[1] = ("##CATATAN PROSES", *pages[1])
    doc = read_document(_folder_pdf(tmp_path / "running.pdf", pages))
    assert [b.text for p in doc.pages[1:] for b in p.furniture if "CATATAN" in b.text] == [
        "CATATAN PROSES",
        "CATATAN PROSES",
    ]


def test_a_form_title_atop_the_pages_after_another_form_is_no_running_header(
    tmp_path: Path,
) -> None:
    """`CATATAN PROSES` atop pages 2 and 3, after a case record on page 1 (first met in the
    thirty-sixth corpus C): each page is a recording under its own title, not pages under a
    running header that a different first page leaves out."""
    pages = [
        CASE_PAGES[0] + CASE_PAGES[1],
        _process_page("7 Maret 2024", "1"),
        _process_page("14 Maret 2024", "2"),
    ]
    doc = read_document(_folder_pdf(tmp_path / "folder.pdf", pages))
    assert [p.blocks[0].text for p in doc.pages[1:]] == ["CATATAN PROSES", "CATATAN PROSES"]
    records = extract_records(doc).records
    assert [(r.record_type, r.pages) for r in records] == [
        ("case_record", (1, 1)),
        ("process_record", (2, 2)),
        ("process_record", (3, 3)),
    ]
