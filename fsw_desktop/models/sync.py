"""This desk's identity and the change history that sync is built on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

ROLES = ("worker", "visitor-centre", "supervisor")
ROLE_LABELS = {
    "worker": "Family support worker",
    "visitor-centre": "Visitor centre",
    "supervisor": "Supervisor",
}


class Desk(Base):
    """One row: who this profile is. Private keys never leave the encrypted database."""

    __tablename__ = "desk"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    desk_name: Mapped[str] = mapped_column(String(200))
    worker_name: Mapped[str] = mapped_column(String(200))
    establishment: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    signing_private: Mapped[bytes] = mapped_column(LargeBinary)
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_private: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Change(Base):
    """One changed field of one record (field ``*`` holds a whole new record).

    The unit of sync: a record's state is, per field, the value with the highest
    stamp, so applying changes in any order gives the same result.
    """

    __tablename__ = "changes"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    hlc: Mapped[str] = mapped_column(String(64))
    desk_id: Mapped[str] = mapped_column(String(36))
    who: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        Index("ix_changes_record", "record_id", "field"),
        Index("ix_changes_hlc", "hlc"),
    )
