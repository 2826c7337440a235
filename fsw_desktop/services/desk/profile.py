"""The worker's profile: create, unlock, change passphrase, back up, restore, check.

A profile is a directory holding one SQLCipher database and nothing else
personal: no key file, no cache, no log.
"""

from __future__ import annotations

import hmac
import os
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from ... import atomic
from ... import db as dbmod
from ...db import DB_NAME, Database, Key, connect_raw, derive_key
from ...errors import CorruptFile, DamagedProfile, FswError, InputRefused, NoProfile, WeakPassphrase, WrongPassphrase
from ...models.sync import ROLES, Desk
from ...sync import identity
from ..data_protection import audit, erasure, retention
from ...progress import Progress, reporter



def default_profile_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("FSW Desk", appauthor=False)) / "profile"


def resolve_profile_dir(arg: str | os.PathLike | None = None) -> Path:
    if arg:
        return Path(arg).expanduser()
    env = os.environ.get("FSW_PROFILE")
    if env:
        return Path(env).expanduser()
    return default_profile_dir()


def database_path(profile_dir: Path) -> Path:
    return Path(profile_dir) / DB_NAME


def exists(profile_dir: Path) -> bool:
    """A profile is there, or a restore cut short left it aside (``unlock`` puts it back)."""
    return database_path(profile_dir).exists() or _aside_path(profile_dir).exists()


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
        return Strength(False, 0, "Type a passphrase: four or more words, or at least 12 characters.")
    if any(lowered.startswith(c) and len(lowered) - len(c) < 4 for c in _COMMON if c.isalpha()) or passphrase.lower() in _COMMON:
        return Strength(False, 0, "That is a commonly used password. Choose four or more unrelated words.")
    if distinct < 5:
        return Strength(False, 0, "Too many repeated characters. Choose four or more unrelated words.")
    if len(words) >= 4 and len(passphrase) >= 12:
        score = 4 if len(words) >= 5 or len(passphrase) >= 24 else 3
        return Strength(True, score, "Strong: four or more words." if score == 4 else "Good: four words.")
    if len(passphrase) >= 12:
        classes = sum(bool(re.search(p, passphrase)) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w\s]"))
        score = 4 if len(passphrase) >= 16 and classes >= 3 else 3 if classes >= 2 else 2
        labels = {2: "Acceptable. Longer is stronger.", 3: "Good.", 4: "Strong."}
        return Strength(True, score, labels[score])
    remaining = 12 - len(passphrase)
    return Strength(
        False,
        1 if len(passphrase) >= 8 else 0,
        f"Too short: {remaining} more character{'s' if remaining != 1 else ''}, or use four or more words.",
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
) -> Database:
    worker_name, desk_name = worker_name.strip(), desk_name.strip()
    if not worker_name or not desk_name:
        raise InputRefused("Worker name and desk name are both needed.")
    if role not in ROLES:
        raise InputRefused(f"Role must be one of: {', '.join(ROLES)}.")
    require_strong(passphrase)
    database = dbmod.create_database(database_path(profile_dir), passphrase)
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


def unlock(profile_dir: Path, passphrase: str) -> Database:
    return open_profile(profile_dir, passphrase=passphrase)


def open_profile(profile_dir: Path, passphrase: str | None = None, key: Key | None = None) -> Database:
    """The profile opened (with its passphrase, or a key the lock screen derived off the UI thread),
    its schema brought up to date, and its automatic backups tidied by their rules."""
    recover_interrupted_restore(profile_dir)
    path = database_path(profile_dir)
    if not path.exists():
        raise NoProfile(f"No profile at {profile_dir}. Create one first.")
    database = dbmod.open_database(path, passphrase, key)
    _tidy_at_unlock(database)
    return database


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
            raise CorruptFile("This profile has no desk identity.")
        s.expunge(row)
        return row


