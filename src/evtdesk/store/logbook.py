"""An open logbook: create, unlock, read and write in transactions, close.

`Logbook` is the session object the CLI, the app and the tests pass around (the way
git-cola passes one context): it owns the engine and the unwrapped key, and hands out
`entries` and `records`, which do the work inside its transactions.
"""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from evtdesk import identity
from evtdesk.model import LogbookSnapshot, PersonRole
from evtdesk.store import chain, database
from evtdesk.store import keys as keymod
from evtdesk.store.entries import EntryStore
from evtdesk.store.errors import (
    DamagedLogbook,
    LogbookError,
    LogbookExists,
    NotALogbook,
    WriteFailed,
    WrongPassphrase,
)
from evtdesk.store.keys import KdfParams, KeyFile, KeyFileError, WrongSecret
from evtdesk.store.records import Records
from evtdesk.store.schema import Meta

DEFAULT_CURRICULUM = "se-evt"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Created:
    logbook: Logbook
    recovery_code: str


def _write_failure(error: BaseException) -> WriteFailed:
    detail = str(getattr(error, "orig", error)).lower()
    if isinstance(error, OSError) and error.errno == errno.ENOSPC or "full" in detail:
        return WriteFailed("The disk is full: the change was not saved and the logbook is as it was.")
    if "readonly" in detail or "read-only" in detail or isinstance(error, PermissionError):
        return WriteFailed("The logbook's folder is read-only: the change was not saved.")
    if "disk i/o" in detail:
        return WriteFailed(
            "The change could not be written to the disk (is it full, or was a USB stick "
            "removed?); the logbook is as it was."
        )
    return WriteFailed(f"The change could not be saved ({detail}); the logbook is as it was.")


