"""Decide a block's kind and style hints from a walked paragraph.

A block's kind is decided in this order: a Heading N / Title style or an outline
level; a short, bold or all-caps or larger line not ending in a period and not a
"label: value" line; a numbered or bulleted paragraph (list_item); else a
paragraph. Auto-numbers go to `Style.numbering` and are not added to the text;
numbering typed into the text ("I. IDENTITAS", "1.2 Riwayat") is copied to
`Style.numbering` and stays in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby
from operator import attrgetter
from typing import Literal

from pipeline.document import Block, Style, table_text
from pipeline.heading import (
    MIN_CAPS_LETTERS,
    all_caps,
    block_looks_like_heading,
    label_by_weight,
    labels_by_weight,
    run_in_heading,
)
from pipeline.ingest.docx.numbering import BULLET
from pipeline.ingest.docx.walker import DEFAULT_HALF_POINTS, Item, Para, Run, TableItem

# Numbering typed into the text: "I.", "IV)", "A.", "b)", "1.", "1.2", "1.2.3.", "(a)".
_TYPED_NUMBERING = re.compile(
    r"^(?P<num>"
    r"(?:[IVXLC]{1,6}|[ivx]{1,5}|[A-Za-z])[.)]"
    r"|\d{1,3}(?:\.\d{1,3}){1,4}\.?"
    r"|\d{1,3}[.)]"
    r"|\([A-Za-z0-9]{1,3}\)"
    r")\s+(?=\S)"
)
# "10.30 Klien datang" is a clock time in a daily log, not section 10.30.
_CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3])\.[0-5]\d$")
_TYPED_BULLET = re.compile(r"^(?P<num>[-\u2022\u25aa\u25cf\u2013*\u00b7\u25e6\u27a2])\s+(?=\S)")


def body_half_points(items: list[Item]) -> int:
    """Return the most common font size by characters among body paragraphs (half-points)."""
    sizes: Counter[int] = Counter()
    for item in items:
        if isinstance(item, Para):
            for run in item.runs:
                sizes[run.half_points] += len(run.text.strip())
    return (
        sizes.most_common(1)[0][0] if sizes and sizes.most_common(1)[0][1] else DEFAULT_HALF_POINTS
    )


def _colon_after_bold_label(para: Para) -> str:
    """Return the paragraph's text with a colon after a bold label whose value is in regular
    type (`heading.label_by_weight`), or in place of a run-in heading's full stop
    (`heading.run_in_heading`): the weight parts them as a colon would."""
    runs = [run for run in para.runs if run.text.strip()]
    if pairs := labels_by_weight(_weight_parts(runs)):
        # A tab parts one label's value from the next label, as on a typed form.
        return "\t".join(f"{label}: {value}" for label, value in pairs)
    lead = next((k for k, run in enumerate(runs) if not run.bold), len(runs))
    if lead == 0 or any(run.bold for run in runs[lead:]):
        return para.text
    label = "".join(run.text for run in runs[:lead]).strip()
    value = para.text[len(label) :].strip() if para.text.startswith(label) else ""
    if label_by_weight(label, value):
        return f"{label}: {value}"
    return f"{label[:-1]}: {value}" if run_in_heading(label, value) else para.text


def _weight_parts(runs: list[Run]) -> list[tuple[str, bool]]:
    """Return the runs' text joined into parts of one weight, bold or regular."""
    return [
        ("".join(run.text for run in same), bold)
        for bold, same in groupby(runs, key=attrgetter("bold"))
    ]


def to_block(item: Item, body_half_points: int) -> Block:
    if isinstance(item, TableItem):
        return Block("table", table_text(item.table), item.page, table=item.table)
    text = _colon_after_bold_label(item)
    visible = [run for run in item.runs if run.text.strip()]
    sizes: Counter[int] = Counter()
    for run in visible:
        sizes[run.half_points] += len(run.text.strip())
    size = sizes.most_common(1)[0][0] if sizes else body_half_points
    bold = bool(visible) and all(run.bold for run in visible)
    caps = bool(visible) and all(run.caps for run in visible)
    caps = caps or all_caps(text, MIN_CAPS_LETTERS["docx"])
    typed = None if item.auto_numbering else _typed_numbering(text)
    style = Style(
        size_ratio=round(size / body_half_points, 2),
        bold=bold,
        all_caps=caps,
        style_name=item.style_name,
        numbering=item.auto_numbering or typed,
        align=item.align,
    )
    bullet = style.numbering == BULLET or bool(style.numbering and _TYPED_BULLET.match(text))
    looks = block_looks_like_heading(
        "docx", text, bold=bold, size_ratio=style.size_ratio, caps=caps, bullet=bullet
    )
    if item.heading_style or looks:
        kind: Literal["heading", "list_item", "paragraph"] = "heading"
    elif item.is_list or style.numbering:
        kind = "list_item"
    else:
        kind = "paragraph"
    return Block(kind, text, item.page, style=style)


def _typed_numbering(text: str) -> str | None:
    """Return numbering typed at the start of the text ("I.", "1.2", "a)", "-"), or None."""
    match = _TYPED_NUMBERING.match(text) or _TYPED_BULLET.match(text)
    if match is None or _CLOCK_TIME.match(match.group("num")):
        return None
    return match.group("num")
