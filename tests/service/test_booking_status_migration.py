"""Migration 0009: bookings stored "booked" with an outcome take the status the outcome means."""

from __future__ import annotations

from sqlalchemy import text

from fsw_desktop import db as dbmod
from fsw_desktop.db import Key
from fsw_desktop.services.desk import profile
from tests.conftest import PASSPHRASE
from tests.service.test_migrations import _fill_every_table


def test_a_booked_visit_with_an_outcome_takes_the_outcome_status(tmp_path):
    path = tmp_path / "p" / dbmod.DB_NAME
    path.parent.mkdir()
    key = Key.new(PASSPHRASE)
    dbmod.connect_raw(path, key, check=False).close()
    database = dbmod.Database(path, key)
    dbmod.migrate(database, "0008")
    with database.engine.begin() as c:
        _fill_every_table(c)
        c.execute(text("UPDATE bookings SET status = 'booked', outcome = 'visitor did not arrive'"))
    database.close()
    reopened = profile.unlock(path.parent, PASSPHRASE)
    with reopened.engine.connect() as c:
        assert c.execute(text("SELECT status, status_reason FROM bookings")).one() == (
            "did not attend", "Outcome: visitor did not arrive")
    reopened.close()
