"""`evtdesk check` names a record progress is computed from that was changed with the raw key.

The logbook is made through the store's API, with a record of every kind; then, as one
holding the raw database key, a row is changed, deleted or added with SQL and its event
left alone. Each time `check` must name the table, the row and what differs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from evtdesk.model import ExamVerdict, Statement
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import Logbook, database
from evtdesk.store.check import check_logbook
from tests.conftest import PASSPHRASE
from tests.signed_helpers import record_signed

APPEND_ONLY = ("events", "entry_revisions", "retractions", "attestations")


@dataclass(frozen=True)
class Made:
    """The logbook made, closed, with the seq of the events a test names."""

    path: Path
    key: bytes
    seq: dict[str, int]
    attestation_id: str


def _key_line() -> tuple[str, str]:
    identity = new_identity()
    return public_key_line(public_of(identity)), fingerprint(identity.public)


def _make(logbook: Logbook) -> Made:
    """A record of every kind, each changed once where the store allows it."""
    records, seq = logbook.records, {}

    def mark(name: str) -> None:
        seq[name] = logbook.chain_head().seq

    site = records.add_site("Ryhov", "Radiologi", 300, 100, True, supervisors=2, trainees=3)
    records.update_site(site.id, evt_per_year=120)
    mark("site.update")
    records.add_site("Sahlgrenska", "Neurointervention", home=False)  # site 2, unused
    records.add_person("Erik Holm", "supervisor", years_as_operator=10, evt_independent=200)
    records.set_experience(2, 12.5, 250)
    mark("person.update")
    records.add_person("Sara Nyberg", "co_supervisor")  # person 3
    records.add_period("PREP", date(2025, 1, 1), None, 1.0, site.id, "Förberedande")
    records.end_period(1, date(2025, 6, 30))
    mark("period.update")
    records.add_period("NI", date(2025, 7, 1), None, 0.5, site.id, "av misstag")
    records.withdraw_period(2, "fel del")
    mark("period.withdraw")
    records.add_exam_week(date(2025, 3, 3), site.id, "vecka ett")
    mark("exam_week.add")
    records.add_exam_week(date(2025, 4, 7), site.id)
    records.withdraw_exam_week(2, "fel vecka")
    records.mark_measure_done("Läs riktlinjen", date(2025, 4, 1), "klart")
    mark("measure.done")
    records.propose_adaptation("K1a", "färre fall", {"K1a.n": 5})
    mark("plan.propose")
    records.propose_adaptation("K2a", "annat")
    records.withdraw_proposal("K2a", "inte nu")
    records.set_mri_primary(True)
    mark("plan.set")
    records.set_setting("readiness.site.1", {"H1": {"status": "yes", "notes": "ja"}})
    mark("readiness")
    records.set_setting("default_site_id", site.id)
    gone_line, gone_print = _key_line()
    gone = records.trust_key(gone_line, "Fel nyckel", "supervisor", gone_print)  # key 1
    co_line, co_print = _key_line()
    co_key = records.trust_key(co_line, "Sara Nyberg", "co_supervisor", co_print)
    mark("trust.add")
    records.retire_key(co_key.id or 0, date(2026, 12, 31))
    records.remove_key(gone.id or 0)
    mark("trust.remove")
    verdict = ExamVerdict(1, date(2025, 3, 3), "Ryhov, Radiologi")
    record_signed(
        logbook,
        [
            Statement("K1a", False, "inte än"),
            Statement("ADAPT:K1a", True, "färre fall", {"K1a.n": 5}),
            Statement("EXAM_WEEK", True, "", verdict=verdict),
        ],
    )
    mark("attestation.import")
    [attestation_id] = {a.id for a in records.attestations()}
    records.attach("intyg.pdf", b"%PDF-1.4 certificate\n")
    mark("file.attach")
    path, key = logbook.path, logbook.database_key()
    logbook.close(backup=False)
    return Made(path, key, seq, attestation_id)


def _as_attacker(made: Made, *statements: str) -> None:
    """Run SQL on the keyed database as one holding the raw key (who can drop the
    append-only triggers first)."""
    engine = database.open_engine(made.path, made.key)
    with engine.begin() as connection:
        for table in APPEND_ONLY:
            for verb in ("update", "delete"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{verb}"))
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def _problems(made: Made) -> tuple[str, ...]:
    with Logbook.open(made.path, PASSPHRASE) as logbook:
        return check_logbook(logbook).problems


@pytest.fixture
def made(logbook: Logbook) -> Made:
    return _make(logbook)


def test_a_logbook_with_a_record_of_every_kind_checks_whole(logbook: Logbook) -> None:
    made = _make(logbook)
    with Logbook.open(made.path, PASSPHRASE) as reopened:
        report = check_logbook(reopened)
    assert report.problems == ()
    # 2 sites, 3 people, 2 periods, 2 weeks, 1 mark, 2 proposals, 3 settings, 2 keys
    # (one removed), 3 statements, 1 file, 2 meta
    assert report.records == 23


def test_the_demo_logbook_checks_whole(tmp_path: Path) -> None:
    """The demo's records (its attestation made and signed as a supervisor's file is,
    with declarations and an adaptation) as the app's first screen shows them."""
    from evtdesk.demo.logbook import create_demo
    from evtdesk.store import FAST_TEST_KDF

    demo = create_demo(tmp_path / "demo.evtlog", kdf=FAST_TEST_KDF)
    try:
        report = check_logbook(demo)
    finally:
        demo.close(backup=False)
    assert report.problems == ()
    assert report.records > 20


