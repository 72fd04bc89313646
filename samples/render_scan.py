"""Turn a born-digital PDF into a "scanned" one: page images only, no text layer.

Each page is rendered with pypdfium2 in grayscale, then aged like a photocopy:
a slight skew, a paper tone, a little blur, grain and a few specks. The images
go back into a PDF as grayscale JPEG at the scan resolution, one per page, so
OCR is the only way to read them. Randomness comes from a seeded generator.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

RENDER_DPI = 300  # render resolution before ageing
SCAN_DPI = 200  # resolution of the stored page images (keeps the corpus small)
JPEG_QUALITY = 50
MIN_SKEW, MAX_SKEW = 0.5, 2.0  # degrees
PAPER = 243  # paper grey after scanning
INK = 28  # darkest ink after scanning
GRAIN_SIGMA = 3.0


def age_page(img: Image.Image, rng: random.Random, out_dpi: int, in_dpi: int) -> Image.Image:
    """Return a grayscale page image skewed, toned, blurred, grained and scaled to `out_dpi`."""
    angle = rng.uniform(MIN_SKEW, MAX_SKEW) * rng.choice((-1, 1))
    img = img.convert("L")
    # tone first so the corners the rotation uncovers get the paper colour
    lut = [round(INK + (PAPER - INK) * v / 255) for v in range(256)]
    img = img.point(lut)
    img = img.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=PAPER)
    if out_dpi != in_dpi:
        size = (round(img.width * out_dpi / in_dpi), round(img.height * out_dpi / in_dpi))
        img = img.resize(size, Image.Resampling.BILINEAR)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.6)))
    arr = np.asarray(img, dtype=np.int16)
    gen = np.random.default_rng(rng.randrange(2**32))
    # grain at half resolution: a paper texture that JPEG still compresses well
    grain = gen.normal(0, GRAIN_SIGMA, (arr.shape[0] // 2 + 1, arr.shape[1] // 2 + 1))
    grain = np.repeat(np.repeat(grain, 2, axis=0), 2, axis=1)[: arr.shape[0], : arr.shape[1]]
    arr = arr + grain.astype(np.int16)
    for _ in range(rng.randint(15, 40)):  # specks of dust
        y, x = gen.integers(0, arr.shape[0] - 3), gen.integers(0, arr.shape[1] - 3)
        arr[y : y + gen.integers(1, 4), x : x + gen.integers(1, 4)] = gen.integers(40, 120)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def scan_pdf(
    pdf_bytes: bytes,
    seed: int,
    render_dpi: int = RENDER_DPI,
    scan_dpi: int = SCAN_DPI,
    quality: int = JPEG_QUALITY,
) -> tuple[bytes, int]:
    """Return (image-only PDF bytes, pages) made from the pages of `pdf_bytes`."""
    rng = random.Random(seed)
    src = pdfium.PdfDocument(pdf_bytes)
    out = io.BytesIO()
    old_a85 = rl_config.useA85
    rl_config.useA85 = 0  # store JPEG bytes as they are, not ASCII85 (25% larger)
    try:
        c = canvas.Canvas(out, pagesize=A4, invariant=1)
        c.setCreator("")
        c.setProducer("Scan")
        for page in src:
            bitmap = page.render(scale=render_dpi / 72, grayscale=True)
            img = age_page(bitmap.to_pil(), rng, scan_dpi, render_dpi)
            jpeg = io.BytesIO()
            img.save(jpeg, "JPEG", quality=quality, dpi=(scan_dpi, scan_dpi))
            jpeg.seek(0)
            c.drawImage(ImageReader(jpeg), 0, 0, A4[0], A4[1])
            c.showPage()
        n = len(src)
        c.save()
    finally:
        rl_config.useA85 = old_a85
        src.close()
    return out.getvalue(), n
