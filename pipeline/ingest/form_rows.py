"""The colons a form's layout implies: a row's words, with a colon after a label that shows
itself by weight, alignment or a misread mark instead of a colon of its own.

Field extraction finds labels by their colon (`Nama Klien: Budi`). Printed and scanned forms
often part a label from its value otherwise: a bold label over a regular value, a column of
labels with their values aligned across a gutter, or a colon OCR read as `1`, `l` or `|`.
Each is given the colon it stands for, before the row becomes a line.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from itertools import pairwise

from pipeline.heading import label_by_weight
from pipeline.ingest.words import GUTTER_EM, Word, words_text

# What OCR reads an aligned colon as, standing apart between a label and its value.
MISREAD_COLONS = frozenset({"1", "l", "I", "|", "!", ";", "i", "“", "’"})
# Rows of a short label, a gutter and a short value, the values aligned: a form's header.
MIN_FORM_ROWS = 3


def with_label_colons(rows: Sequence[Sequence[Word]]) -> list[list[Word]]:
    """Return each row's words with the colons its labels' layout implies."""
    return _colon_after_form_labels([_colon_after_bold_label(_misread_colons(r)) for r in rows])


def _misread_colons(words: Sequence[Word]) -> list[Word]:
    """Return OCR's words with a colon for a lone mark standing apart between a label and its
    value (`Nama      1      Mbah Fajar`): what tesseract makes of an aligned colon."""
    out = list(words)
    for k in range(1, len(words) - 1):
        before, mark, after = words[k - 1], words[k], words[k + 1]
        gap = GUTTER_EM * mark.size
        if (
            mark.conf is not None
            and mark.text in MISREAD_COLONS
            and mark.x0 - before.x1 >= gap
            and after.x0 - mark.x1 >= gap
            and before.text[-1:].isalpha()
        ):
            out[k - 1] = before._replace(text=before.text + ":")
            out[k] = mark._replace(text="")
    return [w for w in out if w.text]


def _with_colon(words: Sequence[Word], value_at: int) -> list[Word]:
    label = words[value_at - 1]
    return [*words[: value_at - 1], label._replace(text=label.text + ":"), *words[value_at:]]


def _colon_after_bold_label(words: list[Word]) -> list[Word]:
    """Return the words with a colon after a bold label whose value is in regular type
    (`heading.label_by_weight`): the weight parts them as a colon would."""
    lead = next((k for k, w in enumerate(words) if not w.bold), len(words))
    if lead == 0 or any(w.bold for w in words[lead:]):
        return words
    if not label_by_weight(words_text(words[:lead]), words_text(words[lead:])):
        return words
    return _with_colon(words, lead)


def _label_split(words: Sequence[Word]) -> int | None:
    """Return where the value's words start in a row of a short label, one gutter-wide gap
    and a short value (`Patient      Ms. Wulan Nasution`), else None. A label that has its
    colon, or a list item's number or bullet, needs none."""
    if not words or not words[0].text[:1].isalpha():
        return None
    size = statistics.median(w.size for w in words)
    gaps = [
        k
        for k, (before, word) in enumerate(pairwise(words), start=1)
        if word.x0 - before.x1 >= GUTTER_EM * size
    ]
    if len(gaps) != 1:
        return None
    lead, rest = words[: gaps[0]], words[gaps[0] :]
    if any(":" in w.text for w in lead):
        return None
    return gaps[0] if label_by_weight(words_text(lead), words_text(rest)) else None


def _colon_after_form_labels(rows: list[list[Word]]) -> list[list[Word]]:
    """Return the rows with a colon after each label of a form's rows: `MIN_FORM_ROWS` rows
    or more in a row, each a short label, a gutter and a short value, the values aligned.
    A scanned form's labels, in the type of their values and with no colon, look like this."""
    splits = [_label_split(row) for row in rows]
    out = list(rows)
    start = 0
    while start < len(rows):
        end = start
        if (first := splits[start]) is not None:
            first_x = rows[start][first].x0
            tolerance = GUTTER_EM * statistics.median(w.size for w in rows[start])
            while end < len(rows) and (at := splits[end]) is not None:
                if abs(rows[end][at].x0 - first_x) > tolerance:
                    break
                end += 1
        if end - start >= MIN_FORM_ROWS:
            for k in range(start, end):
                out[k] = _with_colon(rows[k], splits[k] or 0)
        start = max(end, start + 1)
    return out
