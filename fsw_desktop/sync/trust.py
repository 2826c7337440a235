"""Whether the changes in a bundle could have come from where they say: the trust boundary of sync.

The envelope proves which paired desk sealed a bundle; it says nothing of the
changes inside, each of which names the desk that made it (``desk_id``, and the
same desk at the end of its ``hlc`` stamp). So every change is checked here,
before anything is merged:

- its stamp names the desk it claims;
- a change claiming another desk than the sender is a relay, and only a worker
  desk relays (a visits hall or a supervisor sends only its own work);
- a change claiming *this* desk must be one this desk already holds;
- the desk it claims must not be revoked here, unless this desk already holds
  the change; a desk never paired here is vouched for by the worker relaying it,
  so its changes must fit a worker's scope (a handover from another prison
  carries changes of desks this one never met);
- the change must fit the write scope (``scope.WRITE_SCOPES``) of the role this
  desk stored for that desk when it was paired, never the role a file claims;
- a desk that may change visitors' details (a visits hall) may not change a
  prisoner's record: whether a person is a prisoner is what this desk holds;
- a record keeps the table it was made in: a change naming another table than
  the one this desk holds the record under (or two tables for one record in one
  bundle) is refused, since the merge writes to the record's own table and the
  scope was judged by the name;
- from such a desk a whole record (``*``) only creates one: a ``*`` for a record
  this desk already holds would set every field at once, defaults included
  (do-not-disclose off, notes blank), so it is refused.

One change out of place refuses the whole bundle (``OutOfScope``), naming the
desk, the table and the rule. No Qt, no database: the caller passes what it knows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from ..errors import InputRefused
from ..models.sync import ROLE_LABELS
from .scope import RELAYS, WRITE_SCOPES, WORKER, role_desk, write_refusal
from ..words import tr


@dataclass(frozen=True)
class KnownDesk:
    """A desk as this desk stored it when pairing: the role that counts, not the one a file claims."""

    desk_id: str
    name: str
    role: str
    revoked: bool = False


class OutOfScope(InputRefused):
    """A bundle holding a change its desk may not make; nothing of it is imported."""

    reason = "out-of-scope"

    def __init__(self, message: str, desk: str, table: str, rule: str) -> None:
        super().__init__(_printable(message))
        self.desk = _printable(desk)
        self.table = _printable(table)
        self.rule = _printable(rule)


def _printable(text: str) -> str:
    """``text`` as UTF-8 can hold it: a refusal names tables and fields as the bundle spelt them, and
    a lone surrogate there (``"\\ud800"`` in its JSON) would make the audit trail's write, or the
    message's printing, fail instead of refusing; it is shown escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _desk_label(desk: KnownDesk | None, desk_id: str) -> str:
    if desk is None:
        return tr("an unpaired desk ({desk_id})").format(desk_id=desk_id[:8])
    return tr("{name} ({role})").format(name=desk.name, role=tr(ROLE_LABELS.get(desk.role, desk.role)).lower())


def check_changes(rows: Iterable[Sequence[str]], *, sender: KnownDesk, me_id: str,
                  desks: dict[str, KnownDesk], held: Callable[[list[str]], set[str]],
                  prisoners: Callable[[list[str]], set[str]] = lambda ids: set(),
                  tables_of: Callable[[list[str]], dict[str, str]] = lambda ids: {}) -> None:
    """Refuse (``OutOfScope``) unless every change fits the rules above.

    ``rows`` are changes in ``merge.CHANGE_FIELDS`` order; ``held(ids)`` gives the
    change ids among ``ids`` this desk already holds (asked only for relays of
    this desk's own or a revoked desk's changes); ``prisoners(ids)`` the people
    among ``ids`` this desk holds as prisoners; ``tables_of(ids)`` the records
    among ``ids`` this desk already holds, each with the table it holds it under.
    """
    by_origin: dict[str, list[Sequence[str]]] = defaultdict(list)
    table_of: dict[str, str] = {}
    for row in rows:
        by_origin[row[7]].append(row)
        if table_of.setdefault(row[2], row[1]) != row[1]:
            raise OutOfScope(tr("Refused: this bundle names one record under two tables. Nothing was imported."),
                             sender.name, row[1], tr("a record keeps its table"))

    def refuse(rule: str, origin: str, table: str) -> OutOfScope:
        who = tr("this desk") if origin == me_id else _desk_label(desks.get(origin), origin)
        fields = {"table": table, "who": who, "sender": sender.name, "rule": rule}
        if origin == sender.desk_id and table:
            text = tr("Refused: this bundle holds a change to {table} from {who}, and {rule}. Nothing was imported.")
        elif origin == sender.desk_id:
            text = tr("Refused: this bundle holds a change from {who}, and {rule}. Nothing was imported.")
        elif table:
            text = tr("Refused: this bundle holds a change to {table} from {who}, passed on by {sender}, and {rule}. "
                      "Nothing was imported.")
        else:
            text = tr("Refused: this bundle holds a change from {who}, passed on by {sender}, and {rule}. "
                      "Nothing was imported.")
        return OutOfScope(text.format(**fields), who, table, rule)

    for origin, changes in by_origin.items():
        suffix = "." + origin
        for row in changes:
            if not row[6].endswith(suffix):
                raise refuse(tr("its time stamp names a different desk"), origin, row[1])
        if origin != sender.desk_id and sender.role not in RELAYS:
            raise refuse(tr("{desk} sends only its own changes").format(desk=role_desk(sender.role)), origin, changes[0][1])
        if origin == me_id:
            ids = [row[0] for row in changes]
            if set(ids) - held(ids):
                raise refuse(tr("this desk never made it"), origin, changes[0][1])
            continue
        desk = desks.get(origin)
        if desk is None:
            role = WORKER if origin != sender.desk_id else sender.role  # vouched for by the relaying worker
        else:
            if desk.revoked:
                ids = [row[0] for row in changes]
                if set(ids) - held(ids):
                    raise refuse(tr("that desk's pairing was revoked here"), origin, changes[0][1])
                continue
            role = desk.role
        if role not in WRITE_SCOPES:
            raise refuse(tr("FSW Desk does not know what {desk} may change").format(desk=role_desk(role)), origin, changes[0][1])
        if WRITE_SCOPES[role] is None:
            continue
        stored = tables_of(sorted({row[2] for row in changes}))
        for row in changes:
            if row[2] in stored and stored[row[2]] != row[1]:
                rule = tr("it names a {stored} record as {table}").format(stored=stored[row[2]].replace('_', ' '),
                                                                          table=row[1])
                raise refuse(rule, origin, row[1])
            rule = write_refusal(role, row[1], row[3], row[4], row[5])
            if rule is not None:
                raise refuse(rule, origin, row[1])
        people = [row[2] for row in changes if row[1] == "people" and row[3] != "*"]
        if people and prisoners(people):
            raise refuse(tr("{desk} may not change a prisoner's record").format(desk=role_desk(role)), origin, "people")
        wholes = [row for row in changes if row[3] == "*"]
        again = [row for row in wholes if row[2] in stored]
        if again:  # the same creation relayed a second time changes nothing; a new one over a record does
            known_ids = held([row[0] for row in again])
            for row in again:
                if row[0] not in known_ids:
                    rule = tr("{desk} may send a whole record only to create it").format(desk=role_desk(role))
                    raise refuse(rule, origin, row[1])
