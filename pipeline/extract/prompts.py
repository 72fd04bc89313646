"""Text that only stands where a value goes: placeholders (`-`, `N/A`, `belum diisi`), a
template's slots (`[Name, Role]`) and its instructions (`(tuliskan nama klien)`), never a value
(contract 1.1, Conventions)."""

from __future__ import annotations

import re

from pipeline.extract.normalize import fold_whitespace, fold_words, folded_phrases
from pipeline.vocabulary import Vocabulary, active_vocabulary

_ONLY_MARKS = re.compile(r"^[\W_]*$", re.UNICODE)
# A template's slot for a value: "[Name, Role]", "<nama klien>", "{date}"; OCR may misread
# the closing bracket ("[Nama, Jabatan)").
_SLOT = re.compile(r"^\s*[\[<{][^\[\]<>{}()]*[\]>})]\s*$")
# What OCR leaves of a slot when it loses the opening bracket with the word glued to it
# ("Jabatan)" of "[Nama, Jabatan]"): a few words, no figure, closing a bracket never opened.
_SLOT_TAIL = re.compile(r"^\s*[^\[\]<>{}()\d]+[\]>})]\s*$")
MAX_SLOT_TAIL_WORDS = 3
_PARENTHESISED = re.compile(r"^\s*\((?P<inner>[^()]*)\)\s*$")
# A sentence that asks: in parentheses where a value goes, the template's question to its writer.
_ASKS = re.compile(r"\w\s*\?(?:\s|$)")
# A template's instruction is a sentence or two; a longer paragraph opening with such a word is content.
MAX_PROMPT_WORDS = 40
MAX_PROMPT_OPENER_WORDS = 3
# A first sentence this short that speaks of "this space" is an instruction; a longer one may
# be a note about a form the client signed.
MAX_FORM_REFERENCE_WORDS = 15
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def is_placeholder(value: str) -> bool:
    """Return True when a value says nothing: empty, marks only (`-`, `....`), or `N/A`, `belum diisi`…"""
    text = fold_whitespace(value).strip(" :").casefold()
    if not text or _ONLY_MARKS.match(text):
        return True
    bare = text.lstrip("-–—•·* ")  # `— belum diisi`: a dash before the words of a blank
    return (
        bare in active_vocabulary().placeholders
        or bare.strip(".") in active_vocabulary().placeholders
    )


def is_slot_tail(value: str) -> bool:
    """Return True when a label's whole value is the tail of a template slot whose opening
    OCR lost (`Jabatan)`); a narrative's wrapped line may well end so, and is not asked."""
    return bool(_SLOT_TAIL.match(value)) and len(value.split()) <= MAX_SLOT_TAIL_WORDS


def is_prompt(text: str) -> bool:
    """Return True for a template's words standing where a value goes: a slot in brackets
    (`[Name, Role]`, `<nama klien>`), a question in parentheses (`(What did you know about the
    client beforehand?)`), or an instruction (`(tuliskan nama klien)`, `Describe the client's
    situation.`) opening with a word of `prompt_openers`, in parentheses or not, or speaking of
    the template itself (`form_references`: "this space", "kolom ini")."""
    parenthesised = _PARENTHESISED.match(text)
    if _SLOT.match(text) or (parenthesised and _ASKS.search(parenthesised["inner"])):
        return True
    if not parenthesised and text.lstrip().startswith(("(", "[")):
        return False  # a note before the text (`without_prompt` takes it off)
    inner = parenthesised.group("inner") if parenthesised else text
    vocabulary = active_vocabulary()
    if _speaks_of_the_form(inner, vocabulary):
        return True
    words = fold_words(inner)
    if not words or len(words) > MAX_PROMPT_WORDS:
        return False
    if parenthesised and (
        is_placeholder(inner) or _opens_with(words, folded_phrases(vocabulary.placeholders))
    ):
        return True  # "(kosong)", "(to be completed during the case)"
    openers = folded_phrases(vocabulary.prompt_openers)
    return any(
        " ".join(words[:n]) in openers
        for n in range(1, min(len(words), MAX_PROMPT_OPENER_WORDS) + 1)
    )


def addresses_the_writer(text: str) -> bool:
    """Return True for text that speaks to the record's writer (`What you hoped to achieve`,
    `Tuliskan apa yang Anda rasakan`): a guide's instruction, not a record's words."""
    pronouns = folded_phrases(active_vocabulary().writer_pronouns)
    return any(word in pronouns for word in fold_words(text))


def mostly_to_the_writer(texts: list[str], at_least: int) -> bool:
    """Return True when there are `at_least` texts and most of them speak to the record's
    writer: a guide's cells or a handout's sections, not a record's."""
    return len(texts) >= at_least and 2 * sum(map(addresses_the_writer, texts)) > len(texts)


def _speaks_of_the_form(text: str, vocabulary: Vocabulary) -> bool:
    """Return True for text whose first sentence, a short one, speaks of the template itself:
    "Student uses this space to record interaction word-for-word. Include …"."""
    words = fold_words(_SENTENCE_END.split(text, maxsplit=1)[0])
    if len(words) > MAX_FORM_REFERENCE_WORDS:
        return False
    references = folded_phrases(vocabulary.form_references)
    return any(
        " ".join(words[i : i + n]) in references
        for n in range(2, MAX_PROMPT_OPENER_WORDS + 1)
        for i in range(len(words) - n + 1)
    )


_LEADING_NOTE = re.compile(r"^\s*(\([^()]*\)|\[[^\[\]]*\])\s*")


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    return any(
        " ".join(words[:n]) in phrases
        for n in range(2, min(len(words), MAX_PROMPT_OPENER_WORDS) + 1)
    )


def without_prompt(text: str) -> str:
    """Return `text` without the template prompt it opens with (`(Tuliskan …) Klien datang …`
    read as one paragraph), or "" when it is all prompt."""
    if is_prompt(text):
        return ""
    note = _LEADING_NOTE.match(text)
    if note and is_prompt(note.group(1)):
        return text[note.end() :]
    return text


def is_parenthesised(text: str) -> bool:
    """Return True for text wholly in parentheses: a note on a short value (`(of interview)`),
    never a name, date or number itself."""
    return bool(_PARENTHESISED.match(text))
