"""New referral: the first thing a worker records about a family."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from ..services.casework import referrals
from ..services.desk import vocab
from . import operations
from .duplicates_dialog import offer_review_of_case
from .forms import DraftForm, pydate, qdate

CONSENT = vocab.CONSENT_STATUSES




class ReferralDialog(DraftForm):
    form_id = "referral"
    title = "New referral"
    saved = Signal(str)  # the new case's reference

    def __init__(self, parent: QWidget | None, sources: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self.setMinimumWidth(520)

        self.referral_date = QDateEdit(qdate(date.today()))
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat("dd MMM yyyy")
        self.source = QComboBox()
        self.source.addItems(sources or list(vocab.REFERRAL_SOURCE_NAMES))
        self.source.setEditable(True)
        self.referrer = QLineEdit()
        self.referrer_contact = QLineEdit()
        self.prisoner_given = QLineEdit()
        self.prisoner_family = QLineEdit()
        self.prison_number = QLineEdit()
        self.prison_number.setPlaceholderText("A1234BC")
        self.number_warning = QLabel("")
        self.number_warning.setObjectName("Warning")
        self.prison_number.textChanged.connect(
            lambda t: self.number_warning.setText(referrals.prison_number_warning(t))
        )
        self.contact_given = QLineEdit()
        self.contact_family = QLineEdit()
        self.contact_relationship = QComboBox()
        self.contact_relationship.addItems(list(vocab.RELATIONSHIPS))
        self.contact_phone = QLineEdit()
        self.reasons = QPlainTextEdit()
        self.reasons.setTabChangesFocus(True)
        self.reasons.setFixedHeight(70)
        self.risk = QPlainTextEdit()
        self.risk.setTabChangesFocus(True)
        self.risk.setFixedHeight(60)
        self.risk.setPlaceholderText("Ask the referrer: any risks to the family, to staff, or from contact?")
        self.consent = QComboBox()
        self.consent.addItems(CONSENT)

        names = {
            self.referral_date: "Referral date", self.source: "Referral source", self.referrer: "Referrer",
            self.referrer_contact: "Referrer contact", self.prisoner_given: "Prisoner given name",
            self.prisoner_family: "Prisoner family name", self.prison_number: "Prison number",
            self.contact_given: "Family contact given name", self.contact_family: "Family contact family name",
            self.contact_relationship: "Relationship to prisoner", self.contact_phone: "Family contact phone",
            self.reasons: "Reasons for referral", self.risk: "Risk information", self.consent: "Consent status",
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

        referral = QGroupBox("Referral")
        f1 = QFormLayout(referral)
        f1.addRow("&Date", self.referral_date)
        f1.addRow("&Source", self.source)
        f1.addRow("&Referrer", self.referrer)
        f1.addRow("Referrer &contact", self.referrer_contact)
        prisoner = QGroupBox("Prisoner")
        f2 = QFormLayout(prisoner)
        f2.addRow("&Given name", self.prisoner_given)
        f2.addRow("&Family name", self.prisoner_family)
        f2.addRow("Prison &number", self.prison_number)
        f2.addRow("", self.number_warning)
        family = QGroupBox("Family contact")
        f3 = QFormLayout(family)
        f3.addRow("Given name", self.contact_given)
        f3.addRow("Family name", self.contact_family)
        f3.addRow("Relationship", self.contact_relationship)
        f3.addRow("Phone", self.contact_phone)
        about = QGroupBox("Reasons, risk and consent")
        f4 = QFormLayout(about)
        f4.addRow("Reasons", self.reasons)
        f4.addRow("Risk", self.risk)
        f4.addRow("Consent", self.consent)

        self.error = QLabel("")
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for box in (referral, prisoner, family, about):
            layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.prisoner_given.setFocus()

    def fields(self) -> dict[str, QWidget]:
        return {
            "referral_date": self.referral_date, "source": self.source, "referrer": self.referrer,
            "referrer_contact": self.referrer_contact, "prisoner_given": self.prisoner_given,
            "prisoner_family": self.prisoner_family, "prison_number": self.prison_number,
            "contact_given": self.contact_given, "contact_family": self.contact_family,
            "contact_relationship": self.contact_relationship, "contact_phone": self.contact_phone,
            "reasons": self.reasons, "risk": self.risk, "consent": self.consent,
        }

    def _accept(self) -> None:
        data = referrals.ReferralInput(
            referral_date=pydate(self.referral_date.date()),
            source=self.source.currentText(),
            prisoner_given=self.prisoner_given.text(),
            prisoner_family=self.prisoner_family.text(),
            prison_number=self.prison_number.text(),
            referrer_name=self.referrer.text(),
            referrer_contact=self.referrer_contact.text(),
            reasons=self.reasons.toPlainText(),
            risk_info=self.risk.toPlainText(),
            consent_status=self.consent.currentText(),
            contact_given=self.contact_given.text(),
            contact_family=self.contact_family.text(),
            contact_relationship=self.contact_relationship.currentText(),
            contact_phone=self.contact_phone.text(),
        )
        operations.write(self, lambda s: referrals.create_referral(s, data).ref,
                         changes={operations.CASES, operations.PEOPLE}, success=self._saved, failure=self.error.setText)

    def _saved(self, ref: str) -> None:
        self.saved.emit(ref)
        offer_review_of_case(self.parentWidget() or self, ref)  # the same people typed again? (issue 19)
        self.accept()
