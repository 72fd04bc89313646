"""A page's words, the unit every reader hands to the layout, and the gap that parts them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

# A horizontal gap this many ems wide splits a row into segments and can be a gutter;
# ordinary word spacing is ~0.3 em (justified lines stretch it further, but not in the same
# place on consecutive lines), column gutters are 1-3 em.
GUTTER_EM = 0.9


class Word(NamedTuple):
    """One word in page coordinates (points, top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in points; OCR estimates it from the text line's height
    bold: bool = False
    conf: float | None = None  # OCR confidence 0-100
    # The OCR engine's text line the word belongs to: a line read on a page left a little
    # askew climbs or falls across the page, and its words' heights alone mix it with the
    # next line's.
    ocr_line: int | None = None


def words_text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)
