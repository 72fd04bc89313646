"""Match headings and labels to schema fields with a spaCy PhraseMatcher over folded tokens.

Every synonym, title and period label in the schemas becomes a phrase pattern
over `normalize.fold_words` tokens (lower case, no accents or punctuation,
OCR slips folded), so `I. IDENTITAS KLIEN:` and `ldentitas klien` both meet
`Identitas Klien`. Only matches that start at the line's first word count: a
heading names its section from its first word.

Docs are built straight from the folded words, so no tokenizer (and none of
spaCy's language data) is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pipeline.extract.normalize import fold_words, split_numbering
from pipeline.specs import SchemaSet

PARENTHETICAL = re.compile(r"\([^()]*\)")
# Titles, headings and `Label : value` lines are shorter than this.
MAX_KEYED_WORDS = 10
# Bound on the per-process cache of matched lines (an archive repeats its headings).
MAX_CACHED_LINES = 50_000
MatchKind = Literal["field", "entry", "title", "period", "marking"]


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    record_type: str
    name: (
        str  # field name; the record type for titles; "period" for periods; the field for markings
    )
    start: int
    end: int
    n_tokens: int  # tokens in the line

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def anchored(self) -> bool:
        return self.start == 0

    @property
    def coverage(self) -> float:
        return self.length / self.n_tokens if self.n_tokens else 0.0


@dataclass(frozen=True)
class Candidate:
    """How well a line names one field: the share of its words the field's phrases cover."""

    kind: MatchKind
    record_type: str
    name: str
    coverage: float  # connectors ("dan", "of") not counted
    anchored_length: int  # tokens of the longest phrase starting at the first word; 0 if none
    tail_length: int = 0  # tokens of the longest phrase ending at the last word; 0 if none


@dataclass(frozen=True)
class LineKey:
    """A line ready for matching: its numbering and its folded words."""

    numbering: str | None
    words: tuple[str, ...]


def line_key(text: str) -> LineKey:
    """Return the line's numbering and folded words; a line of prose longer than any
    title, heading or label gets no words, so it is never matched (nor folded)."""
    numbering, rest = split_numbering(text)
    # "Lingkungan sosial (keluarga & sekitar)": a parenthetical qualifies, it does not name.
    rest = PARENTHETICAL.sub(" ", rest).strip() or rest
    if len(rest.split()) > MAX_KEYED_WORDS:
        return LineKey(numbering, ())
    return LineKey(numbering, tuple(fold_words(rest)))


Transform = Callable[[tuple[str, ...]], tuple[str, ...]]


