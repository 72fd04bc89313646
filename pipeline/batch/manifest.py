"""The run manifest: what was read, with which options, and where its output went.

`OUT/.casenotes/manifest.sqlite` (WAL) lets a rerun skip files whose size,
mtime, pipeline version and output-relevant options are unchanged, lets a
byte-identical duplicate reuse an earlier result, and keeps the output name
each input claimed, so a collision is resolved the same way on every run. It
also remembers with which settings a file's DOCX summary was written, so a
rerun that only asks for summaries writes them from the JSON.

Only the main process writes it. Each finished file is committed on its own,
after its output is in place: a run killed at any point leaves a manifest
that never claims a file is done whose output is missing.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Literal

from pipeline.errors import CasenotesError
from pipeline.write.atomic import Modes, ensure_dir

MANIFEST_DIR = ".casenotes"
MANIFEST_NAME = "manifest.sqlite"
LOCK_NAME = "lock"
# Bumped when the tables change; an older manifest is then rebuilt from scratch,
# except where `_UPGRADES` says how to bring it up to date in place.
_SCHEMA_VERSION = "2"
_UPGRADES = {"1": "ALTER TABLE files ADD COLUMN summary TEXT;"}
# A second suffix length is tried if the first collides too (practically never).
_HASH_LENGTHS = (8, 16, 64)
# File systems allow 255 bytes a name; room is kept for the hash suffix of a collision.
MAX_NAME_BYTES = 255 - 1 - max(_HASH_LENGTHS)


def _fit_name(wanted: PurePath, digest: str) -> PurePath:
    """Return `wanted`, or for a name too long to create, its start with a hash of the input path."""
    if len(wanted.name.encode("utf-8", "surrogateescape")) <= MAX_NAME_BYTES:
        return wanted
    tail = f".{digest[:16]}{wanted.suffix}"
    room = MAX_NAME_BYTES - len(tail.encode())
    stem = wanted.stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
    return wanted.with_name(stem + tail)


Status = Literal["queued", "done", "duplicate", "failed"]

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    input_path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT,
    version TEXT NOT NULL,
    options TEXT NOT NULL,
    output_path TEXT,
    status TEXT NOT NULL,
    duplicate_of TEXT,
    failure_kind TEXT,
    failure_reason TEXT,
    run_id TEXT NOT NULL,
    record_json TEXT,
    summary TEXT
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);
CREATE TABLE IF NOT EXISTS outputs (
    folded TEXT PRIMARY KEY,
    output_path TEXT NOT NULL,
    input_path TEXT NOT NULL UNIQUE
);
"""


@dataclass(frozen=True)
class Entry:
    """One input as the manifest remembers it."""

    input_path: str
    size: int
    mtime_ns: int
    sha256: str | None
    version: str
    options: str
    # Relative to the output directory (in jsonl mode: the name it would have).
    output_path: str | None
    status: Status
    duplicate_of: str | None
    failure_kind: str | None
    failure_reason: str | None
    run_id: str  # the run that wrote this entry
    # The settings its DOCX summary was written with (`summary_fingerprint`); None: no summary.
    summary: str | None = None

    def unchanged(self, size: int, mtime_ns: int, version: str, options: str) -> bool:
        """Return True when the file and the settings that shape its output are as recorded."""
        return (self.size, self.mtime_ns, self.version, self.options) == (
            size,
            mtime_ns,
            version,
            options,
        )


_ENTRY_COLUMNS = (
    "input_path, size, mtime_ns, sha256, version, options, output_path, status, "
    "duplicate_of, failure_kind, failure_reason, run_id, summary"
)


def _create_private(path: Path, modes: Modes) -> None:
    # sqlite creates its files with 0644 & ~umask; creating the database first with
    # our mode means its -wal and -shm files (which copy the database's mode) are private too.
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, modes.file)
    os.fchmod(fd, modes.file)  # exact, whatever the umask
    os.close(fd)


class OutputBusy(CasenotesError):
    """Another run is writing to the same output directory."""


class ManifestUnwritable(CasenotesError):
    """The manifest cannot be opened for writing (a read-only or damaged `.casenotes/`)."""