# One change per table, with raw SQL; (statement, what check must say, the event named).
EDITS = [
    (
        "UPDATE work_periods SET \"end\" = '2025-12-31' WHERE id = 1",
        "work period 1 (work_periods) differs from the events that recorded it: end is "
        "“2025-12-31” in the table, but event {} (period.update) recorded “2025-06-30”",
        "period.update",
    ),
    (
        "UPDATE work_periods SET withdrawn = 0 WHERE id = 2",
        "work period 2 (work_periods) differs from the events that recorded it: withdrawn is "
        "no in the table, but event {} (period.withdraw) recorded yes",
        "period.withdraw",
    ),
    (
        "UPDATE exam_weeks SET start = '2025-03-10' WHERE id = 1",
        "examination week 1 (exam_weeks) differs from the events that recorded it: start is "
        "“2025-03-10” in the table, but event {} (exam_week.add) recorded “2025-03-03”",
        "exam_week.add",
    ),
    (
        "UPDATE sites SET evt_per_year = 500 WHERE id = 1",
        "site 1 (sites) differs from the events that recorded it: evt_per_year is 500 in the "
        "table, but event {} (site.update) recorded 120",
        "site.update",
    ),
    (
        "UPDATE people SET years_as_operator = 30 WHERE id = 2",
        "person 2 (people) differs from the events that recorded it: years_as_operator is "
        "30.0 in the table, but event {} (person.update) recorded 12.5",
        "person.update",
    ),
    (
        "UPDATE settings SET value = 'false' WHERE key = 'plan.mri_primary'",
        "setting plan.mri_primary (settings) differs from the events that recorded it: value "
        "is no in the table, but event {} (plan.set) recorded yes",
        "plan.set",
    ),
    (
        "UPDATE plan_adaptations SET required_json = '{\"K1a.n\": 1}' WHERE id = 1",
        "proposed adaptation 1 (plan_adaptations) differs from the events that recorded it: "
        'required is “{"K1a.n":1}” in the table, but event {} (plan.propose) recorded '
        '“{"K1a.n":5}”',
        "plan.propose",
    ),
    (
        "UPDATE measure_marks SET done_on = '2025-01-01' WHERE id = 1",
        "measure mark 1 (measure_marks) differs from the events that recorded it: done_on is "
        "“2025-01-01” in the table, but event {} (measure.done) recorded “2025-04-01”",
        "measure.done",
    ),
    (
        'UPDATE settings SET value = \'{"H1": {"status": "no", "notes": "ja"}}\' '
        "WHERE key = 'readiness.site.1'",
        "setting readiness.site.1 (settings) differs from the events that recorded it: value "
        'is “{"H1":{"notes":"ja","status":"no"}}” in the table, but event {} (setting.set) '
        'recorded “{"H1":{"notes":"ja","status":"yes"}}”',
        "readiness",
    ),
    (
        "UPDATE trusted_keys SET role = 'supervisor' WHERE name = 'Sara Nyberg'",
        "differs from the events that recorded it: role is “supervisor” in the table, but "
        "event {} (trust.add) recorded “co_supervisor”",
        "trust.add",
    ),
    (
        "UPDATE attachments SET filename = 'annat.pdf'",
        "attached file 1 (attachments) differs from the events that recorded it: filename is "
        "“annat.pdf” in the table, but event {} (file.attach) recorded “intyg.pdf”",
        "file.attach",
    ),
    (
        "UPDATE meta SET value = 'other-curriculum' WHERE key = 'curriculum_id'",
        "the logbook's curriculum_id (meta) differs from the events that recorded it: value "
        "is “other-curriculum” in the table, but event 1 (logbook.create) recorded",
        "",
    ),
]


