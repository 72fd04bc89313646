"""Blocks into lines (pipeline/extract/lines.py) as a decision table: one block in, the lines
later stages see out (their text, whether each looks like a heading, and its `Label : value`).

The blocks are built as plain `Document` objects: no reader runs, so a row moves only
when the line rules do.
"""

from __future__ import annotations

import pytest

from pipeline.document import Block, BlockKind, Cell, Document, Page, SourceInfo, Style, Table
from pipeline.extract.lines import Line, TableItem, document_items


def _document(*blocks: Block) -> Document:
    return Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))


Seen = tuple[str, bool, tuple[str, str] | None]  # text, looks like a heading, (label, value)

# (block kind, block text, its style, the lines it gives)
BLOCKS: list[tuple[BlockKind, str, Style, list[Seen]]] = [
    (  # OCR joined a heading and its paragraph: two lines, the capitals one a heading
        "paragraph",
        "RIWAYAT KASUS\nKlien datang sendiri ke kantor.",
        Style(),
        [("RIWAYAT KASUS", True, None), ("Klien datang sendiri ke kantor.", False, None)],
    ),
    (  # Word's automatic numbering is not in the text: the line gets it
        "paragraph",
        "Latar Belakang",
        Style(numbering="I."),
        [("I. Latar Belakang", True, None)],
    ),
    (  # ...once
        "paragraph",
        "I. Latar Belakang",
        Style(numbering="I."),
        [("I. Latar Belakang", True, None)],
    ),
    (
        "heading",
        "Ringkasan Kasus",
        Style(style_name="Heading 1"),
        [("Ringkasan Kasus", True, None)],
    ),
    (  # a style holds for a block's only line: two lines under one style are text
        "paragraph",
        "Ringkasan Kasus\nKlien tinggal bersama neneknya.",
        Style(style_name="Heading 1"),
        [("Ringkasan Kasus", False, None), ("Klien tinggal bersama neneknya.", False, None)],
    ),
    (  # short and alone in its block
        "paragraph",
        "Riwayat kasus",
        Style(),
        [("Riwayat kasus", True, None)],
    ),
    (
        "paragraph",
        "Presenting problem",
        Style(bold=True),
        [("Presenting problem", True, None)],
    ),
    (  # a sentence alone in its block
        "paragraph",
        "Klien datang sendiri.",
        Style(),
        [("Klien datang sendiri.", False, None)],
    ),
    (
        "paragraph",
        "Nama Klien : Budi Santoso",
        Style(),
        [("Nama Klien : Budi Santoso", True, ("Nama Klien", "Budi Santoso"))],
    ),
    (  # a full-width colon
        "paragraph",
        "Nama Klien：Budi",
        Style(),
        [("Nama Klien：Budi", True, ("Nama Klien", "Budi"))],
    ),
    (  # a label with nothing after it
        "paragraph",
        "Identitas Klien:",
        Style(),
        [("Identitas Klien:", True, ("Identitas Klien", ""))],
    ),
    (  # more than six words before the colon: a sentence, not a label
        "paragraph",
        "Pada hari itu klien bercerita panjang lebar: ia lelah.",
        Style(),
        [("Pada hari itu klien bercerita panjang lebar: ia lelah.", False, None)],
    ),
    ("paragraph", "  \n\n", Style(), []),  # blank lines are no lines
]


@pytest.mark.parametrize(("kind", "text", "style", "lines"), BLOCKS)
def test_a_block_gives_lines(kind: BlockKind, text: str, style: Style, lines: list[Seen]) -> None:
    items = document_items(_document(Block(kind, text, 1, style=style)))
    assert all(isinstance(item, Line) for item in items)
    seen = [
        (item.text, item.looks_like_heading(), item.label_value())
        for item in items
        if isinstance(item, Line)
    ]
    assert seen == lines


def test_a_table_stays_one_item_in_reading_order() -> None:
    table = Table(((Cell("Nama", 0, 0, (0, 0)), Cell("Budi", 0, 1, (0, 1))),))
    items = document_items(
        _document(
            Block("heading", "IDENTITAS", 1),
            Block("table", "Nama | Budi", 1, table=table),
            Block("paragraph", "Catatan penutup.", 1),
        )
    )
    assert [type(item).__name__ for item in items] == ["Line", "TableItem", "Line"]
    assert isinstance(items[1], TableItem)
    assert (items[1].table, items[1].block) == (table, 1)


# (line's numbering as read, is it a heading's numbering?)
NUMBERED = [("I.", True), ("2.", True), ("A.", True), ("•", False), (None, False)]


@pytest.mark.parametrize(("numbering", "numbered"), NUMBERED)
def test_only_alphanumeric_numbering_counts(numbering: str | None, numbered: bool) -> None:
    text = "konseling keluarga"
    (line,) = document_items(
        _document(Block("paragraph", text, 1, style=Style(numbering=numbering)))
    )
    assert isinstance(line, Line)
    assert line.numbered is numbered


