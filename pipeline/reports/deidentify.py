"""De-identification of record values: find identifying spans in text, replace them consistently.

What is found, and which evidence wins where two findings overlap (first wins):
1. e-mail addresses, 2. NIK / KK numbers (16 digits, spaces, dots or dashes
   allowed), 3. phone numbers (+62 / 0… / international, 9–15 digits),
4. exact birth dates (a date a few words after a cue such as `lahir`, `TTL`,
   `born`, or any date equal to the record's own `client_birth_date`),
5. addresses (a street or area word such as `Jl.`, `Gg.`, `Perum`, `Desa`,
   `Kec.` with the rest of its clause, `RT 03/RW 05`, `24 Baker Street`),
6. person names, found by rules over a blank spaCy pipeline's tokens:
   a name after an honorific (`Ibu`, `Bpk.`, `Mrs`, `dr.`…), names already known
   from the records' own `client_name` / `worker_name` fields and each of their
   parts, capitalised words of a given-names lexicon, a value after a name label
   (`Nama Ayah:`), capitalised runs followed by a degree (`, S.Sos.`), and bare
   runs of capitalised words that are not at a sentence start and are not
   known non-name words (months, days, institutions, places, roles, the
   schemas' headings, stop words); with `--spacy-model`, also the PERSON/PER
   (names) and LOC/GPE (addresses) entities of a trained pipeline.

Every word list lives in `deid_patterns.json` beside this module, checked when
loaded. Names become pseudonyms that keep the same number for the same person
everywhere: `[KLIEN-0007]` (a known client), `[PEKERJA-0003]` (a known
worker), `[NAMA-0012]` (anyone else). The number comes from a keyed hash
(HMAC-SHA256 with the export's secret salt) of the folded name; a table beside
the salt keeps the numbers assigned so far, so collisions are resolved once
and for good (see `PseudonymTable`). Other kinds become fixed placeholders
(`[NIK]`, `[TELEPON]`, `[EMAIL]`, `[ALAMAT]`, `[TGL-LAHIR]`). A leading
honorific stays in the text (`Ibu [KLIEN-0007]`); degrees go with the name.

Date shifting (`DateShifter`) moves every full date of a case by one offset
of 1–180 days either way, keyed on the case, keeping each date's spelling.

Nothing here reads or writes files except `load_patterns` (reads), `load_salt`
(reads, or creates the salt) and `PseudonymTable` (reads; `save` writes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from pipeline.errors import DependencyMissing, InputError, SchemaError
from pipeline.specs import SchemaSet
from pipeline.write.atomic import PRIVATE, ensure_dir

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
PSEUDONYM_PREFIX: Mapping[str, str] = {
    "client": "KLIEN",
    "worker": "PEKERJA",
    "other": "NAMA",
    "case": "KASUS",
}
# Counter keys of the de-identification report, one per kind of replacement.
REPORT_KEYS = (
    "name_client", "name_worker", "name_other", "nik", "phone", "email", "address", "birth_date",
    "case_number", "dates_shifted",
)  # fmt: skip

PATTERNS_FILE = "deid_patterns.json"
_PATTERN_KEYS = frozenset(
    {"description", "honorifics", "degrees", "name_particles", "given_names", "non_name_words", "months",
     "weekdays", "address", "non_name_phrases", "birth_date_cues", "name_label_words", "person_fields",
     "case_fields", "whole_value_fields", "abbreviations"}
)  # fmt: skip
_ADDRESS_KEYS = frozenset({"street_prefixes", "inner_keywords", "street_suffixes"})
_MONTH_STYLES = ("id", "en", "id_short", "en_short")
_WEEKDAY_STYLES = ("id", "en")
PLACE_GROUPS = ("institutions", "places")  # groups of non_name_words whose neighbours name places
# Role words ("Klien", "Ayah") are never searched alone even when a name field holds one;
# other non-name words are, when a known client or worker bears them as a name.
ROLE_GROUP = "roles"

SALT_BYTES = 32  # 256 bits: as long as the HMAC-SHA256 key it feeds
MIN_SALT_BYTES = 16  # a shorter salt could be guessed by brute force
PSEUDONYM_SPACE = 10_000  # numbers are printed with 4 digits; past 9999 they grow a digit
MAX_SHIFT_DAYS = 180  # offsets are 1..180 days, earlier or later
MIN_PART_LETTERS = 3  # a known name's part shorter than this ("Ni", "A.") is not searched alone
MAX_NAME_TOKENS = 6  # a run longer than this is a heading or a shouted line, not one name
MAX_LABEL_WORDS = 4  # "Nama Ibu Kandung" is a label; a longer stretch before ":" is a sentence
BIRTH_CUE_WINDOW = 40  # characters (no digit, no line break) between a birth cue and its date
MAX_DATE_CHARS = 40  # "Wednesday, 30th of September, 2024" is 35: a longer span is not one date
PHONE_DIGITS = (9, 15)  # Indonesian landlines have 9+ digits, E.164 numbers at most 15
NAME_FOLD = re.compile(r"[^\w]+|_")
PATH_PUNCTUATION = re.compile(r"[_.-]")  # word separators in file names, read as spaces

# Spans found by regular expressions over the raw text.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 16 digits with at most one space, dot or dash between two digits; no digit may continue it.
NIK = re.compile(r"(?<![\d.-])\d(?:[ .-]?\d){15}(?![ .-]?\d)")
# A phone candidate starts with +, (, 0 or 62 8 and is confirmed by its digit count.
PHONE = re.compile(r"(?<![\w+/.-])(?:\+\s?\d|\(\+?\d|0|62[ .-]?8)[\d() .-]{6,20}\d(?![\d/])")
# A phone candidate that is really a date or a clock range ("05-06-2012", "08.00-10.30").
_NOT_PHONE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{2}[.:]\d{2}\s*-\s*\d{2}[.:]\d{2}$")
# Tokens that may follow an honorific or start a name: letters, inner apostrophes and hyphens.
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_UPPER = "A-ZÀ-ÖØ-Þ"  # capital letters of Latin-1, for address words
_SENTENCE_END = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "”", "(", "-", "–", "—", "•", "*", "·"}
)
_MODEL_NAME_LABELS = frozenset({"PERSON", "PER"})
_MODEL_PLACE_LABELS = frozenset({"LOC", "GPE"})


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


def load_patterns(path: Path | None = None) -> DeidPatterns:
    """Return the shipped de-identification word lists, or those of `path`; `SchemaError` if malformed."""
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
    person_fields: dict[str, Role] = {}
    roles = data.get("person_fields", {})
    for role in roles:
        if role not in ("client", "worker"):
            raise SchemaError(f"person_fields: role must be client or worker, not {role!r}", source)
        person_fields.update({name: cast(Role, role) for name in _words(roles, role, source)})
    whole = data.get("whole_value_fields", {})
    if not isinstance(whole, dict) or any(kind not in PLACEHOLDERS for kind in whole.values()):
        raise SchemaError(
            f"whole_value_fields: must map a field to one of {', '.join(PLACEHOLDERS)}", source
        )
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
        person_fields=person_fields,
        case_fields=_words(data, "case_fields", source),
        whole_value_fields=cast(Mapping[str, SpanKind], dict(whole)),
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


def _alternation(words: Iterable[str]) -> str:
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
    lead = re.compile(rf"^\s*(?:{_alternation(patterns.honorifics)})(?=\s|$)\.?\s*", re.IGNORECASE)
    rest, taken = text, ""
    while match := lead.match(rest):
        if not rest[match.end() :].strip():
            break  # the honorific is all there is: keep it as the value's text
        taken += match.group()
        rest = rest[match.end() :]
    return taken.strip(), rest.strip()


# --- known people -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class KnownPerson:
    """Someone a record names in a person field: the role, the key, and the phrases searched for."""

    role: Literal["client", "worker"]
    key: str
    # The name as written (no honorific or degree), then each long enough word of it.
    phrases: tuple[str, ...]

    @property
    def parts(self) -> frozenset[str]:
        return frozenset(fold_name(p) for p in self.phrases[1:])


@dataclass(frozen=True)
class KnownPeople:
    """Everyone the exported records name in their person fields; clients before workers."""

    people: tuple[KnownPerson, ...] = ()

    @classmethod
    def from_fields(
        cls, records_fields: Iterable[Mapping[str, Any]], patterns: DeidPatterns
    ) -> KnownPeople:
        """Return the people named in the person fields of `records_fields` (entries included)."""
        found: dict[tuple[str, str], KnownPerson] = {}
        for fields in records_fields:
            for role, value in _person_values(fields, patterns):
                key = name_key(value, patterns)
                if not key or (role, key) in found:
                    continue
                core = split_honorifics(value, patterns)[1].split(",")[0].strip()
                words = tuple(
                    w
                    for w in core.split()
                    if sum(c.isalpha() for c in w) >= MIN_PART_LETTERS
                    and fold_name(w) not in patterns.never_parts
                )
                found[(role, key)] = KnownPerson(role, key, (core, *words))
        # "Budi" beside "Budi Santoso" in the same role is that person written short: keep one.
        keys = {(p.role, frozenset(p.key.split())) for p in found.values()}
        people = [
            p
            for p in found.values()
            if not any(r == p.role and set(p.key.split()) < words for r, words in keys)
        ]
        return cls(tuple(sorted(people, key=lambda p: (p.role != "client", p.key))))

    def match(self, key: str) -> KnownPerson | None:
        """Return the person a found name refers to: the same key, or one's words inside the other's.

        "Budi" and "Budi Santoso Putra" both refer to a known "Budi Santoso";
        clients are tried before workers, so a word two people share goes to the client.
        """
        words = set(key.split())
        if not words:
            return None
        for person in self.people:
            if person.key == key:
                return person
        for person in self.people:
            if person.parts and (words <= set(person.key.split()) or person.parts <= words):
                return person
        return None


def _person_values(
    fields: Mapping[str, Any], patterns: DeidPatterns
) -> Iterable[tuple[Literal["client", "worker"], str]]:
    for name, value in fields.items():
        role = patterns.person_fields.get(name)
        if role in ("client", "worker") and isinstance(value, str):
            yield cast(Literal["client", "worker"], role), value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    yield from _person_values(item, patterns)


# --- dates --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """A full date written in a text: where it is, its value, and how to write another date the same way."""

    start: int
    end: int
    value: dt.date
    render: Callable[[dt.date], str]


class DateFinder:
    """Finds full dates (ISO, day-first numeric, `5 Maret 2024`, `March 5, 2024`, `5th March 2024`).

    Numeric dates are read day first (the Indonesian convention); a two-digit
    year is not read: it is too often a code or a range.
    """

    def __init__(self, patterns: DeidPatterns) -> None:
        self._patterns = patterns
        month = _alternation(patterns.months)
        weekday = _alternation(patterns.weekdays)
        ordinal = r"(?:st|nd|rd|th)?"
        self.pattern = re.compile(
            rf"(?<![\w/.-])(?:(?P<wd>{weekday}),?\s+)?(?:"
            rf"(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})"
            rf"|(?P<nd>\d{{1,2}})(?P<ns>[/.-])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}})"
            rf"|(?P<dd>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<dm>{month})\.?,?\s+(?P<dy>\d{{4}})"
            rf"|(?P<mm>{month})\.?\s+(?P<md>\d{{1,2}}){ordinal},?\s+(?P<my>\d{{4}})"
            rf")(?![\w/-])",
            re.IGNORECASE,
        )

    def find(self, text: str, language: str | None = None) -> list[DateMatch]:
        """Return every valid full date in `text`, in order; `language` picks `Mar`'s style when shifting."""
        found = []
        for match in self.pattern.finditer(text):
            parsed = self._parse(match)
            if parsed is not None:
                found.append(
                    DateMatch(match.start(), match.end(), parsed, self._renderer(match, language))
                )
        return found

    def search(self, text: str, position: int, within: int) -> DateMatch | None:
        """Return the first valid full date starting in text[position:position + within], or None."""
        end = min(len(text), position + within + MAX_DATE_CHARS)
        for match in self.pattern.finditer(text, position, end):
            if match.start() > position + within:
                break
            parsed = self._parse(match)
            if parsed is not None:
                return DateMatch(match.start(), match.end(), parsed, self._renderer(match, None))
        return None

    def _parse(self, m: re.Match[str]) -> dt.date | None:
        months = self._patterns.months
        try:
            if m.group("iy"):
                return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            if m.group("ny"):
                return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
            if m.group("dy"):
                return dt.date(
                    int(m.group("dy")), months[m.group("dm").lower()], int(m.group("dd"))
                )
            return dt.date(int(m.group("my")), months[m.group("mm").lower()], int(m.group("md")))
        except ValueError:
            return None  # 31/02/2024 and friends: not a date, left alone

    def _renderer(self, m: re.Match[str], language: str | None) -> Callable[[dt.date], str]:
        """Return a function writing a date with `m`'s spelling: padding, separators, month style, case."""
        text, base = m.group(), m.start()

        # Zero padding: always in ISO; in numeric dates when either part shows it or neither
        # can (12/11/2024); in written dates only when the day shows it ("05 Maret").
        numbers = [m.group(g) for g in ("nd", "nm") if m.group(g)]
        padded = bool(m.group("iy")) or (
            any(n.startswith("0") for n in numbers)
            or (bool(numbers) and all(len(n) == 2 for n in numbers))
        )

        def number(group: str, value: int) -> tuple[str, str]:
            return group, f"{value:02d}" if padded or m.group(group).startswith("0") else str(value)

        def word(group: str, value: int, styles: Mapping[str, tuple[str, ...]]) -> tuple[str, str]:
            old = m.group(group)
            preferred = sorted(styles, key=lambda s: not s.startswith(language or "id"))
            style = next(
                (s for s in preferred if old.lower() in (n.lower() for n in styles[s])), None
            )
            if style is None:  # a variant spelling ("Pebruari"): write the full name
                style = next(s for s in preferred if "short" not in s)
            new = styles[style][value]
            return group, new.upper() if old.isupper() and len(old) > 1 else new

        def render(new: dt.date) -> str:
            parts: list[tuple[str, str]] = []
            if m.group("wd"):
                parts.append(word("wd", new.weekday(), self._patterns.weekday_styles))
            if m.group("iy"):
                parts += [("iy", str(new.year)), number("im", new.month), number("id", new.day)]
            elif m.group("ny"):
                parts += [("ny", str(new.year)), number("nm", new.month), number("nd", new.day)]
            elif m.group("dy"):
                parts += [
                    ("dy", str(new.year)),
                    number("dd", new.day),
                    word("dm", new.month - 1, self._patterns.month_styles),
                ]
                parts.append(("dd_suffix", _ordinal_suffix(new.day)))
            else:
                parts += [
                    ("my", str(new.year)),
                    number("md", new.day),
                    word("mm", new.month - 1, self._patterns.month_styles),
                ]
                parts.append(("md_suffix", _ordinal_suffix(new.day)))
            return _splice(text, base, m, parts)

        return render


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _splice(text: str, base: int, m: re.Match[str], parts: Sequence[tuple[str, str]]) -> str:
    """Return `text` with each named group replaced; an ordinal suffix after the day follows the new day."""
    edits: list[tuple[int, int, str]] = []
    for group, new in parts:
        if group.endswith("_suffix"):
            day = group.removesuffix("_suffix")
            end = m.end(day) - base
            if text[end : end + 2].lower() in ("st", "nd", "rd", "th"):
                edits.append((end, end + 2, new))
            continue
        edits.append((m.start(group) - base, m.end(group) - base, new))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