@pytest.mark.parametrize(("sql", "named", "event"), EDITS, ids=lambda v: str(v)[:40])
def test_a_row_changed_with_raw_sql_is_named_with_what_differs(
    made: Made, sql: str, named: str, event: str
) -> None:
    _as_attacker(made, sql)
    expected = named.replace("{}", str(made.seq[event])) if event else named
    problems = _problems(made)
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_a_refusal_edited_into_an_approval_is_named_by_its_event_and_its_signed_file(
    made: Made,
) -> None:
    _as_attacker(made, "UPDATE attestations SET approved = 1 WHERE subject = 'K1a'")
    where = f"statement K1a of attestation {made.attestation_id} (attestations)"
    assert _problems(made) == (
        f"{where} differs from the events that recorded it: approved is yes in the table, "
        f"but event {made.seq['attestation.import']} (attestation.import) recorded no",
        f"{where} differs from the file the supervisor signed: approved is yes in the table, "
        "but the signed file says no",
    )


def test_adaptation_terms_and_a_verdict_changed_in_a_statement_are_named(made: Made) -> None:
    _as_attacker(
        made,
        'UPDATE attestations SET adaptation_json = \'{"required": {"K1a.n": 0}, '
        "\"waived\": true}' WHERE subject = 'ADAPT:K1a'",
        "UPDATE attestations SET content_json = replace(content_json, 'Ryhov', 'Annat') "
        "WHERE subject = 'EXAM_WEEK'",
    )
    problems = " | ".join(_problems(made))
    for subject, field in (("ADAPT:K1a", "adaptation"), ("EXAM_WEEK", "content")):
        where = f"statement {subject} of attestation {made.attestation_id} (attestations)"
        assert f"{where} differs from the events that recorded it: {field} is" in problems
        assert f"{where} differs from the file the supervisor signed: {field} is" in problems


def test_a_signed_file_edited_to_match_an_edited_row_does_not_verify(made: Made) -> None:
    """Turning the file's refusal into an approval too breaks the supervisor's signature
    (and the file's hash, which its event recorded)."""
    engine = database.open_engine(made.path, made.key)
    with engine.connect() as connection:
        source = connection.execute(text("SELECT source FROM attestations LIMIT 1")).scalar()
    engine.dispose()
    body = json.loads(source)
    for row in body["attestation"]["statements"]:
        row["approved"] = True
    forged = json.dumps(body).encode().hex()
    _as_attacker(
        made,
        "UPDATE attestations SET approved = 1",
        f"UPDATE attestations SET source = X'{forged}'",
    )
    problems = " | ".join(_problems(made))
    assert (
        f"the signed file kept for attestation {made.attestation_id} (attestations) does not "
        "verify with the key it names: the signature does not match the file"
    ) in problems
    assert "source_sha256 is" in problems


def test_a_kept_file_that_is_not_an_attestation_is_named_not_a_traceback(made: Made) -> None:
    _as_attacker(made, "UPDATE attestations SET source = CAST('[[[' AS BLOB)")
    problems = " | ".join(_problems(made))
    assert (
        f"the signed file kept for attestation {made.attestation_id} (attestations) cannot "
        "be read: it is not an attestation file"
    ) in problems


DELETIONS = [
    ("DELETE FROM work_periods WHERE id = 1", "work period 1 (work_periods)", "period.update"),
    ("DELETE FROM exam_weeks WHERE id = 1", "examination week 1 (exam_weeks)", "exam_week.add"),
    ("DELETE FROM measure_marks", "measure mark 1 (measure_marks)", "measure.done"),
    ("DELETE FROM plan_adaptations WHERE id = 1", "proposed adaptation 1", "plan.propose"),
    ("DELETE FROM people WHERE id = 2", "person 2 (people)", "person.update"),
    ("DELETE FROM settings WHERE key = 'readiness.site.1'", "setting readiness.site.1", ""),
    ("DELETE FROM attachments", "attached file 1 (attachments)", "file.attach"),
    ("DELETE FROM attestations WHERE subject = 'K1a'", "statement K1a of attestation", ""),
]


@pytest.mark.parametrize(("sql", "noun", "event"), DELETIONS, ids=lambda v: str(v)[:40])
def test_a_row_deleted_with_raw_sql_is_named_as_missing(
    made: Made, sql: str, noun: str, event: str
) -> None:
    _as_attacker(made, sql)
    problems = _problems(made)
    assert len(problems) == 1, problems
    assert problems[0].startswith(noun) and " is missing: event " in problems[0]
    if event:
        assert f"event {made.seq[event]} ({event.split()[0]})" in problems[0]


