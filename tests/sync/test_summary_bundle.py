"""Summary bundles (issue 7) between real encrypted desks: what leaves, what is refused, what is kept.

Three workers and two supervisors, all paired; each worker desk is the hand-worked
desk of ``summary_desk`` with names of its own.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.supervision import QUALITY_STATUSES, WorkerSummary
from fsw_desktop.models.sync import BundleLog
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.supervision import summary, summary_bundle, team
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.sync import envelope
from tests.sync.desks import make_desks
from tests.sync.summary_desk import SECRET, TODAY, build_worker

WORKERS = ("w1", "w2", "w3")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("summaries")
    desks = make_desks(root, {"w1": "worker", "w2": "worker", "w3": "worker", "sup": "supervisor",
                              "sup2": "supervisor"})
    built = {name: build_worker(desks[name], tag=tag) for name, tag in zip(WORKERS, ("Ax", "Bx", "Cx"))}
    yield desks, built
    desks.close()


def export(desks, worker: str, to: str = "sup", **kw):
    path = desks.bundle_path(worker, to)
    return summary_bundle.export_summary(desks[worker], to, path, today=TODAY, **kw)


def decrypt(desks, path, me: str = "sup") -> dict:
    with open_session(desks[me]) as s:
        d = desk(s)
        from fsw_desktop.services.sharing import peers

        key_for, revoked = peers.signing_key_lookup(s)
        _, payload = envelope.open_bundle(path.read_bytes(), me_desk_id=d.desk_id,
                                          me_encryption_private=bytes(d.encryption_private),
                                          signing_key_for=key_for, revoked=revoked)
    return payload


def state(db) -> tuple:
    with open_session(db) as s:
        return (s.execute(select(func.count()).select_from(WorkerSummary)).scalar(),
                s.execute(select(func.count()).select_from(BundleLog)).scalar(),
                s.execute(select(func.count()).select_from(AuditEntry)).scalar(),
                tuple(s.execute(select(WorkerSummary.bundle_id, WorkerSummary.is_latest)
                                .order_by(WorkerSummary.bundle_id)).all()))


def test_no_name_leaves_without_asking(world):
    desks, built = world
    made = export(desks, "w1")
    text = json.dumps(decrypt(desks, made.path), ensure_ascii=False)
    assert not [n for n in built["w1"].names if n in text], "a person's name left the desk"
    assert SECRET not in text
    raw = made.path.read_bytes()
    assert not [n for n in built["w1"].names if n.encode() in raw]
    with open_session(desks["w1"]) as s:
        log = s.execute(select(BundleLog).where(BundleLog.bundle_id == made.bundle_id)).scalar_one()
        assert (log.kind, log.direction, log.peer_desk_id) == ("summary", "out", desks.ids["sup"])
        actions = [a for a, in s.execute(select(AuditEntry.action))]
        assert "bundle made" in actions and summary_bundle.NAMES_SHARED not in actions
    assert envelope.peek(raw).kind == "summary" and envelope.peek(raw).scope["include_names"] is False


def test_names_when_asked_never_do_not_disclose_and_it_is_recorded(world):
    desks, built = world
    made = export(desks, "w2", include_names=True)
    payload = decrypt(desks, made.path)
    text = json.dumps(payload, ensure_ascii=False)
    assert not [n for n in built["w2"].hidden if n in text], "a do-not-disclose person's name left the desk"
    assert SECRET not in text
    assert "PosyBx" in text and "OrrinfordBx" in text  # others' names go when asked
    assert payload["summary"]["include_names"] is True
    with open_session(desks["w2"]) as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == summary_bundle.NAMES_SHARED)).scalar_one()
        assert entry.record_id == desks.ids["sup"] and "sup" in entry.detail


def test_refused_bundles_change_nothing(world):
    desks, _ = world
    good = export(desks, "w3")
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = good.path.with_name("tampered.fswb")
    tampered.write_bytes(bytes(data))
    foreign = export(desks, "w3", to="sup2")  # made for the other supervisor
    before = state(desks["sup"])
    for paths, reason in (([tampered], "damaged"), ([foreign.path], "other-desk"),
                          ([good.path, tampered], "damaged")):  # all or nothing: the good one is not kept
        with pytest.raises(envelope.BundleRefused) as refused:
            summary_bundle.import_summaries(desks["sup"], paths)
        assert refused.value.reason == reason and "\n" not in str(refused.value)
        assert state(desks["sup"]) == before
    with pytest.raises(InputRefused, match="supervisor"):
        summary_bundle.export_summary(desks["w1"], "w2", desks.bundle_path("w1", "w2"), today=TODAY)
    with pytest.raises(InputRefused, match="supervisor's desk"):  # a worker does not import summaries
        summary_bundle.import_summaries(desks["w1"], [good.path])


def test_three_workers_latest_kept_history_kept(world):
    desks, built = world
    older = export(desks, "w1")
    newer = export(desks, "w1")
    firsts = [export(desks, w) for w in ("w2", "w3")]
    got = summary_bundle.import_summaries(desks["sup"], [newer.path, *[f.path for f in firsts]])
    assert [g.replay for g in got] == [False] * 3 and all(g.is_latest for g in got)
    # an older summary arriving later becomes history, not latest
    late = summary_bundle.import_summaries(desks["sup"], [older.path, newer.path])
    assert (late[0].replay, late[0].is_latest, late[1].replay) == (False, False, True)

    with open_session(desks["sup"]) as s:
        rows = {r.desk_id: r for r in team.latest_summaries(s)}
        assert set(rows) == {desks.ids[w] for w in WORKERS}
        assert rows[desks.ids["w1"]].earlier == 1 and rows[desks.ids["w2"]].earlier == 0
        assert rows[desks.ids["w1"]].open_cases == 3 and rows[desks.ids["w1"]].worker_name == "Worker w1"
        history = team.summary_history(s, desks.ids["w1"])
        assert [h.is_latest for h in history] == [True, False]

        figs = team.team_figures(s, today=TODAY)
        assert set(figs["workers"]) == {desks.ids[w] for w in WORKERS}
        t = figs["team"]
        assert t["caseload"]["open"] == 9 and t["caseload"]["target"] == 120 and t["caseload"]["workers"] == 3
        assert t["overdue_reviews"] == 3 and t["waiting_list"]["waiting"] == 3
        assert t["first_contact"]["median_days"] == 4.0 and t["first_contact"]["contacted"] == 9
        assert t["outcomes"]["Reduced parental stress"]["improved"] == 3
        assert t["referral_sources"] == {"Probation": 6, "Self": 3, "School": 3}
        assert t["applications"]["on_time_share"] == 0.5 and t["visits"]["attended"] == 3
        assert t["children"]["total"] == 6 and t["family_days"]["people_attended"] == 6
        for w in figs["workers"].values():
            assert w["figures"]["caseload"]["open"] == 3 and w["figures"]["cases_by_stage"]["new"] == 1

        # a period: the summer of 2025 holds only each worker's case C
        summer = team.team_figures(s, date(2025, 6, 1), date(2025, 9, 30), today=TODAY)
        assert summer["team"]["caseload"]["referred"] == 3 and summer["team"]["referral_sources"] == {"Probation": 3}

        # drill down to a worker, then a case
        detail = team.worker_detail(s, desks.ids["w1"], today=TODAY)
        assert len(detail["cases"]) == 3 and detail["figures"]["caseload"]["open"] == 3
        ref = built["w1"].refs["D"]
        line = next(c for c in detail["cases"] if c.reference == ref)
        assert "Review overdue" in line.flags and "No contact with children (public protection)" in line.flags
        case = team.case_detail(s, desks.ids["w1"], ref.lower())
        assert case["stage"] == "review due" and case["scores"]["Reduced parental stress"][0]["score"] == 3
        with pytest.raises(InputRefused):
            team.case_detail(s, desks.ids["w1"], "C-NOSUCH")


def test_supervision_notes_quality_and_work_plan(world):
    desks, _ = world
    w = desks.ids["w2"]
    with open_session(desks["sup"]) as s:
        if not team.latest_summaries(s):
            summary_bundle.import_summaries(s, [export(desks, "w2").path])
        note = team.add_note(s, w, date(2026, 3, 2), "Caseload and the overdue review", "Book the review",
                             date(2026, 4, 6))
        team.update_note(s, note.id, date(2026, 3, 2), "Caseload, overdue review", "Review by Friday",
                         date(2026, 4, 6))
        assert [n.agreed_actions for n in team.notes(s, w)] == ["Review by Friday"]
        assert team.next_supervisions(s)[w] == date(2026, 4, 6)
        with pytest.raises(InputRefused):
            team.add_note(s, w, date(2026, 3, 2), "x", next_on=date(2026, 3, 1))
        with pytest.raises(InputRefused):
            team.add_note(s, "no-such-desk", date(2026, 3, 2), "x")
        team.delete_note(s, note.id)
        assert team.notes(s, w) == []

        statements = team.quality_statements()
        assert [q["number"] for q in statements] == list(range(1, 9))
        assert statements[0]["title"] == "Awareness" and statements[7]["title"] == "Building the evidence"
        assert statements[0]["items"][0] == {"item": "1.1", "action":
                                             "All services - We have resources for staff about children of offenders"}
        team.set_assessment(s, "8.2", "In progress", "Waiting list kept on the desk")
        assessed = team.self_assessment(s)
        assert assessed["8.2"]["status"] == "In progress" and assessed["1.1"]["status"] == QUALITY_STATUSES[0]
        assert team.statement_progress(s)[8]["In progress"] == 1
        with pytest.raises(InputRefused):
            team.set_assessment(s, "9.1", "In progress")
        with pytest.raises(InputRefused):
            team.set_assessment(s, "8.2", "Done")
        item = team.add_plan_item(s, 8, "three months", "Report waiting times monthly", "Supervisor",
                                  date(2026, 6, 1), "Team figures CSV")
        team.add_plan_item(s, 8, "this month", "Check outcome recording", "Supervisor")
        assert [p.horizon for p in team.work_plan(s)] == ["this month", "three months"]
        team.update_plan_item(s, item.id, 8, "six months", "Report waiting times monthly", "Lead")
        with pytest.raises(InputRefused):
            team.add_plan_item(s, 8, "next year", "x")
        team.delete_plan_item(s, item.id)
        assert len(team.work_plan(s)) == 1
        s.commit()


# --- what the supervisor's desk makes of a summary agrees with the worker's own -------------------------
# A second, smaller world: the hand-worked desk plus one family with grown-up children, sent to a supervisor.

END_ONLY = date(2025, 12, 31)


@pytest.fixture(scope="module")
def grown_up(tmp_path_factory):
    """Worker "w" (the hand-worked desk, plus case E with grown-up children) and supervisor "sup"
    holding w's summary made on TODAY."""
    root = tmp_path_factory.mktemp("grown_up")
    desks = make_desks(root, {"w": "worker", "sup": "supervisor"})
    build_worker(desks["w"], tag="Rv")
    with open_session(desks["w"]) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2026, 2, 1), source="Probation", prisoner_given="Evander", prisoner_family="Eastwick",
            prison_number="A7777EE"), today=TODAY)
        for given, dob in (("Adult", date(2000, 1, 1)),        # 26: a grown-up son, no child
                           ("Nineteen", date(2007, 1, 1)),     # 19: past the 17-18 band, no child
                           ("Eighteen", date(2007, 6, 1)),     # 18: the oldest child band, a child
                           ("Undated", None)):                 # no date of birth: a child, "Not recorded"
            add_person(s, case.id, PersonInput(given_name=given, family_name="Eastwick", date_of_birth=dob,
                                               relationship="child", gender="Male"), today=TODAY)
        s.commit()
        reference = case.ref
    path = desks.bundle_path("w", "sup")
    summary_bundle.export_summary(desks["w"], "sup", path, today=TODAY)
    summary_bundle.import_summaries(desks["sup"], [path])
    yield desks, reference
    desks.close()


