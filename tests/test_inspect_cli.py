"""`casenotes inspect` through the real CLI (click's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.ingest import docx_fixtures as fx


@pytest.fixture(scope="module")
def tables_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.write_tables(tmp_path_factory.mktemp("cli") / "tables.docx")


@pytest.fixture(scope="module")
def pages_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.write_header_footer_pages(tmp_path_factory.mktemp("cli") / "pages.docx")


def test_prints_a_readable_dump(pages_docx: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", str(pages_docx)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"file:      {pages_docx}"
    assert "format:    docx" in lines
    assert "pages:     3" in lines
    assert "--- page 2 ---" in lines
    assert f"  [1] paragraph {fx.PAGE_TEXTS[1]}" in lines
    assert f"  set aside: header/footer: {fx.HEADER_TEXT}" in lines


def test_shows_style_hints(tmp_path: Path) -> None:
    path = fx.write_lists(tmp_path / "lists.docx")
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    assert f'  [0] list_item ("List Number" num 1.) {fx.LIST_NUMBER_ITEMS[0]}' in result.stdout


def test_shows_tables_as_grids_with_merges_marked(tables_docx: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", str(tables_docx)])
    assert result.exit_code == 0, result.output
    assert "  [1] table 3x3" in result.stdout
    assert "      | Nama | Budi Santoso | < |" in result.stdout
    assert "      | ^ | Bandung | Jawa Barat |" in result.stdout
    assert "[+1 nested]" in result.stdout


def test_prints_the_model_as_json(tables_docx: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", "--json", str(tables_docx)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "docx"
    assert data["ocr_pages"] == []
    table = data["pages"][0]["blocks"][1]["table"]
    assert table["rows"][0][2]["origin"] == [0, 1]


def test_reports_a_bad_file_on_one_line_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just notes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"{path}: plain text file, not a PDF or Word document\n"


def test_passes_the_part_limit_on(tmp_path: Path) -> None:
    path = fx.write_zip_bomb(tmp_path / "bomb.docx", part_mb=3)
    result = CliRunner().invoke(main, ["inspect", "--max-part-mb", "2", str(path)])
    assert result.exit_code == 1
    assert "limit 2 MB; --max-part-mb" in result.stderr


def test_rejects_a_bad_ocr_language(tables_docx: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", "--ocr-lang", "ind;rm", str(tables_docx)])
    assert result.exit_code == 2
    assert "ocr_lang" in result.stderr


def _help_records(command_name: str) -> dict[str, tuple[str, str]]:
    """Return each option's --help line (names, help with default) of a sub-command."""
    command = main.get_command(click.Context(main), command_name)
    assert command is not None
    ctx = click.Context(command, info_name=command_name)
    records = (param.get_help_record(ctx) for param in command.get_params(ctx))
    return {names: (names, text) for names, text in filter(None, records)}


def test_inspect_has_the_ingest_options_and_defaults_of_process() -> None:
    inspect_help = _help_records("inspect")
    process_help = _help_records("process")
    ingest = {name for name in process_help if name.startswith(("--ocr", "--password", "--max-"))}
    assert {"--max-pages INTEGER RANGE", "--ocr-lang TEXT"} <= ingest
    # --max-memory-mb is an engine option of process, not an ingest one.
    ingest.discard("--max-memory-mb INTEGER RANGE")
    assert {name: inspect_help.get(name) for name in ingest} == {
        name: process_help[name] for name in ingest
    }


def test_inspect_honours_max_pages(pages_docx: Path) -> None:
    result = CliRunner().invoke(main, ["inspect", str(pages_docx), "--max-pages", "2"])
    assert result.exit_code == 1
    assert result.stderr == f"{pages_docx}: 3 pages (limit 2; --max-pages)\n"
    assert result.stdout == ""
