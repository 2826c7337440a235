"""The bundle envelope, formats 1 and 2: what travels between desks on a USB stick.

Pure functions over bytes: no database, no Qt. ``docs/bundle-format.md`` is the
written specification; this module is its only implementation.

Layout (all integers big-endian)::

    MAGIC                     15 bytes  b"FSWDESK-BUNDLE\\n"
    header length             u32
    header                    canonical JSON, UTF-8 (at most 1 MiB)
    ciphertext length         u64
    ciphertext                AES-256-GCM(content key, nonce, zlib(plaintext), AD=header)
    signature                 64 bytes, Ed25519 over every byte before it

The plaintext of format 1 is the canonical JSON payload. Format 2 (written only when there is an
attachment) is ``u32 J``, the J bytes of the canonical JSON payload, then the attachment: bytes
the payload describes (a sync bundle's changes, column by column), opaque to the envelope.

Every refusal raises :class:`BundleRefused` with one line a worker can act on;
exception text from the crypto library never reaches the message.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import struct
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Sequence

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import InputRefused
from . import deflate
from ..words import QT_TRANSLATE_NOOP, tr

FORMAT = 2  # the newest format this version reads and writes; 1 is still written without an attachment
MAGIC = b"FSWDESK-BUNDLE\n"

MAX_HEADER = 1 << 20  # 1 MiB of header JSON
# How much payload a bundle may inflate to. A five-year desk's full sync is about 200 MB of JSON,
# compressed about 6.4 times at level 3; a zlib bomb inflates a thousand times. The reader stops as
# soon as the payload passes the smaller of the ceiling and RATIO times the compressed size (with a
# floor for small bundles), so a 2 MB bomb costs at most 64 MiB before it is refused.
MAX_PAYLOAD = 768 << 20  # the ceiling: far above any real desk's full sync
PAYLOAD_FLOOR = 64 << 20  # any bundle may inflate this far
PAYLOAD_RATIO = 32  # beyond the floor, at most this many times its compressed size
# How many pieces a bundle may unpack into. Bytes are not what fills memory: each value, list or
# object a reader makes costs 30-200 bytes however short its text, so 64 MiB of "[],[]," or of
# one-letter values joined by zero bytes (which compress a thousand times) became 1.3-1.7 GB of
# objects. A piece is a ",", "[" or "{" of the inflated bytes (every JSON value after the first of
# its list or object follows a ",", every list and object opens with "[" or "{"), a "\u" escape in
# format 1 (text a value's JSON may spell its own commas with), and a value the reader makes of
# the attachment (format 2: a change's eleven fields). A five-year desk's full sync is 6.6 million
# pieces in 23 MB, 0.28 a compressed byte; 200,000 changes that are nothing but one-word edits,
# 0.22 (each change's ids are random, so it never compresses below about 45 bytes). So a bundle may
# hold the larger of the floor and PIECES_PER_BYTE times its compressed size (seven times the
# densest real one), never more than the ceiling, and is refused before its JSON is read.
PIECES_FLOOR = 1_000_000  # any bundle may hold this many: at most about 100 MB of objects
PIECES_PER_BYTE = 2
MAX_PIECES = 32_000_000  # about five times a five-year desk's full sync
MAX_CIPHERTEXT = (1 << 31) - 1  # the AEAD's own limit on one message
SIGNATURE_SIZE = 64
KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
CIPHER = "AES-256-GCM"  # not shown
ZLIB_LEVEL = 3  # on a full sync: 2.4x faster than level 6 for 15% more bytes (docs/bundle-format.md)
KDF_LABEL = b"fsw-bundle-v1"
WRAP_AD = b"fsw-bundle-v1/content-key"

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")
_PREFIX = len(MAGIC) + _U32.size

# Worker-facing reasons, one line each; raised as tr(REASON).
NOT_A_BUNDLE = QT_TRANSLATE_NOOP("", "This file is not an FSW Desk bundle.")
DAMAGED = QT_TRANSLATE_NOOP("", "This bundle was changed or damaged after it was made.")
INCOMPLETE = QT_TRANSLATE_NOOP("", "This bundle file is incomplete.")
OTHER_DESK = QT_TRANSLATE_NOOP("", "This bundle is for another desk.")
UNKNOWN_SENDER = QT_TRANSLATE_NOOP("", "This bundle is from a desk you have not paired with.")
REVOKED_SENDER = QT_TRANSLATE_NOOP("", "This bundle is from a desk whose pairing was revoked.")
OWN_BUNDLE = QT_TRANSLATE_NOOP("", "This bundle was made on this desk.")
NEWER_FORMAT = QT_TRANSLATE_NOOP("", "This bundle was made by a newer version of FSW Desk (format {format}).")
TOO_LARGE = QT_TRANSLATE_NOOP("", "This bundle would be larger than FSW Desk can carry. Export less at a time.")
TOO_DENSE = QT_TRANSLATE_NOOP("", "This bundle is larger inside than any real desk's bundle of its size, so it "
                                  "was not opened. Nothing was imported; ask the desk that sent it to make it again.")

_HEADER_KEYS = frozenset(
    {"format", "kind", "bundle_id", "sender_desk_id", "sender_name", "sender_role", "seq", "created",
     "recipients", "scope", "cipher", "nonce"}
)
_RECIPIENT_KEYS = frozenset({"desk_id", "ephemeral", "nonce", "wrapped_key"})
# A \uD800-\uDFFF escape (an odd number of backslashes before the u). Canonical JSON writes every
# character as UTF-8 and escapes only controls, so no payload FSW Desk makes holds one; alone it decodes
# to a lone surrogate, text no UTF-8 database or terminal can take.
_SURROGATE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F]")
_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,35}")
_KIND = re.compile(r"[a-z][a-z0-9-]{0,19}")
_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_MAX_SEQ = (1 << 63) - 1


class BundleRefused(InputRefused):
    """A bundle that was checked and refused; nothing was changed.

    ``reason`` is a stable code for programs (``not-a-bundle``, ``incomplete``,
    ``damaged``, ``newer-format``, ``own-bundle``, ``unknown-sender``,
    ``revoked-sender``, ``other-desk``, ``too-large``); ``str()`` is for people.
    """

    def __init__(self, message: str, reason: str = "refused") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Recipient:
    desk_id: str
    encryption_public: bytes


@dataclass(frozen=True)
class Sender:
    desk_id: str
    desk_name: str
    role: str
    signing_private: bytes = field(repr=False)


@dataclass(frozen=True)
class Header:
    format: int
    kind: str
    bundle_id: str
    sender_desk_id: str
    sender_name: str
    sender_role: str
    seq: int
    created: str  # ISO 8601 UTC, seconds, e.g. "2026-03-01T09:30:00Z"
    recipients: tuple[str, ...]
    scope: dict

    @property
    def created_at(self) -> datetime:
        """``created`` as an aware UTC datetime."""
        return datetime.strptime(self.created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


# --- canonical JSON --------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8 as is, no NaN: one byte string per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError("duplicate key")  # not shown
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValueError("not standard JSON")  # not shown


def _loads(raw: bytes) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity. Raises ValueError or RecursionError."""
    return json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, size: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64")  # not shown
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None  # not shown
    if len(raw) != size or _b64(raw) != value:
        raise ValueError("wrong size")  # not shown
    return raw


