"""Flags on the real window: record a transfer on Visits, see the flag on Today and on Visits, resolve it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from fsw_desktop.models.flags import BookingFlag
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework import agenda, referrals
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, flags, visitors, visits
from fsw_desktop.ui.flag_dialog import FlagDialog
from fsw_desktop.ui.main_window import MainWindow
from tests.profiles import ESTABLISHMENT

SHOTS = None  # a folder (e.g. "/tmp/flagshots") keeps the screenshots to look at


def _family_with_a_visit(db) -> str:  # noqa: ANN001
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=30), source="Probation", prisoner_given="Dario",
            prisoner_family="Ashcombe", prison_number="A1234BC", family_label="Ashcombe family"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        prisoner.establishment = ESTABLISHMENT
        partner = visitors.add_visitor(s, "Mara", "Ashcombe", date(1990, 5, 1), "partner", case.id, today=today)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Visits hall", today - timedelta(days=7), None, 1, 10, 2)
        booking, _ = visits.book(s, prisoner.id, hall.id, today + timedelta(days=3), [partner.id], partner.id,
                                 today=today)
        s.commit()
        return booking.id


def test_record_a_transfer_see_the_flag_and_keep_the_visit(qtbot, make_profile):
    db = make_profile()
    booking_id = _family_with_a_visit(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)

    page = w.go_to("Visits")
    assert page.show_booking(booking_id)
    assert page.flags_label.text() == "No open flags"
    form = page.prisoner_moved()
    form.widgets["establishment"].setText("HMP Elsewhere (synthetic)")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not form.isVisible(), form.message.text()
    qtbot.waitUntil(lambda: page.flags_label.text() == "⚑ 1 open flag")
    assert page.show_flags() == 1
    flag_col = [c.header for c in page.model.columns].index("Flag")
    assert page.model.index(0, flag_col).data() == "⚑"  # a narrow mark; the cause in its tooltip
    assert page.model.index(0, flag_col).data(Qt.ItemDataRole.ToolTipRole).startswith("Flagged: Prisoner transferred.")
    if SHOTS:
        w.grab().save(f"{SHOTS}/visits-flags.png")

    today = w.go_to("Today")
    today.refresh()
    lines = [today.group_item(agenda.NOW).child(j) for j in range(today.group_item(agenda.NOW).childCount())]
    flagged = [x for x in lines if x.text(0) == "Flag"]
    assert len(flagged) == 1 and "transferred to HMP Elsewhere" in flagged[0].text(2)
    if SHOTS:
        w.grab().save(f"{SHOTS}/today-flag.png")
    today.tree.setCurrentItem(flagged[0])
    today._activated(flagged[0])
    dialog = [d for d in today.findChildren(FlagDialog) if d.isVisible()][-1]
    assert "No worker desk at HMP Elsewhere (synthetic) is paired" in " ".join(
        lbl.text() for lbl in dialog.findChildren(type(today.date_label)))
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/flag-dialog.png")
    dialog.keep_radio.setChecked(True)
    dialog.resolve()  # no reason: refused, shown in the dialog
    assert dialog.isVisible() and "Say why" in dialog.message.text()
    dialog.keep_reason.setPlainText("Governor allows a last visit before the move")
    assert dialog.resolve() and not dialog.isVisible()

    with open_session(db) as s:
        f = s.execute(select(BookingFlag)).scalar_one()
        assert (f.state, f.resolution) == (flags.RESOLVED, flags.KEPT)
    today.refresh()
    assert not [j for j in range(today.group_item(agenda.NOW).childCount())
                if today.group_item(agenda.NOW).child(j).text(0) == "Flag"]


def test_the_visits_hall_sees_the_flag_first_on_its_today(qtbot, make_profile):
    db = make_profile("visitor-centre", name="hall")
    booking_id = _family_with_a_visit(db)
    with open_session(db) as s:
        prisoner_id = s.get(visits.Booking, booking_id).prisoner_id
        flags.record_transfer(s, prisoner_id, "HMP Elsewhere (synthetic)")
        s.commit()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    qtbot.waitExposed(w)
    page = w.go_to("Today")
    page.refresh()
    top = page.tree.topLevelItem(0)
    assert top.text(0) == "Flagged: no longer pass their rules (1)"
    assert top.child(0).text(2) == "Prisoner transferred"
    assert "transferred to HMP Elsewhere" in top.child(0).child(0).text(0)
    if SHOTS:
        w.grab().save(f"{SHOTS}/hall-today-flag.png")
    page._activated(top.child(0))
    dialog = [d for d in page.findChildren(FlagDialog) if d.isVisible()][-1]
    dialog.cancel_radio.setChecked(True)
    assert dialog.resolve()
    with open_session(db) as s:
        assert s.get(visits.Booking, booking_id).status_reason == "Prisoner transferred"



def test_a_transfer_to_a_paired_desk_prepares_the_handover_on_sync(qtbot, make_profile, tmp_path):
    from fsw_desktop.models.cases import Case  # reason: only this test reads the case's reference
    from fsw_desktop.services.desk.session import desk  # reason: only this test pairs two desks
    from fsw_desktop.services.sharing import peers  # reason: as above
    from fsw_desktop.sync import identity  # reason: as above
    from tests.profiles import TEMPLATES  # reason: a desk at another establishment

    db = make_profile()
    other = TEMPLATES.profile(tmp_path / "else", name="else", worker="Other Worker",
                              establishment="HMP Elsewhere (synthetic)")
    with open_session(other) as s:
        ident = identity.public_identity(desk(s))
    other.close()
    with open_session(db) as s:
        peers.pair(s, ident, name="Elsewhere desk", confirmed=True)
        s.commit()
    booking_id = _family_with_a_visit(db)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    page = w.go_to("Visits")
    page.show_booking(booking_id)
    form = page.prisoner_moved()
    form.widgets["establishment"].setText("HMP Elsewhere (synthetic)")
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not form.isVisible(), form.message.text()
    assert page.show_flags() == 1
    page.table.selectRow(0)
    dialog = page.resolve_flag()
    assert dialog.handover.text() == "Prepare &handover to Elsewhere desk…"
    sync = dialog.prepare_handover()
    assert not dialog.isVisible() and sync is w.pages["Sync"]
    with open_session(db) as s:
        case_ref = s.execute(select(Case.ref)).scalar_one()
    assert sync.kind_combo.currentData() == "handover" and sync.case_ref.text() == case_ref
    assert sync.peer_combo.currentText().startswith("Elsewhere desk")
