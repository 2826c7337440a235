"""The bundle envelope: sealed for its recipients, signed by its sender, refused when anything is off."""

from __future__ import annotations

import json
import os
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fsw_desktop import atomic
from fsw_desktop.errors import InputRefused
from fsw_desktop.sync import envelope, identity
from fsw_desktop.sync.envelope import MAGIC, BundleRefused, Recipient, Sender, open_bundle, peek, seal

NOT_A_BUNDLE = "This file is not an FSW Desk bundle."
DAMAGED = "This bundle was changed or damaged after it was made."
INCOMPLETE = "This bundle file is incomplete."


@dataclass(frozen=True)
class FakeDesk:
    desk_id: str
    name: str
    role: str
    keys: identity.KeyPairs

    @property
    def sender(self) -> Sender:
        return Sender(self.desk_id, self.name, self.role, self.keys.signing_private)

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.desk_id, self.keys.encryption_public)


def make_desk(n: int, role: str = "worker") -> FakeDesk:
    return FakeDesk(f"{n:02d}" * 16, f"Desk {n}", role, identity.generate())


@pytest.fixture(scope="module")
def desks() -> tuple[FakeDesk, FakeDesk, FakeDesk]:
    return make_desk(1), make_desk(2, "visitor-centre"), make_desk(3)


PAYLOAD = {"changes": [{"id": "c1", "value": "Réunion familiale — 3 enfants"}], "n": 1, "nested": {"b": [1, 2.5, None]}}
SCOPE = {"role": "visitor-centre", "since": None, "case": None}
CREATED = datetime(2026, 3, 1, 9, 30, 15, tzinfo=timezone.utc)


def make(desks, payload=PAYLOAD, to=(1,), seq=7, **kw) -> bytes:
    a = desks[0]
    return seal(payload, kind="sync", sender=a.sender, recipients=[desks[i].recipient for i in to], seq=seq,
                scope=SCOPE, created=CREATED, **kw)


def open_as(data: bytes, me: FakeDesk, known: dict[str, bytes], revoked=lambda d: False):
    return open_bundle(data, me_desk_id=me.desk_id, me_encryption_private=me.keys.encryption_private,
                       signing_key_for=known.get, revoked=revoked)


def known_a(desks) -> dict[str, bytes]:
    return {desks[0].desk_id: desks[0].keys.signing_public}


def refused(data: bytes, me: FakeDesk, known: dict[str, bytes], **kw) -> BundleRefused:
    with pytest.raises(BundleRefused) as info:
        open_as(data, me, known, **kw)
    return info.value


def split(data: bytes) -> tuple[dict, bytes]:
    """(header fields, ciphertext) of a bundle, by the documented layout."""
    n = len(MAGIC)
    (hlen,) = struct.unpack(">I", data[n:n + 4])
    header = json.loads(data[n + 4:n + 4 + hlen])
    (clen,) = struct.unpack(">Q", data[n + 4 + hlen:n + 12 + hlen])
    ciphertext = data[n + 12 + hlen:n + 12 + hlen + clen]
    assert len(data) == n + 12 + hlen + clen + 64
    return header, ciphertext


def rebuild(header: dict, ciphertext: bytes, signing_private: bytes) -> bytes:
    """A bundle put together by hand, signed properly: only what the test changed differs."""
    raw = envelope.canonical_json(header)
    signed = MAGIC + struct.pack(">I", len(raw)) + raw + struct.pack(">Q", len(ciphertext)) + ciphertext
    return signed + Ed25519PrivateKey.from_private_bytes(signing_private).sign(signed)


# --- round trip ------------------------------------------------------------------------------------


def test_round_trip_for_two_recipients(desks):
    a, b, c = desks
    data = make(desks, to=(1, 2), bundle_id="0f8fad5b-d9cb-469f-a165-70867728950e")
    assert data.startswith(MAGIC)
    for me in (b, c):
        header, payload = open_as(data, me, known_a(desks))
        assert payload == PAYLOAD
        assert header.format == 1  # no attachment: format 1, which every version reads
        assert header.kind == "sync" and header.seq == 7 and header.scope == SCOPE
        assert header.bundle_id == "0f8fad5b-d9cb-469f-a165-70867728950e"
        assert (header.sender_desk_id, header.sender_name, header.sender_role) == (a.desk_id, "Desk 1", "worker")
        assert header.recipients == (b.desk_id, c.desk_id)
        assert header.created == "2026-03-01T09:30:15Z" and header.created_at == CREATED
    assert peek(data) == header


