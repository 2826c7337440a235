"""The tests' prepared profiles (tests/profiles.py): a copy is the profile ``create_profile`` would have
made, a name is a desk, ``fresh`` is a new one, and the passphrase still opens every copy."""

from __future__ import annotations

import stat

from fsw_desktop.db import DB_NAME
from fsw_desktop.services.desk import profile
from tests.profiles import PASSPHRASE, TEMPLATES, WORKER


def _desk(db):
    return profile.desk_of(db)


def test_a_copy_is_a_new_profile_of_its_kind(make_profile):
    visitor = make_profile(role="visitor-centre", name="v", worker="Vera Visitor")
    desk = _desk(visitor)
    assert (desk.role, desk.desk_name, desk.worker_name, desk.establishment) == (
        "visitor-centre", "Desk v", "Vera Visitor", "HMP Testfield (synthetic)")
    assert stat.S_IMODE(visitor.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(visitor.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in visitor.path.parent.iterdir()) == [DB_NAME, DB_NAME + ".keys"]


def test_names_are_desks_and_fresh_is_a_new_one(make_profile, tmp_path):
    a, b = make_profile(name="a"), make_profile(name="b")
    fresh = make_profile(name="c", fresh=True)
    ids = {_desk(d).desk_id for d in (a, b, fresh)}
    assert len(ids) == 3
    again = TEMPLATES.profile(tmp_path / "a-again", name="a")  # the same kind, in another test
    try:
        assert _desk(again).desk_id == _desk(a).desk_id
    finally:
        again.close()
    other = TEMPLATES.profile(tmp_path / "c-again", name="c")
    try:
        assert _desk(other).desk_id != _desk(fresh).desk_id
    finally:
        other.close()


def test_the_passphrase_opens_a_copy(make_profile):
    db = make_profile()
    folder = db.path.parent
    db.close()
    reopened = profile.unlock(folder, PASSPHRASE)
    try:
        assert _desk(reopened).worker_name == WORKER
    finally:
        reopened.close()
