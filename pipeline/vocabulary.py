"""Read the vocabulary (`schemas/vocabulary/*.json`, plus any --schema-dir's `vocabulary/`) into typed words.

The vocabulary is every word casenotes knows that is not a heading of one
field: months, weekdays, honorifics, abbreviations (by language), placeholders,
separators, letterhead words, and the de-identifier's lexicons. Extraction and
de-identification read the same words from here; a word is stated once.

The shipped folder's files each hold some of the keys of `SHAPES` (a key in two
files is an error). An agency folder's `vocabulary/*.json` adds words: a list
gains the words it lacks, a mapping gains or replaces entries, key by key. Every
file is checked against `SHAPES` when loaded: an unknown key or a value of the
wrong shape is a `SchemaError` naming the file and the key.

Extraction reads the vocabulary in use through `active_vocabulary()`; the
extractor sets it (`using`) for the agency folders it was built with.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.errors import SchemaError

FOLDER = "vocabulary"
# Leaf shapes: a list of non-empty words; a word -> number map; an abbreviation -> its
# expansion (None: read as written); named groups of words.
WORDS, NUMBERS, EXPANSIONS, GROUPS = "words", "numbers", "expansions", "groups"
_BY_LANGUAGE = {"id": WORDS, "en": WORDS}
SHAPES: Mapping[str, Any] = {
    "description": "text",
    "months": {**_BY_LANGUAGE, "id_short": WORDS, "en_short": WORDS, "variants": NUMBERS},
    "weekdays": {**_BY_LANGUAGE, "variants": NUMBERS},
    "day_openers": WORDS,
    "ordinals": NUMBERS,
    "period_separators": WORDS,
    "period_openers": WORDS,
    "clock_words": WORDS,
    "day_parts": NUMBERS,
    "duration_units": {
        "hours": WORDS,
        "minutes": WORDS,
        "minute_marks": WORDS,
        "number_words": NUMBERS,
        "half_words": WORDS,
        "half_joiners": WORDS,
        "fractions": NUMBERS,
    },
    "honorifics": _BY_LANGUAGE,
    "name_openers": _BY_LANGUAGE,
    "speaker_labels": WORDS,
    "degrees": WORDS,
    "name_particles": WORDS,
    "given_names": WORDS,
    "name_label_words": WORDS,
    "birth_date_cues": WORDS,
    "name_introducers": WORDS,
    "sex_words": WORDS,
    "letterhead_agency_words": WORDS,
    "letterhead_parent_words": WORDS,
    "letterhead_parent_endings": WORDS,
    "letterhead_government_bodies": WORDS,
    "letterhead_unit_words": WORDS,
    "letterhead_document_words": WORDS,
    "agency_name_openers": WORDS,
    "letterhead_skip_words": WORDS,
    "non_name_words": GROUPS,
    "non_name_phrases": WORDS,
    "address": {"street_prefixes": WORDS, "inner_keywords": WORDS, "street_suffixes": WORDS},
    "abbreviations": {"id": EXPANSIONS, "en": EXPANSIONS},
    "placeholders": WORDS,
    "list_separators": WORDS,
    "heading_connectors": WORDS,
    "heading_prepositions": WORDS,
    "label_place_prepositions": WORDS,
    "signature_openers": WORDS,
    "section_words": WORDS,
    "letter_salutations": WORDS,
    "memo_labels": WORDS,
    "author_labels": WORDS,
    "referral_phrases": _BY_LANGUAGE,
    "page_number_words": {"page": WORDS, "of": WORDS},
    "prompt_openers": _BY_LANGUAGE,
    "form_references": _BY_LANGUAGE,
    "writer_pronouns": _BY_LANGUAGE,
    "other_label_words": _BY_LANGUAGE,
    "identifier_words": _BY_LANGUAGE,
    "site_furniture": {
        "openers": WORDS,
        "words": WORDS,
        "fillers": WORDS,
        "endings": WORDS,
        "sites": WORDS,
    },
}
# Styles of a calendar word and how many names each lists, in calendar order.
CALENDARS: Mapping[str, tuple[tuple[str, ...], int]] = {
    "months": (("id", "en", "id_short", "en_short"), 12),
    "weekdays": (("id", "en"), 7),
}


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per folder set, cached
class Vocabulary:
    """The words, checked and merged (`words`, by key as in the files), and extraction's views of them."""

    words: Mapping[str, Any]
    placeholders: frozenset[str]
    period_separators: tuple[str, ...]
    period_openers: tuple[str, ...]  # a period with no end: `since 5 February 2024`
    clock_words: tuple[str, ...]  # "jam", "pukul": an hour alone after one is a clock time
    day_parts: Mapping[str, int]  # "sore" -> 14: the first hour (24-hour) of a part of the day
    list_separators: tuple[str, ...]
    hour_units: tuple[str, ...]
    minute_units: tuple[str, ...]
    minute_marks: tuple[str, ...]  # 45' : an apostrophe or prime after minutes
    duration_numbers: Mapping[str, int]  # "satu", "two", "an" (hour) before a unit
    half_words: tuple[str, ...]  # "setengah", "half"
    half_joiners: tuple[str, ...]  # "and a" in "one and a half hours"
    fractions: Mapping[str, float]  # "½" in "1½ hours"
    ordinals: Mapping[str, int]
    speaker_labels: frozenset[str]
    sex_words: frozenset[str]  # a value naming a sex, whole (`Laki-laki`, `F`), folded
    letterhead_agency_words: frozenset[str]
    letterhead_parent_words: tuple[str, ...]
    letterhead_parent_endings: tuple[str, ...]  # `… Borough Council`
    letterhead_government_bodies: tuple[str, ...]  # `Dinas …`: above a unit, its parent
    letterhead_unit_words: frozenset[str]
    letterhead_document_words: frozenset[str]  # "Log", "Catatan": they open or end a title
    agency_name_openers: frozenset[str]  # "Lembaga", "Yayasan": an agency's name opens so
    letterhead_skip_words: frozenset[str]
    # Words that open a street address ("Jl.", "Kampung") or end its street ("Road"), folded
    street_prefixes: frozenset[str]
    street_suffixes: frozenset[str]
    abbreviations: Mapping[str, str]  # folded abbreviation -> the words it stands for
    heading_connectors: frozenset[str]  # words a heading may add without changing its meaning
    heading_prepositions: frozenset[str]  # after one, a heading's last words are no head noun
    label_place_prepositions: frozenset[str]  # after one, a label's last words say where
    signature_openers: frozenset[str]  # lines that open the sign-off block at a record's end
    weekdays: frozenset[str]  # every spelling, folded
    # Words that open a person's name (honorifics and name openers), folded without dots: ibu, ni
    honorifics: frozenset[str]
    months: Mapping[str, int]  # every spelling, folded -> 1..12
    section_words: frozenset[str]  # "BAGIAN I –", "Part 2:" before a heading's own words
    page_words: tuple[str, ...]  # "Halaman", "Page" in a page-number line
    page_of_words: tuple[str, ...]  # "dari", "of" in "Halaman 1 dari 3"
    prompt_openers: frozenset[str]  # "tuliskan", "describe": a template's instruction, not a value
    # "this space", "kolom ini": words of a template about itself, anywhere in an instruction
    form_references: frozenset[str]
    writer_pronouns: frozenset[str]  # "you", "Anda": a guide's words to the record's writer
    other_label_words: frozenset[str]  # "umur", "religion": labels of no field, in a crowded line
    identifier_words: frozenset[str]  # "ID", "number": a label ending so gives a number
    letter_salutations: frozenset[str]  # "Dear", "Dengan hormat": the line that opens a letter
    memo_labels: frozenset[str]  # "To", "Perihal": a memo's address labels, not a case's
    author_labels: frozenset[str]  # "By", "Oleh": a shared log's column of who wrote each row
    referral_phrases: frozenset[str]  # "to refer", "merujuk": a letter sending a case elsewhere
    # Page furniture of web pages and document sites: lines opening with these ("Printed:",
    # "Posted on"), lines of these words and fillers alone ("Share", "1,234 views"), site
    # names and banners, and the endings after which the text is the site's ("Comments (2)")
    furniture_openers: frozenset[str]
    furniture_words: frozenset[str]
    furniture_fillers: frozenset[str]
    furniture_sites: frozenset[str]
    furniture_endings: frozenset[str]

    def spellings(self, key: str) -> dict[str, int]:
        """Return every spelling of a calendar key (`months`, `weekdays`), lower case -> 1-based number."""
        return _spellings(self.words, key)

    def all_words(self, key: str) -> tuple[str, ...]:
        """Return the words of a by-language key (`honorifics`), Indonesian first, as written."""
        return _all_words(self.words, key)


