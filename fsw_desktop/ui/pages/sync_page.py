"""Sync: this desk's identity, paired desks, bundles out and in, and conflicts to settle.

Exports and imports run on a pool thread with their own connection and a
progress dialog (``operations.run_in_background``); the page, and every open
view of what a bundle changed, reloads when they finish. A bundle file can be
dropped onto the page.
"""

from __future__ import annotations

import html

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ...services.desk.dates import show_when
from ...db import Database
from ...errors import FswError
from ...models.sync import ROLE_LABELS, role_label
from ...services.sharing import peers as peer_service
from ...services.desk import profile
from ...services.supervision import summary_bundle
from ...services.sharing import sync_service
from ...sync import identity
from ...words import QT_TRANSLATE_NOOP, tr
from .. import operations
from ..duplicates_dialog import offer_review
from ..form_dialog import OptionalDate
from ..operations import EVERYTHING, SYNC, TEAM
from ..table_model import ROW_ROLE, Column, make_table as _table
from ..button_bar import ButtonBar
from .base import Page
from ..plain_text import rich_label

def peer_columns() -> list[Column]:
    """The paired desks, headed in the desk's language."""
    return [
        Column(tr("Name"), lambda p: p.name),
        Column(tr("Desk"), lambda p: p.desk_name),
        Column(tr("Role"), lambda p: p.role),
        Column(tr("Paired"), lambda p: p.paired_at.date()),
        Column(tr("Revoked"), lambda p: p.revoked_at.date() if p.revoked_at else "",
               warn=lambda p: p.revoked_at is not None),
        Column(tr("Fingerprint"), lambda p: p.fingerprint),  # last: it takes the room left, whole in its tooltip
    ]


def history_columns() -> list[Column]:
    return [
        Column(tr("When"), lambda b: show_when(b.at)),
        Column("", lambda b: tr("out", "a bundle sent") if b.direction == "out" else tr("in", "a bundle received")),
        Column(tr("Kind"), lambda b: b.kind),
        Column(tr("Desk"), lambda b: b.peer_name),
        Column(tr("Changes"), lambda b: b.changes),
        Column(tr("Result"), lambda b: b.summary_text),
    ]


def conflict_columns() -> list[Column]:
    return [
        Column(tr("Record"), lambda c: f"{c.record_label} {c.record_ref}".strip()),
        Column(tr("Field"), lambda c: c.field),
        Column(tr("Standing value"), lambda c: c.current_value),
        Column(tr("From", "the desk of the standing value"), lambda c: c.winner_desk),
        Column(tr("Other value"), lambda c: c.loser_value),
        Column(tr("From ", "the desk of the other value"), lambda c: c.loser_desk),
    ]


# What a record is called on this desk: a visits hall speaks of families and visits, never of cases.
RECORD_NAMES = {
    "cases": QT_TRANSLATE_NOOP("", "Case"), "people": QT_TRANSLATE_NOOP("", "Person"),
    "contacts": QT_TRANSLATE_NOOP("", "Contact"), "bookings": QT_TRANSLATE_NOOP("", "Visit booking"),
    "booking_visitors": QT_TRANSLATE_NOOP("", "Visitor on a booking"),
    "family_days": QT_TRANSLATE_NOOP("", "Family day"),
    "family_day_requests": QT_TRANSLATE_NOOP("", "Family day place"),
    "family_day_attendees": QT_TRANSLATE_NOOP("", "Family day visitor"),
    "applications": QT_TRANSLATE_NOOP("", "Application"), "restrictions": QT_TRANSLATE_NOOP("", "Restriction"),
}
RECORD_NAMES_FOR_ROLE = {"visitor-centre": dict(RECORD_NAMES, cases=QT_TRANSLATE_NOOP("", "Family"))}
# What sync is for, as each role's desk sees it (the Bundles box).
SYNC_PURPOSE = {
    "worker": QT_TRANSLATE_NOOP("", "Sync sends your changes to a paired desk: cases to another worker's desk, "
                                    "visits and families to the visitor centre. Your supervisor gets a summary "
                                    "instead."),
    "visitor-centre": QT_TRANSLATE_NOOP("", "Sync sends the visits, bookings, visitors and family days recorded "
                                            "here to the family support workers' desks, and brings back the "
                                            "families and visits they share with you."),
    "supervisor": QT_TRANSLATE_NOOP("", "Workers send this desk their summaries: import them here or with "
                                        "“Import summaries…” on the Team page."),
}
NO_PEER_YET = QT_TRANSLATE_NOOP("", "Pair with a desk first. Ask the other desk for its identity file (its Sync "
                                    "page, “Export my identity…”), then choose “Pair with a desk…” here (Alt+P), "
                                    "pick that file and compare the fingerprint with the other desk.")

