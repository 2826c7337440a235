from hypothesis import given, strategies as st

from fsw_desktop.sync.clock import Clock, decode, encode


def test_ticks_strictly_increase_even_when_wall_clock_stands_still():
    clock = Clock("a" * 32, now=lambda: 1000)
    stamps = [clock.tick() for _ in range(50)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 50


def test_wall_clock_going_backwards_does_not_go_back():
    times = iter([5000, 4000, 3000])
    clock = Clock("a" * 32, now=lambda: next(times))
    a, b, c = clock.tick(), clock.tick(), clock.tick()
    assert a < b < c


def test_observe_moves_past_a_remote_stamp():
    clock = Clock("b" * 32, now=lambda: 1000)
    remote = encode(9_000, 7, "a" * 32)
    clock.observe(remote)
    assert clock.tick() > remote


@given(st.integers(0, 10**12), st.integers(0, 99_999), st.integers(0, 10**12), st.integers(0, 99_999),
       st.sampled_from(["a" * 32, "b" * 32]), st.sampled_from(["a" * 32, "b" * 32]))
def test_string_order_is_clock_order(m1, c1, m2, c2, d1, d2):
    s1, s2 = encode(m1, c1, d1), encode(m2, c2, d2)
    assert (s1 < s2) == ((m1, c1, d1) < (m2, c2, d2))
    assert decode(s1) == (m1, c1, d1)
