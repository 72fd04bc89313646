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


# A value also stops at a column gap: a tab or a run of spaces, as typed in Word or left by a
# converter's flattened text; in a PDF, a gap wider than a gutter between two words of a line.
GAPPED = [
    pytest.param(
        (
            "#CATATAN PROSES",
            "Nama Klien: Budi Santoso\tKelas: VII B",
            "Tanggal Wawancara: 5 Maret 2024\tTempat: Rumah klien",
            "#Pendahuluan",
            "Klien datang bersama ibunya.",
        ),
        {"client_name": "Budi Santoso", "interview_date": "2024-03-05", "location": "Rumah klien"},
        ("docx",),
        id="id-tab-stops",
    ),
    pytest.param(
        (
            "#CATATAN PROSES",
            "Nama Klien: Budi Santoso          Kelas: VII B",
            "Tanggal Wawancara: 5 Maret 2024          Tempat: Rumah klien",
            "#Pendahuluan",
            "Klien datang bersama ibunya.",
        ),
        {"client_name": "Budi Santoso", "interview_date": "2024-03-05", "location": "Rumah klien"},
        ("docx", "pdf"),
        id="id-spaced-columns",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: Ms. Yuni Susanti          Grade: 7",
            "Date of Interview: 2 April 2024          Venue: school office",
            "#Introduction",
            "The client came with her daughter.",
        ),
        {"client_name": "Ms. Yuni Susanti", "interview_date": "2024-04-02"},
        ("docx", "pdf"),
        id="en-spaced-columns",
    ),
    pytest.param(
        (
            "#CASE FILE",
            "File No. EL-0923\tStatus: Closed",
            "Patient: Mrs. Evelyn Marsh",
            "#Who the patient is",
            "Retired piano teacher, widowed in 2019.",
        ),
        {"case_number": "EL-0923", "case_status": "closed", "client_name": "Mrs. Evelyn Marsh"},
        ("docx",),
        id="en-a-label-without-its-colon-then-a-tab-and-a-listed-label",
    ),
    pytest.param(
        (
            "#CATATAN KASUS",
            "No. Kasus CK-2024-07          Status Kasus: Aktif",
            "Nama Klien: Sdri. Ani Lestari",
            "#Masalah Klien",
            "Klien sering membolos sejak orang tuanya bercerai.",
        ),
        {"case_number": "CK-2024-07", "case_status": "open", "client_name": "Sdri. Ani Lestari"},
        ("docx", "pdf"),
        id="id-a-label-without-its-colon-then-a-gap-and-a-listed-label",
    ),
]


# (A tab typed into a PDF's text is drawn as a glyph, not a gap: tab stops are Word's.)
@pytest.mark.parametrize(
    ("lines", "expected", "fmt"),
    [
        pytest.param(*case.values[:2], fmt, id=f"{case.id}-{fmt}")
        for case in GAPPED
        for fmt in case.values[2]
    ],
)
def test_a_value_stops_at_a_column_gap(
    tmp_path: Path, lines: Lines, expected: dict[str, str], fmt: str
) -> None:
    (record,) = _records(tmp_path, fmt, lines)
    assert {name: record.fields.get(name) for name in expected} == expected


# A crowded line's last value wraps onto the next line of its paragraph, under a label nobody
# listed: the label is read with its whole value.
WRAPPED_LAST_VALUE = [
    pytest.param(
        (
            "#RINGKASAN PROSES WAWANCARA",
            "Kode kasus: GA-HC-0457 Pendamping: Fransiska Utami Kunjungan: 9 April",
            "2024 dan 16 April 2024",
            "#Kesimpulan",
            "Kepatuhan minum obat mulai membaik dan cucu klien ikut mendampingi.",
        ),
        id="id",
    ),
    pytest.param(
        (
            "#SUMMARY INTERVIEW RECORD",
            "Case code: GA-HC-0457 Worker: Frances Utami Visits: 9 April",
            "2024 and 16 April 2024",
            "#Conclusion",
            "He takes his tablets more regularly and his grandson now helps him.",
        ),
        id="en",
    ),
]


@pytest.mark.parametrize("lines", WRAPPED_LAST_VALUE)
def test_a_crowded_lines_last_value_wrapped_onto_the_next_line_is_read_whole(
    tmp_path: Path, lines: Lines
) -> None:
    (record,) = _records(tmp_path, "pdf", lines)
    assert record.fields.get("interview_dates") == ["2024-04-09", "2024-04-16"]
    assert "2024" not in str(record.fields.get("conclusion"))


