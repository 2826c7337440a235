"""The lists a service may edit: referral sources and the outcome list with its scoring guidance.

Defaults come from the brief (vocab); an edited list is kept in the encrypted
settings table. Removing an outcome from the list keeps old scores: they are
history, and the figures still count them.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.meta import Setting
from . import vocab
from ...words import tr

OUTCOMES_KEY = "list:outcomes"
SOURCES_KEY = "list:referral_sources"


def _load(session: Session, key: str):  # noqa: ANN202
    row = session.get(Setting, key)
    return None if row is None else json.loads(row.value)


def _store(session: Session, key: str, value) -> None:  # noqa: ANN001
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    session.flush()


def outcomes(session: Session) -> list[tuple[str, str, str]]:
    stored = _load(session, OUTCOMES_KEY)
    return [tuple(r) for r in stored] if stored else list(vocab.OUTCOMES)


def outcome_names(session: Session) -> list[str]:
    return [name for _, name, _ in outcomes(session)]


def set_outcomes(session: Session, rows: list[tuple[str, str, str]]) -> None:
    clean = []
    seen = set()
    for group, name, guidance in rows:
        group, name, guidance = group.strip(), name.strip(), guidance.strip()
        if not group or not name:
            raise InputRefused(tr("Each outcome needs a group and a name."))
        if name in seen:
            raise InputRefused(tr("'{name}' is on the list twice.").format(name=name))
        seen.add(name)
        clean.append((group, name, guidance))
    if not clean:
        raise InputRefused(tr("The outcome list cannot be empty."))
    _store(session, OUTCOMES_KEY, clean)


def referral_sources(session: Session) -> list[str]:
    return _load(session, SOURCES_KEY) or list(vocab.REFERRAL_SOURCE_NAMES)


def set_referral_sources(session: Session, names: list[str]) -> None:
    clean = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not clean:
        raise InputRefused(tr("The list of referral sources cannot be empty."))
    _store(session, SOURCES_KEY, clean)


def parse_outcome_lines(text: str) -> list[tuple[str, str, str]]:
    """'Group | Outcome | guidance' per line, as the Lists dialog shows them."""
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2:
            raise InputRefused(tr("Line {n}: write 'Group | Outcome | guidance'.").format(n=n))
        rows.append((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return rows


def outcome_lines(rows: list[tuple[str, str, str]]) -> str:
    return "\n".join(" | ".join(r) for r in rows)
