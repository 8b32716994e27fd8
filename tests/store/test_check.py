"""`evtdesk check` names every break an attacker with the raw key can make in the chain.

The attacker drops the append-only triggers first (as anyone holding the key can), then
splices, reorders, deletes or re-numbers events; `check` must name the break each time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from evtdesk.cli import main
from evtdesk.store import Logbook, check, database
from evtdesk.store.chain import GENESIS, VerifyCancelled, event_hash
from evtdesk.store.check import chain_problems, check_logbook
from tests.conftest import PASSPHRASE

Tamper = Callable[[object], None]


def _filled(logbook: Logbook) -> tuple[Path, bytes]:
    for day in range(1, 9):
        logbook.entries.add_many(
            [{"kind": "cme", "date": f"2026-01-0{day}", "title": f"Kurs {day}", "hours": 2}]
        )
    logbook.records.attach("intyg.pdf", b"%PDF-1.4 certificate\n")
    path, key = logbook.path, logbook.database_key()
    logbook.close(backup=False)
    return path, key


def _as_attacker(path: Path, key: bytes, change: Tamper) -> None:
    engine = database.open_engine(path, key)
    with engine.begin() as connection:
        for table in ("events", "entry_revisions", "retractions"):
            for verb in ("update", "delete"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{verb}"))
        change(connection)
    engine.dispose()


def _report(path: Path) -> tuple[str, ...]:
    with Logbook.open(path, PASSPHRASE) as logbook:
        return check_logbook(logbook).problems


def _delete(connection) -> None:  # type: ignore[no-untyped-def]
    connection.execute(text("DELETE FROM events WHERE seq = 5"))


def _renumber(connection) -> None:  # type: ignore[no-untyped-def]
    """Close the gap a deletion leaves: every later event moves down one."""
    connection.execute(text("DELETE FROM events WHERE seq = 5"))
    last = connection.execute(text("SELECT max(seq) FROM events")).scalar()
    for seq in range(6, last + 1):
        connection.execute(
            text("UPDATE events SET seq = :new WHERE seq = :old"), {"new": seq - 1, "old": seq}
        )


def _reorder(connection) -> None:  # type: ignore[no-untyped-def]
    """Swap events 6 and 7 (their numbers), as if one had happened before the other."""
    connection.execute(text("UPDATE events SET seq = -1 WHERE seq = 6"))
    connection.execute(text("UPDATE events SET seq = 6 WHERE seq = 7"))
    connection.execute(text("UPDATE events SET seq = 7 WHERE seq = -1"))


def _splice(connection) -> None:  # type: ignore[no-untyped-def]
    """Insert a well-formed event after event 5, with a correct link and hash of its own,
    moving the later ones up."""
    last = connection.execute(text("SELECT max(seq) FROM events")).scalar()
    for seq in range(last, 5, -1):
        connection.execute(
            text("UPDATE events SET seq = :new WHERE seq = :old"), {"new": seq + 1, "old": seq}
        )
    prev = connection.execute(text("SELECT hash FROM events WHERE seq = 5")).scalar()
    at = connection.execute(text("SELECT at FROM events WHERE seq = 5")).scalar()
    from datetime import datetime

    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    payload = '{"reason":"inserted"}'
    digest = event_hash(prev, 6, moment, "entry.retract", "x", payload)
    connection.execute(
        text(
            "INSERT INTO events (seq, at, action, subject, payload, prev_hash, hash) VALUES "
            "(6, :at, "
            "'entry.retract', 'x', :p, :prev, :h)"
        ),
        {"at": at, "p": payload, "prev": prev, "h": digest},
    )


def _edit_payload(connection) -> None:  # type: ignore[no-untyped-def]
    connection.execute(
        text("UPDATE events SET payload = replace(payload, 'Kurs 3', 'Kurs 9') WHERE seq > 0")
    )


def _entry_role(connection) -> None:  # type: ignore[no-untyped-def]
    """The row changed, its event left alone (as a role turned from second to first)."""
    connection.execute(text("UPDATE entry_revisions SET notes = 'rewritten' WHERE id = 3"))


def _entry_dropped(connection) -> None:  # type: ignore[no-untyped-def]
    connection.execute(text("DELETE FROM entry_revisions WHERE id = 2"))


def _attachment(connection) -> None:  # type: ignore[no-untyped-def]
    connection.execute(text("UPDATE attachments SET data = X'255044462D312E34206F74686572'"))


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_delete, "event 5 is missing: the sequence jumps from 4 to 6"),
        (_renumber, "event 5 ("),  # no gap left, but the link and its own hash break
        (_reorder, "event 6 ("),
        (_splice, "event 7 ("),  # the spliced event itself is well-formed; the next one is not
        (_edit_payload, "was changed after it was written"),
        (_attachment, "differs from the hash recorded when it was attached"),
        (_entry_role, "differs from the event that recorded it"),
        (_entry_dropped, "that is missing"),
    ],
)
def test_check_names_each_break(logbook: Logbook, change: Tamper, named: str) -> None:
    path, key = _filled(logbook)
    assert _report(path) == ()
    _as_attacker(path, key, change)
    problems = _report(path)
    assert problems, "the break went unnoticed"
    assert any(named in p for p in problems), problems


def test_a_renumbered_chain_is_named_as_unlinked_and_changed(logbook: Logbook) -> None:
    path, key = _filled(logbook)
    _as_attacker(path, key, _renumber)
    problems = " | ".join(_report(path))
    assert "event 5 (" in problems and "does not link to event 4" in problems
    assert "was changed after it was written" in problems


def test_the_command_exits_0_when_whole_and_1_naming_the_break(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    path, key = _filled(logbook)
    assert main(["check", str(path)]) == 0
    assert "The logbook is whole" in capsys.readouterr().out
    _as_attacker(path, key, _delete)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "NOT whole" in out and "event 5 is missing" in out


def _chain(seqs: list[int], first_previous: str = GENESIS) -> list[tuple[object, ...]]:
    """Events as `check` reads them, each hashed and linked by docs/file-format.md's rule."""
    rows: list[tuple[object, ...]] = []
    previous = first_previous
    for seq in seqs:
        at, payload = datetime(2026, 1, seq), f'{{"n":{seq}}}'
        digest = event_hash(previous, seq, at, "entry.create", f"e{seq}", payload)
        rows.append((seq, at, "entry.create", f"e{seq}", payload, previous, digest))
        previous = digest
    return rows


