"""The window's start-up: the Qt application, its icon and style, and error hooks that show no data.

``fsw_desktop.app`` parses the command line and hands over to ``run_window`` (or to the
self-test); both live here in ui/, the only room that imports Qt.
"""

from __future__ import annotations

import faulthandler
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..errors import FswError
from . import language
from .controller import AppController
from .style import RESOURCES, apply_style
from ..words import QT_TRANSLATE_NOOP, tr


def run_window(profile_dir: Path, hint: str = "") -> int:
    """Open the lock screen on ``profile_dir`` and run until the window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_error_hooks()
    app.setOrganizationName("FSW Desk")  # not shown: where QSettings keeps the desk's settings
    app.setApplicationName("FSW Desk")  # not shown: as above
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("fsw-desk")  # matches installer/fsw-desk.desktop (taskbar icon on Wayland)
    apply_style(app)
    try:
        language.use(language.saved())  # before the lock screen is made: it speaks the desk's language
    except language.MissingTranslation:
        _one_line("MissingTranslation")  # not shown: a desk built without translations reads in English
    controller = AppController(app, profile_dir, hint=hint)
    controller.start()
    code = app.exec()
    if controller.database is not None:
        controller.lock()
    return code


UNEXPECTED = QT_TRANSLATE_NOOP("", "Something went wrong ({name}). Your data is safe: everything saved before this "
                                   "is kept. Try again; if it keeps happening, lock FSW Desk and unlock it, or restart it.")


def _one_line(name: str) -> None:
    """The only trace of an unexpected error: its type. A traceback or an exception's text can
    hold personal data (SQLAlchemy puts the statement's values in its messages)."""
    if sys.stderr is not None:  # None in a windowed build
        try:
            print(f"FSW Desk: unexpected error ({name})", file=sys.stderr, flush=True)  # not shown: stderr
        except (OSError, ValueError):
            pass


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the window: one line on stderr, a plain message to the worker.

    An exception escaping a Qt slot lands here; the event loop carries on afterwards.
    KeyboardInterrupt keeps Python's own handling.
    """
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _one_line(exc_type.__name__)
    if _showing:  # an error while the message box is up: the one on screen is enough
        return
    if QApplication.instance() is None:
        return
    # Our own errors are written for the worker and carry no personal data; anything else is named only.
    text = exc.message if isinstance(exc, FswError) else tr(UNEXPECTED).format(name=exc_type.__name__)
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), tr("FSW Desk"), text)
    except Exception:  # noqa: BLE001 - the hook itself must never raise
        pass
    finally:
        _showing = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    """Threads other than the UI's: the type only, no traceback, no values."""
    if issubclass(args.exc_type, KeyboardInterrupt):
        threading.__excepthook__(args)
        return
    _one_line(args.exc_type.__name__)


def _unraisable_hook(args: "sys.UnraisableHookArgs") -> None:
    """Errors Python cannot raise (in ``__del__``, finalizers): the type only."""
    _one_line(args.exc_type.__name__)


def install_error_hooks() -> None:
    """The window's error handling; the CLI and the self-test keep Python's defaults.

    faulthandler stays on for hard crashes (in Qt or SQLCipher): it writes only file names, line
    numbers and function names, never a value, and is the only way to see where such a crash was.
    """
    sys.excepthook = excepthook
    threading.excepthook = _thread_hook
    sys.unraisablehook = _unraisable_hook
    if sys.stderr is not None and not faulthandler.is_enabled():
        try:
            faulthandler.enable(sys.stderr, all_threads=True)
        except (AttributeError, OSError, ValueError):  # a stderr without a file descriptor
            pass


def app_icon() -> QIcon:
    """The app icon from resources/icons (PNGs, so no SVG plugin is needed)."""
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("fsw-desk-*.png")):
        icon.addFile(str(png))
    return icon
