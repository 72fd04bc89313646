"""A page's words in reading order: rows, and the column zones that split them.

A column zone is a run of rows that share a vertical white strip (a gutter) at
least `GUTTER_EM` wide, with text on both sides in at least `MIN_COLUMN_ROWS`
rows, each side at least `MIN_COLUMN_SHARE` of the zone's width. Aligned
`Label   : value` lines also leave such a strip, so a zone whose right side
mostly starts with ':' (or left side ends with one) is not a column zone; nor
are the rows of a table typed without rules, whose cells beside the longest are
a few words each. Everything else reads row by row, top to bottom.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from pipeline.heading import label_by_weight
from pipeline.ingest.words import GUTTER_EM, Word, words_text

# --- rows and segments
# Two words share a row when their boxes overlap by half the smaller height.
ROW_OVERLAP = 0.5

# --- column zones
MIN_COLUMN_ROWS = 3  # rows with text on each side of a gutter
MIN_COLUMN_SHARE = 0.25  # each column's share of the zone width; labels columns are narrower
MAX_LABEL_ROW_SHARE = 0.3  # more rows than this with ':' at the gutter means aligned labels
# Rows of three runs of words and more, the runs beside the longest a few words each, are an
# unruled table's (`09:30   40 min   Darren Holt   Drop-in …`), not text columns.
MIN_GRID_RUNS = 3
MAX_GRID_CELL_WORDS = 3
MIN_GRID_ROW_SHARE = 0.6


def rows_of(words: Sequence[Word]) -> list[list[Word]]:
    """Return words grouped into rows (top to bottom), each row sorted left to right.

    The words of one OCR text line stay together and are placed by their median
    height, so a line that climbs across a page left askew keeps its words; lines
    side by side (columns, a label and its value read apart) still share a row.
    """
    units: dict[object, list[Word]] = {}
    for k, word in enumerate(words):
        units.setdefault(("ocr", word.ocr_line) if word.ocr_line is not None else k, []).append(
            word
        )
    placed = [
        (statistics.median(w.top for w in unit), statistics.median(w.bottom for w in unit), unit)
        for unit in units.values()
    ]
    rows: list[list[Word]] = []
    top = bottom = 0.0
    for unit_top, unit_bottom, unit in sorted(placed, key=lambda u: (u[0], u[2][0].x0)):
        if rows:
            overlap = min(bottom, unit_bottom) - max(top, unit_top)
            height = min(bottom - top, unit_bottom - unit_top)
            if overlap >= ROW_OVERLAP * height:
                rows[-1].extend(unit)
                continue
        rows.append(list(unit))
        top, bottom = unit_top, unit_bottom
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


def _segments(row: Sequence[Word]) -> list[tuple[float, float]]:
    """Return the x-extents of a row's runs of words separated by gutter-wide gaps."""
    size = statistics.median(w.size for w in row)
    out: list[tuple[float, float]] = []
    for word in row:
        if out and word.x0 - out[-1][1] < GUTTER_EM * size:
            out[-1] = (out[-1][0], max(out[-1][1], word.x1))
        else:
            out.append((word.x0, word.x1))
    return out


def _free(
    segments: Sequence[tuple[float, float]], lo: float, hi: float
) -> list[tuple[float, float]]:
    """Return the gaps between segments within [lo, hi]."""
    gaps, x = [], lo
    for x0, x1 in segments:
        if x0 > x:
            gaps.append((x, x0))
        x = max(x, x1)
    if hi > x:
        gaps.append((x, hi))
    return gaps


