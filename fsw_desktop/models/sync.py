"""This desk's identity and the change history that sync is built on."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..words import QT_TRANSLATE_NOOP, tr
from .base import Base

ROLES = ("worker", "visitor-centre", "supervisor")
# What a worker reads for each role: shown through tr(ROLE_LABELS[role]) or role_label(role).
ROLE_LABELS = {
    "worker": QT_TRANSLATE_NOOP("", "Family support worker"),
    "visitor-centre": QT_TRANSLATE_NOOP("", "Visitor centre"),
    "supervisor": QT_TRANSLATE_NOOP("", "Supervisor"),
}


def role_label(role: str) -> str:
    """The role's name in the desk's language (an unknown role as stored)."""
    return tr(ROLE_LABELS[role]) if role in ROLE_LABELS else role


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
    # the change this one overwrote on its desk (None for a new record), and for a conflict
    # resolution the concurrent changes it settles (comma-separated ids): together they say
    # which changes a desk had seen, which is what makes two edits concurrent or not
    prev: Mapped[str | None] = mapped_column(String(36), nullable=True)
    merges: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_changes_record", "record_id", "field"),
        Index("ix_changes_hlc", "hlc"),
    )


class Peer(Base):
    """Another desk this one has paired with after comparing fingerprints."""

    __tablename__ = "peers"
    desk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    desk_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    establishment: Mapped[str] = mapped_column(String(200), default="")
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_public: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(80))
    paired_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_upto: Mapped[int] = mapped_column(Integer, default=0)  # changes.rowid already sent to this peer
    last_seq_in: Mapped[int] = mapped_column(Integer, default=0)  # highest bundle sequence imported from it


class BundleLog(Base):
    """Every bundle made or imported, so a replay is a no-op and the Sync page has a history."""

    __tablename__ = "bundles"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # in, out
    kind: Mapped[str] = mapped_column(String(20))
    peer_desk_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime)
    at: Mapped[datetime] = mapped_column(DateTime)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")  # JSON counts: added, updated, conflicts


class Conflict(Base):
    """Two concurrent edits of one field from different desks; derived from the change log.

    Every desk computes the same set from the same changes. The value shown is
    already the deterministic winner (higher stamp); the worker confirms or
    overrides it, and that resolution is a change like any other.
    """

    __tablename__ = "conflicts"
    id: Mapped[str] = mapped_column(String(80), primary_key=True)  # sorted pair of change ids
    record_table: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    winner_change_id: Mapped[str] = mapped_column(String(36))
    loser_change_id: Mapped[str] = mapped_column(String(36))
    resolved_by: Mapped[str | None] = mapped_column(String(36), nullable=True)  # the resolving change