# A value stops at the heading under it, though the heading is plain and in the same paragraph.
STOPPED_BY_HEADING = [
    pytest.param(
        (
            "CATATAN PROSES",
            "Nama Klien: Budi Santoso",
            "Tanggal Wawancara: 5 Maret 2024",
            "Pendahuluan",
            "Klien datang bersama ibunya.",
        ),
        {"client_name": "Budi Santoso", "introduction": "Klien datang bersama ibunya."},
        id="id",
    ),
    pytest.param(
        (
            "PROCESS RECORDING",
            "Client Name: Ms. Yuni Susanti",
            "Date of Interview: 2 April 2024",
            "Introduction",
            "The client came with her daughter.",
        ),
        {"client_name": "Ms. Yuni Susanti", "introduction": "The client came with her daughter."},
        id="en",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), STOPPED_BY_HEADING)
def test_a_value_stops_at_the_heading_below_it(
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


# --- process recordings laid out in columns (issue 11, item 1)

# One column-table case: its language, header row, body rows, and the field each column goes to.
ColumnCase = tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...], tuple[str | None, ...]]

_FRAME = {
    "id": (
        ("#CATATAN PROSES", "Nama Klien: Ibu Sari", "Pekerja Sosial: Rina Marlina"),
        ("Tanggal Wawancara: 5 Maret 2024", "#Pendahuluan", "Kunjungan rumah kedua."),
        ("#Kesimpulan", "Klien bersedia membawa anaknya ke puskesmas."),
    ),
    "en": (
        ("#PROCESS RECORDING", "Client Name: Mrs Tan", "Social Worker: Sarah Lee"),
        ("Date of Interview: 5 March 2024", "#Introduction", "Second home visit."),
        ("#Conclusion", "The client agreed to see a doctor."),
    ),
}
DIALOGUE, REFLECTION, SUPERVISOR = "interview_narrative", "worker_reflection", "supervisor_comments"

COLUMN_TABLES: dict[str, ColumnCase] = {
    "id-four-columns": (
        "id",
        ("Dialog", "Perasaan Praktikan", "Analisis / Keterampilan", "Komentar Supervisor"),
        (
            ("PS: Bagaimana kabar Ibu?", "Saya gugup.", "Membuka percakapan.", "Sapaan baik."),
            ("Klien: Kurang baik, Pak.", "Saya ikut sedih.", "Empati.", "Gali lebih dalam."),
        ),
        (DIALOGUE, REFLECTION, REFLECTION, SUPERVISOR),
    ),
    "en-dialogue-second": (
        "en",
        ("Worker's gut-level feelings", "Content (what was said)", "Skills used"),
        (
            ("I felt nervous.", "Worker: Hi Mrs Tan, how are you?", "Open question."),
            ("I was relieved.", "Mrs Tan: Better, thanks.", "Encouraging."),
        ),
        (REFLECTION, DIALOGUE, REFLECTION),
    ),
    "en-two-columns": (
        "en",
        ("Verbatim dialogue", "Supervisor's feedback"),
        (
            ("Client: I do not want to go back.", "Good reflection of feeling."),
            ("SW: What worries you most?", "Well timed question."),
        ),
        (DIALOGUE, SUPERVISOR),
    ),
    "en-pronoun-in-dialogue": (
        "en",
        ("Dialogue", "Worker's feelings"),
        (
            ("Client: I'm tired and I can't sleep.", "I felt worried."),
            ("Worker: What keeps you awake?", "I stayed calm."),
        ),
        (DIALOGUE, REFLECTION),
    ),
    "id-numbered-five-columns": (
        "id",
        ("No", "Percakapan", "Perasaan", "Analisa", "Catatan Pembimbing"),
        (
            ("1", "Peksos: Apa yang terjadi?", "Cemas.", "Pertanyaan terbuka.", "Tepat."),
            ("2", "Ibu Sari: Anak saya sakit.", "Sedih.", "Empati.", "Lanjutkan."),
        ),
        (None, DIALOGUE, REFLECTION, REFLECTION, SUPERVISOR),
    ),
    "id-dialogue-by-its-speaker-tags": (
        "id",
        ("Jalannya pertemuan", "Refleksi"),
        (
            ("Ibu Sari: Saya bingung, Bu.", "Klien tampak lelah."),
            ("PS: Bingung karena apa?", "Saya mencoba memperjelas."),
        ),
        (DIALOGUE, REFLECTION),
    ),
}