@dataclass(frozen=True)
class DateShifter:
    """Moves the dates of a case by one offset derived from the salt and the case's key."""

    salt: bytes
    finder: DateFinder

    def offset(self, case_key: str) -> int:
        """Return the case's offset in days: ±1..MAX_SHIFT_DAYS, never 0, stable for a salt and key."""
        digest = hmac.new(self.salt, f"shift:{case_key}".encode(), hashlib.sha256).digest()
        k = int.from_bytes(digest[:8], "big") % (2 * MAX_SHIFT_DAYS)
        return k + 1 if k < MAX_SHIFT_DAYS else -(k - MAX_SHIFT_DAYS + 1)

    def shift(self, text: str, days: int, language: str | None) -> tuple[str, int]:
        """Return `text` with every full date moved by `days` (spelling kept), and how many moved."""
        matches = self.finder.find(text, language)
        for date in reversed(matches):
            text = (
                text[: date.start]
                + date.render(date.value + dt.timedelta(days=days))
                + text[date.end :]
            )
        return text, len(matches)


# --- the recogniser ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """One identifying span of a text; `rule` names the evidence (for tests and reports)."""

    start: int
    end: int
    kind: SpanKind
    rule: str


@lru_cache(maxsize=2)
def blank_pipeline(language: str) -> Language:
    """Return a blank `language` tokenizer with no special cases and no hyphen or dot infix.

    `spacy.blank("id")` builds ~16,000 special cases and tokenizes ~26x slower
    (PERFORMANCE.md). Without them, and without the infixes that split
    `anak-anak`, `Az-Zahra` or `S.Tr.Sos`, a name or degree stays one token.
    """
    from spacy.lang.char_classes import ALPHA, LIST_ELLIPSES, LIST_ICONS
    from spacy.util import get_lang_class

    base = get_lang_class(language)
    infixes = (
        *LIST_ELLIPSES,
        *LIST_ICONS,
        r"(?<=[0-9])[+\-\*^](?=[0-9-])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])[:<>=/](?=[{ALPHA}])",
    )
    defaults = type("Defaults", (base.Defaults,), {"tokenizer_exceptions": {}, "infixes": infixes})
    nlp: Language = type(f"Deid{base.__name__}", (base,), {"Defaults": defaults})()
    return nlp


