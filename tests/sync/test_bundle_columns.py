"""Format 2: a sync bundle's changes column by column (``sync.columns``), and format 1 still imports.

A full sync is written as format 2; a format-1 bundle (the changes as JSON arrays, as every
earlier version wrote them) imports to the same desk; an attachment that does not add up is
refused whole, even signed by a paired desk, and nothing changes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from fsw_desktop.models.sync import BundleLog, Change
from fsw_desktop.services.sharing import peers, sync_service
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.sync import columns, envelope, merge
from fsw_desktop.sync.envelope import BundleRefused

from .desks import make_desks, new_case

FIELDS = merge.CHANGE_FIELDS
ROW = ("c1", "people", "r1", "*", '{"given_name":"Ada"}', None, "0001700000000.00001.d1", "d1", "Worker", None, "")


def _row(i: int, **changed) -> tuple:
    values = dict(zip(FIELDS, ROW), change_id=f"c{i}", record_id=f"r{i}", **changed)
    return tuple(values[f] for f in FIELDS)


# --- the codec ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [
    [],
    [ROW],
    [_row(1), _row(2, old='"x"', prev="c1", field="given_name", value='"Bo"'), _row(3, who="", merges="c1,c2")],
    [_row(1, value='{"note":"ünïcode ☃, a \\\\ and a \\"quote\\""}'), _row(2, old="", prev="")],
])
def test_columns_give_back_the_rows(rows):
    n, sections, attachment = columns.encode(rows, FIELDS)
    assert n == len(rows) and len(sections) == len(FIELDS)
    got = columns.decode(n, sections, attachment, FIELDS)
    assert len(got) == len(FIELDS) and all(len(c) == len(rows) for c in got)
    assert list(zip(*got)) == [tuple(r) for r in rows]


@pytest.mark.parametrize("odd", [{"value": "a\x00b"}, {"who": None}, {"value": 3}, {"who": "\ud800"}])
def test_a_value_that_cannot_go_column_by_column_is_left_to_format_1(odd):
    assert columns.encode([_row(1), _row(2, **odd)], FIELDS) is None


def _spoil(how: str) -> tuple:
    n, sections, attachment = columns.encode([_row(1), _row(2, old='"x"', prev="c1")], FIELDS)
    sections = [list(s) for s in sections]
    old = FIELDS.index("old")
    start_of_old_mask = sum(sum(s) for s in sections[:old]) + sections[old][0]
    if how == "rows":
        n = 3
    elif how == "bool-rows":
        n = True
    elif how == "short":
        attachment = attachment[:-1]
    elif how == "long":
        attachment = attachment + b"\x00"
    elif how == "section-shape":
        sections[0] = [sections[0][0]]
    elif how == "mask-on-a-field-never-null":
        sections[0][1] = 2
    elif how == "mask-byte":
        attachment = attachment[:start_of_old_mask] + b"\x02" + attachment[start_of_old_mask + 1:]
    elif how == "text-under-null":
        attachment = attachment[:start_of_old_mask] + b"\x01\x01" + attachment[start_of_old_mask + 2:]
    elif how == "utf-8":
        attachment = b"\xff" + attachment[1:]
    elif how == "separator":
        attachment = attachment[:1] + b"\x00" + attachment[2:]
    return n, sections, attachment


@pytest.mark.parametrize("how", ["rows", "bool-rows", "short", "long", "section-shape", "mask-on-a-field-never-null",
                                 "mask-byte", "text-under-null", "utf-8", "separator"])
def test_an_attachment_that_does_not_add_up_is_refused(how):
    with pytest.raises(ValueError):
        columns.decode(*_spoil(how), FIELDS)


# --- bundles between desks ----------------------------------------------------------------------


@pytest.fixture
def abc(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker", "C": "worker"})
    yield desks
    desks.close()


def _open(desks, name, path):
    with open_session(desks[name]) as s:
        me = desk(s)
        signing_key_for, revoked = peers.signing_key_lookup(s)
        return envelope.open_bundle_parts(path.read_bytes(), me_desk_id=me.desk_id,
                                          me_encryption_private=bytes(me.encryption_private),
                                          signing_key_for=signing_key_for, revoked=revoked)


def _reseal(desks, src, dst, header, payload, attachment, path):
    with open_session(desks[src]) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, dst))
    path.write_bytes(envelope.seal(payload, kind=header.kind, sender=sender, recipients=[recipient],
                                   seq=header.seq + 1, scope=header.scope, attachment=attachment))
    return path


def _counts(desks, name):
    with open_session(desks[name]) as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar() for m in (Change, BundleLog))


def test_a_sync_is_format_2_and_a_format_1_bundle_of_the_same_changes_imports_the_same(abc, tmp_path):
    for family in ("Orrin", "Pell", "Quill"):
        new_case(abc["A"], family=family)
    to_b = abc.export("A", "B")
    header, payload, attachment = _open(abc, "B", to_b)
    assert header.format == 2 and payload["payload"] == sync_service.COLUMNS_VERSION and len(attachment)
    with pytest.raises(BundleRefused):  # a reader that takes no attachment does not take it silently
        with open_session(abc["B"]) as s:
            me = desk(s)
            envelope.open_bundle(to_b.read_bytes(), me_desk_id=me.desk_id,
                                 me_encryption_private=bytes(me.encryption_private),
                                 signing_key_for=peers.signing_key_lookup(s)[0])
    report = sync_service.import_bundle(abc["B"], to_b)
    assert report.added > 0 and abc.dump("B") == abc.dump("A")

    # the same changes as a format-1 bundle, made the way earlier versions made them, for C
    to_c = abc.export("A", "C")
    header, payload, attachment = _open(abc, "C", to_c)
    rows = sync_service._payload_changes(header, payload, attachment)
    format_1 = sync_service.payload_for("sync", [list(r) for r in rows])
    path = _reseal(abc, "A", "C", header, format_1, None, tmp_path / "format-1.fswbundle")
    assert envelope.peek(path.read_bytes()).format == 1
    report = sync_service.import_bundle(abc["C"], path)
    assert report.added > 0 and report.changes == len(rows)
    assert abc.dump("C") == abc.dump("A") == abc.dump("B")


@pytest.mark.parametrize("how", ["short", "mask-byte", "separator", "rows", "payload-1-with-attachment"])
def test_a_signed_format_2_bundle_that_does_not_add_up_is_refused_nothing_changed(abc, tmp_path, how):
    new_case(abc["A"])
    abc.send("A", "B")
    new_case(abc["A"], family="Pell")
    header, payload, attachment = _open(abc, "B", abc.export("A", "B"))
    before = abc.dump("B"), _counts(abc, "B")
    if how == "payload-1-with-attachment":
        payload = sync_service.payload_for("sync", [list(r) for r in
                                                    sync_service._payload_changes(header, payload, attachment)])
        attachment = bytes(attachment)
    elif how == "rows":
        payload["rows"] += 1
        attachment = bytes(attachment)
    else:
        n, sections, spoilt = columns.encode(sync_service._payload_changes(header, payload, attachment), FIELDS)
        if how == "short":
            spoilt = spoilt[:-1]
        elif how == "separator":
            spoilt = spoilt[:1] + b"\x00" + spoilt[2:]
        else:  # a mask byte that is neither 0 nor 1
            old = FIELDS.index("old")
            at = sum(sum(s) for s in sections[:old]) + sections[old][0]
            assert sections[old][1], "the test needs a change with no old value"
            spoilt = spoilt[:at] + b"\x07" + spoilt[at + 1:]
        attachment = spoilt
    path = _reseal(abc, "A", "B", header, payload, attachment, tmp_path / "spoilt.fswbundle")
    with pytest.raises(BundleRefused) as refused:
        sync_service.import_bundle(abc["B"], path)
    assert refused.value.reason == "payload"
    assert (abc.dump("B"), _counts(abc, "B")) == before


# --- read in two halves, compressed in slices (issue 20) ---------------------------------------


def test_a_log_read_in_two_halves_packs_exactly_as_one_scan(abc, monkeypatch):
    """The second half is read on another thread's connection and joined field by field:
    the same attachment byte for byte, nulls and masks included, and the desk's own changes
    still left out whichever half they fall in."""
    for family in ("Orrin", "Pell", "Quill", "Rook"):
        new_case(abc["A"], family=family)
    abc.send("B", "A")  # B's changes relayed: A leaves B's own out of a bundle for B
    with open_session(abc["A"]) as s:
        target = peers.get_peer(s, "B")
        one, upto = sync_service._sync_columns(s, target, None)
        s.rollback()
    monkeypatch.setattr(sync_service, "HALVES_FROM", 1)
    with open_session(abc["A"]) as s:
        target = peers.get_peer(s, "B")
        halves, upto_2 = sync_service._sync_columns(s, target, None, abc["A"])
        s.rollback()
    assert upto == upto_2 and len(one) == len(halves) > 10
    assert halves.packed == one.packed and halves.counts == one.counts

    to_b = abc.export("A", "B")  # the whole export that way, into B
    sync_service.import_bundle(abc["B"], to_b)
    assert abc.dump("B") == abc.dump("A")


@pytest.mark.parametrize("sizes", [[0], [5], [3, 0, 9 << 20, 7], [12 << 20], [1 << 20] * 20])
def test_a_payload_compressed_in_slices_is_one_zlib_stream(sizes):
    from random import Random
    import zlib

    from fsw_desktop.sync import deflate

    rng = Random(sum(sizes))
    words = [bytes(rng.choice(b"abcdefg \x00\xff") for _ in range(997)) for _ in range(40)]
    pieces = [b"".join(rng.choice(words) for _ in range(size // 997 + 1))[:size] for size in sizes]
    out = deflate.compress(pieces, envelope.ZLIB_LEVEL)
    inflater = zlib.decompressobj()
    assert inflater.decompress(out) == b"".join(pieces)
    assert inflater.eof and not inflater.unused_data
    assert len(out) <= len(zlib.compress(b"".join(pieces), envelope.ZLIB_LEVEL)) * 1.01 + 64


def test_a_write_waiting_to_commit_during_the_read_neither_stalls_the_export_nor_fails(abc, monkeypatch):
    """A write that waits for the export's read lock holds off any new reader: the second reader
    gives up at once, the export's own connection reads that half, and the write then commits."""
    import threading
    import time

    from fsw_desktop.db import connect_raw

    for family in ("Orrin", "Pell", "Quill"):
        new_case(abc["A"], family=family)
    with open_session(abc["A"]) as s:
        target = peers.get_peer(s, "B")
        one, _ = sync_service._sync_columns(s, target, None)
        s.rollback()
    monkeypatch.setattr(sync_service, "HALVES_FROM", 1)
    db = abc["A"]
    committed = threading.Event()
    failed: list[BaseException] = []

    def write() -> None:
        conn = connect_raw(db.path, db.key_copy())
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE desk SET worker_name = worker_name")
            conn.execute("COMMIT")  # waits here, holding off new readers, until the export's lock goes
            committed.set()
        except BaseException as exc:  # noqa: BLE001 - reported below
            failed.append(exc)
        finally:
            conn.close()

    with open_session(db) as s:
        target = peers.get_peer(s, "B")  # this session now holds its read lock
        writer = threading.Thread(target=write)
        writer.start()
        time.sleep(0.5)  # the writer is waiting to commit
        assert not committed.is_set()
        started = time.monotonic()
        halves, _ = sync_service._sync_columns(s, target, None, db)
        assert time.monotonic() - started < 3  # not the writer's ten seconds, nor a reader's five
        s.rollback()
    writer.join(15)
    assert not failed and committed.is_set()
    assert halves.packed == one.packed


def test_work_holding_the_profile_open_to_write_does_not_hold_up_the_export(abc, monkeypatch):
    """A passphrase change holds the profile open (``keep_open``) and then commits: the second
    reader does not wait for it (which would wait on the export's own read lock in turn)."""
    import threading
    import time

    from fsw_desktop.services.data_protection import audit

    new_case(abc["A"], family="Orrin")
    monkeypatch.setattr(sync_service, "HALVES_FROM", 1)
    db = abc["A"]
    inside, done = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def hold_and_write() -> None:
        with db.keep_open():
            inside.set()
            time.sleep(0.3)  # the export meanwhile reaches its second reader
            try:
                with db.worker_session() as s:
                    audit.record(s, "recovery key made")
                    s.commit()
                done.set()
            except BaseException as exc:  # noqa: BLE001 - reported below
                failed.append(exc)

    with open_session(db) as s:
        target = peers.get_peer(s, "B")  # the export's read lock
        holder = threading.Thread(target=hold_and_write)
        holder.start()
        inside.wait(5)
        started = time.monotonic()
        packed, _ = sync_service._sync_columns(s, target, None, db)
        assert time.monotonic() - started < 3
        s.rollback()
    holder.join(15)
    assert not failed and done.is_set() and len(packed) > 0
