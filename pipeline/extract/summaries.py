"""Whether a titled record is the summarized form of its title's type.

A title names a type; a word of the summarized form's titles that the full
form's lack (`ringkas`, `summary`, `abbreviated`, or one of the same stem or
opening letters) makes it that type's summary, unless a dialogue column shows
a full recording. A label listing the dates of several meetings
(`Interview dates: 3 and 10 April 2024`, the `listed_dates` layout cue) under a
summary title names the summary of meetings whichever summary the title's
words matched first (`Summary Record of Interviews`); a period with both ends
under a summary-of-meetings title names the summary of a period. A header grid's
label and value cells are read as such labels. With no title line, the words of a
heading near the top name a type (`type_named_in_title`); a summary's word there
qualifies the full type's (`Case Closing Summary` is the summary).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from pipeline.extract.codes import is_case_code
from pipeline.extract.lines import MAX_LABEL_WORDS, Item, Line, TableItem, label_value_cells
from pipeline.extract.matching import PhraseIndex, line_key
from pipeline.extract.normalize import LABEL_COLON, fold_words, parse_dates, parse_period
from pipeline.extract.stems import stem
from pipeline.specs import LANGUAGES, RecordSpec, SchemaSet

# Two words opening with this many letters alike are one word ("summarized", "summary").
SAME_OPENING_LETTERS = 6
# A label's value listing dates is short ("Sessions held: 7th & 14th Jan 2025").
MAX_LISTED_DATES_WORDS = 12
# A titled type whose sections score this many times its summary's is no summary of it.
SUMMARY_OUTWEIGHED = 4.0


def qualified(title: str | None, summary: RecordSpec, full: RecordSpec) -> bool:
    """Return True for a title holding a word that the summarized type's title words have and
    the full type's do not ("ringkas", "summary"), or one of the same stem or opening letters
    (Snowball leaves "summarized" and "summary" apart)."""
    if title is None:
        return False  # a form split off at a repeated header block: typed as the one it repeats
    full_words = {w for words in full.title_words for w in words}
    # A word in several of the summary's word sets is the full type's own word (`proses` of
    # `proses ringkas`, `proses singkat`), even where the full type's list lacks it.
    shared = Counter(w for words in summary.title_words for w in set(words))
    qualifiers = {w for w, sets in shared.items() if sets == 1} - full_words
    stems = {stem(w, language) for w in qualifiers for language in LANGUAGES}
    return any(
        stem(word, language) in stems
        or any(_same_opening(word, qualifier) for qualifier in qualifiers)
        for word in fold_words(title)
        for language in LANGUAGES
    )


def _same_opening(a: str, b: str) -> bool:
    opening = min(len(a), len(b), SAME_OPENING_LETTERS)
    return opening == SAME_OPENING_LETTERS and a[:opening] == b[:opening]


def dialogue_column(items: tuple[Item, ...], spec: RecordSpec) -> bool:
    """Return True when a table's header row names a dialogue column ("Client- Therapist
    Dialogue"), whatever its cells' speakers are called."""
    phrases = [
        tuple(fold_words(phrase))
        for field in spec.fields
        if field.table_column == "dialogue"
        for words in field.column_words.values()
        for phrase in words
    ]
    for item in items:
        if not isinstance(item, TableItem) or not item.table.rows:
            continue
        for cell in item.table.rows[0]:
            words = tuple(fold_words(cell.text))
            if any(
                words[i : i + len(phrase)] == phrase
                for phrase in phrases
                if phrase
                for i in range(len(words) - len(phrase) + 1)
            ):
                return True
    return False


def _lists_dates(line: Line) -> bool:
    """Return True for a label whose value lists two or more dates, not a period from one to
    another ("6 dan 13 Mei 2024", "15 May 2024, 17 May 2024"; not "1 Feb – 30 Apr 2025").

    On a crowded line each label's value runs to the next label's colon
    (`Contacts: 3/3, 10/3 and 17/3/2026 Venue: Room 3`); "From: 2 February 2024
    To: 28 April 2024" is a period, a date under each label.
    """
    if line.label_value() is None:
        return False
    for value in LABEL_COLON.split(line.text)[1:]:
        if 0 < len(value.split()) <= MAX_LISTED_DATES_WORDS and (
            len(set(parse_dates(value))) >= 2 and parse_period(value) == (None, None)
        ):
            return True
    return False


def header_cell_lines(items: tuple[Item, ...]) -> list[Line]:
    """Return a header grid's label | value cell pairs as `Label: value` lines (`Seen | 6 March
    2024 and 13 March 2024 | Referral | Self`), for the cues that read labels' values."""
    pairs = (
        (item, label, value)
        for item in items
        if isinstance(item, TableItem)
        for label, value in label_value_cells([[c.text for c in row] for row in item.table.rows])
    )
    return [
        Line(
            f"{label}: {value}",
            item.page,
            item.block,
            True,
            True,
            False,
            line_key(f"{label}: {value}"),
        )
        for item, label, value in pairs
        if label[:1].isupper() and ":" not in label and 0 < len(label.split()) <= MAX_LABEL_WORDS
    ]


