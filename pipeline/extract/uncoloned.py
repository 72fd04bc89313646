"""Labels whose colon OCR lost or misread: `Tanggal Penerimaan 15 Juli 2024`, `Nama Klien
Sdr. Eko`, `Status Kasus 1 Aktif`. A line opening with a field's phrase is read as that label
and its value when the value proves it (a date, an enumerated word) or, in the record's
header, when the label is plain (`sections.py`, step 5).
"""

from __future__ import annotations

import re

from pipeline.extract.assemble import Assembly
from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import COLUMN_GAP, Line
from pipeline.extract.normalize import find_dates, normalise_enum
from pipeline.specs import PERSONS, FieldSpec

# What OCR makes of a colon before a label's value: a lone mark ("I" is left alone: "I Gede").
_MISREAD_COLON = re.compile(r"^\s*(?:[:;|!.]|[1l](?=\s))\s*")
# A label and a date with no colon between them make a short line.
MAX_UNCOLONED_WORDS = 10
# A label's value this long, with no date or name in it, is a section's text on its label's line.
MIN_PROSE_VALUE_WORDS = 4


def label_without_colon(asm: Assembly, matcher: FieldMatcher, line: Line) -> bool:
    """Read a label whose colon OCR lost or misread (`Tanggal Penerimaan 15 Juli 2024`,
    `Status Kasus 1 Aktif`), but only when the value proves it: a date, or an enumerated word."""
    if line.n_words > MAX_UNCOLONED_WORDS or asm.in_dialogue():
        return False
    if line.numbering and not line.numbered:
        return False  # a bulleted item of a list, not a form's label
    if not matcher.opens_with_field(line.key.words):
        return False  # no field's phrase opens the line, so no label does
    if matcher.names_field_whole(line.key.words):
        return False  # the whole line names a field: a heading, not a label and its value
    connectors = matcher.vocabulary.heading_connectors
    for found, cut, label, rest in matcher.uncoloned_labels(line.text):
        value = _MISREAD_COLON.sub("", rest, count=1)
        edges = (label.split()[-1:], value.split()[:1])
        if any(w[0].casefold() in connectors for w in edges if w):
            continue  # `Purpose of the interview and how it was arranged`: one phrase
        proven = (found.kind in ("date", "dates") and find_dates(value)) or (
            found.values and normalise_enum(value, found.values)
        )
        if not proven and not _header_label(asm, line, found, cut, value):
            continue
        if found.identifies in PERSONS and found.kind == "text":
            # `Dicatat oleh Yusuf Hamdani, S.Sos., pendamping KAT, setelah …`: the name
            value = matcher.people.leading_name(value) or value
        asm.flush_turns()
        if found.kind == "narrative":
            asm.open(found, label, line.page, None).add(value, line.block)
        else:
            asm.set_value(found, label, value, line.page)
        return True
    return False


def _header_label(
    asm: Assembly, line: Line, found: FieldSpec, label_words: int, value: str
) -> bool:
    """Return True when `Nama Klien Sdr. Eko` (no colon) can be read as a label in the header.

    Before any section opens, lines are the record's header: a field named
    by two or more words, or by one word before a capitalised value, that
    has no value yet, takes the rest of the line.
    """
    if asm.section is not None or not value or found.name in asm.raw.fields:
        return False
    if line.styled_heading and not COLUMN_GAP.search(line.text):
        return False  # "Caseworker Field Diary" set as a heading is a title, not a label
    if not asm.seen_title or line.letterhead_key in asm.letterhead:
        return False  # a letterhead line ("LEMBAGA PERLINDUNGAN ANAK …") is a name, not a label
    if found.kind not in ("text", "integer", "narrative"):
        return False
    if found.kind == "narrative" and len(value.split()) < MIN_PROSE_VALUE_WORDS:
        return False  # `Pendahuluan Wawancara`: a heading's words, not a section's first text
    return label_words >= 2 or value[:1].isupper()
