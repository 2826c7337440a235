"""Small signed bundles of very short values: refused by the import before they fill memory.

A bundle of a few tens of kilobytes may inflate to 64 MiB (``envelope.PAYLOAD_FLOOR``), and 64 MiB
of one-letter values, of ``[],`` or of ``0.0,`` is tens of millions of Python objects: 1.3-1.7 GB
before the trust check ever saw a change. Each hostile file here is made by desk A, paired with B,
with A's real keys through the real envelope (``envelope._seal_compressed``, because ``seal`` refuses
to make them), and imported by B's own import in a fresh child process whose peak resident memory
(VmHWM: ``ru_maxrss`` would carry the forking test runner's size across exec) is read back. Each
must be refused with our words and leave B exactly as it was; a real bundle still imports the same way.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Iterable

import pytest

from fsw_desktop.db import DB_NAME
from fsw_desktop.models.people import Person
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.services.sharing import peers, sync_service
from fsw_desktop.sync import envelope, merge
from fsw_desktop.sync.bulk import bulk_insert

from .desks import make_desks, new_case
from .test_import_safety import _dump_dir

ROOT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300
FIELDS = list(merge.CHANGE_FIELDS)
INFLATED = 60 << 20  # just under the 64 MiB any bundle may inflate to

CHILD = r"""
import json, sys
from pathlib import Path
from fsw_desktop.db import Key, open_database
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.sync import envelope

def hwm():
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024

key = json.loads(sys.argv[3])
db = open_database(Path(sys.argv[1]), key=Key(bytearray.fromhex(key["raw"]), bytes.fromhex(key["salt"]),
                                              key["slotted"]))
ready = hwm()
try:
    report = sync_service.import_bundle(db, Path(sys.argv[2]))
    out = {"reason": "accepted", "message": "", "added": report.added}
except envelope.BundleRefused as exc:
    out = {"reason": exc.reason, "message": str(exc)}
db.close()
out.update(peak_mb=hwm(), ready_mb=ready)
print(json.dumps(out))
"""


@pytest.fixture
def ab(tmp_path):
    desks = make_desks(tmp_path, {"A": "worker", "B": "worker"})
    yield desks
    desks.close()


def _deflate(segments: Iterable[tuple[bytes, int]]) -> tuple[bytes, int]:
    """zlib of each ``(piece, times)`` repeated in turn, made a megabyte at a time; and the inflated size."""
    packer = zlib.compressobj(9)
    out: list[bytes] = []
    total = 0
    for piece, times in segments:
        if not piece:  # an empty value: nothing to write
            continue
        block = max(1, (1 << 20) // len(piece))
        while times > 0:
            take = min(block, times)
            out.append(packer.compress(piece * take))
            total += len(piece) * take
            times -= take
    out.append(packer.flush())
    return b"".join(out), total


def _seal_hostile(desks, compressed: bytes, fmt: int) -> bytes:
    with open_session(desks["A"]) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, desks.ids["B"]))
    return envelope._seal_compressed(compressed, kind="sync", sender=sender, recipients=[recipient], seq=7,
                                     scope={"role": "worker", "since": None, "case": None, "tables": "all"},
                                     bundle_id=f"hostile-{fmt}", created=None, fmt=fmt)


def _format2(rows: int, columns: list[list[tuple[bytes, int]]]) -> tuple[bytes, int]:
    """A format-2 plaintext (``u32 J``, payload 2, attachment): one text per field, no masks."""
    sizes = [sum(len(p) * t for p, t in col) for col in columns]
    payload = envelope.canonical_json({"payload": 2, "kind": "sync", "fields": FIELDS, "rows": rows,
                                       "sections": [[size, 0] for size in sizes], "counts": {}})
    return _deflate([(struct.pack(">I", len(payload)) + payload, 1), *(seg for col in columns for seg in col)])


def _import_in_child(desks, tmp_path: Path, data: bytes) -> dict:
    """B imports ``data`` in a child process; B's dump before and after is compared by the caller."""
    desks.close()  # the child is the only one with the file open
    bundle = tmp_path / "bundle.fswbundle"
    bundle.write_bytes(data)
    key = desks.keys["B"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "B" / DB_NAME), str(bundle),
                           json.dumps({"raw": bytes(key.raw).hex(), "salt": key.salt.hex(), "slotted": key.slotted})],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _refused_in_little_memory(desks, tmp_path: Path, data: bytes, reason: str) -> dict:
    before, _ = _dump_dir(tmp_path / "B", desks.keys["B"])
    got = _import_in_child(desks, tmp_path, data)
    after, problems = _dump_dir(tmp_path / "B", desks.keys["B"])
    assert got["reason"] == reason, got
    assert got["peak_mb"] < PEAK_LIMIT_MB, got
    assert after == before and problems == []
    print(got)  # the figures, for ``pytest -s``
    return got


def _letters(n: int) -> list[tuple[bytes, int]]:
    return [(b"a\x00", n - 1), (b"a", 1)]


def test_format2_of_one_letter_values_is_refused_before_its_columns_are_split(ab, tmp_path):
    # 11 columns of 2.8 million one-letter values each: the bundle that reached 1.68 GB
    n = INFLATED // (2 * len(FIELDS))
    compressed, inflated = _format2(n, [_letters(n) for _ in FIELDS])
    assert len(compressed) < 100_000 and inflated < envelope.PAYLOAD_FLOOR
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 2), "too-large")
    assert got["message"] == envelope.TOO_DENSE
    assert "larger inside than any real desk's bundle" in got["message"]