def _expected(case: ColumnCase, by_rows: bool) -> dict[str, list[str]]:
    """Return each field's cells: a table is read column by column, flattened text in its order."""
    _, _, rows, fields = case
    cells = [(r, c) for r in range(len(rows)) for c in range(len(fields))]
    if not by_rows:
        cells.sort(key=lambda rc: (rc[1], rc[0]))
    expected: dict[str, list[str]] = {}
    for r, c in cells:
        if fields[c] is not None:
            expected.setdefault(fields[c], []).append(rows[r][c])
    return expected


def _frame(case: ColumnCase, table: Lines) -> Lines:
    head, intro, end = _FRAME[case[0]]
    return (*head, *intro, *table, *end)


def _column_docx(path: Path, case: ColumnCase) -> Path:
    lang, header, rows, _ = case
    doc = WordDocument()
    head, intro, end = _FRAME[lang]
    for line in (*head, *intro):
        _docx_line(doc, line)
    table = doc.add_table(rows=0, cols=len(header))
    for row in (header, *rows):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for line in end:
        _docx_line(doc, line)
    doc.save(path)
    return path


def _docx_line(doc, line: str) -> None:  # type: ignore[no-untyped-def]
    if line.startswith("#"):
        doc.add_paragraph().add_run(line[1:]).bold = True
    else:
        doc.add_paragraph(line)


def _column_pdf(path: Path, case: ColumnCase) -> Path:
    """A born-digital PDF whose table is ruled, as word processors export it."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    lang, header, rows, _ = case
    styles = getSampleStyleSheet()
    head, intro, end = _FRAME[lang]

    def flow(lines: Lines) -> list:  # type: ignore[type-arg]
        return [
            Paragraph(line[1:], styles["Heading2"])
            if line.startswith("#")
            else Paragraph(line, styles["Normal"])
            for line in lines
        ]

    width = 460 / len(header)
    grid = Table(
        [[Paragraph(text, styles["Normal"]) for text in row] for row in (header, *rows)],
        colWidths=[width] * len(header),
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [*flow((*head, *intro)), grid, *flow(end)]
    )
    return path


def _column_lines(path: Path, case: ColumnCase) -> Path:
    """The table flattened by a converter: every cell on a line of its own."""
    _, header, rows, _ = case
    return _docx(path, _frame(case, (*header, *(cell for row in rows for cell in row))))


def _column_slashes(path: Path, case: ColumnCase) -> Path:
    """The table flattened by a converter: each row on one line, cells joined by " / "."""
    _, header, rows, _ = case
    return _pdf(path, _frame(case, tuple(" / ".join(row) for row in (header, *rows))))


COLUMN_WRITERS = {
    "docx-table": _column_docx,
    "pdf-table": _column_pdf,
    "lines": _column_lines,
    "slashes": _column_slashes,
}
# Flattened one cell a line, a row-number column or a header that names no dialogue is
# indistinguishable from prose: those forms are read from real tables only.
_TABLE_ONLY = {"id-numbered-five-columns", "id-dialogue-by-its-speaker-tags"}


@pytest.mark.parametrize(
    ("name", "form"),
    [
        (name, form)
        for name in COLUMN_TABLES
        for form in COLUMN_WRITERS
        if form.endswith("table") or name not in _TABLE_ONLY
    ],
)
def test_a_process_recording_in_columns_gives_each_column_to_its_field(
    tmp_path: Path, name: str, form: str
) -> None:
    case = COLUMN_TABLES[name]
    path = COLUMN_WRITERS[form](
        tmp_path / f"pr.{'pdf' if 'pdf' in form or form == 'slashes' else 'docx'}", case
    )
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "process_record"
    expected = _expected(case, by_rows=not form.endswith("table"))
    assert {f: record.fields.get(f, "").splitlines() for f in expected} == expected
    header_cells = set(case[1]) - {"No"}
    values = [v for v in record.fields.values() if isinstance(v, str)]
    assert not [cell for cell in header_cells for v in values if cell in v.splitlines()]
    assert record.fields["conclusion"] in {
        "Klien bersedia membawa anaknya ke puskesmas.",
        "The client agreed to see a doctor.",
    }
    assert "interview_narrative" not in record.missing_required


def _scan(pdf_path: Path, out: Path) -> Path:
    """Render each page of a born-digital PDF at 200 dpi into an image-only PDF (a scan)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    images = [page.render(scale=200 / 72).to_pil().convert("L") for page in pdf]
    pdf.close()
    images[0].save(out, "PDF", resolution=200, save_all=True, append_images=images[1:])
    return out


