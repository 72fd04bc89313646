"""Page images (JPEG, PNG, TIFF) read as scanned documents: same records as PDF scans, same limits."""

from __future__ import annotations

import difflib
import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pipeline.errors import InputError, ResourceLimit
from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from pipeline.ingest.image import A4_SHORT_SIDE_IN, scan_dpi
from pipeline.ingest.pdf import MAX_IMAGE_PIXELS
from pipeline.options import IngestOptions
from samples.render_image import ImageKind, page_images, write_pages
from tests.ocr_marks import needs_ocr

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "notes"
# OCR of the same page through pdfium's render and straight from the file may
# differ by a character here and there; a value is the same when this close.
MIN_VALUE_SIMILARITY = 0.9


def _records(path: Path) -> list[dict[str, Any]]:
    return [r.to_json() for r in extract_records(read_document(path)).records]


def _similar(a: object, b: object) -> bool:
    text_a, text_b = (json.dumps(v, ensure_ascii=False, sort_keys=True) for v in (a, b))
    return difflib.SequenceMatcher(None, text_a, text_b).ratio() >= MIN_VALUE_SIMILARITY


def _pdf_of(images: list[Image.Image], path: Path) -> Path:
    """Write the pages as a scanner's PDF would hold them (1-bit pages stay CCITT G4)."""
    dpi = images[0].info["dpi"][0]
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


@needs_ocr
@pytest.mark.parametrize(
    ("stem", "kind"),
    [
        ("dl05_catatan_harian_kadek_scan", "jpeg"),
        ("pr08_process_recording_lake_scan", "png"),
        ("cr04_catatan_kasus_andi_scan", "tiff-g4"),
    ],
)
def test_page_images_give_the_records_of_their_pdf_scan(
    tmp_path: Path, stem: str, kind: ImageKind
) -> None:
    scan = SAMPLES / f"{stem}.pdf"
    pages = page_images(scan)
    image = write_pages(pages, tmp_path / f"{stem}.{kind}", kind)
    if kind == "tiff-g4":
        # Binarising loses grey: the PDF scan to compare with holds the same 1-bit pages.
        pages = [Image.open(image)]
        frames = []
        for index in range(getattr(pages[0], "n_frames", 1)):
            pages[0].seek(index)
            frames.append(pages[0].copy())
        scan = _pdf_of(frames, tmp_path / f"{stem}.pdf")
    got, want = _records(image), _records(scan)
    assert read_document(image).source.format == "image"
    assert [(r["record_type"], r["pages"], r["missing_required"]) for r in got] == [
        (r["record_type"], r["pages"], r["missing_required"]) for r in want
    ]
    for mine, theirs in zip(got, want, strict=True):
        assert mine["fields"].keys() == theirs["fields"].keys()
        unlike = [k for k in mine["fields"] if not _similar(mine["fields"][k], theirs["fields"][k])]
        assert unlike == []


def _png_header(width: int, height: int) -> bytes:
    """Return a 1-bit PNG declaring its size, with a few bytes of pixels: a bomb as first seen."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(64)))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("width", "height"),
    [
        (13_000, 12_000),  # over our limit, under Pillow's own guard
        (40_000, 40_000),  # over Pillow's guard too
    ],
)
def test_an_image_over_the_pixel_limit_is_refused_in_one_line(
    tmp_path: Path, width: int, height: int
) -> None:
    assert width * height > MAX_IMAGE_PIXELS
    path = tmp_path / "huge.png"
    path.write_bytes(_png_header(width, height))
    with pytest.raises(ResourceLimit) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: image ")
    assert f"limit of {MAX_IMAGE_PIXELS // 1_000_000} megapixels" in message
    assert "\n" not in message


def _tiff(path: Path, frames: int, size: tuple[int, int] = (120, 170)) -> Path:
    pages = [Image.new("L", size, 255) for _ in range(frames)]
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], dpi=(20, 20))
    return path


def test_a_tiff_with_more_pages_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = _tiff(tmp_path / "folder.tif", 3)
    with pytest.raises(ResourceLimit, match="3 pages, more than the limit of 2"):
        read_document(path, IngestOptions(max_pages=2))


def test_ocr_never_leaves_image_pages_empty_and_says_so(tmp_path: Path) -> None:
    doc = read_document(_tiff(tmp_path / "two.tiff", 2), IngestOptions(ocr="never"))
    assert doc.source.format == "image"
    assert len(doc.pages) == 2
    assert doc.blocks == ()
    assert [w for w in doc.warnings if "--ocr never" in w] == [
        "page 1: a page image, not read; OCR is off (--ocr never)",
        "page 2: a page image, not read; OCR is off (--ocr never)",
    ]


def test_a_truncated_image_is_one_line(tmp_path: Path) -> None:
    out = io.BytesIO()
    Image.effect_noise((300, 300), 60).save(out, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(out.getvalue()[: len(out.getvalue()) // 2])
    with pytest.raises(InputError) as caught:
        read_document(path, IngestOptions(ocr="never"))
    assert str(caught.value).startswith(f"{path}: damaged or truncated image file")


@pytest.mark.parametrize(
    ("size", "dpi", "expected"),
    [
        ((1654, 2339), (200, 200), 200.0),  # a scanner's A4 page
        ((2550, 3300), (300.0, 300.0), 300.0),  # US letter, float resolution
        ((3000, 4000), (72, 72), 3000 / A4_SHORT_SIDE_IN),  # a phone photo claiming 72 dpi
        ((1240, 1754), None, 1240 / A4_SHORT_SIDE_IN),  # no resolution stated
        ((4000, 3000), (0, 0), 3000 / A4_SHORT_SIDE_IN),  # landscape photo, resolution zero
    ],
)
def test_scan_resolution_is_believed_only_when_it_gives_a_page(
    size: tuple[int, int], dpi: tuple[float, float] | None, expected: float
) -> None:
    image = Image.new("L", size)
    if dpi is not None:
        image.info["dpi"] = dpi
    assert scan_dpi(image) == pytest.approx(expected)