def test_format2_whose_count_understates_its_values_is_split_no_further_than_the_count(ab, tmp_path):
    # rows says 2, the first column holds 30 million separators: the split stops at the count
    huge = [(b"\x00", 30_000_000), (b"a", 1)]
    compressed, _ = _format2(2, [huge] + [_letters(2) for _ in FIELDS[1:]])
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 2), "payload")
    assert got["message"] == sync_service.NOT_UNDERSTOOD


def test_format2_with_one_record_of_millions_of_numbers_is_refused(ab, tmp_path):
    # one new record whose notes are a JSON list of 12 million floats, which the merge would parse
    a = ab.ids["A"].encode()
    head = [[(b"c1", 1)], [(b"cases", 1)], [(b"r1", 1)], [(b"*", 1)]]
    value = [(b'{"notes":[', 1), (b"0.0,", 12_000_000), (b"0.0]}", 1)]
    rest = [[(b"1900000000000.00000." + a, 1)], [(a, 1)], [(b"w", 1)], [(b"", 1)], [(b"", 1)]]
    compressed, _ = _format2(1, [*head, value, [(b"", 1)], *rest])
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 2), "too-large")
    assert got["message"] == envelope.TOO_DENSE


def test_format1_of_tiny_rows_is_refused_before_its_json_is_read(ab, tmp_path):
    # the 195 KB format-1 bundle that reached 1.25 GB: millions of rows of one-letter values
    row = json.dumps(["a"] * 5 + [None] + ["a"] * 5, separators=(",", ":")).encode()
    head = b'{"changes":['
    tail = b'],"counts":{},"fields":' + json.dumps(FIELDS, separators=(",", ":")).encode() + \
        b',"kind":"sync","payload":1}'
    times = (INFLATED - len(head) - len(tail)) // (len(row) + 1)
    compressed, _ = _deflate([(head, 1), (row + b",", times), (row + tail, 1)])
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 1), "too-large")
    assert got["message"] == envelope.TOO_DENSE


def test_format1_with_commas_spelt_as_escapes_is_refused(ab, tmp_path):
    # a value's JSON may spell its commas "\\u002c": the outer JSON shows none, the merge would make 6 million floats
    a = ab.ids["A"].encode()
    head = b'{"changes":[["c1","cases","r1","*","{\\"notes\\":[0.0'
    tail = (b']}",null,"1900000000000.00000.' + a + b'","' + a + b'","w",null,""]],"counts":{},'
            b'"fields":' + json.dumps(FIELDS, separators=(",", ":")).encode() + b',"kind":"sync","payload":1}')
    compressed, _ = _deflate([(head, 1), (b"\\u002c0.0", 6_000_000), (tail, 1)])
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 1), "too-large")
    assert got["message"] == envelope.TOO_DENSE


def test_the_costliest_pieces_a_bundle_may_hold_stay_within_bounds(ab, tmp_path):
    # just under the floor, of the dearest objects per piece (a dict of one key holding an empty
    # one: three pieces, about 250 bytes): read in full, then refused as not a sync payload
    head = b'{"changes":[],"counts":{},"fields":[],"kind":"sync","pad":['
    tail = b'{"a":{}}],"payload":1}'
    times = (envelope.PIECES_FLOOR - 100) // 3
    compressed, _ = _deflate([(head, 1), (b'{"a":{}},', times), (tail, 1)])
    got = _refused_in_little_memory(ab, tmp_path, _seal_hostile(ab, compressed, 1), "payload")
    assert got["message"] == sync_service.NOT_UNDERSTOOD


def test_a_real_bundle_still_imports_in_the_same_child(ab, tmp_path):
    case_id = new_case(ab["A"])
    with open_session(ab["A"]) as s:
        bulk_insert(s, Person, [{"case_id": case_id, "given_name": f"Kin{i}", "family_name": "Orrin",
                                 "notes": "Phoned about the visit"} for i in range(3000)])
        s.commit()
    data = ab.export("A", "B").read_bytes()
    assert envelope.peek(data).format == 2
    got = _import_in_child(ab, tmp_path, data)
    assert got["reason"] == "accepted" and got["added"] >= 3001, got
    assert got["peak_mb"] < PEAK_LIMIT_MB, got


def test_seal_refuses_to_make_what_a_reader_would_refuse_as_too_dense(ab):
    with open_session(ab["A"]) as s:
        sender = peers.sender_for(s)
        recipient = peers.recipient_for(peers.get_peer(s, ab.ids["B"]))
    payload = {"pad": [[]] * (envelope.PIECES_FLOOR // 2 + 10)}  # a million and more pieces in a few KB
    with pytest.raises(envelope.BundleRefused) as refused:
        envelope.seal(payload, kind="sync", sender=sender, recipients=[recipient], seq=1, scope={})
    assert refused.value.reason == "too-large" and str(refused.value) == envelope.TOO_DENSE
    # the same count of values in an attachment is refused too, and the same bundle without them is made
    small = {"pad": [[]] * 10}
    envelope.seal(small, kind="sync", sender=sender, recipients=[recipient], seq=1, scope={}, attachment=b"x")
    with pytest.raises(envelope.BundleRefused):
        envelope.seal(small, kind="sync", sender=sender, recipients=[recipient], seq=1, scope={}, attachment=b"x",
                      attachment_values=envelope.PIECES_FLOOR)