# --- sealing ---------------------------------------------------------------------------------------


def _created_text(created: datetime | None) -> str:
    moment = created or datetime.now(timezone.utc)
    # aware datetimes are converted; naive ones are taken as local time (Python's convention)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _wrap_info(bundle_id: str, desk_id: str, ephemeral: bytes, recipient_public: bytes) -> bytes:
    return b"\x00".join((KDF_LABEL, bundle_id.encode("ascii"), desk_id.encode("ascii"))) + b"\x00" + \
        ephemeral + recipient_public


def _wrapping_key(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=info).derive(shared)


def _check_id(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValueError(f"{what} must be 1-36 letters, digits or hyphens")  # not shown
    return value


def seal(
    payload: dict,
    *,
    kind: str,
    sender: Sender,
    recipients: list[Recipient],
    seq: int,
    scope: dict,
    bundle_id: str | None = None,
    created: datetime | None = None,
    attachment: bytes | Sequence[bytes] | None = None,
    attachment_values: int = 0,
) -> bytes:
    """Encrypt ``payload`` for ``recipients`` and sign it as ``sender``; returns the bundle's bytes.

    With an ``attachment`` (bytes the payload describes, or its parts in order) the bundle is format 2, else format 1,
    which every version of FSW Desk reads; ``attachment_values`` is how many values its reader makes
    of it (see ``PIECES_FLOOR``). Programming errors (a payload that is not JSON, a
    malformed id) raise ``ValueError``/``TypeError``; a payload too big to carry raises ``BundleRefused``.
    """
    if not isinstance(payload, dict):
        raise TypeError("payload must be a dict")  # not shown
    if not isinstance(scope, dict):
        raise TypeError("scope must be a dict")  # not shown
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise ValueError("kind must be 1-20 lowercase letters, digits or hyphens")  # not shown
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= _MAX_SEQ:
        raise ValueError("seq must be a non-negative 63-bit integer")  # not shown
    bundle_id = _check_id(bundle_id or str(uuid.uuid4()), "bundle_id")
    _check_id(sender.desk_id, "sender desk_id")  # not shown
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")  # not shown
    ids = [_check_id(r.desk_id, "recipient desk_id") for r in recipients]  # not shown
    if len(set(ids)) != len(ids):
        raise ValueError("a recipient is listed twice")  # not shown

    plain = canonical_json(payload)
    fmt = 1
    size = len(plain)
    parts: Sequence[bytes] = ()
    if attachment is not None:
        fmt = 2
        parts = [attachment] if isinstance(attachment, (bytes, bytearray, memoryview)) else attachment
        size += _U32.size + sum(map(len, parts))
    if size > MAX_PAYLOAD:
        raise BundleRefused(tr(TOO_LARGE), "too-large")
    if fmt == 1:
        compressed = zlib.compress(plain, ZLIB_LEVEL)
    else:
        compressed = deflate.compress([_U32.pack(len(plain)), plain, *parts], ZLIB_LEVEL)
    if size > payload_limit(len(compressed)):  # a reader would refuse it: never make one
        raise BundleRefused(tr(TOO_LARGE), "too-large")
    held = pieces(plain, json_part=True) + sum(pieces(part) for part in parts) + attachment_values
    if held > pieces_limit(len(compressed)):
        raise BundleRefused(tr(TOO_DENSE), "too-large")
    del plain
    return _seal_compressed(compressed, kind=kind, sender=sender, recipients=recipients, seq=seq, scope=scope,
                            bundle_id=bundle_id, created=created, fmt=fmt)


def _seal_compressed(compressed: bytes, *, kind: str, sender: Sender, recipients: list[Recipient], seq: int,
                     scope: dict, bundle_id: str, created: datetime | None, fmt: int = 1) -> bytes:
    """Encrypt and sign an already compressed payload. Split from ``seal`` so that tests can make,
    with real keys, the hostile files a paired desk could make (a zlib bomb) and ``seal`` refuses."""
    if len(compressed) + TAG_SIZE > MAX_CIPHERTEXT:
        raise BundleRefused(tr(TOO_LARGE), "too-large")
    signer = Ed25519PrivateKey.from_private_bytes(sender.signing_private)
    content_key = AESGCM.generate_key(bit_length=256)
    wrapped = []
    for r in recipients:
        recipient_public = bytes(r.encryption_public)
        peer = X25519PublicKey.from_public_bytes(recipient_public)
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                                               serialization.PublicFormat.Raw)
        wrap_key = _wrapping_key(ephemeral.exchange(peer),
                                 _wrap_info(bundle_id, r.desk_id, ephemeral_public, recipient_public))
        wrap_nonce = os.urandom(NONCE_SIZE)
        wrapped.append({
            "desk_id": r.desk_id,
            "ephemeral": _b64(ephemeral_public),
            "nonce": _b64(wrap_nonce),
            "wrapped_key": _b64(AESGCM(wrap_key).encrypt(wrap_nonce, content_key, WRAP_AD)),
        })

    nonce = os.urandom(NONCE_SIZE)
    header = canonical_json({
        "format": fmt,
        "kind": kind,
        "bundle_id": bundle_id,
        "sender_desk_id": sender.desk_id,
        "sender_name": sender.desk_name,
        "sender_role": sender.role,
        "seq": seq,
        "created": _created_text(created),
        "recipients": wrapped,
        "scope": scope,
        "cipher": CIPHER,
        "nonce": _b64(nonce),
    })
    if len(header) > MAX_HEADER:
        raise ValueError("header over 1 MiB (too many recipients or too large a scope)")  # not shown
    ciphertext = AESGCM(content_key).encrypt(nonce, compressed, header)
    signed = b"".join((MAGIC, _U32.pack(len(header)), header, _U64.pack(len(ciphertext)), ciphertext))
    return signed + signer.sign(signed)


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    header: Header
    raw_header: bytes
    fields: dict
    signed_length: int
    ciphertext: memoryview
    signature: bytes


