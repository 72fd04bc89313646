"""Tell bold words on a page image by the width of their strokes.

Tesseract's LSTM engine gives no font attributes, so a scan lost what makes a
heading or a label stand out in a born-digital file: bold. A bold face's
strokes are about half again as wide as the regular face's at the same size
(1.5-2 times the page's median word on 200 dpi scans). A word's stroke
width is the mean length of its horizontal runs of ink, bars left out, over
its line's size in pixels, against the page's median word: whatever the scan's resolution
or blur, most words on a page are regular.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.ingest.rulings import run_bounds

if TYPE_CHECKING:
    import numpy as np

# A word of at least this many letters is judged on its own; digits and punctuation
# have wider strokes than letters and short words too few to measure.
MIN_LETTERS = 3
# Words with letters a page needs before its median means "regular".
MIN_PAGE_WORDS = 12
# Runs longer than this many times a word's median run are bars, not strokes.
BAR_RUN = 1.5
# Stroke width, over the page's median, from which a word is bold: bold words measured
# 1.33-2.0, regular ones at most 1.28 (digits; letters 1.05) on scans at 200 dpi.
BOLD_RATIO = 1.4
# Regular words measured up to 1.21: a word of letters above this beside a bold word is bold.
UNCERTAIN_RATIO = 1.22
# ... and a shorter word above this ("Date of Birth").
BESIDE_BOLD_RATIO = 1.3


def _stroke(ink: np.ndarray) -> float | None:
    """Return the width of a word's vertical strokes: the mean length of the horizontal runs
    of ink in its box, leaving out the bars of `e` and `t` (runs over 1.5 times the median).
    """
    import numpy as np

    if ink.size == 0:
        return None
    starts, ends = run_bounds(ink)
    lengths = ends[:, 1] - starts[:, 1]
    if not lengths.size:
        return None
    return float(lengths[lengths <= BAR_RUN * np.median(lengths)].mean())


def bold_words(
    gray: np.ndarray,
    ink: float,
    boxes: Sequence[tuple[int, int, int, int]],
    sizes: Sequence[float],
    texts: Sequence[str],
    lines: Sequence[int],
) -> list[bool]:
    """Return which words are bold: `boxes` in pixels of `gray`, whose ink is darker than
    `ink`, `sizes` their line's size in pixels, `lines` the text line each belongs to."""
    widths: list[float | None] = []
    for (x0, y0, x1, y1), size in zip(boxes, sizes, strict=True):
        stroke = _stroke(gray[max(0, y0) : y1, max(0, x0) : x1] < ink)
        widths.append(stroke / size if stroke is not None and size > 0 else None)
    letters = [sum(c.isalpha() for c in text) for text in texts]
    judged = [w for w, n in zip(widths, letters, strict=True) if w is not None and n >= MIN_LETTERS]
    if len(judged) < MIN_PAGE_WORDS:
        return [False] * len(boxes)
    regular = statistics.median(judged)
    ratios = [w / regular if w is not None else 0.0 for w in widths]
    bold = [r >= BOLD_RATIO and n >= MIN_LETTERS for r, n in zip(ratios, letters, strict=True)]
    # A word between the faces beside a bold one is bold too, along its line both ways: a
    # heading measured half bold (`YAYASAN KASIH BUNDA` / `DEWATA`) would read as a label and
    # its value. A regular value stays below (0.8-1.2); a short word needs more to go by.
    beside = [UNCERTAIN_RATIO if n >= MIN_LETTERS else BESIDE_BOLD_RATIO for n in letters]
    for order in (range(len(boxes)), range(len(boxes) - 1, -1, -1)):
        previous = None
        for k in order:
            if (
                previous is not None
                and lines[previous] == lines[k]
                and bold[previous]
                and ratios[k] >= beside[k]
            ):
                bold[k] = True
            previous = k
    return bold
