"""A name is shown as typed, never as HTML: a label that takes a name as rich text would load an ``<img>``.

A visits hall may rename any visitor or prisoner, and a worker's paired desk any record, so a
name can hold ``<img src="file://...">``. Qt reads such a file the moment a rich-text label is
shown (on Windows ``file://host/share/x.png`` is a network connection to that host, and the
account's credentials with it). Each label here is checked twice: the name reads as typed, and a
real 400x300 picture named in it was not loaded (the label stays one or two lines high).
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser, QToolTip
from sqlalchemy import select

from fsw_desktop.models.flags import BookingFlag
from fsw_desktop.models.letters import LetterTemplate
from fsw_desktop.models.people import Person
from fsw_desktop.models.sync import Desk
from fsw_desktop.services.casework import referrals
from fsw_desktop.services.casework.people import PersonInput, add_person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.visits import calendar, flags, travel_claims, visits
from fsw_desktop.ui import operations
from fsw_desktop.ui.flag_dialog import FlagDialog
from fsw_desktop.ui.letter_dialog import LetterDialog
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.plain_text import SafeBrowser, SafeDocument, rich_label, tip_html
from fsw_desktop.ui.travel_claim_dialog import TravelClaimDialog
from fsw_desktop.services.letters import letters, templates
from fsw_desktop.services.supervision import summary_bundle
from tests.profiles import ESTABLISHMENT
from tests.sync.desks import make_desks
from tests.sync.summary_desk import TODAY as SUMMARY_DAY, build_worker
from tests.conftest import TEMPLATES
from tests.ui import fit_walker as walk
from tests.ui.test_fit import TASKBAR, _walk, role_templates  # noqa: F401 (the fixture, shared)
from tests.ui.test_travel_claims_flow import _window


def _probe(tmp_path: Path) -> str:
    """A tag naming a real picture 300 pixels high: a label that loads it grows to fit it."""
    path = tmp_path / "probe.png"
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return f'<img src="{path.as_uri()}">'


def _as_shown(label: QLabel) -> str:
    """The words a label shows, as Qt decides between plain and rich text."""
    doc = QTextDocument()
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))
    if rich:
        doc.setHtml(label.text())
    else:
        doc.setPlainText(label.text())
    return doc.toPlainText()


def _shown_as_typed(label: QLabel, name: str) -> None:
    assert name in _as_shown(label), _as_shown(label)
    label.setFixedWidth(700)  # wide enough for a 400-pixel picture, had it been loaded
    assert label.heightForWidth(700) < 150 if label.wordWrap() else label.sizeHint().height() < 150


def _family(db, prisoner_given: str, visit_day: date, child_given: str = "", partner_given: str = "Mara",
            partner_hidden: bool = False) -> tuple[str, str]:  # noqa: ANN001
    today = date.today()
    with open_session(db) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(
            referral_date=today - timedelta(days=60), source="Probation", prisoner_given="Dario",
            prisoner_family="Ashcombe", prison_number="A1234BC", family_label="Ashcombe family"), today=today)
        prisoner = s.execute(select(Person).where(Person.case_id == case.id, Person.is_prisoner.is_(True))).scalar()
        prisoner.establishment = ESTABLISHMENT
        prisoner.given_name = prisoner_given  # as a paired desk may rename anyone
        partner, _ = add_person(s, case.id, PersonInput(given_name=partner_given, family_name="Ashcombe",
                                                        relationship="partner", date_of_birth=date(1990, 5, 1),
                                                        do_not_disclose=partner_hidden), today=today)
        visitors_ = [partner.id]
        if child_given:
            child, _ = add_person(s, case.id, PersonInput(given_name=child_given, family_name="Ashcombe",
                                                          relationship="child", date_of_birth=today - timedelta(
                                                              days=365 * 8)), today=today)
            visitors_.append(child.id)
        hall = calendar.add_template(s, "Afternoon", ["MO", "TU", "WE", "TH", "FR", "SA", "SU"], "14:00", "16:00",
                                     "Visits hall", visit_day - timedelta(days=7), None, 1, 10, 4)
        booking, _ = visits.book(s, prisoner.id, hall.id, visit_day, visitors_, partner.id,
                                 today=min(today, visit_day - timedelta(days=3)))
        s.commit()
        return case.id, booking.id


def test_a_prisoners_name_in_the_travel_claim_dialog_is_text(qtbot, make_profile, tmp_path):
    db = make_profile()
    tag = _probe(tmp_path)
    case_id, booking_id = _family(db, tag, date.today() - timedelta(days=2))
    with open_session(db) as s:
        travel_claims.set_eligible(s, case_id, date.today() - timedelta(days=30))
        s.commit()
    w = _window(qtbot, db)
    dialog = TravelClaimDialog(w, operations.session_factory_of(w), booking_id)
    qtbot.addWidget(dialog)
    _shown_as_typed(dialog.visit_label, f"{tag} Ashcombe")
    assert "Visit " in _as_shown(dialog.visit_label)  # still the visit's line
    dialog.close()


def test_names_in_the_letter_dialogs_notes_are_text(qtbot, make_profile, tmp_path):
    db = make_profile()
    tag = _probe(tmp_path)
    # a child (refused as a recipient, named in "Not offered") and a do-not-disclose partner (named in a warning)
    case_id, booking_id = _family(db, "Dario", date.today() + timedelta(days=3), child_given=tag,
                                  partner_given=tag, partner_hidden=True)
    w = _window(qtbot, db)
    dialog = LetterDialog(w, operations.session_factory_of(w), lambda s: letters.for_booking(s, booking_id))
    qtbot.addWidget(dialog)
    dialog.show()
    refused = [lab for lab in dialog.findChildren(QLabel) if lab.text().startswith("Not offered")]
    assert len(refused) == 1
    _shown_as_typed(refused[0], f"{tag} Ashcombe is under 18")
    partner = next(r for r in dialog.context.recipients if r.do_not_disclose)
    dialog.recipient_combo.setCurrentIndex(dialog.recipient_combo.findData(partner.person_id))
    assert "marked do not disclose" in _as_shown(dialog.message)
    _shown_as_typed(dialog.message, f"{tag} Ashcombe is marked do not disclose")
    dialog.close()


def test_a_template_that_arrived_broken_is_refused_in_the_dialog_not_thrown(qtbot, make_profile):
    """A worker's paired desk may send a template no letter can be printed from (a stray brace, an unknown
    field, 10 MB of text): this desk never checked it. The dialog opens, says why, and offers the others."""
    db = make_profile()
    case_id, booking_id = _family(db, "Dario", date.today() + timedelta(days=3))
    with open_session(db) as s:
        s.add(LetterTemplate(id=templates.default_id("visit-confirmation"), name="Visit confirmation",
                             kind=templates.VISIT_CONFIRMATION, body="Dear {0.__class__} {recipient_name"))
        s.commit()
    w = _window(qtbot, db)
    dialog = LetterDialog(w, operations.session_factory_of(w), lambda s: letters.for_booking(s, booking_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.template_combo.currentText() == "Visit confirmation"
    assert "not a merge field" in dialog.message.text() or "single" in dialog.message.text()
    assert not dialog.print_button.isEnabled() and dialog.preview.toPlainText() == ""
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("Appointment letter"))
    assert dialog.prepared is None and "appointment" in dialog.message.text().lower()  # the next one still works
    dialog.close()


def test_tags_in_a_template_and_a_name_print_as_typed_in_the_preview_and_the_pdf(qtbot, make_profile, tmp_path):
    db = make_profile()
    tag = _probe(tmp_path)
    case_id, booking_id = _family(db, tag, date.today() + timedelta(days=3))
    with open_session(db) as s:
        templates.save(s, templates.default_id("visit-confirmation"), "Visit confirmation",
                       templates.VISIT_CONFIRMATION, f"Dear {{recipient_name}}, {tag} <a href='http://198.51.100.7/'>x</a>"
                       " visiting {prisoner_name}.")
        s.commit()
    w = _window(qtbot, db)
    dialog = LetterDialog(w, operations.session_factory_of(w), lambda s: letters.for_booking(s, booking_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.prepared is not None
    shown = dialog.preview.toPlainText()
    assert f"{tag} <a href='http://198.51.100.7/'>x</a> visiting {tag} Ashcombe" in shown
    assert "<img" not in dialog.preview.toHtml().replace("&lt;img", "")  # no picture, no link: all text
    dialog.reason.setText("Confirming")
    saved = dialog.save_pdf(str(tmp_path / "letter.pdf"))
    assert saved is not None and b"/Subtype /Image" not in saved.read_bytes()  # the probe was not drawn
    dialog.close()


def test_a_template_from_another_desk_named_or_written_as_a_tag_is_text_in_the_editor(qtbot, make_profile, tmp_path,
                                                                                    monkeypatch):
    db = make_profile()
    tag = _probe(tmp_path)
    with open_session(db) as s:  # as a paired worker's desk may send it: never checked here
        s.add(LetterTemplate(name=tag, kind=templates.OTHER, body=f"Dear {{{tag}}}"))
        s.commit()
    w = _window(qtbot, db)
    dialog = w.edit_letter_templates()
    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == tag)
    dialog.list.setCurrentRow(row)
    assert "is not a merge field" in _as_shown(dialog.message)
    _shown_as_typed(dialog.message, f"{{{tag}}} is not a merge field")
    asked: list[QLabel] = []

    def question(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        label = QLabel(text)  # as the message box's own label, polished as it is shown (ui/plain_text.py)
        label.ensurePolished()
        asked.append(label)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not dialog.delete_template()
    _shown_as_typed(asked[0], f"Delete the template '{tag}'?")
    dialog.close()


def test_a_prisoners_name_and_the_flags_reason_in_the_flag_dialog_are_text(qtbot, make_profile, tmp_path):
    db = make_profile()
    tag = _probe(tmp_path)
    case_id, booking_id = _family(db, tag, date.today() + timedelta(days=3))
    with open_session(db) as s:
        prisoner = s.execute(select(Person).where(Person.case_id == case_id, Person.is_prisoner.is_(True))).scalar()
        flags.record_transfer(s, prisoner.id, tag, today=date.today())  # the new prison, as typed or synced
        s.commit()
        flag_id = s.execute(select(BookingFlag.id).where(BookingFlag.booking_id == booking_id)).scalar_one()
    w = _window(qtbot, db)
    dialog = FlagDialog(w, operations.session_factory_of(w), flag_id)
    qtbot.addWidget(dialog)
    head = next(lab for lab in dialog.findChildren(QLabel) if lab.accessibleName() == "Why the booking is flagged")
    _shown_as_typed(head, f"{tag} Ashcombe")
    assert f"transferred to {tag}" in _as_shown(head)
    dialog.close()


def test_a_workers_name_from_their_summary_is_text_on_the_supervisors_team_page(qtbot, tmp_path):
    """A worker's desk names itself in the summary it sends; a supervisor's desk shows that name as typed."""
    tag = _probe(tmp_path)
    desks = make_desks(tmp_path / "desks", {"w1": "worker", "sup": "supervisor"})
    try:
        build_worker(desks["w1"], tag="Ax")
        with open_session(desks["w1"]) as s:
            s.execute(select(Desk)).scalar_one().worker_name = tag
            s.commit()
        path = desks.bundle_path("w1", "sup")
        summary_bundle.export_summary(desks["w1"], "sup", path, today=SUMMARY_DAY)
        w = _window(qtbot, desks["sup"])
        page = w.go_to("Team")
        page.import_summaries([str(path)])
        qtbot.waitUntil(lambda: hasattr(page, "last_import"), timeout=20000)
        page.workers.selectRow(0)
        view = page.drill_down()
        _shown_as_typed(view.heading, f"{tag} · ")
        w.close()
    finally:
        desks.close()


# --- the guard itself (ui/plain_text.py), and every screen of every role with names written as tags ---

def _png(tmp_path: Path) -> Path:
    path = tmp_path / "pixel.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def test_the_guard_makes_labels_plain_unless_they_opt_in(qtbot, qapp, tmp_path):
    tag = f'<img src="{_png(tmp_path).as_uri()}">Name'
    plain, opted, explicit = QLabel(tag), rich_label("<b>Heading</b>"), QLabel("<i>ours</i>")
    explicit.setTextFormat(Qt.TextFormat.RichText)
    for label in (plain, opted, explicit):
        qtbot.addWidget(label)
        label.show()
    assert plain.textFormat() == Qt.TextFormat.PlainText
    assert "<img" in _as_shown(plain)
    assert opted.textFormat() == Qt.TextFormat.RichText and _as_shown(opted) == "Heading"
    assert explicit.textFormat() == Qt.TextFormat.RichText
    later = QLabel()  # text set after it was shown stays plain: the format is the label's, not the text's
    qtbot.addWidget(later)
    later.show()
    later.setText(tag)
    assert "<img" in _as_shown(later)


def test_a_tooltip_that_looks_like_html_is_shown_as_typed(qtbot, qapp, tmp_path):
    tag = f'<img src="{_png(tmp_path).as_uri()}">Name'
    widget = QLabel("hover")
    qtbot.addWidget(widget)
    widget.setToolTip(tag)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2))))
    assert QToolTip.isVisible()
    assert QToolTip.text() == tip_html(tag)
    shown = QTextDocument()
    shown.setHtml(QToolTip.text())
    assert tag in shown.toPlainText()
    QToolTip.hideText()


def test_a_preview_loads_no_file_named_in_it(qtbot, tmp_path):
    url = QUrl(_png(tmp_path).as_uri())
    safe, ordinary = SafeBrowser(), QTextBrowser()
    for view in (safe, ordinary):
        qtbot.addWidget(view)
        view.setHtml(f'<p><img src="{url.toString()}"></p>')
    # a plain QTextBrowser reads the file (on Windows file://host/... is a network connection); ours does not
    def picture(doc: QTextDocument) -> QImage:  # noqa: ANN001
        got = doc.resource(QTextDocument.ResourceType.ImageResource, url)
        return got.toImage() if hasattr(got, "toImage") else got

    assert picture(ordinary.document()).size().width() == 4
    assert picture(safe.document()).size().width() == 1  # the blank stand-in, and no file was read for it
    printed = SafeDocument()
    printed.setHtml(f'<img src="{url.toString()}">')
    printed.size()  # laid out, as for printing
    assert picture(printed).size().width() == 1
    ours = QImage(2, 2, QImage.Format.Format_RGB32)
    safe.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart-1"), ours)
    assert safe.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("chart-1")) is not None


def _labels_showing_tags(root, where: str, tag: str, seen: list[str]) -> list[str]:  # noqa: ANN001
    faults = []
    for label in root.findChildren(QLabel):
        if tag in label.text():
            seen.append(where)
            if "<img" not in _as_shown(label):
                faults.append(f"{where}: {label.objectName() or label.accessibleName() or 'a label'} "
                              f"draws the picture named in {label.text()[:80]!r}")
    return faults


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_no_screen_of_any_role_draws_a_picture_named_in_a_name(qtbot, qapp, role_templates, tmp_path, monkeypatch,  # noqa: F811
                                                               role):
    tag = f'<img src="{_png(tmp_path).as_uri()}">'
    walk.use_screen(monkeypatch, 1024, 768 - TASKBAR)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    shutil.copytree(role_templates[role], tmp_path / "p")
    database = TEMPLATES.open(tmp_path / "p")
    with open_session(database) as s:  # as a paired desk may rename anyone
        for person in s.execute(select(Person)).scalars():
            person.given_name = tag + person.given_name
        s.commit()
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    seen: list[str] = []
    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, 1024, 768 - TASKBAR,
                       lambda page, where, _name: _labels_showing_tags(page, where, tag, seen),
                       lambda dialog, where, _w, _h: _labels_showing_tags(dialog, where, tag, seen))
    finally:
        window.close()
        database.close()
    assert not faults, "\n".join(faults)
    if role == "worker":  # the case page's heading, at least, shows a name
        assert seen, "no label showed a renamed person: the walk looked at nothing"
