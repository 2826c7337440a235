"""The three outcomes of 000 Table 4 the first list lacked: in the defaults, and added to an edited list on upgrade."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import text

from fsw_desktop import db as dbmod
from fsw_desktop.db import Key
from fsw_desktop.services.desk import lists, profile, vocab
from fsw_desktop.services.desk.session import open_session
from tests.conftest import PASSPHRASE

ADDED = {
    "Access to/use of inclusive resources in community": "Isolation and stigma",
    "Build community capacity to meet children's needs": "Isolation and stigma",
    "Able to develop healthy/trusting relationships": "Contact and relationships",
}


def test_the_defaults_hold_the_three_in_their_groups_with_their_meanings():
    rows = {name: (group, guidance) for group, name, guidance in vocab.OUTCOMES}
    for name, group in ADDED.items():
        assert rows[name][0] == group
        assert rows[name][1].startswith("1: ") and "; 5: " in rows[name][1]
    groups = [group for group, _, _ in vocab.OUTCOMES]
    assert groups == sorted(groups, key=groups.index)  # each group's outcomes stand together


def test_an_edited_outcome_list_gains_the_three_on_upgrade(tmp_path):
    path = tmp_path / "old" / dbmod.DB_NAME
    path.parent.mkdir()
    key = Key.new(PASSPHRASE)
    dbmod.connect_raw(path, key, check=False).close()
    database = dbmod.Database(path, key)
    dbmod.migrate(database, "0008")
    edited = [list(r) for r in vocab.OUTCOMES if r[1] not in ADDED and r[1] != "Social skills"]
    edited.append(["Our own group", "Our own outcome", "1: low; 5: high"])
    with database.engine.begin() as c:
        c.execute(text(
            "INSERT INTO desk (desk_id, desk_name, worker_name, establishment, role, signing_private, signing_public,"
            " encryption_private, encryption_public, created_at) VALUES (:d, 'Old desk', 'Wilhelmina Oldrev', '',"
            " 'worker', x'00', x'01', x'02', x'03', :t)"), {"d": uuid.uuid4().hex, "t": datetime(2026, 1, 1)})
        c.execute(text("INSERT INTO settings (key, value) VALUES ('list:outcomes', :v)"), {"v": json.dumps(edited)})
    database.close()

    reopened = profile.unlock(path.parent, PASSPHRASE)  # migrates to head on unlock
    try:
        with open_session(reopened) as s:
            rows = lists.outcomes(s)
        names = [name for _, name, _ in rows]
        assert set(ADDED) <= set(names)
        assert "Social skills" not in names  # what the worker removed stays removed
        assert rows[-1] == ("Our own group", "Our own outcome", "1: low; 5: high")
        family_less_isolated = names.index("Family less isolated")
        assert names[family_less_isolated + 1:family_less_isolated + 3] == [
            "Access to/use of inclusive resources in community", "Build community capacity to meet children's needs"]
        assert names[names.index("Improved family communication") + 1] == "Able to develop healthy/trusting relationships"
        assert len(names) == len(set(names))
    finally:
        reopened.close()
