"""A label | value table whose values are sections' text (pipeline/extract/tables.py).

Agencies' data books and profiles often put every section in a row: the label
cell is the section's heading, in whatever words its writer chose (`Where the
money comes from`), and the value cell is its text. A row nobody named is read
as a heading over that text, by the classifier among the sections. Each case
runs as DOCX and as a ruled born-digital PDF written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

Rows = tuple[tuple[str, str], ...]

# (title, rows, the sections the unnamed rows fill)
PROFILES: dict[str, tuple[str, Rows, dict[str, str]]] = {
    "en": (
        "Organisation Profile",
        (
            ("Organisation", "Riverside Recovery House"),
            ("Where we are", "Jl. Tlogosari Raya No. 88, Pedurungan, Semarang"),
            ("Established", "12 June 2009"),
            ("What we do", "Six-month residential rehabilitation for adult men with drug or "
             "alcohol dependence, aftercare groups and family support sessions."),
            ("Where the money comes from", "Grants from the Ministry of Social Affairs, family "
             "contributions on a sliding scale and sales from our coffee roastery."),
            ("Who's who", "A board of the foundation oversees the director; under her are the "
             "programme manager, the clinical coordinator and the house managers."),
        ),
        {"work_program": "What we do", "funding_sources": "Where the money comes from",
         "organizational_structure": "Who's who"},
    ),
    "id": (
        "Profil Lembaga",
        (
            ("Lembaga", "Rumah Pemulihan Cahaya Baru"),
            ("Letak kantor", "Jl. Tlogosari Raya No. 88, Pedurungan, Semarang"),
            ("Berdiri", "12 Juni 2009"),
            ("Kegiatan kami", "Rehabilitasi rawat inap enam bulan bagi laki-laki dewasa dengan "
             "ketergantungan narkoba, kelompok pascarawat dan pertemuan keluarga."),
            ("Dari mana dananya", "Bantuan Kementerian Sosial, iuran keluarga sesuai kemampuan, "
             "dan hasil penjualan kopi sangrai."),
            ("Susunan pengurus", "Pembina yayasan membawahi direktur; di bawahnya manajer "
             "program, koordinator klinis dan pengelola asrama."),
        ),
        {"work_program": "Kegiatan kami", "funding_sources": "Dari mana dananya",
         "organizational_structure": "Susunan pengurus"},
    ),
}  # fmt: skip


def _docx(path: Path, title: str, rows: Rows) -> Path:
    doc = WordDocument()
    doc.add_paragraph().add_run(title).bold = True
    table = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.save(path)
    return path


def _pdf(path: Path, title: str, rows: Rows) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = Table(
        [[Paragraph(text, styles["Normal"]) for text in row] for row in rows],
        colWidths=[150, 310],
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, "black")]))
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [Paragraph(title, styles["Heading2"]), grid]
    )
    return path


@pytest.mark.parametrize("lang", sorted(PROFILES))
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_row_nobody_named_holding_a_sections_text_fills_that_section(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    title, rows, sections = PROFILES[lang]
    write = _docx if fmt == "docx" else _pdf
    (record,) = extract_records(
        read_document(write(tmp_path / f"profile.{fmt}", title, rows))
    ).records
    assert record.record_type == "agency_record"
    text = dict(rows)
    assert {name: record.fields.get(name) for name in sections} == {
        name: text[label] for name, label in sections.items()
    }
    assert not set(sections) & set(record.missing_required)