def _spellings(words: Mapping[str, Any], key: str) -> dict[str, int]:
    # A name listed in two styles keeps its first number; `variants` come last and win.
    section = words[key]
    found: dict[str, int] = {}
    for style in CALENDARS[key][0]:
        for number, name in enumerate(section[style], start=1):
            found.setdefault(name.lower(), number)
    found.update({name.lower(): number for name, number in section["variants"].items()})
    return found


def _all_words(words: Mapping[str, Any], key: str) -> tuple[str, ...]:
    return tuple(w for by_language in words[key].values() for w in by_language)


def _is_words(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)


def _valid(value: Any, shape: str) -> bool:
    """Return True when `value` has the leaf `shape`."""
    if shape == WORDS:
        return _is_words(value)
    if not isinstance(value, dict):
        return shape == "text" and isinstance(value, str)
    if shape == NUMBERS:
        return all(isinstance(n, int | float) and not isinstance(n, bool) for n in value.values())
    if shape == EXPANSIONS:
        return all(e is None or (isinstance(e, str) and e.strip()) for e in value.values())
    return shape == GROUPS and all(_is_words(group) for group in value.values())


def _check(value: Any, shape: Any, source: str, where: str) -> None:
    """Raise `SchemaError` naming `source` and `where` unless `value` has `shape`."""
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise SchemaError(f"{where}: must map {', '.join(shape)} to their words", source)
        for key, item in value.items():
            if key not in shape:
                raise SchemaError(
                    f"{where}: unknown key {key!r} (allowed: {', '.join(shape)})", source
                )
            _check(item, shape[key], source, f"{where}.{key}")
        return
    if not _valid(value, shape):
        explain = {
            "text": "must be a string",
            WORDS: 'must be a list of non-empty strings, e.g. ["…"]',
            NUMBERS: 'must map a word to a number, e.g. {"…": 1}',
            EXPANSIONS: 'must map an abbreviation to its words or null, e.g. {"tgl": "tanggal"}',
            GROUPS: 'must map a group name to a list of words, e.g. {"places": ["…"]}',
        }[shape]
        raise SchemaError(f"{where}: {explain}", source)


