"""One exit code for schema errors: a bad --schema-dir stops every command that loads schemas
with exit 2 and one line naming the file and the reason."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.batch_fixtures import write_note


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a finished run of one generated note (the commands that read a run need one)."""
    root = tmp_path_factory.mktemp("run")
    write_note(root / "in" / "a.docx")
    result = CliRunner().invoke(main, ["process", str(root / "in"), "--out", str(root / "out")])
    assert result.exit_code == 0, result.output
    return root / "out"


def _broken_schema(root: Path) -> Path:
    root.mkdir()
    (root / "broken.json").write_text("{not json", encoding="utf-8")
    return root


def _unknown_vocabulary_key(root: Path) -> Path:
    (root / "vocabulary").mkdir(parents=True)
    (root / "vocabulary" / "people.json").write_text(
        json.dumps({"surnames": ["Siregar"]}), encoding="utf-8"
    )
    return root


def _misspelt_annotation(root: Path) -> Path:
    root.mkdir()
    (root / "visit.json").write_text(
        json.dumps(
            {
                "x-record-type": "home_visit",
                "x-dates": "visit_date",
                "properties": {"visit_date": {"x-kind": "date"}},
            }
        ),
        encoding="utf-8",
    )
    return root


def _missing(root: Path) -> Path:
    return root


BAD_DIRS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "broken-json": (_broken_schema, "broken.json: line 1: invalid JSON"),
    "unknown-vocabulary-key": (_unknown_vocabulary_key, "people.json: unknown key 'surnames'"),
    "misspelt-annotation": (_misspelt_annotation, "visit.json: unknown key 'x-dates'"),
    "missing-directory": (_missing, "--schema-dir is not a directory"),
}

# Each command that loads schemas, with the arguments it needs besides --schema-dir.
COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "process": lambda run, tmp: ["process", str(run.parent / "in"), "--out", str(tmp / "o")],
    "audit": lambda run, tmp: ["audit", str(run), "--csv", str(tmp / "audit.csv")],
    "export": lambda run, tmp: ["export", str(run), "--out", str(tmp / "dataset")],
    "summarize": lambda run, tmp: ["summarize", str(run), "--out", str(tmp / "summaries")],
    "evaluate": lambda run, tmp: ["evaluate", "--gold", str(run), "--pred", str(run)],
    "schema-list": lambda run, tmp: ["schema", "list"],
    "schema-show": lambda run, tmp: ["schema", "show", "case_record"],
    "headings": lambda run, tmp: ["headings", str(run)],
    "review": lambda run, tmp: ["review", str(run), "--export-gold", str(tmp / "gold")],
}


@pytest.mark.parametrize("bad", sorted(BAD_DIRS))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_bad_schema_dir_is_exit_2_on_one_line(
    run: Path, tmp_path: Path, command: str, bad: str
) -> None:
    make, expected = BAD_DIRS[bad]
    schema_dir = make(tmp_path / "agency")
    args = [*COMMANDS[command](run, tmp_path), "--schema-dir", str(schema_dir)]

    result = CliRunner().invoke(main, args)

    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr
    assert str(tmp_path / "agency") in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agency"] * schema_dir.exists()


@pytest.mark.parametrize("bad", ["broken-json", "unknown-vocabulary-key", "misspelt-annotation"])
def test_schema_check_reports_a_bad_dir_alike(tmp_path: Path, bad: str) -> None:
    make, expected = BAD_DIRS[bad]
    result = CliRunner().invoke(main, ["schema", "check", str(make(tmp_path / "agency"))])

    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1
    assert expected in result.stderr
