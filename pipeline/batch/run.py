"""Process a batch of files: walk, decide what needs reading, read in workers, write as results come.

For each file the walk yields, in this order of decisions:
1. not a regular file, or a file already seen in this run (same device and
   inode: named twice, hard-linked, linked inside the tree) -> a failure or
   `skipped` line, nothing read;
2. unchanged since the manifest recorded it (size, mtime_ns, pipeline version
   and the options that shape its JSON all equal) and its output still
   present -> counted as unchanged, not hashed, not read; with `--docx`, a
   summary that is missing or was written with other settings (`--full-text`)
   is written from the stored JSON; a file that failed as bad input is
   reported again without being read again (timeouts, memory and crashes are
   retried, as they may depend on the machine);
3. byte-identical (sha256) to a file already done, in this run or an earlier
   one with the same settings -> its output is the original's with its own
   `source.path` and a "duplicate of <path>" warning, nothing read;
4. otherwise handed to the engine. Duplicates of a file still being read wait
   for it and share its outcome.

Each output is written atomically and only then recorded in the manifest,
so a run stopped at any moment (Ctrl-C, kill, power cut) resumes where it
stopped and produces the same bytes as an uninterrupted run. Inputs are only
ever opened for reading.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import stat
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path, PurePath
from typing import Any

from pipeline.batch.engines import EngineOptions, StopFlag, Task, open_engine
from pipeline.batch.manifest import MANIFEST_DIR, Entry, Manifest, Status
from pipeline.batch.progress import NullReporter, Reporter
from pipeline.batch.summary import EmptyInput, MovedAside, RunSummary, TypeCount
from pipeline.batch.walk import Candidate, Skipped, WalkTally, walk_inputs
from pipeline.batch.worker import Outcome, WorkerConfig
from pipeline.ingest import sha256_of
from pipeline.options import ExtractOptions, IngestOptions, OutputOptions
from pipeline.records import FileFailure, status_of
from pipeline.specs import load_schemas
from pipeline.version import __version__
from pipeline.write.atomic import Modes, ensure_dir, modes_for, remove_abandoned_temps
from pipeline.write.json_records import (
    JSON_SUFFIX,
    duplicate_json,
    render_line,
    summary_path_of,
    write_errors,
    write_records,
    write_result,
)

# Outputs of inputs that now fail or are gone go here, out of every reader's way but not lost.
STALE_DIR = Path(MANIFEST_DIR) / "stale"
# Failures that say something about the file itself, so an unchanged file would fail again.
_CACHED_FAILURE_KINDS = frozenset({"input"})

ResultHook = Callable[[dict[str, Any], Path], None]
"""Called with each written result (contract JSON) and the path its JSON has under --out
(in jsonl mode the path it would have); `--docx` writes its summary next to it."""
FROM_JSON_LINE = "unchanged; DOCX summary written from its JSON"


@dataclass(frozen=True)
class RunConfig:
    """Everything a batch needs besides its inputs; built once by the CLI."""

    out_dir: Path
    ingest: IngestOptions = field(default_factory=IngestOptions)
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    output: OutputOptions = field(default_factory=OutputOptions)
    engine: EngineOptions = field(default_factory=EngineOptions)
    force: bool = False


def options_fingerprint(
    ingest: IngestOptions, extract: ExtractOptions, output: OutputOptions
) -> str:
    """Return a short hash of every setting that can change a file's JSON.

    Paths and limits of the run itself (workers, timeout, memory) are left
    out; so is the password's value (only whether one was given), to keep it
    out of the manifest. The DOCX summary's settings are `summary_fingerprint`:
    a summary can be written from the JSON without reading the file again.
    """
    ingest_data = dataclasses.asdict(ingest)
    ingest_data["password"] = ingest.password is not None
    data = {
        "ingest": ingest_data,
        "month_first": extract.month_first,
        "schemas": _schema_digest(extract.schema_dirs),
        "format": output.format,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def summary_fingerprint(output: OutputOptions) -> str | None:
    """Return a short hash of the settings a DOCX summary is written with; None without --docx."""
    if not output.docx:
        return None
    data = {"full_text": output.full_text, "version": __version__}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def summary_writer(schema_dirs: Sequence[Path], full_text: bool) -> ResultHook:
    """Return the `--docx` writer: a summary next to each result's JSON path."""
    from pipeline.records import FileResult
    from pipeline.write.docx_summary import write_summary  # python-docx: only when asked for

    schemas = load_schemas(schema_dirs)

    def write(data: dict[str, Any], json_path: Path) -> None:
        write_summary(
            FileResult.from_json(data),
            summary_path_of(json_path),
            schemas=schemas,
            full_text=full_text,
            version=__version__,
        )

    return write


