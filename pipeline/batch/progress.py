"""What a run tells its user while it works, and the summary at the end.

Everything here names files, counts, field names and reasons; nothing here
ever receives a field value or a line of a document, so progress output
cannot leak case content.

- On a terminal: a live bar on stderr (files done/total, "?" until the walk
  is counted, pages, files/s, ETA, errors) with the file each worker is
  reading. Per-file and failure lines are printed by the bar's own console,
  above the bar, when they go to the same terminal: written past it, they
  would land inside the bar's lines and be overwritten or glued to them.
- Otherwise: a plain progress line on stderr every `PLAIN_EVERY_S` seconds or
  `PLAIN_EVERY_FILES` files.
- `quiet`: no progress and no per-file lines; failures are still printed.
Per-file lines go to stdout; failures (`path: reason`) to stderr.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import IO, TYPE_CHECKING, Any, Protocol

import click

from pipeline.records import FileFailure

if TYPE_CHECKING:
    from pipeline.batch.summary import RunSummary

PLAIN_EVERY_S = 10.0
PLAIN_EVERY_FILES = 100
LIVE_REFRESH_PER_S = 4
_MB = 1 << 20


class Reporter(Protocol):
    """Receives a run's events; called from the main thread except `found`."""

    def found(self, count: int, final: bool) -> None:
        """The walk has found `count` items so far; `final` when it is complete."""

    def done(self, path: str, line: str | None, pages: int) -> None:
        """A walk item is settled; `line` (if any) is its one-line summary."""

    def error(self, failure: FileFailure) -> None:
        """A failure (or skipped item) to report."""

    def busy(self, slot: int, path: str) -> None:
        """Worker `slot` started reading `path`."""

    def idle(self, slot: int) -> None:
        """Worker `slot` finished its file."""

    def close(self) -> None:
        """The run is over: stop any live display."""


class NullReporter:
    """Reports nothing (library use, benchmarks)."""

    def found(self, count: int, final: bool) -> None:
        pass

    def done(self, path: str, line: str | None, pages: int) -> None:
        pass

    def error(self, failure: FileFailure) -> None:
        pass

    def busy(self, slot: int, path: str) -> None:
        pass

    def idle(self, slot: int) -> None:
        pass

    def close(self) -> None:
        pass


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{secs:02d}s"


