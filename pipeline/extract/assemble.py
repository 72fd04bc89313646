"""Build one record's raw fields while the walk reads it: the results side of `sections.py`.

`Assembly` holds what the walk has built so far (fields, unmatched headings,
orphan text) and the state of the record being read (the open section, a
heading waiting for its value, the sign-off, the letterhead). It decides
nothing about what a line is; `field_matcher.py` does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.extract.field_matcher import SUB_LEVELS, numbering_class
from pipeline.extract.lines import Line
from pipeline.extract.normalize import find_dates, fold_words
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prompts import is_placeholder
from pipeline.heading import run_in_text_shaped
from pipeline.records import Unmatched, Via
from pipeline.specs import PERSONS, FieldSpec, RecordSpec

# The kinds of field a heading opens and text under it fills: a record's sections.
SECTION_KINDS = ("narrative", "list")
# The cascade steps that read a field from a label's value or guess it, not from its words.
_GUESSED: tuple[Via, ...] = ("model", "value")
# The cascade steps that read a field from a heading's or label's own words.
_NAMED: tuple[Via, ...] = ("synonym", "stem")


def add_line(parts: list[str], text: str, same_paragraph: bool) -> None:
    """Append a line to `parts`: to the last paragraph when it goes on from it, else as a new one."""
    if same_paragraph and parts:
        parts[-1] = f"{parts[-1]} {text}"
    else:
        parts.append(text)


@dataclass
class RawField:
    """Text gathered for one field while walking a record (mutable only inside this stage)."""

    name: str
    label: str
    page: int
    parts: list[str] = field(default_factory=list)
    via: Via = "synonym"  # the cascade step that named the heading or label
    probability: float | None = None  # the classifier's, when it guessed the field
    rows: list[dict[str, str]] = field(default_factory=list)  # daily-log entries as column texts
    last_block: int | None = None  # lines of one block are one paragraph

    def add(self, text: str, block: int | None) -> None:
        """Append a line: to the last paragraph when it comes from the same block, else as a new one."""
        add_line(self.parts, text, block is not None and block == self.last_block)
        self.last_block = block

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.parts if p.strip())


# A value's line wrapped onto a line of its own is the end of an address or a name.
MAX_WRAPPED_VALUE_WORDS = 6


@dataclass
class Orphan:
    """Text no field took: an unmatched heading with the text under it, an unmatched label
    with its value, or a passage under no heading (what `review.py` weighs for absence)."""

    text: str
    kind: Literal["heading", "label", "passage"]
    page: int
    parts: list[str] = field(default_factory=list)
    wrapped: bool = False  # a label's value went on over the next line of its block
    last_block: int | None = None  # a passage's lines of one block are one paragraph
    # A label inside a section's text (`Strengths: …` under `Assessment`): its text is that
    # section's, so no missing field is there.
    run_in: bool = False

    def add(self, text: str, block: int | None) -> None:
        """Carry a label's value on with the next line of its block (`Kunjungan: 9 April` /
        `2024 dan 16 April 2024`)."""
        if self.parts:
            self.parts[-1] = f"{self.parts[-1]} {text}"
        else:
            self.parts.append(text)
        self.wrapped = True

    @property
    def body(self) -> str:
        return "\n".join(p for p in self.parts if p.strip())


@dataclass
class RawRecord:
    fields: dict[str, RawField] = field(default_factory=dict)
    unmatched: list[Unmatched] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    period: tuple[str, str, int] | None = None  # (text, label, page) of a one-line period
    sign_offs: list[Line] = field(default_factory=list)  # lines that opened a sign-off block
    # The record's sections in reading order: fields' and unmatched headings' (`section_order.py`).
    sections: list[RawField | Orphan] = field(default_factory=list)

    def add_section(self, raw: RawField) -> None:
        self.fields[raw.name] = raw
        self.sections.append(raw)

    def adopt(self, orphan: Orphan, raw: RawField) -> None:
        """Give `orphan`'s text to the field `raw` a later step read it as: the orphan is no
        longer unmatched, and the field stands where it stood among the sections."""
        self.fields[raw.name] = raw
        self.orphans.remove(orphan)
        self.sections = [raw if s is orphan else s for s in self.sections]
        self.unmatched = [
            u for u in self.unmatched if (u.text, u.kind) != (orphan.text, orphan.kind)
        ]


class Assembly:
    """One record's raw fields as they are built, and where the walk stands in the record."""

    def __init__(self, spec: RecordSpec, has_title: bool) -> None:
        self.spec = spec
        self.raw = RawRecord()
        self.section: RawField | None = None
        self.section_numbering: str | None = None
        self.pending_value: RawField | None = (
            None  # a text field's heading waiting for its value line
        )
        self.entry_columns: dict[int, str] | None = None  # daily-log table column -> entry field
        self.author_column: int | None = None  # a shared log's column of who wrote each row
        # process-recording table column -> field, kept for the table's continuation on a next page
        self.column_fields: tuple[FieldSpec | None, ...] | None = None
        self.pending_turns: list[Line] = []
        self.in_signature = False  # past the sign-off: names and places, not content
        # a label's value and its block, for the value's wrapped lines
        self.value_block: tuple[RawField | Orphan, int] | None = None
        self.seen_title = not has_title  # letterhead lines above a title are not unmatched headings
        self.untitled = not has_title
        self.letterhead: set[tuple[str, ...]] = set()
        # Where text under no field goes: the unmatched heading above it, or a passage.
        self.orphan: Orphan | None = None
        self.orphan_line: Line | None = None
        self.pending_period: tuple[str, int] | None = None  # a period's label, its value below
        self.day: str | None = None  # the last date heading: a log's table under it is that day's
        self.section_at_top = False  # the open section's heading came before anything else
        # The open section's text began on its label's line (`Landasan Hukum : Peraturan …`):
        # a form's row, which the next label ends.
        self.section_on_label = False

    def open(
        self,
        spec: FieldSpec,
        label: str,
        page: int,
        numbering: str | None,
        via: Via = "synonym",
        probability: float | None = None,
    ) -> RawField:
        """Open `spec`'s section (or field) under a heading; later text goes to it."""
        # An untitled record's first heading, unnumbered, stands where its title would.
        self.section_at_top = (
            self.untitled
            and numbering is None
            and not self.raw.orphans
            # a marking above the title (`RAHASIA`) is the page's, not the record's first field
            and all(
                self.spec.has_field(name) and self.spec.field(name).markings
                for name in self.raw.fields
            )
        )
        raw = self.raw.fields.get(spec.name)
        if (
            raw is not None
            and raw.via == "model"
            and spec.kind in SECTION_KINDS
            and (via in _NAMED or (via == "model" and not self.keeps_guess(spec, probability)))
        ):
            self._unguess(raw)
            raw = None
        if raw is None:
            raw = RawField(spec.name, label, page, via=via, probability=probability)
            if spec.kind in SECTION_KINDS:
                self.raw.add_section(raw)
            else:
                self.raw.fields[spec.name] = raw
        elif raw in self.raw.sections and not raw.text.strip():
            # Named before with nothing under it (a title's words: `PSYCHOSOCIAL ASSESSMENT &
            # DISCHARGE PLANNING`), the section stands where its text begins.
            self.raw.sections.remove(raw)
            self.raw.sections.append(raw)
        raw.last_block = None  # text under a new heading starts a new paragraph
        self.orphan = None
        self.section_on_label = False
        self.section = raw if spec.kind in ("narrative", "list", "entries") else None
        self.section_numbering = numbering_class(numbering)
        return raw

    def keeps_guess(self, spec: FieldSpec, probability: float | None) -> bool:
        """Return True when the section the classifier guessed for an earlier heading stays its,
        against a later heading it guesses as `probability` likely for the same section.

        A record has one section of each kind: of two headings sent to one, the less likely
        is the misread (`Why she came to us` read as the plan, then `What we planned`), and goes
        to the unmatched, where the order of the sections may still place it."""
        raw = self.raw.fields.get(spec.name)
        return (
            raw is not None
            and raw.via == "model"
            and spec.kind in SECTION_KINDS
            and (raw.probability or 0.0) >= (probability or 0.0)
        )

    def _unguess(self, raw: RawField) -> None:
        """Give back a section the model guessed for a heading, now that a later heading's own
        words name it (`About the young person` read as the presenting problem, then `Reason
        for referral`): the first heading and its text go to the unmatched, for review."""
        del self.raw.fields[raw.name]
        at = self.raw.sections.index(raw)
        orphan = self._orphan(raw.label, "heading", raw.page, list(raw.parts))
        if orphan is None:
            del self.raw.sections[at]
        else:
            self.raw.sections[at] = orphan

    def set_value(
        self, spec: FieldSpec, label: str, value: str, page: int, via: Via = "synonym"
    ) -> None:
        existing = self.raw.fields.get(spec.name)
        if spec.kind == "dates" and via == "value" and existing is not None and existing.via == via:
            existing.parts.append(value)  # a later label's dates (`Pertemuan II : …`)
            return
        if (
            existing is not None
            and existing.text.strip()
            and (existing.via not in _GUESSED or via in _GUESSED or is_placeholder(value))
        ):
            return  # first written value wins (a named label over one read from the value or
            # guessed: `NIM : 2021-04-117` above `No. Kasus : …`, unless it is a blank: a
            # signature's `Date: ______`); later mentions are references
        if existing is not None and existing.text.strip() and spec.kind not in SECTION_KINDS:
            # The guess was wrong: its label goes back to the unmatched, for whom it may name
            # (`Jobseeker : Mr Wiremu Tane` guessed the worker's, then `Case manager : …`).
            self.unmatched(existing.label, "label", existing.page, existing.text)
        raw = RawField(spec.name, label, page, [value], via=via)
        if spec.kind in SECTION_KINDS and existing is None:
            self.raw.add_section(raw)
        else:
            self.raw.fields[spec.name] = raw

    def add_text(self, line: Line, text: str | None = None) -> None:
        if self.seen_title and line.letterhead_key in self.letterhead:
            return  # the letterhead again, at the top of a later page
        if self.section is not None:
            self.section.add(text if text is not None else line.text, line.block)
        elif line is not self.orphan_line and self.seen_title and not self.in_signature:
            if self.orphan is None:
                self.orphan = Orphan(line.text.strip(), "passage", line.page)
                self.raw.orphans.append(self.orphan)
            orphan = self.orphan
            same_block = orphan.kind == "passage" and line.block == orphan.last_block
            add_line(orphan.parts, text if text is not None else line.text, same_block)
            orphan.last_block = line.block

    def unmatched(self, text: str, kind: str, page: int, value: str = "") -> Orphan | None:
        """Record a heading or label no field took; return its orphan (None: none is kept)."""
        if not self.seen_title or tuple(fold_words(text)) in self.letterhead:
            return None
        dates = find_dates(text)
        if dates and len(text[: dates[0][1]].split()) <= 1:
            self.day = text  # a date heading ("Senin, 22 Juli 2024") heads a day, not a section
            return None
        orphan = self._orphan(text, kind, page, [value] if value else [])
        if orphan is not None and kind == "label" and self.section is not None:
            orphan.run_in = bool(self.section.text.strip())
        if (
            orphan is not None
            and kind == "label"
            and run_in_text_shaped(value)
            and not orphan.run_in
        ):
            # A run-in heading (`How I understand it. The difficulties…`) stands among the
            # record's sections, for their order to place it.
            self.raw.sections.append(orphan)
        if orphan is not None and kind == "heading":
            self.orphan = orphan
            self.raw.sections.append(orphan)
        return orphan

    def _orphan(self, text: str, kind: str, page: int, parts: list[str]) -> Orphan | None:
        """Add `text` to the unmatched and, with `parts` under it, to the orphans."""
        entry = Unmatched(text.strip().rstrip(":").strip(), kind, page)  # type: ignore[arg-type]
        if not entry.text:
            return None
        if entry not in self.raw.unmatched:
            self.raw.unmatched.append(entry)
        orphan = Orphan(entry.text, entry.kind, page, parts)
        self.raw.orphans.append(orphan)
        return orphan

    def heads_prose(self, target: RawField, text: str, people: PersonNames) -> bool:
        """Return True, and take the heading back to the unmatched, when a heading read by its
        stems as a person's field stands over text that is no name (`Case management plan`,
        stems of `Case manager`, over `Fortnightly supervision; …`): a section nobody listed."""
        if (
            target.via == "synonym"
            or self.spec.field(target.name).identifies not in PERSONS
            or people.is_person_name(text)
            or self.raw.fields.get(target.name) is not target
        ):
            return False
        del self.raw.fields[target.name]
        self.unmatched(target.label, "heading", target.page)
        return True

    def value_goes_on(self, line: Line) -> bool:
        """Return True when `line` may carry on the value of the label line above it: a line of
        its block, or a short line under a value left open at a comma (`Kabupaten Jayawijaya,`
        over `Papua Pegunungan`) that is no label."""
        if self.value_block is None:
            return False
        holder, block = self.value_block
        if line.block == block:
            return not line.first
        return (
            bool(holder.parts)
            and holder.parts[-1].rstrip().endswith(",")
            and line.n_words <= MAX_WRAPPED_VALUE_WORDS
            and line.label_value() is None
        )

    def in_dialogue(self) -> bool:
        return (
            self.section is not None
            and self.spec.has_field(self.section.name)
            and self.spec.field(self.section.name).dialogue
        )

    def in_list(self) -> bool:
        return (
            self.section is not None
            and self.spec.has_field(self.section.name)
            and self.spec.field(self.section.name).kind == "list"
        )

    def is_sub_level(self, level: str | None) -> bool:
        """Return True when a heading numbered `level` sits below the open section's heading."""
        return level is not None and level != self.section_numbering and level in SUB_LEVELS

    def flush_turns(self) -> None:
        """Lines held as possible dialogue turns go to the open section after all."""
        for line in self.pending_turns:
            self.add_text(line)
        self.pending_turns = []

    def sign_off(self) -> None:
        """Past the sign-off, names and places follow: no section is open."""
        self.section, self.pending_value, self.in_signature = None, None, True