def load_model(name: str) -> Language:
    """Return the installed spaCy pipeline `name` (a package or a path); never downloads anything."""
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        raise DependencyMissing(
            f"spaCy pipeline {name!r} is not installed; install it first "
            f"(e.g. `python -m spacy download {name}`): casenotes never downloads models"
        ) from None


class Recognizer:
    """Finds identifying spans in one text of one language. Pure: same text, same spans.

    `__call__` runs the regex finders and the name rules, then keeps the
    non-overlapping spans by `KIND_PRIORITY` (longer first within a kind).
    """

    def __init__(
        self,
        patterns: DeidPatterns,
        language: str,
        people: KnownPeople | None = None,
        extra_non_names: Iterable[str] = (),
        model: Language | None = None,
    ) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.id.stop_words import STOP_WORDS as ID_STOP
        from spacy.matcher import PhraseMatcher

        self.patterns = patterns
        self.people = people or KnownPeople()
        self.model = model
        self.nlp = blank_pipeline("en" if language == "en" else "id")
        self.dates = DateFinder(patterns)
        self._non_names = patterns.non_names | {w.lower() for w in extra_non_names}
        # Stop words are never name words, except the few that are also given names ("Made", "Dini").
        self._stop = frozenset(ID_STOP | EN_STOP) - patterns.given_names
        # Honorifics written with a dot ("Bpk.", "Sdri."): a dot after one does not end a sentence.
        self._dotted = frozenset(
            h.rstrip(".").lower() for h in patterns.honorifics if h.endswith(".")
        )
        self._phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._phrases.add("HONORIFIC", [self.nlp.make_doc(h) for h in patterns.honorifics])
        self._phrases.add("NOT_NAME", [self.nlp.make_doc(p) for p in patterns.non_name_phrases])
        known = {phrase for person in self.people.people for phrase in person.phrases}
        if known:
            self._phrases.add("KNOWN", [self.nlp.make_doc(p) for p in sorted(known)])
        # Used with .match(text, pos): anchored at the end of the name, so no "^" (it would pin position 0).
        self._degree_tail = re.compile(
            rf"(?:\s*,?\s*(?:{_alternation(patterns.degrees)})(?![^\W_]))+"
        )
        self._address = self._address_regex(patterns)
        self._birth_cue = re.compile(
            rf"(?<!\w)(?:{_alternation(patterns.birth_cues)})(?!\w)", re.IGNORECASE
        )

    @staticmethod
    def _address_regex(patterns: DeidPatterns) -> re.Pattern[str]:
        """Return the address regex: a street/area word or RT/RW or `24 Baker Street`, then its clause.

        The clause goes on over capitalised words, numbers, initials and
        address words (`No. 12`, `RT 03`, `Kel.`), joined by spaces, commas,
        slashes or dashes, and stops at the first other word or line break.
        """
        cap = rf"[{_UPPER}][\w'’-]*"
        initials = rf"(?:[{_UPPER}]\.){{1,3}}"
        number = r"\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)*"
        keyword = (
            rf"(?i:{_alternation(patterns.inner_keywords)})(?:[ \t]*[:.]?[ \t]*{number})?(?!\w)"
        )
        token = rf"(?:{keyword}|{initials}|{cap}|{number})"
        sep = r"(?:[ \t]*[,/][ \t]*|[ \t]*-[ \t]*|[ \t]+)"
        rt_rw = (
            r"(?i:RT[ \t]*/[ \t]*RW[ \t]*[.:]?[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}"
            r"|RT[ \t]*[.:]?[ \t]*\d{1,3}(?:[ \t]*[/,]?[ \t]*RW[ \t]*[.:]?[ \t]*\d{1,3})?)(?!\d)"
        )
        street = rf"(?i:{_alternation(patterns.street_prefixes)})(?!\w)[ \t]*(?:{initials}|{cap}|{number})"
        english = rf"\d{{1,5}}[A-Za-z]?[ \t]+(?:{cap}[ \t]+){{0,3}}(?:{_alternation(patterns.street_suffixes)})(?!\w)"
        return re.compile(rf"(?<![\w.])(?:{street}|{rt_rw}|{english})(?:{sep}{token})*")

    def __call__(self, text: str, birth_dates: Iterable[dt.date] = ()) -> tuple[Found, ...]:
        """Return the identifying spans of `text`, non-overlapping, in text order.

        A date equal to one of `birth_dates` (the record's own birth date) is a
        birth date wherever it is written and however it is spelled.
        """
        known = set(birth_dates)
        found = [
            *self._regex_spans(text),
            *self._birth_dates(text),
            *self._names(text),
            *self._model_spans(text),
        ]
        found += [
            Found(d.start, d.end, "birth_date", "known_birth_date")
            for d in self.dates.find(text)
            if d.value in known
        ]
        return resolve(found)

    # - regular expressions -

    def _regex_spans(self, text: str) -> Iterable[Found]:
        for m in EMAIL.finditer(text):
            yield Found(m.start(), m.end(), "email", "email")
        for m in NIK.finditer(text):
            yield Found(m.start(), m.end(), "nik", "nik")
        for m in PHONE.finditer(text):
            candidate = m.group().rstrip(" .-")
            if candidate.startswith("(") and ")" not in candidate:
                candidate = candidate[1:]  # "(0857-1111-2222)": the bracket encloses the number
            digits = sum(c.isdigit() for c in candidate)
            if PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1] and not _NOT_PHONE.match(candidate):
                end = m.start() + len(m.group().rstrip(" .-"))
                yield Found(end - len(candidate), end, "phone", "phone")
        for m in self._address.finditer(text):
            yield Found(m.start(), m.end(), "address", "address")

    def _birth_dates(self, text: str) -> Iterable[Found]:
        """Yield the first full date after each birth cue, if only a few words without digits lie between."""
        for cue in self._birth_cue.finditer(text):
            date = self.dates.search(text, cue.end(), BIRTH_CUE_WINDOW)
            if date is None:
                continue
            gap = text[cue.end() : date.start]
            if not any(c.isdigit() or c == "\n" for c in gap):
                yield Found(date.start, date.end, "birth_date", "birth_cue")

    def _model_spans(self, text: str) -> Iterable[Found]:
        if self.model is None:
            return
        for ent in self.model(text).ents:
            if ent.label_ in _MODEL_NAME_LABELS:
                yield Found(ent.start_char, ent.end_char, "name", "model")
            elif ent.label_ in _MODEL_PLACE_LABELS:
                yield Found(ent.start_char, ent.end_char, "address", "model")

    # - names -

    def _names(self, text: str) -> Iterable[Found]:
        """Yield person names, strongest evidence first; a token belongs to one name at most."""
        doc = self.nlp.make_doc(text)
        if len(doc) == 0:
            return
        vocab = self.nlp.vocab.strings
        matches = [(vocab[label], start, end) for label, start, end in self._phrases(doc)]
        starts = self._sentence_starts(doc)
        taken = [False] * len(doc)
        for label, start, end in matches:
            if label == "NOT_NAME":
                taken[start:end] = [True] * (end - start)

        def emit(first: int, last: int, rule: str) -> Found:
            taken[first:last] = [True] * (last - first)
            start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
            tail = self._degree_tail.match(text, end)
            return Found(start, tail.end() if tail else end, "name", rule)

        # Known names first (the strongest evidence), longest match first at each start.
        known = sorted(
            ((s, e) for label, s, e in matches if label == "KNOWN"),
            key=lambda m: (m[0], m[0] - m[1]),
        )
        for first, last in known:
            if doc[first].text[:1].isupper() and not any(taken[first:last]):
                end = max(last, self._run(doc, first, allow_upper=doc[first].is_upper))
                yield emit(first, end, "known")
        for first in self._after_honorifics(doc, matches):
            last = self._run(doc, first, allow_upper=True, allow_initial=True)
            if last > first and not any(taken[first:last]):
                yield emit(first, last, "honorific")
        for i, token in enumerate(doc):
            if taken[i] or not self._is_part(token, allow_upper=True):
                continue
            upper = token.is_upper and len(token) > 1
            labelled = self._after_name_label(doc, i)
            last = self._run(doc, i, allow_upper=upper or labelled)
            if last <= i or any(taken[i:last]):
                continue
            end_char = doc[last - 1].idx + len(doc[last - 1])
            if labelled:
                yield emit(i, last, "label")
            elif token.is_title and self._degree_tail.match(text, end_char):
                yield emit(i, last, "degree")
            elif self._beside_place(doc, i, last):
                taken[i:last] = [True] * (last - i)  # "RSJ Marzoeki Mahdi", "Wisma Melati": places
            elif token.lower_ in self.patterns.given_names:
                yield emit(i, last, "lexicon")
            elif upper:
                continue  # a shouted word is a heading or an acronym, unless other evidence says name
            elif not starts[i]:
                yield emit(i, last, "bare")
            elif last - i >= 2 and doc[i + 1].is_title:
                # Two capitalised words opening a sentence: a name more often than not.
                yield emit(i, last, "bare")

    def _beside_place(self, doc: Doc, first: int, last: int) -> bool:
        """Return True when the run [first, last) follows or precedes an institution or place word."""
        before = first - 1
        if before >= 1 and doc[before].like_num:
            before -= 1  # "SDN 3 Sukajadi"
        after = doc[last] if last < len(doc) else None
        return (
            before >= 0
            and doc[before].lower_ in self.patterns.place_words
            and doc[before].text[:1].isupper()
        ) or (
            after is not None
            and after.lower_ in self.patterns.place_words
            and after.text[:1].isupper()
        )

    def _after_honorifics(self, doc: Doc, matches: Sequence[tuple[str, int, int]]) -> Iterable[int]:
        """Yield the index of the token after each chain of honorifics ("Bapak Drs. H. …").

        A dot belongs to an honorific only when the patterns list it with one
        ("Bpk."): after "Bu" it ends the sentence. An honorific word right after
        an institution word is part of the institution's name ("Panti Asuhan Anak").
        """
        ends: dict[int, int] = {}
        for label, start, end in matches:
            before = doc[start - 1] if start > 0 else None
            if label != "HONORIFIC" or (
                before is not None
                and before.text[:1].isupper()
                and before.lower_ in self.patterns.place_words
            ):
                continue
            ends[start] = max(ends.get(start, 0), end)
        chained: set[int] = set()
        for start in sorted(ends):
            if start in chained:
                continue
            end = ends[start]
            while end in ends:  # another honorific right after this one
                chained.add(end)
                end = ends[end]
            yield end

    def _is_part(self, token: Any, allow_upper: bool) -> bool:
        """Return True when `token` can be a word of a name: capitalised, not a known other word."""
        text = token.text
        if not _NAME_WORD.match(text) or not text[0].isupper():
            return False
        if token.lower_ in self._non_names or token.lower_ in self._stop:
            return False
        return not token.is_upper or len(text) == 1 or allow_upper

    def _run(self, doc: Doc, first: int, allow_upper: bool, allow_initial: bool = False) -> int:
        """Return the end (exclusive) of the name that starts at `first`; `first` if none does."""
        i, n = first, len(doc)
        while i < n and i - first < MAX_NAME_TOKENS:
            token = doc[i]
            if _INITIAL.match(token.text) and (allow_initial or i > first):
                i += 1
                if i < n and doc[i].text == "." and not token.whitespace_:
                    i += 1
                continue
            if self._is_part(token, allow_upper):
                i += 1
                continue
            if (
                i > first
                and token.lower_ in self.patterns.particles
                and i + 1 < n
                and self._is_part(doc[i + 1], allow_upper)
            ):
                i += 1
                continue
            break
        while i > first and (_INITIAL.match(doc[i - 1].text) or doc[i - 1].text == "."):
            i -= 1  # a trailing initial is more often the next sentence's "I" or a list letter
        return i

    def _sentence_starts(self, doc: Doc) -> list[bool]:
        """Return, per token, whether it opens a sentence, a line, a quote or a label's value."""
        starts = [False] * len(doc)
        previous: Any = None
        for i, token in enumerate(doc):
            if token.is_space:
                if "\n" in token.text:
                    previous = None
                continue
            if previous is None:
                starts[i] = True
            elif previous.text in _SENTENCE_END:
                before = doc[previous.i - 1] if previous.i > 0 else None
                abbreviation = (
                    previous.text == "."
                    and before is not None
                    and not before.whitespace_
                    and (
                        before.lower_ in self._dotted
                        or before.lower_ in self.patterns.abbreviations
                        or len(before) == 1
                    )
                )
                starts[i] = not abbreviation
            previous = token
        return starts

    def _after_name_label(self, doc: Doc, i: int) -> bool:
        """Return True when token `i` opens the value of a short name label ("Nama Ayah : Slamet")."""
        j = i - 1
        while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
            j -= 1
        if j < 0 or doc[j].text != ":":
            return False
        words: list[str] = []
        for k in range(j - 1, -1, -1):
            if "\n" in doc[k].text or doc[k].text in _SENTENCE_END or len(words) > MAX_LABEL_WORDS:
                break
            words.append(doc[k].lower_)
        return len(words) <= MAX_LABEL_WORDS and any(
            w in self.patterns.name_label_words for w in words
        )


