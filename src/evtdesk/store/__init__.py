"""The encrypted logbook store (SQLCipher 4 through SQLAlchemy 2)."""

from evtdesk.store.errors import (
    DamagedLogbook,
    LogbookError,
    LogbookExists,
    NotALogbook,
    NotFound,
    WriteFailed,
    WrongPassphrase,
)
from evtdesk.store.keys import FAST_TEST_KDF, KdfParams
from evtdesk.store.logbook import Created, Logbook

__all__ = [
    "FAST_TEST_KDF",
    "Created",
    "DamagedLogbook",
    "KdfParams",
    "Logbook",
    "LogbookError",
    "LogbookExists",
    "NotALogbook",
    "NotFound",
    "WriteFailed",
    "WrongPassphrase",
]
