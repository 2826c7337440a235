"""Data protection on the real widgets: the menu, the audit trail, retention with confirm-delete on a worker
thread, subject access export from the case page, and erasure (refused for a prisoner, done for a partner)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from fsw_desktop.models.cases import Case
from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.models.people import Person
from fsw_desktop.services.casework import closure, people, safeguarding
from fsw_desktop.services.casework.people import PersonInput
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.data_protection import subject_access
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.printing import write_pdf
from fsw_desktop.ui.subject_access_dialog import ErasureRefusedDialog
from tests.service.sar_family import TODAY as SAR_TODAY
from tests.service.sar_family import add_family

TODAY = date.today()


def make_case(db, closed: date | None = None) -> tuple[str, str, str]:
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2018, 9, 3), source="Self", prisoner_given="Dario", prisoner_family="Ashcombe",
            prison_number="A1234BC", family_label="Ashcombe family"), today=TODAY)
        s.commit()
        partner, _ = people.add_person(s, case.id, PersonInput(
            given_name="Ottoline", family_name="Marchbank", relationship="partner",
            address="12 Refuge Road, Eastmere"), today=TODAY)
        safeguarding.set_do_not_disclose(s, partner.id, True)
        if closed:
            closure.close_case(s, case.id, closed, closure.LOST_CONTACT, planned=False, today=TODAY)
        s.commit()
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner)).scalar()
        return case.id, prisoner.id, partner.id


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def actions(db, action: str) -> list[AuditEntry]:
    with open_session(db) as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def unnamed(widget: QWidget) -> list[str]:
    """Visible controls with neither an accessible name nor a text of their own (buttons read their text)."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                                   QLineEdit)

    out = []
    for c in widget.findChildren(QWidget):
        if not isinstance(c, (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)):
            continue
        if isinstance(c, QHeaderView) or not c.isVisible() or type(c).__name__.startswith("QCalendar") \
                or c.objectName().startswith("qt_"):  # the parts inside a spin box or date edit
            continue
        if not (c.accessibleName() or (isinstance(c, QAbstractButton) and c.text())):
            out.append(f"{type(c).__name__} {c.objectName()}")
    return out


def test_menu_has_the_data_protection_actions(window):
    menus = {m.title(): m for m in (a.menu() for a in window.menuBar().actions()) if m is not None}
    assert "Data &protection" in menus
    texts = [a.text() for a in menus["Data &protection"].actions()]
    assert texts == ["&Audit trail…", "&Retention…", "&Subject access export…", "&Erase person…", "Possible &duplicates…"]
    assert window.audit_trail_action.shortcut().toString() == "Ctrl+Shift+T"
    assert window.retention_action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.subject_access_action.shortcut().toString() == "Ctrl+Shift+E"


def test_retention_dialog_lists_confirms_and_deletes_off_the_ui_thread(qtbot, window, db):
    case_id, _, _ = make_case(db, closed=date(2019, 6, 30))
    make_case(db)  # open: never due
    window.retention_action.trigger()
    dialog = window._retention_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed(dialog) == []
    assert [(d.kind, d.record_id) for d in dialog.model.rows] == [("cases", case_id)]
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False  # Cancel: nothing happens
    dialog.select_all_button.click()
    dialog.delete_button.click()
    assert asked and "cannot be undone" in asked[0] and dialog.task is None
    with open_session(db) as s:
        assert not s.get(Case, case_id).deleted

    dialog.confirm = lambda text: True
    dialog.select_all_button.click()
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30_000)
    assert dialog.model.rows == [] and "Deleted 1 item" in dialog.summary.text()
    with open_session(db) as s:
        case = s.get(Case, case_id)
        assert case.deleted and case.family_label == ""
    assert [e.record_id for e in actions(db, "record deleted")] == [case_id]

    # the policy is settable from the dialog, and audited
    dialog.spins["cases"].setValue(60)
    dialog.save_policy_button.click()
    assert [e.detail for e in actions(db, "settings changed")] == ["retention policy"]


