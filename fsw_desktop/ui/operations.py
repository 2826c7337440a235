"""The one way a screen writes: a quick write, a background write with progress, and the news of what changed.

In the spirit of Anki's ``CollectionOp``. A page or dialog hands over a function of a session;
this module opens the session the way the page reads (its ``session_factory``), runs the
function, commits in one place, and on our own refusal (``FswError``) rolls back and shows the
message in one place: a warning box titled as the screen says, or wherever ``failure`` puts it
(a form's inline label). Then it announces which kinds of record changed on the window's
``Changes`` hub, and every open view that shows one of those kinds reloads itself: at once if it
is on screen (or it asked for the write), otherwise when it is next shown.

    write(page, lambda s: visits.record_outcome(s, booking_id, outcome), changes={VISITS})
    write_in_background(dialog, "Deleting records", work, changes=EVERYTHING, success=done)

Anything that is not one of our errors is a bug: it is not caught here, so it is seen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import FswError
from ..progress import Progress
from ..services.desk.session import open_session
from . import tasks
from .progress import run_with_progress
from ..words import tr

T = TypeVar("T")

# The kinds of record a write announces and a view shows. A kind is coarse on purpose: a view
# reloads when one it shows changed, so a kind too fine would only be forgotten somewhere.
CASES = "cases"                  # cases and all that hangs on them: contacts, assessments, plans, safeguarding
PEOPLE = "people"                # people wherever they appear: family members, prisoners, visitors
VISITS = "visits"                # sessions, bookings, visit rules, bans and closed-visit restrictions
FAMILY_DAYS = "family days"      # not shown: family days, requests for places, clearance, attendance
APPLICATIONS = "applications"    # prisoners' applications and the bank holidays their deadlines count
DIRECTORY = "directory"          # partner agencies
SUPERVISION = "supervision"      # supervision notes
QUALITY = "quality"              # the quality self-assessment and work plan
TEAM = "team"                    # workers' summaries on a supervisor's desk
SYNC = "sync"                    # paired desks, bundles made and taken in, conflicts
SETTINGS = "settings"            # settings and the editable lists (sources, outcomes, application types)
AUDIT = "audit"                  # the audit trail: what was opened, printed or exported
KINDS = (CASES, PEOPLE, VISITS, FAMILY_DAYS, APPLICATIONS, DIRECTORY, SUPERVISION, QUALITY, TEAM, SYNC, SETTINGS,
         AUDIT)
EVERYTHING = frozenset(KINDS)  # a bundle taken in, records deleted or erased: anything may have changed


class Changes(QObject):
    """One per window: ``changed(kinds, origin)`` after every committed write.

    ``kinds`` is a frozenset of the names above; ``origin`` is the page that asked for the
    write (it reloads even while hidden, as it always has), or None for the window and its dialogs.
    """

    changed = Signal(object, object)

    def announce(self, kinds: Iterable[str], origin: QWidget | None = None) -> None:
        kinds = frozenset(kinds)
        unknown = kinds - EVERYTHING
        if unknown:
            raise ValueError(f"unknown kinds of record: {sorted(unknown)}")  # not shown: a bug
        if kinds:
            self.changed.emit(kinds, origin)


# --- finding the window's session, database and hub from any widget inside it -----------------------

def _ancestors(widget: QWidget | None) -> Iterable[QWidget]:
    while widget is not None:
        yield widget
        widget = widget.parentWidget()


def session_factory_of(widget: QWidget) -> Callable[[], Session]:
    """The session factory the nearest page, dialog or window reads with (so writes see what reads see)."""
    for w in _ancestors(widget):
        factory = getattr(w, "session_factory", None)
        if callable(factory):
            return factory
    raise LookupError(f"{type(widget).__name__} is not inside anything with a session_factory")  # not shown: a bug


def database_of(widget: QWidget) -> Database:
    for w in _ancestors(widget):
        database = getattr(w, "database", None)
        if isinstance(database, Database):
            return database
    raise LookupError(f"{type(widget).__name__} is not inside anything with a database")  # not shown: a bug


def changes_of(widget: QWidget) -> Changes | None:
    """The window's hub, or None for a page standing alone (a test, the benchmark)."""
    for w in _ancestors(widget):
        hub = getattr(w, "changes", None)
        if isinstance(hub, Changes):
            return hub
    return None


