"""Walk one record's lines and tables, and collect the raw text of each field with its evidence.

Decisions, in order, for each line:
1. a line that carries on a label's value in the same block joins that value;
   a page-number line (`Halaman 1 dari 3`) is page furniture and dropped;
2. a sign-off (`Bandung, 28 Juni 2024`, `Mengetahui,`) ends the sections: what
   follows is names and places until a heading names a narrative field;
3. a record title is skipped (the lines above it are the letterhead); a
   confidentiality marking (`RAHASIA`) gives `confidentiality`;
4. a line holding several labels (`Agency: X  Client System: Y  Date: Z`) is
   cut before each later label that names a field, and each part is walked
   as a line of its own, so a value stops at the next label;
   `Label : value` whose label names a field gives that field (a narrative
   field opens its section with the value as first text); inside a dialogue
   section such a line is a dialogue turn, not a label;
5. a label whose colon OCR lost (`Tanggal Penerimaan 15 Juli 2024`) counts when
   the value proves it (a date, an enumerated word) or, in the header, when
   the label is plain;
6. a heading-like line, or a short line that is a field's heading word for
   word, opens that field's section; a styled heading that names none is
   reported in `unmatched` and closes the open section (unless numbered one
   level below the section's heading);
7. a run of dialogue turns with no heading opens the dialogue field's section;
8. anything else is text of the open section; text before any section is not a field's.

Tables: a header row naming daily-log columns gives entries; one naming the
dialogue and reflection columns of a process recording gives those two
fields; rows whose first cell names a field give key/value fields; any other
table is text of the open section.

Mapping a heading or label to a field is a cascade (steps 4 and 6, and table
label cells): a listed synonym of this type's fields (`via` "synonym"), else
the stems of its words against the synonyms of the same field under any type
("stem", `stems.py`), else, for a line the layout set apart, the learned
classifier over the heading and the text under it ("model", `fieldmodel.py`).
Each field remembers the step that named it.

The output is raw text; `fields.py` normalises it. Nothing here edits the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Literal

from pipeline.extract.classify import title_of
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.lines import MAX_HEADING_WORDS, MAX_LABEL_WORDS, Item, Line, TableItem
from pipeline.extract.matching import Candidate, PhraseIndex, line_key
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    folded_phrases,
    is_page_number,
    normalise_enum,
    split_numbering,
)
from pipeline.extract.stems import StemIndex
from pipeline.records import Unmatched, Via
from pipeline.specs import FieldSpec, RecordSpec, Vocabulary

FULL_COVERAGE = 0.99
MIN_HEADING_COVERAGE = 0.75
MIN_PARTIAL_HEADING_COVERAGE = 0.5
MIN_LABEL_COVERAGE = 0.6
MatchMode = Literal["label", "heading"]
# A heading found inside a block of text is this short.
MAX_BARE_HEADING_WORDS = 4
# A sign-off line ("Bandung, 28 Juni 2024", "Mengetahui,") is short.
MAX_SIGNATURE_WORDS = 8
MAX_OPENER_WORDS = 3
# "1. | Nama | Budi": a row number, a label and a value.
MIN_NUMBERED_ROW_CELLS = 3
_ROW_NUMBER = re.compile(r"^\s*\(?(?:\d{1,3}|[a-zA-Z]|[ivx]{1,4})[.)]?\s*$")
# What OCR makes of a colon between a label and its value: a lone mark before the value.
# ("I" is left alone: Balinese names start with it, "I Gede Putu".)
_MISREAD_COLON = re.compile(r"^\s*(?:[:;|!.]|[1l](?=\s))\s*")
# A label and a date with no colon between them make a short line.
MAX_UNCOLONED_WORDS = 10
# Numbering that marks a sub-heading inside a section ("a.", "1.2", bullets), not a new section.
_SUB_LEVELS = frozenset({"lower", "decimal2", "decimal3", "bullet"})
# A colon that may end a label inside a value; not one between digits (09:15) or in a URL.
_INNER_COLON = re.compile(r"(?<!\d)\s*[:：](?!//)")
_WORD_SPAN = re.compile(r"\S+")
# Dialogue turns in a row, with no heading, that open the dialogue section.
IMPLICIT_DIALOGUE_TURNS = 2
# Words of the text under a heading the classifier reads (its start says what it is about).
MODEL_BODY_WORDS = 60
# A heading or label the classifier may name is this short: "The client's functioning is
# improving: …" is a sentence with a colon, a long numbered line an item.
MAX_MODEL_LABEL_WORDS = 5


@dataclass(frozen=True)
class Cascade:
    """The second and third steps of the mapping cascade; either may be absent."""

    stems: StemIndex | None = None
    model: FieldModel | None = None


@dataclass(frozen=True)
class Mapped:
    spec: FieldSpec
    via: Via


@dataclass
class RawField:
    """Text gathered for one field while walking a record (mutable only inside this stage)."""

    name: str
    label: str
    page: int
    parts: list[str] = field(default_factory=list)
    via: Via = "synonym"  # the cascade step that named the heading or label  # paragraphs or list items, in order
    rows: list[dict[str, str]] = field(default_factory=list)  # daily-log entries as column texts
    last_block: int | None = None  # lines of one block are one paragraph

    def add(self, text: str, block: int | None) -> None:
        """Append a line: to the last paragraph when it comes from the same block, else as a new one."""
        if block is not None and block == self.last_block and self.parts:
            self.parts[-1] = f"{self.parts[-1]} {text}"
        else:
            self.parts.append(text)
        self.last_block = block

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.parts if p.strip())


@dataclass
class Orphan:
    """Text no field took: an unmatched heading with the text under it, an unmatched label
    with its value, or a passage under no heading (what `review.py` weighs for absence)."""

    text: str
    kind: Literal["heading", "label", "passage"]
    page: int
    parts: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(p for p in self.parts if p.strip())


@dataclass
class RawRecord:
    fields: dict[str, RawField] = field(default_factory=dict)
    unmatched: list[Unmatched] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    period: tuple[str, str, int] | None = None  # (text, label, page) of a one-line period


def _numbering_class(numbering: str | None) -> str | None:
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


class SectionWalker:
    """Collects the raw fields of one record of type `spec`."""

    def __init__(
        self,
        spec: RecordSpec,
        index: PhraseIndex,
        vocabulary: Vocabulary,
        has_title: bool,
        cascade: Cascade = Cascade(),
    ) -> None:
        self.spec = spec
        self.index = index
        self.cascade = cascade
        # A heading the classifier names opens a section: of a narrative or a list.
        self.section_names = frozenset(
            f.name for f in spec.fields if f.kind in ("narrative", "list")
        )
        self.items: tuple[Item, ...] = ()
        self.position = 0  # of the item being read, for the text under a heading
        self.vocabulary = vocabulary
        self.raw = RawRecord()
        self.section: RawField | None = None
        self.section_numbering: str | None = None
        self.pending_value: RawField | None = (
            None  # a text field's heading waiting for its value line
        )
        self.entry_columns: dict[int, str] | None = None  # daily-log table column -> entry field
        self.pending_turns: list[Line] = []
        self.in_signature = False  # past the sign-off: names and places, not content
        self.value_block: tuple[RawField, int] | None = None  # a label's value and its block
        self.seen_title = not has_title  # letterhead lines above a title are not unmatched headings
        self.letterhead: set[tuple[str, ...]] = set()
        # Where text under no field goes: the unmatched heading above it, or a passage.
        self.orphan: Orphan | None = None
        self.orphan_line: Line | None = None

    # -- matching ------------------------------------------------------------------
    def _field_match(
        self, words: tuple[str, ...], mode: MatchMode, strong: bool = False
    ) -> FieldSpec | None:
        """Return the field a label or heading names by a listed synonym, or None."""
        return self._covered(self.index.candidates(words), mode, strong)

    def _map(
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
        found = self._field_match(words, mode, strong)
        if found is not None:
            return Mapped(found, "synonym")
        if not cascade or self._is_period(words):
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
                return spec
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

    def _is_period(self, words: tuple[str, ...]) -> bool:
        return any(
            m.kind == "period" and m.record_type == self.spec.record_type and m.coverage == 1.0
            for m in self.index.match_words(words)
        )

    def _marking(self, line: Line) -> FieldSpec | None:
        for match in self.index.match_words(line.key.words):
            if (
                match.kind == "marking"
                and match.record_type == self.spec.record_type
                and match.coverage == 1.0
            ):
                return self.spec.field(match.name)
        return None

    def _is_title(self, line: Line) -> bool:
        return title_of(line, self.index) is not None

    def _is_turn(self, label: str) -> bool:
        return " ".join(fold_words(label)) in folded_phrases(self.vocabulary.speaker_labels)

    def _is_sub_level(self, level: str | None) -> bool:
        """Return True when a heading numbered `level` sits below the open section's heading."""
        return level is not None and level != self.section_numbering and level in _SUB_LEVELS

    # -- building ------------------------------------------------------------------
    def _open(
        self, spec: FieldSpec, label: str, page: int, numbering: str | None, via: Via = "synonym"
    ) -> RawField:
        raw = self.raw.fields.get(spec.name)
        if raw is None:
            raw = RawField(spec.name, label, page, via=via)
            self.raw.fields[spec.name] = raw
        raw.last_block = None  # text under a new heading starts a new paragraph
        self.orphan = None
        self.section = raw if spec.kind in ("narrative", "list", "entries") else None
        self.section_numbering = _numbering_class(numbering)
        return raw

    def _set_value(
        self, spec: FieldSpec, label: str, value: str, page: int, via: Via = "synonym"
    ) -> None:
        existing = self.raw.fields.get(spec.name)
        if existing is not None and existing.text.strip():
            return  # first written value wins; later mentions are usually references
        raw = RawField(spec.name, label, page, [value], via=via)
        self.raw.fields[spec.name] = raw

    def _add_text(self, line: Line, text: str | None = None) -> None:
        if self.section is not None:
            self.section.add(text if text is not None else line.text, line.block)
        elif line is not self.orphan_line and self.seen_title and not self.in_signature:
            if line.key.words in self.letterhead:
                return
            if self.orphan is None:
                self.orphan = Orphan(line.text.strip(), "passage", line.page)
                self.raw.orphans.append(self.orphan)
            self.orphan.parts.append(text if text is not None else line.text)

    def _unmatched(self, text: str, kind: str, page: int, value: str = "") -> None:
        if not self.seen_title or tuple(fold_words(text)) in self.letterhead:
            return
        dates = find_dates(text)
        if dates and len(text[: dates[0][1]].split()) <= 1:
            return  # a date heading ("Senin, 22 Juli 2024") heads a day, not a section
        entry = Unmatched(text.strip().rstrip(":").strip(), kind, page)  # type: ignore[arg-type]
        if entry.text and entry not in self.raw.unmatched:
            self.raw.unmatched.append(entry)
        if entry.text:
            orphan = Orphan(entry.text, entry.kind, page, [value] if value else [])
            self.raw.orphans.append(orphan)
            if kind == "heading":
                self.orphan = orphan

    # -- the walk ------------------------------------------------------------------
    def walk(self, items: tuple[Item, ...]) -> RawRecord:
        self.items = items
        for self.position, item in enumerate(items):
            if isinstance(item, TableItem):
                self._flush_turns()
                self._table(item)
            else:
                self._line(item)
        self._flush_turns()
        return self.raw

    def _may_guess(self, words: tuple[str, ...]) -> bool:
        """Return True where the classifier may name a line: a short one with no figures
        ("1. Undang-Undang Nomor 11 Tahun 2009" is an item), past the letterhead and title,
        and (for a record with no title) past the first field the rules found."""
        return (
            len(words) <= MAX_MODEL_LABEL_WORDS
            and not any(c.isdigit() for w in words for c in w)
            and self.seen_title
            and bool(self.raw.fields)
            and words not in self.letterhead
        )

    def _label_body(self, words: tuple[str, ...], value: str) -> str | None:
        """Return what the classifier reads of a `Label :` line with no value (a heading with
        a colon), or None where it must not guess: a label with its value is a name, date or
        number the classifier mistakes (`Bulan : Maret 2024`, `Jabatan : …`); inside a section
        a colon is as often prose as a label; a long label is prose."""
        if value or self.section is not None:
            return None
        if not self._may_guess(words):
            return None
        return value or self._text_under()

    def _text_under(self) -> str:
        """Return the start of the text under the line being read, up to the next heading."""
        words: list[str] = []
        for item in self.items[self.position + 1 :]:
            if isinstance(item, TableItem):
                words += [c.text for row in item.table.rows for c in row]
            elif item.heading_like or item.label_value() is not None:
                break
            else:
                words += item.text.split()
            if len(words) >= MODEL_BODY_WORDS:
                break
        return " ".join(words[:MODEL_BODY_WORDS])

    def _in_dialogue(self) -> bool:
        return (
            self.section is not None
            and self.spec.has_field(self.section.name)
            and self.spec.field(self.section.name).dialogue
        )

    def _dialogue_field(self) -> FieldSpec | None:
        return next((f for f in self.spec.fields if f.dialogue), None)

    def _flush_turns(self) -> None:
        """Lines held as possible dialogue turns go to the open section after all."""
        for line in self.pending_turns:
            self._add_text(line)
        self.pending_turns = []

    def _is_signature(self, text: str) -> bool:
        """Return True for the line that opens a sign-off: `Bandung, 28 Juni 2024` or `Mengetahui,`."""
        if len(text.split()) > MAX_SIGNATURE_WORDS:
            return False
        words = fold_words(text)
        openers = folded_phrases(self.vocabulary.signature_openers)
        if any(
            " ".join(words[:n]) in openers for n in range(1, min(len(words), MAX_OPENER_WORDS) + 1)
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

    def _bare_heading(self, line: Line) -> bool:
        """Return True for a short capitalised line that is a field's heading word for word
        ("Introduction"), though the reader put it inside a block of text."""
        text = line.text.strip()
        if (
            line.n_words > MAX_BARE_HEADING_WORDS
            or not text[:1].isupper()
            or text.endswith((".", ",", ";"))
        ):
            return False
        return any(
            c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= FULL_COVERAGE
            for c in self.index.candidates(line.key.words)
        )

    def _continues_value(self, line: Line) -> bool:
        """Return True when `line` carries on the value of the label line above it in its block.

        A short line naming a field ("Introduction") starts that field instead:
        tight layouts put a heading in the block of the label above it.
        """
        if self.value_block is None or line.block != self.value_block[1] or line.first:
            return False
        return not (
            line.n_words <= MAX_HEADING_WORDS and self._field_match(line.key.words, "heading")
        )

    def _line(self, line: Line) -> None:
        if self._continues_value(line):
            assert self.value_block is not None
            self.value_block[0].add(
                line.text, line.block
            )  # a label's value wrapped onto the next line
            return
        self.value_block = None
        if is_page_number(line.text):
            return  # page furniture the reader left in the body
        if line.numbering is None and self._is_signature(line.text):
            self._flush_turns()
            self.section, self.pending_value, self.in_signature = None, None, True
            return
        if self.in_signature:
            found = (
                self._field_match(line.key.words, "heading", True)
                if line.looks_like_heading()
                else None
            )
            if found is None or found.kind not in ("narrative", "list", "entries"):
                return  # names, titles and places of the sign-off are not a section's text
            self.in_signature = False
        if self.pending_value is not None:
            target, self.pending_value = self.pending_value, None
            if not self._field_match(line.key.words, "heading") and line.label_value() is None:
                target.parts.append(line.text)
                return
        if self._is_title(line) and not self._field_match(line.key.words, "heading"):
            self.seen_title = True
            return
        if not self.seen_title or line.key.words in self.letterhead:
            self.letterhead.add(line.key.words)  # the letterhead, and its repeats on later pages
        marking = self._marking(line)
        if marking is not None:
            self._set_value(marking, line.text, line.text.strip(), line.page)
            return
        pair = line.label_value()
        if pair is not None and not self._in_dialogue():
            parts = self._crowded_parts(pair[0], line.text, len(line.text) - len(pair[1]))
            if len(parts) > 1:
                for part in parts:
                    self._line(replace(line, text=part, key=line_key(part), first=True))
                return
        if pair is not None and self._label_line(line, *pair):
            return
        if pair is None and self._label_without_colon(line):
            return
        if (line.looks_like_heading() or self._bare_heading(line)) and self._heading_line(line):
            return
        self._content_line(line, pair)

    def _crowded_parts(self, first_label: str, text: str, value_start: int) -> list[str]:
        """Return `text` cut before each later label that names a field (one part if none).

        A later label is the capitalised words (at most `MAX_LABEL_WORDS`) right
        before a colon in the value, naming a field or a period of this record
        type; the longest such run wins. After a speaker tag (`Klien: …`), a
        speaker tag is the next turn of a dialogue, not a label.
        """
        after_turn = self._is_turn(first_label)
        cuts: list[int] = []
        for colon in _INNER_COLON.finditer(text, value_start):
            if colon.start() <= (cuts[-1] if cuts else value_start):
                continue
            spans = [
                m
                for m in _WORD_SPAN.finditer(text, cuts[-1] if cuts else value_start, colon.start())
            ]
            for n in range(min(MAX_LABEL_WORDS, len(spans)), 0, -1):
                first = spans[-n]
                label = text[first.start() : colon.start()]
                words = tuple(fold_words(label))
                if not label[:1].isupper() or (after_turn and self._is_turn(label)):
                    continue
                if self._field_match(words, "label") is not None or self._is_period(words):
                    cuts.append(first.start())
                    break
        bounds = [0, *cuts, len(text)]
        return [text[a:b].strip() for a, b in pairwise(bounds) if text[a:b].strip()]

    def _label_without_colon(self, line: Line) -> bool:
        """Read a label whose colon OCR lost or misread (`Tanggal Penerimaan 15 Juli 2024`,
        `Status Kasus 1 Aktif`), but only when the value proves it: a date, or an enumerated word.
        """
        if line.n_words > MAX_UNCOLONED_WORDS or self._in_dialogue():
            return False
        rt = self.spec.record_type
        if not any(
            m.kind == "field" and m.record_type == rt
            for m in self.index.match_words(line.key.words)
        ):
            return False  # no field's phrase opens the line, so no label does
        whole = self.index.candidates(line.key.words)
        if any(
            c.kind == "field"
            and c.record_type == self.spec.record_type
            and c.coverage >= MIN_HEADING_COVERAGE
            for c in whole
        ):
            return False  # the whole line names a field: a heading, not a label and its value
        words = line.text.split()
        for cut in range(min(MAX_LABEL_WORDS, len(words) - 1), 0, -1):
            label = " ".join(words[:cut])
            found = self._field_match(tuple(fold_words(label)), "label")
            if found is None or any(c.isdigit() for c in words[cut - 1]):
                continue
            value = _MISREAD_COLON.sub("", " ".join(words[cut:]), count=1)
            proven = (found.kind in ("date", "dates") and find_dates(value)) or (
                found.values and normalise_enum(value, found.values)
            )
            if not proven and not self._header_label(line, found, cut, value):
                continue
            self._flush_turns()
            if found.kind == "narrative":
                self._open(found, label, line.page, None).add(value, line.block)
            else:
                self._set_value(found, label, value, line.page)
            return True
        return False

    def _header_label(self, line: Line, found: FieldSpec, label_words: int, value: str) -> bool:
        """Return True when `Nama Klien Sdr. Eko` (no colon) can be read as a label in the header.

        Before any section opens, lines are the record's header: a field named
        by two or more words, or by one word before a capitalised value, that
        has no value yet, takes the rest of the line.
        """
        if self.section is not None or not value or found.name in self.raw.fields:
            return False
        if line.styled_heading:
            return False  # "Caseworker Field Diary" set as a heading is a title, not a label
        if not self.seen_title:
            return False  # a letterhead line ("LEMBAGA PERLINDUNGAN ANAK …") is a name, not a label
        if found.kind not in ("text", "integer", "narrative"):
            return False
        return label_words >= 2 or value[:1].isupper()

    def _label_line(self, line: Line, label: str, value: str) -> bool:
        """Handle `Label : value`; return False when the line is ordinary text."""
        _, bare = split_numbering(label)
        words = tuple(fold_words(bare))
        mapped = self._map(words, "label", body=self._label_body(words, value))
        found = mapped.spec if mapped else None
        via: Via = mapped.via if mapped else "synonym"
        if (
            self._in_dialogue()
            and value
            and (found is None or found.kind != "narrative" or self._is_turn(label))
        ):
            return False
        if found is None:
            if self._is_period(words) and value:
                self._flush_turns()
                self.raw.period = (value, bare, line.page)
                return True
            if value and self._is_turn(label):
                return False  # a dialogue turn; _content_line decides
            if len(words) <= 4 and bare[:1].isupper():
                self._unmatched(bare, "label", line.page, value)
                self.orphan_line = line  # its value is the label's, not the passage's
            return False
        self._flush_turns()
        spec = found
        if spec.kind in ("narrative", "list", "entries"):
            raw = self._open(spec, bare, line.page, line.numbering, via)
            if value:
                raw.add(value, line.block)
            return True
        if not value:
            self.pending_value = RawField(spec.name, bare, line.page, via=via)
            self.raw.fields.setdefault(spec.name, self.pending_value)
            if self.section is not None:
                self.section.parts.append(line.text)
            return True
        self._set_value(spec, bare, value, line.page, via)
        written = self.raw.fields.get(spec.name)
        if written is not None and written.parts == [value]:
            written.last_block = line.block
            self.value_block = (written, line.block)
        if self.section is not None and not self._in_dialogue():
            self.section.parts.append(
                line.text
            )  # header lines inside e.g. "Identitas Klien" belong to it too
        return True

    def _heading_line(self, line: Line) -> bool:
        text = line.text.strip().rstrip(":").strip()
        strong = (
            line.styled_heading
            or line.only
            or line.numbered
            or line.text.isupper()
            or line.text.rstrip().endswith(":")
        )
        # A bullet, a sub-level number inside a section, or a number inside a list is an item
        # of it, whatever its words.
        in_list = (
            self.section is not None
            and self.spec.has_field(self.section.name)
            and self.spec.field(self.section.name).kind == "list"
        )
        item = bool(line.numbering) and (
            not line.numbered
            or in_list
            or (self.section is not None and self._is_sub_level(_numbering_class(line.numbering)))
        )
        # The classifier guesses only for a line set apart by style, capitals or numbering:
        # a line alone in its block, or ending in a colon, is as often a list item.
        set_apart = line.styled_heading or line.text.isupper() or line.numbered
        mapped = self._map(
            line.key.words,
            "heading",
            strong,
            self._text_under() if set_apart and self._may_guess(line.key.words) else None,
            cascade=not item,
        )
        found = mapped.spec if mapped else None
        if mapped is None or found is None:
            if self._is_period(line.key.words):
                return False
            if line.styled_heading or (line.numbering and line.text.isupper()):
                if self._in_dialogue() and not line.styled_heading:
                    return False
                _, bare = split_numbering(text)
                self._unmatched(bare, "heading", line.page)
                self.orphan_line = line
                level = _numbering_class(line.numbering)
                if self.section is not None and not self._is_sub_level(level):
                    self._flush_turns()
                    self.section = None
                    return True
            return False
        self._flush_turns()
        spec = found
        _, bare = split_numbering(text)
        had_value = spec.name in self.raw.fields and bool(self.raw.fields[spec.name].text.strip())
        raw = self._open(spec, bare, line.page, line.numbering, mapped.via)
        if spec.kind not in ("narrative", "list", "entries") and not had_value:
            self.pending_value = raw
        return True

    def _content_line(self, line: Line, pair: tuple[str, str] | None) -> None:
        dialogue = self._dialogue_field()
        is_turn = pair is not None and bool(pair[1]) and self._is_turn(pair[0])
        if (
            is_turn
            and dialogue is not None
            and not self._in_dialogue()
            and dialogue.name not in self.raw.fields
        ):
            self.pending_turns.append(line)
            if len(self.pending_turns) >= IMPLICIT_DIALOGUE_TURNS:
                turns, self.pending_turns = self.pending_turns, []
                raw = self._open(dialogue, "dialogue turns", turns[0].page, None)
                raw.parts.extend(t.text for t in turns)
            return
        if self.pending_turns and not is_turn:
            self._flush_turns()
        self._add_text(line)

    # -- tables --------------------------------------------------------------------
    def _cell_field(self, text: str) -> FieldSpec | None:
        mapped = self._cell_map(text)
        return mapped.spec if mapped else None

    def _cell_map(self, text: str) -> Mapped | None:
        _, bare = split_numbering(text.strip().rstrip(":"))
        return self._map(tuple(fold_words(bare)), "label")

    def _entry_header(self, cells: list[str]) -> dict[int, str]:
        """Return column -> entry field for a daily-log table's header row (empty if it is not one).

        A narrow cell may break a word ("Duratio n"): a cell that names nothing
        is tried again with its spaces removed.
        """
        entries = next((f for f in self.spec.fields if f.kind == "entries"), None)
        if entries is None:
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

    def _table(self, item: TableItem) -> None:
        rows = [[cell.text for cell in row] for row in item.table.rows]
        if rows and any(self._is_signature(cell) for cell in rows[0] if cell.strip()):
            self.section, self.pending_value, self.in_signature = None, None, True
        if not rows or self.in_signature:
            return
        header = rows[0]
        columns = self._entry_header(header)
        if columns:
            self.entry_columns = columns
            self._entry_rows(rows[1:], item.page)
            return
        if (
            self.entry_columns
            and len(header) > max(self.entry_columns)
            and not self._cell_field(header[0])
        ):
            self._entry_rows(rows, item.page)  # the log table continues on the next page
            return
        header_fields = [self._cell_field(text) for text in header]
        roles = {f.table_column for f in header_fields if f is not None and f.table_column}
        if {"dialogue", "reflection"} <= roles:
            self._process_table(rows, header_fields, item.page)
            return
        if not self._key_value_rows(rows, item.page) and self.section is not None:
            self.section.parts.extend(" | ".join(c for c in row if c.strip()) for row in rows)

    def _entry_rows(self, rows: list[list[str]], page: int) -> None:
        assert self.entry_columns is not None
        entries = next(f for f in self.spec.fields if f.kind == "entries")
        raw = self.raw.fields.get(entries.name) or RawField(entries.name, "table", page)
        self.raw.fields[entries.name] = raw
        for row in rows:
            values = {
                name: row[col].strip() for col, name in self.entry_columns.items() if col < len(row)
            }
            if any(values.values()):
                raw.rows.append(values)

    def _process_table(
        self, rows: list[list[str]], header: list[FieldSpec | None], page: int
    ) -> None:
        for col, spec in enumerate(header):
            if spec is None:
                continue
            raw = self.raw.fields.get(spec.name) or RawField(spec.name, rows[0][col].strip(), page)
            self.raw.fields[spec.name] = raw
            raw.parts.extend(row[col] for row in rows[1:] if col < len(row) and row[col].strip())
        self.section = None

    def _key_value_rows(self, rows: list[list[str]], page: int) -> bool:
        """Read rows whose label cells name fields; return False when none does."""
        matched = False
        for row in rows:
            cells = [c for i, c in enumerate(row) if i == 0 or c != row[i - 1]]  # merged cells once
            if cells and cells[-1].strip() in (":", "："):
                cells = cells[:-1]
            # Form tables put the colon in a cell of its own and may number their rows first.
            cells = [c for c in cells if c.strip() not in (":", "：")]
            if len(cells) >= MIN_NUMBERED_ROW_CELLS and _ROW_NUMBER.match(cells[0]):
                cells = cells[1:]
            for i in range(0, len(cells) - 1, 2):
                label, value = (
                    cells[i].strip().rstrip(":").strip(),
                    cells[i + 1].strip().lstrip(":：").strip(),
                )
                mapped = self._cell_map(label)
                spec = mapped.spec if mapped else None
                via: Via = mapped.via if mapped else "synonym"
                if spec is None and value and self._is_period(tuple(fold_words(label))):
                    self.raw.period = (value, label, page)
                    matched = True
                    continue
                if spec is None:
                    if label and len(label.split()) <= 5:
                        self._unmatched(label, "label", page, value)
                    continue
                matched = True
                if spec.kind in ("narrative", "list"):
                    raw = self._open(spec, label, page, None, via)
                    if value:
                        raw.parts.append(value)
                    self.section = None
                else:
                    self._set_value(spec, label, value, page, via)
        return matched


def walk_record(
    items: tuple[Item, ...],
    spec: RecordSpec,
    index: PhraseIndex,
    vocabulary: Vocabulary,
    has_title: bool,
    cascade: Cascade = Cascade(),
) -> RawRecord:
    """Return the raw fields of one record of type `spec` (`has_title`: the record opens with a
    title line), mapping unknown headings and labels through `cascade`."""
    return SectionWalker(spec, index, vocabulary, has_title, cascade).walk(items)
