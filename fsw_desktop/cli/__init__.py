"""The ``fsw`` command: set up, check, back up and inspect a profile without the window.

Usage: ``fsw [--profile DIR] [--passphrase-file FILE] COMMAND ...``. Global options go
before the command so every command finds its profile and passphrase the same way.

Exit codes: 0 done, 2 usage, 3 wrong passphrase or no such profile, 4 input refused,
5 the profile's database file is damaged or its key file is missing (restore a backup).
Errors are one line on stderr (``fsw: <message>``) and never a traceback, because a
traceback can carry field values, i.e. personal data, into a terminal or a log.

To add a command, write one function decorated with ``@command("name", ...)``; a name
with a space (``"cases list"``) makes a nested subcommand under its group.
"""

from __future__ import annotations

import argparse
import os

from ..db import DAMAGED_WHILE_WORKING, is_damage
from ..errors import DamagedProfile, FswError, InputRefused
from ..services.desk import profile
from . import caseload, cases, sharing, summary  # noqa: F401  each registers its commands
from . import desk  # noqa: F401  registers init, demo, check, passphrase, backup, restore and identity
from . import keys  # noqa: F401  registers keys and recovery
from .base import COMMANDS, GROUP_HELP, fail

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fsw", description="FSW Desk from the command line.")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (else $FSW_PROFILE, else the default)")
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE's first line")
    top = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    groups: dict[str, argparse._SubParsersAction] = {}
    for cmd in COMMANDS:
        group, _, leaf = cmd.name.rpartition(" ")
        if group and group not in groups:
            gp = top.add_parser(group, help=GROUP_HELP.get(group, ""))
            groups[group] = gp.add_subparsers(dest="subcommand", metavar="SUBCOMMAND", required=True)
        sub = (groups[group] if group else top).add_parser(leaf, help=cmd.help, description=cmd.help)
        cmd.configure(sub)
        sub.set_defaults(run=cmd.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; argparse exits 2 on usage errors, everything else returns a code."""
    args = build_parser().parse_args(argv)
    try:
        args.profile_dir = profile.resolve_profile_dir(args.profile)
        return args.run(args)
    except FswError as exc:
        return fail(exc.message, exc.exit_code)
    except OSError as exc:  # the file name may itself be personal, so only the reason
        return fail(f"Could not use a file: {exc.strerror or type(exc).__name__}.", InputRefused.exit_code)
    except KeyboardInterrupt:
        return fail("Cancelled.", 130)
    except Exception as exc:  # a traceback could show record values; FSW_DEBUG=1 shows it
        if is_damage(exc):  # met on a raw connection the engine's own mapping does not see
            return fail(DAMAGED_WHILE_WORKING, DamagedProfile.exit_code)
        if os.environ.get("FSW_DEBUG"):
            raise
        return fail(f"Unexpected error ({type(exc).__name__}). Run with FSW_DEBUG=1 for details.", 1)