def _without_audit(figures: dict) -> dict:
    """Figures less the audit trail's counts, which grow as the tests themselves open and export."""
    return {k: v for k, v in figures.items() if k != "audit"}


def test_only_the_end_given_worker_and_supervisor_figures_agree(grown_up):
    desks, _ = grown_up
    with open_session(desks["w"]) as s:
        mine = summary.desk_summary(s, TODAY, end=END_ONLY)  # what ``fsw summary --to 2025-12-31`` prints
        worker_id = mine["desk"]["desk_id"]
    with open_session(desks["sup"]) as s:
        theirs = team.team_figures(s, end=END_ONLY, today=TODAY)
        detail = team.worker_detail(s, worker_id, end=END_ONLY, today=TODAY)
    period = {"start": "2025-01-01", "end": "2025-12-31"}
    # before the fix the worker's own period started 2025-03-02: twelve months back from today, not the end
    assert mine["figures"]["period"] == period
    assert theirs["period"] == period and detail["period"] == period
    assert _without_audit(theirs["workers"][worker_id]["figures"]) == _without_audit(mine["figures"])
    assert _without_audit(detail["figures"]) == _without_audit(mine["figures"])


def test_grown_up_son_or_daughter_is_not_counted_as_a_child(grown_up):
    desks, reference = grown_up
    with open_session(desks["w"]) as s:
        made = summary.desk_summary(s, TODAY)
    record = next(c for c in made["cases"] if c["reference"] == reference)
    assert sorted(ch["age_band"] for ch in record["children"]) == ["17-18", "Not recorded"]
    # the record's shape is unchanged, so older desks and already imported summaries still read
    assert made["summary"] == summary.SUMMARY_VERSION == 1
    assert all(set(ch) == {"age_band", "gender", "ethnicity"} for ch in record["children"])
    children = made["figures"]["children"]
    # the hand-worked desk's two children (5-10, 11-16) plus E's eighteen-year-old and undated child
    assert children["total"] == 4
    assert children["by_age_band"] == {"0-4": 0, "5-10": 1, "11-16": 1, "17-18": 1, "Not recorded": 1}
    with open_session(desks["sup"]) as s:
        team_children = team.team_figures(s, today=TODAY)["team"]["children"]
    assert team_children["total"] == 4 and team_children["by_age_band"]["Not recorded"] == 1


