"""The flags beside an item, as a Swedish or English reader sees them, and exactly which
changes make a supervisor's attestation stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from evtdesk.curriculum import Curriculum, ItemProgress, evaluate, load_curriculum
from evtdesk.model import LogbookSnapshot, TrainingPlan, WorkPeriod
from tests.curriculum.factories import (
    UNIT,
    adaptation,
    amended,
    attest,
    entry,
    many,
    period,
    site_declaration,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2024, 1, 1)), site_declaration(UNIT)]
OWN = "independent_first_operator"


def item(
    snap: LogbookSnapshot, item_id: str, language: str = "en", curriculum: Curriculum = SE
) -> ItemProgress:
    return evaluate(curriculum, snap, TODAY, language).item(item_id)


def messages(result: ItemProgress) -> dict[str, str]:
    return {f.kind: f.message for f in result.flags}


def test_a_stale_attestation_is_said_in_swedish() -> None:
    evts = many(50, "evt", OWN)
    basis = max(e.changed_seq for e in evts)
    changed = amended(evts[0], basis + 1, role="first_operator")
    snap = snapshot([changed, *evts[1:]], [*PREP_DONE, attest("NI2", basis_seq=basis)])
    assert messages(item(snap, "NI2", "sv"))["stale_attestation"] == (
        "Intyget gäller registreringar som har ändrats eller återkallats sedan dess."
    )


def test_amending_the_last_entry_the_supervisor_saw_makes_the_attestation_stale() -> None:
    evts = many(50, "evt", OWN)
    last = evts[-1]
    basis = last.created_seq  # the bundle the supervisor attested ended with this entry
    changed = amended(last, basis + 1, role="second_operator")
    attested = [*PREP_DONE, attest("NI2", basis_seq=basis)]
    result = item(snapshot([*evts[:-1], changed], attested), "NI2")
    assert result.stale
    assert [f.entry_ids for f in result.flags if f.kind == "stale_attestation"] == [(last.id,)]


def test_a_waiver_and_an_adaptation_naming_unknown_conditions_are_said_in_swedish() -> None:
    plan = TrainingPlan(
        adaptations=(
            adaptation("NI3", waived=True),
            adaptation("NI2", NI2__indep=20, NI2__total=40),
        )
    )
    snap = snapshot([], PREP_DONE, plan=plan)
    assert messages(item(snap, "NI3", "sv"))["waived"] == (
        "Struket i den individuella utbildningsplanen."
    )
    assert messages(item(snap, "NI2", "sv"))["adaptation_unmatched"] == (
        "Anpassningen nämner NI2.indep, NI2.total, som inte finns i detta moment,"
        " och ändrar därför inget."
    )


def test_a_part_time_period_before_the_part_opened_is_named_with_a_decimal_comma() -> None:
    early = WorkPeriod(7, "NI", date(2023, 6, 1), date(2023, 8, 31), 0.625, 1)  # at an NI unit
    snap = snapshot([], PREP_DONE, [early])
    flags = messages(item(snap, "NI.TIME", "sv"))
    assert flags["periods_before_part_opened"].endswith(": 2023-06-01 – 2023-08-31 (62,5 %).")
    assert flags["short_block"] == (
        "1 arbetsperiod(er) räknas inte: tiden räknas bara i heltidsblock om minst 3 månader."
    )


def test_a_period_starting_on_the_day_the_part_opened_is_not_flagged() -> None:
    on_the_day = period("NI", date(2024, 1, 1), 6)
    flags = item(snapshot([], PREP_DONE, [on_the_day]), "NI.TIME").flags
    assert "periods_before_part_opened" not in [f.kind for f in flags]


HALF_BLOCKS = """
id = "x"
version = "1"
title_sv = "x"
title_en = "x"
[[parts]]
id = "P"
title_sv = "p"
title_en = "p"
[[items]]
id = "T"
part = "P"
title_sv = "t"
title_en = "t"
section = "s"
mandatory = true
[[items.conditions]]
id = "T"
type = "duration"
part = "P"
required = 6
block_min_months = 1.5
label_sv = "tid"
label_en = "time"
[[items]]
id = "ANY"
part = "P"
title_sv = "a"
title_en = "a"
section = "s"
mandatory = true
[[items.conditions]]
id = "ANY"
type = "count"
required = 3
label_sv = "a"
label_en = "a"
"""


def custom(tmp_path: Path) -> Curriculum:
    path = tmp_path / "custom.toml"
    path.write_text(HALF_BLOCKS, encoding="utf-8")
    return load_curriculum(path)


def test_a_block_length_that_is_not_whole_is_said_with_a_decimal_comma(tmp_path: Path) -> None:
    one_month = period("P", date(2025, 1, 1), 1)
    result = item(snapshot([], [], [one_month]), "T", "sv", custom(tmp_path))
    assert messages(result)["short_block"] == (
        "1 arbetsperiod(er) räknas inte: tiden räknas bara i heltidsblock om minst 1,5 månader."
    )


def test_an_item_counting_every_kind_goes_stale_when_any_entry_changes(tmp_path: Path) -> None:
    logged = [entry("course", title="a", hours=1), entry("cme", title="b", hours=2)]
    logged.append(entry("stroke_alarm"))
    basis = max(e.changed_seq for e in logged)
    changed = amended(logged[1], basis + 1, fields={"title": "b", "hours": 3})
    snap = snapshot([logged[0], changed, logged[2]], [attest("ANY", basis_seq=basis)])
    result = item(snap, "ANY", curriculum=custom(tmp_path))
    assert result.stale
