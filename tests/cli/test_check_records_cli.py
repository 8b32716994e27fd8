"""`evtdesk check` on the command line names a record changed with the raw key: exit 1,
every break on its own line; a whole logbook exits 0 and says how many records agree."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from evtdesk.cli import main
from evtdesk.store import Logbook, database
from tests.conftest import PASSPHRASE


def test_check_exits_1_naming_each_record_changed_and_0_when_whole(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    site = logbook.records.add_site("Ryhov", "Radiologi")
    logbook.records.add_period("PREP", date(2025, 1, 1), date(2025, 6, 30), 0.5, site.id)
    logbook.records.set_setting("readiness.site.1", {"H1": {"status": "no"}})
    path, key = logbook.path, logbook.database_key()
    logbook.close(backup=False)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    # the site, the period, the setting, the trainee herself, the logbook id and curriculum
    assert "The logbook is whole" in out and "6 record(s)" in out

    engine = database.open_engine(path, key)
    with engine.begin() as connection:
        connection.execute(text("UPDATE work_periods SET fraction = 1.0"))
        connection.execute(text('UPDATE settings SET value = \'{"H1": {"status": "yes"}}\''))
    engine.dispose()
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "The logbook is NOT whole (2 problem(s)):"
    assert lines[1].startswith(
        "  - work period 1 (work_periods) differs from the events that recorded it: fraction "
        "is 1.0 in the table, but event "
    )
    assert lines[1].endswith("(period.add) recorded 0.5")
    assert lines[2].startswith("  - setting readiness.site.1 (settings) differs")