def _read(path: Any, source: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SchemaError(f"line {exc.lineno}: invalid JSON ({exc.msg})", source) from None
    except OSError as exc:
        raise SchemaError(f"cannot read ({exc.strerror})", source) from None
    if not isinstance(data, dict):
        raise SchemaError("a vocabulary file must hold a JSON object", source)
    for key, value in data.items():
        if key not in SHAPES:
            raise SchemaError(f"unknown key {key!r} (allowed: {', '.join(sorted(SHAPES))})", source)
        _check(value, SHAPES[key], source, key)
    return data


def _extend(base: Any, extra: Any) -> Any:
    """Return `base` with the words of `extra` added: lists keep their order and gain what they
    lack, mappings merge key by key, anything else is replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _extend(base[key], value) if key in base else copy.deepcopy(value)
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *(w for w in extra if w not in base)]
    return copy.deepcopy(extra)


def _check_calendars(words: Mapping[str, Any], source: str) -> None:
    for key, (styles, size) in CALENDARS.items():
        for style in styles:
            names = words.get(key, {}).get(style)
            if names is None or len(names) != size:
                count = "none" if names is None else len(names)
                raise SchemaError(f"{key}.{style}: must list {size} names, not {count}", source)


def _by_length(words: list[str]) -> tuple[str, ...]:
    # Longest first, so an alternation tries "s.d." before "s".
    return tuple(sorted(words, key=len, reverse=True))


def load_vocabulary(extra_dirs: Iterable[Path] = ()) -> Vocabulary:
    """Return the shipped vocabulary with each `extra_dirs/vocabulary/` folder's words added, in order."""
    return _load(tuple(Path(d).resolve() for d in extra_dirs))


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[Path, ...]) -> Vocabulary:
    shipped = resources.files("pipeline.schemas").joinpath(FOLDER)
    words: dict[str, Any] = {}
    stated: dict[str, str] = {}
    for path in sorted(shipped.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        source = f"schemas/{FOLDER}/{path.name}"
        for key, value in _read(path, source).items():
            if key in stated and key != "description":
                raise SchemaError(f"{key}: stated in {stated[key]} too; state it once", source)
            stated[key] = source
            words[key] = value
    missing = sorted(set(SHAPES) - set(words))
    if missing:
        raise SchemaError(f"no file states {missing[0]!r}", f"schemas/{FOLDER}")
    for directory in extra_dirs:
        folder = directory / FOLDER
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
            for key, value in _read(path, str(path)).items():
                words[key] = _extend(words[key], value)
            _check_calendars(words, str(path))
    _check_calendars(words, f"schemas/{FOLDER}")
    return _typed(words)


def _typed(words: dict[str, Any]) -> Vocabulary:
    units = words["duration_units"]
    return Vocabulary(
        words=words,
        placeholders=frozenset(w.casefold() for w in words["placeholders"]),
        period_separators=_by_length(words["period_separators"]),
        period_openers=_by_length(words["period_openers"]),
        clock_words=_by_length(words["clock_words"]),
        day_parts={k.casefold(): int(v) for k, v in words["day_parts"].items()},
        list_separators=tuple(words["list_separators"]),
        hour_units=_by_length(units["hours"]),
        minute_units=_by_length(units["minutes"]),
        minute_marks=tuple(units["minute_marks"]),
        duration_numbers={k.casefold(): int(v) for k, v in units["number_words"].items()},
        half_words=_by_length(units["half_words"]),
        half_joiners=_by_length(units["half_joiners"]),
        fractions={k: float(v) for k, v in units["fractions"].items()},
        ordinals={k: int(v) for k, v in words["ordinals"].items()},
        speaker_labels=frozenset(words["speaker_labels"]),
        sex_words=frozenset(w.casefold() for w in words["sex_words"]),
        letterhead_agency_words=frozenset(words["letterhead_agency_words"]),
        letterhead_parent_words=tuple(words["letterhead_parent_words"]),
        letterhead_parent_endings=tuple(words["letterhead_parent_endings"]),
        letterhead_government_bodies=tuple(words["letterhead_government_bodies"]),
        letterhead_unit_words=frozenset(words["letterhead_unit_words"]),
        letterhead_document_words=frozenset(words["letterhead_document_words"]),
        agency_name_openers=frozenset(words["agency_name_openers"]),
        letterhead_skip_words=frozenset(words["letterhead_skip_words"]),
        street_prefixes=_without_dots(words["address"]["street_prefixes"]),
        street_suffixes=_without_dots(words["address"]["street_suffixes"]),
        abbreviations={
            short.casefold(): long.casefold()
            for by_language in words["abbreviations"].values()
            for short, long in by_language.items()
            if long is not None
        },
        heading_connectors=frozenset(words["heading_connectors"]),
        heading_prepositions=frozenset(words["heading_prepositions"]),
        label_place_prepositions=frozenset(words["label_place_prepositions"]),
        signature_openers=frozenset(words["signature_openers"]),
        weekdays=frozenset(_spellings(words, "weekdays")),
        honorifics=frozenset(
            h.rstrip(".").casefold()
            for key in ("honorifics", "name_openers")
            for h in _all_words(words, key)
        ),
        months=_spellings(words, "months"),
        section_words=frozenset(w.casefold() for w in words["section_words"]),
        page_words=tuple(w.casefold() for w in words["page_number_words"]["page"]),
        page_of_words=tuple(w.casefold() for w in words["page_number_words"]["of"]),
        prompt_openers=frozenset(w.casefold() for w in _all_words(words, "prompt_openers")),
        form_references=frozenset(w.casefold() for w in _all_words(words, "form_references")),
        writer_pronouns=frozenset(w.casefold() for w in _all_words(words, "writer_pronouns")),
        other_label_words=frozenset(w.casefold() for w in _all_words(words, "other_label_words")),
        identifier_words=frozenset(w.casefold() for w in _all_words(words, "identifier_words")),
        letter_salutations=frozenset(w.casefold() for w in words["letter_salutations"]),
        memo_labels=frozenset(w.casefold() for w in words["memo_labels"]),
        author_labels=frozenset(w.casefold() for w in words["author_labels"]),
        referral_phrases=frozenset(w.casefold() for w in _all_words(words, "referral_phrases")),
        furniture_openers=_casefolded(words["site_furniture"]["openers"]),
        furniture_words=_casefolded(words["site_furniture"]["words"]),
        furniture_fillers=_casefolded(words["site_furniture"]["fillers"]),
        furniture_sites=_casefolded(words["site_furniture"]["sites"]),
        furniture_endings=_casefolded(words["site_furniture"]["endings"]),
    )


def _without_dots(words: list[str]) -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in words)


def _casefolded(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


_ACTIVE: ContextVar[Vocabulary | None] = ContextVar("casenotes_vocabulary", default=None)


def active_vocabulary() -> Vocabulary:
    """Return the vocabulary in use: the one `using` set, else the shipped one."""
    return _ACTIVE.get() or _load(())  # not load_vocabulary(): hot, and no paths to resolve


@contextmanager
def using(vocabulary: Vocabulary) -> Iterator[Vocabulary]:
    """Make `vocabulary` the one `active_vocabulary` returns inside the block (this context only)."""
    token = _ACTIVE.set(vocabulary)
    try:
        yield vocabulary
    finally:
        _ACTIVE.reset(token)
