"""Pairing desks: identity files, fingerprints, rename and revoke, on real encrypted profiles."""

from __future__ import annotations

import json
import os
from types import SimpleNamespace

import pytest

from fsw_desktop.errors import InputRefused
from fsw_desktop.services.data_protection import audit
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.desk.profile import desk_of
from fsw_desktop.services.desk.session import open_session
from fsw_desktop.sync import envelope, identity
from fsw_desktop.sync.envelope import BundleRefused
from tests.conftest import WORKER


@pytest.fixture
def two(make_profile, tmp_path):
    """A worker desk and a visitor-centre desk, each with the other's identity file exported."""
    a = make_profile("worker", "a")
    b = make_profile("visitor-centre", "b", worker="Rhiannon Visitsworker")
    files = {}
    for name, database in (("a", a), ("b", b)):
        with open_session(database) as s:
            peers.export_identity(s, tmp_path / f"{name}.fswid")
            s.commit()
        files[name] = tmp_path / f"{name}.fswid"
    return SimpleNamespace(a=a, b=b, a_file=files["a"], b_file=files["b"])


def _fake_identity() -> dict:
    keys = identity.generate()
    return identity.public_identity(SimpleNamespace(
        desk_id="ab" * 16, desk_name="Visits hall", role="visitor-centre", establishment="HMP Testfield (synthetic)",
        signing_public=keys.signing_public, encryption_public=keys.encryption_public))


def _actions(s) -> list[str]:
    return [e.action for e in audit.entries(s)]


def test_identity_export_has_public_keys_only(two):
    desk = desk_of(two.a)
    text = two.a_file.read_text(encoding="utf-8")
    ident = json.loads(text)
    assert set(ident) == {"format", "desk_id", "desk_name", "role", "establishment", "signing_public",
                          "encryption_public", "fingerprint"}
    assert ident["desk_id"] == desk.desk_id and ident["role"] == "worker" and ident["desk_name"] == "Desk a"
    assert ident["signing_public"] == desk.signing_public.hex()
    assert ident["encryption_public"] == desk.encryption_public.hex()
    assert desk.signing_private.hex() not in text and desk.encryption_private.hex() not in text
    assert WORKER not in text and "Quentin" not in text
    fp = ident["fingerprint"].split(" ")
    assert len(fp) == 12 and all(len(g) == 5 and g.isdigit() for g in fp)
    assert ident["fingerprint"] == identity.fingerprint(desk.signing_public, desk.encryption_public)
    assert peers.read_identity_file(two.a_file) == ident
    assert sorted(os.listdir(two.a_file.parent)) == ["a", "a.fswid", "b", "b.fswid"]  # no temp files left
    with open_session(two.a) as s:
        assert "identity exported" in _actions(s)


def test_pairing_needs_confirmation(two):
    ident = peers.read_identity_file(two.b_file)
    with open_session(two.a) as s:
        with pytest.raises(InputRefused, match="Compare the fingerprint with the other desk before pairing."):
            peers.pair(s, ident)
        assert peers.peers(s) == []
        peer = peers.pair(s, ident, confirmed=True)
        s.commit()
        assert (peer.name, peer.role, peer.desk_name) == ("Desk b", "visitor-centre", "Desk b")
        assert peer.fingerprint == ident["fingerprint"] and peer.revoked_at is None
        assert peer.signing_public == bytes.fromhex(ident["signing_public"])
        assert "peer paired" in _actions(s)
    with open_session(two.a) as s:
        assert [p.desk_id for p in peers.peers(s)] == [ident["desk_id"]]


def test_pairing_with_yourself_refused(two):
    with open_session(two.a) as s:
        with pytest.raises(InputRefused, match="own identity"):
            peers.pair(s, peers.read_identity_file(two.a_file), confirmed=True)
        assert peers.peers(s) == []


def test_changed_keys_for_a_known_desk_refused(two):
    ident = peers.read_identity_file(two.b_file)
    keys = identity.generate()
    forged = identity.public_identity(SimpleNamespace(
        desk_id=ident["desk_id"], desk_name=ident["desk_name"], role=ident["role"], establishment="",
        signing_public=keys.signing_public, encryption_public=keys.encryption_public))
    with open_session(two.a) as s:
        peers.pair(s, ident, confirmed=True)
        with pytest.raises(InputRefused, match="This desk's keys have changed"):
            peers.pair(s, forged, confirmed=True)
        assert peers.get_peer(s, ident["desk_id"]).signing_public == bytes.fromhex(ident["signing_public"])


def test_rename_revoke_and_pair_again(two):
    ident = peers.read_identity_file(two.b_file)
    desk_id = ident["desk_id"]
    with open_session(two.a) as s:
        peers.pair(s, ident, name="Visits", confirmed=True)
        peers.rename(s, desk_id, "  Visits   hall ")
        assert peers.get_peer(s, desk_id).name == "Visits hall"
        with pytest.raises(InputRefused):
            peers.rename(s, desk_id, "   ")

        peers.revoke(s, desk_id)
        s.commit()
        peer = peers.get_peer(s, "visits hall")
        assert peer.revoked_at is not None
        assert peers.peers(s, include_revoked=False) == [] and peers.peers(s) == [peer]
        with pytest.raises(InputRefused, match="revoked"):
            peers.recipient_for(peer)
        signing_key_for, revoked = peers.signing_key_lookup(s)
        assert signing_key_for(desk_id) == peer.signing_public and revoked(desk_id)
        assert {"peer paired", "peer revoked", "peer renamed"} <= set(_actions(s))

        again = peers.pair(s, ident, confirmed=True)  # same keys: un-revokes, keeps the chosen name
        assert again.revoked_at is None and again.name == "Visits hall"
        assert peers.pair(s, ident, name="Visitor centre", confirmed=True).name == "Visitor centre"
        assert len(peers.peers(s)) == 1


