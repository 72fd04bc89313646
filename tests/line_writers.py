"""Documents written from lines, for the tests of layouts: a DOCX and a born-digital PDF.

A line opening with "##" is a title (bold, set large), one opening with "#" a heading
(bold, body size) and "\\f" a page break; `running_header` is printed atop every page. The
PDF flows its paragraphs with platypus, as word processors export them; `spaced` sets each
paragraph apart, as a letter's are.
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
    for line in lines:
        if line == "\f":
            doc.add_page_break()
            continue
        run = doc.add_paragraph().add_run(line.lstrip("#"))
        if line.startswith("#"):
            run.bold = True
            run.font.size = Pt(TITLE_PT if line.startswith("##") else HEADING_PT)
    doc.save(path)
    return path


def write_pdf(
    path: Path, lines: Lines, *, spaced: bool = False, running_header: str | None = None
) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    flow: list = []  # type: ignore[type-arg]
    for line in lines:
        if line == "\f":
            flow.append(PageBreak())
            continue
        style = "Heading1" if line.startswith("##") else "Heading2" if line[:1] == "#" else "Normal"
        flow.append(Paragraph(line.lstrip("#"), styles[style]))
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


WRITERS = {"docx": write_docx, "pdf": write_pdf}


def records_of(folder: Path, fmt: str, lines: Lines) -> tuple[Record, ...]:
    """Return the records casenotes reads from `lines` written as a `fmt` file in `folder`."""
    return extract_records(read_document(WRITERS[fmt](folder / f"note.{fmt}", lines))).records
