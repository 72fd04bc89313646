"""The package's layout holds: wings import only wings before their own, no module cycles,
no module over 700 lines.

Order of the wings (README "How it works"): ingest < extract < write < batch <
reports < review < commands. Top-level modules (models and rules) import no wing,
except `cli.py` and `__main__.py`, which start the command line, and the package's
`__init__.py`, the front of the documented Python API. Imports inside
functions count: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
WINGS = ("ingest", "extract", "write", "batch", "reports", "review", "commands")
ENTRY_POINTS = ("cli.py", "__main__.py", "__init__.py")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Return the `pipeline` modules `path` imports (`from pipeline.x import y` gives
    `pipeline.x.y` when that is a module, else `pipeline.x`)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            modules = [n for n in names if n in MODULES]
            found.update(modules or [node.module])
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m == "pipeline" or m.startswith("pipeline.")}


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: _imports(path) & set(MODULES) for name, path in MODULES.items()}


def _wing(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in WINGS) else None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_later_wing(module: str) -> None:
    own = _wing(module)
    later = []
    for target in GRAPH[module]:
        wing = _wing(target)
        if wing is None or wing == own:
            continue
        if own is None:
            allowed = MODULES[module].name in ENTRY_POINTS
        else:
            allowed = WINGS.index(wing) < WINGS.index(own)
        if not allowed:
            later.append(target)
    assert not later, f"{module} imports {sorted(later)}"


def test_no_import_cycle_inside_the_package() -> None:
    # Each strongly connected component of more than one module is a cycle (Tarjan).
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert not cycles


def test_the_checks_see_the_imports() -> None:
    # Guards the two tests above against passing on an empty graph.
    assert "pipeline.reports.outputs" in GRAPH["pipeline.reports.audit"]
    assert "pipeline.records" in GRAPH["pipeline.reports.outputs"]
    assert _wing("pipeline.reports.audit") == "reports"
    assert _wing("pipeline.records") is None


MAX_MODULE_LINES = 700  # issue 9: a module longer than this holds more than one job


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_over_700_lines(module: str) -> None:
    path = MODULES[module]
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.relative_to(PACKAGE)}: {lines} lines"
