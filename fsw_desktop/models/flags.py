"""Flags on bookings and family-day places that no longer pass their rules after the world moved.

A flag is raised when a prisoner is released or transferred, a visitor is banned,
restricted or loses approval, or the session is blocked or cancelled, and the
booking (or family-day place) checked again by the same rules fails. It travels
like any record, so the visits hall and the worker see the same flags. A flag is
open until a worker resolves it (cancelled, moved, kept with a reason) or the
cause is undone and the re-check clears it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class BookingFlag(Travelling, Base):
    __tablename__ = "booking_flags"
    __ref_prefix__ = "FL"

    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), index=True, nullable=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("family_day_requests.id"), index=True, nullable=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    on: Mapped[date] = mapped_column(Date)  # the visit or family day
    cause: Mapped[str] = mapped_column(String(40), default="")  # services.visits.flags.CAUSES
    reason: Mapped[str] = mapped_column(Text, default="")  # the sentences the re-check gave, one per line
    raised_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open, cleared, resolved
    resolution: Mapped[str] = mapped_column(String(20), default="")  # cancelled, moved, kept, "" (cleared)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    moved_to_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), nullable=True)
