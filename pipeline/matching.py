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

from dataclasses import dataclass
from typing import Literal

from pipeline.normalize import fold_words, split_numbering
from pipeline.specs import SchemaSet

MatchKind = Literal["field", "entry", "title", "period", "marking"]


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    record_type: str
    name: str  # field name; the record type for titles; "period" for periods; the marking text
    length: int  # tokens matched from the start of the line
    n_tokens: int  # tokens in the line

    @property
    def coverage(self) -> float:
        return self.length / self.n_tokens if self.n_tokens else 0.0


@dataclass(frozen=True)
class LineKey:
    """A line ready for matching: its numbering and its folded words."""

    numbering: str | None
    words: tuple[str, ...]


def line_key(text: str) -> LineKey:
    numbering, rest = split_numbering(text)
    return LineKey(numbering, tuple(fold_words(rest)))


class PhraseIndex:
    """All headings, labels and titles of a schema set, ready to match lines against."""

    def __init__(self, schemas: SchemaSet) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.vocab import Vocab

        self._vocab = Vocab()
        self._matcher = PhraseMatcher(self._vocab)
        self._keys: dict[str, tuple[MatchKind, str, str]] = {}
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

    def _add(
        self, kind: MatchKind, record_type: str, name: str, phrases: list[str] | tuple[str, ...]
    ) -> None:
        from spacy.tokens import Doc

        key = f"{kind}|{record_type}|{name}"
        docs = [Doc(self._vocab, words=words) for p in phrases if (words := fold_words(p))]
        if docs:
            self._keys[key] = (kind, record_type, name)
            self._matcher.add(key, docs)

    def match_words(self, words: tuple[str, ...]) -> list[Match]:
        """Return the matches anchored at the first word, longest first."""
        if not words:
            return []
        from spacy.tokens import Doc

        doc = Doc(self._vocab, words=list(words))
        matches = []
        for match_id, start, end in self._matcher(doc):
            if start != 0:
                continue
            kind, record_type, name = self._keys[self._vocab.strings[match_id]]
            matches.append(Match(kind, record_type, name, end - start, len(words)))
        matches.sort(key=lambda m: (-m.length, m.kind, m.record_type, m.name))
        return matches

    def match(self, text: str) -> list[Match]:
        return self.match_words(line_key(text).words)
