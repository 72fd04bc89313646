"""The output model: records found in one file, in the shape of the output contract.

`FileResult.to_json()` is the only place the contract's JSON shape is built;
`FileFailure` is a file that could not be read, which becomes one line of the
run's `errors.jsonl` instead of a JSON file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

CONTRACT_VERSION = "1"

FailureKind = Literal["input", "dependency", "timeout", "memory", "crash", "skipped"]


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

    @property
    def complete(self) -> bool:
        return not self.missing_required

    def to_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "confidence": round(self.confidence, 3),
            "language": self.language,
            "pages": list(self.pages),
            "fields": dict(self.fields),
            "evidence": {name: ev.to_json() for name, ev in self.evidence.items()},
            "missing_required": list(self.missing_required),
            "missing_recommended": list(self.missing_recommended),
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