# The counts a bundle's log keeps (its JSON keys), as the History list names them.
SUMMARY_WORDS = {"changes": QT_TRANSLATE_NOOP("", "changes"), "added": QT_TRANSLATE_NOOP("", "added"),
                 "updated": QT_TRANSLATE_NOOP("", "updated"), "conflicts": QT_TRANSLATE_NOOP("", "conflicts"),
                 "cases": QT_TRANSLATE_NOOP("", "cases")}


def record_name(table: str, role: str) -> str:
    """A record's kind in this desk's words (``RECORD_NAMES_FOR_ROLE``), e.g. "Family" on a visitor centre's desk."""
    names = RECORD_NAMES_FOR_ROLE.get(role, RECORD_NAMES)
    return tr(names[table]) if table in names else table.replace("_", " ").capitalize()


def refusal_before_export(kind: str | None, peer_role: str | None, peer_name: str) -> str | None:
    """Why this kind of bundle cannot go to that desk, said before a file name is asked; None if it can."""
    if kind in ("sync", "handover") and peer_role == "supervisor":
        return tr("{desk} is a supervisor's desk: it takes summaries, not sync or handover bundles. "
                  "Choose “Summary for my supervisor” as the kind.").format(desk=peer_name)
    if kind == "summary" and peer_role != "supervisor":
        return tr("{desk} is not a supervisor's desk: summaries go only to your supervisor.").format(desk=peer_name)
    if kind == "handover" and peer_role != "worker":
        return tr("{desk} is not a family support worker's desk: a case is handed over only to a worker.").format(
            desk=peer_name)
    return None


class PairDialog(QDialog):
    """Shows the other desk's fingerprint; pairing needs the worker to say it matched."""

    def __init__(self, parent: QWidget | None, ident: dict) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Pair with a desk"))
        self.setAccessibleName(tr("Pair with a desk"))
        layout = QVBoxLayout(self)
        # the identity file came from another desk: its words are escaped
        role = html.escape(role_label(str(ident['role'])))
        layout.addWidget(rich_label(f"<b>{html.escape(str(ident['desk_name']))}</b> · {role} · "
                                    f"{html.escape(str(ident.get('establishment', '')))}"))
        layout.addWidget(QLabel(tr("Ask the other desk to read out its fingerprint (Sync page) and compare every "
                                   "group:")))
        groups = ident["fingerprint"].split()
        fp = QLabel("   ".join(groups[:6]) + "\n" + "   ".join(groups[6:]))
        fp.setObjectName("Fingerprint")
        fp.setAccessibleName(tr("Fingerprint {groups}").format(groups=" ".join(groups)))
        fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(fp)
        self.name = QLineEdit(ident["desk_name"])
        self.name.setAccessibleName(tr("Name for this desk"))
        layout.addWidget(QLabel(tr("Call it:")))
        layout.addWidget(self.name)
        self.matched = QCheckBox(tr("The other desk read out exactly these numbers"))
        self.matched.setAccessibleName(tr("Fingerprints match"))
        layout.addWidget(self.matched)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Pair"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.matched.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


