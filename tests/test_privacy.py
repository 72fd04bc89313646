"""Issue 6: private output modes, inputs left untouched, no network, no case content in logs."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from tests.batch_fixtures import (
    CONTENT_MARKERS,
    MANIFEST_DIR,
    run_process,
    write_not_a_document,
    write_note,
)

# Imported by every Python process started with this directory on PYTHONPATH: the CLI and
# each of its workers. It refuses every network connection and logs which processes ran.
BLOCK_SOCKETS = """
import os, socket

def _refuse(*args, **kwargs):
    raise OSError("network access blocked by test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
with open(os.environ["CASENOTES_TEST_PIDS"], "a") as log:
    log.write(f"{os.getpid()}\\n")
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(inputs: Path, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(
        main, ["process", str(inputs), "--out", str(out), "--workers", "1", *extra]
    )
    assert result.exit_code == 1, result.output  # bad.pdf fails; the run goes on


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    write_note(tmp_path / "in" / "sub" / "a.docx")
    write_not_a_document(tmp_path / "in" / "bad.pdf")
    return tmp_path / "in"


def _everything_written(out: Path) -> Iterator[Path]:
    yield out
    yield from out.rglob("*")


def test_outputs_are_private_by_default(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(inputs, out, "--docx")
    written = list(_everything_written(out))
    assert {p.name for p in written} >= {
        "out",
        "sub",
        "a.docx.json",
        "a.docx.docx",
        "errors.jsonl",
        MANIFEST_DIR,
        "manifest.sqlite",
    }
    for path in written:
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_group_readable_outputs(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(inputs, out, "--group-readable")
    for path in _everything_written(out):
        assert _mode(path) == (0o750 if path.is_dir() else 0o640), path


def test_existing_directories_keep_their_mode(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    out.chmod(0o755)
    (out / "sub").chmod(0o711)
    _run(inputs, out)
    assert _mode(out) == 0o755
    assert _mode(out / "sub") == 0o711
    assert _mode(out / "sub" / "a.docx.json") == 0o600


def test_inputs_are_not_modified(inputs: Path, tmp_path: Path) -> None:
    def state() -> dict[Path, tuple[str, int, int]]:
        return {
            p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns, _mode(p))
            for p in sorted(inputs.rglob("*"))
            if p.is_file()
        }

    before = state()
    _run(inputs, tmp_path / "out", "--docx")
    _run(inputs, tmp_path / "out", "--force")
    assert state() == before


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_whole_pipeline_runs_with_the_network_blocked(inputs: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_SOCKETS)
    pids = tmp_path / "pids.txt"
    env = {**os.environ, "PYTHONPATH": str(site), "CASENOTES_TEST_PIDS": str(pids)}
    done = run_process(
        inputs, "--out", tmp_path / "out", "--engine", "local", "--workers", "2", env=env
    )
    assert done.returncode == 1, done.stderr  # bad.pdf only
    assert (tmp_path / "out" / "sub" / "a.docx.json").is_file()
    # The CLI and both workers ran with sockets blocked.
    assert len(set(pids.read_text().split())) >= 3


def test_logs_and_error_report_carry_no_case_content(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = run_process(inputs, "--out", out, "--workers", "1")
    assert done.returncode == 1
    data = json.loads((out / "sub" / "a.docx.json").read_text(encoding="utf-8"))
    values = {s for record in data["records"] for s in _strings(record["fields"]) if len(s) >= 4}
    assert values, "the sample should yield some field values"
    logs = done.stdout + done.stderr + (out / "errors.jsonl").read_text(encoding="utf-8")
    for secret in values | set(CONTENT_MARKERS):
        assert secret not in logs
