"""A form laid out as a label | value table (pipeline/extract/tables.py) as a decision table:
the rows in, the fields the record takes out. A row whose label no synonym or stem names is
read from its value only in a form: some other row is named, or every row is a short label
beside its value."""

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
    ("a count under a section's word is a count, not the section",
     [*NAMED, ("Interview #", "3")], {"interview_narrative": None}),
    ("two rows, none named: no form, nothing guessed",
     [("Waktu Pertemuan Ini", "Senin, 4 Maret 2024"), ("Kode Arsip", "PS/045/2024")],
     {"interview_date": None, "case_number": None}),
    ("rows of short labels beside their values: a form, none named",
     [("Participant ID", "PH-JKT-2023-031"), ("Waktu Pertemuan Ini", "Senin, 4 Maret 2024"),
      ("Gender of child", "Female")],
     {"case_number": "PH-JKT-2023-031", "interview_date": "2024-03-04"}),
    ("a row of a long label: no form",
     [("Participant ID", "PH-JKT-2023-031"), ("Waktu Pertemuan Ini", "Senin, 4 Maret 2024"),
      ("What the worker wanted to find out that day", "Female")],
     {"case_number": None, "interview_date": None}),
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


# (what the grid is, its rows of cells, the fields the record takes out)
GRIDS: list[tuple[str, list[list[str]], dict[str, Any]]] = [
    ("each cell a label and its value",
     [["Lembaga: Panti Sosial Budi Mulia", "Tgl: 14 Oktober 2025", "Kontak ke-: 3"],
      ["Klien: Oma Hendrika", "Praktikan: Yohana Sitompul", "Tempat: Teras Wisma"]],
     {"agency_name": "Panti Sosial Budi Mulia", "interview_date": "2025-10-14",
      "session_number": 3, "client_name": "Oma Hendrika", "worker_name": "Yohana Sitompul",
      "location": "Teras Wisma"}),
    ("a cell of two label lines",
     [["Klien: Oma Hendrika\nTgl: 14 Oktober 2025", "Praktikan: Yohana Sitompul"]],
     {"client_name": "Oma Hendrika", "interview_date": "2025-10-14",
      "worker_name": "Yohana Sitompul"}),
    ("a blank value beside filled ones",
     [["Klien: Oma Hendrika", "Tgl:", "Praktikan: Yohana Sitompul"]],
     {"client_name": "Oma Hendrika", "interview_date": None, "worker_name": "Yohana Sitompul"}),
    ("a header row of labels, some unlisted, over one row of values",
     [["Nama Klien", "Pekerja Sosial", "Kode Arsip", "Waktu Pertemuan Ini"],
      ["Oma Hendrika", "Yohana Sitompul", "PS/045/2024", "14 Oktober 2025"]],
     {"client_name": "Oma Hendrika", "worker_name": "Yohana Sitompul",
      "case_number": "PS/045/2024", "interview_date": "2025-10-14"}),
    ("guard: two rows of a label beside its value are read row by row",
     [["Nama Klien", "Oma Hendrika"], ["Kode Arsip", "PS/045/2024"]],
     {"client_name": "Oma Hendrika", "case_number": "PS/045/2024"}),
    ("turns of a dialogue are no header",
     [["Klien: Benarkah? Kalau begitu saya mau coba."], ["Praktikan: Kenapa, Oma?"]],
     {"client_name": None, "worker_name": None}),
]  # fmt: skip


def _grid_document(rows: list[list[str]]) -> Document:
    table = Table(
        tuple(
            tuple(Cell(text, r, c, (r, c)) for c, text in enumerate(row))
            for r, row in enumerate(rows)
        )
    )
    blocks = (
        Block("heading", "CATATAN PROSES", 1, style=Style(bold=True)),
        Block("table", "", 1, table=table),
        Block("paragraph", "Pendahuluan", 1, style=Style(bold=True)),
        Block("paragraph", "Klien datang ke kantor bersama anaknya.", 1),
    )
    return Document(SourceInfo("grid.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))


@pytest.mark.parametrize(("rows", "fields"), [t[1:] for t in GRIDS], ids=[t[0] for t in GRIDS])
def test_label_value_cells_read_as_lines(
    extractor: Extractor, rows: list[list[str]], fields: dict[str, Any]
) -> None:
    (record,) = extractor.extract(_grid_document(rows)).records
    assert record.record_type == "process_record"
    assert {name: record.fields.get(name) for name in fields} == fields


@pytest.mark.parametrize(
    ("label", "boxes", "sex"),
    [
        ("Gender", "☒ Male  ☐ Female  ☐ Other", "Male"),  # the options' words name a field too
        ("Jenis Kelamin", "☐ Laki-laki  ☒ Perempuan", "Perempuan"),
    ],
)
def test_a_row_of_tick_boxes_gives_the_option_ticked(
    extractor: Extractor, label: str, boxes: str, sex: str
) -> None:
    rows = [("Nama Klien", "Ibu Ratna Sari"), ("No. Kasus", "CK-2024-017"), (label, boxes)]
    doc = _document(rows)
    title = Block("heading", "CATATAN KASUS", 1, style=Style(bold=True))
    doc = Document(doc.source, (Page(1, (title, *doc.pages[0].blocks[1:2])),))
    (record,) = extractor.extract(doc).records
    assert record.record_type == "case_record"
    assert record.fields.get("client_sex") == sex
