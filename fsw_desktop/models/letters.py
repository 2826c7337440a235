"""Letters and slips on paper: the templates a desk prints from, and a record of each letter given or sent.

Families often have no email and prisoners have none, so workers print visit confirmations,
family-day invitations, appointment letters and application response slips. A template's
``body`` holds merge fields in braces ({recipient_name}, {visit_date}...;
``services/letters/fields.py``). The record of a letter (``Letter``) says who it went to, why,
on what lawful basis, when and by whom; it travels like any record, so every desk of the team
sees that the letter went. The letter exactly as printed (``LetterText``) stays in this desk's
encrypted database and nowhere else: it is not a travelling table, so no bundle, change log,
file or log line ever carries it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, DateTime, ForeignKey, String, Text, or_, select
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling
from .people import Person
from .visits import Booking


class LetterTemplate(Travelling, Base):
    """A letter with merge fields. The shipped defaults have fixed ids, so every desk's copy is the same record."""

    __tablename__ = "letter_templates"
    __ref_prefix__ = "LT"

    name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(40), default="other")  # services.letters.templates.KINDS
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="en")  # "en" or "cy": the language it is written in


class Letter(Travelling, Base):
    """One letter printed for one recipient: the case's history and the audit trail name it, never its text."""

    __tablename__ = "letters"
    __ref_prefix__ = "L"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True, nullable=True)
    recipient_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    # no foreign key: a shipped default template is a record only once someone edits it
    template_id: Mapped[str] = mapped_column(String(36), default="")
    template_name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(40), default="other")
    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"), index=True, nullable=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("family_day_requests.id"), index=True, nullable=True)
    application_id: Mapped[str | None] = mapped_column(ForeignKey("applications.id"), nullable=True)
    delivery: Mapped[str] = mapped_column(String(20), default="by hand")  # by post, by hand, to the wing
    lawful_basis: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was sent, in the worker's words
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(200), default="")

    @classmethod
    def of_case(cls, case_id: str) -> ColumnElement[bool]:
        """Letters that belong to a case: written from it, to one of its people, or about its prisoner's visit.

        A visits hall holds no cases, so a confirmation it prints names no case; it still belongs to the
        family whose visit it confirms.
        """
        people = select(Person.id).where(Person.case_id == case_id)
        return or_(cls.case_id == case_id, cls.recipient_id.in_(people),
                   cls.booking_id.in_(select(Booking.id).where(Booking.prisoner_id.in_(people))))


class LetterText(Base):
    """The letter as printed, kept on the desk that printed it only (never synced, never in a bundle)."""

    __tablename__ = "letter_texts"

    letter_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    body_html: Mapped[str] = mapped_column(Text, default="")
