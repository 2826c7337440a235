"""The worker's profile: create, unlock, change passphrase, back up, restore, check.

A profile is a directory holding one SQLCipher database, its slot file (the data key wrapped under
the passphrase and the recovery key, ``keyslots``) and nothing else personal: no cache, no log.
"""

from __future__ import annotations

import hmac
import os
import re
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ... import atomic, keyslots
from ... import db as dbmod
from ...db import DB_NAME, Database, Key, connect_raw, derive_key
from ...errors import (CorruptFile, DamagedProfile, FswError, InputRefused, MissingKeyFile, NoProfile, WeakPassphrase,
                       WrongPassphrase)
from ...models.sync import ROLES, Desk
from ...sync import identity
from ..data_protection import audit, erasure, retention
from ...progress import Progress, reporter
from .place import ASIDE_SUFFIX, database_path, default_profile_dir, exists, resolve_profile_dir  # noqa: F401
from .place import aside_path as _aside_path
from ...words import QT_TRANSLATE_NOOP, tr



@dataclass(frozen=True)
class Strength:
    acceptable: bool
    score: int  # 0 (very weak) .. 4 (strong)
    message: str


_COMMON = {"password", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou", "admin", "monkey",
           "dragon", "football", "baseball", "sunshine", "princess", "123456", "abc123"}


