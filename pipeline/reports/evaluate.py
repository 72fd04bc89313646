"""Score predicted output JSON against gold output JSON (both in the output contract's shape).

Order of work: read both directories (`outputs.read_outputs`, the one reader
of a run, JSON tree or `records.jsonl`; nothing here touches the disk), pair files by the base name of `source.path`
(`pair_outputs`), align each pair's records in order (padding the shorter
side with an "absent" record), score each aligned record pair
(`score_record`), and add the counts up by group (`Report`). Nothing here
prints, and nothing changes the JSON it is given.

What is counted, per aligned record pair:
- record type: right or wrong.
- field presence: a top-level field is *found* when present and non-empty;
  predicted-found vs gold-found gives true/false positives and negatives.
- `missing_required`: the (record, path) pairs listed, nested entry paths
  (`entries[2].duration_minutes`) included, as sets. A field the prediction
  puts in `needs_review` is not listed as missing (contract 1.1): it counts
  against recall when gold lists it, and for precision when gold does not.
- `needs_review`: the entries predicted, reported per record, and how many of
  them gold lists as missing (a review that hid a real gap).
- calibration: each predicted record's `confidence` against whether its type
  is right, in ten equal-width bins; the expected calibration error (ECE) is
  the record-weighted mean of |accuracy - mean confidence| over the bins.
- values of kind text, date, dates, integer and list, over the fields present
  in gold: right when the normalised values are equal (text casefolded and
  whitespace folded; dates exact ISO; dates and lists as sets).
- narrative fields: token F1 of folded word tokens, one score per field
  present in gold or prediction (0 when on one side only), averaged.
- `entries` (daily-log entries) are aligned entry by entry; their date, time
  and duration count as values, their description as narrative.

Empty sets and n/a (the convention every metric follows): a metric over a
group with no records, or with nothing of its sort to score (no gold value
fields, no narrative field on either side), is `None`, shown as "n/a", and
never fails a target. Where there is something to score, precision with no
predicted items is 1.0 (nothing claimed wrongly), recall with no gold items is
1.0 (nothing to find), and F1 is 2TP / (2TP + FP + FN), which is 1.0 when both
sets are empty and 0.0 when only one side is.

A gold file with no prediction is scored against an empty prediction (every
record absent) and listed, so a file the pipeline failed on lowers the scores
instead of vanishing from them. A prediction with no gold is listed, not scored.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any, Literal

from pipeline.records import Record
from pipeline.reports.outputs import OutputFile, RunOutputs, Skipped
from pipeline.specs import Kind, SchemaSet

ABSENT = "absent"  # the record type of the padding record on the shorter side

Split = Literal["born_digital", "scanned"]
SPLITS: tuple[Split, ...] = ("born_digital", "scanned")
TargetMetric = Literal["type_accuracy", "missing_required_f1", "value_accuracy", "narrative_f1"]

# Acceptance targets. Scanned files go through OCR, whose character slips
# cost every metric a little, so they share one lower bar.
TARGETS: Mapping[Split, Mapping[TargetMetric, float]] = {
    "born_digital": {
        "type_accuracy": 0.95,
        "missing_required_f1": 0.95,
        "value_accuracy": 0.90,
        "narrative_f1": 0.90,
    },
    "scanned": {
        "type_accuracy": 0.85,
        "missing_required_f1": 0.85,
        "value_accuracy": 0.85,
        "narrative_f1": 0.85,
    },
}

# Below half the words in common, a narrative is the wrong section (or a lost
# one), not a boundary slip; such fields are listed among the worst errors.
NARRATIVE_ERROR_F1 = 0.5
_WORD = re.compile(r"\w+")
_ENTRY_PATH = "{field}[{index}].{sub}"  # as in missing_required lists
# Equal-width confidence bins for the expected calibration error (the usual ten).
CALIBRATION_BINS = 10


# --- normalisation -------------------------------------------------------------------------


def fold_text(text: str) -> str:
    """Return `text` in NFC, casefolded, with runs of whitespace made one space and ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def word_tokens(text: str) -> tuple[str, ...]:
    """Return the word tokens of the folded `text` (punctuation dropped, hyphenated words split)."""
    return tuple(_WORD.findall(fold_text(text)))


