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
A worker no sentence names may sign the record: a sign-off (`Surabaya, 30 April
2026`) whose lines hold one of the worker's cues (`Disusun oleh,`) and one name
gives it. The walk (`sections.py`) gives the field the value, `via` "prose", with the cue as
its label. The classifier asks the same of a record its headings do not type:
an opening that states a dated visit and a person is a case note's.
Only what the sentence plainly says: nothing is guessed from the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import takewhile

from pipeline.extract.lines import Item, Line
from pipeline.extract.normalize import find_dates, fold_words, parse_dates, split_numbering
from pipeline.extract.person_names import MAX_PERSON_NAME_WORDS, PersonNames
from pipeline.specs import FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

# The opening of a note states who and when; later paragraphs name other people and days.
OPENING_PARAGRAPHS = 3
# Short blocks and lines with no stop (captions, blank form lines) are passed over: read a few.
MAX_OPENING_BLOCKS = 4 * OPENING_PARAGRAPHS
# A sign-off is a place and date, who signs (`Disusun oleh,`), a role and a name, an ID number.
SIGN_OFF_LINES = 6
MAX_SIGN_OFF_LINE_WORDS = 8
# A name a role follows is a given name and a family name at least (`Priya Raman, …`).
MIN_SIGNED_NAME_WORDS = 2
# A paragraph of prose, not a label line or a caption: some words, and sentences that end.
MIN_PROSE_WORDS = 8
_STOPS = (".", "!", "?")
# A word this long before a stop ends a sentence; shorter, it is an initial or a number (`R.`).
MIN_SENTENCE_WORD = 3
# A birth date's cue this close before a date makes it the birth date (`lahir 3 Mei 2010`).
BIRTH_CUE_REACH = 25
# A byline stands in the record's first lines: a name, a dash, the writer's degree or role.
BYLINE_LINES = 4
_BYLINE = re.compile(r"^\s*(?P<name>[^\W\d][^—–|,:]{2,60}?)\s+[—–|-]\s+(?P<rest>\S.*)$")
# What may stand between a role and the name: a bracket, a comma, a colon.
_BETWEEN = re.compile(r"^[\s,(:\u2013-]*")
# A sentence may end where a stop meets a space and a capital.
_STOP_BEFORE_CAPITAL = re.compile(r"(?P<word>\S*)[.!?]\s+(?=[A-Z\u00c0-\u00de])")
_NAME_TOKEN = re.compile(r"^[A-Z\u00c0-\u00de][\w.'\u2019-]*$")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# A name, a comma, and up to two words qualifying the role that follows (`kinship care worker`).
_BEFORE_ROLE = re.compile(
    r"(?:^|\s)(?P<name>(?:[A-Z\u00c0-\u00de][\w.'\u2019-]*\s+){0,3}[A-Z\u00c0-\u00de][\w.'\u2019-]*),"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


def stated_fields(
    spec: RecordSpec,
    items: tuple[Item, ...],
    given: Mapping[str, str],
    sign_offs: list[Line],
    people: PersonNames,
    vocabulary: Vocabulary,
) -> dict[str, tuple[str, str, int]]:
    """Return field -> (value, cue, page) for the record's required person and date fields
    that `given` (field -> text, what headings and labels gave) lacks and its opening prose
    or its sign-off states."""
    wanted = [
        f
        for f in spec.fields
        if f.prose_cues
        and f.name not in given
        and f.level == "required"
        and (f.kind in ("date", "dates") or f.identifies in ("client", "worker"))
    ]
    if not wanted:
        return {}
    paragraphs = _opening(items)
    taken = {text.casefold() for text in given.values()}
    stated: dict[str, tuple[str, str, int]] = {}
    for field_spec in wanted:
        cues = _all_cues(field_spec)
        found: tuple[str, str, int] | None
        if field_spec.kind in ("date", "dates"):
            dated = _dates(paragraphs, cues, field_spec.kind == "dates", people, vocabulary)
            found = ("; ".join(dated[0]), *dated[1:]) if dated else None
        else:
            found = _name(paragraphs, cues, people, taken)
            if found is None and field_spec.identifies == "worker":
                found = (
                    _signed(items, sign_offs, cues, people, taken)
                    or _closing_role(items, cues, people, taken)
                    or _byline(items, cues, people, taken)
                )
        if found is not None:
            stated[field_spec.name] = found
            taken.add(found[0].casefold())
    return stated


def stated_visit_dates(
    items: tuple[Item, ...], spec: RecordSpec, people: PersonNames, vocabulary: Vocabulary
) -> int:
    """Return how many visit dates the opening prose states with a person named beside them
    (`Kunjungan ini dilakukan pada hari Selasa, 3 Maret 2026 oleh pekerja sosial Rina …`):
    0 when it names no visit, no date or nobody. What a case note of no listed kind says first."""
    paragraphs = _opening(items)
    cues = {f.identifies: _all_cues(f) for f in spec.fields if f.prose_cues and f.identifies}
    named = any(_name(paragraphs, words, people, set()) for words in cues.values())
    visits = [f for f in spec.fields if f.prose_cues and f.kind in ("date", "dates")]
    if not named or not visits:
        return 0
    found = _dates(paragraphs, _all_cues(visits[0]), True, people, vocabulary)
    return len(found[0]) if found else 0


def mentions_cue(text: str, field_spec: FieldSpec) -> bool:
    """Return True when `text` holds one of the field's prose cues (`Tanggal Kunjungan`: a
    visit's; a bare `Tanggal` is any day's)."""
    return bool(_cue_pattern(_all_cues(field_spec)).search(text))


def _all_cues(field_spec: FieldSpec) -> tuple[str, ...]:
    return tuple(c for words in field_spec.prose_cues.values() for c in words)


def _opening(items: tuple[Item, ...]) -> list[tuple[str, int]]:
    """Return the record's first paragraphs of prose (text, page): lines of one block joined;
    headings, label lines, short lines and lines that end in no stop (a blank form line OCR
    filled with letters) left out."""
    blocks: dict[int, list[Line]] = {}
    for item in items:
        if isinstance(item, Line) and not item.heading_like and item.label_value() is None:
            blocks.setdefault(item.block, []).append(item)
        if len(blocks) > MAX_OPENING_BLOCKS:
            break
    paragraphs = [
        (" ".join(line.text.strip() for line in lines), lines[0].page) for lines in blocks.values()
    ]
    return [
        (text, page)
        for text, page in paragraphs
        if len(text.split()) >= MIN_PROSE_WORDS
        # a sentence ends in it, though OCR may have cut its last one off (`… in Penrith. Chloe`)
        and (text.rstrip(' )\u201d"').endswith(_STOPS) or _ends_a_sentence(text))
    ][:OPENING_PARAGRAPHS]


def _ends_a_sentence(text: str) -> bool:
    """Return True when a sentence ends inside `text`: a stop after a word, not after a list's
    number (`I. Client Systems …`) or an initial."""
    _, rest = split_numbering(text)
    return any(
        len(m.group("word")) >= MIN_SENTENCE_WORD for m in _STOP_BEFORE_CAPITAL.finditer(rest)
    )


@lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Return a pattern finding any of a field's cues as whole words, the longest first."""
    longest_first = sorted(set(cues), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, c.split())) for c in longest_first)
    # `meetings`, `visits`: an English plural is its cue too
    return re.compile(rf"(?<![\w'\u2019])(?:{alternatives})s?(?![\w'\u2019])", re.IGNORECASE)


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


