"""Documents written from lines, for the tests of layouts: a DOCX and a born-digital PDF.

A line opening with "##" is a title (bold, set large), one opening with "#" a heading
(bold, body size) and "\\f" a page break; words between `**` inside a line are bold (a
run-in label); lines opening with "|" are the rows of a ruled table, their cells parted by
" | "; `running_header` is printed atop every page. The PDF flows its paragraphs with
platypus, as word processors export them; `spaced` sets each paragraph apart, as a letter's
are.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.records import Record

Lines = tuple[str, ...]

TITLE_PT, HEADING_PT = 16, 11


def write_docx(path: Path, lines: Lines, *, running_header: str | None = None) -> Path:
    doc = WordDocument()
    if running_header:
        doc.sections[0].header.paragraphs[0].text = running_header
    for line, rows in _with_tables(lines):
        if rows:
            table = doc.add_table(rows=0, cols=len(rows[0]))
            table.style = "Table Grid"
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
            continue
        if line == "\f":
            doc.add_page_break()
            continue
        para = doc.add_paragraph()
        for k, part in enumerate(line.lstrip("#").split("**")):
            run = para.add_run(part)
            if line.startswith("#") or k % 2:
                run.bold = True
            if line.startswith("#"):
                run.font.size = Pt(TITLE_PT if line.startswith("##") else HEADING_PT)
    doc.save(path)
    return path


def write_pdf(
    path: Path, lines: Lines, *, spaced: bool = False, running_header: str | None = None
) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    flow: list = []  # type: ignore[type-arg]
    for line, rows in _with_tables(lines):
        if rows:
            grid = [[Paragraph(text, styles["Normal"]) for text in row] for row in rows]
            flow.append(Table(grid, style=[("GRID", (0, 0), (-1, -1), 0.8, "black")]))
            continue
        if line == "\f":
            flow.append(PageBreak())
            continue
        style = "Heading1" if line.startswith("##") else "Heading2" if line[:1] == "#" else "Normal"
        parts = line.lstrip("#").split("**")
        marked = "".join(f"<b>{p}</b>" if k % 2 else p for k, p in enumerate(parts))
        flow.append(Paragraph(marked, styles[style]))
        if spaced and style == "Normal":
            flow.append(Spacer(1, 8))

    def header(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        if running_header:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(72, A4[1] - 40, running_header)

    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        flow, onFirstPage=header, onLaterPages=header
    )
    return path


def _with_tables(lines: Lines) -> list[tuple[str, list[list[str]]]]:
    """Return each line with no rows, and each run of "|" lines as one table's rows."""
    out: list[tuple[str, list[list[str]]]] = []
    for line in lines:
        if not line.startswith("|"):
            out.append((line, []))
            continue
        row = [cell.strip() for cell in line[1:].split(" | ")]
        if out and out[-1][1]:
            out[-1][1].append(row)
        else:
            out.append(("", [row]))
    return out


WRITERS = {"docx": write_docx, "pdf": write_pdf}


def records_of(folder: Path, fmt: str, lines: Lines) -> tuple[Record, ...]:
    """Return the records casenotes reads from `lines` written as a `fmt` file in `folder`."""
    return extract_records(read_document(WRITERS[fmt](folder / f"note.{fmt}", lines))).records
