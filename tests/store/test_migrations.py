"""A logbook written by the previous schema opens, upgraded, with its data intact."""

from __future__ import annotations

from pathlib import Path

from evtdesk.store import FAST_TEST_KDF, Logbook, database
from evtdesk.store import keys as keymod
from tests.conftest import PASSPHRASE


def write_schema_0001_logbook(path: Path) -> None:
    """What EVTDesk at schema 0001 wrote: key file, keyed database, a site and an entry."""
    raw_key = b"\x11" * 32
    key_file = keymod.KeyFile(
        "lb-0001", (keymod.wrap_key(raw_key, PASSPHRASE, "passphrase", "lb-0001", FAST_TEST_KDF),)
    )
    keymod.write_key_file(path, key_file)
    engine = database.open_engine(path, raw_key)
    database.upgrade(engine, "0001")
    with engine.begin() as connection:
        sql = connection.exec_driver_sql
        sql("INSERT INTO meta VALUES ('logbook_id', 'lb-0001'), ('curriculum_id', 'se-evt')")
        sql("INSERT INTO sites (id, hospital, unit) VALUES (1, 'Ryhov', 'Radiologi')")
        sql("INSERT INTO people (name, role) VALUES ('Old Trainee', 'trainee')")
        sql("INSERT INTO entries VALUES ('e1', 'evt', '2025-05-01 10:00:00', 1, 1, 1, 0)")
        sql(
            "INSERT INTO entry_revisions (entry_id, revision, date, role, notes, fields_json, "
            "site_id,"
            " recorded_at, event_seq) VALUES ('e1', 1, '2025-05-01', 'first_operator', '',"
            " '{\"mtici\": \"3\"}', 1, '2025-05-01 10:00:00', 1)"
        )
    engine.dispose()


def test_a_schema_0001_logbook_opens_upgraded_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.evtlog"
    write_schema_0001_logbook(path)

    with Logbook.open(path, PASSPHRASE) as logbook:
        assert database.current_revision(logbook.engine) == database.head_revision() != "0001"
        [entry] = logbook.entries.list()
        assert (entry.kind, entry.role, entry.fields["mtici"]) == ("evt", "first_operator", "3")
        assert logbook.records.sites()[0].has_neurointervention is False
        assert logbook.records.exports() == []  # the table 0002 added
        assert logbook.owner_name == "Old Trainee"
    assert any(
        p.name.endswith("before-upgrade.bak") for p in (tmp_path / "old.evtlog.backups").iterdir()
    )


def test_the_models_match_the_migrated_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from evtdesk.store.schema import Base

    with (
        Logbook.create(
            tmp_path / "new.evtlog", PASSPHRASE, "T", kdf=FAST_TEST_KDF
        ).logbook as logbook,
        logbook.engine.connect() as connection,
    ):
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_periods_withdrawn_under_schema_0002_stay_withdrawn_with_their_reason(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.evtlog"
    write_schema_0001_logbook(path)
    engine = database.open_engine(path, b"\x11" * 32)
    database.upgrade(engine, "0002")
    with engine.begin() as connection:
        sql = connection.exec_driver_sql
        sql(
            "INSERT INTO work_periods (id, part, start, fraction, description) VALUES"
            " (1, 'NI', '2025-01-01', 1.0, 'by mistake'), (2, 'NI', '2025-02-01', 1.0, 'kept')"
        )
        sql(
            "INSERT INTO settings VALUES ('periods.withdrawn',"
            ' \'{"1": {"reason": "wrong part", "at": "2025-03-01T10:00:00+00:00"}}\')'
        )
    engine.dispose()

    with Logbook.open(path, PASSPHRASE) as logbook:
        assert [p.id for p in logbook.records.periods()] == [2]
        assert logbook.records.withdrawn_periods() == {1: "wrong part"}
        assert logbook.records.setting("periods.withdrawn") is None