class SyncPage(Page):
    title = QT_TRANSLATE_NOOP("", "Sync")
    shows = frozenset({SYNC})

    def __init__(self, session_factory: Callable[[], Session], database: Database) -> None:
        super().__init__(session_factory)
        self.database = database
        self.setAcceptDrops(True)
        desk = profile.desk_of(database)
        self.desk = desk
        self.peer_roles: dict[str, tuple[str, str]] = {}  # paired desk id -> (role, name), for checks before export

        me = QGroupBox(tr("This desk"))
        ml = QGridLayout(me)
        fingerprint = identity.fingerprint(desk.signing_public, desk.encryption_public)
        groups = fingerprint.split()
        self.my_fingerprint = QLabel("   ".join(groups[:6]) + "\n" + "   ".join(groups[6:]))
        self.my_fingerprint.setObjectName("Fingerprint")
        self.my_fingerprint.setAccessibleName(tr("This desk's fingerprint {fingerprint}").format(fingerprint=fingerprint))
        self.my_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ml.addWidget(rich_label(f"<b>{html.escape(desk.desk_name)}</b> · "
                                f"{html.escape(tr(ROLE_LABELS[desk.role]) if desk.role in ROLE_LABELS else desk.role)} · "
                                f"{html.escape(tr('desk id {id}…').format(id=desk.desk_id[:8]))}"), 0, 0)
        ml.addWidget(self.my_fingerprint, 1, 0)
        export_id = QPushButton(tr("Export my &identity…"))
        export_id.setAccessibleName(tr("Export my identity"))
        export_id.clicked.connect(self.export_identity)
        ml.addWidget(export_id, 0, 1, 2, 1)
        self.layout_.addWidget(me)

        row = QHBoxLayout()
        peers_box = QGroupBox(tr("Paired desks"))
        pl = QVBoxLayout(peers_box)
        columns = peer_columns()
        self.peers_view, self.peers_model = _table(columns, tr("Paired desks"),
                                                  empty=tr("No desks paired yet. Pair with a desk (Alt+P) "
                                                           "from its identity file."))
        self.peers_view.setWordWrap(False)
        self.peers_view.horizontalHeader().setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.peers_view)
        pb = ButtonBar()
        for text, slot in ((tr("&Pair with a desk…"), self.pair), (tr("Re&name…"), self.rename),
                           (tr("Re&voke"), self.revoke)):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(slot)
            pb.addWidget(b)
        pb.addStretch(1)
        pl.addLayout(pb)
        row.addWidget(peers_box, 3)

        move = QGroupBox(tr("Bundles"))
        gl = QGridLayout(move)
        self.peer_combo = QComboBox()
        self.peer_combo.setAccessibleName(tr("Export to desk"))
        self.kind_combo = QComboBox()
        # what this desk's role may send (docs/bundle-format.md, "Write scopes")
        if desk.role != "supervisor":
            self.kind_combo.addItem(tr("Sync: changes since the last bundle"), "sync")
        if desk.role == "worker":
            self.kind_combo.addItem(tr("Handover: one case, whole"), "handover")
            self.kind_combo.addItem(tr("Summary for my supervisor"), "summary")
        self.kind_combo.setAccessibleName(tr("Bundle kind"))
        self.include_names = QCheckBox(tr("Include &names for supervision"))
        self.include_names.setAccessibleName(tr("Include names for supervision"))
        self.include_names.setToolTip(tr("Summaries carry no names unless you tick this; it is recorded. People who "
                                         "must not be disclosed are never included."))
        self.include_names.setVisible(False)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.include_names.setVisible(self.kind_combo.currentData() == "summary"))
        self.peer_combo.currentIndexChanged.connect(lambda _i: self._kind_for_peer())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_case_row())
        self.case_ref = QLineEdit()
        self.case_ref.setPlaceholderText(tr("Case reference, e.g. C-7K3QM"))
        self.case_ref.setAccessibleName(tr("Case to hand over"))
        self.since = OptionalDate(None)  # unset: everything; set: only what changed since that day
        self.since.enabled.setText(tr("Only since"))
        self.since.enabled.setAccessibleName(tr("Only what changed since a date"))
        self.since.edit.setAccessibleName(tr("Everything since date"))
        export = QPushButton(tr("&Export bundle…"))
        export.setDefault(True)
        export.setAccessibleName(tr("Export bundle"))
        export.clicked.connect(self.export_bundle)
        import_button = QPushButton(tr("I&mport bundle…"))
        import_button.setAccessibleName(tr("Import bundle"))
        import_button.clicked.connect(self.choose_import)
        to_label, kind_label, since_label = QLabel(tr("To")), QLabel(tr("Kind")), QLabel(tr("Since"))
        gl.addWidget(to_label, 0, 0)
        gl.addWidget(self.peer_combo, 0, 1)
        gl.addWidget(kind_label, 1, 0)
        gl.addWidget(self.kind_combo, 1, 1)
        self.case_label = QLabel(tr("Case"))
        gl.addWidget(self.case_label, 2, 0)
        gl.addWidget(self.case_ref, 2, 1)
        gl.addWidget(since_label, 3, 0)
        gl.addWidget(self.since, 3, 1)
        gl.addWidget(self.include_names, 4, 0, 1, 2)
        gl.addWidget(export, 5, 1)
        self.export_button = export
        if self.kind_combo.count() == 0:  # a supervisor's desk only receives workers' summaries: no export to show
            for w in (to_label, self.peer_combo, kind_label, self.kind_combo, since_label, self.since, export):
                w.setEnabled(False)
                w.hide()
            export.setToolTip(tr("A supervisor's desk sends no bundles: workers send it their summaries."))
            self.kind_combo.setPlaceholderText(tr("Summaries are received, not sent"))
        purpose = QLabel(tr(SYNC_PURPOSE[desk.role]) if desk.role in SYNC_PURPOSE else "")
        purpose.setObjectName("Muted")
        purpose.setWordWrap(True)
        self.purpose = purpose
        # under the page's heading, the page's width: in the Bundles box its last line fell off at 768 px
        self.layout_.insertWidget(self.layout_.indexOf(me), purpose)
        self._show_case_row()
        hint = QLabel(tr("Or drop a bundle file anywhere on this page."))
        hint.setObjectName("Muted")
        gl.addWidget(import_button, 6, 1)
        gl.addWidget(hint, 7, 1)
        gl.setRowStretch(9, 1)  # the rows stay together at the top, whichever are shown
        row.addWidget(move, 2)
        self.layout_.addLayout(row, 2)

        bottom = QHBoxLayout()
        conflicts_box = QGroupBox(tr("Conflicts to review"))
        cl = QVBoxLayout(conflicts_box)
        explain = QLabel(tr("The same field was changed on two desks before they synced. Every desk shows the same "
                            "standing value; confirm it or choose. Your choice travels with the next sync."))
        explain.setWordWrap(True)
        explain.setObjectName("Muted")
        cl.addWidget(explain)
        self.conflicts_view, self.conflicts_model = _table(conflict_columns(), tr("Conflicts"),
                                                          empty=tr("No conflicts to review."))
        cl.addWidget(self.conflicts_view)
        cb = ButtonBar()
        for text, choice in ((tr("Keep &mine"), "mine"), (tr("Take &theirs"), "theirs"), (tr("&Edit…"), "edit")):
            b = QPushButton(text)
            b.setAccessibleName(text.replace("&", "").rstrip("…"))
            b.clicked.connect(lambda _=False, c=choice: self.resolve(c))
            cb.addWidget(b)
        cb.addStretch(1)
        cl.addLayout(cb)
        bottom.addWidget(conflicts_box, 1)
        history_box = QGroupBox(tr("History"))
        hl = QVBoxLayout(history_box)
        self.history_view, self.history_model = _table(history_columns(), tr("Bundle history"),
                                                      empty=tr("No bundles made or imported yet."))
        hl.addWidget(self.history_view)
        bottom.addWidget(history_box, 1)
        self.layout_.addLayout(bottom, 2)
        self.last_report: object | None = None

    # loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.session_factory() as s:
            peers = peer_service.peers(s)
            names = {p.desk_id: p.name for p in peers}
            history = sync_service.history(s)
            conflicts = sync_service.open_conflicts(s)
            for p in peers:
                s.expunge(p)
            for b in history:
                s.expunge(b)
        for b in history:
            b.peer_name = names.get(b.peer_desk_id, b.peer_desk_id[:8])
            b.summary_text = _summary_text(b.summary)
        for c in conflicts:
            c.record_label = record_name(c.table, self.desk.role)
        self.peer_roles = {p.desk_id: (p.role, p.name) for p in peers}
        self.peers_model.set_rows(peers)
        self.history_model.set_rows(history)
        self.conflicts_model.set_rows(conflicts)
        current = self.peer_combo.currentData()
        self.peer_combo.clear()
        for p in peers:
            if p.revoked_at is None and (p.role != "supervisor" or self.desk.role == "worker"):
                self.peer_combo.addItem(f"{p.name} ({p.role})", p.desk_id)
        i = self.peer_combo.findData(current)
        if i >= 0:
            self.peer_combo.setCurrentIndex(i)

    def _kind_for_peer(self) -> None:
        """Choosing the supervisor's desk chooses a summary; choosing another desk leaves summary for sync."""
        role, _name = self.peer_roles.get(self.peer_combo.currentData(), (None, ""))
        kind = self.kind_combo.currentData()
        if role == "supervisor" and kind != "summary":
            i = self.kind_combo.findData("summary")
        elif role is not None and role != "supervisor" and kind == "summary":
            i = self.kind_combo.findData("sync")
        else:
            return
        if i >= 0:
            self.kind_combo.setCurrentIndex(i)

    def _show_case_row(self) -> None:
        """The case to hand over is asked only for a handover (a visits hall never sees the row)."""
        handover = self.kind_combo.currentData() == "handover"
        self.case_label.setVisible(handover)
        self.case_ref.setVisible(handover)

    def _selected(self, view: QTableView):  # noqa: ANN202
        index = view.currentIndex()
        return view.model().data(index, ROW_ROLE) if index.isValid() else None

    # identity and pairing ------------------------------------------------------------------
    def export_identity(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export my identity"), str(Path.home() / f"{self.desk.desk_name.replace('/', '-')}.fswid"),
                tr("FSW Desk identity") + " (*.fswid)")
        if path:
            operations.write(self, lambda s: peer_service.export_identity(s, Path(path)), changes={operations.AUDIT},
                             title=tr("Export my identity"), success=lambda _r: self.window().statusBar().showMessage(
                                 tr("Identity exported: give the file to the other desk. It holds public keys only."),
                                 8000))

    def pair(self, path: str | None = None) -> PairDialog | None:
        if not path:
            # any name: ``fsw identity --export`` writes whatever it is given; the reader judges the content
            path, _ = QFileDialog.getOpenFileName(self, tr("Pair with a desk: the other desk's identity file"),
                                                  str(Path.home()),
                                                  tr("All files") + " (*);;" + tr("FSW Desk identity") + " (*.fswid)")
        if not path:
            return None
        try:
            ident = peer_service.read_identity_file(Path(path))
        except FswError as exc:
            QMessageBox.warning(self, tr("Pair with a desk"), exc.message)
            return None
        dialog = PairDialog(self, ident)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            name, confirmed = dialog.name.text().strip() or None, dialog.matched.isChecked()
            operations.write(self, lambda s: peer_service.pair(s, ident, name, confirmed=confirmed), changes={SYNC},
                             title=tr("Pair with a desk"))

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def rename(self) -> None:
        peer = self._selected(self.peers_view)
        if peer is None:
            return
        name, ok = QInputDialog.getText(self, tr("Rename desk"), tr("New name:"), text=peer.name)
        if ok and name.strip():
            operations.write(self, lambda s: peer_service.rename(s, peer.desk_id, name.strip()), changes={SYNC},
                             title=tr("Sync"))

    def revoke(self) -> None:
        peer = self._selected(self.peers_view)
        if peer is None:
            return
        answer = QMessageBox.question(self, tr("Revoke"), tr("Stop trusting {desk}? Its bundles will be refused.").format(
            desk=peer.name))
        if answer == QMessageBox.StandardButton.Yes:
            operations.write(self, lambda s: peer_service.revoke(s, peer.desk_id), changes={SYNC}, title=tr("Sync"))

    # bundles --------------------------------------------------------------------------------
    def export_bundle(self, path: str | None = None) -> None:
        peer = self.peer_combo.currentData()
        if not peer:
            QMessageBox.information(self, tr("Export bundle"), tr(NO_PEER_YET))
            return
        kind = self.kind_combo.currentData()
        role, name = self.peer_roles.get(peer, (None, self.peer_combo.currentText()))
        refusal = refusal_before_export(kind, role, name)
        if refusal is not None:  # said now, before a file name is asked for nothing
            QMessageBox.warning(self, tr("Export bundle"), refusal)
            return
        case_ref = self.case_ref.text().strip() or None
        since = self.since.value()
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export bundle"), str(Path.home() / f"{kind}.fswb"),
                                                  tr("FSW Desk bundle") + " (*.fswb)")
        if not path:
            return
        database = self.database
        if kind == "summary":
            names = self.include_names.isChecked()
            operations.run_in_background(
                self, tr("Exporting summary"),
                lambda progress: summary_bundle.export_summary(database, peer, Path(path), include_names=names,
                                                               progress=progress),
                changes={SYNC}, success=self._exported)
            return
        operations.run_in_background(
            self, tr("Exporting bundle"),
            lambda progress: sync_service.export_bundle(database, peer, Path(path), kind=kind, case_ref=case_ref,
                                                        since=since, progress=progress),
            changes={SYNC}, success=self._exported)

    def _exported(self, report) -> None:  # noqa: ANN001
        self.last_report = report
        if isinstance(report, summary_bundle.SummaryExportReport):
            text = (tr("Summary of {cases} cases, {bytes} bytes, encrypted for {desk}.").format(
                cases=report.cases, bytes=f"{report.bytes:,}", desk=report.peer) + " "
                + (tr("Names were included, as you chose; this is recorded.") if report.include_names
                   else tr("No names, addresses or notes are in it.")))
            QMessageBox.information(self, tr("Summary exported"), text)
            return
        QMessageBox.information(self, tr("Bundle exported"),
                                tr("{changes} changes, {bytes} bytes, encrypted for the chosen desk.").format(
                                    changes=report.changes, bytes=f"{report.bytes:,}"))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import bundle"), str(Path.home()),
                                              tr("FSW Desk bundle") + " (*.fswb);;" + tr("All files") + " (*)")
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str) -> None:
        database = self.database
        if self.desk.role == "supervisor" and summary_bundle.is_summary(Path(path)):
            operations.run_in_background(
                self, tr("Importing summary"),
                lambda progress: summary_bundle.import_summaries(database, [path], progress=progress),
                changes={SYNC, TEAM}, success=self._summaries_imported)
            return
        operations.run_in_background(
            self, tr("Importing bundle"),
            lambda progress: sync_service.import_bundle(database, Path(path), progress=progress),
            changes=EVERYTHING, success=self._imported)

    def _summaries_imported(self, results) -> None:  # noqa: ANN001
        self.last_report = results
        fresh = [r for r in results if not getattr(r, "replay", False)]
        QMessageBox.information(self, tr("Summary imported"), tr("Imported: see the Team page.") if fresh
                                else tr("This summary was imported before. Nothing changed."))

    def _imported(self, report) -> None:  # noqa: ANN001
        self.last_report = report
        if report.replay:
            text = tr("This bundle was imported before. Nothing changed.")
        else:
            text = tr("From {desk}: {added} added, {updated} updated, {conflicts} new conflicts to review.").format(
                desk=report.sender, added=report.added, updated=report.updated, conflicts=report.conflicts)
            if report.warnings:
                text += "\n\n" + "\n".join(report.warnings)
        QMessageBox.information(self, tr("Bundle imported"), text)
        if not report.replay:  # the same people arriving twice, typed differently on another desk (issue 19)
            self.duplicates_review = offer_review(self, report.record_ids,
                                                  tr("among the people from {desk}").format(desk=report.sender))

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_bundle(url.toLocalFile())
                break

    # conflicts ------------------------------------------------------------------------------
    def resolve(self, choice: str, value: str | None = None) -> None:
        conflict = self._selected(self.conflicts_view)
        if conflict is None:
            return
        if choice == "edit" and value is None:
            value, ok = QInputDialog.getText(self, tr("Edit"), tr("Value for {field}:").format(field=conflict.field),
                                             text="" if conflict.current_value is None else str(conflict.current_value))
            if not ok:
                return
        # the settled value is written into its record, whichever kind that is
        operations.write(self, lambda s: sync_service.resolve_conflict(s, conflict.id, choice, value),
                         changes=EVERYTHING, title=tr("Sync"))


def _summary_text(raw: str) -> str:
    import json

    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    parts = [f"{tr(SUMMARY_WORDS[k]) if k in SUMMARY_WORDS else k} {v}" for k, v in data.items()
             if isinstance(v, (int, float)) and v]
    return ", ".join(parts)
