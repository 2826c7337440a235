"""Spreadsheets built to hurt: bounded memory and time, and our own plain error for anything we cannot read.

Issue 14, finding 2 and the spreadsheet parts of finding 7. The crafted files are written here by
hand (zipfile and XML text), not with openpyxl, so each is exactly what an attacker could hand a
worker and the large ones are quick to make. Times are not asserted here; ``make bench`` prints
them against their targets. Memory is checked by reading in a child process under an address-space
cap, which passes or fails the same way on every machine.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fsw_desktop.errors import CorruptFile, FswError, InputRefused
from fsw_desktop.services.caseload import caseload_import as ci
from fsw_desktop.services.caseload import spreadsheet

REPO = Path(__file__).resolve().parents[2]
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = (
    XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" '
    f'Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    XML_DECL + f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
    '<sheet name="Caseload" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    XML_DECL + f'<Relationships xmlns="{PKG_REL_NS}">'
    f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
HEADINGS = ("Family key", "Relationship to the offender", "Given name", "Family name", "Referral date")
SHEET_START = XML_DECL + f'<worksheet xmlns="{MAIN_NS}">'


def shared_strings(texts: tuple[str, ...] = HEADINGS + ("OLD-001", "prisoner", "Arvel", "Quorrin")) -> str:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return XML_DECL + f'<sst xmlns="{MAIN_NS}" count="{len(texts)}" uniqueCount="{len(texts)}">{items}</sst>'


def heading_row(r: int = 1) -> str:
    """Row ``r`` holding the five headings, as shared strings 0-4."""
    return f'<row r="{r}">' + "".join(f'<c t="s"><v>{i}</v></c>' for i in range(len(HEADINGS))) + "</row>"


def data_row(r: int) -> str:
    """One person: shared strings 5-8 and a referral date as an Excel serial number."""
    return (f'<row r="{r}"><c t="s"><v>5</v></c><c t="s"><v>6</v></c><c t="s"><v>7</v></c>'
            f'<c t="s"><v>8</v></c><c><v>45900</v></c></row>')


def sheet(rows: str, before: str = "") -> str:
    return SHEET_START + before + f"<sheetData>{rows}</sheetData></worksheet>"


def write_xlsx(path: Path, sheet_xml: str | bytes, strings: str | bytes | None = None,
               extra: dict[str, bytes] | None = None, workbook: str = WORKBOOK) -> Path:
    """A minimal .xlsx as Excel lays it out: content types, relationships, workbook, strings, one sheet."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/sharedStrings.xml", shared_strings() if strings is None else strings)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def gap_bomb(path: Path) -> Path:
    """Finding 2: a sheet declaring A1:XFD1048576 with the headings in row 1 and one cell in row 1,048,576."""
    return write_xlsx(path, sheet(heading_row() + '<row r="1048576"><c r="A1048576" t="s"><v>5</v></c></row>',
                                  before='<dimension ref="A1:XFD1048576"/>'))


