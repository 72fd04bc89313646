"""Words to lines to blocks in reading order, for PDF text layers and OCR alike.

Input is a page's words (text, box in points with a top-left origin, font size,
bold flag, OCR confidence) and its tables; output is the page's blocks. The
work is split in two so that a reader can see every page before deciding what
"body size" means:

1. `draft_page(words, tables)` -> `Draft`s: geometry only. Words become rows
   (vertical overlap), rows become lines, lines become flows in reading order
   (a two-column zone reads its left column, then its right), flows become
   drafts (a block's text, box, size and first-line cues).
2. `finish_page(drafts, page, body_size)` -> `Block`s: the kind and style of
   each draft relative to the document's body font size.

Reading order (rows, and the column zones that split them) is `reading_order.py`'s.

Block breaks, in order of evidence: a table; a flow boundary; a vertical gap
wider than the page's usual line gap by `PARA_GAP_EXTRA_EM`; a change of size,
boldness or capitals; a line that starts with a label (`Nama Klien : Budi`), a
bullet or a number; the line after a label or list item unless indented to
its text or wrapped; a line that stopped where the next line's first word
would still have fitted (it ended on purpose: a heading, a paragraph's end);
an indent. Each `Label : value` line is its own block, because field
extraction matches labels at block start.

Block text keeps a block's lines apart with '\n' (the extractor reads line by
line); a word hyphenated across lines is made whole (`anak-` + `anak` reads
`anak-anak`). Nothing here reads a file or changes its inputs.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Literal, NamedTuple

from pipeline.document import BBox, Block, BlockKind, Style, Table, table_text
from pipeline.heading import (
    MIN_CAPS_LETTERS,
    all_caps,
    block_looks_like_heading,
)
from pipeline.ingest.form_rows import with_label_colons
from pipeline.ingest.reading_order import reading_flows, rows_of
from pipeline.ingest.words import GUTTER_EM, Word

# --- block breaks
PARA_GAP_EXTRA_EM = 0.45  # gap beyond the page's usual line gap that starts a paragraph
# The usual line gap is the page's median, but no more than this: a page of a few
# separate lines has no usual gap. Double spacing gives ~0.85 em between line boxes.
MAX_LINE_GAP_EM = 1.0
# A line ending within this many ems of its flow's right edge has wrapped.
WRAP_EDGE_EM = 2.0
# Wrapped lines needed before their gaps alone give the page's line gap.
MIN_WRAPPED_GAPS = 3
SIZE_CHANGE = 1.1  # lines differing in size by this ratio belong to different blocks
BOLD_SHARE = 0.6  # share of a line's characters in a bold font for the line to count as bold
INDENT_EM = 1.0  # a line starting this much further right or left than the previous one
ALIGN_TOL_EM = 0.6  # how close a continuation line's start must be to a hanging indent
WORD_SPACE_EM = 0.3  # a word space, to test whether a word would have fitted on a line

# --- kinds
MAX_LABEL_WORDS = 6
MAX_LABEL_CHARS = 40
CENTER_TOL_EM = 1.5  # left and right slack equal within this reads as centred

# Bullets: typographic ones (including Symbol/Wingdings private-use code points that
# Word exports), and '-', '*' or '–' only when followed by a space, as is OCR's '¢' for a
# round bullet (no line of text opens with a cent sign).
BULLET_RE = re.compile(
    r"^(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u27a2\u2713"
    r"\u2714\u00b7\uf0a7\uf0b7\uf0d8\uf076\uf0fc]\s*|[-*\u2013\u2014\u00a2]\s+)"
)
# Leading numbering: 1.2 / 1.2. / 1. / 1) / I. / A. / a) / (a) followed by a space.
NUMBERING_RE = re.compile(
    r"^(?P<num>\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[IVXLC]{1,6}[.)]|[A-Za-z][.)]"
    r"|\((?:\d{1,3}|[A-Za-z]|[ivxlc]{1,5})\))\s+"
)

Align = Literal["left", "center", "right", "justify"]


class TableItem(NamedTuple):
    """A table found on the page, placed in reading order by its box."""

    bbox: BBox
    table: Table


class Line(NamedTuple):
    words: tuple[Word, ...]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float
    bold: bool
    caps: bool
    label_value_x: float | None  # x where a label line's value starts (None: not a label)
    # Where a crowded line's last column starts, and its label's value (`…<tab>Tempat: Taman`)
    last_column_x: float | None
    last_value_x: float | None
    label_empty: bool  # a label line with nothing after the colon
    marker: Literal["bullet", "number"] | None
    text_x: float  # x where the text starts after a bullet or number


class Draft(NamedTuple):
    """A block before its kind is decided: geometry and first-line cues."""

    text: str
    bbox: BBox
    size: float
    bold: bool
    n_lines: int
    label: bool  # starts with `Label :` and a value
    bullet: bool
    align: Align | None
    confidence: float | None
    table: Table | None = None


def line_text(texts: Iterable[str], separator: str = "\n") -> str:
    """Return lines joined as one block text, a word hyphenated across lines made whole.

    Lines stay on lines of their own: OCR and tight layouts put a heading and
    the paragraph under it in one block, and the extractor reads line by line.
    """
    out = ""
    for text in texts:
        if not out:
            out = text
        elif out.endswith("-") and not out.endswith(" -") and text[:1].islower():
            out += text
        elif separator == " " and out[-1:].isdigit() and text[:1].isdigit():
            out += text  # a narrow cell broke a date or number ("04-03-202" / "2")
        else:
            out += separator + text
    return out


def _label_value_x(words: Sequence[Word], text: str) -> tuple[float | None, bool]:
    """Return (x where the value starts, value empty) for a `Label : value` line, else (None, False).

    A label starts with a letter, has at most `MAX_LABEL_WORDS` words, and its colon
    is not between digits (09:00) nor part of a URL.
    """
    colon = text.find(":")
    if colon <= 0 or not text[0].isalpha():
        return None, False
    label = text[:colon].strip()
    after = text[colon + 1 :]
    if (
        len(label) > MAX_LABEL_CHARS
        or len(label.split()) > MAX_LABEL_WORDS
        or (text[colon - 1].isdigit() and after[:1].isdigit())
        or after.startswith("//")
    ):
        return None, False
    if not after.strip():
        return None, True
    start = 0
    for k, word in enumerate(words):
        end = start + len(word.text)
        if colon < end:
            if colon < end - 1:  # "Klien:Budi": the value starts inside this word
                share = (colon + 1 - start) / len(word.text)
                return word.x0 + share * (word.x1 - word.x0), False
            return words[k + 1].x0, False
        start = end + 1
    return None, False


def _column_starts(words: Sequence[Word]) -> list[int]:
    """Return the indices of the words that open a column of a form line: after a gutter-wide
    gap (`Nama: Budi      Kelas: VII`), which ends a label's value. A gap on either side of
    a colon (`Nama Klien      : Budi`, `Klien:     Budi`) is the label's."""
    size = statistics.median(w.size for w in words)
    return [
        k
        for k, (before, word) in enumerate(pairwise(words), start=1)
        if word.x0 - before.x1 >= GUTTER_EM * size
        and not word.text.startswith((":", "："))
        and not before.text.endswith((":", "："))
    ]


