"""One file in, one result out: the code that runs inside a worker process.

`process_file` reads a file and extracts its records, and turns every
expected failure into a `FileFailure` value: it never raises for a bad file.
`serve` is a worker process's main loop: it receives its `WorkerConfig` once,
imports the stack and loads the schemas once, then answers one task after
another over a pipe until told to stop or its parent goes away.

Test hook (off unless the environment variable `CASENOTES_TEST_FAULTS=1` is
set): a file whose name contains `__hang__` hangs, `__crash__` kills its
worker with SIGSEGV, `__oom__` allocates memory until stopped, and `__slow__`
waits `SLOW_FAULT_S` before it is read normally. The test suite uses them to
prove that timeouts, crashes, memory limits and interrupts are survived.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from pipeline.errors import CasenotesError, DependencyMissing
from pipeline.options import ExtractOptions, IngestOptions
from pipeline.records import FileFailure, FileResult

FAULTS_ENV = "CASENOTES_TEST_FAULTS"
SLOW_FAULT_S = 0.5
# The __oom__ fault grows in steps small enough for the watcher to catch it between two.
_OOM_STEP_BYTES = 16 << 20
_OOM_STEP_S = 0.02
_PAGE_BYTES = 4096
# How often an orphaned worker notices that its parent is gone.
_PARENT_CHECK_S = 1.0
# Readers import their libraries on first use; a worker imports them before it says it is
# ready, so import time (~0.5 s) counts against no file's timeout. Missing ones are skipped.
_WARM_MODULES = ("pipeline.ingest.docx", "pipeline.ingest.pdf", "pipeline.ingest.ocr")


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs to turn a path into an outcome; sent once per worker."""

    ingest: IngestOptions
    extract: ExtractOptions
    verbose_content: bool = False


# What a worker sends back for one file: its records, or why there are none.
Outcome = FileResult | FileFailure


def _internal_error(exc: BaseException, verbose: bool) -> str:
    # Name the exception and where it came from, never its message: a message
    # can quote the document (a field value, a line of narrative).
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    detail = f": {' '.join(str(exc).split())[:300]}" if verbose else ""
    return f"internal error ({type(exc).__name__}{where}{detail}); please report it"


def _test_fault(path: str) -> None:
    name = os.path.basename(path)
    if "__hang__" in name:
        while True:
            time.sleep(60)
    if "__crash__" in name:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file from a deliberate crash
        os.kill(os.getpid(), signal.SIGSEGV)
    if "__oom__" in name:
        hog = []
        while True:
            block = bytearray(_OOM_STEP_BYTES)
            block[::_PAGE_BYTES] = b"\x01" * (len(block) // _PAGE_BYTES)  # touch every page
            hog.append(block)
            time.sleep(_OOM_STEP_S)
    if "__slow__" in name:
        time.sleep(SLOW_FAULT_S)


def process_file(path: str, config: WorkerConfig) -> Outcome:
    """Return the records of the file at `path`, or a `FileFailure` saying why there are none."""
    from pipeline.extract.extractor import extract_records
    from pipeline.ingest import read_document

    if os.environ.get(FAULTS_ENV) == "1":
        _test_fault(path)
    try:
        doc = read_document(path, config.ingest)
        result = extract_records(doc, config.extract)
    except DependencyMissing as exc:
        return FileFailure(path, exc.reason, "dependency")
    except CasenotesError as exc:
        return FileFailure(path, exc.reason, "input")
    except Exception as exc:  # noqa: BLE001 - a defect in one file's handling must not stop the run
        return FileFailure(path, _internal_error(exc, config.verbose_content), "crash")
    return result


def _exit_when_orphaned() -> None:
    parent = os.getppid()
    while True:
        time.sleep(_PARENT_CHECK_S)
        if os.getppid() != parent:
            os._exit(1)


def _import_stack() -> None:
    import importlib

    from pipeline.extract.extractor import extract_records  # noqa: F401 - the point is the import
    from pipeline.ingest import read_document  # noqa: F401
    from pipeline.language import guess_language

    for name in _WARM_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    guess_language("")  # loads the stop-word lists


def serve(task_fd: int, result_fd: int) -> None:
    """Run a worker: read `WorkerConfig` then task tuples `(id, path)` from `task_fd`, answer on `result_fd`.

    Messages sent: ("ready",) once the stack is loaded, ("fatal", message) if it
    cannot be, then `(id, Outcome)` per task. `None` or a closed pipe ends it.
    """
    # Ctrl-C is the parent's to handle: it decides what a worker is still doing.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, daemon=True).start()
    tasks = Connection(task_fd, writable=False)
    results = Connection(result_fd, readable=False)
    try:
        config: WorkerConfig = tasks.recv()
        _import_stack()
        from pipeline.extract.extractor import get_extractor

        # Schemas and the phrase index are built here, once, not for the first file.
        get_extractor(tuple(config.extract.schema_dirs), config.extract.month_first)
    except CasenotesError as exc:
        results.send(("fatal", exc.message))
        return
    except EOFError:
        return
    results.send(("ready",))
    while True:
        try:
            message = tasks.recv()
        except EOFError:
            return
        if message is None:
            return
        task_id, path = message
        results.send((task_id, process_file(path, config)))
