"""The README is what a new user runs first: its links and its Python example must work."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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
