"""The output model: records found in one file, in the shape of the output contract.

`FileResult.to_json()` is the only place the contract's JSON shape is built and
`FileResult.from_json()` the only place it is read back (every reader of a run
goes through it): `from_json(x.to_json()) == x`. `FileFailure` is a file that
could not be read, which becomes one line of the run's `errors.jsonl` instead
of a JSON file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, cast, get_args

from pipeline.errors import InputError

CONTRACT_VERSION = "1.1"

FailureKind = Literal["input", "dependency", "timeout", "memory", "crash", "skipped"]
Status = Literal["complete", "incomplete", "needs_review", "not_assessed"]
STATUSES: tuple[Status, ...] = ("complete", "incomplete", "needs_review", "not_assessed")
UNKNOWN_TYPE = "unknown"
# The contract lists only the alternatives worth considering.
MIN_ALTERNATIVE_CONFIDENCE = 0.05


def status_of(record: Mapping[str, Any]) -> Status:
    """Return a record JSON's status; a contract 1 record (no `status`) gets it from its lists."""
    status = record.get("status")
    if status in STATUSES:
        return cast(Status, status)
    if record.get("record_type") == UNKNOWN_TYPE:
        return "not_assessed"
    if record.get("missing_required"):
        return "incomplete"
    return "needs_review" if record.get("needs_review") else "complete"


UnmatchedKind = Literal["heading", "label"]

_T = TypeVar("_T")


def _get(data: Mapping[str, Any], key: str, kind: type[_T] | tuple[type, ...], default: Any) -> _T:
    """Return `data[key]` if it has the JSON `kind`, `default` when absent; raise `InputError` otherwise.

    Absent keys take defaults so hand-written gold files may leave out what a
    reader does not need; a present key of the wrong kind is a damaged file.
    """
    value = data.get(key, default)
    # bool is an int in Python, never a number in the contract.
    if value is not default and (
        not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool)
    ):
        raise InputError(f"'{key}' is not {_KIND_WORDS.get(kind, 'of the expected kind')}")
    return cast(_T, value)


_KIND_WORDS: Mapping[Any, str] = {
    str: "text",
    int: "an integer",
    (int, float): "a number",
    list: "a list",
    dict: "an object",
    (str, type(None)): "text or null",
    (int, type(None)): "an integer or null",
}


def _objects(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items: list[Any] = _get(data, key, list, [])
    if not all(isinstance(item, dict) for item in items):
        raise InputError(f"'{key}' is not a list of objects")
    return items


def _texts(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    items: list[Any] = _get(data, key, list, [])
    if not all(isinstance(item, str) for item in items):
        raise InputError(f"'{key}' is not a list of texts")
    return tuple(items)


def _integers(data: Mapping[str, Any], key: str, default: list[int]) -> tuple[int, ...]:
    items: list[Any] = _get(data, key, list, default)
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in items):
        raise InputError(f"'{key}' is not a list of integers")
    return tuple(items)


def _page(data: Mapping[str, Any]) -> int | None:
    return _get(data, "page", (int, type(None)), None)


# The step of the mapping cascade that named a field's heading or label.
Via = Literal["synonym", "stem", "model", "elimination", "order", "value", "prose"]


@dataclass(frozen=True)
class Evidence:
    """Where a field value came from: the page and the heading, label or cue that matched."""

    page: int | None
    label: str
    via: Via = "synonym"

    def to_json(self) -> dict[str, Any]:
        # `via` is written only when a step past the listed synonyms named the field, so
        # records read by synonyms alone keep the shape (and bytes) they always had.
        found = {"page": self.page, "label": self.label}
        return found if self.via == "synonym" else {**found, "via": self.via}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        via: str = _get(data, "via", str, "synonym")
        if via not in get_args(Via):
            raise InputError(f"evidence via {via!r} is not one of {', '.join(get_args(Via))}")
        return cls(_page(data), _get(data, "label", str, ""), cast(Via, via))


@dataclass(frozen=True)
class Unmatched:
    """A heading or label no schema field knows (for template discovery)."""

    text: str
    kind: UnmatchedKind
    page: int | None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "page": self.page}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Unmatched:
        kind: str = _get(data, "kind", str, "heading")
        if kind not in get_args(UnmatchedKind):
            raise InputError(f"unmatched kind {kind!r} is not heading or label")
        return cls(_get(data, "text", str, ""), cast(UnmatchedKind, kind), _page(data))


@dataclass(frozen=True)
class Candidate:
    """An unmatched heading, label or passage that may hold a field that was not found."""

    text: str
    page: int | None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "page": self.page}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Candidate:
        return cls(_get(data, "text", str, ""), _page(data))


