"""`make bench`: named measurements with medians, on cached demo profiles.

The large profile (a five-year desk) is built once and cached under .bench/,
rebuilt only when the schema head or the demo generator changes. Each later
issue adds rows with ``@measure``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from fsw_desktop.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
PASSPHRASE = "benchmark profile synthetic only"


@dataclass
class Row:
    name: str
    samples: list[float]
    target: float | None  # seconds, or in ``unit`` when that is not "s"
    unit: str = "s"  # "s" (shown in ms), "MB", or "x" (a ratio)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    def shown(self) -> tuple[str, str, str]:
        """The median, the target and the verdict as printed."""
        scale, unit = (1000, "ms") if self.unit == "s" else (1, self.unit)
        value = statistics.median(self.samples) * scale
        target = f"{self.target * scale:.{1 if unit == 'x' else 0}f} {unit}" if self.target else "-"
        verdict = "" if self.target is None else ("ok" if value <= self.target * scale else "OVER")
        return f"{value:8.1f} {unit}", target, verdict


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def profile_for(size: str) -> Path:
    from fsw_desktop import db as dbmod
    from fsw_desktop import demo
    from fsw_desktop.services.desk import profile

    from fsw_desktop import ids
    from fsw_desktop.sync import bulk

    # rebuilt when the schema, the demo or the way rows and ids are made changes
    sources = "".join(Path(m.__file__).read_text() for m in (demo, bulk, ids))
    stamp = hashlib.sha256((dbmod.head_revision() + sources).encode()).hexdigest()[:12]
    target = CACHE / f"{size}-{stamp}"
    if (target / dbmod.DB_NAME).exists():
        return target
    for old in CACHE.glob(f"{size}-*"):
        shutil.rmtree(old)
    print(f"building the {size} demo profile (cached for later runs)…", flush=True)
    t = time.perf_counter()
    database = profile.create_profile(target, "Bench Worker", "Bench desk", "worker", PASSPHRASE,
                                      "HMP Northfield (synthetic)")
    counts = demo.populate(database, size=size, seed=7)
    database.close()
    print(f"  built in {time.perf_counter() - t:.1f} s: " + ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
    return target


def case_with_200_contacts(large: Path, app) -> list[Row]:  # noqa: ANN001
    """On a scratch copy of the large profile, give one open case 200 contacts, then open it."""
    import tempfile
    from datetime import timedelta

    from sqlalchemy import select

    from fsw_desktop import db as dbmod
    from fsw_desktop.models.cases import Case, Contact
    from fsw_desktop.services.casework import case_view
    from fsw_desktop.services.desk.session import open_session
    from fsw_desktop.ui.main_window import MainWindow

    from fsw_desktop import keyslots

    scratch = Path(tempfile.mkdtemp(prefix="fsw-bench-"))
    shutil.copy(large / dbmod.DB_NAME, scratch / dbmod.DB_NAME)
    shutil.copy(keyslots.slots_path(large / dbmod.DB_NAME), keyslots.slots_path(scratch / dbmod.DB_NAME))
    database = dbmod.open_database(scratch / dbmod.DB_NAME, PASSPHRASE)
    try:
        with open_session(database) as s:
            case = s.execute(select(Case).where(Case.status == "open").order_by(Case.referral_date)).scalars().first()
            have = s.execute(select(Contact.id).where(Contact.case_id == case.id)).all()
            for i in range(200 - len(have)):
                s.add(Contact(case_id=case.id, on=case.referral_date + timedelta(days=i % 60), kind="Phone call",
                              minutes=15, note="Bench contact"))
            s.commit()
            case_id = case.id
            load = timed(lambda: case_view.load_case(s, case_id), 9)
        window = MainWindow(database)
        window.show()

        def open_it() -> None:
            window.open_case(case_id)
            window.grab()
            app.processEvents()

        open_it()
        ui = timed(open_it, 9)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        database.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return [Row("open a case with 200 contacts: load_case (large)", load, 0.15),
            Row("open a case with 200 contacts: case view painted (large)", ui, 0.15)]


def visit_rows(database, app) -> list[Row]:  # noqa: ANN001
    """The week view (query and painted page) and one booking's rule check, on the large profile."""
    from datetime import timedelta

    from sqlalchemy import func, select

    from fsw_desktop.models.visits import Booking, BookingVisitor
    from fsw_desktop.services.visits import visits
    from fsw_desktop.services.visits import calendar
    from fsw_desktop.services.desk.session import open_session
    from fsw_desktop.ui.pages.visits_page import VisitsPage, monday_of

    out: list[Row] = []
    with open_session(database) as s:
        busiest = s.execute(select(Booking.on, func.count()).group_by(Booking.on)
                            .order_by(func.count().desc()).limit(1)).first()[0]
        monday = monday_of(busiest)
        n = s.execute(select(func.count()).select_from(Booking)).scalar()
        out.append(Row(f"week view query, busiest week ({n} bookings in profile)",
                       timed(lambda: calendar.week(s, monday), 9), 0.1))
        b = s.execute(select(Booking).where(Booking.on == busiest)).scalars().first()
        people = [v for (v,) in s.execute(select(BookingVisitor.person_id).where(BookingVisitor.booking_id == b.id))]
        out.append(Row("booking rule check (large)", timed(lambda: visits.check_booking(
            s, b.prisoner_id, b.template_id, busiest, people, people[0] if people else None,
            today=busiest - timedelta(days=3)), 9), 0.02))

    page = VisitsPage(lambda: open_session(database))
    page.resize(1200, 700)
    page.show()
    page.monday = monday

    def paint() -> None:
        page.refresh()
        page.grab()
        app.processEvents()

    paint()
    out.append(Row("week view painted (large)", timed(paint, 9), 0.1))
    page.close()
    page.deleteLater()
    return out


