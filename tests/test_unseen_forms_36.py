"""Variants first met on the thirty-sixth corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a ruled born-digital PDF:

- a case-management export's log table with a note merged across the table under each
  entry's row (`Note: Located client at …`): the note is that entry's account, no entry of
  its own, its label dropped;
- a log table's header written over two rows (`When` over `Date | Start | Duration`,
  `Client` running down both), read as one header;
- hours spoken after a clock word, placed by the part of the day (`jam 9 pagi`, `jam 4
  sore`, `jam 1 siang`), in a time column and opening a diary's line;
- a diary line naming its client before a colon (`jam 10 (40 mnt) Laras Wulandari: …`);
- an address opening with OCR's `JI.` for `Jl.` (jalan, a street);
- a referral letter (`Kepada Yth. … kami rujuk`, `Dear Dr …, I am writing to refer`) is no
  case note, though its labels and headings vote for one (a case record's);
- a log shared by several disciplines (a `By` / `Oleh` column): the rows the log's worker
  wrote are its entries, a blank date cell taking the date of the row above whoever wrote it;
- a log with no time column whose day cells hold the hours (`Senin, 1 Februari 2016 Pukul
  13.00 — 16.00`, first met among the real excerpts): the entry's time and length;
- a section's label over a count (`Interview #: 3`) opens no section, so the label line
  under it (`Location: …`) is read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import records_of

HEADER = ("Date", "Start time", "Duration", "Client", "Contact type")
ROWS: tuple[tuple[str, ...] | str, ...] = (
    ("04/15/2024", "8:40 AM", "25 min", "Marcus Hale", "Street outreach"),
    "Note: Found the client at the river camp; his tent was cut over the weekend. Gave a "
    "tarp and water and agreed to meet at the office tomorrow about his ID.",
    ("04/16/2024", "10:00 AM", "50 min", "Marcus Hale", "Accompaniment"),
    "Note: Drove the client to the licensing office; the ID appointment is booked.",
)
TITLE = "Staff Activity Report (Daily Log)"
WORKER = "Staff: Marisol Vega, BSW"


def _docx(path: Path) -> Path:
    doc = WordDocument()
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(WORKER)
    table = doc.add_table(rows=0, cols=len(HEADER))
    table.style = "Table Grid"
    for row in (HEADER, *ROWS):
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            merged.text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.save(path)
    return path


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    grid = []
    spans = []
    for r, row in enumerate((HEADER, *ROWS)):
        if isinstance(row, str):
            grid.append([Paragraph(row, styles["Normal"])] + [""] * (len(HEADER) - 1))
            spans.append(("SPAN", (0, r), (-1, r)))
            continue
        grid.append([Paragraph(text, styles["Normal"]) for text in row])
    table = Table(grid, style=[("GRID", (0, 0), (-1, -1), 0.8, "black"), *spans])
    flow = [Paragraph(TITLE, styles["Heading1"]), Paragraph(WORKER, styles["Normal"]), table]
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build(flow)
    return path


@pytest.mark.parametrize("write", [_docx, _pdf], ids=["docx", "pdf"])
def test_a_note_across_the_log_table_is_its_entrys_account(
    tmp_path: Path, write: Callable[[Path], Path]
) -> None:
    suffix = "docx" if write is _docx else "pdf"
    (record,) = extract_records(read_document(write(tmp_path / f"log.{suffix}"))).records
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [(e.get("date"), e.get("time"), e.get("client_name")) for e in entries] == [
        ("2024-04-15", "08:40", "Marcus Hale"),
        ("2024-04-16", "10:00", "Marcus Hale"),
    ]
    assert entries[0]["description"].startswith("Found the client at the river camp")
    assert entries[1]["description"].startswith("Drove the client to the licensing office")


STACKED = {
    "id": (
        ("Waktu", "Tanggal", "Jam", "Durasi", "Nama Penyintas", "Uraian Kegiatan"),
        [
            (
                "12/02/2024",
                "jam 9 pagi",
                "45 menit",
                "Bu Sulastri",
                "Kunjungan ke tenda pengungsi.",
            ),
            ("", "jam 4 sore", "1 jam", "Pak Darmo", "Mendampingi evakuasi lansia ke posko."),
        ],
    ),
    "en": (
        ("When", "Date", "Start", "Duration", "Client", "What happened"),
        [
            ("07/10/2024", "08:30", "60 min", "Mrs. Ana Belo", "Home visit in the hamlet."),
            ("", "2.15 pm", "30 min", "Mr. Jose Lopes", "Walked with him to the clinic."),
        ],
    ),
}


def _stacked_docx(path: Path, lang: str) -> Path:
    (group, *subs, client, what), rows = STACKED[lang]
    doc = WordDocument()
    doc.add_heading("Catatan Harian Relawan" if lang == "id" else "Field Diary (Daily Log)", 1)
    table = doc.add_table(rows=2 + len(rows), cols=5)
    table.style = "Table Grid"
    top, sub = table.rows[0].cells, table.rows[1].cells
    top[0].merge(top[2]).text = group
    for cell, text in zip(sub[:3], subs, strict=True):
        cell.text = text
    top[3].merge(sub[3]).text = client
    top[4].merge(sub[4]).text = what
    for r, row in enumerate(rows, start=2):
        for cell, text in zip(table.rows[r].cells, row, strict=True):
            cell.text = text
    doc.save(path)
    return path


def _stacked_pdf(path: Path, lang: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    (group, *subs, client, what), rows = STACKED[lang]
    grid = [[group, "", "", client, what], [*subs, "", ""], *[list(row) for row in rows]]
    spans = [("SPAN", (0, 0), (2, 0)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (4, 1))]
    table = Table(grid, style=[("GRID", (0, 0), (-1, -1), 0.8, "black"), *spans])
    title = "Catatan Harian Relawan" if lang == "id" else "Field Diary (Daily Log)"
    flow = [Paragraph(title, getSampleStyleSheet()["Heading1"]), table]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(STACKED))
def test_a_log_header_written_over_two_rows(tmp_path: Path, lang: str, fmt: str) -> None:
    write = _stacked_docx if fmt == "docx" else _stacked_pdf
    (record,) = extract_records(read_document(write(tmp_path / f"log.{fmt}", lang))).records
    assert record.record_type == "daily_log"
    found = [
        (e.get("date"), e.get("time"), e.get("duration_minutes"), e.get("client_name"))
        for e in record.fields["entries"]
    ]
    assert (
        found
        == {
            "id": [
                ("2024-02-12", "09:00", 45, "Bu Sulastri"),
                ("2024-02-12", "16:00", 60, "Pak Darmo"),
            ],
            "en": [
                ("2024-10-07", "08:30", 60, "Mrs. Ana Belo"),
                ("2024-10-07", "14:15", 30, "Mr. Jose Lopes"),
            ],
        }[lang]
    )


DIARY_LINES = (
    "##Buku Harian Guru BK",
    "Guru BK : Tri Handayani, S.Pd.",
    "#Senin, 14 Oktober 2024",
    "* 07.15 (20 mnt) Bima Saputra: datang sendiri ke ruang BK sebelum upacara.",
    "* jam 10 (40 mnt) Laras Wulandari: pertemuan dengan ibunya tentang jadwal belajar.",
    "#Selasa, 15 Oktober 2024",
    "* jam 1 siang (1 jam) Bima Saputra: lanjutan; menyusun jadwal main game.",
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_diarys_spoken_hours_and_names_before_a_colon(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, DIARY_LINES)
    assert record.record_type == "daily_log"
    assert [
        (e.get("date"), e.get("time"), e.get("duration_minutes"), e.get("client_name"))
        for e in record.fields["entries"]
    ] == [
        ("2024-10-14", "07:15", 20, "Bima Saputra"),
        ("2024-10-14", "10:00", 40, "Laras Wulandari"),
        ("2024-10-15", "13:00", 60, "Bima Saputra"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_street_read_by_ocr_as_ji_is_jalan(tmp_path: Path, fmt: str) -> None:
    lines = (
        "##DATA LEMBAGA",
        "Nama Lembaga : Yayasan Suaka Harapan",
        "Alamat : JI. Sei Batang Hari No. 12, Medan Sunggal",
        "#Visi dan Misi",
        "Menjadi lembaga yang melindungi pengungsi dan pencari suaka di Sumatera Utara.",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["address"] == "Jl. Sei Batang Hari No. 12, Medan Sunggal"


REFERRAL_LETTERS = {
    "id": (
        "UPT Puskesmas Sungai Raya",
        "##SURAT RUJUKAN",
        "Nomor: 445/118/PKM-SR/III/2024",
        "Kepada Yth. Dokter Spesialis Kedokteran Jiwa, Poliklinik Jiwa RSUD Sungai Raya.",
        "Dengan hormat, bersama ini kami rujuk pasien berikut untuk pemeriksaan lanjutan.",
        "Nama Klien : Ny. Sumarni",
        "No. Kasus : PKM-SR/2024/031",
        "#Asesmen",
        "Klien tampak murung dan jarang bicara sejak melahirkan; tidur kurang dari empat jam.",
        "#Rencana Intervensi",
        "Pemeriksaan psikiater dan kunjungan rumah mingguan oleh kader kesehatan jiwa.",
    ),
    "en": (
        "Riverside Health Centre",
        "##REFERRAL",
        "Dear Dr Moss,",
        "I am writing to refer the client below for an assessment of her mood.",
        "Client name: Mrs Dana Pike",
        "Case number: RHC-2024-118",
        "#Assessment",
        "She has been low and withdrawn since the birth and sleeps less than four hours a night.",
        "#Intervention plan",
        "A psychiatric assessment and weekly home visits by the health visitor.",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(REFERRAL_LETTERS))
def test_a_referral_letter_is_no_case_note_whatever_its_words_vote(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, REFERRAL_LETTERS[lang])
    assert record.record_type == "unknown"
    assert record.status == "not_assessed"


SHARED_LOGS = {
    "en": (
        "##Social Worker Contact Log (Daily Log)",
        "Social worker : Grace Adeyemi",
        "| Date | Time | By | Service user | Mins | Note",
        "| 04/03/2024 | 09:15 | RMN K. Osei | Mr Albert Hale | - | Depot given at the clinic.",
        "|  | 11:00 | SW G. Adeyemi | Mr Albert Hale | 45 | Home visit; his wife is exhausted.",
        "|  | 14:30 | Dr P. Kaur | Ms Leanne Ward | - | Outpatient review, dose unchanged.",
        "| 05/03/2024 | 10:00 | SW G. Adeyemi | Mrs Joan Hale | 60 | Carer's assessment done.",
    ),
    "id": (
        "##Catatan Harian Pekerja Sosial",
        "Pekerja Sosial : Grace Adeyemi",
        "| Tanggal | Jam | Oleh | Pasien | Lama (menit) | Catatan",
        "| 04/03/2024 | 09.15 | Perawat K. Osei | Tn. Albert Hale | - | Injeksi depot di klinik.",
        "|  | 11.00 | Peksos G. Adeyemi | Tn. Albert Hale | 45 | Kunjungan rumah; istri lelah.",
        "|  | 14.30 | dr. P. Kaur | Nn. Leanne Ward | - | Kontrol rawat jalan, dosis tetap.",
        "| 05/03/2024 | 10.00 | Peksos G. Adeyemi | Ny. Joan Hale | 60 | Asesmen pengasuh selesai.",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(SHARED_LOGS))
def test_a_shared_logs_other_authors_rows_are_not_the_workers(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, SHARED_LOGS[lang])
    assert record.record_type == "daily_log"
    assert [
        (e.get("date"), e.get("time"), e.get("duration_minutes")) for e in record.fields["entries"]
    ] == [("2024-03-04", "11:00", 45), ("2024-03-05", "10:00", 60)]


DAY_CELLS_WITH_HOURS = {
    "id": (
        "##CATATAN HARIAN PRAKTIKAN",
        "Nama Praktikan : Liana Kusuma",
        "| No. | Hari/Tanggal | Kegiatan | Keterangan",
        "| 1. | Senin, 1 Februari 2016 Pukul 13.00 — 16.00 | Penerimaan praktikan oleh lembaga | "
        "Praktikan diperkenalkan kepada petugas panti.",
        "| 2. | Selasa, 2 Februari 2016 Pukul 08.00 — 09.30 | Pengarahan dari petugas | "
        "Praktikan diberi jadwal kegiatan minggu pertama.",
    ),
    "en": (
        "##PLACEMENT DAILY LOG",
        "Student social worker : Liana Kusuma",
        "| No. | Day and date | Activity | Remarks",
        "| 1. | Monday 1 February 2016, 1.00 pm – 4.00 pm | Welcome by the agency | "
        "The student met the residential staff.",
        "| 2. | Tuesday 2 February 2016, 8.00 am – 9.30 am | Briefing by the supervisor | "
        "The first week's timetable was agreed.",
    ),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(DAY_CELLS_WITH_HOURS))
def test_a_day_cell_holding_the_hours_gives_time_and_length(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, DAY_CELLS_WITH_HOURS[lang])
    assert [
        (e.get("date"), e.get("time"), e.get("duration_minutes")) for e in record.fields["entries"]
    ] == [("2016-02-01", "13:00", 180), ("2016-02-02", "08:00", 90)]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_section_label_over_a_count_opens_no_section(tmp_path: Path, fmt: str) -> None:
    lines = (
        "##Field practicum — process recording",
        "Student / worker: Hannah Nowak",
        "Client: Mr. Samuel Bekele",
        "Date of interview: March 21, 2024",
        "**Interview #: 3**",
        "Location: 2nd floor meeting room, Maple House",
        "#Introduction",
        "This is my third session with Samuel, who arrived in the city in January.",
        "#The interview",
        "Worker: How have you been sleeping since we last met?",
        "Samuel: Better, two or three nights a week.",
        "#Conclusion",
        "He is sleeping better and wants help with his work permit next time.",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["location"] == "2nd floor meeting room, Maple House"
    assert not record.fields["interview_narrative"].startswith("3")
