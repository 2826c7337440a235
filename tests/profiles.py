"""Prepared profiles: each kind made once per run, handed out as copies opened with the raw key.

Creating a profile wraps its data key under the passphrase (Argon2id, tuned to about a second on a
real desk), and every unlock unwraps it. Profiles made here pass ``keyslots.TEST_KDF`` explicitly
(Argon2id's smallest cost), so a test that unlocks one with the passphrase pays milliseconds; and a
copy of a prepared file (with its slot file, ``profile.fsw.keys``), opened with the key found when
it was made, costs a few milliseconds and is the same pair of files a new profile would be.

A copy is the same desk as its template: desk id, identity keys and salt. Profiles asked for under
different names come from different templates, so they are different desks and a test may pair
them; ``fresh=True`` (``make_profile``, ``make_desks``) makes a new desk, for a test that needs one
no other test shares. Tests about creating or unlocking a profile still create and unlock it.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from fsw_desktop import keyslots
from fsw_desktop.db import DB_NAME, Database, Key, make_profile_dir, open_database, read_salt
from fsw_desktop.services.desk import profile

TEST_KDF = keyslots.TEST_KDF

PASSPHRASE = "correct horse battery staple"
WORKER = "Quentin Testworker"
ESTABLISHMENT = "HMP Testfield (synthetic)"


class Templates:
    """Template profiles by role, name, worker and establishment, made on first use, and the keys of every file
    made here (by salt), so a copy of one, or of the demo profile, opens without deriving."""

    def __init__(self) -> None:
        self._root: Path | None = None
        self._made: dict[tuple[str, str, str, str], Path] = {}
        self._keys: dict[bytes, Key] = {}

    @property
    def root(self) -> Path:
        if self._root is None:
            self._root = Path(tempfile.mkdtemp(prefix="fsw-test-templates-"))
            atexit.register(shutil.rmtree, self._root, True)
        return self._root

    def create(self, profile_dir: Path, role: str = "worker", name: str = "p", worker: str = WORKER,
               establishment: str = ESTABLISHMENT) -> Database:
        """A new profile (a key derivation) for desk "Desk {name}"; its key is remembered."""
        database = profile.create_profile(profile_dir, worker, f"Desk {name}", role, PASSPHRASE, establishment,
                                          kdf=TEST_KDF)
        self.remember(database)
        return database

    def remember(self, database: Database) -> None:
        self._keys[read_salt(database.path)] = database.key_copy()

    def _template(self, role: str, name: str, worker: str, establishment: str) -> Path:
        kind = (role, name, worker, establishment)
        if kind not in self._made:
            folder = self.root / f"{len(self._made):02d}-{role}-{name}"
            self.create(folder, role, name, worker, establishment).close()
            self._made[kind] = folder
        return self._made[kind]

    def profile(self, profile_dir: Path, role: str = "worker", name: str = "p", worker: str = WORKER,
                establishment: str = ESTABLISHMENT) -> Database:
        """A copy of the template of this kind at ``profile_dir``, open as ``create_profile`` leaves a new one."""
        source = self._template(role, name, worker, establishment) / DB_NAME
        make_profile_dir(Path(profile_dir))
        target = Path(profile_dir) / DB_NAME
        shutil.copy2(source, target)
        shutil.copy2(keyslots.slots_path(source), keyslots.slots_path(target))
        return open_database(target, key=self.key_for(profile_dir))

    def key_for(self, profile_dir: Path) -> Key:
        """A copy of the key of a profile made here (or copied from one), found by its salt."""
        return self._keys[read_salt(Path(profile_dir) / DB_NAME)].copy()

    def open(self, profile_dir: Path) -> Database:
        """The profile opened as ``profile.unlock`` opens it, with the key already derived: for tests
        that need to look inside a profile, not to test unlocking it."""
        return profile.open_profile(Path(profile_dir), key=self.key_for(profile_dir))


TEMPLATES = Templates()


def make_old_format(path: Path, key: Key, passphrase: str) -> Key:
    """The database at ``path`` (opened by ``key``) as a release before key slots left it: re-encrypted
    under SQLCipher's PBKDF2 key of ``passphrase``, with no slot file. Returns that key (wipe it)."""
    from fsw_desktop.db import connect_raw  # reason: only the tests of the move to slots need it

    legacy = Key.new(passphrase)
    tmp = path.with_name("legacy.tmp")
    conn = connect_raw(path, key)
    try:
        conn.execute(f"ATTACH DATABASE ? AS old KEY {legacy.pragma_value()}", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('old')")
        conn.execute(f"PRAGMA old.user_version = {conn.execute('PRAGMA user_version').fetchone()[0]}")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    tmp.replace(path)
    keyslots.slots_path(path).unlink()
    return legacy
