"""Rectification and erasure of one person, and the erasing that retention deletion uses.

Erasing a record here means, on this desk and on every desk it syncs with:

1. its personal fields are set blank and it becomes a tombstone (``deleted``), as
   ordinary changes, so the deletion travels like any other;
2. one more change, on ``deleted`` with ``old`` set to ``"erased"``, marks it as
   erased (the mark travels to every role, since every scope carries ``deleted``);
3. the personal values already in the change history (``*`` records, each field
   change's value and old value) are overwritten with blanks, and the record's
   row and its conflicts are rebuilt from that history.

A desk importing a bundle runs step 3 for any record that carries the mark
(``after_import``), so the values go from its history too, also when an older
change arrives later. SQLCipher's ``secure_delete`` zeroes what is overwritten;
``vacuum`` then rewrites the file. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, and_, func, or_, select
from sqlalchemy.orm import Session

from ...errors import InputRefused
from ...ids import new_id
from ...models.applications import Application, ApplicationEvent
from ...models.base import Travelling
from ...models.cases import Assessment, Case, Concern, Contact, Goal, Score
from ...models.duplicates import DistinctPeople
from ...models.letters import Letter, LetterText
from ...models.meta import AuditEntry, Setting
from ...models.people import Consent, Person, Restriction
from ...models.sync import Change
from ...models.visits import Booking, BookingVisitor, FamilyDayAttendee, FamilyDayRequest
from ...sync import merge
from ...sync.changelog import dumps, to_json
from ...sync.scope import ERASED_MARK  # ``old`` of the change that marks a record as erased
from . import audit
from ...progress import Progress, reporter
from ..casework.people import PersonInput, update_person
from ...words import QT_TRANSLATE_NOOP, tr

LAST_ERASURE_KEY = "last_erasure"  # settings: when this desk last erased records (its own or arrived by sync)


def backups_notice(what: str) -> str:
    """What the worker must still do about copies FSW Desk cannot reach: said after every erasure."""
    return tr("Backups saved outside the profile before now (on a USB stick, a shared drive, another computer) "
              "still hold {what}: FSW Desk cannot reach them. Delete them, or make a new backup and then delete "
              "the older ones. The automatic backups inside the profile that hold them are removed.").format(what=what)
CHUNK = 400

# Never blanked: what links records, says what a row is, and the sync machinery.
_KEEP = frozenset({"id", "ref", "hlc", "created_hlc", "desk_id", "deleted", "status", "is_prisoner"})


def _blank_for(column: Any) -> tuple[bool, Any]:
    """(blank it?, the blank value) for one column."""
    if column.key in _KEEP or column.foreign_keys:
        return False, None
    kind = column.type
    if isinstance(kind, Boolean):
        return False, None
    if isinstance(kind, (String, Text)):
        return True, None if column.nullable else ""
    if isinstance(kind, (Date, DateTime, Integer)) and column.nullable:
        return True, None
    return False, None


_PERSONAL: dict[str, dict[str, Any]] = {}


def personal_fields(table: str) -> dict[str, Any]:
    """The columns of a travelling table that erasure blanks, with their blank values."""
    if not _PERSONAL:
        for name, model in merge.travelling_models().items():
            out = {}
            for column in model.__table__.columns:
                blank, value = _blank_for(column)
                if blank:
                    out[column.key] = value
            _PERSONAL[name] = out
    return _PERSONAL.get(table, {})


def _raw(session: Session) -> Any:
    return session.connection().connection.dbapi_connection


def _ids(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


def _chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


# --- the history ----------------------------------------------------------------------------------


def _blank_change(table: str, fname: str, value: str, old: str | None) -> tuple[str, str | None] | None:
    """The change's value and old value with personal data blanked, or None when nothing changes."""
    personal = personal_fields(table)
    if fname == merge.STAR:
        try:
            whole = json.loads(value)
        except ValueError:
            return None
        if not isinstance(whole, dict):
            return None
        blanked = {k: (to_json(personal[k]) if k in personal else v) for k, v in whole.items()}
        if blanked == whole:
            return None
        return json.dumps(blanked, ensure_ascii=False, sort_keys=True), old
    if fname not in personal:
        return None
    blank = dumps(personal[fname])
    new_old = None if old is None else blank
    if value == blank and old == new_old:
        return None
    return blank, new_old


