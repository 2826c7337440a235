"""A merge and a 'different people' mark made on one worker's desk arrive on a paired worker's desk."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from fsw_desktop.models.duplicates import DistinctPeople
from fsw_desktop.models.people import Person, Restriction
from fsw_desktop.services.casework import duplicates
from fsw_desktop.services.desk.session import open_session

from .desks import make_desks


def test_a_merge_and_a_different_people_mark_sync(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    try:
        with open_session(desks["A"]) as s:
            kept = Person(given_name="Orsolya", family_name="Pellaridge", date_of_birth=date(1983, 6, 2))
            gone = Person(given_name="Orsolia", family_name="Pellaridge", date_of_birth=date(1983, 2, 6))
            other = Person(given_name="Orsolya", family_name="Pelaridge", date_of_birth=date(1983, 6, 2))
            s.add_all([kept, gone, other])
            s.flush()
            s.add(Restriction(person_id=gone.id, kind="Closed visits"))
            s.commit()
            ids = kept.id, gone.id, other.id
        desks.send("A", "B")
        with open_session(desks["A"]) as s:
            duplicates.merge(s, ids[0], ids[1])
            duplicates.mark_different(s, ids[0], ids[2])
            s.commit()
        desks.send("A", "B")
        with open_session(desks["B"]) as s:
            assert s.get(Person, ids[1]).deleted
            assert s.scalar(select(Restriction.person_id)) == ids[0]
            assert s.scalar(select(DistinctPeople.second_id).where(DistinctPeople.live())) == max(ids[0], ids[2])
            assert duplicates.find_likely(s) == []  # nothing left to offer on the other desk either
        assert desks.dump("A") == desks.dump("B")
    finally:
        desks.close()
