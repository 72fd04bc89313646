"""A file that hangs, eats memory or kills its worker fails alone; the run goes on.

The faults come from the worker's test hook (CASENOTES_TEST_FAULTS=1 and a
marker in the file name), so the real pool, timeouts and limits are exercised.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from tests.batch_fixtures import RUN_MARK, faults_env, processes_marked, run_process, write_note


def test_hang_crash_and_memory_fail_alone(tmp_path: Path) -> None:
    names = [
        "a_ok.docx",
        "b__hang__.docx",
        "c__crash__.docx",
        "d__oom__.docx",
        "e_ok.docx",
        "f_ok.docx",
    ]
    for i, name in enumerate(names):
        write_note(tmp_path / "in" / name, variant=i)
    mark = uuid.uuid4().hex
    done = run_process(
        tmp_path / "in",
        "--out",
        tmp_path / "out",
        "--workers",
        "2",
        "--timeout",
        "3",
        "--max-memory-mb",
        "400",
        env=faults_env(**{RUN_MARK: mark}),
    )
    assert done.returncode == 1, done.stderr
    failures = {
        os.path.basename(f["path"]): f
        for f in map(json.loads, (tmp_path / "out" / "errors.jsonl").read_text().splitlines())
    }
    assert {name: f["kind"] for name, f in failures.items()} == {
        "b__hang__.docx": "timeout",
        "c__crash__.docx": "crash",
        "d__oom__.docx": "memory",
    }
    assert failures["b__hang__.docx"]["reason"] == "timed out after 3 s; worker stopped"
    assert (
        failures["c__crash__.docx"]["reason"]
        == "worker process killed by SIGSEGV while reading this file"
    )
    assert "exceeded --max-memory-mb 400" in failures["d__oom__.docx"]["reason"]
    # Workers were replaced: the files after the faults were read.
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == [
        "a_ok.docx.json",
        "e_ok.docx.json",
        "f_ok.docx.json",
    ]
    for name, failure in failures.items():
        assert f"{tmp_path / 'in' / name}: {failure['reason']}" in done.stderr.splitlines()
    assert processes_marked(mark) == []  # no worker left behind


def test_fault_markers_do_nothing_without_the_switch(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "x__crash__.docx")
    env = {k: v for k, v in os.environ.items() if k != "CASENOTES_TEST_FAULTS"}
    done = run_process(tmp_path / "in", "--out", tmp_path / "out", "--workers", "1", env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "x__crash__.docx.json").is_file()


def test_failed_bad_input_is_not_read_again_but_still_reported(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "bad.pdf"
    bad.parent.mkdir()
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    for _ in range(2):
        done = run_process(tmp_path / "in", "--out", tmp_path / "out", "--workers", "1")
        assert done.returncode == 1
        # On a slow machine the plain progress line may come first; the failure is its own line.
        assert any(line.startswith(f"{bad}: ") for line in done.stderr.splitlines())
        assert json.loads((tmp_path / "out" / "errors.jsonl").read_text())["kind"] == "input"
    assert "0 written" in done.stdout


def test_timeouts_are_retried_on_the_next_run(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a__slow__.docx")
    args = (tmp_path / "in", "--out", tmp_path / "out", "--workers", "1")
    first = run_process(*args, "--timeout", "0.5", env=faults_env())
    assert json.loads((tmp_path / "out" / "errors.jsonl").read_text())["kind"] == "timeout"
    assert first.returncode == 1
    second = run_process(*args, "--timeout", "30", env=faults_env())
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""
    assert (tmp_path / "out" / "a__slow__.docx.json").is_file()
