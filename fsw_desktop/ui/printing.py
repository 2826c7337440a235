"""Lists, slips, letters and reports on paper or as PDF, through Qt: QTextDocument with plain HTML.

Every "Print…" opens ``PrintDialog``: a preview with the platform's print dialog (Qt's print
support, so a desk's own printers and their settings) and "Save as PDF…" beside it. A saved PDF
is drawn in memory and written by ``files.save`` (private to the user, all at once): these are
lists of names and dates of birth, so no other account on the PC may read them and a crash must
not leave half of one. Nothing goes to the system's temporary folder. Where a file was saved is
said in the dialog, with a button that opens its folder.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import (QDesktopServices, QImage, QKeySequence, QPageLayout, QPageSize, QPdfWriter,
                           QTextDocument)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ..errors import FswError
from ..services.desk import files
from .button_bar import ButtonBar
from .plain_text import SafeBrowser, SafeDocument
from ..words import tr


TABLE_STYLE = ("\n    <html><head><style>"  # not shown: a printed list's style sheet
               "\n      body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
               "\n      h1 { font-size: 16pt; color: #1b4965; margin-bottom: 2px; }"
               "\n      p.sub { color: #57606a; margin-top: 0; }"
               "\n      table { border-collapse: collapse; width: 100%; }"
               "\n      th { background: #eaeef2; text-align: left; padding: 4px; border: 1px solid #afb8c1; }"
               "\n      td { padding: 4px; border: 1px solid #d0d7de; }"
               "\n      p.note { color: #57606a; font-size: 8pt; }"
               "\n    </style></head><body>")


def table_html(title: str, subtitle: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
               note: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return (TABLE_STYLE  # the words (title, headings, note) come in translated and escaped
            + f'\n      <h1>{html.escape(title)}</h1><p class="sub">{html.escape(subtitle)}</p>'  # not shown: markup
            + f'\n      <table cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'  # not shown: markup
            + f'\n      <p class="note">{html.escape(note)}</p>'  # not shown: markup
            + "\n    </body></html>")


def write_pdf(document_html: str, path: Path, landscape: bool = False,
              images: Mapping[str, QImage] | None = None) -> Path:
    """``images`` are charts drawn in memory, referred to as ``<img src="name">``: no temp files.

    Raises ``InputRefused`` (a plain message) when the file cannot be saved there.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    # no page size of our own: print_() lays the page out in points, as it does for a printer, so
    # a saved PDF and a printed sheet are the same size (a pixel page size shrank the PDF's type)
    document(document_html, images).print_(writer)
    files.save(Path(path), bytes(buffer.data()))
    return Path(path)


def document(document_html: str, images: Mapping[str, QImage] | None = None) -> QTextDocument:
    doc = SafeDocument()  # pictures only from ``images``: no file, no network
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(document_html)
    return doc


