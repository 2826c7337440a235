"""Help with the cost of visiting: a family's claim under the assisted prison visits scheme, per visit.

A claim is made within 28 days after an attended visit (or up to 28 days before it, in advance).
One record per booking once the worker knows: made (with the day it was made) or not claiming
(with the reason and the day it was recorded). No record yet is what makes a reminder.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class TravelClaim(Travelling, Base):
    __tablename__ = "travel_claims"
    __ref_prefix__ = "TC"

    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), index=True)
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="made")  # made, not claiming
    on: Mapped[date] = mapped_column(Date)  # the day it was made, or the day "not claiming" was recorded
    reason: Mapped[str] = mapped_column(Text, default="")
