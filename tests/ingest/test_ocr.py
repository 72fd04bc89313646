"""OCR of scanned pages with the real tesseract: accuracy, deskew, and the ways it can be missing."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from pipeline.document import Document, SourceInfo
from pipeline.errors import DependencyMissing
from pipeline.ingest import read_document
from pipeline.ingest.ocr import _keep, _pronoun_i, _Read, estimate_skew, find_tessdata, ocr_image
from pipeline.ingest.pdf import read_pdf
from pipeline.options import IngestOptions
from samples.render_image import page_images, write_pages
from tests.ingest import pdf_fixtures as fx

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "notes"

MIN_WORD_ACCURACY = 0.95


@pytest.fixture(scope="module", autouse=True)
def tessdata() -> Path:
    try:
        return find_tessdata("ind+eng")
    except DependencyMissing as exc:
        pytest.skip(f"tesseract data for ind+eng is not installed: {exc}")


def read(path: Path, **options: object) -> Document:
    return read_pdf(path, IngestOptions(**options), SourceInfo(str(path), "", "pdf", 0, 0))  # type: ignore[arg-type]


def word_accuracy(truth: str, read_text: str) -> float:
    """Return the share of the truth's words found, in order, in the text read."""
    expected, got = truth.split(), read_text.split()
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / len(expected)


def test_scanned_page_is_read_accurately(scanned_pdf: Path) -> None:
    doc = read(scanned_pdf)
    page = doc.pages[0]
    assert doc.ocr_pages == (1,)
    assert word_accuracy(" ".join(fx.SCAN_LINES), doc.text) >= MIN_WORD_ACCURACY
    assert page.ocr_confidence is not None
    assert page.ocr_confidence > 80
    assert page.rotation == pytest.approx(1.5, abs=0.3)
    assert doc.warnings == ()


def test_scanned_page_keeps_label_lines_and_heading(scanned_pdf: Path) -> None:
    blocks = read(scanned_pdf).blocks
    assert blocks[0].kind == "heading"
    assert blocks[0].text == fx.SCAN_LINES[0]
    assert [b.text for b in blocks[1:3]] == list(fx.SCAN_LINES[1:3])
    assert all(b.confidence is not None and b.bbox is not None for b in blocks)


def test_ocr_never_warns_about_a_scan(scanned_pdf: Path) -> None:
    doc = read(scanned_pdf, ocr="never")
    assert doc.blocks == ()
    assert doc.ocr_pages == ()
    assert doc.warnings == ("page 1: no usable text layer (scanned?); OCR is off (--ocr never)",)


def test_a_missing_language_fails_a_scan_as_a_dependency(scanned_pdf: Path) -> None:
    with pytest.raises(DependencyMissing, match="OCR unavailable.*tesseract-ocr-xyz"):
        read(scanned_pdf, ocr_lang="xyz")


def test_a_missing_language_leaves_a_text_page_its_text_layer(page_number_pdf: Path) -> None:
    doc = read(page_number_pdf, ocr="always", ocr_lang="xyz")
    assert doc.ocr_pages == ()
    assert word_accuracy(fx.PAGE_BODIES[0], doc.text) >= MIN_WORD_ACCURACY
    assert any("tesseract-ocr-xyz" in w for w in doc.warnings)


def test_ocr_always_reads_text_pages_too(page_number_pdf: Path) -> None:
    doc = read(page_number_pdf, ocr="always")
    assert doc.ocr_pages == (1,)
    assert word_accuracy(fx.PAGE_BODIES[0], doc.text) >= MIN_WORD_ACCURACY


def test_ocr_image_reads_any_page_image() -> None:
    image = fx.render_text_image(fx.SCAN_LINES[3:5], angle=0.0, noise=0.0)
    blocks = ocr_image(image, "ind+eng", 300)
    assert word_accuracy(" ".join(fx.SCAN_LINES[3:5]), " ".join(b.text for b in blocks)) == 1.0


@pytest.mark.parametrize("angle", [-3.0, 0.0, 2.0])
def test_skew_estimate(angle: float) -> None:
    image = fx.render_text_image(fx.SCAN_LINES, angle=angle, noise=0.0)
    assert estimate_skew(image) == pytest.approx(angle, abs=0.25)


def test_tessdata_prefix_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tessdata").mkdir()
    (tmp_path / "tessdata" / "ind.traineddata").touch()
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    assert find_tessdata("ind") == tmp_path / "tessdata"


def test_missing_tessdata_names_the_apt_packages() -> None:
    with pytest.raises(
        DependencyMissing, match="tesseract-ocr tesseract-ocr-xyz tesseract-ocr-eng"
    ):
        find_tessdata("xyz+eng")