def _refuse(message: str, reason: str) -> BundleRefused:
    return BundleRefused(message, reason)


def _parse(data: bytes) -> _Parsed:
    """Framing, header and format: everything checked before the sender is looked up."""
    view = memoryview(data)
    size = len(view)
    if size < len(MAGIC):
        if size and MAGIC.startswith(bytes(view)):
            raise _refuse(tr(INCOMPLETE), "incomplete")
        raise _refuse(tr(NOT_A_BUNDLE), "not-a-bundle")
    if view[: len(MAGIC)] != MAGIC:
        raise _refuse(tr(NOT_A_BUNDLE), "not-a-bundle")
    if size < _PREFIX:
        raise _refuse(tr(INCOMPLETE), "incomplete")
    (header_length,) = _U32.unpack_from(view, len(MAGIC))
    if header_length == 0 or header_length > MAX_HEADER:
        raise _refuse(tr(DAMAGED), "damaged")
    header_end = _PREFIX + header_length
    if size < header_end:
        raise _refuse(tr(INCOMPLETE), "incomplete")
    raw_header = bytes(view[_PREFIX:header_end])
    try:
        fields = _loads(raw_header)
    except (ValueError, RecursionError):
        raise _refuse(tr(DAMAGED), "damaged") from None
    if not isinstance(fields, dict):
        raise _refuse(tr(DAMAGED), "damaged")

    # The format is the one thing every version keeps in the same place; a newer one is refused
    # before any other part of the file is interpreted.
    fmt = fields.get("format")
    if isinstance(fmt, bool) or not isinstance(fmt, int):
        raise _refuse(tr(DAMAGED), "damaged")
    if fmt > FORMAT:
        raise _refuse(tr(NEWER_FORMAT).format(format=fmt), "newer-format")
    if fmt not in (1, 2):
        raise _refuse(tr(DAMAGED), "damaged")

    if size < header_end + _U64.size:
        raise _refuse(tr(INCOMPLETE), "incomplete")
    (ct_length,) = _U64.unpack_from(view, header_end)
    if ct_length < TAG_SIZE or ct_length > MAX_CIPHERTEXT:
        raise _refuse(tr(DAMAGED), "damaged")
    ct_start = header_end + _U64.size
    signed_length = ct_start + ct_length
    if size < signed_length + SIGNATURE_SIZE:
        raise _refuse(tr(INCOMPLETE), "incomplete")
    if size > signed_length + SIGNATURE_SIZE:
        raise _refuse(tr(DAMAGED), "damaged")

    try:
        if canonical_json(fields) != raw_header:
            raise ValueError("not canonical")  # not shown
        header = _header_from(fields)
    except (ValueError, TypeError, RecursionError):
        raise _refuse(tr(DAMAGED), "damaged") from None
    return _Parsed(header, raw_header, fields, signed_length, view[ct_start:signed_length],
                   bytes(view[signed_length:]))


