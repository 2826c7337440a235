"""Three desks, random edits, deletes, exports and imports in any order: once every bundle is
delivered, all desks hold the same records and the same conflicts.

Three real encrypted profiles are made once (paired with each other, one case already shared);
each example works on copies of their files, opened with the raw key, so an example costs
its operations, not three key derivations.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from fsw_desktop.models.people import Person
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.casework.people import PersonInput, add_person, remove_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import merge

from .desks import TODAY, Case, live_ids, make_desks, new_case

NAMES = ("A", "B", "C")
# few fields and values, so that desks often edit the same field between exchanges
CASE_FIELDS = {
    "family_label": ["Orrin family", "Orrins", "Orrin-Pell family"],
    "risk_info": ["", "Dog on site", "Ask before visiting"],
    "referral_date": [date(2026, 1, 5), date(2026, 1, 9), date(2025, 12, 30)],
    "caf_taf": [True, False, True],
}

desk_st = st.sampled_from(NAMES)
WEIGHTS = {"edit": 34, "export": 14, "import": 16, "exchange": 8, "add_person": 6, "new_case": 3, "delete": 6,
           "resolve": 13}


def random_ops(rnd, n: int) -> list[tuple]:
    """A sequence of operations; edits, exports and imports come up most, since they make
    concurrent edits and odd delivery orders."""
    kinds, weights = zip(*WEIGHTS.items())
    ops: list[tuple] = []
    for _ in range(n):
        kind = rnd.choices(kinds, weights)[0]
        desk = rnd.choice(NAMES)
        if kind == "edit":
            ops.append((kind, desk, rnd.randrange(2), rnd.choice(sorted(CASE_FIELDS)), rnd.randrange(3)))
        elif kind in ("export", "exchange"):
            ops.append((kind, desk, rnd.choice([d for d in NAMES if d != desk])))
        elif kind == "import":
            ops.append((kind, rnd.randrange(100), rnd.random() < 0.25))
        elif kind == "add_person":
            ops.append((kind, desk, rnd.randrange(10), rnd.choice(["Ray", "Sol", "Tam"])))
        elif kind == "new_case":
            ops.append((kind, desk))
        elif kind == "delete":
            ops.append((kind, desk, rnd.choice(["person", "case"]), rnd.randrange(10)))
        else:
            ops.append((kind, desk, rnd.randrange(10), rnd.choice(["mine", "theirs", "edit"])))
    return ops


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    desks = make_desks(tmp_path_factory.mktemp("convergence"), {n: "worker" for n in NAMES})
    new_case(desks["A"])
    desks.send("A", "B")
    desks.send("A", "C")
    yield desks
    desks.close()


def _pick(ids: list[str], i: int) -> str | None:
    return ids[i % len(ids)] if ids else None


def _run(desks, op, undelivered: list[Path]) -> None:
    kind = op[0]
    if kind == "edit":
        _, name, i, field, v = op
        case_id = _pick(live_ids(desks[name], Case), i)
        if case_id:
            values = CASE_FIELDS[field]
            with open_session(desks[name]) as s:
                setattr(s.get(Case, case_id), field, values[v % len(values)])
                s.commit()
    elif kind == "add_person":
        _, name, i, given_name = op
        case_id = _pick(live_ids(desks[name], Case), i)
        if case_id:
            with open_session(desks[name]) as s:
                add_person(s, case_id, PersonInput(given_name=given_name, family_name="Orrin",
                                                   relationship="sibling"), today=TODAY)
                s.commit()
    elif kind == "new_case":
        new_case(desks[op[1]], family="Pell", with_contact=False)
    elif kind == "delete":
        _, name, what, i = op
        with open_session(desks[name]) as s:
            if what == "person":
                person_id = _pick(live_ids(desks[name], Person), i)
                if person_id:
                    remove_person(s, person_id)
            else:
                case_id = _pick(live_ids(desks[name], Case), i)
                if case_id:
                    s.get(Case, case_id).deleted = True
            s.commit()
    elif kind == "export":
        _, src, dst = op
        if src != dst:
            undelivered.append(desks.export(src, dst))
    elif kind == "exchange":
        _, src, dst = op
        if src != dst:
            desks.send(src, dst)
    elif kind == "import":
        _, i, keep = op
        if undelivered:
            path = undelivered[i % len(undelivered)]
            dst = path.stem.split("-to-")[1]
            sync_service.import_bundle(desks[dst], path)
            if not keep:  # sometimes the same file is imported again later
                undelivered.remove(path)
    elif kind == "resolve":
        _, name, i, choice = op
        with open_session(desks[name]) as s:
            views = sync_service.open_conflicts(s)
            if views:
                view = views[i % len(views)]
                assert view.field in CASE_FIELDS or view.field == "deleted"
                value = CASE_FIELDS[view.field][-1] if view.field in CASE_FIELDS else True
                sync_service.resolve_conflict(s, view.id, choice, value=value if choice == "edit" else None)
                s.commit()


resolution_st = st.lists(st.tuples(desk_st, st.integers(0, 9), st.sampled_from(["mine", "theirs", "edit"])),
                         max_size=3)


def _assert_converged(desks) -> str:
    dumps = {n: desks.dump(n) for n in NAMES}
    assert dumps["A"] == dumps["B"] == dumps["C"]
    conflicts = {n: desks.conflicts(n) for n in NAMES}
    assert conflicts["A"] == conflicts["B"] == conflicts["C"]
    # and each desk's rows and conflicts are exactly what its own change log says
    for n in NAMES:
        with open_session(desks[n]) as s:
            ids = [r[0] for r in s.connection().exec_driver_sql("SELECT DISTINCT record_id FROM changes")]
            merge.rematerialise(s, ids)
            merge.recompute_conflicts(s, ids)
            assert merge.canonical_dump(s) == dumps[n]
            s.rollback()
    return dumps["A"]


def _scenario(template, ops: list[tuple], resolutions: list[tuple]) -> None:
    root = Path(tempfile.mkdtemp(prefix="fsw-conv-"))
    desks = template.clone(root)
    try:
        undelivered: list[Path] = []
        for op in ops:
            _run(desks, op, undelivered)
        for path in list(undelivered):  # what was still on the sticks, in the order found
            sync_service.import_bundle(desks[path.stem.split("-to-")[1]], path)
        desks.deliver_all()
        _assert_converged(desks)
        # settle some conflicts on whichever desk, then deliver again: resolved everywhere alike
        for name, i, choice in resolutions:
            _run(desks, ("resolve", name, i, choice), undelivered)
        desks.deliver_all()
        _assert_converged(desks)
    finally:
        desks.close()
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), length=st.integers(8, 36), resolutions=resolution_st)
def test_all_desks_converge_whatever_the_order(template, seed, length, resolutions):
    # hypothesis picks the seed; a seeded Random spreads the operations (hypothesis' own
    # Random, under derandomize, keeps choosing the first option and never makes conflicts)
    ops = random_ops(random.Random(seed), length)
    note(f"ops={ops!r}")
    _scenario(template, ops, resolutions)


SCENARIOS = {
    # all three edit one field, bundles cross, one desk settles before hearing from the third
    "three-way": (
        [("edit", "A", 0, "family_label", 1), ("edit", "B", 0, "family_label", 2), ("edit", "C", 0, "risk_info", 1),
         ("edit", "C", 0, "family_label", 0), ("export", "A", "B"), ("export", "C", "B"), ("export", "B", "A"),
         ("import", 2, False), ("import", 0, True), ("resolve", "B", 0, "theirs"), ("edit", "A", 0, "family_label", 0),
         ("exchange", "B", "C"), ("import", 0, False), ("delete", "C", "case", 0), ("import", 1, False)],
        [("A", 0, "mine"), ("C", 1, "edit")]),
    # a delete against an edit, a person added under a case another desk deleted
    "delete-vs-edit": (
        [("delete", "A", "case", 0), ("edit", "B", 0, "caf_taf", 0), ("add_person", "C", 0, "Ray"),
         ("exchange", "A", "B"), ("edit", "B", 0, "caf_taf", 1), ("export", "B", "C"), ("export", "C", "A"),
         ("import", 1, True), ("import", 0, False), ("import", 0, False)],
        [("B", 0, "theirs")]),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_chosen_scenarios_converge(template, name):
    ops, resolutions = SCENARIOS[name]
    _scenario(template, ops, resolutions)
