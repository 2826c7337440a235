"""A progress dialog wired to a background task; the window stays responsive.

Not a QProgressDialog: when modal, its ``setValue`` runs a nested event loop, so a
progress report could deliver the task's ``done`` (closing and deleting the dialog)
while still inside ``setValue`` on that dialog. That re-entrancy crashed the suite.
The work already runs on a pool thread, so a plain bar that only repaints is enough.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget
from shiboken6 import isValid

from . import tasks


class ProgressDialog(QDialog):
    """Window-modal, cannot be dismissed while the work runs; ``finish`` closes and frees it."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.label = QLabel(title)  # no name of its own: a screen reader reads the message itself
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setMinimumWidth(360)
        self.finished_work = False

    def report(self, pct: int, message: str) -> None:
        if self.finished_work:
            return
        if message:
            self.label.setText(message)
        self.bar.setValue(max(0, min(100, int(pct))))

    def finish(self) -> None:
        self.finished_work = True
        self.close()

    def reject(self) -> None:  # Escape does nothing while the work runs
        if self.finished_work:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.finished_work:
            event.accept()
        else:
            event.ignore()


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[Callable[[int, str], None]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> tasks.Task:
    dialog = ProgressDialog(parent, title)
    dialog.show()

    # Locking the profile may have deleted the dialog while the work ran.
    def progress(pct: int, message: str) -> None:
        if isValid(dialog):
            dialog.report(pct, message)

    def close_dialog() -> None:
        if isValid(dialog):
            dialog.finish()

    # ... and the page that asked may be gone with the window: then nobody is told.
    def done(result: Any) -> None:
        close_dialog()
        if on_done and isValid(parent):
            on_done(result)

    def failed(message: str) -> None:
        close_dialog()
        if not isValid(parent):
            return
        if on_failed:
            on_failed(message)
        else:
            QMessageBox.warning(parent, title, message)

    return tasks.start(fn, done, failed, progress)
