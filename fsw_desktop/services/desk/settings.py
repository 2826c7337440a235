"""Profile settings kept inside the encrypted database (QSettings holds only window layout)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.meta import Setting
from ...words import tr

DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 5,
    "review_interval_months": 3,
    "no_contact_weeks": 4,
    "release_warning_weeks": 8,
}

LIMITS = {"idle_lock_minutes": (1, 60), "review_interval_months": (1, 12), "no_contact_weeks": (1, 26),
          "release_warning_weeks": (1, 52)}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    if key in LIMITS:
        lo, hi = LIMITS[key]
        if not isinstance(value, int) or not lo <= value <= hi:
            raise InputRefused(tr("{setting} must be a whole number from {lo} to {hi}.").format(
                                  setting=key.replace('_', ' ').capitalize(), lo=lo, hi=hi))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def all_settings(session: Session) -> dict[str, Any]:
    return {key: get(session, key) for key in DEFAULTS}