def is_present(value: Any) -> bool:
    """Return whether a field value counts as found: not None, not blank text, not an empty list or object."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        return bool(value)
    return True


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def normalise_value(kind: str, value: Any) -> Any:
    """Return the canonical, hashable form of a value of `kind` for exact comparison.

    Text is folded; a date is its stripped string (ISO is expected on both
    sides, so `05/03/2024` never equals `2024-03-05`); dates and lists are sets;
    an integer stays an int, and anything else an integer field holds is compared
    as text (so `"45"` does not equal `45`: the contract says integer).
    """
    if kind == "date":
        return str(value).strip()
    if kind == "dates":
        return frozenset(str(item).strip() for item in _items(value))
    if kind == "list":
        return frozenset(fold_text(str(item)) for item in _items(value))
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    return fold_text(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


def token_f1(gold: str, pred: str) -> float:
    """Return the F1 of the word-token multisets of `gold` and `pred` (1.0 when both have none)."""
    gold_tokens, pred_tokens = Counter(word_tokens(gold)), Counter(word_tokens(pred))
    overlap = sum((gold_tokens & pred_tokens).values())
    total = sum(gold_tokens.values()) + sum(pred_tokens.values())
    return 1.0 if total == 0 else 2 * overlap / total


# --- field kinds ---------------------------------------------------------------------------


def _inferred_kind(value: Any) -> Kind:
    """Return a kind for a field no schema knows, from its value (a string counts as text)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return "integer"
    if isinstance(value, list):
        return "entries" if value and all(isinstance(item, dict) for item in value) else "list"
    return "text"


@dataclass(frozen=True)
class KindIndex:
    """Field kinds by record type and by field name; entry sub-fields are keyed `entries[].date`."""

    by_type: Mapping[str, Mapping[str, Kind]]
    by_name: Mapping[str, Kind]

    @classmethod
    def from_schemas(cls, schemas: SchemaSet) -> KindIndex:
        by_type: dict[str, dict[str, Kind]] = {}
        for record_type, spec in schemas.records.items():
            kinds: dict[str, Kind] = {}
            for field_spec in spec.fields:
                kinds[field_spec.name] = field_spec.kind
                for sub in field_spec.entry_fields:
                    kinds[f"{field_spec.name}[].{sub.name}"] = sub.kind
            by_type[record_type] = kinds
        by_name: dict[str, Kind] = {}
        for kinds in by_type.values():
            for name, kind in kinds.items():
                by_name.setdefault(name, kind)
        return cls(by_type, by_name)

    def kind(self, record_types: Sequence[str], key: str, value: Any) -> Kind:
        """Return the kind of field `key`: from the first of `record_types` that defines it,
        else from any record type with a field of that name, else inferred from `value`."""
        for record_type in record_types:
            kind = self.by_type.get(record_type, {}).get(key)
            if kind is not None:
                return kind
        return self.by_name.get(key) or _inferred_kind(value)


