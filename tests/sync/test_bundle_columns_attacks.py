"""Format 2 attacked: hostile column-by-column bundles, sealed with real desks' real keys.

A paired desk of the wrong role, a paired worker's desk sending nonsense, and a desk never paired
all try their hand. Every change that arrives column by column must meet the same checks as the
same change as JSON arrays (format 1); an attachment that does not add up is refused whole; a load
large enough to set the indexes aside and then refused late leaves every index and row as it was.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import time
import uuid
import zlib

import pytest
from sqlalchemy import func, select

from fsw_desktop.db import DB_NAME, integrity_check, open_database
from fsw_desktop.models.cases import Case
from fsw_desktop.models.people import Person
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.sync import BundleLog, Change
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.services.sharing import peers, sync_service
from fsw_desktop.services.supervision import summary_bundle
from fsw_desktop.sync import envelope, identity, merge
from fsw_desktop.sync.bulk import bulk_insert
from fsw_desktop.sync.envelope import BundleRefused, Recipient, Sender
from fsw_desktop.sync.trust import OutOfScope

from .desks import make_desks, new_case
from .test_import_safety import _child, _dump_dir
from .test_bundle_columns import _open
from .test_trust_boundary import CHANGES, KEYS, _fresh_b, change
from . import test_trust_boundary

FIELDS = merge.CHANGE_FIELDS
four = test_trust_boundary.four  # the fixture: desks A and B (workers), V (visitor centre), S (supervisor)
SCOPE = {"role": "worker", "since": None, "case": None, "tables": "all"}


def seal(db, to_desk_id: str, payload: dict, attachment, kind: str = "sync", seq: int = 1000) -> bytes:
    with open_session(db) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, to_desk_id))
    return envelope.seal(payload, kind=kind, sender=sender, recipients=[recipient], seq=seq, scope=SCOPE,
                         attachment=attachment)


def seal_rows(db, to_desk_id: str, rows: list[list], fmt: int, kind: str = "sync", seq: int = 1000,
              **extra) -> bytes:
    """``rows`` as a format-1 (JSON arrays) or format-2 (column by column) bundle from ``db``."""
    if fmt == 1:
        payload, attachment = sync_service.payload_for(kind, rows, **extra), None
    else:
        payload, attachment = sync_service.payload_parts(kind, rows, **extra)
        assert attachment is not None
    data = seal(db, to_desk_id, payload, attachment, kind=kind, seq=seq)
    assert envelope.peek(data).format == fmt
    return data


def _outcome(d, tmp_path_factory, sender: str, rows: list[list], fmt: int) -> tuple:
    """What B (a fresh copy) makes of these rows from ``sender``: the refusal's text, or what it stored."""
    b = _fresh_b(d, tmp_path_factory.mktemp("b"))
    try:
        path = tmp_path_factory.mktemp("bundle") / "x.fswbundle"
        path.write_bytes(seal_rows(d[sender], d.ids["B"], rows, fmt))
        try:
            sync_service.import_bundle(b, path)
            verdict = "accepted"
        except OutOfScope as exc:
            verdict = str(exc)
        with open_session(b) as s:
            stored = sorted(s.execute(select(Change.change_id).where(
                Change.change_id.in_([r[0] for r in rows]))).scalars())
        return verdict, stored
    finally:
        b.close()


@pytest.mark.parametrize("sender,origin", [("V", "V"), ("S", "S"), ("V", "A"), ("A", "V")])
def test_every_write_scope_check_applies_to_changes_that_come_column_by_column(four, tmp_path_factory, sender,
                                                                               origin):
    """Each change of the trust-boundary table, from a paired desk of each role, is refused or accepted
    the same as a format-2 bundle as it is as a format-1 one, with the same words."""
    d = four
    role = {"A": "worker", "V": "visitor-centre", "S": "supervisor"}[origin]
    for i, key in enumerate(KEYS):
        table, field, value, old = key
        if field == "*":
            value = json.dumps(dict(json.loads(value), id="r", ref="R-1", deleted=False), sort_keys=True)
        rows = [change(table, str(uuid.uuid4()), field, value, desk_id=d.ids[origin], old=old, n=i)]
        one, two = (_outcome(d, tmp_path_factory, sender, rows, fmt) for fmt in (1, 2))
        assert one == two, (sender, origin, key)
        allowed = (origin == sender or sender == "A") and {"worker": True, "supervisor": False}.get(
            role, CHANGES[key])
        assert (two[0] == "accepted") == allowed and bool(two[1]) == allowed, (sender, origin, key, two)