def many_rows_xlsx(path: Path, rows: int) -> Path:
    """A heading row and ``rows`` people, the sheet XML streamed into the zip (a few seconds for 600,000)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/sharedStrings.xml", shared_strings())
        with z.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write((SHEET_START + f'<dimension ref="A1:E{rows + 1}"/><sheetData>' + heading_row()).encode())
            for start in range(2, rows + 2, 10_000):
                out.write("".join(data_row(r) for r in range(start, min(start + 10_000, rows + 2))).encode())
            out.write(b"</sheetData></worksheet>")
    return path


def small_xlsx(path: Path, people: int = 2) -> Path:
    return write_xlsx(path, sheet(heading_row() + "".join(data_row(r) for r in range(2, people + 2))))


def read_in_child(path: Path, cap_bytes: int = 1 << 30) -> dict[str, str]:
    """Read ``path`` in a child process whose address space is capped: what it read or what refused it."""
    code = f"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap_bytes}, {cap_bytes}))
from fsw_desktop.services.caseload import caseload_import as ci
try:
    table = ci.read_table({str(path)!r})
    out = {{"outcome": "read", "rows": len(table.rows)}}
except BaseException as exc:
    out = {{"outcome": type(exc).__name__, "message": str(exc)}}
out["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(out))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          timeout=600, check=False)
    assert done.stdout.strip(), done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- finding 2: bounded memory and reading that stops at the limit ---------------------------------------


def test_the_gap_bomb_is_refused_as_too_many_rows_within_a_memory_cap(tmp_path):
    path = gap_bomb(tmp_path / "gap.xlsx")
    assert path.stat().st_size < 5000
    got = read_in_child(path)
    assert got["outcome"] == "InputRefused", got
    assert "more than 100,000 rows" in got["message"]


def test_six_hundred_thousand_rows_are_refused_without_reading_them_all(tmp_path):
    path = many_rows_xlsx(tmp_path / "big.xlsx", 600_000)
    got = read_in_child(path)
    assert got["outcome"] == "InputRefused", got
    assert "more than 100,000 rows" in got["message"]


def test_a_sheet_at_the_row_limit_is_read_and_one_more_is_refused(tmp_path):
    table = ci.read_table(many_rows_xlsx(tmp_path / "limit.xlsx", spreadsheet.MAX_ROWS))
    assert len(table.rows) == spreadsheet.MAX_ROWS and table.headings == list(HEADINGS)
    with pytest.raises(InputRefused, match="more than 100,000 rows"):
        ci.read_table(many_rows_xlsx(tmp_path / "over.xlsx", spreadsheet.MAX_ROWS + 1))


def test_empty_rows_cost_nothing_and_the_declared_size_is_ignored(tmp_path):
    """A formatted but empty row far down (a common leftover) is not a row to read; a gap inside the
    limit keeps row numbers right for the report."""
    far_empty = '<row r="1048576" ht="20" customHeight="1"><c r="A1048576" s="1"/></row>'
    path = write_xlsx(tmp_path / "tail.xlsx", sheet(heading_row() + data_row(2) + far_empty,
                                                    before='<dimension ref="A1:XFD1048576"/>'))
    table = ci.read_table(path)
    assert len(table.rows) == 1 and table.rows[0][:4] == ["OLD-001", "prisoner", "Arvel", "Quorrin"]
    gap = write_xlsx(tmp_path / "gap.xlsx", sheet(heading_row() + data_row(2) + data_row(50_000)))
    table = ci.read_table(gap)
    assert len(table.rows) == 49_999 and table.rows[-1][0] == "OLD-001" and not any(table.rows[1])


def test_columns_beyond_the_cap_are_refused_but_empty_formatted_ones_are_not(tmp_path):
    far = '<c r="XFD2" t="s"><v>6</v></c>'
    path = write_xlsx(tmp_path / "wide.xlsx", sheet(heading_row() + data_row(2).replace("</row>", far + "</row>")))
    with pytest.raises(InputRefused, match=f"more than {spreadsheet.MAX_COLUMNS} columns"):
        ci.read_table(path)
    styled = '<c r="XFD2" s="1"/>'
    path = write_xlsx(tmp_path / "styled.xlsx",
                      sheet(heading_row() + data_row(2).replace("</row>", styled + "</row>")))
    table = ci.read_table(path)
    assert len(table.rows[0]) == len(HEADINGS)
    assert spreadsheet.MAX_COLUMNS >= 3 * len(ci.tpl.columns())


def _central_entry(data: bytes, name: str) -> int:
    """Where the central directory entry for ``name`` starts (found through the end record)."""
    end = data.rindex(b"PK\x05\x06")
    at = struct.unpack_from("<I", data, end + 16)[0]
    while data[at:at + 4] == b"PK\x01\x02":
        name_len, extra, comment = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46:at + 46 + name_len] == name.encode():
            return at
        at += 46 + name_len + extra + comment
    raise AssertionError(name)


def _patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory declares for ``name``."""
    at = _central_entry(data, name)
    return data[:at + 24] + struct.pack("<I", size) + data[at + 28:]


def test_a_zip_member_that_unpacks_too_large_is_refused_before_it_is_unpacked(tmp_path):
    path = small_xlsx(tmp_path / "ok.xlsx")
    lying = tmp_path / "declares-4gb.xlsx"
    lying.write_bytes(_patch_declared_size(path.read_bytes(), "xl/worksheets/sheet1.xml", 0xFFFF_FFF0))
    with pytest.raises(InputRefused, match="too large"):
        ci.read_table(lying)