# --- counting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetCounts:
    """True positives, false positives and false negatives of one set comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: SetCounts) -> SetCounts:
        return SetCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @classmethod
    def of(cls, gold: Iterable[Any], pred: Iterable[Any]) -> SetCounts:
        gold_set, pred_set = set(gold), set(pred)
        return cls(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))

    @property
    def precision(self) -> float:
        """Return TP / (TP + FP); 1.0 when nothing was predicted."""
        claimed = self.tp + self.fp
        return 1.0 if claimed == 0 else self.tp / claimed

    @property
    def recall(self) -> float:
        """Return TP / (TP + FN); 1.0 when there was nothing to find."""
        actual = self.tp + self.fn
        return 1.0 if actual == 0 else self.tp / actual

    @property
    def f1(self) -> float:
        """Return 2TP / (2TP + FP + FN); 1.0 when both sets are empty."""
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total


@dataclass(frozen=True)
class Tally:
    """What was counted over a group of aligned record pairs; `Metrics` are derived from it."""

    records: int = 0
    type_correct: int = 0
    fields: SetCounts = SetCounts()
    missing_required: SetCounts = SetCounts()
    values_correct: int = 0
    values_total: int = 0
    narrative_f1_sum: float = 0.0
    narrative_fields: int = 0
    needs_review: int = 0
    review_gold_missing: int = 0  # review entries whose field gold lists as missing
    # Per confidence bin: (records, sum of confidence, records of the right type).
    calibration: tuple[tuple[int, float, int], ...] = ((0, 0.0, 0),) * CALIBRATION_BINS

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            records=self.records + other.records,
            type_correct=self.type_correct + other.type_correct,
            fields=self.fields + other.fields,
            missing_required=self.missing_required + other.missing_required,
            values_correct=self.values_correct + other.values_correct,
            values_total=self.values_total + other.values_total,
            narrative_f1_sum=self.narrative_f1_sum + other.narrative_f1_sum,
            narrative_fields=self.narrative_fields + other.narrative_fields,
            needs_review=self.needs_review + other.needs_review,
            review_gold_missing=self.review_gold_missing + other.review_gold_missing,
            calibration=tuple(
                (a[0] + b[0], a[1] + b[1], a[2] + b[2])
                for a, b in zip(self.calibration, other.calibration, strict=True)
            ),
        )

    @property
    def ece(self) -> float | None:
        """Return the expected calibration error, or None when no record has a confidence."""
        total = sum(n for n, _, _ in self.calibration)
        if not total:
            return None
        return sum(abs(right - conf) for n, conf, right in self.calibration if n) / total


@dataclass(frozen=True)
class Metrics:
    """Scores of one group; `None` means n/a (nothing of that sort to score)."""

    records: int
    type_accuracy: float | None
    field_precision: float | None
    field_recall: float | None
    missing_required_precision: float | None
    missing_required_recall: float | None
    missing_required_f1: float | None
    value_accuracy: float | None
    narrative_f1: float | None
    needs_review_per_record: float | None = None
    review_gold_missing: int = 0
    ece: float | None = None

    @classmethod
    def of(cls, tally: Tally) -> Metrics:
        """Return the metrics of `tally`, following the module's empty-set convention."""
        if tally.records == 0:
            return cls(0, None, None, None, None, None, None, None, None)
        return cls(
            records=tally.records,
            type_accuracy=tally.type_correct / tally.records,
            field_precision=tally.fields.precision,
            field_recall=tally.fields.recall,
            missing_required_precision=tally.missing_required.precision,
            missing_required_recall=tally.missing_required.recall,
            missing_required_f1=tally.missing_required.f1,
            value_accuracy=tally.values_correct / tally.values_total
            if tally.values_total
            else None,
            narrative_f1=(
                tally.narrative_f1_sum / tally.narrative_fields if tally.narrative_fields else None
            ),
            needs_review_per_record=tally.needs_review / tally.records,
            review_gold_missing=tally.review_gold_missing,
            ece=tally.ece,
        )


ErrorKind = Literal[
    "record_type",
    "wrong_value",
    "missed_field",
    "spurious_field",
    "narrative_overlap",
    "missing_required_extra",
    "missing_required_missed",
]


@dataclass(frozen=True)
class FieldError:
    """One disagreement in one record; `gold`/`pred` hold case content and are shown only on request."""

    record: int  # 0-based index of the record in the file
    kind: ErrorKind
    path: str  # field name, entry path (`entries[1].time`), or "record_type"
    gold: Any = None
    pred: Any = None


@dataclass(frozen=True)
class RecordScore:
    gold_type: str
    pred_type: str
    tally: Tally
    errors: tuple[FieldError, ...]


