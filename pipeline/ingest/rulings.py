"""Find the ruled lines of tables in a page image, for scanned pages.

A born-digital PDF draws its table rules as path objects; a scan has only
pixels. A rule is a long run of dark pixels: horizontal runs longer than a
tenth of the page width, vertical runs longer than a few text lines (letters
are never that tall). The runs come back as edges in PDF points, the same
shape `pdf.find_tables` reads from a text PDF, so both kinds of page share one
table finder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# Grey levels below this are ink.
INK_THRESHOLD = 140
# A horizontal rule spans at least this share of the page width.
MIN_H_RULE_SHARE = 0.08
# A vertical rule spans at least this share of the page height (two or three text lines).
MIN_V_RULE_SHARE = 0.02
# Pixels a residual skew or a broken scan line may shift a rule by; runs are looked for
# in bands this thick so a slightly slanted rule stays one run.
BAND_PX = 3
# More rule pixels than this share of the page is a photo or a dark scan, not a table.
MAX_RULE_SHARE = 0.25

Edge = tuple[float, float, float, float]


def _runs(mask: object, min_length: int) -> list[tuple[int, int, int]]:
    """Return (row, start, end) of the runs of True at least `min_length` long in each row."""
    import numpy as np

    array = np.asarray(mask, dtype=bool)
    padded = np.zeros((array.shape[0], array.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = array
    steps = np.diff(padded, axis=1)
    starts = np.argwhere(steps == 1)
    ends = np.argwhere(steps == -1)
    lengths = ends[:, 1] - starts[:, 1]
    keep = lengths >= min_length
    return [
        (int(r), int(s), int(e)) for (r, s), (_, e) in zip(starts[keep], ends[keep], strict=True)
    ]


def _banded(ink: object, band: int) -> object:
    """Return the ink with each row OR-ed with the next `band - 1` rows."""
    import numpy as np

    array = np.asarray(ink, dtype=bool)
    out = array.copy()
    for shift in range(1, band):
        out[:-shift] |= array[shift:]
    return out


def ruling_edges(image: Image.Image, points_per_pixel: float) -> list[Edge]:
    """Return the horizontal and vertical rules of `image` as (x0, top, x1, bottom) in points."""
    import numpy as np

    gray = np.asarray(image.convert("L"))
    ink = gray < INK_THRESHOLD
    height, width = ink.shape
    edges: list[Edge] = []
    horizontal = _runs(_banded(ink, BAND_PX), max(1, round(width * MIN_H_RULE_SHARE)))
    vertical = _runs(_banded(ink.T, BAND_PX), max(1, round(height * MIN_V_RULE_SHARE)))
    rule_pixels = sum(e - s for _, s, e in horizontal) + sum(e - s for _, s, e in vertical)
    if rule_pixels > MAX_RULE_SHARE * width * height:
        return []
    scale = points_per_pixel
    for y, x0, x1 in horizontal:
        edges.append((x0 * scale, y * scale, x1 * scale, y * scale))
    for x, y0, y1 in vertical:
        edges.append((x * scale, y0 * scale, x * scale, y1 * scale))
    return edges