# Scans cost seconds a page: one per language, and the English pronoun "I", which OCR reads in
# Helvetica as a rule glyph, opening a cell, in running text and before a contraction.
@pytest.mark.parametrize(
    "name", ["id-four-columns", "en-dialogue-second", "en-pronoun-in-dialogue"]
)
def test_a_scanned_process_recording_in_columns_gives_each_column_to_its_field(
    tmp_path: Path, name: str
) -> None:
    case = COLUMN_TABLES[name]
    scan = _scan(_column_pdf(tmp_path / "pr.pdf", case), tmp_path / "scan.pdf")
    doc = read_document(scan)
    assert doc.ocr_pages == (1,)
    (record,) = extract_records(doc).records
    assert record.record_type == "process_record"
    expected = _expected(case, by_rows=False)
    assert {f: record.fields.get(f, "").splitlines() for f in expected} == expected


# --- text that only looks like a value (issue 11, item 4; contract 1.1 Conventions)

TRAPS = [
    pytest.param(
        (
            "#CATATAN PROSES",
            "Nama Klien: (tuliskan nama lengkap klien)",
            "Pekerja Sosial: [Nama, Jabatan]",
            "Tanggal Wawancara: ____________",
            "#Pendahuluan",
            "(Jelaskan bagaimana wawancara ini diatur.)",
            "#Kesimpulan",
            "Tuliskan kesimpulan dan rencana tindak lanjut.",
        ),
        {},
        id="id-blank-template",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: [Name]",
            "Social Worker: <worker's name, role>",
            "Date of Interview: ________",
            "#Introduction",
            "Describe how the interview was arranged and who was present.",
            "#Conclusion",
            "(Summarise the outcome and the plan.)",
        ),
        {},
        id="en-blank-template",
    ),
    pytest.param(
        (
            "#CATATAN PROSES",
            "Nama Klien: Ibu Sari",
            "Tanggal Wawancara: 5 Maret 2024",
            "#Pendahuluan",
            "(Tuliskan latar belakang wawancara)",
            "Klien datang bersama anaknya.",
        ),
        {
            "client_name": "Ibu Sari",
            "interview_date": "2024-03-05",
            "introduction": "Klien datang bersama anaknya.",
        },
        id="id-prompt-left-above-content",
    ),
    pytest.param(
        (
            "#PROCESS RECORDING",
            "Client Name: Mrs Tan",
            "Date of Interview: 5 March 2024",
            "#Introduction",
            "Home visit after the school called.",
            "Worker: Hi Mrs Tan, how have you been since last week?",
            "Mrs Tan: Not so good, my son is ill again.",
            "Worker: I am sorry to hear that.",
        ),
        {
            "client_name": "Mrs Tan",
            "interview_date": "2024-03-05",
            "introduction": "Home visit after the school called.",
            "interview_narrative": "Worker: Hi Mrs Tan, how have you been since last week?\n"
            "Mrs Tan: Not so good, my son is ill again.\n"
            "Worker: I am sorry to hear that.",
        },
        id="en-speaker-tag-before-speech-is-no-name",
    ),
    pytest.param(
        (
            "#CATATAN PROSES",
            "Nama Klien: Bapak Joko",
            "Tanggal Wawancara: 6 Maret 2024",
            "Pekerja Sosial: Selamat pagi, Pak. Bagaimana kabar Bapak hari ini?",
            "Klien: Baik, Bu. Saya sudah ke puskesmas.",
        ),
        {
            "client_name": "Bapak Joko",
            "interview_date": "2024-03-06",
            "interview_narrative": "Pekerja Sosial: Selamat pagi, Pak. Bagaimana kabar Bapak "
            "hari ini?\nKlien: Baik, Bu. Saya sudah ke puskesmas.",
        },
        id="id-speaker-tag-before-speech-is-no-name",
    ),
    pytest.param(
        (
            "Posted on March 3, 2019 by admin",
            "1,234 views",
            "#PROCESS RECORDING EXAMPLE",
            "Client: Mr. J",
            "Social Worker: Anna Smith",
            "#Introduction",
            "The worker met the client at the shelter.",
            "Share this: Facebook Twitter",
            "Printed: 12/03/2024",
            "https://example-socialwork.org/process-recording",
            "#Comments (2)",
            "Maria K. - 14 January 2025: Really useful for my students, thanks!",
        ),
        {
            "client_name": "Mr. J",
            "worker_name": "Anna Smith",
            "introduction": "The worker met the client at the shelter.",
        },
        id="en-web-page-furniture-and-its-date",
    ),
    pytest.param(
        (
            "Diposting pada 3 Maret 2019 oleh Admin",
            "Dilihat 1.234 kali",
            "#CONTOH CATATAN PROSES",
            "Nama Klien: Sdr. Eko",
            "Pekerja Sosial: Rina Marlina",
            "#Pendahuluan",
            "Pekerja sosial bertemu klien di rumah singgah.",
            "Bagikan: Facebook WhatsApp",
            "Dicetak: 12/03/2024",
            "www.contoh-peksos.id/catatan-proses",
            "#Komentar (1)",
            "Budi: Terima kasih, sangat membantu untuk tugas saya!",
        ),
        {
            "client_name": "Sdr. Eko",
            "worker_name": "Rina Marlina",
            "introduction": "Pekerja sosial bertemu klien di rumah singgah.",
        },
        id="id-web-page-furniture-and-its-date",
    ),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), TRAPS)