_DORMANT = """
import sys
sys.modules["tesserocr"] = None  # as if it were not installed
from pathlib import Path
from pipeline.document import SourceInfo
from pipeline.errors import DependencyMissing
from pipeline.ingest.pdf import read_pdf
from pipeline.options import IngestOptions

def read(path):
    return read_pdf(Path(path), IngestOptions(), SourceInfo(path, "", "pdf", 0, 0))

read(sys.argv[1])
assert "pipeline.ingest.ocr" not in sys.modules, "OCR loaded for a text PDF"
assert "pdfplumber" not in sys.modules, "pdfplumber loaded for a page without rules"
try:
    read(sys.argv[2])
except DependencyMissing as exc:
    print(exc.reason)
"""


def test_ocr_stays_dormant_and_missing_tesserocr_is_a_dependency_error(
    headings_pdf: Path, scanned_pdf: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _DORMANT, str(headings_pdf), str(scanned_pdf)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert "OCR unavailable: tesserocr cannot load" in done.stdout
    assert "tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng" in done.stdout


# (word as read, its confidence, whether it opens a line that goes on) -> kept
KEEP = [
    ("Akta", 30.0, False, True),  # letters: a word even when unsure
    ("-", 30.0, True, True),  # a dash opening a line before its text: a bullet
    ("•", 30.0, True, True),
    ("-", 30.0, False, False),  # a dash alone or after a word: a speck
    (".", 30.0, True, False),  # a dot is no bullet
    ("-", 5.0, True, False),  # below any word's confidence
    (":", 80.0, False, True),  # read with confidence: kept wherever it is
]


@pytest.mark.parametrize(("text", "conf", "opens_line", "kept"), KEEP)
def test_a_low_confidence_symbol_is_kept_only_as_a_bullet(
    text: str, conf: float, opens_line: bool, kept: bool
) -> None:
    assert _keep(text, conf, opens_line) is kept


def test_every_dash_bullet_of_a_scanned_list_stays_a_list_item(tmp_path: Path) -> None:
    """The third `-` of the sample folder's attachments was read at confidence 30, dropped
    as a speck, and its item joined the one above."""
    page = page_images(SAMPLES / "folder01_berkas_kasus_putri_scan.pdf")[1]
    image = write_pages([page], tmp_path / "lampiran.png", "png")
    items = [" ".join(b.text.split()) for b in read_document(image).blocks if b.kind == "list_item"]
    assert items[:3] == ["- Akta kelahiran", "- Surat rujukan Dinas Sosial", "- Rapor kelas IV"]


RULE_AT_X = [(100.5, 50.0, 100.5, 300.0)]  # a vertical table rule through x = 100.5 pt


# (word as read, the next word on its line, a vertical rule through the word?) -> the pronoun
PRONOUN = [
    ("|", "felt", False, "I"),  # a cell opening "I felt nervous."
    ("|", "do", False, "I"),  # running text: "Client: I do not want to go back."
    ("|'m", "", False, "I'm"),
    ("|\u2019ve", "", False, "I\u2019ve"),
    ("|", "felt", True, None),  # on a rule: a rule, whatever follows
    ("|", "Articles", False, None),  # a menu's separator: "Home | Articles"
    ("|", "", False, None),  # alone on its line
    ("|5", "", False, None),
    ("Saya", "felt", False, None),
]


@pytest.mark.parametrize(("text", "following", "on_rule", "pronoun"), PRONOUN)
def test_a_rule_glyph_before_a_lower_case_word_is_the_pronoun_i(
    text: str, following: str, on_rule: bool, pronoun: str | None
) -> None:
    word = _Read(text, 90.0, (100.0, 150.0, 101.5, 160.0), 10.0, False, False, 0, None)
    assert _pronoun_i(word, following, RULE_AT_X if on_rule else []) == pronoun


FORM_ROWS = (
    ("Nomor Kasus", "HL-24-0088"),
    ("Nama Klien", "Rosa Medeiros"),
    ("Tanggal Lahir", "2 Juli 1987"),
    ("Alamat", "Jl. Kenanga 12, Bandung"),
    ("Pekerja Sosial", "Thomas Reilly"),
)


def _ruled_form(rule_grey: int, angle: float, shaded_first_row: bool) -> object:
    """Return a 200 dpi page image holding FORM_ROWS in a ruled two-column table."""
    from PIL import Image, ImageDraw, ImageFont

    paper = 236
    image = Image.new("L", (1700, 2200), paper)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(fx.DEJAVU), 30)
    left, middle, right, top, row_height = 170, 600, 1530, 200, 56
    bottom = top + row_height * len(FORM_ROWS)
    if shaded_first_row:
        draw.rectangle((left, top, right, top + row_height), fill=190)
    for k in range(len(FORM_ROWS) + 1):
        draw.line((left, top + k * row_height, right, top + k * row_height), fill=rule_grey)
    for x in (left, middle, right):
        draw.line((x, top, x, bottom), fill=rule_grey)
    for k, (label, value) in enumerate(FORM_ROWS):
        y = top + k * row_height + 12
        draw.text((left + 20, y), label, fill=30, font=font)
        draw.text((middle + 20, y), value, fill=30, font=font)
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=paper)


