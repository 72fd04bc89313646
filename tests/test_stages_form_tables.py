"""A form laid out as a label | value table (pipeline/extract/tables.py) as a decision table:
the rows in, the fields the record takes out. A row whose label no synonym or stem names is
read from its value only in a form some other row of which is named."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.document import Block, Cell, Document, Page, SourceInfo, Style, Table
from pipeline.extract.extractor import Extractor, get_extractor

NAMED = [("Nama Klien", "Ibu Ratna Sari"), ("Nama Pekerja Sosial", "Dewi Lestari, S.Sos.")]

TABLE: list[tuple[str, list[tuple[str, str]], dict[str, Any]]] = [
    ("named rows only", NAMED, {"client_name": "Ibu Ratna Sari"}),
    ("a date row nobody named, in a form", [*NAMED, ("Waktu Pertemuan Ini", "Senin, 4 Maret 2024")],
     {"interview_date": "2024-03-04"}),
    ("a code row nobody named, in a form", [*NAMED, ("Kode Arsip", "PS/045/2024")],
     {"case_number": "PS/045/2024"}),
    ("no row named: no form, nothing guessed",
     [("Waktu Pertemuan Ini", "Senin, 4 Maret 2024"), ("Kode Arsip", "PS/045/2024")],
     {"interview_date": None, "case_number": None}),
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


def _document(rows: list[tuple[str, str]]) -> Document:
    table = Table(
        tuple(
            (Cell(label, r, 0, (r, 0)), Cell(value, r, 1, (r, 1)))
            for r, (label, value) in enumerate(rows)
        )
    )
    blocks = (
        Block("heading", "CATATAN PROSES", 1, style=Style(bold=True)),
        Block("table", "", 1, table=table),
        Block("paragraph", "Pendahuluan", 1, style=Style(bold=True)),
        Block("paragraph", "Klien datang ke kantor bersama anaknya.", 1),
    )
    return Document(SourceInfo("form.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))


@pytest.mark.parametrize(("rows", "fields"), [t[1:] for t in TABLE], ids=[t[0] for t in TABLE])
def test_form_rows_give_fields(
    extractor: Extractor, rows: list[tuple[str, str]], fields: dict[str, Any]
) -> None:
    (record,) = extractor.extract(_document(rows)).records
    assert record.record_type == "process_record"
    assert {name: record.fields.get(name) for name in fields} == fields
