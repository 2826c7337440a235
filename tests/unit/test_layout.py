"""The layout's rules that code can break silently: which room may import which, no cycles, Qt only in ui/.

Rooms, bottom to top (docs/architecture.md): the base modules (errors, ids, atomic, progress),
db, models, sync, services, demo, then the two front ends, cli and ui, and the window's entry
point app.py on top. A module may import its own room and the rooms below it, never above, and
the two front ends never import each other. An import inside a function must say why on its
line (start-up time, say), so that nobody hides a cycle in a function.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "fsw_desktop"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.M)

RANK = {"base": 0, "db": 1, "models": 2, "sync": 3, "services": 4, "demo": 5, "cli": 6, "ui": 6, "app": 7}
BASE = {"errors", "ids", "atomic", "progress", "keyslots", "words", "__init__"}


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module(p): p for p in PACKAGE.rglob("*.py")}


def room(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "base"
    first = parts[1]
    return "base" if first in BASE else first


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def imports(module: str) -> list[tuple[str, int, bool, str]]:
    """(imported module, line, inside a function, the line's text) for every import of ours."""
    path = MODULES[module]
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    in_function: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, (ast.Import, ast.ImportFrom)):
                    in_function.add(id(inner))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, path.name == "__init__.py", node.level, node.module) if node.level \
                else (node.module or "")
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for target in targets:
            if target in MODULES and target != module:
                out.append((target, node.lineno, id(node) in in_function, lines[node.end_lineno - 1]))
    return out


GRAPH = {m: imports(m) for m in MODULES}


def test_nothing_outside_ui_imports_qt():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts[:1]
                 and QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_every_arrow_points_down():
    upward = []
    for module, targets in GRAPH.items():
        mine = room(module)
        for target, line, _inside, _text in targets:
            theirs = room(target)
            if theirs == mine:
                continue
            if RANK[theirs] > RANK[mine] or (RANK[theirs] == RANK[mine]):  # cli and ui never import each other
                upward.append(f"{module}:{line} imports {target} ({mine} -> {theirs})")
    assert upward == []


def test_no_import_cycles():
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w, *_ in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert cycles == []


def test_imports_inside_functions_say_why():
    unexplained = [f"{module}:{line}: {text.strip()}" for module, targets in GRAPH.items()
                   for _target, line, inside, text in targets if inside and "#" not in text]
    assert unexplained == []


def test_each_services_folder_says_what_it_owns():
    folders = [p for p in (PACKAGE / "services").iterdir() if p.is_dir() and not p.name.startswith("__")]
    assert len(folders) >= 6
    for folder in folders:
        init = folder / "__init__.py"
        assert init.exists() and ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), folder.name
    assert not [p.name for p in (PACKAGE / "services").glob("*.py") if p.name != "__init__.py"]


def test_the_layout_test_sees_an_upward_arrow():
    """The rule is real: a services module importing ui would be caught."""
    assert RANK[room("fsw_desktop.ui.main_window")] > RANK[room("fsw_desktop.services.desk.profile")]
    assert room("fsw_desktop.atomic") == "base" and room("fsw_desktop.db") == "db"


def test_the_light_profile_place_names_the_database_file_as_db_does():
    """services/desk/place.py says the database file's name again so the lock screen needs no SQLAlchemy."""
    from fsw_desktop import db  # reason: this test only
    from fsw_desktop.services.desk import place  # reason: this test only

    assert place.DB_NAME == db.DB_NAME


def test_the_lock_screen_paints_before_the_database_layer_loads():
    """Issue 20: launch to the lock screen painted within 0.8 s. Importing the entry point must not
    load SQLAlchemy, the models or the main window (they load while the passphrase is checked)."""
    import subprocess  # reason: this test only
    import sys  # reason: this test only

    code = ("import sys, fsw_desktop.app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' "
            "or m in ('fsw_desktop.db', 'fsw_desktop.ui.main_window'))[:3])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
