"""Supervision notes and quality statements on the real widgets, on a supervisor's desk with real summaries.

Two worker desks built through the real services (``summary_desk``) export their
summaries to a supervisor's desk, which imports them; the pages then work only
through their forms and buttons.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from fsw_desktop.services.supervision import summary_bundle, team
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.pages.quality_page import QualityPage
from fsw_desktop.ui.pages.supervision_page import SupervisionPage
from fsw_desktop.ui.style import apply_style
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY, build_worker


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("supervision-ui")
    desks = make_desks(root, {"w1": "worker", "w2": "worker", "sup": "supervisor", "sup2": "supervisor"})
    for name, tag in (("w1", "Ax"), ("w2", "Bx")):
        build_worker(desks[name], tag=tag)
    paths = []
    for name in ("w1", "w2"):
        path = desks.bundle_path(name, "sup")
        summary_bundle.export_summary(desks[name], "sup", path, today=TODAY)
        paths.append(path)
    got = summary_bundle.import_summaries(desks["sup"], paths)
    assert len(got) == 2 and all(g.is_latest for g in got)
    yield desks
    desks.close()


def factory(db):
    return lambda: open_session(db)


def _save(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.message.text()


def _page(qtbot, qapp, cls, db):
    apply_style(qapp)
    page = cls(factory(db))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    return page


def test_supervision_notes_through_the_page(qtbot, qapp, world, monkeypatch):
    desks = world
    page = _page(qtbot, qapp, SupervisionPage, desks["sup"])
    assert not page.empty.isVisibleTo(page) and page.splitter.isVisibleTo(page)
    lines = page.workers_model.rows
    assert [w.worker_name for w in lines] == ["Worker w1", "Worker w2"]
    assert {w.desk_id for w in lines} == {desks.ids["w1"], desks.ids["w2"]}
    assert all(w.next_on is None and w.next_text == "Not set" for w in lines)

    # the dashboard jumps to a worker
    assert page.select_worker(desks.ids["w2"])
    assert page.current_worker().worker_name == "Worker w2" and "Worker w2" in page.heading.text()
    assert page.notes_model.rowCount() == 0 and not page.edit_button.isEnabled()
    assert not page.select_worker("no-such-desk")

    # a refusal stays in the form: nothing discussed, nothing agreed
    empty = page.new_note()
    empty.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert empty.isVisible() and "discussed" in empty.message.text()
    empty.reject()

    last_week = date.today() - timedelta(days=7)
    new = page.new_note()
    new.widgets["on"].setDate(last_week)
    new.widgets["discussed"].setPlainText("Caseload at 38.\nThe overdue review for case D.")
    new.widgets["agreed_actions"].setPlainText("Book D's review by Friday")
    new.widgets["next_on"].enabled.setChecked(True)
    new.widgets["next_on"].edit.setDate(date.today() - timedelta(days=1))  # already passed: overdue
    _save(new)
    assert page.current_worker().desk_id == desks.ids["w2"]
    assert page.notes_model.rowCount() == 1
    note = page.current_note()
    assert note.on == last_week and note.agreed_actions == "Book D's review by Friday"
    assert page.notes_model.data(page.notes_model.index(0, 1)) == "Caseload at 38.…"  # first line, more to read
    assert "The overdue review for case D." in page.detail.toPlainText()
    w2 = next(w for w in page.workers_model.rows if w.desk_id == desks.ids["w2"])
    assert w2.overdue and "overdue" in w2.next_text and "1 overdue" in page.team_note.text()

    # an older note goes below the newer one
    older = page.new_note()
    older.widgets["on"].setDate(last_week - timedelta(days=28))
    older.widgets["discussed"].setPlainText("First supervision")
    _save(older)
    assert [n.discussed for n in page.notes_model.rows] == ["Caseload at 38.\nThe overdue review for case D.",
                                                            "First supervision"]

    # edit the newest: Enter on the selected note opens the form
    page.notes.setFocus()
    page.notes.setCurrentIndex(page.notes_model.index(0, 0))
    opened = []
    monkeypatch.setattr(page, "edit_note", lambda: opened.append(True))
    qtbot.keyClick(page.notes, Qt.Key.Key_Return)
    assert opened == [True]
    monkeypatch.undo()
    edit = page.edit_note()
    assert edit.widgets["discussed"].toPlainText().startswith("Caseload at 38.")
    edit.widgets["agreed_actions"].setPlainText("Review booked; check the waiting list")
    edit.widgets["next_on"].edit.setDate(date.today() + timedelta(days=28))
    _save(edit)
    assert page.current_note().agreed_actions == "Review booked; check the waiting list"
    assert "Review booked; check the waiting list" in page.detail.toPlainText()
    w2 = next(w for w in page.workers_model.rows if w.desk_id == desks.ids["w2"])
    assert not w2.overdue and w2.next_on == date.today() + timedelta(days=28)

    # delete asks first: No keeps it, Yes removes it
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert not page.delete_note() and page.notes_model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    page.notes.setCurrentIndex(page.notes_model.index(1, 0))
    assert page.delete_note()
    assert [n.discussed for n in page.notes_model.rows] == ["Caseload at 38.\nThe overdue review for case D."]
    with open_session(desks["sup"]) as s:
        assert [n.discussed for n in team.notes(s, desks.ids["w2"])] == [page.notes_model.rows[0].discussed]
        assert team.notes(s, desks.ids["w1"]) == []

    # the other worker has their own (empty) notes
    assert page.select_worker(desks.ids["w1"]) and page.notes_model.rowCount() == 0
    assert "No supervision notes" in page.detail.toPlainText()

    # a note half-typed when the desk locked comes back on the same worker
    draft = page.new_note()
    draft.widgets["discussed"].setPlainText("Half-typed before the lock")
    values = draft.draft_values()
    draft.reject()
    page.select_worker(desks.ids["w2"])
    again = page.reopen_draft("supervision-note", values)
    assert page.current_worker().desk_id == desks.ids["w1"]
    assert again.widgets["discussed"].toPlainText() == "Half-typed before the lock"
    again.reject()


def test_supervision_page_empty_until_summaries_arrive(qtbot, qapp, world):
    page = _page(qtbot, qapp, SupervisionPage, world["sup2"])
    assert page.empty.isVisibleTo(page) and not page.splitter.isVisibleTo(page)
    assert "Import workers' summaries on the Team page" in page.empty.text()
    assert page.new_note() is None and not page.select_worker(world.ids["w1"])


def test_quality_self_assessment_work_plan_and_pdf(qtbot, qapp, world, monkeypatch, tmp_path):
    desks = world
    page = _page(qtbot, qapp, QualityPage, desks["sup"])
    assert page.model.rowCount() == 8
    assert page.model.item(0, 0).text() == "1. Awareness" and page.model.item(0, 0).rowCount() == 7
    assert page.statement_row_text(1) == "0 of 7 in place"

    # assess an item through its form; the statement's progress follows
    assert page.select_item("1.1")
    assert page.assess_button.isEnabled()
    form = page.assess_item()
    assert form.widgets["status"].currentText() == "Not yet or N/A"
    form.widgets["status"].setCurrentText("Yes, in place")
    form.widgets["evidence"].setPlainText("Resource shelf in the visits hall, checked monthly")
    _save(form)
    assert page.statement_row_text(1) == "1 of 7 in place"
    form = page.assess_item("1.2")
    form.widgets["status"].setCurrentText("In progress")
    _save(form)
    assert page.statement_row_text(1) == "1 of 7 in place, 1 in progress"
    title = page.model.item(0, 0)
    assert title.child(0, 1).text() == "Yes, in place"
    assert title.child(0, 2).text() == "Resource shelf in the visits hall, checked monthly"
    assert "1 of 46</b> checklist items in place, 1 in progress, 44 not yet" in page.summary.text()
    with open_session(desks["sup"]) as s:
        assert team.self_assessment(s)["1.1"]["status"] == "Yes, in place"
        assert team.statement_progress(s)[1] == {"Not yet or N/A": 5, "In progress": 1, "Yes, in place": 1}

    # Enter on an item opens its assessment; on a statement it folds
    page.tree.setFocus()
    page.select_item("3.1")
    opened = []
    monkeypatch.setattr(page, "assess_item", lambda *a: opened.append(page.current_item()))
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened == ["3.1"]
    monkeypatch.undo()
    first = page.model.item(0, 0).index()
    page.tree.setCurrentIndex(first)
    assert page.assess_item() is None and not page.assess_button.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert not page.tree.isExpanded(first)

    # the work plan: a refusal stays in the form, then an action is added, edited, shown
    page.tabs.setCurrentIndex(1)
    bad = page.add_action()
    bad.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert bad.isVisible() and "action" in bad.message.text()
    bad.reject()
    add = page.add_action()
    add.widgets["statement_no"].setCurrentIndex(add.widgets["statement_no"].findData(3))
    add.widgets["horizon"].setCurrentIndex(add.widgets["horizon"].findData("three months"))
    add.widgets["action"].setPlainText("Ask children at the family day what would make visits better")
    add.widgets["evidence"].setPlainText("Feedback cards from the spring family day")
    add.widgets["lead"].setText("Desk supervisor")
    add.widgets["completion_date"].enabled.setChecked(True)
    add.widgets["completion_date"].edit.setDate(date(2026, 6, 30))
    _save(add)
    assert page.plan_model.rowCount() == 1
    line = page.plan_model.rows[0]
    assert (line.statement, line.horizon, line.lead, line.completion_date) == (
        "3. Children's voice", "three months", "Desk supervisor", date(2026, 6, 30))
    assert page.plan_model.data(page.plan_model.index(0, 1)) == "Within three months"
    page.plan.selectRow(0)
    edit = page.edit_action()
    assert edit.widgets["action"].toPlainText().startswith("Ask children")
    edit.widgets["lead"].setText("Family day lead")
    _save(edit)
    assert page.plan_model.rows[0].lead == "Family day lead"
    with open_session(desks["sup"]) as s:
        assert [p.action for p in team.work_plan(s)] == [line.action]

    # a second action, deleted after asking
    extra = page.add_action()
    extra.widgets["action"].setPlainText("Temporary action to remove")
    _save(extra)
    assert page.plan_model.rowCount() == 2
    page.plan.selectRow([p.action for p in page.plan_model.rows].index("Temporary action to remove"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert page.delete_action()
    assert [p.action for p in page.plan_model.rows] == [line.action]

    # printed: the statements' wording, the assessment and the action are in the PDF's text
    pdf = page.print_report(str(tmp_path / "quality.pdf"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    text = unicodedata.normalize("NFKC", text)  # the PDF's font joins "ff", "fi" into ligatures
    statements = team.quality_statements()
    assert statements[0]["statement"] in text
    assert statements[7]["statement"] in text
    assert "Resource shelf in the visits hall, checked monthly" in text
    assert "1 of 7 in place" in text
    assert "Ask children at the family day what would make visits better" in text
    assert "Family day lead" in text and "Within three months" in text


def test_notes_headings_stay_whole_in_a_narrow_pane(qtbot, qapp, world):
    """Wider dates once squeezed the two stretching columns below their headings ("Trafodwyd"
    in Welsh); each column now keeps at least its heading's width, bold and padded as drawn."""
    page = _page(qtbot, qapp, SupervisionPage, world["sup"])
    page.select_worker(world.ids["w2"])
    head = page.notes.horizontalHeader()
    columns = range(page.notes_model.columnCount())
    page.splitter.setSizes([page.splitter.width() - 200, 200])
    qapp.processEvents()
    for c in columns:
        assert head.sectionSize(c) >= head.sectionSizeHint(c), page.notes_model.headerData(c, Qt.Orientation.Horizontal)
    # with room enough, every column is in view: no sideways scrolling for the headings' sake
    page.splitter.setSizes([page.splitter.width() - 395, 395])  # as at 1024x768
    qapp.processEvents()
    room = page.notes.viewport().width()
    assert all(head.sectionSize(c) >= head.sectionSizeHint(c) for c in columns)
    last = columns[-1]
    assert head.sectionPosition(last) + head.sectionSize(last) <= room, [head.sectionSize(c) for c in columns]
