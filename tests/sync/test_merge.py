"""Merging changes between desks: field by field, idempotent, any order, conflicts kept and settled."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import BundleLog, Change, Conflict, Peer
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.casework.people import PersonInput, add_person, remove_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import merge, tables

from .desks import TODAY, Case, get_field, live_ids, make_desks, new_case, set_field


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    yield desks
    desks.close()


@pytest.fixture
def abc(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker", "C": "worker"})
    yield desks
    desks.close()


def _count(db, model) -> int:
    with open_session(db) as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def test_new_records_arrive_whole_and_log_no_changes_of_their_own(ab):
    case_id = new_case(ab["A"])
    report = ab.send("A", "B")
    assert (report.added, report.updated, report.conflicts, report.replay) == (3, 0, 0, False)
    assert report.changes == report.changes_new == _count(ab["A"], Change) == 3
    assert _count(ab["B"], Change) == 3  # importing wrote rows, not new changes
    assert ab.dump("A") == ab.dump("B")
    assert get_field(ab["B"], Case, case_id, "family_label") == "Orrin family"
    with open_session(ab["B"]) as s:
        [log] = s.execute(select(BundleLog)).scalars().all()
        assert (log.direction, log.kind, log.changes) == ("in", "sync", 3)
        assert s.get(Peer, ab.ids["A"]).last_seq_in == 1
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "bundle imported")).scalar_one()
        assert "Orrin" not in entry.detail and "3 changes" in entry.detail
    with open_session(ab["A"]) as s:
        assert s.get(Peer, ab.ids["B"]).sent_upto == 3
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "bundle made")).scalar_one()
        assert entry.detail == "sync, 3 changes"


def test_same_bundle_twice_changes_nothing(ab):
    new_case(ab["A"])
    path = ab.export("A", "B")
    first = sync_service.import_bundle(ab["B"], path)
    before = ab.dump("B")
    changes = _count(ab["B"], Change)
    again = sync_service.import_bundle(ab["B"], path)
    assert again.replay and not first.replay
    assert (again.added, again.updated, again.conflicts) == (0, 0, 0)
    assert ab.dump("B") == before and _count(ab["B"], Change) == changes
    assert _count(ab["B"], BundleLog) == 1


def test_changes_applied_twice_are_a_no_op(ab):
    """Below the bundle id check: the merge itself is idempotent by change id."""
    new_case(ab["A"])
    with open_session(ab["A"]) as s:
        rows = [merge.ChangeRow(*r[:10], r[10] or "") for r in
                s.execute(select(*[Change.__table__.c[k] for k in merge.CHANGE_FIELDS]))]
    with open_session(ab["B"]) as s:
        first = merge.apply_changes(s, rows)
        s.commit()
        second = merge.apply_changes(s, rows)
        s.commit()
    assert (first.added, first.changes_new) == (3, 3)
    assert (second.added, second.updated, second.changes_new, second.changes_known) == (0, 0, 0, 3)


def test_bundles_out_of_order_converge(ab):
    case_id = new_case(ab["A"])
    first = ab.export("A", "B")
    set_field(ab["A"], Case, case_id, family_label="Second", risk_info="Dog on site")
    second = ab.export("A", "B")
    with open_session(ab["A"]) as s:
        person, _ = add_person(s, case_id, PersonInput(given_name="Cal", family_name="Orrin",
                                                        relationship="child", date_of_birth=date(2018, 4, 2)),
                               today=TODAY)
        s.commit()
        person_id = person.id
    set_field(ab["A"], Case, case_id, family_label="Third")
    third = ab.export("A", "B")
    for path in (third, first, second):  # the person arrives before its case: no foreign-key trouble
        sync_service.import_bundle(ab["B"], path)
    assert ab.dump("A") == ab.dump("B")
    assert get_field(ab["B"], Case, case_id, "family_label") == "Third"
    assert get_field(ab["B"], Person, person_id, "date_of_birth") == date(2018, 4, 2)
    assert ab.conflicts("B") == []


def test_a_record_before_its_parent_waits_for_nothing(ab):
    """Only the person's bundle arrives: it is imported (foreign keys off), its case comes later."""
    case_id = new_case(ab["A"], with_contact=False)
    first = ab.export("A", "B")
    with open_session(ab["A"]) as s:
        person, _ = add_person(s, case_id, PersonInput(given_name="Dee", family_name="Orrin",
                                                        relationship="partner"), today=TODAY)
        s.commit()
    second = ab.export("A", "B")
    report = sync_service.import_bundle(ab["B"], second)
    assert report.added == 1
    assert get_field(ab["B"], Person, person.id, "case_id") == case_id
    assert get_field(ab["B"], Case, case_id, "id") is None
    with open_session(ab["B"]) as s:  # the UI's own connections still enforce foreign keys
        assert s.execute(select(func.count()).select_from(Person)).scalar() == 1
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    sync_service.import_bundle(ab["B"], first)
    assert ab.dump("A") == ab.dump("B")


