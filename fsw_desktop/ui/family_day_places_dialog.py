"""Add families to a family day in one go: search, tick families, choose who goes, see places asked against places.

All or nothing: when the rules refuse any ticked family nothing is written, and each refused family is
marked in the list with the reason, so the desk can untick it or change who goes and add again.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from ..services.visits import family_day_places as places
from ..words import QT_TRANSLATE_NOOP, tr
from . import operations
from .forms import DraftForm
from .operations import FAMILY_DAYS

ID_ROLE = Qt.ItemDataRole.UserRole


def wide_enough(button: QPushButton, text: str = "") -> None:
    """A default button is drawn bold: leave room for its bold text, so it is never clipped."""
    font = QFont(button.font())
    font.setBold(True)
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance((text or button.text()).replace("&", "")) + 48)


class FamilyDayPlacesDialog(DraftForm):
    """Many "Request a place" in one write; ``added`` holds the requests made once accepted.

    A draft over a lock keeps the families ticked and who goes (``draft_values``).
    """

    form_id = "family-day-places"
    title = QT_TRANSLATE_NOOP("", "Add families")

    def __init__(self, parent: QWidget | None, session_factory: Callable[[], Session], day) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.session_factory = session_factory
        self.day = day
        self.added: places.AddedFamilies | None = None
        self.chosen: dict[str, dict[str, bool]] = {}  # prisoner id -> person id -> goes
        self.repair: dict[str, bool] = {}
        self.refused: dict[str, str] = {}
        self._members: dict[str, list[places.Member]] = {}
        self.setWindowTitle(tr("Add families: {day}").format(day=day.title or day.kind))
        self.setAccessibleName(tr("Add families to the family day"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Tick each family to add and, on the right, who goes. Anyone who cannot come to this day "
                          "(banned, not approved, closed visits only, outside the day's ages) cannot be ticked."))
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search families by name or prison number"))
        self.search.setAccessibleName(tr("Search families"))
        self.search.textChanged.connect(self._filter)
        left.addWidget(self.search)
        self.families = QListWidget()
        self.families.setAccessibleName(tr("Families: tick to add"))
        self.families.itemChanged.connect(self._ticked)
        self.families.currentItemChanged.connect(lambda *_: self._show_members())
        left.addWidget(self.families, 1)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.who_label = QLabel(tr("Who goes: choose a family."))
        self.who_label.setWordWrap(True)
        right.addWidget(self.who_label)
        self.members = QListWidget()
        self.members.setAccessibleName(tr("Who goes"))
        self.members.itemChanged.connect(self._member_ticked)
        right.addWidget(self.members, 1)
        self.repair_box = QCheckBox(tr("A relationship to &repair"))
        self.repair_box.setAccessibleName(tr("A relationship to repair"))
        self.repair_box.toggled.connect(self._repair_toggled)
        right.addWidget(self.repair_box)
        row.addLayout(right, 2)
        layout.addLayout(row, 1)
        self.total = QLabel("")
        self.total.setAccessibleName(tr("Places asked against places"))
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Form message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(tr("&Add ticked families"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(tr("Add ticked families"))
        wide_enough(self.add_button)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    # --- the list ----------------------------------------------------------------------------------
    def _load(self) -> None:
        with self.session_factory() as s:
            offered = places.families_on_offer(s, self.day.id)
        self.families.blockSignals(True)
        for f in offered:
            text = f"{f.prisoner_name} {f.prison_number}".strip()
            if f.request_ref:
                text = tr("{family}  (already asked: {ref})").format(family=text, ref=f.request_ref)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, f.prisoner_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not f.request_ref:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self.families.addItem(item)
        self.families.blockSignals(False)
        self._update_total()

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.families.count()):
            item = self.families.item(i)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def _item(self, prisoner_id: str) -> QListWidgetItem | None:
        for i in range(self.families.count()):
            if self.families.item(i).data(ID_ROLE) == prisoner_id:
                return self.families.item(i)
        return None

    def _members_of(self, prisoner_id: str) -> list[places.Member]:
        if prisoner_id not in self._members:
            with self.session_factory() as s:
                self._members[prisoner_id] = places.members(s, self.day.id, prisoner_id)
        return self._members[prisoner_id]

    def tick(self, prisoner_id: str, on: bool = True) -> None:
        """Tick (or untick) a family, as a click on its box does."""
        item = self._item(prisoner_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [self.families.item(i).data(ID_ROLE) for i in range(self.families.count())
                if self.families.item(i).checkState() == Qt.CheckState.Checked]

    def _ticked(self, item: QListWidgetItem) -> None:
        pid = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked and pid not in self.chosen:
            self.chosen[pid] = {m.person_id: m.may_come for m in self._members_of(pid)}
        if self.families.currentItem() is not item:
            self.families.setCurrentItem(item)
        else:
            self._show_members()
        self._update_total()

    # --- who goes ------------------------------------------------------------------------------------
    def _show_members(self) -> None:
        item = self.families.currentItem()
        self.members.blockSignals(True)
        self.members.clear()
        self.members.blockSignals(False)
        if item is None:
            return
        pid = item.data(ID_ROLE)
        members = self._members_of(pid)
        goes = self.chosen.get(pid, {m.person_id: m.may_come for m in members})
        self.who_label.setText(tr("Who goes: {family}").format(family=item.text()) if members else
                               tr("{family}: no family on record. Add family members to the case first.").format(
                                   family=item.text()))
        self.members.blockSignals(True)
        for m in members:
            relationship = m.relationship or tr("family", "a relationship not recorded")
            if m.age is not None:
                text = tr("{name} ({relationship}, {age})").format(name=m.name, relationship=relationship, age=m.age)
            else:
                text = tr("{name} ({relationship})").format(name=m.name, relationship=relationship)
            if not m.may_come:
                text = tr("{member}: {why_not}").format(member=text, why_not=m.why_not)
            row = QListWidgetItem(text)
            row.setData(ID_ROLE, m.person_id)
            if m.may_come:
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                row.setCheckState(Qt.CheckState.Checked if goes.get(m.person_id) else Qt.CheckState.Unchecked)
            else:
                row.setFlags(Qt.ItemFlag.ItemIsSelectable)
                row.setToolTip(m.why_not)
            self.members.addItem(row)
        self.members.blockSignals(False)
        self.repair_box.blockSignals(True)
        self.repair_box.setChecked(self.repair.get(pid, False))
        self.repair_box.blockSignals(False)

    def choose(self, prisoner_id: str, person_id: str, goes: bool) -> None:
        """Say whether one family member goes (ticks the family too), as a click on their box does."""
        self.tick(prisoner_id)
        self.chosen.setdefault(prisoner_id, {})[person_id] = goes
        self._show_members()
        self._update_total()

    def _member_ticked(self, row: QListWidgetItem) -> None:
        family = self.families.currentItem()
        if family is None:
            return
        pid = family.data(ID_ROLE)
        if family.checkState() != Qt.CheckState.Checked:
            self.tick(pid)
        self.chosen.setdefault(pid, {})[row.data(ID_ROLE)] = row.checkState() == Qt.CheckState.Checked
        self._update_total()

    def _repair_toggled(self, on: bool) -> None:
        family = self.families.currentItem()
        if family is not None:
            self.repair[family.data(ID_ROLE)] = on

    # --- totals and adding ---------------------------------------------------------------------------
    def choices(self) -> list[places.FamilyChoice]:
        return [places.FamilyChoice(pid, [p for p, goes in self.chosen.get(pid, {}).items() if goes],
                                    self.repair.get(pid, False)) for pid in self.ticked()]

    def _update_total(self) -> None:
        chosen = self.choices()
        people = sum(len(c.person_ids) for c in chosen)
        over = len(chosen) > self.day.capacity_families or people > self.day.capacity_people
        text = tr("Asking: {families} families, {people} people · Places: {capacity_families} families, "
                  "{capacity_people} people").format(families=len(chosen), people=people,
                                                     capacity_families=self.day.capacity_families,
                                                     capacity_people=self.day.capacity_people)
        if over:
            text = tr("{totals} · more than the places: the rest will wait, by need").format(totals=text)
        self.total.setText(text)
        self.add_button.setEnabled(bool(chosen))

    def add(self) -> None:
        chosen = self.choices()
        self.refused = {}

        def work(s: Session) -> places.AddedFamilies:
            try:
                return places.add_families(s, self.day.id, chosen)
            except places.FamiliesRefused as exc:
                self.refused = exc.refused
                raise

        self.message.setText("")
        written = operations.write(self, work, changes={FAMILY_DAYS}, failure=self._refused)
        if written:
            self.added = written.result
            self.accept()

    # --- kept over a lock ----------------------------------------------------------------------------
    def has_input(self) -> bool:
        return bool(self.ticked())

    def draft_values(self) -> dict:
        ticked = self.ticked()
        return {"_day": self.day.id, "chosen": {pid: self.chosen.get(pid, {}) for pid in ticked},
                "repair": {pid: self.repair.get(pid, False) for pid in ticked}}

    def restore_values(self, values: dict) -> None:
        for pid, goes in (values.get("chosen") or {}).items():
            if self._item(pid) is None:
                continue
            self.tick(pid)
            for person_id, on in goes.items():
                if person_id in self.chosen.get(pid, {}):
                    self.chosen[pid][person_id] = bool(on)
            self.repair[pid] = bool((values.get("repair") or {}).get(pid))
        self._show_members()
        self._update_total()

    def _refused(self, message: str) -> None:
        lines = message.split("\n")
        if len(lines) > 9:  # the list itself marks every refused family; the message stays readable
            lines = lines[:8] + [tr("… and %n more, marked in red in the list (hover for the reason).", "",
                                    len(lines) - 8)]
        self.message.setText("\n".join(lines))
        for i in range(self.families.count()):
            item = self.families.item(i)
            why = self.refused.get(item.data(ID_ROLE))
            item.setForeground(QBrush(QColor("#b42318")) if why else QBrush())
            item.setToolTip(why or "")
