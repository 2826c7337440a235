"""Start the window: ``fsw-desktop [--profile DIR] [--hint TEXT] [--self-test]``."""

from __future__ import annotations

import argparse
import os
import sys

from .services.desk.place import resolve_profile_dir
from .ui import selftest, startup


def main(argv: list[str] | None = None) -> int:
    # --help is the command line's (stdout, none in a windowed build), never a window's: English, not through tr
    parser = argparse.ArgumentParser(prog="fsw-desktop", description="FSW Desk")  # not shown
    parser.add_argument("--profile", help="profile directory (default: FSW_PROFILE or the user data directory)")  # not shown
    parser.add_argument("--hint", default=os.environ.get("FSW_UNLOCK_HINT", ""),
                        help="text shown on the lock screen (used by the demo profile)")  # not shown
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen on a throwaway profile, then exit 0 or 1")  # not shown
    args = parser.parse_args(argv)
    if args.self_test:
        return selftest.run()
    return startup.run_window(resolve_profile_dir(args.profile), hint=args.hint)


if __name__ == "__main__":
    sys.exit(main())
