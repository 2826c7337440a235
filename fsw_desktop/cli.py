"""The ``fsw`` command: set up, check, back up and inspect a profile without the window.

Usage: ``fsw [--profile DIR] [--passphrase-file FILE] COMMAND ...``. Global options go
before the command so every command finds its profile and passphrase the same way.

Exit codes: 0 done, 2 usage, 3 wrong passphrase or no such profile, 4 input refused,
5 the profile's database file is damaged (restore a backup).
Errors are one line on stderr (``fsw: <message>``) and never a traceback, because a
traceback can carry field values, i.e. personal data, into a terminal or a log.

To add a command, write one function decorated with ``@command("name", ...)``; a name
with a space (``"cases list"``) makes a nested subcommand under its group.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .db import DAMAGED_WHILE_WORKING, Database, is_damage
from .errors import DamagedProfile, FswError, InputRefused, NoProfile, ProfileExists
from .models.sync import ROLES
from .services.desk import files, profile

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


def identity_of(database: Database) -> dict[str, str]:
    """Public parts only: shared with other desks, so no private keys and no worker name."""
    from .sync import identity

    return identity.public_identity(profile.desk_of(database))


# --- commands ----------------------------------------------------------------------------


def _init_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--worker", required=True, help="your name, as it appears in the audit trail")
    p.add_argument("--desk", required=True, help="a name for this desk")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--establishment", default="")


@command("init", "create a new encrypted profile", _init_args)
def cmd_init(args: argparse.Namespace) -> int:
    if profile.exists(args.profile_dir):  # before the prompt, not after two typed passphrases
        raise ProfileExists(f"A profile already exists at {args.profile_dir}.")
    passphrase = current_passphrase(args, confirm=True)
    database = profile.create_profile(
        args.profile_dir, args.worker, args.desk, args.role, passphrase, args.establishment
    )
    try:
        ident = identity_of(database)
    finally:
        database.close()
    print(f"desk id: {ident['desk_id']}")
    print(f"fingerprint: {ident['fingerprint']}")
    return 0


def _demo_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--size", choices=("standard", "large"), default="standard")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=4, help="on a supervisor's desk: how many workers' summaries")


@command("demo", "fill the profile with made-up demonstration data", _demo_args)
def cmd_demo(args: argparse.Namespace) -> int:
    from . import demo  # lazy: pulls in the data generator only when asked

    with unlocked(args) as database:
        if profile.desk_of(database).role == "supervisor":
            from . import demo_team

            ids = demo_team.populate_team(database, workers=args.workers, seed=args.seed)
            print(f"workers' summaries: {len(ids)}")
            return 0
        counts = demo.populate(database, size=args.size, seed=args.seed)
    for table, n in counts.items():
        print(f"{table}: {n}")
    return 0


@command("check", "check the database is whole and readable")
def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as database:
        problems = profile.check(database)
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    raise DamagedProfile(f"The database check found {len(problems)} problem(s): the profile's database file "
                         "is damaged. Restore your latest backup ('fsw restore FILE --replace').")


def _passphrase_change_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--new-passphrase-file", metavar="FILE")


@command("passphrase change", "change the profile passphrase", _passphrase_change_args)
def cmd_passphrase_change(args: argparse.Namespace) -> int:
    require_profile(args)
    old = current_passphrase(args)
    with unlocked(args, old) as database:  # a wrong current passphrase stops here, exit 3
        new = _passphrase(args.new_passphrase_file, "FSW_NEW_PASSPHRASE", "New passphrase", confirm=True)
        profile.change_passphrase(database, old, new)
    print("passphrase changed")
    return 0


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="where to write the encrypted copy")


@command("backup", "write a verified encrypted copy of the profile", _backup_args)
def cmd_backup(args: argparse.Namespace) -> int:
    with unlocked(args) as database:
        counts = profile.backup(database, Path(args.out))
    print(f"backup verified: {sum(counts.values())} rows")
    return 0


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="a backup made by 'fsw backup'")
    p.add_argument("--replace", action="store_true", help="overwrite the profile that is there now")


@command("restore", "replace the profile with a backup (asks for the backup's passphrase)", _restore_args)
def cmd_restore(args: argparse.Namespace) -> int:
    # Restoring over a live profile throws away its casework, so that must be asked for.
    if profile.exists(args.profile_dir) and not args.replace:
        raise InputRefused("A profile already exists there; add --replace to overwrite it with the backup.")
    profile.restore(args.profile_dir, Path(args.file), current_passphrase(args))
    print("restored")
    return 0


def _identity_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--export", metavar="FILE", help="also write the public identity to FILE")


@command("identity", "show this desk's public identity", _identity_args)
def cmd_identity(args: argparse.Namespace) -> int:
    with unlocked(args) as database:
        text = json.dumps(identity_of(database), indent=2)
    if args.export:
        files.save(Path(args.export), text + "\n")
    print(text)
    return 0


def _cases_list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--status", choices=("open", "closed", "all"), default="open")


@command("cases list", "list cases", _cases_list_args)
def cmd_cases_list(args: argparse.Namespace) -> int:
    from .services.casework import casework  # lazy: only this command needs it
    from .services.desk.session import open_session

    with unlocked(args) as database:
        session = open_session(database)
        try:
            data = casework.cases_json(session, args.status)
        finally:
            session.close()
    if args.json:
        print(json.dumps(data, indent=2, default=str))
    else:
        print_table(data.get("cases", []) if isinstance(data, dict) else data)
    return 0


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


# --- parser and entry point --------------------------------------------------------------

from . import cli_sync  # noqa: E402,F401  registers the peers, bundle and conflicts commands
from . import cli_caseload  # noqa: E402,F401  registers import, export and template caseload
from . import cli_summary  # noqa: E402,F401  registers the summary command


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
        return _fail(exc.message, exc.exit_code)
    except OSError as exc:  # the file name may itself be personal, so only the reason
        return _fail(f"Could not use a file: {exc.strerror or type(exc).__name__}.", InputRefused.exit_code)
    except KeyboardInterrupt:
        return _fail("Cancelled.", 130)
    except Exception as exc:  # a traceback could show record values; FSW_DEBUG=1 shows it
        if is_damage(exc):  # met on a raw connection the engine's own mapping does not see
            return _fail(DAMAGED_WHILE_WORKING, DamagedProfile.exit_code)
        if os.environ.get("FSW_DEBUG"):
            raise
        return _fail(f"Unexpected error ({type(exc).__name__}). Run with FSW_DEBUG=1 for details.", 1)


def _fail(message: str, code: int) -> int:
    print(f"fsw: {' '.join(message.split())}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
