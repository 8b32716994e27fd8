"""The app checks a logbook as `evtdesk check` does, and by itself after a restore."""

from __future__ import annotations

from shell_helpers import PASSPHRASE, unlock, wait_tasks
from sqlalchemy import text

from evtdesk.store import Logbook, database


def test_a_restored_logbook_is_checked_once_it_is_unlocked(qtbot, made_logbook, window):  # type: ignore[no-untyped-def]
    window._check_after_unlock = made_logbook  # what a successful restore leaves
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.check_result is not None, timeout=10_000)
    box = window.check_result
    assert box.text().startswith("The restored backup was checked. The logbook is whole")
    box.close()
    window.check_result = None
    window.verify_logbook()  # from the menu: once only after a restore, then on demand
    qtbot.waitUntil(lambda: window.check_result is not None, timeout=10_000)
    assert not window.check_result.text().startswith("The restored")


def test_a_break_in_the_chain_is_named_in_the_details(qtbot, made_logbook, window):  # type: ignore[no-untyped-def]
    with Logbook.open(made_logbook, PASSPHRASE) as logbook:
        key = logbook.database_key()
    engine = database.open_engine(made_logbook, key)
    with engine.begin() as connection:
        connection.execute(text("DROP TRIGGER events_no_update"))
        connection.execute(text("UPDATE events SET payload = '{}' WHERE seq = 1"))
    engine.dispose()
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    window.verify_logbook()
    qtbot.waitUntil(lambda: window.check_result is not None, timeout=10_000)
    box = window.check_result
    # the changed event, and what it no longer records (the logbook's own identity)
    assert "The logbook is not whole (" in box.text()
    assert "event 1 (logbook.create) was changed after it was written" in box.detailedText()
