"""C3, short observation visits: continuing education after the approval, judged per
calendar year from the approval on. A visit made during the training does not count; the
approval day itself does; a year after the approval's own without a visit is flagged."""

from __future__ import annotations

from datetime import date

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum, progress_to_json
from evtdesk.model import Entry
from tests.curriculum.factories import approval, attest, entry, snapshot

SE = load_curriculum("se-evt")
APPROVED = date(2026, 9, 1)
ORDER = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1))]
TRAINED = [*ORDER, *approval(APPROVED)]


def visit(day: date) -> Entry:
    return entry("observation_visit", day, unit="Karolinska, Neuroradiologi", days=2)


def c3(
    visits: list[Entry], today: date, language: str = "en", trained: bool = True
) -> ItemProgress:
    statements = TRAINED if trained else ORDER
    return evaluate(SE, snapshot(visits, statements), today, language).item("C3")


def test_a_visit_during_the_training_does_not_count_after_the_approval() -> None:
    item = c3([visit(date(2026, 5, 4))], date(2026, 11, 1))
    assert item.state == "open" and not item.met
    assert item.conditions[0].done == 0 and item.conditions[0].required == 1
    assert item.details[0] == (
        "Counted from the approval on 2026-09-01; recorded before it and not counted here: 1."
    )
    assert "1 more (observation visits this year)" in item.missing


def test_the_day_before_the_approval_is_training_and_the_day_itself_counts() -> None:
    assert not c3([visit(date(2026, 8, 31))], date(2026, 11, 1)).met
    on_the_day = c3([visit(APPROVED)], date(2026, 11, 1))
    assert on_the_day.met and on_the_day.state == "met"
    assert "before_part_opened" not in [f.kind for f in on_the_day.flags]


def test_each_calendar_year_after_the_approval_needs_its_own_visit() -> None:
    autumn = [visit(date(2026, 10, 5))]
    # 2026's visit stands while 2027 runs ...
    assert c3(autumn, date(2027, 6, 1)).met
    # ... but once 2027 is over without one, it is not met and 2027 is named
    later = c3(autumn, date(2028, 2, 1))
    assert not later.met
    [flag] = [f for f in later.flags if f.kind == "year_below"]
    assert "2027 (0)" in flag.message and "2026" not in flag.message
    assert c3([*autumn, visit(date(2027, 12, 31))], date(2028, 2, 1)).met


def test_the_approval_year_is_a_part_year_never_flagged_below() -> None:
    first_spring = c3([], date(2027, 3, 1))
    assert not first_spring.met and "year_below" not in [f.kind for f in first_spring.flags]
    assert "2026: 0 · 2027 so far: 0" in first_spring.details


def test_before_the_approval_the_visits_wait_for_it() -> None:
    item = c3([visit(date(2026, 5, 4))], date(2026, 6, 1), trained=False)
    assert item.state == "locked" and not item.met
    assert item.details == ("Counted from the day A was approved.",)
    swedish = c3([visit(date(2026, 5, 4))], date(2026, 6, 1), "sv", trained=False)
    assert swedish.details == ("Räknas från den dag A godkändes.",)


def test_swedish_words_and_the_json_carry_the_year() -> None:
    item = c3([visit(date(2026, 5, 4))], date(2026, 11, 1), "sv")
    assert "2026-09-01; registrerade före det räknas inte här: 1." in item.details[0]
    snap = snapshot([visit(date(2026, 10, 1))], TRAINED)
    shown = progress_to_json(evaluate(SE, snap, date(2026, 11, 1)))
    [row] = [i for i in shown["items"] if i["id"] == "C3"]
    assert row["met"] and row["conditions"][0]["done"] == 1
    assert row["details"][0] == "Counted from the approval on 2026-09-01."
