"""Share out a record written as running prose among the sections its paragraphs speak of.

A note written as a letter or a story (`Kunjungan ini dilakukan pada …`, then what
happened, what it means, what comes next) has one heading at most, so the walk
gives every paragraph to one section. When that section, the record's only one,
holds several paragraphs and sections after it are empty, each paragraph is read alone by the
classifier, and the paragraphs are cut into runs, in the order the schema lists
the sections, that the classifier finds likeliest (a monotone segmentation, as
`section_order.py` aligns headings). The first run stays with the section the
walk gave; each later run fills an empty section (`via` "model"). A record whose
paragraphs all read as one section is left as it is. A record with no heading at all, its
prose one passage of several paragraphs, is cut the same way among all its sections, the
first run wherever the classifier reads it.
"""

from __future__ import annotations

import math

from pipeline.extract.assemble import RawField, RawRecord
from pipeline.extract.fieldmodel import FieldModel
from pipeline.specs import RecordSpec

# A run-on section is at least this many paragraphs; fewer are one section's.
MIN_PARAGRAPHS = 3
# A paragraph this short says too little to be placed alone.
MIN_PARAGRAPH_WORDS = 8
_FLOOR = 1e-9


def share_run_on(raw: RawRecord, spec: RecordSpec, model: FieldModel | None) -> None:
    """Split the record's one run-on section among the empty sections, in place."""
    names = [f.name for f in spec.fields if f.kind == "narrative"]
    filled = [raw.fields[n] for n in names if n in raw.fields]
    if model is not None and not filled:
        _headless(raw, names, model)
        return
    if model is None or len(filled) != 1:
        return
    section = filled[0]
    paragraphs = [p for p in section.parts if p.strip()]
    if len(paragraphs) < MIN_PARAGRAPHS or any(
        len(p.split()) < MIN_PARAGRAPH_WORDS for p in paragraphs
    ):
        return
    start = names.index(section.name)
    allowed = [section.name, *(n for n in names[start + 1 :] if n not in raw.fields)]
    if len(allowed) < 2:
        return
    runs = _segment([model.probabilities("", p) for p in paragraphs], allowed)
    if len(set(runs)) < 2:
        return
    section.parts = [p for p, name in zip(paragraphs, runs, strict=True) if name == section.name]
    for name in dict.fromkeys(runs):
        if name != section.name:
            taken = [p for p, n in zip(paragraphs, runs, strict=True) if n == name]
            raw.fields[name] = RawField(name, section.label, section.page, taken, via="model")


def _headless(raw: RawRecord, names: list[str], model: FieldModel) -> None:
    """Share out a record written with no heading at all (a letter: `I met with Rosa Delgado
    on March 4 …`, then what happened), its prose one passage of several paragraphs, among
    all its sections in the schema's order, the first run wherever the classifier reads it.
    Short lines of the passage (a date, a reference) are no section's text."""
    passages = [o for o in raw.orphans if o.kind == "passage"]
    if len(names) < 2 or len(passages) != 1 or raw.sections:
        return
    paragraphs = [p for p in passages[0].parts if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return
    runs = _segment([model.probabilities("", p) for p in paragraphs], names, anywhere=True)
    passage = passages[0]
    for name in dict.fromkeys(runs):
        taken = [p for p, n in zip(paragraphs, runs, strict=True) if n == name]
        section = RawField(name, passage.text, passage.page, taken, via="model")
        if passage in raw.orphans:
            raw.adopt(passage, section)
        else:
            raw.fields[name] = section
        raw.sections.append(section)


def _segment(
    readings: list[dict[str, float]], allowed: list[str], anywhere: bool = False
) -> list[str]:
    """Return, per paragraph, the section of the likeliest cut into runs in `allowed` order:
    paragraph i's section is at or after paragraph i-1's (Viterbi over a left-to-right chain).
    The first run is the walk's section (`allowed[0]`), or with `anywhere` any of them."""
    logs = [[math.log(max(r.get(n, 0.0), _FLOOR)) for n in allowed] for r in readings]
    best = logs[0] if anywhere else [logs[0][0]] + [-math.inf] * (len(allowed) - 1)
    back: list[list[int]] = []
    for row in logs[1:]:
        step, came = [], []
        for j in range(len(allowed)):
            k = max(range(j + 1), key=lambda i: best[i])
            step.append(best[k] + row[j])
            came.append(k)
        best = step
        back.append(came)
    j = max(range(len(allowed)), key=lambda i: best[i])
    path = [j]
    for came in reversed(back):
        j = came[j]
        path.append(j)
    return [allowed[j] for j in reversed(path)]