def test_a_deflate_bomb_declaring_a_small_size_is_damaged_not_unpacked(tmp_path):
    """zipfile stops at the declared size, so a bomb that lies downwards ends in a checksum error."""
    bomb = SHEET_START.encode() + b"<sheetData>" + b" " * (64 << 20) + b"</sheetData></worksheet>"
    path = write_xlsx(tmp_path / "bomb.xlsx", bomb)
    assert path.stat().st_size < 1 << 20
    lying = tmp_path / "bomb-small.xlsx"
    lying.write_bytes(_patch_declared_size(path.read_bytes(), "xl/worksheets/sheet1.xml", 4096))
    with pytest.raises(CorruptFile, match="damaged"):
        ci.read_table(lying)


def test_rows_out_of_order_are_damaged(tmp_path):
    path = write_xlsx(tmp_path / "order.xlsx", sheet(heading_row() + data_row(5) + data_row(3)))
    with pytest.raises(CorruptFile, match="damaged"):
        ci.read_table(path)


def test_a_row_too_large_and_too_much_outside_the_rows_are_refused(tmp_path):
    huge_row = '<row r="2">' + '<c t="s"><v>5</v></c>' * 60_000 + "</row>"
    with pytest.raises(InputRefused, match="too large"):
        ci.read_table(write_xlsx(tmp_path / "row.xlsx", sheet(heading_row() + huge_row)))
    clutter = "<mergeCells>" + '<mergeCell ref="A1:B2"/>' * (spreadsheet.MAX_LOOSE_TAGS + 1) + "</mergeCells>"
    with pytest.raises(InputRefused, match="too large"):
        ci.read_table(write_xlsx(tmp_path / "clutter.xlsx",
                                 SHEET_START + f"<sheetData>{heading_row()}{data_row(2)}</sheetData>"
                                 + clutter + "</worksheet>"))


def test_too_many_zip_members_are_refused(tmp_path):
    path = small_xlsx(tmp_path / "crowd.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as z:
        for i in range(spreadsheet.MAX_MEMBERS + 1):
            z.writestr(f"xl/media/{i}.bin", b"")
    with pytest.raises(InputRefused, match="too large"):
        ci.read_table(path)


def test_csv_limits_stop_reading_early(tmp_path):
    head = ",".join(HEADINGS) + "\n"
    ok = tmp_path / "ok.csv"
    ok.write_text(head + "OLD-1,prisoner,Arvel,Quorrin,2026-01-01\n" * spreadsheet.MAX_ROWS + "\n\n,,,,\n")
    assert len(ci.read_table(ok).rows) == spreadsheet.MAX_ROWS  # blank rows at the end are not rows
    over = tmp_path / "over.csv"
    over.write_text(head + "OLD-1,prisoner,Arvel,Quorrin,2026-01-01\n" * (spreadsheet.MAX_ROWS + 1))
    with pytest.raises(InputRefused, match="more than 100,000 rows"):
        ci.read_table(over)
    wide = tmp_path / "wide.csv"
    wide.write_text(head + "OLD-1,prisoner" + "," * 1000 + "x\n")
    with pytest.raises(InputRefused, match=f"more than {spreadsheet.MAX_COLUMNS} columns"):
        ci.read_table(wide)
    long_row = tmp_path / "long.csv"
    long_row.write_text(head + ",".join(['"' + "a\n" * 60_000 + '"'] * 20) + "\n")
    with pytest.raises(InputRefused, match="too large"):
        ci.read_table(long_row)


# --- finding 7: our own plain message for any file a worker can hand us ---------------------------------


def _text_sheet() -> str:
    return sheet(heading_row())


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + f']><sst xmlns="{MAIN_NS}"><si><t>&lol9;</t></si></sst>')
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1"><c t="inlineStr"><is><t>&e;</t></is></c></row>'
    "</sheetData></worksheet>")


@pytest.mark.parametrize("case", ["billion laughs", "external entity", "utf-16 doctype", "bad string index",
                                  "not a zip", "old xls", "no sheet", "garbage xml", "encrypted member"])