@dataclass(frozen=True)
class Review:
    """A required field not found although the record has places that could hold it."""

    field: str
    reason: str
    candidates: tuple[Candidate, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "reason": self.reason,
            "candidates": [c.to_json() for c in self.candidates],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Review:
        return cls(
            _get(data, "field", str, ""),
            _get(data, "reason", str, ""),
            tuple(Candidate.from_json(c) for c in _objects(data, "candidates")),
        )


@dataclass(frozen=True)
class Alternative:
    record_type: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {"record_type": self.record_type, "confidence": round(self.confidence, 3)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Alternative:
        return cls(
            _get(data, "record_type", str, UNKNOWN_TYPE),
            float(_get(data, "confidence", (int, float), 0.0)),
        )


@dataclass(frozen=True)
class Record:
    record_type: str
    confidence: float
    language: str | None
    pages: tuple[int, int]
    fields: Mapping[str, Any]
    evidence: Mapping[str, Evidence] = field(default_factory=dict)
    missing_required: tuple[str, ...] = ()
    missing_recommended: tuple[str, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    needs_review: tuple[Review, ...] = ()
    alternatives: tuple[Alternative, ...] = ()

    @property
    def status(self) -> Status:
        if self.record_type == UNKNOWN_TYPE:
            return "not_assessed"
        if self.missing_required:
            return "incomplete"
        return "needs_review" if self.needs_review else "complete"

    @property
    def complete(self) -> bool:
        return self.status == "complete"

    def to_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "confidence": round(self.confidence, 3),
            "language": self.language,
            "pages": list(self.pages),
            "fields": dict(self.fields),
            "evidence": {name: ev.to_json() for name, ev in self.evidence.items()},
            "alternatives": [
                a.to_json() for a in self.alternatives if a.confidence >= MIN_ALTERNATIVE_CONFIDENCE
            ],
            "missing_required": list(self.missing_required),
            "missing_recommended": list(self.missing_recommended),
            "needs_review": [r.to_json() for r in self.needs_review],
            "status": self.status,
            "complete": self.complete,
            "unmatched": [u.to_json() for u in self.unmatched],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Record:
        """Return the record `data` describes; raise `InputError` naming the first bad key.

        `status` and `complete` are not read: they follow from the lists, as
        written. `pages` of one number (as some hand-written gold has it) is that
        page twice.
        """
        pages = _integers(data, "pages", [0, 0])
        if len(pages) == 1:
            pages = pages * 2
        if len(pages) != 2:
            raise InputError("'pages' is not [first, last]")
        evidence: dict[str, Any] = _get(data, "evidence", dict, {})
        if not all(isinstance(ev, dict) for ev in evidence.values()):
            raise InputError("'evidence' is not an object of objects")
        return cls(
            record_type=_get(data, "record_type", str, UNKNOWN_TYPE),
            confidence=float(_get(data, "confidence", (int, float), 0.0)),
            language=_get(data, "language", (str, type(None)), None),
            pages=(pages[0], pages[1]),
            fields=_get(data, "fields", dict, {}),
            evidence={name: Evidence.from_json(ev) for name, ev in evidence.items()},
            missing_required=_texts(data, "missing_required"),
            missing_recommended=_texts(data, "missing_recommended"),
            unmatched=tuple(Unmatched.from_json(u) for u in _objects(data, "unmatched")),
            needs_review=tuple(Review.from_json(r) for r in _objects(data, "needs_review")),
            alternatives=tuple(Alternative.from_json(a) for a in _objects(data, "alternatives")),
        )


@dataclass(frozen=True)
class FileResult:
    path: str
    sha256: str
    format: str
    pages: int
    ocr_pages: tuple[int, ...]
    records: tuple[Record, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "contract_version": CONTRACT_VERSION,
            "source": {
                "path": self.path,
                "sha256": self.sha256,
                "format": self.format,
                "pages": self.pages,
                "ocr_pages": list(self.ocr_pages),
            },
            "records": [r.to_json() for r in self.records],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_json(cls, data: Any) -> FileResult:
        """Return the result a contract object describes; raise `InputError` if it is not one.

        The object must have a `contract_version` (1 or 1.1) and a `records` list
        of objects; absent keys take empty defaults (a `source` without `path`
        gives `path` "").
        """
        if not isinstance(data, dict) or "contract_version" not in data:
            raise InputError("not a casenotes output (no contract_version)")
        if not isinstance(data.get("records"), list):
            raise InputError("'records' is not a list of objects")
        source: dict[str, Any] = _get(data, "source", dict, {})
        return cls(
            path=_get(source, "path", str, ""),
            sha256=_get(source, "sha256", str, ""),
            format=_get(source, "format", str, ""),
            pages=_get(source, "pages", int, 0),
            ocr_pages=_integers(source, "ocr_pages", []),
            records=tuple(Record.from_json(r) for r in _objects(data, "records")),
            warnings=_texts(data, "warnings"),
        )


@dataclass(frozen=True)
class FileFailure:
    """A file that produced no records; `reason` never quotes the file's content."""

    path: str
    reason: str
    kind: FailureKind = "input"

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason, "kind": self.kind}
