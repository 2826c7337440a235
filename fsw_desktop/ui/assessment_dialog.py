"""Assessment: needs from the brief's lists and outcome scores 1-5 with guidance beside each."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel,
    QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from sqlalchemy.orm import Session

from ..services.desk.dates import QT_DATE
from ..services.desk import vocab
from ..services.casework.assessments import NeedInput, ScoreInput
from . import operations
from .forms import DraftForm, pydate, qdate

NOT_SCORED = "Not scored"


class AssessmentDialog(DraftForm):
    form_id = "assessment"
    title = "Assessment"

    def __init__(self, parent: QWidget | None, case_id: str, kinds: list[str],
                 people: list[tuple[str, str]],
                 save: Callable[[Session, str, object, list[NeedInput], list[ScoreInput], str], list[str]],
                 outcomes: list[tuple[str, str, str]] | None = None, *, changes: Iterable[str]) -> None:
        """``save(session, kind, on, needs, scores, notes)`` is written through ``operations.write``."""
        super().__init__(parent)
        from datetime import date

        self.case_id = case_id
        self._save = save
        self.changes = frozenset(changes)
        self.setWindowTitle("Record assessment")
        self.setAccessibleName("Record assessment")
        self.resize(760, 720)
        self.kind = QComboBox()
        self.kind.addItems(kinds)
        self.kind.setAccessibleName("Assessment kind")
        self.on = QDateEdit(qdate(date.today()))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(QT_DATE)
        self.on.setAccessibleName("Assessment date")
        self.person = QComboBox()
        self.person.addItem("Whole family", "")
        for label, pid in people:
            self.person.addItem(label, pid)
        self.person.setAccessibleName("Scores are for")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.setAccessibleName("Assessment notes")
        top = QFormLayout()
        top.addRow("&Kind", self.kind)
        top.addRow("&Date", self.on)
        top.addRow("Scores &for", self.person)
        top.addRow("&Notes", self.notes)

        needs_box = QGroupBox("Needs")
        grid = QGridLayout(needs_box)
        self.needs: dict[str, tuple[QCheckBox, QComboBox, QComboBox]] = {}
        for i, area in enumerate(vocab.NEED_AREAS):
            check = QCheckBox(area)
            check.setAccessibleName(f"Need: {area}")
            nature = QComboBox()
            nature.addItems(vocab.NEED_NATURES)
            nature.setAccessibleName(f"{area}: practical or emotional")
            term = QComboBox()
            term.addItems([f"{t} term" for t in vocab.NEED_TERMS])
            term.setAccessibleName(f"{area}: short or long term")
            self.needs[area] = (check, nature, term)
            grid.addWidget(check, i, 0)
            grid.addWidget(nature, i, 1)
            grid.addWidget(term, i, 2)
        grid.setColumnStretch(0, 1)

        scores_box = QGroupBox("Outcome scores (1 = greatest need, 5 = no concern)")
        sgrid = QGridLayout(scores_box)
        self.scores: dict[str, QComboBox] = {}
        row = 0
        outcomes = outcomes or list(vocab.OUTCOMES)
        for group in dict.fromkeys(g for g, _, _ in outcomes):
            heading = QLabel(group)
            heading.setStyleSheet("font-weight: 600; padding-top: 6px;")
            sgrid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for g, outcome, guidance in outcomes:
                if g != group:
                    continue
                combo = QComboBox()
                combo.addItems([NOT_SCORED, "1", "2", "3", "4", "5"])
                combo.setAccessibleName(f"Score: {outcome}")
                combo.setToolTip(guidance)
                hint = QLabel(guidance)
                hint.setObjectName("Muted")
                hint.setWordWrap(True)
                sgrid.addWidget(QLabel(outcome), row, 0)
                sgrid.addWidget(combo, row, 1)
                sgrid.addWidget(hint, row, 2)
                self.scores[outcome] = combo
                row += 1
        sgrid.setColumnStretch(2, 1)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(top)
        inner_layout.addWidget(needs_box)
        inner_layout.addWidget(scores_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.message = QLabel("")
        self.message.setObjectName("Error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Form message")
        self.set_general_label(self.message)
        self.missing = QLabel("")
        self.missing.setObjectName("Warning")
        self.missing.setWordWrap(True)
        for combo in self.scores.values():
            combo.currentIndexChanged.connect(self._update_missing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.warnings: list[str] = []
        self._update_missing()

    def _update_missing(self) -> None:
        missing = [o for o, c in self.scores.items() if c.currentText() == NOT_SCORED]
        self.missing.setText(f"{len(missing)} of {len(self.scores)} outcomes not scored yet." if missing else
                             "Every outcome scored.")

    def fields(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {"kind": self.kind, "on": self.on, "notes": self.notes, "person": self.person}
        for area, (check, nature, term) in self.needs.items():
            out[f"need:{area}"] = check
            out[f"nature:{area}"] = nature
            out[f"term:{area}"] = term
        for outcome, combo in self.scores.items():
            out[f"score:{outcome}"] = combo
        return out

    def draft_values(self) -> dict:
        values = super().draft_values()
        values["_context"] = {"case_id": self.case_id}
        return values

    def selected_needs(self) -> list[NeedInput]:
        return [NeedInput(area, nature.currentText(), term.currentText().split()[0])
                for area, (check, nature, term) in self.needs.items() if check.isChecked()]

    def selected_scores(self) -> list[ScoreInput]:
        person = self.person.currentData() or None
        return [ScoreInput(outcome, int(c.currentText()), person)
                for outcome, c in self.scores.items() if c.currentText() != NOT_SCORED]

    def _accept(self) -> None:
        args = (self.kind.currentText(), pydate(self.on.date()), self.selected_needs(), self.selected_scores(),
                self.notes.toPlainText().strip())
        operations.write(self, self.guarded(lambda s: self._save(s, *args)), changes=self.changes,
                         success=self._saved, failure=self.refused)

    def _saved(self, warnings: list[str] | None) -> None:
        self.warnings = list(warnings or [])
        self.accept()
