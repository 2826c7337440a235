"""The demo's prisoners' applications, with their acknowledgements and responses."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any


from ..models.applications import Application, ApplicationEvent
from ..models.cases import Case
from ..models.people import Person
from ..services.applications.working_days import add_working_days, load_holidays

from .words import (ESTABLISHMENT, FAMILY_HEADS, FAMILY_TAILS, GIVEN_HEADS, GIVEN_TAILS, PRISON_LETTERS, Pick)
from .casework import (_Builder)


# --- prisoners' applications -----------------------------------------------------------------

APP_KIND = Pick([("contact my family", 30), ("arrange a visit", 26), ("family day place", 10),
                 ("worry about a child", 9), ("find my family", 7), ("explain a refusal", 8),
                 ("course or programme", 6), ("other", 4)])
APP_ROUTE = Pick([("applications box", 48), ("family support box on the wing", 30), ("via an officer", 11),
                  ("via a peer", 7), ("in person", 4)])
APP_ACK_DAYS = Pick([(0, 35), (1, 57), (2, 6), (3, 2)])  # working days from receipt to acknowledgement
APP_RESPONSE_DAYS = Pick([(1, 30), (2, 34), (3, 26), (4, 4), (5, 3), (6, 2), (8, 1)])  # ~10% late (over 3)
APP_WORDS = {
    "contact my family": (
        "Please can you ring {carer} and tell her I am OK. My phone credit has run out.",
        "I have not heard from {carer} for three weeks. Can you check she is alright?",
        "Can you ask {carer} to put my number on her phone so I can call {child}?",
        "It is {child}'s birthday on Saturday. Please can you let them know I am thinking of them.",
        "I sent a letter to {carer} but it came back. Can you check her address for me?",
    ),
    "arrange a visit": (
        "I would like a visit with {carer} and {child} please. Weekends are best for them.",
        "Can you help {carer} book a visit? She says the phone line is always busy.",
        "Please can I have a family visit before {child} goes back to school.",
        "My visit last week was cancelled. Can we get another one booked?",
    ),
    "find my family": (
        "I have lost touch with my brother. Can you help me find him?",
        "I want to get back in contact with {child}. I do not know where they live now.",
        "My mum has moved and I do not have her new address. Can you help?",
    ),
    "explain a refusal": (
        "Why was my visit with {carer} refused? Nobody has told me.",
        "My application for a family day was turned down. Can you tell me why?",
        "{carer} was turned away at the gate. I want to know what happened.",
    ),
    "family day place": (
        "Please put me down for the next family day with {child}.",
        "Can {carer} and the kids come to the family day? It would mean a lot.",
        "I missed the last family day. Can I go on the next one?",
    ),
    "worry about a child": (
        "{carer} says {child} is not going to school. Can someone check on them?",
        "I am worried about {child}. They sounded upset on the phone.",
        "{child} is being picked on at school because I am in here. What can I do?",
    ),
    "course or programme": (
        "Is there a parenting course I can go on?",
        "Can I do the storybook dads course so I can record a story for {child}?",
        "I want to do a family relationships course. How do I sign up?",
    ),
    "other": (
        "Can I send a birthday card to {child} through you?",
        "I need help filling in a form for {carer}'s travel costs.",
        "Can I have some information about support for families when I get out?",
    ),
}
APP_RESPONSE = {
    "contact my family": ("I rang {carer} and passed on your message. She sends her love.",
                          "I spoke to {carer}. She will write to you this week.",
                          "I checked the address with {carer} and have passed it to the post room."),
    "arrange a visit": ("A visit is booked for you with {carer}. You will get a slip with the date.",
                        "I helped {carer} book a visit. She will confirm the date with you."),
    "find my family": ("I have made a first enquiry and will let you know what I hear.",
                       "I wrote to the address we have. I will tell you if they reply."),
    "explain a refusal": ("I asked the visits team. The refusal was about paperwork, which is now sorted.",
                          "I checked with the visits team and explained it to you on the wing."),
    "family day place": ("You are on the list for the next family day. We will confirm places soon.",
                         "I have put your name forward for the next family day."),
    "worry about a child": ("I spoke to {carer} and to the school. {child} has support in place.",
                            "I rang {carer}. {child} is seeing the school mentor each week."),
    "course or programme": ("You are on the waiting list for the parenting course.",
                            "I have passed your name to the course leader."),
    "other": ("I have sent the card on for you.", "I have sent you the form and will help you fill it in."),
}
APP_OUTCOME = {
    "contact my family": "Message passed on", "arrange a visit": "Visit booked",
    "find my family": "Enquiry made", "explain a refusal": "Reason explained",
    "family day place": "Put forward for a place", "worry about a child": "Checked on the child",
    "course or programme": "Put on the waiting list", "other": "Done",
}
APP_BAD_NEWS = (
    ("Your family do not want contact at the moment. I am sorry. We can talk about this on the wing.",
     "Family do not want contact"),
    ("I am sorry, the refusal stands. We can talk it through in person.", "Refusal upheld"),
    ("There are no family day places left this time. I am sorry.", "No place this time"),
)
APP_DECLINE = (
    ("We cannot help with this. Please ask your wing officer.", "Not something we can help with"),
    ("You asked for this last week and it is already in hand.", "Duplicate application"),
    ("We cannot pass messages to this person.", "Contact not permitted"),
)
APP_FORWARD = {
    "course or programme": "Education department (synthetic)",
    "explain a refusal": "Visits team (synthetic)",
    "worry about a child": "Safer Custody (synthetic)",
}
APP_FORWARD_OTHER = ("Offender Management Unit (synthetic)", "Chaplaincy (synthetic)", "Visits team (synthetic)")


class _ApplicationBuilder:
    """A year (standard) or five years (large) of prisoners' applications, with one event per status
    change. Most are acknowledged the next working day and answered within three; about one in ten is
    late; a handful are still open and overdue, and a few are due today. Its own Random keeps the rows
    above unchanged by anything here."""

    def __init__(self, b: _Builder) -> None:
        self.b, self.size, self.today = b, b.size, b.today
        self.rng = random.Random(f"fsw-demo-applications-{b.rng.random()}")
        self.first = self.today - timedelta(days=365 * self.size.application_years)
        self.holidays = load_holidays()
        self.memo: dict[tuple[date, int], date] = {}
        self.by_month: dict[tuple[int, int], list[tuple[date, date, dict[str, Any], dict[str, Any], list]]] = {}

    def wd(self, d: date, n: int) -> date:
        key = (d, n)
        if key not in self.memo:
            self.memo[key] = add_working_days(d, n, self.holidays)
        return self.memo[key]

    def build(self) -> None:
        if self.size.applications <= 0:
            return
        self.prisoners()
        rng, today = self.rng, self.today
        span = (today - self.first).days
        dates = []
        for _ in range(self.size.applications):
            d = self.first + timedelta(days=rng.randint(1, span))
            if d.weekday() >= 5 and rng.random() < 0.85:  # the boxes are emptied on weekdays
                monday = d + timedelta(days=7 - d.weekday())
                d = monday if monday <= today else d - timedelta(days=d.weekday() - 4)
            dates.append(d)
        dates.sort()
        # a few due today: received so that the response (or acknowledgement) falls due today
        extra_due: list[tuple[date, str]] = []
        if today.weekday() < 5 and today not in self.holidays:
            for n, hold in ((3, "in progress"), (3, "acknowledged"), (1, "received")):
                d = today - timedelta(days=1)
                while d > today - timedelta(days=14) and self.wd(d, n) != today:
                    d -= timedelta(days=1)
                if self.wd(d, n) == today:
                    extra_due.append((d, hold))
        # a handful still open and overdue
        overdue = max(5, self.size.applications // (50 * self.size.application_years))
        stuck: list[tuple[date, str]] = []
        for _ in range(overdue):
            d = self.wd(today - timedelta(days=rng.randint(6, 30)), 0)
            stuck.append((d, rng.choice(("received", "acknowledged", "in progress", "in progress"))))
        plans = [(d, None) for d in dates] + extra_due + stuck
        plans.sort(key=lambda p: p[0])
        for d, hold in plans:
            self.application(d, hold)

    def prisoners(self) -> None:
        b = self.b
        members: dict[str, list[dict[str, Any]]] = {}
        for p in b.rows[Person]:
            if p["case_id"]:
                members.setdefault(p["case_id"], []).append(p)
        for case in b.rows[Case]:
            people = members.get(case["id"], [])
            if not people or not people[0].get("is_prisoner") or people[0].get("establishment") != ESTABLISHMENT:
                continue
            prisoner = people[0]
            start = case["referral_date"] - timedelta(days=30)
            end = case.get("closed_on") or self.today
            if prisoner.get("expected_release") and prisoner["expected_release"] > start:
                end = min(end, prisoner["expected_release"] - timedelta(days=1))
            start, end = max(start, self.first), min(end, self.today)
            if start > end:
                continue
            carer = people[1] if len(people) > 1 else None
            children = [p for p in people[1:] if p["relationship"] == "child"]
            m = date(start.year, start.month, 1)
            while m <= end:
                self.by_month.setdefault((m.year, m.month), []).append((start, end, prisoner, carer, children))
                m = (m + timedelta(days=32)).replace(day=1)

    def who(self, d: date) -> tuple[dict[str, Any] | None, dict[str, Any] | None, list]:
        found = [c for c in self.by_month.get((d.year, d.month), ()) if c[0] <= d <= c[1]]
        if not found:
            return None, None, []
        _, _, prisoner, carer, children = self.rng.choice(found)
        return prisoner, carer, children

    def at(self, on: date, after: datetime | None) -> datetime:
        t = datetime.combine(on, time(9, 0)) + timedelta(minutes=self.rng.randint(0, 7 * 60))
        if after is not None and t <= after:
            t = after + timedelta(minutes=self.rng.randint(5, 90))
        return t

    def application(self, d: date, hold: str | None) -> None:
        rng, b, today = self.rng, self.b, self.today
        prisoner, carer, children = self.who(d)
        kind, route = APP_KIND(rng), APP_ROUTE(rng)
        names = {"carer": carer["given_name"] if carer else "my partner",
                 "child": rng.choice(children)["given_name"] if children else "my son"}
        if prisoner is None or rng.random() < 0.03:  # a prisoner not yet on file
            number = ""
            while not number or number in b.prison_numbers:
                number = (rng.choice(PRISON_LETTERS) + f"{rng.randint(1000, 9999)}" + rng.choice(PRISON_LETTERS)
                          + rng.choice(PRISON_LETTERS))
            b.prison_numbers.add(number)
            row_who = dict(prisoner_id=None, case_id=None, prison_number=number,
                           prisoner_name=f"{rng.choice(GIVEN_HEADS)}{rng.choice(GIVEN_TAILS)} "
                                         f"{rng.choice(FAMILY_HEADS)}{rng.choice(FAMILY_TAILS)}")
            names = {"carer": "my partner", "child": "my daughter"}
            dnd = False
        else:
            row_who = dict(prisoner_id=prisoner["id"], case_id=prisoner["case_id"],
                           prison_number=prisoner["prison_number"],
                           prisoner_name=f"{prisoner['given_name']} {prisoner['family_name']}")
            dnd = bool(carer and carer.get("do_not_disclose"))
        received_at = datetime.combine(d, time(8, 0)) + timedelta(minutes=rng.randint(0, 8 * 60 + 30))
        if received_at.date() == today:
            received_at = datetime.combine(d, time(8, 0)) + timedelta(minutes=rng.randint(0, 60))
        app = b.add(Application, received_at=received_at, route=route, kind=kind,
                    words=rng.choice(APP_WORDS[kind]).format(**names), status="received",
                    internal_notes="Demonstration record (synthetic).", **row_who)
        events = [("", "received", received_at, "")]

        def move(to: str, on: date, note: str = "") -> None:
            events.append((app["status"], to, self.at(on, events[-1][2]), note))
            app["status"] = to
            if to == "acknowledged":
                app["acknowledged_on"] = on
            elif to in ("responded", "declined"):
                app["responded_on"] = on
                app["acknowledged_on"] = app.get("acknowledged_on") or on
            elif to == "forwarded":
                app["forwarded_on"] = on
                app["acknowledged_on"] = app.get("acknowledged_on") or on
            elif to == "closed":
                app["closed_on"] = on

        ack_on = self.wd(d, APP_ACK_DAYS(rng))
        if hold is not None:  # kept open on purpose (overdue or due today)
            if hold != "received" and ack_on <= today:
                move("acknowledged", min(ack_on, today), "Acknowledgement slip sent")
                if hold == "in progress":
                    move("in progress", min(self.wd(ack_on, 0), today), "Looking into it")
            self.finish(app, events)
            return
        r = rng.random()
        ending = ("declined" if dnd and kind in ("contact my family", "arrange a visit")
                  else "forwarded" if r < 0.08 + (0.25 if kind in APP_FORWARD else 0) * 0.5
                  else "declined" if r < 0.16 else "responded")
        answer_on = self.wd(d, max(APP_RESPONSE_DAYS(rng), 1))
        if ending != "responded" and rng.random() < 0.3:  # straight from received
            ack_on = answer_on
        else:
            if ack_on > today:
                self.finish(app, events)
                return
            move("acknowledged", ack_on, "Acknowledgement slip sent")
            answer_on = max(answer_on, ack_on)
            if ending == "responded" and rng.random() < 0.4 and self.wd(ack_on, 0) < answer_on:
                on = self.wd(ack_on, 1) if self.wd(ack_on, 1) <= answer_on else ack_on
                if on > today:
                    self.finish(app, events)
                    return
                move("in progress", on, "Looking into it")
        if answer_on > today:
            self.finish(app, events)
            return
        if ending == "forwarded":
            app["forwarded_to"] = APP_FORWARD.get(kind) if kind in APP_FORWARD and rng.random() < 0.7 \
                else rng.choice(APP_FORWARD_OTHER)
            app["outcome"] = "Passed on"
            app["response"] = f"I have passed your application to the {app['forwarded_to'].split(' (')[0]}."
            move("forwarded", answer_on, f"passed to {app['forwarded_to']}")
        elif ending == "declined":
            response, outcome = APP_DECLINE[2] if dnd else rng.choice(APP_DECLINE[:2])
            app["response"], app["outcome"], app["bad_news"] = response, outcome, dnd
            move("declined", answer_on, outcome)
        else:
            if rng.random() < 0.04:
                response, outcome = rng.choice(APP_BAD_NEWS)
                app["bad_news"] = True
            else:
                response, outcome = rng.choice(APP_RESPONSE[kind]).format(**names), APP_OUTCOME[kind]
            app["response"], app["outcome"] = response, outcome
            move("responded", answer_on, "response recorded")
        closed_on = answer_on + timedelta(days=rng.randint(3, 30))
        if closed_on <= today - timedelta(days=3) and rng.random() < 0.6:
            move("closed", self.wd(closed_on, 0) if self.wd(closed_on, 0) <= today else answer_on)
        self.finish(app, events)

    def finish(self, app: dict[str, Any], events: list[tuple[str, str, datetime, str]]) -> None:
        for status_from, status_to, at, note in events:
            self.b.add(ApplicationEvent, application_id=app["id"], at=at, who=self.b.worker,
                       status_from=status_from, status_to=status_to, note=note)