def _line_text(words: Sequence[Word], column_starts: Sequence[int]) -> str:
    """Return the words of a line joined by spaces, and by a tab where a column starts."""
    parts = [words[0].text]
    starts = set(column_starts)
    for k in range(1, len(words)):
        parts.append("\t" if k in starts else " ")
        parts.append(words[k].text)
    return "".join(parts)


def _last_column(
    words: Sequence[Word], column_starts: Sequence[int]
) -> tuple[float | None, float | None]:
    """Return where a form line's last column starts and where the value of the label opening
    it starts, or (None, None) for a line of one column or a last column with no label."""
    if not column_starts:
        return None, None
    tail = words[column_starts[-1] :]
    value_x = _label_value_x(tail, " ".join(w.text for w in tail))[0]
    return (tail[0].x0, value_x) if value_x is not None else (None, None)


def _make_line(words: Sequence[Word]) -> Line:
    column_starts = _column_starts(words)
    text = _line_text(words, column_starts)
    chars = [len(w.text) for w in words]
    total = sum(chars)
    sizes: Counter[float] = Counter()
    for w, n in zip(words, chars, strict=True):
        sizes[round(w.size, 1)] += n
    size = weighted_median(sizes)
    bold = sum(n for w, n in zip(words, chars, strict=True) if w.bold) >= BOLD_SHARE * total
    caps = all_caps(text, MIN_CAPS_LETTERS["pdf"])
    value_x, empty = _label_value_x(words, text)
    column_x, last_value_x = (
        _last_column(words, column_starts) if value_x is not None else (None, None)
    )
    marker: Literal["bullet", "number"] | None = None
    text_x = words[0].x0
    if BULLET_RE.match(text):
        marker = "bullet"
    elif NUMBERING_RE.match(text):
        marker = "number"
    if marker:
        # The text starts at the second word, or inside the first when the mark is glued on.
        glued = len(words[0].text) > 1 and marker == "bullet" and words[0].text[0] not in "-*"
        text_x = words[0].x0 if glued or len(words) == 1 else words[1].x0
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    if words[0].ocr_line is not None:
        # An askew OCR line's extremes take in its climb; the gaps to the lines
        # above and below are those of its middle.
        top, bottom = (
            statistics.median(w.top for w in words),
            statistics.median(w.bottom for w in words),
        )
    return Line(
        tuple(words),
        min(w.x0 for w in words),
        top,
        max(w.x1 for w in words),
        bottom,
        text,
        size,
        bold,
        caps,
        value_x,
        column_x,
        last_value_x,
        empty,
        marker,
        text_x,
    )


