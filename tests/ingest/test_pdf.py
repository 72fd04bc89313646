"""The PDF reader on generated files: layout, styles, tables, furniture, limits, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Block, Document, SourceInfo
from pipeline.errors import InputError, ResourceLimit
from pipeline.ingest import read_document
from pipeline.ingest.furniture import is_page_number
from pipeline.ingest.layout import draft_page, finish_page
from pipeline.ingest.pdf import needs_ocr, read_pdf
from pipeline.ingest.words import Word
from pipeline.options import IngestOptions
from tests.ingest import pdf_fixtures as fx


def read(path: Path, **options: object) -> Document:
    return read_pdf(path, IngestOptions(**options), SourceInfo(str(path), "", "pdf", 0, 0))  # type: ignore[arg-type]


def block(doc: Document, start: str) -> Block:
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(found) == 1, [b.text for b in doc.blocks]
    return found[0]


def flat(text: str) -> str:
    """Return text with its line breaks as spaces: blocks keep their lines apart."""
    return " ".join(text.split())


def test_heading_bigger_and_bold(headings_pdf: Path) -> None:
    title = block(read(headings_pdf), fx.TITLE)
    assert title.kind == "heading"
    assert title.style.bold
    assert title.style.size_ratio is not None
    assert title.style.size_ratio > 1.3
    assert title.style.align == "center"


def test_heading_bold_at_body_size(headings_pdf: Path) -> None:
    heading = block(read(headings_pdf), fx.BOLD_HEADING)
    assert (heading.kind, heading.style.bold, heading.style.size_ratio) == ("heading", True, 1.0)


def test_heading_bigger_not_bold(headings_pdf: Path) -> None:
    heading = block(read(headings_pdf), fx.SIZE_HEADING)
    assert heading.kind == "heading"
    assert not heading.style.bold
    assert heading.style.size_ratio is not None
    assert heading.style.size_ratio >= 1.2


def test_numbered_all_caps_line_is_a_heading(headings_pdf: Path) -> None:
    heading = block(read(headings_pdf), fx.NUMBERED_CAPS_HEADING)
    assert heading.kind == "heading"
    assert heading.style.numbering == "I."
    assert heading.style.all_caps


def test_body_size_is_the_median_text_size(headings_pdf: Path) -> None:
    assert read(headings_pdf).body_font_size == fx.BODY_SIZE


def test_each_label_line_is_its_own_block(headings_pdf: Path) -> None:
    doc = read(headings_pdf)
    for label, value in fx.LABEL_LINES:
        line = block(doc, label + " ")
        assert line.text == f"{label} : {value}"
        assert line.kind == "paragraph"


def test_paragraph_lines_join_into_one_block(headings_pdf: Path) -> None:
    paragraph = block(read(headings_pdf), fx.PARAGRAPH[:30])
    assert paragraph.kind == "paragraph"
    assert flat(paragraph.text) == fx.PARAGRAPH
    assert paragraph.text.count("\n") == 2


def test_bullets_keep_their_wrapped_lines(headings_pdf: Path) -> None:
    items = [b for b in read(headings_pdf).blocks if b.text.startswith("\u2022")]
    assert [flat(b.text) for b in items] == [f"\u2022 {text}" for text in fx.BULLETS]
    assert {b.kind for b in items} == {"list_item"}


def test_numbered_sentences_are_list_items(headings_pdf: Path) -> None:
    items = [block(read(headings_pdf), text[:2]) for text in fx.NUMBERED_ITEMS]
    assert [(b.kind, b.style.numbering, flat(b.text)) for b in items] == [
        ("list_item", text[:2], text) for text in fx.NUMBERED_ITEMS
    ]


def test_reading_order_follows_the_page(headings_pdf: Path) -> None:
    texts = [flat(b.text) for b in read(headings_pdf).blocks]
    assert texts.index(fx.LETTERHEAD) < texts.index(fx.TITLE) < texts.index(fx.PARAGRAPH)
    assert texts[-1] == fx.CONCLUSION


def test_ruled_table_with_merged_cells(table_pdf: Path) -> None:
    doc = read(table_pdf)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert [doc.blocks[0].text, doc.blocks[2].text] == [fx.TABLE_INTRO, fx.TABLE_OUTRO]
    table = doc.blocks[1].table
    assert table is not None
    assert (table.n_rows, table.n_cols) == (5, 3)
    grid = table.text_rows()
    assert grid[0] == fx.TABLE_ROWS[0]
    assert grid[2] == ("5 Maret 2024", "Libur nasional", "Libur nasional")
    assert table.rows[2][2].is_copy
    assert table.rows[2][2].origin == (2, 1)
    assert grid[4][0] == "6 Maret 2024"
    assert table.rows[4][0].origin == (3, 0)
    assert "Konseling" not in doc.blocks[0].text + doc.blocks[2].text


def test_repeated_header_and_page_numbers_are_furniture(multipage_pdf: Path) -> None:
    doc = read(multipage_pdf)
    for page in doc.pages:
        assert [b.text for b in page.furniture] == [
            fx.RUNNING_HEADER,
            f"Halaman {page.number} dari 3",
        ]
    assert all("Halaman" not in b.text and "RAHASIA" not in b.text for b in doc.blocks)


def test_page_one_letterhead_stays_in_the_body(multipage_pdf: Path) -> None:
    first = [b.text for b in read(multipage_pdf).pages[0].blocks]
    assert first[:2] == [fx.AGENCY_LINE, fx.LETTERHEAD]


def test_numbered_heading_opening_pages_stays_in_the_body(multipage_pdf: Path) -> None:
    doc = read(multipage_pdf)
    assert [p.blocks[0].text for p in doc.pages[1:]] == ["Bagian 2", "Bagian 3"]


def test_single_page_keeps_only_page_number_as_furniture(page_number_pdf: Path) -> None:
    page = read(page_number_pdf).pages[0]
    assert [b.text for b in page.furniture] == ["- 1 -"]
    assert [b.text for b in page.blocks] == [fx.PAGE_BODIES[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halaman 2 dari 5", True),
        ("Page 2 of 5", True),
        ("hal. 3", True),
        ("2", True),
        ("- 2 -", True),
        ("2/5", True),
        ("Bagian 2", False),
        ("2024 Laporan Tahunan", False),
    ],
)
def test_page_number_patterns(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def test_two_columns_read_left_then_right(two_column_pdf: Path) -> None:
    texts = [flat(b.text) for b in read(two_column_pdf).blocks]
    assert texts == [fx.TWO_COLUMN_TITLE, *fx.LEFT_COLUMN, *fx.RIGHT_COLUMN]


def test_bold_labels_beside_their_values_read_row_by_row(tmp_path: Path) -> None:
    """A column of bold labels and one of regular values is a form, not two text columns."""
    doc = read(fx.write_weight_labels_pdf(tmp_path / "labels.pdf"))
    assert [flat(b.text) for b in doc.blocks][1:] == [
        f"{label}: {value}" for label, value in fx.WEIGHT_LABELS
    ]


@pytest.mark.parametrize(
    ("rows", "as_labels"),
    [
        (fx.WEIGHT_LABELS, True),
        ([("Client ID", "FRH/2021/046"), ("Patient", "Ms. Wulan Nasution"),
          ("Reporting Period", "July to September 2021")], True),
        (fx.WEIGHT_LABELS[:2], False),  # two rows make no form: they may be anything
    ],
    ids=["four-rows", "three-rows", "two-rows"],
)  # fmt: skip
def test_labels_in_the_values_type_beside_them_read_as_labels(
    tmp_path: Path, rows: list[tuple[str, str]], as_labels: bool
) -> None:
    """A scanned form's labels have no colon and no weight: three rows or more of a short label,
    a gutter and a short value, the values aligned, are a form's."""
    doc = read(fx.write_weight_labels_pdf(tmp_path / "labels.pdf", rows, bold=False))
    joined = ": " if as_labels else " "
    assert [flat(b.text) for b in doc.blocks][1:] == [
        f"{label}{joined}{value}" for label, value in rows
    ]


