"""Sentences in our source that do not go through ``tr``: a helper for the work, and the test's eye.

    python -m tests.i18n.literals fsw_desktop/ui/booking_dialog.py [...]

Prints each string literal that looks like words for a person (it has a letter and a space, or
starts with a capital) and is not inside ``tr(...)``/``QT_TRANSLATE_NOOP(...)``, a docstring, or
a call whose text is not shown (logging, object names, settings keys, SQL, regexes, format
specs). A line with ``# not shown`` (never read by a person) or ``# i18n: keep`` (words that must stay
as they are: a letter's own language, codes a field reads) is skipped.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

TRANSLATING = {"tr", "QT_TRANSLATE_NOOP", "translate"}
NOT_SHOWN_CALLS = {
    "setObjectName", "setProperty", "property", "objectName", "findChild", "findChildren", "value", "setValue",
    "getLogger", "debug", "info", "warning", "error", "exception", "critical", "execute", "text_", "Signal",
    "setStyleSheet", "compile", "match", "search", "sub", "fullmatch", "split", "strftime", "strptime",
    "fromString", "toString", "startswith", "endswith", "get", "getattr", "setattr", "hasattr", "environ",
    "QSettings", "QLocale", "QKeySequence", "QIcon", "fromTheme", "join", "replace", "isinstance", "format_exc",
    "contains", "remove", "beginGroup", "setFormat", "setDisplayFormat", "Path", "open", "with_suffix",
}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _is_words(text: str) -> bool:
    if not WORDS.search(text):
        return False
    stripped = text.strip()
    if stripped.startswith(("<", "{", "%", "#", "QWidget", "QLabel", "Q")) and " " not in stripped:
        return False
    if re.fullmatch(r"[a-z0-9_.:/\-]+", stripped):  # identifiers, keys, paths, modes
        return False
    if re.fullmatch(r"[A-Z0-9_]+", stripped):  # constants
        return False
    return " " in stripped or stripped[:1].isupper() or stripped.startswith("&")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))
        if isinstance(node, ast.Call) and _call_name(node) in TRANSLATING | NOT_SHOWN_CALLS:
            for arg in ast.walk(node):
                if arg is not node and isinstance(arg, ast.Constant) and _call_name(node) in TRANSLATING:
                    skip.add(id(arg))
            if _call_name(node) in NOT_SHOWN_CALLS:
                for arg in node.args[:1]:
                    for sub in ast.walk(arg):
                        skip.add(id(sub))
        if isinstance(node, ast.Subscript):  # row["name"], QT_CONST["x"]
            for sub in ast.walk(node.slice):
                skip.add(id(sub))
        if isinstance(node, ast.Compare):  # == "value"
            for sub in ast.walk(node):
                skip.add(id(sub))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            line = lines[node.lineno - 1] if node.lineno <= len(lines) else ""
            if "# not shown" in line or "# i18n: keep" in line:
                continue
            if _is_words(node.value):
                found.append((node.lineno, node.value))
    return sorted(found)


def main(paths: list[str]) -> int:
    total = 0
    for name in paths:
        for lineno, text in untranslated(Path(name)):
            print(f"{name}:{lineno}: {text[:90]!r}")
            total += 1
    print(f"{total} literal(s) not through tr")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
