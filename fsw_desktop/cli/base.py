"""What every ``fsw`` command shares: the command registry, finding the profile and its passphrase,
an unlocked profile that is always closed again, a change-tracked session, and plain output."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from sqlalchemy.orm import Session

from ..db import Database
from ..errors import InputRefused, NoProfile
from ..services.desk import profile
from ..services.desk.session import open_session

Configure = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[argparse.Namespace], int]


@dataclass
class Command:
    name: str  # "backup" or "passphrase change"
    help: str
    configure: Configure
    run: Handler


COMMANDS: list[Command] = []
GROUP_HELP = {"passphrase": "manage the profile passphrase", "cases": "look at casework"}


def command(name: str, help: str, configure: Configure = lambda p: None) -> Callable[[Handler], Handler]:
    """Register a handler; the parser is built from this list so commands stay self-contained."""

    def register(fn: Handler) -> Handler:
        COMMANDS.append(Command(name, help, configure, fn))
        return fn

    return register


# --- passphrases -------------------------------------------------------------------------


def _read_first_line(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.readline().rstrip("\r\n")


def _prompt(label: str, confirm: bool) -> str:
    try:
        first = getpass.getpass(f"{label}: ")
        if confirm and getpass.getpass(f"{label} (again): ") != first:
            raise InputRefused("The two passphrases typed do not match.")
    except EOFError as exc:
        raise InputRefused("No passphrase given.") from exc
    return first


def _passphrase(file: str | None, env: str, label: str, confirm: bool = False) -> str:
    """File first (scripts), then environment (tests, CI), else ask; confirm only when typed."""
    if file:
        return _read_first_line(file)
    if os.environ.get(env):
        return os.environ[env]
    return _prompt(label, confirm)


def current_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    return _passphrase(args.passphrase_file, "FSW_PASSPHRASE", "Passphrase", confirm)


def require_profile(args: argparse.Namespace) -> None:
    """Say there is no profile before asking for a passphrase that could not help."""
    if not profile.exists(args.profile_dir):
        raise NoProfile(f"No profile at {args.profile_dir}. Create one first with 'fsw init'.")


@contextmanager
def unlocked(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Database]:
    """The unlocked profile, closed (connections dropped, key wiped) however the command ends."""
    require_profile(args)
    if passphrase is None:
        passphrase = current_passphrase(args)
    database = profile.unlock(args.profile_dir, passphrase)
    try:
        yield database
    finally:
        database.close()


def session(database: Database) -> Session:
    """A session whose changes are stamped with this desk and its worker, as the window's are."""
    return open_session(database)


def print_table(rows: list[dict]) -> None:
    """Plain columns of the simple (non-nested) fields, for a person reading a terminal."""
    if not rows:
        print("(none)")
        return
    cols = [k for k, v in rows[0].items() if not isinstance(v, (dict, list))]
    cells = [["" if r.get(c) is None else str(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    for row in [cols, ["-" * w for w in widths], *cells]:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def fail(message: str, code: int) -> int:
    """One line on stderr, never a traceback: a traceback can carry personal data into a log."""
    print(f"fsw: {' '.join(message.split())}", file=sys.stderr)
    return code
