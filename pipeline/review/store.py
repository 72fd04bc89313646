"""The review store: `OUT/.casenotes/review.sqlite` (0600, WAL).

Two kinds of tables live here:
- the queue index (`records`, `meta`): one row per record of the run, as
  `reports.outputs.read_outputs` reads it, with the columns the queue sorts and
  filters on and the record's JSON. It is derived data: rebuilt whenever the
  run's output files (names, sizes, mtimes) differ from the fingerprint stored
  with it, so the queue opens from SQL, a page at a time, however big the run.
- what people did (`changes`, `state`, `learned`): every change with its
  reviewer, UTC time, old and new value, in order; per record its current
  status, number of corrections and who marked it reviewed; headings assigned
  to fields. These are never rebuilt or deleted.

Record ids are `OutputFile.record_id` (the source's sha256 and the record's
index), so corrections survive a rerun of the same file. Two byte-identical
inputs share their records' ids: the queue lists one of them, and a
correction applies to both (their content is the same).

The view `reports.audit.REVIEW_SUMMARY_VIEW` is this store's promise to the audit.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.errors import CasenotesError
from pipeline.records import status_of
from pipeline.reports.audit import REVIEW_STORE, REVIEW_SUMMARY_VIEW
from pipeline.reports.outputs import (
    ERRORS_FILE,
    JSONL_RECORDS_FILE,
    RUN_STATE_DIR,
    OutputFile,
    RunOutputs,
    Skipped,
    read_outputs,
)
from pipeline.review.corrections import Change, review_entries
from pipeline.write.atomic import PRIVATE, ensure_dir

# Below this confidence a record's type may well be wrong: it is reviewed before the rest.
LOW_CONFIDENCE = 0.8
# Queue order: what the run itself flagged first, then what is missing, then unsure types.
PRIORITY_NEEDS_REVIEW, PRIORITY_INCOMPLETE, PRIORITY_LOW_CONFIDENCE, PRIORITY_REST = range(4)
INDEX_VERSION = "1"  # bump when the index's columns change: the index is rebuilt

_TABLES = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    source_path TEXT NOT NULL,
    source_format TEXT,
    source_sha256 TEXT,
    record_index INTEGER NOT NULL,
    record_type TEXT NOT NULL,
    status TEXT NOT NULL,
    confidence REAL NOT NULL,
    worker TEXT,
    language TEXT,
    priority INTEGER NOT NULL,
    record_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_queue
    ON records (priority, confidence, source_path, record_index, id);
CREATE TABLE IF NOT EXISTS changes (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,
    old TEXT,
    new TEXT
);
CREATE INDEX IF NOT EXISTS changes_record ON changes (record_id, n);
CREATE TABLE IF NOT EXISTS state (
    record_id TEXT PRIMARY KEY,
    status TEXT,
    corrections INTEGER NOT NULL DEFAULT 0,
    reviewed_by TEXT,
    reviewed_at TEXT
);
CREATE TABLE IF NOT EXISTS learned (
    record_type TEXT NOT NULL,
    key TEXT NOT NULL,
    heading TEXT NOT NULL,
    field TEXT NOT NULL,
    language TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (record_type, key)
);
CREATE VIEW IF NOT EXISTS {REVIEW_SUMMARY_VIEW} AS
    SELECT record_id, reviewed_at IS NOT NULL AS reviewed, corrections FROM state;
"""


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: each None or empty value lets everything through."""

    status: str | None = None
    record_type: str | None = None
    worker: str | None = None
    file: str | None = None  # a part of the source path
    reviewed: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["1"], []
        if self.status:
            clauses.append("COALESCE(s.status, r.status) = ?")
            params.append(self.status)
        if self.record_type:
            clauses.append("r.record_type = ?")
            params.append(self.record_type)
        if self.worker:
            clauses.append("r.worker = ?")
            params.append(self.worker)
        if self.file:
            clauses.append("instr(r.source_path, ?) > 0")
            params.append(self.file)
        if self.reviewed is not None:
            clauses.append("s.reviewed_at IS " + ("NOT NULL" if self.reviewed else "NULL"))
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class QueueRow:
    id: str
    label: str
    source_path: str
    source_format: str | None
    source_sha256: str | None
    record_index: int
    record_type: str
    status: str  # the current status: after corrections, else as the run wrote it
    run_status: str
    confidence: float
    worker: str | None
    language: str | None
    priority: int
    corrections: int
    reviewed_by: str | None

    @property
    def key(self) -> tuple[int, float, str, int, str]:
        return (self.priority, self.confidence, self.source_path, self.record_index, self.id)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.source_path,
            "record_index": self.record_index,
            "type": self.record_type,
            "status": self.status,
            "confidence": self.confidence,
            "worker": self.worker,
            "reviewed": self.reviewed_by is not None,
            "corrections": self.corrections,
        }


_ROW_COLUMNS = (
    "r.id, r.label, r.source_path, r.source_format, r.source_sha256, r.record_index, "
    "r.record_type, COALESCE(s.status, r.status), r.status, r.confidence, r.worker, r.language, "
    "r.priority, COALESCE(s.corrections, 0), s.reviewed_by"
)
_FROM = "records r LEFT JOIN state s ON s.record_id = r.id"
_ORDER = "r.priority, r.confidence, r.source_path, r.record_index, r.id"


@dataclass(frozen=True)
class IndexInfo:
    records: int
    rebuilt: bool
    skipped: tuple[Skipped, ...]  # output files the reader could not use (only when rebuilt)


@dataclass(frozen=True)
class Learned:
    record_type: str
    key: str
    heading: str
    field: str
    language: str


def priority(record: dict[str, Any]) -> int:
    """Return the queue priority of a record as the run wrote it (lower comes first)."""
    status = status_of(record)
    if status == "needs_review" or review_entries(record):
        return PRIORITY_NEEDS_REVIEW
    if status == "incomplete":
        return PRIORITY_INCOMPLETE
    if _confidence(record) < LOW_CONFIDENCE:
        return PRIORITY_LOW_CONFIDENCE
    return PRIORITY_REST


def _confidence(record: dict[str, Any]) -> float:
    value = record.get("confidence")
    return float(value) if isinstance(value, int | float) else 0.0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def run_fingerprint(out_dir: Path) -> str:
    """Return a hash of the names, sizes and mtimes of the run's output files (not their bytes)."""
    digest = hashlib.sha256()
    for root, dirs, files in os.walk(out_dir):
        if Path(root) == out_dir:
            dirs[:] = [d for d in dirs if d != RUN_STATE_DIR]
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".json") or name in (JSONL_RECORDS_FILE, ERRORS_FILE):
                stat = os.stat(os.path.join(root, name))
                digest.update(f"{root}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def store_path(out_dir: Path) -> Path:
    return out_dir / RUN_STATE_DIR / REVIEW_STORE


class ReviewStore:
    """One connection to a run's review store, safe to share between threads."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.path = store_path(out_dir)
        ensure_dir(self.path.parent, PRIVATE)
        # Created 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
        os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, PRIVATE.file))
        self._lock = threading.Lock()
        self._facets: dict[str, list[str]] | None = None  # changes only when the index is rebuilt
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(_TABLES)
        except sqlite3.DatabaseError as exc:
            raise CasenotesError(f"not a usable review store ({exc})", self.path) from None

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # --- the queue index ---------------------------------------------------------------------

    def refresh_index(self, outputs: RunOutputs | None = None) -> IndexInfo:
        """Rebuild the queue index when the run's files changed since it was built."""
        fingerprint = f"{INDEX_VERSION}:{run_fingerprint(self.out_dir)}"
        stored = self._query("SELECT value FROM meta WHERE key='fingerprint'")
        if outputs is None and stored and stored[0][0] == fingerprint:
            return IndexInfo(self._query("SELECT COUNT(*) FROM records")[0][0], False, ())
        run = outputs if outputs is not None else read_outputs(self.out_dir)
        with self._transaction() as db:
            db.execute("DELETE FROM records")
            db.executemany(
                "INSERT OR IGNORE INTO records VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    _index_row(output.record_id(i), output, i, dict(record))
                    for output in run.files
                    for i, record in enumerate(output.raw_records)
                ),
            )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
            count = db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        self._facets = None
        return IndexInfo(count, True, run.skipped)

    def queue(self, where: QueueFilter, offset: int, limit: int) -> tuple[list[QueueRow], int]:
        """Return one page of the queue, in queue order, and how many records pass the filter."""
        sql, params = where.where()
        rows = self._query(
            f"SELECT {_ROW_COLUMNS} FROM {_FROM} WHERE {sql} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        total = self._query(f"SELECT COUNT(*) FROM {_FROM} WHERE {sql}", params)[0][0]
        return [QueueRow(*row) for row in rows], int(total)

    def row(self, record_id: str) -> QueueRow | None:
        rows = self._query(f"SELECT {_ROW_COLUMNS} FROM {_FROM} WHERE r.id = ?", [record_id])
        return QueueRow(*rows[0]) if rows else None

    def neighbours(self, row: QueueRow, where: QueueFilter) -> tuple[str | None, str | None]:
        """Return the ids before and after `row` in the filtered queue (None at either end)."""
        sql, params = where.where()
        key = "(r.priority, r.confidence, r.source_path, r.record_index, r.id)"
        order_desc = ", ".join(f"{c} DESC" for c in _ORDER.split(", "))
        before = self._query(
            f"SELECT r.id FROM {_FROM} WHERE {sql} AND {key} < (?,?,?,?,?) "
            f"ORDER BY {order_desc} LIMIT 1",
            [*params, *row.key],
        )
        after = self._query(
            f"SELECT r.id FROM {_FROM} WHERE {sql} AND {key} > (?,?,?,?,?) ORDER BY {_ORDER} LIMIT 1",
            [*params, *row.key],
        )
        return (before[0][0] if before else None, after[0][0] if after else None)

    def facets(self) -> dict[str, list[str]]:
        """Return the values the queue's filters offer: record types and workers."""
        if self._facets is None:
            self._facets = {
                "type": [
                    r[0] for r in self._query("SELECT DISTINCT record_type FROM records ORDER BY 1")
                ],
                "worker": [
                    r[0]
                    for r in self._query(
                        "SELECT DISTINCT worker FROM records WHERE worker IS NOT NULL ORDER BY 1"
                    )
                ],
            }
        return self._facets

    def original(self, record_id: str) -> dict[str, Any] | None:
        """Return the record as the run wrote it, or None for an id the run does not have."""
        rows = self._query("SELECT record_json FROM records WHERE id = ?", [record_id])
        return json.loads(rows[0][0]) if rows else None

    # --- what people did ---------------------------------------------------------------------

    def changes(self, record_id: str) -> list[Change]:
        rows = self._query(
            "SELECT kind, name, old, new FROM changes WHERE record_id = ? ORDER BY n", [record_id]
        )
        return [Change(kind, name, _load(old), _load(new)) for kind, name, old, new in rows]

    def all_changes(self) -> dict[str, list[Change]]:
        """Return every record's changes, in order, by record id."""
        found: dict[str, list[Change]] = {}
        for record_id, kind, name, old, new in self._query(
            "SELECT record_id, kind, name, old, new FROM changes ORDER BY n"
        ):
            found.setdefault(record_id, []).append(Change(kind, name, _load(old), _load(new)))
        return found

    def history(self, record_id: str) -> list[dict[str, Any]]:
        rows = self._query(
            "SELECT reviewer, at, kind, name, old, new FROM changes WHERE record_id = ? ORDER BY n",
            [record_id],
        )
        return [
            {"reviewer": r, "at": at, "kind": k, "name": n, "old": _load(o), "new": _load(v)}
            for r, at, k, n, o, v in rows
        ]

    def add(self, record_id: str, changes: Sequence[Change], reviewer: str, status: str) -> None:
        """Append `changes` to the record's history and set its current status, in one transaction."""
        at = _now()
        corrections = sum(c.kind != "reviewed" for c in changes)
        reviewed = any(c.kind == "reviewed" for c in changes)
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO changes (record_id, reviewer, at, kind, name, old, new) "
                "VALUES (?,?,?,?,?,?,?)",
                [
                    (record_id, reviewer, at, c.kind, c.name, _dump(c.old), _dump(c.new))
                    for c in changes
                ],
            )
            db.execute(
                "INSERT INTO state (record_id, status, corrections, reviewed_by, reviewed_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET "
                "status = excluded.status, corrections = corrections + excluded.corrections, "
                "reviewed_by = COALESCE(excluded.reviewed_by, reviewed_by), "
                "reviewed_at = COALESCE(excluded.reviewed_at, reviewed_at)",
                (
                    record_id,
                    status,
                    corrections,
                    reviewer if reviewed else None,
                    at if reviewed else None,
                ),
            )

    def reviewed_ids(self) -> set[str]:
        return {
            r[0] for r in self._query("SELECT record_id FROM state WHERE reviewed_at IS NOT NULL")
        }

    def learn(self, entry: Learned, reviewer: str) -> None:
        """Remember that `entry.heading` introduces `entry.field` (a later assignment replaces it)."""
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO learned VALUES (?,?,?,?,?,?,?)",
                (
                    entry.record_type,
                    entry.key,
                    entry.heading,
                    entry.field,
                    entry.language,
                    reviewer,
                    _now(),
                ),
            )

    def learned(self) -> list[Learned]:
        rows = self._query(
            "SELECT record_type, key, heading, field, language FROM learned ORDER BY record_type, key"
        )
        return [Learned(*row) for row in rows]


