"""The recogniser: finds the identifying spans of one text (regular expressions, then name rules)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pipeline.errors import DependencyMissing
from pipeline.reports.deid.dates import DateFinder
from pipeline.reports.deid.patterns import KIND_PRIORITY, DeidPatterns, SpanKind, alternation
from pipeline.reports.deid.people import KnownPeople

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


MAX_NAME_TOKENS = 6  # a run longer than this is a heading or a shouted line, not one name
MAX_LABEL_WORDS = 4  # "Nama Ibu Kandung" is a label; a longer stretch before ":" is a sentence
BIRTH_CUE_WINDOW = 40  # characters (no digit, no line break) between a birth cue and its date

PHONE_DIGITS = (9, 15)  # Indonesian landlines have 9+ digits, E.164 numbers at most 15


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
            rf"(?:\s*,?\s*(?:{alternation(patterns.degrees)})(?![^\W_]))+"
        )
        self._address = self._address_regex(patterns)
        self._birth_cue = re.compile(
            rf"(?<!\w)(?:{alternation(patterns.birth_cues)})(?!\w)", re.IGNORECASE
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
            rf"(?i:{alternation(patterns.inner_keywords)})(?:[ \t]*[:.]?[ \t]*{number})?(?!\w)"
        )
        token = rf"(?:{keyword}|{initials}|{cap}|{number})"
        sep = r"(?:[ \t]*[,/][ \t]*|[ \t]*-[ \t]*|[ \t]+)"
        rt_rw = (
            r"(?i:RT[ \t]*/[ \t]*RW[ \t]*[.:]?[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}"
            r"|RT[ \t]*[.:]?[ \t]*\d{1,3}(?:[ \t]*[/,]?[ \t]*RW[ \t]*[.:]?[ \t]*\d{1,3})?)(?!\d)"
        )
        street = rf"(?i:{alternation(patterns.street_prefixes)})(?!\w)[ \t]*(?:{initials}|{cap}|{number})"
        english = rf"\d{{1,5}}[A-Za-z]?[ \t]+(?:{cap}[ \t]+){{0,3}}(?:{alternation(patterns.street_suffixes)})(?!\w)"
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