def test_a_deleted_site_is_named_as_missing(made: Made) -> None:
    _as_attacker(made, "DELETE FROM sites WHERE id = 2")
    [problem] = _problems(made)
    assert problem.startswith("site 2 (sites) is missing: event ")
    assert problem.endswith("(site.add) recorded it, but the table has no such row")


def test_rows_added_with_raw_sql_are_named_as_having_no_event(made: Made) -> None:
    _as_attacker(
        made,
        "INSERT INTO work_periods (id, part, start, fraction, description, withdrawn) "
        "VALUES (9, 'NI', '2024-01-01', 1.0, '', 0)",
        "INSERT INTO settings (key, value) VALUES ('readiness.site.2', '{}')",
        "INSERT INTO attestations (attestation_id, subject, approved, comment, "
        "supervisor_name, supervisor_key, signed_at, bundle_manifest_sha256, basis_seq, "
        "imported_at, source) SELECT attestation_id, 'NI', 1, '', supervisor_name, "
        "supervisor_key, signed_at, bundle_manifest_sha256, basis_seq, imported_at, source "
        "FROM attestations WHERE subject = 'K1a'",
    )
    problems = _problems(made)
    where = f"statement NI of attestation {made.attestation_id} (attestations)"
    assert problems == (
        "work period 9 (work_periods) has no event that recorded it",
        "setting readiness.site.2 (settings) has no event that recorded it",
        f"{where} has no event that recorded it",
        f"{where} is not in the signed file kept with it",
    )


def test_a_key_put_back_after_it_was_removed_is_named(made: Made) -> None:
    _as_attacker(
        made,
        "INSERT INTO trusted_keys (id, public_key, name, role, fingerprint, added_at) "
        "VALUES (1, 'key', 'Fel nyckel', 'supervisor', '', '2026-01-01 00:00:00')",
    )
    assert _problems(made) == (
        f"trusted key 1 (trusted_keys) is in the table, but event {made.seq['trust.remove']} "
        "(trust.remove) removed it",
    )


def test_every_break_is_listed_not_only_the_first(made: Made) -> None:
    _as_attacker(
        made,
        "UPDATE work_periods SET fraction = 1.0 WHERE id = 2",
        "UPDATE work_periods SET part = 'NI', description = 'x' WHERE id = 1",
        "UPDATE sites SET home = 1, trainees = NULL WHERE id = 1",
        "DELETE FROM exam_weeks WHERE id = 2",
    )
    problems = _problems(made)
    assert len(problems) == 4, problems
    assert "fraction is 1.0 in the table, but event" in problems[1]
    assert "part is “NI” in the table" in problems[0] and "description is “x”" in problems[0]
    assert "home is yes in the table" in problems[3] and "; trainees is empty" in problems[3]
    assert problems[2].startswith("examination week 2 (exam_weeks) is missing")


def test_a_value_no_column_type_can_read_is_named_not_a_traceback(made: Made) -> None:
    _as_attacker(
        made,
        "UPDATE work_periods SET start = 'nonsense' WHERE id = 1",
        "UPDATE settings SET value = '{not json' WHERE key = 'default_site_id'",
        "UPDATE attestations SET signed_at = 'yesterday' WHERE subject = 'K1a'",
    )
    problems = " | ".join(_problems(made))
    assert "start is “nonsense” in the table" in problems
    assert "value is “{not json” in the table, but event" in problems
    assert "signed_at is “yesterday” in the table, but the signed file says" in problems


def test_a_table_dropped_with_the_raw_key_is_named_not_a_traceback(made: Made) -> None:
    _as_attacker(made, "DROP TABLE measure_marks", "ALTER TABLE attestations DROP COLUMN comment")
    problems = _problems(made)
    assert problems == (
        "the table measure_marks cannot be read: no such table: measure_marks",
        "the table attestations cannot be read: no such column: comment",
    )


def test_an_entry_date_no_column_type_can_read_is_named_not_a_traceback(
    logbook: Logbook,
) -> None:
    logbook.entries.add({"kind": "cme", "date": "2026-01-02", "title": "Kurs", "hours": 2})
    made = Made(logbook.path, logbook.database_key(), {}, "")
    logbook.close(backup=False)
    _as_attacker(made, "UPDATE entry_revisions SET date = 'nonsense'")
    assert _problems(made) == (
        "the entries could not be compared with the events that recorded them: a value in "
        "entry_revisions, retractions or entries is not one EVTDesk writes (Invalid "
        "isoformat string: 'nonsense')",
    )