def purge_history(session: Session, record_ids: Iterable[str]) -> int:
    """Overwrite the personal values in these records' change history with blanks. Returns changes rewritten."""
    session.flush()
    raw = _raw(session)
    ids = sorted(set(record_ids))
    rewritten = 0
    for part in _chunks(ids):
        rows = raw.execute(
            "SELECT change_id, record_table, field, value, old FROM changes "
            "WHERE record_id IN (SELECT value FROM json_each(?))", (_ids(part),)).fetchall()
        updates = []
        for change_id, table, fname, value, old in rows:
            blanked = _blank_change(table, fname, value, old)
            if blanked is not None:
                updates.append((blanked[0], blanked[1], change_id))
        if updates:
            raw.executemany("UPDATE changes SET value = ?, old = ? WHERE change_id = ?", updates)  # not shown
            rewritten += len(updates)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Change) and obj.record_id in ids:
            session.expire(obj)
    return rewritten


def erased_among(session: Session, record_ids: Iterable[str]) -> set[str]:
    """Which of these records carry the erasure mark."""
    ids = sorted(set(record_ids))
    out: set[str] = set()
    raw = _raw(session)
    for part in _chunks(ids):
        out.update(r[0] for r in raw.execute(
            "SELECT DISTINCT record_id FROM changes WHERE record_id IN (SELECT value FROM json_each(?)) "
            "AND field = 'deleted' AND old = ?", (_ids(part), ERASED_MARK)).fetchall())
    return out


def _settle(session: Session, ids: list[str]) -> None:
    """Values out of the history, rows rebuilt from it, conflicts recomputed."""
    purge_history(session, ids)
    for part in _chunks(ids):
        merge.rematerialise(session, part)
        merge.recompute_conflicts(session, part)


def after_import(session: Session, record_ids: Iterable[str]) -> int:
    """On a desk importing a bundle: erase from the history the values of records marked erased.

    Called with the records the import touched; also catches an older change that
    arrives after the erasure. Returns how many records were settled.
    """
    marked = sorted(erased_among(session, record_ids))
    if marked:
        # a letter printed here stays here: the erasure of its record may never arrive (a visits hall never
        # receives letters), so the texts naming an erased person go when the person's erasure does
        people = list(session.execute(select(Person.id).where(Person.id.in_(marked))).scalars())
        _forget_letter_texts(session, marked + _letters_naming(session, people))
        _settle(session, marked)
        note_erasure(session)
    return len(marked)


def _letters_naming(session: Session, person_ids: Sequence[str]) -> list[str]:
    """Letters whose printed text may name these people: sent to them, or about a visit or family-day place
    they were on (the visitors and places a letter lists), or their own as the prisoner. Tombstones count:
    the links are kept when records are erased."""
    out: set[str] = set()
    for part in _chunks(list(person_ids)):
        bookings = select(BookingVisitor.booking_id).where(BookingVisitor.person_id.in_(part)).union(
            select(Booking.id).where(or_(Booking.prisoner_id.in_(part), Booking.lead_visitor_id.in_(part))))
        requests = select(FamilyDayAttendee.request_id).where(FamilyDayAttendee.person_id.in_(part)).union(
            select(FamilyDayRequest.id).where(FamilyDayRequest.prisoner_id.in_(part)))
        out.update(session.execute(select(Letter.id).where(or_(
            Letter.recipient_id.in_(part), Letter.booking_id.in_(bookings), Letter.request_id.in_(requests)))).scalars())
    return sorted(out)


def _forget_letter_texts(session: Session, ids: Sequence[str]) -> None:
    """A letter erased (or deleted by retention) takes its printed text with it; other ids are ignored."""
    for part in _chunks(list(ids)):
        for row in session.execute(select(LetterText).where(LetterText.letter_id.in_(part))).scalars():
            session.delete(row)
    session.flush()


