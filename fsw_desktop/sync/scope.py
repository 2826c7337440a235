"""What each kind of desk may receive: the allow-list applied to every outgoing change.

A worker desk receives everything that travels. A visitor-centre desk receives
only what a visit booking needs: the people with their names, dates of birth,
prisoner details and do-not-disclose flag, and the restrictions on contact;
never casework (cases, contacts, assessments, needs, scores, goals, tasks,
onward referrals, concerns, consents, agencies), and never a person's notes,
address, child's views or the like, not even inside a whole new record (``*``).
Supervisors receive summary bundles, never sync.

To let a role receive another table, add it to that role's dict: the value is
the set of fields it may see (``ALL`` for every field). The travel columns
(id, ref, stamps, tombstone) always go with any allowed record.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Sequence

from ..errors import InputRefused
from ..models.base import TRAVEL_COLUMNS

ALL: frozenset[str] = frozenset({"__all__"})

WORKER = "worker"
VISITOR_CENTRE = "visitor-centre"
SUPERVISOR = "supervisor"

# Fields of a person a visit booking needs; do_not_disclose always travels with the person.
VISIT_PERSON_FIELDS = frozenset({
    "case_id", "given_name", "family_name", "date_of_birth", "relationship", "is_prisoner", "prison_number",
    "establishment", "wing", "do_not_disclose",
    "visitor_approved", "ban_reason", "banned_until", "closed_visits_only",
})
# A family-day request without the worker's reasons for overriding its priority.
FAMILY_DAY_REQUEST_FIELDS = frozenset({
    "family_day_id", "prisoner_id", "requested_on", "first_time", "weeks_since_visit", "relationship_repair",
    "attended_before", "override_score", "status", "attended",
})
# Enough to enforce a restriction at the visits hall; the free-text reason and appeal stay behind.
VISIT_RESTRICTION_FIELDS = frozenset({"person_id", "kind", "starts_on", "ends_on"})

# role -> table -> fields allowed (None: the role receives every travelling table in full)
SCOPES: dict[str, dict[str, frozenset[str]] | None] = {
    WORKER: None,
    VISITOR_CENTRE: {
        "people": VISIT_PERSON_FIELDS,
        "restrictions": VISIT_RESTRICTION_FIELDS,
        "session_templates": ALL,
        "blocked_dates": ALL,
        "bookings": ALL,
        "booking_visitors": ALL,
        "family_days": ALL,
        "family_day_requests": FAMILY_DAY_REQUEST_FIELDS,
        "family_day_attendees": ALL,
    },
}
REFUSED: dict[str, str] = {
    SUPERVISOR: "Supervisors receive summary bundles, not sync.",
}
ALWAYS = frozenset(TRAVEL_COLUMNS) | {"do_not_disclose"}


class Scope:
    """The filter for one recipient role."""

    def __init__(self, role: str) -> None:
        if role in REFUSED:
            raise InputRefused(REFUSED[role])
        if role not in SCOPES:
            raise InputRefused(f"FSW Desk does not know what a {role} desk may receive.")
        self.role = role
        self.tables = SCOPES[role]

    @property
    def full(self) -> bool:
        return self.tables is None

    def fields(self, table: str) -> frozenset[str] | None:
        """Fields of ``table`` this role may see: None for all, empty for none."""
        if self.tables is None:
            return None
        allowed = self.tables.get(table)
        if allowed is None:
            return frozenset()
        if allowed is ALL:
            return None
        return allowed | ALWAYS

    def describe(self) -> dict[str, Any]:
        """For the bundle header: the role and the tables it carries."""
        if self.tables is None:
            return {"role": self.role, "tables": "all"}
        return {"role": self.role, "tables": {t: ("all" if f is ALL else sorted(f | ALWAYS))
                                              for t, f in sorted(self.tables.items())}}

    def filter(self, change: Mapping[str, Any]) -> dict[str, Any] | None:
        """The change as this role may receive it, or None. ``*`` records lose the fields not allowed."""
        kept = self._filter(change["record_table"], change["field"], change["value"])
        if kept is None:
            return None
        out = dict(change)
        out["value"] = kept
        return out

    def filter_rows(self, rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
        """Changes as sequences in ``merge.CHANGE_FIELDS`` order (table 1, field 3, value 4)."""
        if self.tables is None:
            return list(rows)
        out = []
        for row in rows:
            kept = self._filter(row[1], row[3], row[4])
            if kept is None:
                continue
            if kept is not row[4]:
                row = list(row)
                row[4] = kept
            out.append(row)
        return out

    def filter_all(self, changes: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for c in changes:
            kept = self.filter(c)
            if kept is not None:
                out.append(kept)
        return out

    def _filter(self, table: str, field: str, value: str) -> str | None:
        """The value to send for this change (the same object when untouched), or None to hold it back."""
        if self.tables is None:
            return value
        allowed = self.fields(table)
        if allowed is None:
            return value
        if not allowed:
            return None
        if field != "*":
            return value if field in allowed else None
        try:
            whole = json.loads(value)
        except ValueError:
            return None
        if not isinstance(whole, dict):
            return None
        return json.dumps({k: v for k, v in whole.items() if k in allowed}, ensure_ascii=False, sort_keys=True)


def for_role(role: str) -> Scope:
    """The scope for a recipient role; refuses roles that never receive sync (supervisors)."""
    return Scope(role)
