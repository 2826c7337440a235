"""Alembic from the first revision to head, on a populated encrypted database."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import inspect, text

from fsw_desktop import db as dbmod
from fsw_desktop.db import Key
from fsw_desktop.services import profile
from tests.conftest import PASSPHRASE


def test_upgrade_from_first_revision_keeps_data(tmp_path):
    path = tmp_path / "old" / dbmod.DB_NAME
    path.parent.mkdir()
    key = Key.new(PASSPHRASE)
    conn = dbmod.connect_raw(path, key, check=False)
    conn.close()
    database = dbmod.Database(path, key)
    dbmod.migrate(database, "0001")
    assert dbmod.current_revision(database) == "0001"
    desk_id = uuid.uuid4().hex
    with database.engine.begin() as c:
        c.execute(text(
            "INSERT INTO desk (desk_id, desk_name, worker_name, establishment, role, signing_private, signing_public,"
            " encryption_private, encryption_public, created_at) VALUES (:d, 'Old desk', 'Wilhelmina Oldrev', '',"
            " 'worker', x'00', x'01', x'02', x'03', :t)"), {"d": desk_id, "t": datetime(2026, 1, 1)})
        for i in range(50):
            c.execute(text(
                "INSERT INTO changes (change_id, record_table, record_id, field, value, old, hlc, desk_id, who)"
                " VALUES (:c, 'cases', :r, '*', '{}', NULL, :h, :d, 'W')"),
                {"c": str(uuid.uuid4()), "r": str(uuid.uuid4()), "h": f"{i:013d}.00000.{desk_id}", "d": desk_id})
        c.execute(text("INSERT INTO audit (at, who, action, detail) VALUES (:t, 'W', 'profile created', '')"),
                  {"t": datetime(2026, 1, 1)})
    tables_before = set(inspect(database.engine).get_table_names())
    assert "cases" not in tables_before
    database.close()

    reopened = profile.unlock(path.parent, PASSPHRASE)  # migrates to head on unlock
    assert dbmod.current_revision(reopened) == dbmod.head_revision()
    with reopened.engine.connect() as c:
        assert c.execute(text("SELECT worker_name FROM desk")).scalar() == "Wilhelmina Oldrev"
        assert c.execute(text("SELECT count(*) FROM changes")).scalar() == 50
        assert c.execute(text("SELECT count(*) FROM audit")).scalar() == 1
    assert {"cases", "people", "contacts", "assessments", "scores"} <= set(inspect(reopened.engine).get_table_names())
    reopened.close()


def test_audit_trail_is_append_only(db):
    import pytest
    from sqlalchemy.exc import DBAPIError

    from fsw_desktop.services import audit

    with db.session() as s:
        audit.record(s, "record created")
        s.commit()
    with db.engine.begin() as c, pytest.raises(DBAPIError):
        c.execute(text("UPDATE audit SET action = 'rewritten'"))
    with db.engine.begin() as c, pytest.raises(DBAPIError):
        c.execute(text("DELETE FROM audit"))
