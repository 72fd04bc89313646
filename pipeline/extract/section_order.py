"""Give a record's unmatched headings to its empty sections, in the order the schema lists them.

A case note's sections come in the order of its kind (a case record's identity,
problem, surroundings, assessment, plan, ...: the schema lists them so), whatever
words head them. After the walk, the headings no step of the cascade named
(`What do we think is going on?`, `Did it work?`) are aligned with the sections
left empty: in reading order, each between the sections already found before and
after it, and each scored by the classifier reading the heading and its text
against the likeliest section of the record. An alignment keeps a pair only
when the classifier does not rule it out (the section is at least `MIN_RATIO`
as likely as the heading's likeliest one, and the text read alone does not
point to another section: `MIN_TEXT_RATIO`), and the alignment with the most
likely pairs wins (a monotone alignment, as in sequence alignment). The heading
then fills that section (`via` "order") and is no longer unmatched; what no pair
takes is left to absence and review.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pipeline.extract.assemble import SECTION_KINDS, Orphan, RawField, RawRecord
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.normalize import fold_words
from pipeline.specs import RecordSpec

# A pair is kept when its section is at least this likely against the heading's likeliest.
MIN_RATIO = 0.01
# ... and when the text under it, read alone, finds it at least this likely against the
# section the text is likeliest.
MIN_TEXT_RATIO = 0.1
# Text this short ("Lurah datang.") says too little to be placed by its heading and place.
MIN_BODY_WORDS = 8
_FLOOR = 1e-9


@dataclass(frozen=True)
class _Reading:
    """How likely the classifier finds each of the record's sections for one heading, against
    the likeliest of them: reading the heading with its text, and the text alone."""

    with_heading: dict[str, float]
    text_alone: dict[str, float]

    @property
    def named(self) -> str:
        return max(self.with_heading, key=self.with_heading.__getitem__)


def place_by_order(raw: RawRecord, spec: RecordSpec, model: FieldModel | None) -> None:
    """Fill `raw`'s empty sections from its unmatched headings, in place."""
    names = [f.name for f in spec.fields if f.kind in SECTION_KINDS]
    empty = [n for n in names if not _holds_text(raw, n)]
    headings = [
        o
        for o in raw.sections
        if isinstance(o, Orphan) and o in raw.orphans and len(o.body.split()) >= MIN_BODY_WORDS
    ]
    if model is None or not empty or not headings:
        return
    readings = [_read(o, names, model) for o in headings]
    gains = [
        _gains(r, _between(raw, o, names), names, empty)
        for o, r in zip(headings, readings, strict=True)
    ]
    pairs = _best_alignment(gains, len(empty))
    placed = {empty[j] for _, j in pairs}
    for i, j in pairs:
        # A heading whose words name a section its text does not speak of is a case for
        # review (absence), unless another heading filled the section it names, or its text
        # read alone speaks of the very section its place gives it (`Apa yang akan dilakukan?`,
        # named as what was done, over a plan where the plan belongs).
        named = readings[i].named
        disputed = readings[i].text_alone[named] < MIN_TEXT_RATIO
        text_agrees = readings[i].text_alone[empty[j]] >= 1.0
        if not disputed or text_agrees or named in placed or named not in empty:
            _fill(raw, empty[j], headings[i])


def _read(orphan: Orphan, names: list[str], model: FieldModel) -> _Reading:
    heading = " ".join(fold_words(orphan.text))
    return _Reading(
        _against_likeliest(model.probabilities(heading, orphan.body), names),
        _against_likeliest(model.probabilities("", orphan.body), names),
    )


def _against_likeliest(probabilities: dict[str, float], names: list[str]) -> dict[str, float]:
    likeliest = max(probabilities.get(n, 0.0) for n in names) or _FLOOR
    return {n: max(probabilities.get(n, 0.0), _FLOOR) / likeliest for n in names}


def _between(raw: RawRecord, orphan: Orphan, names: list[str]) -> range:
    """Return the schema ranks a heading may hold: past the sections found before it, short
    of those found after it."""
    at = raw.sections.index(orphan)
    found = [
        (i, names.index(s.name))
        for i, s in enumerate(raw.sections)
        if isinstance(s, RawField) and s.name in names and _holds_text(raw, s.name)
    ]
    before = [rank for i, rank in found if i < at]
    after = [rank for i, rank in found if i > at]
    return range(max(before, default=-1) + 1, min(after, default=len(names)))


def _gains(
    reading: _Reading, allowed: range, names: list[str], empty: list[str]
) -> list[float | None]:
    """Return, per empty section, what giving it this heading is worth (None: ruled out)."""
    gains: list[float | None] = []
    for name in empty:
        ratio = reading.with_heading[name]
        keep = (
            names.index(name) in allowed
            and ratio >= MIN_RATIO
            and reading.text_alone[name] >= MIN_TEXT_RATIO
        )
        gains.append(math.log(ratio / MIN_RATIO) if keep else None)
    return gains


def _best_alignment(gains: list[list[float | None]], n_sections: int) -> list[tuple[int, int]]:
    """Return the (heading, section) pairs, both in order, whose gains sum highest."""
    # best[i][j]: the best total over the first i headings and the first j sections.
    best = [[0.0] * (n_sections + 1) for _ in range(len(gains) + 1)]
    for i, row in enumerate(gains, 1):
        for j in range(1, n_sections + 1):
            gain = row[j - 1]
            # Each pair also counts one: of two alignments, the one placing more wins.
            paired = best[i - 1][j - 1] + gain + 1.0 if gain is not None else -math.inf
            best[i][j] = max(best[i - 1][j], best[i][j - 1], paired)
    pairs = []
    i, j = len(gains), n_sections
    while i and j:
        gain = gains[i - 1][j - 1]
        if gain is not None and best[i][j] == best[i - 1][j - 1] + gain + 1.0:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _holds_text(raw: RawRecord, name: str) -> bool:
    """Return True for a section found with text: a part's heading naming a section, with
    only sub-headings under it (`PART B – ASSESSMENT` over `About Corinne`, `Our
    understanding`), found none, and its place is still to fill."""
    found = raw.fields.get(name)
    return found is not None and bool(found.text.strip())


def _fill(raw: RawRecord, name: str, heading: Orphan) -> None:
    raw.adopt(heading, RawField(name, heading.text, heading.page, list(heading.parts), via="order"))
