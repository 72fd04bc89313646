"""Turn results into the bytes of the output contract, and write the run's report files.

The JSON of a file is `FileResult.to_json()` (contract field order kept),
dumped with a fixed layout and no timestamps: the same input and options give
byte-identical output. A duplicate's JSON is its original's with its own
`source.path` and a "duplicate of <path>" warning, built here only, so it is
the same whether the original was read in this run or an earlier one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.records import FileFailure
from pipeline.write.atomic import Modes, atomic_writer, write_atomic

ERRORS_NAME = "errors.jsonl"
RECORDS_NAME = "records.jsonl"
JSON_SUFFIX = ".json"
SUMMARY_SUFFIX = ".docx"


def summary_path_of(json_path: Path) -> Path:
    """Return where the DOCX summary of a result JSON goes: `a.pdf.json` -> `a.pdf.docx`."""
    return json_path.with_name(json_path.name.removesuffix(JSON_SUFFIX) + SUMMARY_SUFFIX)


DUPLICATE_WARNING = "duplicate of {path}"


def duplicate_json(original: dict[str, Any], path: str, original_path: str) -> dict[str, Any]:
    """Return the JSON of a file byte-identical to `original_path`, as read from `path`."""
    data: dict[str, Any] = json.loads(json.dumps(original))  # a deep copy that keeps key order
    data["source"]["path"] = path
    data["warnings"] = [*data["warnings"], DUPLICATE_WARNING.format(path=original_path)]
    return data


def render_file(data: dict[str, Any]) -> bytes:
    """Return one output file's bytes: indented, UTF-8 kept as is, newline at the end."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def render_line(data: dict[str, Any]) -> str:
    """Return `data` as one compact JSON line (no newline)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def write_result(path: Path, data: dict[str, Any], modes: Modes) -> None:
    """Write one file's JSON atomically."""
    write_atomic(path, render_file(data), modes)


def write_records(out_dir: Path, lines: Iterable[str], modes: Modes) -> Path:
    """Write `records.jsonl` from `lines` (already in their final order); return its path."""
    path = out_dir / RECORDS_NAME
    with atomic_writer(path, modes) as fh:
        for line in lines:
            fh.write(line.encode("utf-8") + b"\n")
    return path


def write_errors(out_dir: Path, failures: Iterable[FileFailure], modes: Modes) -> Path:
    """Write `errors.jsonl`, one failure a line sorted by path then kind; empty when none."""
    ordered = sorted(failures, key=lambda f: (f.path, f.kind, f.reason))
    path = out_dir / ERRORS_NAME
    write_atomic(
        path, b"".join(render_line(f.to_json()).encode("utf-8") + b"\n" for f in ordered), modes
    )
    return path
