"""What every record that travels between desks carries.

``id`` is a UUID so desks never collide; ``ref`` is short enough to read over
the phone; ``hlc`` and ``desk_id`` say who changed it last and when, on the
hybrid logical clock; ``deleted`` is a tombstone, because a hard delete could
not travel to other desks.
"""

from __future__ import annotations

import secrets
from .. import ids

from sqlalchemy import Boolean, ColumnElement, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# No 0/O, 1/I/L, 5/S, 2/Z, U/V: letters that are misheard or misread.
REF_ALPHABET = "346789ABCDEFGHJKMNPQRTWXY"
TRAVEL_COLUMNS = ("id", "ref", "hlc", "created_hlc", "desk_id", "deleted")


def new_id() -> str:
    return ids.new_id()


def new_ref(prefix: str, length: int = 5) -> str:
    body = "".join(secrets.choice(REF_ALPHABET) for _ in range(length))
    return f"{prefix}-{body}"


class Base(DeclarativeBase):
    pass


class Travelling:
    """Mixin for every table whose rows sync; the change tracker fills the stamps."""

    __ref_prefix__ = "R"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    ref: Mapped[str] = mapped_column(String(16), index=True)
    hlc: Mapped[str] = mapped_column(String(64), default="")
    created_hlc: Mapped[str] = mapped_column(String(64), default="")
    desk_id: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # no index: nearly every row is live

    @classmethod
    def live(cls) -> ColumnElement[bool]:
        """The one "not a tombstone" filter. Written ``deleted IS NOT 1`` rather than ``IS 0`` so that
        SQLite, which has no statistics, does not choose a near-useless index on ``deleted``."""
        return cls.deleted.is_not(True)

    @classmethod
    def tracked_columns(cls) -> list[str]:
        return [c.key for c in cls.__table__.columns if c.key not in ("hlc", "desk_id")]


def travelling_models() -> dict[str, type[Travelling]]:
    """Every table whose rows travel, by table name, from the mapper registry (sorted by name)."""
    out: dict[str, type[Travelling]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if issubclass(cls, Travelling):
            out[cls.__tablename__] = cls
    return dict(sorted(out.items()))
