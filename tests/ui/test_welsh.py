"""Every sentence on screen can be Welsh: the walks of every role's pages, case tabs and dialogs.

Two walks over what ``test_fit`` visits (every page, a case tab by tab, every dialog, the menus):

- **Marked**: a translator that wraps each sentence it is asked for in ⟦ ⟧ is installed, in our
  context and the Qt contexts our catalogue carries (standard buttons, the wizard). Any words on
  screen outside the marks were never asked for: a literal that missed ``tr``, a label made before
  the language was chosen, Qt's own words our catalogue lacks. Names and data are told apart by
  looking them up in the profile's own values.
- **Welsh**: the real Welsh catalogue is installed and no visible text may be an English sentence
  the catalogue translates (a sentence that went through ``tr`` before the switch, or by-passed it).

And the layout check of ``test_fit`` at 1024x768 in Welsh, whose words are often longer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QGroupBox, QLineEdit, QMenu, QMenuBar, QToolBar, QWidget,
)
from sqlalchemy import String, Text, inspect, select

from fsw_desktop import words
from fsw_desktop.models.base import Base
from fsw_desktop.services.desk import dates
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.ui import language
from tests.i18n import catalogue
from tests.i18n.compiled import compile_welsh
from tests.ui import fit_walker as walk
from tests.ui.test_fit import TASKBAR, _open_window, _walk, role_templates  # noqa: F401 (the fixture, shared)

OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
SEPARATORS = re.compile(r"[\n\t·•,;:()\[\]—–|/…“”\"'?!.+=<>]| - |\s{2,}")  # two spaces: a mark was there
SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|Meta|Esc|Enter|Return|Del|Delete|Tab|Backspace|Home|End|PgUp|PgDown|"
                      r"Page Up|Page Down|Up|Down|Left|Right|Space|Ins|F\d{1,2}|[A-Z0-9])(\+.*)?$")
ALWAYS = {"FSW Desk", "FSW", "PDF", "CSV", "Argon2id", "PBKDF2", "SQLCipher", "MiB", "KiB", "pt", "px",
          "Cymraeg", "English", "HMP", "ID"}


def qt_contexts() -> set[str]:
    return {entry.context for entry in catalogue.entries(catalogue.catalogues()[0])}


class Marking(QTranslator):
    """Wraps every sentence asked for (in our contexts) in ⟦ ⟧; the English plural as English picks it."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201, N802
        if context not in self.contexts:
            return ""
        return OPEN + words._as_written(context, source, disambiguation, n) + CLOSE

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def marked(qapp):
    translator = Marking(qt_contexts())
    qapp.installTranslator(translator)
    words.use_translator(language._translate)
    welsh = QLocale("cy_GB")
    QLocale.setDefault(welsh)
    dates.use_names([f"{OPEN}{m}{CLOSE}" for m in dates.ENGLISH["months"]],
                    [f"{OPEN}{d}{CLOSE}" for d in dates.ENGLISH["short"]],
                    [f"{OPEN}{d}{CLOSE}" for d in dates.ENGLISH["long"]])
    yield
    qapp.removeTranslator(translator)
    language.use("en")


@pytest.fixture(scope="session")
def compiled_welsh() -> Path:
    return compile_welsh()


@pytest.fixture
def welsh(qapp, compiled_welsh):
    language.use("cy")
    yield
    language.use("en")


def corpus_of(database) -> str:  # noqa: ANN001
    """Every text value the profile holds, one per line: what a walk may show as data."""
    values: list[str] = []
    with open_session(database) as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns or not inspect(s.get_bind()).has_table(table.name):
                continue
            for row in s.execute(select(*columns)):
                values.extend(v for v in row if isinstance(v, str) and v)
    return "\n".join(values)


def quoted_framework() -> str:
    """The i-HOP quality statements, quoted as published (in English) beside the desk's own words."""
    import json  # reason: only this walk reads the framework

    return json.dumps(json.loads((catalogue.ROOT / "resources" / "quality-statements.json").read_text("utf-8")),
                      ensure_ascii=False).replace("\\n", " ").replace("&", "")  # as a printed page reads it


def _menu_texts(menu: QMenu | QMenuBar | QToolBar) -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        out += [("action", action.text()), ("action tip", action.toolTip() if action.toolTip() != action.text()
                                            .replace("&", "") else "")]
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return [(what, text) for what, text in out if text]


