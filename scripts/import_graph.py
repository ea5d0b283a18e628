"""Print the import graph of the cleaner package and exit 1 if it has a circle.

Edges are the imports of cleaner/**/*.py read from their syntax trees (no module is imported to
find them): `import cleaner.x`, `from cleaner.x import y` (an edge to cleaner.x.y when that is a
module, else to cleaner.x) and relative imports, at module level and inside functions alike (a late
import closes a circle as surely as an early one). Imports under `if TYPE_CHECKING:` (never run)
are not edges, nor is the implicit import of a module's parent package. Run it with `make imports` or `python scripts/import_graph.py`.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "cleaner"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Every import a module can run: at its top level and inside its functions and classes
    (a late import closes a circle as surely as an early one), but not under
    `if TYPE_CHECKING:`, which never runs."""
    out: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            out.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            out.extend(_imports(node.orelse))
        else:
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                children = getattr(node, field, None)
                if isinstance(children, list):
                    out.extend(_imports([c for c in children if isinstance(c, ast.stmt)]))
                    for c in children:
                        if isinstance(c, ast.ExceptHandler | ast.match_case):
                            out.extend(_imports(c.body))
    return out


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """{module: the package modules it imports}, for every module of cleaner/."""
    paths = {module_name(p, root): p for p in sorted((root / PACKAGE).rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in _imports(ast.parse(path.read_text(encoding="utf-8")).body):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in paths else base for a in node.names]
            for target in targets:
                # `import cleaner.x.y` imports the deepest module of it that is one of ours.
                while target and target not in paths:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def main() -> int:
    graph = import_graph()
    for name in sorted(graph):
        print(f"{name} -> {', '.join(sorted(graph[name])) or '(nothing)'}")
    cycle = find_cycle(graph)
    if cycle:
        print(f"import circle: {' -> '.join(cycle)}", file=sys.stderr)
        return 1
    print(f"no import circle ({len(graph)} modules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
