"""No import cycles in gui/ or model/, counting every import a reader meets.

Python runs a cycle as long as one side imports the other late (inside a function, or only for type checkers
under ``TYPE_CHECKING``), so the interpreter never complains; a reader still cannot understand either module
without the other. This test reads the source of every module with ``ast`` and follows every import in it:
module level, inside functions, and under ``TYPE_CHECKING``. Import-linter's contracts (pyproject.toml) check
the direction between packages; this checks that no group of modules leans on itself anywhere.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("gui", "model")


def module_files() -> dict[str, tuple[Path, bool]]:
    """Every module of the packages by dotted name, with its file and whether it is a package's __init__."""
    found: dict[str, tuple[Path, bool]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def imported_names(tree: ast.AST, package: str) -> Iterable[str]:
    """The dotted names every import statement in ``tree`` names (``from a import b`` gives ``a`` and ``a.b``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from .x import y, from .. import z
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parents, base] if base else parents)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    """Each module and the modules of the packages it imports."""
    modules = module_files()

    def owner(name: str) -> str | None:  # the module a dotted name is, or is inside of
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rpartition(".")[0]
        targets = {owner(t) for t in imported_names(ast.parse(path.read_text(encoding="utf-8")), package)}
        graph[name] = {t for t in targets if t is not None and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            step = next(successors, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def test_no_import_cycles() -> None:
    graph = import_graph()
    assert "gui.main_window" in graph and "model.reads.queries" in graph  # the walk found the packages
    unexpected = cycles(graph)
    described = ["; ".join(f"{m} → {', '.join(sorted(graph[m] & c))}" for m in sorted(c)) for c in unexpected]
    assert not unexpected, "import cycles:\n" + "\n".join(described)


def test_the_cycle_finder_sees_late_imports() -> None:
    """A cycle closed only by an import inside a function, or one for type checkers, is still found."""
    source = {
        "a": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from b import B\n",
        "b": "def f():\n    from c import g\n",
        "c": "import a\n",
        "d": "import a\n",
    }
    graph = {
        name: {t for t in imported_names(ast.parse(text), "") if t in source and t != name}
        for name, text in source.items()
    }
    assert cycles(graph) == [{"a", "b", "c"}]
