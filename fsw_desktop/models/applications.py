"""Prisoners' applications to the family support desk, and their append-only history.

An application is the prisoner's written request (their words kept as written),
its route in, its kind, its status and the dates that matter for deadlines. The
response is what the prisoner will read; internal notes are kept apart from it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class Application(Travelling, Base):
    __tablename__ = "applications"
    __ref_prefix__ = "AP"

    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    route: Mapped[str] = mapped_column(String(60), default="")
    prisoner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True, index=True)
    prisoner_name: Mapped[str] = mapped_column(String(200), default="")  # a prisoner not yet on file
    prison_number: Mapped[str] = mapped_column(String(20), default="")
    kind: Mapped[str] = mapped_column(String(80), default="")
    words: Mapped[str] = mapped_column(Text, default="")  # the prisoner's words as written
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    acknowledged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    responded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    forwarded_to: Mapped[str] = mapped_column(String(200), default="")
    forwarded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    response: Mapped[str] = mapped_column(Text, default="")  # what the prisoner will read
    outcome: Mapped[str] = mapped_column(String(200), default="")
    bad_news: Mapped[bool] = mapped_column(Boolean, default=False)  # give in person, privately
    internal_notes: Mapped[str] = mapped_column(Text, default="")
    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), nullable=True)
    family_day_request_id: Mapped[str | None] = mapped_column(ForeignKey("family_day_requests.id"), nullable=True)


class ApplicationEvent(Travelling, Base):
    __tablename__ = "application_events"
    __ref_prefix__ = "AE"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(String(200), default="")
    status_from: Mapped[str] = mapped_column(String(20), default="")
    status_to: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
