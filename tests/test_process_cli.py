"""`casenotes process` end to end, in process (CliRunner): outputs, names, reports, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import pipeline.batch.run
from pipeline.batch import progress
from pipeline.batch.manifest import Manifest
from pipeline.batch.progress import ConsoleReporter
from pipeline.batch.run import summary_line
from pipeline.cli import main
from pipeline.records import FileFailure
from pipeline.write.atomic import PRIVATE
from tests.batch_fixtures import REPO, tree_bytes, write_not_a_document, write_note


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["process", *map(str, args), "--workers", "1"])


def errors(out: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]


def test_outputs_mirror_the_tree_and_keep_the_full_name(tmp_path: Path) -> None:
    write_note(tmp_path / "samples" / "notes" / "a.docx")
    # The reader goes by bytes, not names: a DOCX named a.doc is read too, and must not collide.
    write_note(tmp_path / "samples" / "notes" / "a.doc", variant=1)
    result = invoke(tmp_path / "samples", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(tree_bytes(tmp_path / "out")) == [
        "errors.jsonl",
        "notes/a.doc.json",
        "notes/a.docx.json",
    ]
    assert (tmp_path / "out" / "errors.jsonl").read_bytes() == b""
    data = json.loads((tmp_path / "out" / "notes" / "a.docx.json").read_text())
    assert data["source"]["path"] == str(tmp_path / "samples" / "notes" / "a.docx")
    assert list(data) == ["contract_version", "source", "records", "warnings"]


def test_per_file_line_names_types_and_missing_fields(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    result = invoke(tmp_path / "in", "--out", tmp_path / "out")
    data = json.loads((tmp_path / "out" / "a.docx.json").read_text())
    record = data["records"][0]
    expected = (
        f"{record['record_type']} complete"
        if record["complete"]
        else f"{record['record_type']} incomplete (missing {', '.join(record['missing_required'])})"
    )
    assert f"{tmp_path / 'in' / 'a.docx'}: {expected}" in result.stdout
    assert "1 written, 0 unchanged, 0 duplicates, 0 failed" in result.stdout


def test_a_bad_file_is_a_line_not_a_crash(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "good.docx")
    bad = write_not_a_document(tmp_path / "in" / "bad.pdf")
    result = invoke(tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert (tmp_path / "out" / "good.docx.json").is_file()
    assert not (tmp_path / "out" / "bad.pdf.json").exists()
    (failure,) = errors(tmp_path / "out")
    assert failure["path"] == str(bad)
    assert failure["kind"] == "input"
    assert f"{bad}: {failure['reason']}" in result.stderr.splitlines()


def test_same_relative_path_from_two_roots_keeps_both(tmp_path: Path) -> None:
    first = write_note(tmp_path / "one" / "n.docx", variant=1)
    second = write_note(tmp_path / "two" / "n.docx", variant=2)
    out = tmp_path / "out"
    assert invoke(first.parent, second.parent, "--out", out).exit_code == 0
    names = sorted(p.name for p in out.glob("n.docx*.json"))
    assert len(names) == 2
    assert "n.docx.json" in names
    sources = {json.loads((out / n).read_text())["source"]["path"] for n in names}
    assert sources == {str(first), str(second)}
    # The same names again on a fresh run, and with the inputs in the same order.
    assert invoke(first.parent, second.parent, "--out", tmp_path / "again").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "again").glob("n.docx*.json")) == names


def test_names_differing_only_in_case_do_not_collide(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "A.docx", variant=1)
    write_note(tmp_path / "in" / "a.docx", variant=2)
    out = tmp_path / "out"
    assert invoke(tmp_path / "in", "--out", out).exit_code == 0
    outputs = sorted(p.name for p in out.glob("*.json"))
    assert len({n.casefold() for n in outputs}) == 2  # safe on a case-insensitive file system too
    assert "A.docx.json" in outputs  # "A" sorts first and keeps the plain name


def test_non_ascii_and_spaces_in_names(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "catatan ibu Siti – Maret" / "wawancara ké-2.docx")
    out = tmp_path / "out"
    assert invoke(tmp_path / "in", "--out", out).exit_code == 0
    target = out / "catatan ibu Siti – Maret" / "wawancara ké-2.docx.json"
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["path"].endswith(
        "wawancara ké-2.docx"
    )


def test_a_name_too_long_for_the_output_is_shortened_not_fatal(tmp_path: Path) -> None:
    # 252 bytes with ".docx": a valid input name, but "<name>.json" would be 257 bytes.
    long_name = ("catatan proses wawancara lanjutan " * 8)[:247]
    write_note(tmp_path / "in" / f"{long_name}.docx")
    write_note(tmp_path / "in" / "b.docx", variant=1)
    out = tmp_path / "out"
    assert invoke(tmp_path / "in", "--out", out).exit_code == 0
    outputs = sorted(p.name for p in out.glob("*.json"))
    assert "b.docx.json" in outputs
    (shortened,) = [n for n in outputs if n != "b.docx.json"]
    assert shortened.startswith("catatan proses wawancara")
    assert len(shortened.encode()) < 255


def test_jsonl_format_writes_one_sorted_file(tmp_path: Path) -> None:
    for name, variant in (("c.docx", 3), ("a.docx", 1), ("sub/b.docx", 2)):
        write_note(tmp_path / "in" / name, variant=variant)
    out = tmp_path / "out"
    assert invoke(tmp_path / "in", "--out", out, "--format", "jsonl").exit_code == 0
    assert sorted(tree_bytes(out)) == ["errors.jsonl", "records.jsonl"]
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert paths == sorted(paths)
    assert len(paths) == 3


def test_two_runs_give_byte_identical_outputs(tmp_path: Path) -> None:
    for i in range(3):
        write_note(tmp_path / "in" / f"n{i}.docx", variant=i)
    write_not_a_document(tmp_path / "in" / "x.pdf")
    invoke(tmp_path / "in", "--out", tmp_path / "out1")
    invoke(tmp_path / "in", "--out", tmp_path / "out2")
    first, second = tree_bytes(tmp_path / "out1"), tree_bytes(tmp_path / "out2")
    assert first == second
    assert len(first) == 4


def test_byte_identical_files_are_read_once(tmp_path: Path) -> None:
    original = write_note(tmp_path / "in" / "a.docx")
    copy = tmp_path / "in" / "z" / "copy.docx"
    copy.parent.mkdir()
    copy.write_bytes(original.read_bytes())
    out = tmp_path / "out"
    result = invoke(tmp_path / "in", "--out", out)
    assert result.exit_code == 0
    first = json.loads((out / "a.docx.json").read_text())
    duplicate = json.loads((out / "z" / "copy.docx.json").read_text())
    assert duplicate["source"]["path"] == str(copy)
    assert duplicate["warnings"] == [*first["warnings"], f"duplicate of {original}"]
    assert duplicate["records"] == first["records"]
    assert f"{copy}: duplicate of {original}" in result.stdout
    assert "1 duplicates" in result.stdout


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    note = write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    result = invoke(tmp_path / "in", note, "--out", out)
    assert result.exit_code == 0
    (skipped,) = errors(out)
    assert skipped == {
        "path": str(note),
        "reason": f"same file as {note}, read once",
        "kind": "skipped",
    }


def test_docx_option_writes_a_summary_next_to_each_json(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    out = tmp_path / "out"
    assert invoke(tmp_path / "in", "--out", out, "--docx").exit_code == 0
    assert (out / "a.docx.docx").read_bytes()[:2] == b"PK"


def test_quiet_keeps_only_failures(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    bad = write_not_a_document(tmp_path / "in" / "bad.pdf")
    result = invoke(tmp_path / "in", "--out", tmp_path / "out", "--quiet")
    assert result.stdout == ""
    assert result.stderr.startswith(f"{bad}: ")


@pytest.mark.parametrize(
    "args",
    [
        ["--engine", "local", "--scheduler", "tcp://127.0.0.1:8786"],
        ["--workers", "0"],
        ["--timeout", "0"],
        ["--ocr", "sometimes"],
        ["--ocr-lang", "ind;rm -rf"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    write_note(tmp_path / "in" / "a.docx")
    result = CliRunner().invoke(
        main, ["process", str(tmp_path / "in"), "--out", str(tmp_path / "out"), *args]
    )
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "out").exists()


def test_a_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["process", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 2


def test_bad_schema_directory_is_a_usage_error(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "broken.json").write_text("{not json")
    result = invoke(
        tmp_path / "in", "--out", tmp_path / "out", "--schema-dir", tmp_path / "schemas"
    )
    assert result.exit_code == 2
    assert "broken.json" in result.stderr


def test_help_loads_no_heavy_module() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from pipeline.cli import main; "
        "r = CliRunner().invoke(main, ['process', '--help']); assert r.exit_code == 0, r.output; "
        "heavy = [m for m in ('rich', 'psutil', 'distributed', 'docx', 'pipeline.batch.run', 'pipeline.ingest') "
        "if m in sys.modules]; print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_second_run_into_the_same_directory_is_refused(tmp_path: Path) -> None:
    write_note(tmp_path / "in" / "a.docx")
    with Manifest(tmp_path / "out", PRIVATE):  # a run in progress
        result = invoke(tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "another casenotes run is writing to this directory" in result.stderr
    assert invoke(tmp_path / "in", "--out", tmp_path / "out").exit_code == 0


def test_an_unreadable_input_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_note(tmp_path / "in" / "a.docx")
    locked = write_note(tmp_path / "in" / "locked.docx", variant=1)
    real_hash = pipeline.batch.run.sha256_of

    def refusing_hash(path: Path) -> str:
        # What a file without read permission does (root ignores modes, so fake it).
        if path == locked:
            raise PermissionError(13, "Permission denied")
        return real_hash(path)

    monkeypatch.setattr(pipeline.batch.run, "sha256_of", refusing_hash)
    result = invoke(tmp_path / "in", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert errors(tmp_path / "out") == [
        {"path": str(locked), "reason": "cannot open: Permission denied", "kind": "input"}
    ]
    assert (tmp_path / "out" / "a.docx.json").is_file()


def test_progress_shows_a_question_mark_until_the_walk_is_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reporter = ConsoleReporter(live=False, quiet=False)
    reporter.found(5, final=False)
    reporter.done("in/a.pdf", "case_record complete", pages=3)
    assert reporter.status().startswith("1/? files · 3 pages · ")
    assert "ETA ?" in reporter.status()
    reporter.found(7, final=True)
    assert reporter.status().startswith("1/7 files")
    reporter.error(FileFailure("in/b.pdf", "encrypted PDF (use --password)", "input"))
    reporter.close()
    out, err = capsys.readouterr()
    assert out == "in/a.pdf: case_record complete\n"
    assert err == "in/b.pdf: encrypted PDF (use --password)\n"
    assert reporter.status().endswith("· 1 errors")


def test_plain_progress_lines_when_not_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "PLAIN_EVERY_FILES", 2)
    reporter = ConsoleReporter(live=False, quiet=True)  # quiet: no per-file lines, no ticker
    reporter.done("in/a.pdf", "unknown", pages=1)
    reporter.close()
    assert capsys.readouterr() == ("", "")
    reporter = ConsoleReporter(live=False, quiet=False)
    for name in ("a", "b", "c"):
        reporter.done(f"in/{name}.pdf", None, pages=1)
    time.sleep(1.5)  # the ticker looks once a second
    reporter.close()
    assert "casenotes: 3/? files · 3 pages" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("record", "line"),
    [
        ({"record_type": "unknown", "status": "not_assessed"}, "unknown (not a case note)"),
        ({"record_type": "daily_log", "status": "complete"}, "daily_log complete"),
        (
            {
                "record_type": "process_record",
                "status": "needs_review",
                "missing_required": [],
                "needs_review": [{"field": "conclusion"}],
            },
            "process_record needs review (check conclusion)",
        ),
        (
            {
                "record_type": "case_record",
                "status": "incomplete",
                "missing_required": ["assessment"],
                "needs_review": [{"field": "client_identity"}],
            },
            "case_record incomplete (missing assessment; check client_identity)",
        ),
        (
            {
                "record_type": "daily_log",
                "status": "incomplete",
                "missing_required": ["entries[0].duration_minutes"],
            },
            # Entries count from 1 on screen, as in the DOCX summary and the audit.
            "daily_log incomplete (missing duration_minutes (entries no. 1))",
        ),
    ],
)
def test_per_file_line_says_the_status_of_each_record(record, line) -> None:
    assert summary_line({"records": [record]}) == line