def _header_from(f: dict) -> Header:
    if set(f) != _HEADER_KEYS:
        raise ValueError("header fields")  # not shown
    if not isinstance(f["kind"], str) or not _KIND.fullmatch(f["kind"]):
        raise ValueError("kind")
    _check_id(f["bundle_id"], "bundle_id")
    _check_id(f["sender_desk_id"], "sender")
    for key, limit in (("sender_name", 200), ("sender_role", 20)):
        if not isinstance(f[key], str) or len(f[key]) > limit:
            raise ValueError(key)
    seq = f["seq"]
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq <= _MAX_SEQ:
        raise ValueError("seq")
    if not isinstance(f["created"], str) or not _CREATED.fullmatch(f["created"]):
        raise ValueError("created")
    datetime.strptime(f["created"], "%Y-%m-%dT%H:%M:%SZ")
    if not isinstance(f["scope"], dict):
        raise ValueError("scope")
    if f["cipher"] != CIPHER:
        raise ValueError("cipher")
    _unb64(f["nonce"], NONCE_SIZE)
    entries = f["recipients"]
    if not isinstance(entries, list) or not entries:
        raise ValueError("recipients")
    ids = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != _RECIPIENT_KEYS:
            raise ValueError("recipient")
        ids.append(_check_id(entry["desk_id"], "recipient"))
        _unb64(entry["ephemeral"], KEY_SIZE)
        _unb64(entry["nonce"], NONCE_SIZE)
        _unb64(entry["wrapped_key"], KEY_SIZE + TAG_SIZE)
    if len(set(ids)) != len(ids):
        raise ValueError("recipient twice")  # not shown
    return Header(
        format=f["format"], kind=f["kind"], bundle_id=f["bundle_id"], sender_desk_id=f["sender_desk_id"],
        sender_name=f["sender_name"], sender_role=f["sender_role"], seq=seq, created=f["created"],
        recipients=tuple(ids), scope=f["scope"],
    )