# supervision notes are of sessions held: never dated in the future


def test_supervision_note_date_cannot_be_in_the_future(grown_up):
    desks, _ = grown_up
    with open_session(desks["sup"]) as s:
        worker_id = team.latest_summaries(s)[0].desk_id
        with pytest.raises(InputRefused, match="future"):
            team.add_note(s, worker_id, date(2099, 1, 1), "Mistyped year", today=TODAY)
        with pytest.raises(InputRefused, match="future"):
            team.add_note(s, worker_id, TODAY + timedelta(days=1), "Tomorrow's session", today=TODAY)
        with pytest.raises(InputRefused, match="future"):  # the real today, by default
            team.add_note(s, worker_id, date.today() + timedelta(days=1), "Tomorrow's session")
        # a session held today, with the next one planned far ahead: both fine
        note = team.add_note(s, worker_id, TODAY, "Caseload", next_on=date(2099, 1, 1), today=TODAY)
        with pytest.raises(InputRefused, match="future"):
            team.update_note(s, note.id, date(2099, 1, 1), "Caseload", today=TODAY)
        team.update_note(s, note.id, TODAY - timedelta(days=1), "Caseload", next_on=TODAY + timedelta(days=28),
                         today=TODAY)
        assert [n.on for n in team.notes(s, worker_id)] == [TODAY - timedelta(days=1)]
        assert team.next_supervisions(s)[worker_id] == TODAY + timedelta(days=28)
        s.rollback()
