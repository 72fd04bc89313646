"""A log table's columns named by what their cells hold, where its header does not name them.

A ruled log's header may leave a column unnamed (`Who`, a blank cell OCR lost) or name it
in words nobody listed; its cells still say what it is: dates, clock times, durations,
people's names, or the longest text, the account of what happened.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract.normalize import find_dates, parse_duration, parse_time
from pipeline.extract.prompts import is_placeholder

# A column whose filled cells are this share dates (clock times, durations) is a date column.
MIN_CONTENT_SHARE = 0.8
# Cells of a date, time or duration column are short.
MAX_SHORT_CELL_WORDS = 6
# A duration column's cell under no header: minutes as a whole number, under a day's.
_WHOLE_MINUTES = re.compile(r"^\d{1,3}$")
# The description is the column of the longest cells, if they read as text.
MIN_DESCRIPTION_WORDS = 4


def columns_by_content(
    columns: dict[int, str], rows: list[list[str]], is_name: Callable[[str], bool]
) -> dict[int, str]:
    """Return a log table's header mapping with the columns its header did not name named by
    what their cells hold: dates, clock times, durations, people's names (`Who`: the client),
    or the longest text (the description).

    Only a column whose filled cells almost all read so is named, and no entry field twice.
    """
    named = dict(columns)
    width = max((len(row) for row in rows), default=0)
    cells_of = {
        col: [c.strip() for row in rows if col < len(row) and (c := row[col]).strip()]
        for col in range(width)
        if col not in named
    }
    cells_of = {col: [c for c in cells if not is_placeholder(c)] for col, cells in cells_of.items()}
    readers = (
        ("date", lambda c: bool(find_dates(c)) or bool(find_dates(c, month_first=True))),
        ("time", lambda c: parse_time(c) is not None and not find_dates(c)),
        ("duration_minutes", lambda c: parse_duration(c) is not None),
        ("client_name", is_name),
    )
    for name, reads in readers:
        if name in named.values():
            continue
        for col, cells in sorted(cells_of.items()):
            short = all(len(c.split()) <= MAX_SHORT_CELL_WORDS for c in cells)
            if cells and short and sum(map(reads, cells)) >= MIN_CONTENT_SHARE * len(cells):
                named[col] = name
                del cells_of[col]
                break
    if "time" in named.values() and "duration_minutes" not in named.values():
        # `| 08:40 | 15 |` under a header OCR lost: whole numbers beside the clock are the
        # minutes each entry took, unless they count the rows (1, 2, 3 …).
        for col, cells in sorted(cells_of.items()):
            if cells and all(map(_WHOLE_MINUTES.match, cells)) and not _counts(cells):
                named[col] = "duration_minutes"
                del cells_of[col]
                break
    if "description" not in named.values() and cells_of:
        mean_words = {
            col: sum(len(c.split()) for c in cells) / len(cells)
            for col, cells in cells_of.items()
            if cells
        }
        if mean_words:
            col = max(mean_words, key=lambda c: (mean_words[c], -c))
            if mean_words[col] >= MIN_DESCRIPTION_WORDS:
                named[col] = "description"
    return named


def _counts(cells: list[str]) -> bool:
    numbers = [int(c) for c in cells]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))
