"""Encrypted backups: taken on close at most daily, checked after writing, restored in
one command.

A backup is the database copied with SQLite's online backup API into a new file keyed
with the same raw key, plus a copy of the key file, so it opens with the passphrase (or
recovery code) that was current when it was taken. Nothing is ever decrypted to disk:
both sides of the copy are SQLCipher connections.
"""

from __future__ import annotations

import os
import shutil
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from evtdesk.store import database
from evtdesk.store import keys as keymod
from evtdesk.store.errors import LogbookError, LogbookExists, NotALogbook, WriteFailed

if TYPE_CHECKING:
    from evtdesk.store.logbook import Logbook

KEEP_DEFAULT = 10
_STAMP = "%Y%m%dT%H%M%SZ"


def backup_folder(logbook_path: Path) -> Path:
    """The data-folder backups: `<name>.backups/` beside the logbook."""
    return logbook_path.with_name(logbook_path.name + ".backups")


def _backups_in(folder: Path, logbook_path: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    stem = logbook_path.name
    found = [p for p in folder.glob(f"{stem}.*.bak") if keymod.sidecar_path(p).exists()]
    return sorted(found, key=lambda p: p.name)


def source_problem(source: Path) -> str | None:
    """Why `source` cannot be a logbook or backup, judged without its key, or None: its
    key file must parse and the database must be SQLCipher-shaped (whole pages, no
    plain SQLite header, more than the one page an empty database has)."""
    try:
        keymod.read_key_file(source)
        database.check_shape(source)
    except (keymod.KeyFileError, database.DatabaseUnreadable) as error:
        return str(error)
    except OSError as error:
        return error.strerror or str(error)
    return None


def latest_backup(logbook_path: Path, raw_key: bytes | None = None) -> Path | None:
    """The newest backup that can be restored: one whose files have the right shape
    and, when the database key is known, that the key opens as a logbook. Older EVTDesk
    versions could write a `before-upgrade` backup of an empty file; those are skipped."""
    for candidate in reversed(_backups_in(backup_folder(logbook_path), logbook_path)):
        if source_problem(candidate) is not None:
            continue
        if raw_key is not None and not database.opens_read_only(candidate, raw_key):
            continue
        return candidate
    return None


def _owner_only(*paths: Path) -> None:
    """Backups hold the same secrets as the logbook: readable by its owner only, like
    the live key file (which mkstemp makes 0600)."""
    for path in paths:
        os.chmod(path, 0o600)


def _copy_encrypted(logbook: Logbook, target: Path) -> None:
    key_pragma = database._key_pragma(logbook.database_key())
    source = logbook.engine.raw_connection()
    destination = sqlcipher.connect(str(target))
    try:
        destination.execute(key_pragma)
        destination.execute("PRAGMA cipher_compatibility = 4")
        source.driver_connection.backup(destination)  # type: ignore[union-attr]
    finally:
        destination.close()
        source.close()


def _verify(target: Path, raw_key: bytes) -> None:
    engine = database.open_engine(target, raw_key)
    try:
        if not database.integrity_ok(engine):
            raise WriteFailed(f"The backup {target.name} did not pass its integrity check.")
    finally:
        engine.dispose()


def make_backup(logbook: Logbook, folder: Path | None = None, reason: str = "") -> Path:
    """Write, then reopen and integrity-check, one backup; keep the newest N."""
    folder = folder or backup_folder(logbook.path)
    stamp = datetime.now(UTC).strftime(_STAMP)
    suffix = f"-{reason}" if reason else ""
    target = folder / f"{logbook.path.name}.{stamp}{suffix}.bak"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.exists():
            return target
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        _copy_encrypted(logbook, target)
        shutil.copyfile(keymod.sidecar_path(logbook.path), keymod.sidecar_path(target))
        _owner_only(target, keymod.sidecar_path(target))
        _verify(target, logbook.database_key())
    except (OSError, sqlcipher.Error) as error:
        for leftover in (target, keymod.sidecar_path(target), *database.sidecar_files(target)):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise WriteFailed(f"The backup to {folder} failed: {error}") from None
    prune(folder, logbook.path, int(logbook.records.setting("backup.keep", KEEP_DEFAULT)))
    return target


def prune(folder: Path, logbook_path: Path, keep: int) -> None:
    for old in _backups_in(folder, logbook_path)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
        keymod.sidecar_path(old).unlink(missing_ok=True)


def _taken_today(folder: Path, logbook_path: Path) -> bool:
    found = _backups_in(folder, logbook_path)
    if not found:
        return False
    stamp = found[-1].name[len(logbook_path.name) + 1 :].split(".")[0].split("-")[0]
    taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    return datetime.now(UTC) - taken < timedelta(days=1)


def backup_on_close(logbook: Logbook) -> list[Path]:
    """The automatic backup: data folder and the user's folder (a USB stick), daily."""
    written = []
    folders = [backup_folder(logbook.path)]
    extra = logbook.records.setting("backup.folder")
    if extra:
        folders.append(Path(extra))
    for folder in folders:
        if not _taken_today(folder, logbook.path):
            written.append(make_backup(logbook, folder))
    return written


def backup_before_change(logbook: Logbook) -> Path | None:
    """The command line's backup, taken before its first change to the logbook (at most
    one a day, like the app's on closing): a wrong import or amendment typed in a terminal
    can then be undone from the day's backup. Only the data folder's: a backup folder on
    a stick that is not plugged in must not stop a command."""
    folder = backup_folder(logbook.path)
    if _taken_today(folder, logbook.path):
        return None
    return make_backup(logbook, folder, reason="before-change")


def restore(logbook_path: Path, source: Path | None = None, raw_key: bytes | None = None) -> Path:
    """Put a backup in place of the logbook (default: the latest restorable one).

    The source is checked before anything is touched: its key file must parse, its
    database must be SQLCipher-shaped, it must belong to the same logbook as the key
    file it replaces (when that one is readable), and when `raw_key` is given, the key
    must open it. The current file, if any, is moved aside as `<name>.replaced-<time>`
    rather than overwritten, so a restore can be undone by hand.
    """
    logbook_path = Path(logbook_path)
    source = Path(source) if source else latest_backup(logbook_path, raw_key)
    if source is None:
        raise NotALogbook(
            f"No backup of {logbook_path.name} was found in {backup_folder(logbook_path)}."
        )
    if not source.is_file() or not keymod.sidecar_path(source).is_file():
        raise NotALogbook(f"{source} is not an EVTDesk backup (it needs its .keys file beside it).")
    refused = f"{source} cannot be restored, so nothing was replaced"
    problem = source_problem(source)
    if problem is not None:
        raise NotALogbook(f"{refused}: {problem}.")
    source_id = keymod.read_key_file(source).logbook_id
    with suppress(keymod.KeyFileError, OSError):
        current_id = keymod.read_key_file(logbook_path).logbook_id
        if current_id != source_id:
            raise NotALogbook(f"{refused}: it is a backup of another logbook.")
    if raw_key is not None and not database.opens_read_only(source, raw_key):
        raise NotALogbook(f"{refused}: the logbook's key does not open it.")
    stamp = datetime.now(UTC).strftime(_STAMP)
    try:
        for path in (logbook_path, keymod.sidecar_path(logbook_path)):
            if path.exists():
                aside = path.with_name(f"{path.name}.replaced-{stamp}")
                if aside.exists():
                    raise LogbookExists(f"{aside} exists; try again in a second.")
                path.rename(aside)
        for stale in database.sidecar_files(logbook_path):
            if stale.exists():
                stale.rename(stale.with_name(f"{stale.name}.replaced-{stamp}"))
        shutil.copyfile(source, logbook_path)
        shutil.copyfile(keymod.sidecar_path(source), keymod.sidecar_path(logbook_path))
        _owner_only(logbook_path, keymod.sidecar_path(logbook_path))
    except OSError as error:
        raise LogbookError(f"The restore failed: {error}") from None
    return source
