"""The examination week judged from the logbook: its cases, the supervisor's verdict on
the week it names (the latest decides), a failure's record and measures, the yearly
evaluation's action plan, and a stopped training."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from evtdesk.curriculum import Progress, evaluate, load_curriculum
from evtdesk.curriculum.approval import outdated, week_changed, week_pin
from evtdesk.model import (
    Attestation,
    ExamVerdict,
    ExamWeek,
    LogbookSnapshot,
    Measure,
    MeasureMark,
    YearlyEvaluation,
    measure_key,
)
from tests.curriculum.factories import UNIT, attest, entry, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
WEEK = ExamWeek(1, date(2026, 3, 2), UNIT.id)
AGAIN = ExamWeek(2, date(2026, 4, 13), UNIT.id)
MEASURE = Measure("Tio EVT till som försteoperatör", date(2026, 5, 31))


def verdict(
    week: ExamWeek, passed: bool, on: date, basis: int, measures: tuple[Measure, ...] = (MEASURE,)
) -> Attestation:
    content = ExamVerdict(week.id, week.start, "Sahlgrenska, Neurointervention")
    if not passed:
        content = replace(content, reason="Beslut dröjde", employer_informed=on, measures=measures)
    return replace(
        attest("EXAM_WEEK", on, passed, basis, "" if passed else "Underkänd"),
        id=f"v{week.id}-{basis}",
        verdict=content,
    )


def cases(week: ExamWeek, site: int = UNIT.id) -> list:  # type: ignore[type-arg]
    day = week.start
    role = "independent_first_operator"
    return [
        replace(entry("exam_week_case", day, role, evt_performed=True, mtici="2b"), site_id=site),
        replace(entry("exam_week_case", day, role, evt_performed=True, sich=True), site_id=site),
        replace(
            entry("exam_week_case", day, role, evt_performed=False, decision="no_evt"),
            site_id=site,
        ),
        replace(entry("exam_week_case", day, "second_operator", evt_performed=True), site_id=site),
    ]


def failed_gates() -> list[Attestation]:
    """Every certificate attested, the course and the parts: the week is open."""
    subjects = ("PREP", "NI", "K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K2f", "K3a")
    subjects += ("K3b", "K3c-CT", "K3c-MR", "NI1", "NI2", "NI3", "A2")
    return [attest(s, date(2025, 1, 1)) for s in subjects]


def run(snap: LogbookSnapshot) -> Progress:
    return evaluate(SE, snap, TODAY)


def with_weeks(
    statements: list[Attestation],
    weeks=(WEEK,),
    entries=None,
    marks=(),  # type: ignore[no-untyped-def]
) -> LogbookSnapshot:
    snap = snapshot(entries if entries is not None else cases(WEEK), statements)
    return replace(snap, exam_weeks=tuple(weeks), measure_marks=tuple(marks))


def test_the_week_shows_its_candidates_decisions_and_results() -> None:
    [week] = run(with_weeks([])).exam_weeks
    assert (week.candidates, week.decided_evt, week.decided_no_evt) == (4, 3, 1)
    assert (week.evt_performed, week.as_first_operator, week.mtici_2b_3, week.sich) == (3, 2, 1, 1)
    assert week.state == "awaiting" and week.at_neurointervention
    a3 = run(with_weeks([])).item("A3")
    assert not a3.met and "Week 2026-03-02 – 2026-03-08" in a3.details[0]
    [flag] = [f for f in a3.flags if f.kind == "week_not_first_operator"]
    assert len(flag.entry_ids) == 1


def test_a3_is_met_by_a_counted_verdict_approving_a_recorded_week_and_the_latest_decides() -> None:
    failed, passed = (
        verdict(WEEK, False, date(2026, 3, 10), 100),
        verdict(AGAIN, True, date(2026, 4, 20), 200),
    )
    both = cases(WEEK) + cases(AGAIN)  # a pass counts for a week with its cases recorded
    progress = run(with_weeks([failed], (WEEK, AGAIN), both))
    assert not progress.item("A3").met and progress.exam_weeks[0].state == "failed"
    opened = [*failed_gates(), failed]
    assert "Beslut dröjde" in run(with_weeks(opened, (WEEK, AGAIN), both)).item("A3").missing
    progress = run(with_weeks([failed, passed], (WEEK, AGAIN), both))
    assert progress.item("A3").met
    assert [w.state for w in progress.exam_weeks] == ["failed", "passed"]
    assert [w.current for w in progress.exam_weeks] == [False, True]
    # a later failure (about a later bundle) outranks the pass, whatever the dates say
    later = replace(verdict(AGAIN, False, date(2026, 4, 1), 300), id="late")
    assert not run(with_weeks([failed, passed, later], (WEEK, AGAIN), both)).item("A3").met


def test_a_verdict_about_a_week_the_logbook_does_not_hold_does_not_pass() -> None:
    ghost = verdict(ExamWeek(9, date(2026, 1, 5), UNIT.id), True, date(2026, 1, 12), 100)
    a3 = run(with_weeks([ghost])).item("A3")
    assert not a3.met and [f.kind for f in a3.flags].count("verdict_unknown_week") == 1
    # the same week id with another start (withdrawn and entered again) is another week
    moved = replace(ghost, verdict=replace(ghost.verdict, week_id=1))  # type: ignore[arg-type]
    assert not run(with_weeks([moved])).item("A3").met


def test_an_approval_signed_before_verdicts_named_a_week_still_counts_flagged() -> None:
    a3 = run(with_weeks([attest("EXAM_WEEK", date(2026, 3, 10))])).item("A3")
    assert a3.met and "verdict_without_week" in [f.kind for f in a3.flags]


def test_cases_outside_a_recorded_week_or_at_another_unit_are_flagged_and_not_counted() -> None:
    stray = [
        replace(
            entry("exam_week_case", date(2026, 2, 1), "observer", evt_performed=False),
            site_id=UNIT.id,
        )
    ]
    elsewhere = cases(WEEK, site=7)
    progress = run(with_weeks([], entries=cases(WEEK) + stray + elsewhere))
    assert progress.exam_weeks[0].candidates == 4
    [flag] = [f for f in progress.item("A3").flags if f.kind == "case_outside_week"]
    assert len(flag.entry_ids) == 5


def test_a_failed_week_records_a4_and_its_measures_are_next_steps_until_a_pass() -> None:
    failed = verdict(WEEK, False, date(2026, 3, 10), 100)
    progress = run(with_weeks([failed]))
    a4 = progress.item("A4")
    assert a4.met and "Employer informed 2026-03-10" in a4.details[0]
    [measure] = progress.measures
    assert measure.open and measure.key == measure_key(failed.id, "EXAM_WEEK", 1)
    assert progress.next_steps[0].sentence == (
        "Overdue measure, due 2026-05-31 (the examination week, Erik Holm): "
        "Tio EVT till som försteoperatör"
    )
    assert progress.next_steps[0].item_id == "A4"
    marked = run(with_weeks([failed], marks=[MeasureMark(1, measure.key, date(2026, 5, 2))]))
    assert not marked.measures[0].open and marked.measures[0].done_on == date(2026, 5, 2)
    assert not marked.next_steps or "Measure" not in marked.next_steps[0].sentence
    assert not marked.item("A3").met  # her mark passes nothing
    passed = verdict(AGAIN, True, date(2026, 4, 20), 200)
    assert run(with_weeks([failed, passed], (WEEK, AGAIN))).measures == ()


def test_a_mark_naming_no_signed_measure_marks_nothing() -> None:
    failed = verdict(WEEK, False, date(2026, 3, 10), 100)
    made_up = MeasureMark(1, "0000/EXAM_WEEK/1", date(2026, 5, 2))
    assert run(with_weeks([failed], marks=[made_up])).measures[0].open


def test_a_failure_without_its_record_leaves_a4_short() -> None:
    bare = attest("EXAM_WEEK", date(2026, 3, 10), approved=False, comment="Nej")
    a4 = run(with_weeks([bare])).item("A4")
    assert not a4.met and "without the reason" in a4.details[0]


def test_an_insufficient_year_tracks_its_action_plan() -> None:
    plan = (Measure("Längre tid för NI2", date(2026, 9, 30)),)
    statement = replace(
        attest("EVAL:2025", date(2026, 1, 10), approved=False, comment="Otillräcklig"),
        evaluation=YearlyEvaluation(2025, {"NI2": 3}, plan),
    )
    progress = run(replace(snapshot([entry("evt", date(2025, 2, 1), "observer")], [statement])))
    [measure] = progress.measures
    assert measure.source == "EVAL:2025" and measure.open
    assert progress.next_steps[0].item_id == "S5"
    assert progress.next_steps[0].sentence.startswith(
        "Measure due 2026-09-30 (the evaluation of 2025"
    )
    [year_2025] = [y for y in progress.years if y.year == 2025]
    assert year_2025.evaluation is not None and year_2025.evaluation.id == statement.id
    assert year_2025.due


def test_a_stopped_training_is_the_only_next_step_until_resumed() -> None:
    stop = replace(
        attest("TRAINING_STOP", date(2026, 5, 1), comment="Ingen tid avsatt"), basis_seq=10
    )
    progress = run(snapshot([], [stop]))
    assert progress.stopped is not None and progress.stopped.id == stop.id
    assert [s.sentence for s in progress.next_steps] == [
        "The training is stopped by Erik Holm (2026-05-01): Ingen tid avsatt"
    ]
    resumed = replace(
        attest("TRAINING_STOP", date(2026, 5, 20), approved=False, comment="Tid avsatt"),
        basis_seq=20,
    )
    progress = run(snapshot([], [stop, resumed]))
    assert progress.stopped is None and progress.next_steps[0].item_id == "ENTRY"


def test_a_statement_signed_after_the_day_asked_about_does_not_count() -> None:
    passed = verdict(WEEK, True, date(2026, 3, 10), 100)
    snap = with_weeks([passed])
    assert not evaluate(SE, snap, date(2026, 3, 9)).item("A3").met
    assert evaluate(SE, snap, date(2026, 3, 10)).item("A3").met
    assert datetime(2026, 3, 10) == passed.signed_at


def test_a_pass_pinned_by_revision_numbers_awaits_a_new_verdict_and_says_why() -> None:
    """Passes were once pinned `<entry id>@<revision>`, numbers the trainee's logbook
    writes; such a pass cannot show the cases are those judged, so the week awaits."""
    entries = cases(WEEK)
    old = verdict(WEEK, True, date(2026, 3, 10), 100)
    assert old.verdict is not None
    by_number = tuple(sorted(f"{e.id}@{e.revision}" for e in entries))
    pinned_old = replace(old, verdict=replace(old.verdict, cases=by_number))
    [week] = run(with_weeks([pinned_old], entries=entries)).exam_weeks
    assert week.state == "awaiting" and week.changed_after is not None
    assert "by the logbook's own revision numbers" in week_changed(week, "en")
    pinned_now = replace(
        old, verdict=replace(old.verdict, cases=week_pin(with_weeks([], entries=entries), WEEK))
    )
    assert run(with_weeks([pinned_now], entries=entries)).exam_weeks[0].state == "passed"


def test_a_pass_binds_the_whole_digest_and_a_2026_11_pin_still_reads() -> None:
    """The trainee writes both versions of a case, so 64 bits of its digest gave her a
    colliding pair within reach: a pin now holds the whole SHA-256 and must match all of
    it. A pass EVTDesk 2026.11 signed with 16 hex digits still decides what it did."""
    entries = cases(WEEK)
    old = verdict(WEEK, True, date(2026, 3, 10), 100)
    assert old.verdict is not None
    whole = week_pin(with_weeks([], entries=entries), WEEK)
    assert all(len(p.partition("#")[2]) == 64 for p in whole)

    def passed(pins: tuple[str, ...]) -> str:
        pinned = replace(old, verdict=replace(old.verdict, cases=pins))  # type: ignore[arg-type]
        return run(with_weeks([pinned], entries=entries)).exam_weeks[0].state

    legacy = tuple(p[: p.index("#") + 17] for p in whole)
    assert passed(legacy) == "passed"
    signed_late = replace(
        old, signed_at=datetime(2027, 1, 4), verdict=replace(old.verdict, cases=legacy)
    )  # type: ignore[arg-type]
    assert outdated(signed_late, entries)  # a short pin signed since 2026.12 names nothing
    # the same first 16 digits, another content: what a collision on 64 bits would give
    forged = (whole[0][: whole[0].index("#") + 17] + "0" * 48, *whole[1:])
    assert passed(forged) == "awaiting"
    assert passed(whole[:-1]) == "awaiting"  # a case added after he judged the week