def _open_parts(data: bytes, me: FakeDesk, known: dict[str, bytes]):
    return envelope.open_bundle_parts(data, me_desk_id=me.desk_id, me_encryption_private=me.keys.encryption_private,
                                      signing_key_for=known.get)


def test_an_attachment_makes_format_2_and_comes_back_as_it_went(desks):
    attachment = bytes(range(256)) * 40 + b"\x00 zero bytes too \x00"
    data = make(desks, attachment=attachment)
    header, payload, got = _open_parts(data, desks[1], known_a(desks))
    assert header.format == 2 == envelope.FORMAT and payload == PAYLOAD and bytes(got) == attachment
    assert peek(data) == header
    with pytest.raises(BundleRefused) as refused_:  # a reader that takes no attachment refuses it
        open_as(data, desks[1], known_a(desks))
    assert refused_.value.reason == "damaged"
    header, payload, got = _open_parts(make(desks), desks[1], known_a(desks))  # format 1: no attachment
    assert header.format == 1 and payload == PAYLOAD and not len(got)


@pytest.mark.parametrize("plain", [b"", b"\x00\x00", b"\x00\x00\x00\x09{}", b"\x00\x00\x00\x02[]",
                                   b"\x00\x00\x00\x02{\xff"],
                         ids=["empty", "short-length", "length-past-the-end", "not-an-object", "not-utf-8"])
def test_a_format_2_plaintext_that_does_not_hold_its_payload_is_damaged(desks, plain):
    a, b, _ = desks
    data = envelope._seal_compressed(zlib.compress(plain), kind="sync", sender=a.sender, recipients=[b.recipient],
                                     seq=1, scope={}, bundle_id="0f8fad5b-d9cb-469f-a165-70867728950e", created=None,
                                     fmt=2)
    with pytest.raises(BundleRefused) as refused_:
        _open_parts(data, b, known_a(desks))
    assert refused_.value.reason == "damaged"


def test_payload_is_not_readable_in_the_file(desks):
    data = make(desks, payload={"note": "Mother worried about the visit " * 5})
    assert b"worried" not in data and b"note" not in data
    header, _ = split(data)
    assert set(header) >= {"format", "kind", "bundle_id", "sender_desk_id", "seq", "created", "recipients"}
    assert {r["desk_id"] for r in header["recipients"]} == {desks[1].desk_id}


def test_each_bundle_has_fresh_keys_and_id(desks):
    one, two = make(desks), make(desks)
    assert one != two
    h1, h2 = split(one)[0], split(two)[0]
    assert h1["bundle_id"] != h2["bundle_id"]
    assert h1["recipients"][0]["ephemeral"] != h2["recipients"][0]["ephemeral"]


def test_third_desk_cannot_open_it(desks):
    a, b, c = desks
    data = make(desks, to=(1,))
    err = refused(data, c, known_a(desks))
    assert str(err) == "This bundle is for another desk." and err.reason == "other-desk"
    assert isinstance(err, InputRefused) and err.exit_code == 4


def test_recipient_list_edited_to_add_a_desk_is_refused(desks):
    """Even re-signed by a real sender, a wrapped key copied to another desk's id does not open."""
    a, b, c = desks
    header, ciphertext = split(make(desks, to=(1,)))
    header["recipients"].append(dict(header["recipients"][0], desk_id=c.desk_id))
    data = rebuild(header, ciphertext, a.keys.signing_private)
    assert refused(data, c, known_a(desks)).reason == "damaged"
    # and the header is the AEAD's associated data, so b cannot open the re-signed copy either
    assert refused(data, b, known_a(desks)).reason == "damaged"


# --- refusals --------------------------------------------------------------------------------------


def test_every_flipped_byte_is_refused(desks):
    a, b, _ = desks
    data = make(desks, payload={"x": 1})
    header_end = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])[0]
    reasons = {}
    for i in range(len(data)):
        bad = bytearray(data)
        bad[i] ^= 0x01
        try:
            result = open_as(bytes(bad), b, known_a(desks))
        except BundleRefused as err:
            assert str(err) and "\n" not in str(err)
            reasons.setdefault(err.reason, []).append(i)
            if i < len(MAGIC):
                assert err.reason == "not-a-bundle"
            elif i >= header_end + 8:  # ciphertext and signature
                assert str(err) == DAMAGED
        else:  # pragma: no cover - the failure being tested for
            pytest.fail(f"flipping byte {i} of {len(data)} still opened: {result!r}")
    assert sum(len(v) for v in reasons.values()) == len(data)
    assert set(reasons) <= {"not-a-bundle", "incomplete", "damaged", "unknown-sender", "newer-format"}


