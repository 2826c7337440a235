"""The demo's visit sessions, bookings and family days for the families it made."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any, Callable

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InputRefused

from ..models.base import Travelling
from ..models.cases import Case
from ..models.people import Person, Restriction
from ..models.visits import (
    BlockedDate, Booking, BookingVisitor, FamilyDay, FamilyDayAttendee, FamilyDayRequest, SessionTemplate,
)
from ..services.visits.family_days import fit_places, priority
from ..services.visits.calendar import WEEKDAYS, session_dates
from ..services.visits import flags
from ..services.visits.travel_claims import WINDOW_DAYS
from ..services.letters import letters, templates
from ..services.visits.visits import STATUS_FOR_OUTCOME
from ..services.desk.dates import show_date

from .words import (ESTABLISHMENT, Pick)
from .casework import (_Builder)


# --- visits and family days ----------------------------------------------------------------

CANCEL_REASON = Pick([("Cancelled by the visitor", 45), ("Cancelled by the prisoner", 12),
                      ("Establishment: staffing", 12), ("Establishment: lockdown or security", 6),
                      ("Prisoner unwell", 10), ("Prisoner transferred", 3), ("Duplicate booking", 4)])
WITHDRAW_REASON = Pick([("Withdrawn by the family", 60), ("Withdrawn by the prisoner", 30), ("No longer needed", 10)])
REJECT_REASON = Pick([("Visitor not approved", 40), ("Security decision", 30), ("Allowance used up", 30)])
BOOK_REASON = Pick([("Booked by the visits team", 50), ("Booked by phone", 35), ("Booked at the visitor centre", 15)])
OUTCOME = Pick([("attended", 840), ("visitor did not arrive", 80), ("cancelled by establishment", 25),
                ("prisoner refused", 15), ("ended early", 15), ("failed security", 5)])
VISITOR_ONLY_RELATIONSHIP = Pick([("other", 50), ("sibling", 30), ("grandparent carer", 10), ("new partner", 10)])
FAMILY_DAY_FEEDBACK = (
    "The children did not want to leave; dad read them a story.",
    "Lovely to sit together without a table between us.",
    "Photographs arrived a week later; my son has his on the wall.",
    "Too short: the morning went so fast.",
    "First time the little one has been held by her dad.",
    "Staff were kind; the security check took a long time.",
    "",
)
DAY_FEEDBACK = (
    "Went well; families asked for more days in the school holidays. Security clearance took longer than planned.",
    "All families arrived; photographs sent to the prisoners. More seating needed for grandparents.",
    "Good day. Two families could not come because of transport; look at help with travel costs.",
)
FAMILY_DAY_PROGRAMME = {
    "general": "Arrival and security from 09:30; games and crafts; lunch together; photographs; goodbyes at 15:00.",
    "father-and-baby": "Baby massage with the health visitor; songs and rhymes; photographs; lunch.",
    "adult children": "Time to talk over lunch; a quiz; a short session on keeping in touch after release.",
}
OVERBOOK_REASON = "Family travelling over 150 miles by train; visits manager agreed an extra table (synthetic)."


@dataclass
class _VisitFamily:
    """A family who visits a prisoner on this desk, and when: built from the casework rows."""

    prisoner: dict[str, Any]
    carer: dict[str, Any]
    others: list[dict[str, Any]]
    children: list[dict[str, Any]]
    start: date
    end: date
    female: bool
    extra: list[dict[str, Any]] = field(default_factory=list)  # visitor-only records who come along
    happened: list[date] = field(default_factory=list)  # visits that took place, in date order
    first_future: bool = False


class _VisitBuilder:
    """A year (standard) or five years (large) of sessions and bookings, and family days, for the desk's
    prisoners in custody and their families. Capacity, allowance and age rules hold as ``services.visits``
    checks them; its own Random keeps the casework above unchanged by anything here."""

    def __init__(self, b: _Builder) -> None:
        self.ban_from: dict[str, date] = {}  # visitor-only people banned from this date on
        self.b, self.size, self.today = b, b.size, b.today
        self.rng = random.Random(f"fsw-demo-visits-{b.rng.random()}")
        self.first = self.today - timedelta(days=365 * self.size.visit_years)
        self.last = self.today + timedelta(days=28)
        self.slots: dict[date, list[tuple[str, bool]]] = {}  # date -> (template id, family session)
        self.capacity: dict[str, tuple[int, int]] = {}
        self.taken: dict[tuple[str, date], list[int]] = {}  # (template, date) -> [open, closed] places held
        self.prisoner_slots: set[tuple[str, str, date]] = set()
        self.month_use: dict[tuple[str, date], int] = {}
        self.restrictions: dict[str, list[dict[str, Any]]] = {}
        self.bookings: list[dict[str, Any]] = []

    def add(self, model: type[Travelling], **values: Any) -> dict[str, Any]:
        return self.b.add(model, **values)

    def build(self) -> None:
        self.build_sessions()
        families = self.families()
        self.build_visitor_only(families)
        for fam in families:
            self.build_bookings(fam)
        self.fill_one_session(families)
        self.final_contacts()
        self.build_family_days(families)

    # sessions

    def template(self, name: str, weekdays: str, starts: str, ends: str, room: str, valid_from: date,
                 valid_to: date | None, interval: int, places: tuple[int, int], one_off: bool = False,
                 family: bool = False) -> str:
        row = self.add(SessionTemplate, name=name, weekdays=weekdays, starts=starts, ends=ends, room=room,
                       valid_from=valid_from, valid_to=valid_to, interval_weeks=interval, open_capacity=places[0],
                       closed_capacity=places[1], one_off=one_off)
        self.capacity[row["id"]] = places
        for on in session_dates(weekdays, interval, valid_from, valid_to, self.first, self.last):
            self.slots.setdefault(on, []).append((row["id"], family))
        return row["id"]

    def build_sessions(self) -> None:
        first, rng = self.first, self.rng
        hall = self.size.hall_places
        weekday_id = self.template("Weekday afternoon", "TU,TH", "14:00", "16:00", "Visits hall", first, None, 1,
                                   hall)
        saturday_id = self.template("Saturday morning", "SA", "09:30", "11:30", "Visits hall", first, None, 1,
                                    (hall[0] + hall[0] // 5, hall[1]))
        self.template("Family session", "SU", "10:00", "12:00", "Family room", first, None, 2,
                      (self.size.family_room_places, 0), family=True)
        ended = first + timedelta(days=int((self.last - first).days * 0.4))
        self.template("Wednesday evening", "WE", "18:00", "19:30", "Visits hall", first, ended, 1,
                      (hall[0] // 2, hall[1]))
        # one-off extra sessions: before Christmas each year, and one in the next four weeks
        for year in range(first.year, self.last.year + 1):
            on = date(year, 12, 22)
            if first <= on <= self.last and on.weekday() < 5:
                self.template("Extra Christmas session", WEEKDAYS[on.weekday()], "14:00", "16:00", "Visits hall",
                              on, on, 1, hall, one_off=True)
        extra = self.today + timedelta(days=10 + (4 - (self.today + timedelta(days=10)).weekday()) % 7)  # a Friday
        self.template("Extra Friday session", "FR", "14:00", "16:00", "Visits hall", extra, extra, 1,
                      (hall[0] // 2, 0), one_off=True)
        # blocked: Christmas Day, staff training, an incident, and one upcoming Saturday
        blocked: list[tuple[date, str | None, str, str]] = []
        for year in range(first.year, self.last.year + 1):
            on = date(year, 12, 25)
            if first <= on <= self.last:
                blocked.append((on, None, "Governor", "Christmas Day: no visits."))
        for _n in range(self.size.visit_years * 2):
            on = first + timedelta(days=rng.randint(20, (self.today - first).days - 10))
            on += timedelta(days=(1 - on.weekday()) % 7)  # a Tuesday
            blocked.append((on, weekday_id, "Head of Residence", "Whole-prison staff training."))
        on = self.today - timedelta(days=rng.randint(30, 120))
        blocked.append((on, None, "Duty Governor", "Security incident: the prison was locked down."))
        on = self.today + timedelta(days=(5 - self.today.weekday()) % 7 + 14)  # the Saturday after next
        blocked.append((on, saturday_id, "Visits manager", "Visits hall floor being replaced."))
        seen = set()
        for on, template_id, who, why in sorted(blocked, key=lambda x: (x[0], x[1] or "")):
            if (on, template_id) in seen:
                continue
            seen.add((on, template_id))
            self.add(BlockedDate, on=on, template_id=template_id, who=who, why=why)
            self.slots[on] = [s for s in self.slots.get(on, []) if template_id is not None and s[0] != template_id]

    # who visits

    def families(self) -> list[_VisitFamily]:
        people: dict[str, list[dict[str, Any]]] = {}
        for p in self.b.rows[Person]:
            people.setdefault(p["case_id"], []).append(p)
        for r in self.b.rows[Restriction]:
            self.restrictions.setdefault(r["person_id"], []).append(r)
        out = []
        for case in self.b.rows[Case]:
            members = people.get(case["id"], [])
            prisoner = members[0]
            if prisoner.get("establishment") != ESTABLISHMENT or len(members) < 2:
                continue
            carer = members[1]
            if carer.get("do_not_disclose"):
                continue  # domestic abuse: this family is not put in touch with the prisoner
            start = max(self.first, case["referral_date"] - timedelta(days=self.rng.randint(0, 60)))
            end = min(self.last, case.get("closed_on") or self.last)
            release = prisoner.get("expected_release")
            if release and start < release:
                end = min(end, release - timedelta(days=1))
            fam = _VisitFamily(prisoner, carer, [m for m in members[2:] if m["relationship"] != "child"],
                               [m for m in members[2:] if m["relationship"] == "child"], start, end,
                               prisoner.get("gender") == "Female")
            if case["status"] == "open" and case["referral_date"] > self.today - timedelta(days=45) \
                    and self.rng.random() < 0.5:
                fam.start, fam.first_future = self.today + timedelta(days=self.rng.randint(2, 12)), True
            if fam.start <= fam.end:
                out.append(fam)
        # a few carers may only have closed visits (a security decision about them)
        for fam in self.rng.sample(out, max(2, len(out) // 50)):
            fam.carer["closed_visits_only"] = True
        return out

    def build_visitor_only(self, families: list[_VisitFamily]) -> None:
        """Friends and relatives with no case; two of them banned, one waiting for approval."""
        rng, b = self.rng, self.b
        chosen = rng.sample(families, min(len(families), self.size.visitor_only))
        for n, fam in enumerate(chosen):
            dob = fam.start - timedelta(days=rng.randint(25 * 365, 70 * 365))
            visitor = b.add(Person, case_id=None, given_name=b.given_name(), family_name=b.family_name(),
                            relationship=VISITOR_ONLY_RELATIONSHIP(rng), date_of_birth=dob,
                            gender=rng.choice(("Female", "Male")), visitor_approved=True)
            if n == 0:  # banned for a while after a failed security check
                visitor["ban_reason"] = "Tried to pass an item during a visit (synthetic)."
                visitor["banned_until"] = self.today + timedelta(days=60)
                self.ban_from[visitor["id"]] = self.today - timedelta(days=rng.randint(20, 40))
            elif n == 1:  # banned with no end date
                visitor["ban_reason"] = "Threatened visitor-centre staff (synthetic)."
                self.ban_from[visitor["id"]] = max(fam.start, self.today - timedelta(days=rng.randint(60, 200)))
            elif n == 2:  # new, not yet approved: no bookings
                visitor["visitor_approved"] = False
                continue
            fam.extra.append(visitor)

    def active(self, person_id: str, on: date, word: str) -> bool:
        return any(word in r["kind"].lower() and (r["starts_on"] is None or r["starts_on"] <= on)
                   and (r["ends_on"] is None or r["ends_on"] >= on) for r in self.restrictions.get(person_id, ()))

    # bookings

    def build_bookings(self, fam: _VisitFamily) -> None:
        lo, hi = self.size.visit_gap_days
        when = fam.start + timedelta(days=0 if fam.first_future else self.rng.randint(0, hi // 2))
        while when <= fam.end:
            self.book_near(fam, when)
            when += timedelta(days=self.rng.randint(lo, hi))

    def party(self, fam: _VisitFamily, on: date, family_session: bool) -> tuple[list[dict[str, Any]], bool] | None:
        """Who comes on ``on``, lead first, and whether it must be closed; None if nobody can."""
        rng = self.rng

        def age(p: dict[str, Any]) -> int:
            return relativedelta(on, p["date_of_birth"]).years

        def can(p: dict[str, Any]) -> bool:
            ban_from = self.ban_from.get(p["id"])
            return (p.get("date_of_birth") is not None and p["date_of_birth"] <= on
                    and not (ban_from and on >= ban_from) and not self.active(p["id"], on, "ban"))

        adults = [p for p in (fam.carer, *fam.others) if can(p) and age(p) >= 18]
        extra = [p for p in fam.extra if can(p)]
        if not adults and not extra:
            return None
        lead = adults[0] if adults else extra[0]
        party = [lead] + [p for p in adults[1:] if rng.random() < 0.3]
        party += [p for p in extra if p is not lead and rng.random() < (1.0 if not adults else 0.3)]
        party = party[:3]
        if not self.active(fam.prisoner["id"], on, "child"):
            kids = [p for p in fam.children if can(p)]
            grown = [p for p in kids if age(p) >= 18]
            young = [p for p in kids if age(p) < 18 and (family_session or rng.random() < 0.75)]
            party += [p for p in grown if len(party) < 3 and rng.random() < 0.3] + young[:5]
        party = party[:6]
        closed = any(p.get("closed_visits_only") for p in party) or self.active(fam.prisoner["id"], on, "closed")
        if family_session and (closed or not any(age(p) < 18 for p in party)):
            return None
        return party, closed

    def book_near(self, fam: _VisitFamily, target: date) -> None:
        rng, today = self.rng, self.today
        month = (fam.prisoner["id"], target.replace(day=1))
        options = []
        for n in range(7):
            on = target + timedelta(days=n)
            if on > fam.end:
                break
            for template_id, family_session in self.slots.get(on, ()):
                weight = 3 if on.weekday() == 5 else 2 if family_session and fam.children else 1
                options.append((rng.random() ** (1 / weight), on, template_id, family_session))
        options.sort(reverse=True)
        for _, on, template_id, family_session in options:
            month = (fam.prisoner["id"], on.replace(day=1))
            if self.month_use.get(month, 0) >= 4 or (fam.prisoner["id"], template_id, on) in self.prisoner_slots:
                continue
            found = self.party(fam, on, family_session)
            if found is None:
                continue
            party, closed = found
            pool = 1 if closed else 0
            if self.capacity[template_id][pool] == 0:
                continue
            held = self.taken.setdefault((template_id, on), [0, 0])
            if held[pool] >= self.capacity[template_id][pool]:
                if on > today + timedelta(days=1) and rng.random() < 0.4:
                    self.booking(fam, on, template_id, party, closed, family_session, waiting=True)
                    return
                continue
            self.booking(fam, on, template_id, party, closed, family_session)
            return

    def booking(self, fam: _VisitFamily, on: date, template_id: str, party: list[dict[str, Any]], closed: bool,
                family_session: bool, waiting: bool = False, overbook: bool = False,
                plain: bool = False) -> dict[str, Any]:
        """One booking; ``plain`` keeps a future one simply booked (no random cancellation)."""
        rng, today = self.rng, self.today
        ages = [relativedelta(on, p["date_of_birth"]).years for p in party]
        visit_type = "closed" if closed else "social"
        if family_session:
            visit_type = "mother-child" if fam.female else "father-child"
        elif not closed and any(a < 1 for a in ages) and rng.random() < 0.6:
            visit_type = "new baby"
        status, reason, outcome = "booked", BOOK_REASON(rng), ""
        la_assessment = parent_support = ""
        if waiting:
            status, reason = "requested", "Added to the waiting list"
        elif on < today:
            roll = rng.random()
            if roll < 0.07:
                status, reason = "cancelled", CANCEL_REASON(rng)
            elif roll < 0.085:
                status, reason = "withdrawn", WITHDRAW_REASON(rng)
            elif roll < 0.095:
                status, reason = "rejected", REJECT_REASON(rng)
            elif on >= today - timedelta(days=7) and rng.random() < 0.3:
                outcome = ""  # not yet recorded
            else:
                outcome = OUTCOME(rng)
                banned = [self.ban_from[p["id"]] for p in party if p["id"] in self.ban_from]
                if banned and on >= banned[0] - timedelta(days=14):
                    outcome = "failed security"
        elif on > today and not plain and not overbook:
            roll = rng.random()
            if roll < 0.05:
                status, reason = "cancelled", CANCEL_REASON(rng)
            elif roll < 0.12:
                status, reason = "requested", rng.choice(("Requested by the family", "Requested by the prisoner"))
        row = self.add(Booking, prisoner_id=fam.prisoner["id"], template_id=template_id, on=on,
                       visit_type=visit_type, closed=closed,
                       # the stored status follows the outcome; the local one still says it was booked
                       status=STATUS_FOR_OUTCOME.get(outcome, status),
                       status_reason=f"Outcome: {outcome}" if outcome else reason,
                       waiting_list=waiting, overbooked=overbook, overbook_reason=OVERBOOK_REASON if overbook else "",
                       lead_visitor_id=party[0]["id"], outcome=outcome, la_assessment=la_assessment,
                       parent_support=parent_support, notes="")
        for p in party:
            self.add(BookingVisitor, booking_id=row["id"], person_id=p["id"])
        if status in ("requested", "booked") and not waiting:
            self.taken.setdefault((template_id, on), [0, 0])[1 if closed else 0] += 1
            self.month_use[(fam.prisoner["id"], on.replace(day=1))] = \
                self.month_use.get((fam.prisoner["id"], on.replace(day=1)), 0) + 1
            self.prisoner_slots.add((fam.prisoner["id"], template_id, on))
            if status == "booked" and outcome in ("attended", "") and on < today:
                fam.happened.append(on)
        self.bookings.append(row)
        return row

    def final_contacts(self) -> None:
        """A few final contact visits before adoption (one in the standard desk), spread over the years."""
        people = {p["id"]: p for p in self.b.rows[Person]}
        visitors: dict[str, list[str]] = {}
        for bv in self.b.rows[BookingVisitor]:
            visitors.setdefault(bv["booking_id"], []).append(bv["person_id"])
        wanted = max(1, self.size.visit_years)
        step = max(1, len(self.bookings) // wanted)
        for n in range(wanted):
            for row in self.bookings[n * step:(n + 1) * step]:
                kids = [people[i] for i in visitors[row["id"]] if people[i]["relationship"] == "child"]
                if (row["visit_type"] == "social" and row["status"] in ("booked", "attended") and kids
                        and all(relativedelta(row["on"], k["date_of_birth"]).years < 5 for k in kids)):
                    row["visit_type"] = "final contact before adoption"
                    row["la_assessment"] = ("Local authority assessment (synthetic): final contact agreed "
                                            "before the adoption panel; counselling offered to the parent.")
                    row["parent_support"] = "FSW and the chaplain to see the parent straight after the visit."
                    row["notes"] = "Photograph to be taken for the child's life-story book."
                    break

    def fill_one_session(self, families: list[_VisitFamily]) -> None:
        """The open session with fewest places left one to three weeks ahead is filled, with a waiting
        list and one overbooking, so the week view shows a full session."""
        start, end = self.today + timedelta(days=7), self.today + timedelta(days=20)
        candidates = [(on, t) for on, slots in sorted(self.slots.items()) if start <= on <= end
                      for t, family in slots if not family and self.capacity[t][0] > 0]
        if not candidates:
            return
        on, template_id = min(candidates, key=lambda x: self.capacity[x[1]][0] - self.taken.get((x[1], x[0]), [0])[0])
        cap = self.capacity[template_id][0]
        waiting = overbooked = 0
        for fam in families:
            if not fam.start <= on <= fam.end or (fam.prisoner["id"], template_id, on) in self.prisoner_slots:
                continue
            if self.month_use.get((fam.prisoner["id"], on.replace(day=1)), 0) >= 4:
                continue
            found = self.party(fam, on, False)
            if found is None or found[1]:
                continue
            held = self.taken.setdefault((template_id, on), [0, 0])
            if held[0] < cap:
                self.booking(fam, on, template_id, found[0], False, False, plain=True)
            elif overbooked == 0:
                self.booking(fam, on, template_id, found[0], False, False, overbook=True)
                overbooked += 1
            elif waiting < 2:
                self.booking(fam, on, template_id, found[0], False, False, waiting=True)
                waiting += 1
            else:
                break

    # family days

    def build_family_days(self, families: list[_VisitFamily]) -> None:
        rng, today = self.rng, self.today
        every = self.size.family_day_every
        dates = []
        on = self.first + timedelta(days=every // 2)
        while on < today - timedelta(days=7):
            dates.append(on + timedelta(days=(5 - on.weekday()) % 7))
            on += timedelta(days=every + rng.randint(-10, 10))
        upcoming = today + timedelta(days=35 + (5 - (today + timedelta(days=35)).weekday()) % 7)
        dates.append(upcoming)
        kinds = ("general", "father-and-baby", "general", "adult children")
        attended_days: dict[str, int] = {}
        for n, on in enumerate(dates):
            kind = "general" if on == upcoming else kinds[n % len(kinds)]
            spec = {"general": (12, 40, None, None), "father-and-baby": (8, 20, 0, 2),
                    "adult children": (8, 20, 18, None)}[kind]
            past = on < today
            day = self.add(FamilyDay, on=on, kind=kind,
                           title={"general": "Family day", "father-and-baby": "Father and baby day",
                                  "adult children": "Adult children's day"}[kind] + f" {on:%B %Y}",
                           capacity_families=spec[0], capacity_people=spec[1], min_age=spec[2], max_age=spec[3],
                           clearance_deadline=on - timedelta(days=21), place="Sports hall (synthetic)",
                           programme=FAMILY_DAY_PROGRAMME[kind], status="held" if past else "planned",
                           feedback=rng.choice(DAY_FEEDBACK) if past else "")
            requests = []
            for fam in families:
                if past and (not fam.start <= on <= fam.end or fam.first_future):
                    continue
                if not past and fam.end < self.last:  # released or moved on before the day
                    continue
                people = self.day_people(fam, on, kind, spec[2], spec[3])
                if people is None or rng.random() < (0.45 if past else 0.3):
                    continue
                requested_on = on - timedelta(days=rng.randint(20, 60))
                seen = [d for d in fam.happened if d < requested_on]
                done = attended_days.get(fam.prisoner["id"], 0)
                row = self.add(FamilyDayRequest, family_day_id=day["id"], prisoner_id=fam.prisoner["id"],
                               case_id=fam.prisoner["case_id"], requested_on=requested_on,
                               first_time=not seen and done == 0,
                               weeks_since_visit=(requested_on - seen[-1]).days // 7 if seen else None,
                               relationship_repair=rng.random() < 0.2, attended_before=done, override_score=None,
                               override_reason="", status="requested", attended=None, feedback="")
                if rng.random() < 0.04:
                    row["override_score"] = 80
                    row["override_reason"] = "Child's birthday that weekend; agreed with the head of security."
                ages = [relativedelta(on, p["date_of_birth"]).years for p in people]
                requests.append((row, people, priority(SimpleNamespace(**row), ages, on).effective))
            requests.sort(key=lambda r: (-r[2], r[0]["requested_on"], r[0]["id"]))
            for row, people, _ in requests:
                for p in people:
                    cleared = "cleared" if rng.random() < 0.96 else "refused"
                    self.add(FamilyDayAttendee, request_id=row["id"], person_id=p["id"],
                             clearance=cleared if past else "pending", photo_consent=past and rng.random() < 0.85,
                             attended=None)
            if not past:
                continue  # the upcoming day's requests await allocation
            given, waiting, _, _ = fit_places([(r, len(p)) for r in requests for p in (r[1],)], spec[0], spec[1])
            for row, _, _ in waiting:
                row["status"] = "waiting"
            for row, _, _ in given:
                row["status"] = "allocated"
                came = rng.random() < 0.9
                row["attended"], row["feedback"] = came, rng.choice(FAMILY_DAY_FEEDBACK) if came else ""
                if came:
                    attended_days[row["prisoner_id"]] = attended_days.get(row["prisoner_id"], 0) + 1
            by_request = {row["id"]: row for row, _, _ in given}
            for a in self.b.rows[FamilyDayAttendee]:
                request = by_request.get(a["request_id"])
                if request is not None:
                    a["attended"] = bool(request["attended"]) and a["clearance"] == "cleared"

    def day_people(self, fam: _VisitFamily, on: date, kind: str, min_age: int | None,
                   max_age: int | None) -> list[dict[str, Any]] | None:
        def age(p: dict[str, Any]) -> int:
            return relativedelta(on, p["date_of_birth"]).years

        kids = [p for p in fam.children if p["date_of_birth"] is not None and p["date_of_birth"] <= on]
        if min_age is not None or max_age is not None:
            kids = [p for p in kids
                    if (min_age is None or age(p) >= min_age) and (max_age is None or age(p) <= max_age)]
            if not kids:
                return None
        if any(age(p) < 18 for p in kids) and self.active(fam.prisoner["id"], on, "child"):
            return None
        carer = fam.carer
        adults = [] if kind == "adult children" or self.active(carer["id"], on, "ban") else [carer]
        people = adults + kids
        return people if people and any(age(p) >= 18 for p in people) else None





TRANSFERRED_TO = "HMP Eastmoor (synthetic)"


def transfer_one(rows: dict[Any, list[dict[str, Any]]], today: date) -> str | None:
    """One prisoner of an open case, with visits booked ahead, recorded as transferred today (issue 19).

    Done on the rows before they are saved, as ``flags.record_transfer`` would record it, so that
    ``flag_transfer`` then flags their visits: what a worker sees when a prisoner is moved. Chosen
    by the soonest future booking, so the same seed picks the same family.
    """
    open_cases = {c["id"] for c in rows[Case] if c.get("status") == "open"}
    prisoners = {p["id"]: p for p in rows[Person] if p.get("is_prisoner") and p.get("case_id") in open_cases
                 and p.get("establishment") == ESTABLISHMENT}
    ahead: dict[str, list[date]] = {}
    for b in rows[Booking]:
        if b["prisoner_id"] in prisoners and b.get("status") == "booked" and b["on"] > today:
            ahead.setdefault(b["prisoner_id"], []).append(b["on"])
    chosen = sorted((min(days), pid) for pid, days in ahead.items() if len(days) >= 2)
    if not chosen:
        return None
    prisoner = prisoners[chosen[0][1]]
    prisoner["transfers"] = f"{show_date(today)}: moved from {ESTABLISHMENT} to {TRANSFERRED_TO}"
    prisoner["establishment"] = TRANSFERRED_TO
    return prisoner["id"]


def flag_transfer(session: Session, prisoner_id: str | None, today: date) -> int:
    """The transferred prisoner's visits checked again once saved: how many were flagged."""
    if not prisoner_id:
        return 0
    return len(flags.recheck(session, today, people=[prisoner_id]).raised)