def peek(data: bytes) -> Header:
    """The header, unverified: who a file says it is from, to show before pairing or importing.

    Still refuses what is not a bundle, a truncated file and a newer format.
    Nothing in the result is trustworthy until :func:`open_bundle` succeeds.
    """
    return _parse(data).header


def payload_limit(compressed_size: int) -> int:
    """The most a payload compressed to ``compressed_size`` bytes may inflate to (see MAX_PAYLOAD)."""
    return min(MAX_PAYLOAD, max(PAYLOAD_FLOOR, PAYLOAD_RATIO * compressed_size))


def pieces_limit(compressed_size: int) -> int:
    """The most pieces a payload compressed to ``compressed_size`` bytes may hold (see PIECES_FLOOR)."""
    return min(MAX_PIECES, max(PIECES_FLOOR, PIECES_PER_BYTE * compressed_size))


_NOT_PIECES = bytes(b for b in range(256) if b not in b",[{")


def pieces(data: bytes | memoryview, json_part: bool = False) -> int:
    """The pieces of ``data`` (see PIECES_FLOOR): its ``,[{`` counted in one pass in C (faster than
    a count of each), and for the JSON part of a bundle its ``\\u`` escapes too."""
    raw = data if isinstance(data, bytes) else bytes(data)
    return len(raw.translate(None, _NOT_PIECES)) + (raw.count(b"\\u") if json_part else 0)


def _decompress(compressed: bytes) -> bytes:
    """Inflate with the output capped: zlib stops at the limit, so a bomb costs no more than that."""
    limit = payload_limit(len(compressed))
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(compressed, limit + 1)
    except zlib.error:
        raise _refuse(tr(DAMAGED), "damaged") from None
    if len(plain) > limit or inflater.unconsumed_tail:
        raise _refuse(tr(TOO_LARGE), "too-large")
    if not inflater.eof or inflater.unused_data:
        raise _refuse(tr(DAMAGED), "damaged")
    return plain


def open_bundle(
    data: bytes,
    *,
    me_desk_id: str,
    me_encryption_private: bytes,
    signing_key_for: Callable[[str], bytes | None],
    revoked: Callable[[str], bool] = lambda d: False,
) -> tuple[Header, dict]:
    """Check and decrypt a bundle for this desk; returns its header and payload.

    Checks, in order: magic and lengths, format, not our own, sender paired,
    sender not revoked, signature (before anything is decrypted), this desk is
    a recipient, key unwrap, decryption, decompression, JSON. A format-2 bundle is
    refused as damaged, even with an empty attachment: only readers of sync and
    handover bundles take format 2, through ``open_bundle_parts``; every other kind
    is written as format 1.
    """
    header, payload, attachment = open_bundle_parts(
        data, me_desk_id=me_desk_id, me_encryption_private=me_encryption_private,
        signing_key_for=signing_key_for, revoked=revoked)
    if header.format != 1 or len(attachment):
        raise _refuse(tr(DAMAGED), "damaged")
    return header, payload


