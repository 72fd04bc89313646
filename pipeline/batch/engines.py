"""Run `process_file` over many files in worker processes that may fail one at a time.

Two engines, one contract: `run(tasks, sink, stop)` pulls `Task`s from an
iterator only as workers free up (so a walk of 100k files is never
materialised), calls `sink(task, outcome)` in the calling thread for every
finished task, and returns the tasks still unfinished when `stop()` turned
true (empty after a full run).

- `WorkerPool` (`--engine local`): long-lived worker processes started fresh
  (`python -c`, the equivalent of multiprocessing's "spawn": no inherited
  state, and allowed from daemonic processes such as Dask workers), each in
  its own session so a Ctrl-C reaches only the parent and a kill takes the
  worker's own children (LibreOffice, say) with it. The pool enforces the
  per-file timeout and the per-worker memory limit (RSS of the worker and its
  children, sampled with psutil); a worker that hangs, grows too big or dies
  is killed and replaced, and its file becomes a timeout/memory/crash
  failure. One dead worker never takes the others down, unlike
  `ProcessPoolExecutor`, whose pool breaks as a whole.
- `DaskEngine` (`--engine dask`): each file is a Dask task. Inside each Dask
  worker thread the task runs through a one-worker `WorkerPool`, so limits,
  crashes and results are exactly those of the local engine. Results come
  back to the client, which writes them with the same writer.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Literal, Protocol

from pipeline.batch.worker import Outcome, WorkerConfig
from pipeline.errors import CasenotesError
from pipeline.records import FileFailure

EngineKind = Literal["local", "dask"]
ENGINE_KINDS: tuple[EngineKind, ...] = ("local", "dask")

# How long the pool sleeps waiting for results before it checks clocks and memory again.
POLL_S = 0.25
# The Dask client has no blocking wait with a timeout that stays responsive to Ctrl-C.
DASK_POLL_S = 0.05
# Files handed to Dask per worker thread: one running and one queued keeps threads busy.
DASK_IN_FLIGHT_PER_THREAD = 2
# A worker asked to stop gets this long to exit before it is killed.
STOP_GRACE_S = 2.0
# Workers that die before they are ready this many times in a row mean a broken install.
MAX_START_FAILURES = 3
_MB = 1 << 20
_SERVE = (
    "import sys; from pipeline.batch.worker import serve; serve(int(sys.argv[1]), int(sys.argv[2]))"
)


class EngineError(CasenotesError):
    """Workers cannot run at all (they die while starting, or the schemas fail to load there)."""


def _default_workers() -> int:
    return os.cpu_count() or 1


@dataclass(frozen=True)
class EngineOptions:
    """Where and within which limits files are processed."""

    kind: EngineKind = "local"
    workers: int = field(default_factory=_default_workers)
    scheduler: str | None = None  # a Dask scheduler address; None starts a local cluster
    timeout_s: float = 300.0
    max_memory_mb: int = 2048

    def __post_init__(self) -> None:
        if self.kind not in ENGINE_KINDS:
            raise ValueError(f"engine must be one of {ENGINE_KINDS}, not {self.kind!r}")
        if self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.timeout_s <= 0:
            raise ValueError("timeout must be positive")
        if self.max_memory_mb <= 0:
            raise ValueError("max-memory-mb must be positive")
        if self.scheduler is not None and self.kind != "dask":
            raise ValueError("a scheduler address needs --engine dask")


@dataclass(frozen=True)
class Task:
    """One file to process; `id` is unique within a run."""

    id: int
    path: str


class Monitor(Protocol):
    """Told which file each worker is reading (for the progress display)."""

    def busy(self, slot: int, path: str) -> None: ...

    def idle(self, slot: int) -> None: ...


Sink = Callable[[Task, Outcome], None]
StopFlag = Callable[[], bool]


class Engine(Protocol):
    """What `process_batch` needs of an engine (see the module docstring for the contract)."""

    @property
    def peak_worker_rss(self) -> int:
        """The highest worker RSS sampled, in bytes; 0 when the engine cannot see its workers."""
        ...

    def run(self, tasks: Iterator[Task], sink: Sink, stop: StopFlag) -> list[Task]: ...

    def close(self) -> None: ...


def _worker_env() -> dict[str, str]:
    env = dict(os.environ)
    # One tesseract thread per worker: processes scale, tesseract's own threads barely do.
    env.setdefault("OMP_THREAD_LIMIT", "1")
    # The worker must import this very pipeline, installed or not.
    # (this file is pipeline/batch/engines.py: three levels below the root)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _describe_exit(returncode: int | None) -> str:
    if returncode is not None and returncode < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-returncode).name}"
    return f"exited with code {returncode}"


class _Worker:
    """One worker process, its two pipes, and the task it is on."""

    def __init__(self, slot: int, config: WorkerConfig, env: dict[str, str], quiet: bool) -> None:
        import psutil

        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _SERVE, str(task_r), str(result_w)],
                pass_fds=(task_r, result_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                # Library chatter on stderr can quote a document; it is shown only with --verbose-content.
                stderr=subprocess.DEVNULL if quiet else None,
                env=env,
                start_new_session=True,
            )
        except BaseException:
            os.close(task_w)
            os.close(result_r)
            raise
        finally:
            os.close(task_r)
            os.close(result_w)
        self.slot = slot
        self.tasks = Connection(task_w, readable=False)
        self.results = Connection(result_r, writable=False)
        self.ready = False
        self.task: Task | None = None
        self.started = 0.0
        self._ps = psutil.Process(self.process.pid)
        self._send(config)

    def _send(self, message: Any) -> None:
        # A worker that died already is noticed when its result pipe reports EOF.
        with contextlib.suppress(BrokenPipeError, OSError):
            self.tasks.send(message)

    def assign(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self._send((task.id, task.path))

    def rss(self) -> int:
        """Return the resident memory of the worker and its children in bytes (0 if gone)."""
        import psutil

        try:
            return int(
                self._ps.memory_info().rss
                + sum(child.memory_info().rss for child in self._ps.children(recursive=True))
            )
        except psutil.Error:
            return 0

    def kill(self) -> None:
        """Kill the worker, its process group, and descendants that left the group.

        A reader may start a helper in a session of its own (LibreOffice does, so
        it can time it out); such a helper would outlive a group kill.
        """
        import psutil

        try:
            descendants = self._ps.children(recursive=True)
        except psutil.Error:
            descendants = []
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        for child in descendants:
            with contextlib.suppress(psutil.Error):
                child.kill()
        self.process.wait()
        self._close_pipes()

    def stop(self) -> None:
        self._send(None)
        try:
            self.process.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close_pipes()

    def reap(self) -> str:
        """Return how the (already dead) process ended."""
        try:
            self.process.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close_pipes()
        return _describe_exit(self.process.returncode)

    def _close_pipes(self) -> None:
        self.tasks.close()
        self.results.close()


class WorkerPool:
    """A fixed number of worker processes, replaced one by one when they fail.

    Workers start when the first task arrives. After `run` returned because
    `stop()` was true, only `close` may follow.
    """

    def __init__(
        self,
        size: int,
        config: WorkerConfig,
        options: EngineOptions,
        monitor: Monitor | None = None,
    ) -> None:
        self._size = size
        self._config = config
        self._options = options
        self._monitor = monitor
        self._env = _worker_env()
        self._workers: list[_Worker] = []
        self._start_failures = 0
        self._peak_rss = 0
        self._next_memory_check = 0.0

    @property
    def peak_worker_rss(self) -> int:
        """Return the highest RSS (bytes) any worker reached while sampled."""
        return self._peak_rss

    def _start(self, slot: int) -> _Worker:
        return _Worker(slot, self._config, self._env, quiet=not self._config.verbose_content)

    def run(self, tasks: Iterator[Task], sink: Sink, stop: StopFlag) -> list[Task]:
        """Process `tasks` until exhausted or `stop()`; return the tasks left unfinished."""
        if not self._workers:
            first = next(tasks, None)
            if first is None:
                return []
            tasks = itertools.chain((first,), tasks)
            self._workers = [self._start(slot) for slot in range(self._size)]
        exhausted = False
        while True:
            if stop():
                return self._abandon()
            if not exhausted:
                exhausted = self._dispatch(tasks)
            if exhausted and not any(w.task for w in self._workers):
                return []
            ready = wait([w.results for w in self._workers], timeout=self._wait_time())
            for conn in ready:
                worker = next((w for w in self._workers if w.results is conn), None)
                if worker is not None:  # it may have been replaced earlier in this round
                    self._receive(worker, sink)
            self._enforce_limits(sink)

    def _dispatch(self, tasks: Iterator[Task]) -> bool:
        """Give each idle worker a task; return True when `tasks` is exhausted."""
        for worker in self._workers:
            if worker.ready and worker.task is None:
                task = next(tasks, None)
                if task is None:
                    return True
                worker.assign(task)
                if self._monitor:
                    self._monitor.busy(worker.slot, task.path)
        return False

    def _wait_time(self) -> float:
        deadlines = [w.started + self._options.timeout_s for w in self._workers if w.task]
        if not deadlines:
            return POLL_S
        return max(0.0, min(POLL_S, min(deadlines) - time.monotonic()))

    def _finish(self, worker: _Worker, sink: Sink, outcome: Outcome) -> None:
        task = worker.task
        assert task is not None
        worker.task = None
        if self._monitor:
            self._monitor.idle(worker.slot)
        sink(task, outcome)

    def _replace(self, worker: _Worker) -> None:
        self._workers[self._workers.index(worker)] = self._start(worker.slot)

    def _receive(self, worker: _Worker, sink: Sink) -> None:
        try:
            message = worker.results.recv()
        except (EOFError, OSError):
            self._lost(worker, sink)
            return
        if message[0] == "ready":
            worker.ready = True
            self._start_failures = 0
        elif message[0] == "fatal":
            raise EngineError(str(message[1]))
        else:
            self._finish(worker, sink, message[1])
            rss = worker.rss()
            self._peak_rss = max(self._peak_rss, rss)
            if rss > self._options.max_memory_mb * _MB:
                # Grown past the limit over many files: start afresh before the next one.
                worker.stop()
                self._replace(worker)

    def _lost(self, worker: _Worker, sink: Sink) -> None:
        how = worker.reap()
        self._replace(worker)
        if worker.task is not None:
            reason = f"worker process {how} while reading this file"
            self._finish(worker, sink, FileFailure(worker.task.path, reason, "crash"))
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise EngineError(f"worker processes {how} while starting; is casenotes installed?")

    def _fail(self, worker: _Worker, sink: Sink, failure: FileFailure) -> None:
        worker.kill()
        self._replace(worker)
        self._finish(worker, sink, failure)

    def _enforce_limits(self, sink: Sink) -> None:
        now = time.monotonic()
        check_memory = now >= self._next_memory_check
        if check_memory:
            self._next_memory_check = now + POLL_S
        limit = self._options.max_memory_mb * _MB
        for worker in list(self._workers):
            task = worker.task
            if task is None:
                continue
            if now - worker.started > self._options.timeout_s:
                reason = f"timed out after {self._options.timeout_s:g} s; worker stopped"
                self._fail(worker, sink, FileFailure(task.path, reason, "timeout"))
            elif check_memory:
                rss = worker.rss()
                self._peak_rss = max(self._peak_rss, rss)
                if rss > limit:
                    reason = (
                        f"worker memory {rss // _MB} MB exceeded --max-memory-mb "
                        f"{self._options.max_memory_mb}; worker stopped"
                    )
                    self._fail(worker, sink, FileFailure(task.path, reason, "memory"))

    def _abandon(self) -> list[Task]:
        left = [w.task for w in self._workers if w.task is not None]
        for worker in [w for w in self._workers if w.task is not None]:
            worker.kill()
            if self._monitor:
                self._monitor.idle(worker.slot)
            self._workers.remove(worker)
        return left

    def close(self) -> None:
        """Stop every worker: idle ones gracefully; busy or still starting ones at once.

        A busy worker here means the run was aborted (an exception, a second
        Ctrl-C): its file is abandoned, as after a stop.
        """
        for worker in self._workers:
            if worker.ready and worker.task is None:
                worker.stop()
            else:
                worker.kill()
        self._workers = []


# One single-worker pool per (Dask worker thread, settings), kept for the life of the Dask worker.
_DASK_POOLS: dict[tuple[int, WorkerConfig, EngineOptions], WorkerPool] = {}
_DASK_POOLS_LOCK = threading.Lock()


def _close_dask_pools() -> None:
    with _DASK_POOLS_LOCK:
        for pool in _DASK_POOLS.values():
            pool.close()
        _DASK_POOLS.clear()


def run_on_dask(task: Task, config: WorkerConfig, options: EngineOptions) -> Outcome:
    """Return the outcome of one task; runs inside a Dask worker (a Dask task function)."""
    key = (threading.get_ident(), config, options)
    with _DASK_POOLS_LOCK:
        if not _DASK_POOLS:
            atexit.register(_close_dask_pools)
        pool = _DASK_POOLS.get(key)
        if pool is None:
            pool = _DASK_POOLS[key] = WorkerPool(1, config, options)
    outcomes: list[Outcome] = []
    pool.run(iter((task,)), lambda _task, outcome: outcomes.append(outcome), lambda: False)
    return outcomes[0]


class DaskEngine:
    """Files as Dask tasks on a given scheduler, or on a local cluster started for the run."""

    def __init__(
        self, config: WorkerConfig, options: EngineOptions, monitor: Monitor | None = None
    ) -> None:
        self._config = config
        self._options = options
        self._monitor = monitor
        self._client: Any = None
        self._cluster: Any = None
        # Task keys must be unique on a shared scheduler, across runs too.
        self._token = uuid.uuid4().hex[:12]

    @property
    def peak_worker_rss(self) -> int:
        return 0  # sampled inside the Dask workers, not reported back

    def _connect(self) -> Any:
        from distributed import Client, LocalCluster

        if self._options.scheduler:
            self._client = Client(self._options.scheduler)
        else:
            self._cluster = LocalCluster(
                n_workers=self._options.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
                memory_limit=0,  # the worker pools enforce --max-memory-mb themselves
            )
            self._client = Client(self._cluster)
        return self._client

    def run(self, tasks: Iterator[Task], sink: Sink, stop: StopFlag) -> list[Task]:
        """Process `tasks` on the cluster until exhausted or `stop()`; return those left."""
        from distributed import as_completed

        first = next(tasks, None)
        if first is None:
            return []
        tasks = itertools.chain((first,), tasks)
        client = self._client or self._connect()
        capacity = DASK_IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
        pending: dict[Any, Task] = {}
        completed = as_completed()
        exhausted = False
        while True:
            if stop():
                for future in pending:
                    future.cancel()
                return list(pending.values())
            while not exhausted and len(pending) < capacity:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                future = client.submit(
                    run_on_dask,
                    task,
                    self._config,
                    self._options,
                    key=f"casenotes-{self._token}-{task.id}",
                    pure=False,
                )
                pending[future] = task
                completed.add(future)
                if self._monitor:
                    self._monitor.busy(task.id, task.path)
            if exhausted and not pending:
                return []
            if not completed.has_ready():
                time.sleep(DASK_POLL_S)
                continue
            for future in completed.next_batch(block=False):
                task = pending.pop(future)
                if self._monitor:
                    self._monitor.idle(task.id)
                try:
                    outcome = future.result()
                except Exception as exc:  # noqa: BLE001 - a lost Dask worker fails this file, not the run
                    reason = f"dask task failed ({type(exc).__name__})"
                    outcome = FileFailure(task.path, reason, "crash")
                sink(task, outcome)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def open_engine(
    config: WorkerConfig, options: EngineOptions, monitor: Monitor | None = None
) -> Engine:
    """Return the engine `options.kind` names; nothing starts until its first task."""
    if options.kind == "dask":
        return DaskEngine(config, options, monitor)
    return WorkerPool(options.workers, config, options, monitor)
