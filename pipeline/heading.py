"""When a block or line looks like a heading: the one home of that test and its thresholds.

Looks only, never words: whether a heading names a field is matching's
question (`extract/field_matcher.py`). Two readers ask it of what they see:

- ingestion, of a whole block, with the font evidence the file gives:
  `block_looks_like_heading` (Word gives a paragraph and its runs; a PDF gives
  lines grouped by the layout pass, where a block may wrap onto a second line
  and an all-caps block is a heading by its capitals alone only while short);
- extraction, of a line, with what ingestion saw (`styled`, the block's kind
  and style) and where the line stands: `looks_like_heading`, `set_apart`
  (style, capitals or numbering: a title or a heading the classifier may
  name) and `strongly_set_apart` (also alone in its block or ending in a
  colon: a heading that may name a section by one word of its synonym), and
  `heading_shaped_in_text` (a line inside a block that may still be a heading
  when it is a field's heading word for word);
- both readers, of a line whose opening words are bold and the rest regular:
  `label_by_weight` (a label and its value with no colon between them), `run_in_heading`
  (a bold heading closed by a full stop, its section's text after it on the line) and
  `labels_by_weight` (several bold labels on a line, each before its value).
"""

from __future__ import annotations

import re
from typing import Literal

# Larger than the body text by this ratio reads as a heading even without bold.
HEADING_SIZE_RATIO = 1.15
# A heading is a line, not a paragraph.
MAX_HEADING_CHARS = 120
# Beyond this many words a line is prose, whatever its style.
MAX_HEADING_WORDS = 9
# A Word paragraph in bold or capitals this long is still a heading (Word sets
# its headings apart by style, so a long one is rarely emphasis).
MAX_DOCX_HEADING_WORDS = 14
# A heading the reader left inside a block of text is this short.
MAX_BARE_HEADING_WORDS = 4
# A PDF block wraps a long heading onto a second line at most.
MAX_PDF_HEADING_LINES = 2
# An all-caps PDF line longer than this is shouting, not a heading (unless bold or larger).
MAX_CAPS_HEADING_WORDS = 10
# Capital letters needed before capitals are evidence ("A" alone is not): Word's
# runs say caps outright, so two letters are enough there; a PDF line only has its letters.
MIN_CAPS_LETTERS = {"docx": 2, "pdf": 3}
# A heading style's name (Word's or the reader's).
HEADING_STYLE = re.compile(r"^(heading|title|judul|subtitle)", re.I)
# "No.", "Tgl.", "Reg." end in a dot without ending a sentence.
MAX_ABBREVIATION_LETTERS = 4
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# A full stop followed by a capital inside a block means more than one sentence.
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\u00c0-\u00de]")
# "Nama Klien: Budi" in bold is a label line, not a heading; "Identitas Klien:" is.
_LABEL_VALUE = re.compile(r"\S\s*:\s*\S")

Source = Literal["docx", "pdf"]


def all_caps(text: str, min_letters: int = 1) -> bool:
    """Return True when every letter of `text` is a capital (and there are `min_letters`)."""
    # isupper: a cased letter and no lower-case one; every line of every stage asks.
    if not text.isupper():
        return min_letters <= 0 and not any(c.isalpha() for c in text)
    return min_letters <= 1 or sum(c.isalpha() for c in text) >= min_letters


def in_title_case(text: str, connectors: frozenset[str]) -> bool:
    """Return True when every word of `text` opens with a capital but its joining words
    (`connectors`: `Where Our Money Comes From`, `Susunan Pengurus dan Staf`)."""
    return all(w[:1].isupper() or w.casefold() in connectors for w in text.split())


def mostly_lower_case(text: str, min_words: int) -> bool:
    """Return True for at least `min_words` words, most of them opening in lower case: running
    text, not a name, a letterhead or a header line of capitals and figures."""
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= min_words and 2 * lower > len(words)


# A line this long going on in lower case on the next is a sentence's start, not a heading.
MIN_RUN_ON_WORDS = 6


