"""The text the classifier gives the field model with a heading or label nobody listed.

A heading is read with the start of the text under it; a run-in heading (`How I understand
it: The difficulties appear…`) with its paragraph, when that reads as a section's text; and
the model answers among the fields of a kind, each owned by some record types.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import takewhile

from pipeline.extract.fieldmodel import BODY_WORDS
from pipeline.extract.lines import Line, numbered_part
from pipeline.heading import run_in_text_shaped
from pipeline.specs import SchemaSet


def fields_owned(schemas: SchemaSet, sections: bool) -> dict[str, set[str]]:
    """Return each section (narrative or list) field's name, or else each short field's (a
    name, a date, a code), -> the types that have it: what the model names."""
    found: dict[str, set[str]] = defaultdict(set)
    for record_type, spec in schemas.records.items():
        for field in spec.fields:
            if (field.kind in ("narrative", "list")) == sections and field.kind != "entries":
                found[field.name].add(record_type)
    return found


def text_under(lines: list[Line], position: int) -> str:
    """Return the start of the text under a heading: the lines up to the next heading."""
    words: list[str] = []
    for line in lines[position + 1 :]:
        if line.heading_like or len(words) >= BODY_WORDS:
            break
        words += line.text.split()
    return " ".join(words[:BODY_WORDS])


def run_in_text(lines: list[Line], position: int, label: str, value: str) -> str | None:
    """Return the paragraph a label line opens (its value and the lines of its block after it)
    when it reads as a run-in heading's section: a capitalised label, and on its line a
    capitalised start and a sentence's words (not `Student ____ Field Instructor ____`, a
    sentence going on after a colon, nor OCR's `bat : Pekerja Sosial` of a cut label), and
    not a numbered part of some text (`Example #1: Situation: Participant came …`)."""
    if not (label[:1].isupper() and run_in_text_shaped(value)) or numbered_part(label, value):
        return None
    block = lines[position].block
    rest = takewhile(lambda line: line.block == block, lines[position + 1 :])
    return " ".join([value, *(line.text for line in rest)])
