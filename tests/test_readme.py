"""The README is what a new user runs first: its links and its Python example must work."""

from __future__ import annotations

import re
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