def runs_on(text: str, following: str) -> bool:
    """Return True for the start of a sentence going on over the next line, that OCR or a
    reader took for a heading: several words, the next line opening in lower case
    (`Setelah kecelakaan PM kehilangan pekerjaan sebagai di bengkel dan` / `mengurung …`)."""
    return (
        len(text.split()) >= MIN_RUN_ON_WORDS
        and not text.rstrip().endswith(":")
        and following.lstrip()[:1].islower()
    )


def ends_sentence(text: str) -> bool:
    """Return True when text ends a sentence; `Case No.` or `Tgl.` end an abbreviation instead."""
    if not _SENTENCE_END.search(text):
        return False
    last = text.rstrip(".!? ").split()[-1] if text.rstrip(".!? ").split() else ""
    return not (text.endswith(".") and len(last) <= MAX_ABBREVIATION_LETTERS)


def block_looks_like_heading(
    source: Source,
    text: str,
    *,
    bold: bool,
    size_ratio: float | None,
    caps: bool,
    label: bool = False,
    bullet: bool = False,
    lines: int = 1,
    body_start: int = 0,
) -> bool:
    """Return True for a block that stands out (bold, capitals or larger) and is no sentence.

    `label`: the reader found `Label: value` in it; `bullet`: it is a bulleted item
    (a list item however it is formatted); `body_start`: where the text starts after
    its numbering.
    """
    if len(text) > MAX_HEADING_CHARS or label or bullet:
        return False
    bigger = size_ratio is not None and size_ratio >= HEADING_SIZE_RATIO
    if source == "docx":
        if len(text.split()) > MAX_DOCX_HEADING_WORDS or "\n" in text or text.endswith("."):
            return False
        if _LABEL_VALUE.search(text) or not any(ch.isalpha() for ch in text):
            return False
        return bold or caps or bigger
    if (
        lines > MAX_PDF_HEADING_LINES
        or SENTENCE_BREAK.search(text[body_start:])
        or (not caps and text.endswith((".", ",", ";")))
    ):
        return False
    return bigger or bold or (caps and len(text.split()) <= MAX_CAPS_HEADING_WORDS)


def reader_styled(
    kind: str, style_name: str | None, bold: bool, size_ratio: float | None, n_words: int
) -> bool:
    """Return True when ingestion saw a heading: its kind, a heading style, or a short block
    in bold or larger type."""
    if kind == "heading":
        return True
    if style_name and HEADING_STYLE.match(style_name):
        return True
    return bool(bold or (size_ratio or 1.0) >= HEADING_SIZE_RATIO) and n_words <= MAX_HEADING_WORDS


def bilingual_halves(text: str) -> list[str]:
    """Return the two halves of a line written in both languages (`RAHASIA / CONFIDENTIAL`),
    or none."""
    halves = [h.strip() for h in text.split(" / ")]
    return halves if len(halves) == 2 and all(halves) else []


def looks_like_heading(text: str, *, styled: bool, numbered: bool, only: bool) -> bool:
    """Return True for a short line set apart as a heading (style, caps, numbering, a colon at
    its end, or alone in its block) that does not end a sentence; a numbered question (`3. Apa
    kesimpulan pekerja sosial?`) is a form's heading, the answer below it."""
    text = text.strip()
    # A heading in both languages (`SITUASI PENGASUHAN DAN LINGKUNGAN / CARE ARRANGEMENT AND
    # SURROUNDINGS`) is as long as its longer half.
    longest = max((len(h.split()) for h in bilingual_halves(text)), default=len(text.split()))
    if not text or longest > MAX_HEADING_WORDS:
        return False
    if styled:
        return True
    if text[:1].islower() and not numbered:
        return False  # a sentence's end wrapped alone into a block of its own (`used to wait.`)
    closes = (
        ends_sentence(text) and not text.endswith(":") and not (numbered and text.endswith("?"))
    )
    return (all_caps(text) or numbered or text.endswith(":") or only) and not closes


def set_apart(text: str, *, styled: bool, numbered: bool) -> bool:
    """Return True for a line set apart by style, capitals or numbering (a title, or a heading
    the classifier may name); a line merely alone in its block is as often a list item."""
    return styled or all_caps(text) or numbered


