"""Readers pointed at a run say nothing about casenotes' own files (issue 12, item 9): the run
state under `.casenotes/` (manifest, lock, outputs moved aside as stale), `errors.jsonl`,
`records.jsonl` and an export written inside the run are not "JSON someone else left"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch_fixtures import REPO, run_process, write_note


def _casenotes(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module", params=["json", "jsonl"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a run that has every kind of file casenotes leaves in one."""
    root = tmp_path_factory.mktemp(f"run-{request.param}")
    inputs = root / "in"
    write_note(inputs / "a.docx")
    gone = write_note(inputs / "gone.docx", variant=1)
    (inputs / "half.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")  # unreadable: in errors.jsonl
    out = root / "out"
    args = ("--out", out, "--workers", "1", "--format", request.param)
    assert run_process(inputs, *args).returncode == 1
    gone.unlink()  # its output is moved under .casenotes/stale/ by the rerun
    assert run_process(inputs, *args).returncode == 1
    export = _casenotes("export", out, "--out", out / "dataset", "--format", "jsonl")
    assert export.returncode == 0, export.stderr
    if request.param == "json":
        assert (out / ".casenotes" / "stale" / "gone.docx.json").is_file()
    assert (out / "dataset" / "records.jsonl").is_file()
    return out


def test_summarize_says_nothing_about_the_runs_own_files(run: Path, tmp_path: Path) -> None:
    done = _casenotes(
        "summarize", run, run / ".casenotes", run / "dataset", "--out", tmp_path / "s"
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert sorted(p.name for p in (tmp_path / "s").rglob("*.docx")) == ["a.docx.docx"]


def test_evaluate_says_nothing_about_the_runs_own_files(run: Path) -> None:
    done = _casenotes("evaluate", "--gold", run, "--pred", run)
    assert done.returncode == 0, done.stderr
    assert "0 JSON files skipped" in done.stdout
    assert "warning" not in done.stdout + done.stderr
    assert done.stderr == ""
