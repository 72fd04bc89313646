"""`casenotes export OUT_DIR --out DIR`: a research dataset of a run, de-identified by default."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import click

from pipeline.commands.common import (
    load_schemas_or_exit,
    schema_dir_option,
    unwritable_is_one_line,
)
from pipeline.reports.export import FORMATS, ExportFormat

_NO_DEID_WARNING = (
    "WARNING: --no-deidentify: the dataset holds names, NIK and KK numbers, phone numbers, "
    "e-mail and street addresses and birth dates as written. Keep it as confidential as the case files."
)
_SALT_CREATED = (
    "Created the salt file {path} (mode 0600). Keep it secret and store it apart from the dataset: "
    "with it (and the pseudonym table beside it) anyone can test guessed names against the "
    "pseudonyms. Use the same salt for later exports so that the same person keeps the same pseudonym."
)


@click.command("export")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--out",
    "dest",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory of the dataset (created if missing).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="Dataset format.",
)
@click.option(
    "--deidentify/--no-deidentify",
    default=True,
    show_default=True,
    help="Replace names, NIK/KK, phones, e-mails, addresses and birth dates (on unless refused).",
)
@click.option(
    "--salt-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Secret key of the pseudonyms; created if missing. Default: OUT_DIR/.casenotes/export.salt.",
)
@click.option(
    "--excel",
    is_flag=True,
    help="With --format csv: start the file with a UTF-8 BOM so Excel shows accents right.",
)
@click.option(
    "--shift-dates", is_flag=True, help="Move every date of a case by one offset of 1-180 days."
)
@click.option(
    "--keep-paths", is_flag=True, help="Keep (de-identified) source paths instead of record ids."
)
@click.option(
    "--spacy-model",
    metavar="NAME",
    help="Also use the PERSON/LOC entities of an installed spaCy pipeline.",
)
@schema_dir_option
def export_command(
    out_dir: Path,
    dest: Path,
    fmt: str,
    deidentify: bool,
    salt_file: Path | None,
    excel: bool,
    shift_dates: bool,
    keep_paths: bool,
    spacy_model: str | None,
    schema_dirs: tuple[Path, ...],
) -> None:
    """Export every record under OUT_DIR as one dataset (one row per record), with a data
    dictionary and a de-identification report beside it. Files are written whole and are
    readable by their owner only. A damaged output file is listed and makes the exit code 1.

    Example: casenotes export out/ --out dataset/ --format parquet --shift-dates
    """
    from pipeline.errors import CasenotesError
    from pipeline.reports.export import ExportOptions, export_run

    try:
        options = ExportOptions(
            format=cast(ExportFormat, fmt),
            excel=excel,
            deidentify=deidentify,
            salt_file=salt_file,
            shift_dates=shift_dates,
            keep_paths=keep_paths,
            spacy_model=spacy_model,
            schema_dirs=schema_dirs,
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    load_schemas_or_exit(schema_dirs)
    if not deidentify:
        click.secho(_NO_DEID_WARNING, err=True, fg="red")
    try:
        with unwritable_is_one_line(dest):
            result = export_run(out_dir, dest, options)
    except CasenotesError as exc:
        raise click.ClickException(exc.message) from None
    if result.salt is not None and result.salt.created:
        click.echo(_SALT_CREATED.format(path=result.salt.path), err=True)
    for skipped in result.skipped:
        click.echo(f"error: {skipped.label}: {skipped.reason} (skipped)", err=True)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"{result.records} records from {result.files} files -> {result.dataset}")
    if deidentify:
        replaced = ", ".join(f"{kind} {n}" for kind, n in result.replaced.items() if n)
        click.echo(f"replaced: {replaced or 'nothing'}; report: {result.report}")
    if result.skipped:
        raise click.exceptions.Exit(1)