def _sync_once(large: Path) -> list[Row]:
    """Full sync of the large desk to a new paired desk, a typical week's bundle, and the
    import measured against a plain executemany of the same change rows into SQLCipher."""
    import tempfile
    from datetime import date, timedelta

    from sqlalchemy import select

    from fsw_desktop import db as dbmod
    from fsw_desktop.db import Key, connect_raw
    from fsw_desktop.models.cases import Case, Contact
    from fsw_desktop.models.sync import Change
    from fsw_desktop.services.sharing import peers
    from fsw_desktop.services.desk import profile
    from fsw_desktop.services.sharing import sync_service
    from fsw_desktop.services.desk.session import open_session

    scratch = Path(tempfile.mkdtemp(prefix="fsw-bench-sync-"))
    try:
        (scratch / "a").mkdir()
        shutil.copy(large / dbmod.DB_NAME, scratch / "a" / dbmod.DB_NAME)
        shutil.copy(large / (dbmod.DB_NAME + ".keys"), scratch / "a" / (dbmod.DB_NAME + ".keys"))  # its key slots
        a = dbmod.open_database(scratch / "a" / dbmod.DB_NAME, PASSPHRASE)
        b = profile.create_profile(scratch / "b", "Bench Receiver", "Receiving desk", "worker", PASSPHRASE)
        for me, _other, path in ((a, b, scratch / "a.fswid"), (b, a, scratch / "b.fswid")):
            with open_session(me) as s:
                peers.export_identity(s, path)
                s.commit()
        for me, path, name in ((a, scratch / "b.fswid", "B"), (b, scratch / "a.fswid", "A")):
            with open_session(me) as s:
                peers.pair(s, peers.read_identity_file(path), name, confirmed=True)
                s.commit()
        t = time.perf_counter()
        report = sync_service.export_bundle(a, "B", scratch / "full.fswb")
        export_s = time.perf_counter() - t
        t, cpu = time.perf_counter(), time.process_time()
        sync_service.import_bundle(b, scratch / "full.fswb")
        import_s, import_cpu = time.perf_counter() - t, time.process_time() - cpu

        with open_session(a) as s:
            rows = [(c.change_id, c.record_table, c.record_id, c.field, c.value, c.old, c.hlc, c.desk_id, c.who)
                    for c in s.execute(select(Change)).scalars()]
        key = Key.new(PASSPHRASE)
        conn = connect_raw(scratch / "plain.db", key, check=False)
        conn.execute("CREATE TABLE changes (change_id TEXT PRIMARY KEY, record_table TEXT, record_id TEXT, "
                     "field TEXT, value TEXT, old TEXT, hlc TEXT, desk_id TEXT, who TEXT)")
        t, cpu = time.perf_counter(), time.process_time()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO changes VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.execute("COMMIT")
        plain_s, plain_cpu = time.perf_counter() - t, time.process_time() - cpu
        conn.close()
        floor_s = _floor(b, scratch / "floor")

        with open_session(a) as s:
            cases = s.execute(select(Case).where(Case.status == "open")).scalars().all()
            today = date.today()
            for i in range(60):
                s.add(Contact(case_id=cases[i % len(cases)].id, on=today - timedelta(days=i % 7), kind="Phone call",
                              minutes=20, note=f"Weekly call {i}"))
            for c in cases[:15]:
                c.lead_professional = "Bench lead"
            s.commit()
        t = time.perf_counter()
        week = sync_service.export_bundle(a, "B", scratch / "week.fswb")
        week_export = time.perf_counter() - t
        t = time.perf_counter()
        sync_service.import_bundle(b, scratch / "week.fswb")
        week_import = time.perf_counter() - t
        a.close()
        b.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        Row(f"full sync export (large, {report.changes} changes, {report.bytes / 1e6:.1f} MB)", [export_s], 3.0),
        Row("full sync import (large)", [import_s], 10.0),
        Row(f"plain executemany of the same {len(rows)} change rows", [plain_s], None),
        Row(f"import / executemany ratio (import time over plain insert time): {import_s / plain_s:.1f}x",
            [import_s], None),
        Row(f"typical week bundle export ({week.changes} changes, {week.bytes / 1000:.0f} KB; target 200 KB)",
            [week_export], 0.2),
        Row("typical week bundle import", [week_import], 0.2),
        Row("floor: what the import wrote (change log and records) by plain executemany into a new desk, "
            "indexes kept as the import keeps them",
            [floor_s], None),
        # the same two in CPU time, which other work on a shared machine disturbs less than the clock
        Row("full sync import (large), CPU time", [import_cpu], None),
        Row("plain executemany, CPU time", [plain_cpu], None),
    ]


