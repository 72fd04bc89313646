"""A confidentiality marking in the page's header (pipeline/extract/fields.py): Word puts
`IN CONFIDENCE` or `RAHASIA` in the header of every page, alone or beside the file's number,
where the reader sets it apart as page furniture. The marking is still the record's, from its
first page."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document

BODIES = {
    "en": ("CLIENT CASE RECORD", "Client: Mr Graham Petrakis", "File no.: VTSS-2023-0457",
           "Opened: 14/03/2023", "Closed: 29/02/2024", "Presenting issues",
           "Graham had not worked for two years after his discharge."),
    "id": ("CATATAN KASUS", "Nama Klien: Dimas Prasetyo", "No. Kasus: 2023/BD/0147",
           "Tanggal Masuk: 2 Oktober 2023", "Masalah Klien",
           "Klien kehilangan pekerjaan setelah kecelakaan."),
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "header", "marking"),
    [
        ("en", "IN CONFIDENCE", "IN CONFIDENCE"),
        ("id", "RAHASIA", "RAHASIA"),
        ("en", "Case FC-2022-0311  |  CONFIDENTIAL", "CONFIDENTIAL"),  # a part of the header
        ("id", "Berkas PSAA/2023/BD/0147 - RAHASIA", "RAHASIA"),
    ],
)
def test_a_marking_in_the_page_header_is_the_records(
    tmp_path: Path, lang: str, header: str, marking: str
) -> None:
    doc = WordDocument()
    doc.sections[0].header.paragraphs[0].text = header
    title, *lines = BODIES[lang]
    doc.add_paragraph().add_run(title).bold = True
    for line in lines:
        doc.add_paragraph(line)
    doc.save(tmp_path / "record.docx")
    (record,) = extract_records(read_document(tmp_path / "record.docx")).records
    assert record.fields.get("confidentiality") == marking
    assert record.evidence["confidentiality"].label == "page header"


def test_closed_beside_opened_is_the_date_the_case_closed(tmp_path: Path) -> None:
    doc = WordDocument()
    title, *lines = BODIES["en"]
    doc.add_paragraph().add_run(title).bold = True
    for line in lines:
        doc.add_paragraph(line)
    doc.save(tmp_path / "record.docx")
    (record,) = extract_records(read_document(tmp_path / "record.docx")).records
    assert (record.fields.get("date_opened"), record.fields.get("date_closed")) == (
        "2023-03-14",
        "2024-02-29",
    )