def _is_column_zone(rows: Sequence[list[Word]], gutter: tuple[float, float]) -> bool:
    """Return True if `rows` split at `gutter` read as two text columns (not labels, whether a
    colon or the weight ends them, and not a grid)."""
    g0, g1 = gutter
    lo = min(w.x0 for row in rows for w in row)
    hi = max(w.x1 for row in rows for w in row)
    if g0 - lo < MIN_COLUMN_SHARE * (hi - lo) or hi - g1 < MIN_COLUMN_SHARE * (hi - lo):
        return False
    left_rows = right_rows = label_rows = 0
    for row in rows:
        left = [w for w in row if w.x1 <= g0]
        right = [w for w in row if w.x0 >= g1]
        left_rows += bool(left)
        right_rows += bool(right)
        if (
            (right and right[0].text.startswith(":"))
            or (left and left[-1].text.endswith(":"))
            # a label beside its value, bold over regular type or a short name over a short
            # value (`Case reference    NFC-0388`, `Patient    Ms. Wulan Nasution`)
            or (left and right and all(w.bold for w in left) and not any(w.bold for w in right))
            or (left and right and label_by_weight(words_text(left), words_text(right)))
        ):
            label_rows += 1
    return (
        left_rows >= MIN_COLUMN_ROWS
        and right_rows >= MIN_COLUMN_ROWS
        and label_rows <= MAX_LABEL_ROW_SHARE * len(rows)
        and not _unruled_grid(rows)  # last: it reads every row's runs again
    )


def _unruled_grid(rows: Sequence[list[Word]]) -> bool:
    """Return True when most rows are cells of a table typed without rules: three runs of
    words and more, those beside the longest run a few words each."""
    gridded = 0
    for row in rows:
        runs = [[w for w in row if x0 <= w.x0 and w.x1 <= x1] for x0, x1 in _segments(row)]
        if len(runs) < MIN_GRID_RUNS:
            continue
        cells = sorted(runs, key=len)[:-1]
        gridded += statistics.median(len(cell) for cell in cells) <= MAX_GRID_CELL_WORDS
    return gridded >= MIN_GRID_ROW_SHARE * len(rows)


def _zone(
    rows: Sequence[list[Word]],
    free: Sequence[list[tuple[float, float]]],
    i: int,
    lo: float,
    hi: float,
) -> tuple[int, float] | None:
    """Return (end row, gutter middle) of the longest column zone starting at row `i`, or None.

    Each gap between text on both sides of row `i` is followed down while some part
    of it at least `GUTTER_EM` wide stays free in the next row.
    """
    min_width = GUTTER_EM * statistics.median(w.size for w in rows[i])
    best: tuple[int, float] | None = None
    for gap in free[i]:
        if not (lo < gap[0] and gap[1] < hi and gap[1] - gap[0] >= min_width):
            continue
        j = i + 1
        while j < len(rows):
            pieces = [
                (max(gap[0], f0), min(gap[1], f1))
                for f0, f1 in free[j]
                if min(gap[1], f1) - max(gap[0], f0) >= min_width
            ]
            if not pieces:
                break
            gap = max(pieces, key=lambda g: g[1] - g[0])
            j += 1
        if (best is None or j > best[0]) and _is_column_zone(rows[i:j], gap):
            best = (j, (gap[0] + gap[1]) / 2)
    return best


def reading_flows(rows: list[list[Word]]) -> list[tuple[list[list[Word]], bool]]:
    """Return rows as (flow, is a column) in reading order: full-width runs, and column zones split in two.

    A zone can only start at a row with text on both sides of a gap; rows that
    start no column zone are settled as full width one at a time.  Rows keep
    their vertical order, so the recursion into each side ends.
    """
    if not rows:
        return []
    lo = min(w.x0 for row in rows for w in row)
    hi = max(w.x1 for row in rows for w in row)
    free = [_free(_segments(row), lo, hi) for row in rows]
    flows: list[tuple[list[list[Word]], bool]] = []
    full: list[list[Word]] = []
    i = 0
    while i < len(rows):
        zone = _zone(rows, free, i, lo, hi)
        if zone is None:
            full.append(rows[i])
            i += 1
            continue
        end, mid = zone
        if full:
            flows.append((full, False))
            full = []
        # Each side may hold further columns (a three-column page splits twice).
        for side in (
            [kept for row in rows[i:end] if (kept := [w for w in row if w.x1 <= mid])],
            [kept for row in rows[i:end] if (kept := [w for w in row if w.x1 > mid])],
        ):
            flows += [(flow, True) for flow, _ in reading_flows(side)]
        i = end
    if full:
        flows.append((full, False))
    return flows