def test_a_desk_never_paired_is_refused_before_its_columns_are_read(four, tmp_path):
    d = four
    stranger = identity.generate()
    with open_session(d["B"]) as s:
        me = identity.public_identity(desk(s))
        recipient = Recipient(me["desk_id"], bytes.fromhex(me["encryption_public"]))
    rows = [change("cases", str(uuid.uuid4()), "risk_info", "x", desk_id="c" * 32)]
    payload, attachment = sync_service.payload_parts("sync", rows)
    data = envelope.seal(payload, kind="sync", sender=Sender("c" * 32, "Stranger", "worker",
                                                             stranger.signing_private),
                         recipients=[recipient], seq=1, scope=SCOPE, attachment=attachment)
    path = tmp_path / "stranger.fswbundle"
    path.write_bytes(data)
    before = _counts(d["B"])
    with pytest.raises(BundleRefused) as refused:
        sync_service.import_bundle(d["B"], path)
    assert refused.value.reason == "unknown-sender" and _counts(d["B"]) == before


def _counts(db) -> tuple:
    with open_session(db) as s:
        return tuple(s.execute(select(func.count()).select_from(m)).scalar() for m in (Change, BundleLog, AuditEntry))


# --- the indexes set aside for a large load -------------------------------------------------------


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker", "S": "supervisor"})
    yield desks
    desks.close()


KIN = merge.BULK_ROWS + 500  # enough fresh people for the import to build their indexes after the load


def _kin(db, case_id: str) -> None:
    with open_session(db) as s:
        bulk_insert(s, Person, [{"case_id": case_id, "given_name": f"Kin{i}", "family_name": "Orrin",
                                 "notes": "x" * 50} for i in range(KIN)])
        s.commit()