def weighted_median(counts: Counter[float]) -> float:
    """Return the median of values weighted by their counts (0.0 for no values)."""
    total = sum(counts.values())
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if 2 * seen >= total:
            return value
    return 0.0


def _line_gap(flows: Sequence[Sequence[Line]]) -> float:
    """Return the page's usual gap between consecutive lines of a flow (0 if none).

    It is the gap under lines that wrap at the flow's right edge, lines of one
    paragraph, when there are a few: on a form of spaced one-line labels the gaps
    between them are most of all gaps, and wider than a paragraph's.
    """
    gaps: list[float] = []
    wrapped: list[float] = []
    for flow in flows:
        right = max((ln.x1 for ln in flow), default=0.0)
        for a, b in zip(flow, flow[1:], strict=False):
            if b.top - a.bottom >= 0:
                gaps.append(b.top - a.bottom)
                if right - a.x1 <= WRAP_EDGE_EM * a.size:
                    wrapped.append(b.top - a.bottom)
    if len(wrapped) >= MIN_WRAPPED_GAPS:
        return statistics.median(wrapped)
    return statistics.median(gaps) if gaps else 0.0


def _continues(block: Sequence[Line], line: Line, gap_limit: float, right: float) -> bool:
    """Return True if `line` continues the block whose lines so far are `block`."""
    prev, first = block[-1], block[0]
    size = min(prev.size, line.size)
    if line.top - prev.bottom > min(gap_limit, MAX_LINE_GAP_EM * size) + PARA_GAP_EXTRA_EM * size:
        return False
    if max(prev.size, line.size) > SIZE_CHANGE * size or prev.bold != line.bold:
        return False
    if prev.caps != line.caps:
        return False
    if line.label_value_x is not None or line.label_empty or line.marker:
        return False
    tol = ALIGN_TOL_EM * size
    # Had the line's first word fitted at the end of the previous line, that line
    # ended on purpose rather than by wrapping.
    first_word = line.words[0]
    fitted = prev.x1 + WORD_SPACE_EM * size + (first_word.x1 - first_word.x0) <= right - tol
    # A label's value or a list item's text wraps either under its own start or
    # back to where the block began.
    wrapped = not fitted and abs(line.x0 - first.x0) <= tol
    if first.label_empty:
        return False
    if first.label_value_x is not None:
        # A crowded line's last value wraps in its column: under its own start, or, having
        # filled the line, under the column's.
        starts = [first.label_value_x, first.last_value_x] + (
            [] if fitted else [first.last_column_x]
        )
        return any(x is not None and abs(line.x0 - x) <= tol for x in starts) or wrapped
    if first.marker:
        return abs(line.x0 - first.text_x) <= tol or wrapped
    if fitted:
        return False  # prose wraps at the margin: a line that stops short ended on purpose (a heading, a paragraph's end)
    if line.x0 > prev.x0 + INDENT_EM * size:
        return False
    # A block may start with an indented first line; later lines stay aligned.
    return not (line.x0 < prev.x0 - INDENT_EM * size and len(block) > 1)


def _align(lines: Sequence[Line], left: float, right: float, centre: float) -> Align:
    """Return how a block sits between `left` and `right`; `centre` is the page's or column's middle."""
    size = lines[0].size
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    slack_left = x0 - left
    slack_right = right - x1
    if slack_left > INDENT_EM * size and abs((x0 + x1) / 2 - centre) <= CENTER_TOL_EM * size:
        return "center"
    if slack_left > 2 * INDENT_EM * size and slack_right <= INDENT_EM * size:
        return "right"
    if len(lines) > 2 and all(right - ln.x1 <= ALIGN_TOL_EM * size for ln in lines[:-1]):
        return "justify"
    return "left"


def _draft(lines: Sequence[Line], left: float, right: float, centre: float) -> Draft:
    words = [w for ln in lines for w in ln.words]
    confs = [w.conf for w in words if w.conf is not None]
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    first = lines[0]
    return Draft(
        text=line_text(ln.text for ln in lines),
        bbox=BBox(
            round(min(ln.x0 for ln in lines), 2),
            round(min(ln.top for ln in lines), 2),
            round(max(ln.x1 for ln in lines), 2),
            round(max(ln.bottom for ln in lines), 2),
        ),
        size=weighted_median(sizes),
        bold=sum(len(ln.text) for ln in lines if ln.bold)
        >= BOLD_SHARE * sum(len(ln.text) for ln in lines),
        n_lines=len(lines),
        label=first.label_value_x is not None,
        bullet=first.marker == "bullet",
        align=_align(lines, left, right, centre),
        confidence=round(statistics.fmean(confs), 1) if confs else None,
    )


