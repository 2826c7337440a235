"""The desk's language, Welsh or English: Qt's translator, its locale, and our dates.

The choice is kept in QSettings ("ui/language": "en" or "cy"), beside the text size: it says
nothing about anyone, and the lock screen needs it before the profile is open. Translations are
``resources/i18n/fsw_<code>.ts``, compiled by ``pyside6-lrelease`` into
``fsw_desktop/ui/translations/`` when the desk is set up or packaged (``make translations``); the
compiled files are never committed and nothing is fetched at run time.

Every sentence goes through ``fsw_desktop.words.tr``; choosing a language hands that function
Qt's ``QCoreApplication.translate`` (or English as written), sets Qt's default locale, so date
boxes, calendars and numbers follow, and gives ``services/desk/dates`` the locale's month and
day names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .. import words
from ..services.desk import dates

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # i18n: keep - each in its own language
LOCALES = {"en": "en_GB", "cy": "cy_GB"}
SETTING = "ui/language"

_installed: list[QTranslator] = []
_current = "en"


class MissingTranslation(RuntimeError):
    """The compiled translation is not beside the program: the desk was not set up or built."""


def saved() -> str:
    """The language chosen on this computer ("en" unless Welsh was chosen)."""
    code = str(QSettings().value(SETTING, "en") or "en")
    return code if code in LANGUAGES else "en"


def current() -> str:
    return _current


def compiled(code: str) -> Path:
    return TRANSLATIONS / f"fsw_{code}.qm"


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation; a sentence the translation does not have reads in English as written,
    with its English plural, never as Qt's raw source with both forms."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if found == text or (n >= 0 and found == text.replace("%n", str(n))):
        return words._as_written(context, text, disambiguation, n)
    return found


def use(code: str) -> bool:
    """Switches every later ``tr``, Qt's own dialogs' words, the locale and our dates to ``code``;
    True if the language changed. Widgets already made keep their words: the controller makes
    the window afresh (``AppController.relanguage``)."""
    global _current
    code = code if code in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = QTranslator()
        if not ours.load(str(compiled(code))):
            raise MissingTranslation(f"{compiled(code)} is missing: run make translations")  # not shown
        app.installTranslator(ours)
        _installed.append(ours)
        qt_own = QTranslator()  # Qt's standard buttons (OK, Cancel) where Qt ships them for the language
        if qt_own.load(QLocale(LOCALES[code]), "qtbase", "_", _qt_translations()):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    words.use_translator(_translate if code != "en" else None)
    locale = QLocale(LOCALES[code])
    QLocale.setDefault(locale)
    long_days = [locale.dayName(day, QLocale.FormatType.LongFormat) for day in range(1, 8)]
    short_days = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    months = [locale.monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)]
    long_months = [locale.monthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13)]
    if code == "en":
        dates.use_names(dates.ENGLISH["months"], dates.ENGLISH["short"], dates.ENGLISH["long"],
                        dates.ENGLISH["long_months"])
    else:
        dates.use_names(months, short_days, long_days, long_months)
    changed = code != _current
    _current = code
    return changed


def _qt_translations() -> str:
    from PySide6.QtCore import QLibraryInfo  # reason: only when a language other than English is chosen

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def choose(code: str) -> bool:
    """Keeps ``code`` for this computer and switches to it; True if the language changed."""
    QSettings().setValue(SETTING, code)
    return use(code)
