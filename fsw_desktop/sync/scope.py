"""What each kind of desk may receive, and what it may originate: the two allow-lists of sync.

Receive scopes (``SCOPES``) filter every outgoing change; write scopes
(``WRITE_SCOPES``, below) are checked against every incoming change, by the
role this desk has stored for the desk the change claims to come from.

A worker desk receives everything that travels. A visitor-centre desk receives
only what a visit booking needs: the people with their names, dates of birth,
prisoner details and do-not-disclose flag, and the restrictions on contact;
never casework (cases, contacts, assessments, needs, scores, goals, tasks,
onward referrals, concerns, consents, agencies, travel claims, letters, people marked as different
people, ``distinct_people``, since only a worker's desk merges or keeps apart
likely duplicates), and never a person's notes,
address, child's views or the like, not even inside a whole new record (``*``).
Supervisors receive summary bundles, never sync.

To let a role receive another table, add it to that role's dict: the value is
the set of fields it may see (``ALL`` for every field). The travel columns
(id, ref, stamps, tombstone) always go with any allowed record.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from ..errors import InputRefused
from ..models.base import TRAVEL_COLUMNS, travelling_models
from ..words import QT_TRANSLATE_NOOP, tr

ALL: frozenset[str] = frozenset({"__all__"})

WORKER = "worker"
VISITOR_CENTRE = "visitor-centre"
SUPERVISOR = "supervisor"

# Fields of a person a visit booking needs; do_not_disclose always travels with the person. ``language``
# (a code: "cy", "en", "other" or "") lets the hall print a visit confirmation in the family's language;
# the free-text ``language_note`` stays with the worker, and the hall may not change either (it edits no
# one's contact details).
# A ban's reason is free text about the person: the visits hall learns that a ban exists and
# until when (``HELD_BACK``), never why.
VISIT_PERSON_FIELDS = frozenset({
    "case_id", "given_name", "family_name", "date_of_birth", "relationship", "is_prisoner", "prison_number",
    "establishment", "wing", "do_not_disclose", "language",
    "visitor_approved", "ban_reason", "banned_until", "closed_visits_only",
})
# A booking without the worker's notes; the adoption-panel and parent-support notes a final
# contact needs are sent only as "recorded" (``HELD_BACK``), so the hall can see they exist.
VISIT_BOOKING_FIELDS = frozenset({
    "prisoner_id", "template_id", "on", "visit_type", "status", "status_reason", "closed", "waiting_list",
    "overbooked", "overbook_reason", "lead_visitor_id", "outcome", "la_assessment", "parent_support",
})
# Free-text fields a visits hall is told only exist: a non-empty value travels as HELD_BACK.
# Stored as written on the hall's desk (its value travels); shown there through tr(HELD_BACK).
HELD_BACK = QT_TRANSLATE_NOOP("", "Recorded by the family support service")
HELD_BACK_FIELDS: dict[str, frozenset[str]] = {
    "people": frozenset({"ban_reason"}),
    "bookings": frozenset({"la_assessment", "parent_support"}),
}
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
        "bookings": VISIT_BOOKING_FIELDS,
        "booking_visitors": ALL,
        "family_days": ALL,
        "family_day_requests": FAMILY_DAY_REQUEST_FIELDS,
        "family_day_attendees": ALL,
        "booking_flags": ALL,  # a flag says why a booking no longer passes; the hall resolves them too
        "letter_templates": ALL,  # the team's wording for visit confirmations and invitations; no personal data
    },
}
REFUSED: dict[str, str] = {
    SUPERVISOR: QT_TRANSLATE_NOOP("", "Supervisors receive summary bundles, not sync."),
}
ALWAYS = frozenset(TRAVEL_COLUMNS) | {"do_not_disclose"}


class Scope:
    """The filter for one recipient role."""

    def __init__(self, role: str) -> None:
        if role in REFUSED:
            raise InputRefused(tr(REFUSED[role]))
        if role not in SCOPES:
            raise InputRefused(tr("FSW Desk does not know what a {role} desk may receive.").format(role=role))
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
        kept = self._filter(change["record_table"], change["field"], change["value"], change.get("old"))
        if kept is None:
            return None
        out = dict(change)
        out["value"] = kept[0]
        if "old" in change:
            out["old"] = kept[1]
        return out

    def filter_rows(self, rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
        """Changes as sequences in ``merge.CHANGE_FIELDS`` order (table 1, field 3, value 4, old 5)."""
        if self.tables is None:
            return list(rows)
        out = []
        for row in rows:
            kept = self._filter(row[1], row[3], row[4], row[5])
            if kept is None:
                continue
            if kept[0] is not row[4] or kept[1] is not row[5]:
                row = list(row)
                row[4], row[5] = kept
            out.append(row)
        return out

    def _filter(self, table: str, field: str, value: str, old: str | None) -> tuple[str, str | None] | None:
        """(value, old) to send for this change (the same objects when untouched), or None to hold it back."""
        if self.tables is None:
            return value, old
        allowed = self.fields(table)
        if allowed is None:
            return value, old
        if not allowed:
            return None
        held_back = HELD_BACK_FIELDS.get(table, frozenset())
        if field != "*":
            if field not in allowed:
                return None
            if field in held_back:
                return _held_back(value), (None if old is None else _held_back(old))
            return value, old
        try:
            whole = json.loads(value)
        except ValueError:
            return None
        if not isinstance(whole, dict):
            return None
        kept = {k: (HELD_BACK if k in held_back and v else v) for k, v in whole.items() if k in allowed}
        return json.dumps(kept, ensure_ascii=False, sort_keys=True), old


def _held_back(value: str) -> str:
    """A free-text value as a visits hall receives it: that there is one, not what it says."""
    try:
        text = json.loads(value)
    except ValueError:
        return json.dumps(HELD_BACK)
    return value if not text else json.dumps(HELD_BACK)


def for_role(role: str) -> Scope:
    """The scope for a recipient role; refuses roles that never receive sync (supervisors)."""
    return Scope(role)


# --- what each role may originate -----------------------------------------------------------------

# What a visits hall records about the visitors it meets: a new visitor, approval, a ban, closed visits.
VISITOR_PERSON_WRITES = frozenset({
    "given_name", "family_name", "date_of_birth", "relationship",
    "visitor_approved", "ban_reason", "banned_until", "closed_visits_only",
})
# The record of a letter a visits hall printed (a visit confirmation, a family-day invitation). The hall
# holds no cases and no applications, so it files no letter on either: a case's history shows the hall's
# letter through its booking or family-day place (``Letter.of_case``), never through a case id a hall chose.
VISITOR_LETTER_WRITES = frozenset({
    "recipient_id", "template_id", "template_name", "kind", "booking_id", "request_id", "delivery",
    "lawful_basis", "reason", "sent_at", "sent_by",
})
# Set only in the record that makes a person (a visitor added to a family), never changed later.
CREATE_ONLY: dict[str, frozenset[str]] = {"people": frozenset({"case_id"})}

# role -> table -> fields a desk of that role may originate (None: every travelling table in full).
# A table that is not listed may not be changed at all. Receiving is separate (SCOPES above): a
# visits hall may write a booking's notes, but never receives a worker's.
WRITE_SCOPES: dict[str, dict[str, frozenset[str]] | None] = {
    WORKER: None,
    VISITOR_CENTRE: {
        "people": VISITOR_PERSON_WRITES,
        "session_templates": ALL,
        "blocked_dates": ALL,
        "bookings": ALL,
        "booking_visitors": ALL,
        "family_days": ALL,
        "family_day_requests": ALL,
        "family_day_attendees": ALL,
        "booking_flags": ALL,
        "letters": VISITOR_LETTER_WRITES,  # the hall prints visit confirmations; the record of each goes to the worker
    },
    # travel_claims: casework, originated and received by worker desks only (not listed for a visits hall).
    # letter_templates: a visits hall prints from the team's templates but does not change them. It never
    # receives ``letters``: whom a worker wrote to, and why, is casework.
    SUPERVISOR: {},  # a supervisor's desk sends summaries' readers nothing that lands on a desk
}
# Tables a role may change but whose records it may not delete (a visitor is casework's person too). A hall
# deletes its own letters when retention deletes their visit; a worker's it never receives, so knows no id of.
NO_TOMBSTONES: dict[str, frozenset[str]] = {VISITOR_CENTRE: frozenset({"people"})}
# Roles whose desks pass on changes made on other desks. Every other desk sends only its own.
RELAYS = frozenset({WORKER})
# ``old`` of the change on ``deleted`` that marks a record as erased (services/data_protection/erasure.py).
ERASED_MARK = '"erased"'
ROLE_DESKS = {WORKER: QT_TRANSLATE_NOOP("", "a family support worker's desk"),
              VISITOR_CENTRE: QT_TRANSLATE_NOOP("", "a visitor-centre desk"),
              SUPERVISOR: QT_TRANSLATE_NOOP("", "a supervisor's desk")}


def role_desk(role: str) -> str:
    """'a visitor-centre desk': how a rule names the desks of a role."""
    return tr(ROLE_DESKS[role]) if role in ROLE_DESKS else tr("a {role} desk").format(role=role)


def may_originate_everything(role: str) -> bool:
    return role in WRITE_SCOPES and WRITE_SCOPES[role] is None


@lru_cache(maxsize=None)
def _defaults(table: str) -> dict[str, Any]:
    """The JSON form of each column's scalar default: what a new record holds when nobody set it."""
    model = travelling_models().get(table)
    if model is None:
        return {}
    return {c.key: c.default.arg for c in model.__table__.columns
            if c.default is not None and getattr(c.default, "is_scalar", False)}