def test_import_connection_has_foreign_keys_off(ab):
    with sync_service.worker_session(ab["A"], foreign_keys=False) as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    with sync_service.worker_session(ab["A"]) as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_different_fields_merge_without_conflict(ab):
    case_id = new_case(ab["A"])
    ab.send("A", "B")
    set_field(ab["A"], Case, case_id, family_label="From A")
    set_field(ab["B"], Case, case_id, risk_info="From B")
    ab.send("A", "B")
    ab.send("B", "A")
    for name in ("A", "B"):
        assert get_field(ab[name], Case, case_id, "family_label") == "From A"
        assert get_field(ab[name], Case, case_id, "risk_info") == "From B"
    assert ab.dump("A") == ab.dump("B") and ab.conflicts("A") == []


def test_sequential_edits_are_not_conflicts(ab):
    case_id = new_case(ab["A"])
    ab.send("A", "B")
    set_field(ab["B"], Case, case_id, family_label="B's label")
    ab.send("B", "A")
    set_field(ab["A"], Case, case_id, family_label="A's answer")  # A had seen B's edit
    ab.send("A", "B")
    assert get_field(ab["B"], Case, case_id, "family_label") == "A's answer"
    assert ab.conflicts("A") == ab.conflicts("B") == []


def _concurrent_edit(desks, case_id, a="alpha", b="beta"):
    desks.send("A", "B")
    set_field(desks["A"], Case, case_id, family_label=a)
    set_field(desks["B"], Case, case_id, family_label=b)
    rb = desks.send("A", "B")
    ra = desks.send("B", "A")
    return ra, rb


def test_concurrent_edits_keep_one_conflict_with_the_same_winner_everywhere(ab):
    case_id = new_case(ab["A"])
    ra, rb = _concurrent_edit(ab, case_id)
    assert ra.conflicts == rb.conflicts == 1
    assert ab.dump("A") == ab.dump("B")
    [conflict] = ab.conflicts("A")
    assert ab.conflicts("B") == [conflict]
    with open_session(ab["A"]) as s:
        [view] = sync_service.open_conflicts(s)
        winner = s.get(Change, view.winner_change_id)
        loser = s.get(Change, view.loser_change_id)
    assert winner.hlc > loser.hlc
    assert get_field(ab["A"], Case, case_id, "family_label") == json.loads(winner.value)
    assert {view.winner_value, view.loser_value} == {"alpha", "beta"}
    assert view.table == "cases" and view.field == "family_label" and view.record_ref.startswith("C-")
    assert view.current_value == view.winner_value
    assert view.id == ":".join(sorted([winner.change_id, loser.change_id]))
    assert (view.mine == "winner") == (winner.desk_id == ab.ids["A"])
    assert {view.winner_desk, view.loser_desk} == {"this desk", "B"}


def test_conflict_pure_function_of_the_changes(ab):
    case_id = new_case(ab["A"])
    _concurrent_edit(ab, case_id)
    set_field(ab["A"], Case, case_id, family_label="alpha again")  # still without a resolution
    with open_session(ab["A"]) as s:
        rows = merge.load_changes(s, [case_id])[case_id]
    expected = merge.field_conflicts("cases", case_id, rows)
    rng = random.Random(4)
    for _ in range(5):
        shuffled = list(rows)
        rng.shuffle(shuffled)
        assert merge.field_conflicts("cases", case_id, shuffled) == expected
    assert len(expected) == 1