# (rule grey level, skew in degrees, first row shaded)
RULED_FORMS = [
    (40, 0.0, False),  # black rules on a straight page
    (160, 0.0, False),  # a thin rule scanned mid-grey
    (160, 0.35, False),  # ... on a page fed a little askew: the rule steps a pixel row
    (160, -0.4, False),
    (90, 0.0, True),  # a shaded first row is no grid of its own
]


@pytest.mark.parametrize(("rule_grey", "angle", "shaded"), RULED_FORMS)
def test_a_scanned_forms_ruled_table_is_read_row_by_row(
    rule_grey: int, angle: float, shaded: bool
) -> None:
    from pipeline.ingest.pdf import ocr_page

    page = ocr_page(_ruled_form(rule_grey, angle, shaded), "ind+eng", 200, 612, 792)  # type: ignore[arg-type]
    tables = [draft.table for draft in page.drafts if draft.table is not None]
    assert len(tables) == 1
    rows = [tuple(" ".join(text.split()) for text in row) for row in tables[0].text_rows()]
    assert rows == list(FORM_ROWS)


BOLD_PAGE = (  # (text, bold) lines of a scanned summary: a title, labels, headings, prose
    ("Case summary for the month", True),
    ("Client: Mrs. Sunarti Wulandari", None),  # a bold label, its value regular
    ("Worker: Daniel Pardede", None),
    ("The picture so far", True),
    ("Mrs. Sunarti came to us after her husband was injured at work and lost his", False),
    ("income; the family had fallen three months behind on the rent and she", False),
    ("worried that her eldest daughter would have to leave school.", False),
    ("Where she is now", True),
    ("Rent arrears are halved and the compensation claim is under review now.", False),
)


def _bold_page(angle: float) -> object:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 2200), 240)
    draw = ImageDraw.Draw(image)
    regular = ImageFont.truetype(str(fx.DEJAVU), 30)
    bold = ImageFont.truetype(str(fx.DEJAVU.with_name("DejaVuSans-Bold.ttf")), 30)
    y = 200
    for text, is_bold in BOLD_PAGE:
        x = 170
        if is_bold is None:
            label, value = text.split(" ", 1)
            draw.text((x, y), label, fill=25, font=bold)
            x += round(draw.textlength(label + " ", font=bold))
            text, is_bold = value, False
        draw.text((x, y), text, fill=25, font=bold if is_bold else regular)
        y += 60
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=240)


@pytest.mark.parametrize("angle", [0.0, -0.6])
def test_a_scans_bold_words_are_told_by_their_strokes(angle: float) -> None:
    from pipeline.ingest.ocr import recognize

    words = recognize(_bold_page(angle), "ind+eng", 200).words  # type: ignore[arg-type]
    bold = {w.text.strip(":.,;") for w in words if w.bold}
    regular = {w.text.strip(":.,;") for w in words if not w.bold}
    assert {"Case", "summary", "month", "Client", "Worker", "picture", "Where", "now"} <= bold
    assert {"Sunarti", "Wulandari", "Daniel", "Pardede", "husband", "compensation"} <= regular
    assert bold & {"income", "worried", "daughter", "arrears", "review"} == set()


