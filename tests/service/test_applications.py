"""Prisoners' applications (issue 6): intake, every status transition, deadlines, due state, list, figures.

One profile per module; each test works in its own transaction and rolls it back.
Every date is explicit; the weeks used (March 2026) hold no bank holiday.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from itertools import product

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused, Invalid
from fsw_desktop.models.applications import Application
from fsw_desktop.models.meta import AuditEntry, Setting
from fsw_desktop.models.people import Person
from fsw_desktop.services.applications import applications as ap
from fsw_desktop.services.applications.working_days import load_holidays

WORKER = "Quentin Testworker"
H = load_holidays()
MON = date(2026, 3, 2)
# How to bring a new application to each status, by allowed moves only.
PATHS = {
    "received": [],
    "acknowledged": ["acknowledged"],
    "in progress": ["acknowledged", "in progress"],
    "responded": ["acknowledged", "responded"],
    "declined": ["declined"],
    "forwarded": ["forwarded"],
    "closed": ["declined", "closed"],
}



def new(s, at=datetime(2026, 3, 2, 9, 30), kind="contact my family", route="applications box",
        words="Please can you ring my mum, I have not heard from her.", name="Darrow Fenwick",
        now=datetime(2026, 12, 31, 18, 0)) -> Application:
    # a fixed "now": receipts later than now are refused, and every date here is explicit
    return ap.receive(s, at, route, kind, words, prisoner_name=name, prison_number="a1234bc", now=now)


def move(s, app, steps, on=MON):
    for step in steps:
        if step == "responded":  # only Respond marks an application responded: it records the reply
            ap.respond(s, app.id, "We rang your mum.", "Contact made", today=on)
            continue
        ap.change_status(s, app.id, step, today=on, forwarded_to="Healthcare" if step == "forwarded" else "")
    return app


# --- intake ------------------------------------------------------------------------------------------

def test_receive_keeps_words_and_records_history(s):
    app = new(s)
    assert app.status == "received" and app.ref.startswith("AP-")
    assert app.words == "Please can you ring my mum, I have not heard from her."
    assert app.prison_number == "A1234BC" and app.prisoner_id is None
    events = ap.history(s, app.id)
    assert [(e.status_from, e.status_to, e.who) for e in events] == [("", "received", WORKER)]
    audit = s.execute(select(AuditEntry).where(AuditEntry.record_id == app.id)).scalars().all()
    assert audit and all("mum" not in a.detail and "Darrow" not in a.detail for a in audit)


def test_receive_for_a_prisoner_on_file(s):
    p = Person(given_name="Idris", family_name="Malvern", is_prisoner=True, relationship="prisoner",
               prison_number="Z9876YX")
    s.add(p)
    s.flush()
    app = ap.receive(s, datetime(2026, 3, 2, 10, 0), "via an officer", "find my family", "Find my brother",
                     prisoner_id=p.id)
    assert app.prisoner_name == "Idris Malvern" and app.prison_number == "Z9876YX"
    visitor = Person(given_name="Ola", family_name="Malvern", is_prisoner=False)
    s.add(visitor)
    s.flush()
    with pytest.raises(InputRefused, match="not recorded as a prisoner"):
        ap.receive(s, datetime(2026, 3, 2, 10, 0), "via an officer", "other", "x", prisoner_id=visitor.id)


@pytest.mark.parametrize("kw,message", [
    ({"route": "pigeon"}, "how the application came in"),
    ({"kind": "new telly"}, "what the application is about"),
    ({"words": "  "}, "words as written"),
    ({"name": ""}, "give their name"),
])
def test_receive_refusals(s, kw, message):
    with pytest.raises(InputRefused, match=message):
        new(s, **kw)


def test_user_defined_kind_from_settings(s):
    s.add(Setting(key=ap.KINDS_KEY, value=json.dumps(["housing on release"])))
    s.flush()
    assert new(s, kind="housing on release").kind == "housing on release"


# receipts from the future are refused

NOW = datetime(2026, 3, 20, 12, 0)


def _count(s) -> int:
    s.flush()
    return s.execute(select(func.count()).select_from(Application)).scalar()


@pytest.mark.parametrize("at", [datetime(2026, 3, 20, 12, 1), datetime(2026, 3, 21, 9, 0), date(2026, 3, 21)])
def test_receive_refuses_a_time_later_than_now(s, at):
    before = _count(s)
    with pytest.raises(InputRefused, match="cannot have been received later than now"):
        new(s, at=at, now=NOW)
    assert _count(s) == before


@pytest.mark.parametrize("at", [NOW, datetime(2026, 3, 20, 8, 0), date(2026, 3, 20)])
def test_receive_accepts_now_and_earlier_today(s, at):
    app = new(s, at=at, now=NOW)
    assert app.status == "received" and app.received_at <= NOW


def test_receive_defaults_now_to_the_clock(s):
    with pytest.raises(InputRefused, match="later than now"):
        ap.receive(s, datetime.now() + timedelta(hours=1), "applications box", "other", "x", prisoner_name="Ivo Tell")
    assert ap.receive(s, datetime.now() - timedelta(minutes=1), "applications box", "other", "x",
                      prisoner_name="Ivo Tell").status == "received"


# the time of day as a form or the CLI takes it: checked by the service with every other field

@pytest.mark.parametrize("text, expected", [("9:30", time(9, 30)), ("09:05", time(9, 5)), ("23:59", time(23, 59)),
                                            (" 14:05 ", time(14, 5))])
def test_receive_takes_the_time_as_written(s, text, expected):
    app = ap.receive(s, date(2026, 3, 2), "applications box", "other", "x", prisoner_name="Ivo Tell", at=text,
                     now=NOW)
    assert app.received_at == datetime.combine(date(2026, 3, 2), expected)


@pytest.mark.parametrize("text", ["", "9", "930", "9.30", "24:00", "12:60", "9:5", "ab:cd", "-1:30", "123:00"])
def test_receive_refuses_a_time_that_is_not_one_at_its_field(s, text):
    before = _count(s)
    with pytest.raises(Invalid) as refused:
        ap.receive(s, date(2026, 3, 2), "applications box", "other", "x", prisoner_name="Ivo Tell", at=text, now=NOW)
    assert set(refused.value.problems) == {"time"} and "HH:MM" in refused.value.problems["time"]
    assert _count(s) == before


def test_receive_names_every_wrong_field_at_once(s):
    with pytest.raises(Invalid) as refused:
        ap.receive(s, date(2026, 3, 22), "by pigeon", "a kind nobody made", "  ", prisoner_name="", at="25:00",
                   now=NOW)
    assert set(refused.value.problems) == {"received", "time", "route", "kind", "words", "prisoner_id"}
    assert "later than now (20 Mar 2026 12:00)" in refused.value.problems["received"]


def test_a_time_later_than_now_today_is_marked_at_the_time(s):
    with pytest.raises(Invalid) as refused:
        ap.receive(s, NOW.date(), "applications box", "other", "x", prisoner_name="Ivo Tell", at="12:01", now=NOW)
    assert set(refused.value.problems) == {"time"} and "later than now" in refused.value.problems["time"]
    assert ap.receive(s, NOW.date(), "applications box", "other", "x", prisoner_name="Ivo Tell", at="12:00",
                      now=NOW).received_at == NOW


def test_a_prisoner_not_on_file_is_a_problem_at_the_prisoner_with_the_others(s):
    with pytest.raises(Invalid) as refused:
        ap.receive(s, date(2026, 3, 2), "applications box", "other", "", prisoner_id="no-such-person", at="9:00",
                   now=NOW)
    assert set(refused.value.problems) == {"words", "prisoner_id"}
    assert "not on file" in refused.value.problems["prisoner_id"]


# --- statuses ----------------------------------------------------------------------------------------

ALLOWED = [(a, b) for a, targets in ap.TRANSITIONS.items() for b in targets]
REFUSED = [(a, b) for a, b in product(ap.STATUSES, ap.STATUSES) if (a, b) not in ALLOWED]


def test_transition_table_is_complete():
    assert set(ap.TRANSITIONS) == set(ap.STATUSES)
    assert len(ALLOWED) == 13 and len(ALLOWED) + len(REFUSED) == 49


@pytest.mark.parametrize("start,to", ALLOWED)
def test_allowed_transition(s, start, to):
    app = move(s, new(s), PATHS[start])
    assert app.status == start
    when = date(2026, 3, 4)
    if to == "responded":  # through Respond only (see the Respond tests below)
        ap.respond(s, app.id, "We rang your mum.", "Contact made", today=when)
    else:
        ap.change_status(s, app.id, to, note="moved on", today=when,
                         forwarded_to="Chaplaincy" if to == "forwarded" else "")
    assert app.status == to
    last = ap.history(s, app.id)[-1]
    note = "response recorded" if to == "responded" else "moved on"
    assert (last.status_from, last.status_to, last.note, last.who) == (start, to, note, WORKER)
    if to == "acknowledged":
        assert app.acknowledged_on == when
    if to in ("responded", "declined"):
        assert app.responded_on == when and app.acknowledged_on is not None
    if to == "forwarded":
        assert (app.forwarded_to, app.forwarded_on) == ("Chaplaincy", when)
    if to == "closed":
        assert app.closed_on == when


@pytest.mark.parametrize("start,to", REFUSED)
def test_refused_transition(s, start, to):
    app = move(s, new(s), PATHS[start])
    events = len(ap.history(s, app.id))
    with pytest.raises(InputRefused, match=f"cannot be marked {to}|cannot change any more"):
        ap.change_status(s, app.id, to, today=date(2026, 3, 4), forwarded_to="Chaplaincy")
    assert app.status == start and len(ap.history(s, app.id)) == events


def test_other_status_refusals(s):
    app = new(s)
    with pytest.raises(InputRefused, match="not a status"):
        ap.change_status(s, app.id, "lost", today=MON)
    with pytest.raises(InputRefused, match="which department"):
        ap.change_status(s, app.id, "forwarded", today=MON)
    with pytest.raises(InputRefused, match="before the application was received"):
        ap.change_status(s, app.id, "acknowledged", today=date(2026, 3, 1))
    with pytest.raises(InputRefused, match="No such application"):
        ap.change_status(s, "nope", "acknowledged", today=MON)


def test_respond(s):
    app = new(s)
    with pytest.raises(InputRefused, match="Acknowledge the application"):
        ap.respond(s, app.id, "We rang your mum.", "Contact made", today=MON)
    ap.change_status(s, app.id, "acknowledged", today=MON)
    with pytest.raises(InputRefused, match="response the prisoner will read"):
        ap.respond(s, app.id, " ", "Contact made", today=MON)
    with pytest.raises(InputRefused, match="outcome"):
        ap.respond(s, app.id, "We rang.", "", today=MON)
    app.internal_notes = "Mum upset on the phone."
    ap.respond(s, app.id, "We rang your mum. She will write this week.", "Contact made", bad_news=True,
               today=date(2026, 3, 3))
    assert (app.status, app.responded_on, app.outcome, app.bad_news) == ("responded", date(2026, 3, 3),
                                                                         "Contact made", True)
    assert "upset" not in app.response and app.internal_notes == "Mum upset on the phone."
    with pytest.raises(InputRefused, match="cannot be responded to"):
        ap.respond(s, app.id, "Again", "x", today=MON)


# "responded" only through Respond, which records what was done and the outcome

@pytest.mark.parametrize("steps", [["acknowledged"], ["acknowledged", "in progress"]])
def test_change_status_refuses_responded_and_points_to_respond(s, steps):
    app = new(s)
    for step in steps:
        ap.change_status(s, app.id, step, today=MON)
    events = len(ap.history(s, app.id))
    with pytest.raises(InputRefused, match="use Respond, which records what was done and the outcome"):
        ap.change_status(s, app.id, "responded", note="rang her", today=MON)
    assert (app.status, app.responded_on, len(ap.history(s, app.id))) == (steps[-1], None, events)
    # and Respond still works afterwards: the application was not left stuck
    ap.respond(s, app.id, "We rang your sister; she will write.", "Contact made", today=MON)
    assert (app.status, app.response) == ("responded", "We rang your sister; she will write.")


def test_status_choices_leave_out_responded():
    assert ap.status_choices("acknowledged") == ("in progress", "declined", "forwarded")
    assert ap.status_choices("in progress") == ("declined", "forwarded")
    assert ap.status_choices("received") == ("acknowledged", "declined", "forwarded")
    assert ap.status_choices("closed") == ()
    assert all("responded" not in ap.status_choices(st) for st in ap.STATUSES)


# a declined or forwarded application can still be given a response, for its slip

@pytest.mark.parametrize("steps", [["declined"], ["acknowledged", "declined"], ["forwarded"]])
def test_respond_to_declined_or_forwarded_keeps_status_and_dates(s, steps):
    app = new(s)
    for step in steps:
        ap.change_status(s, app.id, step, today=date(2026, 3, 3), forwarded_to="Offender management unit")
    status = app.status
    dates = (app.acknowledged_on, app.responded_on, app.forwarded_on, ap.answered_on(app))
    ap.respond(s, app.id, "We cannot contact your sister: she has asked us not to.", "Not possible",
               bad_news=True, today=date(2026, 3, 5))
    assert (app.status, app.outcome, app.bad_news) == (status, "Not possible", True)
    assert app.response.startswith("We cannot contact")
    assert (app.acknowledged_on, app.responded_on, app.forwarded_on, ap.answered_on(app)) == dates
    last = ap.history(s, app.id)[-1]
    assert (last.status_from, last.status_to, last.note) == (status, status, "response recorded")
    with pytest.raises(InputRefused, match="already has its response"):
        ap.respond(s, app.id, "Again", "x", today=date(2026, 3, 6))
    assert app.response.startswith("We cannot contact")


def test_respond_still_refused_when_closed_received_or_responded(s):
    closed = new(s)
    ap.change_status(s, closed.id, "declined", today=MON)
    ap.change_status(s, closed.id, "closed", today=MON)
    with pytest.raises(InputRefused, match="closed cannot be responded to"):
        ap.respond(s, closed.id, "Too late", "x", today=MON)
    with pytest.raises(InputRefused, match="Acknowledge the application"):
        ap.respond(s, new(s).id, "Too soon", "x", today=MON)
    done = new(s)
    ap.change_status(s, done.id, "acknowledged", today=MON)
    ap.respond(s, done.id, "Rang her.", "Contact made", today=MON)
    with pytest.raises(InputRefused, match="responded cannot be responded to"):
        ap.respond(s, done.id, "Again", "x", today=MON)


# --- deadlines and due state -------------------------------------------------------------------------

def test_due_dates(s):
    fri = new(s, at=datetime(2026, 3, 6, 16, 45))
    assert ap.ack_due(fri, H) == date(2026, 3, 9)
    assert ap.response_due(fri, H, {}) == date(2026, 3, 11)
    assert ap.response_due(fri, H, {"contact my family": 5}) == date(2026, 3, 13)
    assert ap.response_due(fri, H, {"other": 10}) == date(2026, 3, 11)
    sat = new(s, at=datetime(2026, 3, 7, 11, 0))  # handed in on a Saturday
    assert ap.ack_due(sat, H) == date(2026, 3, 9)
    easter = new(s, at=datetime(2026, 4, 2, 9, 0))  # Thursday before Good Friday
    assert ap.ack_due(easter, H) == date(2026, 4, 7)
    assert ap.response_due(easter, H) == date(2026, 4, 9)
    xmas = new(s, at=datetime(2026, 12, 23, 9, 0))
    assert ap.ack_due(xmas, H) == date(2026, 12, 24)
    assert ap.response_due(xmas, H) == date(2026, 12, 30)


def test_due_state(s):
    app = new(s, at=datetime(2026, 3, 6, 16, 45))  # ack due Mon 9, response due Wed 11
    assert ap.due_state(app, date(2026, 3, 6), H) == "on time"
    assert ap.due_state(app, date(2026, 3, 9), H) == "due today"
    assert ap.due_state(app, date(2026, 3, 10), H) == "overdue"
    ap.change_status(s, app.id, "acknowledged", today=date(2026, 3, 10))
    assert ap.due_state(app, date(2026, 3, 10), H) == "on time"
    assert ap.due_state(app, date(2026, 3, 11), H) == "due today"
    assert ap.due_state(app, date(2026, 3, 12), H) == "overdue"
    assert ap.due_state(app, date(2026, 3, 12), H, {"contact my family": 5}) == "on time"
    ap.change_status(s, app.id, "in progress", today=date(2026, 3, 12))
    assert ap.due_state(app, date(2026, 3, 12), H) == "overdue"
    ap.respond(s, app.id, "Done.", "Contact made", today=date(2026, 3, 12))
    assert ap.due_state(app, date(2026, 3, 12), H) == "done"
    ap.change_status(s, app.id, "closed", today=date(2026, 3, 13))
    assert ap.due_state(app, date(2026, 3, 30), H) == "done"


def test_listing_filters(s):
    today = date(2026, 3, 10)  # Tuesday
    overdue = new(s, at=datetime(2026, 3, 5, 9, 0), name="Ash Overdue")  # ack due Fri 6
    due_today = new(s, at=datetime(2026, 3, 9, 9, 0), name="Bea Today")  # ack due Tue 10
    on_time = new(s, at=datetime(2026, 3, 10, 9, 0), name="Cal Ontime")
    done = move(s, new(s, at=datetime(2026, 3, 2, 9, 0), name="Dee Done"), ["declined"])
    gone = new(s, at=datetime(2026, 3, 10, 9, 0), name="Eve Deleted")
    gone.deleted = True
    s.flush()
    rows = ap.listing(s, today)
    assert [r.id for r in rows] == [on_time.id, due_today.id, overdue.id, done.id]  # newest first, no tombstones
    assert {r.id: r.due_state for r in rows} == {overdue.id: "overdue", due_today.id: "due today",
                                                 on_time.id: "on time", done.id: "done"}
    assert [r.id for r in ap.listing(s, today, "overdue")] == [overdue.id]
    assert [r.id for r in ap.listing(s, today, "due")] == [due_today.id, overdue.id]
    assert [r.id for r in ap.listing(s, today, "done")] == [done.id]
    assert [r.id for r in ap.listing(s, today, status="declined")] == [done.id]
    assert ap.listing(s, today, "overdue", status="declined") == []
    row = ap.listing(s, today, "overdue")[0]
    assert (row.prisoner, row.prison_number, row.ack_due, row.response_due) == (
        "Ash Overdue", "A1234BC", date(2026, 3, 6), date(2026, 3, 10))
    s.add(Setting(key=ap.RESPONSE_DAYS_KEY, value=json.dumps({"contact my family": 1})))
    s.flush()
    assert ap.listing(s, today, "overdue")[0].response_due == date(2026, 3, 6)
    with pytest.raises(InputRefused):
        ap.listing(s, today, "soon")


# the list row knows which deadline counts

def test_row_due_on_is_the_acknowledgement_while_received(s):
    today = date(2026, 3, 10)
    waiting = new(s, at=datetime(2026, 3, 9, 9, 0), name="Wren Waiting")  # ack due Tue 10, response Thu 12
    acknowledged = new(s, at=datetime(2026, 3, 5, 9, 0), name="Abel Acked")  # response due Tue 10
    ap.change_status(s, acknowledged.id, "acknowledged", today=date(2026, 3, 6))
    rows = {r.id: r for r in ap.listing(s, today, "due", holidays=H)}
    assert rows[waiting.id].awaiting_acknowledgement and not rows[acknowledged.id].awaiting_acknowledgement
    assert rows[waiting.id].due_on == rows[waiting.id].ack_due == date(2026, 3, 10)
    assert rows[waiting.id].response_due == date(2026, 3, 12)
    assert rows[acknowledged.id].due_on == rows[acknowledged.id].response_due == date(2026, 3, 10)


# --- figures -----------------------------------------------------------------------------------------

def test_figures_on_a_hand_worked_week(s):
    def at(day, hour=9):
        return datetime(2026, 3, day, hour, 0)

    a = new(s, at=at(2), kind="contact my family", route="applications box")
    move(s, a, ["acknowledged"], on=date(2026, 3, 3))  # 1 working day
    ap.respond(s, a.id, "Done", "Contact made", today=date(2026, 3, 5))  # 3: due Thu 5, on time
    b = new(s, at=at(2, 15), kind="contact my family", route="via an officer")
    move(s, b, ["acknowledged"], on=date(2026, 3, 2))  # 0
    ap.respond(s, b.id, "Done", "Contact made", today=date(2026, 3, 9))  # 5: late
    c = new(s, at=at(3), kind="arrange a visit", route="applications box")
    move(s, c, ["acknowledged"], on=date(2026, 3, 5))  # 2
    ap.change_status(s, c.id, "declined", today=date(2026, 3, 6))  # 3: due Fri 6, on time
    d = new(s, at=at(4), kind="worry about a child", route="in person")
    ap.change_status(s, d.id, "forwarded", today=date(2026, 3, 4), forwarded_to="Safeguarding")  # 0 and 0
    e = new(s, at=at(5), kind="other", route="applications box")
    move(s, e, ["acknowledged"], on=date(2026, 3, 6))  # 1; response due Tue 10, after the period
    new(s, at=at(2), kind="other", route="via a peer")  # nothing done; due Thu 5, within the period
    new(s, at=datetime(2026, 2, 27, 9, 0))  # before the period
    new(s, at=datetime(2026, 3, 9, 0, 0))  # after it

    f = ap.figures(s, date(2026, 3, 2), date(2026, 3, 6), H)
    assert f.total == 6
    assert f.by_kind == {"contact my family": 2, "other": 2, "arrange a visit": 1, "worry about a child": 1}
    assert f.by_route == {"applications box": 3, "via an officer": 1, "in person": 1, "via a peer": 1}
    # acknowledge: [0, 0, 1, 1, 2]; respond: [0, 3, 3, 5]
    assert (f.acknowledge_median, f.acknowledge_p90) == (1, 2)
    assert (f.respond_median, f.respond_p90) == (3, 5)
    assert (f.answered, f.answered_on_time, f.considered) == (4, 3, 5)
    assert f.on_time_share == pytest.approx(0.6)

    generous = ap.figures(s, date(2026, 3, 2), date(2026, 3, 6), H, {"contact my family": 5})
    assert generous.answered_on_time == 4

    empty = ap.figures(s, date(2025, 1, 1), date(2025, 1, 31), H)
    assert (empty.total, empty.acknowledge_median, empty.respond_p90, empty.on_time_share) == (0, None, None, None)
    with pytest.raises(InputRefused):
        ap.figures(s, date(2026, 3, 6), date(2026, 3, 2), H)


def test_a_declined_response_leaves_the_figures_alone(s):
    app = new(s, at=datetime(2026, 3, 9, 9, 0))
    ap.change_status(s, app.id, "declined", today=date(2026, 3, 10))
    before = ap.figures(s, date(2026, 3, 9), date(2026, 3, 13), H)
    ap.respond(s, app.id, "We cannot help with this.", "Declined", today=date(2026, 3, 16))
    after = ap.figures(s, date(2026, 3, 9), date(2026, 3, 13), H)
    assert (after.answered, after.answered_on_time, after.respond_median) == \
        (before.answered, before.answered_on_time, before.respond_median) == (1, 1, 1)


def test_percentile_nearest_rank():
    assert ap.percentile([], 90) is None
    assert ap.percentile([7], 90) == 7
    assert ap.percentile(list(range(1, 11)), 90) == 9
    assert ap.percentile(list(range(1, 11)), 50) == 5


# --- types defined by the service --------------------------------------------------------------------

def test_application_types_round_trip_and_deadlines(s):
    rows = ap.parse_type_lines("contact my family | 5\nprison chaplaincy | 2\n\nhousing on release")
    ap.set_application_types(s, rows)
    types = {k: (d, ours) for k, d, ours in ap.application_types(s)}
    assert types["contact my family"] == (5, True)
    assert types["prison chaplaincy"] == (2, False)
    assert types["housing on release"] == (ap.DEFAULT_RESPONSE_DAYS, False)
    assert types["find my family"] == (3, True)  # ours stay even when left out
    app = ap.receive(s, datetime(2026, 3, 2, 9), "applications box", "prison chaplaincy", "Can I see the chaplain?",
                     prisoner_name="Orrin Vale")
    assert ap.response_due(app, H, ap.response_days(s)) == date(2026, 3, 4)
    ap.set_application_types(s, [])  # a removed type keeps its applications; the default deadline applies
    assert "prison chaplaincy" not in ap.kinds(s)
    assert ap.response_due(app, H, ap.response_days(s)) == date(2026, 3, 5)


@pytest.mark.parametrize("text, message", [
    ("| 3", "name before"), ("visits | 0", "1 to 30"), ("visits | soon", "1 to 30"),
])
def test_application_type_lines_refused(text, message):
    with pytest.raises(InputRefused, match=message):
        ap.parse_type_lines(text)


def test_application_type_listed_twice_refused(s):
    with pytest.raises(InputRefused, match="twice"):
        ap.set_application_types(s, [("Housing", 3), ("housing", 4)])


# --- one step onward ---------------------------------------------------------------------------------

def _prisoner_with_family(s):
    from fsw_desktop.services.casework import referrals
    from fsw_desktop.services.visits import visitors

    case = referrals.create_referral(s, referrals.ReferralInput(
        referral_date=date(2026, 1, 5), source="Probation", prisoner_given="Lorcan", prisoner_family="Quillby",
        prison_number="A7654ZY"), today=MON)
    prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
    partner = visitors.add_visitor(s, "Senna", "Quillby", date(1991, 2, 3), "partner", case.id, today=MON)
    return case, prisoner, partner


def test_onward_to_a_booking_and_a_family_day_linked_both_ways(s):
    from fsw_desktop.services.visits import calendar
    from fsw_desktop.services.visits import family_days as fd
    from fsw_desktop.services.visits import visits

    case, prisoner, partner = _prisoner_with_family(s)
    app = ap.receive(s, datetime(2026, 3, 2, 9), "applications box", "arrange a visit", "Please book my partner in",
                     prisoner_id=prisoner.id)
    assert app.case_id == case.id  # a prisoner on file brings their case
    hall = calendar.add_template(s, "Afternoon", ["TU", "TH"], "14:00", "16:00", "Visits hall", date(2026, 1, 1),
                               None, 1, 3, 1)
    booking, _ = visits.book(s, prisoner.id, hall.id, date(2026, 3, 10), [partner.id], partner.id, today=MON)
    ap.link_onward(s, app.id, booking_id=booking.id)
    assert app.booking_id == booking.id and app.status == "acknowledged"  # acting on it acknowledges it
    assert [a.ref for a in ap.applications_for(s, booking_id=booking.id)] == [app.ref]
    assert visits.booking_detail(s, booking.id).from_applications == (app.ref,)
    row = next(r for r in ap.listing(s, MON) if r.id == app.id)
    assert row.led_to == f"case {case.ref}, visit {booking.ref}"

    day = fd.add_family_day(s, date(2026, 4, 18), "general", "Spring family day", 4, 10,
                            clearance_deadline=date(2026, 4, 1))
    people = fd.family_for_day(s, day.id, prisoner.id)
    assert people == [partner.id]
    request = fd.request_place(s, day.id, prisoner.id, people, requested_on=MON)
    ap.link_onward(s, app.id, family_day_request_id=request.id)
    assert [a.id for a in ap.applications_for(s, family_day_request_id=request.id)] == [app.id]
    assert [a.id for a in ap.applications_for(s, case_id=case.id)] == [app.id]

    second, _ = visits.book(s, prisoner.id, hall.id, date(2026, 3, 12), [partner.id], partner.id, today=MON)
    with pytest.raises(InputRefused, match="already linked to a visit booking"):
        ap.link_onward(s, app.id, booking_id=second.id)
    assert app.booking_id == booking.id