def shown(root: QWidget) -> list[tuple[QWidget, str, str]]:
    """(widget, what, text) for every text a person reads or hears under ``root``."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() and not isinstance(w, QMenu):
            continue
        if w.property("own_language"):  # a letter and its templates are in the recipient's language
            continue
        texts = list(walk._texts(w))
        if w.isWindow():
            texts.append(("window title", w.windowTitle()))
        if w.accessibleName():
            texts.append(("accessible name", w.accessibleName()))
        if w.accessibleDescription():
            texts.append(("accessible description", w.accessibleDescription()))
        if isinstance(w, QGroupBox):
            texts.append(("group title", w.title()))
        if isinstance(w, QLineEdit) and w.placeholderText():
            texts.append(("placeholder", w.placeholderText()))
        if isinstance(w, (QMenuBar, QToolBar)):
            texts += _menu_texts(w)
        if isinstance(w, QAbstractButton) and hasattr(w, "menu") and w.menu() is not None:
            texts += _menu_texts(w.menu())
        out += [(w, what, text) for what, text in texts if text]
    return out


def _words_left(text: str) -> str:
    while MARKED.search(text):
        text = MARKED.sub(" ", text)
    return text


def unmarked(root: QWidget, where: str, corpus: str, extra: set[str]) -> list[str]:
    """Words under ``root`` that were not asked of the translator and are not the profile's data."""
    faults = []
    allowed = ALWAYS | extra
    for w, what, text in shown(root):
        for piece in SEPARATORS.split(_words_left(text.replace("&&", "&").replace("&", ""))):
            piece = piece.strip(" -_*%#0123456789")
            if not re.search(r"[A-Za-z]{2,}", piece) or piece in allowed or SHORTCUT.match(piece):
                continue
            if piece in corpus or _names_and_codes(piece, corpus, allowed):
                continue
            faults.append(f"{where}: {walk._name(w)} {what} {piece!r} in {text[:90]!r}")
    return faults


_NAMES: dict[int, set[str]] = {}


def _names_and_codes(piece: str, corpus: str, allowed: set[str]) -> bool:
    """A piece made only of capitalised words the profile holds (names, places) and codes (A1234BC,
    C-7XK2P): a row that joins a given name, a family name and a prison number."""
    names = _NAMES.get(id(corpus))
    if names is None:
        names = _NAMES[id(corpus)] = {w for w in re.findall(r"[^\W\d_][\w'’-]*", corpus) if w[:1].isupper()}
    for word in piece.split():
        if word in names or word in allowed or (re.search(r"\d", word) and re.fullmatch(r"[A-Z0-9-]+", word)):
            continue
        return False
    return True


def welsh_words() -> set[str]:
    locale = QLocale("cy_GB")
    names = set()
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        names |= {locale.monthName(m, kind) for m in range(1, 13)} | {locale.dayName(d, kind) for d in range(1, 8)}
    return names


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_every_word_on_screen_goes_through_the_translator(qtbot, qapp, role_templates, tmp_path, monkeypatch,  # noqa: F811
                                                         role, marked):
    window, database = _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, 1024, 768)
    corpus = "\n".join([corpus_of(database), str(tmp_path), str(Path.home()), quoted_framework(),
                        "Visitor centre (synthetic)", "Vic Centreworth"])  # the desk paired with in a dialog
    extra = welsh_words()
    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, 1024, 768 - TASKBAR,
                       lambda page, where, _name: unmarked(page, where, corpus, extra),
                       lambda dialog, where, _w, _h: unmarked(dialog, where, corpus, extra))
    finally:
        window.close()
        database.close()
    faults = sorted(set(faults))
    assert not faults, f"{len(faults)} texts for a {role} not through the translator:\n" + "\n".join(faults[:300])


def _english_sentences() -> dict[str, str]:
    """English source -> Welsh, for sentences the catalogue translates differently from the English."""
    out = {}
    for entry in catalogue.entries(catalogue.I18N / "fsw_cy.ts"):
        if entry.numerus or entry.kind:
            continue
        english = entry.source.replace("&", "")
        if len(english) > 3 and entry.forms[0].replace("&", "") != english:
            out[english] = entry.forms[0]
    return out


def english_left(root: QWidget, where: str, english: dict[str, str]) -> list[str]:
    faults = []
    for w, what, text in shown(root):
        plain = text.replace("&", "")
        if plain in english:
            faults.append(f"{where}: {walk._name(w)} {what} {plain[:80]!r} (Welsh: {english[plain][:50]!r})")
    return faults


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_a_welsh_desk_shows_no_english_sentence(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, welsh):  # noqa: F811
    window, database = _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, 1024, 768)
    english = _english_sentences()
    assert len(english) > 500, "the Welsh catalogue translates the interface"
    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, 1024, 768 - TASKBAR,
                       lambda page, where, _name: english_left(page, where, english),
                       lambda dialog, where, _w, _h: english_left(dialog, where, english))
    finally:
        window.close()
        database.close()
    faults = sorted(set(faults))
    assert not faults, f"{len(faults)} English sentences on a Welsh {role} desk:\n" + "\n".join(faults[:200])


@pytest.mark.parametrize("role", ["worker", "visitor-centre", "supervisor"])
def test_every_page_and_dialog_fits_in_welsh(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, welsh):  # noqa: F811
    window, database = _open_window(qtbot, qapp, role_templates, tmp_path, monkeypatch, role, 1024, 768)

    def page_fits(page, where: str, name: str) -> list[str]:  # noqa: ANN001
        """The first three columns in view (the English check's named ones are named in English)."""
        return walk.clipped_text(page, where) + walk.hidden_columns(page, where, ())

    try:
        faults = _walk(window, role, role_templates, tmp_path, qtbot, 1024, 768 - TASKBAR, page_fits, walk.fits)
    finally:
        window.close()
        database.close()
    assert not faults, f"{len(faults)} layout faults in Welsh at 1024x768 for a {role}:\n" + "\n".join(faults)
