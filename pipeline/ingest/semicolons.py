"""Tell the semicolons OCR read as colons by their tails.

Tesseract often reads a list's `;` as `:` (`tahun: bimbingan belajar: pelatihan`),
and a colon makes a label of the words before it. The two marks differ below
the baseline: a semicolon's lower dot is a comma whose tail goes under it, a
colon's sits on the line. A word ending in `:` whose last glyph has ink below
its line's baseline ends in a semicolon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# How far below the baseline, in ems of the line, a semicolon's tail reaches at least: on a
# 200 dpi scan (25 px lines) a colon's lowest ink row was a pixel above the baseline and a
# semicolon's one to two below it.
TAIL_EM = 0.03
# A colon's or semicolon's width at most, in ems.
MARK_EM = 0.25
# How far below the baseline the tail is looked for.
SEARCH_EM = 0.45


def ends_in_semicolon(
    gray: np.ndarray, box: tuple[int, int, int, int], baseline: float, size: float, ink: float
) -> bool:
    """Return True when the last glyph in `box` (pixels) reaches `TAIL_EM` below `baseline`.

    `size` is the line's size in pixels, `ink` the page's ink threshold.
    """
    import numpy as np

    x0, top, x1, _ = box
    bottom = min(gray.shape[0], round(baseline + SEARCH_EM * size))
    region = gray[max(0, top) : bottom, max(0, x0) : x1] < ink
    if region.size == 0:
        return False
    above = region[: max(1, round(baseline) - max(0, top))]
    columns = np.flatnonzero(above.any(axis=0))
    if not columns.size:
        return False
    right = int(columns[-1])
    left = right
    while left > 0 and above[:, left - 1].any():
        left -= 1
    if right - left > MARK_EM * size:
        return False  # the mark touches the letter before it: no telling its tail apart
    rows = np.flatnonzero(region[:, left : right + 1].any(axis=1))
    return bool(rows.size) and max(0, top) + int(rows[-1]) > baseline + TAIL_EM * size
