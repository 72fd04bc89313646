"""Whether a value is a street address, an agency's name, a place or a sex, by its shape: the value a label
nobody listed holds can show whose field it is (`x-shape`, read by `field_matcher.py`)."""

from __future__ import annotations

import re

from pipeline.extract.normalize import fold_words, folded_phrases
from pipeline.vocabulary import Vocabulary

# A neighbourhood unit's number in an Indonesian address: "RT 02/RW 05", "RT.003".
_NEIGHBOURHOOD = re.compile(r"\bRT\.?\s*\d{1,3}\b")
_DIGIT = re.compile(r"\d")
# What a sentence has and a name, an address or a place has not (shared with field_matcher).
SENTENCE_MARKS = ("?", "!", '"', "\u201c", "\u201d")
# "24 Upper Wickham Lane": a street's word comes within a few words of the house number.
MAX_STREET_WORDS = 5


def is_street_address(value: str, vocabulary: Vocabulary) -> bool:
    """Return True for a street address: a street word then a number (`Jl. Raya Cibadak KM 3
    No. 88`), a neighbourhood unit (`Kampung Cikukulu RT 02/RW 05`), or a house number and a
    street (`24 Baker Street`); a place alone (`Kecamatan Kalasan`) is no address."""
    # As written, not folded: folding spells abbreviations out ("Jl." is read as a word).
    words = [w.strip(".,:;").casefold() for w in value.split()]
    if not words or not _DIGIT.search(value) or any(m in value for m in SENTENCE_MARKS):
        return False
    if words[0] in vocabulary.street_prefixes or _NEIGHBOURHOOD.search(value):
        return True
    suffixes = vocabulary.street_suffixes
    return words[0].isdigit() and any(w in suffixes for w in words[1:MAX_STREET_WORDS])


def is_place_list(line: str, vocabulary: Vocabulary) -> bool:
    """Return True for places listed between commas, one named by its unit (`Hunian sementara
    Desa Sukamulya, Cugenang, Cianjur`, `Kel. Balaroa, Kec. Palu Barat, Kota Palu`): an
    address without a number, as letterheads of villages and camps write it."""
    if "," not in line or any(m in line for m in SENTENCE_MARKS) or line.rstrip().endswith("."):
        return False
    units = vocabulary.street_prefixes
    return any(w[:1].isupper() and w.strip(".,").casefold() in units for w in line.split())


# An agency's name is a few capitalised words ("Riverbend Family Support Service").
MAX_AGENCY_WORDS = 12


def is_agency_name(label: str, value: str, vocabulary: Vocabulary) -> bool:
    """Return True for an agency's name under a label that says it is one: both hold an agency
    word (`Service: Riverbend Family Support Service`, `Field agency: Lakeside County
    Department of Human Services`). A school or clinic named under another label (`Rujukan
    dari: Puskesmas Cibeber`) is a referral, not the record's agency."""
    agency_words = vocabulary.letterhead_agency_words
    words = value.split()
    if not words or len(words) > MAX_AGENCY_WORDS or any(m in value for m in SENTENCE_MARKS):
        return False
    # The label may come folded (`iembaga praktik`: OCR's slips undone), so fold both sides.
    if not any(w in folded_phrases(agency_words) for w in fold_words(label)):
        return False
    return words[0][:1].isupper() and any(w.strip(".,()").casefold() in agency_words for w in words)


def is_sex(value: str, vocabulary: Vocabulary) -> bool:
    """Return True for a value naming a sex, whole (`Laki-laki`, `Female`, `P`): only the
    client's sex holds one (`x-shape: sex`)."""
    return value.strip().rstrip(".").casefold() in vocabulary.sex_words


# A place is named in a few words ("Pelita Hati office, counselling room 2").
MAX_PLACE_WORDS = 12


def is_place(value: str) -> bool:
    """Return True for a value written as a place's name, not a sentence: a few words opening
    with a capital or a figure, or naming one after a comma (`family room, Cedar Ward`), no
    question or quotation, no full stop at its end. Only a label that names the place field by
    a word of its own is read so (`field_matcher`)."""
    text = value.strip()
    words = text.split()
    named_after = text.partition(",")[2].strip()[:1].isupper()
    return (
        0 < len(words) <= MAX_PLACE_WORDS
        and (text[:1].isupper() or text[:1].isdigit() or named_after)
        and not text.endswith(".")
        and not any(m in text for m in SENTENCE_MARKS)
    )
