"""`casenotes summarize`: one DOCX summary per output JSON, names mirrored under --out.

The command finds the JSON files, hands each to `write_summary`, and reports
one line per file. A file that is not a casenotes output (errors.jsonl, other
JSON) is skipped with a warning; a summary that cannot be written is an error
line and makes the exit code 1, and the other files are still written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import click

from pipeline.commands.common import schema_dir_option


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

    JSON_OR_DIR may be output JSON files or directories searched recursively;
    out/cases/a.json under a directory argument out/ becomes DIR/cases/a.docx,
    a file argument x.json becomes DIR/x.docx.

    Example: casenotes summarize out/ --out summaries/
    """
    from pipeline import __version__
    from pipeline.errors import CasenotesError, InputError
    from pipeline.specs import load_schemas
    from pipeline.write.docx_summary import load_result, write_summary

    try:
        schemas = load_schemas(schema_dirs)
    except CasenotesError as exc:
        raise click.ClickException(str(exc)) from None
    failed = 0
    for source, target in _targets(inputs, out_dir):
        try:
            result = load_result(source)
        except InputError as exc:
            click.echo(f"warning: {exc} (skipped)", err=True)
            continue
        try:
            write_summary(result, target, schemas=schemas, full_text=full_text, version=__version__)
        except OSError as exc:
            failed += 1
            click.echo(f"{source}: cannot write {target} ({exc.strerror or exc})", err=True)
            continue
        click.echo(f"{source} -> {target}")
    if failed:
        raise click.exceptions.Exit(1)


def _targets(inputs: Sequence[Path], out_dir: Path) -> Iterator[tuple[Path, Path]]:
    """Yield (JSON file, .docx path) pairs: a file keeps its name, a directory its tree."""
    for path in inputs:
        if path.is_dir():
            for found in sorted(path.rglob("*.json")):
                yield found, out_dir / found.relative_to(path).with_suffix(".docx")
        else:
            yield path, out_dir / path.with_suffix(".docx").name