def note_erasure(session: Session) -> None:
    """Remember when records were last erased here, so the automatic backups made before can go.

    A setting of this desk alone (it does not travel), written in the erasing transaction; an
    erasure that arrives by sync leaves no audit entry of its own, so the audit trail cannot say.
    """
    stamp = datetime.now().replace(microsecond=0).isoformat()
    row = session.get(Setting, LAST_ERASURE_KEY)
    if row is None:
        session.add(Setting(key=LAST_ERASURE_KEY, value=json.dumps(stamp)))
    else:
        row.value = json.dumps(stamp)


def last_erasure(session: Session) -> datetime | None:
    """When records were last erased on this desk: by erasure, retention, or an erasure that arrived.

    The audit trail also answers for erasures made before the setting existed.
    """
    times: list[datetime] = []
    row = session.get(Setting, LAST_ERASURE_KEY)
    if row is not None:
        try:
            times.append(datetime.fromisoformat(json.loads(row.value)))
        except (TypeError, ValueError):
            pass
    audited = session.execute(select(func.max(AuditEntry.at)).where(or_(
        AuditEntry.action == audit.ERASED,
        and_(AuditEntry.action == audit.DELETED, AuditEntry.detail.like("retention:%"))))).scalar()
    if audited is not None:
        times.append(audited)
    return max(times) if times else None


# --- erasing records ------------------------------------------------------------------------------


