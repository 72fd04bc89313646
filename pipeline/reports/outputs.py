"""The one reader of a run's output: contract objects under a directory (or in one file).

Audit, export, evaluate, summarize and headings all read a run here, so a JSON
tree and a `--format jsonl` run read the same. What is read, in path order:
- every `*.json` file holding a contract object (`contract_version` and a
  `records` list of objects), parsed by `FileResult.from_json`; any other JSON
  is *skipped* with a reason;
- every non-blank line of a `records.jsonl`, one contract object each;
- every non-blank line of an `errors.jsonl`: one input the run could not read,
  as the `FileFailure` it was written from (a line that is not one still counts,
  named by its place in the file).

A path given as a file is read the same way (a `.json` or a `records.jsonl`).
Never read: `.casenotes/` below the directory (run state, the export salt),
any directory passed in `exclude`, and any folder `casenotes export` wrote (it
holds the export's data dictionary and report: casenotes' own artefacts, not
someone else's JSON to warn about). Nothing is changed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, cast, get_args

from pipeline.batch.manifest import MANIFEST_DIR
from pipeline.errors import InputError
from pipeline.records import FailureKind, FileFailure, FileResult
from pipeline.write.json_records import ERRORS_NAME, JSON_SUFFIX, RECORDS_NAME

# The names readers of a run use (audit, export, review), re-exported so they import one module.
RUN_STATE_DIR = MANIFEST_DIR
ERRORS_FILE = ERRORS_NAME
JSONL_RECORDS_FILE = RECORDS_NAME
RECORD_ID_HEX = 16  # 64 bits: no collision in any realistic archive, short enough to read
JSONL_LINE = "{label}:{line}"  # where a jsonl contract object was read: records.jsonl:3
UNNAMED_SOURCE = "source-"  # the name of a jsonl source with no path: source-3.json
# `casenotes export` writes both into its dataset folder; together they mark one.
EXPORT_DICTIONARY_STEM = "data_dictionary"
EXPORT_REPORT_FILE = "deid_report.json"


@dataclass(frozen=True)
class OutputFile:
    """One contract object: where it was read (`label`), what it holds, and its place in a tree.

    `relative` is the object's JSON path below the run, as a JSON tree names it
    (`cases/a.pdf.json`); for a `records.jsonl` line it is the source path below
    the common folder of that file's sources plus `.json`, which is the tree's
    name when the run was given that folder. `data` is the object as read, for
    the one reader that writes it back (`casenotes review`), which must keep
    keys this version's model does not hold; everything else reads `result`.
    """

    label: str
    result: FileResult
    relative: PurePosixPath
    data: Mapping[str, Any]

    @property
    def raw_records(self) -> tuple[Mapping[str, Any], ...]:
        """Return the record objects as read (`from_json` checked they are objects)."""
        return tuple(self.data["records"])

    @property
    def source_path(self) -> str:
        return self.result.path or self.label

    def record_id(self, index: int) -> str:
        """Return the stable id of record `index`: a hash of the source's sha256 (or path) and the index."""
        basis = self.result.sha256 or self.source_path
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
    failures: tuple[FileFailure, ...] = ()  # inputs the run itself could not read (errors.jsonl)

    @property
    def unreadable(self) -> int:
        return len(self.failures)


_FAILURE_KINDS: tuple[str, ...] = get_args(FailureKind)
DAMAGED_FAILURE = "a line of errors.jsonl that names no file ({reason})"


