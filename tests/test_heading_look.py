"""The "looks like a heading" test (pipeline/heading.py) as decision tables: tiny lines in, a verdict out.

A rule change shows here as a moved row before it shows in a record. Rows are
in both languages; each table holds lines on both sides of every threshold.
"""

from __future__ import annotations

import pytest

from pipeline.heading import (
    all_caps,
    block_looks_like_heading,
    ends_sentence,
    heading_shaped_in_text,
    label_by_weight,
    labels_by_weight,
    looks_like_heading,
    reader_styled,
    set_apart,
    strongly_set_apart,
)

# (line, styled, numbered, only, heading?) for a line of a block as extraction sees it.
LINE_TABLE = [
    ("RIWAYAT KASUS", False, False, False, True),  # capitals
    ("CASE HISTORY", False, False, False, True),
    ("Riwayat kasus", False, False, False, False),  # inside a block, no cue
    ("Riwayat kasus", False, False, True, True),  # alone in its block
    ("Presenting problem", False, False, True, True),
    ("Identitas Klien:", False, False, False, True),  # ends in a colon
    ("Client details:", False, False, False, True),
    ("I. Latar Belakang", False, True, False, True),  # numbered
    ("2. Assessment", False, True, False, True),
    ("Klien datang sendiri.", False, False, True, False),  # a sentence alone in its block
    ("The client came alone.", False, False, True, False),
    ("Case No.", False, False, True, True),  # an abbreviation's dot ends no sentence
    ("No. Reg.", False, False, True, True),
    (
        "Rencana tindak lanjut dengan keluarga klien minggu depan di rumah",
        False,
        False,
        True,
        False,
    ),
    ("Follow-up plan with the client's family next week at their home", True, False, False, False),
    ("Ringkasan", True, False, False, True),  # the reader saw a heading
    ("Summary.", True, False, False, True),  # style outweighs a full stop
    ("", True, False, True, False),
    ("UNTUK APA?", False, False, False, False),  # capitals, but a question ends it
    ("quietly and waited.", False, False, True, False),  # a sentence's end wrapped alone
    ("a. Identitas klien", False, True, True, True),  # numbered in lower case: a heading
]


@pytest.mark.parametrize(("text", "styled", "numbered", "only", "expected"), LINE_TABLE)
def test_line_looks_like_heading(
    text: str, styled: bool, numbered: bool, only: bool, expected: bool
) -> None:
    assert looks_like_heading(text, styled=styled, numbered=numbered, only=only) is expected


# (line, styled, numbered, only, set apart?, strongly set apart?)
SET_APART_TABLE = [
    ("CATATAN SUPERVISOR", False, False, False, True, True),
    ("Supervisor's comments", False, False, False, False, False),
    ("Supervisor's comments", False, False, True, False, True),  # alone: strong only
    ("Komentar supervisor:", False, False, False, False, True),  # a colon: strong only
    ("3. Analisis", False, True, False, True, True),
    ("Analysis", True, False, False, True, True),
    ("- tindak lanjut", False, False, False, False, False),  # a bullet is not numbering
]


@pytest.mark.parametrize(("text", "styled", "numbered", "only", "apart", "strong"), SET_APART_TABLE)
def test_line_set_apart(
    text: str, styled: bool, numbered: bool, only: bool, apart: bool, strong: bool
) -> None:
    assert set_apart(text, styled=styled, numbered=numbered) is apart
    assert strongly_set_apart(text, styled=styled, numbered=numbered, only=only) is strong


# (source, text, bold, size ratio, caps, label, bullet, lines, heading?) for a block at ingestion.
BLOCK_TABLE = [
    ("docx", "Identitas Klien", True, 1.0, False, False, False, 1, True),  # bold
    ("docx", "Client Identity", False, 1.2, False, False, False, 1, True),  # larger
    ("docx", "RIWAYAT KASUS", False, 1.0, True, False, False, 1, True),  # capitals
    ("docx", "Client identity", False, 1.1, False, False, False, 1, False),  # barely larger
    ("docx", "Nama Klien: Budi", True, 1.0, False, False, False, 1, False),  # a label line
    ("docx", "Klien datang bersama ibunya.", True, 1.0, False, False, False, 1, False),
    ("docx", "Tindak lanjut", True, 1.0, False, False, True, 1, False),  # a bulleted item
    ("docx", "2024", True, 1.0, False, False, False, 1, False),  # no letter
    ("docx", " ".join(["word"] * 15), True, 1.0, False, False, False, 1, False),  # 15 words
    ("docx", " ".join(["kata"] * 14), True, 1.0, False, False, False, 1, True),
    ("pdf", "Identitas Klien", True, 1.0, False, False, False, 1, True),
    ("pdf", "Presenting Problem", False, 1.2, False, False, False, 1, True),
    ("pdf", "Presenting Problem", False, 1.0, False, False, False, 1, False),  # plain type
    ("pdf", "LATAR BELAKANG MASALAH", False, 1.0, True, False, False, 1, True),
    (
        "pdf",
        "KLIEN DAN KELUARGA DATANG KE KANTOR DINAS SOSIAL PADA HARI SENIN PAGI",
        False,
        1.0,
        True,
        False,
        False,
        1,
        False,
    ),  # shouting
    ("pdf", "Nama Klien : Budi", True, 1.0, False, True, False, 1, False),  # the reader's label
    ("pdf", "Client seen. She agreed", True, 1.0, False, False, False, 1, False),  # two sentences
    ("pdf", "Plan of action;", True, 1.0, False, False, False, 1, False),
    ("pdf", "ASESMEN.", False, 1.0, True, False, False, 1, True),  # capitals may end in a dot
    ("pdf", "Rencana intervensi dan tindak lanjut", True, 1.0, False, False, False, 3, False),
    ("pdf", "x" * 121, True, 1.0, False, False, False, 1, False),  # too long for a heading
]


