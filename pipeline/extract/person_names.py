"""Tell a value that is one person's name: a client's, a worker's, a professional's.

A label nobody listed is read from its value (`field_matcher`), and a record's
unnamed person labels fill its empty person fields (`elimination`); both ask
whether a value is shaped like a name, carries a degree or opens with an
honorific. The words that rule a name out (agencies', places', attributes'),
the degrees and the particles come from the vocabulary; the values of the
record type's enumerations rule one out too (`Dalam Penanganan` is a state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.addresses import SENTENCE_MARKS
from pipeline.extract.normalize import fold_words, folded_phrases
from pipeline.heading import TRAILING_ASIDE
from pipeline.specs import RecordSpec
from pipeline.vocabulary import Vocabulary

# A person's name is a few capitalised words (`Tomasz Wierzbicki, MSW`, `Y.`).
MAX_PERSON_NAME_WORDS = 5
_NAME_WORD = re.compile(r"^[(\"'\u201c]?[A-Z\u00c0-\u00de][\w.'\u2019-]*[,)]?$")
_DIGIT = re.compile(r"\d")
# A degree follows a name after a comma or a space: `Indah Siregar, S.Sos., M.Si.`
_DEGREE_SPLIT = re.compile(r"[,\s]+")
# Indonesian degrees nobody listed are dotted abbreviations of two parts or more (`A.Md.IP.`,
# `S.Tr.Keb.`, its last stop left off: `A.Md.IP`); a name's initials are single letters (`R.`),
# and a name is no abbreviation.
_DEGREE_SHAPE = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,3}\.)*[A-Z][a-z]{1,3}\.(?:[A-Z][A-Za-z]{0,3}\.)*(?:[A-Z][A-Za-z]{0,3})?$"
)

# English credentials nobody listed are capitals after the name's comma (`Jordan Baptiste,
# CHW`, `LMSW`, `CADC-II`); a name's own words are capitalised, not in capitals throughout.
_CREDENTIAL_SHAPE = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,3})?$")


@lru_cache(maxsize=16)
def _one_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """Return the phrases of one word, folded (every record of a type asks again)."""
    return frozenset(f[0] for f in map(fold_words, phrases) if len(f) == 1)


@dataclass(frozen=True)
class _NameWords:
    """What a person's name is read by, from the vocabulary."""

    excluded: frozenset[str]  # agencies', places' and joining words: no name holds them
    degrees: frozenset[str]  # after a name, a professional's
    particles: frozenset[str]  # lower-case words inside a name: bin, van
    given: frozenset[str]  # the lexicon of given names, case folded


def _degree_key(text: str) -> str:
    return text.casefold().strip(".,")


@lru_cache(maxsize=4)
def _name_words(vocabulary: Vocabulary) -> _NameWords:
    excluded = (
        vocabulary.letterhead_agency_words
        # `Kota`, `City of`; not the article of `a project of`, which may be an initial
        | {
            w
            for phrase in vocabulary.letterhead_parent_words
            if len(phrase.split()) <= 2
            for w in fold_words(phrase)
        }
        | {
            w
            for group in vocabulary.words["non_name_words"].values()
            for w in fold_words(" ".join(group))
        }
        | vocabulary.heading_connectors
    )
    return _NameWords(
        excluded,
        frozenset(_degree_key(d) for d in vocabulary.words["degrees"]),
        frozenset(w.casefold() for w in vocabulary.words["name_particles"]),
        frozenset(w.casefold() for w in vocabulary.words["given_names"]),
    )


# A Roman numeral of two letters or more, or one with a class letter (`VIII-C`, `XI`): a school
# class, a grade or a section's number; a name's `I` (Balinese `I Gede`) stands alone.
_ROMAN_GRADE = re.compile(r"^(?:[IVX]{2,}|[IVX]+-[A-Z0-9]{1,2})$")


