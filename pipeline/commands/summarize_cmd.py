"""`casenotes summarize`: one DOCX summary per output JSON, names mirrored under --out.

The command reads each argument with the run reader (`reports.outputs`: a JSON
tree, one JSON file or a `records.jsonl`), hands each result to
`write_summary`, and reports one line per result. A file that is not a
casenotes output (other JSON) is skipped with a warning; casenotes' own
files in a run (`.casenotes/`, an export's folder) are passed over quietly; a summary that cannot be written is an error
line and makes the exit code 1, and the other files are still written.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.commands.common import load_schemas_or_exit, schema_dir_option


@click.command("summarize")
@click.argument(
    "inputs",
    nargs=-1,
    required=True,
    metavar="JSON_OR_DIR...",
    type=click.Path(exists=True, path_type=Path),
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="Directory for the .docx files (created if needed).",
)
@click.option(
    "--full-text", is_flag=True, help="Show narratives whole instead of their key sentences."
)
@schema_dir_option
def summarize_command(
    inputs: tuple[Path, ...], out_dir: Path, full_text: bool, schema_dirs: tuple[Path, ...]
) -> None:
    """Write a DOCX summary of each JSON record file: title, completeness,
    key data, and each narrative condensed to its key sentences when long.

    JSON_OR_DIR may be output JSON files, a records.jsonl (--format jsonl) or
    run directories searched recursively; out/cases/a.json under a directory
    argument out/ becomes DIR/cases/a.docx, a file argument x.json becomes
    DIR/x.docx, and a records.jsonl line is named after its source file.

    Example: casenotes summarize out/ --out summaries/
    """
    from pipeline.reports.outputs import read_outputs
    from pipeline.version import __version__
    from pipeline.write.docx_summary import write_summary

    schemas = load_schemas_or_exit(schema_dirs)
    failed = 0
    for path in inputs:
        run = read_outputs(path, full_labels=True)
        for skipped in run.skipped:
            click.echo(f"warning: {skipped.label}: {skipped.reason} (skipped)", err=True)
        if path.is_file() and not run.files and not run.skipped:  # errors.jsonl by name
            click.echo(f"warning: {path}: not a casenotes output (no records) (skipped)", err=True)
        for output in run.files:
            target = out_dir / output.relative.with_suffix(".docx")
            try:
                write_summary(
                    output.result, target, schemas=schemas, full_text=full_text, version=__version__
                )
            except OSError as exc:
                failed += 1
                click.echo(
                    f"{output.label}: cannot write {target} ({exc.strerror or exc})", err=True
                )
                continue
            click.echo(f"{output.label} -> {target}")
    if failed:
        raise click.exceptions.Exit(1)
