"""No import cycles: not at module level, not hidden in a function, not behind ``if TYPE_CHECKING``.

A cycle is a strongly connected component of the graph of which module imports which, read from the
source with :mod:`ast` (every ``import`` statement, wherever it stands), so a module can be understood
and tested without the ones that use it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Cycles the window's modules still have; the engineer moving gui/ into rooms removes them. A cycle that
#: is gone must leave this list too, so it stays true.
KNOWN_GUI_CYCLES = {
    frozenset(
        {"gui.database_choice", "gui.main_window", "gui.search_window", "gui.window_actions", "gui.window_layout"}
    ),
    frozenset({"gui.timeline_export", "gui.timeline_view"}),
}


def modules(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Every module of the packages, by dotted name (a package by its own name)."""
    found = {}
    for package in packages:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    """Which of the packages' modules each one imports, anywhere in its source."""
    known = modules(root, packages)

    def owner(name: str) -> str | None:  # the module a dotted name lives in: "model.store.opening.open_database"
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                targets = [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                found = owner(target)
                if found is not None and found != name:
                    graph[name].add(found)
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
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
                    found.add(frozenset(component))
    return found


def test_model_has_no_import_cycle() -> None:
    found = cycles(import_graph(ROOT, ["model"]))
    assert found == set(), [sorted(c) for c in found]


def test_gui_has_no_import_cycle_but_the_known_ones() -> None:
    found = cycles(import_graph(ROOT, ["gui", "model"]))
    assert found - KNOWN_GUI_CYCLES == set(), [sorted(c) for c in found - KNOWN_GUI_CYCLES]
    assert KNOWN_GUI_CYCLES - found == set(), f"gone, take them off KNOWN_GUI_CYCLES: {KNOWN_GUI_CYCLES - found}"


def test_a_cycle_hidden_in_a_function_or_for_type_checking_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "inner").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "inner" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.inner import b\n")
    (package / "inner" / "b.py").write_text("def later():\n    from .. import c\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n")
    (package / "d.py").write_text("import pkg.a\n")  # imports into the cycle, is not part of it
    assert cycles(import_graph(tmp_path, ["pkg"])) == {frozenset({"pkg.a", "pkg.inner.b", "pkg.c"})}
