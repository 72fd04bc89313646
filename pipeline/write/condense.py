"""Extractive summaries of long narrative fields: keep the key sentences, in their order.

This stage only chooses which sentences to show. It never rewrites or reorders
text; the one thing it adds is a line's own speaker label in front of a kept
sentence that had lost it. A narrative of at most `LONG_NARRATIVE_WORDS` words
is returned whole without loading spaCy.

How a sentence is scored (so a reader can check why it was kept):
1. The narrative is split into lines (a line is a paragraph or a dialogue
   turn) and each line into sentences (spaCy blank pipeline + sentencizer).
2. Content words are the alphabetic words that are not in spaCy's stop-word
   list for the language (`spacy.lang.<lang>.stop_words`), lower-cased. A
   line's speaker label ("Klien: ") is not counted, and a kept sentence is
   shown with the speaker label of its line.
3. A sentence's score is the sum of the narrative-wide counts of its distinct
   content words divided by the square root of how many there are: the cosine
   between the sentence and the whole narrative, up to a constant. Sentences
   that repeat what the narrative keeps talking about score high; long
   sentences are not favoured for length alone.
4. Sentences are kept from the highest score down (earlier sentence first on
   a tie) until the kept words reach `KEEP_RATIO` of the narrative, bounded by
   `MIN_KEPT_WORDS` and `MAX_KEPT_WORDS`; they are shown in their original
   order, grouped by their original line.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Shorter narratives fit in a few lines of the summary page: condensing them saves nothing.
LONG_NARRATIVE_WORDS = 120
# About a third of the words keeps the gist of a case-note section (checked by eye on samples).
KEEP_RATIO = 0.35
# Below ~60 words a summary loses the context that makes its sentences readable.
MIN_KEPT_WORDS = 60
# A summary page holds several sections; one section should stay under ~half a page.
MAX_KEPT_WORDS = 160

# Case notes abbreviate titles, dates and addresses; without these special cases the
# sentencizer would end a sentence at "tgl." or "Bpk.". spaCy's own list keeps its
# dotted entries (Dr., No., M.Si.); these are the common ones it lacks.
_EXTRA_ABBREVIATIONS = (
    "tgl.", "Tgl.", "Bpk.", "Bp.", "Ny.", "Sdr.", "Sdri.", "Jl.", "Jln.", "Kel.", "Kec.",
    "Kab.", "Prov.", "dll.", "dsb.", "dst.", "Yth.", "a.n.", "S.Sos.", "S.Tr.Sos.", "S.Psi.",
    "No.", "Hlm.", "hlm.", "Mr.", "Mrs.", "Ms.", "St.",
)  # fmt: skip
_LINES = re.compile(r"\s*\n\s*")
# A dialogue turn starts with a short speaker label ("Klien: ", "Pekerja Sosial: ", "PS: ").
_SPEAKER = re.compile(r"^[^\s:][^:\n]{0,29}:\s+")
# Brackets hold stage directions in dialogue; a sentence never ends inside one.
_OPENING = frozenset("([")
_CLOSING = frozenset(")]")


@dataclass(frozen=True)
class Digest:
    """The text to show for one narrative: all of it, or its key sentences.

    `paragraphs` are non-empty lines of the original text (condensed lines hold
    only their kept sentences). `sentences_kept` and `sentences_total` are 0
    when the text was shown whole.
    """

    paragraphs: tuple[str, ...]
    sentences_kept: int = 0
    sentences_total: int = 0

    @property
    def condensed(self) -> bool:
        return self.sentences_kept > 0


def word_count(text: str) -> int:
    """Return the number of whitespace-separated words in `text`."""
    return len(text.split())


def digest(text: str, language: str | None, *, full_text: bool = False) -> Digest:
    """Return `text` whole, or condensed to its key sentences when it is long.

    Whole when `full_text` is set, when it has at most `LONG_NARRATIVE_WORDS`
    words, or when the selection would keep every sentence anyway. `language`
    "id" uses the Indonesian tokenizer and stop words; anything else English.
    """
    lines = tuple(line for line in _LINES.split(text.strip()) if line)
    if full_text or word_count(text) <= LONG_NARRATIVE_WORDS:
        return Digest(lines)
    sentences = _sentences(lines, _pipeline("id" if language == "id" else "en"))
    kept = _select(sentences)
    if len(kept) == len(sentences):
        return Digest(lines)
    paragraphs = (
        _kept_line(line, [s for s in kept if s.line == i]) for i, line in enumerate(lines)
    )
    return Digest(
        tuple(p for p in paragraphs if p),
        sentences_kept=len(kept),
        sentences_total=len(sentences),
    )


def _kept_line(line: str, kept: Sequence[_Sentence]) -> str:
    """Return the kept sentences of one line, still led by its speaker ("Klien: ") if it had one."""
    text = " ".join(s.text for s in kept)
    speaker = _SPEAKER.match(line)
    if text and speaker and not text.startswith(speaker.group()):
        return speaker.group() + text
    return text


@dataclass(frozen=True)
class _Sentence:
    index: int  # position in the narrative
    line: int  # index of the line it came from
    text: str
    words: frozenset[str]  # distinct content words, lower-cased


def _sentences(lines: Sequence[str], nlp: Language) -> tuple[_Sentence, ...]:
    """Return the sentences of `lines` in order, with their content words (module docstring, 1-2)."""
    stop_words = nlp.Defaults.stop_words
    found: list[_Sentence] = []
    for line, doc in enumerate(nlp.pipe(lines)):
        # A speaker label repeats on every turn: counted, it would favour the chattier speaker.
        speaker = _SPEAKER.match(doc.text)
        label_end = speaker.end() if speaker else 0
        for span in _bracket_safe(doc):
            words = frozenset(
                t.lower_
                for t in span
                if t.idx >= label_end and t.is_alpha and len(t) > 1 and t.lower_ not in stop_words
            )
            found.append(_Sentence(len(found), line, span.text, words))
    return tuple(found)


def _bracket_safe(doc: Doc) -> Iterator[Span]:
    """Yield the sentences of `doc`, joining those the sentencizer cut inside brackets.

    A stage direction after a question ("Pak? (klien menunduk lama)") would
    otherwise leave "(" on one sentence and "... lama)" on the next.
    """
    start: int | None = None
    depth = 0
    for span in doc.sents:
        start = span.start if start is None else start
        depth += sum(t.text in _OPENING for t in span) - sum(t.text in _CLOSING for t in span)
        if depth <= 0:
            yield doc[start : span.end]
            start, depth = None, 0
    if start is not None:
        yield doc[start:]


def _select(sentences: Sequence[_Sentence]) -> tuple[_Sentence, ...]:
    """Return the sentences to keep, in their original order (module docstring, steps 3-4)."""
    counts = Counter(word for s in sentences for word in s.words)

    def score(s: _Sentence) -> float:
        return sum(counts[w] for w in s.words) / math.sqrt(len(s.words)) if s.words else 0.0

    total = sum(word_count(s.text) for s in sentences)
    budget = min(MAX_KEPT_WORDS, max(MIN_KEPT_WORDS, KEEP_RATIO * total))
    kept: list[_Sentence] = []
    words = 0
    for sentence in sorted(sentences, key=lambda s: (-score(s), s.index)):
        if words >= budget:
            break
        kept.append(sentence)
        words += word_count(sentence.text)
    return tuple(sorted(kept, key=lambda s: s.index))


@lru_cache(maxsize=2)
def _pipeline(lang: str) -> Language:
    """Return a blank `lang` pipeline with a sentencizer and only dotted tokenizer special cases.

    `spacy.blank("id")` builds ~16,000 special cases (mostly reduplications such
    as `anak-anak`): ~1.1 s to build and ~26x slower tokenizing (see
    PERFORMANCE.md). Abbreviations are the only special cases that change a
    sentence boundary, so only those are kept.
    """
    from spacy.attrs import ORTH
    from spacy.util import get_lang_class

    base = get_lang_class(lang)
    exceptions = {k: v for k, v in base.Defaults.tokenizer_exceptions.items() if k.endswith(".")}
    exceptions.update({abbr: [{ORTH: abbr}] for abbr in _EXTRA_ABBREVIATIONS})
    defaults = type("Defaults", (base.Defaults,), {"tokenizer_exceptions": exceptions})
    nlp: Language = type(f"Fast{base.__name__}", (base,), {"Defaults": defaults})()
    nlp.add_pipe("sentencizer")
    return nlp