@pytest.mark.parametrize("choice", ["mine", "theirs", "edit"])
def test_resolution_syncs_and_shows_resolved_everywhere(abc, choice):
    case_id = new_case(abc["A"])
    abc.send("A", "C")
    _concurrent_edit(abc, case_id, a="alpha", b="beta")
    abc.send("A", "C")
    abc.send("B", "C")
    for name in "ABC":
        assert len(abc.conflicts(name)) == 1
    with open_session(abc["B"]) as s:
        [view] = sync_service.open_conflicts(s)
        change = sync_service.resolve_conflict(s, view.id, choice, value="agreed" if choice == "edit" else None)
        s.commit()
        assert sync_service.open_conflicts(s) == []
        assert sorted(change.merges.split(",")) == sorted([view.winner_change_id, view.loser_change_id])
    expected = {"mine": "beta", "theirs": "alpha", "edit": "agreed"}[choice]
    assert get_field(abc["B"], Case, case_id, "family_label") == expected
    abc.send("B", "A")
    abc.send("B", "C")
    for name in "ABC":
        assert get_field(abc[name], Case, case_id, "family_label") == expected
        [row] = abc.conflicts(name)
        assert row[-1] == change.change_id  # resolved_by
        with open_session(abc[name]) as s:
            assert sync_service.open_conflicts(s) == []
            assert len(sync_service.conflict_views(s, open_only=False)) == 1
    assert abc.dump("A") == abc.dump("B") == abc.dump("C")
    with open_session(abc["B"]) as s:
        with pytest.raises(InputRefused):
            sync_service.resolve_conflict(s, row[0], "mine")


def test_resolving_on_a_third_desk_keeps_the_standing_value_as_mine(abc):
    case_id = new_case(abc["A"])
    abc.send("A", "C")
    _concurrent_edit(abc, case_id)
    abc.send("A", "C")
    abc.send("B", "C")
    standing = get_field(abc["C"], Case, case_id, "family_label")
    with open_session(abc["C"]) as s:
        [view] = sync_service.open_conflicts(s)
        assert view.mine is None
        sync_service.resolve_conflict(s, view.id, "mine")
        s.commit()
    assert get_field(abc["C"], Case, case_id, "family_label") == standing
    abc.deliver_all()
    assert abc.dump("A") == abc.dump("B") == abc.dump("C")
    assert all(r[-1] for r in abc.conflicts("A"))


def test_three_way_conflict_and_later_edits_supersede_older_pairs(abc):
    case_id = new_case(abc["A"])
    abc.send("A", "B")
    abc.send("A", "C")
    for name in "ABC":
        set_field(abc[name], Case, case_id, family_label=f"first {name}")
    set_field(abc["A"], Case, case_id, family_label="second A")  # A overwrote its own first edit
    abc.deliver_all()
    rows = abc.conflicts("A")
    assert rows == abc.conflicts("B") == abc.conflicts("C")
    with open_session(abc["A"]) as s:
        values = sorted(tuple(sorted([v.winner_value, v.loser_value])) for v in sync_service.open_conflicts(s))
    # A's first edit is superseded by its second: three pairs, none of them with "first A"
    assert values == sorted([("first B", "second A"), ("first C", "second A"), ("first B", "first C")])


def test_tombstones_travel(ab):
    case_id = new_case(ab["A"])
    ab.send("A", "B")
    person_id = next(p for p in live_ids(ab["A"], Person) if get_field(ab["A"], Person, p, "relationship") != "self")
    with open_session(ab["A"]) as s:
        remove_person(s, person_id)
        s.commit()
    report = ab.send("A", "B")
    assert report.updated == 1
    assert get_field(ab["B"], Person, person_id, "deleted") is True
    assert person_id not in live_ids(ab["B"], Person)
    assert ab.dump("A") == ab.dump("B")
    assert case_id in live_ids(ab["B"], Case)


def test_sync_relays_other_desks_changes_but_not_the_peers_own(abc):
    new_case(abc["A"])
    abc.send("A", "B")
    relay = abc.send("B", "C")  # B passes on A's changes
    assert relay.added == 3 and abc.dump("A") == abc.dump("C")
    back = abc.send("B", "A")  # A's own changes are not sent back to it
    assert back.changes == 0


def test_since_resends_what_was_sent_before(ab):
    new_case(ab["A"])
    ab.send("A", "B")
    assert ab.send("A", "B").changes == 0
    again = ab.send("A", "B", since=date(2000, 1, 1))
    assert again.changes == 3 and again.changes_new == 0


