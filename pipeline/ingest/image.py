"""Read page images from a scanner or a camera (JPEG, PNG, TIFF) as a scanned document.

Contract: `read_image(path, options, source)` returns a `Document` with one
OCR'd page per image frame (a multi-page TIFF gives one page per frame), read
by the same OCR path as a scanned PDF page (`pdf.ocr_scan`), or raises
`InputError` (not decodable, damaged) or `ResourceLimit` (more frames than
`options.max_pages`, or a frame over `pdf.MAX_IMAGE_PIXELS`). OCR off or
unavailable leaves the pages empty with a warning, as for a scanned PDF.

Limits are checked from the image headers before any pixel is decoded:
Pillow's own decompression-bomb guard would warn at half our limit and fail
with a message naming none of our options.

Each frame is OCR'd the way `read_pdf` OCRs a page that is one scanned image:
at the image's own resolution, but at least `pdf.MIN_OCR_DPI` and at most
`options.ocr_dpi`, and within `pdf.MAX_RENDER_PIXELS`. A resolution the file
does not state, or states implausibly (cameras write 72 dpi for a 4000-pixel
photo), is taken as the one that makes the page's short side as wide as A4.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import DependencyMissing, InputError, ResourceLimit
from pipeline.ingest.page_objects import ScanImage
from pipeline.ingest.pdf import MAX_IMAGE_PIXELS, PageRead, assemble, ocr_scan
from pipeline.options import IngestOptions

if TYPE_CHECKING:
    from PIL import Image

    from pipeline.document import Document, SourceInfo

A4_SHORT_SIDE_IN = 8.27  # the paper agencies file on; assumed for images without a resolution
# A stated resolution is believed when the page it implies lies between a
# receipt and an A3 sheet on its short side.
MIN_SHORT_SIDE_IN, MAX_SHORT_SIDE_IN = 2.5, 12.0


def read_image(path: Path, options: IngestOptions, source: SourceInfo) -> Document:
    """Return the scanned document of an image file (see the module docstring for the contract)."""
    image = _open(path)
    with image:
        count = getattr(image, "n_frames", 1)
        if count > options.max_pages:
            raise ResourceLimit(
                f"{count} pages, more than the limit of {options.max_pages} (--max-pages)"
            )
        for index in range(count):
            image.seek(index)
            _check_pixels(image.width, image.height, index + 1, count)
        notes: list[str] = []
        reads = []
        ocr_works = options.ocr != "never"
        for index in range(count):
            image.seek(index)
            frame = _grey_upright(image)
            dpi = scan_dpi(frame)
            width, height = frame.width * 72 / dpi, frame.height * 72 / dpi
            read = PageRead((), Counter(), width, height)
            if ocr_works:
                try:
                    scan = ScanImage(frame, dpi)
                    read = ocr_scan(scan, index + 1, options.ocr_lang, options.ocr_dpi, notes)
                except DependencyMissing as exc:
                    ocr_works = False
                    notes.append(exc.reason)
            elif options.ocr == "never":
                notes.append(f"page {index + 1}: a page image, not read; OCR is off (--ocr never)")
            reads.append(read)
    return assemble(reads, source, tuple(notes))


def _open(path: Path) -> Image.Image:
    """Return the lazily opened image, or raise naming why it cannot be read."""
    from PIL import Image, UnidentifiedImageError

    with warnings.catch_warnings():
        # Our own limit, checked next, decides; Pillow's guard warns at half of it.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(path)
        except Image.DecompressionBombError:
            raise ResourceLimit(
                f"image over the limit of {MAX_IMAGE_PIXELS / 1e6:.0f} megapixels "
                "(a decompression bomb or not a page scan)"
            ) from None
        except UnidentifiedImageError:
            raise InputError("damaged or truncated image file (cannot decode it)") from None


def _check_pixels(width: int, height: int, number: int, count: int) -> None:
    """Raise `ResourceLimit` when one frame has more pixels than a page scan can."""
    pixels = width * height
    if pixels > MAX_IMAGE_PIXELS:
        where = f"page {number}: " if count > 1 else ""
        raise ResourceLimit(
            f"{where}image of {width}x{height} pixels ({pixels / 1e6:.0f} megapixels) is over "
            f"the limit of {MAX_IMAGE_PIXELS / 1e6:.0f} megapixels"
        )


def _grey_upright(image: Image.Image) -> Image.Image:
    """Return the current frame decoded in grey, turned as its EXIF orientation says."""
    from PIL import ImageOps

    try:
        grey = image.convert("L")
    except OSError as exc:
        raise InputError(f"damaged or truncated image file ({exc})") from None
    # Phones record how the page was held instead of turning the pixels.
    return ImageOps.exif_transpose(grey)


def scan_dpi(image: Image.Image) -> float:
    """Return the image's resolution in dots per inch, as stated or as A4 implies."""
    short_side = min(image.width, image.height)
    stated = image.info.get("dpi")
    if isinstance(stated, tuple) and stated and isinstance(stated[0], int | float):
        dpi = float(stated[0])
        if dpi > 0 and MIN_SHORT_SIDE_IN <= short_side / dpi <= MAX_SHORT_SIDE_IN:
            return dpi
    return short_side / A4_SHORT_SIDE_IN
