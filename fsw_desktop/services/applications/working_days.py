"""Working days: Monday to Friday, less England and Wales bank holidays.

The bank holidays ship as data in ``resources/bank-holidays.json``
({"england-and-wales": ["YYYY-MM-DD", ...]}, the shape gov.uk publishes), so a
new year's dates can be added by replacing the file. Weekday stepping uses
``dateutil.rrule``.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule

from ..desk.dates import show_date
from ...errors import InputRefused
from ...models.meta import Setting
from ...words import tr

HOLIDAYS_FILE = Path(__file__).resolve().parents[3] / "resources" / "bank-holidays.json"
DIVISION = "england-and-wales"
_WEEKDAYS = (MO, TU, WE, TH, FR)


def load_holidays(path: Path | str | None = None) -> frozenset[date]:
    """The bank holidays in the file (the shipped one by default)."""
    path = Path(path) if path is not None else HOLIDAYS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        days = data[DIVISION]
        if isinstance(days, dict) and "events" in days:  # gov.uk's own layout
            days = [e["date"] for e in days["events"]]
        return frozenset(date.fromisoformat(str(d)) for d in days)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputRefused(tr("The bank holidays file {name} could not be read: it needs a list of dates "
                           'under "{division}".').format(name=path.name, division=DIVISION)) from exc


def is_working_day(d: date, holidays: frozenset[date] | set[date]) -> bool:
    return d.weekday() < 5 and d not in holidays


def _working_days_from(start: date, holidays):
    """Working days on or after ``start``, in order."""
    for dt in rrule(DAILY, dtstart=start, byweekday=_WEEKDAYS):
        d = dt.date()
        if d not in holidays:
            yield d


def add_working_days(start: date, n: int, holidays: frozenset[date] | set[date]) -> date:
    """The working day ``n`` working days after ``start``.

    ``n == 0`` gives ``start`` itself if it is a working day, else the next one;
    ``n == 1`` from a Friday gives the Monday (or the Tuesday after a bank holiday Monday).
    """
    if n < 0:
        raise ValueError("n must be 0 or more")  # not shown
    first = start + timedelta(days=1) if n > 0 else start
    for i, d in enumerate(_working_days_from(first, holidays)):
        if i == max(n - 1, 0):
            return d
    raise AssertionError("unreachable")


def working_days_between(a: date, b: date, holidays: frozenset[date] | set[date]) -> int:
    """Working days after ``a`` up to and including ``b`` (negative if ``b`` is before ``a``).

    So ``working_days_between(d, add_working_days(d, n, h), h) == n`` for a working day ``d``,
    and from a Friday to the next Monday is 1.
    """
    if b < a:
        return -working_days_between(b, a, holidays)
    if b == a:
        return 0
    # Whole weeks by arithmetic, the remainder day by day: fast for long spans.
    days = (b - a).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    d = a + timedelta(days=weeks * 7)
    for _ in range(rest):
        d += timedelta(days=1)
        if d.weekday() < 5:
            count += 1
    weekday_holidays = _sorted_weekday_holidays(frozenset(holidays))
    count -= bisect_right(weekday_holidays, b) - bisect_right(weekday_holidays, a)
    return count


@lru_cache(maxsize=8)
def _sorted_weekday_holidays(holidays: frozenset[date]) -> tuple[date, ...]:
    return tuple(sorted(h for h in holidays if h.weekday() < 5))


SETTING_KEY = "bank_holidays"


def holidays_for(session) -> frozenset[date]:  # noqa: ANN001
    """The shipped bank holidays, plus any a worker imported later from a newer file."""
    row = session.get(Setting, SETTING_KEY)
    shipped = load_holidays()
    if row is None:
        return shipped
    return shipped | frozenset(date.fromisoformat(d) for d in json.loads(row.value))


def known_until(holidays: frozenset[date] | set[date]) -> date | None:
    """The last day the bank-holiday data can vouch for: the end of its last year with a Christmas holiday.

    Past that day every weekday counts as working, so a deadline could fall on a
    bank holiday without anyone noticing.
    """
    christmas_years = [d.year for d in holidays if d.month == 12 and d.day >= 25]
    return date(max(christmas_years), 12, 31) if christmas_years else None


WARN_DAYS_AHEAD = 90  # a response can be due up to a few weeks ahead; a quarter gives time to update


def coverage_warning(holidays: frozenset[date] | set[date], today: date) -> str | None:
    """A sentence for the worker when the bank holidays run out within the next quarter, else None."""
    until = known_until(holidays)
    if until is not None and today + timedelta(days=WARN_DAYS_AHEAD) <= until:
        return None
    text = (tr("Bank holidays are known only to {until}: after that, deadlines skip weekends only. "
               "Update bank holidays from a newer file (gov.uk publishes one).") if until else
            tr("Bank holidays are known for no year at all: after that, deadlines skip weekends only. "
               "Update bank holidays from a newer file (gov.uk publishes one)."))
    return text.format(until=show_date(until) if until else "")


def import_holidays(session, path: Path | str) -> int:  # noqa: ANN001
    """Read a newer bank-holiday file (ours or gov.uk's layout) and keep its dates; returns how many are new."""
    found = load_holidays(path)
    known = holidays_for(session)
    merged = sorted(d.isoformat() for d in found | known)
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=json.dumps(merged)))
    else:
        row.value = json.dumps(merged)
    session.flush()
    return len(found - known)