class Manifest:
    """The manifest of one output directory; use as a context manager.

    Holds an exclusive lock on the output directory while open: two runs into
    one directory would race for the same output names.
    """

    def __init__(self, out_dir: Path, modes: Modes) -> None:
        directory = out_dir / MANIFEST_DIR
        ensure_dir(directory, modes)
        self._lock = os.open(directory / LOCK_NAME, os.O_CREAT | os.O_RDWR, modes.file)
        try:
            os.fchmod(self._lock, modes.file)  # exact, whatever the umask
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._lock)
            raise OutputBusy(
                "another casenotes run is writing to this directory", out_dir
            ) from None
        self.path = directory / MANIFEST_NAME
        try:
            if not self.path.exists():
                _create_private(self.path, modes)
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives a killed process; only a power cut can lose the last commits.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA temp_store=MEMORY")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            # A read-only .casenotes/ shows up here: sqlite cannot create its -wal file.
            os.close(self._lock)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ManifestUnwritable(
                f"cannot open the run manifest for writing ({reason})", self.path
            ) from None
        # Files seen in this run, by (device, inode): a file named twice is read once.
        self._db.execute(
            "CREATE TEMP TABLE seen (dev INTEGER, ino INTEGER, path TEXT, PRIMARY KEY (dev, ino))"
        )

    def _migrate(self) -> None:
        self._db.executescript(_TABLES)
        row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if row is not None and row[0] in _UPGRADES:
            self._db.executescript(_UPGRADES[row[0]])
        elif row is not None and row[0] != _SCHEMA_VERSION:
            self._db.executescript("DROP TABLE files; DROP TABLE outputs;")
            self._db.executescript(_TABLES)
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (_SCHEMA_VERSION,))

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        os.close(self._lock)  # releases the lock

    def first_seen(self, dev: int, ino: int, path: str) -> str | None:
        """Return None the first time a file is seen in this run, else the path it was seen as."""
        cursor = self._db.execute("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", (dev, ino, path))
        if cursor.rowcount:
            return None
        row = self._db.execute("SELECT path FROM seen WHERE dev=? AND ino=?", (dev, ino)).fetchone()
        return str(row[0])

    def get(self, input_path: str) -> Entry | None:
        """Return what the manifest holds for `input_path`, or None if it was never seen."""
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM files WHERE input_path=?", (input_path,)
        ).fetchone()
        return Entry(*row) if row else None

    def original_of(
        self, sha256: str, version: str, options: str, run_id: str | None
    ) -> Entry | None:
        """Return a finished, non-duplicate entry with this content and settings, or None.

        With `run_id`, only an entry written by that run counts (for --force).
        """
        row = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM files WHERE sha256=? AND version=? AND options=? "
            "AND status='done' AND (? IS NULL OR run_id=?) ORDER BY input_path LIMIT 1",
            (sha256, version, options, run_id, run_id),
        ).fetchone()
        return Entry(*row) if row else None

    def entries_under(self, directory: str) -> list[Entry]:
        """Return the entries of inputs found below `directory` (as spelled), in path order."""
        prefix = directory.rstrip(os.sep) + os.sep
        rows = self._db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM files WHERE substr(input_path, 1, ?) = ? "
            "ORDER BY input_path",
            (len(prefix), prefix),
        ).fetchall()
        return [Entry(*row) for row in rows]

    def forget(self, input_path: str) -> None:
        """Remove the entry of an input that no longer exists (its output name stays claimed)."""
        self._db.execute("DELETE FROM files WHERE input_path=?", (input_path,))

    def record_json(self, input_path: str) -> str | None:
        """Return the stored result line of a jsonl-mode entry, or None."""
        row = self._db.execute(
            "SELECT record_json FROM files WHERE input_path=?", (input_path,)
        ).fetchone()
        return row[0] if row else None

    def put(self, entry: Entry, record_json: str | None = None) -> None:
        """Insert or replace the entry of `entry.input_path`, committed at once."""
        self._db.execute(
            f"INSERT OR REPLACE INTO files ({_ENTRY_COLUMNS}, record_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.input_path,
                entry.size,
                entry.mtime_ns,
                entry.sha256,
                entry.version,
                entry.options,
                entry.output_path,
                entry.status,
                entry.duplicate_of,
                entry.failure_kind,
                entry.failure_reason,
                entry.run_id,
                entry.summary,
                record_json,
            ),
        )

    def set_summary(self, input_path: str, summary: str) -> None:
        """Record that the DOCX summary of `input_path` was written with settings `summary`."""
        self._db.execute("UPDATE files SET summary=? WHERE input_path=?", (summary, input_path))

    def claim_output(self, input_path: str, wanted: PurePath) -> PurePath:
        """Return the output path (relative) of `input_path`, claiming `wanted` if it is free.

        A name already held by another input, compared case-insensitively (a
        case-insensitive file system would merge them), gets a suffix made from
        a hash of the input path: `a.pdf.json` -> `a.pdf.1f3a9c2e.json`. A claim
        is kept in the manifest, so an input keeps its name on every rerun.
        """
        row = self._db.execute(
            "SELECT output_path FROM outputs WHERE input_path=?", (input_path,)
        ).fetchone()
        if row:
            return PurePath(row[0])
        digest = hashlib.sha256(input_path.encode("utf-8", "surrogateescape")).hexdigest()
        wanted = _fit_name(wanted, digest)
        options = [wanted] + [
            wanted.with_name(f"{wanted.stem}.{digest[:n]}{wanted.suffix}") for n in _HASH_LENGTHS
        ]
        for choice in options:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO outputs VALUES (?, ?, ?)",
                (str(choice).casefold(), str(choice), input_path),
            )
            if cursor.rowcount:
                return choice
        raise RuntimeError(f"no free output name for {input_path}")  # a full sha256 collided

    def done_lines(self, version: str, options: str) -> Iterator[str]:
        """Yield the stored result lines of finished jsonl-mode entries, ordered by input path."""
        cursor = self._db.execute(
            "SELECT record_json FROM files WHERE version=? AND options=? "
            "AND status IN ('done', 'duplicate') AND record_json IS NOT NULL ORDER BY input_path",
            (version, options),
        )
        for (line,) in cursor:
            yield line