def _schema(db) -> tuple:
    """Every index as SQLite lists it (``PRAGMA index_list`` per table, with its SQL), and the check's verdict."""
    with open_session(db) as s:
        raw = merge._raw(s)
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
        listed = sorted((t, *r[1:]) for t in tables for r in raw.execute(f'PRAGMA index_list("{t}")').fetchall())
        sql = sorted(raw.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'").fetchall())
    return listed, sql, integrity_check(db)


def _everything(d, name: str) -> tuple:
    return d.dump(name), _counts(d[name]), _schema(d[name])


def test_a_handover_refused_after_its_large_load_leaves_rows_and_indexes_as_they_were(ab, tmp_path):
    """A paired worker's handover of a case with thousands of people, whose ``case`` names another
    case: the people go in (their plain indexes dropped and built again), and only then is it refused."""
    case_id = new_case(ab["A"])
    _kin(ab["A"], case_id)
    with open_session(ab["A"]) as s:
        ref = s.execute(select(Case.ref).where(Case.id == case_id)).scalar()
    good = ab.export("A", "B", kind="handover", case_ref=ref)
    with open_session(ab["B"]) as s:
        me = desk(s)
        signing_key_for, revoked = peers.signing_key_lookup(s)
        header, payload, attachment = envelope.open_bundle_parts(
            good.read_bytes(), me_desk_id=me.desk_id, me_encryption_private=bytes(me.encryption_private),
            signing_key_for=signing_key_for, revoked=revoked)
    assert header.format == 2 and payload["rows"] > merge.BULK_ROWS
    payload = dict(payload, case={"id": str(uuid.uuid4()), "ref": "C-XXXXX"})
    path = tmp_path / "late.fswbundle"
    path.write_bytes(seal(ab["A"], ab.ids["B"], payload, bytes(attachment), kind="handover", seq=header.seq + 1))
    before = _everything(ab, "B")
    assert before[2][2] == [] and any(t == "people" for t, *_ in before[2][0])
    with pytest.raises(BundleRefused, match="does not hold its case"):
        sync_service.import_bundle(ab["B"], path)
    assert _everything(ab, "B") == before
    sync_service.import_bundle(ab["B"], good)  # the real one still goes in, indexes and all
    after = _everything(ab, "B")
    assert after[2] == before[2] and after[1][0] > before[1][0] + KIN


def test_a_kill_while_the_indexes_are_set_aside_leaves_them_all(ab, tmp_path):
    """SIGKILL at moments spread over an import that drops and rebuilds the people's indexes: the
    desk opens afterwards with every index, passes the integrity check, and holds all or nothing."""
    _kin(ab["A"], new_case(ab["A"]))
    bundle = ab.export("A", "B")
    template = tmp_path / "B"
    before_schema = _schema(ab["B"])
    ab.close()
    key = ab.keys["B"]
    before, problems = _dump_dir(template, key)
    assert problems == []
    full = tmp_path / "full"
    shutil.copytree(template, full)
    child = _child(full, bundle)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    seconds = float(out.split("done ")[1].split()[0])
    after, problems = _dump_dir(full, key)
    assert problems == [] and after != before
    outcomes = []
    # measured in one process: the people's indexes are dropped at about 56% of the import and built
    # again by about 70%, so most kills aim there
    for n, moment in enumerate(seconds * f for f in (0.3, 0.5, 0.56, 0.6, 0.64, 0.68, 0.72, 0.9, 1.05)):
        target = tmp_path / f"kill{n}"
        shutil.copytree(template, target)
        child = _child(target, bundle)
        assert child.stdout.readline().strip() == "go"
        time.sleep(moment)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        dump, problems = _dump_dir(target, key)
        assert problems == [], problems
        assert dump in (before, after), f"half an import after a kill at {moment:.3f}s"
        db = open_database(target / DB_NAME, key=key.copy())
        try:
            assert _schema(db) == before_schema, f"indexes not all there after a kill at {moment:.3f}s"
        finally:
            db.close()
        outcomes.append(dump == after)
    assert not all(outcomes)  # some kill landed before the commit


# --- attachments that do not add up, from a paired worker's desk ----------------------------------


def _spoil(how: str, payload: dict, attachment: bytes, n: int) -> tuple[dict, bytes | None]:
    sections = [list(s) for s in payload["sections"]]
    fields = list(payload["fields"])
    old = fields.index("old")
    if how == "a-section-too-many":
        sections.append([0, 0])
    elif how == "a-field-missing":
        at = fields.index("who")
        start = sum(map(sum, sections[:at]))
        attachment = attachment[:start] + attachment[start + sum(sections[at]):]
        del fields[at], sections[at]
    elif how == "a-field-twice":
        fields[fields.index("who")] = "merges"
    elif how == "an-extra-field-with-fewer-rows":
        fields.append("note")
        sections.append([1, 0])
        attachment = attachment + b"x"
    elif how in ("mask-one-short", "mask-one-long"):
        start = sum(map(sum, sections[:old])) + sections[old][0]
        if sections[old][1]:  # the mask is there: cut or grow it by one byte
            cut = start + sections[old][1]
            attachment = attachment[:cut - 1] + attachment[cut:] if how == "mask-one-short" else \
                attachment[:cut] + b"\x00" + attachment[cut:]
            sections[old][1] += -1 if how == "mask-one-short" else 1
        else:  # none: add one of the wrong length
            size = n - 1 if how == "mask-one-short" else n + 1
            attachment = attachment[:start] + bytes(size) + attachment[start:]
            sections[old][1] = size
    elif how == "mask-on-a-field-never-null":
        at = fields.index("who")
        start = sum(map(sum, sections[:at])) + sections[at][0]
        attachment = attachment[:start] + bytes(n) + attachment[start:]
        sections[at][1] = n
    elif how == "a-huge-declared-length":
        sections[0][0] = 1 << 62
    elif how == "rows-negative":
        payload = dict(payload, rows=-1)
    elif how == "rows-not-an-integer":
        payload = dict(payload, rows=float(n))
    elif how == "rows-far-more-than-sent":
        payload = dict(payload, rows=1 << 40)
    elif how == "a-zero-byte-inside-a-value":
        at = fields.index("who")
        start = sum(map(sum, sections[:at]))
        attachment = attachment[:start] + b"W\x00" + attachment[start:]
        sections[at][0] += 2
    elif how == "payload-1-in-format-2":
        return sync_service.payload_for("sync", [list(r) for r in sync_service._payload_changes(
            _HEADER, payload, attachment)]), b""
    elif how == "payload-2-in-format-1":
        return dict(payload, rows=0, sections=[[0, 0]] * len(fields)), None
    return dict(payload, fields=fields, sections=sections), attachment


_HEADER = envelope.Header(2, "sync", "x", "x", "x", "worker", 0, "2026-01-01T00:00:00Z", (), {})

SPOILS = ["a-section-too-many", "a-field-missing", "a-field-twice", "an-extra-field-with-fewer-rows",
          "mask-one-short", "mask-one-long", "mask-on-a-field-never-null", "a-huge-declared-length",
          "rows-negative", "rows-not-an-integer", "rows-far-more-than-sent", "a-zero-byte-inside-a-value",
          "payload-1-in-format-2", "payload-2-in-format-1"]


@pytest.mark.parametrize("how", SPOILS)
def test_a_signed_attachment_that_does_not_add_up_is_refused_nothing_changed(ab, tmp_path, how):
    new_case(ab["A"])
    ab.send("A", "B")
    new_case(ab["A"], family="Pell")
    header, payload, attachment = _open(ab, "B", ab.export("A", "B"))
    assert header.format == 2 and payload["rows"] > 1
    payload, attachment = _spoil(how, payload, bytes(attachment), payload["rows"])
    path = tmp_path / "spoilt.fswbundle"
    path.write_bytes(seal(ab["A"], ab.ids["B"], payload, attachment, seq=header.seq + 1))
    assert envelope.peek(path.read_bytes()).format == (1 if attachment is None else 2)
    before = ab.dump("B"), _counts(ab["B"])
    with pytest.raises(BundleRefused) as refused:
        sync_service.import_bundle(ab["B"], path)
    if how == "rows-far-more-than-sent":  # a count no bundle of its size could hold: refused before it is read
        assert refused.value.reason == "too-large" and str(refused.value) == envelope.TOO_DENSE
    else:
        assert refused.value.reason == "payload" and "not in a form FSW Desk understands" in str(refused.value)
    assert (ab.dump("B"), _counts(ab["B"])) == before


def _a_summary(ab, tmp_path) -> tuple:
    """The header and payload of a real summary from A's desk, as S's desk opens it."""
    made = tmp_path / "made.fswbundle"
    summary_bundle.export_summary(ab["A"], "S", made)
    with open_session(ab["S"]) as s:
        me = desk(s)
        return envelope.open_bundle(made.read_bytes(), me_desk_id=me.desk_id,
                                    me_encryption_private=bytes(me.encryption_private),
                                    signing_key_for=peers.signing_key_lookup(s)[0])


@pytest.mark.parametrize("attachment", [b"", b"\x00"])
def test_a_summary_in_format_2_is_refused(ab, tmp_path, attachment):
    """A summary is format 1; the summary reader takes no attachment, not even an empty one. The same
    summary, sealed again as format 1, is taken: only the format is refused."""
    _, payload = _a_summary(ab, tmp_path)
    path = tmp_path / "summary.fswbundle"
    path.write_bytes(seal(ab["A"], ab.ids["S"], payload, attachment, kind="summary", seq=50))
    assert envelope.peek(path.read_bytes()).format == 2
    before = _counts(ab["S"])
    with pytest.raises(BundleRefused) as refused:
        summary_bundle.import_summaries(ab["S"], [path])
    assert refused.value.reason == "damaged" and _counts(ab["S"]) == before
    path.write_bytes(seal(ab["A"], ab.ids["S"], payload, None, kind="summary", seq=51))
    assert len(summary_bundle.import_summaries(ab["S"], [path])) == 1


# --- text no UTF-8 can hold -------------------------------------------------------------------------


@pytest.fixture
def team(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "V": "visitor-centre"})
    case_id = new_case(d["A"])
    d.send("A", "B")
    yield d, case_id
    d.close()


