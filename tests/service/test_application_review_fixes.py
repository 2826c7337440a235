"""Review fixes to prisoners' applications, one regression test (or more) per defect.

A1 "responded" only through Respond; A2 a declined or forwarded application can be
given a response for its slip; A3 the list row knows which deadline counts;
A4 a receipt in the future is refused. Every date is explicit (March 2026, no bank
holidays); names are synthetic.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import InputRefused
from fsw_desktop.models.applications import Application
from fsw_desktop.services.applications import applications as ap
from fsw_desktop.services.applications.working_days import load_holidays

H = load_holidays()
MON = date(2026, 3, 2)
NOW = datetime(2026, 3, 20, 12, 0)



def new(s, at=datetime(2026, 3, 2, 9, 30), name="Orrin Valecroft") -> Application:
    return ap.receive(s, at, "applications box", "contact my family", "Please ring my sister.",
                      prisoner_name=name, prison_number="A2345BC", now=NOW)


# --- A1: "responded" only through Respond -----------------------------------------------------------

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


# --- A2: a refusal can carry a response, so its slip can be printed ---------------------------------

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


def test_a_declined_response_leaves_the_figures_alone(s):
    app = new(s, at=datetime(2026, 3, 9, 9, 0))
    ap.change_status(s, app.id, "declined", today=date(2026, 3, 10))
    before = ap.figures(s, date(2026, 3, 9), date(2026, 3, 13), H)
    ap.respond(s, app.id, "We cannot help with this.", "Declined", today=date(2026, 3, 16))
    after = ap.figures(s, date(2026, 3, 9), date(2026, 3, 13), H)
    assert (after.answered, after.answered_on_time, after.respond_median) == \
        (before.answered, before.answered_on_time, before.respond_median) == (1, 1, 1)


# --- A3: the deadline that counts ----------------------------------------------------------------------

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


# --- A4: no receipts from the future ------------------------------------------------------------------

def _count(s) -> int:
    s.flush()
    return s.execute(select(func.count()).select_from(Application)).scalar()


@pytest.mark.parametrize("at", [datetime(2026, 3, 20, 12, 1), datetime(2026, 3, 21, 9, 0), date(2026, 3, 21)])
def test_receive_refuses_a_time_later_than_now(s, at):
    before = _count(s)
    with pytest.raises(InputRefused, match="cannot have been received later than now"):
        new(s, at=at)
    assert _count(s) == before


@pytest.mark.parametrize("at", [NOW, datetime(2026, 3, 20, 8, 0), date(2026, 3, 20)])
def test_receive_accepts_now_and_earlier_today(s, at):
    app = new(s, at=at)
    assert app.status == "received" and app.received_at <= NOW


def test_receive_defaults_now_to_the_clock(s):
    from datetime import timedelta

    with pytest.raises(InputRefused, match="later than now"):
        ap.receive(s, datetime.now() + timedelta(hours=1), "applications box", "other", "x", prisoner_name="Ivo Tell")
    assert ap.receive(s, datetime.now() - timedelta(minutes=1), "applications box", "other", "x",
                      prisoner_name="Ivo Tell").status == "received"


def test_the_bank_holidays_say_when_they_run_out():
    from datetime import date

    from fsw_desktop.services.applications import working_days

    shipped = working_days.load_holidays()
    assert working_days.known_until(shipped) == date(2030, 12, 31)
    assert working_days.coverage_warning(shipped, date(2026, 11, 23)) is None
    assert working_days.coverage_warning(shipped, date(2030, 10, 2)) is None  # a full quarter still known
    warning = working_days.coverage_warning(shipped, date(2030, 10, 3))
    assert warning is not None and "31 Dec 2030" in warning and "Update bank holidays" in warning
    later = shipped | {date(2031, 12, 25), date(2031, 12, 26)}
    assert working_days.known_until(later) == date(2031, 12, 31)
    assert working_days.coverage_warning(later, date(2030, 10, 3)) is None
    assert working_days.coverage_warning(frozenset(), date(2026, 1, 1)) is not None
