"""Which line of a record is a heading or label, and which field it names: pure matching.

`FieldMatcher` answers questions about a line or cell of one record type and
keeps no state between them; `sections.py` walks the lines and asks it, and
`assemble.py` builds the results. Splitting them is spaCy's habit (a
`Matcher` finds, the caller builds), so a rule change here shows as a changed
answer to one question (tests/test_stages_field_matcher.py) before it shows in a
record.

Mapping a heading or label to a field is a cascade: a listed synonym of this
type's fields (`via` "synonym"), else the stems of its words against the
synonyms of the same field under any type ("stem", `stems.py`), else, for a
line the layout set apart, the learned classifier over the heading and the
text under it ("model", `fieldmodel.py`). A `Label: value` line none of
these names is read from its value (`guess_from_value`): a whole date or a
small number can only be a field of that kind, a name opening with an
honorific a client's or worker's (`x-identifies`), a code of capitals and
digits the case's; the classifier reads the label among those ("model"); a
named label later in the record outranks it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Literal

from pipeline.extract.addresses import (
    SENTENCE_MARKS,
    is_agency_name,
    is_place,
    is_street_address,
)
from pipeline.extract.classify import title_of
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.lines import MAX_LABEL_WORDS, Line
from pipeline.extract.matching import PARENTHETICAL, Candidate, PhraseIndex, line_key
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    folded_phrases,
    normalise_enum,
    parse_dates,
    parse_period,
    split_numbering,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.stems import StemIndex, stem
from pipeline.heading import heading_shaped_in_text, mostly_lower_case
from pipeline.records import Via
from pipeline.specs import PERSONS, FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

FULL_COVERAGE = 0.99
MIN_HEADING_COVERAGE = 0.75
MIN_PARTIAL_HEADING_COVERAGE = 0.5
MIN_LABEL_COVERAGE = 0.6
MatchMode = Literal["label", "heading"]
# A sign-off line ("Bandung, 28 Juni 2024", "Mengetahui,") is short.
MAX_SIGNATURE_WORDS = 8
MAX_OPENER_WORDS = 3
# Numbering that marks a sub-heading inside a section ("a.", "1.2", bullets), not a new section.
SUB_LEVELS = frozenset({"lower", "decimal2", "decimal3", "bullet"})
# A table header cell is a short name of a column, not a sentence.
MAX_COLUMN_HEADER_WORDS = 8
# A speaker tag is a short name before a colon: "PS", "Klien", "Mrs T", "Ibu Sari".
MAX_SPEAKER_TAG_WORDS = 3
# A name runs to a few words; a longer value after "Worker:" is what the worker said.
MAX_NAME_WORDS = 6
SPEECH_MARKS = (*SENTENCE_MARKS, "'")
_TAG = re.compile(r"^\s*(?P<tag>[^:：\n]{1,30}?)\s*[:：]\s*\S")
# A colon that may end a label inside a value; not one between digits (09:15) or in a URL.


@dataclass(frozen=True)
class Cascade:
    """The second and third steps of the mapping cascade; either may be absent."""

    stems: StemIndex | None = None
    model: FieldModel | None = None


# A label's value read as a whole date is the date and little else ("Senin, 5 Maret 2024").
MAX_DATE_VALUE_WORDS = 6
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
_DIGIT = re.compile(r"\d")
# A case number's parts: capitals and digits, joined by / - . or a space (`PSAA-TH/2022/019`).
_CODE_PART = re.compile(r"[A-Z0-9]{1,8}")
_CODE_JOINS = re.compile(r"[/.\-\s]+")
MAX_CODE_PARTS = 6
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b.*\d{4}|\d{4}.*\b\d{1,2}\b")
# A value the classifier may give to a text field by its label is this short (a sex, a
# referral's source, a place), not a sentence.
MAX_TEXT_GUESS_WORDS = 8
# A value read as an enumeration's is a few words (`Sub-county level (district)`).
MAX_ENUM_VALUE_WORDS = 4
_GLOSS = re.compile(r"\s[–—-]\s|;")
# Words this short ("of", "dan", "no") join a label's words; they are nobody's own.
MIN_OWN_WORD_CHARS = 4


@dataclass(frozen=True)
class Mapped:
    spec: FieldSpec
    via: Via


def _value_kinds(value: str) -> frozenset[str]:
    """Return the field kinds a label's value can only be: a whole date, or a small number."""
    value = value.strip()
    if _SMALL_NUMBER.match(value):
        return frozenset({"integer"})
    dates = find_dates(value)
    if (
        len(value.split()) <= MAX_DATE_VALUE_WORDS
        and dates
        and _DAY.search(value[dates[0][1] : dates[0][2]])
    ):
        return frozenset({"date", "dates"})
    return frozenset()