def test_an_askew_ocr_line_keeps_its_words_and_the_next_line_its_own() -> None:
    """Two lines of a page read 1 degree askew: each climbs 3 pt over its width, more than
    the overlap that tells rows apart; tesseract's own line numbers keep them whole."""
    from pipeline.ingest.layout import draft_page
    from pipeline.ingest.words import Word

    def line(texts: list[str], top: float, number: int) -> list[Word]:
        return [
            Word(
                text,
                70 + 45 * k,
                top + 0.9 * k,
                110 + 45 * k,
                top + 0.9 * k + 7,
                9.0,
                ocr_line=number,
            )
            for k, text in enumerate(texts)
        ]

    first = ["She", "has", "a", "documented", "wage", "claim", "and"]
    second = ["is", "worried", "about", "pressure", "from", "the", "recruiter."]
    drafts = draft_page(line(first, 100, 0) + line(second, 110, 1), (), 600)
    assert [line for d in drafts for line in d.text.split("\n")] == [
        " ".join(first),
        " ".join(second),
    ]


def _row(parts: list[tuple[float, str]], top: float) -> list:
    """Words of one row: each part's words from its x, 6 pt a letter, a space between."""
    from pipeline.ingest.words import Word

    words = []
    for x, text in parts:
        for word in text.split():
            words.append(Word(word, x, top, x + 6 * len(word), top + 10, 10.0))
            x += 6 * len(word) + 3
    return words


FORM_COLUMN = [  # (label, value) rows of a scanned form whose column of colons OCR dropped
    ("Nama Lembaga", "UPTD Panti Sosial Bina Laras"),
    ("Alamat", "Jl. Gajah Mada No. 60"),
    ("Program", "Rehabilitasi sosial bagi penyandang disabilitas"),
    ("", "mental terlantar dan keluarganya."),  # the value wraps under its start
    ("Tata Cara dan Syarat", "Rujukan dari Dinas Sosial;"),
    ("Pelayanan", "melampirkan surat keterangan."),  # the label wraps under its start
    ("Kebijakan", "Tanpa pemasungan."),
]


def test_a_forms_label_column_gets_its_colons_through_wrapped_values_and_labels() -> None:
    from pipeline.ingest.layout import draft_page

    words = [
        w
        for k, (label, value) in enumerate(FORM_COLUMN)
        for w in _row([(70.0, label), (250.0, value)] if label else [(250.0, value)], 100 + 16 * k)
    ]
    lines = [line for d in draft_page(words, (), 600) for line in d.text.split("\n")]
    assert lines == [
        "Nama Lembaga: UPTD Panti Sosial Bina Laras",
        "Alamat: Jl. Gajah Mada No. 60",
        "Program: Rehabilitasi sosial bagi penyandang disabilitas",
        "mental terlantar dan keluarganya.",
        "Tata Cara dan Syarat Pelayanan: Rujukan dari Dinas Sosial;",
        "melampirkan surat keterangan.",
        "Kebijakan: Tanpa pemasungan.",
    ]


# (what the rows are, rows of (x, text) parts, the blocks' texts)
CROWDED_WRAPS: list[tuple[str, list[list[tuple[float, str]]], list[str]]] = [
    ("the last column's value wraps under its own start",
     [[(70, "Tanggal: 23 Januari 2024"), (260, "Tempat: Taman belakang (atas")],
      [(308, "permintaan klien)")],
      [],  # a paragraph's gap
      [(70, "Dua hari sebelumnya ibu klien menelepon.")]],
     ["Tanggal: 23 Januari 2024\tTempat: Taman belakang (atas\npermintaan klien)",
      "Dua hari sebelumnya ibu klien menelepon."]),
    ("the first column's value wraps under its start",
     [[(70, "Alamat: Jl. Mawar No. 4,"), (320, "Umur: 12")],
      [(112, "Sukawangi")]],
     ["Alamat: Jl. Mawar No. 4,\tUmur: 12\nSukawangi"]),
    ("having filled the line, the last column's value wraps under the column's start",
     [[(70, "Tanggal: 9 Januari 2024"), (260, "Tempat: Ruang Konseling")],
      [(260, "2")]],
     ["Tanggal: 9 Januari 2024\tTempat: Ruang Konseling\n2"]),
    ("guard: a short line under the last column's label, the line above ending short, is no wrap",
     [[(70, "Tanggal: 23 Januari 2024"), (260, "Tempat: Taman")],
      [(260, "Catatan lain")],
      [],
      [(70, "Dua hari sebelumnya ibu klien menelepon bahwa ayah klien bersedia datang.")]],
     ["Tanggal: 23 Januari 2024\tTempat: Taman", "Catatan lain",
      "Dua hari sebelumnya ibu klien menelepon bahwa ayah klien bersedia datang."]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "texts"), [c[1:] for c in CROWDED_WRAPS], ids=[c[0] for c in CROWDED_WRAPS]
)
def test_a_crowded_lines_values_wrap_under_their_own_starts(
    rows: list[list[tuple[float, str]]], texts: list[str]
) -> None:
    from pipeline.ingest.layout import draft_page

    words = [w for k, parts in enumerate(rows) if parts for w in _row(parts, 100 + 12 * k)]
    assert [d.text for d in draft_page(words, (), 600)] == texts
