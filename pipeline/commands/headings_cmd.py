"""`casenotes headings OUT_DIR`: the headings and labels of a run that no schema field knows."""

from __future__ import annotations

import json
from pathlib import Path

import click

from pipeline.commands.common import load_schemas_or_exit, schema_dir_option


@click.command("headings")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@schema_dir_option
@click.option(
    "--min-count",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Show only headings seen at least this often.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def headings_command(
    out_dir: Path, schema_dirs: tuple[Path, ...], min_count: int, as_json: bool
) -> None:
    """List the headings and labels the schemas do not know (the `unmatched` lists of the
    output JSON under OUT_DIR), most frequent first, with example files and pages, a
    suggested field and a JSON snippet that adds the heading as that field's synonym
    when saved in a --schema-dir directory.

    Example: casenotes headings out/ --min-count 3
    """
    from pipeline.reports.headings import group_headings, occurrences, render_text
    from pipeline.reports.outputs import read_outputs
    from pipeline.vocabulary import load_vocabulary, using

    schemas = load_schemas_or_exit(schema_dirs)
    outputs = read_outputs(out_dir)
    with using(load_vocabulary(schema_dirs)):  # headings are folded as the agency's run read them
        groups = group_headings(occurrences(outputs), schemas, min_count)
    for skipped in outputs.skipped:
        click.echo(f"error: {skipped.label}: {skipped.reason} (skipped)", err=True)
    if as_json:
        click.echo(json.dumps([g.to_json() for g in groups], ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(groups), nl=False)
    if outputs.skipped:
        raise click.exceptions.Exit(1)
