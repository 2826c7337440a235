"""``fsw`` commands for pairing desks and moving bundles: peers, bundle, conflicts.

"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from ..errors import InputRefused
from ..services.sharing import peers, sync_service
from ..services.supervision import summary_bundle
from .base import GROUP_HELP, command, print_table, session, unlocked

GROUP_HELP.update({"peers": "pair with other desks", "bundle": "export and import encrypted bundles",
                   "conflicts": "review edits made on two desks at once"})



def _peers_add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the other desk's identity file (fsw identity --export)")
    p.add_argument("--name", help="what to call this desk here")
    p.add_argument("--yes", action="store_true", help="the fingerprints were compared and match")


@command("peers add", "pair with another desk after comparing fingerprints", _peers_add_args)
def cmd_peers_add(args: argparse.Namespace) -> int:
    identity = peers.read_identity_file(Path(args.file))
    confirmed = args.yes
    if not confirmed:
        print(f"Desk: {identity['desk_name']} ({identity['role']})")
        print(f"Fingerprint: {identity['fingerprint']}")
        if not sys.stdin.isatty():
            raise InputRefused("Compare the fingerprint with the other desk, then run again with --yes.")
        answer = input("Does the other desk read out the same fingerprint? [y/N] ")
        confirmed = answer.strip().lower() in ("y", "yes")
        if not confirmed:
            raise InputRefused("Not paired: the fingerprint was not confirmed.")
    with unlocked(args) as database, session(database) as s:
        peer = peers.pair(s, identity, args.name, confirmed=True)
        s.commit()
        print(f"Paired with {peer.name} ({peer.role}), desk {peer.desk_id}.")
    return 0


def _json_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="machine-readable output")


@command("peers list", "list paired desks", _json_flag)
def cmd_peers_list(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        rows = [{"desk_id": p.desk_id, "name": p.name, "desk_name": p.desk_name, "role": p.role,
                 "fingerprint": p.fingerprint, "paired_at": p.paired_at.isoformat(timespec="seconds"),
                 "revoked": p.revoked_at is not None} for p in peers.peers(s)]
    print(json.dumps(rows, indent=2)) if args.json else print_table(rows)
    return 0


def _peer_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("peer", help="desk id, id prefix or name")


def _rename_args(p: argparse.ArgumentParser) -> None:
    _peer_args(p)
    p.add_argument("name")


@command("peers rename", "rename a paired desk", _rename_args)
def cmd_peers_rename(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        peer = peers.get_peer(s, args.peer)
        peers.rename(s, peer.desk_id, args.name)
        s.commit()
    print("Renamed.")
    return 0


@command("peers revoke", "stop trusting a paired desk", _peer_args)
def cmd_peers_revoke(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        peer = peers.get_peer(s, args.peer)
        peers.revoke(s, peer.desk_id)
        s.commit()
    print("Revoked: bundles from that desk will be refused.")
    return 0


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, metavar="PEER", help="desk id, id prefix or name")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--kind", choices=("sync", "handover", "summary"), default="sync")
    p.add_argument("--include-names", action="store_true", help="summary: include names for supervision "
                   "(recorded; never anyone marked do not disclose)")
    p.add_argument("--case", metavar="REF", help="the case to hand over")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="everything changed since this date")


@command("bundle export", "write an encrypted, signed bundle for a paired desk", _export_args)
def cmd_bundle_export(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError as exc:
            raise InputRefused("--since needs a date like 2026-11-01.") from exc
    if args.kind == "handover" and not args.case:
        raise InputRefused("A handover needs --case REF.")
    if args.include_names and args.kind != "summary":
        raise InputRefused("--include-names is for a summary bundle.")
    if args.kind == "summary":
        with unlocked(args) as database:
            made = summary_bundle.export_summary(database, args.to, Path(args.out), include_names=args.include_names)
        print(f"Wrote summary bundle {made.bundle_id}: {made.cases} cases, "
              f"{'with' if made.include_names else 'without'} names, {made.bytes} bytes.")
        return 0
    with unlocked(args) as database:
        report = sync_service.export_bundle(database, args.to, Path(args.out), kind=args.kind, case_ref=args.case,
                                    since=since)
    print(f"Wrote {report.kind} bundle {report.bundle_id}: {report.changes} changes, {report.bytes} bytes.")
    return 0


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file")


@command("bundle import", "import a bundle from a paired desk (all or nothing)", _import_args)
def cmd_bundle_import(args: argparse.Namespace) -> int:
    if summary_bundle.is_summary(Path(args.file)):
        with unlocked(args) as database:
            got = summary_bundle.import_summaries(database, [Path(args.file)])[0]
        print(f"Summary bundle {got.bundle_id} was imported before: nothing changed." if got.replay else
              f"Imported summary from {got.worker_name} ({got.desk_name}): {got.cases} cases.")
        return 0
    with unlocked(args) as database:
        report = sync_service.import_bundle(database, Path(args.file))
    if report.replay:
        print(f"Bundle {report.bundle_id} was imported before: nothing changed.")
        return 0
    print(f"Imported {report.kind} bundle from {report.sender}: {report.added} added, {report.updated} updated, "
          f"{report.conflicts} new conflicts.")
    for warning in report.warnings:
        print(f"Note: {warning}")
    return 0


@command("conflicts list", "edits made on two desks at once, to review", _json_flag)
def cmd_conflicts_list(args: argparse.Namespace) -> int:
    with unlocked(args) as database, session(database) as s:
        rows = [{"id": c.id, "record": f"{c.table} {c.record_ref}", "field": c.field,
                 "standing": c.current_value, "from": c.winner_desk, "other": c.loser_value,
                 "other_from": c.loser_desk} for c in sync_service.open_conflicts(s)]
    print(json.dumps(rows, indent=2, default=str)) if args.json else print_table(rows)
    return 0


def _resolve_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id")
    p.add_argument("--keep", required=True, choices=("mine", "theirs", "edit"))
    p.add_argument("--value", help="the value to keep, with --keep edit")


@command("conflicts resolve", "settle a conflict; the choice syncs to other desks", _resolve_args)
def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    if args.keep == "edit" and args.value is None:
        raise InputRefused("--keep edit needs --value.")

    with unlocked(args) as database, session(database) as s:
        sync_service.resolve_conflict(s, args.id, args.keep, args.value)
        s.commit()
    print("Resolved.")
    return 0
