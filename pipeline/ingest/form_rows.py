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
from itertools import groupby, pairwise
from operator import attrgetter

from pipeline.heading import label_by_weight, labels_by_weight, run_in_heading, without_full_stop
from pipeline.ingest.words import GUTTER_EM, Word, words_text

# What OCR reads an aligned colon as, standing apart between a label and its value.
MISREAD_COLONS = frozenset({"1", "l", "I", "|", "!", ";", "i", "“", "’"})
# Rows of a short label, a gutter and a short value, the values aligned: a form's header.
MIN_FORM_ROWS = 3
# Words a label in a form's column has at most.
MAX_COLUMN_LABEL_WORDS = 5
# Marks a value's line ends on when it goes on below (`… rumah sakit jiwa;`, OCR's `jiwa:`).
RUNS_ON = frozenset({";", ",", "-", ":"})


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
    (`heading.label_by_weight`), or in place of a run-in heading's full stop
    (`heading.run_in_heading`): the weight parts them as a colon would."""
    if labelled := _colons_after_bold_labels(words):
        return labelled
    lead = next((k for k, w in enumerate(words) if not w.bold), len(words))
    if lead == 0 or any(w.bold for w in words[lead:]):
        return words
    label, value = words_text(words[:lead]), words_text(words[lead:])
    if label_by_weight(label, value):
        return _with_colon(words, lead)
    if run_in_heading(label, value):
        stop = words[lead - 1]
        return [*words[: lead - 1], stop._replace(text=stop.text[:-1] + ":"), *words[lead:]]
    return words


def _colons_after_bold_labels(words: list[Word]) -> list[Word] | None:
    """Return the words of a line of several bold labels, each before its value in regular type
    (`heading.labels_by_weight`), with a colon closing each label and no full stop closing each
    value; None for any other line."""
    runs = [list(same) for _, same in groupby(words, key=attrgetter("bold"))]
    parts = [(words_text(run), run[0].bold) for run in runs]
    if labels_by_weight(parts, wrapped=True) is None:
        return None
    out: list[Word] = []
    for run in runs:
        last = run[-1]
        end = last.text.rstrip(".:：") + ":" if last.bold else without_full_stop(last.text)
        out += [*run[:-1], last._replace(text=end)]
    return out


def _gutter_split(words: Sequence[Word]) -> int | None:
    """Return where the words after a row's one gutter-wide gap start, when the words before
    it are a few (a label's) and hold no colon, else None."""
    if not words or not words[0].text[:1].isalpha():
        return None
    size = statistics.median(w.size for w in words)
    gaps = [
        k
        for k, (before, word) in enumerate(pairwise(words), start=1)
        if word.x0 - before.x1 >= GUTTER_EM * size
    ]
    if len(gaps) != 1 or gaps[0] > MAX_COLUMN_LABEL_WORDS:
        return None
    return None if any(":" in w.text for w in words[: gaps[0]]) else gaps[0]


def _label_split(words: Sequence[Word]) -> int | None:
    """Return where the value's words start in a row of a short label, one gutter-wide gap
    and a short value (`Patient      Ms. Wulan Nasution`), else None. A label that has its
    colon, or a list item's number or bullet, needs none."""
    at = _gutter_split(words)
    if at is None:
        return None
    return at if label_by_weight(words_text(words[:at]), words_text(words[at:])) else None


def _colon_after_form_labels(rows: list[list[Word]]) -> list[list[Word]]:
    """Return the rows with a colon after each label of a form's rows.

    A form's header is `MIN_FORM_ROWS` rows or more of a label, a gutter and a value, the
    labels aligned and the values aligned; a scanned form's labels, in the type of their
    values and with no colon (OCR drops a column of lone colons), look like this. It opens
    with a short value (`Nama Lembaga   UPTD Panti …`); later values may be long and wrap
    under their own start, and a label may wrap under its own start too, its value's line
    above ending mid-sentence (`Tata Cara dan Syarat   Rujukan …;` / `Pelayanan   melampirkan
    …`): that word joins the label above.
    """
    splits = [_label_split(row) for row in rows]
    columns = [_gutter_split(row) for row in rows]
    out = list(rows)
    start = 0
    while start < len(rows):
        first = splits[start]
        if first is None:
            start += 1
            continue
        label_x, value_x = rows[start][0].x0, rows[start][first].x0
        tolerance = GUTTER_EM * statistics.median(w.size for w in rows[start])
        members: list[tuple[int, int]] = []  # (row, where its value starts)
        k = start
        while k < len(rows):
            at = columns[k]
            if (
                at is not None
                and abs(rows[k][0].x0 - label_x) <= tolerance
                and abs(rows[k][at].x0 - value_x) <= tolerance
            ):
                members.append((k, at))
            elif abs(rows[k][0].x0 - value_x) > tolerance:
                break  # neither a label's row nor its value's wrapped line
            k += 1
        if len(members) >= MIN_FORM_ROWS:
            _colons_in_column(rows, out, members)
        start = max(k, start + 1)
    return out


def _colons_in_column(
    rows: list[list[Word]], out: list[list[Word]], members: list[tuple[int, int]]
) -> None:
    """Give each label of a form's column its colon in `out`; a label's wrapped word joins it."""
    labels: list[tuple[int, int]] = []  # (row, where its value starts), the label's own rows
    for k, at in members:
        if labels and labels[-1][0] == k - 1 and _runs_on(rows[k - 1]):
            above, above_at = labels[-1]
            joined = [*rows[above][:above_at], *rows[k][:at]]
            out[above] = _with_colon([*joined, *rows[above][above_at:]], len(joined))
            out[k] = list(rows[k][at:])
            labels[-1] = (above, len(joined))
            continue
        out[k] = _with_colon(rows[k], at)
        labels.append((k, at))


def _runs_on(row: Sequence[Word]) -> bool:
    """Return True for a row whose value stops mid-sentence (`… rumah sakit jiwa;`)."""
    return bool(row) and row[-1].text[-1:] in RUNS_ON
