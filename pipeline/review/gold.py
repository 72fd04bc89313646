"""Corrected outputs out of a reviewed run: gold files for `evaluate`, and `--apply` outputs.

Both write contract objects (the run's own, with each record's corrections
applied by `corrections.corrected`) under a new directory, mirroring where
the run wrote them (`a/x.pdf.json`), atomically and 0600:
- gold (`--export-gold DIR`): only files whose every record a person marked
  reviewed; a file reviewed in part would make unchecked values gold;
- apply (`--apply DIR`): every file of the run, corrected where corrected, so
  DIR reads as a run (`casenotes export DIR`, `casenotes audit DIR`). A run
  written as `records.jsonl` gets its corrected `records.jsonl`.
The run's own files are never written: DIR may not be OUT or lie inside it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.errors import CasenotesError
from pipeline.reports.outputs import JSONL_RECORDS_FILE, OutputFile, RunOutputs
from pipeline.review.corrections import Change, corrected
from pipeline.specs import SchemaSet
from pipeline.write.atomic import PRIVATE, write_atomic
from pipeline.write.json_records import render_file, render_line

Mode = Literal["gold", "apply"]


@dataclass(frozen=True)
class Written:
    files: int
    records: int
    corrected: int
    partly_reviewed: int  # files left out of gold because some record was not reviewed


def check_target(out_dir: Path, target: Path) -> None:
    """Raise when writing to `target` could touch the run itself."""
    if target.resolve().is_relative_to(out_dir.resolve()):
        raise CasenotesError("must not be the run's directory or inside it", target)


def corrected_file(
    output: OutputFile, changes: Mapping[str, Sequence[Change]], schemas: SchemaSet
) -> tuple[dict[str, object], int]:
    """Return the output file's contract object with its records corrected, and how many changed."""
    records = []
    changed = 0
    for index, record in enumerate(output.raw_records):
        record_changes = changes.get(output.record_id(index), ())
        records.append(corrected(record, record_changes, schemas))
        changed += any(c.kind != "reviewed" for c in record_changes)
    data: dict[str, object] = {
        "contract_version": output.data["contract_version"],
        "source": copy.deepcopy(dict(output.data.get("source") or {})),
        "records": records,
        "warnings": list(output.result.warnings),
    }
    return data, changed


def write_corrected(
    run: RunOutputs,
    target: Path,
    changes: Mapping[str, Sequence[Change]],
    reviewed: set[str],
    schemas: SchemaSet,
    mode: Mode,
) -> Written:
    """Write the run's files (gold: only those fully reviewed) with corrections under `target`."""
    files = records = changed = partly = 0
    lines: list[str] = []
    for output in run.files:
        ids = [output.record_id(i) for i in range(len(output.raw_records))]
        if mode == "gold" and not (ids and all(i in reviewed for i in ids)):
            partly += any(i in reviewed for i in ids)
            continue
        data, n = corrected_file(output, changes, schemas)
        files, records, changed = files + 1, records + len(ids), changed + n
        if not output.label.startswith(f"{JSONL_RECORDS_FILE}:"):
            write_atomic(target / output.label, render_file(data), PRIVATE)
        elif mode == "apply":
            lines.append(render_line(data))
        else:  # evaluate reads *.json files: one per line of the run's records.jsonl
            name = output.label.replace(":", ".") + ".json"
            write_atomic(target / name, render_file(data), PRIVATE)
    if lines:
        text = "".join(line + "\n" for line in lines)
        write_atomic(target / JSONL_RECORDS_FILE, text.encode("utf-8"), PRIVATE)
    return Written(files, records, changed, partly)