def change_passphrase(database: Database, old: str, new: str, progress: Progress | None = None) -> None:
    """Rekey in place. The salt stays; every page is re-encrypted under the new key.

    Safe on a worker thread (the UI runs it behind a progress dialog). ``Database.rekey`` makes
    sure no connection keyed with the old key is used afterwards, and the audit entry is written
    on a connection of its own, opened with the new key.
    """
    report = reporter(progress)
    report(5, "Checking the current passphrase")
    current = database.key_copy()
    new_raw = bytearray()
    try:
        if not hmac.compare_digest(bytes(derive_key(old, current.salt)), bytes(current.raw)):
            raise WrongPassphrase("The current passphrase is not right.")
        require_strong(new)
        if new == old:
            raise InputRefused("The new passphrase is the same as the current one.")
        report(30, "Preparing the new key")
        new_raw = derive_key(new, current.salt)
        with database.keep_open():  # a lock meanwhile waits until the change is recorded
            report(50, "Re-encrypting the profile")
            database.rekey(new_raw)
            report(90, "Recording the change")
            with database.worker_session() as s:  # own engine, keyed with the new key, disposed after
                audit.record(s, "passphrase changed")
                s.commit()
            # Cut short here, the next unlock removes the automatic backups still under the old key.
            _rekey_copies(database.path.parent, old, current, new, new_raw, report)
        report(100, "Passphrase changed")
    finally:
        for i in range(len(new_raw)):
            new_raw[i] = 0
        current.wipe()


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
    report(100, "Backup verified")
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


def _rekey_copies(profile_dir: Path, old: str, old_key: Key, new: str, new_raw: bytearray,
                  progress: Progress) -> None:
    """Re-encrypt under the new passphrase every file in the profile that opens with the old one.

    The automatic backups, and any backup the worker saved inside the profile folder: after a
    passphrase change no file in the profile may open with the passphrase that was changed. Most
    share the profile's salt, so the keys we hold serve; a copy with another salt (from a profile
    replaced by a restore) costs one key derivation to try. Each is rewritten through
    ``atomic.write_with``; one that cannot be re-encrypted is overwritten and removed instead.
    """
    folder = Path(profile_dir)
    live = {folder / DB_NAME, folder / (DB_NAME + atomic.JOURNAL_SUFFIX)}  # rekeyed already, by SQLCipher
    candidates = [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink() and p not in live]
    for n, path in enumerate(candidates):
        progress(92 + 7 * n // max(1, len(candidates)), "Re-encrypting the backups inside the profile")
        try:
            with open(path, "rb") as fh:
                salt = fh.read(dbmod.SALT_BYTES)
        except OSError:
            continue
        if len(salt) < dbmod.SALT_BYTES:
            continue
        same_salt = salt == old_key.salt
        before = Key(bytearray(old_key.raw), salt) if same_salt else Key(derive_key(old, salt), salt)
        after = bytearray(new_raw) if same_salt else bytearray()
        try:
            try:
                connect_raw(path, before).close()
            except WrongPassphrase:
                continue  # not ours, or not under the old passphrase
            except DamagedProfile:  # damaged, but its other pages still decrypt with the old key
                _remove_securely(path)
                continue
            except (FswError, OSError):
                continue  # unreadable just now (in use, a disk error): nothing shows it is ours
            if not after:
                after = derive_key(new, salt)
            try:
                times = path.stat()
                atomic.write_with(path, lambda tmp, src=path, k=before, raw=after: _rekeyed_copy(src, tmp, k, raw))
                os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))
            except (OSError, FswError, sqlcipher3.Error):
                _remove_securely(path)
        finally:
            before.wipe()
            for i in range(len(after)):
                after[i] = 0


def _rekeyed_copy(source: Path, tmp: Path, key: Key, new_raw: bytearray) -> None:
    with open(source, "rb") as src, open(tmp, "wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
    conn = connect_raw(tmp, key)
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_raw.hex()}'\"")
    finally:
        conn.close()


def verify_backup(backup_file: Path, passphrase: str) -> dict[str, int]:
    """Open a backup with its passphrase and check every page; returns the row counts."""
    return _verify(backup_file, passphrase)[0]


