"""Spreadsheets in and out: cells that can never run as a formula, and reading a file we were handed.

Writing. A name, a referral source or an outcome typed as ``=HYPERLINK(...)`` would be a live
formula in Excel or LibreOffice when a CSV is opened (CSV injection). Text starting
with a formula character is written with a leading apostrophe, which spreadsheets
show as plain text; our own import takes the apostrophe off again, so a round trip
gives back exactly what was written.

Reading (``read_csv_rows``, ``read_xlsx_rows``): a file a worker imports may have been
built to hurt, so its size, rows, columns and parts are bounded before and while it is
read, and anything the readers underneath cannot make sense of ends in ``CorruptFile``
with a message a worker can act on. See the section below for the limits and why.
"""

from __future__ import annotations

import csv
import io
import re
import struct
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from ...errors import CorruptFile, FswError, InputRefused
from ...words import QT_TRANSLATE_NOOP, tr

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


# --- reading a spreadsheet a worker hands us ---------------------------------------------------------------
#
# Any .csv or .xlsx may have been built to hurt: a 5 KB .xlsx can declare a sheet of 16,384 x 1,048,576
# cells, a zip member can unpack to gigabytes, an XML part can carry entity declarations. So nothing
# here trusts what a file says about itself: every zip member is checked against its declared size
# (zipfile never hands out more than that) and scanned as bytes before openpyxl parses it; the sheet's
# own dimensions are ignored; rows are counted before they are read, and reading stops at the first
# row past the limit. Whatever still goes wrong inside the reader means the file is damaged and ends
# in ``CorruptFile``, never in an "Unexpected error".

MAX_ROWS = 100_000  # rows below the heading row
MAX_COLUMNS = 500  # the caseload template has under 100; room for a worker's own extra columns
MAX_FILE_BYTES = 128 << 20  # a .csv or .xlsx as saved on disk
MAX_MEMBERS = 10_000  # files inside an .xlsx (a plain workbook has about a dozen)
MAX_SHEET_BYTES = 256 << 20  # one worksheet or the shared strings, unpacked
MAX_PART_BYTES = 16 << 20  # any other part (styles, workbook, relationships), unpacked
MAX_UNPACKED_BYTES = 512 << 20  # all parts together, unpacked
MAX_ROW_BYTES = 1 << 20  # one row, or one shared string, as XML (a CSV row as text)
MAX_LOOSE_TAGS = 1_000_000  # tags outside rows and shared strings in one part: kept in memory while read
MAX_STRINGS = 2_000_000  # shared strings (each kept in memory)

DAMAGED = QT_TRANSLATE_NOOP("", "This file is damaged, or it is not a spreadsheet FSW Desk can read. Open it in your "
                            "spreadsheet program, save it again as .xlsx or CSV, and import that copy.")
OLE_FILE = QT_TRANSLATE_NOOP("", "This file is password-protected or saved in the older .xls format. Open it in your "
                             "spreadsheet program, remove the password if it has one, and save it as .xlsx or CSV.")
NOT_UTF8_CSV = QT_TRANSLATE_NOOP("", "This file is not a text CSV file. Save it from the spreadsheet as CSV or .xlsx.")


def _too_many_rows(max_rows: int) -> InputRefused:
    return InputRefused(tr("The file has more than {max_rows:,} rows; split it into smaller files.").format(
                           max_rows=max_rows))


def _too_wide() -> InputRefused:
    return InputRefused(tr("The file has more than {max_columns} columns with something in them; keep only the "
                        "caseload's columns and try again.").format(max_columns=MAX_COLUMNS))


def _too_large(what: str) -> InputRefused:
    return InputRefused(tr("This spreadsheet is too large for FSW Desk to read ({what}). Split it into smaller "
                        "files, or save only the caseload sheet as .xlsx or CSV.").format(what=what))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _capped(row: Sequence[Any]) -> list[Any]:
    """The row cut to ``MAX_COLUMNS``: refused if anything is written beyond, kept if only formatting is."""
    if len(row) > MAX_COLUMNS:
        if not all(_blank(v) for v in row[MAX_COLUMNS:]):
            raise _too_wide()
        row = row[:MAX_COLUMNS]
    return list(row)


