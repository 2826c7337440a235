"""Importing a caseload on the real widgets: map columns, read the dry run, decide duplicates, confirm."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from fsw_desktop.models.cases import Case
from fsw_desktop.models.people import Person
from fsw_desktop.services.caseload import caseload_import as ci
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui.import_dialog import CONFIRM_PAGE, DUPLICATES_PAGE, MAPPING_PAGE, REPORT_PAGE, ImportWizard
from fsw_desktop.ui.main_window import MainWindow
from tests.service.test_caseload_import import TODAY, H, many, write_csv

RENAMED = {H["family_key"]: "Household ref", H["family_name"]: "Surname"}


@pytest.fixture(autouse=True)
def _no_wizard_outlives_its_test(qapp):
    """Delete this test's wizards (and their combo popups) before the next test starts."""
    yield
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ImportWizard) and shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    QApplication.processEvents()


def _their_file(tmp_path, rows, name="theirs.csv"):
    """A file whose family key and family name columns have the old system's headings."""
    from fsw_desktop.services.caseload import caseload_template as tpl

    headings = [RENAMED.get(h, h) for h in tpl.headings()]
    return write_csv(tmp_path / name, [{RENAMED.get(k, k): v for k, v in r.items()} for r in rows], headings)


def _people(db) -> int:
    with open_session(db) as s:
        return s.execute(select(func.count()).select_from(Person)).scalar()


def _start(qtbot, db, path) -> ImportWizard:
    wizard = ImportWizard(None, db, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE, wizard.file_page.message.text()
    return wizard


def _report_rows(wizard):
    model = wizard.report_page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_map_columns_read_the_dry_run_and_confirm(qtbot, db, tmp_path):
    path = _their_file(tmp_path, many(4))
    wizard = _start(qtbot, db, path)
    page = wizard.mapping_page
    headings = wizard.table.headings
    surname = page.combos[headings.index("Surname")]
    assert surname.currentText() == "(ignore this column)"  # not close enough to guess
    assert page.combos[headings.index("Gender")].currentText() == "Gender"  # exact match
    assert surname.accessibleName() == "Our column for Surname"
    page.set_column("Surname", "Family name")
    page.set_column("Household ref", "Family key")
    wizard.next()
    assert wizard.currentId() == REPORT_PAGE
    assert "No problems found" in wizard.report_page.summary.text()
    assert not any(r[2] == "Problem" for r in _report_rows(wizard))
    wizard.next()
    assert wizard.currentId() == CONFIRM_PAGE  # no duplicates: straight to confirm
    assert "4 families and 12 people" in wizard.confirm_page.summary.text()
    assert _people(db) == 0  # nothing written before Import
    done = []
    wizard.imported.connect(done.append)
    wizard.accept()
    qtbot.waitUntil(lambda: bool(done) or bool(wizard.failed), timeout=20_000)
    assert done and done[0].cases == 4 and done[0].people == 12, wizard.failed
    assert _people(db) == 12

    # the mapping is remembered: the same headings are filled in next time
    again = _start(qtbot, db, path)
    combos = again.mapping_page.combos
    assert combos[headings.index("Surname")].currentText() == "Family name"
    assert combos[headings.index("Household ref")].currentText() == "Family key"
    again.next()
    assert again.currentId() == REPORT_PAGE and len(again.report.duplicates) == 12
    again.next()
    assert again.currentId() == DUPLICATES_PAGE
    dup = again.duplicates_page
    assert not dup.isComplete()  # every duplicate needs a choice
    again.next()
    assert again.currentId() == DUPLICATES_PAGE and "Choose merge or skip" in dup.message.text()
    dup.skip_all.click()
    dup.combos[0].setCurrentIndex(dup.combos[0].findData(ci.MERGE))
    assert dup.isComplete()
    again.next()
    assert again.currentId() == CONFIRM_PAGE and "1 will be merged" in again.confirm_page.summary.text()
    finished = []
    again.imported.connect(finished.append)
    again.accept()
    qtbot.waitUntil(lambda: bool(finished) or bool(again.failed), timeout=20_000)
    assert finished[0].merged == 1 and finished[0].skipped == 11 and _people(db) == 12


def test_a_bad_row_is_shown_and_the_import_cannot_go_on(qtbot, db, tmp_path):
    rows = many(5)
    rows[7][H["date_of_birth"]] = "32/13/1990"
    rows[9][H["ethnicity"]] = "white irish"
    wizard = _start(qtbot, db, _their_file(tmp_path, rows))
    wizard.mapping_page.set_column("Surname", "Family name")
    wizard.mapping_page.set_column("Household ref", "Family key")
    wizard.next()
    assert wizard.currentId() == REPORT_PAGE
    problems = [r for r in _report_rows(wizard) if r[2] == "Problem"]
    assert [(r[0], r[1]) for r in problems] == [("9", "Date of birth"), ("11", "Ethnicity")]
    assert problems[1][4] == "White: Irish"
    assert "2 problem(s)" in wizard.report_page.summary.text()
    assert not wizard.report_page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == REPORT_PAGE  # cannot go on
    with open_session(db) as s:
        assert s.execute(select(func.count()).select_from(Case)).scalar() == 0


def test_file_menu_has_the_caseload_actions(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = MainWindow(db)
    qtbot.addWidget(w)
    for name in ("import_caseload_action", "export_caseload_action", "import_template_action"):
        assert getattr(w, name).text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "t.xlsx"), "")))
    w.save_import_template()
    assert ci.read_table(tmp_path / "t.xlsx").headings[0] == "Family key"
    wizard = w.import_caseload()
    assert wizard.isVisible() and wizard.windowTitle() == "Import caseload"
    wizard.reject()
