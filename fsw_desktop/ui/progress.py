"""A progress dialog wired to a background task; the window stays responsive."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from . import tasks


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> tasks.Task:
    dialog = QProgressDialog(title, None, 0, 100, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(pct: int, message: str) -> None:
        dialog.setLabelText(message)
        dialog.setValue(pct)

    def done(result: Any) -> None:
        dialog.close()
        if on_done:
            on_done(result)

    def failed(message: str) -> None:
        dialog.close()
        if on_failed:
            on_failed(message)
        else:
            QMessageBox.warning(parent, title, message)

    return tasks.start(fn, done, failed, progress)