@pytest.mark.parametrize(("mark", "semicolon"), [(";", True), (":", False)])
@pytest.mark.parametrize("px", [28, 42])  # a 10 pt line at 200 and at 300 dpi
def test_a_semicolon_is_told_from_a_colon_by_its_tail(mark: str, semicolon: bool, px: int) -> None:
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from pipeline.ingest.ocr import ink_threshold
    from pipeline.ingest.semicolons import ends_in_semicolon

    font = ImageFont.truetype(str(fx.DEJAVU), px)
    image = Image.new("L", (20 * px, 3 * px), 240)
    draw = ImageDraw.Draw(image)
    draw.text((px, px), f"Rujukan jiwa{mark} melampirkan", fill=25, font=font, anchor="ls")
    word = draw.textbbox((px, px), f"Rujukan jiwa{mark}", font=font, anchor="ls")
    blurred = np.asarray(image.resize((10 * px, px + px // 2)).resize(image.size))  # a scan's blur
    box = (round(word[0]), round(word[1]), round(word[2]), round(word[3]))
    assert ends_in_semicolon(blurred, box, float(px), px, ink_threshold(blurred)) is semicolon


# (word as read, the next word on its line, opens the line?) -> the word kept
MISREAD_BULLET = [
    ("\u201c", "Notice", True, "\u2022"),
    ("+", "Pay", True, "\u2022"),
    ("+", "2", True, "+"),  # a sum, not a list
    ("\u201c", "said", True, "\u201c"),  # a quotation opening a line
    ("+", "Pay", False, "+"),  # inside a line
    ("Notice", "to", True, "Notice"),
]


@pytest.mark.parametrize(("text", "following", "first", "kept"), MISREAD_BULLET)
def test_a_misread_bullet_is_a_bullet(text: str, following: str, first: bool, kept: str) -> None:
    from pipeline.ingest.ocr import misread_bullet

    assert misread_bullet(text, following, first) == kept


def _striped_words(widths: list[int]) -> tuple[object, list[tuple[int, int, int, int]]]:
    """Return a page of words drawn as vertical strokes `widths` px wide, and their boxes."""
    import numpy as np

    gray = np.full((40, 60 * len(widths)), 240, dtype=np.uint8)
    boxes = []
    for k, width in enumerate(widths):
        x0 = 60 * k + 5
        for x in range(x0, x0 + 45 - width, width + 5):
            gray[6:34, x : x + width] = 20
        boxes.append((x0, 6, x0 + 45, 34))
    return gray, boxes


# Stroke widths of one line's words (12 regular words of 4 px follow on a line of their own)
# -> which of the line's words are bold
BOLD_LINES = [
    ([6, 6, 4, 4], [True, True, False, False]),  # a bold label, its regular value
    ([6, 6, 5], [True, True, True]),  # a heading's last word measured between the faces
    ([4, 5, 4], [False, False, False]),  # between the faces beside no bold word: regular
]


@pytest.mark.parametrize(("widths", "expected"), BOLD_LINES)
def test_bold_words_by_stroke_width(widths: list[int], expected: list[bool]) -> None:
    from pipeline.ingest.ocr import ink_threshold
    from pipeline.ingest.stroke import bold_words

    gray, boxes = _striped_words([*widths, *[4] * 12])
    lines = [0] * len(widths) + [1] * 12
    texts = ["Word"] * len(boxes)
    bold = bold_words(gray, ink_threshold(gray), boxes, [28.0] * len(boxes), texts, lines)  # type: ignore[arg-type]
    assert bold[: len(widths)] == expected
    assert not any(bold[len(widths) :])


def _page_with_rules() -> Image.Image:
    """A 200 dpi page: a letterhead's line, a stamp's box and a three-by-three ruled table, its
    cells' text (ink blocks) a few pixels from the rules on their left."""
    from PIL import ImageDraw

    page = Image.new("L", (1400, 1800), 245)
    draw = ImageDraw.Draw(page)
    draw.line((100, 150, 1300, 150), fill=20, width=3)  # the letterhead's line
    draw.rectangle((1000, 200, 1250, 260), outline=20, width=3)  # CONFIDENTIAL
    for y in (400, 500, 600, 700):
        draw.line((100, y, 1300, y), fill=20, width=3)
    for x in (100, 500, 900, 1300):
        draw.line((x, 400, x, 700), fill=20, width=3)
    for x in (100, 500, 900):
        for y in (400, 500, 600):
            draw.rectangle((x + 12, y + 30, x + 80, y + 60), fill=20)  # a cell's first word
    return page


def test_a_tables_rules_are_painted_over_for_tesseract_and_nothing_else() -> None:
    from pipeline.ingest.ocr import _without_rules
    from pipeline.ingest.rulings import ruling_edges

    page = _page_with_rules()
    scale = 72 / 200
    clean = _without_rules(page, tuple(ruling_edges(page, scale)), scale)
    painted = {(500, 450): 255, (300, 500): 255}  # a column's rule, a row's
    kept = [(700, 150), (1000, 230), (1100, 200), (520, 545)]  # letterhead, stamp, cell text
    assert {xy: clean.getpixel(xy) for xy in painted} == painted
    assert [clean.getpixel(xy) < 100 for xy in kept] == [True] * len(kept)
    assert page.getpixel((500, 450)) < 100  # the page itself is left as it was
