"""Printing goes through the platform's print dialog, with Save as PDF beside it, and a saved
file's path is shown with a way to open its folder. The printer here is Qt's own PDF printer,
chosen in the one seam the platform dialog fills (``printing.choose_printer``): real printing,
real pages, read back with pypdf."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fsw_desktop.models.meta import AuditEntry
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import printing
from fsw_desktop.ui.main_window import MainWindow
from fsw_desktop.ui.printing import PrintDialog
from tests.conftest import TEMPLATES

SLIP = "<h1>Response slip</h1><p>Dear Mr Quillfeather, a visit is booked for Saturday.</p>"


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _printer_to(path, chosen: list):  # noqa: ANN001, ANN202
    """Stand in for the person at the platform dialog: they pick a printer (here a PDF file) and press Print."""
    def choose(_parent, printer: QPrinter) -> bool:
        chosen.append(printer.pageLayout().orientation())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return choose


def test_print_goes_through_the_print_dialog(qtbot, monkeypatch, tmp_path):
    chosen: list = []
    monkeypatch.setattr(printing, "choose_printer", _printer_to(tmp_path / "printed.pdf", chosen))
    dialog = PrintDialog(None, "Response slip", SLIP, "slip.pdf", landscape=True)
    qtbot.addWidget(dialog)
    assert dialog.print_button.isDefault(), "Print is what Enter does"
    assert "Quillfeather" in dialog.preview.toPlainText(), "the preview shows the document"
    assert dialog.print_now()
    assert "Quillfeather" in _text(tmp_path / "printed.pdf")
    assert chosen and chosen[0].name == "Landscape", "the page set up before the dialog opens"
    assert [d.how for d in dialog.delivered] == ["printed"]
    assert "Sent to" in dialog.status.text() and dialog.open_folder_button.isHidden()


def test_a_cancelled_print_dialog_prints_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(printing, "choose_printer", lambda _parent, _printer: False)
    dialog = PrintDialog(None, "Response slip", SLIP, "slip.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.print_now()
    assert dialog.delivered == [] and dialog.status.text() == ""


def test_save_as_pdf_says_where_and_opens_the_folder(qtbot, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(printing, "open_folder", opened.append)
    dialog = PrintDialog(None, "Response slip", SLIP, "slip.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    out = dialog.save_pdf(str(tmp_path / "slip.pdf"))
    assert "Quillfeather" in _text(out)
    assert str(out) in dialog.status.text(), "the path is on screen"
    assert dialog.open_folder_button.isVisible()
    dialog.open_folder_button.click()
    assert opened == [out]
    assert (out.stat().st_mode & 0o777) == 0o600, "private to the worker, like every file the desk saves"


def test_a_folder_that_cannot_be_written_is_said_in_the_dialog(qtbot, tmp_path):
    dialog = PrintDialog(None, "Response slip", SLIP, "slip.pdf")
    qtbot.addWidget(dialog)
    assert dialog.save_pdf(str(tmp_path / "no-such-folder" / "slip.pdf")) is None
    assert dialog.status.text() and dialog.delivered == []


def test_the_security_list_prints_from_the_page_and_is_audited(qtbot, monkeypatch, demo_profile, tmp_path):
    """Family days → Print security list → the print dialog → printed; the audit trail says printed."""
    db = TEMPLATES.open(demo_profile)
    monkeypatch.setattr(printing, "choose_printer", _printer_to(tmp_path / "security.pdf", []))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    page = w.go_to("Family days")
    assert page.current_day() is not None

    def press_print() -> None:
        dialogs = [d for d in QApplication.topLevelWidgets() if isinstance(d, PrintDialog) and d.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_print)
            return
        dialogs[0].print_button.click()
        dialogs[0].findChild(QDialogButtonBox) or dialogs[0].accept()

    QTimer.singleShot(20, press_print)
    assert page.print_list("security") is None, "nothing saved: it went to the printer"
    assert (tmp_path / "security.pdf").stat().st_size > 0
    with open_session(db) as s:
        details = [e.detail for e in s.query(AuditEntry).filter_by(action="printed")]
    assert any("security list" in d and "printed" in d for d in details), details


def test_a_saved_pdf_is_the_same_size_as_the_printed_sheet(qtbot, monkeypatch, tmp_path):
    """Type on a saved PDF was once two thirds of its printed size: the two paths must lay out alike."""
    rows = [(f"Visitor {i}", "01/05/1990", "partner", "Jory Tallowmere A7654ZX") for i in range(90)]
    html = printing.table_html("Security list", "Winter family day", ["Name", "Born", "Relationship", "Prisoner"],
                               rows)
    monkeypatch.setattr(printing, "choose_printer", _printer_to(tmp_path / "printed.pdf", []))
    dialog = PrintDialog(None, "Security list", html, "list.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_now()
    saved = dialog.save_pdf(str(tmp_path / "saved.pdf"))
    printed_pages = len(PdfReader(str(tmp_path / "printed.pdf")).pages)
    assert printed_pages > 1
    assert len(PdfReader(str(saved)).pages) == printed_pages


def test_printed_to_a_file_from_the_print_dialog_the_file_is_private_too(qtbot, monkeypatch, tmp_path):
    """The platform dialog offers "Print to file (PDF)": that file is the same letter or list as Save as PDF,
    so it is written the same way, private to the worker, not with the account's default permissions."""
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "choose_printer", _printer_to(out, []))
    dialog = PrintDialog(None, "Response slip", SLIP, "slip.pdf")
    qtbot.addWidget(dialog)
    assert dialog.print_now()
    assert "Quillfeather" in _text(out)
    assert (out.stat().st_mode & 0o777) == 0o600
    assert [(d.how, d.where) for d in dialog.delivered] == [("printed", str(out))]
