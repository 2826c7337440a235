"""Start the window: ``fsw-desktop [--profile DIR] [--hint TEXT]``."""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fsw-desktop", description="FSW Desk")
    parser.add_argument("--profile", help="profile directory (default: FSW_PROFILE or the user data directory)")
    parser.add_argument("--hint", default=os.environ.get("FSW_UNLOCK_HINT", ""),
                        help="text shown on the lock screen (used by the demo profile)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a throwaway profile, then exit 0 or 1")
    args = parser.parse_args(argv)

    if args.self_test:
        from .ui.selftest import run

        return run()

    from PySide6.QtWidgets import QApplication

    from .services.profile import resolve_profile_dir
    from .ui.controller import AppController
    from .ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FSW Desk")
    app.setApplicationName("FSW Desk")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("fsw-desk")  # matches installer/fsw-desk.desktop (taskbar icon on Wayland)
    apply_style(app)
    controller = AppController(app, resolve_profile_dir(args.profile), hint=args.hint)
    controller.start()
    code = app.exec()
    if controller.database is not None:
        controller.lock()
    return code


def app_icon():  # noqa: ANN201 - a QIcon; Qt is imported only once a window is wanted
    """The app icon from resources/icons (PNGs, so no SVG plugin is needed)."""
    from PySide6.QtGui import QIcon

    from .ui.style import RESOURCES

    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("fsw-desk-*.png")):
        icon.addFile(str(png))
    return icon


if __name__ == "__main__":
    sys.exit(main())