def test_text_that_only_looks_like_a_value_is_never_one(
    tmp_path: Path, fmt: str, lines: Lines, expected: dict[str, str]
) -> None:
    result = extract_records(read_document(WRITERS[fmt](tmp_path / f"note.{fmt}", lines)))
    (record,) = result.records
    assert record.record_type == "process_record"
    assert dict(record.fields) == expected
    blank = [w for w in result.warnings if w.startswith("a blank template")]
    assert bool(blank) == (not expected)
    if not expected:
        assert {"client_name", "worker_name", "interview_date"} <= set(record.missing_required)
        # a blank form is its type's, and no case note, alike
        assert record.confidence == 0.5
        assert [a.record_type for a in record.alternatives] == ["unknown"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_header_row_of_labels_heads_its_columns_and_is_never_a_value(
    tmp_path: Path, fmt: str
) -> None:
    case: ColumnCase = (
        "id",
        ("Nama Klien", "Pekerja Sosial", "Tanggal Wawancara"),
        (("Ibu Sari", "Rina Marlina", "5 Maret 2024"),),
        (None, None, None),
    )
    path = (_column_docx if fmt == "docx" else _column_pdf)(tmp_path / f"pr.{fmt}", case)
    (record,) = extract_records(read_document(path)).records
    assert (
        record.fields["client_name"],
        record.fields["worker_name"],
        record.fields["interview_date"],
    ) == ("Ibu Sari", "Rina Marlina", "2024-03-05")


# Scans of one crowded line table row and one trap table row: OCR'd through the pipeline.
SCANNED_LINES = [
    pytest.param(CROWDED[1].values[0], CROWDED[1].values[1], id="crowded-en-process-header"),
    pytest.param(TRAPS[0].values[0], TRAPS[0].values[1], id="trap-id-blank-template"),
    pytest.param(TRAPS[6].values[0], TRAPS[6].values[1], id="trap-id-web-page-furniture"),
]


@pytest.mark.parametrize(("lines", "expected"), SCANNED_LINES)
def test_scanned_crowded_lines_and_look_alikes(
    tmp_path: Path, lines: Lines, expected: dict[str, str]
) -> None:
    scan = _scan(_pdf(tmp_path / "note.pdf", lines), tmp_path / "scan.pdf")
    doc = read_document(scan)
    assert doc.ocr_pages == (1,)
    (record,) = extract_records(doc).records
    assert {name: record.fields.get(name) for name in expected} == expected
    if not expected:
        assert record.fields == {}


@pytest.mark.parametrize("form", ["docx-table", "pdf-table"])
@pytest.mark.parametrize(
    ("case", "dialogue"),
    [
        pytest.param(
            (
                "id",
                ("No", "Pelaku", "Dialog", "Perasaan Pekerja Sosial", "Analisis"),
                (
                    ("1", "PS", "Selamat pagi, Bu.", "Saya gugup.", "Membuka percakapan."),
                    ("2", "Klien", "Pagi, Pak.", "Saya lega.", "Empati."),
                ),
                (None, None, DIALOGUE, REFLECTION, REFLECTION),
            ),
            ["PS: Selamat pagi, Bu.", "Klien: Pagi, Pak."],
            id="id",
        ),
        pytest.param(
            (
                "en",
                ("Speaker", "What was said", "Supervisor's comments"),
                (
                    ("Worker", "How did the week go?", "Good opening."),
                    ("Mrs Tan", "Better than last week.", "Explore this."),
                ),
                (None, DIALOGUE, SUPERVISOR),
            ),
            ["Worker: How did the week go?", "Mrs Tan: Better than last week."],
            id="en",
        ),
    ],
)
def test_a_column_of_speakers_tags_the_dialogue_beside_it(
    tmp_path: Path, form: str, case: ColumnCase, dialogue: list[str]
) -> None:
    path = COLUMN_WRITERS[form](tmp_path / f"pr.{form.split('-')[0]}", case)
    (record,) = extract_records(read_document(path)).records
    assert record.fields["interview_narrative"].splitlines() == dialogue
    assert not [u for u in record.unmatched if u.text in ("Pelaku", "Speaker")]


@pytest.mark.parametrize("form", ["docx-table", "pdf-table"])
@pytest.mark.parametrize(
    ("case", "dialogue"),
    [
        pytest.param(
            (
                "id",
                ("Pekerja Sosial", "Klien / Keluarga"),
                (
                    ("Selamat siang, Bu. Bagaimana keadaan Ibu?", ""),
                    ("", "Sudah bisa duduk, Pak."),
                    ("Syukurlah. Bisa diceritakan soal biaya?", ""),
                    ("", "Iya, Pak. Ada obat yang tidak ditanggung."),
                ),
                (DIALOGUE, DIALOGUE),
            ),
            [
                "Pekerja Sosial: Selamat siang, Bu. Bagaimana keadaan Ibu?",
                "Klien / Keluarga: Sudah bisa duduk, Pak.",
                "Pekerja Sosial: Syukurlah. Bisa diceritakan soal biaya?",
                "Klien / Keluarga: Iya, Pak. Ada obat yang tidak ditanggung.",
            ],
            id="id",
        ),
        pytest.param(
            (
                "en",
                ("Worker", "Client"),
                (
                    ("How did the week go?", ""),
                    ("", "Better than last week."),
                    ("What helped?", ""),
                ),
                (DIALOGUE, DIALOGUE),
            ),
            [
                "Worker: How did the week go?",
                "Client: Better than last week.",
                "Worker: What helped?",
            ],
            id="en",
        ),
    ],
)
def test_a_dialogue_with_a_column_per_speaker_reads_row_by_row(
    tmp_path: Path, form: str, case: ColumnCase, dialogue: list[str]
) -> None:
    path = COLUMN_WRITERS[form](tmp_path / f"pr.{form.split('-')[0]}", case)
    (record,) = extract_records(read_document(path)).records
    assert record.fields["interview_narrative"].splitlines() == dialogue
    assert not [u for u in record.unmatched if u.text in case[1]]  # the header is no label


@pytest.mark.parametrize(
    ("lines", "expected", "blank"),
    [
        pytest.param(
            (
                "[AGENCY LOGO]",
                "#CASE RECORD FORM",
                "Case no.: __________",
                "Client name: ______________________",
                "Date opened: __/__/____",
                "Status: \u2610 Open \u2610 Closed",
                "#Presenting problem",
                "Describe the presenting problem here.",
                "#Interventions carried out",
                "(to be completed during the case)",
                "#Attachments",
                "\u2610 school report \u2610 medical certificate",
            ),
            {},
            True,
            id="en-blank-form-with-tick-boxes",
        ),
        pytest.param(
            (
                "#CATATAN KASUS",
                "No. Kasus: CK-2024-07",
                "Nama Klien: Sdri. Ani Lestari",
                "Status Kasus: \u2610 Aktif \u2612 Selesai",
                "#Lampiran",
                "\u2611 rapor sekolah \u2610 surat keterangan dokter \u2611 fotokopi KK",
            ),
            {
                "case_number": "CK-2024-07",
                "client_name": "Sdri. Ani Lestari",
                "case_status": "closed",
                "attachments": ["rapor sekolah", "fotokopi KK"],
            },
            False,
            id="id-ticked-boxes-are-the-values",
        ),
        pytest.param(
            (
                "#CLIENT FILE",
                "Case no.: GDA-25-204",
                "Client name: Ms. Fenella Ashgrove",
                "Case status: [x] Open [ ] Closed",
                "#Attachments",
                "(v) safety plan ( ) court order (v) GP letter",
                "#Presenting problem",
                "(i) controlling partner (ii) rent arrears",
            ),
            {
                "case_number": "GDA-25-204",
                "client_name": "Ms. Fenella Ashgrove",
                "case_status": "open",
                "attachments": ["safety plan", "GP letter"],
                "presenting_problem": "(i) controlling partner (ii) rent arrears",
            },
            False,
            id="en-boxes-typed-as-brackets-are-the-values",
        ),
    ],
)
def test_tick_boxes_give_only_the_options_ticked(
    tmp_path: Path, lines: Lines, expected: dict[str, object], blank: bool
) -> None:
    result = extract_records(read_document(_docx(tmp_path / "form.docx", lines)))
    (record,) = result.records
    assert record.record_type == "case_record"
    assert dict(record.fields) == expected
    assert any(w.startswith("a blank template") for w in result.warnings) == blank


def _bold_label_docx(path: Path, lines: Lines) -> Path:
    """Write lines; "**Label** value" sets the label in bold and its value in regular type."""
    doc = WordDocument()
    for line in lines:
        paragraph = doc.add_paragraph()
        if line.startswith("#"):
            paragraph.add_run(line[1:]).bold = True
        elif line.startswith("**"):
            label, value = line[2:].split("** ", 1)
            paragraph.add_run(label).bold = True
            paragraph.add_run(" " + value)
        else:
            paragraph.add_run(line)
    doc.save(path)
    return path


def _bold_label_pdf(path: Path, lines: Lines) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 72
    for line in lines:
        if line.startswith("**"):
            label, value = line[2:].split("** ", 1)
            pdf.setFont("Helvetica-Bold", 10.5)
            pdf.drawString(60, y, label)
            pdf.setFont("Helvetica", 10.5)
            pdf.drawString(60 + pdf.stringWidth(label + " ", "Helvetica-Bold", 10.5), y, value)
        else:
            pdf.setFont("Helvetica-Bold" if line.startswith("#") else "Helvetica", 10.5)
            pdf.drawString(60, y, line.lstrip("#"))
        y -= 18
    pdf.save()
    return path


BOLD_LABELS = [
    pytest.param(
        (
            "#Catatan Proses Ringkas",
            "**Anak** An. Putri Lestari",
            "**Pekerja sosial** Nur Aini, S.Sos.",
            "**Pertemuan** 12 dan 19 Februari 2024",
            "#Ringkasan Pertemuan",
            "**Catatan** klien datang sendiri dan bercerita tentang sekolahnya.",
        ),
        {"client_name": "An. Putri Lestari", "worker_name": "Nur Aini, S.Sos.",
         "interview_dates": ["2024-02-12", "2024-02-19"]},
        id="id-bold-labels",
    ),
    pytest.param(
        (
            "#Case Record",
            "**Child** Jayden Okafor",
            "**Allocated social worker** Hannah Whitcombe",
            "**Opened** 03/04/2023",
            "#Reason for referral",
            "**Hunger** and unwashed uniform on most days were reported by the school.",
        ),
        {"client_name": "Jayden Okafor", "worker_name": "Hannah Whitcombe",
         "date_opened": "2023-04-03"},
        id="en-bold-labels",
    ),
]  # fmt: skip


@pytest.mark.parametrize("write", [_bold_label_docx, _bold_label_pdf], ids=["docx", "pdf"])
@pytest.mark.parametrize(("lines", "expected"), BOLD_LABELS)
def test_a_label_set_in_bold_before_its_value_needs_no_colon(
    tmp_path: Path, write, lines: Lines, expected: dict[str, object]
) -> None:
    suffix = "docx" if write is _bold_label_docx else "pdf"
    (record,) = extract_records(read_document(write(tmp_path / f"form.{suffix}", lines))).records
    assert {k: record.fields.get(k) for k in expected} == expected
    # a bold word opening a sentence in regular type is emphasis, not a label
    text = " ".join(str(v) for v in record.fields.values())
    assert "Catatan:" not in text
    assert "Hunger:" not in text
