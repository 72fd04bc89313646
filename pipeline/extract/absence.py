"""Tell a required field that is absent from one that may be there under words nobody listed.

A required field that was not found goes to `needs_review`, with the text that
could hold it, instead of `missing_required`, when the record has an orphan of
the field's kind (text no field took, see `sections.Orphan`):
- narrative or list: an unmatched heading with prose under it, or an unmatched
  label with prose as its value, unless its words are another section's and
  none is this one's (`2.4 EVALUASI` may hold the evaluation, not the assessment;
  `Uraian Pengaduan` may hold the problem though `No. Pengaduan` is the case number);
- date or dates: an unmatched label whose value is a date, or an unmatched
  heading whose first line is one;
- text or integer: an unmatched label with a short value that is not a date
  (an integer needs a digit, a person's name has none: `Client ID: 0417`) and that shares a word with the field's
  synonyms that no other field of the type uses, or shares one of its words
  and has none that only another field uses (`Nama PPKS` may be the client's
  name; `Nama Petugas` is the worker's, `Resident Name` the client's, and
  `Hobi: membaca` nobody's).
A heading or label of codes and numbers (`SK-LN-0042`) names no section and
holds nothing; nor does a label whose value is a placeholder or a prompt (`Name: N/A`):
whichever field it is, it is blank, so the field is missing. Nor does a label run into a
section's text (`Strengths: …` under `Assessment`): its text is that section's. Passages under no heading are never candidates: every record has some, and
a field a passage holds unannounced is one a supervisor would call missing.
Nested entry paths (`entries[2].time`) and `entries` stay missing: a log row
without a time is incomplete whatever else the record holds.

Only `missing_required` is weighed; nothing here adds a field or changes a value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pipeline.extract.assemble import Orphan
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.lines import label_value, numbered_part
from pipeline.extract.normalize import find_dates, fold_words
from pipeline.extract.prompts import is_placeholder, is_prompt
from pipeline.records import Candidate, Review
from pipeline.specs import PERSONS, FieldSpec, RecordSpec

# Prose under a heading: a sentence or more, not a name or a date.
MIN_NARRATIVE_WORDS = 12
# A value that could be a name, a number or a place is short.
MAX_SHORT_VALUE_WORDS = 8
# A date value is the date and little else ("Senin, 5 Maret 2024 pukul 10.00").
MAX_DATE_VALUE_WORDS = 8
# Words this short ("dan", "of", "the") join synonyms; they name no field.
MIN_CONTENT_CHARS = 4
# The supervisor reads the first few places to look; more would bury them.
MAX_CANDIDATES = 3
# A section the classifier ranks this low among the record's sections holds another one.
MODEL_RANK = 2
REASONS = {
    "heading": "not found; may be under an unknown heading",
    "label": "not found; may be the value of an unknown label",
}


def _words(text: str) -> int:
    return len(text.split())


def _is_date(value: str) -> bool:
    return bool(value) and _words(value) <= MAX_DATE_VALUE_WORDS and bool(find_dates(value))


def _content_words(text: str) -> set[str]:
    return {w for w in fold_words(text) if len(w) >= MIN_CONTENT_CHARS}


def _synonym_words(spec: FieldSpec) -> set[str]:
    return {w for synonym in spec.all_synonyms() for w in _content_words(synonym)}


def _shares_an_own_word(label: str, spec: FieldSpec, record: RecordSpec) -> bool:
    others = {w for other in record.fields if other is not spec for w in _synonym_words(other)}
    return bool(_content_words(label) & (_synonym_words(spec) - others))


def _shares_a_word_no_other_owns(label: str, spec: FieldSpec, record: RecordSpec) -> bool:
    """`Nama PPKS` for the client's name: a word of the field's ("nama"), none that only
    another field uses ("petugas" is the worker's)."""
    words = _content_words(label)
    if not words & _synonym_words(spec):
        return False
    return not any(
        words & (_synonym_words(other) - _synonym_words(spec))
        for other in record.fields
        if other is not spec
    )


def _names_another_field(text: str, spec: FieldSpec, record: RecordSpec) -> bool:
    """Return True for a heading over prose whose words are another section's own and none this
    one's. A short field's words name no section (`Uraian Pengaduan` holds the complaint,
    whatever `No. Pengaduan` numbers), nor do words several sections share (`Closing of the
    Interview` may hold the conclusion)."""
    words = _content_words(text)
    if words & _synonym_words(spec):
        return False
    sections = [f for f in record.fields if f.kind in ("narrative", "list")]
    return any(words & _own_words(other, sections) for other in sections if other is not spec)


def _own_words(spec: FieldSpec, fields: Sequence[FieldSpec]) -> set[str]:
    """Return the words of `spec`'s synonyms that no other of `fields` has: `interview` heads
    a process record's purpose, narrative and date alike, and names none of them."""
    others = {w for other in fields if other is not spec for w in _synonym_words(other)}
    return _synonym_words(spec) - others


def _names_something(text: str) -> bool:
    return any(w.isalpha() for w in _content_words(text))


def could_hold(spec: FieldSpec, orphan: Orphan, record: RecordSpec) -> bool:
    """Return True when `orphan` is text of the kind `spec` holds (see the module docstring)."""
    body = orphan.body.strip()
    if orphan.run_in or not _names_something(orphan.text):
        return False
    if orphan.kind == "label" and (is_placeholder(body) or is_prompt(body)):
        return False
    if spec.kind in ("narrative", "list"):
        return (
            orphan.kind in ("heading", "label")
            and _words(body) >= MIN_NARRATIVE_WORDS
            and not _mostly_labels(body)
            and not _names_another_field(orphan.text, spec, record)
        )
    if spec.kind in ("date", "dates"):
        if orphan.kind == "label":
            return _is_date(body)
        return orphan.kind == "heading" and bool(orphan.parts) and _is_date(orphan.parts[0])
    if spec.kind in ("text", "integer"):
        return (
            orphan.kind == "label"
            and 1 <= _words(body) <= MAX_SHORT_VALUE_WORDS
            and not _is_date(body)
            and (spec.kind == "text" or any(c.isdigit() for c in body))
            and not (spec.identifies in PERSONS and any(c.isdigit() for c in body))
            and (
                _shares_an_own_word(orphan.text, spec, record)
                or _shares_a_word_no_other_owns(orphan.text, spec, record)
            )
        )
    return False


def _mostly_labels(body: str) -> bool:
    """Return True for text most of whose lines are labels with values: a form's header block
    under a title read as a heading, not a section's prose."""
    lines = [line for line in body.splitlines() if line.strip()]
    labelled = [
        pair
        for pair in map(label_value, lines)
        if pair is not None and pair[1] and not numbered_part(*pair)  # `Session 1: She …`
    ]
    return 2 * len(labelled) > len(lines)


def _likeliest_sections(
    orphan: Orphan, record: RecordSpec, model: FieldModel, filled: frozenset[str]
) -> frozenset[str]:
    """Return the `MODEL_RANK` sections the record lacks that the classifier finds likeliest for
    the orphan's heading and text: a missing section outside them is not there (`NEXT SESSION`
    holds next steps, not the conclusion; `PRELIMINARIES` an introduction, not the narrative).
    Sections the record has are out of the running: their text is found."""
    sections = [
        f.name for f in record.fields if f.kind in ("narrative", "list") and f.name not in filled
    ]
    probabilities = model.probabilities(orphan.text, orphan.body)
    ranked = sorted(sections, key=lambda name: probabilities.get(name, 0.0), reverse=True)
    return frozenset(ranked[:MODEL_RANK])


def review_missing(
    spec: RecordSpec,
    missing_required: Sequence[str],
    orphans: Iterable[Orphan],
    model: FieldModel | None = None,
    filled: frozenset[str] = frozenset(),
    blank: frozenset[str] = frozenset(),
    unread: Mapping[str, tuple[str, int, str]] | None = None,
) -> tuple[tuple[str, ...], tuple[Review, ...]]:
    """Return (missing_required, needs_review): each field of `missing_required` in one of them.
    `filled` names the fields the record has; `blank` those whose heading or label it has with
    nothing under it, which are missing whatever text elsewhere could hold them; `unread`
    those whose label it has with a value nobody understood (label, page, what is wrong),
    which a person reads: the field is there, not absent."""
    unread = unread or {}
    orphans = tuple(orphans)
    likeliest: dict[int, frozenset[str]] = {}  # by orphan: read once, whatever is missing
    missing: list[str] = []
    reviews: list[Review] = []
    for path in missing_required:
        field = spec.field(path) if spec.has_field(path) else None
        if field is None or field.name in blank:
            missing.append(path)
            continue
        if field.name in unread:
            label, page, problem = unread[field.name]
            reviews.append(Review(path, f"found, but {problem}", (Candidate(label, page),)))
            continue
        holders = [o for o in orphans if could_hold(field, o, spec)]
        if model is not None and field.kind in ("narrative", "list"):
            for o in holders:
                if id(o) not in likeliest:
                    likeliest[id(o)] = _likeliest_sections(o, spec, model, filled)
            holders = [o for o in holders if field.name in likeliest[id(o)]]
        if not holders:
            missing.append(path)
            continue
        shown = holders[:MAX_CANDIDATES]
        reviews.append(
            Review(
                path,
                REASONS[shown[0].kind],
                tuple(Candidate(o.text, o.page) for o in shown),
            )
        )
    return tuple(missing), tuple(reviews)
