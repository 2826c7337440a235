"""An import is all or nothing: a failure, a refusal or a killed process leaves the database as it was."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fsw_desktop.db import integrity_check, open_database
from fsw_desktop.errors import InputRefused
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import BundleLog, Change, Peer
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.sync import envelope, merge
from fsw_desktop.sync.bulk import bulk_insert
from fsw_desktop.sync.envelope import BundleRefused

from .desks import PASSPHRASE, make_desks, new_case

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("import_child.py")


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker", "S": "supervisor"})
    yield desks
    desks.close()


def _state(desks, name):
    with open_session(desks[name]) as s:
        counts = tuple(s.execute(select(func.count()).select_from(m)).scalar() for m in (Change, BundleLog))
        peer_seq = s.execute(select(Peer.last_seq_in).where(Peer.desk_id == desks.ids["A"])).scalar()
        return merge.canonical_dump(s), counts, peer_seq


def test_failure_inside_the_merge_rolls_everything_back(ab, monkeypatch):
    new_case(ab["A"])
    ab.send("A", "B")
    new_case(ab["A"], family="Pell")
    path = ab.export("A", "B")
    before = _state(ab, "B")

    def boom(*args, **kwargs):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(merge, "_refresh_conflicts", boom)  # after changes and rows are written
    with pytest.raises(RuntimeError):
        sync_service.import_bundle(ab["B"], path)
    assert _state(ab, "B") == before
    monkeypatch.undo()
    report = sync_service.import_bundle(ab["B"], path)  # and the bundle still imports afterwards
    assert report.added == 3 and not report.replay
    assert ab.dump("A") == ab.dump("B")


@pytest.mark.parametrize("content", [b"", b"hello", None])
def test_unreadable_or_foreign_files_refused_nothing_changed(ab, tmp_path, content):
    new_case(ab["A"])
    ab.send("A", "B")
    before = _state(ab, "B")
    path = tmp_path / "not-a-bundle"
    if content is None:
        path = tmp_path / "missing.fswbundle"
    else:
        path.write_bytes(content)
    with pytest.raises(InputRefused):
        sync_service.import_bundle(ab["B"], path)
    assert _state(ab, "B") == before


@pytest.mark.parametrize("spoil", ["hlc", "shape", "payload-version", "handover-without-case"])
def test_a_signed_bundle_with_bad_contents_is_refused_nothing_changed(ab, tmp_path, spoil):
    """Even from a paired desk, contents FSW Desk does not understand are refused whole."""
    new_case(ab["A"])
    ab.send("A", "B")
    new_case(ab["A"], family="Pell")
    good = ab.export("A", "B")
    with open_session(ab["B"]) as s:
        me = desk(s)
        signing_key_for, revoked = peers.signing_key_lookup(s)
        header, payload, attachment = envelope.open_bundle_parts(
            good.read_bytes(), me_desk_id=me.desk_id, me_encryption_private=bytes(me.encryption_private),
            signing_key_for=signing_key_for, revoked=revoked)
    # spoilt as a format-1 payload (the changes as JSON arrays), which every version reads
    rows = sync_service._payload_changes(header, payload, attachment)
    payload = sync_service.payload_for(payload["kind"], [list(r) for r in rows])
    kind = "sync"
    if spoil == "hlc":
        payload["changes"][-1][6] = "yesterday"
    elif spoil == "shape":
        payload["changes"][-1] = payload["changes"][-1][:5]
    elif spoil == "payload-version":
        payload["payload"] = 99
    else:
        kind = payload["kind"] = "handover"
    with open_session(ab["A"]) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, "B"))
    path = tmp_path / "spoilt.fswbundle"
    path.write_bytes(envelope.seal(payload, kind=kind, sender=sender, recipients=[recipient], seq=header.seq + 1,
                                 scope=header.scope))
    before = _state(ab, "B")
    with pytest.raises(BundleRefused):
        sync_service.import_bundle(ab["B"], path)
    assert _state(ab, "B") == before


def test_truncated_bundle_refused(ab, tmp_path):
    new_case(ab["A"])
    path = ab.export("A", "B")
    data = path.read_bytes()
    before = _state(ab, "B")
    cut = tmp_path / "cut.fswbundle"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleRefused):
        sync_service.import_bundle(ab["B"], cut)
    assert _state(ab, "B") == before


def test_supervisor_gets_no_sync_and_nothing_is_recorded(ab, tmp_path):
    new_case(ab["A"])
    with open_session(ab["A"]) as s:
        out_before = s.execute(select(func.count()).select_from(BundleLog)).scalar()
    with pytest.raises(InputRefused, match="Supervisors receive summary bundles, not sync."):
        sync_service.export_bundle(ab["A"], "S", tmp_path / "s.fswbundle")
    assert not (tmp_path / "s.fswbundle").exists()
    with open_session(ab["A"]) as s:
        assert s.execute(select(func.count()).select_from(BundleLog)).scalar() == out_before
        assert s.get(Peer, ab.ids["S"]).sent_upto == 0


def test_export_to_an_unwritable_place_changes_nothing(ab, tmp_path):
    new_case(ab["A"])
    with pytest.raises(InputRefused):
        sync_service.export_bundle(ab["A"], "B", tmp_path / "no-such-dir" / "x.fswbundle")
    with open_session(ab["A"]) as s:
        assert s.get(Peer, ab.ids["B"]).sent_upto == 0
        assert s.execute(select(func.count()).select_from(BundleLog)).scalar() == 0


def _child(profile_dir: Path, bundle: Path) -> subprocess.Popen:
    env = dict(os.environ, FSW_TEST_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(CHILD), str(profile_dir), str(bundle)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _dump_dir(profile_dir: Path, key) -> tuple[str, list[str]]:
    db = open_database(profile_dir / "profile.fsw", key=key.copy())
    try:
        problems = integrity_check(db)
        with open_session(db) as s:
            return merge.canonical_dump(s), problems
    finally:
        db.close()


def test_killed_import_leaves_before_or_after_never_between(ab, tmp_path):
    case_id = new_case(ab["A"])
    with open_session(ab["A"]) as s:  # a few thousand records in one bundle
        bulk_insert(s, Person, [{"case_id": case_id, "given_name": f"Kin{i}", "family_name": "Orrin",
                                 "notes": "x" * 200} for i in range(4000)])
        s.commit()
    bundle = ab.export("A", "B")
    ab.close()
    template = tmp_path / "B"
    key = ab.keys["B"]
    before, problems = _dump_dir(template, key)
    assert problems == []

    full = tmp_path / "full"
    shutil.copytree(template, full)
    child = _child(full, bundle)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    import_seconds = float(out.split("done ")[1].split()[0])
    after, problems = _dump_dir(full, key)
    assert problems == [] and after != before

    rng = random.Random(20260301)
    outcomes = []
    # spread over the import, the last ones around the commit at its end
    moments = [import_seconds * f for f in (0.05, 0.35, 0.7, 0.9, 1.0, 1.3)]
    for n, moment in enumerate(moments):
        target = tmp_path / f"kill{n}"
        shutil.copytree(template, target)
        child = _child(target, bundle)
        assert child.stdout.readline().strip() == "go"
        time.sleep(moment * rng.uniform(0.9, 1.1))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        dump, problems = _dump_dir(target, key)
        assert problems == [], problems
        assert dump in (before, after), f"half an import after a kill at {moment:.3f}s"
        outcomes.append("after" if dump == after else "before")
    assert "before" in outcomes  # at least one kill landed before the commit


def _indexes(desks, name):
    with open_session(desks[name]) as s:
        return sorted(tuple(r) for r in merge._raw(s).execute(
            "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index'").fetchall())


def test_indexes_set_aside_for_a_large_load_come_back_and_a_failure_keeps_them(ab, monkeypatch):
    """A load into a small table builds its indexes after (``merge._indexes_built_after``); here every
    load counts as large, so a small bundle takes that way: the indexes are the same afterwards, and
    a failure after they were dropped leaves the desk as it was, indexes and all."""
    new_case(ab["A"])
    new_case(ab["A"], family="Pell")
    path = ab.export("A", "B")
    before, indexes = _state(ab, "B"), _indexes(ab, "B")
    assert any(t == "people" for t, _, sql in indexes if sql)
    monkeypatch.setattr(merge, "BULK_ROWS", 1)
    dropped = []
    real = merge._indexes_built_after

    @contextmanager
    def watched(raw, table, incoming):
        with real(raw, table, incoming):  # plain indexes left on the table while its rows go in
            dropped.append((table, raw.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                               "AND tbl_name = ? AND sql IS NOT NULL", (table,)).fetchone()[0]))
            yield

    monkeypatch.setattr(merge, "_indexes_built_after", watched)

    def boom(*args, **kwargs):
        raise RuntimeError("disk pulled out")

    refresh = merge._refresh_conflicts
    monkeypatch.setattr(merge, "_refresh_conflicts", boom)  # after the rows are written and indexes rebuilt
    with pytest.raises(RuntimeError):
        sync_service.import_bundle(ab["B"], path)
    assert ("people", 0) in dropped
    assert _state(ab, "B") == before and _indexes(ab, "B") == indexes
    monkeypatch.setattr(merge, "_refresh_conflicts", refresh)
    sync_service.import_bundle(ab["B"], path)
    assert ab.dump("A") == ab.dump("B") and _indexes(ab, "B") == indexes
    assert integrity_check(ab["B"]) == []
