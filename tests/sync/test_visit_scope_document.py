"""A visitor-centre bundle carries exactly what docs/bundle-format.md says, and the code says the same."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from fsw_desktop import demo
from fsw_desktop.models.base import TRAVEL_COLUMNS
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.sync import envelope
from fsw_desktop.sync.scope import ALL, HELD_BACK, HELD_BACK_FIELDS, SCOPES, VISITOR_CENTRE

from .desks import as_changes_payload, make_desks

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"


def documented() -> dict[str, tuple[set[str] | None, set[str]]]:
    """table -> (fields, or None for all; fields held back), from the document's list."""
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"\*\*What a visitor-centre desk receives\*\*.*?```text\n(.*?)```", text, re.S)
    assert block, "the visitor-centre list is missing from docs/bundle-format.md"
    out = {}
    for line in block.group(1).strip().splitlines():
        table, fields = line.split(":", 1)
        if fields.strip() == "all":
            out[table.strip()] = (None, set())
            continue
        names = [f.strip() for f in fields.split(",")]
        out[table.strip()] = ({n.rstrip("†") for n in names}, {n.rstrip("†") for n in names if n.endswith("†")})
    return out


def test_the_document_and_the_code_agree():
    code = {t: (None if f is ALL else set(f), set(HELD_BACK_FIELDS.get(t, ()))) for t, f in SCOPES[VISITOR_CENTRE].items()}
    assert documented() == code


@pytest.fixture(scope="module")
def visit_bundle(tmp_path_factory):
    root = tmp_path_factory.mktemp("vc")
    d = make_desks(root, {"A": "worker", "V": "visitor-centre"})
    demo.populate(d["A"], size="standard", seed=3)
    path = d.export("A", "V")
    with open_session(d["V"]) as s:
        me = desk(s)
        me_id, private = me.desk_id, bytes(me.encryption_private)
    header, payload, attachment = envelope.open_bundle_parts(
        path.read_bytes(), me_desk_id=me_id, me_encryption_private=private,
        signing_key_for={d.ids["A"]: _signing_public(d)}.get, revoked=lambda _d: False)
    d.close()
    return as_changes_payload(header, payload, attachment)


def _signing_public(d) -> bytes:
    with open_session(d["A"]) as s:
        return bytes(desk(s).signing_public)


def test_a_visitor_centre_bundle_carries_only_the_documented_fields(visit_bundle):
    doc = documented()
    carried: dict[str, set[str]] = defaultdict(set)
    held_values: set[str] = set()
    names = visit_bundle["fields"]
    for raw in visit_bundle["changes"]:
        c = dict(zip(names, raw))
        table = c["record_table"]
        if c["field"] == "*":
            whole = json.loads(c["value"])
            carried[table] |= set(whole)
            for f in doc.get(table, (None, set()))[1]:
                if whole.get(f):
                    held_values.add(whole[f])
        else:
            carried[table].add(c["field"])
            if c["field"] in doc.get(table, (None, set()))[1]:
                for v in (c["value"], c["old"]):
                    if v is not None and json.loads(v):
                        held_values.add(json.loads(v))
    assert carried, "the demo desk sent the visits hall nothing"
    assert {"people", "bookings"} <= set(carried)
    for table, fields in sorted(carried.items()):
        assert table in doc, f"{table} travels to a visitor centre but is not documented"
        allowed, _held = doc[table]
        if allowed is not None:
            extra = fields - allowed - set(TRAVEL_COLUMNS)
            assert not extra, f"{table} carries undocumented fields {sorted(extra)}"
    # the demo has banned visitors with reasons and final contacts with their notes: only "recorded" travels
    assert held_values == {HELD_BACK}