def choose_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The platform's print dialog; tests replace this one seam to print to a PDF-file printer."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_folder(path: Path) -> bool:
    """The file manager at the folder: a local file URL, never a network address."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


@dataclass(frozen=True)
class Delivered:
    """What became of a document: printed (to which printer) or saved (where)."""

    how: str  # "printed" | "saved"
    where: str


class PrintDialog(QDialog):
    """A preview, Print… (the platform's dialog) and Save as PDF… side by side.

    The dialog stays open after saving so the worker can see where the file went and open its
    folder; ``delivered`` lists what was done, for the caller's audit entry.
    """

    def __init__(self, parent: QWidget | None, title: str, document_html: str, suggested_name: str, *,
                 landscape: bool = False, images: Mapping[str, QImage] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.html, self.suggested_name, self.landscape, self.images = document_html, suggested_name, landscape, images
        self.delivered: list[Delivered] = []
        self.saved_path: Path | None = None

        self.preview = SafeBrowser()
        self.preview.setAccessibleName(tr("Preview of {title}").format(title=title))
        self.preview.setOpenLinks(False)
        self.preview.setDocument(document(document_html, images))
        self.preview.document().setParent(self.preview)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("What was done"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(tr("Open &folder"))
        self.open_folder_button.setAccessibleName(tr("Open the folder the PDF was saved in"))
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(lambda: self.saved_path and open_folder(self.saved_path))
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.status, 1)
        saved_row.addWidget(self.open_folder_button)

        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setAccessibleName(tr("Print on a printer"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.print_now())
        self.save_button = QPushButton(tr("Save as P&DF…"))
        self.save_button.setAccessibleName(tr("Save as a PDF file"))
        self.save_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = ButtonBar()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(saved_row)
        layout.addLayout(buttons)
        self.resize(760, 640)

    def _page(self, printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if self.landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)

    def print_now(self, printer: QPrinter | None = None) -> bool:
        """Through the platform's print dialog; False when the worker cancels it."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self._page(printer)
        if not choose_printer(self, printer):
            return False
        doc = document(self.html, self.images)
        to_file = printer.outputFileName()
        if to_file:
            # "Print to file" in the platform dialog: the same letter or list as Save as PDF, so written the same
            # way (private to the worker, all at once), not with the account's default permissions
            def write(part: Path) -> None:
                printer.setOutputFileName(str(part))
                doc.print_(printer)
            try:
                files.save_with(Path(to_file), write)
            except FswError as exc:
                self.status.setText(exc.message)
                return False
            finally:
                printer.setOutputFileName(to_file)
        else:
            doc.print_(printer)
        where = printer.printerName() or to_file or tr("the printer")
        self.delivered.append(Delivered("printed", where))
        self.status.setText(tr("Sent to {where}.").format(where=where))
        self.open_folder_button.setVisible(False)
        return True

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save as PDF"), str(Path.home() / self.suggested_name),
                                                  tr("PDF") + " (*.pdf)")
        if not path:
            return None
        try:
            out = write_pdf(self.html, Path(path), landscape=self.landscape, images=self.images)
        except FswError as exc:
            self.status.setText(exc.message)
            return None
        self.saved_path = out
        self.delivered.append(Delivered("saved", str(out)))
        self.status.setText(tr("Saved to {path}").format(path=out))
        self.status.setToolTip(str(out))
        self.open_folder_button.setVisible(True)
        return out


def print_or_save(parent: QWidget | None, title: str, document_html: str, suggested_name: str, *,
                  landscape: bool = False, images: Mapping[str, QImage] | None = None) -> list[Delivered]:
    """Open the print dialog modally; returns what was done (empty when nothing was)."""
    dialog = PrintDialog(parent, title, document_html, suggested_name, landscape=landscape, images=images)
    dialog.exec()
    return dialog.delivered


def deliver(parent: QWidget | None, title: str, document_html: str, suggested_name: str,
            path: str | Path | None = None, *, landscape: bool = False,
            images: Mapping[str, QImage] | None = None) -> list[Delivered]:
    """Save straight to ``path`` when one is given (scripts and tests), else ask: print or save as PDF.

    Raises ``FswError`` when a given path cannot be written; in the dialog the message is shown there.
    """
    if path:
        out = write_pdf(document_html, Path(path), landscape=landscape, images=images)
        return [Delivered("saved", str(out))]
    return print_or_save(parent, title, document_html, suggested_name, landscape=landscape, images=images)


def saved_path(delivered: list[Delivered]) -> Path | None:
    """The last file saved, for callers that hand it on."""
    saved = [d for d in delivered if d.how == "saved"]
    return Path(saved[-1].where) if saved else None


def show_saved(parent: QWidget | None, title: str, path: Path) -> None:
    """Say where a file went, with Open folder; not modal, so nothing waits on it."""
    box = QMessageBox(QMessageBox.Icon.Information, title, tr("Saved to {path}").format(path=path),
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    folder = box.addButton(tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setAccessibleName(tr("Open the folder the file was saved in"))
    folder.clicked.connect(lambda: open_folder(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
