"""Cells for files a spreadsheet program will open: text that can never run as a formula.

A name, a referral source or an outcome typed as ``=HYPERLINK(...)`` would be a live
formula in Excel or LibreOffice when a CSV is opened (CSV injection). Text starting
with a formula character is written with a leading apostrophe, which spreadsheets
show as plain text; our own import takes the apostrophe off again, so a round trip
gives back exactly what was written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value: Any) -> str:
    """A value as spreadsheet text: blank for none, yes/no, ISO dates (which every program reads)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def safe_cell(value: Any) -> Any:
    """``value`` as written to a CSV cell: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def read_cell(value: Any) -> Any:
    """The inverse of ``safe_cell`` for a cell read back from a CSV we may have written."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
