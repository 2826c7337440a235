"""What a paired desk may change on a worker's desk: forged attribution, erasure and relabelling refused.

Every bundle here is sealed with a real desk's real keys, so the envelope accepts it; what is
refused is its content, by the write scope of the desk each change claims to come from.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from fsw_desktop.cli import main
from fsw_desktop.db import DB_NAME, open_database
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.models.cases import Case
from fsw_desktop.models.sync import Change
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import envelope
from fsw_desktop.sync.trust import OutOfScope

from .desks import PASSPHRASE, make_desks, new_case

SEQ = 1000


def _stamp(desk_id: str, n: int = 0) -> str:
    return f"{1900000000000 + n:013d}.00000.{desk_id}"


def change(table: str, record_id: str, field: str, value, *, desk_id: str, who: str = "Worker A",
           old: str | None = None, n: int = 0) -> list:
    text = value if isinstance(value, str) and field == "*" else json.dumps(value)
    return [str(uuid.uuid4()), table, record_id, field, text, old, _stamp(desk_id, n), desk_id, who, None, ""]


def seal_from(db, to_desk_id: str, rows: list[list], kind: str = "sync", seq: int = SEQ, case=None) -> bytes:
    """A bundle made with ``db``'s own signing key for ``to_desk_id``, holding exactly ``rows``."""
    with open_session(db) as s:
        sender = peers.sender_for(s)
        target = peers.get_peer(s, to_desk_id)
        recipient = peers.recipient_for(target)
    extra = {"case": case} if case else {}
    payload = sync_service.payload_for(kind, rows, **extra)
    return envelope.seal(payload, kind=kind, sender=sender, recipients=[recipient], seq=seq,
                         scope={"role": "worker", "since": None, "case": None, "tables": "all"})


def cli(*argv) -> int:
    return main([str(a) for a in argv])


@pytest.fixture
def team(tmp_path, monkeypatch):
    """Workers A and B, a visitor centre V and a supervisor S, all paired; A's case synced to B."""
    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "V": "visitor-centre", "S": "supervisor"})
    case_id = new_case(d["A"], "Quillfeather")
    d.send("A", "B")
    yield d, case_id
    d.close()


def _b_state(d, case_id: str) -> tuple:
    with open_session(d["B"]) as s:
        case = s.get(Case, case_id)
        n_changes = s.execute(select(func.count()).select_from(Change)).scalar()
        return case.risk_info, case.family_label, n_changes


def _refusals(d) -> list[str]:
    with open_session(d["B"]) as s:
        return list(s.execute(select(AuditEntry.detail).where(AuditEntry.action == "bundle refused")).scalars())


def test_forged_attribution_through_the_cli_is_refused(team, tmp_path, capsys):
    d, case_id = team
    before = _b_state(d, case_id)
    a_id, b_id = d.ids["A"], d.ids["B"]
    path = tmp_path / "forged.fswbundle"
    path.write_bytes(seal_from(d["V"], b_id, [
        change("cases", case_id, "risk_info", "Forged: father violent", desk_id=a_id)]))
    assert cli("--profile", d.root / "B", "bundle", "import", path) == 4
    err = capsys.readouterr().err
    assert "to cases from A (family support worker), passed on by V" in err
    assert "a visitor-centre desk sends only its own changes. Nothing was imported." in err
    assert _b_state(d, case_id) == before
    assert len(_refusals(d)) == 1

    # the same change in V's own name: a visits hall may not touch casework at all
    path.write_bytes(seal_from(d["V"], b_id, [
        change("cases", case_id, "risk_info", "Forged", desk_id=d.ids["V"], who="Visits")], seq=SEQ + 1))
    assert cli("--profile", d.root / "B", "bundle", "import", path) == 4
    assert "a visitor-centre desk may not change cases" in capsys.readouterr().err
    assert _b_state(d, case_id) == before


def test_erasure_from_a_visits_hall_is_refused_and_nothing_is_relayed(team, tmp_path, capsys):
    d, case_id = team
    with open_session(d["B"]) as s:
        person_id = s.execute(select(Change.record_id).where(Change.record_table == "people")).scalars().first()
    before = _b_state(d, case_id)
    path = tmp_path / "erase.fswbundle"
    path.write_bytes(seal_from(d["V"], d.ids["B"], [
        change("people", person_id, "deleted", True, desk_id=d.ids["V"], who="Visits", old='"erased"')]))
    assert cli("--profile", d.root / "B", "bundle", "import", path) == 4
    assert "only a family support worker's desk erases records" in capsys.readouterr().err
    assert _b_state(d, case_id) == before
    # B's next ordinary sync to A carries nothing of it
    report = d.send("B", "A")
    assert report.changes_new == 0


