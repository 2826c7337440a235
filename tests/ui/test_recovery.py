"""The recovery key in the window: made in the first-run wizard (or skipped, with a warning), and used
from the lock screen ("Forgotten your passphrase?") to set a new passphrase, keeping the data."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from fsw_desktop import db as dbmod
from fsw_desktop import keyslots
from fsw_desktop.errors import WrongPassphrase
from fsw_desktop.services.desk import profile
from fsw_desktop.ui.passphrase_dialog import PassphraseDialog
from fsw_desktop.ui.recovery_dialog import ForgottenPassphraseDialog, RecoveryKeyDialog
from fsw_desktop.ui.wizard import FirstRunWizard
from tests.conftest import PASSPHRASE

NEW = "lantern orchard pebble quietly"


def _kinds(folder) -> list[str]:
    path = folder / dbmod.DB_NAME
    return sorted(s["kind"] for s in dbmod.current_slots(path, dbmod.read_salt(path)))


def _through_wizard(qtbot, controller_for, folder, skip: bool = False):
    c = controller_for(folder)
    wizard = c.wizard
    qtbot.waitUntil(wizard.isVisible)
    wizard.desk_page.worker.setText("Ursula Wizardtest")
    wizard.desk_page.desk.setText("Desk R")
    wizard.next()
    wizard.pass_page.first.setText("quiet river brass lantern")
    wizard.pass_page.second.setText("quiet river brass lantern")
    wizard.next()
    page = wizard.recovery_page
    code = page.code
    assert page.code_label.text() == code and len(code.split("-")) == 8
    if skip:
        page.skip.setChecked(True)
        assert page.warning.isVisibleTo(page) and "loses every record" in page.warning.text()
        assert code not in page.code_label.text()
    wizard.resize(1024, 768)  # looked at: /tmp/keys/wizard-recovery-*.png
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: c.window is not None and c.window.isVisible())
    assert page.code_label.text() == ""  # the key leaves the screen with the wizard
    return code


def test_the_wizard_makes_a_recovery_key_that_sets_a_new_passphrase(qtbot, controller_for, tmp_path):
    folder = tmp_path / "new"
    code = _through_wizard(qtbot, controller_for, folder, skip=False)
    assert _kinds(folder) == ["passphrase", "recovery"]
    profile.reset_passphrase(folder, code, NEW, kdf=keyslots.TEST_KDF)
    profile.unlock(folder, NEW).close()


def test_the_wizard_lets_the_recovery_key_be_skipped_with_a_warning(qtbot, tmp_path):
    folder = tmp_path / "new"
    wizard = FirstRunWizard(folder)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.desk_page.worker.setText("Ursula Wizardtest")
    wizard.desk_page.desk.setText("Desk S")
    wizard.next()
    wizard.pass_page.first.setText("quiet river brass lantern")
    wizard.pass_page.second.setText("quiet river brass lantern")
    wizard.next()
    page = wizard.recovery_page
    code = page.code
    page.skip.setChecked(True)
    assert page.warning.isVisibleTo(page) and "loses every record" in page.warning.text()
    assert code not in page.code_label.text()
    wizard.accept()
    try:
        assert _kinds(folder) == ["passphrase"]
    finally:
        wizard.database.close()


def test_forgotten_passphrase_on_the_lock_screen(qtbot, controller_for, make_profile):
    db = make_profile()
    code = profile.create_recovery_key(db)
    folder = db.path.parent
    db.close()
    c = controller_for(folder)
    screen = c.lock_screen
    qtbot.waitUntil(screen.isVisible)
    assert screen.forgot_button.text() == "&Forgotten your passphrase?"
    dialog = ForgottenPassphraseDialog(None, folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.sizeHint())
    dialog.grab().save("/tmp/keys/forgotten.png")
    assert not dialog.ok.isEnabled()
    dialog.recovery.setText(keyslots.new_recovery_key())  # a wrong one first: nothing changes
    dialog.new.setText(NEW)
    dialog.again.setText(NEW)
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: "does not open" in dialog.error.text())
    assert dialog.recovery.text() == ""
    profile.unlock(folder, PASSPHRASE).close()
    dialog.recovery.setText(code)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.result() == ForgottenPassphraseDialog.DialogCode.Accepted)
    try:
        profile.unlock(folder, PASSPHRASE).close()
        raise AssertionError("the forgotten passphrase still opens the profile")
    except WrongPassphrase:
        pass
    screen.passphrase.setText(NEW)
    screen.try_unlock()
    qtbot.waitUntil(lambda: c.window is not None and c.window.isVisible())


def test_the_recovery_key_dialog_and_the_reencrypt_choice_fit(qtbot):
    dialog = RecoveryKeyDialog(None, keyslots.new_recovery_key(), "Family support desk, B wing")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save("/tmp/keys/recovery-key.png")
    assert dialog.code_label.width() >= dialog.code_label.sizeHint().width()
    change = PassphraseDialog(None)
    qtbot.addWidget(change)
    change.show()
    change.grab().save("/tmp/keys/change.png")
    assert change.reencrypt.isVisible() and not change.reencrypt.isChecked()
    dialog.accept()
    assert dialog.code_label.text() == ""


def test_the_printable_sheet_names_the_desk_and_date(qtbot, tmp_path):
    from datetime import date

    from fsw_desktop.ui.printing import write_pdf
    from fsw_desktop.ui.recovery_dialog import sheet_html

    code = keyslots.new_recovery_key()
    sheet = sheet_html(code, "Desk <B wing>", date(2026, 12, 4))
    assert code in sheet and "Desk &lt;B wing&gt;" in sheet and "04 December 2026" in sheet
    out = write_pdf(sheet, tmp_path / "sheet.pdf")
    assert out.read_bytes().startswith(b"%PDF") and oct(out.stat().st_mode & 0o777) == "0o600"
