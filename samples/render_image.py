"""Turn a scanned PDF back into the page images a scanner would have written.

`page_images` takes each page's scanned image out of the PDF as it was stored
(grey JPEG at the scan resolution); `write_pages` saves pages as a JPEG, a
PNG, a multi-page grey TIFF or a multi-page 1-bit CCITT G4 TIFF, with the
resolution recorded, the way office scanners save them.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Literal

import pypdfium2 as pdfium
from PIL import Image

ImageKind = Literal["jpeg", "png", "tiff", "tiff-g4"]
SUFFIXES: dict[ImageKind, str] = {"jpeg": ".jpg", "png": ".png", "tiff": ".tif", "tiff-g4": ".tif"}
JPEG_QUALITY = 75
BLACK_BELOW = 128  # grey level under which a 1-bit scanner prints black


def page_images(pdf: Path | bytes) -> list[Image.Image]:
    """Return the largest image of each page of a scanned PDF, at its stored resolution."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            width_pt = page.get_width()
            best: Image.Image | None = None
            for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,)):
                image = obj.get_bitmap(render=False).to_pil()
                if best is None or image.width * image.height > best.width * best.height:
                    best = image
            if best is None:
                raise ValueError("a page without an image is not a scan")
            dpi = round(best.width * 72 / width_pt)
            best = best.convert("L")
            best.info["dpi"] = (dpi, dpi)
            images.append(best)
    finally:
        document.close()
    return images


def write_pages(images: list[Image.Image], path: Path, kind: ImageKind) -> Path:
    """Write `images` as one file of `kind` (JPEG and PNG hold one page) and return its path."""
    if kind in ("jpeg", "png") and len(images) != 1:
        raise ValueError(f"a {kind} file holds one page, not {len(images)}")
    dpi = images[0].info.get("dpi", (200, 200))
    out = io.BytesIO()
    if kind == "jpeg":
        images[0].save(out, "JPEG", quality=JPEG_QUALITY, dpi=dpi)
    elif kind == "png":
        images[0].save(out, "PNG", dpi=dpi)
    else:
        pages = images
        options: dict[str, object] = {"compression": "tiff_lzw"}
        if kind == "tiff-g4":
            pages = [
                im.point(lambda v: 255 if v >= BLACK_BELOW else 0).convert("1") for im in images
            ]
            options = {"compression": "group4"}
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], dpi=dpi, **options)
    path.write_bytes(out.getvalue())
    return path
