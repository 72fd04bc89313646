"""A summary's meetings as a table of dates and what was said (first met in the thirty-second
corpus B, rewritten in our own words), as DOCX and as a ruled born-digital PDF, both languages:
the date column gives every meeting's date, and the column beside it, its header nobody
listed (`Notes`, `Catatan`), is the summary, named by the cascade reading it with its cells or
by the sections' order. Before, the table was dropped whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

Row = tuple[str, str]

MEETINGS: dict[str, tuple[tuple[str, ...], tuple[Row, ...], tuple[str, ...]]] = {
    "en": (
        ("Summarised Process Record", "Client: Dorothy Akers", "Worker: Simon Hale",
         "The meetings are listed by date; what was said is summarised beside each."),
        (
            ("Date", "Notes"),
            ("5 February 2024", "Mrs Akers said the stairs to her flat had become too much "
             "since her fall and that she had stopped going out to the shops."),
            ("12 February 2024", "We went through the housing transfer form together; she "
             "wanted her daughter to read it before she signed anything."),
            ("19 February 2024", "Her daughter came to the meeting and the form was signed. "
             "Mrs Akers said she felt less alone with the move now."),
        ),
        ("Conclusion", "A move to a ground-floor flat is under way and Mrs Akers is taking "
         "part in every step of it."),
    ),
    "id": (
        ("Ringkasan Rekaman Proses", "Klien: Bapak Sarmin", "Pekerja sosial: Wulan Sari",
         "Pertemuan disusun menurut tanggal; isi pembicaraan diringkas di sampingnya."),
        (
            ("Tanggal", "Catatan"),
            ("5 Februari 2024", "Bapak Sarmin menceritakan bahwa sejak kakinya sakit ia tidak "
             "lagi bisa bekerja di sawah dan tabungannya sudah habis."),
            ("12 Februari 2024", "Kami mengisi formulir bantuan sosial bersama; ia meminta "
             "anaknya ikut membaca sebelum menandatangani."),
            ("19 Februari 2024", "Anaknya hadir dan formulir ditandatangani. Bapak Sarmin "
             "mengatakan ia merasa lebih tenang sekarang."),
        ),
        ("Kesimpulan", "Bantuan sosial sedang diurus dan Bapak Sarmin terlibat dalam setiap "
         "langkahnya."),
    ),
}  # fmt: skip


def _docx(
    path: Path, lines: tuple[str, ...], rows: tuple[Row, ...], after: tuple[str, ...]
) -> Path:
    doc = WordDocument()
    doc.add_paragraph().add_run(lines[0]).bold = True
    for line in lines[1:]:
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=2)
    for row in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    doc.add_paragraph().add_run(after[0]).bold = True
    doc.add_paragraph(after[1])
    doc.save(path)
    return path


def _pdf(path: Path, lines: tuple[str, ...], rows: tuple[Row, ...], after: tuple[str, ...]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = Table(
        [[Paragraph(text, styles["Normal"]) for text in row] for row in rows],
        colWidths=[110, 350],
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, "black")]))
    flow = [Paragraph(lines[0], styles["Heading1"])]
    flow += [Paragraph(line, styles["Normal"]) for line in lines[1:]]
    flow += [grid, Paragraph(after[0], styles["Heading2"]), Paragraph(after[1], styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


@pytest.mark.parametrize("write", [_docx, _pdf], ids=["docx", "pdf"])
@pytest.mark.parametrize("lang", sorted(MEETINGS))
def test_a_table_of_meetings_gives_their_dates_and_the_summary(
    tmp_path: Path, lang: str, write
) -> None:
    lines, rows, after = MEETINGS[lang]
    path = write(tmp_path / f"note.{write.__name__[1:]}", lines, rows, after)
    (record,) = extract_records(read_document(path)).records
    assert record.record_type == "summarized_process_record"
    assert record.fields["interview_dates"] == ["2024-02-05", "2024-02-12", "2024-02-19"]
    assert record.fields["summary"] == "\n".join(text for _, text in rows[1:])
    assert record.fields["conclusion"] == after[1]
    assert "summary" not in record.missing_required
