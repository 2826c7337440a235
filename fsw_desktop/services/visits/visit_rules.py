"""The establishment's visiting rules, kept as data in the profile's settings table.

Prisons differ in the age from which a child counts as an adult, in how many
visitors a booking may bring and in how far ahead visits are booked, so these
are settings, not code. They are stored as one JSON object under the key
``visit_rules``; keys missing from a stored object take their defaults, so a
rule added later never breaks an older profile.

Two rules are fixed by law and policy rather than by the establishment, and are
therefore not settings: the lead visitor must be 18 or over, and at least one
visitor must be 18 or over (``LEAD_VISITOR_AGE``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.meta import Setting
from ..data_protection import audit
from ...words import QT_TRANSLATE_NOOP, tr

KEY = "visit_rules"
LEAD_VISITOR_AGE = 18


@dataclass
class Rules:
    """One establishment's rules. ``adult_age`` decides only how a visitor counts against the limits."""

    adult_age: int = 18  # from this birthday (on the visit date) a visitor counts as an adult
    max_visitors: int = 6  # everyone on the booking, adults and children
    max_adults: int = 3
    max_children: int = 5  # children under adult_age; max_visitors still applies to the total
    min_notice_days: int = 1  # 0: same-day booking allowed
    max_notice_days: int = 28
    visiting_orders_per_month: int = 4  # per prisoner per calendar month; going over warns, never refuses


# (low, high, label) for each rule; cross-checks are in ``validate``.
LIMITS: dict[str, tuple[int, int, str]] = {
    "adult_age": (10, 21, QT_TRANSLATE_NOOP("", "Age from which a visitor counts as an adult")),
    "max_visitors": (1, 20, QT_TRANSLATE_NOOP("", "Maximum visitors per booking")),
    "max_adults": (1, 20, QT_TRANSLATE_NOOP("", "Maximum adults per booking")),
    "max_children": (0, 20, QT_TRANSLATE_NOOP("", "Maximum children per booking")),
    "min_notice_days": (0, 90, QT_TRANSLATE_NOOP("", "Minimum notice in days")),
    "max_notice_days": (1, 365, QT_TRANSLATE_NOOP("", "Maximum notice in days")),
    "visiting_orders_per_month": (1, 31, QT_TRANSLATE_NOOP("", "Visits allowed per prisoner each month")),
}


def validate(rules: Rules) -> None:
    """Raise InputRefused with a message a worker can act on; nothing is saved."""
    for f in fields(Rules):
        value = getattr(rules, f.name)
        lo, hi, label = LIMITS[f.name]
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise InputRefused(tr("{label} must be a whole number from {lo} to {hi}.").format(
                                  label=tr(label), lo=lo, hi=hi))
    if rules.max_adults > rules.max_visitors:
        raise InputRefused(tr("Maximum adults cannot be more than the maximum visitors per booking."))
    if rules.max_children > rules.max_visitors:
        raise InputRefused(tr("Maximum children cannot be more than the maximum visitors per booking."))
    if rules.min_notice_days > rules.max_notice_days:
        raise InputRefused(tr("Minimum notice cannot be longer than maximum notice."))


def get_rules(session: Session) -> Rules:
    """The stored rules, defaults for anything not stored (or stored unreadably)."""
    row = session.get(Setting, KEY)
    if row is None:
        return Rules()
    try:
        stored = json.loads(row.value)
    except ValueError:
        return Rules()
    if not isinstance(stored, dict):
        return Rules()
    known = {f.name for f in fields(Rules)}
    rules = Rules(**{k: v for k, v in stored.items() if k in known})
    try:
        validate(rules)
    except InputRefused:
        return Rules()
    return rules


def set_rules(session: Session, rules: Rules) -> Rules:
    """Check and store the rules (flushed, not committed); audited without values."""
    validate(rules)
    value = json.dumps(asdict(rules), sort_keys=True)
    row = session.get(Setting, KEY)
    if row is None:
        session.add(Setting(key=KEY, value=value))
    elif row.value == value:
        return rules
    else:
        row.value = value
    session.flush()
    audit.record(session, "settings changed", "settings", None, "visit rules")
    session.flush()
    return rules