def _floor(imported: Database, where: Path) -> float:
    """Seconds to write what a full sync import writes (every row of the change log and of the
    record tables of more than 1,000 rows, read back from the desk that imported) into a new desk
    with plain ``executemany`` and commit, each index kept as the import keeps it (a record table's
    plain indexes built after a large load, ``merge._indexes_built_after``; the change log's row by
    row, which measured faster there): the least an import that stores both the changes and the
    records can take, before it reads, checks or builds anything."""
    from fsw_desktop import db as dbmod
    from fsw_desktop.db import connect_raw
    from fsw_desktop.services.desk import profile
    from fsw_desktop.services.desk.session import open_session
    from fsw_desktop.sync import merge

    with open_session(imported) as s:
        raw = merge._raw(s)
        names = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        data = {name: rows for name in names if len(rows := raw.execute(f'SELECT * FROM "{name}"').fetchall()) > 1000}
        s.rollback()
    target = profile.create_profile(where, "Floor Worker", "Floor desk", "worker", PASSPHRASE)
    conn = connect_raw(target.path, target.key_copy())
    conn.execute(f"PRAGMA cache_size = -{dbmod.BULK_LOAD_CACHE_KIB}")  # as the import has it
    conn.execute("PRAGMA foreign_keys = OFF")
    t = time.perf_counter()
    conn.execute("BEGIN")
    for name, rows in data.items():
        insert = f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(rows[0]))})'
        if name == "changes":
            conn.executemany(insert, rows)
            continue
        with merge._indexes_built_after(conn, name, len(rows)):
            conn.executemany(insert, rows)
    conn.execute("COMMIT")
    took = time.perf_counter() - t
    conn.close()
    target.close()
    return took


