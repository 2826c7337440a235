"""UI fixtures: a controller on a real profile, with the application styled as in use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from fsw_desktop.ui import plain_text
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


@pytest.fixture(autouse=True)
def labels_plain_as_in_use(qapp):
    """Every UI test runs with the application's plain-text guard, as ``apply_style`` installs it in use."""
    plain_text.install(qapp)


@pytest.fixture(autouse=True)
def messages_never_block(monkeypatch):
    """A message box nobody is there to close must not hang the suite.

    Offscreen, a modal QMessageBox that a test did not expect waits for ever (seen once under load).
    By default the static boxes are recorded and answered at once, so such a test fails on its own
    assertions instead; a test that checks a message patches the box itself, as before. A question
    a test did not answer is a test bug, so it fails loudly.
    """
    shown: list[tuple[str, str]] = []

    def note(kind: str):  # noqa: ANN202
        def box(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, note(kind))

    def unanswered(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(unanswered))
    return shown
