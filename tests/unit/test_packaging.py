"""Packaging without building: what installer/fsw-desk.spec would bundle, and --self-test from source.

The spec is plain Python that PyInstaller runs with Analysis, PYZ, EXE and COLLECT provided;
here it runs with stand-ins that record their arguments. Building the bundle takes a minute
and is left to `make package` (and CI).
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "fsw-desk.spec"


class _Recorded:
    made: list = []

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        type(self).made.append(self)


class _Analysis(_Recorded):
    made = []

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scripts = [("pyi_rth_pyside6", "/x/pyi_rth_pyside6.py", "PYSOURCE"),
                        ("entry_fsw_desk", args[0][0], "PYSOURCE")]
        self.pure = []
        self.binaries = [(dest, "/src/" + dest, "BINARY") for dest in (
            "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Charts.so.6",
            "PySide6/Qt/lib/libQt6Qml.so.6", "libQt6Pdf.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
            "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
            "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/imageformats/libqpdf.so",
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "libcrypto.so.3",
        )]
        self.datas = [(d[1], d[0], "DATA") for d in kwargs["datas"]] + [
            ("PySide6/Qt/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA")]


class _EXE(_Recorded):
    made = []


class _COLLECT(_Recorded):
    made = []


@pytest.fixture(scope="module")
def spec():
    saved = sys.modules.get("PyInstaller.utils.hooks", "absent")
    sys.modules["PyInstaller.utils.hooks"] = None  # the spec's patch of PyInstaller's Qt hook stays off
    try:
        for cls in (_Analysis, _EXE, _COLLECT):
            cls.made = []
        ns = {"SPECPATH": str(SPEC.parent), "Analysis": _Analysis, "PYZ": _Recorded, "EXE": _EXE,
              "COLLECT": _COLLECT, "__file__": str(SPEC), "__name__": "fsw_desk_spec"}
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), ns)
    finally:
        if saved == "absent":
            del sys.modules["PyInstaller.utils.hooks"]
        else:
            sys.modules["PyInstaller.utils.hooks"] = saved
    ns["analysis"] = _Analysis.made[0]
    return ns


def _pyside6_modules_the_app_imports() -> set[str]:
    found = set()
    for path in (ROOT / "fsw_desktop").rglob("*.py"):
        found |= set(re.findall(r"(?:from|import) PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_spec_leaves_out_heavy_qt_and_keeps_what_the_app_imports(spec):
    excludes = set(spec["analysis"].kwargs["excludes"])
    for heavy in ("QtWebEngineCore", "QtWebEngineWidgets", "QtMultimedia", "Qt3DCore", "Qt3DRender", "QtQuick",
                  "QtQml", "QtDesigner", "QtPdf", "QtNetwork", "QtSvg"):
        assert f"PySide6.{heavy}" in excludes, heavy
    used = _pyside6_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts"} <= used
    assert not {f"PySide6.{m}" for m in used} & excludes, "the app imports a Qt module the spec excludes"
    assert {"pytest", "hypothesis", "tkinter", "PyInstaller"} <= excludes


def test_spec_bundles_resources_and_every_migration(spec):
    datas = {(Path(src).relative_to(ROOT).as_posix(), dest.replace("\\", "/"))
             for src, dest in spec["analysis"].kwargs["datas"]}
    wanted = ["resources/style.qss", "resources/bank-holidays.json", "resources/icons/fsw-desk-256.png",
              "resources/icons/fsw-desk.ico", "migrations/env.py", "migrations/script.py.mako"]
    wanted += [p.relative_to(ROOT).as_posix() for p in (ROOT / "migrations" / "versions").glob("*.py")]
    wanted += [p.relative_to(ROOT).as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file()]
    for rel in wanted:
        assert (rel, str(Path(rel).parent.as_posix())) in datas, rel
    assert not any("__pycache__" in src for src, _ in datas)
    # Alembic imports the migrations from files at run time, so what they import must be named.
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    assert {"alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite", "fsw_desktop.cli", "fsw_desktop.models"} <= hidden
    assert spec["imports_of"]((ROOT / "migrations").rglob("*.py")) <= hidden


def test_spec_drops_unused_plugins_translations_and_their_libraries(spec):
    kept = {d for d, _, _ in spec["analysis"].binaries} | {d for d, _, _ in spec["analysis"].datas}
    assert {"PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Charts.so.6", "libcrypto.so.3",
            "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/plugins/platforms/qwindows.dll"} <= kept
    for dropped in ("PySide6/Qt/lib/libQt6Qml.so.6", "libQt6Pdf.so.6", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                    "PySide6/Qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/translations/qtbase_de.qm",
                    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert dropped not in kept, dropped


def test_spec_builds_the_app_and_the_cli_into_one_folder(spec):
    from fsw_desktop import __version__

    assert spec["VERSION"] == __version__
    app, cli = _EXE.made
    assert (app.kwargs["name"], app.kwargs["console"]) == ("fsw-desk", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("fsw", True)
    assert app.args[1][-1][0] == "entry_fsw_desk" and cli.args[1][-1][0] == "entry_fsw"
    assert [s[0] for s in cli.args[1][:-1]] == ["pyi_rth_pyside6"]  # same runtime hooks, its own entry
    (collect,) = _COLLECT.made
    assert collect.kwargs["name"] == "fsw-desk" and collect.args[:2] == (app, cli)
    for entry in ("entry_fsw_desk.py", "entry_fsw.py"):
        assert (ROOT / "installer" / entry).is_file()


def test_icons_are_there_and_the_ico_holds_every_size():
    icons = ROOT / "resources" / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (icons / f"fsw-desk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    ico = (icons / "fsw-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_self_test_from_source_exits_0(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FSW_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-m", "fsw_desktop.app", "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(lines) == 1 and lines[0].startswith("self-test ok: FSW Desk"), done.stdout
    assert not list(tmp_path.iterdir())  # nothing left where it ran