@pytest.mark.parametrize("fmt", [1, 2])
@pytest.mark.parametrize("sender", ["A", "V"])
def test_a_lone_surrogate_inside_a_value_is_refused_clearly(team, tmp_path, fmt, sender):
    """A value's JSON text may spell a lone surrogate (``"\\ud800"``): plain ASCII on the way, so it
    travels in either format, but no UTF-8 database can store what it decodes to. A paired desk's
    change to a field it may change, holding one, is refused as a bundle that is not well formed,
    not left to crash the import; nothing changes."""
    d, case_id = team
    with open_session(d["B"]) as s:
        person_id = s.execute(select(Person.id).where(Person.case_id == case_id,
                                                      Person.is_prisoner.is_not(True))).scalars().first()
    table, record, field = ("cases", case_id, "risk_info") if sender == "A" else ("people", person_id, "given_name")
    rows = [change(table, record, field, None, desk_id=d.ids[sender])]
    rows[0][4] = '"Bea \\ud800"'
    path = tmp_path / "surrogate.fswbundle"
    path.write_bytes(seal_rows(d[sender], d.ids["B"], rows, fmt))
    before = d.dump("B"), _counts(d["B"])
    with pytest.raises(BundleRefused) as refused:
        sync_service.import_bundle(d["B"], path)
    assert refused.value.reason == "payload" and "not in a form FSW Desk understands" in str(refused.value)
    assert (d.dump("B"), _counts(d["B"])) == before


