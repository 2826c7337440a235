"""The stylesheet and palette: calm, high-contrast, readable at the end of a shift."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from . import plain_text
from .fit import DialogFitter

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"


def apply_style(app: QApplication) -> None:
    """The stylesheet, every dialog fitted to its screen as it is shown (ui/fit.py), and labels and
    tooltips shown as plain text unless a label opts in (ui/plain_text.py)."""
    plain_text.install(app)
    if app.property("fsw_dialog_fitter") is None:
        fitter = DialogFitter(app)
        app.installEventFilter(fitter)
        app.setProperty("fsw_dialog_fitter", True)
    # Replacing the style deletes the old QStyle under any widget still alive, so set it once.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # not shown: the name of Qt's style
    qss = RESOURCES / "style.qss"
    if qss.exists():
        # images (arrows) are named by absolute path, wherever the app is installed
        sheet = qss.read_text(encoding="utf-8").replace("@RESOURCES@", RESOURCES.as_posix())
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
