"""The change history every travelling record leaves behind."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from fsw_desktop.models.base import REF_ALPHABET
from fsw_desktop.models.cases import Case
from fsw_desktop.models.sync import Change
from fsw_desktop.services.desk.session import open_session
from tests.profiles import TEMPLATES


def _changes(s, record_id):
    return list(s.execute(select(Change).where(Change.record_id == record_id).order_by(Change.hlc)).scalars())


def test_new_record_is_stamped_and_logged_whole(db):
    with open_session(db) as s:
        case = Case(referral_date=date(2026, 2, 1), family_label="Orrin family")
        s.add(case)
        s.commit()
        desk_id = s.execute(select(Change.desk_id)).scalar()
        assert len(case.id) == 36
        prefix, body = case.ref.split("-")
        assert prefix == "C" and len(body) == 5 and set(body) <= set(REF_ALPHABET)
        assert case.hlc and case.hlc == case.created_hlc and case.desk_id == desk_id
        [change] = _changes(s, case.id)
        assert change.field == "*"
        whole = json.loads(change.value)
        assert whole["family_label"] == "Orrin family" and whole["referral_date"] == "2026-02-01"
        assert whole["status"] == "open"


def test_each_changed_field_is_one_change_with_old_and_new(db):
    with open_session(db) as s:
        case = Case(referral_date=date(2026, 2, 1), family_label="Orrin family")
        s.add(case)
        s.commit()
        first = case.hlc
        case.status = "closed"
        case.closed_on = date(2026, 5, 1)
        case.family_label = "Orrin family"  # unchanged value: no change row
        s.commit()
        changes = _changes(s, case.id)
        assert {c.field for c in changes[1:]} == {"closed_on", "status"}
        status = next(c for c in changes if c.field == "status")
        assert json.loads(status.old) == "open" and json.loads(status.value) == "closed"
        assert case.hlc > first and status.hlc == case.hlc
        assert "Testworker" in status.who


def test_hard_delete_refused_tombstone_logged(db):
    with open_session(db) as s:
        case = Case(referral_date=date(2026, 2, 1))
        s.add(case)
        s.commit()
        s.delete(case)
        with pytest.raises(RuntimeError):
            s.flush()
        s.rollback()
        case = s.get(Case, case.id)
        case.deleted = True
        s.commit()
        assert _changes(s, case.id)[-1].field == "deleted"


def test_stamps_keep_increasing_across_reopen(db, tmp_path):
    with open_session(db) as s:
        case = Case(referral_date=date(2026, 2, 1))
        s.add(case)
        s.commit()
        last = case.hlc
    path = db.path.parent
    db.close()
    again = TEMPLATES.open(path)
    with open_session(again) as s:
        other = Case(referral_date=date(2026, 2, 2))
        s.add(other)
        s.commit()
        assert other.hlc > last
    again.close()
