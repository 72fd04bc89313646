"""Options several commands share, declared once."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from pipeline.options import OCR_MODES, IngestOptions

if TYPE_CHECKING:
    from pipeline.specs import SchemaSet

F = TypeVar("F", bound=Callable[..., Any])
# Option defaults come from the option objects themselves: one place to change them.
_INGEST = IngestOptions()

# The loader checks the directory itself, so that a missing one is the same one-line exit 2
# as a malformed one (click's own check would print the usage block).
schema_dir_option = click.option(
    "--schema-dir",
    "schema_dirs",
    multiple=True,
    metavar="DIR",
    type=click.Path(path_type=Path),
    help="Agency schema directory merged over the shipped schemas (repeatable).",
)


class SchemaProblem(click.ClickException):
    """A bad schema or vocabulary, shipped or from --schema-dir: exit 2, on one line."""

    exit_code = 2


def load_schemas_or_exit(schema_dirs: Sequence[Path]) -> SchemaSet:
    """Return the schemas merged with `schema_dirs`, their vocabulary checked too; a
    `SchemaError` becomes `SchemaProblem`, so every command exits alike."""
    from pipeline.errors import SchemaError
    from pipeline.specs import load_schemas
    from pipeline.vocabulary import load_vocabulary

    try:
        load_vocabulary(schema_dirs)
        return load_schemas(schema_dirs)
    except SchemaError as exc:
        raise SchemaProblem(exc.message) from None


def check_ocr_languages(ocr_lang: str, ocr: str) -> None:
    """Refuse, as a usage error, an OCR language tesseract does not have installed.

    Runs before any file is read, so a wrong code cannot turn a scanned archive
    into empty records. When tesseract itself cannot load, nothing is refused
    here: each file that needs OCR then fails as a `dependency` error.
    """
    if ocr == "never":
        return
    from pipeline.ingest.ocr import installed_languages

    installed = installed_languages()
    unknown = [code for code in ocr_lang.split("+") if installed and code not in installed]
    if unknown:
        codes = ", ".join(repr(code) for code in unknown)
        raise click.BadParameter(
            f"unknown or not installed OCR language {codes}; installed: {', '.join(installed)} "
            "(tesseract's codes joined with '+', e.g. ind+eng; the apt package "
            "tesseract-ocr-CODE adds a language)",
            param_hint="'--ocr-lang'",
        )


def os_error_line(exc: OSError, fallback: str | Path) -> str:
    """Return `path: reason` for an OSError, naming the exact path when the system gave one."""
    path = exc.filename if exc.filename is not None else fallback
    return f"{os.fsdecode(path)}: {exc.strerror or exc}"


@contextlib.contextmanager
def unwritable_is_one_line(fallback: str | Path) -> Iterator[None]:
    """Turn an OSError (a read-only, full or missing place) into one `path: reason` line, exit 1."""
    try:
        yield
    except OSError as exc:
        raise click.ClickException(os_error_line(exc, fallback)) from None


PASSWORD_ENV = "CASENOTES_PASSWORD"

password_options = (
    click.option(
        "--password",
        default=None,
        envvar=PASSWORD_ENV,
        show_envvar=True,
        help="Password of encrypted PDFs (visible to other users in the process list:"
        " prefer --password-file or the environment variable).",
    ),
    click.option(
        "--password-file",
        type=click.File("r", encoding="utf-8"),
        default=None,
        help="Read the password from the first line of this file.",
    ),
)


def resolve_password(password: str | None, password_file: IO[str] | None) -> str | None:
    """Return the password given by option, environment or file; two sources are a usage error."""
    if password_file is None:
        return password
    if password is not None:
        raise click.UsageError(f"give --password or {PASSWORD_ENV}, or --password-file, not both")
    return password_file.readline().rstrip("\r\n")


def apply_options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Return one decorator applying `decorators` in the order listed (as --help shows them)."""

    def wrap(func: F) -> F:
        for decorator in reversed(decorators):
            func = decorator(func)
        return func

    return wrap


ingest_options = apply_options(
    click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=_INGEST.ocr,
        show_default=True,
        help="OCR pages without a text layer (auto), every page, or none.",
    ),
    click.option(
        "--ocr-lang", default=_INGEST.ocr_lang, show_default=True, help="Tesseract languages."
    ),
    *password_options,
    click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=_INGEST.max_pages,
        show_default=True,
        help="Refuse a file with more pages.",
    ),
    click.option(
        "--max-part-mb",
        type=click.IntRange(min=1),
        default=_INGEST.max_part_mb,
        show_default=True,
        help="Refuse a DOCX whose parts expand beyond this size.",
    ),
)


def ingest_options_from(values: Mapping[str, Any]) -> IngestOptions:
    """Return the `IngestOptions` of a command's `ingest_options` values; bad ones are a usage error."""
    try:
        return IngestOptions(
            ocr=values["ocr"],
            ocr_lang=values["ocr_lang"],
            password=resolve_password(values["password"], values["password_file"]),
            max_pages=values["max_pages"],
            max_part_mb=values["max_part_mb"],
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
