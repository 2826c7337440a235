"""The partner-agency directory; an entry not checked for 12 months is stale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.directory import Agency

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