def travel_help(rows: dict[Any, list[dict[str, Any]]], today: date, new_id: Callable[[], str],
                not_prisoner: str | None = None) -> list[dict[str, Any]]:
    """One family of an open case marked eligible for help with travel costs (issue 19), and its claims.

    Chosen as the first family (in the order the demo made them) with an attended visit whose 28 days
    to claim are still running and one whose days ran out within the last month: the first stays on
    Today as a reminder, the second as overdue. Its other attended visits since it became eligible are
    claimed a few days after each (one with "not claiming"), and its next visit, if within 28 days,
    in advance. Done on the rows before they are saved; returns the claim rows, saved after the bookings.
    """
    window = timedelta(days=WINDOW_DAYS)
    open_cases = {c["id"]: c for c in rows[Case] if c.get("status") == "open"}
    prisoners = {p["id"]: p for p in rows[Person] if p.get("is_prisoner") and p.get("case_id") in open_cases
                 and p["id"] != not_prisoner}
    visits: dict[str, list[dict[str, Any]]] = {}
    for b in rows[Booking]:
        if b["prisoner_id"] in prisoners:
            visits.setdefault(b["prisoner_id"], []).append(b)
    for booked in visits.values():
        attended = sorted((b for b in booked if b.get("status") == "attended" and b["on"] < today),
                          key=lambda b: b["on"])
        running = [b for b in attended if b["on"] + window >= today]
        ran_out = [b for b in attended if today - timedelta(days=30) <= b["on"] + window < today]
        if running and ran_out:
            break
    else:
        return []
    case = open_cases[prisoners[booked[0]["prisoner_id"]]["case_id"]]
    since = min(b["on"] for b in attended if b["on"] >= today - timedelta(days=120))
    case["travel_help_since"] = since
    reminded = {running[-1]["id"], ran_out[-1]["id"]}
    claims = []
    for n, b in enumerate(b for b in attended if b["on"] >= since and b["id"] not in reminded):
        claim = {"id": new_id(), "booking_id": b["id"], "case_id": case["id"], "status": "made",
                 "on": min(b["on"] + timedelta(days=3 + n % 4), today), "reason": ""}
        if n == 1:
            claim.update(status="not claiming", on=b["on"] + timedelta(days=2),
                         reason="A neighbour drove them; nothing to claim (synthetic).")
        claims.append(claim)
    ahead = sorted((b for b in booked if b.get("status") == "booked" and today < b["on"] <= today + window),
                   key=lambda b: b["on"])
    if ahead:
        claims.append({"id": new_id(), "booking_id": ahead[0]["id"], "case_id": case["id"], "status": "made",
                       "on": max(today - timedelta(days=1), ahead[0]["on"] - window), "reason": ""})
    return claims