def passphrase_strength(passphrase: str) -> Strength:
    """At least 12 characters, or four or more words; refuses repeats and common passwords."""
    words = [w for w in re.split(r"[\s\-_.,]+", passphrase) if len(w) >= 2]
    distinct = len(set(passphrase.lower()))
    lowered = re.sub(r"[^a-z]", "", passphrase.lower())
    if not passphrase:
        return Strength(False, 0, tr("Type a passphrase: four or more words, or at least 12 characters."))
    if any(lowered.startswith(c) and len(lowered) - len(c) < 4 for c in _COMMON if c.isalpha()) or passphrase.lower() in _COMMON:
        return Strength(False, 0, tr("That is a commonly used password. Choose four or more unrelated words."))
    if distinct < 5:
        return Strength(False, 0, tr("Too many repeated characters. Choose four or more unrelated words."))
    if len(words) >= 4 and len(passphrase) >= 12:
        score = 4 if len(words) >= 5 or len(passphrase) >= 24 else 3
        return Strength(True, score, tr("Strong: four or more words.") if score == 4 else tr("Good: four words."))
    if len(passphrase) >= 12:
        classes = sum(bool(re.search(p, passphrase)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
        score = 4 if len(passphrase) >= 16 and classes >= 3 else 3 if classes >= 2 else 2
        labels = {2: tr("Acceptable. Longer is stronger."), 3: tr("Good."), 4: tr("Strong.")}
        return Strength(True, score, labels[score])
    remaining = 12 - len(passphrase)
    return Strength(
        False,
        1 if len(passphrase) >= 8 else 0,
        tr("Too short: %n more character, or use four or more words.|"
           "Too short: %n more characters, or use four or more words.", "", remaining),
    )


def require_strong(passphrase: str) -> None:
    s = passphrase_strength(passphrase)
    if not s.acceptable:
        raise WeakPassphrase(s.message)


def create_profile(
    profile_dir: Path,
    worker_name: str,
    desk_name: str,
    role: str,
    passphrase: str,
    establishment: str = "",
    kdf: keyslots.KdfParams | None = None,
) -> Database:
    """A new profile. ``kdf`` is for tests only (``keyslots.TEST_KDF``): by default the passphrase
    slot's Argon2id cost is tuned to about a second on this machine."""
    worker_name, desk_name = worker_name.strip(), desk_name.strip()
    if not worker_name or not desk_name:
        raise InputRefused(tr("Worker name and desk name are both needed."))
    if role not in ROLES:
        raise InputRefused(tr("Role must be one of: {roles}.").format(roles=', '.join(ROLES)))
    require_strong(passphrase)
    database = dbmod.create_database(database_path(profile_dir), passphrase, kdf)
    keys = identity.generate()
    with database.session() as s:
        s.add(
            Desk(
                desk_id=uuid.uuid4().hex,
                desk_name=desk_name,
                worker_name=worker_name,
                establishment=establishment.strip(),
                role=role,
                signing_private=keys.signing_private,
                signing_public=keys.signing_public,
                encryption_private=keys.encryption_private,
                encryption_public=keys.encryption_public,
                created_at=datetime.now().replace(microsecond=0),
            )
        )
        audit.record(s, "profile created", detail=f"role {role}")
        s.commit()
    return database


def unlock(profile_dir: Path, passphrase: str, kdf: keyslots.KdfParams | None = None) -> Database:
    return open_profile(profile_dir, passphrase=passphrase, kdf=kdf)


def unlock_key(profile_dir: Path, passphrase: str, progress: Progress | None = None,
               kdf: keyslots.KdfParams | None = None) -> Key:
    """The slow half of unlocking, for a worker thread: the key from the passphrase, and an old-format
    profile moved to slots (after its automatic backup, with progress). ``open_profile(key=...)`` follows.

    Raises WrongPassphrase, or DamagedProfile when the passphrase opened its slot but the file is damaged.
    """
    recover_interrupted_restore(profile_dir)
    path = database_path(profile_dir)
    if not path.exists():
        raise NoProfile(tr("No profile at {profile_dir}. Create one first.").format(profile_dir=profile_dir))
    key = dbmod.unlock_key(path, passphrase)
    try:
        connect_raw(path, key).close()
    except BaseException:
        key.wipe()
        raise
    if key.legacy:
        key = dbmod.move_to_slots(path, key, passphrase, kdf, reporter(progress))
    return key


def open_profile(profile_dir: Path, passphrase: str | None = None, key: Key | None = None,
                 kdf: keyslots.KdfParams | None = None) -> Database:
    """The profile opened (with its passphrase, or a key the lock screen derived off the UI thread),
    its schema brought up to date, and its automatic backups tidied by their rules."""
    recover_interrupted_restore(profile_dir)
    path = database_path(profile_dir)
    if not path.exists():
        raise NoProfile(tr("No profile at {profile_dir}. Create one first.").format(profile_dir=profile_dir))
    database = dbmod.open_database(path, passphrase, key, kdf=kdf)
    _drop_stale_generations(database)
    _tidy_at_unlock(database)
    return database


def _drop_stale_generations(database: Database, share: bool = True) -> None:
    """Slots of a file that is no longer there (a re-encryption, a restore, the move to slots) go, and
    the backups inside the profile under its data key get its slots (a change cut short is finished)."""
    key = database.key_copy()
    try:
        slot_file = keyslots.read_slot_file(database.path)
        if not key.slotted or slot_file is None:
            return
        if set(slot_file.generations) != {key.salt.hex()}:
            keyslots.write_slot_file(database.path, slot_file.only(key.salt))
        slots = slot_file.slots_for(key.salt)
        if share and slots:
            _share_slots_with_copies(database.path.parent, key, slots, None, lambda pct, msg: None)
    except (OSError, FswError):
        pass  # the next unlock tries again; stale generations open no file that is there
    finally:
        key.wipe()


def _tidy_at_unlock(db: Database) -> None:
    """The automatic backups' rules (``tidy_backups``), applied at every unlock.

    Tidying must never keep a worker out of their casework: a copy that cannot be removed now
    (a file in use, a damaged page where the rules are read) is dealt with at the next unlock.
    """
    try:
        tidy_backups(db)
    except (OSError, DamagedProfile):
        pass
    except BaseException:
        db.close()
        raise


def desk_of(database: Database) -> Desk:
    with database.session() as s:
        row = s.execute(select(Desk)).scalar_one_or_none()
        if row is None:
            raise CorruptFile(tr("This profile has no desk identity."))
        s.expunge(row)
        return row


def change_passphrase(database: Database, old: str, new: str, progress: Progress | None = None,
                      kdf: keyslots.KdfParams | None = None, reencrypt: bool = False) -> None:
    """Rewrap: the passphrase slot is replaced by one for ``new``; the database is not touched.

    About one key derivation for the old passphrase and one for the new. The slot file is replaced
    in one atomic write, so a crash leaves the old passphrase or the new one working, never neither.
    The backups inside the profile get the new slots too (``_share_slots_with_copies``).
    ``reencrypt`` (the old passphrase may have been seen) also renews the data key: see ``reencrypt``.
    Safe on a worker thread.
    """
    report = reporter(progress)
    report(5, tr("Checking the current passphrase"))
    current = database.key_copy()
    try:
        _check_current(database, current, old)
        require_strong(new)
        if new == old:
            raise InputRefused(tr("The new passphrase is the same as the current one."))
        if reencrypt:
            report(10, tr("Protecting the new passphrase"))
            _reencrypt(database, new, kdf, report)
            return
        report(30, tr("Protecting the new passphrase"))
        _rewrap_passphrase(database, current, old, new, kdf, report, "passphrase changed")
        report(100, tr("Passphrase changed"))
    finally:
        current.wipe()


def _check_current(database: Database, current: Key, old: str) -> None:
    """WrongPassphrase unless ``old`` opens this open profile's passphrase slot (nothing is changed)."""
    if not current.slotted:
        raise InputRefused(tr("Lock the profile and unlock it with its passphrase first; then change it."))
    try:
        given = dbmod.unlock_key(database.path, old)
    except WrongPassphrase as exc:
        raise WrongPassphrase(tr("The current passphrase is not right.")) from exc
    same = hmac.compare_digest(bytes(given.raw), bytes(current.raw))
    given.wipe()
    if not same:
        raise WrongPassphrase(tr("The current passphrase is not right."))


def _rewrap_passphrase(database: Database, current: Key, old: str, new: str,
                       kdf: keyslots.KdfParams | None, report, event: str) -> dict:  # noqa: ANN001
    """The passphrase slot replaced by one for ``new`` at ``kdf`` (the change and the re-tune share it).

    One atomic write of the slot file, so a crash leaves the old slot or the new one. Returns the new slot.
    """
    slot = keyslots.make_slot(keyslots.PASSPHRASE, new, current.raw, kdf)
    with database.keep_open():  # a lock meanwhile waits until the change is recorded
        database.refuse_if_busy()  # (the audit entry could not be written meanwhile)
        slots = keyslots.replaced(dbmod.current_slots(database.path, current.salt), slot)
        # The copies first: cut short before the profile's own slot file, they open with the new
        # passphrase and the profile with the old, and the next unlock gives them its slots again.
        report(60, tr("Updating the backups inside the profile"))
        _share_slots_with_copies(database.path.parent, current, slots, old, report)
        report(90, tr("Saving the passphrase slot"))
        with database.worker_session() as s:
            audit.record(s, event)
            s.flush()  # the entry is written, uncommitted; then the slot file; then the commit
            dbmod.write_slots(database.path, current.salt, slots)
            s.commit()
    return slot


@dataclass(frozen=True)
class KeyCost:
    """The passphrase slot's Argon2id cost, and how long one derivation took here (when measured)."""

    memory_kib: int
    iterations: int
    parallelism: int
    seconds: float | None = None

    @property
    def memory_mib(self) -> int:
        return self.memory_kib // 1024


def retune_passphrase(database: Database, passphrase: str, progress: Progress | None = None,
                      kdf: keyslots.KdfParams | None = None, target_seconds: float = keyslots.TARGET_SECONDS,
                      memory_kib: int = keyslots.MEMORY_KIB) -> KeyCost:
    """Settings > Re-tune: the passphrase slot rewrapped at a cost measured on this computer, now.

    About a second a guess, at least 64 MiB (``keyslots.measure_params``: measured afresh each time,
    never the figure this run measured when it made or moved a profile), so a faster new desk makes
    guessing dearer. A wrong ``passphrase`` raises WrongPassphrase and changes nothing. ``kdf`` (a
    fixed cost) and the cheap bounds ``target_seconds``/``memory_kib`` are for tests. Safe on a worker thread.
    """
    report = reporter(progress)
    report(5, tr("Checking the passphrase"))
    current = database.key_copy()
    try:
        _check_current(database, current, passphrase)
        report(20, tr("Measuring this computer"))
        params = kdf or keyslots.measure_params(target_seconds, memory_kib)
        report(30, tr("Protecting the passphrase at the new cost"))
        _rewrap_passphrase(database, current, passphrase, passphrase, params, report, "passphrase cost re-tuned")
        report(95, tr("Timing one unlock"))
        begun = time.perf_counter()
        dbmod.unlock_key(database.path, passphrase).wipe()  # one derivation at the new cost, as an unlock
        seconds = time.perf_counter() - begun
        report(100, tr("Re-tuned"))
        return KeyCost(params.memory_kib, params.iterations, params.parallelism, seconds)
    finally:
        current.wipe()


def passphrase_cost(profile_dir: Path) -> KeyCost | None:
    """The passphrase slot's cost as stored (None for a profile not yet moved to slots)."""
    info = key_info(profile_dir)
    if not info.get("slots") or info.get("memory_kib") is None:
        return None
    return KeyCost(int(info["memory_kib"]), int(info["iterations"]), int(info.get("parallelism") or 1))


def recovery_key_made(profile_dir: Path) -> datetime | None:
    """When the current recovery key was made, or None if the profile has none."""
    info = key_info(profile_dir)
    for detail in info.get("slot_details", []):
        if detail.get("kind") == keyslots.RECOVERY:
            return datetime.fromisoformat(detail["created"]) if detail.get("created") else datetime.min
    return None


def _reencrypt(database: Database, new: str, kdf: keyslots.KdfParams | None, report) -> None:  # noqa: ANN001
    """A new data key and salt for the whole database, with only a passphrase slot for ``new``.

    Every other slot (the recovery key) and every backup's slots stop opening this profile: the
    worker makes a new recovery key afterwards. Rewrites the file (``db.reencrypt``: crash-safe,
    the old file stays until the new one is verified and its slots saved), so it refuses while
    other work holds a connection, and every connection after it uses the new key.
    """
    data_key = keyslots.new_data_key()
    slot = keyslots.make_slot(keyslots.PASSPHRASE, new, data_key, kdf)
    old_data_key = database.key_copy()
    try:
        with database.keep_open():
            def rewrite(old_key: Key) -> Key:
                return dbmod.reencrypt(database.path, old_key, data_key,
                                       [slot], lambda pct, msg: report(10 + pct * 7 // 10, msg))
            database.replace_file(rewrite)
            report(82, tr("Recording the change"))
            with database.worker_session() as s:
                audit.record(s, "passphrase changed", detail="database re-encrypted")
                s.commit()
        _drop_stale_generations(database, share=False)
        report(85, tr("Re-encrypting the backups inside the profile"))
        new_key = database.key_copy()
        try:
            _share_slots_with_copies(database.path.parent, new_key, [slot], None,  # its 60-90% as our 85-99%
                                     lambda pct, msg: report(85 + (pct - 60) * 14 // 30, msg), old_data_key.raw)
        finally:
            new_key.wipe()
    finally:
        old_data_key.wipe()
    for i in range(len(data_key)):
        data_key[i] = 0
    report(100, tr("Passphrase changed and profile re-encrypted"))


def key_info(profile_dir: Path) -> dict:
    """The profile's slots as ``fsw keys --json`` shows them: kinds, costs, dates; never key material."""
    path = database_path(profile_dir)
    if not path.exists():
        raise NoProfile(tr("No profile at {profile_dir}. Create one first.").format(profile_dir=profile_dir))
    salt = dbmod.read_salt(path)
    slots = dbmod.current_slots(path, salt)
    if not slots and keyslots.made_for_slots(salt):  # not an old-format profile: its slot file is missing
        raise MissingKeyFile(dbmod.missing_key_file_message(path, found=keyslots.read_slot_file(path) is not None))
    if not slots:
        return {"kdf": "pbkdf2-sha512", "iterations": dbmod.KDF_ITERATIONS, "slots": [],
                "note": tr("Made before key slots: moves to them at the next unlock with the passphrase.")}
    return keyslots.describe(slots)


def create_recovery_key(database: Database) -> str:
    """A new recovery key, returned once to be shown or written out; any earlier one stops working.

    Stored only as its own slot (the data key wrapped under it). Whoever holds it holds the data.
    """
    code = keyslots.new_recovery_key()
    add_recovery_key(database, code)
    return code


def add_recovery_key(database: Database, code: str) -> None:
    """``code`` (from ``keyslots.new_recovery_key``, shown to the worker already) as the recovery slot."""
    key = database.key_copy()
    try:
        if not key.slotted:
            raise InputRefused(tr("Lock the profile and unlock it with its passphrase first."))
        slot = keyslots.make_slot(keyslots.RECOVERY, code, key.raw)
        with database.keep_open():
            database.refuse_if_busy()
            slots = keyslots.replaced(dbmod.current_slots(database.path, key.salt), slot)
            with database.worker_session() as s:
                audit.record(s, "recovery key made")
                s.flush()
                dbmod.write_slots(database.path, key.salt, slots)
                s.commit()
            _share_slots_with_copies(database.path.parent, key, slots, None, lambda pct, msg: None)
    finally:
        key.wipe()


def reset_passphrase(profile_dir: Path, recovery_key: str, new: str, progress: Progress | None = None,
                     kdf: keyslots.KdfParams | None = None) -> None:
    """A forgotten passphrase replaced, with the recovery key; the data stays as it is.

    A wrong recovery key raises WrongPassphrase before anything changes. The slot file is replaced
    in one atomic write; the backups inside the profile get the new slots too.
    """
    report = reporter(progress)
    recover_interrupted_restore(profile_dir)
    path = database_path(profile_dir)
    if not path.exists():
        raise NoProfile(tr("No profile at {profile_dir}. Create one first.").format(profile_dir=profile_dir))
    report(5, tr("Checking the recovery key"))
    key = dbmod.unlock_key(path, recovery_key, kinds=(keyslots.RECOVERY,))
    try:
        connect_raw(path, key).close()  # the key is right: a file it does not open is damaged
        require_strong(new)
        report(30, tr("Protecting the new passphrase"))
        slot = keyslots.make_slot(keyslots.PASSPHRASE, new, key.raw, kdf)
        slots = keyslots.replaced(dbmod.current_slots(path, key.salt), slot)
        report(70, tr("Saving the new passphrase"))
        dbmod.write_slots(path, key.salt, slots)
        database = dbmod.open_database(path, key=key.copy())
        try:
            with database.session() as s:
                audit.record(s, "passphrase changed", detail="with the recovery key")
                s.commit()
        finally:
            database.close()
        _share_slots_with_copies(Path(profile_dir), key, slots, None, report)
        report(100, tr("Passphrase set"))
    finally:
        key.wipe()


BACKUP_SUFFIX = dbmod.BACKUP_SUFFIX
clean_backup_leftovers = dbmod.clean_backup_leftovers


def backup(database: Database, out: Path, progress: Progress | None = None) -> dict[str, int]:
    """A verified encrypted copy of the profile (``db.export_copy``), recorded in the audit trail.

    Safe to call on a worker thread: the copy opens its own connection, and the audit entry is
    written on a session of its own once the copy is really there (a failed one leaves none).
    """
    report = reporter(progress)
    counts = dbmod.export_copy(database, Path(out), report)
    with database.worker_session() as s:
        audit.record(s, "backup made", detail=Path(out).name)
        s.commit()
    report(100, tr("Backup verified"))
    return counts


KEEP_AUTOMATIC = 3  # automatic backups kept at most, newest first
_AUTOMATIC = re.compile(r"^profile-before-.+-(\d{8}-\d{6})(?:-\d+)?" + re.escape(BACKUP_SUFFIX) + "$")


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    made: datetime  # local time, from the name backup_before_upgrade gave it


def automatic_backups(profile_dir: Path) -> list[AutomaticBackup]:
    """The copies ``backup_before_upgrade`` made in the profile's ``backups`` folder, oldest first."""
    folder = Path(profile_dir) / dbmod.BACKUPS_DIR
    found: list[AutomaticBackup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for path in entries:
        match = _AUTOMATIC.match(path.name)
        if match and path.is_file():
            found.append(AutomaticBackup(path, datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: (b.made, b.path.name))


def tidy_backups(database: Database, today: date | None = None) -> list[Path]:
    """Apply the rules for the automatic backups in the profile; returns the files removed.

    Run at every unlock and by ``vacuum``. The automatic backups are there to undo an
    upgrade that went wrong, not to keep data for ever, so one goes when:

    - it does not open with the profile's current key although it has the profile's salt: a
      passphrase change was cut short before it re-encrypted it, and it still opens with the old one;
    - it was made before records were last erased here (by erasure, retention or a sync): restoring
      it would bring them back;
    - it is older than the shortest retention period: it would hold records past their date;
    - three newer ones are kept.

    What a killed backup left in the profile folder or in ``backups`` goes too (both are ours
    alone). Removed copies are overwritten first.
    """
    # The profile folder is ours alone too: a backup or a re-encryption killed there leaves parts
    # (and journals) whose pages may still open with a key that has since changed.
    gone = atomic.clean_leftovers(database.path.parent)
    folder = database.path.parent / dbmod.BACKUPS_DIR
    if not folder.is_dir():
        return gone
    gone += atomic.clean_leftovers(folder)
    for path in folder.iterdir():  # the NAME.part (and its journal) of earlier releases
        if path.is_file() and path.name.endswith((atomic.PART_SUFFIX, atomic.PART_SUFFIX + atomic.JOURNAL_SUFFIX)):
            path.unlink(missing_ok=True)
            gone.append(path)
    copies = automatic_backups(database.path.parent)
    if not copies:
        return gone
    with database.worker_session() as s:
        months = min(retention.policy(s).values())
        erased_at = erasure.last_erasure(s)
    oldest_allowed = (today or date.today()) - relativedelta(months=months)
    key = database.key_copy()
    try:
        going = [c for c in copies if _stale_key(c.path, key)
                 or (erased_at is not None and c.made <= erased_at)
                 or c.made.date() < oldest_allowed]
    finally:
        key.wipe()
    kept = [c for c in copies if c not in going]
    going += kept[:-KEEP_AUTOMATIC]
    for copy in going:
        _remove_securely(copy.path)
        gone.append(copy.path)
    return gone


def _stale_key(path: Path, key: Key) -> bool:
    """A copy with the profile's salt that the profile's key does not open (or only in part)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(dbmod.SALT_BYTES) != key.salt:
                return False  # another profile's copy (from before a restore): age and count decide
        connect_raw(path, key).close()
    except (WrongPassphrase, DamagedProfile):
        return True
    except (OSError, FswError):
        return False
    return False


def _share_slots_with_copies(profile_dir: Path, key: Key, slots: list[dict], old: str | None,
                             progress, old_data_key: bytearray | None = None) -> None:  # noqa: ANN001
    """Give every backup inside the profile the profile's slots, so none opens with a changed passphrase.

    A copy under the profile's data key (the automatic backups, a backup the worker saved in the
    profile folder) gets its slot file replaced by the profile's slots (one atomic write each). An
    old-format copy that opens with the old passphrase (the one made before the move to slots) is
    re-encrypted under the data key, its slot file written before it is renamed into place; so is a
    copy under ``old_data_key`` (after a re-encryption). A copy that cannot be is overwritten and
    removed. Copies outside the profile keep their own slots.
    """
    folder = Path(profile_dir)
    live = {folder / DB_NAME, folder / (DB_NAME + atomic.JOURNAL_SUFFIX)}
    candidates = [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink() and p not in live
                  and not p.name.endswith(keyslots.SLOTS_SUFFIX) and not atomic.part_target(p.name)]
    for n, path in enumerate(candidates):
        progress(60 + 30 * n // max(1, len(candidates)), tr("Updating the backups inside the profile"))
        try:
            with open(path, "rb") as fh:
                salt = fh.read(dbmod.SALT_BYTES)
        except OSError:
            continue
        if len(salt) < dbmod.SALT_BYTES or salt.startswith(b"SQLite format 3"):
            continue
        mine = Key(bytearray(key.raw), salt, slotted=True)
        try:
            has_slots = keyslots.read_slot_file(path) is not None
        except FswError:
            has_slots = False
        if has_slots:
            before = Key(bytearray(old_data_key), salt, slotted=True) if old_data_key else None
        else:
            before = Key(derive_key(old, salt), salt) if old else None
        try:
            wanted = keyslots.SlotFile({salt.hex(): slots})
            try:
                existing = keyslots.read_slot_file(path)
            except FswError:
                existing = None
            if existing is not None and existing.to_bytes() == wanted.to_bytes() and not old_data_key:
                continue  # it has them already
            try:
                connect_raw(path, mine).close()
                keyslots.write_slot_file(path, wanted)
                continue
            except (FswError, OSError):
                pass  # not under our data key
            if before is None:
                continue
            try:
                connect_raw(path, before).close()
            except WrongPassphrase:
                continue  # not ours, or not under the old passphrase
            except DamagedProfile:
                if before.slotted:
                    continue  # (an old data key that does not fit says damaged): not ours
                _remove_securely(path)
                continue
            except (FswError, OSError):
                continue
            try:
                times = path.stat()
                atomic.write_with(path, lambda tmp, src=path, k=before, s=salt: _rekeyed_copy(src, tmp, k, key.raw, s, slots))
                os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
            except (OSError, FswError, sqlcipher3.Error):
                _remove_securely(path)
        finally:
            mine.wipe()
            if before is not None:
                before.wipe()


def _rekeyed_copy(source: Path, tmp: Path, key: Key, new_raw: bytearray, salt: bytes, slots: list[dict]) -> None:
    """An old-format copy re-encrypted under the data key (its salt stays), and its slot file written."""
    with open(source, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    conn = connect_raw(tmp, key)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_raw.hex()}'\"")
    finally:
        conn.close()
    keyslots.write_slot_file(source, keyslots.SlotFile({salt.hex(): slots}))


def verify_backup(backup_file: Path, passphrase: str) -> dict[str, int]:
    """Open a backup with its passphrase (or recovery key) and check every page; returns the row counts."""
    counts, _revisions, key = _verify(backup_file, passphrase)
    key.wipe()
    return counts


def _verify(backup_file: Path, passphrase: str) -> tuple[dict[str, int], list[str], Key]:
    """``verify_backup``, also returning the backup's schema revisions (``alembic_version``) and its key.

    A backup carries its slot file (``NAME.fswbak.keys``): the passphrase or recovery key current
    when it was made opens it. One made before the slots opens with its passphrase, as before.
    """
    backup_file = Path(backup_file)
    try:
        key = dbmod.unlock_key(backup_file, passphrase, kinds=(keyslots.PASSPHRASE, keyslots.RECOVERY))
    except NoProfile as exc:
        raise InputRefused(tr("No backup file at {backup_file}.").format(backup_file=backup_file)) from exc
    try:
        try:
            conn = connect_raw(backup_file, key)
        except DamagedProfile as exc:  # said of the profile; here it is the backup that is damaged
            raise CorruptFile(tr("The backup file is damaged and cannot be restored. Try an older backup.")) from exc
        try:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                raise CorruptFile(tr("The backup file is damaged: {problems}").format(problems=problems[0]))
            counts = dbmod.table_counts(conn)
            revisions = []
            if "alembic_version" in counts:
                revisions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
        finally:
            conn.close()
        if "desk" not in counts or counts["desk"] != 1:
            raise CorruptFile(tr("That file is not an FSW Desk backup."))
    except BaseException:
        key.wipe()
        raise
    return counts, revisions, key


def _refuse_unknown_revisions(revisions: list[str]) -> None:
    """A backup whose schema this release does not know was made by a newer one: it cannot be opened here."""
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(dbmod.alembic_config()).walk_revisions()}
    if any(rev not in known for rev in revisions):
        raise InputRefused(
            tr("This backup was made by a newer version of FSW Desk and cannot be restored with this one. "
            "Install the latest version of FSW Desk, then restore it. Nothing was changed.")
        )


RESTORING_SUFFIX = ".restoring"


def recover_interrupted_restore(profile_dir: Path) -> bool:
    """Put the profile back if a restore was cut short (power cut, crash) before it was confirmed.

    ``restore`` keeps the old profile file aside until the restored one has opened; a file
    still aside therefore always holds the profile the worker had. Returns whether it was put back.
    """
    aside = _aside_path(profile_dir)
    if not aside.exists():
        return False
    target = database_path(profile_dir)
    os.replace(aside, target)
    target.with_name(target.name + RESTORING_SUFFIX).unlink(missing_ok=True)
    return True


RESTORED_SLOTS_NOTE = QT_TRANSLATE_NOOP("", "The restored profile opens with the passphrase (and the recovery key, if "
                                            "there was one) that were current when the backup was made.")


def restore(profile_dir: Path, backup_file: Path, passphrase: str, progress: Progress | None = None) -> str:
    """Replace the profile with a verified backup. The profile must not be open. Returns a note for the worker.

    ``passphrase`` is the backup's: the passphrase or recovery key current when it was made (its
    slot file, ``NAME.fswbak.keys``, comes with it). Nothing changes on any failure: a backup this
    release cannot open (made by a newer one) is refused before anything is touched, the profile's
    slot file gains the backup's slots beside its own (and is put back as it was on failure), and
    the old profile file is kept aside until the restored one has opened and been brought up to
    date; then it is overwritten and deleted.
    """
    report = reporter(progress)
    report(10, tr("Checking the backup"))
    try:
        _counts, revisions, key = _verify(backup_file, passphrase)
    except WrongPassphrase as exc:
        if keyslots.read_slot_file(Path(backup_file)) is None:
            raise WrongPassphrase(
                tr("That passphrase does not open this backup. A backup made since key slots came in opens "
                "only with its key file ({name}{slots_suffix}) beside it: "
                "copy the two files together.").format(
                    name=Path(backup_file).name, slots_suffix=keyslots.SLOTS_SUFFIX)) from exc
        raise WrongPassphrase(tr("That passphrase (or recovery key) does not open this backup.")) from exc
    try:
        _refuse_unknown_revisions(revisions)
        _restore(profile_dir, Path(backup_file), passphrase, key, report)
    finally:
        key.wipe()
    report(100, tr("Restored"))
    return tr(RESTORED_SLOTS_NOTE) if key.slotted else tr("The restored profile opens with the passphrase that "
                                                          "was current when the backup was made.")


def _restore(profile_dir: Path, backup_file: Path, passphrase: str, key: Key, report) -> None:  # noqa: ANN001
    recover_interrupted_restore(profile_dir)
    target = database_path(profile_dir)
    dbmod.make_profile_dir(target.parent)
    tmp = target.with_name(target.name + RESTORING_SUFFIX)
    aside = _aside_path(profile_dir)
    upgrade_copies = target.parent / dbmod.BACKUPS_DIR
    had_upgrade_copies = upgrade_copies.exists()
    copies_before = set(upgrade_copies.iterdir()) if had_upgrade_copies else set()
    slots_file = keyslots.slots_path(target)
    slots_before = slots_file.read_bytes() if slots_file.exists() else None
    report(40, tr("Copying"))
    try:
        with open(backup_file, "rb") as src, open(tmp, "wb") as dst:
            dbmod.restrict_file(tmp)
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputRefused(tr("FSW Desk could not copy the backup into the profile ({reason}), "
                           "so nothing was changed. Free some space and try again.").format(
            reason=exc.strerror or exc)) from exc
    moved_aside = swapped_in = False
    try:
        if key.slotted:  # before the swap: whichever file is in place, its slots are there
            dbmod.write_slots(target, key.salt, dbmod.current_slots(backup_file, key.salt))
        if target.exists():
            os.replace(target, aside)
            moved_aside = True
        os.replace(tmp, target)
        swapped_in = True
        report(70, tr("Opening the restored profile"))
        if key.slotted:
            database = dbmod.open_database(target, key=key.copy())  # upgrades an older backup's schema
        else:
            database = dbmod.open_database(target, passphrase)  # an old-format backup moves to slots
        try:
            with database.session() as s:
                audit.record(s, "backup restored", detail=Path(backup_file).name)
                s.commit()
        finally:
            database.close()
    except BaseException as exc:
        if moved_aside:  # the old profile goes back over whatever was swapped in
            os.replace(aside, target)
        elif swapped_in:
            target.unlink(missing_ok=True)
        if slots_before is not None:
            atomic.write_atomic(slots_file, slots_before)
        else:
            slots_file.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
        _drop_new_upgrade_copies(upgrade_copies, copies_before, had_upgrade_copies)
        if not isinstance(exc, Exception) or (isinstance(exc, InputRefused) and not isinstance(exc, CorruptFile)):
            raise  # KeyboardInterrupt, or no room for the pre-upgrade copy (its message says so)
        raise CorruptFile(
            tr("This backup could not be opened and brought up to date by this version of FSW Desk, "
            "so nothing was changed: your profile is as it was.")
        ) from exc
    if moved_aside:
        report(90, tr("Removing the replaced profile"))
        _remove_securely(aside)


def _drop_new_upgrade_copies(folder: Path, before: set[Path], existed: bool) -> None:
    """Opening an older backup first saves a copy of it in ``backups/``; a failed restore keeps none."""
    if not folder.exists():
        return
    for path in set(folder.iterdir()) - before:
        path.unlink(missing_ok=True)
    if not existed:
        try:
            folder.rmdir()
        except OSError:
            pass


def _remove_securely(path: Path) -> None:
    """Overwrite a replaced profile file with zeros before deleting it.

    The file is encrypted already; overwriting keeps its pages from lingering on a disk that
    writes in place. Best effort: an SSD or a copy-on-write file system may keep old blocks.
    """
    try:
        size = path.stat().st_size
        zeros = bytes(1 << 20)
        with open(path, "r+b") as fh:
            left = size
            while left > 0:
                n = min(left, len(zeros))
                fh.write(zeros[:n])
                left -= n
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)
    if path.name.endswith(BACKUP_SUFFIX):  # a backup's slots go with it
        keyslots.slots_path(path).unlink(missing_ok=True)


def vacuum(db: Database) -> list[Path]:
    """After an erasure or a retention deletion (committed): leave the erased values nowhere in the profile.

    The file is rewritten so no freed page keeps old data (secure_delete has zeroed them already),
    and the automatic backups made before the erasure are removed (``tidy_backups``): they
    are copies of the profile as it was before an upgrade, there to undo a failed upgrade, and
    putting one back now would bring the erased records back. Returns the backups removed.
    """

    key = db.key_copy()
    try:
        with dbmod.damage_as_ours():
            conn = connect_raw(db.path, key)
            try:
                conn.execute("VACUUM")
            finally:
                conn.close()
    finally:
        key.wipe()
    try:
        return tidy_backups(db)
    except OSError:  # a copy in use cannot go now; every unlock applies the same rule again
        return []


def check(database: Database) -> list[str]:
    """SQLCipher's page check and SQLite's integrity check, recorded in the audit trail. Empty means healthy.

    The window runs the two halves apart (``check_pages`` on a pool thread, ``record_check`` on its
    own session); the command line runs both here.
    """
    problems = check_pages(database)
    record_check(database, problems)
    return problems


def check_pages(database: Database) -> list[str]:
    """Every page's HMAC and SQLite's integrity check, on a connection of its own (any thread)."""
    return dbmod.integrity_check(database)


def record_check(database: Database, problems: list[str]) -> None:
    """The check's entry in the audit trail; a damaged file that cannot take it still reports its problems."""
    try:
        with database.session() as s:
            audit.record(s, "database checked", detail="ok" if not problems else f"{len(problems)} problems")
            s.commit()
    except (DBAPIError, sqlcipher3.Error, DamagedProfile):
        if not problems:
            raise  # a healthy database that cannot be written to is a real error