class ConsoleReporter:
    """Progress on stderr (live on a terminal, periodic lines otherwise) and per-file lines."""

    def __init__(self, *, live: bool, quiet: bool) -> None:
        self._quiet = quiet
        self._started = time.monotonic()
        self._total: int | None = None
        self._found = 0
        self._done = 0
        self._pages = 0
        self._errors = 0
        self._reading: dict[int, str] = {}
        self._live: Any = None
        self._ticker: threading.Thread | None = None
        self._closed = threading.Event()
        self._last_plain = (self._started, 0)
        if quiet:
            return
        if live:
            self._start_live()
        else:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    # -- events --------------------------------------------------------------

    def found(self, count: int, final: bool) -> None:
        self._found = count
        if final:
            self._total = count

    def done(self, path: str, line: str | None, pages: int) -> None:
        self._done += 1
        self._pages += pages
        if line is not None and not self._quiet:
            self._print(f"{path}: {line}", err=False)

    def error(self, failure: FileFailure) -> None:
        if failure.kind != "skipped":
            self._errors += 1
        self._print(failure.message, err=True)

    def _print(self, text: str, *, err: bool) -> None:
        live = self._live
        if live is not None and (err or sys.stdout.isatty()):
            live.console.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)
        else:
            click.echo(text, err=err)

    def busy(self, slot: int, path: str) -> None:
        self._reading[slot] = path

    def idle(self, slot: int) -> None:
        self._reading.pop(slot, None)

    def close(self) -> None:
        self._closed.set()
        if self._live is not None:
            self._live.stop()
            self._live = None

    # -- display -------------------------------------------------------------

    def _counts(self) -> str:
        total = "?" if self._total is None else str(self._total)
        return f"{self._done}/{total} files"

    def _rates(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = self._done / elapsed
        eta = None
        if self._total is not None and rate > 0:
            eta = max(self._total - self._done, 0) / rate
        return f"{self._pages} pages · {rate:.1f} files/s · ETA {_duration(eta)} · {self._errors} errors"

    def status(self) -> str:
        """Return the one-line progress: done/total, pages, rate, ETA, errors."""
        return f"{self._counts()} · {self._rates()}"

    def _tick(self) -> None:
        while not self._closed.wait(1.0):
            last_time, last_done = self._last_plain
            now = time.monotonic()
            if now - last_time >= PLAIN_EVERY_S or self._done - last_done >= PLAIN_EVERY_FILES:
                self._last_plain = (now, self._done)
                click.echo(f"casenotes: {self.status()}", err=True)

    def _start_live(self) -> None:
        from rich.console import Console, Group
        from rich.live import Live
        from rich.progress_bar import ProgressBar
        from rich.table import Table
        from rich.text import Text

        reporter = self

        class Dashboard:
            def __rich__(self) -> Group:
                total = reporter._total
                head = Table.grid(padding=(0, 1))
                head.add_row(
                    ProgressBar(
                        total=float(total) if total else None,
                        completed=float(reporter._done),
                        width=30,
                    ),
                    Text(reporter._counts()),
                )
                reading = [
                    Text(f"  {slot}: {path}", overflow="ellipsis", no_wrap=True)
                    for slot, path in sorted(dict(reporter._reading).items())
                ]
                return Group(head, Text(reporter._rates()), *reading)

        self._live = Live(
            Dashboard(),
            console=Console(stderr=True),
            refresh_per_second=LIVE_REFRESH_PER_S,
            transient=True,
            # Stray writes (a library's) also go above the bar; stdout only when it is
            # this terminal too (redirected to a file, it must keep its lines).
            redirect_stdout=sys.stdout.isatty(),
            redirect_stderr=True,
        )
        self._live.start()


def print_summary(summary: RunSummary, file: IO[str] | None = None) -> None:
    """Print the end-of-run table by record type and the totals line."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    stream: IO[str] = file or sys.stdout
    console = Console(file=stream)
    if not summary.by_type and not summary.failed:
        if summary.unchanged and not (summary.written or summary.duplicates):
            if summary.summaries_from_json:
                console.print(
                    f"nothing read again: {summary.unchanged} unchanged, {_from_json(summary)}",
                    highlight=False,
                )
                return
            console.print(
                f"nothing to do: {summary.unchanged} unchanged (--force reads them again)",
                highlight=False,
            )
            return
    else:
        # Every column counts records (a file may hold several), so complete, needs review
        # and incomplete add up to the records; files are in the totals line.
        # No column rules: the widest type name and all six columns fit 80 characters.
        table = Table(
            title="casenotes run: records by type", box=box.SIMPLE_HEAD, collapse_padding=True
        )
        table.add_column("record type", no_wrap=True)
        for column in ("records", "complete", "needs\nreview", "incomplete", "errors"):
            table.add_column(column, justify="right", no_wrap=True)
        for row in summary.by_type:
            if row.record_type == "unknown":  # not case notes: completeness does not apply
                table.add_row("not a case note", str(row.files), "-", "-", "-", "")
            else:
                records = row.complete + row.needs_review + row.incomplete
                table.add_row(
                    row.record_type,
                    str(records),
                    str(row.complete),
                    str(row.needs_review),
                    str(row.incomplete),
                    "",
                )
        if summary.failed:
            failed = str(summary.failed)
            table.add_row("(files not read)", failed, "", "", "", failed)
        console.print(table)
    parts = [
        f"{summary.written} written",
        f"{summary.unchanged} unchanged",
        f"{summary.duplicates} duplicates",
        f"{summary.failed} failed",
        f"{summary.skipped} skipped",
        f"{summary.pages} pages ({summary.ocr_pages} OCR)",
        f"{summary.elapsed_s:.1f} s",
    ]
    if summary.summaries_from_json:
        parts.insert(2, _from_json(summary))
    if summary.peak_worker_rss:
        parts.append(f"peak worker memory {summary.peak_worker_rss // _MB} MB")
    console.print(", ".join(parts), highlight=False, soft_wrap=True)


def _from_json(summary: RunSummary) -> str:
    n = summary.summaries_from_json
    return f"{n} DOCX summar{'ies' if n > 1 else 'y'} written from the JSON"
