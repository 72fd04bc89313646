"""`casenotes review OUT`: a local web app to check, correct and teach from a finished run."""

from __future__ import annotations

import getpass
import secrets
import socket
import threading
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.commands.common import load_schemas_or_exit, schema_dir_option

if TYPE_CHECKING:
    from pipeline.review.store import ReviewStore
    from pipeline.specs import SchemaSet

LOOPBACK = "127.0.0.1"


@click.command("review")
@click.argument("out_dir", metavar="OUT", type=click.Path(path_type=Path))
@click.option("--host", default=LOOPBACK, show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="0: any free."
)
@click.option("--no-browser", is_flag=True, help="Print the address only; open no browser.")
@click.option("--reviewer", metavar="NAME", help="Name stored with each change (default: login).")
@click.option(
    "--export-gold",
    "gold_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the fully reviewed files, corrected, as gold for `casenotes evaluate`; no server.",
)
@click.option(
    "--apply",
    "apply_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write every output file with its corrections applied (a corrected run); no server.",
)
@schema_dir_option
def review_command(
    out_dir: Path,
    host: str,
    port: int,
    no_browser: bool,
    reviewer: str | None,
    gold_dir: Path | None,
    apply_dir: Path | None,
    schema_dirs: tuple[Path, ...],
) -> None:
    """Serve a review app over the run in OUT: records needing attention first, each beside
    its page; correct fields, resolve needs_review, change the type, mark reviewed, and
    assign unknown headings to fields (written to OUT/.casenotes/learned/ for --schema-dir).

    Corrections are kept in OUT/.casenotes/review.sqlite; the run's JSON is never changed.
    The app listens on 127.0.0.1 and needs the token in the printed address.

    Example: casenotes review out/ --reviewer sri   (later: --export-gold gold/)
    """
    from pipeline.errors import CasenotesError
    from pipeline.review.store import ReviewStore

    if not out_dir.is_dir():
        raise click.ClickException(f"{out_dir}: no such directory (give a run's --out directory)")
    if not _is_run(out_dir):
        # Checked before the store is created: nothing is written into a directory that is no run.
        raise click.ClickException(
            f"{out_dir}: not a casenotes run (no output JSON, no records.jsonl)"
        )
    schemas = load_schemas_or_exit(schema_dirs)
    try:
        store = ReviewStore(out_dir)
    except CasenotesError as exc:
        raise click.ClickException(exc.message) from None
    if gold_dir is not None or apply_dir is not None:
        _write(out_dir, store, schemas, gold_dir, apply_dir)
        return
    _serve(out_dir, store, schemas, host, port, no_browser, reviewer or _login())


def _is_run(out_dir: Path) -> bool:
    from pipeline.reports.outputs import JSONL_RECORDS_FILE

    return (out_dir / JSONL_RECORDS_FILE).is_file() or next(
        out_dir.rglob("*.json"), None
    ) is not None


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "reviewer"


def _write(
    out_dir: Path,
    store: ReviewStore,
    schemas: SchemaSet,
    gold_dir: Path | None,
    apply_dir: Path | None,
) -> None:
    from pipeline.errors import CasenotesError
    from pipeline.reports.outputs import read_outputs
    from pipeline.review.gold import Mode, check_target, write_corrected

    run = read_outputs(out_dir)
    for skipped in run.skipped:
        click.echo(f"{skipped.label}: {skipped.reason} (skipped)", err=True)
    changes, reviewed = store.all_changes(), store.reviewed_ids()
    targets: tuple[tuple[Mode, Path | None], ...] = (("gold", gold_dir), ("apply", apply_dir))
    for mode, target in targets:
        if target is None:
            continue
        try:
            check_target(out_dir, target)
            written = write_corrected(run, target, changes, reviewed, schemas, mode)
        except CasenotesError as exc:
            raise click.ClickException(exc.message) from None
        except OSError as exc:
            raise click.ClickException(f"{target}: cannot write ({exc.strerror})") from None
        extra = (
            f"; {written.partly_reviewed} files left out (not every record reviewed)"
            if mode == "gold"
            else ""
        )
        click.echo(
            f"{mode}: {written.files} files, {written.records} records "
            f"({written.corrected} corrected) written to {target}{extra}"
        )


def _serve(
    out_dir: Path,
    store: ReviewStore,
    schemas: SchemaSet,
    host: str,
    port: int,
    no_browser: bool,
    reviewer: str,
) -> None:
    import uvicorn

    from pipeline.errors import CasenotesError
    from pipeline.review.app import LOOPBACK_HOSTS, ReviewApp, ReviewConfig
    from pipeline.review.pages import Pages, find_soffice
    from pipeline.review.store import lock_run

    try:
        lock_run(out_dir)
        info = store.refresh_index()
    except CasenotesError as exc:
        raise click.ClickException(exc.message) from None
    for skipped in info.skipped:
        click.echo(f"{skipped.label}: {skipped.reason} (skipped)", err=True)
    if info.records == 0:
        raise click.ClickException(f"{out_dir}: no records to review (not a casenotes run?)")
    if host not in LOOPBACK_HOSTS:
        click.echo(
            f"warning: listening on {host}: anyone who can reach it and has the address "
            "can read these case notes",
            err=True,
        )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise click.ClickException(f"{host}:{port}: cannot listen ({exc.strerror})") from None
    port = sock.getsockname()[1]
    token = secrets.token_urlsafe(24)
    config = ReviewConfig(out_dir, token, reviewer, host, port)
    app = ReviewApp(config, store, Pages(out_dir, find_soffice()), schemas).asgi()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/?token={token}"
    click.echo(f"Review at {url}", err=False)
    if not no_browser:
        threading.Timer(0.5, webbrowser.open, (url,)).start()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])
