"""Alembic from the first revision to head, on a populated encrypted database."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import inspect, text

from fsw_desktop import db as dbmod
from fsw_desktop.db import Key
from fsw_desktop.services.desk import profile
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

    from fsw_desktop.services.data_protection import audit

    with db.session() as s:
        audit.record(s, "record created")
        s.commit()
    with db.engine.begin() as c, pytest.raises(DBAPIError):
        c.execute(text("UPDATE audit SET action = 'rewritten'"))
    with db.engine.begin() as c, pytest.raises(DBAPIError):
        c.execute(text("DELETE FROM audit"))


def _fill_every_table(conn) -> dict[str, int]:  # noqa: ANN001
    """One row in every table as it stands at this revision, every NOT NULL column given a value."""
    import datetime as dt

    from sqlalchemy import MetaData, insert

    meta = MetaData()
    meta.reflect(conn)
    ids: dict[str, str] = {}
    order = meta.sorted_tables
    for table in order:
        if table.name == "alembic_version":
            continue
        row = {}
        for col in table.columns:
            if col.foreign_keys:
                target = next(iter(col.foreign_keys)).column.table.name
                row[col.name] = ids.get(target)
                continue
            t = str(col.type).upper()
            if col.primary_key and "INT" in t:
                continue
            if "CHAR" in t or "TEXT" in t:
                row[col.name] = str(uuid.uuid4()) if col.primary_key else f"kept {table.name}.{col.name}"
            elif "INT" in t:
                row[col.name] = 1
            elif "BOOL" in t:
                row[col.name] = False
            elif "DATETIME" in t:
                row[col.name] = dt.datetime(2026, 1, 1, 12)
            elif "DATE" in t:
                row[col.name] = dt.date(2026, 1, 1)
            elif "BLOB" in t or "BINARY" in t:
                row[col.name] = b"\x01"
            else:
                row[col.name] = "x"
        if table.name == "audit":
            row["action"] = "profile created"
        conn.execute(insert(table).values(**row))
        pk = [c for c in table.primary_key.columns]
        if pk and pk[0].name in row:
            ids[table.name] = row[pk[0].name]
    return {t.name: 1 for t in order if t.name != "alembic_version"}


def test_every_revision_upgrades_a_populated_database_to_head(tmp_path):
    """Each earlier revision, filled in every table, upgrades on unlock and keeps its rows."""
    from alembic.script import ScriptDirectory

    revisions = [r.revision for r in ScriptDirectory.from_config(dbmod.alembic_config()).walk_revisions()]
    for rev in reversed(revisions[1:]):  # every revision before head
        path = tmp_path / rev / dbmod.DB_NAME
        path.parent.mkdir()
        key = Key.new(PASSPHRASE)
        dbmod.connect_raw(path, key, check=False).close()
        database = dbmod.Database(path, key)
        dbmod.migrate(database, rev)
        with database.engine.begin() as c:
            filled = _fill_every_table(c)
        database.close()
        reopened = profile.unlock(path.parent, PASSPHRASE)
        assert dbmod.current_revision(reopened) == dbmod.head_revision()
        with reopened.engine.connect() as c:
            for table in filled:
                assert c.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == 1, (rev, table)
        reopened.close()