def _index_row(
    record_id: str, output: OutputFile, index: int, record: dict[str, Any]
) -> tuple[Any, ...]:
    fields = record.get("fields")
    worker = fields.get("worker_name") if isinstance(fields, dict) else None
    source = output.data.get("source") or {}
    language = record.get("language")
    return (
        record_id,
        output.label,
        output.source_path,
        source.get("format") if isinstance(source.get("format"), str) else None,
        source.get("sha256") if isinstance(source.get("sha256"), str) else None,
        index,
        str(record.get("record_type") or "unknown"),
        status_of(record),
        _confidence(record),
        " ".join(worker.split()) if isinstance(worker, str) and worker.strip() else None,
        language if isinstance(language, str) else None,
        priority(record),
        json.dumps(record, ensure_ascii=False),
    )


LOCK_NAME = "review.lock"


def lock_run(out_dir: Path) -> int:
    """Return an open descriptor holding the run's review lock, or raise naming the holder.

    The lock is released when the process ends, however it ends.
    """
    import fcntl

    path = out_dir / RUN_STATE_DIR / LOCK_NAME
    ensure_dir(path.parent, PRIVATE)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE.file)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
        os.close(fd)
        raise CasenotesError(
            f"another casenotes review is serving this run (pid {holder})", out_dir
        ) from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return fd