@pytest.mark.parametrize("cut", ["magic-part", "magic", "length-part", "header-part", "header", "ct-length-part",
                                 "ciphertext-part", "signature-part", "last-byte"])
def test_truncated_bundle_is_refused(desks, cut):
    data = make(desks)
    n = len(MAGIC)
    hlen = struct.unpack(">I", data[n:n + 4])[0]
    at = {
        "magic-part": 5, "magic": n, "length-part": n + 2, "header-part": n + 4 + hlen // 2,
        "header": n + 4 + hlen, "ct-length-part": n + 4 + hlen + 3, "ciphertext-part": n + 12 + hlen + 10,
        "signature-part": len(data) - 30, "last-byte": len(data) - 1,
    }[cut]
    for fn in (lambda d: open_as(d, desks[1], known_a(desks)), peek):
        with pytest.raises(BundleRefused) as info:
            fn(data[:at])
        assert str(info.value) == INCOMPLETE


def test_extra_bytes_after_the_signature_are_refused(desks):
    assert str(refused(make(desks) + b"\x00", desks[1], known_a(desks))) == DAMAGED


@pytest.mark.parametrize("data", [b"", b"\x00", random.Random(4).randbytes(5000), b"FSWDESK-BUNDLF\n" + bytes(100),
                                  b'{"format": 1, "desk_id": "abc"}', b"PK\x03\x04" + bytes(200)],
                         ids=["empty", "one-byte", "random", "near-magic", "json", "zip"])
def test_not_a_bundle(desks, data):
    err = refused(data, desks[1], known_a(desks))
    assert str(err) == NOT_A_BUNDLE and err.reason == "not-a-bundle"
    with pytest.raises(BundleRefused, match="not an FSW Desk bundle"):
        peek(data)


def test_newer_format_refused_before_anything_else(desks):
    a, b, _ = desks
    header, ciphertext = split(make(desks))
    header["format"] = envelope.FORMAT + 1
    data = rebuild(header, ciphertext, a.keys.signing_private)
    for fn in (lambda d: open_as(d, b, known_a(desks)), lambda d: open_as(d, b, {}), peek):
        with pytest.raises(BundleRefused) as info:
            fn(data)
        assert str(info.value) == f"This bundle was made by a newer version of FSW Desk (format {envelope.FORMAT + 1})."
        assert info.value.reason == "newer-format"
    # a newer format may change everything after its header: still reported as newer, not as damaged
    newer = b'{"format":%d}' % (envelope.FORMAT + 1)
    later = MAGIC + struct.pack(">I", len(newer)) + newer + b"whatever comes next"
    assert refused(later, b, known_a(desks)).reason == "newer-format"


def test_format_zero_or_not_a_number_is_damaged(desks):
    a, b, _ = desks
    header, ciphertext = split(make(desks))
    for value in (0, "1", 1.0, None, True):
        header["format"] = value
        assert str(refused(rebuild(header, ciphertext, a.keys.signing_private), b, known_a(desks))) == DAMAGED


def test_unknown_sender_refused(desks):
    err = refused(make(desks), desks[1], {})
    assert str(err) == "This bundle is from a desk you have not paired with." and err.reason == "unknown-sender"


def test_revoked_sender_refused(desks):
    a = desks[0]
    err = refused(make(desks), desks[1], known_a(desks), revoked=lambda d: d == a.desk_id)
    assert str(err) == "This bundle is from a desk whose pairing was revoked." and err.reason == "revoked-sender"


def test_own_bundle_refused(desks):
    a, b, _ = desks
    data = seal({}, kind="sync", sender=a.sender, recipients=[a.recipient, b.recipient], seq=1, scope={})
    assert refused(data, a, known_a(desks)).reason == "own-bundle"


def test_signed_by_someone_else_is_damaged(desks):
    a, b, c = desks
    impostor = Sender(a.desk_id, a.name, a.role, c.keys.signing_private)  # claims to be a, signs as c
    data = seal(PAYLOAD, kind="sync", sender=impostor, recipients=[b.recipient], seq=1, scope={})
    assert str(refused(data, b, known_a(desks))) == DAMAGED


