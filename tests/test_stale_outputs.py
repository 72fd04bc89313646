"""A rerun never leaves the output of an input that now fails, or is gone, where readers find it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.reports.outputs import read_outputs
from tests.batch_fixtures import MANIFEST_DIR, write_note

STALE = Path(MANIFEST_DIR) / "stale"


def run(inputs: Path, out: Path, *extra: str) -> tuple[int, str]:
    args = ["process", str(inputs), "--out", str(out), "--workers", "1", *extra]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.stderr


def test_an_input_that_now_fails_has_its_old_output_moved_aside(tmp_path: Path) -> None:
    note = write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    assert run(tmp_path / "in", out, "--docx")[0] == 0
    old = (out / "a.docx.json").read_bytes()
    note.write_bytes(note.read_bytes()[:500])  # a truncated copy replaces it
    code, stderr = run(tmp_path / "in", out, "--docx")
    assert code == 1
    assert not (out / "a.docx.json").exists()
    assert not (out / "a.docx.docx").exists()
    assert (out / STALE / "a.docx.json").read_bytes() == old
    assert (out / STALE / "a.docx.docx").is_file()
    assert f"{note}: now fails; earlier output moved to {out / STALE / 'a.docx.json'}" in stderr
    outputs = read_outputs(out)
    assert [f.label for f in outputs.files] == ["b.docx.json"]
    assert outputs.unreadable == 1


def test_an_input_that_is_gone_has_its_output_moved_aside(tmp_path: Path) -> None:
    gone = write_note(tmp_path / "in" / "sub" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    assert run(tmp_path / "in", out)[0] == 0
    gone.unlink()
    code, stderr = run(tmp_path / "in", out)
    assert code == 0
    assert not (out / "sub" / "a.docx.json").exists()
    assert (out / STALE / "sub" / "a.docx.json").is_file()
    assert f"{gone}: input no longer exists; earlier output moved to" in stderr
    # Reported once: the next run has nothing left to move.
    assert "moved" not in run(tmp_path / "in", out)[1]


def test_outputs_of_inputs_not_named_this_time_stay(tmp_path: Path) -> None:
    write_note(tmp_path / "first" / "a.docx")
    write_note(tmp_path / "second" / "b.docx", variant=1)
    out = tmp_path / "out"
    assert run(tmp_path / "first", out)[0] == 0
    code, stderr = run(tmp_path / "second", out)
    assert code == 0
    assert (out / "a.docx.json").is_file()
    assert "moved" not in stderr


def test_in_jsonl_mode_a_failing_input_leaves_records_jsonl(tmp_path: Path) -> None:
    note = write_note(tmp_path / "in" / "a.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    assert run(tmp_path / "in", out, "--format", "jsonl")[0] == 0
    note.write_bytes(note.read_bytes()[:500])
    assert run(tmp_path / "in", out, "--format", "jsonl")[0] == 1
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Path(json.loads(line)["source"]["path"]).name for line in lines] == ["b.docx"]
