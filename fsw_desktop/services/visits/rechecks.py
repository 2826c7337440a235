"""The one call every change that can break a booking makes: "check again what this touches".

Bans, approval, restrictions, release dates and blocked dates are recorded by services that
the flags service itself builds on (``visitors``, ``calendar``, casework's ``people`` and
``safeguarding``), so they cannot import it. They call ``changed`` here instead, and
``flags`` registers its re-check when it is loaded (the pages, Today and the demo load it).
This module imports nothing of ours, so it never closes a cycle.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable, Iterable

_CHECKERS: list[Callable[..., Any]] = []


def register(checker: Callable[..., Any]) -> None:
    """``checker(session, today, people=..., on=..., template_id=...)``, called after every such change."""
    if checker not in _CHECKERS:
        _CHECKERS.append(checker)


def changed(session: Any, today: date | None = None, people: Iterable[str] = (), on: date | None = None,
            template_id: str | None = None) -> None:
    """Something these people (or that day, or that one session) depend on changed: check their bookings again."""
    people = list(people)
    for checker in _CHECKERS:
        checker(session, today, people=people, on=on, template_id=template_id)
