"""`casenotes audit`: the supervisors' completeness audit of a run's output directory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import cast

import click

from pipeline.commands.common import load_schemas_or_exit, schema_dir_option
from pipeline.errors import CasenotesError
from pipeline.reports.audit import AUDIT_LANGUAGES, AuditOptions, Lang, build_report, collect
from pipeline.reports.audit_csv import (
    CSV_BOM,
    render_records_csv,
    render_summary_csv,
    render_unreadable_csv,
    summary_path,
    unreadable_path,
)
from pipeline.reports.audit_html import format_percent, render_html
from pipeline.write.atomic import PRIVATE, write_atomic


@click.command("audit")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report as one self-contained HTML page.",
)
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one row per record; the aggregates go to NAME.summary.csv and the "
    "unreadable inputs to NAME.unreadable.csv beside it.",
)
@click.option(
    "--lang",
    type=click.Choice(AUDIT_LANGUAGES),
    default="en",
    show_default=True,
    help="Language of the report's labels.",
)
@click.option(
    "--show-names", is_flag=True, help="Show client names in full (default: initials only)."
)
@schema_dir_option
def audit_command(
    out_dir: Path,
    html_path: Path | None,
    csv_path: Path | None,
    lang: str,
    show_names: bool,
    schema_dirs: tuple[Path, ...],
) -> None:
    """Completeness audit of a run: which records miss which fields, by type, worker and month.

    Reads every output JSON (and records.jsonl) under OUT_DIR, lists the inputs
    errors.jsonl names as unreadable, and writes an HTML report and/or CSV files
    (written whole, readable by their owner only). Other JSON files are passed
    over with a warning; a damaged output file is listed and makes the exit code 1.
    A folder that is not a casenotes run is refused and nothing is written.

    Example: casenotes audit out/ --html audit.html --csv audit.csv --lang id
    """
    if html_path is None and csv_path is None:
        raise click.UsageError("give --html, --csv or both")
    options = AuditOptions(lang=cast(Lang, lang), show_names=show_names, schema_dirs=schema_dirs)
    schemas = load_schemas_or_exit(options.schema_dirs)
    try:
        collected = collect(out_dir)
    except CasenotesError as exc:
        raise click.ClickException(exc.message) from None
    report = build_report(collected, schemas, options)
    outputs: list[tuple[Path, str]] = []
    if html_path is not None:
        outputs.append((html_path, render_html(report, datetime.now().strftime("%Y-%m-%d %H:%M"))))
    if csv_path is not None:
        # The BOM is how Excel on Windows knows a CSV is UTF-8 (without it: "Catatan KasusÂ").
        outputs.append((csv_path, CSV_BOM + render_records_csv(report)))
        outputs.append((summary_path(csv_path), CSV_BOM + render_summary_csv(report)))
        outputs.append((unreadable_path(csv_path), CSV_BOM + render_unreadable_csv(report)))
    for path, text in outputs:
        try:
            write_atomic(path, text.encode("utf-8"), PRIVATE)
        except OSError as exc:
            raise click.ClickException(f"{path}: cannot write ({exc.strerror})") from None
    for skipped in report.skipped:
        prefix = "error" if skipped.damaged else "warning"
        click.echo(f"{prefix}: {skipped.label}: {skipped.reason} (skipped)", err=True)
    total = report.total
    n = report.not_assessed
    others = f" ({n} other document{'s' if n > 1 else ''})" if n else ""
    click.echo(
        f"{report.files} files, {len(report.rows)} records, {format_percent(total.share)} of "
        f"{total.records} case notes complete{others}, "
        f"{report.unreadable} unreadable; wrote {', '.join(str(p) for p, _ in outputs)}"
    )
    if any(skipped.damaged for skipped in report.skipped):
        raise click.exceptions.Exit(1)
