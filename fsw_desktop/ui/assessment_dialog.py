"""Assessment: needs from the brief's lists and outcome scores 1-5 with guidance beside each."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel,
    QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from sqlalchemy.orm import Session

from .date_box import DateBox
from ..services.desk import vocab
from ..services.casework.assessments import NeedInput, ScoreInput
from . import operations
from .forms import DraftForm, choice, fill_choices, pydate, qdate
from ..words import QT_TRANSLATE_NOOP, tr

NOT_SCORED = ""  # a score combo's value before a score is chosen; shown as "Not scored"


class AssessmentDialog(DraftForm):
    form_id = "assessment"
    title = QT_TRANSLATE_NOOP("", "Assessment")

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
        self.setWindowTitle(tr("Record assessment"))
        self.setAccessibleName(tr("Record assessment"))
        self.resize(760, 720)
        self.kind = QComboBox()
        fill_choices(self.kind, kinds)
        self.kind.setAccessibleName(tr("Assessment kind"))
        self.on = DateBox(qdate(date.today()))
        self.on.setAccessibleName(tr("Assessment date"))
        self.person = QComboBox()
        self.person.addItem(tr("Whole family"), "")
        for label, pid in people:
            self.person.addItem(label, pid)
        self.person.setAccessibleName(tr("Scores are for"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.setAccessibleName(tr("Assessment notes"))
        top = QFormLayout()
        top.addRow(tr("&Kind"), self.kind)
        top.addRow(tr("&Date"), self.on)
        top.addRow(tr("Scores &for"), self.person)
        top.addRow(tr("&Notes"), self.notes)

        needs_box = QGroupBox(tr("Needs"))
        grid = QGridLayout(needs_box)
        self.needs: dict[str, tuple[QCheckBox, QComboBox, QComboBox]] = {}
        for i, area in enumerate(vocab.NEED_AREAS):
            check = QCheckBox(tr(area))  # vocab's marked words
            check.setAccessibleName(tr("Need: {area}").format(area=tr(area)))
            nature = QComboBox()
            fill_choices(nature, vocab.NEED_NATURES)
            nature.setAccessibleName(tr("{area}: practical or emotional").format(area=tr(area)))
            term = QComboBox()
            for t in vocab.NEED_TERMS:
                term.addItem(tr("{term} term").format(term=tr(t)), t)
            term.setAccessibleName(tr("{area}: short or long term").format(area=tr(area)))
            self.needs[area] = (check, nature, term)
            grid.addWidget(check, i, 0)
            grid.addWidget(nature, i, 1)
            grid.addWidget(term, i, 2)
        grid.setColumnStretch(0, 1)

        scores_box = QGroupBox(tr("Outcome scores (1 = greatest need, 5 = no concern)"))
        sgrid = QGridLayout(scores_box)
        self.scores: dict[str, QComboBox] = {}
        row = 0
        outcomes = outcomes or list(vocab.OUTCOMES)
        for group in dict.fromkeys(g for g, _, _ in outcomes):
            heading = QLabel(tr(group))
            heading.setStyleSheet("font-weight: 600; padding-top: 6px;")
            sgrid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for g, outcome, guidance in outcomes:
                if g != group:
                    continue
                combo = QComboBox()
                combo.addItem(tr("Not scored"), NOT_SCORED)
                for score in ("1", "2", "3", "4", "5"):
                    combo.addItem(score, score)
                combo.setAccessibleName(tr("Score: {outcome}").format(outcome=tr(outcome)))
                combo.setToolTip(tr(guidance))
                hint = QLabel(tr(guidance))
                hint.setObjectName("Muted")
                hint.setWordWrap(True)
                sgrid.addWidget(QLabel(tr(outcome)), row, 0)
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
        self.message.setAccessibleName(tr("Form message"))
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
        missing = [o for o, c in self.scores.items() if choice(c) == NOT_SCORED]
        self.missing.setText(tr("%n of {total} outcomes not scored yet.", "", len(missing)).format(total=len(self.scores))
                             if missing else tr("Every outcome scored."))

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
        return [NeedInput(area, choice(nature), choice(term))
                for area, (check, nature, term) in self.needs.items() if check.isChecked()]

    def selected_scores(self) -> list[ScoreInput]:
        person = self.person.currentData() or None
        return [ScoreInput(outcome, int(choice(c)), person)
                for outcome, c in self.scores.items() if choice(c) != NOT_SCORED]

    def _accept(self) -> None:
        args = (choice(self.kind), pydate(self.on.date()), self.selected_needs(), self.selected_scores(),
                self.notes.toPlainText().strip())
        operations.write(self, self.guarded(lambda s: self._save(s, *args)), changes=self.changes,
                         success=self._saved, failure=self.refused)

    def _saved(self, warnings: list[str] | None) -> None:
        self.warnings = list(warnings or [])
        self.accept()
