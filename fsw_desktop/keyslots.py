"""Key slots: one random data key opens the database; each way in holds its own wrapped copy of it.

A profile's database (``profile.fsw``) is encrypted by SQLCipher under a random 32-byte *data key*
(raw key mode, with the 16-byte salt SQLCipher keeps at the start of the file). The data key is
never stored as it is: each *slot* holds it wrapped (AES-256-GCM) under a key derived from one
secret, the passphrase (Argon2id, tuned to about a second and at least 64 MiB) or the recovery key
(HKDF: a recovery key is 160 random bits, there is nothing to guess). A passphrase change rewraps
one slot; the database is not touched.

The slots live in a *slot file* beside the database, ``NAME.keys`` (``profile.fsw.keys``,
``backup.fswbak.keys``): a database cannot hold its own key. It is replaced only whole, through
``atomic.write_atomic``. It holds *generations*, one per database salt: a slot opens a database only
if its generation names that database's salt. So whenever the database file is to be replaced by
one with another salt (the move of an old profile to slots, a re-encryption, a restore), the slot file
first gains the new generation beside the old; then the database is renamed into place; stale
generations go at the next unlock. A SIGKILL at any moment leaves a slot file that opens whichever
database file is there. A database whose salt no generation names is an old-format profile: its key
is SQLCipher's own PBKDF2 of the passphrase (``legacy``), unless its salt carries the tag of a file
made for slots (``new_db_salt``): then its slot file is missing, which is said as such
(``errors.MissingKeyFile``), never as a wrong passphrase.

This module is at the bottom of the package: it knows files and cryptography, not SQLite.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import atomic
from .errors import CorruptFile, InputRefused, WrongPassphrase
from .words import QT_TRANSLATE_NOOP, tr

SLOTS_SUFFIX = ".keys"
FORMAT = "fsw-desk-keyslots"
VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
PASSPHRASE, RECOVERY = "passphrase", "recovery"
KINDS = (PASSPHRASE, RECOVERY)

TARGET_SECONDS = 1.0  # as KeePassXC: about a second of work for one guess
MEMORY_KIB = 128 * 1024  # at least 64 MiB, so a graphics card gains little
MIN_ITERATIONS = 2

WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP("", "That recovery key does not open this profile.")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id's cost, stored with each passphrase slot (a slot keeps the cost it was made with)."""

    memory_kib: int
    iterations: int
    parallelism: int = 1

    def as_dict(self) -> dict:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "iterations": self.iterations,
                "parallelism": self.parallelism}


# For tests only, passed explicitly (tests/profiles.py): Argon2id's smallest cost. Never a default.
TEST_KDF = KdfParams(memory_kib=8, iterations=1, parallelism=1)

_TUNED: dict[tuple[float, int], KdfParams] = {}


def measure_params(target_seconds: float = TARGET_SECONDS, memory_kib: int = MEMORY_KIB) -> KdfParams:
    """Argon2id iterations for about ``target_seconds`` on this machine at ``memory_kib``, measured now.

    Settings > Re-tune uses this: the point of re-tuning is a fresh measurement (a faster new desk,
    a quieter machine), never a figure remembered from earlier in the run.
    """
    salt = secrets.token_bytes(SALT_BYTES)
    start = time.perf_counter()
    Argon2id(salt=salt, length=32, iterations=2, lanes=1, memory_cost=memory_kib).derive(b"tuning")
    per_iteration = max(1e-4, (time.perf_counter() - start) / 2)
    return KdfParams(memory_kib, max(MIN_ITERATIONS, round(target_seconds / per_iteration)), 1)


def tuned_params(target_seconds: float = TARGET_SECONDS, memory_kib: int = MEMORY_KIB) -> KdfParams:
    """``measure_params``, measured once a run for these bounds (a new profile, the move to slots)."""
    bounds = (target_seconds, memory_kib)
    if bounds not in _TUNED:
        _TUNED[bounds] = measure_params(target_seconds, memory_kib)
    return _TUNED[bounds]


