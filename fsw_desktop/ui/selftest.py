"""``fsw-desktop --self-test``: prove an installed copy works, offscreen, without touching real data.

It makes a throwaway profile in a temporary directory, writes a case, locks (closes the
database and wipes the key), unlocks with the passphrase, reads the case back, checks the
schema is at the shipped head revision, opens the main window, draws a chart, writes a PDF,
then deletes the temporary profile. Exit status 0 and ``self-test ok ...`` on one line, or 1
and ``self-test failed: STEP: REASON`` on one line. Used by ``make package`` on the built
bundle and by the test suite from source.

Nothing here is shown in a window: its lines go to the command line (English, like ``--help``) and
its profile, window and PDF are offscreen and thrown away, so its literals are marked ``# not shown``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


class _Step:
    name = "starting"


def _say(line: str) -> None:
    stream = sys.stdout if sys.stdout is not None else None  # a windowed Windows build has no stdout
    if stream is not None:
        print(line, file=stream, flush=True)


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = _Step()
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="fsw-selftest-"))
    # Keep QSettings and the user data directory of this run inside the scratch tree too.
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        (tmp / sub).mkdir()
        os.environ[var] = str(tmp / sub)
    try:
        detail = _checks(tmp, step)
    except BaseException as exc:  # noqa: BLE001 - any failure is the answer
        reason = " ".join(str(exc).split()) or type(exc).__name__
        _say(f"self-test failed: {step.name}: {type(exc).__name__}: {reason}")  # not shown
        return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if tmp.exists():
        _say(f"self-test failed: cleaning up: {tmp} is still there")  # not shown
        return 1
    _say(f"self-test ok: {detail}; {time.monotonic() - started:.1f}s")  # not shown
    return 0


def _checks(tmp: Path, step: _Step) -> str:
    from .. import __version__  # step by step: a broken install names the part
    from .. import db as dbmod  # step by step: a broken install names the part

    step.name = "starting Qt"  # not shown
    from PySide6.QtWidgets import QApplication  # step by step: a broken install names the part

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FSW Desk")  # not shown
    app.setApplicationName("FSW Desk")  # not shown

    step.name = "loading resources"  # not shown
    from .style import RESOURCES, apply_style  # step by step: a broken install names the part

    for needed in ("style.qss", "bank-holidays.json", "icons/fsw-desk-256.png"):
        if not (RESOURCES / needed).is_file():
            raise RuntimeError(f"{needed} is missing from {RESOURCES}")  # not shown
    apply_style(app)
    from .startup import app_icon  # the window icon, as the installed app sets it

    if app_icon().isNull():
        raise RuntimeError("the application icon did not load")  # not shown
    from ..services.applications import working_days  # step by step: a broken install names the part

    if not working_days.HOLIDAYS_FILE.is_file():
        raise RuntimeError("bank holidays are missing")  # not shown

    step.name = "reading Welsh"  # not shown
    from . import language  # step by step: a broken install names the part
    from ..words import tr  # step by step: a broken install names the part

    language.use("cy")
    try:
        if tr("Cancel") == "Cancel":  # not shown
            raise RuntimeError("the Welsh translation did not load")  # not shown
    finally:
        language.use("en")

    step.name = "creating a profile"  # not shown
    from ..services.desk import profile  # step by step: a broken install names the part
    from ..services.casework import referrals  # step by step: a broken install names the part
    from ..services.desk.session import open_session  # step by step: a broken install names the part

    passphrase = f"self test {secrets.token_hex(4)} {secrets.token_hex(4)} only"  # not shown
    profile_dir = tmp / "profile"
    database = profile.create_profile(profile_dir, "Self Test", "Self-test desk", "worker", passphrase,  # not shown
                                      "Self-test establishment")  # not shown
    head = dbmod.head_revision()

    step.name = "writing a record"  # not shown
    family = f"Selftest{secrets.token_hex(3)}"  # not shown
    with open_session(database) as s:
        case = referrals.create_referral(s, referrals.ReferralInput(date.today(), "Self", "Sam", family))  # not shown
        s.commit()
        case_id = case.id

    step.name = "locking"
    key = database._key
    database.close()
    if any(key.raw) or not database.closed:
        raise RuntimeError("the key was not wiped on lock")  # not shown

    step.name = "unlocking"
    database = profile.unlock(profile_dir, passphrase)
    try:
        step.name = "reading the record back"  # not shown
        from ..models.cases import Case  # step by step: a broken install names the part

        with database.session() as s:
            back = s.get(Case, case_id)
            if back is None or back.family_label != f"{family} family":
                raise RuntimeError("the case written before locking did not come back")  # not shown
        if dbmod.current_revision(database) != head:
            raise RuntimeError(f"schema is at {dbmod.current_revision(database)}, not {head}")  # not shown
        if profile.check(database):
            raise RuntimeError("the integrity check found problems")  # not shown

        step.name = "opening the main window"  # not shown
        from .main_window import MainWindow  # step by step: a broken install names the part

        window = MainWindow(database)
        window.setWindowIcon(app_icon())
        window.show()
        app.processEvents()
        if window.grab().isNull():
            raise RuntimeError("the main window did not draw")  # not shown
        window.close()
        window.deleteLater()
        app.processEvents()

        step.name = "drawing a chart"  # not shown
        from PySide6.QtCharts import QChart, QChartView, QLineSeries  # step by step: a broken install names the part

        chart = QChart()
        series = QLineSeries()
        for x, y in ((0, 1), (1, 3), (2, 2)):
            series.append(x, y)
        chart.addSeries(series)
        chart.createDefaultAxes()
        view = QChartView(chart)
        view.resize(320, 200)
        if view.grab().isNull():
            raise RuntimeError("the chart did not draw")  # not shown
        view.deleteLater()

        step.name = "writing a PDF"  # not shown
        from .printing import table_html, write_pdf  # step by step: a broken install names the part

        pdf = write_pdf(table_html("Self-test", "FSW Desk", ["a", "b"], [(1, 2)]), tmp / "selftest.pdf")  # not shown
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 500:
            raise RuntimeError("the PDF was not written")  # not shown
    finally:
        database.close()
    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    return f"FSW Desk {__version__} ({frozen}), schema {head}"  # not shown
