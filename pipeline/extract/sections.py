"""Walk one record's lines and tables, and collect the raw text of each field with its evidence.

Decisions, in order, for each line:
1. a line that carries on a label's value in the same block joins that value;
   a page-number line (`Halaman 1 dari 3`) or a web page's furniture (`Printed: …`,
   `Share`, `1,234 views`) is dropped, and `Comments (2)` ends the record's text as a
   sign-off does;
2. a sign-off past the title (`Bandung, 28 Juni 2024`, `Mengetahui,`; above it, `Dibuat oleh`
   labels a file) ends the sections: names and places follow until a narrative's heading;
3. a record title is skipped (the lines above it are the letterhead); a
   confidentiality marking (`RAHASIA`) gives `confidentiality`;
4. a line holding several labels (`Agency: X  Client System: Y  Date: Z`) is
   cut before each later label that names a field, and each part is walked
   as a line of its own, so a value stops at the next label;
   `Label : value` whose label names a field gives that field (a narrative
   field opens its section with the value as first text); inside a dialogue
   section, or when a speaker tag is followed by speech (`Worker: How are
   you?`), such a line is a dialogue turn, not a label;
5. a label whose colon OCR lost (`Tanggal Penerimaan 15 Juli 2024`) counts when
   the value proves it (a date, an enumerated word) or, in the header, when
   the label is plain (`uncoloned.py`); a form's row whose colon OCR read as a
   column gap (`Pekerja Sosial<TAB>Theresia Ndolu`) is a label and its value;
6. a heading-like line, or a short line that is a field's heading word for
   word, opens that field's section; a styled heading that names none is
   reported in `unmatched` and closes the open section (unless numbered one
   level below the section's heading);
7. a run of dialogue turns with no heading opens the dialogue field's section;
8. anything else is text of the open section; text before any section is not a field's.

Tables are read by `tables.py`. What a line names (steps 4 to 7, through the
mapping cascade) is `field_matcher.py`'s answer; the fields, unmatched
headings and orphan text are built by `assemble.py`. Each field remembers the
cascade step that named it.

The output is raw text; `fields.py` normalises it. Nothing here edits the document.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.assemble import SECTION_KINDS, Assembly, RawField, RawRecord
from pipeline.extract.crowded import crowded_parts
from pipeline.extract.elimination import fill_by_elimination
from pipeline.extract.field_matcher import Cascade, FieldMatcher, Mapped, numbering_class
from pipeline.extract.flat_tables import flattened_tables
from pipeline.extract.label_cells import label_cell_lines
from pipeline.extract.letterhead import top_letterhead
from pipeline.extract.lines import (
    Item,
    Line,
    TableItem,
    gapped_label,
    heading_sizes,
    numbered_part,
    sized_as_heading,
    sounds_spoken,
)
from pipeline.extract.matching import PhraseIndex, line_key
from pipeline.extract.normalize import (
    find_dates,
    fold_words,
    is_page_number,
    split_numbering,
)
from pipeline.extract.prompts import is_placeholder
from pipeline.extract.prose import SIGN_OFF_LINES, closing_sign_off, stated_fields
from pipeline.extract.run_on import share_run_on
from pipeline.extract.section_order import place_by_order
from pipeline.extract.tables import read_table
from pipeline.extract.title_style import title_sized
from pipeline.extract.uncoloned import MIN_PROSE_VALUE_WORDS, label_without_colon
from pipeline.extract.value_guess import (
    guess_from_value,
    headings_over_values,
    is_bare_value,
    misplaced_value,
    value_fits,
)
from pipeline.extract.wrapped_labels import rejoin_wrapped_labels
from pipeline.heading import (
    MAX_BARE_HEADING_WORDS,
    MAX_HEADING_WORDS,
    all_caps,
    follows_number,
    follows_roman,
    heading_shaped_in_text,
    in_title_case,
    runs_on,
)
from pipeline.ingest.furniture import ends_article, is_site_furniture
from pipeline.records import Via
from pipeline.specs import PERSONS, FieldSpec, RecordSpec
from pipeline.vocabulary import Vocabulary

# A form's slot holds a name, a date, a place or a code, not a paragraph.
MAX_FORM_SLOT_WORDS = 10
# Dialogue turns in a row, with no heading, that open the dialogue section.
IMPLICIT_DIALOGUE_TURNS = 2
# A Title Case line set this much larger than the body is a heading, named or not.
MIN_TITLE_CASED_HEADING_SIZE = 1.05
# Words of the text under a heading the classifier reads (its start says what it is about).
MODEL_BODY_WORDS = 60
# A heading or label the classifier may name is this short: "The client's functioning is
# improving: …" is a sentence with a colon, a long numbered line an item.
MAX_MODEL_LABEL_WORDS = 5
# A plain Title Case line of this many words may head a section, in a record writing so.
MAX_PLAIN_TITLE_WORDS = 7
# An unknown `Label : value` label this short (a word more before a capital, as a run-in
# heading's text opens) is reported as unmatched; a longer one is prose.
MAX_UNMATCHED_LABEL_WORDS = 4


class SectionWalker:
    """Walks the lines of one record of type `spec`: asks `matcher` what each line is and
    has `asm` build the result."""

    def __init__(
        self,
        spec: RecordSpec,
        index: PhraseIndex,
        vocabulary: Vocabulary,
        has_title: bool,
        cascade: Cascade = Cascade(),
        title: str | None = None,
    ) -> None:
        self.spec = spec
        self.title = title.strip() if title else None
        self.matcher = FieldMatcher(spec, index, vocabulary, cascade)
        self.asm = Assembly(spec, has_title)
        self.items: tuple[Item, ...] = ()
        self.position = 0  # of the item being read, for the text under a heading
        # The record writes its headings as plain short lines (`Latar belakang`), no style.
        self.plain_headings = False
        self.heading_sizes: frozenset[float] = frozenset()
        self.heading_number: str | None = None  # of the last heading that opened a section
        self.closing: Line | None = None  # the first line of a sign-off no opener announces

    def walk(self, items: tuple[Item, ...]) -> RawRecord:
        items = label_cell_lines(self.matcher, flattened_tables(self.matcher, items))
        self.items = items = rejoin_wrapped_labels(self.matcher, items)
        if self.asm.untitled:
            self.asm.letterhead |= top_letterhead(items, self.matcher.vocabulary)
        self.plain_headings = self._writes_plain_headings(items)
        self.heading_sizes = heading_sizes(items)
        self.matcher.learn_speakers(items)
        self.closing = closing_sign_off(items, self.spec, self.matcher.people)
        for self.position, item in enumerate(items):
            if isinstance(item, TableItem):
                self.asm.flush_turns()
                read_table(self.matcher, self.asm, item)
            else:
                self._line(item)
        self.asm.flush_turns()
        headings_over_values(self.asm.raw, self.matcher)
        lines = [item for item in items if isinstance(item, Line)]
        fill_by_elimination(self.asm.raw, self.matcher, lines[-SIGN_OFF_LINES:])
        raw = self.asm.raw
        given = {name: f.text for name, f in raw.fields.items()}
        people, vocabulary = self.matcher.people, self.matcher.vocabulary
        stated = stated_fields(self.spec, items, given, raw.sign_offs, people, vocabulary)
        for name, (value, cue, page) in stated.items():
            raw.fields[name] = RawField(name, cue, page, [value], via="prose")
        place_by_order(self.asm.raw, self.matcher.spec, self.matcher.cascade.model)
        share_run_on(self.asm.raw, self.matcher.spec, self.matcher.cascade.model)
        return self.asm.raw

    def _writes_plain_headings(self, items: tuple[Item, ...]) -> bool:
        """Return True when the record writes its headings as plain short lines: one such line
        names a section by its own words (`Areas Of Work`), so its peers above and below
        (`Where Our Money Comes From`) are headings too, whatever their words."""
        for line in items:
            if isinstance(line, Line) and self._plain(line):
                mapped = self.matcher.map(line.key.words, "heading", line.strongly_set_apart)
                named = mapped.spec if mapped and mapped.via in ("synonym", "stem") else None
                if named is not None and named.kind in SECTION_KINDS:
                    return True
        return False

    def _next_text(self) -> str:
        """Return the text of the line after the one being read ("" at a table or the end)."""
        following = self.items[self.position + 1 : self.position + 2]
        return following[0].text if following and isinstance(following[0], Line) else ""

    def _may_guess(self, words: tuple[str, ...]) -> bool:
        """Return True where the classifier may name a line: a short one with no figures
        ("1. Undang-Undang Nomor 11 Tahun 2009" is an item), past the letterhead and title,
        and (for a record with no title) past the first field the rules found."""
        return (
            len(words) <= MAX_MODEL_LABEL_WORDS
            and not any(c.isdigit() for w in words for c in w)
            and self.asm.seen_title
            and bool(self.asm.raw.fields)
            and words not in self.asm.letterhead
        )

    def _label_body(self, words: tuple[str, ...], value: str, line: Line) -> str | None:
        """Return what the classifier reads of a `Label :` line with no value (a heading with
        a colon), or None where it must not guess: a label with its value is a name, date or
        number the classifier mistakes (`Bulan : Maret 2024`, `Jabatan : …`); inside a section
        a colon is as often prose as a label (`Ibu berkata:`), unless the line opens its block,
        capitalised and short as a heading is (`Needs Assessment:`); a long label is prose."""
        if value:
            return None
        if self.asm.section is not None and not (
            line.first and heading_shaped_in_text(line.text.rstrip().rstrip(":："))
        ):
            return None
        if not self._may_guess(words):
            return None
        return self._text_under()

    def _section_on_label_line(self, words: tuple[str, ...], value: str) -> bool:
        """Return True for a label whose value may be a whole section (`Sumber Keuangan : APBD
        Provinsi, dana CSR dan donatur`): several words, no date, period or name, in the header."""
        return (
            self.asm.section is None
            and self._may_guess(words)
            and len(value.split()) >= MIN_PROSE_VALUE_WORDS
            and not find_dates(value)
            and not self.matcher.is_period_value(value)
            and not self.matcher.people.is_person_name(value)
        )

    def _over_header_labels(self) -> bool:
        """Return True when the next line is a label with its value, not a turn of speech,
        naming a field that is no section (`Klien : Bapak Darmo`, `Tanggal : 10 Maret 2024`)."""
        following = self.items[self.position + 1 : self.position + 2]
        pair = following[0].label_value() if following and isinstance(following[0], Line) else None
        if not pair or not pair[1] or self.matcher.is_speech(*pair):
            return False
        named = self.matcher.field_match(line_key(pair[0]).words, "label")
        return named is not None and named.kind not in SECTION_KINDS

    def _text_under(self) -> str:
        """Return the start of the text under the line being read, up to the next heading."""
        words: list[str] = []
        for item in self.items[self.position + 1 :]:
            if isinstance(item, TableItem):
                words += [c.text for row in item.table.rows for c in row]
            elif item.heading_like or ((pair := item.label_value()) and not numbered_part(*pair)):
                break
            else:
                words += item.text.split()
            if len(words) >= MODEL_BODY_WORDS:
                break
        return " ".join(words[:MODEL_BODY_WORDS])

    def _continues_value(self, line: Line) -> bool:
        """Return True when `line` carries on the value of the label line above it in its block.

        A short line naming a field ("Introduction") starts that field instead:
        tight layouts put a heading in the block of the label above it.
        """
        if not self.asm.value_goes_on(line):
            return False
        return not (
            line.n_words <= MAX_HEADING_WORDS
            and self.matcher.field_match(line.key.words, "heading")
        )

    def _line(self, line: Line) -> None:
        asm, matcher = self.asm, self.matcher
        if self._continues_value(line):
            assert asm.value_block is not None
            # a label's value wrapped onto the next line
            asm.value_block[0].add(line.text, line.block)
            return
        asm.value_block = None
        if is_page_number(line.text):
            return  # page furniture the reader left in the body
        if ends_article(line.text):
            asm.flush_turns()
            asm.sign_off()  # what follows "Comments (2)" is the site's, not the record's
            return
        if is_site_furniture(line.text) and not line.styled_heading:  # a bold `Next` heads
            return
        signs = matcher.is_signature(line.text, "" if asm.raw.fields else self._next_text())
        if asm.seen_title and line.numbering is None and (signs or line is self.closing):
            asm.raw.sign_offs.append(line)
            asm.flush_turns()
            asm.sign_off()
            return
        if asm.in_signature:
            found = (
                matcher.field_match(line.key.words, "heading", True)
                if line.looks_like_heading()
                else None
            )
            if found is None or found.kind not in ("narrative", "list", "entries"):
                return  # names, titles and places of the sign-off are not a section's text
            asm.in_signature = False
        if asm.pending_period is not None:
            (label, page), asm.pending_period = asm.pending_period, None
            if line.label_value() is None and self.matcher.is_period_value(line.text):
                asm.raw.period = (line.text.strip(), label, page)
                return
        if asm.pending_value is not None:
            target, asm.pending_value = asm.pending_value, None
            if (
                not matcher.field_match(line.key.words, "heading")
                and line.label_value() is None
                and not asm.heads_prose(target, line.text, matcher.people)
            ):
                target.parts.append(line.text)
                return
        # The record's own title, as the classifier read it, is a title though its words also
        # name a field (`Case file`, `Case File Number`).
        own_title = (
            not asm.seen_title and self.title is not None and line.text.strip() == self.title
        )
        if own_title or (
            matcher.is_title(line) and not matcher.field_match(line.key.words, "heading")
        ):
            asm.seen_title = True
            return
        # A marking is the record's wherever it stands, in the letterhead (`OFFICIAL -
        # SENSITIVE` over the agency's lines) or again atop a later page.
        marking = matcher.marking(line)
        if marking is not None:
            if marking.name not in asm.raw.fields:
                asm.set_value(marking, line.text, line.text.strip(), line.page)
            return
        if asm.seen_title and line.letterhead_key in asm.letterhead:
            return  # the letterhead again, atop a later page: the open section goes on
        if not asm.seen_title:
            asm.letterhead.add(line.letterhead_key)
        pair = line.label_value()
        if pair is not None and not asm.in_dialogue():
            parts = crowded_parts(matcher, pair[0], line.text, len(line.text) - len(pair[1]))
            if len(parts) > 1:
                for part in parts:
                    self._line(replace(line, text=part, key=line_key(part), first=True))
                return
        if pair is not None and self._label_line(line, *pair):
            return
        if pair is None and label_without_colon(self.asm, self.matcher, line):
            return
        in_header = pair is None and asm.section is None and asm.seen_title
        gapped = gapped_label(line.text) if in_header else None
        if gapped and self._label_line(line, *gapped):
            return  # `Pekerja Sosial<TAB>Theresia Ndolu`: a form's row, its colon lost
        heading = line.heading_like or line.form_question or self._title_cased(line)
        heading = heading or sized_as_heading(line, self.heading_sizes)
        if (
            (heading or matcher.bare_heading(line))
            and not self._list_item(line)
            # a label with its value written (`Interview Location : Pelita Hati office`) is none
            and not (pair and pair[1] and not is_placeholder(pair[1]))
            and not runs_on(line.text, self._next_text())
            and self._heading_line(line)
        ):
            return
        self._content_line(line, pair)

    def _list_item(self, line: Line) -> bool:
        """Return True for a bulleted line under a list's heading (`Attachments` / `- OASys
        assessment (October 2023)`): the list's item, whatever field its words name."""
        bullet = line.numbering is not None and not any(c.isalnum() for c in line.numbering)
        return bullet and not line.styled_heading and self.asm.in_list()

    def _label_line(self, line: Line, label: str, value: str) -> bool:
        """Handle `Label : value`; return False when the line is ordinary text."""
        asm, matcher = self.asm, self.matcher
        _, bare = split_numbering(label)
        if numbered_part(bare, value):
            return False  # `Session 1: Rosalina told …`, the open section's text
        words = tuple(fold_words(bare))
        mapped = matcher.map(words, "label", body=self._label_body(words, value, line))
        # `No. RM / No. Kasus Sosial`: two names for one value; the part a synonym names wins
        # when the value has that field's shape (`Unit / Room : 4 West` names no agency).
        parts = (tuple(fold_words(part)) for part in bare.split(" / ")) if " / " in bare else ()
        mapped = mapped or next(
            (
                m
                for part in parts
                if (m := matcher.map(part, "label", cascade=False))
                and value_fits(matcher, m.spec, value)
            ),
            None,
        )
        ends_dialogue = asm.in_dialogue() and matcher.closes_dialogue(label, bare, value)
        if mapped is None and (ends_dialogue or self._section_on_label_line(words, value)):
            mapped = matcher.section_from_value(words, value)
        if mapped is not None and misplaced_value(matcher, mapped, label, value):
            mapped = None  # for the value to place
        if (
            mapped is not None
            and mapped.via != "synonym"
            and mapped.spec.identifies in PERSONS
            and value
            and not any(c.isalpha() for c in value)
        ):
            mapped = None  # `Pendampingan ke : 2` shares a stem with `Pendamping`, names nobody
        # A speaker's word over a name in the header (`Interviewer : Ratna Suryadi, A.KS`) is
        # a label: the dialogue has not begun.
        speaker = matcher.is_turn(label) and not (
            asm.section is None and not asm.pending_turns and matcher.people.is_person_name(value)
        )
        if mapped is None and value and not matcher.is_period(words) and not speaker:
            mapped = guess_from_value(matcher, words, value, asm.raw.fields)
        found = mapped.spec if mapped else None
        via: Via = mapped.via if mapped else "synonym"
        ends = self.spec.period
        if (
            found is not None
            and ends is not None
            and found.name in (ends.start, ends.end)
            and asm.raw.period is None
            and matcher.is_period_value(value)
        ):
            found = None  # `Summary period: 01/08/2024 - 03/29/2024` gives both ends, read apart
        if (found is None or found.kind == "text") and (
            matcher.is_speech(bare, value)
            or (asm.pending_turns and matcher.is_turn(label))
            or (found is not None and found.identifies in PERSONS and sounds_spoken(value))
        ):
            return False  # "Worker: How are you?" and the reply to it are turns, not names
        header = self._form_label_under_empty_heading(label, value, found)
        if (
            asm.in_dialogue()
            and value
            and (found is None or found.kind != "narrative" or matcher.is_turn(label))
            and not header
            and not ends_dialogue
        ):
            return False
        if found is None:
            listed_period = matcher.is_period(words)
            period = listed_period or (asm.raw.period is None and matcher.is_period_value(value))
            if period and value:
                asm.flush_turns()
                asm.raw.period = (value, bare, line.page)
                return True
            if listed_period:
                asm.pending_period = (bare, line.page)  # `Summary period:` over its cell
                return True
            if value and speaker:
                return False  # a dialogue turn; _content_line decides
            if asm.section_on_label and value and bare[:1].isupper():
                # The form's next row, its label nobody's (`Tata Cara dan Syarat Pelayanan`).
                asm.section = None
                # its value's wrapped lines are its own
                orphan = asm.unmatched(bare, "label", line.page, value)
                asm.orphan, asm.orphan_line = orphan or asm.orphan, line
                if orphan is not None and value:
                    asm.value_block = (orphan, line.block)
                return True
            if len(words) <= MAX_UNMATCHED_LABEL_WORDS + value[:1].isupper() and bare[:1].isupper():
                if ends_dialogue or (not value and not matcher.is_turn(label)):
                    # `Conclusion:` alone on its line heads the text under it, as a heading does.
                    asm.flush_turns()
                    asm.unmatched(bare, "heading", line.page, value)
                    asm.orphan_line = line
                    asm.section = None
                    return True
                orphan = asm.unmatched(bare, "label", line.page, value)
                asm.orphan_line = line  # its value is the label's, not the passage's
                if orphan is not None and value and asm.section is None:
                    asm.value_block = (orphan, line.block)  # in the header, a value's wrap
                return header  # a form's label is no text of the heading above it

            return False
        asm.flush_turns()
        spec = found
        if asm.section_on_label:
            asm.section = None  # the form's next row
        if spec.kind in ("narrative", "list", "entries"):
            raw = asm.open(spec, bare, line.page, line.numbering, via)
            if value:
                raw.add(value, line.block)
                asm.section_on_label = spec.kind != "entries"
            return True
        if spec.identifies in PERSONS and matcher.names_any_field(tuple(fold_words(value))):
            return True  # `Client name: Date /`: the next label, its colon lost: a blank slot
        if not value:
            asm.pending_value = RawField(spec.name, bare, line.page, via=via)
            asm.raw.fields.setdefault(spec.name, asm.pending_value)
            if asm.section is not None:
                asm.section.parts.append(line.text)
            return True
        asm.set_value(spec, bare, value, line.page, via)
        written = asm.raw.fields.get(spec.name)
        if written is not None and written.parts == [value]:
            written.last_block = line.block
            asm.value_block = (written, line.block)
        if asm.section is not None and not asm.in_dialogue() and not header:
            # header lines inside e.g. "Identitas Klien" belong to it too
            asm.section.parts.append(line.text)
        return True

    def _form_label_under_empty_heading(
        self, label: str, value: str, found: FieldSpec | None
    ) -> bool:
        """Return True for a form's label under a heading with nothing in it yet that is a
        dialogue's or the record's first line: an untitled record's title naming a section
        (`LAPORAN PROSES WAWANCARA`, `Transfer Summary`) above its header block (`Nama Korban :
        An. Lestari`). A speaker's tag, or a value said rather than written in a form's slot (a
        sentence, a question), is a dialogue's first turn."""
        asm, matcher = self.asm, self.matcher
        if asm.section is None or asm.section.parts or asm.pending_turns or not value:
            return False
        dialogue = asm.in_dialogue()
        if not dialogue and not asm.section_at_top:
            return False
        if matcher.is_turn(label) or matcher.speaker_tag(f"{label}: {value}") is not None:
            return False
        text = value.strip()
        if is_placeholder(text):
            return True
        if found is not None and found.identifies in PERSONS:
            return matcher.people.is_person_name(text)  # "Praktikan: Selamat pagi, Bu." is said
        written = (
            not sounds_spoken(text)
            and not text.endswith(".")
            and len(text.split()) <= MAX_FORM_SLOT_WORDS
            and (text[:1].isupper() or text[:1].isdigit())
        )
        if found is not None:
            return written and found.kind not in ("narrative", "list")
        # A speaker nobody listed is tagged by one word ("Adi: Halo Kak"); a form's label
        # mostly by two or more ("Lokasi Kunjungan").
        return written and (not dialogue or len(fold_words(label)) >= 2)

    def _heading_line(self, line: Line) -> bool:
        asm = self.asm
        text = line.text.strip().rstrip(":").strip()
        # A bullet, a sub-level number inside a section, or a number inside a list is an item
        # of it, whatever its words.
        item = (
            bool(line.numbering)
            and not follows_roman(self.heading_number or "", line.numbering or "")
            and (
                not line.numbered
                or asm.in_list()
                or (asm.section is not None and asm.is_sub_level(numbering_class(line.numbering)))
            )
        )
        # The classifier guesses only for a line set apart by style, capitals or numbering:
        # a line alone in its block, or ending in a colon, is as often a list item.
        # A plain short line alone in its block, in a record whose named headings are such
        # lines, is shaped as they are (`Apa yang terjadi` after `Latar belakang`); under a
        # list's heading such lines are its items.
        plain = self._plain(line)
        sized = sized_as_heading(line, self.heading_sizes)
        peer = (plain and self.plain_headings or sized) and not item and not self.asm.in_list()
        guess = (line.set_apart or self._title_cased(line) or peer) and self._may_guess(
            line.key.words
        )
        body = self._text_under() if guess else None
        mapped = self.matcher.map(
            line.key.words,
            "heading",
            line.strongly_set_apart,
            None if body is None or is_bare_value(self.matcher, self._next_text()) else body,
            cascade=not item,
        )
        if mapped is None or mapped.via != "synonym":
            # `SITUASI PENGASUHAN DAN LINGKUNGAN / CARE ARRANGEMENT`: a half's listed words
            half = self.matcher.half_named(split_numbering(text)[1], line.strongly_set_apart)
            mapped = Mapped(half, "synonym") if half is not None else mapped
        found = mapped.spec if mapped else None
        if mapped is None or found is None:
            if self.matcher.is_period(line.key.words):
                return False
            # OCR gives no bold; a Title Case line it read a little larger is a heading too.
            larger = (line.size_ratio or 1.0) >= MIN_TITLE_CASED_HEADING_SIZE
            if (
                line.styled_heading
                or (line.numbering and all_caps(line.text))
                or (larger and self._title_cased(line))
                or (peer and self._may_guess(line.key.words))
                or (line.numbered and "?" in text)  # a form's question
                # `3. Social circumstances` after `2. Reason for referral`: the next heading
                or (
                    follows_number(self.heading_number, line.numbering)
                    and heading_shaped_in_text(split_numbering(text)[1])
                )
            ):
                if asm.in_dialogue() and not line.styled_heading:
                    return False
                _, bare = split_numbering(text)
                asm.unmatched(bare, "heading", line.page)
                asm.orphan_line = line
                level = numbering_class(line.numbering)
                if asm.section is not None and not asm.is_sub_level(level):
                    asm.flush_turns()
                    asm.section = None
                    return True
            return False
        if not asm.seen_title and found.kind not in ("narrative", "list") and not found.markings:
            # A letterhead's line above the title (`INSTALASI PEKERJAAN SOSIAL MEDIS`, whose
            # stems are a worker's) is the agency's, not a field's heading over the next line.
            return False
        if (
            found.dialogue
            and title_sized(line)
            and not asm.raw.fields
            and self._over_header_labels()
        ):
            # `Laporan Jalannya Wawancara` set large over `Klien : …`: a title nobody listed,
            # whose words name the dialogue too, over the record's labels; no dialogue's heading.
            asm.seen_title = True
            return True
        asm.flush_turns()
        spec = found
        if line.numbering and not item:
            self.heading_number = line.numbering
        _, bare = split_numbering(text)
        had_value = spec.name in asm.raw.fields and bool(asm.raw.fields[spec.name].text.strip())
        if had_value and spec.kind not in ("narrative", "list", "entries") and line.styled_heading:
            # `Section A – The pupil` under a header that named the pupil: a section about
            # the client whose words name a field already given, not that field again.
            asm.unmatched(bare, "heading", line.page)
            asm.orphan_line = line
            asm.section = None
            return True
        if mapped.via == "model" and asm.keeps_guess(spec, mapped.probability):
            asm.unmatched(bare, "heading", line.page)
            asm.orphan_line = line
            asm.section = None
            return True
        raw = asm.open(spec, bare, line.page, line.numbering, mapped.via, mapped.probability)
        if spec.kind not in ("narrative", "list", "entries") and not had_value:
            asm.pending_value = raw
        return True

    def _plain(self, line: Line) -> bool:
        """Return True for a short capitalised line alone in its block, set apart by nothing
        else: a few words (`Latar belakang`), or a longer line in Title Case (`How To Access Our
        Services`)."""
        text = line.text.strip().rstrip(":").strip()
        if not line.only or line.set_apart or not heading_shaped_in_text(text.split(" ", 1)[0]):
            return False
        return heading_shaped_in_text(text) or (
            len(text.split()) <= MAX_PLAIN_TITLE_WORDS
            and not text.endswith((".", ",", ";"))
            and in_title_case(text, self.matcher.vocabulary.heading_connectors)
        )

    def _title_cased(self, line: Line) -> bool:
        """Return True for a short line in Title Case inside a block of text (`Susunan
        Pengurus`): a heading by its words' capitals when OCR or the file gave no style, which
        the classifier may name. A signed name (`Ibu Sari Wulandari`, `Budi, S.Sos.`), or a line
        above the record's first field (an agency's name under the title), is no heading; two
        capitalised words alone may be either (`Middle Phase`), and the classifier tells."""
        words = line.text.split()
        return (
            any(f.text.strip() for f in self.asm.raw.fields.values())
            and 0 < len(words) <= MAX_BARE_HEADING_WORDS
            and line.numbering is None
            and not line.text.rstrip().endswith((".", ",", ";", ":"))
            and in_title_case(line.text, self.matcher.vocabulary.heading_connectors)
            and not self.matcher.people.is_titled_name(line.text)
        )

    def _content_line(self, line: Line, pair: tuple[str, str] | None) -> None:
        asm = self.asm
        dialogue = self.matcher.dialogue_field()
        is_turn = (
            pair is not None
            and bool(pair[1])
            and (self.matcher.is_turn(pair[0]) or self.matcher.is_speech(pair[0], pair[1]))
        )
        if (
            is_turn
            and dialogue is not None
            and not asm.in_dialogue()
            and dialogue.name not in asm.raw.fields
        ):
            asm.pending_turns.append(line)
            if len(asm.pending_turns) >= IMPLICIT_DIALOGUE_TURNS:
                turns, asm.pending_turns = asm.pending_turns, []
                raw = asm.open(dialogue, "dialogue turns", turns[0].page, None)
                raw.parts.extend(t.text for t in turns)
            return
        if asm.pending_turns and not is_turn:
            asm.flush_turns()
        asm.add_text(line)


def walk_record(
    items: tuple[Item, ...],
    spec: RecordSpec,
    index: PhraseIndex,
    vocabulary: Vocabulary,
    has_title: bool,
    cascade: Cascade = Cascade(),
    title: str | None = None,
) -> RawRecord:
    """Return the raw fields of one record of type `spec` (`has_title`: the record opens with a
    title line; `title`: that line as the classifier read it), mapping unknown headings and
    labels through `cascade`."""
    return SectionWalker(spec, index, vocabulary, has_title, cascade, title).walk(items)
