"""`casenotes schema`: list the record types, show one, or check an agency schema directory.

Reads schemas through `pipeline.specs` only; imports no spaCy or PDF reader,
so it starts instantly. Tables are rich on a terminal and plain aligned text
otherwise.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.commands.common import SchemaProblem, load_schemas_or_exit, schema_dir_option
from pipeline.errors import SchemaError
from pipeline.specs import (
    LANGUAGES,
    FieldSpec,
    RecordSpec,
    SchemaSet,
    schema_file_text,
)

if TYPE_CHECKING:
    from rich.console import Console

# Plain output is for files and pipes: wide enough that a row of synonyms never wraps.
_PLAIN_WIDTH = 10_000


class UnknownRecordType(click.ClickException):
    """A TYPE argument that names no record type: a usage error (exit 2) on one line."""

    exit_code = 2


def _load(schema_dirs: Sequence[Path]) -> SchemaSet:
    return load_schemas_or_exit(schema_dirs)


def _console() -> tuple[Console, bool]:
    """Return a console and whether it is a terminal (rich boxes and colour) or plain text."""
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        return console, True
    return Console(highlight=False, no_color=True, width=_PLAIN_WIDTH), False


def _print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print a table: boxed with a title on a terminal, bare aligned columns otherwise."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console, terminal = _console()
    console.print(title, markup=False, soft_wrap=True)
    table = Table(box=box.SIMPLE_HEAD if terminal else None, show_edge=terminal, pad_edge=False)
    for header in headers:
        table.add_column(header, no_wrap=not terminal)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # Text: a "[…]" in a cell is not markup
    console.print(table)


def _level_text(spec: FieldSpec) -> str:
    if spec.level_when_closed and spec.level_when_closed != spec.level:
        return f"{spec.level} ({spec.level_when_closed} when closed)"
    return spec.level


def _languages(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang else LANGUAGES


def _label_text(spec: FieldSpec | RecordSpec, languages: Sequence[str]) -> str:
    labels = [spec.label.get(lang, "") for lang in languages]
    return " / ".join(dict.fromkeys(label for label in labels if label))


def _field_rows(
    specs: Sequence[FieldSpec], languages: Sequence[str], prefix: str = ""
) -> list[list[str]]:
    rows: list[list[str]] = []
    for spec in specs:
        synonyms = [s for lang in languages for s in spec.synonyms.get(lang, ())]
        rows.append(
            [
                prefix + spec.name,
                spec.kind,
                _level_text(spec),
                _label_text(spec, languages),
                "; ".join(dict.fromkeys(synonyms)),
            ]
        )
        rows += _field_rows(spec.entry_fields, languages, f"{prefix}{spec.name}[].")
    return rows


def _record_spec_json(spec: RecordSpec) -> dict[str, Any]:
    """Return the merged view of a record type as JSON: what the loader made of all its files."""

    def field_json(f: FieldSpec) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": f.name,
            "kind": f.kind,
            "level": f.level,
            "level_when_closed": f.level_when_closed,
            "label": dict(f.label),
            "synonyms": {lang: list(words) for lang, words in f.synonyms.items()},
        }
        if f.values:
            data["values"] = {value: list(words) for value, words in f.values.items()}
        if f.entry_fields:
            data["entry_fields"] = [field_json(sub) for sub in f.entry_fields]
        return data

    return {
        "record_type": spec.record_type,
        "label": dict(spec.label),
        "titles": {lang: list(words) for lang, words in spec.titles.items()},
        "fields": [field_json(f) for f in spec.fields],
        "validation_schema": spec.json_schema,
    }


def _record_or_fail(schemas: SchemaSet, record_type: str) -> RecordSpec:
    spec = schemas.get(record_type)
    if spec is None:
        known = sorted(schemas.records)
        close = difflib.get_close_matches(record_type, known, n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise UnknownRecordType(
            f"unknown record type {record_type!r} (known: {', '.join(known)}){hint}"
        )
    return spec


@click.group("schema")
def schema_command() -> None:
    """List the record schemas, show one, or check an agency schema directory.

    Example: casenotes schema show case_record --lang id
    """


@schema_command.command("list")
@schema_dir_option
def list_command(schema_dirs: tuple[Path, ...]) -> None:
    """List the record types with their Indonesian and English names and field counts.

    Example: casenotes schema list
    """
    schemas = _load(schema_dirs)
    rows = [
        [
            rt,
            spec.label.get("id", ""),
            spec.label.get("en", ""),
            str(len(spec.fields)),
            str(sum(f.level == "required" for f in spec.fields)),
        ]
        for rt, spec in sorted(schemas.records.items())
    ]
    _print_table("Record types", ["type", "label (id)", "label (en)", "fields", "required"], rows)


@schema_command.command("show")
@click.argument("record_type", metavar="TYPE")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Show labels and synonyms in one language only (default: both).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the schema file; with --schema-dir, the merged view as JSON.",
)
@schema_dir_option
def show_command(
    record_type: str, lang: str | None, as_json: bool, schema_dirs: tuple[Path, ...]
) -> None:
    """Show the fields of one record type: kind, level, label and the headings that name it.

    Example: casenotes schema show process_record --lang en
    """
    spec = _record_or_fail(_load(schema_dirs), record_type)
    if as_json:
        # The shipped file is the reference an agency copies from; once agency
        # files are merged in, no single file holds the result, so print the merged view.
        text = (
            json.dumps(_record_spec_json(spec), indent=2, ensure_ascii=False)
            if schema_dirs
            else schema_file_text(record_type)
        )
        click.echo(text.rstrip("\n"))
        return
    languages = _languages(lang)
    lines = [
        f"{spec.record_type}: {_label_text(spec, languages)}  ({spec.source})",
        "titles: " + "; ".join(t for code in languages for t in spec.titles.get(code, ())),
    ]
    if spec.period:
        words = "; ".join(w for code in languages for w in spec.period.synonyms.get(code, ()))
        lines.append(f"a one-line period gives {spec.period.start} and {spec.period.end}: {words}")
    if spec.closed_rule:
        rule = spec.closed_rule
        also = f" or {rule.or_present} is present" if rule.or_present else ""
        lines.append(f"closed when {rule.field} is {rule.value!r}{also}")
    title = "\n".join(lines)
    _print_table(
        title, ["field", "kind", "level", "label", "synonyms"], _field_rows(spec.fields, languages)
    )


@schema_command.command("check")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def check_command(directory: Path) -> None:
    """Check an agency schema directory: merge it over the shipped schemas and validate the result.

    Prints OK, or the first problem on one line (file: key: reason) and exits 2.

    Example: casenotes schema check agency-schemas/
    """
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError as JsonSchemaError

    schemas = _load((directory,))
    for spec in schemas.records.values():
        try:
            Draft202012Validator.check_schema(spec.json_schema)
        except JsonSchemaError as exc:
            # A bad JSON Schema keyword value (e.g. "type": "strnig") that the loader cannot see.
            where = "/".join(str(p) for p in exc.relative_path) or "(root)"
            raise SchemaProblem(
                SchemaError(f"{where}: invalid JSON Schema ({exc.message})", spec.source).message
            ) from None
    click.echo(
        f"OK: {directory} ({len(schemas.records)} record types: {', '.join(sorted(schemas.records))})"
    )
