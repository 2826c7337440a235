"""Render the app icon: resources/icons/fsw-desk.svg -> PNGs (16..256) and a Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py

The SVG is the source of truth and is drawn by hand. The PNGs are what the app and the Linux
desktop file use (so the bundle needs no SVG plugin). The .ico is written here rather than by
Qt's ico plugin so that it holds every size in one file: an ICONDIR header, one 16-byte entry
per image, then the PNG streams (PNG-in-ICO, read by Windows Vista and later, Inno Setup and
PyInstaller).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "fsw-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"fsw-desk-{size}.png"


def render_pngs() -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out: dict[int, bytes] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG")
        buf.close()
        out[size] = bytes(data)
        (ICONS / png_name(size)).write_bytes(out[size])
    return out


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images: ICONDIR, ICONDIRENTRY per image, image data."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pngs = render_pngs()
    (ICONS / "fsw-desk.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {len(pngs)} PNGs and fsw-desk.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