@pytest.mark.parametrize("fmt", [1, 2])
def test_a_refusal_naming_a_lone_surrogate_is_still_a_refusal_and_recorded(team, tmp_path, fmt):
    """A visits hall's new person whose JSON names a field with a lone surrogate: the refusal names
    that field, and writing it to the audit trail must not fail in its place."""
    d, _ = team
    rows = [change("people", str(uuid.uuid4()), "*", None, desk_id=d.ids["V"])]
    rows[0][4] = '{"deleted":false,"given_name":"Ione","id":"r","no\\ud800tes":"hidden","ref":"R-1"}'
    path = tmp_path / "surrogate.fswbundle"
    path.write_bytes(seal_rows(d["V"], d.ids["B"], rows, fmt))
    dump, (changes, bundles, audit) = d.dump("B"), _counts(d["B"])
    with pytest.raises(OutOfScope) as refused:
        sync_service.import_bundle(d["B"], path)
    assert "may not set people.no\\ud800tes" in str(refused.value)
    assert (d.dump("B"), _counts(d["B"])) == (dump, (changes, bundles, audit + 1))
    with open_session(d["B"]) as s:
        assert "no\\ud800tes" in s.execute(select(AuditEntry.detail).where(
            AuditEntry.action == "bundle refused")).scalars().one()


def test_a_zero_character_relayed_in_format_1_goes_on_as_format_1_unchanged(tmp_path):
    """A worker's desk receives (format 1, as JSON escapes) a change whose text holds the zero
    character format 2 uses between values; relaying it, the desk falls back to format 1 and the
    next desk holds the very same change."""
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "C": "worker"})
    try:
        case_id = new_case(d["A"])
        d.send("A", "B")
        row = change("cases", case_id, "risk_info", "a\x00b", desk_id=d.ids["A"], who="Worker\x00A")
        path = tmp_path / "zero.fswbundle"
        path.write_bytes(seal_rows(d["A"], d.ids["B"], [row], 1))
        assert sync_service.import_bundle(d["B"], path).changes_new == 1
        relayed = d.export("B", "C")
        assert envelope.peek(relayed.read_bytes()).format == 1
        sync_service.import_bundle(d["C"], relayed)
        with open_session(d["C"]) as s:
            held = s.get(Change, row[0])
            assert (held.who, held.value) == ("Worker\x00A", row[4])
            assert s.get(Case, case_id).risk_info == "a\x00b"
    finally:
        d.close()


def _seal_escaped(db, to_desk_id: str, payload: dict, kind: str, scope: dict, seq: int = 1000) -> bytes:
    """``payload`` as a hostile desk could write it, with ``db``'s real keys: JSON that escapes every
    character beyond ASCII, lone surrogates included (``seal`` cannot encode those)."""
    raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    with open_session(db) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, to_desk_id))
    return envelope._seal_compressed(zlib.compress(raw), kind=kind, sender=sender, recipients=[recipient], seq=seq,
                                     scope=scope, bundle_id=str(uuid.uuid4()), created=None)


@pytest.mark.parametrize("where", ["record_table", "who"])
def test_a_lone_surrogate_escaped_in_a_format_1_payload_is_refused_as_damaged(team, tmp_path, where):
    """Format 1's JSON may escape a lone surrogate anywhere (format 2's strict UTF-8 cannot carry one);
    canonical JSON never escapes one, so the envelope refuses it before any change is looked at."""
    d, _ = team
    rows = [change("cases\ud800" if where == "record_table" else "bookings", str(uuid.uuid4()), "notes", "x",
                   desk_id=d.ids["V"], who="Visits\ud800" if where == "who" else "Visits")]
    path = tmp_path / "surrogate.fswbundle"
    path.write_bytes(_seal_escaped(d["V"], d.ids["B"], sync_service.payload_for("sync", rows), "sync", SCOPE))
    before = d.dump("B"), _counts(d["B"])
    with pytest.raises(BundleRefused) as refused:
        sync_service.import_bundle(d["B"], path)
    assert refused.value.reason == "damaged"
    assert (d.dump("B"), _counts(d["B"])) == before
    # the same bundle with the surrogate written as a pair (an emoji) is as damaged: not canonical
    rows[0][8] = "Visits \U0001F600"
    path.write_bytes(_seal_escaped(d["V"], d.ids["B"], sync_service.payload_for("sync", rows), "sync", SCOPE, 1001))
    with pytest.raises(BundleRefused):
        sync_service.import_bundle(d["B"], path)