def test_subject_access_export_from_the_case_page(qtbot, window, db, tmp_path):
    case_id, prisoner_id, partner_id = make_case(db)
    page = window.open_case(case_id)
    assert len(actions(db, "case opened")) == 1
    row = [p.id for p in page.detail.people].index(prisoner_id)
    page.people_view.selectRow(row)
    dialog = page.data_protection()
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed(dialog) == []
    assert dialog.current().id == prisoner_id
    out = dialog.export_pdf(tmp_path / "sar.pdf")
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "Dario" in text and "A1234BC" in text
    assert "Ottoline" not in text and "Marchbank" not in text and "Refuge" not in text
    assert [(e.record_id, e.detail) for e in actions(db, "exported")] == [
        (prisoner_id, "subject access export (PDF)")]


def test_erasure_refused_for_a_prisoner_and_done_for_a_partner(qtbot, window, db, monkeypatch):
    case_id, prisoner_id, partner_id = make_case(db)
    shown: list[str] = []
    monkeypatch.setattr(ErasureRefusedDialog, "exec", lambda self: shown.append(
        self.findChild(QWidget, None).__class__.__name__) or 0)
    window.erase_action.trigger()
    dialog = window._person_dialog
    dialog.search.setText("A1234BC")
    assert dialog.current().id == prisoner_id
    plan = dialog.erase()
    assert shown and not plan.allowed and "prisoner on case" in plan.explain()
    assert actions(db, "record erased") == []

    dialog.search.setText("Marchbank")
    assert dialog.current().id == partner_id
    dialog.confirm = lambda text: "Erasing" in text
    plan = dialog.erase()
    assert plan.allowed
    with open_session(db) as s:
        partner = s.get(Person, partner_id)
        assert partner.deleted and partner.given_name == "" and partner.address == ""
        assert not s.get(Case, case_id).deleted
    assert [e.record_id for e in actions(db, "record erased")] == [partner_id]
    assert dialog.model.rows == []  # no longer found
    qtbot.waitUntil(lambda: dialog.compacted is True, timeout=30_000)


def test_audit_trail_dialog_filters_by_action(qtbot, window, db):
    case_id, _, _ = make_case(db)
    window.open_case(case_id)
    window.audit_trail_action.trigger()
    dialog = window._audit_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed(dialog) == []
    actions_offered = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert actions_offered[0] == "All actions" and "case opened" in actions_offered
    assert {r.action for r in dialog.model.rows} >= {"case opened", "record created", "profile created"}
    dialog.action.setCurrentText("case opened")
    assert [r.action for r in dialog.model.rows] == ["case opened"]
    assert dialog.model.rows[0].record.startswith("Case C-")
    assert "case opened 1" in dialog.counts.text()


# --- the subject access PDF: what is printed for whom ------------------------------------------------


@pytest.fixture
def family(db):
    return (db, *add_family(db))



def pdf_text(path) -> str:
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    return unicodedata.normalize("NFKC", text)  # the PDF writes "fi" as one ligature


def test_offenders_export_never_shows_a_do_not_disclose_partner(family, qapp, tmp_path):
    db, prisoner_id, partner_id, _ = family
    with open_session(db) as s:
        export = subject_access.build(s, prisoner_id, today=SAR_TODAY)
        out = write_pdf(export.html(), tmp_path / "sar.pdf")
        subject_access.record_export(s, prisoner_id)
        s.commit()
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == "exported")).scalars().all()
        assert [(e.record_table, e.record_id, e.detail) for e in entries] == [
            ("people", prisoner_id, "subject access export (PDF)")]
        assert entries[0].who and entries[0].at
    text = pdf_text(out)
    # what is his: name, number, his application (redacted), his restriction
    assert "Dario" in text and "Ashcombe" in text and "A1234BC" in text
    assert "find my family" in text and "Please find [third party]" in text
    for secret in ("Ottoline", "Marchbank", "Refuge", "Eastmere", "900777", "Mira"):
        assert secret not in text, secret
    assert "Notes about the family on the case" in text  # says what was withheld


def test_a_family_members_export_has_their_data_and_no_one_elses(family, qapp, tmp_path):
    db, prisoner_id, partner_id, child_id = family
    with open_session(db) as s:
        export = subject_access.build(s, partner_id, today=SAR_TODAY)
        text = pdf_text(write_pdf(export.html(), tmp_path / "partner.pdf"))
    assert "Ottoline" in text and "Refuge Road" in text and "900777" in text
    assert "Home visit" in text and "Dario" not in text and "Mira" not in text and "A1234BC" not in text
    assert "[third party]" in text
