"""A family case from referral to closure: assessments, plan, contacts, concerns."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Travelling


class Case(Travelling, Base):
    """Status is open, closed or handed over; the working stage is derived, never stored."""

    __tablename__ = "cases"
    __ref_prefix__ = "C"

    family_label: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    worker: Mapped[str] = mapped_column(String(200), default="")
    referral_date: Mapped[date] = mapped_column(Date, index=True)
    referral_source: Mapped[str] = mapped_column(String(80), default="Not recorded")
    referrer_name: Mapped[str] = mapped_column(String(200), default="")
    referrer_contact: Mapped[str] = mapped_column(String(200), default="")
    referral_reasons: Mapped[str] = mapped_column(Text, default="")
    risk_info: Mapped[str] = mapped_column(Text, default="")
    consent_status: Mapped[str] = mapped_column(String(40), default="not asked")
    lead_professional: Mapped[str] = mapped_column(String(200), default="")
    caf_taf: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closure_reason: Mapped[str] = mapped_column(String(80), default="")
    closure_planned: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    # eligible for help with travel costs (assisted prison visits) from this day; None: not eligible
    travel_help_since: Mapped[date | None] = mapped_column(Date, nullable=True)

    people = relationship("Person", back_populates="case")


class Contact(Travelling, Base):
    """Any contact with or about the family, failed attempts included."""

    __tablename__ = "contacts"
    __ref_prefix__ = "K"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(60))
    successful: Mapped[bool] = mapped_column(Boolean, default=True)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    goal_ids: Mapped[str] = mapped_column(Text, default="")
    intervention: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (Index("ix_contacts_case_live", "case_id", "deleted", "successful", "on"),)


class Assessment(Travelling, Base):
    __tablename__ = "assessments"
    __ref_prefix__ = "A"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # initial, follow-up, final
    on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class Need(Travelling, Base):
    __tablename__ = "needs"
    __ref_prefix__ = "E"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    area: Mapped[str] = mapped_column(String(80))
    nature: Mapped[str] = mapped_column(String(20), default="practical")  # or emotional
    term: Mapped[str] = mapped_column(String(10), default="short")  # or long


class Score(Travelling, Base):
    """An outcome scored 1-5 at one assessment, for one person supported."""

    __tablename__ = "scores"
    __ref_prefix__ = "S"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(80))
    score: Mapped[int] = mapped_column(Integer)


class Goal(Travelling, Base):
    __tablename__ = "goals"
    __ref_prefix__ = "G"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    agreed_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class Task(Travelling, Base):
    __tablename__ = "tasks"
    __ref_prefix__ = "T"

    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class OnwardReferral(Travelling, Base):
    __tablename__ = "onward_referrals"
    __ref_prefix__ = "O"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")


class Concern(Travelling, Base):
    """A safeguarding concern and to whom it was escalated."""

    __tablename__ = "concerns"
    __ref_prefix__ = "W"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    escalated_to: Mapped[str] = mapped_column(String(200), default="")
    escalated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
