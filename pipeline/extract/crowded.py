"""Cut a crowded line (`Agency: X  Client System: Y  Date: Z`) before each of its later labels.

A form typed on one line gives each label's value up to the next label, column gap
or the line's end. A later label is found by the schemas' synonyms of this record
type first; one that no schema lists (`Client System`, `Outreach worker`, `Umur`) is
found by its shape: a few capitalised words made of label words (the words of any
field's synonyms, or of the vocabulary's other labels) after a header's short value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.form_headers import MAX_HEADER_VALUE_WORDS
from pipeline.extract.lines import COLUMN_GAP, MAX_LABEL_WORDS, SPEECH_MARKS
from pipeline.extract.matching import PhraseIndex
from pipeline.extract.normalize import LABEL_COLON, fold_words
from pipeline.extract.tick_boxes import opens_with_box
from pipeline.vocabulary import Vocabulary

_WORD_SPAN = re.compile(r"\S+")
_INITIAL = re.compile(r"^[A-Z]\.$")
# A label no schema lists is read only when it is short and the value before it is a
# header's few words.
MAX_UNLISTED_LABEL_WORDS = 3
# A label after a whole name: a capitalised word, and a word in lower case after it.
MAX_NAMED_LABEL_WORDS = 2
# A name is at least a given name and a family name (`Y.` alone could end in anything).
MIN_NAME_WORDS = 2
# OCR reads a speck before a label as a quote mark or a comma (`2024 ‘Opened: …`).
_SPECKS = "\u2018\u2019'\"`\u00b4,.\u00b7"


@lru_cache(maxsize=8)
def _label_words(index: PhraseIndex, vocabulary: Vocabulary) -> frozenset[str]:
    """Return the folded words labels are made of: the schemas' and the vocabulary's others."""
    others = (w for word in vocabulary.other_label_words for w in fold_words(word))
    return frozenset(index.label_words).union(others)


def crowded_parts(
    matcher: FieldMatcher, first_label: str, text: str, value_start: int
) -> list[str]:
    """Return `text` cut before each later label (one part if none).

    A later label is the capitalised words (at most `MAX_LABEL_WORDS`) right
    before a colon in the value, naming a field or a period of this record
    type; the longest such run wins. Failing that, a short run of label words
    that no schema lists for this type is a label too (`_unlisted_label`). After
    a speaker tag (`Klien: …`) whose value is no person's name, a speaker tag is
    the next turn of a dialogue, not a label. A column gap (a tab, or three
    spaces and more) after the value has begun ends it too, and one before the first colon
    does when a listed label follows it (`_gapped_label_parts`).
    """
    if gapped := _gapped_label_parts(matcher, first_label, text):
        return gapped
    after_turn = matcher.is_turn(first_label)
    cuts: list[int] = []
    start = len(text) - len(text[value_start:].lstrip())
    # A tab after a colon (`Summary period:\t01/08/2024`) parts a label from its own value.
    # A gap before a tick box (`☐ Institutional   ☑ Semi-institutional`) parts two options.
    gaps = [
        gap.end()
        for gap in COLUMN_GAP.finditer(text, start)
        if not text[: gap.start()].rstrip().endswith((":", "\uff1a"))
        and not opens_with_box(text[gap.end() :])
    ]
    for colon in LABEL_COLON.finditer(text, value_start):
        since = cuts[-1] if cuts else value_start
        if colon.start() <= since:
            continue
        spans = list(_WORD_SPAN.finditer(text, since, colon.start()))
        cut = _listed_label(matcher, text, spans, colon.start(), after_turn)
        if cut is None and not text[colon.end() :].lstrip().startswith(SPEECH_MARKS):
            cut = _unlisted_label(matcher, text, spans, after_turn)
        if cut is not None:
            cuts.append(cut)
    bounds = [0, *sorted(set(cuts) | set(gaps)), len(text)]
    return [text[a:b].strip() for a, b in pairwise(bounds) if text[a:b].strip()]


def _gapped_label_parts(matcher: FieldMatcher, label: str, text: str) -> list[str]:
    """Return `text` cut at a column gap inside what reads as its first label, when a listed
    label follows the gap (`File No. EL-0923<tab>Status: Closed`: two cells of a scanned
    form's row, not one label's words), else []."""
    gap = COLUMN_GAP.search(label)
    if gap is None or matcher.field_match(tuple(fold_words(label[gap.end() :])), "label") is None:
        return []
    at = text.find(label)
    return [text[: at + gap.start()].strip(), text[at + gap.end() :].strip()]


def _listed_label(
    matcher: FieldMatcher, text: str, spans: list[re.Match[str]], colon: int, after_turn: bool
) -> int | None:
    for n in range(min(MAX_LABEL_WORDS, len(spans)), 0, -1):
        first = spans[-n]
        start = first.start() + len(first.group()) - len(first.group().lstrip(_SPECKS))
        label = text[start:colon]
        if not label[:1].isupper() or _INITIAL.match(first.group()):
            continue  # `Sdr. A. Jenis Kelamin :`: an initial ends the name before the label
        if after_turn and matcher.is_turn(label) and not _names_before(matcher, text, spans, n):
            continue
        words = tuple(fold_words(label))
        if matcher.field_match(words, "label") is not None or matcher.is_period(words):
            return first.start()
    return None


def _unlisted_label(
    matcher: FieldMatcher, text: str, spans: list[re.Match[str]], after_turn: bool
) -> int | None:
    """Return where a label that names no field of this type starts (`Client System`,
    `Outreach worker`, `Umur`), or None.

    It is one to three words before the colon, the first capitalised, holding a
    label word (a word of any field's synonyms, or of the vocabulary's other
    labels); a longer run opens with a label word or goes on in lower case (so
    `Mr. Caspian Ellery Outreach worker:` leaves the name whole). The value
    before it is a few words, as a header's values are, not a sentence.
    """
    label_words = _label_words(matcher.index, matcher.vocabulary)
    value_words = [s.group() for s in spans]
    whole, sentence, opening = [], [], []
    for n in range(1, min(MAX_UNLISTED_LABEL_WORDS, len(spans) - 1) + 1):
        label, before = value_words[-n:], value_words[:-n]
        if len(before) > MAX_HEADER_VALUE_WORDS or before[-1].endswith((".", "!", "?")):
            break
        if not label[0][:1].isupper() or (
            after_turn and not _names_before(matcher, text, spans, n)
        ):
            continue  # after a speaker's words, a capitalised word is more dialogue
        known = [any(w in label_words for w in fold_words(word)) for word in label]
        if all(known):
            whole.append(n)
        if any(known) and all(w[:1].islower() for w in label[1:]):
            sentence.append(n)
        if known[0]:
            opening.append(n)
    if whole or sentence:
        return spans[-max(whole or sentence)].start()
    if opening:
        return spans[-min(opening)].start()
    # After a whole name, a capitalised word (and one in lower case) before a colon can only
    # be a label (`Chloe Bennett PA: Mark Dunne`, `Aaliyah Hussain YOT officer: Mark Davies`).
    for n in range(1, MAX_NAMED_LABEL_WORDS + 1):
        label = value_words[-n:]
        if (
            len(spans) >= MIN_NAME_WORDS + n
            and label[0][:1].isupper()
            and all(w[:1].islower() for w in label[1:])
            and len(value_words) - n <= MAX_HEADER_VALUE_WORDS
            and not value_words[-n - 1].endswith((".", "!", "?", ","))
            and _names_before(matcher, text, spans, n)
        ):
            return spans[-n].start()
    return None


def _names_before(matcher: FieldMatcher, text: str, spans: list[re.Match[str]], n: int) -> bool:
    """Return True when the words before the last `n` are a person's name: the value of
    a header label (`Client: Ms. Fenella Ashgrove Worker: …`), not a turn of dialogue."""
    return len(spans) > n and matcher.people.is_person_name(
        text[spans[0].start() : spans[-n].start()]
    )
