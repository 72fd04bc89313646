"""Read a run's output back: the contract JSON objects under OUT_DIR, as written by `process`.

What is read, in path order:
- every `*.json` file under OUT_DIR holding a contract object (`contract_version`
  and a `records` list of objects); any other JSON is *skipped* with a reason;
- every non-blank line of a `records.jsonl` (the `--format jsonl` output), one
  contract object each;
- `errors.jsonl` lines are only counted (files the run could not read).

Never read: `OUT_DIR/.casenotes/` (run state, the export salt) and any directory
passed in `exclude` (an export written inside OUT_DIR). Nothing is changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.batch.manifest import MANIFEST_DIR as RUN_STATE_DIR
from pipeline.write.json_records import ERRORS_NAME as ERRORS_FILE
from pipeline.write.json_records import RECORDS_NAME as JSONL_RECORDS_FILE

RECORD_ID_HEX = 16  # 64 bits: no collision in any realistic archive, short enough to read


@dataclass(frozen=True)
class OutputFile:
    """One contract object: where it was read (`label`), its `source` object and its records."""

    label: str
    source: Mapping[str, Any]
    records: tuple[Mapping[str, Any], ...]
    contract_version: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def source_path(self) -> str:
        path = self.source.get("path")
        return path if isinstance(path, str) and path else self.label

    def record_id(self, index: int) -> str:
        """Return the stable id of record `index`: a hash of the source's sha256 (or path) and the index."""
        sha = self.source.get("sha256")
        basis = sha if isinstance(sha, str) and sha else self.source_path
        return hashlib.sha256(f"{basis}:{index}".encode()).hexdigest()[:RECORD_ID_HEX]


@dataclass(frozen=True)
class Skipped:
    """An output file (or jsonl line) that could not be used; `reason` never quotes its content.

    `damaged`: a casenotes output that cannot be used (not UTF-8, invalid JSON, bad
    `records`); otherwise the JSON is someone else's and was rightly passed over.
    """

    label: str
    reason: str
    damaged: bool = True


@dataclass(frozen=True)
class RunOutputs:
    files: tuple[OutputFile, ...]
    skipped: tuple[Skipped, ...]
    unreadable: int  # input files the run itself could not read (lines of errors.jsonl)


def read_outputs(out_dir: Path, exclude: Iterable[Path] = ()) -> RunOutputs:
    """Return the contract objects under `out_dir`; a file that cannot be used is a `Skipped`."""
    excluded = [p.resolve() for p in exclude]
    files: list[OutputFile] = []
    skipped: list[Skipped] = []
    unreadable = 0
    for path in sorted(out_dir.rglob("*")):
        relative = path.relative_to(out_dir)
        if not path.is_file() or relative.parts[0] == RUN_STATE_DIR:
            continue
        if path.suffix != ".json" and path.name not in (ERRORS_FILE, JSONL_RECORDS_FILE):
            continue
        if any(path.resolve().is_relative_to(e) for e in excluded):
            continue
        label = relative.as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            skipped.append(Skipped(label, "not UTF-8 text"))
            continue
        except OSError as exc:
            skipped.append(Skipped(label, f"cannot read ({exc.strerror})"))
            continue
        if path.name == ERRORS_FILE:
            unreadable += sum(1 for line in text.splitlines() if line.strip())
            continue
        if path.name == JSONL_RECORDS_FILE:
            lines = [
                (f"{label}:{n}", line)
                for n, line in enumerate(text.splitlines(), 1)
                if line.strip()
            ]
        else:
            lines = [(label, text)]
        for where, chunk in lines:
            parsed = _parse(chunk, where)
            if isinstance(parsed, OutputFile):
                files.append(parsed)
            else:
                skipped.append(parsed)
    return RunOutputs(tuple(files), tuple(skipped), unreadable)


def _parse(text: str, where: str) -> OutputFile | Skipped:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"invalid JSON (line {exc.lineno}: {exc.msg})")
    if not isinstance(data, dict) or "contract_version" not in data:
        return Skipped(where, "not a casenotes output (no contract_version)", damaged=False)
    records = data.get("records")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        return Skipped(where, "'records' is not a list of objects")
    source = data.get("source")
    warnings = data.get("warnings")
    return OutputFile(
        where,
        source if isinstance(source, dict) else {},
        tuple(records),
        str(data["contract_version"]),
        tuple(w for w in warnings if isinstance(w, str)) if isinstance(warnings, list) else (),
    )
