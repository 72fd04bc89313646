"""Give back a label that a crowded line's end wrapped onto the next line.

A form typed as one long line of labels wraps where the page ends it, often inside the
last label: `Agency: Riverside Project Client: Mrs. Teresa Alvarez Date of` over
`interview: November 3, 2023`. Read line by line, the first line's last value swallows
`Date of` and the second line's label (`interview`) names another field or none. When the
first line holds a label, the second opens with a short label in lower case, and the last
words of the first joined to it make a label some field's synonym names whole (`Date of
interview`), those words move down to the line they belong to.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import Item, Line
from pipeline.extract.matching import line_key
from pipeline.extract.normalize import fold_words

# A wrapped label's two halves are short: `Date of` / `interview`, `Nama` / `pekerja sosial`.
MAX_HALF_WORDS = 3


def rejoin_wrapped_labels(matcher: FieldMatcher, items: tuple[Item, ...]) -> tuple[Item, ...]:
    """Return the items with each label a line's end wrapped moved back onto its next line."""
    out = list(items)
    for at, (_, below) in enumerate(pairwise(items)):
        if not isinstance(below, Line):
            continue
        head = out[at]
        if not isinstance(head, Line) or (size := _wrapped_words(matcher, head, below)) is None:
            continue
        kept, *moved = head.text.rstrip().rsplit(None, size)
        joined = f"{' '.join(moved)} {below.text.lstrip()}"
        out[at] = replace(head, text=kept, key=line_key(kept))
        out[at + 1] = replace(below, text=joined, key=line_key(joined))
    return tuple(out)


def _wrapped_words(matcher: FieldMatcher, above: Line, below: Line) -> int | None:
    """Return how many of the last words of `above` open `below`'s label, or None."""
    pair = below.label_value()
    if above.page != below.page or above.label_value() is None or pair is None or not pair[1]:
        return None
    label = pair[0]
    if not label[:1].islower() or len(label.split()) > MAX_HALF_WORDS:
        return None
    words = above.text.split()
    for size in range(1, min(MAX_HALF_WORDS, len(words) - 1) + 1):
        tail = words[-size:]
        if not tail[0][:1].isupper() or any(":" in w for w in tail):
            continue
        whole = tuple(fold_words(f"{' '.join(tail)} {label}"))
        if matcher.field_match(whole, "label") is not None:
            return size
    return None
