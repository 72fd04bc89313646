"""Write files so that a reader sees either the old file or the whole new one, never a part.

Every byte casenotes writes under an output directory goes through here: a
hidden temp file in the target's own directory (so the rename stays on one
file system), written, flushed, fsync'd, given its final mode, then renamed
over the target with `os.replace`, and the directory fsync'd so the rename
survives a power cut. Directories this module creates get a private mode;
directories that already exist keep theirs.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# Temp files start with a dot so directory listings and globbing skip them.
_TEMP_PREFIX = ".casenotes-tmp-"
_TEMP_SUFFIX = ".part"


@dataclass(frozen=True)
class Modes:
    """Permission bits for directories and files casenotes creates."""

    directory: int
    file: int


PRIVATE = Modes(directory=0o700, file=0o600)
GROUP_READABLE = Modes(directory=0o750, file=0o640)


def modes_for(group_readable: bool) -> Modes:
    """Return the modes for `--group-readable` (True) or the private default."""
    return GROUP_READABLE if group_readable else PRIVATE


def ensure_dir(path: Path, modes: Modes) -> None:
    """Create `path` and any missing parents with `modes.directory`; leave existing ones alone."""
    missing: list[Path] = []
    current = path
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another writer made it first
            directory.mkdir()
            # mkdir's mode is filtered by the umask; chmod states it exactly.
            os.chmod(directory, modes.directory)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, modes: Modes) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces `path` only when the block ends without an error.

    On an error (or KeyboardInterrupt) the temp file is removed and `path` is untouched.
    """
    ensure_dir(path.parent, modes)
    fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), modes.file)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def remove_abandoned_temps(directory: Path) -> int:
    """Delete the temp files writers killed mid-write (kill -9, power cut) left under `directory`.

    Call only while holding the directory's write lock: a live writer's temp
    file looks the same. Returns how many were removed.
    """
    removed = 0
    for root, _dirs, names in os.walk(directory):
        for name in names:
            if name.startswith(_TEMP_PREFIX) and name.endswith(_TEMP_SUFFIX):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(os.path.join(root, name))
                    removed += 1
    return removed


def write_atomic(path: Path, data: bytes, modes: Modes) -> None:
    """Replace `path` with `data` atomically, with `modes.file` permissions."""
    with atomic_writer(path, modes) as fh:
        fh.write(data)
