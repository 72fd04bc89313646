"""Daily logs in the forms agencies write them, and folders of several records (issue 11, 2 and 5).

Each table runs in both languages, as DOCX and as a born-digital PDF written
here; the folder table also runs as a scan (the PDF's pages rendered, aged and
OCR'd). A daily log comes as a ruled table (a number column, a blank date
taking the row above, a date wrapped over two lines), as dated paragraphs
(time, duration, client and what happened on one line), or as journal pages
(a weekday and date, then narrative sections: one entry per page).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document as WordDocument
from docx.shared import Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.records import Record
from samples.render_scan import scan_pdf
from tests.ocr_marks import needs_ocr

# A part of the fixture: a str is a paragraph ("#" opens a bold title or heading, "##" a
# title set large, "\f" is a page break); a tuple of rows is a ruled table (cells may hold "\n").
Part = str | tuple[tuple[str, ...], ...]
Parts = tuple[Part, ...]


def _docx(path: Path, parts: Parts) -> Path:
    doc = WordDocument()
    for part in parts:
        if isinstance(part, tuple):
            table = doc.add_table(rows=len(part), cols=len(part[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, part, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    first, *rest = text.split("\n")
                    cell.text = first
                    for line in rest:
                        cell.add_paragraph(line)
        elif part == "\f":
            doc.add_page_break()
        elif part.startswith("#"):
            run = doc.add_paragraph().add_run(part.lstrip("#"))
            run.bold = True
            if part.startswith("##"):
                run.font.size = Pt(16)
        else:
            doc.add_paragraph(part)
    doc.save(path)
    return path


def _pdf(path: Path, parts: Parts) -> Path:
    from reportlab.platypus import PageBreak

    styles = getSampleStyleSheet()
    body, heading = styles["BodyText"], styles["Heading3"]
    flow: list[Any] = []
    for part in parts:
        if isinstance(part, tuple):
            cells = [[Paragraph(text.replace("\n", "<br/>"), body) for text in row] for row in part]
            table = Table(cells, repeatRows=0)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black")]))
            flow.append(table)
            flow.append(Spacer(1, 8))
        elif part == "\f":
            flow.append(PageBreak())
        elif part.startswith("#"):
            title = part.startswith("##")
            flow.append(Paragraph(part.lstrip("#"), styles["Heading1"] if title else heading))
        else:
            flow.append(Paragraph(part, body))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


def _scan(path: Path, parts: Parts) -> Path:
    born = _pdf(path.with_suffix(".born.pdf"), parts)
    data, _pages = scan_pdf(born.read_bytes(), seed=7)
    path.write_bytes(data)
    return path


WRITERS = {"docx": _docx, "pdf": _pdf, "scan": _scan}


SCAN = pytest.param("scan", marks=needs_ocr)


def _records(tmp_path: Path, fmt: str, parts: Parts) -> tuple[Record, ...]:
    suffix = "pdf" if fmt == "scan" else fmt
    path = WRITERS[fmt](tmp_path / f"note.{suffix}", parts)
    return extract_records(read_document(path)).records


Entry = tuple[str | None, str | None, int | None, str | None, str | None]


def _entries(record: Record) -> list[Entry]:
    return [
        (
            e.get("date"),
            e.get("time"),
            e.get("duration_minutes"),
            e.get("client_name"),
            e.get("description"),
        )
        for e in record.fields["entries"]
    ]


RULED_TABLES = [
    pytest.param(
        (
            "#CATATAN HARIAN PEKERJA SOSIAL",
            "Nama Pekerja Sosial: Rina Marlina",
            (
                ("No", "Hari/Tanggal", "Waktu", "Durasi", "Nama Klien", "Uraian Kegiatan"),
                ("1", "Senin,\n4 Maret 2024", "09.00", "45 mnt", "Sdr. Andi", "Kunjungan rumah."),
                ("2", "", "13.30", "1 jam 30 menit", "Ibu Sari", "Rapat dengan sekolah."),
                (
                    "3",
                    "Selasa,\n5 Maret 2024",
                    "08.00",
                    "satu setengah jam",
                    "Bapak Joko",
                    "Pendampingan ke puskesmas.",
                ),
                ("4", "", "10.00", "½ jam", "Sdr. Andi", "Telepon wali kelas."),
            ),
        ),
        [
            ("2024-03-04", "09:00", 45, "Sdr. Andi", "Kunjungan rumah."),
            ("2024-03-04", "13:30", 90, "Ibu Sari", "Rapat dengan sekolah."),
            ("2024-03-05", "08:00", 90, "Bapak Joko", "Pendampingan ke puskesmas."),
            ("2024-03-05", "10:00", 30, "Sdr. Andi", "Telepon wali kelas."),
        ],
        id="id-numbered-blank-and-wrapped-dates",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Worker: Anna Smith",
            (
                ("#", "Date", "Time", "Length", "Client", "What Happened"),
                ("1", "Monday\n4 March 2024", "9:00 am", "45'", "Mr. Andi", "Home visit."),
                ("2", "", "1:30 pm", "1 hr 30", "Mrs. Sari", "Meeting at the school."),
                (
                    "3",
                    "Tuesday\n5 March 2024",
                    "8:00 am",
                    "for about two hours",
                    "Joko",
                    "Clinic visit.",
                ),
                ("4", "", "11:00 am", "1.5 hrs", "Mr. Andi", "Phone call with the teacher."),
                ("5", "", "2:00 pm", "90 minutes", "Mrs. Sari", "Group session."),
            ),
        ),
        [
            ("2024-03-04", "09:00", 45, "Mr. Andi", "Home visit."),
            ("2024-03-04", "13:30", 90, "Mrs. Sari", "Meeting at the school."),
            ("2024-03-05", "08:00", 120, "Joko", "Clinic visit."),
            ("2024-03-05", "11:00", 90, "Mr. Andi", "Phone call with the teacher."),
            ("2024-03-05", "14:00", 90, "Mrs. Sari", "Group session."),
        ],
        id="en-numbered-blank-and-wrapped-dates",
    ),
    pytest.param(
        (
            "#LOG HARIAN",
            "Nama: Dewi Kusuma",
            (
                ("Tanggal", "Jam", "Sasaran", "Kegiatan"),
                ("6 Mei 2024", "08.00-09.30", "Lansia Ny. Tini", "Senam pagi bersama."),
                ("", "10.00 - 10.45", "Tn. Karto", "Konseling individu."),
                ("7 Mei 2024", "09.15–11.15", "Ny. Tini", "Kontrol ke rumah sakit."),
            ),
        ),
        [
            ("2024-05-06", "08:00", 90, "Lansia Ny. Tini", "Senam pagi bersama."),
            ("2024-05-06", "10:00", 45, "Tn. Karto", "Konseling individu."),
            ("2024-05-07", "09:15", 120, "Ny. Tini", "Kontrol ke rumah sakit."),
        ],
        id="id-time-ranges-without-duration-column",
    ),
    pytest.param(
        (
            "#DAILY DIARY",
            "Name of MSW: Mr. Anil Joshi Date: 18/06/2024 Ward(s): Medicine",
            (
                ("Sr.", "Time", "Patient", "Duration", "Work done"),
                (
                    "1",
                    "9.15a.m.",
                    "Mr. Ramesh Gaikwad",
                    "20 min",
                    "Counselled the wife about home care.",
                ),
                (
                    "2",
                    "2.45p.m.",
                    "Master Aditya More",
                    "1 hr 10 min",
                    "Arranged blood from the blood bank.",
                ),
            ),
        ),
        [
            (
                "2024-06-18",
                "09:15",
                20,
                "Mr. Ramesh Gaikwad",
                "Counselled the wife about home care.",
            ),
            (
                "2024-06-18",
                "14:45",
                70,
                "Master Aditya More",
                "Arranged blood from the blood bank.",
            ),
        ],
        id="en-one-day-the-header-gives-no-date-column",
    ),
    pytest.param(
        (
            "#Daily Contact Log",
            "Worker: Dana Whitfield",
            "Week beginning: Monday 9 March 2026",
            (
                ("Date", "Time", "Length", "Resident", "What happened"),
                ("Mon 9 Mar", "9:15 am", "30 min", "Tanya R.", "Morning check-in."),
                ("", "11:00 am", "1 hr", "Aisha M.", "Phone call to the housing office."),
                ("Tue 10 Mar", "3:00 pm", "1 hr 15 min", "Joy O.", "New admission."),
            ),
        ),
        [
            ("2026-03-09", "09:15", 30, "Tanya R.", "Morning check-in."),
            ("2026-03-09", "11:00", 60, "Aisha M.", "Phone call to the housing office."),
            ("2026-03-10", "15:00", 75, "Joy O.", "New admission."),
        ],
        id="en-rows-dated-without-a-year-take-the-records",
    ),
    pytest.param(
        (
            "#CATATAN HARIAN PEKERJA SOSIAL",
            "Nama Pekerja Sosial: Ni Kadek Ayu, S.Tr.Sos.",
            (
                ("Tanggal", "Pukul", "Durasi", "Nama Klien", "Uraian Kegiatan"),
                ("12/08/2024", "13.303", "2 jam", "Wayan Sudarma", "Pertemuan kelompok keluarga."),
                ("13/08/2024", "109.00", "1,5 jam", "Made Rai", "Koordinasi dengan kepala dusun."),
                ("14/08/2024", "l07.30", "3 jam", "Made Rai", "Mendampingi klien ke IGD."),
            ),
        ),
        [
            ("2024-08-12", "13:30", 120, "Wayan Sudarma", "Pertemuan kelompok keluarga."),
            ("2024-08-13", "09:00", 90, "Made Rai", "Koordinasi dengan kepala dusun."),
            ("2024-08-14", "07:30", 180, "Made Rai", "Mendampingi klien ke IGD."),
        ],
        id="id-time-cells-as-ocr-reads-a-ruled-table",
    ),
]

RULED_TABLES += [
    pytest.param(
        (
            "#Counsellor's Contact Log - Term 2, Week 1 (2024)",
            "Counsellor: Mrs Delphine Achebe-Moss",
            (
                ("Date", "Time", "Mins", "Student", "Note"),
                ("Mon 15/4", "8:50", "20", "Oscar Fenwick", "Check-in after the weekend."),
                ("", "11:20", "40", "Lily-Rose Aitken", "Friendship conflict at lunch."),
                ("Tue 16/4", "9:10", "30", "Oscar Fenwick", "Walked him to class."),
            ),
        ),
        [
            ("2024-04-15", "08:50", 20, "Oscar Fenwick", "Check-in after the weekend."),
            ("2024-04-15", "11:20", 40, "Lily-Rose Aitken", "Friendship conflict at lunch."),
            ("2024-04-16", "09:10", 30, "Oscar Fenwick", "Walked him to class."),
        ],
        id="en-day-and-month-in-figures-the-year-from-the-heading",
    ),
    pytest.param(
        (
            "#Daily Activity Log",
            "Outreach worker: Luis Carrera",
            (
                ("Date", "Time", "Length", "Who", "Notes"),
                ("Tue 14 Jan 2025", "6:40 am", "45 min", "Denise K.", "Under the bridge camp."),
                ("", "8:15 am", "1 hr", "Ray Oduya", "Drove Ray to the ID office."),
                ("", "11:30 am", "20m", "Marco (no last name)", "New contact at the library."),
                ("", "1:00 pm", "1h 30", "", "Team huddle at the drop-in."),
            ),
        ),
        [
            ("2025-01-14", "06:40", 45, "Denise K.", "Under the bridge camp."),
            ("2025-01-14", "08:15", 60, "Ray Oduya", "Drove Ray to the ID office."),
            ("2025-01-14", "11:30", 20, "Marco (no last name)", "New contact at the library."),
            ("2025-01-14", "13:00", 90, None, "Team huddle at the drop-in."),
        ],
        id="en-a-who-column-of-names-is-the-client-s",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), RULED_TABLES)
def test_a_ruled_log_table_gives_one_entry_per_row(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[Entry]
) -> None:
    (record,) = _records(tmp_path, fmt, parts)
    assert record.record_type == "daily_log"
    assert _entries(record) == expected


DATED_PARAGRAPHS = [
    pytest.param(
        (
            "#CATATAN HARIAN",
            "Nama Pekerja Sosial: Rina Marlina",
            "#Senin, 4 Maret 2024",
            "09.15 (1,5 jam) \u2013 Sasaran: Y. Pendampingan ke puskesmas untuk pemeriksaan rutin.",
            "Dokter menyarankan kontrol ulang bulan depan.",
            "13.00 (45 mnt) \u2013 Klien: Ibu Sari. Kunjungan rumah, membahas jadwal sekolah.",
            "#Selasa, 5 Maret 2024",
            "08.00\u201309.30 \u2013 Sasaran: Bapak Joko. Rapat kasus dengan tim.",
            "Pukul 13.00 (satu setengah jam) \u2013 Klien: Sdr. Andi. Mengantar ke kantor polisi.",
        ),
        [
            (
                "2024-03-04",
                "09:15",
                90,
                "Y.",
                "Pendampingan ke puskesmas untuk pemeriksaan rutin. "
                "Dokter menyarankan kontrol ulang bulan depan.",
            ),
            ("2024-03-04", "13:00", 45, "Ibu Sari", "Kunjungan rumah, membahas jadwal sekolah."),
            ("2024-03-05", "08:00", 90, "Bapak Joko", "Rapat kasus dengan tim."),
            ("2024-03-05", "13:00", 90, "Sdr. Andi", "Mengantar ke kantor polisi."),
        ],
        id="id-time-duration-client-description",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Worker: Anna Smith",
            "#Monday, 4 March 2024",
            "09:15 (1 hr 30) - Client: Mr. Y. Accompanied to the clinic for a check-up.",
            "14:00 (45') - With: Mrs. Sari. Home visit about school attendance.",
            "#Tuesday, 5 March 2024",
            "10:00-11:30 - Client: Joko. Case conference with the team.",
            "2:00 pm (90 minutes) - Client: Ms. Lee. Group session at the centre.",
        ),
        [
            ("2024-03-04", "09:15", 90, "Mr. Y.", "Accompanied to the clinic for a check-up."),
            ("2024-03-04", "14:00", 45, "Mrs. Sari", "Home visit about school attendance."),
            ("2024-03-05", "10:00", 90, "Joko", "Case conference with the team."),
            ("2024-03-05", "14:00", 90, "Ms. Lee", "Group session at the centre."),
        ],
        id="en-time-duration-client-description",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Worker: Marcus Bell",
            "#Monday 13 May 2024",
            "09.15 (1 hr 30) \u2013 Client: J. Alvarez. Accompanied J. Alvarez to the job centre.",
            "14:00 (45 mins) \u2013 Klien: Keluarga Bp. Sarno. Kunjungan rumah bersama kader.",
        ),
        [
            ("2024-05-13", "09:15", 90, "J. Alvarez", "Accompanied J. Alvarez to the job centre."),
            ("2024-05-13", "14:00", 45, "Keluarga Bp. Sarno", "Kunjungan rumah bersama kader."),
        ],
        id="initials-and-abbreviated-honorifics-stay-in-the-name",
    ),
    pytest.param(
        (
            "#DAILY CONTACT LOG",
            "Worker: Tom Ashworth",
            "#Monday 4th March 2024",
            "09:15 \u2013 Mr. Dale Fenwick \u2013 50 mins. Home visit to go through his budget.",
            "11.30am \u2013 Ms. Priscilla Nyambura \u2013 1 hr 10 min. Accompanied her to the "
            "housing office.",
            "2pm \u2013 Mrs. Janice Orr. Phoned to rearrange Thursday's appointment.",
        ),
        [
            ("2024-03-04", "09:15", 50, "Mr. Dale Fenwick", "Home visit to go through his budget."),
            (
                "2024-03-04",
                "11:30",
                70,
                "Ms. Priscilla Nyambura",
                "Accompanied her to the housing office.",
            ),
            (
                "2024-03-04",
                "14:00",
                None,
                "Mrs. Janice Orr",
                "Phoned to rearrange Thursday's appointment.",
            ),
        ],
        id="a-name-and-a-duration-each-a-part-of-their-own",
    ),
    pytest.param(
        (
            "#LOG HARIAN",
            "Nama Pekerja Sosial: Rina Marlina",
            "#Rabu, 6 Maret 2024",
            "Pukul 08.00 (30 menit)",
            "Koordinasi dengan kader sebelum kunjungan rumah.",
            "Pukul 09.00 (dua jam)",
            "Kunjungan rumah ke keluarga Bapak Joko.",
            "#Kamis, 7 Maret 2024",
            "Pukul 10.00 (1 jam)",
            "Menyusun laporan bulanan.",
            "Mengetahui,",
            "Kepala Seksi Rehabilitasi Sosial",
        ),
        [
            ("2024-03-06", "08:00", 30, None, "Koordinasi dengan kader sebelum kunjungan rumah."),
            # the family's head named in what happened is the client (`entry_clients.py`)
            ("2024-03-06", "09:00", 120, "Bapak Joko", "Kunjungan rumah ke keluarga Bapak Joko."),
            ("2024-03-07", "10:00", 60, None, "Menyusun laporan bulanan."),
        ],
        id="id-clock-line-then-description-then-sign-off",
    ),
    pytest.param(
        (
            "#CASE DIARY",
            "Worker: Anna Smith",
            "#Friday, 8 March 2024",
            "10:00 (an hour and a half) - Client: Mr. Y. Court hearing.",
            "#Saturday, 9 March 2024 (weekend duty)",
            "Phoned the foster carer about the weekend.",
            "Yours sincerely,",
            "Anna Smith",
        ),
        [
            ("2024-03-08", "10:00", 90, "Mr. Y.", "Court hearing."),
            (
                "2024-03-09",
                None,
                None,
                None,
                "(weekend duty) Phoned the foster carer about the weekend.",
            ),
        ],
        id="en-next-day-never-joins-the-entry-above",
    ),
    pytest.param(
        (
            "#CATATAN HARIAN",
            "Dibuat oleh: Rina Marlina",
            "#Senin, 4 Maret 2024",
            "09.00 (45 menit) \u2013 Klien: Ibu Sari. Kunjungan rumah.",
        ),
        [("2024-03-04", "09:00", 45, "Ibu Sari", "Kunjungan rumah.")],
        id="id-sign-off-words-heading-the-log",
    ),
    pytest.param(
        (
            "#PRACTITIONER DAILY LOG",
            "Worker: Megan O'Sullivan",
            "#Monday 4 March 2024",
            "9.00 am \u2013 9.40 am (Client: Mrs Leanne Ortiz) Phone call about the letter.",
            "11:15, approx. an hour and a half (Client: Mr Aaron Whitlock) Home visit.",
            "3 pm, a quarter of an hour (Client: Mia Whitlock) Session at the centre.",
        ),
        [
            ("2024-03-04", "09:00", 40, "Mrs Leanne Ortiz", "Phone call about the letter."),
            ("2024-03-04", "11:15", 90, "Mr Aaron Whitlock", "Home visit."),
            ("2024-03-04", "15:00", 15, "Mia Whitlock", "Session at the centre."),
        ],
        id="en-duration-in-words-after-a-comma-client-in-brackets-hour-alone",
    ),
    pytest.param(
        (
            "#CATATAN HARIAN",
            "Nama Pekerja Sosial: Rina Marlina",
            "#Senin, 4 Maret 2024",
            "08.30, kurang lebih satu jam (Klien: Ibu Sari) Kunjungan rumah.",
            "13.00; 45 menit (Sasaran: Sdr. Andi) Rapat kasus.",
        ),
        [
            ("2024-03-04", "08:30", 60, "Ibu Sari", "Kunjungan rumah."),
            ("2024-03-04", "13:00", 45, "Sdr. Andi", "Rapat kasus."),
        ],
        id="id-duration-in-words-after-a-comma-client-in-brackets",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Worker: Grace Bell",
            "Mon 3 Nov 2025 \u2014 09:15, 40 min. Drop-in session with Kai.",
            "Thu 6 Nov 2025 \u2014 phone call, about half an hour. Phoned his aunt.",
        ),
        [
            ("2025-11-03", "09:15", 40, None, "Drop-in session with Kai."),
            ("2025-11-06", None, 30, None, "phone call, about half an hour. Phoned his aunt."),
        ],
        id="en-duration-ending-at-a-full-stop-and-a-day-with-no-time",
    ),
    pytest.param(
        (
            "#Catatan Harian Praktikum",
            "Praktikan: Annisa Fitri",
            "Senin, 18 Maret 2024",
            "08.00-09.30 \u00b7 dengan: Mbah Karto Wiyono",
            "Kunjungan rumah ke Mbah Karto di Dusun Jetis.",
            "pk. 10.00 (45 menit) \u00b7 dengan: Ibu Sumirah",
            "Ibu Sumirah datang menanyakan bantuan kursi roda untuk suaminya.",
            "09.00 - kurang lebih 1 jam 15 menit \u00b7 dengan: Mbah Karto Wiyono",
            "Mendampingi Mbah Karto periksa ke puskesmas.",
        ),
        [
            (
                "2024-03-18",
                "08:00",
                90,
                "Mbah Karto Wiyono",
                "Kunjungan rumah ke Mbah Karto di Dusun Jetis.",
            ),
            (
                "2024-03-18",
                "10:00",
                45,
                "Ibu Sumirah",
                "Ibu Sumirah datang menanyakan bantuan kursi roda untuk suaminya.",
            ),
            (
                "2024-03-18",
                "09:00",
                75,
                "Mbah Karto Wiyono",
                "Mendampingi Mbah Karto periksa ke puskesmas.",
            ),
        ],
        id="id-a-diary-line-of-time-and-whom-then-what-happened-under-it",
    ),
    pytest.param(
        (
            "#DAILY LOG",
            "Student: Annisa Fitri",
            "Monday 18 March 2024",
            "08:00-09:30 \u2022 with: Mr Karto Wiyono",
            "Home visit to Mr Karto in Jetis.",
            "at 10:00 (45 min) \u2022 with: Mrs Sumirah",
            "Mrs Sumirah came in to ask about a wheelchair for her husband.",
        ),
        [
            ("2024-03-18", "08:00", 90, "Mr Karto Wiyono", "Home visit to Mr Karto in Jetis."),
            (
                "2024-03-18",
                "10:00",
                45,
                "Mrs Sumirah",
                "Mrs Sumirah came in to ask about a wheelchair for her husband.",
            ),
        ],
        id="en-a-diary-line-of-time-and-whom-then-what-happened-under-it",
    ),
    pytest.param(
        (
            "#Aftercare worker \u2013 daily journal",
            "Worker: Jess Porter",
            "#MONDAY 6 MAY 2024",
            "0915 \u2013 Phone call, Liam H. \u2013 45'. Referred from the ED after an overdose.",
            "11.00\u201312.30 \u2013 Home visit, Mrs Georgia Tan (1\u00bd hrs). Reviewed her safety plan.",
            "1400 \u2013 Georgia Tan, phone, 10 min. Confirmed community transport.",
            "1600 \u2013 Phone, Kerry-Anne W. \u2013 half an hour. Talked about next week.",
        ),
        [
            ("2024-05-06", "09:15", 45, "Liam H.", "Referred from the ED after an overdose."),
            ("2024-05-06", "11:00", 90, "Mrs Georgia Tan", "Reviewed her safety plan."),
            ("2024-05-06", "14:00", 10, "Georgia Tan", "Confirmed community transport."),
            ("2024-05-06", "16:00", 30, "Kerry-Anne W.", "Talked about next week."),
        ],
        id="en-what-was-done-with-whom-and-how-long-between-commas",
    ),
    pytest.param(
        (
            "#CATATAN HARIAN PENDAMPING",
            "Nama Pendamping: Rina Marlina",
            "#Senin, 4 Maret 2024",
            "09.00 \u2013 Kunjungan rumah, Ibu Sari Handayani (1 jam). Membahas jadwal sekolah anak.",
            "13.00 \u2013 Rapat koordinasi, Dinas Sosial. Membahas bantuan pangan.",
        ),
        [
            ("2024-03-04", "09:00", 60, "Ibu Sari Handayani", "Membahas jadwal sekolah anak."),
            # an agency is no client: the line is what happened
            (
                "2024-03-04",
                "13:00",
                None,
                None,
                "Rapat koordinasi, Dinas Sosial. Membahas bantuan pangan.",
            ),
        ],
        id="id-what-was-done-with-whom-and-how-long-between-commas",
    ),
    pytest.param(
        (
            "#Social worker's diary",
            "Week commencing 17 June 2024",
            "#MONDAY 17 June",
            "09:30-10:45 Home visit to the Fairbairn family about care planning.",
            "#TUESDAY 18 June",
            "11:00-12:30 MDT meeting with the hospice at home team.",
        ),
        [
            (
                "2024-06-17",
                "09:30",
                75,
                None,
                "Home visit to the Fairbairn family about care planning.",
            ),
            ("2024-06-18", "11:00", 90, None, "MDT meeting with the hospice at home team."),
        ],
        id="en-day-headings-without-a-year-under-the-week-s-date",
    ),
    pytest.param(
        (
            "#BUKU HARIAN PENDAMPING",
            "Minggu: 4 - 8 Maret 2024",
            "#Senin, 4 Maret",
            "08.00-09.00 Kunjungan rumah keluarga Bapak Joko.",
            "#Selasa, 5 Maret",
            "13.00-13.45 Rapat dengan sekolah.",
        ),
        [
            ("2024-03-04", "08:00", 60, "Bapak Joko", "Kunjungan rumah keluarga Bapak Joko."),
            ("2024-03-05", "13:00", 45, None, "Rapat dengan sekolah."),
        ],
        id="id-day-headings-without-a-year-under-the-week-s-date",
    ),
    pytest.param(
        (
            "#Field Diary",
            "Worker: Agnes Manek",
            "#Monday, 2 September 2024",
            "08:30 Client: Lukas Bria Duration: 1 hr 30 min",
            "Went with the youth group leader to measure the path for the ramp.",
            "11:00 Client: Yustina Mau Duration: 45 mins",
            "Accompanied her to the civil registry.",
        ),
        [
            (
                "2024-09-02",
                "08:30",
                90,
                "Lukas Bria",
                "Went with the youth group leader to measure the path for the ramp.",
            ),
            ("2024-09-02", "11:00", 45, "Yustina Mau", "Accompanied her to the civil registry."),
        ],
        id="en-a-line-of-entry-labels-after-the-time",
    ),
    pytest.param(
        (
            "#Buku Harian Pendamping",
            "Pendamping: Agnes Manek",
            "#Senin, 2 September 2024",
            "08.30 Klien: Lukas Bria Durasi: 1 jam 30 menit",
            "Kunjungan rumah untuk mengukur jalan setapak.",
        ),
        [
            (
                "2024-09-02",
                "08:30",
                90,
                "Lukas Bria",
                "Kunjungan rumah untuk mengukur jalan setapak.",
            )
        ],
        id="id-a-line-of-entry-labels-after-the-time",
    ),
    pytest.param(
        (
            "#Contact Log",
            "School Social Worker: Ms. Renee Callahan",
            "#Monday, October 6, 2025",
            "8:15 am Jayden W. (gr. 7) — 15 min. Said he slept at his aunt's again.",
            "10:40 am Sofia M. — 1/2 hr. Referred by her teacher after she left class crying.",
        ),
        [
            ("2025-10-06", "08:15", 15, "Jayden W.", "Said he slept at his aunt's again."),
            (
                "2025-10-06",
                "10:40",
                30,
                "Sofia M.",
                "Referred by her teacher after she left class crying.",
            ),
        ],
        id="en-a-pupil-named-by-an-initial-after-the-time",
    ),
    pytest.param(
        (
            "#CATATAN HARIAN PEKERJA SOSIAL",
            "Nama Pekerja Sosial: Siti Aminah",
            "#Selasa, 5 Maret 2024",
            "12.30 ba'da dzuhur (30 mnt) Konseling tentang rencana kembali ke sekolah.",
            "16.00 di balai desa (1,5 jam) Rapat koordinasi bantuan sembako.",
        ),
        [
            (
                "2024-03-05",
                "12:30",
                30,
                None,
                "ba'da dzuhur Konseling tentang rencana kembali ke sekolah.",
            ),
            ("2024-03-05", "16:00", 90, None, "di balai desa Rapat koordinasi bantuan sembako."),
        ],
        id="id-words-between-the-clock-and-the-length-in-brackets",
    ),
    pytest.param(
        (
            # a title nobody listed, and no dash after the clock: the timed lines make it a log
            "#Outreach Log",
            "Outreach worker: Tom Hale",
            "#Friday 8 March 2024",
            "21:40 under the rail bridge (about 20 min) Handed out blankets and water.",
            "22:30 at the bus depot (45 mins) Talked with two young men about the night shelter.",
        ),
        [
            (
                "2024-03-08",
                "21:40",
                20,
                None,
                "under the rail bridge Handed out blankets and water.",
            ),
            (
                "2024-03-08",
                "22:30",
                45,
                None,
                "at the bus depot Talked with two young men about the night shelter.",
            ),
        ],
        id="en-words-between-the-clock-and-the-length-in-brackets",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), DATED_PARAGRAPHS)
def test_a_dated_paragraph_line_gives_time_duration_client_and_description(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[Entry]
) -> None:
    (record,) = _records(tmp_path, fmt, parts)
    assert _entries(record) == expected


JOURNALS = [
    pytest.param(
        (
            "#CATATAN HARIAN PEKERJA SOSIAL SEKOLAH",
            "Nama pekerja sosial: Asep Saepudin",
            "#Senin, 15 Januari 2024 \u2014 pukul 07.20, selama 25 menit",
            "Menyambut siswa di gerbang dan berbicara dengan Rizki yang datang tanpa sarapan.",
            "#Rabu, 17 Januari 2024 \u2014 40 menit",
            "Sesi kelompok tentang perundungan untuk siswa kelas 5.",
        ),
        [
            (
                "2024-01-15",
                "07:20",
                25,
                "Menyambut siswa di gerbang dan berbicara dengan Rizki yang datang tanpa sarapan.",
            ),
            ("2024-01-17", None, 40, "Sesi kelompok tentang perundungan untuk siswa kelas 5."),
        ],
        id="id-a-day-heading-with-a-duration-and-no-time",
    ),
    pytest.param(
        (
            "#JURNAL HARIAN PRAKTIKUM",
            "Nama Praktikan: Putri Ayu",
            "#Hari/Tanggal: Senin, 4 Maret 2024",
            "Waktu: 08.00\u201311.00",
            "#Harapan",
            "Dapat berkenalan dengan klien dan keluarganya.",
            "#Hambatan",
            "Klien malu dan belum mau bercerita.",
            "#Hasil",
            "Klien mau menyebutkan nama dan sekolahnya.",
            "\f",
            "#Hari/Tanggal: Selasa, 5 Maret 2024",
            "Waktu: 09.00\u201310.00",
            "#Harapan",
            "Klien mau bercerita tentang sekolah.",
            "#Hambatan",
            "Tidak ada.",
            "#Hasil",
            "Klien bercerita tentang teman sekelasnya.",
        ),
        [
            (
                "2024-03-04",
                "08:00",
                180,
                "Harapan: Dapat berkenalan dengan klien dan keluarganya.\n"
                "Hambatan: Klien malu dan belum mau bercerita.\n"
                "Hasil: Klien mau menyebutkan nama dan sekolahnya.",
            ),
            (
                "2024-03-05",
                "09:00",
                60,
                "Harapan: Klien mau bercerita tentang sekolah.\n"
                "Hambatan: Tidak ada.\n"
                "Hasil: Klien bercerita tentang teman sekelasnya.",
            ),
        ],
        id="id-weekday-date-then-sections",
    ),
    pytest.param(
        (
            "#PRACTICUM LOG",
            "Student: Tom Baker",
            "#Wednesday, 6 March 2024",
            "Time: 1:00 pm - 3:30 pm",
            "#Expectations",
            "To meet the client's mother.",
            "#Obstacles",
            "The mother arrived late.",
            "#Results",
            "We agreed on a plan for school mornings.",
            "\f",
            "#Thursday, 7 March 2024",
            "Time: 9:00 am - 10:00 am",
            "#Expectations",
            "To check the morning plan.",
            "#Obstacles",
            "None.",
            "#Results",
            "The client was on time three days out of four.",
        ),
        [
            (
                "2024-03-06",
                "13:00",
                150,
                "Expectations: To meet the client's mother.\n"
                "Obstacles: The mother arrived late.\n"
                "Results: We agreed on a plan for school mornings.",
            ),
            (
                "2024-03-07",
                "09:00",
                60,
                "Expectations: To check the morning plan.\n"
                "Obstacles: None.\n"
                "Results: The client was on time three days out of four.",
            ),
        ],
        id="en-weekday-date-then-sections",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), JOURNALS)
def test_a_journal_day_with_narrative_sections_is_one_entry(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[tuple[str, str, int, str]]
) -> None:
    (record,) = _records(tmp_path, fmt, parts)
    assert record.record_type == "daily_log"
    got = [
        (e.get("date"), e.get("time"), e.get("duration_minutes"), e.get("description"))
        for e in record.fields["entries"]
    ]
    assert got == expected


# A day's entry as a group of labelled lines, under a title no schema may list: the dated
# label lines alone tell a log.
LABELLED_ENTRIES: Parts = (
    "#Running record",
    "Child and Youth Care Worker: Nomvula Dlamini",
    "Date: Monday, 3 May 2021 Time: 14h30 Duration: 1 hr 15 min",
    "Child/Family: Sibusiso Nkosi",
    "Notes: Homework group at the drop-in centre. Sibusiso left early, saying he was hungry.",
    "Date: Wednesday, 5 May 2021 Time: 11:00 Duration: 25 min",
    "Child/Family: Lerato Mokoena",
    "Notes: Telephone call with the class teacher, who agreed to send homework home.",
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_entry_as_a_group_of_labelled_lines(tmp_path: Path, fmt: str) -> None:
    (record,) = _records(tmp_path, fmt, LABELLED_ENTRIES)
    assert record.record_type == "daily_log"
    assert record.fields["entries"] == [
        {
            "date": "2021-05-03",
            "time": "14:30",  # `14h30`, and no fourteen and a half hours
            "duration_minutes": 75,
            "client_name": "Sibusiso Nkosi",  # `Child/Family`: its first part names the client
            "description": "Homework group at the drop-in centre. Sibusiso left early, saying "
            "he was hungry.",
        },
        {
            "date": "2021-05-05",
            "time": "11:00",
            "duration_minutes": 25,
            "client_name": "Lerato Mokoena",
            "description": "Telephone call with the class teacher, who agreed to send homework "
            "home.",
        },
    ]


FOLDERS = [
    pytest.param(
        (
            "#CATATAN KASUS",
            "No. Kasus: PSAA/2024/031",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Penerimaan: 3 Januari 2024",
            "#Masalah Klien",
            "Klien ditinggal ibunya bekerja di luar negeri dan sering membolos.",
            "\f",
            "#CATATAN PROSES",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Wawancara: 10 Januari 2024",
            "Pertemuan ke: 1",
            "#Jalannya Wawancara",
            "Pekerja sosial menanyakan kabar klien. Klien menjawab singkat.",
            "\f",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Wawancara: 17 Januari 2024",
            "Pertemuan ke: 2",
            "#Jalannya Wawancara",
            "Klien bercerita tentang sekolah dan teman-temannya.",
        ),
        [
            ("case_record", (1, 1), "2024-01-03"),
            ("process_record", (2, 2), "2024-01-10"),
            ("process_record", (3, 3), "2024-01-17"),
        ],
        id="id-case-record-then-process-records-one-untitled",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 2 May 2024",
            "Session No.: 1",
            "#Introduction",
            "The worker visited the family at home after the school's referral.",
            "#Narrative",
            "The father said the boy leaves home on time every morning.",
            "\f",
            "#Worker's Feelings",
            "I felt the father was worried but did not want to show it.",
            "\f",
            "#PROCESS RECORDING",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 9 May 2024",
            "Session No.: 2",
            "#Introduction",
            "The second visit was at the school with the class teacher.",
            "\f",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 16 May 2024",
            "Session No.: 3",
            "#Introduction",
            "The third visit was at home; the mother was there too.",
        ),
        [
            ("process_record", (1, 2), "2024-05-02"),
            ("process_record", (3, 3), "2024-05-09"),
            ("process_record", (4, 4), "2024-05-16"),
        ],
        id="en-process-records-in-a-row-with-a-continuation-page",
    ),
    pytest.param(
        (
            "#YAYASAN PELITA HATI",
            "Jl. Merdeka No. 10, Bandung",
            "#CATATAN PROSES",
            "Nama Klien: Ibu Sari",
            "Tanggal Wawancara: 4 Maret 2024",
            "#Jalannya Wawancara",
            "Ibu Sari bercerita tentang anaknya yang sakit.",
            "#Perasaan Pekerja Sosial",
            "Saya merasa ibu Sari sangat lelah.",
            "\f",
            "#Analisis",
            "Ibu Sari membutuhkan dukungan keluarga besar.",
            "\f",
            "#YAYASAN PELITA HATI",
            "Jl. Merdeka No. 10, Bandung",
            "#CATATAN PROSES",
            "Nama Klien: Ibu Sari",
            "Tanggal Wawancara: 11 Maret 2024",
            "#Jalannya Wawancara",
            "Ibu Sari datang bersama suaminya.",
        ),
        [
            ("process_record", (1, 2), "2024-03-04"),
            ("process_record", (3, 3), "2024-03-11"),
        ],
        id="id-letterhead-and-title-after-a-continuation-page",
    ),
    pytest.param(
        (
            "#DINAS SOSIAL KABUPATEN SLEMAN",
            "Jl. Candi Gebang No. 5, Sleman",
            "#CATATAN KASUS",
            "No. Kasus: DINSOS/2024/112",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Penerimaan: 3 Januari 2024",
            "#Masalah Klien",
            "Klien ditinggal ibunya bekerja di luar negeri dan sering membolos.",
            "\f",
            "#DINAS SOSIAL KABUPATEN SLEMAN",
            "Jl. Candi Gebang No. 5, Sleman",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Wawancara: 10 Januari 2024",
            "Pekerja Sosial: Rina Marlina",
            "#Jalannya Wawancara",
            "Pekerja sosial menanyakan kabar klien. Klien menjawab singkat.",
            "#Perasaan Pekerja Sosial",
            "Saya merasa klien belum percaya kepada saya.",
        ),
        [("case_record", (1, 1), "2024-01-03"), ("process_record", (2, 2), "2024-01-10")],
        id="id-letterhead-and-another-forms-labels-without-a-title",
    ),
    pytest.param(
        (
            "#HOPE FAMILY SERVICES",
            "12 Harbour Road, Kingston",
            "#CASE RECORD",
            "Case No.: HFS-2024-031",
            "Client Name: Mr. Yusuf Wibowo",
            "Date Opened: 2 May 2024",
            "#Presenting Problem",
            "The school referred the family because the boy is often late.",
            "\f",
            "#HOPE FAMILY SERVICES",
            "12 Harbour Road, Kingston",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 9 May 2024",
            "Social Worker: Sarah Lee",
            "#Narrative",
            "Worker: How are the mornings at home?",
            "Father: He leaves on time, I am sure of it.",
            "#Worker's Feelings",
            "I felt the father was worried but did not want to show it.",
        ),
        [("case_record", (1, 1), "2024-05-02"), ("process_record", (2, 2), "2024-05-09")],
        id="en-letterhead-and-another-forms-labels-without-a-title",
    ),
]


# (a summary's page, then a log's page whose title the schemas list: two records)
SUMMARY_THEN_LOG = [
    pytest.param(
        (
            "##INTAKE NOTE",
            "Client: Ms Farida Noorzad",
            "Date of interview: 4 March 2024",
            "#Summary of intake interview",
            "We met with a Dari interpreter by phone. Ms Noorzad explained her priorities.",
            "\f",
            "##CASEWORKER DIARY - 4 to 8 March 2024",
            "Caseworker: Oliver Mbeki-Strand",
            (
                ("Day", "Start", "Duration", "Client", "Contact / action"),
                ("Mon 4/3", "09:30", "1 hr 15", "Ms Farida Noorzad", "Intake appointment."),
                ("Tue 5/3", "14:00", "20 min", "Ms Farida Noorzad", "Call to the housing office."),
            ),
        ),
        ["2024-03-04", "2024-03-05"],
        id="en-a-titles-dated-tail-names-its-week-not-another-form",
    ),
    pytest.param(
        (
            "#RINGKASAN PEMBIMBINGAN KLIEN PEMASYARAKATAN",
            "Nama Klien: Hendra Saputra",
            "No. Register: BPS-KLT/PB/0731/2023",
            "#I. RIWAYAT SINGKAT",
            "Klien menjalani pembebasan bersyarat sejak 4 Desember 2023.",
            "#II. RENCANA PEMBIMBINGAN",
            "Wajib lapor sekali sebulan mulai April.",
            "\f",
            "#BUKU HARIAN PEMBIMBING KEMASYARAKATAN",
            "PK: Rudi Hartono, A.Md.IP., S.H.",
            (
                ("Tgl", "Jam", "Lama", "Klien", "Kegiatan"),
                ("02/04/2024", "08.30", "45 menit", "Hendra Saputra", "Wajib lapor."),
                ("09/04/2024", "10.00", "1 jam", "Hendra Saputra", "Kunjungan rumah."),
            ),
        ),
        ["2024-04-02", "2024-04-09"],
        id="id-a-title-in-capitals-nobody-listed-then-a-logs-listed-title",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "dates"), SUMMARY_THEN_LOG)
def test_a_logs_page_after_a_summarys_is_a_record_of_its_own(
    tmp_path: Path, fmt: str, parts: Parts, dates: list[str]
) -> None:
    records = _records(tmp_path, fmt, parts)
    assert [(r.record_type == "daily_log", r.pages) for r in records] == [
        (False, (1, 1)),
        (True, (2, 2)),
    ]
    assert [e["date"] for e in records[1].fields["entries"]] == dates


# The field each record type's main date is read into, to tell the records apart.
MAIN_DATES = {"case_record": "date_opened", "process_record": "interview_date"}


@pytest.mark.parametrize("fmt", ["docx", "pdf", SCAN])
@pytest.mark.parametrize(("parts", "expected"), FOLDERS)
def test_a_folder_is_split_into_its_records_by_title_letterhead_and_header_block(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[tuple[str, tuple[int, int], str]]
) -> None:
    records = _records(tmp_path, fmt, parts)
    assert [
        (r.record_type, r.pages, r.fields.get(MAIN_DATES[r.record_type])) for r in records
    ] == expected


DURATIONS = [
    pytest.param(
        "id",
        [
            ("45 mnt", 45),
            ("1 jam 30 menit", 90),
            ("satu setengah jam", 90),
            ("½ jam", 30),
            ("seperempat jam", 15),
            ("tiga perempat jam", 45),
            ("1,5 jam", 90),
            ("kurang lebih 2 jam", 120),
            ("90 menit", 90),
            ("dua jam", 120),
            ("sejam", 60),
            ("setengah jam", 30),
            ("tiga puluh menit", 30),
            ("empat puluh lima menit", 45),
            ("sejam setengah", 90),
            ("1:30 jam", 90),
            ("2 x 45 menit", 90),
            ("3/4 jam", 45),
        ],
        id="id",
    ),
    pytest.param(
        "en",
        [
            ("45'", 45),
            ("1 hr 30", 90),
            ("1.5 hrs", 90),
            ("for about two hours", 120),
            ("90 minutes", 90),
            ("an hour and a half", 90),
            ("a quarter of an hour", 15),
            ("three quarters of an hour", 45),
            ("half an hour", 30),
            ("1h 30m", 90),
            ("1h30", 90),
            ("90 mins", 90),
            ("twenty minutes", 20),
            ("forty-five minutes", 45),
            ("an hour", 60),
            ("2 x 45 mins", 90),
            ("1 1/2 hours", 90),
        ],
        id="en",
    ),
]
LOG_HEADERS = {
    "id": ("#CATATAN HARIAN", "Nama: Rina Marlina", ("Tanggal", "Jam", "Durasi", "Kegiatan")),
    "en": ("#DAILY LOG", "Name: Anna Smith", ("Date", "Time", "Duration", "Activity")),
}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("language", "written"), DURATIONS)
def test_a_duration_in_any_written_form_is_read_in_minutes(
    tmp_path: Path, fmt: str, language: str, written: list[tuple[str, int]]
) -> None:
    title, worker, header = LOG_HEADERS[language]
    rows = tuple(
        ("4 Maret 2024" if language == "id" else "4 March 2024", f"{9 + i}.00", text, "Visit.")
        for i, (text, _) in enumerate(written)
    )
    (record,) = _records(tmp_path, fmt, (title, worker, (header, *rows)))
    assert [e.get("duration_minutes") for e in record.fields["entries"]] == [
        minutes for _, minutes in written
    ]


CROWDED_JOURNALS = [
    pytest.param(
        (
            "#Catatan Penjangkauan",
            "Petugas: Rina Marlina",
            "#Senin, 8 April 2024",
            "Waktu: 10.30 Durasi: kurang lebih 2 jam Sasaran: Ibu Sari",
            "Bertemu Ibu Sari di pasar. Ia bercerita tentang utang suaminya.",
            "Waktu: 13.30 Durasi: 45' Sasaran: An. Laras",
            "Sesi bermain dengan Laras.",
            "#Rabu, 10 April 2024",
            "Waktu: 14.00 Durasi: 1 jam 30 menit Sasaran: Sdr. Andi",
            "Membantu Andi menulis surat lamaran kerja.",
        ),
        [
            (
                "2024-04-08",
                "10:30",
                120,
                "Ibu Sari",
                "Bertemu Ibu Sari di pasar. Ia bercerita tentang utang suaminya.",
            ),
            ("2024-04-08", "13:30", 45, "An. Laras", "Sesi bermain dengan Laras."),
            ("2024-04-10", "14:00", 90, "Sdr. Andi", "Membantu Andi menulis surat lamaran kerja."),
        ],
        id="id",
    ),
    pytest.param(
        (
            "#Outreach Notes",
            "Worker: Tom Becker",
            "#Monday 8 April 2024",
            "Time: 10:30 Duration: for about 2 hours Client: Jade Wilson",
            "Met Jade at the skate park as agreed.",
            "#Wednesday 10 April 2024",
            "Time: 14:00 Duration: 1 hr 30 Client: Kyle Brennan",
            "Drop-in session at the library.",
        ),
        [
            ("2024-04-08", "10:30", 120, "Jade Wilson", "Met Jade at the skate park as agreed."),
            ("2024-04-10", "14:00", 90, "Kyle Brennan", "Drop-in session at the library."),
        ],
        id="en",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), CROWDED_JOURNALS)
def test_day_headings_with_a_line_of_labels_are_a_daily_log_whatever_its_title(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[Entry]
) -> None:
    (record,) = _records(tmp_path, fmt, parts)
    assert record.record_type == "daily_log"
    assert _entries(record) == expected


CONTINUATIONS = [
    pytest.param(
        (
            "#CATATAN KASUS",
            "No. Kasus: PSAA/2024/031",
            "Nama Klien: Sdr. Eko Setiawan",
            "Tanggal Lahir: 3 Mei 2010",
            "Tanggal Penerimaan: 3 Januari 2024",
            "#Masalah Klien",
            "Klien ditinggal ibunya bekerja di luar negeri dan sering membolos.",
            "\f",
            "Nama: Bapak Joko Setiawan",
            "Tanggal Lahir: 1 Juni 1975",
            "Pekerjaan: Buruh bangunan",
            "#Rencana Intervensi",
            "Kunjungan rumah dua minggu sekali.",
        ),
        [("case_record", (1, 2))],
        id="id-family-member-labels-open-page-two",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 2 May 2024",
            "#Introduction",
            "The worker visited the family at home after the school's referral.",
            "\f",
            "Client Name: Mr. Yusuf Wibowo",
            "Date of Interview: 2 May 2024",
            "#Worker's Feelings",
            "I felt the father was worried but did not want to show it.",
        ),
        [("process_record", (1, 2))],
        id="en-page-two-repeats-the-same-header",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), CONTINUATIONS)
def test_a_continuation_page_is_never_a_record_of_its_own(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[tuple[str, tuple[int, int]]]
) -> None:
    records = _records(tmp_path, fmt, parts)
    assert [(r.record_type, r.pages) for r in records] == expected


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_journal_s_clock_times_written_as_four_figures_are_read(tmp_path: Path, fmt: str) -> None:
    parts = (
        "#Aftercare worker - daily journal",
        "Worker: Jess Porter",
        "#MONDAY 6 MAY 2024",
        "0830-0930 - Home visit to Liam H. at his flat; wrote a safety plan together.",
        "1400 - Phone call to Georgia Tan about the grief group on Tuesday.",
    )
    (record,) = _records(tmp_path, fmt, parts)
    assert [
        (e.get("date"), e.get("time"), e.get("duration_minutes")) for e in record.fields["entries"]
    ] == [
        ("2024-05-06", "08:30", 60),
        ("2024-05-06", "14:00", None),
    ]


# (a record's opening lines, its type, the worker read from them)
KEEPERS = [
    pytest.param(
        ("#Social worker's diary - Precious Moyo", "Week commencing 17 June 2024",
         "#MONDAY 17 June", "09:30-10:45 Home visit to the Fairbairn family.",
         "14:00-14:20 Phone call with Mrs Hilda Grant about a form.",
         "#TUESDAY 18 June", "11:00-12:30 MDT meeting with the hospice at home team."),
        "daily_log", "Precious Moyo", id="en-a-diary-s-title-names-whose-it-is",
    ),
    pytest.param(
        ("#BUKU HARIAN RELAWAN", "Buku harian relawan: Gilang Ramadhan",
         "#Rabu, 7 Agustus 2024", "Pukul 07.30 (1 jam) mendampingi Nek Halimah ke puskesmas.",
         "Pukul 10.00 (2 jam) kegiatan ramah anak di tenda belajar.",
         "#Kamis, 8 Agustus 2024", "Pukul 08.00 (45 menit) kunjungan ke tenda lansia."),
        "daily_log", "Gilang Ramadhan", id="id-a-diary-s-title-names-whose-it-is",
    ),
    pytest.param(  # guard: a process record names a client as well; its title's name is no worker
        ("#Process recording - Mrs Doreen Whitfield", "Date of interview: 9 April 2024",
         "#Introduction", "Mrs Whitfield asked to see the social worker after the ward round.",
         "#Dialogue", "Worker: How are you doing?", "Client: I knew, really."),
        "process_record", None, id="guard-a-process-record-s-title-names-no-worker",
    ),
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "record_type", "worker"), KEEPERS)
def test_a_diary_s_title_ending_in_a_name_names_its_worker(
    tmp_path: Path, fmt: str, parts: Parts, record_type: str, worker: str | None
) -> None:
    (record,) = _records(tmp_path, fmt, parts)
    assert record.record_type == record_type
    assert record.fields.get("worker_name") == worker


# Two records on one page: a title set like the first record's, over the client's labels again.
SAME_PAGE = [
    pytest.param(
        (
            "##PROCESS RECORDING - HOME VISIT",
            "Case no: SK/IPH/2025/033",
            "Client: Encik Rahman bin Yusof",
            "Date: Monday, 7 April 2025",
            "#Introduction",
            "Home visit following referral from the hospital's medical social work unit.",
            "#Dialogue",
            "W: How are you feeling since you came home?",
            "C: Slowly. My right hand is still weak.",
            "#Conclusion",
            "Main issues: missed physiotherapy, no care in the mornings.",
            "##CASE NOTE - FOLLOW-UP (SUMMARY)",
            "Case no: SK/IPH/2025/033",
            "Client: Encik Rahman bin Yusof",
            "Dates of contact: 14 & 21 April 2025 (telephone)",
            "#Summary",
            "14/4 - Phoned the client about a volunteer driver for his physiotherapy.",
            "#Next steps",
            "Confirm the driver for 24/4.",
        ),
        [
            ("process_record", "2025-04-07"),
            ("summarized_process_record", ["2025-04-14", "2025-04-21"]),
        ],
        id="en-a-follow-up-note-under-a-process-recording",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("parts", "expected"), SAME_PAGE)
def test_a_title_over_a_new_header_block_below_a_record_starts_the_next(
    tmp_path: Path, fmt: str, parts: Parts, expected: list[tuple[str, object]]
) -> None:
    records = _records(tmp_path, fmt, parts)
    dates = {"process_record": "interview_date", "summarized_process_record": "interview_dates"}
    assert [(r.record_type, r.fields.get(dates[r.record_type])) for r in records] == expected
    assert "Client" not in str(records[-1].fields.get("next_steps"))
