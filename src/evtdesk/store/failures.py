"""The disk's and the database's errors in a user's words.

SQLite and the operating system say "disk I/O error" or errno 28; a trainee needs to read
that the disk is full, the folder read-only or the USB stick gone, and that the logbook is
as it was. Every write and every open of a `Logbook` passes its failures through here,
and an open checks here that the file is a readable logbook of a schema this version knows.
"""

from __future__ import annotations

import errno
import shutil
from contextlib import suppress
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from evtdesk.store import database
from evtdesk.store.errors import DamagedLogbook, NewerLogbook, StorageUnavailable, WriteFailed


def write_failure(error: BaseException) -> WriteFailed:
    """What a failed write means to the user (full disk, read-only folder, a missing
    site), always saying that nothing was saved."""
    detail = str(getattr(error, "orig", error)).lower()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC or "full" in detail:
        return WriteFailed(
            "The disk is full: the change was not saved and the logbook is as it was."
        )
    read_only = isinstance(error, OSError) and error.errno in (errno.EROFS, errno.EACCES)
    if (
        read_only
        or "readonly" in detail
        or "read-only" in detail
        or isinstance(error, PermissionError)
    ):
        return WriteFailed("The logbook's folder is read-only: the change was not saved.")
    if "foreign key" in detail:
        return WriteFailed(
            "The change names something this logbook does not hold (a site or person "
            "number that does not exist); nothing was saved."
        )
    if "disk i/o" in detail:
        return WriteFailed(
            "The change could not be written to the disk (is it full, or was a USB stick "
            "removed?); the logbook is as it was."
        )
    return WriteFailed(f"The change could not be saved ({detail}); the logbook is as it was.")


def storage_unavailable(path: Path, detail: str, full: bool = False) -> StorageUnavailable:
    """The disk, not the logbook, failed while opening: say so, and that nothing changed."""
    with suppress(OSError):
        full = full or shutil.disk_usage(path.parent).free < 1024 * 1024
    if full:
        return StorageUnavailable(
            f"The disk holding {path.name} is full, so it could not be opened ({detail}). "
            "Nothing was changed; free some space and try again."
        )
    return StorageUnavailable(
        f"{path.name} could not be read from the disk ({detail}): is the disk full, or was a "
        "USB stick removed? Nothing was changed; try again."
    )


def latest_backup_of(path: Path, raw_key: bytes | None = None) -> Path | None:
    """The newest backup to offer when `path` cannot be opened (imported late: the
    backup module is needed only then)."""
    from evtdesk.store.backup import latest_backup

    return latest_backup(path, raw_key)


def checked_revision(path: Path, engine: Engine, raw_key: bytes) -> str:
    """The stored schema revision, once the file is known readable, an EVTDesk
    logbook, and of a schema this version can open (or upgrade)."""
    try:
        database.check_readable(engine)
        revision = database.schema_revision(engine)
    except database.DatabaseUnreadable as error:
        raise DamagedLogbook(path, str(error), latest_backup_of(path, raw_key)) from None
    except database.StorageFailed as error:
        raise storage_unavailable(path, str(error), error.full) from None
    except DBAPIError as error:
        raise DamagedLogbook(path, str(error.orig), latest_backup_of(path, raw_key)) from None
    if revision is None:
        raise DamagedLogbook(
            path, "it holds no EVTDesk logbook tables", latest_backup_of(path, raw_key)
        )
    if revision not in database.known_revisions():
        raise NewerLogbook(
            f"{path.name} was made by a newer version of EVTDesk (schema {revision}); "
            "update EVTDesk to open it. Nothing was changed."
        )
    return revision