def _signed(
    items: tuple[Item, ...],
    sign_offs: list[Line],
    cues: tuple[str, ...],
    people: PersonNames,
    taken: set[str],
) -> tuple[str, str, int] | None:
    """Return the one name signed under a sign-off that holds one of the cues (`Surabaya, 30
    April 2026` / `Disusun oleh,` / `Pekerja Sosial Ahli Muda` / `Wahyu Hidayat, S.ST.`), with
    the cue and its page; a sign-off naming two people (an author and who approved) is left."""
    lines = [item for item in items if isinstance(item, Line)]
    for opener in sign_offs:
        start = next((n for n, line in enumerate(lines) if line is opener), None)
        if start is None:
            continue
        zone = list(takewhile(may_sign, lines[start + 1 : start + SIGN_OFF_LINES]))
        zone = [opener, *(line for line in zone if line.page == opener.page)]
        pattern = _cue_pattern(cues)
        cue = next((m for line in zone if (m := pattern.search(line.text))), None)
        names = {
            name
            for line in zone
            for name in _signed_names(line.text, pattern)
            if people.is_person_name(name) and name.casefold() not in taken
        }
        if cue is not None and len(names) == 1:
            return names.pop(), cue.group(), opener.page
    return None


def closing_sign_off(items: tuple[Item, ...], spec: RecordSpec, people: PersonNames) -> Line | None:
    """Return the first line of a sign-off no opener announces, as letters end: after the last
    paragraph, a few short lines and no label, naming one person beside the worker's role or
    degree (`Marcus Bell` / `Case Manager, Client Support Services`)."""
    workers = [f for f in spec.fields if f.identifies == "worker" and f.prose_cues]
    lines = [item for item in items if isinstance(item, Line)]

    def in_paragraph(n: int) -> bool:  # a line going on from the unfinished sentence above it
        above = lines[n - 1] if n else None
        return (
            above is not None
            and (above.page, above.block) == (lines[n].page, lines[n].block)
            and not above.text.rstrip().endswith(_STOPS)
            and not may_sign(above)
        )

    start = len(lines)
    while (
        start > 0
        and len(lines) - start < SIGN_OFF_LINES
        and may_sign(lines[start - 1])
        and not in_paragraph(start - 1)
    ):
        start -= 1
    zone = lines[start:]
    if not workers or not zone or start == 0 or len(zone) >= SIGN_OFF_LINES:
        return None
    above = lines[start - 1]
    paragraph = [
        line.text for line in lines[:start] if (line.page, line.block) == (above.page, above.block)
    ]
    last = " ".join(paragraph)
    if len(last.split()) < MIN_PROSE_WORDS or not last.rstrip(' )\u201d"').endswith(_STOPS[0]):
        return None  # the last lines of a form or a list, not a letter's closing
    if any(line.label_value() is not None for line in zone):
        return None
    role = _cue_pattern(_all_cues(workers[0]))
    named = [line for line in zone if people.is_person_name(line.text.strip())]
    signed = any(role.search(line.text) or people.is_professional(line.text) for line in zone)
    return zone[0] if len(named) == 1 and signed else None