def _schema_digest(extra_dirs: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    directories: list[Any] = [resources.files("pipeline.schemas"), *(Path(d) for d in extra_dirs)]
    for directory in directories:
        for file in sorted(
            (f for f in directory.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
        ):
            digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


# A nested path of the contract, "entries[0].duration_minutes", counts entries from 0.
_NESTED_PATH = re.compile(r"^(?P<field>\w+)\[(?P<index>\d+)\]\.(?P<sub>\w+)$")


def _shown(path: str) -> str:
    """Return a missing field as people count: "entries[0].time" -> "time (entries no. 1)".

    The DOCX summary and the audit number entries from 1; the screen must agree.
    """
    nested = _NESTED_PATH.match(path)
    if nested is None:
        return path
    return f"{nested['sub']} ({nested['field']} no. {int(nested['index']) + 1})"


def summary_line(data: dict[str, Any]) -> str:
    """Return a file's one-line summary: record types and status, field names only."""
    parts = []
    for record in data["records"]:
        status = status_of(record)
        name = record["record_type"]
        if status == "not_assessed":
            parts.append(f"{name} (not a case note)")
        elif status == "complete":
            parts.append(f"{name} complete")
        elif status == "needs_review":
            fields = ", ".join(r["field"] for r in record["needs_review"])
            parts.append(f"{name} needs review (check {fields})")
        else:
            missing = ", ".join(_shown(path) for path in record["missing_required"])
            text = f"{name} incomplete (missing {missing}"
            if record.get("needs_review"):
                text += f"; check {', '.join(r['field'] for r in record['needs_review'])}"
            parts.append(text + ")")
    return "; ".join(parts) or "no records"


@dataclass(frozen=True)
class _Job:
    """A file handed to the engine, with what the manifest will need when it is done."""

    path: str
    output: PurePath  # the JSON's path relative to the output directory
    size: int
    mtime_ns: int
    sha256: str


class _Tally:
    """Counts kept while the batch runs (main thread only)."""

    def __init__(self) -> None:
        self.written = self.unchanged = self.duplicates = self.pages = self.ocr_pages = 0
        self.summaries_from_json = 0  # unchanged files whose DOCX summary was written from the JSON
        self.handled = 0  # walk items with a final outcome
        self.failures: list[FileFailure] = []
        self.type_files: Counter[str] = Counter()
        self.type_complete: Counter[str] = Counter()
        self.type_incomplete: Counter[str] = Counter()
        self.type_review: Counter[str] = Counter()

    def add_result(self, data: dict[str, Any]) -> None:
        self.pages += int(data["source"]["pages"])
        self.ocr_pages += len(data["source"]["ocr_pages"])
        for record_type in {r["record_type"] for r in data["records"]}:
            self.type_files[record_type] += 1
        for record in data["records"]:
            status = status_of(record)
            if status == "complete":
                self.type_complete[record["record_type"]] += 1
            elif status == "incomplete":
                self.type_incomplete[record["record_type"]] += 1
            elif status == "needs_review":
                self.type_review[record["record_type"]] += 1

    def by_type(self) -> tuple[TypeCount, ...]:
        return tuple(
            TypeCount(
                t,
                self.type_files[t],
                self.type_complete[t],
                self.type_incomplete[t],
                self.type_review[t],
            )
            for t in sorted(self.type_files)
        )


class _Batch:
    """The decisions and writes of one batch; `tasks()` feeds the engine, `sink()` takes its results."""

    def __init__(
        self,
        config: RunConfig,
        manifest: Manifest,
        reporter: Reporter,
        on_result: ResultHook | None,
    ) -> None:
        self.config = config
        self.manifest = manifest
        self.reporter = reporter
        self.on_result = on_result
        self.summarize = (
            summary_writer(config.extract.schema_dirs, config.output.full_text)
            if config.output.docx
            else None
        )
        self.summary = summary_fingerprint(config.output)
        self.modes: Modes = modes_for(config.output.group_readable)
        self.options = options_fingerprint(config.ingest, config.extract, config.output)
        self.run_id = uuid.uuid4().hex
        self.tally = _Tally()
        self.jobs: dict[int, _Job] = {}
        self.reading: dict[str, _Job] = {}  # sha256 -> the job reading that content
        self.waiting: dict[str, list[_Job]] = {}  # sha256 -> duplicates waiting for it
        self.walked = WalkTally()
        self.moved: list[MovedAside] = []
        self._ids = iter(range(1, 1 << 62))

    @property
    def jsonl(self) -> bool:
        return self.config.output.format == "jsonl"

    # -- deciding ----------------------------------------------------------

    def tasks(self, inputs: Sequence[Path], stop: StopFlag) -> Iterator[Task]:
        """Yield the files that need reading; settle every other walk item on the way.

        Checks `stop` at every item: a long stretch of unchanged files yields
        nothing to the engine, and Ctrl-C must still end it promptly.
        """
        for item in walk_inputs(inputs, exclude=self.config.out_dir, tally=self.walked):
            if stop():
                return
            if isinstance(item, Skipped):
                self._fail(FileFailure(item.path, item.reason, "skipped"))
                continue
            job = self._plan(item)
            if job is not None:
                task = Task(next(self._ids), job.path)
                self.jobs[task.id] = job
                yield task

    def _plan(self, candidate: Candidate) -> _Job | None:
        path = candidate.path
        try:
            info = os.stat(path)
        except OSError as exc:
            self._fail(FileFailure(path, f"cannot open: {exc.strerror or exc}", "input"))
            return None
        if not stat.S_ISREG(info.st_mode):
            self._fail(FileFailure(path, "not a regular file", "input"))
            return None
        seen_as = self.manifest.first_seen(info.st_dev, info.st_ino, path)
        if seen_as is not None:
            self._fail(FileFailure(path, f"same file as {seen_as}, read once", "skipped"))
            return None
        output = self.manifest.claim_output(
            path, candidate.relative.with_name(candidate.relative.name + JSON_SUFFIX)
        )
        entry = self.manifest.get(path)
        if (
            entry
            and not self.config.force
            and entry.unchanged(info.st_size, info.st_mtime_ns, __version__, self.options)
        ):
            if entry.status in ("done", "duplicate") and self._output_present(entry):
                self.tally.unchanged += 1
                self._settled(path, self._summary_from_json(entry, output), 0)
                return None
            if entry.status == "failed" and entry.failure_kind in _CACHED_FAILURE_KINDS:
                # Already recorded as failed; reported again, not read again.
                self._fail(FileFailure(path, str(entry.failure_reason), "input"), output=output)
                return None
        try:
            sha256 = sha256_of(Path(path))
        except OSError as exc:  # unreadable (permissions), or gone since the walk
            failure = FileFailure(path, f"cannot open: {exc.strerror or exc}", "input")
            self._fail(failure, output=output)
            return None
        job = _Job(path, output, info.st_size, info.st_mtime_ns, sha256)
        if job.sha256 in self.reading:
            self.waiting.setdefault(job.sha256, []).append(job)
            return None
        original = self.manifest.original_of(
            job.sha256, __version__, self.options, self.run_id if self.config.force else None
        )
        if original is not None and original.input_path != path:
            data = self._stored(original)
            if data is not None:
                self._write_duplicate(job, data, original.input_path)
                return None
        self._put(job, "queued")
        self.reading[job.sha256] = job
        return job

    def _summary_from_json(self, entry: Entry, output: PurePath) -> str | None:
        """Write the DOCX summary of an unchanged file from its stored JSON when it is due.

        Due when --docx is on and the summary is missing or was written with other
        settings. Return the per-file line saying so, or None when nothing was written.
        """
        if self.summarize is None or self.summary is None:
            return None
        target = self.config.out_dir / output
        if entry.summary == self.summary and summary_path_of(target).is_file():
            return None
        data = self._stored(entry)
        if data is None or not self._call(self.summarize, entry.input_path, data, target):
            return None
        self.manifest.set_summary(entry.input_path, self.summary)
        self.tally.summaries_from_json += 1
        return FROM_JSON_LINE

    def _output_present(self, entry: Entry) -> bool:
        if self.jsonl:
            return self.manifest.record_json(entry.input_path) is not None
        return entry.output_path is not None and (self.config.out_dir / entry.output_path).is_file()

    def _stored(self, entry: Entry) -> dict[str, Any] | None:
        """Return the JSON written for `entry`, or None if it is gone or unreadable."""
        try:
            if self.jsonl:
                text = self.manifest.record_json(entry.input_path)
            elif entry.output_path is not None:
                text = (self.config.out_dir / entry.output_path).read_text(encoding="utf-8")
            else:
                text = None
            data: dict[str, Any] | None = json.loads(text) if text else None
        except (OSError, ValueError):
            return None
        return data

    # -- results -----------------------------------------------------------

    def sink(self, task: Task, outcome: Outcome) -> None:
        """Write the outcome of a finished task, and of the duplicates that waited for it."""
        job = self.jobs.pop(task.id)
        if self.reading.get(job.sha256) is job:
            del self.reading[job.sha256]
        waiting = self.waiting.pop(job.sha256, [])
        if isinstance(outcome, FileFailure):
            self._fail(outcome, job=job)
            for duplicate in waiting:
                reason = f"{outcome.reason} (same content as {job.path})"
                self._fail(FileFailure(duplicate.path, reason, outcome.kind), job=duplicate)
            return
        data = outcome.to_json()
        self._write(job, data, "done")
        self.tally.written += 1
        self._settled(job.path, summary_line(data), int(data["source"]["pages"]))
        for duplicate in waiting:
            self._write_duplicate(duplicate, data, job.path)

    def _write_duplicate(self, job: _Job, original: dict[str, Any], original_path: str) -> None:
        self._write(
            job, duplicate_json(original, job.path, original_path), "duplicate", original_path
        )
        self.tally.duplicates += 1
        self._settled(job.path, f"duplicate of {original_path}", 0)

    def _write(
        self, job: _Job, data: dict[str, Any], status: Status, duplicate_of: str | None = None
    ) -> None:
        target = self.config.out_dir / job.output
        line = render_line(data) if self.jsonl else None
        if not self.jsonl:
            write_result(target, data, self.modes)
        wrote = self.summarize is not None and self._call(self.summarize, job.path, data, target)
        if self.on_result is not None:
            self._call(self.on_result, job.path, data, target)
        summary = self.summary if wrote else None
        self._put(job, status, duplicate_of=duplicate_of, record_json=line, summary=summary)
        if status == "done":
            self.tally.add_result(data)

    def _call(self, hook: ResultHook, path: str, data: dict[str, Any], target: Path) -> bool:
        """Run a side output (the DOCX summary, the caller's hook); False if it failed.

        A failed side output is a `crash` line for its file; the batch goes on.
        """
        try:
            hook(data, target)
        except Exception as exc:  # noqa: BLE001 - a failed side output must not stop the batch
            failure = FileFailure(path, f"result hook failed ({type(exc).__name__})", "crash")
            self.tally.failures.append(failure)
            self.reporter.error(failure)
            return False
        return True

    def _put(
        self,
        job: _Job,
        status: Status,
        *,
        duplicate_of: str | None = None,
        failure: FileFailure | None = None,
        record_json: str | None = None,
        summary: str | None = None,
    ) -> None:
        self.manifest.put(
            Entry(
                input_path=job.path,
                size=job.size,
                mtime_ns=job.mtime_ns,
                sha256=job.sha256,
                version=__version__,
                options=self.options,
                output_path=str(job.output),
                status=status,
                duplicate_of=duplicate_of,
                failure_kind=failure.kind if failure else None,
                failure_reason=failure.reason if failure else None,
                run_id=self.run_id,
                summary=summary,
            ),
            record_json,
        )

    def _settled(self, path: str, line: str | None, pages: int) -> None:
        self.tally.handled += 1
        self.reporter.done(path, line, pages)

    def _fail(
        self, failure: FileFailure, *, job: _Job | None = None, output: PurePath | None = None
    ) -> None:
        """Settle a walk item as failed; with `job`, remember the failure in the manifest.

        An output the item had from an earlier run (at `job.output` or `output`)
        is moved aside: readers of the run must not find a record of a file
        that now fails.
        """
        if job is not None:
            self._put(job, "failed", failure=failure)
            output = job.output
        if output is not None:
            self._move_aside(failure.path, output, "now fails")
        self.tally.failures.append(failure)
        self.reporter.error(failure)
        self._settled(failure.path, None, 0)

    def _move_aside(self, path: str, output: PurePath, reason: str) -> None:
        """Move an earlier run's JSON (and DOCX summary) of `path` under `STALE_DIR`, and say so."""
        if self.jsonl:  # records.jsonl is rebuilt from the manifest, which no longer lists it
            return
        found = self.config.out_dir / output
        if not found.is_file():
            return
        stale = self.config.out_dir / STALE_DIR / output
        ensure_dir(stale.parent, self.modes)
        for companion in (found, summary_path_of(found)):
            if companion.is_file():
                os.replace(companion, stale.with_name(companion.name))
        self.moved.append(MovedAside(path, reason, stale))

    def sweep_vanished(self, inputs: Sequence[Path]) -> None:
        """Forget inputs below the named folders that no longer exist, moving their outputs aside.

        Only entries under a folder named in this run are looked at: outputs of
        inputs not named this time stay where they are.
        """
        for given in inputs:
            spelled = os.fspath(given)
            if not os.path.isdir(spelled):
                continue
            for entry in self.manifest.entries_under(spelled):
                if os.path.lexists(entry.input_path):
                    continue
                if entry.output_path is not None and entry.status in ("done", "duplicate"):
                    reason = "input no longer exists"
                    self._move_aside(entry.input_path, PurePath(entry.output_path), reason)
                self.manifest.forget(entry.input_path)

    def left_over(self, unfinished: Sequence[Task]) -> int:
        """Return how many files the stop left unfinished (read or waiting)."""
        return len(unfinished) + sum(len(w) for w in self.waiting.values())


class _WalkCounter(threading.Thread):
    """Counts the walk's items ahead of the batch, so progress can show a total early.

    The walk is cheap next to reading files; walking twice costs little and
    keeps the batch itself streaming. `total` is None until the count is done.
    """

    def __init__(self, inputs: Sequence[Path], exclude: Path, reporter: Reporter) -> None:
        super().__init__(daemon=True)
        self._inputs = inputs
        self._exclude = exclude
        self._reporter = reporter
        self.halt = threading.Event()
        self.total: int | None = None

    def run(self) -> None:
        count = 0
        for _ in walk_inputs(self._inputs, exclude=self._exclude):
            if self.halt.is_set():
                return
            count += 1
            self._reporter.found(count, final=False)
        self.total = count
        self._reporter.found(count, final=True)


def process_batch(
    inputs: Sequence[Path],
    config: RunConfig,
    reporter: Reporter | None = None,
    on_result: ResultHook | None = None,
    stop: StopFlag = lambda: False,
) -> RunSummary:
    """Process every file under `inputs` into `config.out_dir`; return what happened.

    Raises `SchemaError` before any work if the schemas do not load, and
    `EngineError` if workers cannot run at all. `errors.jsonl` (and, in jsonl
    mode, `records.jsonl`) is written even then, and when `stop()` ends the
    run early.
    """
    started = time.monotonic()
    reporter = reporter or NullReporter()
    load_schemas(config.extract.schema_dirs)  # fail here, once, rather than in every worker
    modes = modes_for(config.output.group_readable)
    ensure_dir(config.out_dir, modes)
    worker_config = WorkerConfig(config.ingest, config.extract, config.output.verbose_content)
    counter = _WalkCounter(inputs, config.out_dir, reporter)
    unfinished: list[Task] = []
    records_path: Path | None = None
    with Manifest(config.out_dir, modes) as manifest:
        remove_abandoned_temps(
            config.out_dir
        )  # a killed run's; the manifest's lock makes them dead
        batch = _Batch(config, manifest, reporter, on_result)
        engine = open_engine(worker_config, config.engine, reporter)
        counter.start()
        try:
            unfinished = engine.run(batch.tasks(inputs, stop), batch.sink, stop)
            if not stop():
                batch.sweep_vanished(inputs)
        finally:
            engine.close()
            counter.halt.set()
            errors_path = write_errors(config.out_dir, batch.tally.failures, modes)
            if batch.jsonl:
                records_path = write_records(
                    config.out_dir, manifest.done_lines(__version__, batch.options), modes
                )
            reporter.close()
    interrupted = stop()
    counter.join(timeout=0.1)
    total = counter.total
    tally = batch.tally
    if interrupted and total is not None:
        # The count can drift if files appear or vanish during the run.
        left, left_exact = max(total - tally.handled, 0), True
    else:
        left, left_exact = batch.left_over(unfinished), not interrupted
    empty = (
        ()
        if interrupted
        else tuple(
            EmptyInput(path, tuple(sorted(passed.items(), key=lambda kv: (-kv[1], kv[0]))))
            for path, passed in batch.walked.empty_inputs()
        )
    )
    return RunSummary(
        empty_inputs=empty,
        moved_aside=tuple(batch.moved),
        written=tally.written,
        unchanged=tally.unchanged,
        summaries_from_json=tally.summaries_from_json,
        duplicates=tally.duplicates,
        failures=tuple(sorted(tally.failures, key=lambda f: (f.path, f.kind, f.reason))),
        by_type=tally.by_type(),
        pages=tally.pages,
        ocr_pages=tally.ocr_pages,
        elapsed_s=time.monotonic() - started,
        interrupted=interrupted,
        left=left,
        left_exact=left_exact,
        peak_worker_rss=engine.peak_worker_rss,
        errors_path=errors_path,
        records_path=records_path,
    )
