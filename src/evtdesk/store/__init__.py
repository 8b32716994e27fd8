"""The encrypted logbook store (SQLCipher 4 through SQLAlchemy 2).

Its public face is what this module exports: the app and the command line use nothing
else of the store (the store's inside — schema, chain, convert — is its own).
"""

from evtdesk.store.attachments import MAX_ATTACHMENT, AttachmentInfo, sniff_media_type
from evtdesk.store.backup import latest_backup, make_backup, restore
from evtdesk.store.check import CheckReport, check_logbook
from evtdesk.store.errors import (
    DamagedKeyFile,
    DamagedLogbook,
    ForeignKeyFile,
    LogbookError,
    LogbookExists,
    NewerLogbook,
    NotALogbook,
    NotFound,
    StorageUnavailable,
    WriteFailed,
    WrongPassphrase,
)
from evtdesk.store.exports import ExportInfo, SeenBundle
from evtdesk.store.keys import FAST_TEST_KDF, KdfParams
from evtdesk.store.logbook import (
    DEFAULT_CURRICULUM,
    MIN_PASSPHRASE,
    SUPERVISOR_LOGBOOK,
    TRAINEE_LOGBOOK,
    Created,
    Logbook,
)
from evtdesk.store.statements import IssuedAttestation

__all__ = [
    "DEFAULT_CURRICULUM",
    "SUPERVISOR_LOGBOOK",
    "TRAINEE_LOGBOOK",
    "FAST_TEST_KDF",
    "MAX_ATTACHMENT",
    "MIN_PASSPHRASE",
    "AttachmentInfo",
    "CheckReport",
    "Created",
    "DamagedKeyFile",
    "DamagedLogbook",
    "ExportInfo",
    "ForeignKeyFile",
    "IssuedAttestation",
    "KdfParams",
    "Logbook",
    "LogbookError",
    "LogbookExists",
    "NewerLogbook",
    "NotALogbook",
    "NotFound",
    "SeenBundle",
    "StorageUnavailable",
    "WriteFailed",
    "WrongPassphrase",
    "check_logbook",
    "latest_backup",
    "make_backup",
    "restore",
    "sniff_media_type",
]
