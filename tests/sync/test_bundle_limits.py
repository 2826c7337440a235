"""Signed bundle bombs: refused by a paired desk's reader before they cost much memory.

The hostile files are sealed with real keys (a paired desk could make them), through
``envelope._seal_compressed`` because ``seal`` itself refuses to make them. Each is opened in a
fresh child process whose peak resident memory is read back, so the figure is this
reader's alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from fsw_desktop.sync import envelope, identity
from fsw_desktop.sync.envelope import Recipient, Sender

PEAK_LIMIT_MB = 300  # the target for the 2 MB bomb

CHILD = r"""
import json, sys
from fsw_desktop.sync import envelope
keys = json.load(open(sys.argv[2]))
data = open(sys.argv[1], "rb").read()
try:
    envelope.open_bundle(data, me_desk_id=keys["me"], me_encryption_private=bytes.fromhex(keys["enc"]),
                       signing_key_for={keys["sender"]: bytes.fromhex(keys["sign"])}.get, revoked=lambda d: False)
    reason = "accepted"
except envelope.BundleRefused as exc:
    reason = exc.reason
# VmHWM is this process's own peak: ru_maxrss would carry the forking test runner's size across exec
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"reason": reason, "peak_mb": hwm / 1024}))
"""


def _stream(parts, total: int, chunk: bytes) -> bytes:
    """zlib of ``parts[0] + chunk * n + parts[1]`` (``total`` bytes in all), made without holding it."""
    packer = zlib.compressobj(9)
    out = [packer.compress(parts[0])]
    left = total - len(parts[0]) - len(parts[1])
    while left > 0:
        piece = chunk if left >= len(chunk) else chunk[:left]
        out.append(packer.compress(piece))
        left -= len(piece)
    out.append(packer.compress(parts[1]))
    out.append(packer.flush())
    return b"".join(out)


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    sender, me = identity.generate(), identity.generate()
    path = tmp_path_factory.mktemp("keys") / "keys.json"
    path.write_text(json.dumps({"me": "b" * 32, "enc": me.encryption_private.hex(), "sender": "a" * 32,
                                "sign": sender.signing_public.hex()}))
    return sender, me, path


def _seal(compressed: bytes, keys) -> bytes:
    sender, me, _ = keys
    return envelope._seal_compressed(
        compressed, kind="sync", sender=Sender("a" * 32, "Desk A", "worker", sender.signing_private),
        recipients=[Recipient("b" * 32, me.encryption_public)], seq=1, scope={}, bundle_id="bomb-1", created=None)


def _open_in_child(tmp_path: Path, data: bytes, keys) -> dict:
    path = tmp_path / "bomb.fswbundle"
    path.write_bytes(data)
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(keys[2])], capture_output=True, text=True,
                         timeout=300, check=True)
    return json.loads(out.stdout)


def test_a_zlib_bomb_is_refused_before_it_inflates(tmp_path, keys):
    # 2 GiB of zeros in about 2 MB: the bomb that cost 4.2 GB before
    compressed = _stream((b"", b""), 2 << 30, bytes(16 << 20))
    assert len(compressed) < 3 << 20
    result = _open_in_child(tmp_path, _seal(compressed, keys), keys)
    assert result["reason"] == "too-large"
    assert result["peak_mb"] < PEAK_LIMIT_MB, result


def test_a_valid_payload_padded_to_256_mib_is_refused(tmp_path, keys):
    head = b'{"changes":[],"counts":{},"fields":[],"kind":"sync","pad":"'
    compressed = _stream((head, b'","payload":1}'), 256 << 20, b"a" * (1 << 20))
    result = _open_in_child(tmp_path, _seal(compressed, keys), keys)
    assert result["reason"] == "too-large"
    assert result["peak_mb"] < PEAK_LIMIT_MB, result


def test_a_real_sized_payload_still_opens(tmp_path, keys):
    """A payload of ordinary change rows, as large as the floor allows, is accepted."""
    row = ["0" * 36, "contacts", "1" * 36, "notes", json.dumps("Phoned the family about the visit " * 3),
           None, "1900000000000.00000." + "a" * 32, "a" * 32, "Worker A", None, ""]
    payload = {"payload": 1, "kind": "sync", "fields": [], "changes": [row] * 2000, "counts": {}}
    data = envelope.seal(payload, kind="sync", sender=Sender("a" * 32, "Desk A", "worker", keys[0].signing_private),
                       recipients=[Recipient("b" * 32, keys[1].encryption_public)], seq=1, scope={})
    assert _open_in_child(tmp_path, data, keys)["reason"] == "accepted"


def test_seal_refuses_what_a_reader_would_refuse(keys):
    payload = {"pad": " " * (envelope.PAYLOAD_FLOOR + 10)}
    with pytest.raises(envelope.BundleRefused) as info:
        envelope.seal(payload, kind="sync", sender=Sender("a" * 32, "Desk A", "worker", keys[0].signing_private),
                    recipients=[Recipient("b" * 32, keys[1].encryption_public)], seq=1, scope={})
    assert info.value.reason == "too-large"
