"""Start the window: ``fsw-desktop [--profile DIR] [--hint TEXT]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fsw-desktop", description="FSW Desk")
    parser.add_argument("--profile", help="profile directory (default: FSW_PROFILE or the user data directory)")
    parser.add_argument("--hint", default=os.environ.get("FSW_UNLOCK_HINT", ""),
                        help="text shown on the lock screen (used by the demo profile)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from .services.profile import resolve_profile_dir
    from .ui.controller import AppController
    from .ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FSW Desk")
    app.setApplicationName("FSW Desk")
    apply_style(app)
    controller = AppController(app, resolve_profile_dir(args.profile), hint=args.hint)
    controller.start()
    code = app.exec()
    if controller.database is not None:
        controller.lock()
    return code


if __name__ == "__main__":
    sys.exit(main())
