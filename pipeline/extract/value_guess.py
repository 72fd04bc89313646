"""Read a `Label: value` line that no synonym or stem names from its value.

A whole date or a small number can only be a field of that kind, a name opening
with an honorific a client's or worker's (`x-identifies`), a name with a degree
after it the worker's, a code of capitals and digits the case's, an address or
an agency's name the field of that shape, a few words naming an enumeration's
value that field's; the classifier reads the label among what is left ("model").
A named label later in the record outranks any of these (`assemble.set_value`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from pipeline.extract.addresses import is_agency_name, is_place, is_sex, is_street_address
from pipeline.extract.assemble import SECTION_KINDS, RawField, RawRecord
from pipeline.extract.codes import is_case_code
from pipeline.extract.field_matcher import FieldMatcher, Mapped
from pipeline.extract.lines import COUNT_ONLY
from pipeline.extract.matching import PARENTHETICAL
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    folded_phrases,
    is_yearless_date,
    normalise_enum,
    parse_dates,
)
from pipeline.extract.stems import own_stems_of, stems_of
from pipeline.extract.tick_boxes import ticked
from pipeline.specs import PERSONS, FieldSpec

# A label's value read as a whole date is the date and little else ("Senin, 5 Maret 2024").
MAX_DATE_VALUE_WORDS = 6
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")

_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b.*\d{4}|\d{4}.*\b\d{1,2}\b")
# A value the classifier may give to a text field by its label is this short (a sex, a
# referral's source, a place), not a sentence.
MAX_TEXT_GUESS_WORDS = 8
# A value read as an enumeration's is a few words (`Sub-county level (district)`).
MAX_ENUM_VALUE_WORDS = 4
# Between dates, only joiners this short are left (`dan`, `and`, `s.d`).
MAX_JOINER_LETTERS = 3
_GLOSS = re.compile(r"\s[–—-]\s|;")


def _value_kinds(value: str) -> frozenset[str]:
    """Return the field kinds a label's value can only be: a whole date, or a small number."""
    value = value.strip()
    if _SMALL_NUMBER.match(value):
        return frozenset({"integer"})
    dates = find_dates(value)
    if (
        len(value.split()) <= MAX_DATE_VALUE_WORDS
        and dates
        and _DAY.search(value[dates[0][1] : dates[0][2]])
    ):
        return frozenset({"date", "dates"})
    return frozenset()