@pytest.mark.parametrize(
    ("source", "text", "bold", "ratio", "caps", "label", "bullet", "lines", "expected"),
    BLOCK_TABLE,
)
def test_block_looks_like_heading(
    source, text, bold, ratio, caps, label, bullet, lines, expected
) -> None:
    assert (
        block_looks_like_heading(
            source,
            text,
            bold=bold,
            size_ratio=ratio,
            caps=caps,
            label=label,
            bullet=bullet,
            lines=lines,
        )
        is expected
    )


@pytest.mark.parametrize(
    ("kind", "style_name", "bold", "ratio", "words", "expected"),
    [
        ("heading", None, False, None, 20, True),
        ("paragraph", "Heading 2", False, None, 3, True),
        ("paragraph", "Judul", False, None, 3, True),
        ("paragraph", None, True, None, 9, True),
        ("paragraph", None, True, None, 10, False),  # bold prose
        ("paragraph", None, False, 1.15, 2, True),
        ("paragraph", "Normal", False, 1.0, 2, False),
    ],
)
def test_reader_styled(kind, style_name, bold, ratio, words, expected) -> None:
    assert reader_styled(kind, style_name, bold, ratio, words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Introduction", True),
        ("Rencana Intervensi", True),
        ("Riwayat Keluarga Klien Saat Ini", False),  # five words
        ("introduction", False),  # not capitalised
        ("Pendahuluan.", False),
        ("Assessment,", False),
    ],
)
def test_heading_shaped_in_text(text: str, expected: bool) -> None:
    assert heading_shaped_in_text(text) is expected


@pytest.mark.parametrize(
    ("lead", "rest", "expected"),
    [
        ("Anak", "An. Putri Lestari", True),
        ("Allocated social worker", "Hannah Whitcombe", True),
        ("Opened", "03/04/2023", True),
        ("Catatan", "klien datang sendiri hari ini", False),  # emphasis opening a sentence
        ("Nama", "Budi: kelas 5", False),  # a colon: the line says its own parts
        ("Riwayat keluarga klien saat ini", "Budi", False),  # five words: no label
        ("Anak", "An. Putri Lestari yang tinggal di asrama putri sejak bulan Maret 2023", False),
    ],
)
def test_a_bold_lead_before_regular_type_is_a_label(lead: str, rest: str, expected: bool) -> None:
    assert label_by_weight(lead, rest) is expected


B, R = True, False  # a part's weight: bold, regular
# (a line's parts, wrapped (a PDF row of a paragraph), the (label, value) pairs or None)
BOLD_LABEL_LINES = [
    ([("Agency.", B), (" Eastmere Family Centre. ", R), ("Case number.", B), (" EFC-0412.", R)],
     False, [("Agency", "Eastmere Family Centre"), ("Case number", "EFC-0412")]),
    ([("Lembaga:", B), (" LKS Mitra. ", R), ("Pekerja sosial:", B), (" Rina, S.Tr.Sos.", R)],
     False, [("Lembaga", "LKS Mitra"), ("Pekerja sosial", "Rina, S.Tr.Sos.")]),
    ([("Client:", B), (" Antonio M. ", R), ("Age:", B), (" 13", R)],
     False, [("Client", "Antonio M."), ("Age", "13")]),
    # one bold label only: a run-in heading's, not a crowded line's
    ([("Background.", B), (" Maria is a mother of three.", R)], False, None),
    # emphasis inside a sentence is no label
    ([("Note", B), (" that the client ", R), ("did not", B), (" come.", R)], False, None),
    # a PDF row opening with the value of the row above's last label, ending on a label
    ([("3 April 2024. ", R), ("Referred by.", B), (" Health visitor. ", R), ("Client.", B)],
     True, [("", "3 April 2024"), ("Referred by", "Health visitor"), ("Client", "")]),
    ([("3 April 2024. ", R), ("Referred by.", B), (" Health visitor.", R)], False, None),
]  # fmt: skip


@pytest.mark.parametrize(("parts", "wrapped", "pairs"), BOLD_LABEL_LINES)
def test_bold_labels_after_one_another_part_a_line(
    parts: list[tuple[str, bool]], wrapped: bool, pairs: list[tuple[str, str]] | None
) -> None:
    assert labels_by_weight(parts, wrapped) == pairs


@pytest.mark.parametrize(
    ("text", "min_letters", "expected"),
    [("RAHASIA", 1, True), ("A", 2, False), ("AB", 2, True), ("AB 12", 3, False), ("Ab", 1, False)],
)
def test_all_caps(text: str, min_letters: int, expected: bool) -> None:
    assert all_caps(text, min_letters) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Selesai.", True), ("Tgl.", False), ("Why?", True), ("Case No.", False), ("Nama", False)],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected
