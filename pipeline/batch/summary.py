"""What a finished (or stopped) batch reports: the totals and the count by record type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.records import FileFailure


@dataclass(frozen=True)
class TypeCount:
    """Records of one type across the run's written files."""

    record_type: str
    files: int
    complete: int
    incomplete: int
    needs_review: int  # nothing missing, something to check (contract 1.1)


@dataclass(frozen=True)
class EmptyInput:
    """A folder named as input that held no document, and what it passed over (most first)."""

    path: str
    passed_over: tuple[tuple[str, int], ...]  # (extension or "hidden", count)

    @property
    def message(self) -> str:
        """Return the one line that says so: `in/: 0 documents; passed over: 12 .mp3, 3 .txt`."""
        if not self.passed_over:
            return f"{self.path}: 0 documents; the folder holds no file"
        counts = ", ".join(f"{n} {label or 'other'}" for label, n in self.passed_over)
        return f"{self.path}: 0 documents; passed over: {counts}"


@dataclass(frozen=True)
class MovedAside:
    """The output of an earlier run, moved out of readers' way: its input now fails, or is gone."""

    path: str  # the input
    reason: str
    to: Path  # where the JSON went, under OUT/.casenotes/stale/

    @property
    def message(self) -> str:
        return f"{self.path}: {self.reason}; earlier output moved to {self.to}"


@dataclass(frozen=True)
class RunSummary:
    """What a batch did. `left` counts files not finished when the run was stopped."""

    written: int  # files read and written in this run
    unchanged: int  # skipped thanks to the manifest
    duplicates: int
    failures: tuple[FileFailure, ...]  # sorted by path; includes `skipped` lines
    by_type: tuple[TypeCount, ...]
    pages: int
    ocr_pages: int
    elapsed_s: float
    interrupted: bool
    left: int
    left_exact: bool  # False when the walk had not finished counting
    peak_worker_rss: int
    errors_path: Path
    records_path: Path | None  # records.jsonl in jsonl mode
    empty_inputs: tuple[EmptyInput, ...] = ()  # named folders that yielded no document
    moved_aside: tuple[MovedAside, ...] = ()
    summaries_from_json: int = 0  # unchanged files whose DOCX summary was written from the JSON

    @property
    def failed(self) -> int:
        return sum(1 for f in self.failures if f.kind != "skipped")

    @property
    def skipped(self) -> int:
        return sum(1 for f in self.failures if f.kind == "skipped")