def _origin(widget: QWidget) -> QWidget | None:
    """The page a write comes from: the widget itself or the nearest one holding it that watches changes."""
    return next((w for w in _ancestors(widget) if callable(getattr(w, "changes_seen", None))), None)


def announce(widget: QWidget, changes: Iterable[str]) -> None:
    """Tell every open view what changed (a write done elsewhere, e.g. by a service with its own session).

    A page standing alone, outside any window, has no hub: it reloads itself if it shows a kind that changed.
    """
    changes = frozenset(changes)
    origin = _origin(widget)
    hub = changes_of(widget)
    if hub is not None and isValid(hub):
        hub.announce(changes, origin)
    elif origin is not None:
        origin.changes_seen(changes, origin)


def _show(parent: QWidget, title: str, failure: Callable[[str], None] | None, message: str) -> None:
    if failure is not None:
        failure(message)
    else:
        QMessageBox.warning(parent, title, message)


# --- the quick write ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Written(Generic[T]):
    """What a quick write came to: true if committed, with what ``fn`` returned."""

    ok: bool
    result: T | None = None

    def __bool__(self) -> bool:
        return self.ok


def write(parent: QWidget, fn: Callable[[Session], T], *, changes: Iterable[str],
          success: Callable[[T], Any] | None = None, failure: Callable[[str], Any] | None = None,
          title: str | None = None) -> Written[T]:
    """Run ``fn(session)`` and commit; the ``Written`` is true if it was committed and holds fn's result.

    Our refusal (``FswError``) rolls everything back and is shown: in ``failure(message)`` if
    given, else in a warning box titled ``title`` (the desk's name if none) over ``parent``. On success the ``changes`` are
    announced (open views reload), then ``success(result)`` runs.
    """
    try:
        with session_factory_of(parent)() as s:
            try:
                result = fn(s)
                s.commit()
            except BaseException:
                s.rollback()
                raise
    except FswError as exc:
        _show(parent, tr("FSW Desk") if title is None else title, failure, exc.message)
        return Written(False)
    announce(parent, changes)
    if success is not None:
        success(result)
    return Written(True, result)


# --- the background write -----------------------------------------------------------------------------

def write_in_background(parent: QWidget, title: str, fn: Callable[[Session, Progress], T], *,
                        changes: Iterable[str], success: Callable[[T], Any] | None = None,
                        failure: Callable[[str], Any] | None = None,
                        after_commit: Callable[[Progress], Any] | None = None) -> tasks.Task:
    """Long work behind a progress dialog: ``fn(session, progress)`` on a pool thread, committed once.

    The session is the pool thread's own (a worker connection, closed with its engine). Nothing is
    committed if ``fn`` raises. ``after_commit(progress)`` then runs on the same thread for work
    that must follow the commit (compacting the file). Back on the UI thread, as in
    ``run_with_progress``: the changes are announced and ``success(result)`` runs, unless the
    screen that asked is gone (the profile was locked meanwhile); a failure is shown as
    ``failure(message)`` or a warning box titled ``title``.
    """
    database = database_of(parent)

    def work(progress: Progress) -> T:
        with open_session(database, worker=True) as s:
            result = fn(s, progress)
            s.commit()
        if after_commit is not None:
            after_commit(progress)
        return result

    return run_in_background(parent, title, work, changes=changes, success=success, failure=failure)


def run_in_background(parent: QWidget, title: str, fn: Callable[[Progress], T], *, changes: Iterable[str],
                      success: Callable[[T], Any] | None = None,
                      failure: Callable[[str], Any] | None = None) -> tasks.Task:
    """Long work by a service that opens and commits its own worker session (a bundle or caseload import).

    ``fn(progress)`` runs on a pool thread behind a progress dialog; when it is done the changes
    are announced and ``success(result)`` runs, under ``run_with_progress``'s lifetime rules.
    """
    changes = frozenset(changes)

    def done(result: T) -> None:
        announce(parent, changes)
        if success is not None:
            success(result)

    return run_with_progress(parent, title, fn, done, failure)