def test_a_supervisor_cannot_relabel_a_case(team, tmp_path, capsys):
    d, case_id = team
    before = _b_state(d, case_id)
    path = tmp_path / "relabel.fswbundle"
    path.write_bytes(seal_from(d["S"], d.ids["B"], [
        change("cases", case_id, "family_label", "Relabelled", desk_id=d.ids["S"], who="Supervisor")]))
    assert cli("--profile", d.root / "B", "bundle", "import", path) == 4
    assert "a supervisor's desk may not change cases" in capsys.readouterr().err
    assert _b_state(d, case_id) == before
    # nor hand a case over
    path.write_bytes(seal_from(d["S"], d.ids["B"], [], kind="handover", seq=SEQ + 1,
                               case={"id": case_id, "ref": "C-XXXXX"}))
    assert cli("--profile", d.root / "B", "bundle", "import", path) == 4
    assert "cannot hand over" in capsys.readouterr().err


def test_a_change_claiming_this_desk_or_a_revoked_one_is_refused(team, tmp_path):
    d, case_id = team
    b_id = d.ids["B"]
    path = tmp_path / "mine.fswbundle"
    path.write_bytes(seal_from(d["A"], b_id, [change("cases", case_id, "risk_info", "x", desk_id=b_id)]))
    with pytest.raises(OutOfScope, match="this desk never made it"):
        sync_service.import_bundle(d["B"], path)
    # a stamp naming another desk than the change claims
    row = change("cases", case_id, "risk_info", "x", desk_id=d.ids["A"])
    row[6] = _stamp(d.ids["V"])
    path.write_bytes(seal_from(d["A"], b_id, [row], seq=SEQ + 1))
    with pytest.raises(OutOfScope, match="time stamp names a different desk"):
        sync_service.import_bundle(d["B"], path)
    # A relays a change of V's after B revoked V
    with open_session(d["B"]) as s:
        peers.revoke(s, d.ids["V"])
        s.commit()
    path.write_bytes(seal_from(d["A"], b_id, [change("bookings", str(uuid.uuid4()), "status", "cancelled",
                                                     desk_id=d.ids["V"], who="Visits")], seq=SEQ + 2))
    with pytest.raises(OutOfScope, match="revoked"):
        sync_service.import_bundle(d["B"], path)


def test_a_visits_hall_cannot_rename_a_prisoner(team, tmp_path):
    """Visitors' details are the hall's to record; a prisoner's record (as this desk holds it) is not."""
    d, case_id = team
    with open_session(d["B"]) as s:
        prisoner = s.execute(select(Person.id).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
    path = tmp_path / "rename.fswbundle"
    path.write_bytes(seal_from(d["V"], d.ids["B"], [
        change("people", prisoner, "given_name", "Renamed", desk_id=d.ids["V"], who="Visits")]))
    with pytest.raises(OutOfScope, match="may not change a prisoner's record"):
        sync_service.import_bundle(d["B"], path)


def test_a_visits_hall_cannot_overwrite_a_person_with_a_whole_record(team, tmp_path):
    """A second '*' would set every field at once: do-not-disclose off, notes blank, another case."""
    d, case_id = team
    with open_session(d["B"]) as s:
        person = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner.is_not(True))).scalars().first()
        person.do_not_disclose = True
        s.commit()
        person_id = person.id
    star = json.dumps({"id": person_id, "ref": "P-XXXXX", "given_name": "Bea", "do_not_disclose": False, "notes": "",
                       "case_id": None, "deleted": False}, sort_keys=True)
    path = tmp_path / "whole.fswbundle"
    path.write_bytes(seal_from(d["V"], d.ids["B"], [change("people", person_id, "*", star, desk_id=d.ids["V"],
                                                           who="Visits", n=99)]))
    with pytest.raises(OutOfScope, match="may send a whole record only to create it"):
        sync_service.import_bundle(d["B"], path)
    with open_session(d["B"]) as s:
        assert s.get(Person, person_id).do_not_disclose and s.get(Person, person_id).case_id == case_id


def test_a_change_cannot_reach_a_record_under_another_table_name(team, tmp_path):
    """Found by attack: a visits hall may change any booking field, so it labelled a case 'bookings'."""
    d, case_id = team
    before = _b_state(d, case_id)
    path = tmp_path / "relabelled.fswbundle"
    path.write_bytes(seal_from(d["V"], d.ids["B"], [
        change("bookings", case_id, "risk_info", "FORGED by visits hall", desk_id=d.ids["V"], who="Visits")]))
    with pytest.raises(OutOfScope, match="names a cases record as bookings"):
        sync_service.import_bundle(d["B"], path)
    # one record under two tables in one bundle, even a new one
    new_id = str(uuid.uuid4())
    star = json.dumps({"id": new_id, "ref": "P-VV002", "given_name": "Ula", "deleted": False})
    path.write_bytes(seal_from(d["V"], d.ids["B"], [
        change("people", new_id, "*", star, desk_id=d.ids["V"], who="Visits"),
        change("bookings", new_id, "notes", "x", desk_id=d.ids["V"], who="Visits", n=1)], seq=SEQ + 1))
    with pytest.raises(OutOfScope, match="two tables"):
        sync_service.import_bundle(d["B"], path)
    assert _b_state(d, case_id) == before


