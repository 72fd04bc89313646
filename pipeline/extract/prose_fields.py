"""Read a record's people and visit dates from the sentences that state them.

A note may name its worker, its client and the day of the visit nowhere but in
its opening prose: `Catatan ini ditulis oleh praktikan Fajar Nugroho … ke
rumah klien (inisial R, 15 th) pada tanggal 2 April 2024 dan 5 April 2024`.
The contract counts a passage that holds a field as holding it, so such a
field is not missing. After the walk, each required person or date field that
no heading, label or elimination gave, and whose schema lists prose cues
(`x-prose-cues`), is read from the record's first paragraphs of prose:
- a person: the name right after one of the field's cues (`praktikan`,
  `social worker`, `client,`), past a bracket, a comma or a word that
  introduces a name (`inisial`, `bernama`, `named`); the name is the run of
  capitalised words that follows, and must read as one person's name. Only
  one name may answer: two people after the cue leave the field alone;
- a date: the dates written in a sentence that holds one of the field's cues
  (`kunjungan`, `visited`), past a birth date; a one-date field takes them
  only when there is one.
The field is then the value's, `via` "prose", with the cue as its label.
Only what the sentence plainly says: nothing is guessed from the rest of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.assemble import RawField, RawRecord
from pipeline.extract.lines import Item, Line
from pipeline.extract.normalize import find_dates, fold_words
from pipeline.extract.person_names import MAX_PERSON_NAME_WORDS, PersonNames
from pipeline.specs import RecordSpec
from pipeline.vocabulary import Vocabulary

# The opening of a note states who and when; later paragraphs name other people and days.
OPENING_PARAGRAPHS = 3
# A paragraph of prose, not a label line or a caption: some words, and sentences that end.
MIN_PROSE_WORDS = 8
_STOPS = (".", "!", "?")
# A birth date's cue this close before a date makes it the birth date (`lahir 3 Mei 2010`).
BIRTH_CUE_REACH = 25
# What may stand between a role and the name: a bracket, a comma, a colon.
_BETWEEN = re.compile(r"^[\s,(:\u2013-]*")
# A sentence may end where a stop meets a space and a capital.
_STOP_BEFORE_CAPITAL = re.compile(r"(?P<word>\S*)[.!?]\s+(?=[A-Z\u00c0-\u00de])")
_NAME_TOKEN = re.compile(r"^[A-Z\u00c0-\u00de][\w.'\u2019-]*$")
_POSSESSIVE = re.compile(r"['\u2019]s$")


def read_prose_fields(
    raw: RawRecord,
    spec: RecordSpec,
    items: tuple[Item, ...],
    people: PersonNames,
    vocabulary: Vocabulary,
) -> None:
    """Fill the record's empty required person and date fields that its opening prose states,
    in place."""
    wanted = [
        f
        for f in spec.fields
        if f.prose_cues
        and f.name not in raw.fields
        and f.level == "required"
        and (f.kind in ("date", "dates") or f.identifies in ("client", "worker"))
    ]
    if not wanted:
        return
    paragraphs = _opening(items)
    taken = {raw.fields[f.name].text.casefold() for f in spec.fields if f.name in raw.fields}
    for field_spec in wanted:
        cues = tuple(c for words in field_spec.prose_cues.values() for c in words)
        if field_spec.kind in ("date", "dates"):
            found = _dates(paragraphs, cues, field_spec.kind == "dates", people, vocabulary)
        else:
            found = _name(paragraphs, cues, people, taken)
        if found is None:
            continue
        value, cue, page = found
        raw.fields[field_spec.name] = RawField(field_spec.name, cue, page, [value], via="prose")
        taken.add(value.casefold())


def _opening(items: tuple[Item, ...]) -> list[tuple[str, int]]:
    """Return the record's first paragraphs of prose (text, page): lines of one block joined;
    headings, label lines, short lines and lines that end in no stop (a blank form line OCR
    filled with letters) left out."""
    blocks: dict[int, list[Line]] = {}
    for item in items:
        if isinstance(item, Line) and not item.heading_like and item.label_value() is None:
            blocks.setdefault(item.block, []).append(item)
        if len(blocks) > OPENING_PARAGRAPHS * 4:
            break
    paragraphs = [
        (" ".join(line.text.strip() for line in lines), lines[0].page) for lines in blocks.values()
    ]
    return [
        (text, page)
        for text, page in paragraphs
        if len(text.split()) >= MIN_PROSE_WORDS and text.rstrip(' )\u201d"').endswith(_STOPS)
    ][:OPENING_PARAGRAPHS]


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Return a pattern finding any of a field's cues as whole words, the longest first."""
    longest_first = sorted(set(cues), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in longest_first)
    return re.compile(rf"(?<![\w'\u2019])(?:{alternatives})(?![\w'\u2019])", re.IGNORECASE)