def shows_listed_dates(spec: RecordSpec, lines: list[Line]) -> bool:
    wanted = spec.layout_cues.get("listed_dates")
    return wanted is not None and sum(map(_lists_dates, lines)) >= wanted


def summary_of_listed_dates(
    title_type: str, title: str | None, schemas: SchemaSet, lines: list[Line]
) -> str | None:
    """Return the summarized type whose listed-dates cue the record shows and whose qualifier
    its title carries, when the title named a type without that cue."""
    title_spec = schemas.records[title_type]
    if "listed_dates" in title_spec.layout_cues:
        return None
    # `Laporan yang diringkas: Catatan proses 9 Januari 2024; …`: dates a list of the titled
    # type's own gives (the reports a summary record brings together) are no interviews'.
    own = {
        tuple(fold_words(synonym))
        for f in title_spec.fields
        if f.kind == "list"
        for synonym in f.all_synonyms()
    }
    lines = [
        line for line in lines if tuple(fold_words((line.label_value() or ("",))[0])) not in own
    ]
    for record_type, spec in schemas.records.items():
        full = schemas.records.get(spec.summarizes or "")
        if (
            full is not None
            and record_type != title_type
            and shows_listed_dates(spec, lines)
            and qualified(title, spec, full)
        ):
            return record_type
    return None


def summarized_form(record_type: str, schemas: SchemaSet) -> str | None:
    forms = [rt for rt, spec in schemas.records.items() if spec.summarizes == record_type]
    return forms[0] if len(forms) == 1 else None


def summary_of_a_period(
    title_type: str,
    schemas: SchemaSet,
    index: PhraseIndex,
    lines: list[Line],
    min_coverage: float,
) -> str | None:
    """Return the type whose period a record under another summary's title gives, both ends
    written (`Summary Recording`, a summary of interviews, over `Period covered: 1 July - 30
    September 2021` and no list of interview dates: the summary of a period). The period's
    label must be named by `min_coverage` of its words."""
    title_spec = schemas.records[title_type]
    if title_spec.summarizes is None or title_spec.period is not None:
        return None
    if shows_listed_dates(title_spec, lines):
        return None
    for line in lines:
        pair = line.label_value()
        if pair is None or None in parse_period(pair[1]):
            continue
        for match in index.match_words(line_key(pair[0]).words):
            if match.kind == "period" and match.coverage >= min_coverage:
                return match.record_type
    return None


def type_named_in_title(
    lines: list[Line], schemas: SchemaSet, scores: Mapping[str, float]
) -> str | None:
    """Return the type whose title words a heading of `lines` (a record's first) holds ("Summary
    Process Note").

    The most specific word set wins (proses + ringkas over proses); of a tie (`Summary of
    Case Notes`: a summary's word and a case's), the type the record's headings and labels
    vote for most, when one leads; else none.
    """
    word_sets = [
        (record_type, frozenset(w for word in word_set for w in fold_words(word)))
        for record_type, spec in schemas.records.items()
        for word_set in spec.title_words
    ]
    for line in lines:
        if not line.looks_like_heading() or ":" in line.text:
            continue
        if any(map(is_case_code, line.text.split())):
            continue  # `CASE NO. BG-FC-1193`: a label and its number, no title
        words = set(fold_words(line.text))
        best = sorted(((len(w), rt, w) for rt, w in word_sets if w <= words), reverse=True)
        if best:
            _, first, found = best[0]
            named = {rt for size, rt, _ in best if size == len(found)}
            if schemas.records[first].summarizes:
                # `Summary of contacts`: a summary's word, which the summary of interviews
                # shares (`process summary`); the headings choose between them.
                named |= {rt for rt, w in word_sets if found < w}
            # `Case Closing Summary`, `Resume Penutupan Kasus`: the summary's word qualifies the
            # case's; the record is the summary.
            named -= {schemas.records[rt].summarizes for rt in named}
            # `Quarterly Case Synopsis`: the case's word is its summary's too (a summary of a
            # case), so where the headings and labels vote for the summary, the summary it is.
            named = {_summary_voted(rt, schemas, scores) for rt in named}
            top = sorted(named, key=lambda rt: scores.get(rt, 0.0))
            if len(top) == 1:
                return top[0]
            leads = scores.get(top[-1], 0.0) > scores.get(top[-2], 0.0)
            return top[-1] if leads else None
    return None


def _summary_voted(record_type: str, schemas: SchemaSet, scores: Mapping[str, float]) -> str:
    summary = summarized_form(record_type, schemas)
    if summary is not None and scores.get(summary, 0.0) > scores.get(record_type, 0.0):
        return summary
    return record_type


def outweighs_its_summary(
    titled: str, summary: str, scores: Mapping[str, float], min_score: float
) -> bool:
    """Return True when the sections and labels vote for the titled type (at least `min_score`)
    far above its summary (`Case File — Summary of Work` over a case's identity, problem,
    assessment and closing): the qualifier speaks of the work, and the record is the titled
    type's."""
    own = scores.get(titled, 0.0)
    return own >= min_score and own >= SUMMARY_OUTWEIGHED * scores.get(summary, 0.0)