def test_hostile_and_broken_xlsx_files_say_damaged(tmp_path, case):
    path = tmp_path / "f.xlsx"
    if case == "billion laughs":
        write_xlsx(path, _text_sheet(), BILLION_LAUGHS)
    elif case == "external entity":
        write_xlsx(path, EXTERNAL_ENTITY)
    elif case == "utf-16 doctype":
        write_xlsx(path, EXTERNAL_ENTITY.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
                   .encode("utf-16"))
    elif case == "bad string index":
        write_xlsx(path, sheet(heading_row() + '<row r="2"><c t="s"><v>99</v></c></row>'))
    elif case == "not a zip":
        path.write_bytes(b"Family key,Given name\nOLD-1,Arvel\n")
    elif case == "old xls":
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    elif case == "no sheet":
        write_xlsx(path, _text_sheet(), workbook=WORKBOOK.replace('<sheet name="Caseload" sheetId="1" r:id="rId1"/>',
                                                                  ""))
    elif case == "garbage xml":
        write_xlsx(path, sheet(heading_row()).replace("</sheetData>", "<sheetData"))
    elif case == "encrypted member":
        small_xlsx(path)
        data = bytearray(path.read_bytes())
        at = _central_entry(bytes(data), "xl/worksheets/sheet1.xml")
        data[at + 8] |= 1  # the "encrypted" flag of the first entry
        path.write_bytes(bytes(data))
    with pytest.raises(CorruptFile) as refused:
        ci.read_table(path)
    message = refused.value.message
    assert "damaged" in message or "password" in message, message
    assert "Unexpected" not in message and "Error" not in message


def test_the_old_xls_format_is_named(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    with pytest.raises(CorruptFile, match="password.*older .xls"):
        ci.read_table(path)


def test_the_cli_says_damaged_not_unexpected_error(tmp_path, monkeypatch, capsys):
    from fsw_desktop import cli
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("FSW_PASSPHRASE", PASSPHRASE)
    d = tmp_path / "p"
    assert cli.main(["--profile", str(d), "init", "--worker", "Quentin Testworker", "--desk", "D",
                     "--role", "worker"]) == 0
    bad = write_xlsx(tmp_path / "bad.xlsx", sheet(heading_row() + '<row r="2"><c t="s"><v>99</v></c></row>'))
    lol = write_xlsx(tmp_path / "lol.xlsx", _text_sheet(), BILLION_LAUGHS)
    capsys.readouterr()
    for path in (bad, lol, gap_bomb(tmp_path / "gap.xlsx")):
        assert cli.main(["--profile", str(d), "import", "caseload", str(path), "--dry-run"]) == 4
        err = capsys.readouterr().err
        assert err.startswith("fsw: ") and "Unexpected" not in err, err


# --- property: any change to a good file is read or refused by us, never anything else --------------------


def _good_xlsx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/sharedStrings.xml", shared_strings())
        z.writestr("xl/worksheets/sheet1.xml", sheet(heading_row() + data_row(2) + data_row(3)))
    return buf.getvalue()


GOOD = _good_xlsx_bytes()
PARTS = {name: zipfile.ZipFile(io.BytesIO(GOOD)).read(name) for name in zipfile.ZipFile(io.BytesIO(GOOD)).namelist()}


def _read_or_refuse(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(data)
    try:
        table = ci.read_table(path)
    except FswError as exc:
        assert exc.message and "Unexpected" not in exc.message
        return
    assert isinstance(table, ci.Table) and table.headings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=6))
def test_fuzz_bytes_of_the_file(tmp_path, changes):
    data = bytearray(GOOD)
    for at, value in changes:
        data[at] = value
    _read_or_refuse(bytes(data), tmp_path)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(PARTS)), st.data())
def test_fuzz_inside_the_xml_parts(tmp_path, part, data):
    """Changes inside one part, zipped again: these reach the XML reader, not just the zip checksum."""
    text = bytearray(PARTS[part])
    for _ in range(data.draw(st.integers(1, 4))):
        kind = data.draw(st.sampled_from(["replace", "delete", "insert"]))
        at = data.draw(st.integers(0, max(0, len(text) - 1)))
        piece = data.draw(st.sampled_from([b"<", b">", b"/", b'"', b"&", b"0", b"99", b"-1", b"r=", b"t=\"s\"",
                                           b"<row>", b"</row>", b"<v>", b"x", b"\x00", b"\xff", b"1e309",
                                           b'<c t="b"><v>2</v></c>', b'<c t="d"><v>x</v></c>', b"<!DOCTYPE a>"]))
        if kind == "replace":
            text[at:at + len(piece)] = piece
        elif kind == "delete":
            del text[at:at + data.draw(st.integers(1, 20))]
        else:
            text[at:at] = piece
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in PARTS.items():
            z.writestr(name, bytes(text) if name == part else content)
    _read_or_refuse(buf.getvalue(), tmp_path)