def test_a_summary_holding_a_lone_surrogate_is_refused_as_damaged(ab, tmp_path):
    """A worker's summary whose JSON escapes a lone surrogate in the worker's name: refused by the
    envelope, where the supervisor's desk once failed writing it (an UnicodeEncodeError, no reason)."""
    header, payload = _a_summary(ab, tmp_path)
    payload["summary"]["desk"]["worker_name"] = "Worker \ud800"
    path = tmp_path / "summary.fswbundle"
    path.write_bytes(_seal_escaped(ab["A"], ab.ids["S"], payload, "summary", header.scope, seq=60))
    before = _counts(ab["S"])
    with pytest.raises(BundleRefused) as refused:
        summary_bundle.import_summaries(ab["S"], [path])
    assert refused.value.reason == "damaged" and _counts(ab["S"]) == before
    payload["summary"]["desk"]["worker_name"] = "Worker A"
    path.write_bytes(_seal_escaped(ab["A"], ab.ids["S"], payload, "summary", header.scope, seq=61))
    assert len(summary_bundle.import_summaries(ab["S"], [path])) == 1


@pytest.mark.parametrize("sender", ["V", "S"])
def test_a_format_2_handover_from_a_desk_that_is_not_a_workers_is_refused(four, tmp_path, sender):
    d = four
    rows = [change("bookings", str(uuid.uuid4()), "status", "cancelled", desk_id=d.ids[sender])]
    path = tmp_path / "handover.fswbundle"
    path.write_bytes(seal_rows(d[sender], d.ids["B"], rows, 2, kind="handover",
                               case={"id": rows[0][2], "ref": "C-XXXXX"}))
    b = _fresh_b(d, tmp_path / "b")
    try:
        before = _counts(b)
        with pytest.raises(OutOfScope, match="cannot hand over"):
            sync_service.import_bundle(b, path)
        assert _counts(b)[:2] == before[:2]
    finally:
        b.close()


@pytest.mark.parametrize("fmt", [1, 2])
def test_sql_and_path_spelt_names_are_only_names(ab, tmp_path, fmt):
    """A paired worker's changes whose table, record id and field are spelt as SQL or as paths: a table
    this version does not know is kept and waits; a known table's unknown field is ignored; nothing else
    in the database or beside it changes, and the change log keeps the names as they came."""
    d = ab
    case_id = new_case(d["A"])
    d.send("A", "B")
    tables_before = _schema(d["B"])
    files_before = sorted(p.name for p in d["B"].path.parent.iterdir())
    odd = [change('people"; DROP TABLE cases; --', "x'); DROP TABLE people; --", "*", '{"given_name":"Ada"}',
                  desk_id=d.ids["A"]),
           change("cases", case_id, "../../../profile.fsw", "x", desk_id=d.ids["A"], n=1),
           change("cases", case_id, 'risk_info" = 1; --', "y", desk_id=d.ids["A"], n=2),
           change("../cases", "../../etc/passwd", "notes", "z", desk_id=d.ids["A"], n=3)]
    path = tmp_path / "names.fswbundle"
    path.write_bytes(seal_rows(d["A"], d.ids["B"], odd, fmt))
    def rows_but_stamps(name: str) -> str:  # the case's stamp moves to its newest change, as it should
        return re.sub(r'"hlc": "[^"]*"', "", d.dump(name))

    before = rows_but_stamps("B")
    report = sync_service.import_bundle(d["B"], path)
    assert report.changes_new == len(odd)
    assert _schema(d["B"]) == tables_before and rows_but_stamps("B") == before
    assert sorted(p.name for p in d["B"].path.parent.iterdir()) == files_before
    with open_session(d["B"]) as s:
        held = {c.change_id: (c.record_table, c.record_id, c.field) for c in
                s.execute(select(Change).where(Change.change_id.in_([r[0] for r in odd]))).scalars()}
    assert held == {r[0]: (r[1], r[2], r[3]) for r in odd}