def read_failure(line: str, where: str) -> FileFailure:
    """Return the failure one `errors.jsonl` line records; a damaged line is named by `where`."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return FileFailure(where, DAMAGED_FAILURE.format(reason=f"invalid JSON: {exc.msg}"))
    path = data.get("path") if isinstance(data, dict) else None
    if not isinstance(path, str) or not path:
        return FileFailure(where, DAMAGED_FAILURE.format(reason="no path"))
    reason, kind = data.get("reason"), data.get("kind")
    return FileFailure(
        path,
        reason if isinstance(reason, str) else "",
        cast(FailureKind, kind) if kind in _FAILURE_KINDS else "input",
    )


def read_outputs(
    root: Path, exclude: Iterable[Path] = (), *, full_labels: bool = False
) -> RunOutputs:
    """Return the contract objects under `root` (a directory or one file); never raises for content.

    Labels are paths relative to `root` (a file's own name when `root` is a
    file), or the paths as found below `root` when `full_labels`.
    """
    excluded = [p.resolve() for p in exclude]
    if RUN_STATE_DIR in root.resolve().parts:  # run state named by hand (`out/.*`): no output
        return RunOutputs((), ())
    files: list[OutputFile] = []
    skipped: list[Skipped] = []
    failures: list[FileFailure] = []
    base = root.parent if root.is_file() else root
    paths = [root] if root.is_file() else sorted(root.rglob("*"))
    exports = [] if root.is_file() else _export_folders(paths)
    for path in paths:
        relative = path.relative_to(base)
        if not path.is_file() or (not root.is_file() and relative.parts[0] == RUN_STATE_DIR):
            continue
        if path.suffix != JSON_SUFFIX and path.name not in (ERRORS_FILE, JSONL_RECORDS_FILE):
            continue
        if any(path.resolve().is_relative_to(e) for e in excluded):
            continue
        if any(path.is_relative_to(folder) for folder in exports):
            continue
        label = str(path) if full_labels else relative.as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            skipped.append(Skipped(label, "not UTF-8 text"))
            continue
        except OSError as exc:
            skipped.append(Skipped(label, f"cannot read ({exc.strerror})"))
            continue
        if path.name == ERRORS_FILE:
            failures += [
                read_failure(line, JSONL_LINE.format(label=label, line=n))
                for n, line in enumerate(text.splitlines(), 1)
                if line.strip()
            ]
        elif path.name == JSONL_RECORDS_FILE:
            found = [
                (JSONL_LINE.format(label=label, line=n), _parse(line, label))
                for n, line in enumerate(text.splitlines(), 1)
                if line.strip()
            ]
            results = [p[0] for _, p in found if not isinstance(p, Skipped)]
            names = iter(_tree_names([r.path for r in results]))
            folder = PurePosixPath(relative.parent.as_posix())
            for where, parsed in found:
                if not isinstance(parsed, Skipped):
                    files.append(OutputFile(where, parsed[0], folder / next(names), parsed[1]))
                else:
                    skipped.append(Skipped(where, parsed.reason, parsed.damaged))
        else:
            parsed = _parse(text, label)
            if not isinstance(parsed, Skipped):
                result, data = parsed
                files.append(OutputFile(label, result, PurePosixPath(relative.as_posix()), data))
            else:
                skipped.append(parsed)
    return RunOutputs(tuple(files), tuple(skipped), tuple(failures))


def _export_folders(paths: Sequence[Path]) -> list[Path]:
    """Return the folders among `paths` that `casenotes export` wrote."""
    dictionary = EXPORT_DICTIONARY_STEM + JSON_SUFFIX
    return [
        path.parent
        for path in paths
        if path.name == EXPORT_REPORT_FILE and (path.parent / dictionary).is_file()
    ]


def _parse(text: str, label: str) -> tuple[FileResult, dict[str, Any]] | Skipped:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return Skipped(label, f"invalid JSON (line {exc.lineno}: {exc.msg})")
    if not isinstance(data, dict) or "contract_version" not in data:
        return Skipped(label, "not a casenotes output (no contract_version)", damaged=False)
    try:
        return FileResult.from_json(data), data
    except InputError as exc:
        return Skipped(label, exc.reason)


def _tree_names(paths: Sequence[str]) -> list[PurePosixPath]:
    """Return the JSON name a tree run would give each source path: below their common folder."""
    folders = [PurePosixPath(p).parent for p in paths]
    same_anchor = len({f.is_absolute() for f in folders}) == 1
    common = PurePosixPath(os.path.commonpath(folders)) if same_anchor else PurePosixPath()
    names = []
    for number, text in enumerate(paths, 1):
        path = PurePosixPath(text)
        below = path.relative_to(common) if path.is_relative_to(common) else path
        parts = [part for part in below.parts if part not in ("/", "..", ".")]
        # A source with no path still needs a distinct name.
        stem = parts.pop() if parts else f"{UNNAMED_SOURCE}{number}"
        names.append(PurePosixPath(*parts, stem + JSON_SUFFIX))
    return names
