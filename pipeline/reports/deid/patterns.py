"""The de-identifier's words (read from the vocabulary, `schemas/vocabulary/`) and names folded into keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from pipeline.specs import SchemaSet, load_schemas
from pipeline.vocabulary import CALENDARS, Vocabulary, load_vocabulary

SpanKind = Literal["email", "nik", "phone", "birth_date", "address", "name"]
Role = Literal["client", "worker", "other"]

# Overlapping findings: the kind listed first wins (an e-mail holds a name, an
# address holds a street named after a person, a NIK looks like a long phone).
KIND_PRIORITY: tuple[SpanKind, ...] = ("email", "nik", "phone", "birth_date", "address", "name")
PLACEHOLDERS: Mapping[SpanKind, str] = {
    "email": "[EMAIL]",
    "nik": "[NIK]",
    "phone": "[TELEPON]",
    "birth_date": "[TGL-LAHIR]",
    "address": "[ALAMAT]",
}

# `x-identifies` of a person field -> the role its pseudonym is named after.
PERSON_ROLES: Mapping[str, Role] = {"client": "client", "worker": "worker", "person": "other"}
PLACE_GROUPS = ("institutions", "places")  # groups of non_name_words whose neighbours name places
# Role words ("Klien", "Ayah") are never searched alone even when a name field holds one;
# other non-name words are, when a known client or worker bears them as a name.
ROLE_GROUP = "roles"


NAME_FOLD = re.compile(r"[^\w]+|_")

# --- patterns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeidPatterns:
    """The vocabulary's words the de-identifier reads, folded for lookup (lower case unless noted)."""

    honorifics: tuple[str, ...]  # as written, with their dots
    degrees: tuple[str, ...]  # as written
    particles: frozenset[str]
    given_names: frozenset[str]
    non_names: frozenset[str]
    non_name_phrases: tuple[str, ...]  # capitalised phrases that are never names ("Idul Fitri")
    place_words: frozenset[str]  # institution and place words: a bare word beside one names a place
    # Never searched alone as a part of a known name: honorifics, roles, months and days.
    never_parts: frozenset[str]
    abbreviations: frozenset[str]  # short words a "." follows without ending the sentence
    months: Mapping[str, int]  # any spelling, lower case -> 1..12
    month_styles: Mapping[str, tuple[str, ...]]  # style -> 12 spellings
    weekdays: Mapping[str, int]  # any spelling, lower case -> 0..6 (Monday first)
    weekday_styles: Mapping[str, tuple[str, ...]]
    street_prefixes: tuple[str, ...]
    inner_keywords: tuple[str, ...]
    street_suffixes: tuple[str, ...]
    birth_cues: tuple[str, ...]
    name_label_words: frozenset[str]
    # From the schemas' `x-identifies` annotations, not from the word lists:
    person_fields: Mapping[str, Role]  # field name -> role of the person it names
    case_fields: tuple[str, ...]
    whole_value_fields: Mapping[str, SpanKind]  # field whose whole value is one identifying span

    @property
    def honorific_words(self) -> frozenset[str]:
        return frozenset(h.rstrip(".").lower() for h in self.honorifics)


def _styles(vocabulary: Vocabulary, key: str) -> dict[str, tuple[str, ...]]:
    styles = CALENDARS[key][0]
    return {style: tuple(vocabulary.words[key][style]) for style in styles}