# --- the database salt -----------------------------------------------------------------------
#
# SQLCipher keeps a 16-byte salt in the clear at the start of the file. A file made for key slots
# gets 12 random bytes and a 4-byte tag computed from them, so the file itself says it needs a slot
# file (no secret is involved: this tells nothing about the key). An old-format file's random salt
# carries the tag by chance once in 2**32. Files made before the tag existed simply lack it.

_SALT_TAG_BYTES = 4


def _salt_tag(head: bytes) -> bytes:
    return hashlib.sha256(b"fsw-desk key slots\0" + head).digest()[:_SALT_TAG_BYTES]


def new_db_salt() -> bytes:
    """A database salt for a file made for key slots (``made_for_slots`` knows it again)."""
    head = secrets.token_bytes(SALT_BYTES - _SALT_TAG_BYTES)
    return head + _salt_tag(head)


def made_for_slots(db_salt: bytes) -> bool:
    """Was the database with this salt made for key slots (so without its slot file nothing opens it)?"""
    if len(db_salt) != SALT_BYTES:
        return False
    head, tag = db_salt[:-_SALT_TAG_BYTES], db_salt[-_SALT_TAG_BYTES:]
    return hmac.compare_digest(tag, _salt_tag(head))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def slots_path(db_path: Path) -> Path:
    return Path(str(db_path) + SLOTS_SUFFIX)


# --- recovery keys ---------------------------------------------------------------------------

RECOVERY_BYTES = 20  # 160 bits: 32 characters of base32, in eight groups of four