def _verify(backup_file: Path, passphrase: str) -> tuple[dict[str, int], list[str]]:
    """``verify_backup``, also returning the backup's schema revisions (``alembic_version``)."""
    backup_file = Path(backup_file)
    try:
        key = Key.for_file(backup_file, passphrase)
    except NoProfile as exc:
        raise InputRefused(f"No backup file at {backup_file}.") from exc
    try:
        try:
            conn = connect_raw(backup_file, key)
        except DamagedProfile as exc:  # said of the profile; here it is the backup that is damaged
            raise CorruptFile("The backup file is damaged and cannot be restored. Try an older backup.") from exc
        try:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                raise CorruptFile("The backup file is damaged: " + problems[0])
            counts = dbmod.table_counts(conn)
            revisions = []
            if "alembic_version" in counts:
                revisions = [str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")]
        finally:
            conn.close()
    finally:
        key.wipe()
    if "desk" not in counts or counts["desk"] != 1:
        raise CorruptFile("That file is not an FSW Desk backup.")
    return counts, revisions


def _refuse_unknown_revisions(revisions: list[str]) -> None:
    """A backup whose schema this release does not know was made by a newer one: it cannot be opened here."""
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(dbmod.alembic_config()).walk_revisions()}
    if any(rev not in known for rev in revisions):
        raise InputRefused(
            "This backup was made by a newer version of FSW Desk and cannot be restored with this one. "
            "Install the latest version of FSW Desk, then restore it. Nothing was changed."
        )


RESTORING_SUFFIX = ".restoring"
ASIDE_SUFFIX = ".before-restore"


def _aside_path(profile_dir: Path) -> Path:
    target = database_path(profile_dir)
    return target.with_name(target.name + ASIDE_SUFFIX)


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


def restore(profile_dir: Path, backup_file: Path, passphrase: str, progress: Progress | None = None) -> None:
    """Replace the profile with a verified backup. The profile must not be open.

    Nothing changes on any failure: a backup this release cannot open (made by a newer one) is
    refused before anything is touched, and the old profile file is kept aside until the restored
    one has opened and been brought up to date; then it is overwritten and deleted.
    """
    report = reporter(progress)
    report(10, "Checking the backup")
    try:
        _counts, revisions = _verify(backup_file, passphrase)
    except WrongPassphrase as exc:
        raise WrongPassphrase("That passphrase does not open this backup.") from exc
    _refuse_unknown_revisions(revisions)
    recover_interrupted_restore(profile_dir)
    target = database_path(profile_dir)
    dbmod.make_profile_dir(target.parent)
    tmp = target.with_name(target.name + RESTORING_SUFFIX)
    aside = _aside_path(profile_dir)
    upgrade_copies = target.parent / dbmod.BACKUPS_DIR
    had_upgrade_copies = upgrade_copies.exists()
    copies_before = set(upgrade_copies.iterdir()) if had_upgrade_copies else set()
    report(40, "Copying")
    try:
        with open(backup_file, "rb") as src, open(tmp, "wb") as dst:
            dbmod.restrict_file(tmp)
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputRefused(f"FSW Desk could not copy the backup into the profile ({exc.strerror or exc}), "
                           "so nothing was changed. Free some space and try again.") from exc
    moved_aside = swapped_in = False
    try:
        if target.exists():
            os.replace(target, aside)
            moved_aside = True
        os.replace(tmp, target)
        swapped_in = True
        report(70, "Opening the restored profile")
        database = dbmod.open_database(target, passphrase)  # upgrades an older backup's schema
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
        tmp.unlink(missing_ok=True)
        _drop_new_upgrade_copies(upgrade_copies, copies_before, had_upgrade_copies)
        if not isinstance(exc, Exception) or (isinstance(exc, InputRefused) and not isinstance(exc, CorruptFile)):
            raise  # KeyboardInterrupt, or no room for the pre-upgrade copy (its message says so)
        raise CorruptFile(
            "This backup could not be opened and brought up to date by this version of FSW Desk, "
            "so nothing was changed: your profile is as it was."
        ) from exc
    if moved_aside:
        report(90, "Removing the replaced profile")
        _remove_securely(aside)
    report(100, "Restored")


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
