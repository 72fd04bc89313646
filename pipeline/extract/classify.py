"""Decide each record's type (its span comes from `segment.py`).

Order of evidence:
1. A title line that named the record's type when the record was found
   (`segment.py`), unless the fields say it is that type's summarized form.
2. Without a title, the headings and labels found vote for the types whose
   fields they name (a line several types share counts for each in part),
   and layout cues add to the vote: dialogue turns for a process record,
   a dated log table or dated entries for a daily log. A heading or label
   no synonym names votes through the stems of its words (`stems.py`); a
   heading set apart by layout that neither names votes through the field the
   cascade's classifier reads from it and the text under it (`fieldmodel.py`),
   as it would name that section once the type is known; a label over a short
   value (`Referrer : Kupang District Court`) through the short field the
   classifier reads from the label alone.
3. A vote too weak to trust gives `unknown`.

The vote is taken for titled records too: it says whether the fields agree
with the title. What the type rests on (a title the fields agree with or
contest, a clear or close vote, title words, nothing) is the record's
evidence class; its `confidence` is the share of records of that class that
had the right type in the corpora the project holds (`type_calibration.json`,
written by `bench/calibrate.py`), and the other types the vote named share
the rest as `alternatives`.

Never changes the segments it reads; returns new `Classification` values.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources

from pipeline.extract.codes import is_case_code
from pipeline.extract.fieldmodel import FieldModel
from pipeline.extract.form_headers import (
    MIN_FIELD_COVERAGE,
    listed_later_labels,
)
from pipeline.extract.layout_cues import (
    correspondence,
    count_dialogue_turns,
    dated_rows,
    dialogue_turns,
    labels_a_case,
    names_its_agency,
)
from pipeline.extract.lines import Line, TableItem
from pipeline.extract.matching import PhraseIndex, line_key
from pipeline.extract.normalize import (
    parse_dates,
    parse_period,
)
from pipeline.extract.person_names import PersonNames
from pipeline.extract.prose import mentions_cue, stated_visit_dates
from pipeline.extract.segment import TITLE_TOP_LINES, Segment
from pipeline.extract.stems import StemIndex
from pipeline.extract.summaries import (
    dialogue_column,
    header_cell_lines,
    outweighs_its_summary,
    qualified,
    shows_listed_dates,
    summarized_form,
    summary_of_a_period,
    summary_of_listed_dates,
    type_named_in_title,
)
from pipeline.extract.unnamed_text import fields_owned, run_in_text, text_under
from pipeline.specs import RecordSpec, SchemaSet
from pipeline.vocabulary import Vocabulary

# A record with fewer speaker turns than this holds no dialogue.
MIN_DIALOGUE_TURNS = 2
# Votes below this are not a case note.
MIN_TYPE_SCORE = 4.0
# A label nobody names over a value this short (a name, a date, a code) votes by the model.
MAX_LABEL_VOTE_WORDS = 8
NARRATIVE_WEIGHT = 2.0
LABEL_WEIGHT = 1.0
DIALOGUE_TURNS_BONUS = 4.0
DATED_ROWS_BONUS = 5.0
# "Interview dates: 3 and 10 April 2024": several meetings in one record, a summary of them.
LISTED_DATES_BONUS = 4.0
MIN_TITLE_WORD_EVIDENCE = 1.0
# A vote whose winner leads the runner-up by half its score or more is clear.
CLEAR_VOTE_MARGIN = 0.5
LETTER_OUTVOTED = 2 * MIN_TYPE_SCORE  # votes outweighing a letter's form (`correspondence`)
UNKNOWN_TYPE = "unknown"
CALIBRATION_FILE = "type_calibration.json"
# What the type rests on; `type_calibration.json` gives each class its confidence.
EVIDENCE_CLASSES = (
    "title",  # a title, and no type's fields outvote it
    "title_contested",  # a title, but another type's fields outvote it
    "title_summarized",  # a title of a type, and no dialogue: that type's summarized form
    "votes_clear",
    "votes_close",
    "title_words",  # a type's words in a title nobody listed, with some field evidence
    "unknown_bare",  # not a case note: nothing a schema knows
    "unknown_weak",  # not a case note: some fields named, too few to trust
    "folder_weak",  # too few fields to trust, but in a folder of case notes: its likeliest type
    "visit_stated",  # too few fields to trust, but prose or labels state a dated visit
    "people_dated",  # too few fields to trust, but labels give a client (and a worker) and a date
    "case_numbered",  # too few fields to trust, but a case's number under its own label
    "agency_named",  # too few fields to trust, but an agency's own sections under its name
    "referral_letter",  # not a case note: a letter sending the case elsewhere, even in a folder
    "letter",  # not a case note: a letter with a subject line, too few fields to trust
)
# Until a fit counts it, a class takes the confidence of the one it was counted in.
FITTED_AS = {"referral_letter": "unknown_weak", "letter": "unknown_weak"}


@dataclass(frozen=True)
class Classification:
    record_type: str
    confidence: float
    evidence: str  # one of EVIDENCE_CLASSES
    alternatives: tuple[tuple[str, float], ...] = ()  # other types, most likely first


@lru_cache(maxsize=1)
def type_calibration() -> Mapping[str, float]:
    """Return evidence class -> confidence, from the shipped calibration table.

    A class's confidence is its records' right share, Laplace-smoothed
    ((right + 1) / (records + 2)): a class seen rarely stays near one half.
    """
    text = resources.files("pipeline.extract").joinpath(CALIBRATION_FILE).read_text("utf-8")
    classes = json.loads(text)["classes"]
    return {
        name: (counts["right"] + 1) / (counts["records"] + 2)
        for name, counts in classes.items()
        if name in EVIDENCE_CLASSES
    }


def _calibrated(record_type: str, evidence: str, scores: Mapping[str, float]) -> Classification:
    # Rounded before the alternatives share the rest, so the shown figures sum to one.
    table = type_calibration()
    confidence = round(table.get(evidence, table.get(FITTED_AS.get(evidence, ""), 0.5)), 3)
    others = {t: s for t, s in scores.items() if t != record_type and s > 0}
    total = sum(others.values())
    alternatives = tuple(
        (t, (1 - confidence) * s / total)
        for t, s in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return Classification(record_type, confidence, evidence, alternatives)


def classify(
    seg: Segment,
    index: PhraseIndex,
    schemas: SchemaSet,
    vocabulary: Vocabulary,
    stems: StemIndex | None = None,
    model: FieldModel | None = None,
) -> Classification:
    """Return the segment's record type, its calibrated confidence and the alternatives."""
    scores: dict[str, float] = defaultdict(float)
    seen: set[tuple[str, str]] = set()
    lines = [item for item in seg.items if isinstance(item, Line)]
    unnamed: list[int] = []  # positions in `lines` of headings no synonym or stem names
    unnamed_labels: list[str] = []  # labels nobody names, over a short value
    unnamed_run_ins: list[tuple[str, str]] = []  # (label, its paragraph) nobody names
    labelled = [line.label_value() for line in lines]  # (label, value) of `Label : value`
    # (text, set apart by layout: a heading, a label or a table's first cell)
    texts = [
        (ln.text, ln.heading_like or lv is not None) for ln, lv in zip(lines, labelled, strict=True)
    ]
    # A crowded line's later labels (`Agency: X<tab>Opened: 12 February 2024`) vote as well.
    texts += [
        (label, True)
        for ln, lv in zip(lines, labelled, strict=True)
        if lv is not None
        for label in listed_later_labels(index, ln.text)
    ]
    texts += [
        (cell.text, True)
        for item in seg.items
        if isinstance(item, TableItem)
        for row in item.table.rows
        for cell in row[:1]
    ]
    for position, (text, set_apart) in enumerate(texts):
        words = line_key(_label_part(text)).words
        matches = [
            c
            for c in index.candidates(words)
            if c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
        ]
        if not matches and set_apart and stems is not None and words:
            matches = [
                c
                for c in stems.candidates(words)
                if c.kind == "field" and c.coverage >= MIN_FIELD_COVERAGE
            ]
        pair = labelled[position] if position < len(lines) else None
        if not matches and words and pair and 0 < len(pair[1].split()) <= MAX_LABEL_VOTE_WORDS:
            unnamed_labels.append(pair[0])  # `Referrer : Kupang District Court`, read below
        elif not matches and words and pair and (body := run_in_text(lines, position, *pair)):
            unnamed_run_ins.append((pair[0], body))  # `How I understand it: The difficulties…`
        elif not matches and position < len(lines) and lines[position].heading_like and words:
            unnamed.append(position)
        _vote(scores, seen, [(m.record_type, m.name) for m in matches], schemas)
    # `Summary covers: 15 April 2024 to 28 June 2024`: only a summary of a period has one
    periods = [(rt, spec.period.start) for rt, spec in schemas.records.items() if spec.period]
    for pair in labelled:
        if pair and pair[1] and None not in parse_period(pair[1]):
            _vote(scores, seen, periods, schemas)
    if model is not None:
        # A heading is read with the text under it among the sections; a label alone among
        # the short fields (its value would only narrow the choice).
        sections, shorts = (
            fields_owned(schemas, sections=True),
            fields_owned(schemas, sections=False),
        )
        asked = [(lines[p].text, text_under(lines, p), sections) for p in unnamed]
        asked = [(text, body, owners) for text, body, owners in asked if body]
        asked += [(label, body, sections) for label, body in unnamed_run_ins]
        asked += [(label, "", shorts) for label in unnamed_labels]
        for text, body, owners in asked:
            prediction = model.predict(text, body, owners) or (
                model.hint(text, body, owners) if body else None
            )
            if prediction is not None:
                pairs = [(rt, prediction.field) for rt in sorted(owners[prediction.field])]
                _vote(scores, seen, pairs, schemas)
    labelled_lines = lines + header_cell_lines(seg.items)
    for record_type, spec in schemas.records.items():
        if (
            "dialogue_turns" in spec.layout_cues
            and count_dialogue_turns(lines, vocabulary) >= spec.layout_cues["dialogue_turns"]
        ):
            scores[record_type] += DIALOGUE_TURNS_BONUS
        if (
            "dated_rows" in spec.layout_cues
            and dated_rows(seg.items, index, MIN_FIELD_COVERAGE) >= spec.layout_cues["dated_rows"]
        ):
            scores[record_type] += DATED_ROWS_BONUS
        if shows_listed_dates(spec, labelled_lines):
            scores[record_type] += LISTED_DATES_BONUS
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    if seg.title_type and seg.title_type in schemas.records:
        summary = summarized_form(seg.title_type, schemas)
        if (
            summary
            and qualified(seg.title_text, schemas.records[summary], schemas.records[seg.title_type])
            and dialogue_turns(seg.items, vocabulary) < MIN_DIALOGUE_TURNS
            and not dialogue_column(seg.items, schemas.records[seg.title_type])
            and not outweighs_its_summary(seg.title_type, summary, scores, MIN_TYPE_SCORE)
        ):
            # "Ringkasan Rekaman Proses", a title nobody listed: its qualifier makes it the
            # summarized form when it holds no dialogue.
            return _calibrated(summary, "title_summarized", scores)
        listed = summary_of_listed_dates(
            seg.title_type, seg.title_text, schemas, labelled_lines
        ) or summary_of_a_period(seg.title_type, schemas, index, lines, MIN_FIELD_COVERAGE)
        if listed is not None:
            # "Summary Record of Interviews" over "Interview dates: 3 and 10 April 2024": a
            # summary title, and the dates of several meetings only another summary has.
            return _calibrated(listed, "title_summarized", scores)
        own = scores.get(seg.title_type, 0.0)
        contested = bool(ranked) and ranked[0][1] >= MIN_TYPE_SCORE and ranked[0][1] > own
        return _calibrated(seg.title_type, "title_contested" if contested else "title", scores)
    weak = not ranked or ranked[0][1] < MIN_TYPE_SCORE
    bare = not ranked or ranked[0][1] < MIN_TITLE_WORD_EVIDENCE
    best, second = ranked[0][1] if ranked else 0.0, ranked[1][1] if len(ranked) > 1 else 0.0
    clear = best > 0 and (best - second) / best >= CLEAR_VOTE_MARGIN
    contested = best < LETTER_OUTVOTED or not clear
    if letter := correspondence(lines, vocabulary, weak=weak, contested=contested):
        return _calibrated(UNKNOWN_TYPE, "unknown_bare" if bare else letter, scores)
    if weak:
        named = type_named_in_title(lines[:TITLE_TOP_LINES], schemas, scores)
        if named and scores.get(named, 0.0) >= MIN_TITLE_WORD_EVIDENCE:
            return _calibrated(named, "title_words", scores)
        visit = _visit_type(seg, schemas, vocabulary, index, scores)
        if visit is not None:
            # A note opening `Kunjungan ini dilakukan pada 3 Maret 2026 oleh pekerja sosial
            # Rina …` is a case note, whatever its headings: the record of a visit.
            return _calibrated(visit, "visit_stated", scores)
        likeliest = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        people = PersonNames(schemas.records[ranked[0][0]], vocabulary) if ranked else None
        names_client = partial(_names_identified, who="client", index=index, schemas=schemas)
        if likeliest and people and labels_a_case(lines, people, names_client):
            # A client, a worker and a date under labels nobody listed: a case note of unclear
            # kind gets its likeliest type (when one is likelier than the rest) at a low
            # confidence, not `unknown`.
            return _calibrated(ranked[0][0], "people_dated", scores)
        if likeliest and not bare and _case_numbered(labelled_lines, index, schemas):
            # `Case no. | GPP-23-1187` over sections nobody listed: a case's file, not a notice.
            return _calibrated(ranked[0][0], "case_numbered", scores)
        if (
            likeliest
            and not bare
            and names_its_agency(schemas.records[ranked[0][0]], lines[:TITLE_TOP_LINES], vocabulary)
        ):
            # `Sumber Dana Yayasan …` over an agency's own section: its profile's excerpt
            return _calibrated(ranked[0][0], "agency_named", scores)
        return _calibrated(UNKNOWN_TYPE, "unknown_bare" if bare else "unknown_weak", scores)
    if not clear:
        # Of a close vote, the type the words of a title near the top name (`CASE CLOSING
        # SUMMARY`, a title nobody listed, over a case's and a summary's headings alike).
        named = type_named_in_title(lines[:TITLE_TOP_LINES], schemas, scores)
        if named is not None and scores.get(named, 0.0) >= second:
            return _calibrated(named, "votes_close", scores)
    return _calibrated(ranked[0][0], "votes_clear" if clear else "votes_close", scores)


