"""Documents written from lines, for the tests of layouts: a DOCX and a born-digital PDF.

A line opening with "##" is a title (bold, set large), one opening with "#" a heading
(bold, body size) and "\\f" a page break. The PDF flows its paragraphs with platypus, as
word processors export them; `spaced` sets each paragraph apart, as a letter's are.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt

Lines = tuple[str, ...]

TITLE_PT, HEADING_PT = 16, 11


def write_docx(path: Path, lines: Lines) -> Path:
    doc = WordDocument()
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


def write_pdf(path: Path, lines: Lines, *, spaced: bool = False) -> Path:
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
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(flow)
    return path


WRITERS = {"docx": write_docx, "pdf": write_pdf}
