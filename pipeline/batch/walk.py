"""Find the files a run should read, one at a time, from the paths a user named.

A named file is always a candidate, whatever its name or kind (the reader
decides what it is). A named directory is walked depth-first with
`os.scandir`, yielding as it goes: only the entries of the directories on the
current path are held (each sorted by name, so the order, and with it every
name decided later, is the same on every run), never the whole tree.

In a directory walk:
- hidden entries (name starting with ".") are passed over;
- regular files are candidates when their extension is one of
  `DOCUMENT_EXTENSIONS` (any case) or when they have none; others are passed
  over;
- FIFOs, sockets and devices are `Skipped` with a reason (opening a FIFO
  would block the run);
- a symlink is followed only when its target lies inside the same input
  tree; one that points outside, dangles or loops is `Skipped`;
- a directory reached twice (through a symlink) is `Skipped`, so loops end;
- `exclude` (the output directory) is never entered.

Paths are yielded as the user spelled them joined with the names below, so
messages and outputs name files the way the user knows them. What is passed
over yields nothing, but a `WalkTally` given to the walk counts it for each
named input, so a folder that yields no document can say what it held.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Literal

# Scanners and phones write page images as JPEG, PNG or TIFF; they are scanned documents.
DOCUMENT_EXTENSIONS = frozenset(
    {".pdf", ".docx", ".doc", ".rtf", ".odt", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
)


@dataclass(frozen=True)
class Candidate:
    """A file to read. `relative` is where its output goes below the output directory."""

    path: str
    relative: PurePath
    named: bool  # named on the command line rather than found in a directory


@dataclass(frozen=True)
class Skipped:
    """A path the walk will not read; `reason` becomes a `skipped` line in errors.jsonl."""

    path: str
    reason: str


WalkItem = Candidate | Skipped

HIDDEN = "hidden"  # how hidden entries are counted among the passed over


@dataclass
class WalkTally:
    """Counts kept while walking, per named input (as spelled): its candidates, and what it passed over.

    `passed_over` counts files by lower-case extension (".jpg"), and hidden
    entries as `HIDDEN`. Filled as the walk goes; read once it is over.
    """

    documents: Counter[str] = field(default_factory=Counter)
    passed_over: dict[str, Counter[str]] = field(default_factory=dict)

    def empty_inputs(self) -> list[tuple[str, Counter[str]]]:
        """Return each directory input that yielded no candidate, with what it passed over."""
        return [
            (given, passed)
            for given, passed in self.passed_over.items()
            if not self.documents[given]
        ]


def _special_kind(mode: int) -> str | None:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return None


def _wanted_name(name: str) -> bool:
    suffix = PurePath(name).suffix
    return suffix == "" or suffix.lower() in DOCUMENT_EXTENSIONS


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def walk_inputs(
    inputs: Sequence[Path], exclude: Path | None = None, tally: WalkTally | None = None
) -> Iterator[WalkItem]:
    """Yield a `Candidate` or `Skipped` for each file under `inputs`, in a stable order.

    With `tally`, also count each input's candidates and what it passed over.
    """
    excluded = _identity(exclude) if exclude is not None else None
    tally = tally or WalkTally()
    for given in inputs:
        spelled = os.fspath(given)
        try:
            info = os.stat(spelled)
        except OSError as exc:
            yield Skipped(spelled, f"cannot open: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(info.st_mode):
            passed = tally.passed_over.setdefault(spelled, Counter())
            for item in _walk_tree(spelled, excluded, passed):
                if isinstance(item, Candidate):
                    tally.documents[spelled] += 1
                yield item
        else:
            tally.documents[spelled] += 1
            yield Candidate(spelled, PurePath(os.path.basename(spelled.rstrip(os.sep))), named=True)


def _identity(path: Path) -> tuple[int, int] | None:
    """Return (device, inode) of an existing path, or None."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _walk_tree(
    top: str, excluded: tuple[int, int] | None, passed: Counter[str]
) -> Iterator[WalkItem]:
    root_real = os.path.realpath(top)
    top_info = os.stat(top)
    visited = {(top_info.st_dev, top_info.st_ino)}
    listing = _list(top)
    if isinstance(listing, Skipped):
        yield listing
        return
    # Each frame: a directory's path relative to top and its entries not yet seen.
    stack: list[tuple[PurePath, Iterator[os.DirEntry[str]]]] = [(PurePath(), iter(listing))]
    while stack:
        relative, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            passed[HIDDEN] += 1
            continue
        item = _classify(entry, root_real, excluded, visited)
        if item is None:
            continue
        if item == "other":
            passed[PurePath(entry.name).suffix.lower()] += 1
            continue
        if isinstance(item, Skipped):
            yield item
        elif item == "dir":
            child = _list(entry.path)
            if isinstance(child, Skipped):
                yield child
            else:
                stack.append((relative / entry.name, iter(child)))
        else:
            yield Candidate(entry.path, relative / entry.name, named=False)


def _list(directory: str) -> list[os.DirEntry[str]] | Skipped:
    try:
        with os.scandir(directory) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Skipped(directory, f"cannot list directory: {exc.strerror or exc}")


def _classify(
    entry: os.DirEntry[str],
    root_real: str,
    excluded: tuple[int, int] | None,
    visited: set[tuple[int, int]],
) -> Skipped | Literal["dir", "file", "other"] | None:
    """Return "dir", "file", a `Skipped`, "other" for a file of no document kind, or None for the excluded directory."""
    if entry.is_symlink():
        if not _inside(os.path.realpath(entry.path), root_real):
            return Skipped(entry.path, "symlink points outside the input tree (not followed)")
        try:
            info = os.stat(entry.path)
        except OSError as exc:
            reason = "symlink loop" if exc.errno == errno.ELOOP else "broken symlink"
            return Skipped(entry.path, f"{reason} (not followed)")
    elif entry.is_file(follow_symlinks=False):
        # The common case costs no system call: the kind comes from the directory listing.
        return "file" if _wanted_name(entry.name) else "other"
    else:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError as exc:
            return Skipped(entry.path, f"cannot stat: {exc.strerror or exc}")
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key == excluded:
            return None
        if key in visited:
            return Skipped(entry.path, "directory already walked (symlink loop), not followed")
        visited.add(key)
        return "dir"
    if stat.S_ISREG(info.st_mode):
        return "file" if _wanted_name(entry.name) else "other"
    kind = _special_kind(info.st_mode) or "not a regular file"
    return Skipped(entry.path, f"{kind}, not read")