def test_rotated_page_reads_like_the_original(tmp_path: Path, headings_pdf: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(headings_pdf))
    writer.pages[0].rotate(90)
    turned = tmp_path / "turned.pdf"
    with turned.open("wb") as fh:
        writer.write(fh)
    assert [b.text for b in read(turned).blocks] == [b.text for b in read(headings_pdf).blocks]


def test_encrypted_pdf_without_password(tmp_path: Path, headings_pdf: Path) -> None:
    locked = fx.encrypt_pdf(headings_pdf, tmp_path / "locked.pdf", "s3cret")
    with pytest.raises(InputError, match=r"locked\.pdf: encrypted PDF: pass --password$"):
        read_document(locked)


def test_encrypted_pdf_with_wrong_password(tmp_path: Path, headings_pdf: Path) -> None:
    locked = fx.encrypt_pdf(headings_pdf, tmp_path / "locked.pdf", "s3cret")
    with pytest.raises(InputError, match="wrong password"):
        read_document(locked, IngestOptions(password="guess"))


def test_encrypted_pdf_with_password(tmp_path: Path, headings_pdf: Path) -> None:
    locked = fx.encrypt_pdf(headings_pdf, tmp_path / "locked.pdf", "s3cret")
    doc = read_document(locked, IngestOptions(password="s3cret"))
    assert doc.blocks[0].text == fx.LETTERHEAD
    assert doc.language == "id"


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_an_input_error(tmp_path: Path, headings_pdf: Path, keep: float) -> None:
    cut = fx.truncate_pdf(headings_pdf, tmp_path / "cut.pdf", keep)
    with pytest.raises(InputError, match=r"cut\.pdf: damaged or truncated PDF"):
        read_document(cut)