def strongly_set_apart(text: str, *, styled: bool, numbered: bool, only: bool) -> bool:
    """Return True for a line set apart, alone in its block, or ending in a colon."""
    return set_apart(text, styled=styled, numbered=numbered) or only or text.rstrip().endswith(":")


def heading_shaped_in_text(text: str) -> bool:
    """Return True for a very short capitalised line that ends in no punctuation ("Introduction")."""
    text = text.strip()
    return (
        len(text.split()) <= MAX_BARE_HEADING_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
    )


# A label set in bold before its value in regular type, with no colon (`**Anak** An. Putri
# Lestari`): a few words of label, a short value.
MAX_BOLD_LABEL_WORDS = 4
MAX_BOLD_VALUE_WORDS = 10


def label_by_weight(lead: str, rest: str) -> bool:
    """Return True when a line's bold opening words (`lead`) before words in regular type
    (`rest`) are a label and its value, though no colon parts them: a form's way too."""
    lead, rest = lead.strip(), rest.strip()
    if not lead or not rest or "\n" in lead + rest or any(c in lead + rest for c in ":："):
        return False
    return (
        len(lead.split()) <= MAX_BOLD_LABEL_WORDS
        and len(rest.split()) <= MAX_BOLD_VALUE_WORDS
        and not ends_sentence(lead)
        and lead[:1].isupper()
        and (rest[:1].isupper() or rest[:1].isdigit())  # a name, a date, a place
    )


# A section's label in a dialogue's place is a phrase of a few words (`Where we landed`).
MAX_SECTION_LABEL_WORDS = 5


def section_phrase(label: str) -> bool:
    """Return True for a label worded as a phrase, a later word of it in lower case (`My
    reactions and thinking`, `Where we landed`): a section's, as no name or speaker tag is."""
    words = label.split()
    return 1 < len(words) <= MAX_SECTION_LABEL_WORDS and any(w[:1].islower() for w in words[1:])


# A run-in heading: a few bold words closed by a full stop, then the section's text in regular
# type on the same line (`**Opening.** Tamsin is in week six…`, `**Rencana.** Klien akan…`).
MAX_RUN_IN_WORDS = 5
MIN_RUN_IN_LAST_LETTERS = 3  # `Mr.`, `Dr.`, `No.`: an abbreviation, not a heading's end


def run_in_heading(lead: str, rest: str) -> bool:
    """Return True when a line's bold opening words (`lead`), closed by a full stop, head the
    text in regular type after them (`rest`): a section's heading run into its paragraph."""
    lead, rest = lead.strip(), rest.strip()
    if not lead.endswith(".") or not rest or "\n" in lead:
        return False
    words = lead[:-1].split()
    return (
        0 < len(words) <= MAX_RUN_IN_WORDS
        and "." not in lead[:-1]
        and lead[:1].isupper()
        and words[-1].isalpha()
        and not _abbreviation(words)
        and (rest[:1].isupper() or rest[:1].isdigit())
    )


def _abbreviation(words: list[str]) -> bool:
    """Return True when words closed by a full stop end in an abbreviation (`Mr.`, `No.`), not
    a heading's last word: a short capitalised word, or a short word alone (`How I understand
    it.` ends a heading)."""
    last = words[-1]
    return len(last) < MIN_RUN_IN_LAST_LETTERS and (last[:1].isupper() or len(words) == 1)


# A run-in heading's text opens with a capital and runs to a sentence's words on its line,
# counted in words of letters (`Re: Rosa Delgado` and `Subject: Case note - D. Whitford - 7 &
# 8 March` are a label and its value).
MIN_RUN_IN_TEXT_WORDS = 8
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def run_in_text_shaped(value: str) -> bool:
    """Return True when a label's value on its line reads as a run-in heading's section text."""
    return value[:1].isupper() and len(_LETTER_WORDS.findall(value)) >= MIN_RUN_IN_TEXT_WORDS


# Bold labels after one another on a line, each before its value in regular type (`**Agency.**
# Harbourside Family Services. **Case number.** HFS-2024-0311.`): every value but the last is
# a header's few words, as a bold label's value is (`MAX_BOLD_VALUE_WORDS`).
MIN_LABELS_ON_LINE = 2