def sync_rows(large: Path, runs: int = 3) -> list[Row]:
    """``_sync_once`` ``runs`` times, each on fresh copies; the ratio is of the medians."""
    batches = [_sync_once(large) for _ in range(runs)]
    rows = [Row(first.name, [s for b in batches for s in b[i].samples], first.target)
            for i, first in enumerate(batches[0])]
    # issue 20: the import at most 2.5 times the plain insert, the export never above it
    ratio = rows[1].median_ms / rows[2].median_ms
    rows[3] = Row("import / executemany ratio (median import over median plain insert)", [ratio], 2.5, "x")
    rows.append(Row("import / executemany ratio in CPU time", [rows[7].median_ms / rows[8].median_ms], None, "x"))
    rows.append(Row("floor / plain insert: the ratio writing alone takes (median over median)",
                    [rows[6].median_ms / rows[2].median_ms], None, "x"))
    rows.append(Row("full sync export / plain insert (median over median)",
                    [rows[0].median_ms / rows[2].median_ms], 1.0, "x"))
    return rows


def spreadsheet_rows(runs: int = 3) -> list[Row]:
    """Issue 14, finding 2: crafted .xlsx files refused quickly and in little memory.

    Each file is read in a fresh child process (so peak memory is the reader's, on top of the
    imports); the time is of ``read_table`` alone, the peak is the child's maximum resident size.
    """
    import json
    import subprocess
    import tempfile

    from tests.service.test_spreadsheet_limits import gap_bomb, many_rows_xlsx

    child = """
import json, resource, sys, time
from fsw_desktop.services.caseload import caseload_import as ci
t = time.perf_counter()
try:
    ci.read_table(sys.argv[1])
    outcome = "read"
except Exception as exc:
    outcome = type(exc).__name__
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"s": time.perf_counter() - t, "outcome": outcome, "peak_mb": hwm / 1024}))  # this process's own peak
"""
    scratch = Path(tempfile.mkdtemp(prefix="fsw-bench-xlsx-"))
    out: list[Row] = []
    try:
        gap, many = gap_bomb(scratch / "gap.xlsx"), many_rows_xlsx(scratch / "rows.xlsx", 600_000)
        files = [(f"gap bomb .xlsx ({gap.stat().st_size / 1000:.1f} KB, A1:XFD1048576, a cell in row 1,048,576)",
                  gap, 2.0, 200),
                 (f"600,000-row .xlsx ({many.stat().st_size / 1e6:.1f} MB)", many, 10.0, None),
                 ("100,000-row .xlsx, at the limit (read, for comparison)",
                  many_rows_xlsx(scratch / "limit.xlsx", 100_000), None, None)]
        for label, path, target, peak_target in files:
            results = [json.loads(subprocess.run([sys.executable, "-c", child, str(path)], capture_output=True,
                                                 text=True, cwd=ROOT, check=True).stdout) for _ in range(runs)]
            peak = max(r["peak_mb"] for r in results)
            outcomes = ", ".join(sorted({r["outcome"] for r in results}))
            peak_note = f"target {peak_target} MB" if peak_target else "no target"
            out.append(Row(f"{label}: {outcomes}, peak {peak:.0f} MB ({peak_note})",
                           [r["s"] for r in results], target))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return out


def print_rows(rows: list[Row]) -> int:
    width = max(len(r.name) for r in rows)
    print(f"\n{'measurement'.ljust(width)}  {'median':>11}  {'target':>8}  runs  verdict")
    for r in rows:
        value, target, verdict = r.shown()
        print(f"{r.name.ljust(width)}  {value:>11}  {target:>8}  {len(r.samples):>4}  {verdict}")
    return 0


def application_rows(database) -> list[Row]:  # noqa: ANN001
    """The applications list (overdue filter and all) and a year's figures, on the large profile."""
    from datetime import date, timedelta

    from fsw_desktop.services.applications import applications, working_days
    from fsw_desktop.services.desk.session import open_session

    today = date.today()
    holidays = working_days.load_holidays()
    with open_session(database) as s:
        return [
            Row("applications list, overdue filter (large)",
                timed(lambda: applications.listing(s, today, due_filter="overdue"), 9), 0.05),
            Row("applications list, all (large)", timed(lambda: applications.listing(s, today), 5), None),
            Row("application figures for a year (large)",
                timed(lambda: applications.figures(s, today - timedelta(days=365), today, holidays), 9), 0.2),
        ]


