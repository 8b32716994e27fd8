"""What every command needs: the passphrase, opening a logbook, exit codes.

Light on purpose (see `evtdesk.cli`): the store, and with it SQLAlchemy and SQLCipher,
is imported when a command opens a logbook, not when the parser is built.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evtdesk.store import Logbook

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PASSPHRASE_ENV = "EVTDESK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EVTDESK_NEW_PASSPHRASE"


class UsageError(Exception):
    """Bad arguments or an unreadable input file: exit 2."""


def passphrase(
    prompt: str = "Passphrase: ", env: str = PASSPHRASE_ENV, confirm: bool = False
) -> str:
    """From the environment (automation) or a prompt that does not echo."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} or run in a terminal")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != value:
        raise UsageError("the two passphrases differ")
    return value


def open_logbook(path: str) -> Logbook:
    """The logbook, opened with the passphrase from the environment or the terminal; the
    day's backup is taken before the command's first change, if it makes one."""
    from evtdesk.store import Logbook

    logbook = Logbook.open(Path(path), passphrase())
    logbook.backup_before_writing = True
    return logbook


def open_trainee_logbook(path: str) -> Logbook:
    """`open_logbook` for a command about the owner's own training: a supervisor's
    logbook holds none, so it is refused with what to do instead, before any change."""
    logbook = open_logbook(path)
    if logbook.is_supervisors:
        logbook.close(backup=False)
        raise UsageError(
            f"{path} is a supervisor's logbook: it holds no training of its own. Open a "
            "trainee's bundle with 'evtdesk verify BUNDLE --logbook "
            f"{path}', or see your trainees with 'evtdesk trainees {path}'."
        )
    return logbook
