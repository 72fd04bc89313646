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
these names is read from its value (`value_guess.py`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.lines import (
    MAX_LABEL_WORDS,
    SPEECH_MARKS,
    Line,
    TableItem,
    label_value,
    sounds_spoken,
)
from pipeline.extract.matching import Candidate, PhraseIndex, line_key
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    folded_phrases,
    parse_period,
    split_numbering,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.segment import title_of
from pipeline.extract.stems import StemIndex, own_stems_of, stems_of
from pipeline.heading import bilingual_halves, heading_shaped_in_text, section_phrase
from pipeline.records import Via
from pipeline.specs import PERSONS, FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

FULL_COVERAGE = 0.99
MIN_HEADING_COVERAGE = 0.75
MIN_PARTIAL_HEADING_COVERAGE = 0.5
MIN_LABEL_COVERAGE = 0.6
MatchMode = Literal["label", "heading"]
# A sign-off line ("Bandung, 28 Juni 2024", "Mengetahui,") is short.
# A heading named by words of one section's own is a word or two (`Next`); longer ones the
# classifier reads.
MAX_OWN_HEADING_WORDS = 2
MAX_SIGNATURE_WORDS = 8
MAX_OPENER_WORDS = 3
# Numbering that marks a sub-heading inside a section ("a.", "1.2", bullets), not a new section.
SUB_LEVELS = frozenset({"lower", "decimal2", "decimal3", "bullet"})
# A table header cell is a short name of a column, not a sentence.
MAX_COLUMN_HEADER_WORDS = 8
# A speaker tag is a short name before a colon: "PS", "Klien", "Mrs T", "Ibu Sari".
MAX_SPEAKER_TAG_WORDS = 3
# A dialogue's speakers no vocabulary lists each open this many of its lines, and the lines
# switch from one to another this often (a form's labels are each written once).
MIN_TURNS_EACH = 2
MIN_SPEAKER_SWITCHES = 3
# A dash between a marking and its qualifier.
_QUALIFIED = re.compile(r"\s[–—-]\s")
_TAG = re.compile(r"^\s*(?P<tag>[^:：\n]{1,30}?)\s*[:：]\s*\S")
# A colon that may end a label inside a value; not one between digits (09:15) or in a URL.


@dataclass(frozen=True)
class Cascade:
    """The second and third steps of the mapping cascade; either may be absent."""

    stems: StemIndex | None = None
    model: FieldModel | None = None


@dataclass(frozen=True)
class Mapped:
    spec: FieldSpec
    via: Via
    probability: float | None = None  # the classifier's, when it made the mapping


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
        self.people = PersonNames(spec, vocabulary)
        # The roles a sentence names a person by (`care worker`, `pasien`) label them in a form.
        self._roles = {
            tuple(fold_words(cue)): f
            for f in spec.fields
            if f.identifies in PERSONS
            for cues in f.prose_cues.values()
            for cue in cues
        }
        self._speakers: frozenset[str] = folded_phrases(vocabulary.speaker_labels)
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
        return self._covered(self.index.candidates(words), mode, strong, words)

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
        if found is not None and mode == "label" and self._numbers_other(words, found):
            return None  # `Local authority ref.`: a number, which its value's shape places
        if found is not None:
            return Mapped(found, "synonym")
        if not cascade or self.is_period(words):
            return None  # a period label ("Periode Laporan") is read apart, never guessed
        if self.cascade.stems is not None and words:
            # Stems of one word of a longer heading ("Rencana Anggaran Biaya") name nothing.
            found = self._covered(self.cascade.stems.candidates(words), mode, False, words)
            if found is not None:
                return Mapped(found, "stem")
        if mode == "label" and words in self._roles:
            return Mapped(self._roles[words], "stem")
        stems_on = self.cascade.stems is not None
        own = self._own_section(words) if stems_on and body and mode == "heading" else None
        if own is not None:
            return Mapped(own, "stem")
        if self.cascade.model is not None and body is not None and words:
            prediction = self.cascade.model.predict(" ".join(words), body, self.section_names)
            if prediction is not None:
                return Mapped(self.spec.field(prediction.field), "model", prediction.probability)
        return None

    def _numbers_other(self, words: tuple[str, ...], found: FieldSpec) -> bool:
        """Return True for a label ending in an identifier word its field's synonyms lack
        (`Local authority ref.`, `Client ID`), for a field that is no number: the label gives
        a record's number, not the field its other words name."""
        identifiers = folded_phrases(self.vocabulary.identifier_words)
        return (
            found.identifies != "case"
            and found.kind != "integer"
            and bool(words)
            and words[-1] in identifiers
            and not any(words[-1] in fold_words(s) for s in found.all_synonyms())
        )

    def _own_section(self, words: tuple[str, ...]) -> FieldSpec | None:
        """Return the one section every word of a short heading is a word of its own of (`Next`
        over its text: `next` is a word of `Next Steps` and of no other field's synonyms)."""
        if not words or len(words) > MAX_OWN_HEADING_WORDS:
            return None
        own = own_stems_of(self.spec)
        each = [stems_of((w,)) for w in words]
        fields = [
            f
            for f in self.spec.fields
            if f.kind in ("narrative", "list")
            and all(stems & own.get(f.name, frozenset()) for stems in each)
        ]
        return fields[0] if len(fields) == 1 else None

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
        self, candidates: list[Candidate], mode: MatchMode, strong: bool, words: tuple[str, ...]
    ) -> FieldSpec | None:
        """Return the field whose phrases cover a label or heading enough, or None.

        A label must be named whole (or nearly: two or more words from its
        start, covering most of it: `Tanggal Masuk Panti`). A heading may add
        words: covered three quarters, or two words from its start and half of
        it; a heading set apart by style, caps or numbering may name a
        narrative section by its first word alone (`Intervensi yang Telah Dilakukan`), or
        by its last words when they are half of it (`Support Plan`: English puts the noun last),
        unless a preposition comes before them (`End of Interview`: the noun is `End`).
        """
        for c in candidates:
            if c.kind != "field" or c.record_type != self.spec.record_type:
                continue
            spec = self.spec.field(c.name)
            if c.coverage >= FULL_COVERAGE:
                return None if self._names_two_people(candidates) else spec
            if mode == "label" and c.coverage >= MIN_LABEL_COVERAGE and c.anchored_length >= 2:
                return spec
            if mode == "label" and self._placed(words, c.anchored_length):
                return spec  # `Alamat di Semarang`: the address, where it is
            if mode == "heading" and (
                c.coverage >= MIN_HEADING_COVERAGE
                or (c.coverage >= MIN_PARTIAL_HEADING_COVERAGE and c.anchored_length >= 2)
                or (
                    strong
                    and spec.kind in ("narrative", "list")
                    and (
                        c.anchored_length >= 1
                        or (
                            c.tail_length >= 1
                            and c.coverage >= MIN_PARTIAL_HEADING_COVERAGE
                            and not self._object_of_phrase(words, c.tail_length)
                        )
                    )
                )
            ):
                return spec
        return None

    def _placed(self, words: tuple[str, ...], anchored: int) -> bool:
        """Return True when a field's phrase opens a label and a place's preposition and words
        follow it (`Alamat di Semarang`, `Address in the UK`)."""
        return 0 < anchored < len(words) - 1 and (
            words[anchored] in self.vocabulary.label_place_prepositions
        )

    def _object_of_phrase(self, words: tuple[str, ...], tail: int) -> bool:
        """Return True when a preposition comes right before a heading's last `tail` words
        (counted as the phrase index counts them, without connectors)."""
        connectors = folded_phrases(self.vocabulary.heading_connectors)
        counted = 0
        for at in range(len(words) - 1, 0, -1):
            counted += words[at] not in connectors
            if counted == tail:
                return words[at - 1] in self.vocabulary.heading_prepositions
        return False

    def _names_two_people(self, candidates: list[Candidate]) -> bool:
        """Return True for a label listed for two people (`Student`: the student social
        worker of a placement, the pupil of a school): whose name it holds, the label alone
        does not say, and the record's other labels decide (`elimination.py`)."""
        return len(self._people_listed(candidates)) >= 2

    def people_listed(self, words: tuple[str, ...]) -> frozenset[str]:
        """Return the person fields of the type a label is listed for, whole."""
        return self._people_listed(self.index.candidates(words))

    def _people_listed(self, candidates: list[Candidate]) -> frozenset[str]:
        return frozenset(
            c.name
            for c in candidates
            if c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= FULL_COVERAGE
            and self.spec.field(c.name).identifies in PERSONS
        )

    def cell_map(self, text: str) -> Mapped | None:
        """Return the field a table's label cell names (numbering and colon aside)."""
        _, bare = split_numbering(text.strip().rstrip(":"))
        mapped = self.map(tuple(fold_words(bare)), "label")
        if mapped is not None or " / " not in bare:
            return mapped
        # `Child / Client`: two names for one cell's value; the one field a part names by a synonym
        parts = (
            self.map(tuple(fold_words(part)), "label", cascade=False) for part in bare.split(" / ")
        )
        named = {m.spec.name: m for m in parts if m is not None}
        return next(iter(named.values())) if len(named) == 1 else None

    def names_a_record(self, text: str) -> bool:
        """Return True when `text` holds a record type's title (`Your First Process Recording`):
        a document's name, nobody's."""
        return any(m.kind == "title" for m in self.index.all_matches(tuple(fold_words(text))))

    def names_any_field(self, words: tuple[str, ...]) -> bool:
        """Return True when `words` are, whole, a label some type lists for one of its fields."""
        return any(c.kind == "field" and c.coverage >= 1.0 for c in self.index.candidates(words))

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
        """Return the field a confidentiality marking line (`RAHASIA`, in both languages
        `RAHASIA / CONFIDENTIAL`, or qualified after a dash) gives, or None."""
        found = self._marking(line.key.words)
        halves = [self._marking(tuple(fold_words(h))) for h in bilingual_halves(line.text)]
        names = {f.name for f in halves if f is not None}
        # A marking and who may read it, after a dash (`RAHASIA – hanya untuk tim pendamping`,
        # `CONFIDENTIAL – PATIENT IDENTIFIABLE`): the line is the marking.
        head = _QUALIFIED.split(line.text, maxsplit=1)
        qualified = self._marking(tuple(fold_words(head[0]))) if len(head) == 2 else None
        return found or (halves[0] if len(names) == 1 and None not in halves else qualified)

    def _marking(self, words: tuple[str, ...]) -> FieldSpec | None:
        for match in self.index.match_words(words):
            if (
                match.kind == "marking"
                and match.record_type == self.spec.record_type
                and match.coverage == 1.0
            ):
                return self.spec.field(match.name)
        return None

    def half_named(self, text: str, strong: bool) -> FieldSpec | None:
        """Return the field a bilingual heading's halves name by a listed synonym (`KEKHAWATIRAN
        PERLINDUNGAN / PROTECTION CONCERNS`, `SITUASI … DAN LINGKUNGAN / CARE ARRANGEMENT`):
        one half, or both the same; None when they name two fields or none."""
        named = [
            self.field_match(tuple(fold_words(h)), "heading", strong)
            for h in bilingual_halves(text)
        ]
        fields = {f.name: f for f in named if f is not None}
        return next(iter(fields.values())) if len(fields) == 1 else None

    def is_title(self, line: Line) -> bool:
        return title_of(line, self.index) is not None

    def learn_speakers(self, items: Iterable[object]) -> None:
        """Take the labels of a dialogue no vocabulary lists as its speaker tags (`CR: Hi Tayla,
        thanks for coming.` / `Tayla: No. Not like that.`): short capitalised labels naming no
        field (or listed as a speaker's), each opening several lines, the lines switching
        between them, a question among what they say. A table's cells count, row by row: a
        dialogue column (`Hannah: Hi Daniel, …` / `Daniel: Whatever.`) is such lines."""
        said: list[tuple[str, str]] = []
        for text in _texts(items):
            pair = label_value(text)
            if pair and pair[1] and pair[0][:1].isupper():
                words = tuple(fold_words(pair[0]))
                tag = " ".join(words)
                # A listed speaker's label names a field too (`Worker: Hello, Walter.`); its
                # turns are what the unlisted speaker's alternate with.
                listed = tag in self._speakers
                if 0 < len(words) <= MAX_SPEAKER_TAG_WORDS and (
                    listed or not self.field_match(words, "label")
                ):
                    said.append((tag, pair[1]))
        counts = Counter(tag for tag, _ in said)
        tags = {tag for tag, n in counts.items() if n >= MIN_TURNS_EACH}
        turns = [(tag, value) for tag, value in said if tag in tags]
        switches = sum(1 for a, b in itertools.pairwise(turns) if a[0] != b[0])
        if len(tags) >= 2 and switches >= MIN_SPEAKER_SWITCHES and any("?" in v for _, v in turns):
            self._speakers |= tags

    def is_turn(self, label: str) -> bool:
        """Return True when `label` is a speaker tag of a dialogue (`Klien`, `Worker`)."""
        return " ".join(fold_words(label)) in self._speakers

    def closes_dialogue(self, label: str, bare: str, value: str) -> bool:
        """Return True for a phrase's label over prose, in a dialogue's place (`Where we landed:
        Lapse linked …`): a section after the dialogue. A phrase with a speaker's word in it, or
        a quotation after it, is a speaker's (`Istri pasien: "…"`)."""
        return (
            section_phrase(bare)
            and not any(self.is_turn(word) for word in (label, *bare.split()))
            and not value.lstrip().startswith(SPEECH_MARKS)
        )

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

    def is_signature(self, text: str, following: str = "") -> bool:
        """Return True for the line that opens a sign-off: `Bandung, 28 Juni 2024` or `Mengetahui,`.
        A place and date over a label (`following`, the next line, before any field) head a
        letter instead (`Salatiga, 14 Maret 2024` over `Perihal: Rujukan`)."""
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
            and label_value(following) is None
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
        whose colon is lost: labels a synonym names whole first (`Nama Klien`, not `Nama
        Klien Budi`, whose first name only nearly matches), then the longest first. A label
        ending in a figure is none, and so is one only nearly named that ends in an
        honorific (`Nama Klien Sdri.`): the honorific opens the name, the value."""
        words = text.split()
        found_cuts = []
        for cut in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
            label = " ".join(words[:cut])
            folded = tuple(fold_words(label))
            found = self.field_match(folded, "label")
            if found is None or any(c.isdigit() for c in words[cut - 1]):
                continue
            whole = self._named_whole(folded)
            if folded[-1] in self.people.honorifics and not whole:
                continue
            found_cuts.append((whole, cut, found, label))
        openers = folded_phrases(self.vocabulary.agency_name_openers)
        for _, cut, found, label in sorted(found_cuts, key=lambda c: (not c[0], -c[1])):
            if found.shape == "agency" and set(fold_words(label)) <= openers:
                # `Lembaga Penyelenggara … "Bina Mandiri"`: an agency's word opens its name
                yield found, cut, label, text.strip()
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


def _texts(items: Iterable[object]) -> Iterator[str]:
    """Yield the lines' texts and, row by row, the table cells' in reading order."""
    for item in items:
        if isinstance(item, Line):
            yield item.text
        elif isinstance(item, TableItem):
            yield from (cell.text for row in item.table.rows for cell in row)