def _name(
    paragraphs: list[tuple[str, int]],
    cues: tuple[str, ...],
    people: PersonNames,
    taken: set[str],
) -> tuple[str, str, int] | None:
    """Return the one name written right after a cue, with the cue and its page."""
    # `ditulis oleh praktikan Fajar`: the role after the author's cue is no part of the name.
    cue_words = people.introducers | {w.casefold() for cue in cues for w in cue.split()}
    found: dict[str, tuple[str, str, int]] = {}
    for text, page in paragraphs:
        for match in _cue_pattern(cues).finditer(text):
            name = _name_after(text[match.end() :], people, cue_words)
            if name and name.casefold() not in taken:
                found.setdefault(" ".join(fold_words(name)), (name, match.group(), page))
    return next(iter(found.values())) if len(found) == 1 else None


def _name_after(rest: str, people: PersonNames, skipped: frozenset[str]) -> str | None:
    """Return the person's name that opens `rest` (`(inisial R, 15 th)` -> `R`), or None."""
    tokens = _BETWEEN.sub("", rest, count=1).split()
    while tokens and tokens[0].casefold().strip(",:()") in skipped:
        tokens = tokens[1:]
    words: list[str] = []
    for token in tokens[: MAX_PERSON_NAME_WORDS + 1]:
        if token.startswith("(") and words:
            break  # an aside after the name: `Fajar Nugroho (Balai …)`
        word = token.lstrip("(").rstrip(",;:)")
        ends = word != token.lstrip("(")  # a comma or a bracket closes the name
        if word.endswith(".") and len(word) > 2 and not people.is_honorific(word):
            word, ends = word[:-1], True  # the sentence's stop, not an initial's or a title's
        if _POSSESSIVE.search(word):
            word, ends = _POSSESSIVE.sub("", word), True
        if not _NAME_TOKEN.match(word):
            break
        words.append(word)
        if ends:
            break
    if not words or all(people.is_honorific(w) for w in words):
        return None
    name = " ".join(words)
    return name if people.is_person_name(name) else None


def _dates(
    paragraphs: list[tuple[str, int]],
    cues: tuple[str, ...],
    several: bool,
    people: PersonNames,
    vocabulary: Vocabulary,
) -> tuple[str, str, int] | None:
    """Return the dates written in the sentences holding a cue (`; `-joined), with the first
    cue and its page; for a one-date field, only when the sentences hold one date."""
    births = _birth_cue(vocabulary)
    spans: dict[str, str] = {}
    first: tuple[str, int] | None = None
    for text, page in paragraphs:
        for sentence in _sentences(text, people):
            cue = _cue_pattern(cues).search(sentence)
            if cue is None:
                continue
            for iso, start, end in find_dates(sentence):
                if births.search(sentence[max(0, start - BIRTH_CUE_REACH) : start]):
                    continue
                spans.setdefault(iso, sentence[start:end])
                first = first or (cue.group(), page)
    if first is None or not spans or (len(spans) > 1 and not several):
        return None
    return "; ".join(spans.values()), first[0], first[1]


def _sentences(text: str, people: PersonNames) -> list[str]:
    """Return the sentences of a paragraph; the stop of a title or an initial (`Mrs. Lee`,
    `Sdr. Agus`, `R. Wahyuni`) ends none."""
    sentences, start = [], 0
    for stop in _STOP_BEFORE_CAPITAL.finditer(text):
        word = stop.group("word")
        if len(word) <= 1 or people.is_honorific(word + "."):
            continue
        sentences.append(text[start : stop.end()])
        start = stop.end()
    return [*sentences, text[start:]]


@lru_cache(maxsize=4)
def _birth_cue(vocabulary: Vocabulary) -> re.Pattern[str]:
    cues = sorted(vocabulary.words["birth_date_cues"], key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.IGNORECASE
    )
