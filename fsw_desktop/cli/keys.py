"""``fsw`` commands for the profile's keys: what slots it has, and the recovery key.

``keys --json`` shows the slots (kinds, Argon2id cost, dates) and never key material.
``recovery create`` makes a recovery key (replacing any earlier one) and shows it once;
``recovery use FILE`` sets a new passphrase with it when the passphrase is forgotten.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from .. import atomic
from ..errors import InputRefused
from ..services.desk import profile
from .base import GROUP_HELP, _passphrase, _read_first_line, command, require_profile, unlocked

GROUP_HELP["recovery"] = "make or use the recovery key (for a forgotten passphrase)"


def _keys_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print as JSON")


@command("keys", "show the profile's key slots (never the keys themselves)", _keys_args)
def cmd_keys(args: argparse.Namespace) -> int:
    require_profile(args)
    info = profile.key_info(args.profile_dir)
    if args.json:
        print(json.dumps(info, indent=2, sort_keys=True))
        return 0
    print(f"key derivation: {info['kdf']}" + (f", {info['memory_kib'] // 1024} MiB, {info['iterations']} iterations, "
                                            f"parallelism {info['parallelism']}" if info.get("memory_kib") else ""))
    for slot in info.get("slot_details", []):
        print(f"slot: {slot['kind']} (made {slot['created']})")
    if info.get("note"):
        print(info["note"])
    return 0


def _create_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", help="write the recovery key to this new file (else print it once)")


@command("recovery create", "make a new recovery key (any earlier one stops working)", _create_args)
def cmd_recovery_create(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else None
    if out is not None and out.exists():
        raise InputRefused("That file exists already; give the name of a new file. Nothing was changed.")
    with unlocked(args) as database:
        desk = profile.desk_of(database).desk_name
        code = profile.create_recovery_key(database)
    sheet = recovery_sheet(code, desk, date.today())
    if out is None:
        print(sheet, end="")
        return 0
    atomic.write_atomic(out, sheet)  # 0600, whole or not at all
    print(f"recovery key written to {out.name}; any earlier recovery key no longer works")
    return 0


def recovery_sheet(code: str, desk: str, made: date) -> str:
    """The recovery key on its first line (what ``recovery use`` reads), then what it is."""
    return (f"{code}\n\nFSW Desk recovery key for {desk}, made {made:%d %B %Y}.\n"
            "With it, a new passphrase can be set for this profile and all its data read: keep it like a "
            "door key, locked away from the computer. Making a new recovery key replaces this one.\n")


def _use_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the file holding the recovery key (its first line)")
    p.add_argument("--new-passphrase-file", metavar="FILE")


@command("recovery use", "set a new passphrase with the recovery key", _use_args)
def cmd_recovery_use(args: argparse.Namespace) -> int:
    require_profile(args)
    code = _read_first_line(args.file)
    new = _passphrase(args.new_passphrase_file, "FSW_NEW_PASSPHRASE", "New passphrase", confirm=True)
    profile.reset_passphrase(args.profile_dir, code, new)
    print("passphrase set; the recovery key still works until you make a new one")
    return 0
