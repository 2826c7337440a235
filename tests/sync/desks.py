"""Helpers for sync tests: real encrypted desks, paired with each other, and ways to edit them.

Creating a profile costs a key derivation (~0.3 s); ``Desks.clone`` copies a set of
profile files and reopens them with the raw key, so property tests can start every
example from the same paired desks without paying for it again, and ``make_desks``
hands out clones of one prepared set per list of names and roles.
"""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from fsw_desktop.db import DB_NAME, Database, Key, open_database
from fsw_desktop.models.cases import Case
from fsw_desktop.models.people import Person
from fsw_desktop.services.sharing import peers
from fsw_desktop.services.desk import profile
from fsw_desktop.services.sharing import sync_service
from fsw_desktop.services.casework.referrals import ReferralInput, create_referral
from fsw_desktop.services.desk.session import desk, open_session
from fsw_desktop.models.sync import Change
from fsw_desktop.sync import identity, merge
from fsw_desktop.sync.clock import ZERO, Clock, decode
from tests.profiles import PASSPHRASE, TEMPLATES

TODAY = date(2026, 3, 1)


@dataclass
class Desks:
    root: Path
    dbs: dict[str, Database] = field(default_factory=dict)
    keys: dict[str, Key] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # name -> desk id
    counter: int = 0

    def __getitem__(self, name: str) -> Database:
        return self.dbs[name]

    @property
    def names(self) -> list[str]:
        return list(self.dbs)

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()

    def clone(self, root: Path, fake_clock: bool = True) -> "Desks":
        """Copies of these desks' files, opened without deriving keys again.

        With ``fake_clock`` the desks share one wall clock that moves 1 ms per reading,
        so the same operations give the same stamps (and winners) on every run.
        """
        out = Desks(root, ids=dict(self.ids))
        for name, db in self.dbs.items():
            (root / name).mkdir(parents=True)
            shutil.copy2(db.path, root / name / DB_NAME)
            shutil.copy2(str(db.path) + ".keys", str(root / name / DB_NAME) + ".keys")  # the slot file travels too
            out.keys[name] = self.keys[name].copy()
            out.dbs[name] = open_database(root / name / DB_NAME, key=out.keys[name].copy())
        if fake_clock:
            lasts = {}
            for name, db in out.dbs.items():
                with db.session() as s:
                    lasts[name] = s.execute(select(func.max(Change.hlc))).scalar() or ZERO
            ticks = itertools.count(decode(max(lasts.values()))[0] + 1000)
            for name, db in out.dbs.items():
                db._clock = Clock(out.ids[name], lasts[name], now=lambda: next(ticks))
        return out

    # --- moving bundles ---

    def bundle_path(self, src: str, dst: str) -> Path:
        self.counter += 1
        return self.root / f"{self.counter:04d}-{src}-to-{dst}.fswbundle"

    def export(self, src: str, dst: str, **kw) -> Path:
        path = self.bundle_path(src, dst)
        sync_service.export_bundle(self.dbs[src], dst, path, **kw)
        return path

    def send(self, src: str, dst: str, **kw) -> sync_service.ImportReport:
        return sync_service.import_bundle(self.dbs[dst], self.export(src, dst, **kw))

    def deliver_all(self, rounds: int = 6) -> None:
        """Export from every desk to every other and import, until a round brings nothing new."""
        for _ in range(rounds):
            new = 0
            for src in self.names:
                for dst in self.names:
                    if src != dst:
                        new += self.send(src, dst).changes_new
            if new == 0:
                return
        raise AssertionError("desks still exchanging new changes after many rounds")

    # --- looking ---

    def dump(self, name: str) -> str:
        with open_session(self.dbs[name]) as s:
            return merge.canonical_dump(s)

    def conflicts(self, name: str) -> list[tuple]:
        with open_session(self.dbs[name]) as s:
            return merge.conflict_rows(s)


_PROTOTYPES: dict[tuple[tuple[str, str], ...], Desks] = {}


def make_desks(root: Path, roles: dict[str, str], fresh: bool = False) -> Desks:
    """Profiles under ``root``, every pair of them paired (names are the peer names).

    A copy of one prepared set per ``roles`` (``Desks.clone``), made once per run: the same names
    and roles in another test are the same desks. ``fresh=True`` makes new desks (a key derivation each).
    """
    if fresh:
        return _paired_desks(root, roles)
    kind = tuple(roles.items())
    if kind not in _PROTOTYPES:
        prototype = _paired_desks(TEMPLATES.root / f"desks-{len(_PROTOTYPES):02d}", roles)
        prototype.close()  # its files and keys are what clones are made from
        _PROTOTYPES[kind] = prototype
    return _PROTOTYPES[kind].clone(root, fake_clock=False)


def _paired_desks(root: Path, roles: dict[str, str]) -> Desks:
    out = Desks(root)
    idents = {}
    for name, role in roles.items():
        db = profile.create_profile(root / name, f"Worker {name}", f"Desk {name}", role, PASSPHRASE,
                                    "HMP Testfield (synthetic)")
        out.dbs[name] = db
        out.keys[name] = db.key_copy()
        with open_session(db) as s:
            idents[name] = identity.public_identity(desk(s))
            out.ids[name] = idents[name]["desk_id"]
    for name, db in out.dbs.items():
        with open_session(db) as s:
            for other in out.dbs:
                if other != name:
                    peers.pair(s, idents[other], name=other, confirmed=True)
            s.commit()
    return out


def new_case(db: Database, family: str = "Orrin", label: str | None = None, with_contact: bool = True) -> str:
    with open_session(db) as s:
        case = create_referral(s, ReferralInput(
            referral_date=date(2026, 1, 5), source="Self", prisoner_given="Abel", prisoner_family=family,
            prison_number="A1234BC", family_label=label or f"{family} family", reasons="Visits are hard",
            contact_given="Bea" if with_contact else "", contact_family=family if with_contact else ""),
            today=TODAY)
        s.commit()
        return case.id


def set_field(db: Database, model, record_id: str, **values) -> None:
    with open_session(db) as s:
        row = s.get(model, record_id)
        for k, v in values.items():
            setattr(row, k, v)
        s.commit()


def get_field(db: Database, model, record_id: str, name: str):
    with open_session(db) as s:
        row = s.get(model, record_id)
        return None if row is None else getattr(row, name)


def live_ids(db: Database, model) -> list[str]:
    with open_session(db) as s:
        return sorted(s.execute(select(model.id).where(model.deleted.is_not(True))).scalars())


__all__ = ["Desks", "make_desks", "new_case", "set_field", "get_field", "live_ids", "Case", "Person", "TODAY",
           "PASSPHRASE"]


def as_changes_payload(header, payload: dict, attachment) -> dict:
    """A bundle's payload with its changes as JSON arrays under ``changes`` (as format 1 carries
    them), whichever format it came in: what tests look inside."""
    rows = sync_service._payload_changes(header, payload, attachment)
    out = {k: v for k, v in payload.items() if k not in ("rows", "sections")}
    out["changes"] = [list(r) for r in rows]
    return out
