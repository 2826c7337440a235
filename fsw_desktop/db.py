"""The encrypted profile database: keys, connections and migrations.

The database is encrypted under a random data key, opened in SQLCipher's raw key mode; the ways in
(passphrase, recovery key) each hold a wrapped copy of it in the slot file beside it
(``keyslots``). The key is found once at unlock and every connection after that is keyed with it,
so a worker thread or a backup connection costs nothing extra. The salt is the first 16 bytes of
the file, as SQLCipher writes it. A profile made before the slots (``legacy``) has SQLCipher's own
PBKDF2 key; it moves to slots at its next unlock with the passphrase (``move_to_slots``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import Pool, QueuePool

from . import atomic, keyslots
from .errors import (CorruptFile, DamagedProfile, InputRefused, MissingKeyFile, NoProfile, ProfileExists,
                     ProfileLocked, WrongPassphrase)
from .words import QT_TRANSLATE_NOOP, tr

DB_NAME = "profile.fsw"
KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32


def derive_key(passphrase: str, salt: bytes) -> bytearray:
    """SQLCipher 4's default KDF, done by us so it runs once per unlock."""
    return bytearray(
        hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    )


def read_salt(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError as exc:
        raise NoProfile(tr("No profile database at {path}.").format(path=path)) from exc
    if len(salt) < SALT_BYTES:
        raise CorruptFile(tr("The profile database is damaged or empty."))
    if salt.startswith(b"SQLite format 3"):
        raise CorruptFile(tr("This database is not encrypted; FSW Desk will not open it."))
    return salt


@dataclass
class Key:
    """A derived key and its salt. ``wipe`` overwrites the bytes we own."""

    raw: bytearray
    salt: bytes
    slotted: bool = False  # from a slot that opened: the key is right, so a file it cannot open is damaged
    moved: bool = False  # the file was just moved to slots, after its automatic backup (none more needed)
    _wiped: bool = field(default=False, repr=False)

    def pragma_value(self) -> str:
        if self._wiped:
            raise RuntimeError("key already wiped")  # not shown
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    @property
    def wiped(self) -> bool:
        return self._wiped

    def wipe(self) -> None:
        for i in range(len(self.raw)):
            self.raw[i] = 0
        self._wiped = True

    def copy(self) -> "Key":  # not shown
        return Key(bytearray(self.raw), self.salt, self.slotted)

    @property
    def legacy(self) -> bool:
        """A key derived from the passphrase by PBKDF2 (a profile made before the slots)."""
        return not self.slotted

    @classmethod
    def new(cls, passphrase: str) -> "Key":  # not shown
        """An old-format (PBKDF2) key with a new salt: for tests that make a profile as earlier releases did."""
        salt = secrets.token_bytes(SALT_BYTES)
        return cls(derive_key(passphrase, salt), salt)

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> "Key":  # not shown
        """The old-format (PBKDF2) key of a file; ``unlock_key`` is the way to open any file."""
        salt = read_salt(path)
        return cls(derive_key(passphrase, salt), salt)


WRONG_RECOVERY_KEY = keyslots.WRONG_RECOVERY_KEY


def unlock_key(path: Path, secret: str, kinds: tuple[str, ...] = (keyslots.PASSPHRASE,)) -> Key:
    """The key of the database at ``path`` from a passphrase or recovery key (the slow part of unlocking).

    If the slot file beside it has a generation for the file's salt, the secret must open one of its
    slots of ``kinds`` (else WrongPassphrase, nothing else tried). If not, and the file's salt says it
    was made for slots, its slot file is missing or another file's (MissingKeyFile: no secret is tried).
    Else the file is of the old format and its key is PBKDF2 of the passphrase (``Key.legacy``);
    ``connect_raw`` tells whether it fits.
    """
    path = Path(path)
    salt = read_salt(path)
    slot_file = keyslots.read_slot_file(path)
    slots = slot_file.slots_for(salt) if slot_file else None
    if slots is None:
        if keyslots.made_for_slots(salt):  # not an old-format file: its key is only in the slot file
            raise MissingKeyFile(missing_key_file_message(path, found=slot_file is not None))
        if keyslots.PASSPHRASE not in kinds:
            raise WrongPassphrase(tr(WRONG_RECOVERY_KEY))  # an old-format file has no recovery slot
        return Key(derive_key(secret, salt), salt)
    for kind in kinds:
        raw = keyslots.unwrap(slots, kind, secret)
        if raw is not None:
            return Key(raw, salt, slotted=True)
    if kinds == (keyslots.RECOVERY,):
        raise WrongPassphrase(tr(WRONG_RECOVERY_KEY))
    raise WrongPassphrase()


def missing_key_file_message(path: Path, found: bool = False) -> str:
    """What to do when the slot file of a database made for key slots is missing (or is another file's)."""
    keys = keyslots.slots_path(path).name
    fields = {"keys": keys, "folder": path.parent, "name": path.name}
    if path.name.endswith(BACKUP_SUFFIX) and found:
        text = tr("The key file {keys} in {folder} belongs to another copy, not to {name}. Without it no passphrase "
                  "or recovery key can open this backup. Copy {keys} from where the backup was saved (it is always "
                  "saved beside it) into the same folder, then try again. Nothing was changed.")
    elif path.name.endswith(BACKUP_SUFFIX):
        text = tr("The key file {keys} is missing from {folder}. Without it no passphrase or recovery key can open "
                  "this backup. Copy {keys} from where the backup was saved (it is always saved beside it) into the "
                  "same folder, then try again. Nothing was changed.")
    elif found:
        text = tr("The key file {keys} in {folder} belongs to another copy, not to {name}. Without it no passphrase "
                  "or recovery key can open this profile: your passphrase was not checked. Put {keys} back beside "
                  "{name} if you moved or copied the profile without it, or restore your latest backup (Restore "
                  "from backup on the lock screen, or 'fsw restore FILE --replace'). Nothing was changed.")
    else:
        text = tr("The key file {keys} is missing from {folder}. Without it no passphrase or recovery key can open "
                  "this profile: your passphrase was not checked. Put {keys} back beside {name} if you moved or "
                  "copied the profile without it, or restore your latest backup (Restore from backup on the lock "
                  "screen, or 'fsw restore FILE --replace'). Nothing was changed.")
    return text.format(**fields)


def current_slots(path: Path, salt: bytes) -> list[dict]:
    """The slots that open the database at ``path`` (none for an old-format one)."""
    slot_file = keyslots.read_slot_file(Path(path))
    found = slot_file.slots_for(salt) if slot_file else None
    return list(found or [])


def write_slots(path: Path, salt: bytes, slots: list[dict]) -> None:
    """Replace, in one atomic write, the slots of the generation ``salt`` beside ``path`` (others stay)."""
    slot_file = keyslots.read_slot_file(Path(path)) or keyslots.SlotFile({})
    slot_file.put(salt, slots)
    keyslots.write_slot_file(Path(path), slot_file)


# Shown as tr(DAMAGED_AT_OPEN) / tr(DAMAGED_WHILE_WORKING).
DAMAGED_AT_OPEN = QT_TRANSLATE_NOOP(
    "", "This profile's database file is damaged: the passphrase is right, but part of the file FSW Desk "
    "needs to open it cannot be read. Restore your latest backup (Restore from backup on the lock screen, "
    "or 'fsw restore FILE --replace')."
)
DAMAGED_WHILE_WORKING = QT_TRANSLATE_NOOP(
    "", "Part of this profile's database file is damaged and could not be read. Check the database "
    "(File > Check database, or 'fsw check'), then restore your latest backup (Restore from backup "
    "on the lock screen, or 'fsw restore FILE --replace')."
)

# SQLCipher 4's page layout, as every file of ours is written (we never change these settings).
# Used only to tell a wrong key from a damaged first page; a test checks they still agree.
PAGE_SIZE = 4096
_HMAC_BYTES = 64  # at the end of every page, after the 16-byte IV it also signs
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITERATIONS = 2
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def key_fits_some_page(path: Path, key: Key, samples: int = 8) -> bool:
    """Does ``key`` verify the HMAC of any page after the first?

    SQLCipher says "file is not a database" both for a wrong key and for a first page that fails
    its HMAC, so on its own it would call one flipped bit a wrong passphrase. Each page carries
    its own HMAC: a wrong key fails on every page, while a damaged first page leaves the others
    verifying. A few pages are enough, and cheap even on a five-year desk's file. If the salt itself
    is damaged the key derived from it is wrong for every page; that case stays indistinguishable.
    """
    try:
        with open(path, "rb") as fh:
            pages = os.fstat(fh.fileno()).st_size // PAGE_SIZE
            if pages < 2:
                return False
            step = max(1, (pages - 2) // max(1, samples - 3))
            spread = [2, 3, pages, *range(2 + step, pages, step)]  # the start, the end, and between
            numbers = list(dict.fromkeys(n for n in spread if 2 <= n <= pages))[:samples]
            mask = bytes(b ^ _HMAC_SALT_MASK for b in key.salt)
            hmac_key = hashlib.pbkdf2_hmac("sha512", bytes(key.raw), mask, _HMAC_KDF_ITERATIONS, KEY_BYTES)
            for number in numbers:
                fh.seek((number - 1) * PAGE_SIZE)
                page = fh.read(PAGE_SIZE)
                signed = page[: PAGE_SIZE - _HMAC_BYTES] + number.to_bytes(4, "little")
                expected = hmac.new(hmac_key, signed, "sha512").digest()
                if hmac.compare_digest(expected, page[PAGE_SIZE - _HMAC_BYTES :]):
                    return True
    except OSError:
        return False
    return False


def is_damage(exc: BaseException) -> bool:
    """A SQLite/SQLCipher error that means the file is damaged (a page failed its HMAC, or is missing)."""
    exc = getattr(exc, "orig", None) or exc  # SQLAlchemy's wrapper carries the driver's error
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def connect_raw(path: Path, key: Key, check: bool = True, wait: float | None = None) -> sqlcipher3.Connection:
    """A DB-API connection, keyed and set up; ``wait``: seconds it waits for a lock (else 10).

    Raises WrongPassphrase if the key is wrong, DamagedProfile if the key is right but the file
    cannot be opened (callers opening a backup rather than the profile say so in their own words).
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True,
                              timeout=5.0 if wait is None else wait)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key must not spray stderr
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    if check:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            # A wrong key fails on page 1 ("file is not a database"), and so does a damaged page 1
            # under the right key: the other pages' HMACs tell the two apart.
            if not is_damage(exc):  # busy in another process, a disk that cannot be read: not the file
                raise InputRefused(tr("FSW Desk could not open the profile ({exc}). If another FSW Desk "
                                   "window or command is using it, close that and try again.").format(exc=exc)) from exc
            if "not a database" in str(exc) and not key.slotted and not key_fits_some_page(Path(path), key):
                raise WrongPassphrase() from exc  # (a key from a slot that opened is right: damage)
            raise DamagedProfile(tr(DAMAGED_AT_OPEN)) from exc
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {10000 if wait is None else int(wait * 1000)}")
    conn.execute("PRAGMA cache_size = -16000")  # 16 MB: a five-year desk's hot pages stay decrypted
    return conn


def _busy(exc: BaseException | None) -> bool:
    """SQLite's "database is locked" (or busy): another connection has the lock."""
    return isinstance(exc, sqlcipher3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


@contextmanager
def damage_as_ours(message: str | None = None) -> Iterator[None]:
    """For work on a raw connection (backup, vacuum): a damaged page becomes DamagedProfile."""
    try:
        yield
    except (DBAPIError, sqlcipher3.DatabaseError) as exc:
        if is_damage(exc):
            raise DamagedProfile(message or tr(DAMAGED_WHILE_WORKING)) from exc
        raise


class Database:
    """One unlocked profile database. ``close`` drops every connection and wipes the key.

    The UI thread uses ``session()``, from a pool of connections kept open. Other threads call
    ``worker_engine()`` to get their own connection keyed with a copy of the raw key. Every
    worker engine is tracked: disposing it (``engine.dispose()``, or closing a
    ``worker_session()``) wipes its key copy, and ``close`` disposes any still open, so no
    key copy or keyed connection outlives the lock.
    """

    def __init__(self, path: Path, key: Key) -> None:
        self.path = Path(path)
        self._key = key
        self._thread = threading.get_ident()  # the pool's connections belong to this thread
        self._workers: dict[int, _Worker] = {}
        self._workers_lock = threading.Lock()
        self._stale_pools: list[Pool] = []  # old-key pools to close on our own thread (see rekey)
        self._lifecycle = threading.RLock()  # held by close() and by work that must finish once begun
        self.engine = self._make_engine(key)
        self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self._closed = False

    def _make_engine(self, key: Key) -> Engine:
        path = self.path

        def connect() -> sqlcipher3.Connection:
            if key.wiped:  # the work outlived the lock (or a rekey): no new connection
                raise ProfileLocked()
            return connect_raw(path, key)

        # A small pool of connections per engine, all keyed with the raw key (no KDF cost),
        # so two sessions open on one thread never share a transaction.
        engine = create_engine(
            "sqlite://",
            module=sqlcipher3.dbapi2,  # so SQLAlchemy wraps SQLCipher's exceptions like sqlite3's
            creator=connect,
            poolclass=QueuePool,
            pool_size=3,
            max_overflow=5,
        )
        _use_explicit_transactions(engine)
        _report_damage_as_ours(engine)
        return engine

    @property
    def closed(self) -> bool:
        return self._closed

    def _on_own_thread(self) -> bool:
        return threading.get_ident() == self._thread

    def session(self) -> Session:
        if self._closed:
            raise ProfileLocked()
        self._close_stale_pools()
        return self._sessionmaker()

    def worker_engine(self) -> Engine:
        """A separate engine (own connections) for use on another thread; dispose it when done.

        ``engine.dispose()`` also wipes its key copy, after which it opens no new connection.
        """
        if self._closed:
            raise ProfileLocked()
        key = self._key.copy()
        engine = self._make_engine(key)
        with self._workers_lock:
            self._workers[id(engine)] = _Worker(engine, key, threading.get_ident())
        event.listen(engine, "engine_disposed", self._forget_worker)
        return engine

    def _forget_worker(self, engine: Engine) -> None:
        """``engine_disposed`` listener: the work is over, so its key copy goes."""
        with self._workers_lock:
            worker = self._workers.pop(id(engine), None)
        if worker is not None:
            worker.key.wipe()

    def _retire_workers(self) -> None:
        """Dispose every worker engine still open and wipe its key copy.

        A connection can only be closed on the thread that opened it (``check_same_thread``), so
        another thread's pool is let go rather than closed here: its key copy is wiped at once,
        it opens nothing new, and its idle connections are closed when it is collected.
        """
        with self._workers_lock:
            workers = list(self._workers.values())
            self._workers.clear()
        for worker in workers:
            worker.key.wipe()
            worker.engine.dispose(close=worker.thread == threading.get_ident())

    def worker_session(self, bulk_load: bool = False) -> Session:
        """A session on a worker engine of its own; closing the session disposes the engine.

        ``bulk_load`` is for importing a bundle: foreign keys off (a record may arrive before its
        parent) and a larger page cache (a large import touches index pages all over).
        """
        engine = self.worker_engine()
        if bulk_load:
            event.listen(engine, "connect", _bulk_load_pragmas)
        return _WorkerSession(engine, expire_on_commit=False)

    def key_copy(self) -> Key:
        return self._key.copy()

    @contextmanager
    def keep_open(self) -> Iterator[None]:
        """Hold off ``close`` (the lock) until the block ends, for work that must finish once begun.

        A passphrase change must not be cut between the rekey and its audit entry, nor leave the
        new key in memory after the lock wiped the old one; the lock waits for it instead.
        """
        with self._lifecycle:
            if self._closed:
                raise ProfileLocked()
            yield

    def read_beside(self, sql: str, params: Sequence[Any], wait: float) -> tuple | None:
        """One row read on a connection of this call's own, beside a session of this profile that
        holds its read lock (so both see the same data); None if the lock is not had within
        ``wait`` seconds. A write waiting to commit holds off new readers until every read lock
        is gone, so waiting longer here would hold that session's lock, and the write, for ever;
        for the same reason it waits no longer for work holding the profile open (``keep_open``,
        which may be that write). The lock (``close``) waits for a read begun: no key copy or
        connection outlives it. The session must hold no writes of its own this would not see."""
        if not self._lifecycle.acquire(timeout=wait):
            return None
        try:
            if self._closed:
                raise ProfileLocked()
            key = self._key.copy()
            try:
                conn = connect_raw(self.path, key, wait=wait)
            except InputRefused as exc:
                if _busy(exc.__cause__):  # it could not read page 1 in time: locked
                    return None
                raise
            finally:
                key.wipe()
            try:
                conn.execute("BEGIN")
                return conn.execute(sql, params).fetchone()
            except sqlcipher3.OperationalError as exc:
                if _busy(exc):
                    return None
                raise
            finally:
                conn.close()
        finally:
            self._lifecycle.release()

    def rekey(self, new_raw: bytearray) -> None:
        """Re-encrypt every page under ``new_raw``; from then on every connection uses it.

        SQLCipher's ``PRAGMA rekey`` changes the key of the connection it runs on only: any other
        connection (our pool's, a worker's) keeps the old key and fails with "file is not a
        database" once the file has changed under it. So this refuses while any connection is in
        use, retires the idle ones, rekeys on a connection of its own, and then hands the pool a
        fresh start with the new key. Safe on a worker thread. On any failure before the rekey
        itself nothing has changed.
        """
        with self.keep_open():
            with self._workers_lock:
                busy = self.engine.pool.checkedout() or any(
                    w.engine.pool.checkedout() for w in self._workers.values())
            if busy:
                raise InputRefused(tr("FSW Desk is still working on this profile (a sync, an export or a check). "
                                   "Wait for it to finish, then change the passphrase again. Nothing was changed."))
            self._retire_workers()  # idle ones would still hold the old key
            conn = connect_raw(self.path, self._key)
            try:
                conn.execute(f"PRAGMA rekey = \"x'{new_raw.hex()}'\"")
            finally:
                conn.close()
            self._key.raw[:] = new_raw  # the creator of our engine reads this very key
            old_pool = self.engine.pool
            self.engine.dispose(close=False)  # a new, empty pool: its connections use the new key
            if self._on_own_thread():
                old_pool.dispose()
            else:
                self._stale_pools.append(old_pool)  # closed on our thread by the next session() or close()

    def refuse_if_busy(self) -> None:
        """InputRefused while any connection of this profile is in use (a sync, an export, a check)."""
        with self._workers_lock:
            busy = self.engine.pool.checkedout() or any(
                w.engine.pool.checkedout() for w in self._workers.values())
        if busy:
            raise InputRefused(tr("FSW Desk is still working on this profile (a sync, an export or a check). "
                               "Wait for it to finish, then try again. Nothing was changed."))

    def replace_file(self, rewrite: Callable[[Key], Key]) -> None:
        """Let ``rewrite`` put a new file (new data key and salt) in place of ours; then use its key.

        Like ``rekey``: refused while a connection is in use; the idle ones are closed first (they
        would keep reading the old file after the rename), and the pool starts afresh after.
        ``rewrite`` gets a copy of the current key and returns the new one.
        """
        with self.keep_open():
            self.refuse_if_busy()
            self._retire_workers()
            old_pool = self.engine.pool
            self.engine.dispose(close=False)
            if self._on_own_thread():
                old_pool.dispose()
            else:
                self._stale_pools.append(old_pool)
            current = self._key.copy()
            try:
                new = rewrite(current)
            finally:
                current.wipe()
            self._key.raw[:] = new.raw  # the creator of our engine reads this very key
            self._key.salt = new.salt
            self._key.slotted = True
            new.wipe()
            self.engine.dispose(close=False)

    def _close_stale_pools(self) -> None:
        if self._stale_pools and self._on_own_thread():
            pools, self._stale_pools = self._stale_pools, []
            for pool in pools:
                pool.dispose()

    def close(self) -> None:
        with self._lifecycle:
            if self._closed:
                return
            self._closed = True
            self._retire_workers()
            self._close_stale_pools()
            self._stale_pools.clear()
            self.engine.dispose()
            self._key.wipe()


@dataclass
class _Worker:
    """A worker engine, its own copy of the key and the thread that asked for it."""

    engine: Engine
    key: Key
    thread: int


class _WorkerSession(Session):
    """A worker's session: closing it disposes its engine (and so wipes the engine's key copy)."""

    def close(self) -> None:
        super().close()
        bind = self.bind
        if isinstance(bind, Engine):
            bind.dispose()


def _use_explicit_transactions(engine: Engine) -> None:
    """pysqlite's implicit BEGIN handling is broken for SAVEPOINT; do it ourselves (SQLAlchemy docs)."""

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")


def _report_damage_as_ours(engine: Engine) -> None:
    """A damaged page met by any query on this engine (UI, worker, CLI) raises DamagedProfile.

    Without this, a damaged page in the middle of the file reached the worker as "Unexpected error
    (DatabaseError)"; with it every caller gets one message that says what happened and what to do.
    """

    @event.listens_for(engine, "handle_error")
    def _damaged(context) -> None:  # noqa: ANN001
        if is_damage(context.original_exception):
            raise DamagedProfile(tr(DAMAGED_WHILE_WORKING)) from context.original_exception


def create_database(path: Path, passphrase: str, kdf: keyslots.KdfParams | None = None) -> Database:
    """A new profile database under a random data key, and its slot file with the passphrase slot.

    The slot file is written first: a crash before the database exists leaves no profile (the next
    create replaces the slot file), never a database no slot opens. ``kdf`` is for tests only
    (``keyslots.TEST_KDF``); the default is tuned on this machine.
    """
    path = Path(path)
    if path.exists():
        raise ProfileExists(tr("A profile already exists at {parent}.").format(parent=path.parent))
    make_profile_dir(path.parent)
    key = Key(keyslots.new_data_key(), keyslots.new_db_salt(), slotted=True)
    slot = keyslots.make_slot(keyslots.PASSPHRASE, passphrase, key.raw, kdf)
    keyslots.write_slot_file(path, keyslots.SlotFile({key.salt.hex(): [slot]}))  # earlier generations go
    conn = connect_raw(path, key, check=False)
    conn.execute("CREATE TABLE IF NOT EXISTS _init(x)")
    conn.execute("DROP TABLE _init")
    conn.close()
    restrict_file(path)
    db = Database(path, key)
    migrate(db)
    return db


def open_database(path: Path, passphrase: str | None = None, key: Key | None = None,
                  kdf: keyslots.KdfParams | None = None,
                  report: Callable[[int, str], None] | None = None) -> Database:
    """Unlock: find the key (the slow part), check it, and bring the schema up to date
    (after a verified copy of the profile as it was, in ``backups/``).

    An old-format profile opened with its passphrase moves to slots first (``move_to_slots``).
    The rules for those automatic copies are the profile's (``services.desk.profile.open_profile``).
    """
    path = Path(path)
    if key is None:
        if passphrase is None:
            raise WrongPassphrase(tr("A passphrase is needed to open this profile."))
        key = unlock_key(path, passphrase)
    conn = connect_raw(path, key)  # raises WrongPassphrase
    conn.close()
    _restrict_dir(path.parent)  # a profile made by an older release may sit in a 0755 directory
    if key.legacy and passphrase is not None:
        key = move_to_slots(path, key, passphrase, kdf, report or (lambda pct, msg: None))
    moved, key.moved = key.moved, False
    db = Database(path, key)
    try:
        if not moved:  # else the copy before the move is the copy before the upgrade
            backup_before_upgrade(db)
        migrate(db)
    except DamagedProfile as exc:
        db.close()
        raise DamagedProfile(tr(DAMAGED_AT_OPEN)) from exc  # the check cannot run either: restore is the way
    except (DBAPIError, sqlcipher3.DatabaseError) as exc:
        db.close()
        raise CorruptFile(
            tr("The profile database is damaged and cannot be opened. Restore it from your latest backup.")
        ) from exc
    except BaseException:
        db.close()
        raise
    return db


# --- the move of an old-format profile to slots, and re-encryption under a new data key ---------

KEYSLOTS_BACKUP_TAG = "keyslots"


def move_to_slots(path: Path, legacy: Key, passphrase: str, kdf: keyslots.KdfParams | None,
                  report: Callable[[int, str], None]) -> Key:
    """An old-format profile re-encrypted under a new random data key with a passphrase slot; returns that key.

    First a copy of the file as it is goes to ``backups/`` (it opens with the passphrase as before).
    Then ``reencrypt`` writes the new file beside the old, adds its slot generation to the slot
    file, and renames it into place. A SIGKILL at any moment leaves the old file (opened by PBKDF2,
    no generation names its salt) or the new one (its generation is in the slot file).
    ``legacy`` is wiped.
    """
    try:
        report(5, tr("Saving a copy of the profile before its keys change"))
        _copy_before_move(path, legacy)
        data_key = keyslots.new_data_key()
        report(20, tr("Protecting the passphrase"))
        slot = keyslots.make_slot(keyslots.PASSPHRASE, passphrase, data_key, kdf)
        key = reencrypt(path, legacy, data_key, [slot], report)
        key.moved = True
        return key
    finally:
        legacy.wipe()


def _backup_before(folder: Path, tag: str) -> Path:
    """``profile-before-TAG-YYYYMMDD-HHMMSS.fswbak`` in ``folder``, numbered on if that name is taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = folder / f"profile-before-{tag}-{stamp}{BACKUP_SUFFIX}"
    n = 1
    while out.exists():
        n += 1
        out = folder / f"profile-before-{tag}-{stamp}-{n}{BACKUP_SUFFIX}"
    return out


def _copy_before_move(path: Path, legacy: Key) -> Path:
    """The automatic backup before the move to slots: the file as it is (it opens with the passphrase).

    Named for the schema revision it precedes if an upgrade is due too (it then serves as the copy
    before that upgrade: one copy, not two), else ``profile-before-keyslots-…``.
    """
    conn = connect_raw(path, legacy)
    try:
        has = conn.execute("SELECT count(*) FROM sqlite_master WHERE name='alembic_version'").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] if has else None
    finally:
        conn.close()
    head = _cached_head()
    tag = head if revision is not None and revision != head else KEYSLOTS_BACKUP_TAG
    folder = path.parent / BACKUPS_DIR
    out = _backup_before(folder, tag)
    try:
        folder.mkdir(exist_ok=True)
        _restrict_dir(folder)
        atomic.write_with(out, lambda tmp: _copy_bytes(path, tmp))
    except OSError as exc:
        raise InputRefused(
            tr("FSW Desk could not save a backup in {folder} before changing this profile's keys "
            "({value}), so nothing was changed. Free some space and try again.").format(
                folder=folder, value=exc.strerror or exc)
        ) from exc
    restrict_file(out)
    return out


def reencrypt(path: Path, old: Key, data_key: bytearray, slots: list[dict],
              report: Callable[[int, str], None]) -> Key:
    """The whole database rewritten under ``data_key`` with a new salt, opened by ``slots``; returns its key.

    Crash-safe by order: the new file is written and verified beside the old one (a private
    ``.part``), its generation is added to the slot file (the old one stays), and only then is it
    renamed over the old. The caller holds no connection to ``path``.
    """
    new = Key(bytearray(data_key), keyslots.new_db_salt(), slotted=True)

    def write(tmp: Path) -> None:
        report(30, tr("Re-encrypting the profile"))
        total, shown = max(1, Path(path).stat().st_size), [30]

        def tick() -> int:  # SQLite's progress handler: the new file's size against the old one's, 30-74%
            try:
                pct = 30 + 44 * min(os.path.getsize(tmp), total) // total
            except OSError:
                return 0
            if pct > shown[0]:
                shown[0] = pct
                report(pct, tr("Re-encrypting the profile"))
            return 0  # carry on

        with damage_as_ours():
            conn = connect_raw(path, old)
            try:
                before = table_counts(conn)
                conn.execute(f"ATTACH DATABASE ? AS fresh KEY {new.pragma_value()}", (str(tmp),))
                conn.set_progress_handler(tick, 200_000)
                conn.execute("SELECT sqlcipher_export('fresh')")
                conn.set_progress_handler(None, 0)
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA fresh.user_version = {int(version)}")
                conn.execute("DETACH DATABASE fresh")
            finally:
                conn.close()
        report(75, tr("Checking the re-encrypted profile"))
        check = connect_raw(tmp, new)
        try:
            problems = [r[0] for r in check.execute("PRAGMA cipher_integrity_check").fetchall()]
            after = table_counts(check)
        finally:
            check.close()
        if problems or after != before:
            raise CorruptFile(tr("The profile could not be re-encrypted (the new copy did not verify). "
                              "Nothing was changed."))
        report(90, tr("Saving the new keys"))
        write_slots(path, new.salt, slots)  # before the rename: either file has its generation

    atomic.write_with(path, write)
    restrict_file(path)
    report(100, tr("Done"))
    return new


def _copy_bytes(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)


# --- copies of the file (backups) ----------------------------------------------------------

def table_counts(conn, schema: str = "main") -> dict[str, int]:  # noqa: ANN001
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


BACKUP_SUFFIX = ".fswbak"  # the extension Restore from backup offers
_SQLITE_IOERR, _SQLITE_FULL = 10, 13


def export_copy(database: Database, out: Path, report: Callable[[int, str], None]) -> dict[str, int]:
    """An encrypted copy under the same passphrase, written atomically and verified; returns rows per table.

    SQLite's backup API cannot copy an encrypted database, so we use ``sqlcipher_export``
    into an attached file keyed like ours: the private temporary file of ``atomic.write_with``,
    so the backup is 0600 and appears only once verified. What an earlier backup killed half
    way left beside ``out`` goes first. Safe to call on a worker thread: it opens its own
    connection. Nothing is written to the database, so it serves the copy taken before an
    upgrade too, while the schema may be older than the models.
    """
    out = Path(out)
    clean_backup_leftovers(out)
    key = database.key_copy()
    counts: dict[str, int] = {}

    def export_and_verify(tmp: Path) -> None:
        report(5, tr("Opening the profile"))
        with damage_as_ours(), _disk_trouble_as_ours():
            conn = connect_raw(database.path, key)
            try:
                source_counts = table_counts(conn)
                report(20, tr("Copying and encrypting"))
                conn.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_value()}", (str(tmp),))
                conn.execute("SELECT sqlcipher_export('backup')")
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA backup.user_version = {int(version)}")
                conn.execute("DETACH DATABASE backup")
            finally:
                conn.close()
        report(70, tr("Verifying the backup"))
        try:
            verify = connect_raw(tmp, key)
            try:
                problems = [r[0] for r in verify.execute("PRAGMA cipher_integrity_check").fetchall()]
                copied = table_counts(verify)
            finally:
                verify.close()
        except (WrongPassphrase, DamagedProfile, sqlcipher3.DatabaseError) as exc:
            raise CorruptFile(tr(_NOT_VERIFIED)) from exc
        if problems or copied != source_counts:
            raise CorruptFile(tr(_NOT_VERIFIED))
        counts.update(copied)
        # The copy's own slot file, before the copy is renamed into place: it opens with the
        # passphrase and recovery key current now (an old-format profile's copy needs none).
        slots = current_slots(database.path, key.salt)
        if slots:
            keyslots.write_slot_file(out, keyslots.SlotFile({key.salt.hex(): slots}))

    try:
        atomic.write_with(out, export_and_verify)
    finally:
        key.wipe()
    return counts


_NOT_VERIFIED = QT_TRANSLATE_NOOP("", "The backup did not verify; nothing was saved. Try another location.")


@contextmanager
def _disk_trouble_as_ours() -> Iterator[None]:
    """A full or vanished disk while writing the copy is said in words, not as a SQLite error."""
    try:
        yield
    except sqlcipher3.OperationalError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if code & 0xFF in (_SQLITE_IOERR, _SQLITE_FULL):
            raise InputRefused(tr("FSW Desk could not write the backup there (the disk is full, or it was "
                               "removed). Nothing was saved. Free some space or try another location.")) from exc
        raise


def clean_backup_leftovers(out: Path) -> list[Path]:
    """Remove what killed backups left beside ``out``, and only that.

    ``out``'s folder may be a USB stick or the home folder, shared with other programs, so only
    leftovers that are surely ours go: the temporary file of a backup to this name or to any
    ``.fswbak`` (``.NAME.XXXX.part``) with SQLCipher's journal of it (``-journal``), and the
    ``NAME.part`` names earlier releases used. A stale journal must not stay: SQLite would take it
    for the journal of a new file of the same name.
    """
    out = Path(out)
    gone = atomic.clean_leftovers_of(out.parent, lambda target: target == out.name or target.endswith(BACKUP_SUFFIX))
    for suffix in (atomic.PART_SUFFIX, atomic.PART_SUFFIX + atomic.JOURNAL_SUFFIX):
        try:
            older = [p for p in out.parent.iterdir() if p.is_file() and not p.name.startswith(".")
                     and (p.name == out.name + suffix or p.name.endswith(BACKUP_SUFFIX + suffix))]
        except OSError:
            older = []
        for path in older:
            try:
                path.unlink()
                gone.append(path)
            except OSError:
                pass
    return gone


BACKUPS_DIR = "backups"
BULK_LOAD_CACHE_KIB = 65536  # 64 MB of decrypted pages for a large import


def _bulk_load_pragmas(dbapi_connection: object, record: object) -> None:
    # On connect, before any transaction.
    dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[attr-defined]
    dbapi_connection.execute(f"PRAGMA cache_size = -{BULK_LOAD_CACHE_KIB}")  # type: ignore[attr-defined]


def backup_before_upgrade(db: Database) -> Path | None:
    """Before migrations change an existing profile, an encrypted, verified copy of it as it was.

    Written to ``backups/profile-before-HEAD-YYYYMMDD-HHMMSS.fswbak`` in the profile directory,
    under the same passphrase, by the same code as a backup the worker asks for. Nothing is
    written for a new database or one already at head. If the copy cannot be made, the
    profile is left untouched and the unlock is refused.
    """
    current = current_revision(db)
    head = _cached_head()
    if current is None or current == head:
        return None
    folder = db.path.parent / BACKUPS_DIR
    out = _backup_before(folder, head)  # the extension Restore from backup offers
    try:
        folder.mkdir(exist_ok=True)
        _restrict_dir(folder)
        export_copy(db, out, lambda pct, msg: None)  # no ORM write into a schema older than the models
    except OSError as exc:
        raise InputRefused(
            tr("FSW Desk could not save a backup in {folder} before upgrading this profile "
            "({value}), so nothing was changed. Free some space and try again.").format(
                folder=folder, value=exc.strerror or exc)
        ) from exc
    restrict_file(out)
    return out


def restrict_file(path: Path) -> None:
    """Readable and writable by its owner only (0600), where the file system allows."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


def make_profile_dir(folder: Path) -> None:
    """The profile directory, readable by its owner only (0700), like the file in it (0600).

    Other users on the machine must not even see when the profile last changed or that a
    restore or backup is under way. Parents are created with the usual permissions.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    _restrict_dir(folder)  # mkdir leaves an existing directory as it was


def _restrict_dir(folder: Path) -> None:
    try:
        os.chmod(folder, 0o700)
    except OSError:  # not ours to change (or not a POSIX file system): the file itself is 0600
        pass


MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config():  # noqa: ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        has = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name='alembic_version'"  # not shown
        ).scalar()
        if not has:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()  # not shown


def migrate(db: Database, revision: str = "head") -> None:
    """Bring the schema to ``revision``. Cheap when already there.

    Foreign keys are switched off for the run, as SQLite's docs require for a table
    rebuild (ALTER via copy-and-rename), and checked as a whole before commit.
    """
    from alembic import command

    if revision == "head" and current_revision(db) == _cached_head():
        return
    cfg = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or SQLite ignores it
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()  # not shown
                if broken:
                    raise CorruptFile(tr("The profile could not be upgraded: some records point at missing ones."))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


_HEAD: str | None = None


def _cached_head() -> str:
    global _HEAD
    if _HEAD is None:
        _HEAD = head_revision()
    return _HEAD


def integrity_check(db: Database) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's own. Empty list means healthy."""
    problems: list[str] = []
    engine = db.worker_engine()  # a connection of its own: the window runs this on a pool thread
    try:
        with engine.connect() as conn:
            for pragma in ("cipher_integrity_check", "integrity_check"):
                try:
                    rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
                except (DBAPIError, sqlcipher3.DatabaseError, DamagedProfile):
                    problems.append(tr("{pragma}: the database file is malformed.").format(pragma=pragma))
                    continue
                problems += [str(r[0]) for r in rows if r[0] != "ok"]
    finally:
        engine.dispose()
    return problems