def resolve(found: Iterable[Found]) -> tuple[Found, ...]:
    """Return `found` without overlaps: by `KIND_PRIORITY`, then longer first; touching addresses merge."""
    rank = {kind: i for i, kind in enumerate(KIND_PRIORITY)}
    kept: list[Found] = []
    for span in sorted(found, key=lambda s: (rank[s.kind], -(s.end - s.start), s.start)):
        if span.end > span.start and all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return tuple(sorted(kept, key=lambda s: s.start))


# --- pseudonyms ---------------------------------------------------------------------------------------


def salt_fingerprint(salt: bytes) -> str:
    """Return a short public fingerprint of the salt (to tell salts apart), never the salt."""
    return hashlib.sha256(b"casenotes-salt-fingerprint:" + salt).hexdigest()[:16]


@dataclass(frozen=True)
class Salt:
    """The export's secret key; `created` when this run made the file."""

    path: Path
    value: bytes
    created: bool

    @property
    def fingerprint(self) -> str:
        return salt_fingerprint(self.value)


def load_salt(path: Path) -> Salt:
    """Return the salt in `path`, creating it (random, mode 0600) when the file does not exist."""
    if not path.exists():
        ensure_dir(path.parent, PRIVATE)
        value = secrets.token_bytes(SALT_BYTES)
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE.file
        )  # never overwrite a salt
        with os.fdopen(fd, "wb") as handle:
            handle.write(value)
        return Salt(path, value, created=True)
    try:
        value = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the salt file ({exc.strerror})", path) from None
    if len(value) < MIN_SALT_BYTES:
        raise InputError(
            f"the salt file holds {len(value)} bytes; at least {MIN_SALT_BYTES} are needed", path
        )
    return Salt(path, value, created=False)