def guess_from_value(
    matcher: FieldMatcher, words: tuple[str, ...], value: str, taken: Collection[str]
) -> Mapped | None:
    """Return the field a label no synonym or stem names holds, read from its value.

    A whole date (a day, a month and a year) can only be one of the type's date
    fields and a bare small number one of its integer fields; the classifier reads
    the label among those not yet filled, and must name the same field reading it
    among every field a short value fills. A label that names a field of another
    type (`Tanggal Lahir` in a process record) is left unmatched.
    """
    if not words:
        return None
    value = ticked(value)  # `[ ] District [x] Province / Region`: the option ticked is the value
    # Several dates can be only a field of several dates's, whatever else the label may
    # name in another type (`Pertemuan`, a process record's session number) or by a word of
    # its own (`Seen`, a word of `Where seen`).
    several = [f for f in matcher.spec.fields if f.kind == "dates" and f.name not in taken]
    if len(several) == 1 and _several_dates(matcher, value):
        return Mapped(several[0], "value")
    # `Pertemuan I : Selasa, 2 April 2024` / `Pertemuan II : …`: numbered meetings' dates are
    # the dates of several, one label each (`assemble.set_value` gathers them).
    series = [f for f in matcher.spec.fields if f.kind == "dates"]
    if len(series) == 1 and _numbered(words) and len(parse_dates(value)) == 1:
        return Mapped(series[0], "value")
    own = _own_word_field(matcher, words, value, taken)
    if own is not None:
        return Mapped(own, "stem")
    # A reference code (`PH-JKT-2023-031`) under a label nobody listed (`Case #`, `Client
    # ID`, `Nomor Induk Penerima Manfaat`) is the case's number, the one code a record has.
    coded = [f for f in matcher.spec.fields if f.identifies == "case" and f.name not in taken]
    numbered = _NUMBER_ONLY.match(value) and _ends_with_identifier(matcher, words)
    if (
        len(coded) == 1
        and (is_case_code(value) or numbered)
        and not matcher.names_another_type(words)
    ):
        return Mapped(coded[0], "value")
    # A name with a degree after it (`Endah Wibowo, S.Sos., M.Si.`) under a label nobody
    # listed (`Nama Petugas`, `Pencatat`) is the worker's: clients' names carry none.
    workers = [f for f in matcher.spec.fields if f.identifies == "worker" and f.name not in taken]
    professional = matcher.people.is_professional(value)
    # (`Interviewer` stems as a process record's interview, a narrative: no name's field)
    if len(workers) == 1 and professional and not matcher.names_another_type(words, ("text",)):
        return Mapped(workers[0], "value")
    label = " ".join(words)
    shaped = [
        f
        for f in matcher.spec.fields
        if f.name not in taken
        and (
            (f.shape == "address" and is_street_address(value, matcher.vocabulary))
            or (f.shape == "agency" and is_agency_name(label, value, matcher.vocabulary))
            or (f.shape == "sex" and is_sex(value, matcher.vocabulary))
        )
    ]
    if len(shaped) == 1 and not matcher.names_another_type(words):
        return Mapped(shaped[0], "value")
    # `Area of operation: Sub-county level (district) – Ruwani`: a few words, an aside
    # and a gloss apart, naming one value of one enumeration not yet filled (an agency's
    # name of many words holding `Pusat` is none).
    head = _GLOSS.split(PARENTHETICAL.sub(" ", value))[0]
    enumerated = [
        f
        for f in matcher.spec.fields
        if f.values
        and f.name not in taken
        and len(head.split()) <= MAX_ENUM_VALUE_WORDS
        and normalise_enum(value, f.values)
    ]
    if len(enumerated) == 1 and not matcher.names_another_type(words):
        return Mapped(enumerated[0], "value")
    if matcher.cascade.model is None or is_yearless_date(value.strip()):
        return None
    kinds = _value_kinds(value)
    identities = _identities(matcher, value)
    allowed = [
        f.name
        for f in matcher.spec.fields
        if (f.kind in kinds or (f.kind == "text" and f.identifies in identities))
        and f.name not in taken
    ]
    if not kinds and not identities and len(value.split()) <= MAX_TEXT_GUESS_WORDS:
        # A few words with no date, count, name or code (`Perempuan`, `Dinas Sosial Kota
        # Denpasar`) can only be a text field with no shape of its own, or one whose shape
        # they fit (a place); an agency's name needs a label that says so (above).
        allowed = [
            f.name
            for f in matcher.spec.fields
            if f.kind == "text"
            and f.identifies is None
            and not f.values  # an enumeration's values are read above
            and f.name not in taken
            and (f.shape is None or value_fits(matcher, f, value))
        ]
    if not allowed or matcher.names_another_type(words):
        return None
    # The value only rules fields out: read among every field a short value fills, the
    # label itself must name the same one ("Hari Kejadian", the day of an incident, does
    # not name the interview's date).
    prediction = matcher.cascade.model.predict_agreed(label, "", allowed, matcher.short_value_names)
    return Mapped(matcher.spec.field(prediction.field), "model") if prediction else None


# A record's number in figures alone (`HMIS ID: 220415`).
_NUMBER_ONLY = re.compile(r"^\s*\d{3,12}\s*$")


def _ends_with_identifier(matcher: FieldMatcher, words: tuple[str, ...]) -> bool:
    """Return True for a label ending in an identifier word (`HMIS ID`, `Client number`) and
    holding no word of a label of no field (`Phone No`, `NIK`): a record's own number."""
    vocabulary = matcher.vocabulary
    others = folded_phrases(vocabulary.other_label_words)
    return (
        bool(words)
        and words[-1] in folded_phrases(vocabulary.identifier_words)
        and not any(w in others for w in words[:-1])
    )


def _own_word_field(
    matcher: FieldMatcher, words: tuple[str, ...], value: str, taken: Collection[str]
) -> FieldSpec | None:
    """Return the one field not yet filled that the label names by a word of its own (a
    stem no other field of the type uses: `Allocated practitioner`) and whose value has a
    shape only that field's have (a person's name, a case's code)."""
    if matcher.cascade.stems is None or matcher.names_another_type(words):
        return None
    stems = stems_of(words)
    fits = [
        f
        for f in matcher.spec.fields
        if f.name not in taken
        and stems & own_stems_of(matcher.spec).get(f.name, frozenset())
        and value_fits(matcher, f, value)
    ]
    return fits[0] if len(fits) == 1 else None