def _unset(table: str, column: str, value: Any) -> bool:
    return value is None or value == "" or value is False or value == _defaults(table).get(column, object())


def write_refusal(role: str, table: str, field: str, value: str, old: str | None) -> str | None:
    """Why a desk of ``role`` may not have made this change (a short rule), or None when it may."""
    tables = WRITE_SCOPES.get(role, {})
    desk = role_desk(role)
    if tables is None:
        return None
    if field == "deleted" and old == ERASED_MARK:
        return tr("only a family support worker's desk erases records")
    allowed = tables.get(table)
    if allowed is None:
        return tr("{desk} may not change {table}").format(desk=desk, table=table)
    tombstones_refused = table in NO_TOMBSTONES.get(role, frozenset())
    if field == "*":
        try:
            whole = json.loads(value)
        except ValueError:
            whole = None
        if not isinstance(whole, dict):
            return tr("a new record that is not well formed")
        if whole.get("deleted") and tombstones_refused:
            return tr("{desk} may not delete {table}").format(desk=desk, table=table)
        if allowed is ALL:
            return None
        create_only = CREATE_ONLY.get(table, frozenset())
        for column, v in whole.items():
            if column in allowed or column in create_only or column in TRAVEL_COLUMNS:
                continue
            if not _unset(table, column, v):
                return tr("{desk} may not set {table}.{column}").format(desk=desk, table=table, column=column)
        return None
    if field == "deleted":
        return tr("{desk} may not delete {table}").format(desk=desk, table=table) if tombstones_refused else None
    if field in TRAVEL_COLUMNS:
        return tr("{desk} may not change {table}.{field}").format(desk=desk, table=table, field=field)
    if allowed is ALL or field in allowed:
        return None
    return tr("{desk} may not change {table}.{field}").format(desk=desk, table=table, field=field)
