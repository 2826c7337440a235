"""People: the prisoner, family members and visitors, with consent and restrictions.

One table for every person keeps search, sync and subject access simple; the
fields that only make sense for a child or a prisoner are left empty otherwise.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import relationship as link

from .base import Base, Travelling


class Person(Travelling, Base):
    __tablename__ = "people"
    __ref_prefix__ = "P"

    case_id: Mapped[str | None] = mapped_column(ForeignKey("cases.id"), index=True, nullable=True)
    given_name: Mapped[str] = mapped_column(String(100), default="")
    family_name: Mapped[str] = mapped_column(String(100), default="", index=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    gender: Mapped[str] = mapped_column(String(40), default="Not recorded")
    ethnicity: Mapped[str] = mapped_column(String(80), default="Not recorded/declined")
    relationship: Mapped[str] = mapped_column(String(40), default="other")
    is_prisoner: Mapped[bool] = mapped_column(Boolean, default=False)
    supported_directly: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_disclose: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the language letters and slips go out in: "cy" Welsh, "en" English, "other" (said in language_note,
    # e.g. "Polish: interpreter needed"), "" not recorded (English). A neutral code, never a label.
    language: Mapped[str] = mapped_column(String(8), default="")
    language_note: Mapped[str] = mapped_column(String(120), default="")
    # children
    school: Mapped[str] = mapped_column(String(200), default="")
    school_contact: Mapped[str] = mapped_column(String(200), default="")
    carer: Mapped[str] = mapped_column(String(60), default="")
    told_where_parent: Mapped[str] = mapped_column(String(20), default="")
    child_views: Mapped[str] = mapped_column(Text, default="")
    sharing_agreed: Mapped[str] = mapped_column(Text, default="")
    young_carer: Mapped[bool] = mapped_column(Boolean, default=False)
    bullying: Mapped[bool] = mapped_column(Boolean, default=False)
    # prisoners
    prison_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    establishment: Mapped[str] = mapped_column(String(120), default="")
    wing: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(20), default="")
    sentence_type: Mapped[str] = mapped_column(String(20), default="")
    offence_category: Mapped[str] = mapped_column(String(20), default="")
    sentence_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected_release: Mapped[date | None] = mapped_column(Date, nullable=True)
    rotl: Mapped[bool] = mapped_column(Boolean, default=False)
    transfers: Mapped[str] = mapped_column(Text, default="")
    offender_manager: Mapped[str] = mapped_column(String(200), default="")
    probation_provider: Mapped[str] = mapped_column(String(200), default="")
    involvement: Mapped[str] = mapped_column(String(30), default="")
    # visitors (family members and visitor-only records, case_id empty)
    visitor_approved: Mapped[bool] = mapped_column(Boolean, default=True)
    ban_reason: Mapped[str] = mapped_column(Text, default="")
    banned_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_visits_only: Mapped[bool] = mapped_column(Boolean, default=False)

    case = link("Case", back_populates="people")

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Restriction(Travelling, Base):
    """A bar on contact, e.g. public protection: no contact with children."""

    __tablename__ = "restrictions"
    __ref_prefix__ = "R"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    appeal: Mapped[str] = mapped_column(Text, default="")


class Consent(Travelling, Base):
    """Consent of one person for one purpose or agency; withdrawal ends it."""

    __tablename__ = "consents"
    __ref_prefix__ = "N"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[str | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    given_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    how_given: Mapped[str] = mapped_column(String(60), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
