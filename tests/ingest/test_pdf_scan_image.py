"""A PDF page that is one scan is OCR'd from the scan's own pixels, as its image file is.

Rendering resamples a stored scan (and turns a 1-bit page grey), so the PDF
route OCR'd other pixels than the image route and their records differed
(issue 11). The decision table pins which pages count as one scan; anything
else that would show in a rendering sends the page back to rendering.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageStat
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.ingest import read_document
from pipeline.ingest.page_objects import scan_image, scan_objects
from samples.render_image import page_images, write_pages
from tests.ocr_marks import needs_ocr

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "notes"
DPI = 100  # small pages keep the table fast; the decision does not depend on resolution
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(mode: str = "L") -> Image.Image:
    """Return an A4 page image at `DPI` with a few lines of text."""
    width, height = round(A4[0] * DPI / 72), round(A4[1] * DPI / 72)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 14)
    for k, line in enumerate(("Nama Klien : Sdri. Wulan", "Tanggal : 2 April 2024")):
        draw.text((80, 80 + 30 * k), line, fill=0, font=font)
    return image.convert(mode) if mode != "L" else image


def _pillow_pdf(path: Path, mode: str = "L") -> None:
    _page(mode).save(path, "PDF", resolution=DPI)


def _reportlab_pdf(path: Path, draw: Callable[[canvas.Canvas, ImageReader], None]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    draw(pdf, ImageReader(_page()))
    pdf.save()


def _full(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.drawImage(image, 0, 0, A4[0], A4[1])


def _with_hidden_text(pdf: canvas.Canvas, image: ImageReader) -> None:
    _full(pdf, image)
    text = pdf.beginText(80, 700)
    text.setTextRenderMode(3)  # a scanner's invisible OCR layer
    text.textLine("Nama Klien : Sdri. Wulan")
    pdf.drawText(text)


def _with_visible_text(pdf: canvas.Canvas, image: ImageReader) -> None:
    _full(pdf, image)
    pdf.drawString(80, 40, "Diterima 3 April 2024")


def _with_a_rule(pdf: canvas.Canvas, image: ImageReader) -> None:
    _full(pdf, image)
    pdf.line(40, 60, 500, 60)


def _two_halves(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.drawImage(image, 0, A4[1] / 2, A4[0], A4[1] / 2)
    pdf.drawImage(image, 0, 0, A4[0], A4[1] / 2)


def _half_page(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.drawImage(image, 0, A4[1] / 2, A4[0] / 2, A4[1] / 2)


def _turned(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.translate(A4[0], 0)
    pdf.rotate(90)
    pdf.drawImage(image, 0, 0, A4[1], A4[0])


def _mirrored(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.translate(A4[0], 0)
    pdf.scale(-1, 1)
    _full(pdf, image)


def _page_rotated(pdf: canvas.Canvas, image: ImageReader) -> None:
    pdf.setPageRotation(90)
    _full(pdf, image)


def _masked(pdf: canvas.Canvas, _image: ImageReader) -> None:
    # Black pixels a soft mask hides entirely: the page shows white.
    hidden = Image.new("RGBA", _page().size, (0, 0, 0, 0))
    pdf.drawImage(ImageReader(hidden), 0, 0, A4[0], A4[1], mask="auto")


@pytest.mark.parametrize(
    ("build", "one_scan"),
    [
        pytest.param(lambda p: _pillow_pdf(p), True, id="scanner PDF, grey"),
        pytest.param(lambda p: _pillow_pdf(p, "1"), True, id="scanner PDF, 1-bit"),
        pytest.param(lambda p: _reportlab_pdf(p, _full), True, id="image over the page"),
        pytest.param(
            lambda p: _reportlab_pdf(p, _with_hidden_text), True, id="invisible OCR layer"
        ),
        pytest.param(lambda p: _reportlab_pdf(p, _with_visible_text), False, id="visible text"),
        pytest.param(lambda p: _reportlab_pdf(p, _with_a_rule), False, id="vector rule"),
        pytest.param(lambda p: _reportlab_pdf(p, _two_halves), False, id="two images"),
        pytest.param(lambda p: _reportlab_pdf(p, _half_page), False, id="image on half the page"),
        pytest.param(lambda p: _reportlab_pdf(p, _turned), False, id="image placed turned"),
        pytest.param(lambda p: _reportlab_pdf(p, _mirrored), False, id="image placed mirrored"),
        pytest.param(lambda p: _reportlab_pdf(p, _page_rotated), False, id="page /Rotate 90"),
        pytest.param(lambda p: _reportlab_pdf(p, _masked), False, id="soft mask hides it"),
    ],
)
def test_only_a_page_showing_one_upright_full_page_image_is_read_from_its_pixels(
    tmp_path: Path, request: pytest.FixtureRequest, build: Callable[[Path], None], one_scan: bool
) -> None:
    path = tmp_path / "page.pdf"
    build(path)
    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[0]
        scan = scan_image(pdfium, page, scan_objects(pdfium.raw, page))
        assert (scan is not None) == one_scan
        if scan is not None:
            assert scan.dpi == pytest.approx(DPI, rel=0.01)
            stored = _page("1" if "1-bit" in request.node.name else "L").convert("L")
            assert scan.image.size == stored.size
            # Pillow stores a grey page as JPEG: its pixels come back within a grey level or so.
            difference = ImageChops.difference(scan.image, stored)
            assert ImageStat.Stat(difference).mean[0] < 1.0
    finally:
        pdf.close()


@needs_ocr
def test_a_one_bit_pdf_scan_reads_word_for_word_like_its_tiff(tmp_path: Path) -> None:
    """The G4 TIFF a scanner writes and the PDF it writes of the same page: same pixels,
    so the same words, where a rendering turned the 1-bit page grey and OCR read it otherwise."""
    tiff = write_pages(
        page_images(SAMPLES / "cr04_catatan_kasus_andi_scan.pdf")[:1], tmp_path / "p.tif", "tiff-g4"
    )
    frame = Image.open(tiff)
    pdf = tmp_path / "p.pdf"
    frame.save(pdf, "PDF", resolution=frame.info["dpi"][0])
    from_image, from_pdf = read_document(tiff), read_document(pdf)
    assert from_pdf.ocr_pages == (1,)
    assert [b.text for b in from_pdf.blocks] == [b.text for b in from_image.blocks]
