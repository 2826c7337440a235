"""Settings > Re-tune: the passphrase slot rewrapped at a new Argon2id cost, on a real profile with real
crypto (cheap explicit costs so the test is quick); a wrong passphrase changes nothing."""

from __future__ import annotations

import pytest

from fsw_desktop import db as dbmod
from fsw_desktop import keyslots
from fsw_desktop.errors import WrongPassphrase
from fsw_desktop.services.desk import profile
from tests.conftest import PASSPHRASE

NEW_COST = keyslots.KdfParams(memory_kib=16, iterations=2, parallelism=1)


def _passphrase_kdf(folder) -> dict:
    path = folder / dbmod.DB_NAME
    slots = dbmod.current_slots(path, dbmod.read_salt(path))
    return next(s for s in slots if s["kind"] == keyslots.PASSPHRASE)["kdf"]


def test_retune_rewraps_with_the_new_cost_and_the_passphrase_still_opens(db):
    folder = db.path.parent
    before = profile.passphrase_cost(folder)
    assert before is not None and (before.memory_kib, before.iterations) == (8, 1)
    cost = profile.retune_passphrase(db, PASSPHRASE, kdf=NEW_COST)
    assert (cost.memory_kib, cost.iterations) == (16, 2) and cost.seconds is not None
    assert _passphrase_kdf(folder) == NEW_COST.as_dict()
    after = profile.passphrase_cost(folder)
    assert (after.memory_kib, after.iterations, after.parallelism) == (16, 2, 1)
    db.close()
    reopened = profile.unlock(folder, PASSPHRASE)
    try:
        assert profile.desk_of(reopened).desk_name
    finally:
        reopened.close()
    with pytest.raises(WrongPassphrase):
        profile.unlock(folder, "not the passphrase at all")


def test_retune_with_a_wrong_passphrase_refuses_and_leaves_the_slot_file_as_it_was(db):
    slot_file = keyslots.slots_path(db.path)
    before = slot_file.read_bytes()
    with pytest.raises(WrongPassphrase, match="not right"):
        profile.retune_passphrase(db, "not the passphrase at all", kdf=NEW_COST)
    assert slot_file.read_bytes() == before


def test_recovery_key_made_is_told(db):
    folder = db.path.parent
    assert profile.recovery_key_made(folder) is None
    profile.create_recovery_key(db)
    assert profile.recovery_key_made(folder) is not None


def test_retune_measures_afresh_not_the_figure_this_run_already_has(db):
    """A re-tune is for a faster (or quieter) computer: it measures now, even when this run already
    tuned for the same bounds (as making or moving a profile does). Cheap bounds keep it quick."""
    bounds = (0.01, 64)  # 10 ms at 64 KiB: at most 100 iterations (one is timed at 0.1 ms or more)
    keyslots._TUNED[bounds] = keyslots.KdfParams(memory_kib=64, iterations=5000, parallelism=1)
    assert keyslots.tuned_params(*bounds).iterations == 5000  # what a cached figure would give
    cost = profile.retune_passphrase(db, PASSPHRASE, target_seconds=bounds[0], memory_kib=bounds[1])
    stored = _passphrase_kdf(db.path.parent)
    assert stored["memory_kib"] == 64 and keyslots.MIN_ITERATIONS <= stored["iterations"] <= 100
    assert (cost.memory_kib, cost.iterations) == (64, stored["iterations"]) and cost.seconds is not None
    del keyslots._TUNED[bounds]
    db.close()
    reopened = profile.unlock(db.path.parent, PASSPHRASE)
    reopened.close()


def test_measuring_twice_measures_twice_and_tuning_once_a_run():
    first = keyslots.tuned_params(0.01, 72)
    assert keyslots.tuned_params(0.01, 72) is first
    assert keyslots.measure_params(0.01, 72) is not first  # a new measurement, a new figure
