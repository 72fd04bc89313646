"""What a new user runs into first: bad options, empty folders, reruns, passwords, `-h`."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from pipeline.batch.run import RunConfig, process_batch
from pipeline.cli import main
from pipeline.ingest.ocr import installed_languages
from pipeline.options import IngestOptions
from tests.batch_fixtures import REPO, faults_env, process_argv, write_note, write_pdf
from tests.ingest.pdf_fixtures import encrypt_pdf

SCAN = REPO / "samples" / "notes" / "cr04_catatan_kasus_andi_scan.pdf"
needs_tesseract = pytest.mark.skipif(
    not {"ind", "eng"} <= set(installed_languages()), reason="tesseract ind+eng not installed"
)


@needs_tesseract
@pytest.mark.parametrize("command", ["process", "inspect"])
def test_an_unknown_ocr_language_is_a_usage_error_naming_the_installed_ones(
    tmp_path: Path, command: str
) -> None:
    out = tmp_path / "out"
    args = [command, str(SCAN), "--ocr-lang", "id"]
    result = CliRunner().invoke(main, [*args, "--out", str(out)] if command == "process" else args)
    assert result.exit_code == 2, result.output
    assert "'id'" in result.stderr
    assert "installed: eng, ind" in result.stderr
    assert not out.exists()


@needs_tesseract
def test_a_language_pack_missing_at_run_time_fails_each_scan_as_a_dependency(
    tmp_path: Path,
) -> None:
    write_note(tmp_path / "in" / "typed.docx")
    (tmp_path / "in" / "scan.pdf").write_bytes(SCAN.read_bytes())
    config = RunConfig(out_dir=tmp_path / "out", ingest=IngestOptions(ocr_lang="ind+xyz"))
    summary = process_batch([tmp_path / "in"], config)
    assert [(Path(f.path).name, f.kind) for f in summary.failures] == [("scan.pdf", "dependency")]
    assert "tesseract-ocr-xyz" in summary.failures[0].reason
    lines = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["kind"] for line in lines] == ["dependency"]
    assert not (tmp_path / "out" / "scan.pdf.json").exists()
    assert (tmp_path / "out" / "typed.docx.json").exists()


@pytest.mark.parametrize("args", [["-h"], ["process", "-h"], ["schema", "list", "-h"]])
def test_dash_h_is_help(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: ")
    assert "-h, --help" in result.output


def test_help_examples_name_sample_paths_that_exist() -> None:
    from pipeline.cli import _COMMANDS

    named = []
    for name in _COMMANDS:
        command = main.get_command(click.Context(main), name)
        assert command is not None
        for line in (command.help or "").splitlines():
            if "Example:" in line:
                named += [word for word in line.split() if word.startswith("samples/")]
    assert named
    assert [path for path in named if not (REPO / path).exists()] == []


def test_a_folder_with_no_document_says_what_it_passed_over_and_fails(tmp_path: Path) -> None:
    pictures, empty = tmp_path / "recordings", tmp_path / "empty"
    pictures.mkdir()
    empty.mkdir()
    for name in ("a.mp3", "b.MP3", "c.mp3", "notes.txt", ".DS_Store"):
        (pictures / name).write_bytes(b"x")
    write_note(tmp_path / "typed" / "a.docx")
    out = str(tmp_path / "out")
    result = CliRunner().invoke(
        main, ["process", str(pictures), str(empty), str(tmp_path / "typed"), "--out", out]
    )
    assert result.exit_code == 1, result.output
    assert f"{pictures}: 0 documents; passed over: 3 .mp3, 1 .txt, 1 hidden" in result.stderr
    assert f"{empty}: 0 documents; the folder holds no file" in result.stderr
    assert "typed" not in result.stderr


def test_an_unchanged_rerun_says_nothing_to_do(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    args = ["process", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "1"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    rows = [line.split() for line in first.stdout.splitlines() if line.startswith("  process_")]
    # Records, complete, needs review, incomplete: the last three add up to the records.
    assert rows == [["process_record", "2", "0", "0", "2"]]
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("nothing to do: 2 unchanged")
    assert "records by type" not in again.stdout


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("run")
    write_note(base / "in" / "a.docx")
    process_batch([base / "in"], RunConfig(out_dir=base / "out"))
    return base / "out"


def _one_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    (line,) = result.stderr.strip().splitlines()
    return line


def test_export_into_a_place_that_cannot_be_written_is_one_line(
    finished_run: Path, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("x")
    dest = tmp_path / "a-file" / "dataset"
    result = CliRunner().invoke(main, ["export", str(finished_run), "--out", str(dest)])
    assert _one_line(result) == f"Error: {dest}: Not a directory"


def test_export_from_a_run_whose_state_cannot_be_written_is_one_line(
    finished_run: Path, tmp_path: Path
) -> None:
    run = tmp_path / "run"
    shutil.copytree(finished_run, run, ignore=shutil.ignore_patterns(".casenotes"))
    (run / ".casenotes").write_text("x")  # stands in for a read-only directory (tests run as root)
    result = CliRunner().invoke(main, ["export", str(run), "--out", str(tmp_path / "ds")])
    assert _one_line(result) == f"Error: {run / '.casenotes' / 'export.salt'}: Not a directory"


def test_process_into_a_run_whose_manifest_cannot_be_written_is_one_line(
    finished_run: Path, tmp_path: Path
) -> None:
    run = tmp_path / "run"
    shutil.copytree(finished_run, run)
    # sqlite cannot create its -wal file: what a read-only .casenotes/ does to it.
    (run / ".casenotes" / "manifest.sqlite-wal").mkdir()
    write_note(tmp_path / "in" / "b.docx", variant=2)
    result = CliRunner().invoke(main, ["process", str(tmp_path / "in"), "--out", str(run)])
    assert _one_line(result).startswith(
        f"casenotes: {run / '.casenotes' / 'manifest.sqlite'}: cannot open the run manifest"
    )


def test_a_second_ctrl_c_aborts_with_130(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b__hang__.docx", variant=1)
    out = tmp_path / "out"
    run = subprocess.Popen(
        process_argv(tmp_path / "in", "--out", out, "--workers", "1"),
        cwd=REPO,
        env=faults_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (out / "a.docx.json").exists():  # the worker is now stuck in the hanging file
        assert time.monotonic() < deadline, "no output appeared"
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    time.sleep(0.5)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "Traceback" not in stderr


def test_the_password_comes_from_a_file_or_the_environment(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    locked = encrypt_pdf(write_pdf(tmp_path / "plain.pdf"), tmp_path / "in" / "a.pdf", "rahasia")
    secret = tmp_path / "password.txt"
    secret.write_text("rahasia\n", encoding="utf-8")
    base = ["process", str(locked), "--workers", "1"]
    wrong = CliRunner().invoke(main, [*base, "--out", str(tmp_path / "o1")])
    assert wrong.exit_code == 1
    by_file = CliRunner().invoke(
        main, [*base, "--out", str(tmp_path / "o2"), "--password-file", str(secret)]
    )
    assert by_file.exit_code == 0, by_file.output
    by_env = CliRunner(env={"CASENOTES_PASSWORD": "rahasia"}).invoke(
        main, [*base, "--out", str(tmp_path / "o3")]
    )
    assert by_env.exit_code == 0, by_env.output
    both = CliRunner().invoke(
        main,
        [*base, "--out", str(tmp_path / "o4"), "--password", "x", "--password-file", str(secret)],
    )
    assert both.exit_code == 2
