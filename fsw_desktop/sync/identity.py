"""A desk's identity: an Ed25519 key to sign bundles and an X25519 key to receive them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

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
