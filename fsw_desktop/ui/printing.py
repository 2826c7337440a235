"""Lists, slips and reports to PDF through Qt: QTextDocument with plain HTML, QPdfWriter.

The PDF is drawn in memory and saved by ``files.save`` (private to the user, all at once):
these are lists of names and dates of birth, so no other account on the PC may read them
and a crash must not leave half of one. Nothing goes to the system's temporary folder.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..services.desk import files


def table_html(title: str, subtitle: str, headers: Sequence[str], rows: Iterable[Sequence[object]],
               note: str = "") -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"""
    <html><head><style>
      body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
      h1 {{ font-size: 16pt; color: #1b4965; margin-bottom: 2px; }}
      p.sub {{ color: #57606a; margin-top: 0; }}
      table {{ border-collapse: collapse; width: 100%; }}
      th {{ background: #eaeef2; text-align: left; padding: 4px; border: 1px solid #afb8c1; }}
      td {{ padding: 4px; border: 1px solid #d0d7de; }}
      p.note {{ color: #57606a; font-size: 8pt; }}
    </style></head><body>
      <h1>{html.escape(title)}</h1><p class="sub">{html.escape(subtitle)}</p>
      <table cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>
      <p class="note">{html.escape(note)}</p>
    </body></html>"""


def write_pdf(document_html: str, path: Path, landscape: bool = False,
              images: Mapping[str, QImage] | None = None) -> Path:
    """``images`` are charts drawn in memory, referred to as ``<img src="name">``: no temp files.

    Raises ``InputRefused`` (a plain message) when the file cannot be saved there.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(document_html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    files.save(Path(path), bytes(buffer.data()))
    return Path(path)