def new_recovery_key() -> str:
    """A long random code a person can type: eight groups of four letters and digits."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def _recovery_bytes(code: str) -> bytes:
    """The recovery key as typed: case, spaces and hyphens do not matter; 0, 1 and 8 read as O, I and B."""
    cleaned = "".join(code.split()).replace("-", "").upper().translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, TypeError) as exc:
        raise WrongPassphrase(tr(WRONG_RECOVERY_KEY)) from exc
    if len(raw) != RECOVERY_BYTES:
        raise WrongPassphrase(tr(WRONG_RECOVERY_KEY))
    return raw


# --- deriving and wrapping -------------------------------------------------------------------

def _kek(kind: str, secret: str, kdf: dict, salt: bytes) -> bytes:
    if kind == PASSPHRASE:
        if kdf.get("name") != "argon2id":
            raise CorruptFile(tr("The profile's key file names a key derivation this version does not know."))
        return Argon2id(salt=salt, length=32, iterations=int(kdf["iterations"]), lanes=int(kdf["parallelism"]),
                        memory_cost=int(kdf["memory_kib"])).derive(secret.encode("utf-8"))
    if kind == RECOVERY:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                    info=b"fsw-desk recovery slot").derive(_recovery_bytes(secret))
    raise CorruptFile(tr("The profile's key file has a slot of an unknown kind ({kind}).").format(kind=kind))


def _aad(kind: str, kdf: dict) -> bytes:
    """What the wrapped key is bound to: a slot whose kind or cost was changed no longer opens.

    Not to a database salt: every file under the same data key (the profile and its backups) may
    carry the same slots, which is how a passphrase change reaches the backups inside the profile.
    """
    return json.dumps({"kind": kind, "kdf": kdf}, sort_keys=True).encode("utf-8")


def make_slot(kind: str, secret: str, data_key: bytes | bytearray, kdf: KdfParams | None = None) -> dict:
    """A slot holding ``data_key`` wrapped under ``secret``. A passphrase slot costs one derivation."""
    if kind == PASSPHRASE:
        params = (kdf or tuned_params()).as_dict()
    else:
        params = {"name": "hkdf-sha256"}
    salt = secrets.token_bytes(SALT_BYTES)
    kek = _kek(kind, secret, params, salt)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), _aad(kind, params))
    return {"kind": kind, "created": datetime.now().replace(microsecond=0).isoformat(),
            "kdf": params, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def open_slot(slot: dict, secret: str) -> bytearray | None:
    """The data key if ``secret`` opens this slot, else None."""
    try:
        kek = _kek(slot["kind"], secret, slot["kdf"], _unb64(slot["salt"]))
        return bytearray(AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]),
                                             _aad(slot["kind"], slot["kdf"])))
    except InvalidTag:
        return None
    except WrongPassphrase:  # a recovery key that is not even well formed
        return None
    except (KeyError, ValueError, TypeError) as exc:
        raise CorruptFile(tr("The profile's key file is damaged. Restore your latest backup.")) from exc


# --- the slot file ---------------------------------------------------------------------------

@dataclass
class SlotFile:
    """The generations of slots, by database salt (hex). Changed in memory, then ``save``d whole."""

    generations: dict[str, list[dict]]

    def slots_for(self, db_salt: bytes) -> list[dict] | None:
        return self.generations.get(db_salt.hex())

    def put(self, db_salt: bytes, slots: list[dict]) -> None:
        self.generations[db_salt.hex()] = list(slots)

    def only(self, db_salt: bytes) -> "SlotFile":  # not shown
        found = self.slots_for(db_salt)
        return SlotFile({} if found is None else {db_salt.hex(): list(found)})

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION,
               "generations": [{"db_salt": salt, "slots": slots} for salt, slots in self.generations.items()]}
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")


def read_slot_file(db_path: Path) -> SlotFile | None:
    """The slot file beside ``db_path``, or None if there is none (an old-format profile or backup)."""
    path = slots_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError("not a slot file")  # not shown
        if int(doc.get("version", 0)) > VERSION:
            raise InputRefused(tr("This profile's keys were written by a newer version of FSW Desk. "
                               "Install the latest version to open it. Nothing was changed."))
        return SlotFile({g["db_salt"]: list(g["slots"]) for g in doc["generations"]})
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise CorruptFile(tr("The profile's key file is damaged. Restore your latest backup.")) from exc


def write_slot_file(db_path: Path, slots: SlotFile) -> None:
    """Replace the slot file whole (0600): a reader sees the old file or the new one, never half."""
    atomic.write_atomic(slots_path(db_path), slots.to_bytes())


def unwrap(slots: list[dict], kind: str, secret: str) -> bytearray | None:
    """The data key from the first slot of ``kind`` that ``secret`` opens, else None."""
    for slot in slots:
        if slot.get("kind") == kind:
            key = open_slot(slot, secret)
            if key is not None:
                return key
    return None


def replaced(slots: list[dict], new: dict) -> list[dict]:
    """The slots with ``new`` in place of any of its kind (one passphrase, one recovery key)."""
    return [s for s in slots if s.get("kind") != new["kind"]] + [new]


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def describe(slots: list[dict]) -> dict:
    """What ``fsw keys --json`` shows: kinds, costs and dates, never key material."""
    passphrase = next((s for s in slots if s.get("kind") == PASSPHRASE), None)
    kdf = passphrase["kdf"] if passphrase else {}
    return {
        "kdf": kdf.get("name", "argon2id"),
        "memory_kib": kdf.get("memory_kib"),
        "iterations": kdf.get("iterations"),
        "parallelism": kdf.get("parallelism"),
        "slots": [s["kind"] for s in slots],
        "slot_details": [{"kind": s["kind"], "created": s.get("created"),
                          "kdf": {k: v for k, v in s["kdf"].items()}} for s in slots],
    }


def fingerprint(data_key: bytes | bytearray) -> str:
    """Not stored anywhere; for tests comparing two keys without printing them."""
    return hashlib.sha256(bytes(data_key)).hexdigest()[:16]


def remove_slot_file(db_path: Path) -> None:
    try:
        os.unlink(slots_path(db_path))
    except FileNotFoundError:
        pass
