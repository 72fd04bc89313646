"""Layouts real records come in (issue 11): crowded label lines and folders of several records.

Each table runs in both languages, as DOCX and as a born-digital PDF written
here; the folder table also has the OCR'd forms of list bullets and numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

# A line of the fixture: "#" opens a bold title or heading, "\f" is a page break.
Lines = tuple[str, ...]


def _docx(path: Path, lines: Lines) -> Path:
    doc = WordDocument()
    for line in lines:
        if line == "\f":
            doc.add_page_break()
        elif line.startswith("#"):
            doc.add_paragraph().add_run(line[1:]).bold = True
        else:
            doc.add_paragraph(line)
    doc.save(path)
    return path


def _pdf(path: Path, lines: Lines) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        if line == "\f":
            pdf.showPage()
            y = A4[1] - 72
            continue
        bold = line.startswith("#")
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if bold else 10.5)
        pdf.drawString(60, y, line.lstrip("#"))
        y -= 24 if bold else 16
    pdf.save()
    return path


WRITERS = {"docx": _docx, "pdf": _pdf}


def _records(tmp_path: Path, fmt: str, lines: Lines):
    path = WRITERS[fmt](tmp_path / f"note.{fmt}", lines)
    return extract_records(read_document(path)).records


CROWDED = [
    pytest.param(
        (
            "#CATATAN KASUS",
            "No. Kasus: CK-2024-01   Nama Klien: Sdri. Ani Lestari   Tanggal Penerimaan: 12 Januari 2024",
            "Pekerja Sosial: Dewi Kusuma, S.Sos. Status Kasus: Aktif",
            "#Masalah Klien",
            "Klien sering membolos sejak orang tuanya bercerai.",
        ),
        {
            "case_number": "CK-2024-01",
            "client_name": "Sdri. Ani Lestari",
            "date_opened": "2024-01-12",
            "worker_name": "Dewi Kusuma, S.Sos.",
            "case_status": "open",
        },
        id="id-case-header",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: Ms. Yuni Susanti  Social Worker: Siti Suryadi  Date of Interview: 2 April 2024",
            "#Introduction",
            "The client came to the office with her daughter.",
        ),
        {
            "client_name": "Ms. Yuni Susanti",
            "worker_name": "Siti Suryadi",
            "interview_date": "2024-04-02",
        },
        id="en-process-header",
    ),
    pytest.param(
        (
            "#SUMMARIZED PROCESS RECORD",
            "Agency: Pelita Hati  Client: Ms. Yuni  Date of Contact: 02/04/2023  Place: school",
            "#Summary",
            "We talked about school attendance.",
        ),
        {"agency_name": "Pelita Hati", "client_name": "Ms. Yuni", "location": "school"},
        id="en-agency-client-date-place",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), CROWDED)
def test_a_crowded_line_is_split_at_each_label(
    tmp_path: Path, fmt: str, lines: Lines, expected: dict[str, str]
) -> None:
    (record,) = _records(tmp_path, fmt, lines)
    assert {name: record.fields.get(name) for name in expected} == expected


def test_a_dialogue_line_with_two_speakers_is_not_cut_into_labels(tmp_path: Path) -> None:
    lines = (
        "#CATATAN PROSES",
        "Nama Klien: Budi Santoso",
        "Tanggal Wawancara: 5 Maret 2024",
        "#Jalannya Wawancara",
        "Pekerja Sosial: Apa kabar hari ini? Klien: Baik, Bu.",
        "Klien: Saya sudah ke sekolah.",
    )
    (record,) = _records(tmp_path, "docx", lines)
    assert record.fields["client_name"] == "Budi Santoso"
    assert "Klien: Baik, Bu." in record.fields["interview_narrative"]


FOLDERS = [
    pytest.param(
        (
            "#CATATAN RINGKAS",
            "Nomor Kasus: PSAA-TH/2021/019",
            "Nama: Sdr. Eko Setiawan",
            "Periode Laporan: 11 Juli - 30 September 2021",
            "#Sumber Laporan",
            ". Catatan proses pertemuan ke-7 sampai ke-10",
            "2. Laporan perkembangan dari sekolah",
            "#Situasi Saat Ini",
            "Klien aktif dalam kegiatan sepak bola dan pramuka.",
            "\f",
            "#CATATAN KASUS",
            "No. Kasus: PSAA-TH/2021/019",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Penerimaan: 3 Maret 2020",
            "#Masalah Klien",
            "Klien ditinggal ibunya bekerja di luar negeri.",
        ),
        ["summarized_record", "case_record"],
        id="id-list-item-naming-a-report",
    ),
    pytest.param(
        (
            "#SUMMARY RECORD",
            "Case No.: PH-JKT-2024-031",
            "Client Name: Mr. Yusuf Wibowo",
            "Period Covered: 1 Feb - 30 Apr 2024",
            "#Reports Reviewed",
            "\u201c Process recordings, sessions 1 to 3",
            "\u00ab Summarized process records, April 2024",
            "#Overview of the Case",
            "The family was referred by the school because of repeated lateness.",
            "\f",
            "#PROCESS RECORDING",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 2 May 2024",
            "#Introduction",
            "The worker visited the family at home.",
        ),
        ["summarized_record", "process_record"],
        id="en-ocr-bullets-naming-reports",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "types"), FOLDERS)
def test_a_folder_splits_at_titles_and_not_at_reports_it_lists(
    tmp_path: Path, fmt: str, lines: Lines, types: list[str]
) -> None:
    records = _records(tmp_path, fmt, lines)
    assert [r.record_type for r in records] == types
    assert [r.pages for r in records] == [(1, 1), (2, 2)]


DATED_PARAGRAPHS = [
    pytest.param(
        (
            "#CATATAN HARIAN PEKERJA SOSIAL",
            "Nama Pekerja Sosial: Rina Marlina",
            "#Senin, 4 Maret 2024",
            "09.15 (1,5 jam) \u2013 Sasaran: Y. Pendampingan ke puskesmas untuk pemeriksaan rutin.",
            "13.00 (45 mnt) \u2013 Sasaran: Ibu Sari. Kunjungan rumah, membahas jadwal sekolah.",
            "#Selasa, 5 Maret 2024",
            "08.00-09.30 \u2013 Sasaran: Bapak Joko. Rapat kasus dengan tim.",
        ),
        [
            ("2024-03-04", "09:15", 90, "Y.", "Pendampingan ke puskesmas untuk pemeriksaan rutin."),
            ("2024-03-04", "13:00", 45, "Ibu Sari", "Kunjungan rumah, membahas jadwal sekolah."),
            ("2024-03-05", "08:00", 90, "Bapak Joko", "Rapat kasus dengan tim."),
        ],
        id="id-sasaran",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Worker: Anna Smith",
            "#Monday, 4 March 2024",
            "09:15 (1 hr 30) - Client: Mr. Y. Accompanied to the clinic for a check-up.",
            "14:00 (45') - Client: Mrs. Sari. Home visit about school attendance.",
            "#Tuesday, 5 March 2024",
            "10:00-11:30 - Client: Joko. Case conference with the team.",
        ),
        [
            ("2024-03-04", "09:15", 90, "Mr. Y.", "Accompanied to the clinic for a check-up."),
            ("2024-03-04", "14:00", 45, "Mrs. Sari", "Home visit about school attendance."),
            ("2024-03-05", "10:00", 90, "Joko", "Case conference with the team."),
        ],
        id="en-client",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), DATED_PARAGRAPHS)
def test_a_dated_paragraph_gives_the_client_its_name_and_the_rest_to_the_description(
    tmp_path: Path, fmt: str, lines: Lines, expected: list[tuple[str, str, int, str, str]]
) -> None:
    (record,) = _records(tmp_path, fmt, lines)
    assert [
        (
            e["date"],
            e["time"],
            e.get("duration_minutes"),
            e.get("client_name"),
            e.get("description"),
        )
        for e in record.fields["entries"]
    ] == expected
