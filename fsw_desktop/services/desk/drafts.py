"""Drafts: a form's unsaved text, kept encrypted when the profile locks and offered back after."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models.meta import Draft


def save(session: Session, form: str, title: str, values: dict[str, Any]) -> Draft:
    draft = Draft(form=form, title=title, payload=json.dumps(values), saved_at=datetime.now())
    session.add(draft)
    return draft


def pending(session: Session) -> list[Draft]:
    return list(session.execute(select(Draft).order_by(Draft.id)).scalars())


def values(draft: Draft) -> dict[str, Any]:
    return json.loads(draft.payload)


def discard(session: Session, draft_id: int) -> None:
    draft = session.get(Draft, draft_id)
    if draft is not None:
        session.delete(draft)
