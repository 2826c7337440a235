"""A referral from the intake form is refused with every problem at once, by field."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fsw_desktop.errors import Invalid
from fsw_desktop.models.cases import Case
from fsw_desktop.services.casework.referrals import ReferralInput, intake_referral, referral_problems

TODAY = date(2026, 3, 2)


def test_every_problem_at_once():
    data = ReferralInput(date(2026, 3, 9), "Self", "Tobiah", "", prison_number="12345xyz")
    problems = referral_problems(data, TODAY)
    assert set(problems) == {"referral_date", "prisoner_family", "prison_number", "contact_given",
                             "contact_phone", "reasons"}
    assert "A1234BC" in problems["prison_number"]


def test_a_complete_referral_has_no_problems_and_the_number_is_case_insensitive():
    data = ReferralInput(TODAY, "Self", "Tobiah", "Quillfeather", prison_number="a1234bc", reasons="Isolated",
                         contact_given="Maribel", contact_address="1 Example Row")
    assert referral_problems(data, TODAY) == {}


def test_intake_refuses_and_saves_nothing(db):
    from fsw_desktop.services.desk.session import open_session  # reason: the session of this test's profile

    with open_session(db) as s:
        before = s.scalar(select(func.count()).select_from(Case))
        with pytest.raises(Invalid) as refused:
            intake_referral(s, ReferralInput(TODAY, "Self", "Tobiah", "Quillfeather"), TODAY)
        assert set(refused.value.problems) == {"contact_given", "contact_phone", "reasons"}
        assert s.scalar(select(func.count()).select_from(Case)) == before
