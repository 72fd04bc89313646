"""Options several commands share, declared once."""

from __future__ import annotations

from pathlib import Path

import click

schema_dir_option = click.option(
    "--schema-dir",
    "schema_dirs",
    multiple=True,
    metavar="DIR",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Agency schema directory merged over the shipped schemas (repeatable).",
)