class PseudonymTable:
    """Numbers for pseudonyms: the same key gets the same number in every export with this salt.

    Choice: a key's number starts at HMAC-SHA256(salt, key) mod 10,000; on a
    collision the next free number is taken, and the table (keyed hash ->
    number, never a name) is saved beside the salt so that later exports give
    each key the number it had. Without the table, two names sharing 4 digits
    would be one pseudonym (with 100 people, a ~40% chance). The table is as
    secret as the salt: with both, a guessed name can be checked.
    """

    def __init__(self, salt: Salt, path: Path | None) -> None:
        self._salt = salt.value
        self._fingerprint = salt.fingerprint
        self.path = path
        self._numbers: dict[str, int] = {}
        self._changed = False
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise InputError(f"cannot read the pseudonym table ({exc})", path) from None
            if data.get("salt_fingerprint") != self._fingerprint:
                raise InputError(
                    "the pseudonym table belongs to another salt; use the salt it was made with",
                    path,
                )
            self._numbers = {str(k): int(v) for k, v in data.get("numbers", {}).items()}
        self._used = set(self._numbers.values())

    def number(self, namespace: str, key: str) -> int:
        """Return the number of `key` (a folded name or case number) within `namespace`."""
        digest = hmac.new(self._salt, f"{namespace}:{key}".encode(), hashlib.sha256).hexdigest()
        if digest in self._numbers:
            return self._numbers[digest]
        candidate = int(digest[:12], 16) % PSEUDONYM_SPACE
        while candidate in self._used or candidate == 0:
            candidate += 1
        self._numbers[digest] = candidate
        self._used.add(candidate)
        self._changed = True
        return candidate

    def save(self, write: Callable[[Path, bytes], None]) -> None:
        """Write the table with `write` (an atomic, mode-0600 writer) when numbers were added."""
        if self.path is None or not self._changed:
            return
        data = {
            "salt_fingerprint": self._fingerprint,
            "numbers": dict(sorted(self._numbers.items())),
        }
        write(self.path, json.dumps(data, indent=1).encode())
        self._changed = False


