"""The output model: records found in one file, in the shape of the output contract.

`FileResult.to_json()` is the only place the contract's JSON shape is built;
`FileFailure` is a file that could not be read, which becomes one line of the
run's `errors.jsonl` instead of a JSON file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

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
        return status
    if record.get("record_type") == UNKNOWN_TYPE:
        return "not_assessed"
    if record.get("missing_required"):
        return "incomplete"
    return "needs_review" if record.get("needs_review") else "complete"


@dataclass(frozen=True)
class Evidence:
    """Where a field value came from: the page and the heading, label or cue that matched."""

    page: int | None
    label: str

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "label": self.label}


@dataclass(frozen=True)
class Unmatched:
    """A heading or label no schema field knows (for template discovery)."""

    text: str
    kind: Literal["heading", "label"]
    page: int | None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "page": self.page}


@dataclass(frozen=True)
class Candidate:
    """An unmatched heading, label or passage that may hold a field that was not found."""

    text: str
    page: int | None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "page": self.page}


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


@dataclass(frozen=True)
class Alternative:
    record_type: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {"record_type": self.record_type, "confidence": round(self.confidence, 3)}


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