def draft_page(
    words: Sequence[Word], tables: Sequence[TableItem] = (), width: float | None = None
) -> tuple[Draft, ...]:
    """Return a page's drafts in reading order, tables placed among them by position.

    `words` are the words outside the tables (`outside_tables`). `width` is the page width, whose middle tells centred lines in full-width
    flows; without it the middle of the text is used.
    """
    flows = [
        ([_make_line(row) for row in with_label_colons(rows)], column)
        for rows, column in reading_flows(rows_of(words))
    ]
    gap = _line_gap([flow for flow, _ in flows])
    page_left = min((ln.x0 for flow, _ in flows for ln in flow), default=0.0)
    page_right = max((ln.x1 for flow, _ in flows for ln in flow), default=0.0)
    drafts: list[Draft] = []
    for flow, column in flows:
        # A column's edges are its own; full-width text is measured against the page's.
        left = min(ln.x0 for ln in flow) if column else page_left
        right = max(ln.x1 for ln in flow) if column else page_right
        centre = (left + right) / 2 if column or not width else width / 2
        block: list[Line] = []
        for line in flow:
            if block and not _continues(block, line, gap, right):
                drafts.append(_draft(block, left, right, centre))
                block = []
            block.append(line)
        drafts.append(_draft(block, left, right, centre))
    for item in sorted(tables, key=lambda t: t.bbox.top):
        drafts.insert(_table_position(drafts, item.bbox), _table_draft(item))
    return tuple(drafts)


def outside_tables(words: Sequence[Word], tables: Sequence[TableItem]) -> list[Word]:
    """Return the words whose centres lie in no table's box."""
    return [w for w in words if not any(_inside(w, t.bbox) for t in tables)]


def _inside(word: Word, box: BBox) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box.x0 <= cx <= box.x1 and box.top <= cy <= box.bottom


def _table_position(drafts: Sequence[Draft], box: BBox) -> int:
    """Return the index before the first draft that starts below the table and overlaps it horizontally."""
    for k, draft in enumerate(drafts):
        if draft.bbox.top >= box.bottom - 1 and draft.bbox.x0 < box.x1 and draft.bbox.x1 > box.x0:
            return k
    return len(drafts)


def _table_draft(item: TableItem) -> Draft:
    return Draft(
        text=table_text(item.table),
        bbox=item.bbox,
        size=0.0,
        bold=False,
        n_lines=item.table.n_rows,
        label=False,
        bullet=False,
        align=None,
        confidence=None,
        table=item.table,
    )


def text_in_box(words: Sequence[Word], box: BBox) -> str:
    """Return the text of the words whose centres lie in `box`, read row by row."""
    inside = [w for w in words if _inside(w, box)]
    return line_text((" ".join(w.text for w in row) for row in rows_of(inside)), " ")


def _kind(draft: Draft, size_ratio: float, caps: bool) -> BlockKind:
    """Return a draft's kind: table, list item, heading candidate or paragraph."""
    if draft.table is not None:
        return "table"
    if draft.bullet:
        return "list_item"
    text = draft.text
    numbering = NUMBERING_RE.match(text)
    if block_looks_like_heading(
        "pdf",
        text,
        bold=draft.bold,
        size_ratio=size_ratio,
        caps=caps,
        label=draft.label,
        lines=draft.n_lines,
        body_start=numbering.end() if numbering else 0,
    ):
        return "heading"
    if numbering:
        return "list_item"
    return "paragraph"


def finish_page(drafts: Sequence[Draft], page: int, body_size: float | None) -> tuple[Block, ...]:
    """Return the blocks of one page: each draft's kind and style relative to `body_size`."""
    blocks = []
    for draft in drafts:
        ratio = round(draft.size / body_size, 2) if body_size and draft.size else None
        caps = all_caps(draft.text, MIN_CAPS_LETTERS["pdf"])
        numbering = NUMBERING_RE.match(draft.text)
        style = (
            Style()
            if draft.table is not None
            else Style(
                size_ratio=ratio,
                bold=draft.bold,
                all_caps=caps,
                numbering=numbering.group("num") if numbering else None,
                align=draft.align,
            )
        )
        blocks.append(
            Block(
                kind=_kind(draft, ratio or 1.0, caps),
                text=draft.text,
                page=page,
                bbox=draft.bbox,
                style=style,
                table=draft.table,
                confidence=draft.confidence,
            )
        )
    return tuple(blocks)


def size_counts(words: Iterable[Word]) -> Counter[float]:
    """Return characters per font size (to 0.1 pt), to find the body size across pages."""
    counts: Counter[float] = Counter()
    for w in words:
        counts[round(w.size, 1)] += len(w.text)
    return counts