def _closing_role(
    items: tuple[Item, ...], cues: tuple[str, ...], people: PersonNames, taken: set[str]
) -> tuple[str, str, int] | None:
    """Return the one name that a role follows in the record's last lines (`Written up the same
    evening by Priya Raman, kinship care worker.`; `Tom Nguyen, Foster Care Caseworker — 14
    June 2024`), with the role and its page: who wrote it, signing as letters end."""
    lines = [item for item in items if isinstance(item, Line)][-SIGN_OFF_LINES:]
    found: dict[str, tuple[str, str, int]] = {}
    for line in lines:
        for match in _cue_pattern(cues).finditer(line.text):
            before = _BEFORE_ROLE.search(line.text[: match.start()])
            name = before["name"] if before else ""
            # one word before a role is a sign-off's opener as often (`Mengetahui, Pekerja Sosial`)
            whole = len(name.split()) >= MIN_SIGNED_NAME_WORDS and people.is_person_name(name)
            if whole and name.casefold() not in taken:
                found.setdefault(" ".join(fold_words(name)), (name, match.group(), line.page))
    return next(iter(found.values())) if len(found) == 1 else None


def _byline(
    items: tuple[Item, ...], cues: tuple[str, ...], people: PersonNames, taken: set[str]
) -> tuple[str, str, int] | None:
    """Return the name a byline under the title opens, with its role and page: the name, a dash
    and the writer's degree or role (`Oliver Mbeki-Grant — BSW 2nd year, Kingsford
    University`, `Rina Hapsari – pekerja sosial`), in the record's first lines, one only."""
    found = []
    for line in [item for item in items if isinstance(item, Line)][:BYLINE_LINES]:
        byline = _BYLINE.match(line.text)
        if byline is None or byline["name"].casefold() in taken:
            continue
        name, first = byline["name"].strip(), byline["rest"].split()[0]
        role = _cue_pattern(cues).match(byline["rest"])
        if len(name.split()) >= MIN_SIGNED_NAME_WORDS and (
            people.is_professional(f"{name}, {first}") or (role and people.is_person_name(name))
        ):
            found.append((name, role.group() if role else first.strip(","), line.page))
    return found[0] if len(found) == 1 else None


def _signed_names(text: str, cue: re.Pattern[str]) -> tuple[str, ...]:
    """Return what a sign-off line may name: the line, or what follows a role before a comma
    (`Petugas LDP, Moh. Rizal Tandjumbulu`)."""
    role, comma, rest = text.partition(",")
    named = (rest.strip(),) if comma and cue.search(role) else ()
    return (text.strip(), *named)


def may_sign(line: Line) -> bool:
    """Return True for a line a sign-off may hold: short, not set as a heading, no sentence."""
    return (
        not line.styled_heading
        and line.n_words <= MAX_SIGN_OFF_LINE_WORDS
        and not line.text.rstrip().endswith(_STOPS[1:])
    )


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
        if not _NAME_TOKEN.match(word) and not (words and people.is_particle(word)):
            break  # a particle goes on a name (`Nur Aisyah binti Kamal`), never opens one
        words.append(word)
        if ends:
            break
    while words and people.is_particle(words[-1]):
        words.pop()
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
) -> tuple[list[str], str, int] | None:
    """Return the dates written in the sentences holding a cue (as written), with the first
    cue and its page; for a one-date field, only when the sentences hold one date."""
    births = _birth_cue(vocabulary)
    spans: dict[str, str] = {}
    first: tuple[str, int] | None = None
    for text, page in paragraphs:
        for sentence in _sentences(text, people):
            cue = _cue_pattern(cues).search(sentence)
            if cue is None:
                continue
            found = find_dates(sentence)
            stated = [
                (iso, sentence[start:end])
                for iso, start, end in found
                if not births.search(sentence[max(0, start - BIRTH_CUE_REACH) : start])
            ]
            if stated:
                # days listed before a whole date share its month (`on 3 and 10 April 2024`)
                whole = {iso for iso, _, _ in found}
                stated += [(iso, iso) for iso in parse_dates(sentence) if iso not in whole]
                first = first or (cue.group(), page)
            for iso, written in stated:
                spans.setdefault(iso, written)
    if first is None or not spans or (len(spans) > 1 and not several):
        return None
    return [spans[iso] for iso in sorted(spans)], first[0], first[1]


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
