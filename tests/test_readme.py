"""The README is what a new user runs first: its links, its Python example and its commands
must work as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
# A markdown link or image whose target is not a URL or an anchor.
_LOCAL_LINK = re.compile(r"\]\((?!https?://|#|mailto:)([^)\s]+)\)")


def test_every_local_link_of_the_readme_is_inside_the_repository() -> None:
    targets = _LOCAL_LINK.findall(README.read_text(encoding="utf-8"))
    assert targets
    for target in targets:
        resolved = (ROOT / target.split("#")[0]).resolve()
        assert resolved.is_relative_to(ROOT), target
        assert resolved.exists(), target


def test_the_contract_ships_with_the_repository() -> None:
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    assert "(docs/contract.md)" in README.read_text(encoding="utf-8")
    assert "missing_required" in contract


def test_the_readme_python_example_runs_as_written() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Python API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "case_record complete ()"
    assert lines[1].startswith('{"contract_version": ')
    assert lines[-1] == "1 written, 0 failed"


def test_every_api_name_resolves_and_importing_loads_nothing_heavy() -> None:
    code = (
        "import sys, pipeline\n"
        "heavy = {'spacy', 'pdfplumber', 'docx', 'pypdfium2'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "assert set(pipeline.__all__) == {'__version__', *pipeline._API}\n"
        "for name in pipeline.__all__: getattr(pipeline, name)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


# The README's shell commands that cannot run as written on a checkout, each with the reason
# (and where the same thing is tested); every other one is run by the test below.
NOT_RUN = {
    "make ": "the Makefile's own targets: `make test` is this suite",
    "dask ": "starts a cluster's scheduler or workers",
    "casenotes process in/ --out out/ --schema-dir my-agency-schemas/": "an agency's own folders "
    "(tests/test_agency_schema.py, tests/test_toy_record_type.py)",
    "casenotes review out/ --reviewer sri": "serves until stopped (tests/test_review_browser.py)",
    "casenotes evaluate --gold gold/ --pred out/": "needs records a person marked reviewed "
    "(tests/test_review.py::test_export_gold_then_evaluate_shows_the_corrected_value)",
    "casenotes process archive/": "an archive of the reader's own",
    "casenotes process /archive": "an archive and a cluster of the reader's own",
}
# The README's own first step: later commands read the run it writes.
FIRST = "casenotes process samples/ --out out/"
# The fresh-archive example: 80 generated files, minutes of OCR on a shared machine, so it
# runs with the benchmarks (`CASENOTES_BENCH=1`, make bench), its /tmp/ given a folder here.
ARCHIVE = "/tmp/a"
# Commands whose exit code as written is not 0, and why.
EXIT_CODES = {"casenotes process /tmp/a --out /tmp/a-out": 1}  # holds unreadable files on purpose


def readme_commands() -> list[str]:
    """Return every command line of the README's sh blocks, continuations joined, comments cut."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        for line in re.sub(r"\\\n\s*", " ", block).splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


def test_every_reason_for_not_running_a_command_names_one_in_the_readme() -> None:
    commands = readme_commands()
    assert FIRST in commands
    for prefix in NOT_RUN:
        assert any(c.startswith(prefix) for c in commands), prefix


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    scratch = tmp_path / "clone"
    scratch.mkdir()
    (scratch / "samples").symlink_to(ROOT / "samples")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    runnable = [c for c in readme_commands() if not c.startswith(tuple(NOT_RUN))]
    runnable.remove(FIRST)
    archive = [c for c in runnable if ARCHIVE in c]
    assert len(archive) == 3  # generate, process, evaluate
    if not os.environ.get("CASENOTES_BENCH"):
        runnable = [c for c in runnable if c not in archive]
    for command in [FIRST, *runnable]:
        done = subprocess.run(
            ["bash", "-c", command.replace("/tmp/", f"{temporary}/")],
            cwd=scratch,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        expected = EXIT_CODES.get(command, 0)
        assert done.returncode == expected, (
            f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
        assert "Traceback" not in done.stderr, command
    assert (scratch / "out" / "audit.unreadable.csv").is_file()
    assert (scratch / "dataset" / "records.parquet").is_file()
    assert (temporary / "a-out" / "errors.jsonl").is_file() == bool(
        os.environ.get("CASENOTES_BENCH")
    )
