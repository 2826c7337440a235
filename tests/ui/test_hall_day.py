"""A visits hall's day on the real widgets, on a visitor-centre desk with demonstration data: from an empty
family day to 30 families added in one go (choosing who goes), the allocation previewed, one family moved
with a reason, confirmed, and the attendee and security lists printed."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from fsw_desktop import demo
from fsw_desktop.models.visits import FamilyDay, FamilyDayRequest
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.main_window import MainWindow


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_hall_day_from_an_empty_family_day_to_printed_lists(qtbot, make_profile, tmp_path):
    db = make_profile(role="visitor-centre", name="hall")
    demo.populate(db, size="standard", seed=1)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1024, 768)
    w.show()
    today_page = w.go_to("Today")
    text = today_page.date_label.text()
    assert "tomorrow" in text and "No visit sessions today." not in text

    # an empty family day, planned from the page's form
    page = w.go_to("Family days")
    form = page.new_day()
    on = date.today() + timedelta(days=40)
    form.widgets["on"].setDate(QDate(on.year, on.month, on.day))
    form.widgets["kind"].setEditText("general")
    form.widgets["title"].setText("Hall test family day")
    form.widgets["capacity_families"].setValue(20)
    form.widgets["capacity_people"].setValue(200)
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    with open_session(db) as s:
        day_id = s.execute(select(FamilyDay.id).where(FamilyDay.title == "Hall test family day")).scalar_one()
    page.show_day(day_id)
    assert page.current_day().id == day_id and page.requests_model.rowCount() == 0

    # 30 families in one go: tick them, and for some choose who goes
    dialog = page.add_families()
    candidates = []
    for i in range(dialog.families.count()):
        pid = dialog.families.item(i).data(Qt.ItemDataRole.UserRole)
        if dialog.families.item(i).text().endswith(")") and "already asked" in dialog.families.item(i).text():
            continue
        if [m for m in dialog._members_of(pid) if m.may_come]:
            candidates.append(pid)
    assert len(candidates) >= 40
    chosen = candidates[:30]
    spare = candidates[30:]
    trimmed = 0
    for pid in chosen:
        dialog.tick(pid)
        coming = [m for m in dialog._members_of(pid) if m.may_come]
        if len(coming) > 1 and trimmed < 5:
            dialog.choose(pid, coming[-1].person_id, False)  # not everyone goes
            trimmed += 1
    assert trimmed == 5
    assert "Asking: 30 families" in dialog.total.text() and "Places: 20 families, 200 people" in dialog.total.text()
    dialog.add()
    while dialog.refused:  # the rules refused some: nothing was written; swap them for others and add again
        with open_session(db) as s:
            assert not s.execute(select(FamilyDayRequest.id).where(FamilyDayRequest.family_day_id == day_id)).all()
        for pid in list(dialog.refused):
            dialog.tick(pid, False)
            dialog.tick(spare.pop(0))
        dialog.add()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert page.requests_model.rowCount() == 30

    # the allocation is proposed first: nothing stored yet
    preview = page.allocate()
    proposal = preview.current()
    assert len(proposal.allocated) == 20 and len(proposal.waiting) == 10
    assert "Allocated: 20 of 20 families" in preview.totals.text()
    assert all(r.status == "requested" for r in page.requests_model.rows)
    assert preview.table.item(0, 5).text()  # the reason for the rank
    moved = proposal.allocated[-1]
    assert not preview.move_family(moved.request_id, "waiting", "  ")  # a move needs a reason
    assert preview.move_family(moved.request_id, "waiting", "The family asked for the next family day instead")
    assert "Allocated: 19 of 20 families" in preview.totals.text()
    preview.confirm()
    assert preview.result() == preview.DialogCode.Accepted

    # the result in the first columns: the place next to the family's name
    assert page.requests_model.headerData(2, Qt.Orientation.Horizontal) == "Place"
    places = [page.requests_model.index(r, 2).data() for r in range(30)]
    assert places.count("allocated") == 19 and places.count("waiting") == 11
    with open_session(db) as s:
        request = s.get(FamilyDayRequest, moved.request_id)
        assert request.status == "waiting" and "next family day instead" in request.override_reason

    # attendee and security lists, printed to PDF by the page's own print path
    attendees = _pdf_text(page.print_list("attendees", str(tmp_path / "attendees.pdf")))
    security = _pdf_text(page.print_list("security", str(tmp_path / "security.pdf")))
    allocated = [r for r in page.requests_model.rows if r.status == "allocated"]
    assert allocated[0].names[0] in attendees and allocated[0].names[0] in security
    assert moved.names[0] not in attendees or any(moved.names[0] in r.names for r in allocated)

    # Today shows the family day with its waiting list; its row opens the day
    today_page = w.go_to("Today")
    rows = [today_page.tree.topLevelItem(i) for i in range(today_page.tree.topLevelItemCount())]
    days = next(r for r in rows if r.text(0).startswith("Family days"))
    ours = next(days.child(i) for i in range(days.childCount()) if "Hall test family day" in days.child(i).text(0))
    assert ours.text(1) == "19 of 20 allocated, 11 waiting"
    today_page.tree.itemActivated.emit(ours, 0)
    assert page.isVisible() and page.current_day().id == day_id