def sounds_spoken(value: str) -> bool:
    """Return True for a value that is what somebody said, not a name: a question, an
    exclamation, a quotation, or a long run of mostly lower-case words (a crowded header
    line, "Rebecca Thornton Week of: 10 June 2024", is capitals and figures)."""
    text = value.strip()
    return (
        any(mark in text for mark in ("?", "!"))
        or text.endswith(SPEECH_MARKS)
        or text.startswith(SPEECH_MARKS)
        or mostly_lower_case(text, MAX_NAME_WORDS + 1)
    )


def _is_code(value: str) -> bool:
    """Return True for a reference code: parts of capitals and digits, some digit, and either
    two parts or letters beside the digits (`CR 0417`, `WAS/CTN/4471`, `PS045`)."""
    parts = [p for p in _CODE_JOINS.split(value.strip()) if p]
    if not parts or len(parts) > MAX_CODE_PARTS:
        return False
    if not all(_CODE_PART.fullmatch(p) for p in parts) or not _DIGIT.search(value):
        return False
    return len(parts) >= 2 or any(c.isalpha() for c in parts[0])


def _is_case_code(value: str) -> bool:
    """A code that is no date (`045/PS-BDG/II/2022`, not `12/03/2024`): a case's number."""
    return _is_code(value) and not find_dates(value)


def _stems_of(words: Collection[str]) -> frozenset[str]:
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


def _own_stems_of(spec: RecordSpec) -> dict[str, frozenset[str]]:
    """`_own_stems`, worked out once per record spec: a matcher is made for every record."""
    cached = _OWN_STEMS.get(id(spec))
    if cached is None or cached[0] is not spec:
        cached = _OWN_STEMS[id(spec)] = (spec, _own_stems(spec))
    return cached[1]


def _own_stems(spec: RecordSpec) -> dict[str, frozenset[str]]:
    """Return field name -> the stems of its synonyms' words that no other field of the type has."""
    stems = {
        f.name: _stems_of([w for synonym in f.all_synonyms() for w in fold_words(synonym)])
        for f in spec.fields
    }
    return {
        name: own - frozenset().union(*(other for n, other in stems.items() if n != name))
        for name, own in stems.items()
    }


def numbering_class(numbering: str | None) -> str | None:
    """Return the level a heading's numbering marks: decimal, decimal2, roman, upper, lower, bullet."""
    if numbering is None:
        return None
    core = numbering.strip("().")
    if core.isdigit():
        return "decimal"
    if "." in core and core.replace(".", "").isdigit():
        return f"decimal{core.count('.') + 1}"
    if set(core) <= set("IVXLC"):
        return "roman"
    if len(core) == 1 and core.isupper():
        return "upper"
    if len(core) == 1 and core.islower():
        return "lower"
    return "bullet"


