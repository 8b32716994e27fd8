"""An open logbook: create, unlock, read and write in transactions, close.

`Logbook` is the session object the CLI, the app and the tests pass around (the way
git-cola passes one context): it owns the engine and the unwrapped key, and hands out
`entries` and `records`, which do the work inside its transactions.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from evtdesk.model import LogbookSnapshot, PersonRole
from evtdesk.model.snapshot import REFERENCES_SETTING
from evtdesk.signing import identity
from evtdesk.store import chain, database, identify
from evtdesk.store import keys as keymod
from evtdesk.store.entries import EntryStore, SiteCheckedEntries
from evtdesk.store.errors import (
    DamagedKeyFile,
    DamagedLogbook,
    LogbookError,
    LogbookExists,
    NotALogbook,
    WriteFailed,
    WrongPassphrase,
)
from evtdesk.store.failures import (
    checked_revision,
    latest_backup_of,
    storage_unavailable,
    write_failure,
)
from evtdesk.store.keys import KdfParams, KeyFile, KeyFileDamaged, KeyFileError, WrongSecret
from evtdesk.store.records import Records
from evtdesk.store.schema import Meta

DEFAULT_CURRICULUM = "se-evt"
# Whose logbook it is: a trainee's holds her training; a supervisor's holds his key, the
# keys he trusts, the statements he signed and the bundles he received, and no training.
TRAINEE_LOGBOOK, SUPERVISOR_LOGBOOK = "trainee", "supervisor"
OWNER_ROLES = (TRAINEE_LOGBOOK, SUPERVISOR_LOGBOOK)
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Created:
    logbook: Logbook
    recovery_code: str


class Logbook:
    """One unlocked logbook. Use `Logbook.create` or `Logbook.open`, then `close()`."""

    def __init__(self, path: Path, engine: Engine, key: bytes, key_file: KeyFile) -> None:
        self.path = path
        self._engine = engine
        self._reader = engine.execution_options(**{database.READ_OPTION: True})
        self._reading = threading.local()
        self._key = key
        self._key_file = key_file
        self.entries: EntryStore = SiteCheckedEntries(self._read, self._write)
        self.records = Records(self._read, self._write)
        self.closed = False
        # Set by the command line: the day's backup is taken before the first write
        # (`backup.backup_before_change`), as the app takes it on closing.
        self.backup_before_writing = False

    # lifecycle -------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        owner_name: str,
        curriculum_id: str = DEFAULT_CURRICULUM,
        kdf: KdfParams | None = None,
        owner_role: str = TRAINEE_LOGBOOK,
    ) -> Created:
        """Make a new encrypted logbook with its owner, signing key and recovery code. A
        supervisor's (`owner_role`) keeps `curriculum_id` only as the curriculum he reads
        bundles by when one names none."""
        from evtdesk.store.base import screened

        if owner_role not in OWNER_ROLES:
            raise LogbookError(f"A logbook is a trainee's or a supervisor's, not {owner_role!r}.")

        # The owner's name is checked as `add_person` checks it, before any file is made:
        # a refused name must leave nothing behind (no logbook named after a number).
        if not screened(owner_name.strip(), "name"):
            raise LogbookError("A person needs a name.")
        path = Path(path)
        if len(passphrase) < MIN_PASSPHRASE:
            raise LogbookError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        if path.exists() or keymod.sidecar_path(path).exists():
            raise LogbookExists(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise LogbookError(f"The folder {path.parent} does not exist.")
        if not os.access(path.parent, os.W_OK):
            raise WriteFailed(
                f"The folder {path.parent} is read-only; create the logbook in a folder you "
                "can write to. Nothing was written."
            )
        kdf = kdf or KdfParams()
        logbook_id = str(uuid.uuid4())
        raw_key = os.urandom(32)
        recovery = keymod.new_recovery_code()
        key_file = KeyFile(
            logbook_id,
            (
                keymod.wrap_key(raw_key, passphrase, "passphrase", logbook_id, kdf),
                keymod.wrap_key(raw_key, recovery, "recovery", logbook_id, kdf),
            ),
        )
        engine = None
        made: list[Path] = []
        try:
            keymod.write_key_file(path, key_file)
            made.append(keymod.sidecar_path(path))
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner only
            made += [path, *database.sidecar_files(path)]
            engine = database.open_engine(path, raw_key)
            database.upgrade(engine)
        except (OSError, DBAPIError) as error:
            if engine is not None:
                engine.dispose()
            # Best effort: on a read-only or failing disk the half-made files may not go.
            for leftover in made:
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
            raise write_failure(error) from None
        logbook = cls(path, engine, raw_key, key_file)
        logbook._initialise(owner_name, logbook_id, curriculum_id, owner_role)
        return Created(logbook, recovery)

    def _initialise(
        self, owner_name: str, logbook_id: str, curriculum_id: str, owner_role: str
    ) -> None:
        created: dict[str, str] = {"curriculum_id": curriculum_id}
        if owner_role != TRAINEE_LOGBOOK:  # a trainee's logbook reads as it always has
            created["owner_role"] = owner_role
        with self._write() as session:
            for key, value in (
                ("logbook_id", logbook_id),
                ("created_at", datetime.now(UTC).isoformat(timespec="seconds")),
                *created.items(),
            ):
                session.add(Meta(key=key, value=value))
            chain.append(session, "logbook.create", logbook_id, created)
        owner = PersonRole.SUPERVISOR if owner_role == SUPERVISOR_LOGBOOK else PersonRole.TRAINEE
        self.records.add_person(owner_name, owner)
        self.records.set_secret(identity.SECRET_NAME, identity.new_identity_secret())

    @classmethod
    def open(
        cls, path: Path, passphrase: str | None = None, recovery_code: str | None = None
    ) -> Logbook:
        """Unlock with the passphrase (or the recovery code). Nothing is written until the
        key is proven right and the file is known to be an EVTDesk logbook of a schema
        this version knows, so a refusal leaves the files byte-identical."""
        path = Path(path)
        if not path.is_file():
            raise NotALogbook(f"There is no logbook at {path}.")
        what = "recovery code" if recovery_code is not None else "passphrase"
        key_file: KeyFile | None = None
        try:
            key_file = keymod.read_key_file(path)
            if recovery_code is not None:
                code = keymod.normalise_recovery_code(recovery_code)
                raw_key = keymod.unwrap_key(key_file.wrap("recovery"), code, key_file.logbook_id)
            else:
                raw_key = keymod.unwrap_key(
                    key_file.wrap("passphrase"), passphrase or "", key_file.logbook_id
                )
        except KeyFileDamaged as error:
            raise DamagedKeyFile(path, error.detail, latest_backup_of(path)) from None
        except KeyFileError as error:
            said = identify.what_file(path)
            if said is not None:
                raise NotALogbook(said[1], said[0]) from None
            raise NotALogbook(f"{path.name} is not an EVTDesk logbook: {error}.") from None
        except WrongSecret:
            assert key_file is not None
            if key_file.checked:
                raise WrongPassphrase(what) from None
            raise WrongPassphrase(what, False, path, latest_backup_of(path)) from None
        except OSError as error:
            raise storage_unavailable(path, error.strerror or str(error)) from None
        try:
            database.check_shape(path)
        except database.DatabaseUnreadable as error:
            raise DamagedLogbook(path, str(error), latest_backup_of(path, raw_key)) from None
        except OSError as error:
            raise storage_unavailable(path, error.strerror or str(error)) from None
        if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
            raise LogbookError(
                f"The folder of {path.name} is read-only. EVTDesk writes every change at "
                "once, so copy the logbook (with its .keys file) to a folder you can write to."
            )
        engine = database.open_engine(path, raw_key)
        try:
            try:
                revision = checked_revision(path, engine, raw_key)
            except DamagedLogbook:
                identify.refuse_foreign_key_file(path, key_file.logbook_id, raw_key)
                raise
            logbook = cls(path, engine, raw_key, key_file)
            if logbook.meta("logbook_id") != key_file.logbook_id:
                raise NotALogbook(f"The key file beside {path.name} belongs to another logbook.")
        except BaseException:
            engine.dispose()
            raise
        if revision != database.head_revision():
            try:
                logbook._upgrade()
            except BaseException:
                engine.dispose()
                raise
        return logbook

    def _upgrade(self) -> None:
        from evtdesk.store.backup import make_backup

        make_backup(self, reason="before-upgrade")
        try:
            database.upgrade(self._engine)
        except (OSError, DBAPIError) as error:
            raise write_failure(error) from None

    def close(self, backup: bool = True) -> None:
        """Close, first taking the daily backup (at most one a day) when asked, and fold
        the write-ahead log into the file, so the `.evtlog` alone is whole afterwards."""
        if self.closed:
            return
        try:
            if backup:
                from evtdesk.store.backup import backup_on_close

                backup_on_close(self)
        finally:
            self._checkpoint()
            self._engine.dispose()
            self._key = b""
            self.closed = True

    def _checkpoint(self) -> None:
        """Copy every change in the `-wal` file into the database and empty the `-wal`.

        Until then the newest changes live only in the `-wal`: a user who copies the
        `.evtlog` and `.keys` (after a full disk, to another computer) would get an older
        file, or one that does not open. A failure here (a full disk) loses nothing —
        the `-wal` stays and is read at the next opening — so it is not an error."""
        with suppress(OSError, DBAPIError):
            connection = self._engine.raw_connection()
            try:
                cursor = connection.cursor()
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cursor.close()
            finally:
                connection.close()

    def __enter__(self) -> Logbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(backup=False)

    # transactions ----------------------------------------------------------------
    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read transaction that takes no lock. Reads nested in it on the same thread
        share it, so `snapshot()` is one consistent view however many stores it asks."""
        self._check_open()
        current: Session | None = getattr(self._reading, "session", None)
        if current is not None:
            yield current
            return
        with Session(self._reader, expire_on_commit=False) as session:
            self._reading.session = session
            try:
                yield session
            finally:
                self._reading.session = None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: committed whole, or rolled back with a clear error."""
        self._check_open()
        if self.backup_before_writing:
            self.backup_before_writing = False  # once; the backup itself may write
            from evtdesk.store.backup import backup_before_change

            backup_before_change(self)
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (OSError, DBAPIError) as error:
            raise write_failure(error) from None

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
    def owner_role(self) -> str:
        """`trainee` or `supervisor`: whose logbook this is (older logbooks: a trainee's)."""
        role = self.meta("owner_role") or TRAINEE_LOGBOOK
        return role if role in OWNER_ROLES else TRAINEE_LOGBOOK

    @property
    def is_supervisors(self) -> bool:
        return self.owner_role == SUPERVISOR_LOGBOOK

    @property
    def owner_name(self) -> str:
        """The owner's name: the first person of the owner's role (in a supervisor's
        logbook, himself; his co-supervisors are recorded after him)."""
        wanted = PersonRole.SUPERVISOR if self.is_supervisors else PersonRole.TRAINEE
        owners = [p for p in self.records.people() if p.role == wanted]
        return owners[0].name if owners else ""

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
        """Re-wrap the database key; the database itself is not touched.

        All or nothing: the new key file is written and fsynced under a temporary name
        first, then renamed over the old one inside the transaction that records the
        event, and the old one is put back if that transaction does not commit. A
        failure anywhere leaves the old passphrase working."""
        if len(new_passphrase) < MIN_PASSPHRASE:
            raise LogbookError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        self._check_open()
        kdf = kdf or self._key_file.wrap("passphrase").kdf
        wrap = keymod.wrap_key(self._key, new_passphrase, "passphrase", self.logbook_id, kdf)
        new_file = self._key_file.with_wrap(wrap)
        live = keymod.sidecar_path(self.path)
        try:
            staged = keymod.stage_key_file(self.path, new_file)
        except OSError as error:
            raise write_failure(error) from None
        kept = staged.with_name(staged.name.removesuffix(".new") + ".old")
        swapped = False
        try:
            with self._write() as session:
                chain.append(session, "passphrase.change", self.logbook_id, {})
                session.flush()
                keymod.keep_copy(live, kept)
                os.replace(staged, live)
                swapped = True
        except BaseException:
            if swapped:
                os.replace(kept, live)  # a rename: needs no free space
            raise
        finally:
            for leftover in (staged, kept):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
        self._key_file = new_file

    # reading everything ------------------------------------------------------------
    def chain_head(self) -> chain.ChainHead:
        with self._read() as session:
            return chain.head(session)

    def verify_chain(self) -> int | None:
        with self._read() as session:
            return chain.verify(session)

    def snapshot(self) -> LogbookSnapshot:
        """All the engine and report need, as frozen values, read in one transaction so
        that the chain head an export signs is the head of exactly these entries."""
        with self._read():
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
                exam_weeks=tuple(self.records.exam_weeks()),
                measure_marks=tuple(self.records.measure_marks()),
                quality_references=self._references(),
            )

    def _references(self) -> dict[str, Any]:
        """The logistics references as stored (the engine reads them like the quality
        view; a malformed setting is the engine's to skip, not the store's to guess)."""
        stored = self.records.setting(REFERENCES_SETTING)
        return dict(stored) if isinstance(stored, dict) else {}