def value_fits(matcher: FieldMatcher, spec: FieldSpec, value: str) -> bool:
    """Return True when `value` has the shape of what `spec` holds, for the fields whose
    values have a shape of their own (`x-shape`): a person's name, a case's code, an
    address, an agency's name, a place written as a name, not a sentence. (A date or a count
    fits many fields: `Hari Kejadian`, an incident's day, shares `hari` with the
    interview's date; the classifier reads those, `guess_from_value`.)"""
    if spec.kind == "text" and spec.identifies in PERSONS:
        return matcher.people.is_person_name(value)
    if spec.kind == "text" and spec.identifies == "case":
        return is_case_code(value)
    if spec.shape == "address":
        return is_street_address(value, matcher.vocabulary)
    if spec.shape == "sex":
        return is_sex(value, matcher.vocabulary)
    if spec.shape == "place":
        # `Ms. Nur Permana` names whom, `2nd April 2024` when
        return is_place(value) and not _identities(matcher, value) and not _value_kinds(value)
    return False


def misplaced_value(matcher: FieldMatcher, mapped: Mapped, label: str, value: str) -> bool:
    """Return True for a label's value that is not what the field its label names holds:
    a person's name opens no section and starts no period (`Interview with: Mr. Henrik
    Solvang`, a memo's `FROM: Tamika Brooks`), a count under a number's sign is no section's
    text (`Interview #: 3`), and a date alone is no section a stem or the classifier tied the
    label to (`Exited : 30/11/2023` is when the case closed, not how)."""
    kind = mapped.spec.kind
    return (
        (kind not in ("text", "integer") and matcher.people.is_person_name(value))
        or (kind in SECTION_KINDS and "#" in label and bool(COUNT_ONLY.match(value)))
        or (kind in SECTION_KINDS and mapped.via != "synonym" and "date" in _value_kinds(value))
    )


# A label's number: a figure, a Roman numeral, `ke-3`, `#2`.
_ORDINAL = re.compile(r"^(?:\d{1,2}|[ivx]{1,4})$")


def _numbered(words: tuple[str, ...]) -> bool:
    """Return True for a label of words and a number (`Pertemuan II`, `Session 3`, `Kunjungan
    ke 2`)."""
    return len(words) >= 2 and words[0].isalpha() and bool(_ORDINAL.match(words[-1]))


def _several_dates(matcher: FieldMatcher, value: str) -> bool:
    """Return True for a list of dates (`5, 12 dan 19 Maret 2024`), not a period's two ends:
    only a field of several dates holds one."""
    return len(parse_dates(value)) >= 2 and not matcher.is_period_value(value)


def _identities(matcher: FieldMatcher, value: str) -> frozenset[str]:
    """Return whom a label's value can only name: a person (`Ibu Sari`, opening with an
    honorific) is a client or a worker; a code (`045/PS-BDG/II/2022`) is a case."""
    if matcher.people.is_professional(value):
        return frozenset({"worker"})
    if matcher.people.has_honorific(value):
        return frozenset({"client", "worker"})
    if is_case_code(value):
        return frozenset({"case"})
    return frozenset()


def is_bare_value(matcher: FieldMatcher, text: str) -> bool:
    """Return True for text under a heading that is a value, not a section's text: dates
    (`12 Maret 2025 dan 19 Maret 2025`), a person's name, or a few words naming one value of
    an enumeration of the type (`Masih berjalan`, a case's status); the heading is its label."""
    if not text or len(text.split()) > MAX_TEXT_GUESS_WORDS:
        return False
    rest = text
    for _, start, end in reversed(find_dates(text)):
        rest = rest[:start] + " " + rest[end:]
    dated = rest != text and not [w for w in fold_words(rest) if len(w) > MAX_JOINER_LETTERS]
    enumerated = len(text.split()) <= MAX_ENUM_VALUE_WORDS and any(
        f.values and normalise_enum(text, f.values) for f in matcher.spec.fields
    )
    return dated or enumerated or matcher.people.is_person_name(text)


def headings_over_values(raw: RawRecord, matcher: FieldMatcher) -> None:
    """Read an unmatched heading over one short line as a label over its value (`Kapan saja
    pertemuan dilakukan?` over `2 Oktober 2024 dan 4 Oktober 2024`), and an unmatched label
    again with its value's wrapped line (`Kunjungan: 9 April` / `2024 dan 16 April 2024`),
    in place; a value fills a name, date or code field, never a section."""
    unread = [o for o in raw.orphans if o.kind == "heading" or (o.kind == "label" and o.wrapped)]
    for orphan in unread:
        parts = [p for p in orphan.parts if p.strip()]
        if len(parts) != 1 or len(parts[0].split()) > MAX_TEXT_GUESS_WORDS:
            continue
        value = parts[0].strip()
        mapped = guess_from_value(matcher, tuple(fold_words(orphan.text)), value, raw.fields)
        if mapped is None or mapped.spec.kind in SECTION_KINDS:
            continue
        field = RawField(mapped.spec.name, orphan.text, orphan.page, [value], via=mapped.via)
        raw.adopt(orphan, field)
