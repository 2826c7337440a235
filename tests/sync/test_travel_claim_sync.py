"""Help with travel costs travels between worker desks in real bundles, and only there.

A family's eligibility (``cases.travel_help_since``) and a visit's claim (``travel_claims``) are casework:
made on one worker's desk, they arrive on a paired worker's desk, where the reminder is gone too. A
visits hall never receives them, and a change to them sealed by a visits hall or a supervisor's desk
is refused at the trust boundary, while the same change from a worker's desk is taken in.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from fsw_desktop.models.cases import Case
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Change
from fsw_desktop.models.travel_claims import TravelClaim
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.visits import calendar, travel_claims, visitors, visits
from fsw_desktop.sync.trust import OutOfScope

from .desks import TODAY, make_desks, new_case
from .test_trust_boundary import SEQ, change, seal_from

VISIT_DAY = TODAY - timedelta(days=5)


@pytest.fixture
def desks(tmp_path):
    d = make_desks(tmp_path, {"A": "worker", "B": "worker", "V": "visitor-centre", "S": "supervisor"})
    yield d
    d.close()


def _claimed_visit(db) -> tuple[str, str, str]:  # noqa: ANN001
    """On ``db``: a case eligible from the visit's day, its visit attended and the claim marked made."""
    case_id = new_case(db)
    with open_session(db) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner)).scalar_one()
        prisoner.establishment = "HMP Testfield (synthetic)"
        partner = visitors.add_visitor(s, "Wren", "Orrin", date(1991, 3, 3), "partner", case_id, today=TODAY)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Hall", VISIT_DAY - timedelta(days=14), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, VISIT_DAY, [partner.id], partner.id,
                                 today=VISIT_DAY - timedelta(days=3))
        visits.record_outcome(s, booking.id, "attended", today=VISIT_DAY)
        travel_claims.set_eligible(s, case_id, VISIT_DAY - timedelta(days=10))
        s.flush()
        assert [r.booking_id for r in travel_claims.reminders(s, TODAY)] == [booking.id]
        claim = travel_claims.record(s, booking.id, travel_claims.MADE, TODAY - timedelta(days=1), today=TODAY)
        s.commit()
        return case_id, booking.id, claim.id


def test_eligibility_and_a_claim_travel_to_a_paired_worker_and_back(desks):
    case_id, booking_id, claim_id = _claimed_visit(desks["A"])
    report = desks.send("A", "B")
    assert report.changes_new > 0
    with open_session(desks["B"]) as s:
        assert s.get(Case, case_id).travel_help_since == VISIT_DAY - timedelta(days=10)
        claim = s.get(TravelClaim, claim_id)
        assert (claim.booking_id, claim.case_id, claim.status, claim.on) == (
            booking_id, case_id, travel_claims.MADE, TODAY - timedelta(days=1))
        assert travel_claims.reminders(s, TODAY) == []  # no reminder on B either: the claim came with it
        assert travel_claims.claim_view(s, booking_id).state(TODAY) == f"claimed {TODAY - timedelta(days=1):%d %b %Y}"
        # B corrects it: the family did not claim after all
        travel_claims.record(s, booking_id, travel_claims.NOT_CLAIMING, TODAY, reason="Changed their mind",
                             today=TODAY)
        s.commit()
    desks.send("B", "A")
    with open_session(desks["A"]) as s:
        claim = s.get(TravelClaim, claim_id)
        assert (claim.status, claim.reason) == (travel_claims.NOT_CLAIMING, "Changed their mind")
    assert desks.dump("A") == desks.dump("B")


def test_a_visits_hall_never_receives_them(desks):
    case_id, booking_id, claim_id = _claimed_visit(desks["A"])
    desks.send("A", "V")
    with open_session(desks["V"]) as s:
        assert s.get(TravelClaim, claim_id) is None
        assert s.get(Case, case_id) is None  # nor the case that says the family is eligible
        assert s.execute(select(func.count()).where(Change.record_table == "travel_claims")).scalar() == 0
        assert visits.booking_rows_by_id(s, [booking_id])  # while the visit itself arrives


def _bundle_changing_the_claim(d, sender: str, claim_id: str, case_id: str, seq: int):  # noqa: ANN001, ANN202
    """A bundle sealed by ``sender`` for B, in ``sender``'s own name, marking the claim not claiming and
    the family not eligible."""
    desk_id = d.ids[sender]
    path = d.root / f"{sender}-claim-{seq}.fswbundle"
    path.write_bytes(seal_from(d[sender], d.ids["B"], [
        change("travel_claims", claim_id, "status", travel_claims.NOT_CLAIMING, desk_id=desk_id, who=sender),
        change("travel_claims", claim_id, "reason", "No longer claiming", desk_id=desk_id, who=sender, n=1),
        change("cases", case_id, "travel_help_since", None, desk_id=desk_id, who=sender, n=2)], seq=seq))
    return path


def test_the_trust_boundary_takes_them_from_a_worker_and_refuses_them_from_others(desks):
    d = desks
    case_id, booking_id, claim_id = _claimed_visit(d["A"])
    d.send("A", "B")

    def state() -> tuple:
        with open_session(d["B"]) as s:
            claim = s.get(TravelClaim, claim_id)
            return claim.status, claim.reason, s.get(Case, case_id).travel_help_since

    before = state()
    assert before == (travel_claims.MADE, "", VISIT_DAY - timedelta(days=10))
    # a visits hall may change neither a claim nor a family's eligibility; a supervisor's desk nothing at all
    with pytest.raises(OutOfScope, match="a visitor-centre desk may not change travel_claims") as refused:
        sync_service.import_bundle(d["B"], _bundle_changing_the_claim(d, "V", claim_id, case_id, SEQ))
    assert refused.value.table == "travel_claims"
    with pytest.raises(OutOfScope, match="a supervisor's desk may not change travel_claims"):
        sync_service.import_bundle(d["B"], _bundle_changing_the_claim(d, "S", claim_id, case_id, SEQ))
    assert state() == before  # nothing of either bundle was taken in
    # the same changes sealed by a worker's desk are taken in
    report = sync_service.import_bundle(d["B"], _bundle_changing_the_claim(d, "A", claim_id, case_id, SEQ))
    assert report.changes_new == 3
    assert state() == (travel_claims.NOT_CLAIMING, "No longer claiming", None)
