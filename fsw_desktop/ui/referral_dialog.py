"""New referral: the first thing a worker records about a family.

Save is refused with every problem at once, each shown under its field
(``referrals.intake_referral`` raises ``Invalid``): a referral needs a family
contact with a way to reach them and a reason, and a prison number in the
A1234BC form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from .date_box import DateBox
from ..services.casework import referrals
from ..services.desk import vocab
from . import operations
from .fit import scrolling
from .duplicates_dialog import offer_review_of_case
from .forms import DraftForm, choice, fill_choices, pydate, qdate
from ..words import QT_TRANSLATE_NOOP, tr

CONSENT = vocab.CONSENT_STATUSES


class ReferralDialog(DraftForm):
    form_id = "referral"
    title = QT_TRANSLATE_NOOP("", "New referral")
    saved = Signal(str)  # the new case's reference

    def __init__(self, parent: QWidget | None, sources: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(self.title))
        self.setAccessibleName(tr(self.title))
        self.setMinimumWidth(520)

        self.referral_date = DateBox(qdate(date.today()))
        self.source = QComboBox()
        fill_choices(self.source, sources or vocab.REFERRAL_SOURCE_NAMES)
        self.source.setEditable(True)
        self.referrer = QLineEdit()
        self.referrer_contact = QLineEdit()
        self.prisoner_given = QLineEdit()
        self.prisoner_family = QLineEdit()
        self.prison_number = QLineEdit()
        self.prison_number.setPlaceholderText("A1234BC")
        self.prison_number.setToolTip(tr(referrals.PRISON_NUMBER_FORM))
        self.contact_given = QLineEdit()
        self.contact_family = QLineEdit()
        self.contact_relationship = QComboBox()
        fill_choices(self.contact_relationship, vocab.RELATIONSHIPS)
        self.contact_phone = QLineEdit()
        self.contact_address = QLineEdit()
        self.contact_address.setPlaceholderText(tr("If there is no phone: where letters reach them"))
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setFixedHeight(70)
        self.risk = QPlainTextEdit()
        self.risk.setTabChangesFocus(True)
        self.risk.setFixedHeight(60)
        self.risk.setPlaceholderText(tr("Ask the referrer: any risks to the family, to staff, or from contact?"))
        self.consent = QComboBox()
        fill_choices(self.consent, CONSENT)

        names = {
            self.referral_date: tr("Referral date"), self.source: tr("Referral source"),
            self.referrer: tr("Referrer"),
            self.referrer_contact: tr("Referrer contact"), self.prisoner_given: tr("Prisoner given name"),
            self.prisoner_family: tr("Prisoner family name"), self.prison_number: tr("Prison number"),
            self.contact_given: tr("Family contact given name"), self.contact_family: tr("Family contact family name"),
            self.contact_relationship: tr("Relationship to prisoner"), self.contact_phone: tr("Family contact phone"),
            self.contact_address: tr("Family contact address"),
            self.reasons: tr("Reasons for referral"), self.risk: tr("Risk information"),
            self.consent: tr("Consent status"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

        row = self.field_with_problem  # each field with its problem line under it
        referral = QGroupBox(tr("Referral"))
        f1 = QFormLayout(referral)
        f1.addRow(tr("&Date"), row("referral_date", self.referral_date))
        f1.addRow(tr("&Source"), row("source", self.source))
        f1.addRow(tr("&Referrer"), row("referrer", self.referrer))
        f1.addRow(tr("Referrer &contact"), row("referrer_contact", self.referrer_contact))
        prisoner = QGroupBox(tr("Prisoner"))
        f2 = QFormLayout(prisoner)
        f2.addRow(tr("&Given name"), row("prisoner_given", self.prisoner_given))
        f2.addRow(tr("&Family name"), row("prisoner_family", self.prisoner_family))
        f2.addRow(tr("Prison &number"), row("prison_number", self.prison_number))
        family = QGroupBox(tr("Family contact (needed: a name, and a phone or an address)"))
        f3 = QFormLayout(family)
        f3.addRow(tr("Given name"), row("contact_given", self.contact_given))
        f3.addRow(tr("Family name"), row("contact_family", self.contact_family))
        f3.addRow(tr("Relationship"), row("contact_relationship", self.contact_relationship))
        f3.addRow(tr("Phone"), row("contact_phone", self.contact_phone))
        f3.addRow(tr("Address"), row("contact_address", self.contact_address))
        about = QGroupBox(tr("Reasons, risk and consent"))
        f4 = QFormLayout(about)
        f4.addRow(tr("Reasons"), row("reasons", self.reasons))
        f4.addRow(tr("Risk"), row("risk", self.risk))
        f4.addRow(tr("Consent"), row("consent", self.consent))

        self.error = QLabel("")
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Form message"))
        self.set_general_label(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        boxes = QVBoxLayout()
        for box in (referral, prisoner, family, about):
            boxes.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(boxes), 1)  # the boxes scroll on a small screen; Save stays in view (ui/fit.py)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 640)
        # either of two fields answers one need: filling in the other takes the mark away too
        self.contact_family.textChanged.connect(lambda _t: self.clear_problem("contact_given"))
        self.contact_address.textChanged.connect(lambda _t: self.clear_problem("contact_phone"))
        self.prisoner_given.setFocus()

    def fields(self) -> dict[str, QWidget]:
        return {
            "referral_date": self.referral_date, "source": self.source, "referrer": self.referrer,
            "referrer_contact": self.referrer_contact, "prisoner_given": self.prisoner_given,
            "prisoner_family": self.prisoner_family, "prison_number": self.prison_number,
            "contact_given": self.contact_given, "contact_family": self.contact_family,
            "contact_relationship": self.contact_relationship, "contact_phone": self.contact_phone,
            "contact_address": self.contact_address, "reasons": self.reasons, "risk": self.risk, "consent": self.consent,
        }

    def _accept(self) -> None:
        data = referrals.ReferralInput(
            referral_date=pydate(self.referral_date.date()),
            source=choice(self.source),
            prisoner_given=self.prisoner_given.text(),
            prisoner_family=self.prisoner_family.text(),
            prison_number=self.prison_number.text(),
            referrer_name=self.referrer.text(),
            referrer_contact=self.referrer_contact.text(),
            reasons=self.reasons.toPlainText(),
            risk_info=self.risk.toPlainText(),
            consent_status=choice(self.consent),
            contact_given=self.contact_given.text(),
            contact_family=self.contact_family.text(),
            contact_relationship=choice(self.contact_relationship),
            contact_phone=self.contact_phone.text(),
            contact_address=self.contact_address.text(),
        )
        operations.write(self, self.guarded(lambda s: referrals.intake_referral(s, data).ref),
                         changes={operations.CASES, operations.PEOPLE}, success=self._saved, failure=self.refused)

    def _saved(self, ref: str) -> None:
        self.saved.emit(ref)
        offer_review_of_case(self.parentWidget() or self, ref)  # the same people typed again? (issue 19)
        self.accept()