def test_what_a_visits_hall_may_do_still_travels(team, tmp_path):
    """A visits hall's own bookings and visitors, and a worker relaying them, are accepted."""
    d, case_id = team
    v_id = d.ids["V"]
    visitor = str(uuid.uuid4())
    star = json.dumps({"id": visitor, "ref": "P-VV001", "given_name": "Tamsin", "family_name": "Quillfeather",
                       "relationship": "friend", "case_id": None, "notes": "", "is_prisoner": False,
                       "deleted": False, "visitor_approved": True, "gender": "Not recorded"})
    rows = [change("people", visitor, "*", star, desk_id=v_id, who="Visits"),
            change("people", visitor, "banned_until", "2027-01-01", desk_id=v_id, who="Visits", n=1)]
    path = tmp_path / "v.fswbundle"
    path.write_bytes(seal_from(d["V"], d.ids["A"], rows))
    assert sync_service.import_bundle(d["A"], path).changes_new == 2
    sealed_for_b = tmp_path / "v-to-b.fswbundle"
    sealed_for_b.write_bytes(seal_from(d["V"], d.ids["B"], rows, seq=SEQ + 1))
    assert sync_service.import_bundle(d["B"], sealed_for_b).changes_new == 2  # B hears from V directly too
    report = sync_service.import_bundle(d["B"], d.export("A", "B"))  # and A relays the same creation: no-op
    assert report.changes_new == 0


# --- property: accepted exactly when the write scope allows -----------------------------------------

# (table, field, value, old) -> allowed for a visitor centre; workers may make all, supervisors none.
CHANGES = {
    ("cases", "risk_info", "x", None): False,
    ("cases", "deleted", True, None): False,
    ("contacts", "notes", "x", None): False,
    ("people", "given_name", "Ione", None): True,
    ("people", "banned_until", "2027-02-02", None): True,
    ("people", "notes", "x", None): False,
    ("people", "address", "1 Lane", None): False,
    ("people", "case_id", "c", None): False,
    ("people", "prison_number", "A1111AA", None): False,
    ("people", "do_not_disclose", False, None): False,
    ("people", "deleted", True, None): False,
    ("people", "deleted", True, '"erased"'): False,
    ("people", "*", '{"given_name": "Ione", "case_id": "c", "notes": ""}', None): True,
    ("people", "*", '{"given_name": "Ione", "notes": "hidden"}', None): False,
    ("people", "*", '{"given_name": "Ione", "is_prisoner": true}', None): False,
    ("bookings", "status", "cancelled", None): True,
    ("bookings", "notes", "x", None): True,
    ("bookings", "deleted", True, '"erased"'): False,
    ("blocked_dates", "deleted", True, None): True,
    ("family_day_requests", "override_reason", "x", None): True,
    ("family_day_attendees", "clearance", "cleared", None): True,
    ("restrictions", "kind", "No contact", None): False,
    ("assessments", "*", '{"kind": "initial"}', None): False,
    ("supervision_notes", "text", "x", None): False,
}
KEYS = sorted(CHANGES, key=repr)


@pytest.fixture(scope="module")
def four(tmp_path_factory):
    d = make_desks(tmp_path_factory.mktemp("four"), {"A": "worker", "B": "worker", "V": "visitor-centre",
                                                       "S": "supervisor"})
    yield d
    d.close()


def _fresh_b(d, root: Path):
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(d["B"].path, root / DB_NAME)
    shutil.copy2(str(d["B"].path) + ".keys", str(root / DB_NAME) + ".keys")  # its slot file travels with it
    return open_database(root / DB_NAME, key=d.keys["B"].copy())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sender=st.sampled_from(["A", "V", "S"]), origin=st.sampled_from(["sender", "A", "V"]),
       picks=st.lists(st.sampled_from(KEYS), min_size=1, max_size=3))
def test_changes_are_accepted_exactly_when_the_write_scope_allows(four, tmp_path_factory, sender, origin, picks):
    d = four
    origin_name = sender if origin == "sender" else origin
    origin_role = {"A": "worker", "V": "visitor-centre", "S": "supervisor"}[origin_name]
    rows = []
    for i, (table, field, value, old) in enumerate(picks):
        if field == "*":
            value = json.dumps(dict(json.loads(value), id="r", ref="R-1", deleted=False), sort_keys=True)
        rows.append(change(table, str(uuid.uuid4()), field, value, desk_id=d.ids[origin_name], old=old, n=i))

    def fits(key) -> bool:
        return {"worker": True, "supervisor": False}.get(origin_role, CHANGES[key])

    relay_ok = origin_name == sender or sender == "A"
    expected = relay_ok and all(fits(k) for k in picks)
    b = _fresh_b(d, tmp_path_factory.mktemp("b"))
    try:
        path = tmp_path_factory.mktemp("bundle") / "x.fswbundle"
        path.write_bytes(seal_from(d[sender], d.ids["B"], rows))
        try:
            sync_service.import_bundle(b, path)
            accepted = True
        except OutOfScope:
            accepted = False
        with open_session(b) as s:
            stored = set(s.execute(select(Change.change_id)).scalars())
        assert accepted == expected, (sender, origin_name, picks)
        assert all(r[0] in stored for r in rows) == accepted  # all of it or nothing
        assert not any(r[0] in stored for r in rows) or accepted
    finally:
        b.close()
