"""From a `Document` to the records it holds: the stages after ingestion, in order.

lines -> segment -> classify -> sections -> fields -> validate -> absence. Each stage
reads values and returns new ones; the document is never changed. An
`Extractor` holds what is costly to build (schemas, the phrase index) and is
made once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from pipeline.document import Block, Document
from pipeline.extract.absence import review_missing
from pipeline.extract.assemble import SECTION_KINDS, RawField, RawRecord
from pipeline.extract.classify import (
    UNKNOWN_TYPE,
    Classification,
    classify,
    type_calibration,
    within_folder,
)
from pipeline.extract.codes import header_case_code
from pipeline.extract.field_matcher import Cascade
from pipeline.extract.fieldmodel import FieldModel, shipped_model
from pipeline.extract.fields import extract_fields
from pipeline.extract.layout_cues import opens_as_memo
from pipeline.extract.lines import Item, Line, block_items, document_items
from pipeline.extract.matching import PhraseIndex
from pipeline.extract.normalize import clear_caches as clear_normalize_caches
from pipeline.extract.normalize import (
    clock_minutes,
    fold_words,
    folded_phrases,
    reads_month_first,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prompts import is_prompt, mostly_to_the_writer
from pipeline.extract.sections import walk_record
from pipeline.extract.segment import Segment, clear_title_cache, segment
from pipeline.extract.stems import StemIndex
from pipeline.extract.validate import validate_fields
from pipeline.language import guess_language
from pipeline.options import ExtractOptions
from pipeline.records import Alternative, Evidence, FileResult, Record
from pipeline.specs import RecordSpec, SchemaSet, load_schemas
from pipeline.vocabulary import active_vocabulary, load_vocabulary, using

# A handout speaks to its reader in this many sections at least (most of them).
MIN_GUIDE_SECTIONS = 2
# A blank template is its type's form, and no case note: an even chance of either reading.
BLANK_TEMPLATE_CONFIDENCE = 0.5


class Extractor:
    """The stages after ingestion, with what they need built once.

    `stems` and `model` switch the mapping cascade's second and third steps
    (both on by default); `model` may also be a `FieldModel` to use instead of
    the shipped one (the vocabulary hold-out trains its own).
    """

    def __init__(
        self,
        schemas: SchemaSet,
        options: ExtractOptions,
        *,
        stems: bool = True,
        model: FieldModel | bool = True,
    ) -> None:
        self.schemas = schemas
        self.options = options
        self.vocabulary = load_vocabulary(options.schema_dirs)
        with using(self.vocabulary):  # the index folds the synonyms with the agency's words
            connectors = folded_phrases(self.vocabulary.heading_connectors)
            self.index = PhraseIndex(schemas, connectors)
            self.stems = StemIndex(schemas, connectors) if stems else None
        chosen = shipped_model() if model is True else model
        self.cascade = Cascade(self.stems, chosen if isinstance(chosen, FieldModel) else None)
        self.shared = _shared_header(schemas)

    def _not_a_case_note(
        self,
        seg: Segment,
        verdict: Classification,
        language: str | None,
        furniture: tuple[Block, ...],
    ) -> Record:
        """Return the record of a segment that is not a case note: only what labels plainly
        say (who, which case, which agency), no completeness."""
        values, evidence = self._labelled_values(seg, furniture)
        return Record(
            "unknown",
            verdict.confidence,
            language,
            seg.pages,
            values,
            evidence=evidence,
            alternatives=tuple(Alternative(t, c) for t, c in verdict.alternatives),
        )

    def _labelled_values(
        self, seg: Segment, furniture: tuple[Block, ...]
    ) -> tuple[dict[str, Any], dict[str, Evidence]]:
        """Return the shared header fields (`_shared_header`) that labels give in a segment
        that is not a case note, and the agency its letterhead names (an invitation or a memo
        on an agency's paper is that agency's), with their evidence."""
        if self.shared is None:
            return {}, {}
        spec, names = self.shared
        raw = walk_record(seg.items, spec, self.index, self.vocabulary, seg.title_type is not None)
        # A label some schema lists, not one read from its value (`No. RM : 00-41-87-22` on a
        # hospital's checklist is no case's number).
        labelled = {
            name: f for name, f in raw.fields.items() if name in names and f.via == "synonym"
        }
        found = extract_fields(
            RawRecord(fields=labelled),
            spec,
            seg.items,
            tuple(b for b in furniture if b.page == seg.pages[0]),
            seg.title_text,
            self.options.month_first,
            self.vocabulary,
        )
        values = {
            k: v
            for k, v in found.values.items()
            if k in labelled or found.evidence[k].label == "letterhead"
        }
        evidence = {k: v for k, v in found.evidence.items() if k in values}
        return values, evidence

    def _record(
        self,
        seg: Segment,
        verdict: Classification,
        doc: Document,
        furniture: tuple[Block, ...],
        whole_document: bool,
        month_first: bool,
    ) -> tuple[Record, tuple[str, ...]]:
        if whole_document:
            language = doc.language  # ingestion already read the whole text
        else:
            text = " ".join(item.text for item in seg.items if isinstance(item, Line))
            language = guess_language(text) or doc.language
        spec = self.schemas.get(verdict.record_type)
        if spec is None:
            return self._not_a_case_note(seg, verdict, language, furniture), ()
        raw = walk_record(
            seg.items,
            spec,
            self.index,
            self.vocabulary,
            seg.title_type is not None or seg.title_text is not None,
            self.cascade,
            seg.title_text,
        )
        self._running_header(raw, spec, tuple(b for b in furniture if b.page in seg.pages))
        _keeper_in_title(raw, spec, seg.items)
        first_page = seg.pages[0]
        page_furniture = tuple(b for b in furniture if b.page == first_page)
        found = extract_fields(
            raw,
            spec,
            seg.items,
            page_furniture,
            seg.title_text,
            month_first,
            self.vocabulary,
        )
        if (
            (found.blank_template or not _case_content(found.values, spec))
            and (
                _explains(raw, spec, found.values) or _speaks_to_the_writer(raw, spec, found.values)
            )
        ) or _programme(spec, found.values):
            # A guidance page: prose about a kind of record, and its blank form; or a session's
            # or an event's programme. Not a case note.
            confidence = round(type_calibration().get("unknown_weak", 0.5), 3)
            guidance = Classification(
                "unknown", confidence, "guidance_page", ((spec.record_type, 1 - confidence),)
            )
            return self._not_a_case_note(seg, guidance, language, furniture), found.warnings
        checked = validate_fields(spec, found.values)
        missing, reviews = review_missing(
            spec,
            checked.missing_required,
            raw.orphans,
            self.cascade.model,
            frozenset(found.values),
            found.blank,
            found.unread,
        )
        if found.blank_template:
            # A blank form of the type holds no case: it is as likely read as not a case note.
            verdict = Classification(
                verdict.record_type,
                BLANK_TEMPLATE_CONFIDENCE,
                verdict.evidence,
                ((UNKNOWN_TYPE, 1 - BLANK_TEMPLATE_CONFIDENCE),),
            )
        record = Record(
            record_type=spec.record_type,
            confidence=verdict.confidence,
            language=language,
            pages=seg.pages,
            fields=found.values,
            evidence=found.evidence,
            missing_required=missing,
            missing_recommended=checked.missing_recommended,
            unmatched=tuple(raw.unmatched),
            needs_review=reviews,
            alternatives=tuple(Alternative(t, c) for t, c in verdict.alternatives),
        )
        return record, found.warnings + checked.warnings

    def _running_header(
        self, raw: RawRecord, spec: RecordSpec, furniture: tuple[Block, ...]
    ) -> None:
        """Give `raw` the values a running header or footer labels (`No. Kasus: RPBI/031` atop
        every page) for the record's short fields its body does not give. Only a label a
        schema lists counts: the rest of the furniture (`Printed: …`, page numbers) is not
        the record's, but a case's number closing a part of it (`File HH-FS-24-0193`) is."""
        if any(":" in block.text for block in furniture):  # page numbers label nothing
            # A marking (`CONFIDENTIAL`) atop the page is read as one in `extract_fields`.
            short = {
                f.name for f in spec.fields if f.kind in _RUNNING_HEADER_KINDS and not f.markings
            }
            found = walk_record(block_items(furniture), spec, self.index, self.vocabulary, False)
            for name, labelled in found.fields.items():
                if name in short and name not in raw.fields and labelled.via == "synonym":
                    raw.fields[name] = labelled
        case = next((f.name for f in spec.fields if f.identifies == "case"), None)
        codes = (
            (code, block.page)
            for block in furniture
            for line in block.text.split("\n")
            if (code := header_case_code(line))
        )
        if case is not None and case not in raw.fields and (first := next(codes, None)):
            raw.fields[case] = RawField(case, "page header", first[1], [first[0]], "value")

    def _front_matter(self, records: list[Record], segments: tuple[Segment, ...]) -> list[bool]:
        """Return, per record, whether it is the front matter of the records after it, not a
        record of its own: a report's cover page and contents (`Disusun oleh: …`), its
        foreword, a chapter about the agency before the chapter holding the record, a memo
        covering it (`TO:` / `FROM:` / `RE:`). Such a span names no case
        (`_names_a_case`) and holds a section at most, or is a memo, and comes before a record
        that names one, with only such spans between."""
        front = [False] * len(records)
        named_after = False
        for k in range(len(records) - 1, -1, -1):
            named = self._names_a_case(records[k])
            slight = not named and self._sections(records[k]) <= 1
            front[k] = named_after and (slight or opens_as_memo(segments[k].items, self.vocabulary))
            named_after = named or (named_after and front[k])
        return front

    def _names_a_case(self, record: Record) -> bool:
        """Return True when a record names its case: a client, a case's number, entries or its
        type's date; an agency's record, its agency. A span that is no case note is read by
        the header fields its labels give (`_labelled_values`)."""
        spec = self.schemas.get(record.record_type) or (self.shared[0] if self.shared else None)
        if spec is None:
            return False
        keys = ("client", "case")
        of_a_case = any(f.identifies in keys for f in spec.fields)
        return any(
            spec.field(name).identifies in keys
            or spec.field(name).kind == "entries"
            or (spec.main_date and name == spec.main_date[0])
            or (spec.field(name).shape == "agency" and not of_a_case)
            for name in record.fields
        )

    def _sections(self, record: Record) -> int:
        spec = self.schemas.get(record.record_type)
        return sum(spec.field(n).kind in SECTION_KINDS for n in record.fields) if spec else 0

    def clear_caches(self) -> None:
        """Forget every memo of matched lines, folded words and dates (benchmarks time a cold start)."""
        self.index.clear_cache()
        if self.stems is not None:
            self.stems.clear_cache()
        clear_title_cache()
        clear_normalize_caches()

    def extract(self, doc: Document) -> FileResult:
        """Return the records found in `doc`, validated, in document order."""
        with using(self.vocabulary):
            return self._extract(doc)

    def _extract(self, doc: Document) -> FileResult:
        items = document_items(doc)
        records: list[Record] = []
        warnings: list[str] = list(doc.warnings)
        segments = segment(items, self.index)
        # A document whose dates can only be month first (`03/29/2024`) is read so throughout.
        text = " ".join(item.text for item in items if isinstance(item, Line))
        month_first = self.options.month_first or reads_month_first(text)
        verdicts = within_folder(
            [
                classify(
                    seg, self.index, self.schemas, self.vocabulary, self.stems, self.cascade.model
                )
                for seg in segments
            ]
        )
        made = [
            self._record(seg, verdict, doc, doc.furniture, len(segments) == 1, month_first)
            for seg, verdict in zip(segments, verdicts, strict=True)
        ]
        front = self._front_matter([record for record, _ in made], segments)
        kept = [made_k for made_k, before in zip(made, front, strict=True) if not before]
        for (record, _), before in zip(made, front, strict=True):
            if before:  # said, so no page goes unaccounted for
                first, last = record.pages
                warnings.append(
                    f"pages {first}-{last}: front matter (a cover, a covering memo, a foreword, a "
                    "chapter naming no case) of the record after it, not a record"
                )
        for number, (record, record_warnings) in enumerate(kept, start=1):
            records.append(record)
            prefix = f"record {number}: " if len(kept) > 1 else ""
            warnings.extend(prefix + w for w in record_warnings)
        return FileResult(
            path=doc.source.path,
            sha256=doc.source.sha256,
            format=doc.source.format,
            pages=len(doc.pages),
            ocr_pages=doc.ocr_pages,
            records=tuple(records),
            warnings=tuple(warnings),
        )


# What a running header carries: a case's number, a name, a date; never a section's text.
_RUNNING_HEADER_KINDS = frozenset({"text", "date", "integer"})


def _shared_header(schemas: SchemaSet) -> tuple[RecordSpec, frozenset[str]] | None:
    """Return the text fields every person-centred type shares (client, worker, case number,
    agency: the contract's header fields) and a type that has them all; None when none do.

    A person-centred type has a client; the fields are read from the schemas, not listed here.
    """
    people = [s for s in schemas.records.values() if s.has_field("client_name")]
    if not people:
        return None
    names = frozenset.intersection(
        *(frozenset(f.name for f in s.fields if f.kind == "text") for s in people)
    )
    return (people[0], names) if names else None


@lru_cache(maxsize=4)
def get_extractor(schema_dirs: tuple[Path, ...] = (), month_first: bool = False) -> Extractor:
    """Return the process's extractor for these options, built on first use."""
    options = ExtractOptions(month_first=month_first, schema_dirs=schema_dirs)
    return Extractor(load_schemas(schema_dirs), options)


# Prose that explains (`A process recording is a detailed written account of one
# interaction …`) is a paragraph of this many words, not a template's prompt.
MIN_EXPLAINING_WORDS = 15


# A given name and a family name at least: a title's last word alone may be anything.
MIN_KEEPER_NAME_WORDS = 2
# A diary's title naming whose it is (`Social worker's diary - Precious Moyo`) is one of the
# first lines of its record.
TITLE_LINES = 4
_TITLE_AND_NAME = re.compile(r"^(?P<title>.+?)\s*(?:\s[-–—]\s|:)\s*(?P<name>[^:–—]+)$")


def _keeper_in_title(raw: RawRecord, spec: RecordSpec, items: tuple[Item, ...]) -> None:
    """Give a record whose only person is its worker (a daily log: its clients are its
    entries') the name its title ends with (`Buku harian relawan: Gilang Ramadhan`)."""
    people = [f for f in spec.fields if f.identifies in ("client", "worker")]
    if [f.identifies for f in people] != ["worker"] or people[0].name in raw.fields:
        return
    names = PersonNames(spec, active_vocabulary())
    for line in [item for item in items[:TITLE_LINES] if isinstance(item, Line)]:
        tail = _TITLE_AND_NAME.match(line.text.strip())
        name = tail["name"].strip() if tail else ""
        if tail and len(name.split()) >= MIN_KEEPER_NAME_WORDS and names.is_person_name(name):
            raw.fields[people[0].name] = RawField(
                people[0].name, tail["title"].strip(), line.page, [name], "value"
            )
            return


def _case_content(values: dict[str, Any], spec: RecordSpec) -> bool:
    """Return True when the values name a case: a person, a case's number, a date or an entry.
    A handout's table of what goes in each column names none."""
    return any(
        f.identifies is not None or f.kind in ("date", "dates", "entries")
        for f in spec.fields
        if f.name in values
    )


def _explains(raw: RawRecord, spec: RecordSpec, values: dict[str, Any]) -> bool:
    """Return True when prose of the record is about the kind of record itself (it names the
    type, `A process recording is …`), not a prompt: a guidance page's. The prose may be text
    no field took or a section's (`Why we write them`, read as the dialogue's heading)."""
    titles = {" ".join(fold_words(t)) for by_language in spec.titles.values() for t in by_language}
    written = (v for v in values.values() if isinstance(v, str))
    texts = chain((" ".join(orphan.parts) for orphan in raw.orphans), written)
    return any(
        len(text.split()) >= MIN_EXPLAINING_WORDS
        and not is_prompt(text)
        and any(f" {title} " in f" {' '.join(fold_words(text))} " for title in titles)
        for text in texts
    )


# A programme has a few slots at least; two back to back are as often a worker's morning.
MIN_PROGRAMME_SLOTS = 3


def _programme(spec: RecordSpec, values: dict[str, Any]) -> bool:
    """Return True for a log whose entries carry no date and follow one another slot after slot
    (`0:00–0:15 Check-in`, `0:15–0:45 Mapping …`, `0:45–1:00 Break`): a session plan or an
    event's programme, not a worker's diary, which dates what happened."""
    logs = [f.name for f in spec.fields if f.kind == "entries"]
    entries = values.get(logs[0]) if logs else None
    if not isinstance(entries, list) or len(entries) < MIN_PROGRAMME_SLOTS:
        return False
    if any(entry.get("date") for entry in entries):
        return False
    slots = [clock_minutes(entry.get("time")) for entry in entries]
    lengths = [entry.get("duration_minutes") for entry in entries]
    return all(
        start is not None and isinstance(length, int) and nxt == start + length
        for start, length, nxt in zip(slots, lengths, slots[1:], strict=False)
    )


def _speaks_to_the_writer(raw: RawRecord, spec: RecordSpec, values: dict[str, Any]) -> bool:
    """Return True when most of the record's sections, and the text under headings no field
    took, a dialogue and a supervisor's comments left out, speak to their reader (`You have
    reasonable grounds to suspect…`, `Ask your IDVA about …`, `Anda`): a handout's, not a
    case's."""
    texts = [
        text
        for name, text in values.items()
        if isinstance(text, str)
        and spec.field(name).kind == "narrative"
        and not spec.field(name).dialogue
        and spec.field(name).table_column != "comments"
    ]
    texts += [o.body for o in raw.orphans if o.kind == "heading" and o.body.strip()]
    return mostly_to_the_writer(texts, MIN_GUIDE_SECTIONS)


def extract_records(doc: Document, options: ExtractOptions | None = None) -> FileResult:
    """Return the records found in `doc`, with the schemas of `options.schema_dirs`.

    The extractor (schemas, phrase index, memos) is built once per process and options.
    """
    options = options or ExtractOptions()
    return get_extractor(tuple(options.schema_dirs), options.month_first).extract(doc)
