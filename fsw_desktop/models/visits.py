"""Prison visits and family days: session templates, blocked dates, bookings, family days.

Sessions are not stored one by one: a template with a dateutil rule yields
them, and a booking names its template and date. One-off extra sessions are
templates valid on a single day.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class SessionTemplate(Travelling, Base):
    __tablename__ = "session_templates"
    __ref_prefix__ = "V"

    name: Mapped[str] = mapped_column(String(120), default="")
    weekdays: Mapped[str] = mapped_column(String(40), default="")  # "MO,WE,SA"
    starts: Mapped[str] = mapped_column(String(5))  # "14:00"
    ends: Mapped[str] = mapped_column(String(5))
    room: Mapped[str] = mapped_column(String(120), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    interval_weeks: Mapped[int] = mapped_column(Integer, default=1)  # 1 weekly, 2 fortnightly
    open_capacity: Mapped[int] = mapped_column(Integer, default=20)
    closed_capacity: Mapped[int] = mapped_column(Integer, default=2)
    one_off: Mapped[bool] = mapped_column(Boolean, default=False)


class BlockedDate(Travelling, Base):
    __tablename__ = "blocked_dates"
    __ref_prefix__ = "X"

    on: Mapped[date] = mapped_column(Date, index=True)
    template_id: Mapped[str | None] = mapped_column(ForeignKey("session_templates.id"), nullable=True)  # None: all
    who: Mapped[str] = mapped_column(String(200), default="")
    why: Mapped[str] = mapped_column(Text, default="")


class Booking(Travelling, Base):
    __tablename__ = "bookings"
    __ref_prefix__ = "B"

    prisoner_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    template_id: Mapped[str] = mapped_column(ForeignKey("session_templates.id"))
    on: Mapped[date] = mapped_column(Date)
    visit_type: Mapped[str] = mapped_column(String(40), default="social")
    status: Mapped[str] = mapped_column(String(20), default="booked")
    status_reason: Mapped[str] = mapped_column(String(80), default="")
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    waiting_list: Mapped[bool] = mapped_column(Boolean, default=False)
    overbooked: Mapped[bool] = mapped_column(Boolean, default=False)
    overbook_reason: Mapped[str] = mapped_column(Text, default="")
    lead_visitor_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(40), default="")
    la_assessment: Mapped[str] = mapped_column(Text, default="")  # final contact before adoption
    parent_support: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_bookings_session", "template_id", "on"), Index("ix_bookings_on", "on"))


class BookingVisitor(Travelling, Base):
    __tablename__ = "booking_visitors"
    __ref_prefix__ = "BV"

    booking_id: Mapped[str] = mapped_column(ForeignKey("bookings.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)


class FamilyDay(Travelling, Base):
    __tablename__ = "family_days"
    __ref_prefix__ = "F"

    on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(60), default="general")
    title: Mapped[str] = mapped_column(String(200), default="")
    capacity_families: Mapped[int] = mapped_column(Integer, default=10)
    capacity_people: Mapped[int] = mapped_column(Integer, default=40)
    min_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clearance_deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    programme: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="planned")  # planned, held, cancelled
    feedback: Mapped[str] = mapped_column(Text, default="")


class FamilyDayRequest(Travelling, Base):
    """A place asked for by a prisoner or family; allocated by need, never by incentive level."""

    __tablename__ = "family_day_requests"
    __ref_prefix__ = "FR"

    family_day_id: Mapped[str] = mapped_column(ForeignKey("family_days.id"), index=True)
    prisoner_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), nullable=True)
    requested_on: Mapped[date] = mapped_column(Date)
    first_time: Mapped[bool] = mapped_column(Boolean, default=False)
    weeks_since_visit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    relationship_repair: Mapped[bool] = mapped_column(Boolean, default=False)
    attended_before: Mapped[int] = mapped_column(Integer, default=0)
    override_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="requested")  # requested, allocated, waiting, declined
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    feedback: Mapped[str] = mapped_column(Text, default="")


class FamilyDayAttendee(Travelling, Base):
    __tablename__ = "family_day_attendees"
    __ref_prefix__ = "FA"

    request_id: Mapped[str] = mapped_column(ForeignKey("family_day_requests.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    clearance: Mapped[str] = mapped_column(String(20), default="pending")  # pending, cleared, refused
    photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
