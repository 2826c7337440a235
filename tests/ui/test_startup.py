"""The window's start-up hooks: an unexpected error shows a plain message and leaves only its type on stderr."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from fsw_desktop.ui import startup as app_module
from fsw_desktop.errors import ProfileLocked


@pytest.fixture
def hooks_restored(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)


def test_unexpected_error_shows_its_type_only(qapp, capsys, monkeypatch, hooks_restored):
    app_module.install_error_hooks()
    assert sys.excepthook is app_module.excepthook
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    try:
        raise ValueError("[parameters: ('Zephyrine', '1970-01-01')]")  # as SQLAlchemy words it
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err == "FSW Desk: unexpected error (ValueError)\n"
    assert shown and shown[0].startswith("Something went wrong (ValueError). Your data is safe")
    assert "Zephyrine" not in shown[0]


def test_our_own_errors_show_their_message(qapp, capsys, monkeypatch, hooks_restored):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    exc = ProfileLocked()
    app_module.excepthook(ProfileLocked, exc, None)
    assert shown == ["The profile is locked."]
    assert capsys.readouterr().err == "FSW Desk: unexpected error (ProfileLocked)\n"


def test_keyboard_interrupt_keeps_pythons_handling(monkeypatch, hooks_restored):
    seen: list[type] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: seen.append(t))
    app_module.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
