"""The stylesheet and palette: calm, high-contrast, readable at the end of a shift."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    qss = RESOURCES / "style.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