def labels_by_weight(
    parts: list[tuple[str, bool]], wrapped: bool = False
) -> list[tuple[str, str]] | None:
    """Return the (label, value) pairs of a line whose parts (text, bold) are bold labels
    alternating with their values in regular type, the full stop or colon closing each
    label and the full stop closing each value dropped; None for any other line.

    A `wrapped` line (a row of a paragraph set in lines) may open with the value of the row
    above's last label (its label "") and end on a label whose value is on the row below
    (its value "", the label closed by its full stop or colon); one label then suffices
    beside a value carried over.
    """
    parts = [(text.strip(), bold) for text, bold in parts if text.strip()]
    carried = wrapped and bool(parts) and not parts[0][1]
    if carried:
        parts.insert(0, ("", True))
    if wrapped and parts and parts[-1][1] and parts[-1][0].endswith((".", ":", "：")):
        parts.append(("", False))
    labels, values = parts[0::2], parts[1::2]
    if len(labels) < MIN_LABELS_ON_LINE or len(labels) != len(values):
        return None
    if not all(bold for _, bold in labels) or any(bold for _, bold in values):
        return None
    pairs = [
        (label.rstrip(".:：").strip(), value)
        for (label, _), (value, _) in zip(labels, values, strict=True)
    ]
    heads = pairs[1:] if carried else pairs
    if not all(_bold_label(label, value, wrapped) for label, value in heads):
        return None
    if any(len(value.split()) > MAX_BOLD_VALUE_WORDS for _, value in pairs[:-1]):
        return None
    return [(label, without_full_stop(value)) for label, value in pairs]


def without_full_stop(value: str) -> str:
    """Return a value without the full stop closing it, but not an abbreviation's own (`Rina
    Marlina, S.Tr.Sos.`, `Antonio M.`): `Daniel Okafor, MSW.` ends a sentence-like run."""
    words = value.split()
    if not words or not value.endswith(".") or "." in words[-1][:-1] or len(words[-1]) <= 3:
        return value  # `S.Tr.Sos.`, an initial (`Antonio M.`), `Jr.`
    return value[:-1].strip()


def _bold_label(label: str, value: str, wrapped: bool) -> bool:
    words = label.split()
    return (
        0 < len(words) <= MAX_BOLD_LABEL_WORDS
        and label[:1].isupper()
        and not any(c in label for c in ".:：")
        and not _abbreviation(words)
        and bool(value or wrapped)
    )


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int | None:
    if not text or any(c not in _ROMAN for c in text):
        return None
    values = [_ROMAN[c] for c in text]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def follows_number(previous: str | None, numbering: str | None) -> bool:
    """Return True when `numbering` comes right after `previous` (`2.` then `3.`, `B.` then
    `C.`, `I.` then `II.`): a heading beside the last one, not an item under it (which starts
    again at `1.`)."""
    if previous is None or numbering is None:
        return False
    before, after = previous.strip("().").strip(), numbering.strip("().").strip()
    if before.isdigit() and after.isdigit():
        return int(after) == int(before) + 1
    if len(before) == len(after) == 1 and before.isupper() and after.isupper():
        return ord(after) == ord(before) + 1
    return follows_roman(previous, numbering)


def follows_roman(previous: str, numbering: str) -> bool:
    """Return True for Roman numbers one after the other (`I.` then `II.`): headings of one
    level, which lists are not numbered with."""
    first, second = _roman(previous.strip("().").strip()), _roman(numbering.strip("().").strip())
    return first is not None and second is not None and second == first + 1


# A form's question is a sentence, longer than a heading may be, but not a paragraph.
MAX_QUESTION_WORDS = 20
# An aside in brackets at a text's end (`Mia Carter (15)`, `What was said? (write …)`).
TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def form_question(text: str, *, styled: bool, numbered: bool, only: bool) -> bool:
    """Return True for a form's numbered question set apart as a heading, however long (`4.
    What did you notice about his body language, mood and tone?`), an instruction in brackets
    after it or not (`3. What was said? (write the exchange as closely as you remember)`)."""
    question = TRAILING_ASIDE.sub("", text).rstrip()
    return (
        styled
        and numbered
        and only
        and question.endswith("?")
        and len(text.split()) <= MAX_QUESTION_WORDS
    )
