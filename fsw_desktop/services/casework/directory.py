"""The partner-agency directory; an entry not checked for 12 months is stale."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.directory import Agency
from ..data_protection import audit
from ..desk.vocab import AGENCY_CATEGORIES
from ...words import tr

STALE_AFTER = relativedelta(months=12)


def is_stale(last_checked: date | None, today: date) -> bool:
    return last_checked is None or last_checked + STALE_AFTER < today


@dataclass
class AgencyRow:
    id: str
    reference: str
    name: str
    category: str
    contact_person: str
    phone: str
    area: str
    offers: str
    last_checked: date | None
    stale: bool


def agencies(session: Session, today: date | None = None) -> list[AgencyRow]:
    today = today or date.today()
    rows = session.execute(
        select(Agency).where(Agency.deleted.is_(False)).order_by(Agency.category, Agency.name)
    ).scalars()
    return [
        AgencyRow(a.id, a.ref, a.name, a.category, a.contact_person, a.phone, a.area, a.offers,
                  a.last_checked, is_stale(a.last_checked, today))
        for a in rows
    ]


# --- editing the directory ----------------------------------------------------------------------


@dataclass
class AgencyInput:
    """Every field a worker can edit on a directory entry."""

    name: str = ""
    category: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    area: str = ""
    offers: str = ""
    eligibility: str = ""
    last_checked: date | None = None

    @classmethod
    def from_agency(cls, a: Agency) -> "AgencyInput":  # not shown
        return cls(a.name or "", a.category or "", a.contact_person or "", a.phone or "", a.email or "",
                   a.area or "", a.offers or "", a.eligibility or "", a.last_checked)


def _agency(session: Session, agency_id: str | None) -> Agency:
    row = session.get(Agency, agency_id) if agency_id else None
    if row is None or row.deleted:
        raise InputRefused(tr("No such agency in the directory."))
    return row


def _checked_date(value: date | datetime | None, today: date) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InputRefused(tr("The date last checked is not a date."))
    if value > today:
        raise InputRefused(tr("The date last checked cannot be in the future."))
    return value


def save_agency(session: Session, data: AgencyInput, agency_id: str | None = None,
                today: date | None = None) -> Agency:
    """Add a directory entry, or save an edited one (only changed fields reach the change log)."""
    today = today or date.today()
    values = {f.name: (getattr(data, f.name) or "").strip() for f in fields(AgencyInput) if f.name != "last_checked"}
    if not values["name"]:
        raise InputRefused(tr("The agency needs a name."))
    if values["category"] not in AGENCY_CATEGORIES:
        raise InputRefused(tr("Category must be one of: {agency_categories}.").format(
                              agency_categories=', '.join(AGENCY_CATEGORIES)))
    values["last_checked"] = _checked_date(data.last_checked, today)
    if agency_id is None:
        agency = Agency(**values)
        session.add(agency)
        session.flush()
        audit.record(session, "record created", "agencies", agency.id, f"agency: {agency.category}")
        session.flush()
        return agency
    agency = _agency(session, agency_id)
    changed = [k for k, v in values.items() if getattr(agency, k) != v]
    for key in changed:
        setattr(agency, key, values[key])
    if changed:
        session.flush()
        audit.record(session, "record changed", "agencies", agency.id, "fields: " + ", ".join(changed))
        session.flush()
    return agency


def mark_checked(session: Session, agency_id: str, on: date, today: date | None = None) -> Agency:
    """The details were confirmed on ``on``: the entry is not stale for another 12 months (002 4.2)."""
    today = today or date.today()
    agency = _agency(session, agency_id)
    on = _checked_date(on, today)
    if on is None:
        raise InputRefused(tr("Give the date the details were checked."))
    if agency.last_checked != on:
        agency.last_checked = on
        session.flush()
        audit.record(session, "record changed", "agencies", agency.id, "checked")
        session.flush()
    return agency
