"""The partner-agency directory."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class Agency(Travelling, Base):
    __tablename__ = "agencies"
    __ref_prefix__ = "D"

    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(60))
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(120), default="")
    offers: Mapped[str] = mapped_column(Text, default="")
    eligibility: Mapped[str] = mapped_column(Text, default="")
    last_checked: Mapped[date | None] = mapped_column(Date, nullable=True)
