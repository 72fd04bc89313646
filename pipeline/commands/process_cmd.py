"""`casenotes process INPUT... --out DIR`: the batch command.

It parses options into frozen option objects, installs the Ctrl-C handler,
calls `pipeline.batch.run.process_batch` and formats the outcome; every decision
lives in the library. Exit codes: 0 all files read, 1 any file failed (or
workers could not run), 2 usage errors (bad option, bad schema directory),
128 + signal number when stopped by Ctrl-C (130) or SIGTERM (143).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from pipeline.batch.engines import ENGINE_KINDS, EngineOptions
from pipeline.commands.common import (
    apply_options,
    check_ocr_languages,
    ingest_options,
    ingest_options_from,
    load_schemas_or_exit,
    os_error_line,
    schema_dir_option,
)

# Both end the run the same way: finished outputs stay, the manifest lets a rerun resume.
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_SIGNAL_EXIT_BASE = 128
# Option defaults come from the option objects themselves: one place to change them.
_ENGINE = EngineOptions()


extract_options = apply_options(
    click.option(
        "--month-first",
        is_flag=True,
        help="Read 03/05/2024 as March 5 (default: day first, unless a document's dates can "
        "only be read month first, as 03/29/2024 can).",
    ),
    schema_dir_option,
)
output_options = apply_options(
    click.option(
        "--out",
        "out_dir",
        required=True,
        metavar="DIR",
        type=click.Path(file_okay=False, path_type=Path),
        help="Output directory (created private if missing).",
    ),
    click.option(
        "--format",
        "fmt",
        type=click.Choice(["json", "jsonl"]),
        default="json",
        show_default=True,
        help="One JSON per input, or one records.jsonl.",
    ),
    click.option("--docx", is_flag=True, help="Also write a DOCX summary next to each JSON."),
    click.option("--full-text", is_flag=True, help="DOCX summaries show narratives whole."),
    click.option("--group-readable", is_flag=True, help="Outputs 0750/0640 instead of 0700/0600."),
    click.option(
        "--verbose-content",
        is_flag=True,
        help="Allow case content in messages (library output, error details). Off by default.",
    ),
    click.option("--force", is_flag=True, help="Redo every file, even unchanged ones."),
    click.option(
        "--quiet", "-q", is_flag=True, help="No progress or per-file lines; failures only."
    ),
)
engine_options = apply_options(
    click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: one per CPU).",
    ),
    click.option(
        "--engine",
        type=click.Choice(ENGINE_KINDS),
        default=_ENGINE.kind,
        show_default=True,
        help="Local worker processes, or a Dask cluster.",
    ),
    click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Dask scheduler address (default with --engine dask: a local cluster).",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=_ENGINE.timeout_s,
        show_default=True,
        help="Seconds one file may take before its worker is stopped.",
    ),
    click.option(
        "--max-memory-mb",
        type=click.IntRange(min=1),
        default=_ENGINE.max_memory_mb,
        show_default=True,
        help="Memory (RSS) one worker may use before it is stopped.",
    ),
)


@click.command("process")
@click.argument(
    "inputs",
    nargs=-1,
    required=True,
    metavar="INPUT...",
    type=click.Path(exists=True, path_type=Path),
)
@output_options
@engine_options
@ingest_options
@extract_options
def process_command(inputs: tuple[Path, ...], out_dir: Path, **options: Any) -> None:
    """Turn case notes (PDF, scanned PDF or page images, Word) into one JSON record file each.

    INPUT may be files or directories (walked recursively for .pdf .docx .doc
    .rtf .odt, page images .jpg .jpeg .png .tif .tiff and extension-less
    files). Outputs mirror the input tree under
    --out (a.pdf -> a.pdf.json); errors.jsonl lists files that could not be
    read. A rerun skips files unchanged since the last run; Ctrl-C stops
    cleanly and a rerun resumes.

    Example: casenotes process samples/ --out out/ --workers 4
    """
    from pipeline.batch.progress import ConsoleReporter, print_summary
    from pipeline.batch.run import RunConfig, process_batch
    from pipeline.errors import CasenotesError
    from pipeline.options import ExtractOptions, OutputOptions

    o = options
    try:
        config = RunConfig(
            out_dir=out_dir,
            ingest=ingest_options_from(o),
            extract=ExtractOptions(
                month_first=o["month_first"], schema_dirs=tuple(o["schema_dirs"])
            ),
            output=OutputOptions(
                format=o["fmt"],
                docx=o["docx"],
                full_text=o["full_text"],
                group_readable=o["group_readable"],
                verbose_content=o["verbose_content"],
            ),
            engine=EngineOptions(
                kind=o["engine"],
                scheduler=o["scheduler"],
                timeout_s=o["timeout"],
                max_memory_mb=o["max_memory_mb"],
                **({"workers": o["workers"]} if o["workers"] else {}),
            ),
            force=o["force"],
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    load_schemas_or_exit(config.extract.schema_dirs)  # a malformed --schema-dir: exit 2
    check_ocr_languages(config.ingest.ocr_lang, config.ingest.ocr)

    quiet = o["quiet"]
    reporter = ConsoleReporter(live=sys.stderr.isatty() and not quiet, quiet=quiet)
    ctx = click.get_current_context()
    with _stop_on_signals() as stopped:
        try:
            summary = process_batch(inputs, config, reporter, stop=stopped.is_set)
        except KeyboardInterrupt:  # the second Ctrl-C: finished outputs stay, nothing waits
            reporter.close()
            click.echo("casenotes: aborted. Run the same command again to resume.", err=True)
            ctx.exit(_SIGNAL_EXIT_BASE + signal.SIGINT)
        except CasenotesError as exc:  # workers cannot start, or the output directory is busy
            reporter.close()
            click.echo(f"casenotes: {exc.message}", err=True)
            ctx.exit(1)
        except OSError as exc:  # the output directory is unwritable or full: nothing can go on
            reporter.close()
            click.echo(f"casenotes: cannot write: {os_error_line(exc, out_dir)}", err=True)
            ctx.exit(1)
    if not quiet:
        print_summary(summary)
    for moved in summary.moved_aside:
        click.echo(moved.message, err=True)
    for empty in summary.empty_inputs:
        click.echo(f"casenotes: {empty.message}", err=True)
    if summary.interrupted:
        count = str(summary.left) if summary.left_exact else f"at least {summary.left}"
        click.echo(
            f"casenotes: stopped; {count} files left. Run the same command again to resume.",
            err=True,
        )
        if threading.current_thread() is threading.main_thread():
            # The exit code is decided: a Ctrl-C from here on must not reach the interpreter's
            # shutdown, which puts back the default handler (killed by SIGINT, not 130).
            # CPython leaves an ignored signal ignored there.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        ctx.exit(_SIGNAL_EXIT_BASE + stopped.signum)
    ctx.exit(1 if summary.failed or summary.empty_inputs else 0)


class _Stop(threading.Event):
    signum = int(signal.SIGINT)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[_Stop]:
    """Yield an event set by the first SIGINT/SIGTERM; a second Ctrl-C aborts at once."""
    stopped = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stopped  # signal handlers can only be installed from the main thread
        return

    def handle(signum: int, _frame: object) -> None:
        if stopped.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stopped.signum = signum
        stopped.set()

    previous = {sig: signal.signal(sig, handle) for sig in _STOP_SIGNALS}
    try:
        yield stopped
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if stopped.is_set():
            # The run is winding down (summary, worker shutdown): a second Ctrl-C there
            # must still end with 130, not kill the interpreter mid-shutdown with SIGINT.
            signal.signal(signal.SIGINT, _abort_at_once)


def _abort_at_once(_signum: int, _frame: object) -> None:
    sys.stderr.write("casenotes: aborted. Run the same command again to resume.\n")
    sys.stderr.flush()
    os._exit(_SIGNAL_EXIT_BASE + signal.SIGINT)  # outputs are already atomic; nothing to flush