def _check_file_size(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _too_large(tr("over {mb} MB").format(mb=MAX_FILE_BYTES >> 20))


# --- CSV ---------------------------------------------------------------------------------------------------


def read_csv_rows(path: Path, max_rows: int = MAX_ROWS) -> list[list[Any]]:
    """The heading row and the rows below it, with the blank rows at the end left off.

    Stops at the first row with something in it past ``max_rows``; a row (its cells may hold line
    breaks) larger than ``MAX_ROW_BYTES`` is refused before it is split into cells, so a line of a
    million commas costs no more than any other row.
    """
    path = Path(path)
    _check_file_size(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 leaves five bytes undefined
        raise CorruptFile(tr(NOT_UTF8_CSV))
    del raw
    if "\x00" in text:
        raise CorruptFile(tr(NOT_UTF8_CSV))
    try:
        delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","

    pending = [0]  # characters handed to the reader since its last row

    def lines() -> Iterator[str]:
        for line in io.StringIO(text, newline=""):  # one line at a time, line ends kept for the reader
            pending[0] += len(line)
            if pending[0] > MAX_ROW_BYTES:
                raise _too_large(tr("one row is over {mb} MB").format(mb=MAX_ROW_BYTES >> 20))
            yield line

    rows: list[list[Any]] = []
    blank = 0  # blank rows since the last row with something in it: kept only if one follows
    try:
        for number, row in enumerate(csv.reader(lines(), delimiter=delimiter), start=1):
            pending[0] = 0
            if all(_blank(v) for v in row):
                blank += 1
                continue
            if number > max_rows + 1:
                raise _too_many_rows(max_rows)
            rows += [[] for _ in range(blank)]
            blank = 0
            rows.append([read_cell(v) for v in _capped(row)])  # cells our own export protected
    except csv.Error as exc:
        raise CorruptFile(tr("This CSV file could not be read: a quoted cell is not closed, or a cell is far too "
                          "long.")) from exc
    return rows


# --- .xlsx -------------------------------------------------------------------------------------------------

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted Office files and .xls
_CHUNK = 1 << 20
_OVERLAP = 8192  # longer than any tag the scan has to see whole
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_CONTAINER = re.compile(rb"<(/?)" + _PREFIX + rb"(row|si)(?=[\s/>])([^<>]{0,4096})>")
_VALUE = re.compile(rb"<" + _PREFIX + rb"(?:v|is)(?=[\s/>])")
_ROW_NUMBER = re.compile(rb"""\sr\s*=\s*["']\s*(\d{1,10})\s*["']""")
_ENCODING = re.compile(rb"""^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


@dataclass
class _PartScan:
    """What one XML part holds, counted from its bytes before any XML reader sees it.

    Rows of a sheet and strings of the shared-string table are read and let go one at a time;
    every other tag stays in memory while its part is read, hence the separate counts.
    """

    value_rows: int = 0
    last_value_row: int = 0  # the sheet row number of the last row with a value in it
    past_limit: bool = False  # a row with a value beyond the limit: scanning stopped there
    strings: int = 0
    loose_tags: int = 0
    problem: str = ""  # "" or why the part is damaged (only matters if it is read)


def _scan_part(stream: IO[bytes], limit_row: int) -> _PartScan | None:
    """Scan one XML part in chunks: refuse entity declarations and non-UTF-8 text, count rows and tags.

    ``None`` for a part that is not XML (a picture, a printer setting): no XML reader can be
    made to read it, and openpyxl, reading only values, never opens it.

    A row is ``<row ...>`` to ``</row>``; it counts as a value row if it holds ``<v>`` or ``<is>``.
    Rows must come in order (Excel writes them so, and openpyxl would otherwise read past the last
    value row); a row with a value past ``limit_row`` ends the scan at once.
    """
    scan = _PartScan()
    row_number = 0
    open_kind = b""  # b"row" or b"si" while inside one
    open_at = 0  # where the open row or string began (offset in the part)
    has_value = False
    done = 0  # bytes of the part dealt with
    base = 0  # offset of buf[0] in the part
    buf = stream.read(_CHUNK)
    if not _is_xml(buf):
        return None
    while True:
        chunk = stream.read(_CHUNK)
        final = not chunk
        buf += chunk
        for marker in _DTD:
            if marker in buf:
                raise CorruptFile(tr(DAMAGED))
        cut = len(buf) if final else max(0, len(buf) - _OVERLAP)
        for m in _CONTAINER.finditer(buf, done - base):
            at = m.start()
            if at >= cut:
                break
            closing, kind, attrs = m.group(1), m.group(2), m.group(3)
            self_closing = attrs.endswith(b"/")
            if open_kind:  # the text since the last stop is inside a row or string
                if open_kind == b"row" and not has_value:
                    has_value = _VALUE.search(buf, done - base, at) is not None
            else:
                scan.loose_tags += buf.count(b"<", done - base, at)
            done = base + m.end()
            if closing:
                if kind != open_kind:
                    scan.problem = scan.problem or "a row or string closed that was not open"  # not shown
                    continue
                if open_kind == b"row" and has_value:
                    scan.value_rows += 1
                    scan.last_value_row = row_number
                    if row_number > limit_row:
                        scan.past_limit = True
                        return scan
                _check_row_size(base + m.end() - open_at)
                open_kind = b""
                continue
            if open_kind:
                scan.problem = scan.problem or "a row or string inside another"  # not shown
            if kind == b"si":
                scan.strings += 1
                if scan.strings > MAX_STRINGS:
                    raise _too_large(tr("over {max_strings:,} different texts").format(max_strings=MAX_STRINGS))
            else:
                number = _ROW_NUMBER.search(attrs)
                new = int(number.group(1)) if number else row_number + 1
                if new <= row_number:
                    scan.problem = scan.problem or "rows out of order"  # not shown
                row_number = max(new, row_number)
            if self_closing:
                continue
            open_kind, open_at, has_value = kind, base + at, False
        # the rest of this window, up to the cut
        if cut > done - base:
            if open_kind:
                if open_kind == b"row" and not has_value:
                    found = _VALUE.search(buf, done - base, min(len(buf), cut + 64))
                    has_value = found is not None and found.start() < cut
                _check_row_size(base + cut - open_at)
            else:
                scan.loose_tags += buf.count(b"<", done - base, cut)
            done = base + cut
        if scan.loose_tags > MAX_LOOSE_TAGS:
            raise _too_large(tr("over {max_loose_tags:,} pieces of formatting or other content").format(
                                max_loose_tags=MAX_LOOSE_TAGS))
        if final:
            if open_kind:
                scan.problem = scan.problem or "a row or string not closed"  # not shown
            return scan
        buf = buf[cut:]
        base += cut


def _check_row_size(size: int) -> None:
    if size > MAX_ROW_BYTES:
        raise _too_large(tr("one row or cell is over {mb} MB").format(mb=MAX_ROW_BYTES >> 20))


def _is_xml(start: bytes) -> bool:
    """Whether a part begins as XML does; refused if it is XML in anything but UTF-8 or ASCII.

    Every spreadsheet program writes UTF-8; allowing only that lets the byte scans above see every
    tag (a ``<!DOCTYPE`` in UTF-16 has no ``<!DOCTYPE`` bytes).
    """
    head = start[3:] if start.startswith(b"\xef\xbb\xbf") else start
    if head[:2] in (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<") or head[:4] == b"\x00\x00\x00<":
        raise CorruptFile(tr(DAMAGED))  # UTF-16 or UTF-32 text
    head = head.lstrip(b" \t\r\n")
    if not head.startswith(b"<"):
        return False
    declared = _ENCODING.match(head)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii", b"ascii"):
        raise CorruptFile(tr(DAMAGED))
    return True


def _is_big_part(name: str) -> bool:
    """Worksheets and the shared strings may be large; every other part of a workbook is small."""
    lower = name.lower()
    return "worksheets/" in lower or lower.endswith("sharedstrings.xml")


def _zip_entries(path: Path) -> int | None:
    """How many files the .xlsx says it holds, read from its end record before zipfile loads the list."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - (1 << 16) - 22))
        tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None  # zipfile says what is wrong
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    return None if entries == 0xFFFF else entries  # 0xFFFF: a zip64 count; the file size cap bounds it


def read_xlsx_rows(path: Path, sheet: str = "", max_rows: int = MAX_ROWS) -> list[list[Any]]:
    """The heading row and the rows below it from sheet ``sheet`` (else the first), blank rows at the end left off.

    Reading goes: the file's size and number of parts; each part's unpacked size as declared
    (zipfile stops at it, so a part can never unpack to more); each part scanned as bytes
    (``_scan_part``); then openpyxl, read-only, the sheet's declared dimensions reset, reading no
    further than the last row with a value, each row cut to ``MAX_COLUMNS``.
    """
    path = Path(path)
    _check_file_size(path)
    with open(path, "rb") as fh:
        if fh.read(8) == _OLE_MAGIC:
            raise CorruptFile(tr(OLE_FILE))
    entries = _zip_entries(path)
    if entries is not None and entries > MAX_MEMBERS:
        raise _too_large(tr("over {max_members:,} parts").format(max_members=MAX_MEMBERS))
    try:
        return _read_xlsx(path, sheet, max_rows)
    except FswError:
        raise
    except MemoryError:
        raise  # the limits above are meant to make this impossible: a bug to see, not a damaged file
    except OSError as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError, IsADirectoryError)):
            raise
        raise CorruptFile(tr(DAMAGED)) from exc
    except Exception as exc:  # whatever a damaged file makes the zip or XML reader raise
        raise CorruptFile(tr(DAMAGED)) from exc


def _read_xlsx(path: Path, sheet: str, max_rows: int) -> list[list[Any]]:
    from openpyxl import load_workbook

    limit_row = max_rows + 1
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _too_large(tr("over {max_members:,} parts").format(max_members=MAX_MEMBERS))
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise _too_large(tr("over {mb} MB unpacked").format(mb=MAX_UNPACKED_BYTES >> 20))
        scans: dict[str, _PartScan] = {}
        for info in infos:
            if info.file_size > MAX_SHEET_BYTES:
                raise _too_large(tr("a part unpacks to over {mb} MB").format(mb=MAX_SHEET_BYTES >> 20))
            if info.is_dir():
                continue
            with archive.open(info) as stream:
                scan = _scan_part(stream, limit_row)
            if scan is None:
                continue
            if info.file_size > MAX_PART_BYTES and not _is_big_part(info.filename):
                raise _too_large(tr("a part unpacks to over {mb} MB").format(mb=MAX_PART_BYTES >> 20))
            if scan.problem and not scan.value_rows:  # no values to spare: openpyxl may read it whole
                raise CorruptFile(tr(DAMAGED))
            scans[info.filename] = scan

    with warnings.catch_warnings():  # openpyxl's notes on parts it skips are not for the worker
        warnings.simplefilter("ignore")
        return _read_sheet(load_workbook(path, read_only=True, data_only=True), scans, sheet, max_rows)


def _read_sheet(book: Any, scans: dict[str, _PartScan], sheet: str, max_rows: int) -> list[list[Any]]:
    """The rows of the chosen sheet, read no further than its scan allows."""
    limit_row = max_rows + 1
    try:
        ws = book[sheet] if sheet and sheet in book.sheetnames else book.worksheets[0]
        part = getattr(ws, "_worksheet_path", None)  # openpyxl's name for the part the sheet is in
        scan = scans.get(part) if part else None
        if scan is None:  # not known: the worst of the sheets
            found = [s for s in scans.values() if s.value_rows]
            scan = max(found, key=lambda s: (s.past_limit, s.last_value_row), default=_PartScan())
        if scan.past_limit or scan.last_value_row > limit_row:
            raise _too_many_rows(max_rows)
        if scan.problem:
            raise CorruptFile(tr(DAMAGED))
        if not scan.last_value_row:
            return []
        ws.reset_dimensions()  # the sheet's own "A1:XFD1048576" means nothing to us
        rows: list[list[Any]] = []
        for number, row in enumerate(ws.iter_rows(max_row=scan.last_value_row, values_only=True), start=1):
            if not row or all(_blank(v) for v in row):
                rows.append([])
                continue
            if number > limit_row:  # the scan makes this unreachable; kept as the rule itself
                raise _too_many_rows(max_rows)
            rows.append(_capped(row))
    finally:
        book.close()
    while rows and not rows[-1]:
        rows.pop()
    return rows