class PhraseIndex:
    """All headings, labels and titles of a schema set, ready to match lines against.

    With `language`, `transform` and `pooled` it is the cascade's second step
    (`stems.StemIndex`): only that language's field phrases, their words passed
    through `transform` (a stemmer) as the lines' are, and a phrase listed for a
    field under one record type counted for the same field under every type that
    has it. Titles, markings and periods are then left out.
    """

    def __init__(
        self,
        schemas: SchemaSet,
        connectors: frozenset[str] = frozenset(),
        *,
        language: str | None = None,
        transform: Transform | None = None,
        pooled: bool = False,
    ) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.vocab import Vocab

        # Connectors ("dan", "yang", "of") are left out of phrases and lines alike, so
        # "Tindakan yang Telah Diberikan" meets "Tindakan yang Diberikan".
        self._connectors = connectors
        self._transform = transform
        self._vocab = Vocab()
        self._matcher = PhraseMatcher(self._vocab)
        self._keys: dict[str, tuple[MatchKind, str, str]] = {}
        # Each line is asked about titles, fields, markings and periods: match it once.
        self._cache: dict[tuple[str, ...], tuple[Match, ...]] = {}
        self._candidates: dict[tuple[str, ...], tuple[Candidate, ...]] = {}
        # The words labels are made of, for reading a label no schema lists in a crowded line.
        self.label_words: set[str] = set()
        # What each type's field holds, for asking what a line naming it could hold.
        self.field_kinds = {
            (spec.record_type, field.name): field.kind
            for spec in schemas.records.values()
            for field in spec.fields
        }
        if language is not None:
            self._add_pooled(schemas, language, pooled)
            return
        for spec in schemas.records.values():
            rt = spec.record_type
            self._add("title", rt, rt, [t for ts in spec.titles.values() for t in ts])
            for field in spec.fields:
                self._add("field", rt, field.name, field.all_synonyms())
                for entry_field in field.entry_fields:
                    self._add("entry", rt, entry_field.name, entry_field.all_synonyms())
                if field.markings:
                    for marking in field.markings:
                        self._add("marking", rt, field.name, [marking])
            if spec.period:
                self._add(
                    "period", rt, "period", [s for ss in spec.period.synonyms.values() for s in ss]
                )

    def _add_pooled(self, schemas: SchemaSet, language: str, pooled: bool) -> None:
        phrases: dict[tuple[MatchKind, str], list[str]] = {}
        for spec in schemas.records.values() if pooled else ():
            for field in spec.fields:
                phrases.setdefault(("field", field.name), []).extend(
                    field.synonyms.get(language, ())
                )
                for entry_field in field.entry_fields:
                    phrases.setdefault(("entry", entry_field.name), []).extend(
                        entry_field.synonyms.get(language, ())
                    )
        for spec in schemas.records.values():
            for field in spec.fields:
                own = phrases.get(("field", field.name)) or field.synonyms.get(language, ())
                self._add("field", spec.record_type, field.name, list(dict.fromkeys(own)))
                for entry_field in field.entry_fields:
                    own = phrases.get(("entry", entry_field.name)) or entry_field.synonyms.get(
                        language, ()
                    )
                    self._add("entry", spec.record_type, entry_field.name, list(dict.fromkeys(own)))

    def _add(
        self, kind: MatchKind, record_type: str, name: str, phrases: list[str] | tuple[str, ...]
    ) -> None:
        from spacy.tokens import Doc

        key = f"{kind}|{record_type}|{name}"
        docs = [
            Doc(self._vocab, words=list(words))
            for p in phrases
            if (words := self._content(tuple(fold_words(p))))
        ]
        if kind in ("field", "entry", "period"):
            self.label_words.update(w for doc in docs for w in (t.text for t in doc))
        if docs:
            self._keys[key] = (kind, record_type, name)
            self._matcher.add(key, docs)

    def clear_cache(self) -> None:
        self._cache.clear()
        self._candidates.clear()

    def all_matches(self, words: tuple[str, ...]) -> list[Match]:
        """Return every phrase found in the line, by position then longest first."""
        if not words:
            return []
        cached = self._cache.get(words)
        if cached is None:
            if len(self._cache) >= MAX_CACHED_LINES:
                self._cache.clear()
            cached = self._cache[words] = self._all_matches(words)
        return list(cached)

    def _content(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """Return the words without connectors (all of them if nothing else is left),
        through the index's transform."""
        content = tuple(w for w in words if w not in self._connectors) or words
        return self._transform(content) if self._transform else content

    def _all_matches(self, words: tuple[str, ...]) -> tuple[Match, ...]:
        """Return the matches over the line's content words; positions count content words."""
        from spacy.tokens import Doc

        words = self._content(words)
        doc = Doc(self._vocab, words=list(words))
        matches = []
        for match_id, start, end in self._matcher(doc):
            kind, record_type, name = self._keys[self._vocab.strings[match_id]]
            matches.append(Match(kind, record_type, name, start, end, len(words)))
        matches.sort(key=lambda m: (m.start, -m.length, m.kind, m.record_type, m.name))
        return tuple(matches)

    def match_words(self, words: tuple[str, ...]) -> list[Match]:
        """Return the matches anchored at the first word, longest first."""
        anchored = [m for m in self.all_matches(words) if m.anchored]
        return sorted(anchored, key=lambda m: (-m.length, m.kind, m.record_type, m.name))

    def match(self, text: str) -> list[Match]:
        return self.match_words(line_key(text).words)

    def candidates(self, words: tuple[str, ...]) -> list[Candidate]:
        """Return, per field, how much of the line its phrases cover, best first.

        A heading may join two phrases of one field ("Kondisi Keluarga dan
        Lingkungan Sosial"); the union of a field's phrases over the line's
        content words is its coverage.
        """
        cached = self._candidates.get(words)
        if cached is not None:
            return list(cached)
        if len(self._candidates) >= MAX_CACHED_LINES:
            self._candidates.clear()
        result = self._candidates[words] = tuple(self._coverage(words))
        return list(result)

    def _coverage(self, words: tuple[str, ...]) -> list[Candidate]:
        covered: dict[tuple[MatchKind, str, str], set[int]] = {}
        anchored: dict[tuple[MatchKind, str, str], int] = {}
        tail: dict[tuple[MatchKind, str, str], int] = {}
        n_tokens = 0
        for m in self.all_matches(words):
            n_tokens = m.n_tokens
            key = (m.kind, m.record_type, m.name)
            covered.setdefault(key, set()).update(range(m.start, m.end))
            if m.anchored:
                anchored[key] = max(anchored.get(key, 0), m.length)
            if m.end == m.n_tokens:
                tail[key] = max(tail.get(key, 0), m.length)
        result = [
            Candidate(*key, len(positions) / n_tokens, anchored.get(key, 0), tail.get(key, 0))
            for key, positions in covered.items()
        ]
        result.sort(key=lambda c: (-c.coverage, -c.anchored_length, c.kind, c.record_type, c.name))
        return result
