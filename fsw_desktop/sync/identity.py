"""A desk's identity: an Ed25519 key to sign bundles and an X25519 key to receive them."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from ..errors import InputRefused
from ..models.sync import ROLES
from ..words import QT_TRANSLATE_NOOP, tr

RAW = serialization.Encoding.Raw
PRIV = serialization.PrivateFormat.Raw
PUB = serialization.PublicFormat.Raw
NOENC = serialization.NoEncryption()


@dataclass(frozen=True)
class KeyPairs:
    signing_private: bytes
    signing_public: bytes
    encryption_private: bytes
    encryption_public: bytes


def generate() -> KeyPairs:
    sign = Ed25519PrivateKey.generate()
    enc = X25519PrivateKey.generate()
    return KeyPairs(
        sign.private_bytes(RAW, PRIV, NOENC),
        sign.public_key().public_bytes(RAW, PUB),
        enc.private_bytes(RAW, PRIV, NOENC),
        enc.public_key().public_bytes(RAW, PUB),
    )


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """Twelve groups of five digits from SHA-256 of both public keys, to read aloud and compare."""
    digest = hashlib.sha256(b"fsw-identity-v1" + signing_public + encryption_public).digest()
    groups = []
    for i in range(12):
        chunk = int.from_bytes(digest[i * 2 : i * 2 + 5], "big")
        groups.append(f"{chunk % 100000:05d}")
    return " ".join(groups)


# --- the public identity file ----------------------------------------------------------------------

IDENTITY_FORMAT = 1
MAX_IDENTITY_FILE = 64 * 1024
_DESK_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,35}")
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_NOT_IDENTITY = QT_TRANSLATE_NOOP("", "This file is not an FSW Desk identity file.")


class NotIdentity(InputRefused):
    """The file is not an identity file at all (rather than a damaged or newer one)."""


def public_identity(desk: Any) -> dict:
    """What another desk needs to pair with this one: ids, role and public keys only.

    Never a private key, never the worker's name. ``desk`` is a ``Desk`` row (or
    anything with the same attributes).
    """
    return {
        "format": IDENTITY_FORMAT,
        "desk_id": desk.desk_id,
        "desk_name": desk.desk_name,
        "role": desk.role,
        "establishment": desk.establishment or "",
        "signing_public": bytes(desk.signing_public).hex(),
        "encryption_public": bytes(desk.encryption_public).hex(),
        "fingerprint": fingerprint(bytes(desk.signing_public), bytes(desk.encryption_public)),
    }


def _text(obj: dict, key: str, label: str, limit: int, required: bool = True) -> str:
    if key not in obj:
        if not required:
            return ""
        raise InputRefused(tr("This identity file is missing the {label}.").format(label=label))
    value = obj[key]
    if not isinstance(value, str):
        raise InputRefused(tr("This identity file's {label} is not text.").format(label=label))
    value = value.strip()
    if required and not value:
        raise InputRefused(tr("This identity file's {label} is empty.").format(label=label))
    if len(value) > limit:
        raise InputRefused(tr("This identity file's {label} is too long.").format(label=label))
    return value


def _key(obj: dict, key: str, label: str) -> bytes:
    if key not in obj:
        raise InputRefused(tr("This identity file is missing the {label}.").format(label=label))
    value = obj[key]
    if not isinstance(value, str) or not _HEX64.fullmatch(value.strip()):
        raise InputRefused(
            tr("This identity file's {label} is the wrong length or not hexadecimal "
            "(it must be 32 bytes, 64 hex digits).").format(label=label)
        )
    return bytes.fromhex(value.strip())


def check_identity(obj: Any) -> dict:
    """Validate a parsed identity and return it normalised (same shape as :func:`public_identity`).

    Raises ``InputRefused`` with a message a worker can act on.
    """
    if not isinstance(obj, dict):
        raise NotIdentity(tr(_NOT_IDENTITY))
    fmt = obj.get("format")
    if fmt is None:
        raise InputRefused(tr("This identity file is missing its format number."))
    if isinstance(fmt, bool) or not isinstance(fmt, int):
        raise NotIdentity(tr(_NOT_IDENTITY))
    if fmt > IDENTITY_FORMAT:
        raise InputRefused(tr("This identity file was made by a newer version of FSW Desk (format {fmt}).").format(
                              fmt=fmt))
    if fmt != IDENTITY_FORMAT:
        raise NotIdentity(tr(_NOT_IDENTITY))
    desk_id = _text(obj, "desk_id", tr("desk id"), 36)
    if not _DESK_ID.fullmatch(desk_id):
        raise InputRefused(tr("This identity file's desk id is not valid."))
    desk_name = _text(obj, "desk_name", tr("desk name"), 200)
    role = _text(obj, "role", tr("desk's role"), 20)
    if role not in ROLES:
        raise InputRefused(tr("This identity file's role must be one of: {roles}.").format(roles=', '.join(ROLES)))
    establishment = _text(obj, "establishment", tr("establishment"), 200, required=False)
    signing_public = _key(obj, "signing_public", tr("signing key"))
    encryption_public = _key(obj, "encryption_public", tr("encryption key"))
    try:
        Ed25519PublicKey.from_public_bytes(signing_public)
        X25519PublicKey.from_public_bytes(encryption_public)
    except ValueError:
        raise InputRefused(tr("This identity file's keys are not valid.")) from None
    computed = fingerprint(signing_public, encryption_public)
    given = obj.get("fingerprint")
    if given is not None:
        if not isinstance(given, str) or " ".join(given.split()) != computed:
            raise InputRefused(
                tr("This identity file's fingerprint does not match its keys: it may have been changed. "
                "Ask the other desk for a fresh copy.")
            )
    return {
        "format": IDENTITY_FORMAT,
        "desk_id": desk_id,
        "desk_name": desk_name,
        "role": role,
        "establishment": establishment,
        "signing_public": signing_public.hex(),
        "encryption_public": encryption_public.hex(),
        "fingerprint": computed,
    }


def parse_identity(data: bytes) -> dict:
    """Read an exported identity file's bytes: JSON, the shape of :func:`public_identity`, keys that match."""
    if len(data) > MAX_IDENTITY_FILE:
        raise InputRefused(tr("This file is too large to be an FSW Desk identity file."))
    try:
        obj = json.loads(bytes(data).decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotIdentity(tr("This file is not an FSW Desk identity file. It is not readable JSON.")) from None
    return check_identity(obj)
