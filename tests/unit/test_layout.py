"""The layout's one rule that code can break silently: only ui/ (and the window's entry point) imports Qt."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "fsw_desktop"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.M)


def test_nothing_outside_ui_imports_qt():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts[:1] and p.name != "app.py"
                 and QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
