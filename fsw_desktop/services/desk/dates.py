"""How a date reads wherever a worker sees one: "04 Dec 2026", with a time "04 Dec 2026 14:05".

One format on every screen, in every message and in the documents made for people (the
desk's own files and bundles keep ISO dates: they are read by code, not people). Qt's date
boxes use ``QT_DATE``, the same format in Qt's notation.
"""

from __future__ import annotations

from datetime import date, datetime

from ...words import storing

QT_DATE = "dd MMM yyyy"

ENGLISH = {
    "months": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "short": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "long": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "long_months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"],
}
_names: dict[str, list[str]] = dict(ENGLISH)


def use_names(months: list[str], short_days: list[str], long_days: list[str],
              long_months: list[str] | None = None) -> None:
    """Month and day names in the desk's language, handed over by the UI from Qt's locale (this
    room imports no Qt); Monday first, as ``date.weekday()`` counts. English is the default."""
    _names.update(months=list(months), short=list(short_days), long=list(long_days),
                  long_months=list(long_months or ENGLISH["long_months"]))


def show_long_date(d: date, weekday: bool = False) -> str:
    """``d`` written out for a printed page: "05 December 2026", with ``weekday`` "Saturday 05 December 2026"."""
    names = ENGLISH if storing() else _names
    text = f"{d.day:02d} {names['long_months'][d.month - 1]} {d.year}"
    return f"{names['long'][d.weekday()]} {text}" if weekday else text


def show_month(d: date) -> str:
    """The month of ``d`` as "December 2026"."""
    names = ENGLISH if storing() else _names
    return f"{names['long_months'][d.month - 1]} {d.year}"


def show_date(d: date | None, weekday: str = "", year: bool = True) -> str:
    """``d`` as "04 Dec 2026" ("" for none); ``weekday`` "short" or "long" puts "Fri"/"Friday" before it,
    ``year=False`` leaves the year off where the year is plain (a week's headings)."""
    if d is None:
        return ""
    names = ENGLISH if storing() else _names
    text = f"{d.day:02d} {names['months'][d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{names[weekday][d.weekday()]} {text}" if weekday else text


def show_when(at: datetime | None, seconds: bool = False) -> str:
    """A moment as "04 Dec 2026 14:05" ("" for none)."""
    if at is None:
        return ""
    return f"{show_date(at)} {at:%H:%M}" + (f":{at:%S}" if seconds else "")


def show_iso(text: str | None) -> str:
    """An ISO date or moment kept as text (in JSON figures) as it reads on screen; other text unchanged."""
    if not text:
        return ""
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return text
    return show_date(at) if len(text) <= 10 else show_when(at)