def test_more_pages_than_allowed(multipage_pdf: Path) -> None:
    with pytest.raises(ResourceLimit, match="3 pages, more than the limit of 2"):
        read(multipage_pdf, max_pages=2)


def test_page_over_char_limit_is_skipped_with_a_warning(tmp_path: Path) -> None:
    dense = fx.write_dense_pdf(tmp_path / "dense.pdf", dense_chars=3000)
    doc = read(dense, max_page_chars=2000)
    assert [b.text for b in doc.pages[0].blocks] == [fx.PAGE_BODIES[0]]
    assert doc.pages[1].blocks == ()
    assert len(doc.pages) == 2
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("page 2: skipped")


@pytest.mark.parametrize(
    ("text", "image_share", "expected"),
    [
        ("", 1.0, True),  # a scan
        ("", 0.0, False),  # a blank page
        ("\x01\x02\x03\x04\x05" * 10, 0.0, True),  # a font without a Unicode map
        ("\ue000\ue001\ue002 " * 10, 0.0, True),  # private-use glyphs
        ("Daftar Isi ........................... 3\n" * 5, 0.0, False),  # dot leaders
        ("No. 12/2024 : 1.250.000 | 3.400.000\n" * 5, 0.0, False),  # a table of figures
        (fx.PARAGRAPH, 1.0, False),  # text over a background image
    ],
)
def test_needs_ocr(text: str, image_share: float, expected: bool) -> None:
    assert needs_ocr(text, image_share) is expected


def _line(text: str, top: float, x: float = 72.0, size: float = 11.0) -> list[Word]:
    """Return the words of one line of text set at `size` points (6 points per letter)."""
    words = []
    for part in text.split():
        words.append(Word(part, x, top, x + 6 * len(part), top + size * 1.15, size))
        x += 6 * len(part) + 3
    return words


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Nama Klien : Budi", "Umur : 12 tahun"], ["Nama Klien : Budi", "Umur : 12 tahun"]),
        (
            ["Pukul 09:00 klien datang ke kantor", "bersama ibunya."],
            ["Pukul 09:00 klien datang ke kantor\nbersama ibunya."],
        ),
        (
            ["Lihat http://contoh.id untuk", "keterangan lain."],
            ["Lihat http://contoh.id untuk\nketerangan lain."],
        ),
        (["Kesimpulan :", "Klien membaik."], ["Kesimpulan :", "Klien membaik."]),
        (["- pertama", "- kedua"], ["- pertama", "- kedua"]),
        (
            ["Klien bermain dengan anak-", "anak tetangga."],
            ["Klien bermain dengan anak-anak tetangga."],
        ),
        (
            ["Pendahuluan", "Klien datang ke kantor bersama ibunya."],
            ["Pendahuluan", "Klien datang ke kantor bersama ibunya."],
        ),
    ],
)
def test_block_breaks(lines: list[str], expected: list[str]) -> None:
    words = [w for k, text in enumerate(lines) for w in _line(text, 100 + 14 * k)]
    blocks = finish_page(draft_page(words), 1, 11.0)
    assert [b.text for b in blocks] == expected


def _ocr_line(cells: list[str], top: float, conf: float | None = 90.0) -> list[Word]:
    """Return the words of a line whose cells stand a gutter apart, as OCR (with a confidence)
    or a text PDF (none) gives them."""
    words, x = [], 72.0
    for cell in cells:
        for part in cell.split():
            words.append(Word(part, x, top, x + 6 * len(part), top + 12.6, 11.0, conf=conf))
            x += 6 * len(part) + 3
        x += 40  # the gutter
    return words


@pytest.mark.parametrize(
    ("cells", "conf", "expected"),
    [
        (["Nama", "1", "Mbah Fajar Wibowo"], 90.0, "Nama: Mbah Fajar Wibowo"),
        (["Umur", "|", "67 tahun"], 90.0, "Umur: 67 tahun"),
        (["Kelas", "1", "A"], None, "Kelas\t1\tA"),  # a text PDF's figure is a figure
        (["No.", "1", "Kunjungan rumah"], 90.0, "No.\t1\tKunjungan rumah"),  # after no word
    ],
    ids=["one", "bar", "text-pdf", "after-a-stop"],
)
def test_a_lone_mark_between_a_label_and_its_value_is_ocr_s_colon(
    cells: list[str], conf: float | None, expected: str
) -> None:
    (block,) = finish_page(draft_page(_ocr_line(cells, 100, conf)), 1, 11.0)
    assert block.text == expected