def erase_records(session: Session, records: Iterable[tuple[str, str]],
                  progress: Progress | None = None) -> int:
    """Blank, tombstone and mark these (table, id) records, and purge their history. Flushes, never commits.

    Leaves no audit entries of its own: the caller records the one action it did.
    """
    report = reporter(progress)
    ctx = session.info.get("changes")
    if ctx is None:
        raise RuntimeError("session has no change context; use services.session.open_session")  # not shown
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, rid in records:
        if rid not in by_table[table]:
            by_table[table].append(rid)
    ids = [rid for rids in by_table.values() for rid in rids]
    if not ids:
        return 0
    models = merge.travelling_models()
    done = 0
    naming = _letters_naming(session, by_table.get("people", []))  # other people's letters that list them
    with audit.quiet(session):
        report(5, tr("Blanking personal details"))
        for table, rids in sorted(by_table.items()):
            model = models[table]
            blanks = personal_fields(table)
            for part in _chunks(rids):
                for obj in session.execute(select(model).where(model.id.in_(part))).scalars():
                    for key, blank in blanks.items():
                        if getattr(obj, key) != blank:
                            setattr(obj, key, blank)
                    if not obj.deleted:
                        obj.deleted = True
                session.flush()
                done += len(part)
                report(5 + 45 * done // len(ids), tr("Blanking personal details"))
        _forget_letter_texts(session, by_table.get("letters", []) + naming)
        report(55, tr("Marking the records as erased"))
        current: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        for part in _chunks(ids):
            for rid, fname, change_id, hlc in session.execute(
                    select(Change.record_id, Change.field, Change.change_id, Change.hlc)
                    .where(Change.record_id.in_(part), Change.field.in_(["*", "deleted"]))):
                have = current[rid].get(fname)
                if have is None or hlc > have[1]:
                    current[rid][fname] = (change_id, hlc)
        table_of = {rid: table for table, rids in by_table.items() for rid in rids}
        already = erased_among(session, ids)
        for rid in ids:
            if rid in already:
                continue
            best = current.get(rid, {})
            prev = (best.get("deleted") or best.get("*") or (None, ""))[0]
            session.add(Change(
                change_id=new_id(), record_table=table_of[rid], record_id=rid, field="deleted",
                value="true", old=ERASED_MARK, hlc=ctx.clock.tick(), desk_id=ctx.desk_id, who=ctx.who, prev=prev,
                merges=""))
        session.flush()
    report(70, tr("Removing the old values from the history"))
    _settle(session, ids)
    note_erasure(session)
    report(95, tr("Erased"))
    return len(ids)


# --- one person -----------------------------------------------------------------------------------


@dataclass
class ErasurePlan:
    person_id: str
    person_ref: str
    name: str
    records: list[tuple[str, str]] = field(default_factory=list)  # (table, id), the person first
    counts: dict[str, int] = field(default_factory=dict)  # what is erased, in words
    blockers: list[str] = field(default_factory=list)  # why it cannot be done (empty: it can)
    notes: list[str] = field(default_factory=list)  # what is not erased, and why

    @property
    def allowed(self) -> bool:
        return not self.blockers

    def explain(self) -> str:
        if self.blockers:
            return "\n".join(self.blockers)
        lines = [tr("Erasing {ref} removes:").format(ref=self.person_ref)]
        lines += [f"  {label}: {n}" for label, n in self.counts.items()]
        lines += self.notes
        return "\n".join(lines)


_LABELS = {
    "people": QT_TRANSLATE_NOOP("", "the person's record"),
    "restrictions": QT_TRANSLATE_NOOP("", "restrictions"),
    "consents": QT_TRANSLATE_NOOP("", "consents"),
    "scores": QT_TRANSLATE_NOOP("", "outcome scores"),
    "booking_visitors": QT_TRANSLATE_NOOP("", "places on visit bookings"),
    "family_day_attendees": QT_TRANSLATE_NOOP("", "places at family days"),
    "bookings": QT_TRANSLATE_NOOP("", "visit bookings"),
    "applications": QT_TRANSLATE_NOOP("", "applications"),
    "application_events": QT_TRANSLATE_NOOP("", "application history"),
    "family_day_requests": QT_TRANSLATE_NOOP("", "family-day requests"),
    "distinct_people": QT_TRANSLATE_NOOP("", "marks as a different person"),
    "letters": QT_TRANSLATE_NOOP("", "letters sent to them"),
}


def _ids_where(session: Session, model: type[Travelling], column: Any, values: Iterable[str],
               live_only: bool = False) -> list[str]:
    values = list(values)
    out: list[str] = []
    for part in _chunks(values):
        q = select(model.id).where(column.in_(part))
        if live_only:
            q = q.where(model.live())
        out += list(session.execute(q).scalars())
    return out


def plan_erasure(session: Session, person_id: str, today: date | None = None) -> ErasurePlan:
    """What erasing this person would remove, or why it is refused."""
    today = today or date.today()
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise InputRefused(tr("No such person."))
    plan = ErasurePlan(person.id, person.ref, person.full_name)
    case = session.get(Case, person.case_id) if person.case_id else None
    live_case = case is not None and not case.deleted
    if person.is_prisoner and live_case:
        plan.blockers.append(
            tr("{ref} is the prisoner on case {case_ref}, which must be kept: the case cannot stand without "
               "its prisoner. Correct the details instead, or let retention delete the case when it is due "
               "(Data protection > Retention).").format(ref=person.ref, case_ref=case.ref))
    upcoming = session.execute(select(Booking.ref).where(
        Booking.live(), Booking.on >= today, Booking.status == "booked",
        or_(Booking.prisoner_id == person.id, Booking.lead_visitor_id == person.id))).scalars().all()
    if upcoming:
        plan.blockers.append(tr("{ref} is the prisoner or lead visitor on upcoming visits "
                                "({visits}). Cancel or change those bookings first.").format(
            ref=person.ref, visits=", ".join(sorted(upcoming))))
    records: list[tuple[str, str]] = [("people", person.id)]
    for model in (Restriction, Consent):
        records += [(model.__tablename__, i) for i in _ids_where(session, model, model.person_id, [person.id])]
    records += [("scores", i) for i in _ids_where(session, Score, Score.person_id, [person.id])]
    records += [("booking_visitors", i) for i in _ids_where(session, BookingVisitor, BookingVisitor.person_id,
                                                            [person.id])]
    records += [("family_day_attendees", i) for i in _ids_where(session, FamilyDayAttendee,
                                                                FamilyDayAttendee.person_id, [person.id])]
    records += [("letters", i) for i in _ids_where(session, Letter, Letter.recipient_id, [person.id])]
    for column in (DistinctPeople.first_id, DistinctPeople.second_id):  # "not the same person as ..." marks
        records += [("distinct_people", i) for i in _ids_where(session, DistinctPeople, column, [person.id])]
    if person.is_prisoner and not live_case:  # a prisoner known only from visits or applications
        bookings = _ids_where(session, Booking, Booking.prisoner_id, [person.id])
        records += [("bookings", i) for i in bookings]
        records += [("booking_visitors", i) for i in _ids_where(session, BookingVisitor, BookingVisitor.booking_id,
                                                                bookings)]
        apps = _ids_where(session, Application, Application.prisoner_id, [person.id])
        records += [("applications", i) for i in apps]
        records += [("application_events", i) for i in _ids_where(session, ApplicationEvent,
                                                                  ApplicationEvent.application_id, apps)]
        requests = _ids_where(session, FamilyDayRequest, FamilyDayRequest.prisoner_id, [person.id])
        records += [("family_day_requests", i) for i in requests]
        records += [("family_day_attendees", i) for i in _ids_where(session, FamilyDayAttendee,
                                                                    FamilyDayAttendee.request_id, requests)]
    seen: set[tuple[str, str]] = set()
    plan.records = [r for r in records if not (r in seen or seen.add(r))]
    for table, _ in plan.records:
        label = tr(_LABELS[table]) if table in _LABELS else table
        plan.counts[label] = plan.counts.get(label, 0) + 1
    if live_case:
        mentions = _mentions(session, case, person)
        plan.notes.append(
            tr("Case {case_ref} is kept. Notes written on the case are not changed; {mentions} of them name {ref}: "
               "edit them by hand.").format(case_ref=case.ref, mentions=mentions, ref=person.ref) if mentions else
            tr("Case {case_ref} is kept. Notes written on the case are not changed.").format(case_ref=case.ref))
    plan.notes.append(backups_notice(person.ref))
    return plan


def _mentions(session: Session, case: Case, person: Person) -> int:
    """Notes on the case that name the person in full (checked here, in Python: the text is encrypted)."""
    name = person.full_name.casefold()
    if len(name) < 3:
        return 0
    texts: list[str] = [case.referral_reasons or "", case.risk_info or ""]
    texts += [f"{c.present} {c.note}" for c in session.execute(
        select(Contact).where(Contact.case_id == case.id, Contact.live())).scalars()]
    texts += [c.description for c in session.execute(
        select(Concern).where(Concern.case_id == case.id, Concern.live())).scalars()]
    texts += [a.notes for a in session.execute(
        select(Assessment).where(Assessment.case_id == case.id, Assessment.live())).scalars()]
    texts += [g.text for g in session.execute(
        select(Goal).where(Goal.case_id == case.id, Goal.live())).scalars()]
    texts += [p.notes for p in session.execute(
        select(Person).where(Person.case_id == case.id, Person.id != person.id,
                             Person.live())).scalars()]
    return sum(1 for t in texts if name in (t or "").casefold())


def erase_person(session: Session, person_id: str, today: date | None = None,
                 progress: Progress | None = None) -> ErasurePlan:
    """Erase one person across the database, or refuse with the plan's reasons. Flushes; the caller commits."""
    plan = plan_erasure(session, person_id, today)
    if not plan.allowed:
        raise InputRefused(plan.explain())
    erase_records(session, plan.records, progress)
    audit.record(session, audit.ERASED, "people", plan.person_id,
                 f"erased with {len(plan.records) - 1} linked records")
    session.flush()
    return plan


def rectify_person(session: Session, person_id: str, values: dict[str, Any],
                   today: date | None = None) -> list[str]:
    """Correct a person's details (the same checks as the edit form); one audit entry naming the fields.

    The corrected values sync like any edit; the change history keeps what was there
    before, as it does for every edit (erasure is what removes values from it).
    """
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise InputRefused(tr("No such person."))
    data = PersonInput.from_person(person)
    unknown = [k for k in values if not hasattr(data, k)]
    if unknown:
        raise InputRefused(tr("These are not details of a person: {unknown}.").format(
                              unknown=', '.join(sorted(unknown))))
    before = {k: getattr(person, k) for k in values}
    for key, value in values.items():
        setattr(data, key, value)
    update_person(session, person.id, data, today=today)
    changed = [k for k in values if getattr(person, k) != before[k]]
    if changed:
        audit.record(session, audit.CHANGED, "people", person.id, "rectified: " + ", ".join(changed))
        session.flush()
    return changed