def main() -> int:
    from fsw_desktop import db as dbmod
    from fsw_desktop.db import Key
    from fsw_desktop.services.casework import casework
    from fsw_desktop.services.desk.session import open_session

    args = sys.argv[1:]
    if args[:1] == ["sync"]:  # `python -m tests.bench.run sync [RUNS]`: the sync rows only, RUNS times
        return print_rows(sync_rows(profile_for("large"), int(args[1]) if len(args) > 1 else 3))

    if args[:1] == ["spreadsheet"]:  # `python -m tests.bench.run spreadsheet`: the crafted .xlsx rows only
        return print_rows(spreadsheet_rows())

    if args[:1] == ["team"]:  # `python -m tests.bench.run team [team|memory|startup]`: issue 20's rows
        from tests.bench import team

        return print_rows(team.main(args[1:]))

    if args[:1] == ["summary"]:  # `python -m tests.bench.run summary`: the supervisor rows only
        from tests.bench import team

        return print_rows(team.main(["team"]))

    rows: list[Row] = []
    standard, large = profile_for("standard"), profile_for("large")
    path = standard / dbmod.DB_NAME
    # The guessing cost: one passphrase guess against the slot (Argon2id as tuned on this machine, its
    # memory stored with the slot) and against the PBKDF2 of profiles made before key slots.
    slot = dbmod.current_slots(path, dbmod.read_salt(path))[0]["kdf"]
    rows.append(Row(f"one passphrase guess (Argon2id, {slot['memory_kib'] // 1024} MiB, {slot['iterations']} it.)",
                    timed(lambda: dbmod.unlock_key(path, PASSPHRASE).wipe(), 3), None))
    rows.append(Row("one passphrase guess (earlier PBKDF2-SHA512, 256k)",
                    timed(lambda: Key.for_file(path, PASSPHRASE).wipe(), 5), None))

    from PySide6.QtWidgets import QApplication

    from fsw_desktop.ui.main_window import MainWindow
    from fsw_desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("FSW Desk Bench")
    apply_style(app)

    # issue 18: unlocking stays within the figures before key slots (163 / 174 ms), so 200 ms each
    for label, prof, target in (("standard", standard, 0.2), ("large", large, 0.2)):
        key = dbmod.unlock_key(prof / dbmod.DB_NAME, PASSPHRASE)

        def first_paint() -> None:
            database = dbmod.open_database(prof / dbmod.DB_NAME, key=key.copy())  # noqa: B023  timed within this iteration
            window = MainWindow(database)
            window.show()
            window.grab()  # forces layout and a full paint of Today
            app.processEvents()
            window.close()
            window.deleteLater()
            app.processEvents()
            database.close()

        first_paint()  # warm the OS page cache and imports
        rows.append(Row(f"unlock to first paint of Today, beyond KDF ({label})", timed(first_paint, 5), target))
        key.wipe()

    database = dbmod.open_database(large / dbmod.DB_NAME, PASSPHRASE)
    with open_session(database) as s:
        rows.append(Row("caseload list, open (large)", timed(lambda: casework.caseload(s, "open"), 9), 0.05))
        rows.append(Row("caseload list, all (large)", timed(lambda: casework.caseload(s, "all"), 5), None))
        rows.append(Row("search by name prefix (large)", timed(lambda: casework.caseload(s, "all", search="Ba"), 9), 0.05))
        rows.append(Row("Today lists (large)", timed(lambda: casework.today(s, __import__("datetime").date.today()), 9), None))
    rows += application_rows(database)
    rows += visit_rows(database, app)
    database.close()
    rows += case_with_200_contacts(large, app)
    rows += sync_rows(large)
    from tests.bench import team  # issue 20: the team of 15 and of 60 (once summary_rows), memory, start-up

    rows += team.rows(standard, large)
    rows += spreadsheet_rows()
    rows += __import__("tests.bench.keys", fromlist=["key_rows"]).key_rows(standard, large)  # issue 18

    return print_rows(rows)


if __name__ == "__main__":
    sys.exit(main())
