"""Stopping and rerunning: Ctrl-C and kill -9 leave no partial file, and a rerun finishes the job
with the same bytes as a run never stopped; unchanged files are skipped, changed ones redone."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

import pipeline.batch.run
from pipeline.cli import main
from tests.batch_fixtures import (
    MANIFEST_DIR,
    REPO,
    RUN_MARK,
    faults_env,
    process_argv,
    processes_marked,
    tree_bytes,
    write_note,
)

# Each __slow__ file takes half a second or more, so a run of these is long enough to interrupt.
SLOW_FILES = 6


@pytest.fixture(scope="module")
def slow_inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("slow") / "in"
    for i in range(SLOW_FILES):
        write_note(root / f"n{i}__slow__.docx", variant=i)
    return root


@pytest.fixture(scope="module")
def uninterrupted(slow_inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("ref") / "out"
    done = subprocess.run(
        process_argv(slow_inputs, "--out", out, "--workers", "2"),
        cwd=REPO,
        env=faults_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return tree_bytes(out)


def _start(inputs: Path, out: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        process_argv(inputs, "--out", out, "--workers", "2"),
        cwd=REPO,
        env=faults_env(**env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_first_output(out: Path, deadline_s: float = 30) -> None:
    end = time.monotonic() + deadline_s
    while not list(out.glob("*.json")):
        assert time.monotonic() < end, "no output appeared"
        time.sleep(0.05)


def _partial_files(out: Path) -> list[Path]:
    """Return output files that are not finished outputs (temp files left behind)."""
    return [
        p
        for p in out.rglob("*")
        if p.is_file()
        and MANIFEST_DIR not in p.relative_to(out).parts
        and not p.name.endswith((".json", ".jsonl"))
    ]


def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(
    slow_inputs: Path, uninterrupted: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = _start(slow_inputs, out)
    _wait_for_first_output(out)
    run.send_signal(signal.SIGINT)
    stdout, stderr = run.communicate(timeout=30)
    assert run.returncode == 130, stderr
    written = sorted(p.name for p in out.glob("*.json"))
    assert 0 < len(written) < SLOW_FILES
    assert f"{SLOW_FILES - len(written)} files left" in stderr
    assert (out / "errors.jsonl").read_text() == ""
    assert _partial_files(out) == []
    for name in written:  # what is there is whole
        json.loads((out / name).read_text())

    rerun = subprocess.run(
        process_argv(slow_inputs, "--out", out, "--workers", "2"),
        cwd=REPO,
        env=faults_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(written)} unchanged" in rerun.stdout
    assert tree_bytes(out) == uninterrupted


def test_kill_9_then_rerun_gives_the_uninterrupted_outputs(
    slow_inputs: Path, uninterrupted: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    mark = uuid.uuid4().hex
    run = _start(slow_inputs, out, **{RUN_MARK: mark})
    _wait_for_first_output(out)
    run.kill()
    run.communicate(timeout=30)
    rerun = subprocess.run(
        process_argv(slow_inputs, "--out", out, "--workers", "2"),
        cwd=REPO,
        env=faults_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert tree_bytes(out) == uninterrupted
    assert _partial_files(out) == []
    # Orphaned workers noticed their parent was gone (within a second) and left.
    assert processes_marked(mark) == []


def _process(inputs: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(
        main, ["process", str(inputs), "--out", str(out), "--workers", "1", *extra]
    )
    assert result.exit_code == 0, result.output
    return result.stdout


def test_unchanged_files_are_skipped_without_rehashing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    before = tree_bytes(out)

    def no_hashing(path: Path) -> str:
        raise AssertionError(f"{path} was hashed again")

    monkeypatch.setattr(pipeline.batch.run, "sha256_of", no_hashing)
    stdout = _process(tmp_path / "in", out)
    assert "nothing to do: 2 unchanged" in stdout
    assert tree_bytes(out) == before


def test_a_changed_file_is_redone(tmp_path: Path) -> None:
    note = write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    write_note(note, variant=7)
    os.utime(note, ns=(time.time_ns(), time.time_ns() + 10**9))  # a new mtime even on coarse clocks
    stdout = _process(tmp_path / "in", out)
    assert "1 written, 1 unchanged" in stdout
    data = json.loads((out / "a.docx.json").read_text())
    assert data["source"]["sha256"] == hashlib.sha256(note.read_bytes()).hexdigest()


def test_force_redoes_everything(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    assert "1 written, 0 unchanged" in _process(tmp_path / "in", out, "--force")


def test_options_that_change_output_redo_files(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    assert "1 written" in _process(tmp_path / "in", out, "--month-first")
    # Options that do not change outputs (workers, timeout) keep files unchanged.
    assert "1 unchanged" in _process(tmp_path / "in", out, "--month-first", "--timeout", "100")


def test_a_duplicate_of_a_file_from_an_earlier_run_is_not_read(tmp_path: Path) -> None:
    original = write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    (tmp_path / "in" / "later.docx").write_bytes(original.read_bytes())
    stdout = _process(tmp_path / "in", out)
    assert "0 written, 1 unchanged, 1 duplicates" in stdout
    data = json.loads((out / "later.docx.json").read_text())
    assert data["warnings"][-1] == f"duplicate of {original}"


def _text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def test_docx_toggled_on_a_rerun_is_written_from_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    scan = Path(
        shutil.copy(REPO / "samples/notes/cr04_catatan_kasus_andi_scan.pdf", inputs / "s.pdf")
    )
    write_note(inputs / "a.docx")
    out = tmp_path / "out"
    assert "2 written, 0 unchanged" in _process(inputs, out)
    assert json.loads((out / "s.pdf.json").read_text())["source"]["ocr_pages"]  # a real scan
    before = tree_bytes(out)

    def no_hashing(path: Path) -> str:  # every file read again is hashed first
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(pipeline.batch.run, "sha256_of", no_hashing)
    stdout = _process(inputs, out, "--docx")
    assert f"{scan}: unchanged; DOCX summary written from its JSON" in stdout
    assert "nothing read again: 2 unchanged, 2 DOCX summaries written from the JSON" in stdout
    after = tree_bytes(out)
    assert sorted(set(after) - set(before)) == ["a.docx.docx", "s.pdf.docx"]
    assert {name: after[name] for name in before} == before  # the JSON was not rewritten

    # The summary is the one `summarize` writes from the same JSON.
    summarized = tmp_path / "summaries"
    result = CliRunner().invoke(
        main, ["summarize", str(out / "s.pdf.json"), "--out", str(summarized)]
    )
    assert result.exit_code == 0, result.output
    assert _text(out / "s.pdf.docx") == _text(summarized / "s.pdf.docx")

    assert "nothing to do: 2 unchanged" in _process(inputs, out, "--docx")
    # Other summary settings rewrite the summaries, still from the JSON.
    full = _process(inputs, out, "--docx", "--full-text")
    assert "2 DOCX summaries written from the JSON" in full


def test_a_rerun_removes_the_temp_files_a_killed_writer_left(tmp_path: Path) -> None:
    # kill -9 between a temp file's creation and its rename leaves it behind; the
    # rerun holds the directory's lock, so no live writer can own one.
    write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    _process(tmp_path / "in", out)
    before = tree_bytes(out)
    for left in (out / ".casenotes-tmp-x1.part", out / "sub" / ".casenotes-tmp-x2.part"):
        left.parent.mkdir(exist_ok=True)
        left.write_bytes(b'{"contract_version": "1.1", "source')
    keep = out / "sub" / "notes.part"  # not a temp name of ours
    keep.write_bytes(b"user's")
    _process(tmp_path / "in", out)
    assert _partial_files(out) == [keep]
    keep.unlink()
    (out / "sub").rmdir()
    assert tree_bytes(out) == before
