"""The de-identifier's word lists (`deid_patterns.json`), loaded and checked, and names folded into keys."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pipeline.errors import SchemaError
from pipeline.specs import SchemaSet, load_schemas

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

PATTERNS_FILE = "deid_patterns.json"
# `x-identifies` of a person field -> the role its pseudonym is named after.
PERSON_ROLES: Mapping[str, Role] = {"client": "client", "worker": "worker", "person": "other"}
_PATTERN_KEYS = frozenset(
    {"description", "honorifics", "degrees", "name_particles", "given_names", "non_name_words", "months",
     "weekdays", "address", "non_name_phrases", "birth_date_cues", "name_label_words", "abbreviations"}
)  # fmt: skip
_ADDRESS_KEYS = frozenset({"street_prefixes", "inner_keywords", "street_suffixes"})
_MONTH_STYLES = ("id", "en", "id_short", "en_short")
_WEEKDAY_STYLES = ("id", "en")
PLACE_GROUPS = ("institutions", "places")  # groups of non_name_words whose neighbours name places
# Role words ("Klien", "Ayah") are never searched alone even when a name field holds one;
# other non-name words are, when a known client or worker bears them as a name.
ROLE_GROUP = "roles"


NAME_FOLD = re.compile(r"[^\w]+|_")

# --- patterns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeidPatterns:
    """The word lists of `deid_patterns.json`, folded for lookup (lower case unless noted)."""

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


def _words(data: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise SchemaError(f"{key}: must be a list of non-empty strings", source)
    return tuple(value)


def _numbered(
    data: Mapping[str, Any], key: str, styles: tuple[str, ...], size: int, source: str
) -> tuple[dict[str, int], dict[str, tuple[str, ...]]]:
    section = data.get(key)
    if not isinstance(section, dict):
        raise SchemaError(f"{key}: must map {', '.join(styles)} and 'variants'", source)
    unknown = sorted(set(section) - {*styles, "variants"})
    if unknown:
        raise SchemaError(
            f"{key}: unknown key {unknown[0]!r} (allowed: {', '.join(styles)}, variants)", source
        )
    lookup: dict[str, int] = {}
    spelled: dict[str, tuple[str, ...]] = {}
    for style in styles:
        names = _words(section, style, source)
        if len(names) != size:
            raise SchemaError(f"{key}.{style}: must list {size} names, not {len(names)}", source)
        spelled[style] = names
        for number, name in enumerate(names):
            lookup.setdefault(name.lower(), number)
    variants = section.get("variants", {})
    if not isinstance(variants, dict) or not all(isinstance(v, int) for v in variants.values()):
        raise SchemaError(f"{key}.variants: must map a spelling to its number", source)
    for name, number in variants.items():
        lookup[name.lower()] = number - 1  # variants are numbered from 1, like calendars
    return lookup, spelled


def load_patterns(path: Path | None = None, schemas: SchemaSet | None = None) -> DeidPatterns:
    """Return the shipped de-identification word lists, or those of `path`; `SchemaError` if malformed.

    Which fields identify whom comes from the `x-identifies` annotations of `schemas`
    (the shipped ones when None).
    """
    if path is None:
        source = f"pipeline/{PATTERNS_FILE}"
        text = (
            resources.files("pipeline.reports").joinpath(PATTERNS_FILE).read_text(encoding="utf-8")
        )
    else:
        source = str(path)
        text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"line {exc.lineno}: invalid JSON ({exc.msg})", source) from None
    if not isinstance(data, dict):
        raise SchemaError("must hold a JSON object", source)
    unknown = sorted(set(data) - _PATTERN_KEYS)
    if unknown:
        raise SchemaError(
            f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_PATTERN_KEYS))})", source
        )
    address = data.get("address", {})
    if not isinstance(address, dict) or set(address) - _ADDRESS_KEYS:
        raise SchemaError(f"address: must hold only {', '.join(sorted(_ADDRESS_KEYS))}", source)
    groups = data.get("non_name_words", {})
    if not isinstance(groups, dict):
        raise SchemaError("non_name_words: must map a group name to a list of words", source)
    months, month_styles = _numbered(data, "months", _MONTH_STYLES, 12, source)
    weekdays, weekday_styles = _numbered(data, "weekdays", _WEEKDAY_STYLES, 7, source)
    # Months are stored 0-based by _numbered; dates want 1..12.
    months = {name: number + 1 for name, number in months.items()}
    identifying = (schemas or load_schemas()).identifying_fields()
    honorifics = _words(data, "honorifics", source)
    non_names = {w.lower() for group in groups for w in _words(groups, group, source)}
    cue_words = {
        w.lower()
        for cue in _words(data, "birth_date_cues", source)
        for w in re.findall(r"\w+", cue)
    }
    non_names |= (
        {h.rstrip(".").lower() for h in honorifics} | set(months) | set(weekdays) | cue_words
    )
    place_words = {w.lower() for group in PLACE_GROUPS for w in _words(groups, group, source)}
    never_parts = {h.rstrip(".").lower() for h in honorifics} | set(months) | set(weekdays)
    never_parts |= {w.lower() for w in _words(groups, ROLE_GROUP, source)}
    given = frozenset(w.lower() for w in _words(data, "given_names", source)) - non_names
    return DeidPatterns(
        honorifics=honorifics,
        degrees=_words(data, "degrees", source),
        particles=frozenset(w.lower() for w in _words(data, "name_particles", source)),
        given_names=given,
        non_names=frozenset(non_names),
        non_name_phrases=_words(data, "non_name_phrases", source),
        place_words=frozenset(place_words),
        never_parts=frozenset(never_parts),
        abbreviations=frozenset(w.lower() for w in _words(data, "abbreviations", source)),
        months=months,
        month_styles=month_styles,
        weekdays=weekdays,
        weekday_styles=weekday_styles,
        street_prefixes=_words(address, "street_prefixes", source),
        inner_keywords=_words(address, "inner_keywords", source),
        street_suffixes=_words(address, "street_suffixes", source),
        birth_cues=_words(data, "birth_date_cues", source),
        name_label_words=frozenset(w.lower() for w in _words(data, "name_label_words", source)),
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