class PersonNames:
    """Reads values as people's names, for one record type."""

    def __init__(self, spec: RecordSpec, vocabulary: Vocabulary) -> None:
        self._names = _name_words(vocabulary)
        self.honorifics = folded_phrases(vocabulary.honorifics)
        # Two people joined (`David and Grace Ellison`) by a list separator written as a word
        # between spaces (` dan `, ` and `, ` & `), not a comma: `Budi Santoso, S.Sos.` is one.
        joiners = [s.strip() for s in vocabulary.list_separators if s != s.strip()]
        self._couple = re.compile(
            r"\s+(?:" + "|".join(map(re.escape, joiners)) + r")\s+", re.IGNORECASE
        )
        # `klien berinisial R`, `a client named Ana`: between a role and a name in a sentence
        self.introducers = frozenset(w.casefold() for w in vocabulary.words["name_introducers"])
        # `Status Kasus: Dalam Penanganan` is a state, however capitalised.
        self._enumerated = frozenset(
            tuple(fold_words(phrase))
            for f in spec.fields
            for phrases in f.values.values()
            for phrase in phrases
        )
        # `Team: Intake & Assessment`: a section's one-word name is no one's name.
        self._section_words = _one_words(
            tuple(
                s for f in spec.fields if f.kind in ("narrative", "list") for s in f.all_synonyms()
            )
        )

    def is_person_name(self, value: str) -> bool:
        """Return True for a value shaped like one person's name: a few capitalised words, no
        figure, no sentence mark, no word of an agency, a place or a joining word, not a value
        of one of the type's enumerations (`Amara Mbeki`, `Tomasz Wierzbicki, MSW`; not
        `Kecamatan Kalasan dan Ngemplak`). An aside in brackets after it (`Mia Carter (15)`,
        `Jayden Brooks (Grade 7)`) is no part."""
        value = TRAILING_ASIDE.sub("", value) or value
        words = value.strip().split()
        if not words or len(words) > MAX_PERSON_NAME_WORDS or _DIGIT.search(value):
            return False
        if any(mark in value for mark in SENTENCE_MARKS) or any(map(_ROMAN_GRADE.match, words)):
            return False  # a sentence; a school class or a grade (`VIII-C`), no name
        if tuple(fold_words(value)) in self._enumerated:
            return False
        if any(w in self._section_words for w in fold_words(value)):
            return False
        # An honorific or a degree may hold a word excluded from names elsewhere (`An.`, for
        # `Anak`; the `A` of `A.KS`).
        named = words[1:] if self.has_honorific(value) else words
        named = [w for w in named if not self._is_degree(w)]
        if any(w in self._names.excluded for w in fold_words(" ".join(named))):
            return False
        return all(_NAME_WORD.match(w) or self.is_particle(w) for w in words)

    def names_people(self, value: str) -> bool:
        """Return True for one person's name or two joined (`David and Grace Ellison`, `Bapak
        Hendra dan Ibu Lestari`): a couple is a case's client as often as one person is."""
        if self.is_person_name(value):
            return True
        parts = self._couple.split(value.strip())
        return len(parts) == 2 and all(self.is_person_name(self._unrelated(p)) for p in parts)

    def _unrelated(self, name: str) -> str:
        """Return a name without the word in lower case that says how the person is related
        (`mother Crystal Lowe`, `ibu Sarah`): a role, not a part of the name."""
        first, _, rest = name.partition(" ")
        related = first.islower() and first.casefold() in self._names.excluded
        return rest if related and rest else name

    def leading_name(self, value: str) -> str | None:
        """Return the name that opens `value`, with the degrees after it (`Yusuf Hamdani, S.Sos.,
        pendamping KAT, setelah berbincang` -> `Yusuf Hamdani, S.Sos.`), or None."""
        parts = [p.strip() for p in value.split(",")]
        if not parts or not self.is_person_name(parts[0]):
            return None
        taken = [parts[0]]
        for part in parts[1:]:
            if not part or not all(self._after_comma_degree(w) for w in part.split()):
                break
            taken.append(part)
        return ", ".join(taken)

    def is_professional(self, value: str) -> bool:
        """Return True for a person's name carrying a degree after it (`Kartini Pratama, A.KS`,
        `Dewi Susanti, S.Tr.Sos.`): a worker's, as the records of clients do not write them."""
        parts = [p for p in _DEGREE_SPLIT.split(value.strip()) if p]
        # A degree nobody listed is known by its shape only after a comma: inside a name a
        # dotted word is a title or a particle (`Mrs. June Finch`, `Rosmawati Br. Ginting`).
        after_comma = [p for p in _DEGREE_SPLIT.split(value.partition(",")[2]) if p]
        return (
            len(parts) >= 2
            and (
                any(_degree_key(p) in self._names.degrees for p in parts[1:])
                or any(self._after_comma_degree(p) for p in after_comma)
            )
            and self.is_person_name(value)
        )

    def _is_degree(self, word: str) -> bool:
        word = word.strip(",")
        return _degree_key(word) in self._names.degrees or (
            bool(_DEGREE_SHAPE.match(word)) and not self.is_honorific(word)
        )

    def _after_comma_degree(self, word: str) -> bool:
        """Return True for a degree or a credential written after a name's comma."""
        return self._is_degree(word) or bool(_CREDENTIAL_SHAPE.match(word.strip(",")))

    def is_given_name(self, value: str) -> bool:
        """Return True for one capitalised word of the lexicon of given names (`Wulan`)."""
        word = value.strip()
        return " " not in word and word[:1].isupper() and word.casefold() in self._names.given

    def is_particle(self, word: str) -> bool:
        """Return True for a lower-case word that goes inside a name (`bin`, `van`)."""
        return word.casefold() in self._names.particles

    def is_honorific(self, word: str) -> bool:
        """Return True for one word that is an honorific (`Ibu`, `Sdr.`, `Mr`)."""
        folded = fold_words(word)
        return len(folded) == 1 and folded[0] in self.honorifics

    def has_honorific(self, value: str) -> bool:
        """Return True for a name opening with an honorific (`Ibu Sari`, `An. Budi`, `Mr. Lee`)."""
        words = fold_words(value)
        return len(words) >= 2 and words[0] in self.honorifics and not _DIGIT.search(value)

    def is_titled_name(self, value: str) -> bool:
        """Return True for a name with an honorific or a degree (`Ibu Sari Wulandari`, `Budi,
        S.Sos.`): a person's, as signed, never a heading."""
        return self.is_person_name(value) and (
            self.has_honorific(value) or self.is_professional(value)
        )