def test_signature_checked_before_any_decryption(desks, monkeypatch):
    a, b, _ = desks
    data = make(desks)
    real = envelope.AESGCM
    decryptions, unwraps = [], []

    class Spy:
        def __init__(self, key):
            self._real = real(key)

        def decrypt(self, *args):
            decryptions.append(1)
            return self._real.decrypt(*args)

    real_wrapping_key = envelope._wrapping_key
    monkeypatch.setattr(envelope, "AESGCM", Spy)
    monkeypatch.setattr(envelope, "_wrapping_key", lambda *x: unwraps.append(1) or real_wrapping_key(*x))

    header, ciphertext = split(data)
    tampered = bytearray(data)
    tampered[len(data) - 64 - len(ciphertext) // 2] ^= 0x80  # a byte in the middle of the ciphertext
    assert str(refused(bytes(tampered), b, known_a(desks))) == DAMAGED
    assert decryptions == [] and unwraps == []  # refused on the signature alone

    assert open_as(data, b, known_a(desks))[1] == PAYLOAD  # the spies do see a good bundle
    assert len(decryptions) == 2 and len(unwraps) == 1

    # validly signed but with the wrong content nonce: the AEAD refuses it, in the same words
    header["nonce"] = envelope._b64(bytes(12))
    assert str(refused(rebuild(header, ciphertext, a.keys.signing_private), b, known_a(desks))) == DAMAGED


def test_crypto_library_text_never_leaks(desks):
    a, b, _ = desks
    header, ciphertext = split(make(desks))
    header["recipients"][0]["ephemeral"] = envelope._b64(bytes(32))  # a low-order point: exchange() raises
    err = refused(rebuild(header, ciphertext, a.keys.signing_private), b, known_a(desks))
    assert str(err) == DAMAGED and err.__cause__ is None and err.__suppress_context__


def test_non_canonical_header_refused_even_when_signed(desks):
    a, b, _ = desks
    header, ciphertext = split(make(desks))
    raw = json.dumps(header, indent=1).encode()
    signed = MAGIC + struct.pack(">I", len(raw)) + raw + struct.pack(">Q", len(ciphertext)) + ciphertext
    data = signed + Ed25519PrivateKey.from_private_bytes(a.keys.signing_private).sign(signed)
    assert str(refused(data, b, known_a(desks))) == DAMAGED


def test_oversized_header_length_refused(desks):
    data = MAGIC + struct.pack(">I", envelope.MAX_HEADER + 1) + bytes(64)
    assert str(refused(data, desks[1], known_a(desks))) == DAMAGED


def test_decompression_is_bounded(desks, monkeypatch):
    data = make(desks, payload={"text": "a" * 5000})
    monkeypatch.setattr(envelope, "MAX_PAYLOAD", 1000)
    assert refused(data, desks[1], known_a(desks)).reason == "too-large"


def test_seal_refuses_bad_arguments(desks):
    a, b, _ = desks
    kw = dict(kind="sync", sender=a.sender, seq=1, scope={})
    with pytest.raises(ValueError):
        seal({}, recipients=[], **kw)
    with pytest.raises(ValueError):
        seal({}, recipients=[b.recipient, b.recipient], **kw)
    with pytest.raises(TypeError):
        seal([1], recipients=[b.recipient], **kw)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        seal({"x": float("nan")}, recipients=[b.recipient], **kw)
    with pytest.raises(ValueError):
        seal({}, recipients=[b.recipient], **dict(kw, kind="Sync Bundle"))
    with pytest.raises(ValueError):
        seal({}, recipients=[b.recipient], **dict(kw, seq=-1))


def test_naive_created_is_local_time(desks):
    naive = datetime(2026, 7, 1, 12, 0, 0)
    data = seal({}, kind="sync", sender=desks[0].sender, recipients=[desks[1].recipient], seq=1, scope={},
                created=naive)
    assert peek(data).created_at == naive.astimezone(timezone.utc)


# --- writing files ---------------------------------------------------------------------------------


def test_write_atomic_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "to-visits.fswbundle"
    atomic.write_atomic(target, b"first")
    atomic.write_atomic(target, b"second version")
    assert target.read_bytes() == b"second version"
    assert os.listdir(tmp_path) == [target.name]


def test_write_atomic_failure_keeps_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "b.fswbundle"
    atomic.write_atomic(target, b"old")

    def broken(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken)
    with pytest.raises(OSError):
        atomic.write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == [target.name]
