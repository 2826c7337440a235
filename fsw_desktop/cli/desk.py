"""``fsw`` commands for the desk itself: init, demo, check, passphrase change, backup, restore, identity."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import DamagedProfile, InputRefused, ProfileExists
from ..models.sync import ROLES
from ..services.desk import profile
from ..services.sharing import peers
from ..sync import identity
from .base import _passphrase, command, current_passphrase, require_profile, session, unlocked


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
        ident = identity.public_identity(profile.desk_of(database))
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
    from .. import demo  # lazy: the data generator is large and only this command needs it

    with unlocked(args) as database:
        if profile.desk_of(database).role == "supervisor":
            from ..demo import team as demo_team  # lazy: as above

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
    p.add_argument("--reencrypt", action="store_true",
                   help="also re-encrypt the profile under a new data key (if the old passphrase may have been "
                        "seen): the recovery key and every backup's passphrase stop opening it")


@command("passphrase change", "change the profile passphrase", _passphrase_change_args)
def cmd_passphrase_change(args: argparse.Namespace) -> int:
    require_profile(args)
    old = current_passphrase(args)
    with unlocked(args, old) as database:  # a wrong current passphrase stops here, exit 3
        new = _passphrase(args.new_passphrase_file, "FSW_NEW_PASSPHRASE", "New passphrase", confirm=True)
        profile.change_passphrase(database, old, new, reencrypt=args.reencrypt)
    if args.reencrypt:
        print("passphrase changed and profile re-encrypted; make a new recovery key ('fsw recovery create')")
        return 0
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
    note = profile.restore(args.profile_dir, Path(args.file), current_passphrase(args))
    print("restored")
    print(note)
    return 0


def _identity_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--export", metavar="FILE", help="also write the public identity to FILE")


@command("identity", "show this desk's public identity", _identity_args)
def cmd_identity(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        if args.export:  # the same file and audit entry as the Sync page's "Export my identity"
            ident = peers.export_identity(s, Path(args.export))
            s.commit()
        else:
            ident = identity.public_identity(profile.desk_of(database))
    print(json.dumps(ident, indent=2, sort_keys=True, ensure_ascii=False))
    return 0


