"""Pairs of people a worker has said are different people, so they are not offered as duplicates again.

A pair travels like any record (a worker's colleague on another desk should not be asked again);
it is stored with the lower id first, so the same pair is one row whichever way it was marked.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Travelling


class DistinctPeople(Travelling, Base):
    __tablename__ = "distinct_people"
    __ref_prefix__ = "D"

    first_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    second_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    marked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    marked_by: Mapped[str] = mapped_column(String(200), default="")
