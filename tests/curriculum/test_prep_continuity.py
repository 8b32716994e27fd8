"""PREP.TIME "relativt sammanhållen": the preparatory part's pauses and spread are
flagged beside the months, at the file's own limits (pauses over 6 months; 12 months
reached only after more than 24), and never stop the months from counting."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum
from evtdesk.curriculum.continuity import pauses
from evtdesk.curriculum.durations import add_months
from evtdesk.model import TrainingPlan, WorkPeriod
from tests.curriculum.factories import adaptation, period, snapshot

SE = load_curriculum("se-evt")
FILE = Path(__file__).parents[2] / "resources" / "curricula" / "se-evt-2024.toml"
TODAY = date(2026, 6, 1)


def prep_time(periods: list[WorkPeriod], language: str = "en", months: float = 0) -> ItemProgress:
    """PREP.TIME judged today; `months`: the time the supervisor's plan adapted it to."""
    plan = (
        TrainingPlan(adaptations=(adaptation("PREP.TIME", PREP__TIME=months),)) if months else None
    )
    return evaluate(SE, snapshot(periods=periods, plan=plan), TODAY, language).item("PREP.TIME")


def kinds(item: ItemProgress) -> list[str]:
    return [f.kind for f in item.flags]


def two_halves(pause_days: int) -> list[WorkPeriod]:
    """Six months, a pause of `pause_days` days, six more months."""
    first = period("PREP", date(2022, 1, 1), 6, pid=1)  # to 2022-06-30
    start = date(2022, 7, 1) + timedelta(days=pause_days)
    return [first, period("PREP", start, 6, pid=2)]


def test_the_source_sentence_and_our_limits_are_in_the_file() -> None:
    body = FILE.read_text(encoding="utf-8")
    assert "Perioden bör vara relativt sammanhållen men kan omfatta" in body
    assert "max_gap_months = 6" in body and "max_span_factor = 2" in body
    assert "EVTDesk's own reading" in body


def test_a_pause_of_six_months_is_a_pause_and_one_day_more_is_named() -> None:
    # 2022-07-01 – 2022-12-31 is six calendar months: a pause for ordinary duties
    at = prep_time(two_halves(184))
    assert at.met and "not_continuous" not in kinds(at)
    over = prep_time(two_halves(185))
    [flag] = [f for f in over.flags if f.kind == "not_continuous"]
    assert over.met and over.conditions[0].done == 12  # the months still count in full
    assert "2022-07-01 – 2023-01-01" in flag.message and "longer than 6 months" in flag.message
    assert set(flag.period_ids) == {1, 2}


def test_twelve_months_spread_over_exactly_24_pass_and_over_24_are_named() -> None:
    # four 3-month stints with 4-month pauses: 3+4+3+4+3+4+3 = 24 months, no pause over 6
    def stints(extra: int) -> list[WorkPeriod]:
        out, start = [], date(2021, 1, 1)
        for n in range(4):
            out.append(period("PREP", start, 3, pid=10 + n))
            start = add_months(start, 7)
            if n == 2:
                start += timedelta(days=extra)
        return out

    at = prep_time(stints(0))
    assert at.met and "not_continuous" not in kinds(at)
    over = prep_time(stints(1))
    [flag] = [f for f in over.flags if f.kind == "not_continuous"]
    assert "reached only after 24" in flag.message and "more than 2 times" in flag.message
    assert "Pauses" not in flag.message


def test_twelve_one_month_stints_over_six_years_are_flagged_but_met() -> None:
    stints = [period("PREP", date(2019 + n // 2, 1 + 6 * (n % 2), 1), 1) for n in range(12)]
    item = prep_time(stints)
    assert item.met and "not_continuous" in kinds(item)
    swedish = prep_time(stints, "sv")
    [flag] = [f for f in swedish.flags if f.kind == "not_continuous"]
    assert flag.message.startswith("Perioden bör vara relativt sammanhållen.")
    assert "läroplanens egen gräns" in flag.message


def test_continuous_work_never_spreads_however_long_and_part_time_is_work() -> None:
    long = prep_time([period("PREP", date(2021, 1, 1), 40)])
    assert "not_continuous" not in kinds(long)
    half = prep_time([period("PREP", date(2022, 1, 1), 24, fraction=0.5)])
    assert half.met and "not_continuous" not in kinds(half)
    slower = prep_time([period("PREP", date(2022, 1, 1), 25, fraction=0.48)])
    assert "not_continuous" in kinds(slower)


def test_the_spread_follows_the_adapted_time_and_counts_so_far() -> None:
    # two-month stints with four-month pauses (none over six)
    stints = [period("PREP", start, 2) for start in (date(2024, 1, 1), date(2024, 7, 1))]
    stints.append(period("PREP", date(2025, 1, 1), 2))
    # six months required for an interventional radiologist: reached after 14, over 12
    adapted = prep_time(stints, months=6)
    [flag] = [f for f in adapted.flags if f.kind == "not_continuous"]
    assert adapted.met and "The 6 months required were reached only after 14 months" in flag.message
    assert "Pauses" not in flag.message
    # twelve required and not reached: spread so far, to today
    [flag] = [f for f in prep_time(stints).flags if f.kind == "not_continuous"]
    assert "The 12 months required are not reached after 29 months" in flag.message


def test_overlapping_and_adjoining_periods_are_one_stretch() -> None:
    a = WorkPeriod(1, "PREP", date(2024, 1, 1), date(2024, 3, 31))
    b = WorkPeriod(2, "PREP", date(2024, 2, 1), date(2024, 2, 28))
    c = WorkPeriod(3, "PREP", date(2024, 4, 1), date(2024, 4, 30))
    d = WorkPeriod(4, "PREP", date(2024, 6, 1), None)
    [gap] = pauses([d, b, c, a], TODAY)
    assert (gap.first, gap.last, gap.after, gap.before) == (
        date(2024, 5, 1),
        date(2024, 5, 31),
        3,
        4,
    )
    assert gap.months == 1
