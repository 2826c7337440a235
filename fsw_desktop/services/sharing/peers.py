"""Pairing with other desks: export this desk's identity, import theirs after comparing fingerprints.

Every function takes a change-tracked session (``services.session.open_session``)
and flushes; the caller commits. Peers are local to this desk: they never travel.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...models.sync import Peer
from ...sync import identity as identity_mod
from ...sync.envelope import MAGIC, Recipient, Sender
from ..data_protection import audit
from ..desk import files
from ..desk.session import desk as this_desk
from ...words import QT_TRANSLATE_NOOP, tr

MIN_PREFIX = 6
HOW_TO_GET_IDENTITY = (QT_TRANSLATE_NOOP("", "On the other desk, open Sync and choose “Export my identity…”; "
                       "bring the file it saves to this desk and choose it here."))
MAX_NAME = 200


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def export_identity(session: Session, path: Path) -> dict:
    """Write this desk's public identity to ``path`` (atomically) and return it."""
    ident = identity_mod.public_identity(this_desk(session))
    text = json.dumps(ident, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path = Path(path)
    files.save(path, text.encode("utf-8"))
    audit.record(session, "identity exported", detail=path.name)
    session.flush()
    return ident


def read_identity_file(path: Path) -> dict:
    """Read and check another desk's identity file."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(identity_mod.MAX_IDENTITY_FILE + 1)
    except IsADirectoryError:
        raise InputRefused(tr("{name} is a folder, not an identity file.").format(name=path.name)) from None
    except FileNotFoundError:
        raise InputRefused(tr("There is no file at {path}.").format(path=path)) from None
    except OSError as exc:
        raise InputRefused(tr("Could not read {name}: {reason}.").format(
                              name=path.name, reason=exc.strerror or tr("the file cannot be opened"))) from None
    # The content decides, not the name: ``fsw identity --export`` writes whatever name it is given.
    if data.startswith(MAGIC):
        raise InputRefused(tr("{name} is a bundle, not an identity file (bundles are imported once the "
                           "desks are paired). {how_to_get_identity}").format(
            name=path.name, how_to_get_identity=tr(HOW_TO_GET_IDENTITY)))
    try:
        return identity_mod.parse_identity(data)
    except InputRefused as exc:
        if not isinstance(exc, identity_mod.NotIdentity):  # the one refusal to add advice to
            raise  # an identity file, damaged or from a newer version: its own message says which
        raise InputRefused(tr("{name} is not an FSW Desk identity file. {how_to_get_identity}").format(
                              name=path.name, how_to_get_identity=tr(HOW_TO_GET_IDENTITY))) from None


def _clean_name(name: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InputRefused(tr("Give the paired desk a name."))
    name = " ".join(name.split())
    if len(name) > MAX_NAME:
        raise InputRefused(tr("A desk's name can be at most {max_name} characters.").format(max_name=MAX_NAME))
    return name


def _name_taken(session: Session, name: str, except_desk_id: str | None = None) -> bool:
    query = select(Peer.desk_id).where(func.lower(Peer.name) == name.lower())
    if except_desk_id is not None:
        query = query.where(Peer.desk_id != except_desk_id)
    return session.execute(query).first() is not None


def pair(session: Session, identity: dict, name: str | None = None, confirmed: bool = False) -> Peer:
    """Pair with the desk ``identity`` describes, once the worker has confirmed its fingerprint.

    Pairing again with the same keys un-revokes (and renames, if ``name`` is
    given); different keys for a desk already known are refused.
    """
    ident = identity_mod.check_identity(identity)
    if not confirmed:
        raise InputRefused(tr("Compare the fingerprint with the other desk before pairing."))
    me = this_desk(session)
    signing_public = bytes.fromhex(ident["signing_public"])
    encryption_public = bytes.fromhex(ident["encryption_public"])
    if ident["desk_id"] == me.desk_id or signing_public == bytes(me.signing_public) \
            or encryption_public == bytes(me.encryption_public):
        raise InputRefused(tr("That is this desk's own identity. Pair with the other desk's identity file."))

    existing = session.get(Peer, ident["desk_id"])
    if existing is not None:
        if bytes(existing.signing_public) != signing_public or bytes(existing.encryption_public) != encryption_public:
            raise InputRefused(
                tr("This desk's keys have changed since you paired with it. Do not pair: "
                "check with the other desk in person.")
            )
        if name is not None:
            new_name = _clean_name(name)
            if _name_taken(session, new_name, existing.desk_id):
                raise InputRefused(tr("There is already a paired desk called {new_name}. Choose another name.").format(
                                      new_name=new_name))
            existing.name = new_name
        was_revoked = existing.revoked_at is not None
        existing.revoked_at = None
        existing.desk_name = ident["desk_name"]
        existing.role = ident["role"]
        existing.establishment = ident["establishment"]
        audit.record(session, "peer paired", "peers", existing.desk_id,
                     detail=f"again{' after revocation' if was_revoked else ''}; role {existing.role}")
        session.flush()
        return existing

    for other in session.execute(select(Peer)).scalars():
        if bytes(other.signing_public) == signing_public or bytes(other.encryption_public) == encryption_public:
            raise InputRefused(
                tr("These keys already belong to the paired desk {name}. Do not pair: "
                "check with the other desk in person.").format(name=other.name)
            )

    if name is not None:
        chosen = _clean_name(name)
        if _name_taken(session, chosen):
            raise InputRefused(tr("There is already a paired desk called {chosen}. Choose another name.").format(
                                  chosen=chosen))
    else:
        chosen = _clean_name(ident["desk_name"])
        if _name_taken(session, chosen):
            chosen = f"{chosen} ({ident['desk_id'][:MIN_PREFIX]})"

    peer = Peer(
        desk_id=ident["desk_id"],
        name=chosen,
        desk_name=ident["desk_name"],
        role=ident["role"],
        establishment=ident["establishment"],
        signing_public=signing_public,
        encryption_public=encryption_public,
        fingerprint=ident["fingerprint"],
        paired_at=_now(),
        revoked_at=None,
        sent_upto=0,
        last_seq_in=0,
    )
    session.add(peer)
    audit.record(session, "peer paired", "peers", peer.desk_id, detail=f"role {peer.role}")
    session.flush()
    return peer


def peers(session: Session, include_revoked: bool = True) -> list[Peer]:
    """Paired desks, by name."""
    query = select(Peer)
    if not include_revoked:
        query = query.where(Peer.revoked_at.is_(None))
    return list(session.execute(query.order_by(func.lower(Peer.name), Peer.desk_id)).scalars())


def get_peer(session: Session, name_or_desk_id: str) -> Peer:
    """A peer by desk id, exact name (any case) or a unique desk-id prefix of at least 6 characters."""
    wanted = (name_or_desk_id or "").strip()
    missing = InputRefused(tr("No paired desk called {name}.").format(name=wanted or tr("(nothing)")))
    if not wanted:
        raise missing
    peer = session.get(Peer, wanted)
    if peer is not None:
        return peer
    by_name = list(session.execute(select(Peer).where(func.lower(Peer.name) == wanted.lower())).scalars())
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        raise InputRefused(tr("More than one paired desk is called {wanted}; use its desk id.").format(wanted=wanted))
    if len(wanted) >= MIN_PREFIX:
        escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        matches = list(session.execute(
            select(Peer).where(Peer.desk_id.like(escaped + "%", escape="\\"))
        ).scalars())
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise InputRefused(tr("More than one paired desk has an id starting {wanted}; type more of it.").format(
                                  wanted=wanted))
    raise missing


def rename(session: Session, desk_id: str, name: str) -> Peer:
    """Give a paired desk another name (``desk_id`` may also be anything :func:`get_peer` accepts)."""
    peer = get_peer(session, desk_id)
    new_name = _clean_name(name)
    if _name_taken(session, new_name, peer.desk_id):
        raise InputRefused(tr("There is already a paired desk called {new_name}. Choose another name.").format(
                              new_name=new_name))
    if new_name != peer.name:
        peer.name = new_name
        audit.record(session, "peer renamed", "peers", peer.desk_id)
    session.flush()
    return peer


def revoke(session: Session, desk_id: str) -> Peer:
    """Stop trusting a paired desk: its bundles are refused and none are made for it. Idempotent."""
    peer = get_peer(session, desk_id)
    if peer.revoked_at is None:
        peer.revoked_at = _now()
        audit.record(session, "peer revoked", "peers", peer.desk_id)
    session.flush()
    return peer


def sender_for(session: Session) -> Sender:
    """This desk as the sender of a bundle (holds the private signing key: keep it short-lived)."""
    me = this_desk(session)
    return Sender(me.desk_id, me.desk_name, me.role, bytes(me.signing_private))


def recipient_for(peer: Peer) -> Recipient:
    """A paired desk as a bundle recipient. A revoked desk is refused."""
    if peer.revoked_at is not None:
        raise InputRefused(tr("The pairing with {name} was revoked. Pair again before sending it anything.").format(
                              name=peer.name))
    return Recipient(peer.desk_id, bytes(peer.encryption_public))


def signing_key_lookup(session: Session) -> tuple[Callable[[str], bytes | None], Callable[[str], bool]]:
    """``(signing_key_for, revoked)`` for ``bundle.open_bundle``, from the peers as they are now."""
    rows = session.execute(select(Peer.desk_id, Peer.signing_public, Peer.revoked_at)).all()
    keys = {r.desk_id: bytes(r.signing_public) for r in rows}
    revoked_ids = {r.desk_id for r in rows if r.revoked_at is not None}

    def signing_key_for(desk_id: str) -> bytes | None:
        return keys.get(desk_id)

    def revoked(desk_id: str) -> bool:
        return desk_id in revoked_ids

    return signing_key_for, revoked