# --- applying it to records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordContext:
    """What the de-identifier knows about the record whose values it rewrites."""

    language: str | None
    birth_dates: frozenset[dt.date] = frozenset()
    shift_days: int | None = None  # None: dates are not shifted


@dataclass
class Replacements:
    """Counts of what was replaced, per `REPORT_KEYS` key (mutable: one per export run)."""

    counts: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        return {key: self.counts.get(key, 0) for key in REPORT_KEYS}


class Deidentifier:
    """Rewrites record values: person fields become pseudonyms, every other string is scanned.

    Person fields (`person_fields` in the patterns) keep their leading
    honorific and become `Ibu [KLIEN-0007]`; case fields become `[KASUS-0042]`;
    `whole_value_fields` become their placeholder; every other string, list
    item and entry value is scanned by the `Recognizer` of the record's
    language. Dates move only when the context carries an offset. With
    `enabled` False only the date shift applies. Values are returned new; the
    input mapping is never changed.
    """

    def __init__(
        self,
        patterns: DeidPatterns,
        people: KnownPeople,
        recognizers: Mapping[str, Recognizer],
        pseudonyms: PseudonymTable | None,
        shifter: DateShifter | None = None,
    ) -> None:
        self.patterns = patterns
        self.people = people
        self.recognizers = recognizers
        self.pseudonyms = pseudonyms
        self.shifter = shifter
        self.replaced = Replacements()

    @property
    def enabled(self) -> bool:
        return self.pseudonyms is not None

    def pseudonym(self, role: str, key: str) -> str:
        """Return `[PREFIX-nnnn]` for `key`; people share one numbering whatever their role."""
        assert self.pseudonyms is not None, "pseudonyms are only asked for when de-identifying"
        namespace = "case" if role == "case" else "person"
        return f"[{PSEUDONYM_PREFIX[role]}-{self.pseudonyms.number(namespace, key):04d}]"

    def _name(self, text: str) -> tuple[str, str]:
        """Return (pseudonym, report key) for a name found in text: a known person's, or a new one."""
        key = name_key(text, self.patterns) or fold_name(text)
        person = self.people.match(key)
        if person is not None:
            return self.pseudonym(person.role, person.key), f"name_{person.role}"
        return self.pseudonym("other", key), "name_other"

    def text(self, text: str, context: RecordContext) -> str:
        """Return `text` with every identifying span replaced (and its dates shifted if asked)."""
        if self.enabled:
            text = self._replace(text, text, context)
        if self.shifter is not None and context.shift_days is not None:
            text, moved = self.shifter.shift(text, context.shift_days, context.language)
            self.replaced.counts["dates_shifted"] += moved
        return text

    def path(self, path: str, context: RecordContext) -> str:
        """Return a file path with the identifying spans of each part replaced.

        Each part is read with `_`, `-` and `.` as spaces (`Budi_Santoso.pdf`
        holds the name `Budi Santoso`); separators and the extension stay.
        """
        parts = path.split("/")
        return "/".join(
            self._replace(part, PATH_PUNCTUATION.sub(" ", part), context) for part in parts
        )

    def _replace(self, text: str, scanned: str, context: RecordContext) -> str:
        """Return `text` with the spans found in `scanned` (same length, same offsets) replaced."""
        recognizer = self.recognizers.get(context.language or "id") or self.recognizers["id"]
        for span in reversed(recognizer(scanned, context.birth_dates)):
            if span.kind == "name":
                replacement, report = self._name(scanned[span.start : span.end])
            else:
                replacement, report = PLACEHOLDERS[span.kind], span.kind
            self.replaced.counts[report] += 1
            text = text[: span.start] + replacement + text[span.end :]
        return text

    def shift_key(self, fields: Mapping[str, Any]) -> str | None:
        """Return what the dates of `fields` shift with: their client (a known person's full
        name when known), else their case number; None when they name neither."""
        for name, value in fields.items():
            key = name_key(value, self.patterns) if isinstance(value, str) else ""
            if self.patterns.person_fields.get(name) == "client" and key:
                person = self.people.match(key)
                return f"client:{person.key if person and person.role == 'client' else key}"
        for name in self.patterns.case_fields:
            value = fields.get(name)
            if isinstance(value, str) and fold_name(value):
                return f"case:{fold_name(value)}"
        return None

    def fields(self, fields: Mapping[str, Any], context: RecordContext) -> dict[str, Any]:
        """Return a de-identified copy of a record's `fields` (entries and lists included).

        An entry that names its own client shifts its dates with that client's offset.
        """
        if self.shifter is not None and context.shift_days is not None:
            key = self.shift_key(fields)
            if key is not None:
                context = replace(context, shift_days=self.shifter.offset(key))
        return {name: self._value(name, value, context) for name, value in fields.items()}

    def _value(self, name: str, value: Any, context: RecordContext) -> Any:
        if isinstance(value, list):
            return [self._value(name, item, context) for item in value]
        if isinstance(value, dict):
            return self.fields(value, context)
        if not isinstance(value, str):
            return value
        if self.enabled:
            role = self.patterns.person_fields.get(name)
            key = name_key(value, self.patterns)
            if role is not None and key:
                person = self.people.match(key)
                if person is not None and person.role == role:
                    key = person.key  # "Budi" in one record, "Budi Santoso" in another: one person
                honorific, _ = split_honorifics(value, self.patterns)
                self.replaced.counts[f"name_{role}"] += 1
                return f"{honorific} {self.pseudonym(role, key)}".strip()
            if name in self.patterns.case_fields and fold_name(value):
                self.replaced.counts["case_number"] += 1
                return self.pseudonym("case", fold_name(value))
            kind = self.patterns.whole_value_fields.get(name)
            if kind is not None:
                self.replaced.counts[kind] += 1
                return PLACEHOLDERS[kind]
        return self.text(value, context)