def test_a_whole_history_is_counted_change_by_change() -> None:
    # The count is the "%n change(s) in its history" a whole logbook reports.
    assert chain_problems(_chain([1, 2, 3])) == (3, [])


def test_several_missing_events_are_named_as_a_range() -> None:
    count, problems = chain_problems(_chain([1, 2, 5, 6]))
    assert count == 4
    assert problems[0] == "events 3–4 are missing: the sequence jumps from 2 to 5"


def test_a_first_event_not_linked_to_the_start_says_so() -> None:
    _, problems = chain_problems(_chain([1, 2], first_previous="f" * 64))
    assert problems == [
        "event 1 (entry.create) does not link to the start of the chain: it names "
        f"ffffffffffff… as the previous hash, but that is {GENESIS[:12]}…"
    ]


def test_a_changed_event_is_named_as_changed() -> None:
    rows = _chain([1, 2])
    rows[1] = (*rows[1][:4], '{"n":99}', *rows[1][5:])
    assert chain_problems(rows)[1] == [
        "event 2 (entry.create) was changed after it was written: its content does not match "
        "its hash"
    ]


def test_a_logbook_without_events_is_a_problem_and_one_event_is_not() -> None:
    assert chain_problems([]) == (
        0,
        ["the logbook holds no events at all (not even its creation)"],
    )
    assert chain_problems(_chain([1])) == (1, [])


def test_a_retracted_entry_and_two_attachments_check_out(logbook: Logbook) -> None:
    entry = logbook.entries.add({"kind": "cme", "date": "2026-01-02", "title": "Kurs", "hours": 2})
    logbook.entries.retract(entry.id, "entered twice")
    logbook.records.attach("intyg.pdf", b"%PDF-1.4 certificate\n")
    logbook.records.attach("intyg-2.pdf", b"%PDF-1.4 second certificate\n")
    report = check_logbook(logbook)
    assert (report.problems, report.attachments) == ((), 2)


def _same_size_attachment(connection) -> None:  # type: ignore[no-untyped-def]
    # The same length as "%PDF-1.4 certificate\n": only the hash can tell.
    connection.execute(text("UPDATE attachments SET data = CAST('%PDF-1.4 certifikat!\n' AS BLOB)"))


