"""Opening a SQLCipher database through SQLAlchemy with a raw key, and migrating it.

SQLAlchemy's `pysqlcipher` dialect splices a passphrase into `PRAGMA key`; we hold a raw
256-bit key instead, so we use the plain pysqlite dialect over `sqlcipher3.dbapi2` and
apply the key as `x'…'` hex in a `connect` event that runs before anything else touches
the connection. `NullPool` gives every checkout a fresh, freshly keyed connection.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import NullPool

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


PAGE_SIZE = 4096  # SQLCipher 4's default, never changed by EVTDesk
_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
# SQLite primary result codes that mean the disk, not the file's content, failed.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


class DatabaseUnreadable(Exception):
    """The file is not a SQLCipher database this key opens (corrupt, truncated, other)."""


class StorageFailed(Exception):
    """The disk failed while reading (I/O error, full, cannot open): not the file's fault."""

    def __init__(self, detail: str, full: bool) -> None:
        super().__init__(detail)
        self.full = full


READ_OPTION = "evtdesk_read"
"""Execution option marking a connection that only reads (see `open_engine`)."""


def check_shape(path: Path) -> None:
    """Raise DatabaseUnreadable unless `path` could be a logbook, judged without a key
    and without writing: SQLCipher files are whole pages of random-looking bytes, and a
    logbook has at least its schema, so more than one page."""
    with open(path, "rb") as handle:
        head = handle.read(len(_SQLITE_PLAIN_HEADER))
        size = handle.seek(0, 2)
    if size == 0:
        raise DatabaseUnreadable("the file is empty")
    if head == _SQLITE_PLAIN_HEADER:
        raise DatabaseUnreadable("it is a plain, unencrypted SQLite file")
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return  # pages not yet checkpointed live in the -wal file; the key will tell
    if size < 2 * PAGE_SIZE or size % PAGE_SIZE:
        raise DatabaseUnreadable(f"its size, {size} bytes, is not that of a logbook")


def sidecar_files(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside a database in WAL mode."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def opens_read_only(path: Path, raw_key: bytes) -> bool:
    """Whether `raw_key` opens `path` as an EVTDesk logbook, reading only (for choosing a
    backup to offer: the file is never written, not even switched to WAL)."""
    try:
        connection = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlcipher.Error:
        return False
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(_key_pragma(raw_key))
        connection.execute("PRAGMA cipher_compatibility = 4")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "meta"} <= tables:
            return False
        count = connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0]
        return bool(count == 1)
    except sqlcipher.Error:
        return False
    finally:
        connection.close()


def _storage_failure(error: BaseException) -> StorageFailed | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_READONLY):
        return StorageFailed(str(error), full=primary == _SQLITE_FULL)
    return None


def _key_pragma(raw_key: bytes) -> str:
    if len(raw_key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""


def open_engine(path: Path, raw_key: bytes) -> Engine:
    """An engine whose every connection is keyed and configured the same way."""
    key_pragma = _key_pragma(raw_key)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}", module=sqlcipher, poolclass=NullPool, future=True
    )

    @event.listens_for(engine, "connect", insert=True)
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        try:
            # Off before the key: a wrong key otherwise prints SQLCipher's "hmac check
            # failed" lines to stderr; the caller reports the failure in plain words.
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute(key_pragma)
            cursor.execute("PRAGMA cipher_compatibility = 4")
            cursor.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
            cursor.execute("PRAGMA busy_timeout = 5000")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    # pysqlite's default transaction handling defers BEGIN; issue it ourselves so that
    # a write transaction is one SQLite transaction, start to finish.
    @event.listens_for(engine, "connect")
    def _no_auto_begin(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None

    # A read begins deferred: under WAL it sees the last commit and takes no lock, so the
    # app's background read never holds up a save. A write takes the lock at once.
    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        reading = connection.get_execution_options().get(READ_OPTION, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def check_readable(engine: Engine) -> None:
    """Raise DatabaseUnreadable unless the key opens the file and its pages check out;
    StorageFailed if the disk itself failed (full, I/O error) rather than the file."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            problems = connection.exec_driver_sql("PRAGMA cipher_integrity_check").all()
            if problems:
                raise DatabaseUnreadable(f"{len(problems)} damaged pages")
            result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise DatabaseUnreadable(str(result))
    except (DatabaseError, OperationalError) as error:
        storage = _storage_failure(error.orig) if error.orig is not None else None
        if storage is not None:
            raise storage from None
        raise DatabaseUnreadable(str(error.orig)) from None


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision stored in the file, read without writing; None if the file
    holds no EVTDesk schema (no `alembic_version` or no `meta` table)."""
    with engine.connect() as connection:
        tables = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        if not {"alembic_version", "meta"} <= tables:
            return None
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    """Every revision this EVTDesk has a migration for."""
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` in one transaction (a failed step changes nothing)."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def integrity_ok(engine: Engine) -> bool:
    try:
        check_readable(engine)
        with engine.connect() as connection:
            return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    except DatabaseUnreadable:
        return False