def open_bundle_parts(
    data: bytes,
    *,
    me_desk_id: str,
    me_encryption_private: bytes,
    signing_key_for: Callable[[str], bytes | None],
    revoked: Callable[[str], bool] = lambda d: False,
    attachment_values: Callable[[dict], int] | None = None,
) -> tuple[Header, dict, bytes | memoryview]:
    """``open_bundle`` for a reader that takes attachments: header, payload and attachment
    (empty for format 1). The same checks, in the same order.

    ``attachment_values`` says, from the (untrusted) payload, how many values the reader will make
    of the attachment; they count among the bundle's pieces (``PIECES_FLOOR``), so a reader that
    passes it may trust that count to be within ``pieces_limit``."""
    parsed = _parse(data)
    header = parsed.header
    if header.sender_desk_id == me_desk_id:
        raise _refuse(tr(OWN_BUNDLE), "own-bundle")
    signing_public = signing_key_for(header.sender_desk_id)
    if signing_public is None:
        raise _refuse(tr(UNKNOWN_SENDER), "unknown-sender")
    if revoked(header.sender_desk_id):
        raise _refuse(tr(REVOKED_SENDER), "revoked-sender")
    try:
        Ed25519PublicKey.from_public_bytes(bytes(signing_public)).verify(
            parsed.signature, memoryview(data)[: parsed.signed_length]
        )
    except (InvalidSignature, ValueError, TypeError):
        raise _refuse(tr(DAMAGED), "damaged") from None

    # From here on every byte is as the sender made it.
    entry = next((e for e in parsed.fields["recipients"] if e["desk_id"] == me_desk_id), None)
    if entry is None:
        raise _refuse(tr(OTHER_DESK), "other-desk")
    try:
        me = X25519PrivateKey.from_private_bytes(bytes(me_encryption_private))
        my_public = me.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        ephemeral = _unb64(entry["ephemeral"], KEY_SIZE)
        wrap_key = _wrapping_key(me.exchange(X25519PublicKey.from_public_bytes(ephemeral)),
                                 _wrap_info(header.bundle_id, me_desk_id, ephemeral, my_public))
        content_key = AESGCM(wrap_key).decrypt(_unb64(entry["nonce"], NONCE_SIZE),
                                               _unb64(entry["wrapped_key"], KEY_SIZE + TAG_SIZE), WRAP_AD)
        compressed = AESGCM(content_key).decrypt(_unb64(parsed.fields["nonce"], NONCE_SIZE),
                                                 parsed.ciphertext, parsed.raw_header)
    except (InvalidTag, ValueError, TypeError):
        raise _refuse(tr(DAMAGED), "damaged") from None
    limit = pieces_limit(len(compressed))
    plain = _decompress(compressed)
    del compressed
    attachment: bytes | memoryview = b""
    try:
        if header.format == 2:  # the attachment is a view of the inflated bytes, not a copy
            if len(plain) < _U32.size:
                raise ValueError("no payload length")  # not shown
            (json_length,) = _U32.unpack_from(plain, 0)
            if json_length > len(plain) - _U32.size:
                raise ValueError("payload length")  # not shown
            view = memoryview(plain)
            attachment = view[_U32.size + json_length :]
            json_part = view[_U32.size : _U32.size + json_length]
            held = pieces(plain) + bytes(json_part).count(b"\\u")  # the escapes of the JSON part alone
        else:
            held = pieces(plain, json_part=True)
        if held > limit:  # before a single object is made of it
            raise _refuse(tr(TOO_DENSE), "too-large")
        if header.format == 2:
            text = str(json_part, "utf-8")
        else:
            text = plain.decode("utf-8")  # strict UTF-8, as _loads
        del plain  # the bytes go before parsing: a full sync's payload is ~200 MB
        if ("\\ud" in text or "\\uD" in text) and _SURROGATE_ESCAPE.search(text):
            raise ValueError("a surrogate escaped")  # not shown
        payload = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise _refuse(tr(DAMAGED), "damaged") from None
    if not isinstance(payload, dict):
        raise _refuse(tr(DAMAGED), "damaged")
    if header.format == 2 and attachment_values is not None and held + attachment_values(payload) > limit:
        raise _refuse(tr(TOO_DENSE), "too-large")
    return header, payload, attachment