def test_an_attachment_changed_to_the_same_size_is_named_by_its_file_name(
    logbook: Logbook,
) -> None:
    path, key = _filled(logbook)
    _as_attacker(path, key, _same_size_attachment)
    [problem] = _report(path)
    assert "(intyg.pdf) differs from the hash recorded when it was attached" in problem


def _retracted(logbook: Logbook) -> tuple[Path, bytes, str, int]:
    """A logbook whose one entry was amended, then retracted by the last event."""
    cme = {"kind": "cme", "date": "2026-01-02", "title": "Kurs", "hours": 2}
    entry = logbook.entries.add(cme)
    logbook.entries.amend(entry.id, cme | {"hours": 3}, "typo")
    logbook.entries.retract(entry.id, "entered twice")
    path, key, seq = logbook.path, logbook.database_key(), logbook.chain_head().seq
    logbook.close(backup=False)
    return path, key, entry.id, seq


def test_a_retraction_taken_out_of_the_tables_is_named(logbook: Logbook) -> None:
    """With the key, an attacker can delete the retraction and unmark the entry, so that a
    withdrawn case counts again; the event that retracted it is still in the chain."""
    path, key, entry_id, seq = _retracted(logbook)
    assert _report(path) == ()

    def unretract(connection) -> None:  # type: ignore[no-untyped-def]
        connection.execute(text("DELETE FROM retractions"))
        connection.execute(text("UPDATE entries SET retracted = 0"))

    _as_attacker(path, key, unretract)
    assert _report(path) == (
        f"event {seq} (entry.retract) retracted {entry_id}, which is not retracted",
    )


def test_an_entry_marked_retracted_without_a_retraction_is_named(logbook: Logbook) -> None:
    entry = logbook.entries.add({"kind": "cme", "date": "2026-01-02", "title": "Kurs", "hours": 2})
    path, key = logbook.path, logbook.database_key()
    logbook.close(backup=False)

    def marked_only(connection) -> None:  # type: ignore[no-untyped-def]
        connection.execute(text("UPDATE entries SET retracted = 1"))

    _as_attacker(path, key, marked_only)
    assert _report(path) == (
        f"entry {entry.id}'s current revision or retraction does not match its history",
    )


def test_a_long_check_reports_progress_over_the_whole_history_and_can_be_cancelled(
    logbook: Logbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's Check shows a bar with Cancel: each report counts the events checked
    against all of them, and the report counts every change in the history."""
    monkeypatch.setattr(check, "VERIFY_CHUNK", 3)
    cme = {"kind": "cme", "date": "2026-01-02", "title": "Kurs", "hours": 2}
    logbook.entries.add_many([cme] * 7)
    head = logbook.chain_head().seq
    seen: list[tuple[int, int]] = []
    report = check_logbook(logbook, lambda done, total: seen.append((done, total)))
    assert (report.problems, report.events) == ((), head)
    assert seen == [(done, head) for done in [*range(3, head, 3), head]]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(VerifyCancelled):
        check_logbook(logbook, cancel=cancel)


def _borrowed_event(connection) -> None:  # type: ignore[no-untyped-def]
    """Entry 3's row made to read as entry 2's, pointing at entry 2's event, so only
    whose event it is can tell (found by mutation testing: `or` read as `and`)."""
    connection.execute(
        text(
            "UPDATE entry_revisions SET (date, role, case_number, notes, fields_json, site_id, "
            "event_seq) = (SELECT date, role, case_number, notes, fields_json, site_id, "
            "event_seq FROM entry_revisions WHERE id = 2) WHERE id = 3"
        )
    )


def test_a_revision_pointing_at_another_entrys_event_is_named(logbook: Logbook) -> None:
    path, key = _filled(logbook)
    _as_attacker(path, key, _borrowed_event)
    engine = database.open_engine(path, key)
    with engine.connect() as connection:
        query = text("SELECT entry_id FROM entry_revisions WHERE id = 3")
        entry_id = connection.execute(query).scalar()
    engine.dispose()
    problems = _report(path)
    named = f"entry {entry_id} revision 1 has no event that recorded it"
    assert any(named in p for p in problems), problems