def load_patterns(
    vocabulary: Vocabulary | None = None, schemas: SchemaSet | None = None
) -> DeidPatterns:
    """Return the de-identifier's words from `vocabulary` (the shipped one when None).

    Which fields identify whom comes from the `x-identifies` annotations of `schemas`
    (the shipped ones when None).
    """
    vocabulary = vocabulary or load_vocabulary()
    words = vocabulary.words
    groups: Mapping[str, list[str]] = words["non_name_words"]
    address: Mapping[str, list[str]] = words["address"]
    # Weekdays are numbered from 0 (Monday), as `datetime.weekday` does; months 1..12.
    months = vocabulary.spellings("months")
    weekdays = {name: number - 1 for name, number in vocabulary.spellings("weekdays").items()}
    identifying = (schemas or load_schemas()).identifying_fields()
    honorifics = vocabulary.all_words("honorifics")
    non_names = {w.lower() for group in groups.values() for w in group}
    cue_words = {w.lower() for cue in words["birth_date_cues"] for w in re.findall(r"\w+", cue)}
    non_names |= (
        {h.rstrip(".").lower() for h in honorifics} | set(months) | set(weekdays) | cue_words
    )
    place_words = {w.lower() for group in PLACE_GROUPS for w in groups.get(group, ())}
    never_parts = {h.rstrip(".").lower() for h in honorifics} | set(months) | set(weekdays)
    never_parts |= {w.lower() for w in groups.get(ROLE_GROUP, ())}
    given = frozenset(w.lower() for w in words["given_names"]) - non_names
    return DeidPatterns(
        honorifics=honorifics,
        degrees=tuple(words["degrees"]),
        particles=frozenset(w.lower() for w in words["name_particles"]),
        given_names=given,
        non_names=frozenset(non_names),
        non_name_phrases=tuple(words["non_name_phrases"]),
        place_words=frozenset(place_words),
        never_parts=frozenset(never_parts),
        abbreviations=frozenset(
            short.lower()
            for by_language in words["abbreviations"].values()
            for short in by_language
        ),
        months=months,
        month_styles=_styles(vocabulary, "months"),
        weekdays=weekdays,
        weekday_styles=_styles(vocabulary, "weekdays"),
        street_prefixes=tuple(address["street_prefixes"]),
        inner_keywords=tuple(address["inner_keywords"]),
        street_suffixes=tuple(address["street_suffixes"]),
        birth_cues=tuple(words["birth_date_cues"]),
        name_label_words=frozenset(w.lower() for w in words["name_label_words"]),
        person_fields={
            name: PERSON_ROLES[what] for name, what in identifying.items() if what in PERSON_ROLES
        },
        case_fields=tuple(name for name, what in identifying.items() if what == "case"),
        whole_value_fields={
            name: what for name, what in identifying.items() if what in ("address", "birth_date")
        },
    )


def schema_words(schemas: SchemaSet) -> frozenset[str]:
    """Return every word of the schemas' labels, synonyms and titles: headings are not names."""
    texts: list[str] = []
    for spec in schemas.records.values():
        texts += [*spec.label.values(), *(t for titles in spec.titles.values() for t in titles)]
        for field_spec in (*spec.fields, *(sub for f in spec.fields for sub in f.entry_fields)):
            texts += [*field_spec.label.values(), *field_spec.all_synonyms()]
        if spec.period is not None:
            texts += [s for words in spec.period.synonyms.values() for s in words]
    return frozenset(w.lower() for text in texts for w in re.findall(r"[^\W\d_]{2,}", text))


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of `words`, longest first so `Jln.` wins over `Jl`."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- names as keys --------------------------------------------------------------------------------


def fold_name(text: str) -> str:
    """Return the key of a name: no accents, lower case, words joined by one space.

    This is deliberately simpler than `normalize.fold_words` (no OCR folds): two
    people whose names differ by one letter must keep different pseudonyms.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(NAME_FOLD.sub(" ", plain.casefold()).split())


def name_key(text: str, patterns: DeidPatterns) -> str:
    """Return the key of a person's name as written: honorifics and degrees dropped, then folded.

    `"Ibu Sri Wahyuni, S.Sos."` and `"SRI WAHYUNI"` both give `"sri wahyuni"`;
    an empty string means the text holds no name word.
    """
    core = split_honorifics(text, patterns)[1].split(",")[0]
    degrees = {fold_name(d) for d in patterns.degrees}
    words = [w for w in fold_name(core).split() if w not in degrees]
    return " ".join(words)


def split_honorifics(text: str, patterns: DeidPatterns) -> tuple[str, str]:
    """Return (leading honorifics as written, the rest) of a name such as "Bapak Drs. Ahmad Fauzi"."""
    lead = re.compile(rf"^\s*(?:{alternation(patterns.honorifics)})(?=\s|$)\.?\s*", re.IGNORECASE)
    rest, taken = text, ""
    while match := lead.match(rest):
        if not rest[match.end() :].strip():
            break  # the honorific is all there is: keep it as the value's text
        taken += match.group()
        rest = rest[match.end() :]
    return taken.strip(), rest.strip()