@dataclass(frozen=True)
class _FieldsScore:
    """Counts and errors of one set of fields (a record's, or one entry's)."""

    values_correct: int = 0
    values_total: int = 0
    narrative_f1s: tuple[float, ...] = ()
    errors: tuple[FieldError, ...] = ()

    def __add__(self, other: _FieldsScore) -> _FieldsScore:
        return _FieldsScore(
            self.values_correct + other.values_correct,
            self.values_total + other.values_total,
            self.narrative_f1s + other.narrative_f1s,
            self.errors + other.errors,
        )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _score_leaf(kind: Kind, path: str, gold: Any, pred: Any, record: int) -> _FieldsScore:
    """Return the value or narrative counts and errors of one field found on at least one side."""
    in_gold, in_pred = is_present(gold), is_present(pred)
    if kind == "narrative":
        f1 = token_f1(_text(gold), _text(pred)) if in_gold and in_pred else 0.0
        if in_gold and not in_pred:
            errors: tuple[FieldError, ...] = (FieldError(record, "missed_field", path, gold, None),)
        elif in_pred and not in_gold:
            errors = (FieldError(record, "spurious_field", path, None, pred),)
        elif f1 < NARRATIVE_ERROR_F1:
            errors = (FieldError(record, "narrative_overlap", path, gold, pred),)
        else:
            errors = ()
        return _FieldsScore(narrative_f1s=(f1,), errors=errors)
    # Value accuracy is over fields present in gold; a spurious value only costs precision.
    if not in_gold:
        return _FieldsScore(errors=(FieldError(record, "spurious_field", path, None, pred),))
    if not in_pred:
        return _FieldsScore(0, 1, (), (FieldError(record, "missed_field", path, gold, None),))
    if normalise_value(kind, gold) == normalise_value(kind, pred):
        return _FieldsScore(1, 1)
    return _FieldsScore(0, 1, (), (FieldError(record, "wrong_value", path, gold, pred),))