def _case_numbered(lines: list[Line], index: PhraseIndex, schemas: SchemaSet) -> bool:
    """Return True when a label some schema lists for a case's number (`Case no.`, `Nomor
    Kasus`), on a line or in a header grid's cells, holds a case's code (`GPP-23-1187`)."""
    pairs = [pair for pair in map(Line.label_value, lines) if pair and pair[1].split()]
    return any(
        is_case_code(value.split()[0]) and _names_identified(label, "case", index, schemas)
        for label, value in pairs
    )


def _names_identified(label: str, who: str, index: PhraseIndex, schemas: SchemaSet) -> bool:
    """Return True when a label names, by a listed synonym, a field identifying `who` (`client`:
    `Client`, `Klien`; `case`: `Case no.`)."""
    return any(
        c.kind == "field"
        and c.coverage >= MIN_FIELD_COVERAGE
        and schemas.records[c.record_type].field(c.name).identifies == who
        for c in index.candidates(line_key(label).words)
    )


def _visit_type(
    seg: Segment,
    schemas: SchemaSet,
    vocabulary: Vocabulary,
    index: PhraseIndex,
    scores: Mapping[str, float],
) -> str | None:
    """Return the type of the visit the record states with its date and a person, in its
    opening prose or in labels (`Tanggal Kunjungan : 17 Oktober 2024` with `Nama Klien : Ibu
    Wartini`): the type whose visit date it gives, its summarized form when it gives several
    dates, or when no dialogue follows and no section only the interview has (`My own
    reactions`, the worker's reflection) leans to the interview; None when it states none."""
    for record_type, spec in sorted(schemas.records.items()):
        summary = summarized_form(record_type, schemas)
        if "dialogue_turns" not in spec.layout_cues or summary is None:
            continue  # the record of an interview, which the layout tells by its dialogue
        people = PersonNames(spec, vocabulary)
        dates = stated_visit_dates(seg.items, spec, people, vocabulary) or _labelled_visit_dates(
            seg, spec, index, people
        )
        if dates:
            spoken = dialogue_turns(seg.items, vocabulary) >= MIN_DIALOGUE_TURNS
            # a section only the interview has, not a label's vote
            leans = scores.get(record_type, 0.0) - scores.get(summary, 0.0) >= NARRATIVE_WEIGHT
            return record_type if (spoken or leans) and dates == 1 else summary
    return None


