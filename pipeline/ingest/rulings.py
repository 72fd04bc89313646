"""Find the ruled lines of tables in a page image, for scanned pages.

A born-digital PDF draws its table rules as path objects; a scan has only
pixels. A rule is a long run of pixels darker than the paper just beside it:
horizontal runs longer than a tenth of the page width, vertical runs longer
than a few text lines (letters are never that tall). The runs come back as
edges in PDF points, the same shape `pdf.find_tables` reads from a text PDF,
so both kinds of page share one table finder.

Darkness is measured against the lightest pixel a few points around, not
against a fixed grey: a thin rule scanned at 200 dpi is mid-grey
(150-180 on a 236 page), and where a slight slant steps it a pixel row its ink
is split over two rows, each lighter still; the darkness of a band of rows is
summed so the split rule stays one run. Against the paper beside it, a shaded
cell's inside is no darker than its surroundings (only its borders are
rules), and a photographed page's uneven light is no rule at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

# Grey levels a rule's band of rows is darker, in sum, than the paper beside it.
RULE_CONTRAST = 40
# Points across a rule within which its paper is looked for: wider than a thick rule.
PAPER_REACH_PT = 2.5
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


def run_bounds(mask: object) -> tuple[np.ndarray, np.ndarray]:
    """Return the (row, column) where each run of True in `mask`'s rows starts, and where it
    ends (one past), in the same order."""
    import numpy as np

    array = np.asarray(mask, dtype=bool)
    padded = np.zeros((array.shape[0], array.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = array
    steps = np.diff(padded, axis=1)
    return np.argwhere(steps == 1), np.argwhere(steps == -1)


def _runs(mask: object, min_length: int) -> list[tuple[int, int, int]]:
    """Return (row, start, end) of the runs of True at least `min_length` long in each row."""
    starts, ends = run_bounds(mask)
    keep = ends[:, 1] - starts[:, 1] >= min_length
    return [
        (int(r), int(s), int(e)) for (r, s), (_, e) in zip(starts[keep], ends[keep], strict=True)
    ]


def _paper(gray: np.ndarray, reach: int) -> np.ndarray:
    """Return, for each pixel, the lightest pixel within `reach` of it across and along.

    The square window sees the paper beside a rule where another rule crosses it,
    as a window across the rule alone would not.
    """
    import numpy as np

    paper = np.asarray(gray).copy()
    for axis in (0, 1):
        source = paper.copy()
        for shift in range(1, reach + 1):
            ahead = [slice(None)] * 2
            behind = [slice(None)] * 2
            ahead[axis], behind[axis] = slice(None, -shift), slice(shift, None)
            np.maximum(paper[tuple(ahead)], source[tuple(behind)], out=paper[tuple(ahead)])
            np.maximum(paper[tuple(behind)], source[tuple(ahead)], out=paper[tuple(behind)])
    return paper


def _rule_ink(darkness: np.ndarray) -> np.ndarray:
    """Return where a band of rows starting at each row is a horizontal rule's ink."""
    import numpy as np

    array = np.asarray(darkness)
    banded = array.copy()
    for shift in range(1, BAND_PX):
        banded[:-shift] += array[shift:]
    return banded >= RULE_CONTRAST


def ruling_edges(image: Image.Image, points_per_pixel: float) -> list[Edge]:
    """Return the horizontal and vertical rules of `image` as (x0, top, x1, bottom) in points."""
    import numpy as np

    gray = np.asarray(image.convert("L")).astype(np.int16)
    height, width = gray.shape
    reach = max(BAND_PX, round(PAPER_REACH_PT / points_per_pixel))
    darkness = _paper(gray, reach) - gray
    # A light shade (225 on a 243 page) is no ink, though three rows of it add up to a rule's.
    darkness[darkness < RULE_CONTRAST // 2] = 0
    horizontal = _runs(_rule_ink(darkness), max(1, round(width * MIN_H_RULE_SHARE)))
    vertical = _runs(
        _rule_ink(np.ascontiguousarray(darkness.T)), max(1, round(height * MIN_V_RULE_SHARE))
    )
    rule_pixels = sum(e - s for _, s, e in horizontal) + sum(e - s for _, s, e in vertical)
    if rule_pixels > MAX_RULE_SHARE * width * height:
        return []
    scale = points_per_pixel
    edges: list[Edge] = []
    for y, x0, x1 in horizontal:
        edges.append((x0 * scale, y * scale, x1 * scale, y * scale))
    for x, y0, y1 in vertical:
        edges.append((x * scale, y0 * scale, x * scale, y1 * scale))
    return edges
