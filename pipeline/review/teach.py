"""Teach: headings a reviewer assigned to fields, written as a `--schema-dir` directory.

The directory is `OUT/.casenotes/learned/`, one file per record type
(`case_record.json`), each in the merge format `specs.load_schemas` reads: a
known `x-record-type` and, per field, only `x-synonyms` by language, so the
shipped definition of the field is extended, never replaced. A heading is
stored as an agency would write it (`headings.clean_heading`: numbering and
colons removed) and keyed like `casenotes headings` groups it, so assigning
`II. LATAR BELAKANG:` and `Latar belakang` is one synonym. Every file is
rewritten whole from the store (atomically), so the directory always equals
what the store holds.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.reports.headings import DEFAULT_LANGUAGE, clean_heading, heading_key
from pipeline.reports.outputs import RUN_STATE_DIR
from pipeline.review.corrections import ValueRefused, field_spec
from pipeline.review.store import Learned
from pipeline.specs import LANGUAGES, SchemaSet
from pipeline.write.atomic import PRIVATE, write_atomic

LEARNED_DIR = "learned"


def learned_dir(out_dir: Path) -> Path:
    return out_dir / RUN_STATE_DIR / LEARNED_DIR


def assignment(
    heading: str, field: str, record_type: str, language: str | None, schemas: SchemaSet
) -> Learned:
    """Return a checked assignment of `heading` to `field`, or raise ValueRefused saying why."""
    text = clean_heading(heading) if isinstance(heading, str) else ""
    key = heading_key(text)
    if not key:
        raise ValueRefused("heading: give the heading's text")
    spec = schemas.get(record_type)
    if spec is None:
        raise ValueRefused(
            f"record_type: {record_type!r} is not a record type "
            f"(types: {', '.join(schemas.records)})"
        )
    field_spec(spec, field)
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return Learned(record_type, key, text, field, lang)


def schema_files(learned: Iterable[Learned]) -> dict[str, dict[str, object]]:
    """Return the `--schema-dir` file contents by record type, fields and headings in order."""
    files: dict[str, dict[str, dict[str, list[str]]]] = {}
    for entry in learned:
        props = files.setdefault(entry.record_type, {})
        synonyms = props.setdefault(entry.field, {}).setdefault(entry.language, [])
        if entry.heading not in synonyms:
            synonyms.append(entry.heading)
    return {
        record_type: {
            "x-record-type": record_type,
            "properties": {name: {"x-synonyms": words} for name, words in props.items()},
        }
        for record_type, props in sorted(files.items())
    }


def write_learned(out_dir: Path, learned: Sequence[Learned]) -> Path:
    """Write one file per record type under the learned directory; return the directory."""
    directory = learned_dir(out_dir)
    for record_type, content in schema_files(learned).items():
        text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
        write_atomic(directory / f"{record_type}.json", text.encode("utf-8"), PRIVATE)
    return directory


def rerun_command(out_dir: Path, sources: Sequence[str]) -> str:
    """Return the command that reruns `sources` into the run with the learned headings."""
    inputs = " ".join(shlex.quote(s) for s in sources) or "INPUT..."
    return (
        f"casenotes process {inputs} --out {shlex.quote(str(out_dir))} "
        f"--schema-dir {shlex.quote(str(learned_dir(out_dir)))}"
    )