def _found_names(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> list[str]:
    """Return the names of fields present in `gold` or `pred`: gold's in its order, then pred's."""
    names = [name for name, value in gold.items() if is_present(value)]
    return names + [name for name, value in pred.items() if is_present(value) and name not in names]


def _as_mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _as_sequence(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def _score_entries(
    name: str, gold: Any, pred: Any, record: int, kind_of: Callable[[str, Any], Kind]
) -> _FieldsScore:
    """Return the counts of a list of entries, aligned entry by entry (the shorter list padded)."""
    total = _FieldsScore()
    for i, (g, p) in enumerate(zip_longest(_as_sequence(gold), _as_sequence(pred))):
        gold_entry, pred_entry = _as_mapping(g), _as_mapping(p)
        for sub in _found_names(gold_entry, pred_entry):
            gold_value, pred_value = gold_entry.get(sub), pred_entry.get(sub)
            kind = kind_of(f"{name}[].{sub}", gold_value if is_present(gold_value) else pred_value)
            path = _ENTRY_PATH.format(field=name, index=i, sub=sub)
            total += _score_leaf(kind, path, gold_value, pred_value, record)
    return total


def _calibration(confidence: Any, right: bool) -> tuple[tuple[int, float, int], ...]:
    """Return the calibration bins of one record: its confidence in its bin (none if absent)."""
    bins = [(0, 0.0, 0)] * CALIBRATION_BINS
    if isinstance(confidence, (int, float)) and not isinstance(confidence, bool):
        value = min(max(float(confidence), 0.0), 1.0)
        index = min(int(value * CALIBRATION_BINS), CALIBRATION_BINS - 1)
        bins[index] = (1, value, int(right))
    return tuple(bins)


def score_record(
    gold: Record | None, pred: Record | None, kinds: KindIndex, index: int = 0
) -> RecordScore:
    """Return the tally and errors of one aligned record pair; `None` on a side is an absent record.

    `index` is the records' position in their file, used in error entries.
    """
    gold_type = gold.record_type if gold is not None else ABSENT
    pred_type = pred.record_type if pred is not None else ABSENT
    gold_fields = gold.fields if gold is not None else {}
    pred_fields = pred.fields if pred is not None else {}

    def kind_of(key: str, value: Any) -> Kind:
        return kinds.kind((gold_type, pred_type), key, value)

    fields = _FieldsScore()
    for name in _found_names(gold_fields, pred_fields):
        gold_value, pred_value = gold_fields.get(name), pred_fields.get(name)
        kind = kind_of(name, gold_value if is_present(gold_value) else pred_value)
        if kind == "entries":
            # The list's presence is scored with the other fields; its contents entry by entry.
            fields += _score_entries(name, gold_value, pred_value, index, kind_of)
        else:
            fields += _score_leaf(kind, name, gold_value, pred_value, index)

    gold_missing = list(gold.missing_required) if gold is not None else []
    pred_missing = list(pred.missing_required) if pred is not None else []
    reviews = [r.field for r in pred.needs_review] if pred is not None else []
    type_errors = (
        (FieldError(index, "record_type", "record_type", gold_type, pred_type),)
        if gold_type != pred_type
        else ()
    )
    missing_errors = tuple(
        FieldError(index, "missing_required_extra", path)
        for path in pred_missing
        if path not in gold_missing
    ) + tuple(
        FieldError(index, "missing_required_missed", path)
        for path in gold_missing
        if path not in pred_missing
    )
    tally = Tally(
        records=1,
        type_correct=int(gold_type == pred_type),
        fields=SetCounts.of(
            (name for name, value in gold_fields.items() if is_present(value)),
            (name for name, value in pred_fields.items() if is_present(value)),
        ),
        missing_required=SetCounts.of(gold_missing, pred_missing),
        values_correct=fields.values_correct,
        values_total=fields.values_total,
        narrative_f1_sum=sum(fields.narrative_f1s),
        narrative_fields=len(fields.narrative_f1s),
        needs_review=len(reviews),
        review_gold_missing=sum(1 for name in reviews if name in gold_missing),
        calibration=_calibration(pred.confidence, gold_type == pred_type)
        if pred is not None
        else Tally().calibration,
    )
    return RecordScore(gold_type, pred_type, tally, type_errors + fields.errors + missing_errors)


# --- files ---------------------------------------------------------------------------------


def source_parts(source_path: str) -> tuple[str, ...]:
    """Return the non-empty parts of a source path, split on `/` or `\\`, in NFC.

    Both separators count because a gold file may have been written on Windows,
    and NFC because macOS stores decomposed accents in file names.
    """
    parts = re.split(r"[\\/]+", unicodedata.normalize("NFC", source_path.strip()))
    return tuple(p for p in parts if p and p != ".")


def source_name(output: OutputFile) -> str:
    """Return the base name of the source `output` describes (`a.pdf`): the pairing key."""
    return source_parts(output.result.path)[-1]


def scorable(run: RunOutputs) -> tuple[tuple[OutputFile, ...], tuple[Skipped, ...]]:
    """Return the outputs of `run` that name their source (nothing else can be paired), and
    the skipped ones: the reader's, then those with no `source.path`."""
    named = tuple(f for f in run.files if source_parts(f.result.path))
    unnamed = tuple(
        Skipped(f.label, "not a casenotes output (no source.path)", damaged=False)
        for f in run.files
        if not source_parts(f.result.path)
    )
    return named, run.skipped + unnamed


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[tuple[OutputFile, OutputFile | None], ...]  # None: gold with no prediction
    pred_only: tuple[OutputFile, ...]

    @property
    def gold_only(self) -> tuple[OutputFile, ...]:
        return tuple(gold for gold, pred in self.pairs if pred is None)


def _common_suffix(a: Sequence[str], b: Sequence[str]) -> int:
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def pair_outputs(gold: Sequence[OutputFile], pred: Sequence[OutputFile]) -> Pairing:
    """Return gold files paired with predictions that describe a source of the same base name.

    When several share a base name (a mirrored tree with `a/x.pdf` and `b/x.pdf`),
    the pairs with the longest common tail of source path parts are taken first;
    ties go to the earlier paths, so the result is deterministic.
    """
    by_name: dict[str, list[int]] = {}
    for pi, p in enumerate(pred):
        by_name.setdefault(source_name(p), []).append(pi)
    gold_parts = [source_parts(g.result.path) for g in gold]
    pred_parts = [source_parts(p.result.path) for p in pred]
    candidates = sorted(
        (
            (_common_suffix(gold_parts[gi], pred_parts[pi]), gi, pi)
            for gi, g in enumerate(gold)
            for pi in by_name.get(source_name(g), ())
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    matched: dict[int, int] = {}
    used_pred: set[int] = set()
    for _, gi, pi in candidates:
        if gi not in matched and pi not in used_pred:
            matched[gi] = pi
            used_pred.add(pi)
    return Pairing(
        pairs=tuple((g, pred[matched[gi]] if gi in matched else None) for gi, g in enumerate(gold)),
        pred_only=tuple(p for pi, p in enumerate(pred) if pi not in used_pred),
    )


@dataclass(frozen=True)
class FileScore:
    gold: OutputFile
    pred: OutputFile | None
    records: tuple[RecordScore, ...]

    @property
    def name(self) -> str:
        return source_name(self.gold)

    @property
    def format(self) -> str:
        return self.gold.result.format or "unknown"

    @property
    def split(self) -> Split:
        # The gold file decides: it records which pages the ground truth came from scans.
        return "scanned" if self.gold.result.ocr_pages else "born_digital"

    @property
    def tally(self) -> Tally:
        return sum((r.tally for r in self.records), Tally())

    @property
    def errors(self) -> tuple[FieldError, ...]:
        return tuple(e for r in self.records for e in r.errors)


def score_file(gold: OutputFile, pred: OutputFile | None, kinds: KindIndex) -> FileScore:
    """Return the scores of one file's records, aligned in order (`pred` None: all absent)."""
    pairs = zip_longest(gold.result.records, pred.result.records if pred is not None else ())
    return FileScore(
        gold, pred, tuple(score_record(g, p, kinds, i) for i, (g, p) in enumerate(pairs))
    )


@dataclass(frozen=True)
class TargetResult:
    split: Split
    metric: TargetMetric
    value: float | None
    target: float

    @property
    def passed(self) -> bool | None:
        """Return whether the target is met; `None` when the metric is n/a for the split."""
        return None if self.value is None else self.value >= self.target


@dataclass(frozen=True)
class Report:
    """All scores of one evaluation, with the files that could not be scored."""

    files: tuple[FileScore, ...]
    pred_only: tuple[OutputFile, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    @property
    def gold_only(self) -> tuple[OutputFile, ...]:
        return tuple(f.gold for f in self.files if f.pred is None)

    def overall(self) -> Metrics:
        return Metrics.of(sum((f.tally for f in self.files), Tally()))

    def by_split(self) -> dict[Split, Metrics]:
        """Return the metrics of born-digital and of scanned files (n/a where a split has none)."""
        return {
            split: Metrics.of(sum((f.tally for f in self.files if f.split == split), Tally()))
            for split in SPLITS
        }

    def by_format(self) -> dict[str, Metrics]:
        """Return the metrics per gold `source.format`, formats in name order."""
        formats = sorted({f.format for f in self.files})
        return {
            fmt: Metrics.of(sum((f.tally for f in self.files if f.format == fmt), Tally()))
            for fmt in formats
        }

    def by_record_type(self) -> dict[str, Metrics]:
        """Return the metrics per gold record type (`absent` gathers extra predicted records)."""
        tallies: dict[str, Tally] = {}
        for record in (r for f in self.files for r in f.records):
            tallies[record.gold_type] = tallies.get(record.gold_type, Tally()) + record.tally
        return {rt: Metrics.of(tallies[rt]) for rt in sorted(tallies)}

    def targets(self) -> tuple[TargetResult, ...]:
        splits = self.by_split()
        return tuple(
            TargetResult(split, metric, getattr(splits[split], metric), target)
            for split, metric_targets in TARGETS.items()
            for metric, target in metric_targets.items()
        )

    def worst(self, count: int) -> tuple[FileScore, ...]:
        """Return up to `count` files with errors, most wrong record types first, then most errors."""
        with_errors = [f for f in self.files if f.errors]
        with_errors.sort(
            key=lambda f: (
                -sum(e.kind == "record_type" for e in f.errors),
                -len(f.errors),
                f.name,
                f.gold.label,
            )
        )
        return tuple(with_errors[:count])


def evaluate(pairing: Pairing, kinds: KindIndex, skipped: Sequence[Skipped] = ()) -> Report:
    """Return the report of every paired (or gold-only) file in `pairing`."""
    return Report(
        files=tuple(score_file(gold, pred, kinds) for gold, pred in pairing.pairs),
        pred_only=pairing.pred_only,
        skipped=tuple(skipped),
    )