def test_get_peer_by_id_prefix_or_name(two, make_profile):
    c = make_profile("supervisor", "c")
    with open_session(c) as s:
        peers.export_identity(s, two.a_file.parent / "c.fswid")
        s.commit()
    b_ident = peers.read_identity_file(two.b_file)
    c_ident = peers.read_identity_file(two.a_file.parent / "c.fswid")
    with open_session(two.a) as s:
        peers.pair(s, b_ident, name="Visits hall", confirmed=True)
        peers.pair(s, c_ident, confirmed=True)
        s.commit()
        b_id = b_ident["desk_id"]
        assert peers.get_peer(s, b_id).name == "Visits hall"
        assert peers.get_peer(s, "VISITS HALL").desk_id == b_id
        assert peers.get_peer(s, b_id[:6]).desk_id == b_id
        assert peers.get_peer(s, "Desk c").desk_id == c_ident["desk_id"]
        for wanted in (b_id[:5], "Nobody", ""):
            with pytest.raises(InputRefused, match="No paired desk called"):
                peers.get_peer(s, wanted)
        with pytest.raises(InputRefused, match="already a paired desk called"):
            peers.rename(s, b_id, "desk C")
        assert [p.name for p in peers.peers(s)] == ["Desk c", "Visits hall"]


@pytest.mark.parametrize("mutate, message", [
    (lambda d: b"not json at all", "not an FSW Desk identity"),
    (lambda d: json.dumps([d]).encode(), "not an FSW Desk identity"),
    (lambda d: json.dumps({k: v for k, v in d.items() if k != "signing_public"}).encode(), "missing the signing key"),
    (lambda d: json.dumps({k: v for k, v in d.items() if k != "desk_id"}).encode(), "missing the desk id"),
    (lambda d: json.dumps(dict(d, encryption_public=d["encryption_public"][:-2])).encode(), "wrong length"),
    (lambda d: json.dumps(dict(d, signing_public="zz" * 32)).encode(), "wrong length or not hexadecimal"),
    (lambda d: json.dumps(dict(d, fingerprint="00000 " * 11 + "00000")).encode(), "fingerprint does not match"),
    (lambda d: json.dumps(dict(d, role="governor")).encode(), "role must be one of"),
    (lambda d: json.dumps(dict(d, format=2)).encode(), "newer version"),
])
def test_bad_identity_files_refused(mutate, message):
    good = _fake_identity()
    with pytest.raises(InputRefused, match=message):
        identity.parse_identity(mutate(good))


def test_identity_without_fingerprint_gets_one():
    good = _fake_identity()
    assert identity.parse_identity(json.dumps(good).encode()) == good
    fingerprint = good.pop("fingerprint")
    assert identity.parse_identity(json.dumps(good).encode())["fingerprint"] == fingerprint
    spaced = dict(good, fingerprint="  " + fingerprint.replace(" ", "\n"))  # read aloud, typed back: spacing is free
    assert identity.parse_identity(json.dumps(spaced).encode())["fingerprint"] == fingerprint


def test_unreadable_identity_file(tmp_path):
    with pytest.raises(InputRefused, match="no file"):
        peers.read_identity_file(tmp_path / "missing.fswid")
    with pytest.raises(InputRefused, match="folder"):
        peers.read_identity_file(tmp_path)
    big = tmp_path / "big.fswid"
    big.write_bytes(b" " * (identity.MAX_IDENTITY_FILE + 10))
    with pytest.raises(InputRefused, match="too large"):
        peers.read_identity_file(big)


def test_paired_desks_exchange_a_bundle(two):
    """The helpers fit open_bundle: a seals for b, b opens it, and refuses it once a is revoked."""
    with open_session(two.a) as s:
        peers.pair(s, peers.read_identity_file(two.b_file), confirmed=True)
        s.commit()
        b_peer = peers.get_peer(s, "Desk b")
        data = envelope.seal({"hello": "b"}, kind="sync", sender=peers.sender_for(s),
                           recipients=[peers.recipient_for(b_peer)], seq=1, scope={"role": "visitor-centre"})
    b_desk = desk_of(two.b)

    def open_in_b(s):
        signing_key_for, revoked = peers.signing_key_lookup(s)
        return envelope.open_bundle(data, me_desk_id=b_desk.desk_id, me_encryption_private=b_desk.encryption_private,
                                  signing_key_for=signing_key_for, revoked=revoked)

    with open_session(two.b) as s:
        with pytest.raises(BundleRefused, match="not paired"):
            open_in_b(s)
        a_peer = peers.pair(s, peers.read_identity_file(two.a_file), confirmed=True)
        header, payload = open_in_b(s)
        assert payload == {"hello": "b"} and header.sender_desk_id == a_peer.desk_id
        assert header.sender_role == "worker"
        peers.revoke(s, a_peer.desk_id)
        with pytest.raises(BundleRefused, match="revoked"):
            open_in_b(s)
