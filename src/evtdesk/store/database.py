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


class DatabaseUnreadable(Exception):
    """The file is not a SQLCipher database this key opens (corrupt, truncated, other)."""


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

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def check_readable(engine: Engine) -> None:
    """Raise DatabaseUnreadable unless the key opens the file and its pages check out."""
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
        raise DatabaseUnreadable(str(error.orig)) from None


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
