"""Ids grow with time (so indexes are appended to) and repeat for a seed."""

from __future__ import annotations

import random
import threading
import uuid

from fsw_desktop.ids import IdClock, new_id
from fsw_desktop.sync.bulk import IdMaker


def test_ids_are_version_7_and_increase():
    made = [new_id() for _ in range(20_000)]  # several thousand per millisecond: the counter keeps order
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    for text in made[:50]:
        u = uuid.UUID(text)
        assert u.version == 7 and u.variant == uuid.RFC_4122


def test_ids_from_many_threads_stay_distinct():
    clock = IdClock()
    out: list[list[str]] = [[] for _ in range(4)]

    def work(i: int) -> None:
        out[i].extend(clock.new() for _ in range(5000))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flat = [x for part in out for x in part]
    assert len(set(flat)) == len(flat)
    assert all(part == sorted(part) for part in out)


def test_a_seeded_maker_repeats_and_increases():
    a = [IdMaker(random.Random("seed")).new() for _ in range(1)]
    one, two = IdMaker(random.Random("seed")), IdMaker(random.Random("seed"))
    first = [one.new() for _ in range(10_000)]
    assert first == [two.new() for _ in range(10_000)]
    assert first[0] == a[0]
    assert first == sorted(first) and len(set(first)) == len(first)
    assert IdMaker(random.Random("other")).new() != first[0]


def test_a_wall_clock_step_back_never_repeats_or_goes_back():
    clock = IdClock()
    first = clock.new()
    clock._ms += 10_000  # as if the last id was made ten seconds "later" than now
    after = [clock.new() for _ in range(5000)]
    assert [first] + after == sorted([first] + after)


def test_a_seeded_clock_repeats_whichever_threads_ask():
    def run() -> set[str]:
        clock = IdClock(random.Random("seed"), 1_577_836_800_000)
        out: list[str] = []

        def work() -> None:
            out.extend(clock.new() for _ in range(3000))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return set(out)

    assert run() == run()
