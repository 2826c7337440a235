"""On a desk running in Welsh, what is kept in records stays as the English-only desk keeps it.

A transfer line is read back to decide whether a prisoner has moved, a flag's reason is compared
with the reason made at the next check, and both travel to desks in other languages: each is
written in English whatever the desk speaks (``words.as_stored``), while what is shown is Welsh.
"""

from __future__ import annotations

import pytest

from fsw_desktop import words
from fsw_desktop.services.visits import flags, travel_claims
from fsw_desktop.ui import language
from tests.i18n.compiled import compile_welsh
from tests.service.test_booking_flags import ESTABLISHMENT, TODAY, open_flags, the_flag, w  # noqa: F401


@pytest.fixture
def welsh(qapp):
    compile_welsh()
    language.use("cy")
    assert words.tr("Cancel") != "Cancel"
    yield
    language.use("en")


def test_a_transfer_on_a_welsh_desk_flags_the_visit_and_moving_back_clears_it(s, w, welsh):  # noqa: F811
    moved = flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    f = the_flag(s, w.booking)
    assert moved.recheck.raised == [w.booking.ref] and f.cause == flags.TRANSFER
    assert "moved from HMP Testfield (synthetic) to HMP Elsewhere (synthetic)" in w.prisoner.transfers
    assert "transferred to HMP Elsewhere (synthetic)" in f.reason  # kept in English, as it travels
    again = flags.recheck(s, TODAY, everything=True)
    assert again.raised == [] and the_flag(s, w.booking).reason == f.reason  # the next check finds it unchanged
    back = flags.record_transfer(s, w.prisoner.id, ESTABLISHMENT, TODAY, today=TODAY)
    assert back.recheck.cleared == [w.booking.ref] and open_flags(s, w.booking) == []


def test_a_flag_kept_on_an_english_desk_stays_kept_on_a_welsh_one(s, w, qapp):  # noqa: F811
    compile_welsh()
    flags.record_transfer(s, w.prisoner.id, "HMP Elsewhere (synthetic)", TODAY, today=TODAY)
    flags.keep(s, the_flag(s, w.booking).id, "The family will travel to the new prison", today=TODAY)
    language.use("cy")
    try:
        assert flags.recheck(s, TODAY, everything=True).raised == []
    finally:
        language.use("en")
    assert open_flags(s, w.booking) == []


def test_only_an_overdue_claim_reads_as_overdue_in_welsh(welsh):
    overdue = words.tr("overdue by {days}").format(days="3")
    assert overdue != "overdue by 3" and travel_claims.is_overdue_state(overdue)
    for state in (words.tr("not claiming"), words.tr("claimed {on}").format(on="03 Rhag 2026"),
                  words.tr("claim by {due_on}").format(due_on="18 Rhag 2026"), ""):
        assert not travel_claims.is_overdue_state(state), state
