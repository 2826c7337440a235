"""Editable lists: outcomes with guidance and referral sources."""

from __future__ import annotations

from datetime import date

import pytest

from fsw_desktop.errors import InputRefused
from fsw_desktop.services.casework import assessments, referrals
from fsw_desktop.services.desk import lists, vocab
from fsw_desktop.services.desk.session import open_session


def test_defaults_come_from_the_brief(db):
    with open_session(db) as s:
        assert lists.outcomes(s) == list(vocab.OUTCOMES)
        assert lists.referral_sources(s)[0] == vocab.REFERRAL_SOURCE_NAMES[0]


def test_an_added_outcome_can_be_scored_and_missing_ones_use_the_new_list(db):
    with open_session(db) as s:
        rows = lists.outcomes(s)[:2] + [("Housing", "Stable housing", "1: homeless; 5: settled")]
        lists.set_outcomes(s, rows)
        case = referrals.create_referral(s, referrals.ReferralInput(date(2026, 1, 5), "Self", "Ada", "Testcase"),
                                         today=date(2026, 2, 1))
        _a, warnings = assessments.record_assessment(
            s, case.id, "initial", date(2026, 1, 10), [],
            [assessments.ScoreInput("Stable housing", 2)], today=date(2026, 2, 1))
        assert warnings == [f"No score for: {rows[0][1]}, {rows[1][1]}."]
        with pytest.raises(InputRefused):
            assessments.record_assessment(s, case.id, "follow-up", date(2026, 1, 20), [],
                                          [assessments.ScoreInput(vocab.OUTCOMES[5][1], 3)], today=date(2026, 2, 1))


def test_lists_are_validated(db):
    with open_session(db) as s:
        with pytest.raises(InputRefused):
            lists.set_outcomes(s, [])
        with pytest.raises(InputRefused):
            lists.set_outcomes(s, [("G", "Same", ""), ("G", "Same", "")])
        with pytest.raises(InputRefused):
            lists.set_referral_sources(s, ["  "])
        with pytest.raises(InputRefused):
            lists.parse_outcome_lines("no separator here")
        assert lists.parse_outcome_lines("G | O | guide\n\nH | P") == [("G", "O", "guide"), ("H", "P", "")]