class FieldMatcher:
    """Answers, for one record type, what a heading, label, cell or line names."""

    def __init__(
        self,
        spec: RecordSpec,
        index: PhraseIndex,
        vocabulary: Vocabulary,
        cascade: Cascade = Cascade(),
    ) -> None:
        self.spec = spec
        self.index = index
        self.vocabulary = vocabulary
        self.cascade = cascade
        # A heading the classifier names opens a section: of a narrative or a list.
        self.section_names = frozenset(
            f.name for f in spec.fields if f.kind in ("narrative", "list")
        )
        self.field_names = frozenset(f.name for f in spec.fields)
        self.short_value_names = frozenset(
            f.name for f in spec.fields if f.kind in ("text", "integer", "date", "dates")
        )
        self._own_stems = _own_stems_of(spec)
        self.people = PersonNames(spec, vocabulary)
        self._speakers = folded_phrases(vocabulary.speaker_labels)
        self._openers = folded_phrases(vocabulary.signature_openers)
        self._column_words = tuple(
            (f, tuple(fold_words(word)))
            for f in spec.fields
            if f.table_column
            for words in f.column_words.values()
            for word in words
            if fold_words(word)
        )

    def field_match(
        self, words: tuple[str, ...], mode: MatchMode, strong: bool = False
    ) -> FieldSpec | None:
        """Return the field a label or heading names by a listed synonym, or None."""
        return self._covered(self.index.candidates(words), mode, strong)

    def map(
        self,
        words: tuple[str, ...],
        mode: MatchMode,
        strong: bool = False,
        body: str | None = None,
        cascade: bool = True,
    ) -> Mapped | None:
        """Return the field a heading or label names and the cascade step that found it.

        `body` (the value of a label, the text under a heading) is given only for
        a line the layout set apart, and lets the classifier answer among the
        narrative and list fields; without `cascade` only listed synonyms count.
        """
        found = self.field_match(words, mode, strong)
        if found is not None:
            return Mapped(found, "synonym")
        if not cascade or self.is_period(words):
            return None  # a period label ("Periode Laporan") is read apart, never guessed
        if self.cascade.stems is not None and words:
            # Stems of one word of a longer heading ("Rencana Anggaran Biaya") name nothing.
            found = self._covered(self.cascade.stems.candidates(words), mode, strong=False)
            if found is not None:
                return Mapped(found, "stem")
        if self.cascade.model is not None and body is not None and words:
            prediction = self.cascade.model.predict(" ".join(words), body, self.section_names)
            if prediction is not None:
                return Mapped(self.spec.field(prediction.field), "model")
        return None

    def section_from_value(self, words: tuple[str, ...], value: str) -> Mapped | None:
        """Return the narrative or list field a label holding its section's text on its own line
        names, by the classifier: reading label and text among the sections, and the label alone
        among all the type's fields, it must name the same one (`Tempat : Rumah klien, Padukuhan
        Ngemplak` is a place, not the interview's purpose)."""
        if self.cascade.model is None or not words or self.names_another_type(words):
            return None
        prediction = self.cascade.model.predict_agreed(
            " ".join(words), value, self.section_names, self.field_names
        )
        return Mapped(self.spec.field(prediction.field), "model") if prediction else None

    def guess_from_value(
        self, words: tuple[str, ...], value: str, taken: Collection[str]
    ) -> Mapped | None:
        """Return the field a label no synonym or stem names holds, read from its value.

        A whole date (a day, a month and a year) can only be one of the type's date
        fields and a bare small number one of its integer fields; the classifier reads
        the label among those not yet filled, and must name the same field reading it
        among every field a short value fills. A label that names a field of another
        type (`Tanggal Lahir` in a process record) is left unmatched.
        """
        if not words:
            return None
        own = self._own_word_field(words, value, taken)
        if own is not None:
            return Mapped(own, "stem")
        # Several dates can be only a field of several dates's, whatever else the label may
        # name in another type (`Pertemuan`, a process record's session number).
        several = [f for f in self.spec.fields if f.kind == "dates" and f.name not in taken]
        if len(several) == 1 and self._several_dates(value):
            return Mapped(several[0], "value")
        # A reference code (`PH-JKT-2023-031`) under a label nobody listed (`Case #`, `Client
        # ID`, `Nomor Induk Penerima Manfaat`) is the case's number, the one code a record has.
        coded = [f for f in self.spec.fields if f.identifies == "case" and f.name not in taken]
        if len(coded) == 1 and _is_case_code(value) and not self.names_another_type(words):
            return Mapped(coded[0], "value")
        label = " ".join(words)
        shaped = [
            f
            for f in self.spec.fields
            if f.name not in taken
            and (
                (f.shape == "address" and is_street_address(value, self.vocabulary))
                or (f.shape == "agency" and is_agency_name(label, value, self.vocabulary))
            )
        ]
        if len(shaped) == 1 and not self.names_another_type(words):
            return Mapped(shaped[0], "value")
        # `Area of operation: Sub-county level (district) – Ruwani`: a few words, an aside
        # and a gloss apart, naming one value of one enumeration not yet filled (an agency's
        # name of many words holding `Pusat` is none).
        head = _GLOSS.split(PARENTHETICAL.sub(" ", value))[0]
        enumerated = [
            f
            for f in self.spec.fields
            if f.values
            and f.name not in taken
            and len(head.split()) <= MAX_ENUM_VALUE_WORDS
            and normalise_enum(value, f.values)
        ]
        if len(enumerated) == 1 and not self.names_another_type(words):
            return Mapped(enumerated[0], "value")
        if self.cascade.model is None:
            return None
        kinds = _value_kinds(value)
        identities = self._identities(value)
        allowed = [
            f.name
            for f in self.spec.fields
            if (f.kind in kinds or (f.kind == "text" and f.identifies in identities))
            and f.name not in taken
        ]
        if not kinds and not identities and len(value.split()) <= MAX_TEXT_GUESS_WORDS:
            # A few words with no date, count, name or code (`Perempuan`, `Dinas Sosial Kota
            # Denpasar`) can only be a text field with no shape of its own, or one whose shape
            # they fit (a place); an agency's name needs a label that says so (above).
            allowed = [
                f.name
                for f in self.spec.fields
                if f.kind == "text"
                and f.identifies is None
                and not f.values  # an enumeration's values are read above
                and f.name not in taken
                and (f.shape is None or self._value_fits(f, value))
            ]
        if not allowed or self.names_another_type(words):
            return None
        # The value only rules fields out: read among every field a short value fills, the
        # label itself must name the same one ("Hari Kejadian", the day of an incident, does
        # not name the interview's date).
        prediction = self.cascade.model.predict_agreed(label, "", allowed, self.short_value_names)
        return Mapped(self.spec.field(prediction.field), "model") if prediction else None

    def _own_word_field(
        self, words: tuple[str, ...], value: str, taken: Collection[str]
    ) -> FieldSpec | None:
        """Return the one field not yet filled that the label names by a word of its own (a
        stem no other field of the type uses: `Allocated practitioner`) and whose value has a
        shape only that field's have (a person's name, a case's code)."""
        if self.cascade.stems is None or self.names_another_type(words):
            return None
        stems = _stems_of(words)
        fits = [
            f
            for f in self.spec.fields
            if f.name not in taken
            and stems & self._own_stems.get(f.name, frozenset())
            and self._value_fits(f, value)
        ]
        return fits[0] if len(fits) == 1 else None

    def _value_fits(self, spec: FieldSpec, value: str) -> bool:
        """Return True when `value` has the shape of what `spec` holds, for the fields whose
        values have a shape of their own (`x-shape`): a person's name, a case's code, an
        address, an agency's name, a place written as a name, not a sentence. (A date or a count
        fits many fields: `Hari Kejadian`, an incident's day, shares `hari` with the
        interview's date; the classifier reads those, `guess_from_value`.)"""
        if spec.kind == "text" and spec.identifies in PERSONS:
            return self.people.is_person_name(value)
        if spec.kind == "text" and spec.identifies == "case":
            return _is_case_code(value)
        if spec.shape == "address":
            return is_street_address(value, self.vocabulary)
        if spec.shape == "place":
            # `Ms. Nur Permana` names whom, `2nd April 2024` when
            return is_place(value) and not self._identities(value) and not _value_kinds(value)
        return False

    def _several_dates(self, value: str) -> bool:
        """Return True for a list of dates (`5, 12 dan 19 Maret 2024`), not a period's two ends:
        only a field of several dates holds one."""
        return len(parse_dates(value)) >= 2 and not self.is_period_value(value)

    def _identities(self, value: str) -> frozenset[str]:
        """Return whom a label's value can only name: a person (`Ibu Sari`, opening with an
        honorific) is a client or a worker; a code (`045/PS-BDG/II/2022`) is a case."""
        if self.people.is_professional(value):
            return frozenset({"worker"})
        if self.people.has_honorific(value):
            return frozenset({"client", "worker"})
        if _is_case_code(value):
            return frozenset({"case"})
        return frozenset()

    def names_another_type(
        self, words: tuple[str, ...], holding: Collection[str] | None = None
    ) -> bool:
        """Return True for a label naming a field this type has not (`Tanggal Lahir` in a
        process record); with `holding`, only a field of one of those kinds (a person's name
        is no narrative's value: `Pencatat`, the recorder, is not `Pencatatan`, recording)."""
        candidates = self.index.candidates(words)
        if self.cascade.stems is not None:
            candidates += self.cascade.stems.candidates(words)
        return any(
            c.kind == "field"
            and c.record_type != self.spec.record_type
            and c.coverage >= FULL_COVERAGE
            and not self.spec.has_field(c.name)
            and (holding is None or self.index.field_kinds.get((c.record_type, c.name)) in holding)
            for c in candidates
        )

    def _covered(
        self, candidates: list[Candidate], mode: MatchMode, strong: bool
    ) -> FieldSpec | None:
        """Return the field whose phrases cover a label or heading enough, or None.

        A label must be named whole (or nearly: two or more words from its
        start, covering most of it: `Tanggal Masuk Panti`). A heading may add
        words: covered three quarters, or two words from its start and half of
        it; a heading set apart by style, caps or numbering may name a
        narrative section by its first word alone (`Intervensi yang Telah Dilakukan`), or
        by its last words when they are half of it (`Support Plan`: English puts the noun last).
        """
        for c in candidates:
            if c.kind != "field" or c.record_type != self.spec.record_type:
                continue
            spec = self.spec.field(c.name)
            if c.coverage >= FULL_COVERAGE:
                return None if self._names_two_people(candidates) else spec
            if mode == "label" and c.coverage >= MIN_LABEL_COVERAGE and c.anchored_length >= 2:
                return spec
            if mode == "heading" and (
                c.coverage >= MIN_HEADING_COVERAGE
                or (c.coverage >= MIN_PARTIAL_HEADING_COVERAGE and c.anchored_length >= 2)
                or (
                    strong
                    and spec.kind in ("narrative", "list")
                    and (
                        c.anchored_length >= 1
                        or (c.tail_length >= 1 and c.coverage >= MIN_PARTIAL_HEADING_COVERAGE)
                    )
                )
            ):
                return spec
        return None

    def _names_two_people(self, candidates: list[Candidate]) -> bool:
        """Return True for a label listed for two people (`Student`: the student social
        worker of a placement, the pupil of a school): whose name it holds, the label alone
        does not say, and the record's other labels decide (`elimination.py`)."""
        people = {
            c.name
            for c in candidates
            if c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= FULL_COVERAGE
            and self.spec.field(c.name).identifies in PERSONS
        }
        return len(people) >= 2

    def cell_map(self, text: str) -> Mapped | None:
        """Return the field a table's label cell names (numbering and colon aside)."""
        _, bare = split_numbering(text.strip().rstrip(":"))
        return self.map(tuple(fold_words(bare)), "label")

    def cell_field(self, text: str) -> FieldSpec | None:
        mapped = self.cell_map(text)
        return mapped.spec if mapped else None

    def is_period(self, words: tuple[str, ...]) -> bool:
        return any(
            m.kind == "period" and m.record_type == self.spec.record_type and m.coverage == 1.0
            for m in self.index.match_words(words)
        )

    def is_period_value(self, value: str) -> bool:
        """Return True for a value that is a period with both ends (`Februari s.d. Mei 2024`)
        in a type that reads one: under a label nobody listed, it is the record's period."""
        return self.spec.period is not None and all(parse_period(value))

    def marking(self, line: Line) -> FieldSpec | None:
        """Return the field a confidentiality marking line (`RAHASIA`) gives, or None."""
        for match in self.index.match_words(line.key.words):
            if (
                match.kind == "marking"
                and match.record_type == self.spec.record_type
                and match.coverage == 1.0
            ):
                return self.spec.field(match.name)
        return None

    def is_title(self, line: Line) -> bool:
        return title_of(line, self.index) is not None

    def is_turn(self, label: str) -> bool:
        """Return True when `label` is a speaker tag of a dialogue (`Klien`, `Worker`)."""
        return " ".join(fold_words(label)) in self._speakers

    def speaker_tag(self, text: str) -> str | None:
        """Return the speaker tag that opens `text` ("PS: …", "Mrs T: …", "Ibu Sari: …"), or None.

        A tag is a speaker word of the vocabulary, or an honorific with a name or initial.
        """
        match = _TAG.match(text)
        if match is None:
            return None
        tag = match.group("tag").strip()
        words = fold_words(tag)
        if not words or len(tag.split()) > MAX_SPEAKER_TAG_WORDS or not tag[:1].isupper():
            return None
        if " ".join(words) in self._speakers or (
            len(words) > 1 and words[0] in self.people.honorifics
        ):
            return tag
        return None

    def is_speech(self, label: str, value: str) -> bool:
        """Return True when `Label: value` is a turn of a dialogue, not a label: the label is a
        speaker tag ("Worker", "Client") and the value is what was said, a question, an
        exclamation, a quotation or more words than a name has."""
        if not value or not (self.is_turn(label) or self.speaker_tag(f"{label}: {value}")):
            return False
        return sounds_spoken(value)

    def column_field(self, text: str) -> FieldSpec | None:
        """Return the field a process-recording table's header cell names, or None.

        A listed synonym of a column field counts first ("Worker's Feelings"); else
        the column words of the schemas (`x-column-words`) met earliest in the cell,
        the longer on a tie ("Worker's gut-level feelings", "Catatan Pembimbing").
        """
        if not text.strip() or len(text.split()) > MAX_COLUMN_HEADER_WORDS:
            return None
        mapped = self.cell_map(text)
        if mapped is not None:
            return mapped.spec if mapped.spec.table_column else None
        words = tuple(fold_words(split_numbering(text.strip())[1]))
        best: tuple[int, int, FieldSpec] | None = None
        for spec, phrase in self._column_words:
            n = len(phrase)
            for start in range(len(words) - n + 1):
                if words[start : start + n] == phrase and (
                    best is None or (start, -n) < (best[0], best[1])
                ):
                    best = (start, -n, spec)
                    break
        return best[2] if best else None

    def dialogue_field(self) -> FieldSpec | None:
        return next((f for f in self.spec.fields if f.dialogue), None)

    def is_signature(self, text: str) -> bool:
        """Return True for the line that opens a sign-off: `Bandung, 28 Juni 2024` or `Mengetahui,`."""
        if len(text.split()) > MAX_SIGNATURE_WORDS:
            return False
        words = fold_words(text)
        if any(
            " ".join(words[:n]) in self._openers
            for n in range(1, min(len(words), MAX_OPENER_WORDS) + 1)
        ):
            return True
        dates = find_dates(text)
        if not dates:
            return False
        prefix = text[: dates[0][1]]
        place = prefix.strip(" ,").split()
        return (
            prefix.rstrip().endswith(",")
            and ":" not in prefix
            and 1 <= len(place) <= 3
            and not any(w.casefold().strip(",") in self.vocabulary.weekdays for w in place)
            and len(text[dates[0][2] :].split()) <= MAX_SIGNATURE_WORDS // 2
        )

    def bare_heading(self, line: Line) -> bool:
        """Return True for a short capitalised line that is a field's heading word for word
        ("Introduction"), though the reader put it inside a block of text."""
        if not heading_shaped_in_text(line.text):
            return False
        return any(
            c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= FULL_COVERAGE
            for c in self.index.candidates(line.key.words)
        )

    def names_field_whole(self, words: tuple[str, ...]) -> bool:
        """Return True when a line names a field by itself: a heading, not a label and value."""
        return any(
            c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= MIN_HEADING_COVERAGE
            for c in self.index.candidates(words)
        )

    def opens_with_field(self, words: tuple[str, ...]) -> bool:
        """Return True when some field's phrase of this type opens the line."""
        rt = self.spec.record_type
        return any(m.kind == "field" and m.record_type == rt for m in self.index.match_words(words))

    def uncoloned_labels(self, text: str) -> Iterator[tuple[FieldSpec, int, str, str]]:
        """Yield (field, label words, label, rest) for each way `text` may open with a label
        whose colon is lost, longest label first; a label ending in a figure is none, and
        so is one only nearly named that ends in an honorific (`Nama Klien Sdri.`): the
        honorific opens the name, the value."""
        words = text.split()
        for cut in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
            label = " ".join(words[:cut])
            folded = tuple(fold_words(label))
            found = self.field_match(folded, "label")
            if found is None or any(c.isdigit() for c in words[cut - 1]):
                continue
            if folded[-1] in self.people.honorifics and not self._named_whole(folded):
                continue
            yield found, cut, label, " ".join(words[cut:])

    def _named_whole(self, words: tuple[str, ...]) -> bool:
        rt = self.spec.record_type
        return any(
            c.kind == "field" and c.record_type == rt and c.coverage >= FULL_COVERAGE
            for c in self.index.candidates(words)
        )

    def entry_header(self, cells: list[str]) -> dict[int, str]:
        """Return column -> entry field for a daily-log table's header row (empty if it is not one).

        A narrow cell may break a word ("Duratio n"): a cell that names nothing
        is tried again with its spaces removed.
        """
        if not any(f.kind == "entries" for f in self.spec.fields):
            return {}
        columns: dict[int, str] = {}
        for col, text in enumerate(cells):
            name = self._entry_column(line_key(text).words) or self._entry_column(
                tuple(fold_words(text.replace(" ", "")))
            )
            if name and name not in columns.values():
                columns[col] = name
        return columns if len(columns) >= 2 else {}

    def _entry_column(self, words: tuple[str, ...]) -> str | None:
        for c in self.index.candidates(words):
            if (
                c.kind == "entry"
                and c.record_type == self.spec.record_type
                and c.coverage >= MIN_HEADING_COVERAGE
            ):
                return c.name
        return None
