"""The cascade's second step: a heading or label matched by the stems of its words.

`Tindakan yang Dilakukan` and `Tindakan Dilakukan`, `Penanganan` and
`Menangani`, `Services Provided` and `Service Provision` share stems. Each
language's field phrases are stemmed with that language's Snowball stemmer
(Indonesian affix stripping: me-/ber-/di-/ter-/pe-/ke-, -kan/-an/-i/-nya;
English suffix stripping), and a line is stemmed both ways and matched against
both. A phrase listed for a field under one record type counts for the same
field under every type that has the field. Pure matching: nothing here decides
whether a line is a heading.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Any

from pipeline.extract.matching import Candidate, PhraseIndex
from pipeline.extract.normalize import fold_words
from pipeline.specs import LANGUAGES, RecordSpec, SchemaSet

# Snowball's names for the schema languages.
_SNOWBALL = {"id": "indonesian", "en": "english"}
# Stems of words this short are the words: "ke", "of", "no" must not lose letters.
MIN_STEMMED_LETTERS = 4


# Indonesian makes the one who acts with pe- (`pendamping`, the companion) and the one acted on
# or the act with -an (`dampingan`, the one accompanied; `pendampingan`, accompanying).
_AGENT_PREFIX = "pe"
_PATIENT_SUFFIX = "an"
# Marks an Indonesian agent noun's stem apart from the stem its other forms share.
AGENT_MARK = "*"


@lru_cache(maxsize=1 << 16)
def stem(word: str, language: str) -> str:
    """Return the stem of a folded word in a schema language ("id" or "en"); an Indonesian
    agent noun keeps a mark (`pendamping` the worker is not `dampingan` the client)."""
    if len(word) < MIN_STEMMED_LETTERS or not word.isalpha():
        return word
    stemmed = _stemmer(language).stemWord(word) or word
    if (
        language == "id"
        and word.startswith(_AGENT_PREFIX)
        and not word.endswith(_PATIENT_SUFFIX)
        and not stemmed.startswith(_AGENT_PREFIX)
    ):
        return stemmed + AGENT_MARK
    return stemmed


@lru_cache(maxsize=len(_SNOWBALL))
def _stemmer(language: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL[language])


def stem_words(words: tuple[str, ...], language: str) -> tuple[str, ...]:
    return tuple(stem(w, language) for w in words)


class StemIndex:
    """The schemas' field phrases, stemmed and pooled across record types, per language.

    Built on first use (~1 s): an archive whose headings are all listed never pays for it.
    """

    def __init__(self, schemas: SchemaSet, connectors: frozenset[str] = frozenset()) -> None:
        self._schemas = schemas
        self._connectors = connectors
        self._built: dict[str, PhraseIndex] | None = None

    @property
    def _by_language(self) -> dict[str, PhraseIndex]:
        if self._built is None:
            self._built = {
                lang: PhraseIndex(
                    self._schemas,
                    self._connectors,
                    language=lang,
                    transform=lambda words, lang=lang: stem_words(words, lang),  # type: ignore[misc]
                    pooled=True,
                )
                for lang in LANGUAGES
            }
        return self._built

    def clear_cache(self) -> None:
        for index in (self._built or {}).values():
            index.clear_cache()

    def candidates(self, words: tuple[str, ...]) -> list[Candidate]:
        """Return, per field, how much of the line its stemmed phrases cover, best first
        (the better of the two languages for each field)."""
        best: dict[tuple[str, str, str], Candidate] = {}
        for index in self._by_language.values():
            for c in index.candidates(words):
                key = (c.kind, c.record_type, c.name)
                old = best.get(key)
                if old is None or (c.coverage, c.anchored_length) > (
                    old.coverage,
                    old.anchored_length,
                ):
                    best[key] = c
        return sorted(
            best.values(),
            key=lambda c: (-c.coverage, -c.anchored_length, c.kind, c.record_type, c.name),
        )


# Words this short ("of", "dan", "no") join a label's words; they are nobody's own.
MIN_OWN_WORD_CHARS = 4


def stems_of(words: Collection[str]) -> frozenset[str]:
    """Return the words and their English stems (`practitioners`, `practitioner`): Indonesian
    affix stripping turns role nouns into their activity (`petugas`, an officer, into `tugas`,
    a task), which names no one."""
    return frozenset(
        form
        for w in words
        if len(w) >= MIN_OWN_WORD_CHARS and w.isalpha()
        for form in (w, stem(w, "en"))
    )


# Record specs hold mappings (unhashable): cached by identity, kept alive beside their value.
_OWN_STEMS: dict[int, tuple[RecordSpec, dict[str, frozenset[str]]]] = {}


def own_stems_of(spec: RecordSpec) -> dict[str, frozenset[str]]:
    """`_own_stems`, worked out once per record spec: a matcher is made for every record."""
    cached = _OWN_STEMS.get(id(spec))
    if cached is None or cached[0] is not spec:
        cached = _OWN_STEMS[id(spec)] = (spec, _own_stems(spec))
    return cached[1]


def _own_stems(spec: RecordSpec) -> dict[str, frozenset[str]]:
    """Return field name -> the stems of its synonyms' words that no other field of the type has."""
    stems = {
        f.name: stems_of([w for synonym in f.all_synonyms() for w in fold_words(synonym)])
        for f in spec.fields
    }
    return {
        name: own - frozenset().union(*(other for n, other in stems.items() if n != name))
        for name, own in stems.items()
    }