def _labelled_visit_dates(
    seg: Segment, spec: RecordSpec, index: PhraseIndex, people: PersonNames
) -> int:
    """Return how many dates a label of the type's visit date that says it is a visit's gives
    (`Tanggal Kunjungan`, not a bare `Tanggal`), when a label of its client or worker gives a
    person's name too; else 0."""
    visit = {f.name: f for f in spec.fields if f.prose_cues and f.kind in ("date", "dates")}
    people_fields = {f.name for f in spec.fields if f.identifies in ("client", "worker")}
    dates, named = 0, False
    for item in seg.items:
        pair = item.label_value() if isinstance(item, Line) else None
        if not pair or not pair[1]:
            continue
        names = {
            c.name
            for c in index.candidates(line_key(pair[0]).words)
            if c.kind == "field"
            and c.record_type == spec.record_type
            and c.coverage >= MIN_FIELD_COVERAGE
        }
        if any(mentions_cue(pair[0], visit[name]) for name in names & visit.keys()):
            dates = max(dates, len(parse_dates(pair[1])))
        named = named or bool(names & people_fields and people.names_people(pair[1]))
    return dates if named else 0


def within_folder(verdicts: list[Classification]) -> list[Classification]:
    """Return the verdicts of one file's records, a weak `unknown` among case notes given its
    likeliest type: a form filed in a case folder is a case note of some kind, so the contract
    wants its best type at a low confidence, not `unknown`."""
    if not any(v.record_type != UNKNOWN_TYPE for v in verdicts):
        return verdicts
    return [
        _calibrated(v.alternatives[0][0], "folder_weak", dict(v.alternatives))
        if v.evidence == "unknown_weak" and v.alternatives
        else v
        for v in verdicts
    ]


def _vote(
    scores: dict[str, float],
    seen: set[tuple[str, str]],
    named: list[tuple[str, str]],
    schemas: SchemaSet,
) -> None:
    """Add one line's vote: the (type, field) pairs it names share it; a field counts once."""
    fresh = [pair for pair in named if pair not in seen]
    if not fresh:
        return
    types = {record_type for record_type, _ in named}
    for record_type, name in fresh:
        seen.add((record_type, name))
        kind = schemas.records[record_type].field(name).kind
        weight = NARRATIVE_WEIGHT if kind in ("narrative", "list") else LABEL_WEIGHT
        scores[record_type] += weight / len(types)


def _label_part(text: str) -> str:
    head, sep, _ = text.partition(":")
    return head if sep and len(head.split()) <= 6 else text
