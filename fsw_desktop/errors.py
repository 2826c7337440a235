"""Errors a worker can cause, each with a message they can act on.

The CLI maps ``exit_code`` to its exit status and prints ``str(error)`` on one
line; the UI shows the same message in a dialog or inline label. Messages are raised
through ``tr`` (``words.py``): in the desk's language.
"""

from .words import tr


class FswError(Exception):
    """Base for every error the user can cause. Never carries personal data in logs."""

    exit_code = 4

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(FswError):
    exit_code = 3

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("That passphrase does not open this profile."))


class NoProfile(FswError):
    exit_code = 3


class InputRefused(FswError):
    """Input that was checked and refused; nothing was changed."""

    exit_code = 4


class ProfileExists(InputRefused):
    exit_code = 4


class WeakPassphrase(InputRefused):
    pass


class CorruptFile(InputRefused):
    pass


class ProfileLocked(FswError):
    exit_code = 3

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("The profile is locked."))


class DamagedProfile(CorruptFile):
    """The profile's own database file is damaged: the passphrase was right, restoring a backup is the way out.

    A status of its own (5), so a script can tell "restore needed" from input it should fix.
    """

    exit_code = 5


class MissingKeyFile(FswError):
    """A database made for key slots whose slot file (``NAME.keys``) is missing or belongs to another file.

    No passphrase or recovery key can open it without that file, so telling the worker "wrong
    passphrase" would send them guessing. Status 5, as for a damaged file: the way out is to put the
    file back or restore a backup, not to retype anything.
    """

    exit_code = 5


class Invalid(InputRefused):
    """Several problems found at once, each belonging to one field of a form.

    ``problems`` maps a field's name to what is wrong with it, so a form can mark every
    field at once instead of refusing one problem per Save. The message joins them all
    for the CLI and for any screen that has no such field.
    """

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))
