"""``merge._ids_param`` joins plain ids directly; whatever it makes, SQLite reads the same ids as
from ``json.dumps``."""

import json
import sqlite3

import pytest

from fsw_desktop.sync import merge

CASES = [
    [],
    ["a"],
    ["529af87d-78a4-4a42-9874-06222f1a8816", "0f1e", ""],
    ['say "hi"', "x"],
    ["back\\slash", "y"],
    ["tab\there", "nl\nhere"],
    ["caf\u00e9", "\u2603"],
    ['","', "z"],
    ["\x7f"],
]


@pytest.mark.parametrize("ids", CASES)
def test_ids_param_is_the_same_array(ids):
    text = merge._ids_param(ids)
    assert json.loads(text) == ids
    conn = sqlite3.connect(":memory:")
    assert [r[0] for r in conn.execute("SELECT value FROM json_each(?)", (text,))] == ids


def test_ids_param_takes_any_iterable():
    assert json.loads(merge._ids_param(iter(["b", "a"]))) == ["b", "a"]
    assert sorted(json.loads(merge._ids_param({"b", "a"}))) == ["a", "b"]