def printed_confirmation(session: Session, today: date) -> int:
    """A visit confirmation printed for the family of the soonest visit ahead, recorded on their case (issue 19).

    Made through the letters service, as a worker's desk would: the first booking whose lead visitor
    can receive a letter by post (an address, no restriction in the way) gets one. Returns 1, or 0.
    """
    found = session.execute(
        select(Booking.id).join(Person, Person.id == Booking.lead_visitor_id)
        .where(Booking.live(), Booking.status == "booked", Booking.on > today, Person.address != "",
               Person.case_id.is_not(None), Person.do_not_disclose.is_not(True))
        .order_by(Booking.on, Booking.ref).limit(20)).scalars().all()
    confirmation = templates.default_id("visit-confirmation")
    for booking_id in found:
        ctx = letters.for_booking(session, booking_id, today=today)
        lead = session.get(Booking, booking_id).lead_visitor_id
        # in the family's language, as the letter dialog would choose it: Welsh for a family who prefers it
        wants = next((r.letter_language for r in ctx.recipients if r.person_id == lead), "en")
        template = templates.in_language(templates.templates(session), templates.VISIT_CONFIRMATION, wants)
        try:
            prepared = letters.prepare(session, ctx, template.id if template else confirmation, lead,
                                       letters.BY_POST, today=today)
        except InputRefused:
            continue
        letters.record_sent(session, prepared, "Legitimate interests", "Confirming the visit booked by phone",
                            now=datetime.combine(today, time(9, 30)))
        return 1
    return 0