def test_handover_arrives_whole_and_sender_shows_handed_over(ab):
    case_id = new_case(ab["A"])
    with open_session(ab["A"]) as s:
        person, _ = add_person(s, case_id, PersonInput(given_name="Eli", family_name="Orrin",
                                                        relationship="child"), today=TODAY)
        s.commit()
    other = new_case(ab["A"], family="Pell")
    ref = get_field(ab["A"], Case, case_id, "ref")
    path = ab.bundle_path("A", "B")
    report = sync_service.export_bundle(ab["A"], "B", path, kind="handover", case_ref=ref.lower())
    assert report.kind == "handover" and report.case_ref == ref
    assert get_field(ab["A"], Case, case_id, "status") == "handed over"
    assert get_field(ab["A"], Case, case_id, "closure_reason") == "Transferred to another service"
    got = sync_service.import_bundle(ab["B"], path)
    assert got.kind == "handover" and got.case_ref == ref
    assert get_field(ab["B"], Case, case_id, "status") == "open"
    assert get_field(ab["B"], Case, case_id, "worker") == "Worker B"
    assert person.id in live_ids(ab["B"], Person) and len(live_ids(ab["B"], Person)) == 3
    assert get_field(ab["B"], Case, other, "id") is None  # only that case
    with pytest.raises(InputRefused):
        sync_service.export_bundle(ab["A"], "B", ab.bundle_path("A", "B"), kind="handover", case_ref=ref)
    set_field(ab["A"], Case, other, status="closed")
    with pytest.raises(InputRefused, match="Only an open case"):
        sync_service.export_bundle(ab["A"], "B", ab.bundle_path("A", "B"), kind="handover",
                                   case_ref=get_field(ab["A"], Case, other, "ref"))
    # if the two desks ever sync, the case is open with B and nobody has a conflict
    ab.send("B", "A")
    assert get_field(ab["A"], Case, case_id, "status") == "open"
    assert ab.conflicts("A") == []


def test_seq_far_behind_is_reported_not_refused(ab):
    new_case(ab["A"])
    old = ab.export("A", "B")
    for _ in range(sync_service.SEQ_FAR + 1):
        ab.send("A", "B")
    report = sync_service.import_bundle(ab["B"], old)
    assert not report.replay and report.warnings and "older" in report.warnings[0]
    assert ab.dump("A") == ab.dump("B")


def test_history_lists_bundles_both_ways(ab):
    new_case(ab["A"])
    ab.send("A", "B")
    ab.send("B", "A")
    with open_session(ab["A"]) as s:
        logs = sync_service.history(s)
        assert sorted(log.direction for log in logs) == ["in", "out"]
        out = next(log for log in logs if log.direction == "out")
        assert out.seq == 1 and json.loads(out.summary) == {"changes": 3}
        last = sync_service.last_bundles(s)
        assert last["out"].bundle_id == out.bundle_id and last["in"].direction == "in"


def test_materialise_converts_json_to_column_types():
    rows = [merge.ChangeRow("c1", "people", "p1", "*", json.dumps({
        "id": "p1", "ref": "P-1", "created_hlc": "x", "deleted": False, "case_id": None, "date_of_birth": "2019-02-03",
        "is_prisoner": True, "sentence_months": 18, "given_name": "Ada"}), None,
        "0000000000001.00000.d1", "d1", "", None, ""),
        merge.ChangeRow("c2", "people", "p1", "sentence_months", "24", "18", "0000000000002.00000.d2", "d2", "",
                        "c1", ""),
        merge.ChangeRow("c0", "people", "p1", "given_name", '"Older"', '"Ada"', "0000000000000.00005.d2", "d2", "",
                        "c1", "")]
    row = merge.materialise("people", "p1", rows)
    assert row["date_of_birth"] == "2019-02-03" and row["is_prisoner"] == 1 and row["sentence_months"] == 24
    assert row["given_name"] == "Ada"  # the older change loses to the creation
    assert row["hlc"] == "0000000000002.00000.d2" and row["desk_id"] == "d2"
    assert row["gender"] == "Not recorded"  # a column the record did not carry takes its default
    assert tables.from_json("people", "date_of_birth", "2019-02-03") == date(2019, 2, 3)
    assert merge.materialise("people", "p1", rows[1:]) is None  # no creation yet: waits


def test_conflict_rows_match_conflicts_table(ab):
    case_id = new_case(ab["A"])
    _concurrent_edit(ab, case_id)
    with open_session(ab["A"]) as s:
        assert s.execute(select(func.count()).select_from(Conflict)).scalar() == 1
        assert merge.recompute_conflicts(s, [case_id]) == 0  # nothing new the second time
        assert len(merge.conflict_rows(s)) == 1


def test_resolution_edit_must_fit_the_field(ab):
    case_id = new_case(ab["A"])
    _concurrent_edit(ab, case_id)
    with open_session(ab["A"]) as s:
        [view] = sync_service.open_conflicts(s)
        for bad in (None, 12):
            with pytest.raises(InputRefused):
                sync_service.resolve_conflict(s, view.id, "edit", value=bad)
        with pytest.raises(InputRefused):
            sync_service.resolve_conflict(s, view.id, "both")
        assert len(sync_service.open_conflicts(s)) == 1