class Logbook:
    """One unlocked logbook. Use `Logbook.create` or `Logbook.open`, then `close()`."""

    def __init__(self, path: Path, engine: Engine, key: bytes, key_file: KeyFile) -> None:
        self.path = path
        self._engine = engine
        self._key = key
        self._key_file = key_file
        self.entries = EntryStore(self._read, self._write)
        self.records = Records(self._read, self._write)
        self.closed = False

    # lifecycle -------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        owner_name: str,
        curriculum_id: str = DEFAULT_CURRICULUM,
        kdf: KdfParams | None = None,
    ) -> Created:
        """Make a new encrypted logbook with its owner, signing key and recovery code."""
        path = Path(path)
        if len(passphrase) < MIN_PASSPHRASE:
            raise LogbookError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        if path.exists() or keymod.sidecar_path(path).exists():
            raise LogbookExists(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise LogbookError(f"The folder {path.parent} does not exist.")
        kdf = kdf or KdfParams()
        logbook_id = str(uuid.uuid4())
        raw_key = keymod.os.urandom(32)
        recovery = keymod.new_recovery_code()
        key_file = KeyFile(
            logbook_id,
            (
                keymod.wrap_key(raw_key, passphrase, "passphrase", logbook_id, kdf),
                keymod.wrap_key(raw_key, recovery, "recovery", logbook_id, kdf),
            ),
        )
        try:
            keymod.write_key_file(path, key_file)
            engine = database.open_engine(path, raw_key)
            database.upgrade(engine)
        except (OSError, DBAPIError) as error:
            path.unlink(missing_ok=True)
            keymod.sidecar_path(path).unlink(missing_ok=True)
            raise _write_failure(error) from None
        logbook = cls(path, engine, raw_key, key_file)
        logbook._initialise(owner_name, logbook_id, curriculum_id)
        return Created(logbook, recovery)

    def _initialise(self, owner_name: str, logbook_id: str, curriculum_id: str) -> None:
        with self._write() as session:
            for key, value in (
                ("logbook_id", logbook_id),
                ("curriculum_id", curriculum_id),
                ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
            ):
                session.add(Meta(key=key, value=value))
            chain.append(session, "logbook.create", logbook_id, {"curriculum_id": curriculum_id})
        self.records.add_person(owner_name, PersonRole.TRAINEE)
        self.records.set_secret(identity.SECRET_NAME, identity.new_identity_secret())

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, recovery_code: str | None = None) -> Logbook:
        """Unlock with the passphrase (or the recovery code); the file is only read
        until the key is proven right, so a wrong passphrase changes nothing on disk."""
        path = Path(path)
        if not path.is_file():
            raise NotALogbook(f"There is no logbook at {path}.")
        try:
            key_file = keymod.read_key_file(path)
        except KeyFileError as error:
            raise NotALogbook(f"{path.name} is not an EVTDesk logbook: {error}.") from None
        try:
            if recovery_code is not None:
                code = keymod.normalise_recovery_code(recovery_code)
                raw_key = keymod.unwrap_key(key_file.wrap("recovery"), code, key_file.logbook_id)
            else:
                raw_key = keymod.unwrap_key(key_file.wrap("passphrase"), passphrase or "", key_file.logbook_id)
        except WrongSecret:
            raise WrongPassphrase("recovery code" if recovery_code is not None else "passphrase") from None
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            raise LogbookError(
                f"The folder of {path.name} is read-only. EVTDesk writes every change at "
                "once, so copy the logbook (with its .keys file) to a folder you can write to."
            )
        engine = database.open_engine(path, raw_key)
        try:
            database.check_readable(engine)
        except database.DatabaseUnreadable as error:
            from evtdesk.store.backup import latest_backup

            raise DamagedLogbook(path, str(error), latest_backup(path)) from None
        logbook = cls(path, engine, raw_key, key_file)
        if database.current_revision(engine) != database.head_revision():
            logbook._upgrade()
        if logbook.meta("logbook_id") != key_file.logbook_id:
            raise NotALogbook(f"The key file beside {path.name} belongs to another logbook.")
        return logbook

    def _upgrade(self) -> None:
        from evtdesk.store.backup import make_backup

        make_backup(self, reason="before-upgrade")
        try:
            database.upgrade(self._engine)
        except (OSError, DBAPIError) as error:
            raise _write_failure(error) from None

    def close(self, backup: bool = True) -> None:
        """Close, first taking the daily backup (at most one a day) when asked."""
        if self.closed:
            return
        try:
            if backup:
                from evtdesk.store.backup import backup_on_close

                backup_on_close(self)
        finally:
            self._engine.dispose()
            self._key = b""
            self.closed = True

    def __enter__(self) -> Logbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(backup=False)

    # transactions ----------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Session]:
        self._check_open()
        with Session(self._engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: committed whole, or rolled back with a clear error."""
        self._check_open()
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (OSError, DBAPIError) as error:
            raise _write_failure(error) from None

    def _check_open(self) -> None:
        if self.closed:
            raise LogbookError("The logbook is closed (locked).")

    # facts and secrets ------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        with self._read() as session:
            return session.scalar(select(Meta.value).where(Meta.key == key))

    @property
    def logbook_id(self) -> str:
        return self._key_file.logbook_id

    @property
    def curriculum_id(self) -> str:
        return self.meta("curriculum_id") or DEFAULT_CURRICULUM

    @property
    def owner_name(self) -> str:
        trainees = [p for p in self.records.people() if p.role == PersonRole.TRAINEE]
        return trainees[0].name if trainees else ""

    def signing_key(self) -> identity.Identity:
        secret = self.records.secret(identity.SECRET_NAME)
        if secret is None:
            raise LogbookError("This logbook has no signing key.")
        return identity.Identity.from_bytes(secret)

    def database_key(self) -> bytes:
        """The raw SQLCipher key, for making backups that open with the same key file."""
        self._check_open()
        return self._key

    @property
    def engine(self) -> Engine:
        return self._engine

    # passphrase ---------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the database key; the database itself is not touched."""
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise LogbookError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        kdf = kdf or self._key_file.wrap("passphrase").kdf
        wrap = keymod.wrap_key(self._key, new_passphrase, "passphrase", self.logbook_id, kdf)
        new_file = self._key_file.with_wrap(wrap)
        try:
            keymod.write_key_file(self.path, new_file)
        except OSError as error:
            raise _write_failure(error) from None
        self._key_file = new_file
        with self._write() as session:
            chain.append(session, "passphrase.change", self.logbook_id, {})

    # reading everything ------------------------------------------------------------
    def chain_head(self) -> chain.ChainHead:
        with self._read() as session:
            return chain.head(session)

    def verify_chain(self) -> int | None:
        with self._read() as session:
            return chain.verify(session)

    def snapshot(self) -> LogbookSnapshot:
        """All the engine and report need, as frozen values."""
        head = self.chain_head()
        return LogbookSnapshot(
            curriculum_id=self.curriculum_id,
            entries=tuple(self.entries.list()),
            periods=tuple(self.records.periods()),
            attestations=tuple(self.records.attestations()),
            plan=self.records.plan(),
            people=tuple(self.records.people()),
            sites=tuple(self.records.sites()),
            chain_head=head.hash,
            chain_seq=head.seq,
        )
