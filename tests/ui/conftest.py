"""UI fixtures: a controller on a real profile, with the application styled as in use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from fsw_desktop.ui.controller import AppController
from fsw_desktop.ui.style import apply_style
from tests.conftest import PASSPHRASE


@pytest.fixture
def controller_for(qtbot, qapp):
    qapp.setOrganizationName("FSW Desk Tests")
    qapp.setApplicationName("FSW Desk Tests")
    apply_style(qapp)
    made = []

    def make(profile_dir):
        c = AppController(qapp, profile_dir)
        made.append(c)
        c.start()
        return c

    yield make
    for c in made:
        if c.database is not None:
            c.lock()
        qapp.removeEventFilter(c)
        c.lock_screen.close()
        c.lock_screen.deleteLater()
        c.deleteLater()
    QApplication.processEvents()


def unlock(qtbot, controller, passphrase: str = PASSPHRASE) -> None:
    screen = controller.lock_screen
    qtbot.waitUntil(screen.isVisible)
    screen.passphrase.setText(passphrase)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000)


@pytest.fixture
def answer_yes(monkeypatch):
    """Draft offers are questions; answer them as a worker would, without a nested event loop."""
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
