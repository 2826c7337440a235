"""Possible duplicates on the real widgets: from the Directory page and the menu, merge (keeping the
chosen record), different people, and the review offered after a new referral."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from fsw_desktop.models.duplicates import DistinctPeople
from fsw_desktop.models.people import Person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.duplicates_dialog import DuplicatesDialog, MergeDialog
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.style import apply_style


def add_people(db) -> dict[str, str]:
    with open_session(db) as s:
        rows = {
            "jon": Person(given_name="Jon", family_name="Smyth", date_of_birth=date(1990, 3, 4), relationship="other"),
            "john": Person(given_name="John", family_name="Smith", date_of_birth=date(1990, 4, 3),
                           relationship="other", phone="01632 960001"),
            "ada": Person(given_name="Adelphine", family_name="Quorrel", date_of_birth=date(2011, 5, 6),
                          relationship="child"),
            "adah": Person(given_name="Adelfine", family_name="Quorrel", date_of_birth=date(2011, 5, 6),
                           relationship="child"),
        }
        s.add_all(rows.values())
        s.commit()
        return {k: p.id for k, p in rows.items()}


@pytest.fixture
def window(qtbot, qapp, db):
    apply_style(qapp)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    return w


def test_review_merge_and_different_people(qtbot, window, db, monkeypatch):
    ids = add_people(db)
    window.go_to("Directory")
    page = window.pages["Directory"]
    dialog = page.review_duplicates()
    assert isinstance(dialog, DuplicatesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded)  # the whole directory is compared on a pool thread
    assert dialog.heading.text() == "2 likely duplicate pairs among everyone on this desk."
    pairs = dialog.model.rows
    assert [{p.first.id, p.second.id} for p in pairs] == [{ids["ada"], ids["adah"]}, {ids["jon"], ids["john"]}]
    why = dialog.model.index(1, 3).data()
    assert why.startswith("Names sound alike (Jon Smyth / John Smith)\n") and "day and month swapped" in why
    dialog.grab().save("/tmp/dups-dialog.png")
    window.grab().save("/tmp/dups-directory.png")

    # Different people: the Quorrel twins pair goes, and stays gone
    dialog.view.selectRow(0)
    assert dialog.different_button.isEnabled()
    dialog.different_button.click()
    assert "marked as different people" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert [{p.first.id, p.second.id} for p in dialog.model.rows] == [{ids["jon"], ids["john"]}]

    # Merge…: the choice of record, then keeping John Smith (the second) as the worker picks
    dialog.view.selectRow(0)
    pair = dialog.selected()
    keep_second_is_john = pair.second.id == ids["john"]

    def choose(self_dialog: MergeDialog) -> int:
        assert self_dialog.merge_button.text() == "&Merge"
        self_dialog.grab().save("/tmp/dups-merge.png")
        (self_dialog.keep_second if keep_second_is_john else self_dialog.keep_first).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose)
    dialog.merge_button.click()
    assert "merged into" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.model.rows == []
    assert dialog.heading.text() == "No likely duplicates among everyone on this desk."
    assert not dialog.merge_button.isEnabled()
    with open_session(db) as s:
        assert s.get(Person, ids["jon"]).deleted and not s.get(Person, ids["john"]).deleted
        assert s.scalar(select(DistinctPeople.id).where(DistinctPeople.live())) is not None

    # the menu opens it too, now with nothing to offer
    window.duplicates_action.trigger()
    again = window._duplicates_dialog
    qtbot.waitUntil(lambda: again.loaded)
    assert again is not dialog and again.model.rows == []


def test_cancelling_the_merge_changes_nothing(qtbot, window, db, monkeypatch):
    ids = add_people(db)
    dialog = window.pages["Directory"].review_duplicates()
    qtbot.waitUntil(lambda: dialog.loaded)
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    dialog.view.selectRow(0)
    assert dialog.merge_selected() is False
    assert len(dialog.model.rows) == 2
    with open_session(db) as s:
        assert not any(s.get(Person, i).deleted for i in ids.values())


def fill_family_contact(referral) -> None:  # noqa: ANN001
    """What a referral needs besides the prisoner: a family contact who can be reached, and a reason."""
    referral.contact_given.setText("Maribel")
    referral.contact_family.setText("Testcontact")
    referral.contact_phone.setText("01632 960000")
    referral.reasons.setPlainText("Partner isolated since sentencing")


def test_a_new_referral_offers_the_review_when_the_prisoner_is_already_here(qtbot, window, db):
    with open_session(db) as s:
        s.add(Person(given_name="Barnabus", family_name="Wexcombe", prison_number="A1234BC", is_prisoner=True,
                     relationship="self"))
        s.commit()
    referral = window.new_referral()
    referral.prisoner_given.setText("Barnaby")
    referral.prisoner_family.setText("Wexcombe")
    referral.prison_number.setText("A1243BC")
    fill_family_contact(referral)
    referral._accept()
    qtbot.waitUntil(lambda: getattr(window, "_duplicates_dialog", None) is not None)
    dialog = window._duplicates_dialog
    assert "new referral" in dialog.heading.text()
    assert len(dialog.model.rows) == 1
    assert dialog.model.rows[0].reasons == ["names spelt alike (Barnabus Wexcombe / Barnaby Wexcombe)",
                                            "prison number one character apart (A1234BC / A1243BC)"]


def test_a_new_referral_with_nobody_alike_opens_nothing(qtbot, window, db):
    referral = window.new_referral()
    referral.prisoner_given.setText("Peregrine")
    referral.prisoner_family.setText("Oxbridgeworth")
    fill_family_contact(referral)
    referral._accept()
    assert getattr(window, "_duplicates_dialog", None) is None


def test_a_caseload_import_offers_the_people_it_brought_in_who_look_like_someone_here(qtbot, db, tmp_path):
    from fsw_desktop.ui.import_dialog import CONFIRM_PAGE, ImportWizard
    from tests.service.test_caseload_import import TODAY, many, write_csv

    with open_session(db) as s:  # the partner of the first family, typed by hand before with a slip
        s.add(Person(given_name="Selva", family_name="Quorin", date_of_birth=date(1990, 1, 2), relationship="partner"))
        s.commit()
    wizard = ImportWizard(None, db, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(write_csv(tmp_path / "caseload.csv", many(2))))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == CONFIRM_PAGE
    done = []
    wizard.imported.connect(done.append)
    wizard.accept()
    qtbot.waitUntil(lambda: bool(done) or bool(wizard.failed), timeout=20_000)
    review = wizard.duplicates_review
    assert review is not None and review.heading.text().startswith("1 likely duplicate pair among the people just")
    assert review.model.rows[0].reasons == ["names sound alike (Selva Quorin / Selva Quorrin)",
                                            "date of birth with day and month swapped (02 Jan 1990 / 01 Feb 1990)"]
    review.close()
    wizard.close()


def test_a_bundle_import_offers_the_people_it_brought_in_who_look_like_someone_here(qtbot, tmp_path):
    from tests.sync.desks import make_desks

    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    try:
        with open_session(desks["A"]) as s:
            s.add(Person(given_name="Kestrel", family_name="Ambleworth", date_of_birth=date(2015, 9, 8),
                         relationship="child"))
            s.commit()
        with open_session(desks["B"]) as s:
            s.add(Person(given_name="Kestral", family_name="Ambleworth", date_of_birth=date(2015, 8, 9),
                         relationship="child"))
            s.commit()
        path = desks.export("A", "B")
        window = MainWindow(desks["B"])
        qtbot.addWidget(window)
        window.show()
        page = window.go_to("Sync")
        page.import_bundle(str(path))
        qtbot.waitUntil(lambda: getattr(page, "duplicates_review", None) is not None, timeout=15_000)
        review = page.duplicates_review
        assert review.heading.text().startswith("1 likely duplicate pair among the people from")
        assert "date of birth with day and month swapped" in review.model.rows[0].why
        review.close()
        window.close()
    finally:
        desks.close()


def test_a_new_visitor_who_looks_like_someone_here_offers_the_review(qtbot, window, db, monkeypatch):
    from PySide6.QtCore import QDate

    from fsw_desktop.ui.booking_dialog import BookingDialog
    from fsw_desktop.ui.form_dialog import FormDialog

    with open_session(db) as s:
        s.add(Person(given_name="Tamsin", family_name="Orvedge", date_of_birth=date(1984, 7, 2), relationship="friend"))
        s.commit()

    def type_and_save(form: FormDialog) -> int:  # the worker types the visitor in again, with a slip
        form.widgets["given"].setText("Tamsyn")
        form.widgets["family"].setText("Orvedge")
        form.widgets["dob"].enabled.setChecked(True)
        form.widgets["dob"].edit.setDate(QDate(1984, 2, 7))
        form._accept()
        return form.result()

    monkeypatch.setattr(FormDialog, "exec", type_and_save)
    booking = BookingDialog(window, window.session_factory)
    qtbot.addWidget(booking)
    booking.new_visitor()
    review = booking._duplicates_dialog
    assert review.heading.text() == "1 likely duplicate pair for the new visitor: they may already be on this desk."
    assert review.model.rows[0].why == ("names sound alike (Tamsin Orvedge / Tamsyn Orvedge); "
                                        "date of birth with day and month swapped (02 Jul 1984 / 07 Feb 1984)")
    review.close()
