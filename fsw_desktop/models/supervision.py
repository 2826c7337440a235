"""A supervisor's own records: workers' summaries, supervision notes, quality self-assessment, work plan.

None of these travel: they are plain ``Base`` tables (no ``Travelling`` mixin), so
the change tracker never logs them and no bundle ever carries them. A supervisor's
desk is refused sync altogether (``sync.scope.REFUSED``); what reaches it are the
workers' summary bundles, kept here as received.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id

QUALITY_STATUSES: tuple[str, ...] = ("Not yet or N/A", "In progress", "Yes, in place")
PLAN_HORIZONS: tuple[str, ...] = ("this month", "three months", "six months")


class WorkerSummary(Base):
    """One summary bundle as imported: the newest per worker is ``is_latest``; the rest are history."""

    __tablename__ = "worker_summaries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    desk_id: Mapped[str] = mapped_column(String(36))
    worker_name: Mapped[str] = mapped_column(String(200), default="")
    desk_name: Mapped[str] = mapped_column(String(200), default="")
    establishment: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime)  # when the worker made it (local time)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    as_of: Mapped[date] = mapped_column(Date)  # the worker's "today" the figures were worked out for
    include_names: Mapped[bool] = mapped_column(Boolean, default=False)
    cases: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[str] = mapped_column(Text)  # the summary as JSON, as the worker's desk made it
    is_latest: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (Index("ix_worker_summaries_desk", "desk_id", "is_latest"),)


class SupervisionNote(Base):
    """A supervision session with one worker: what was discussed, agreed actions, the next date."""

    __tablename__ = "supervision_notes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    worker_desk_id: Mapped[str] = mapped_column(String(36), index=True)
    on: Mapped[date] = mapped_column(Date)
    discussed: Mapped[str] = mapped_column(Text, default="")
    agreed_actions: Mapped[str] = mapped_column(Text, default="")
    next_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class QualityAssessment(Base):
    """Self-assessment of one checklist item of an i-HOP quality statement (002)."""

    __tablename__ = "quality_assessments"
    item: Mapped[str] = mapped_column(String(10), primary_key=True)  # "1.1"
    statement_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=QUALITY_STATUSES[0])
    evidence: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WorkPlanItem(Base):
    """One line of the quality work plan (002 Appendix A): action, evidence, when, completion, lead."""

    __tablename__ = "work_plan_items"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    statement_no: Mapped[int] = mapped_column(Integer, index=True)
    horizon: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(String(200), default="")
    completion_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
