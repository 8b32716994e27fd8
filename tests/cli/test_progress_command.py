"""`evtdesk progress` as text: what the app shows, in one language throughout."""

from __future__ import annotations

import re
from datetime import date

import pytest

from evtdesk.cli.progress_command import print_progress
from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import LogbookSnapshot, TrainingPlan, WorkPeriod
from tests.curriculum.factories import (
    UNIT,
    adaptation,
    approval,
    attest,
    entry,
    many,
    period,
    site_declaration,
    snapshot,
)

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
# the parts approved, and the unit declared by its supervisor (NI.TIME counts time only there)
GATES = [
    attest("PREP", date(2025, 1, 1)),
    attest("NI", date(2025, 6, 1)),
    *approval(),
    site_declaration(UNIT),
]


def text(snap: LogbookSnapshot, language: str, capsys: pytest.CaptureFixture[str]) -> str:
    print_progress(evaluate(SE, snap, TODAY, language))
    return capsys.readouterr().out


def line_of(output: str, item_id: str) -> str:
    [line] = [x for x in output.splitlines() if x.startswith(f"  {item_id} ")]
    return line


def test_plan_adaptations_are_shown_under_their_item(capsys: pytest.CaptureFixture[str]) -> None:
    plan = TrainingPlan(
        adaptations=(adaptation("PREP.TIME", PREP__TIME=6), adaptation("NI3", waived=True))
    )
    output = text(snapshot([], [], [], plan), "en", capsys).splitlines()
    at = output.index(line_of("\n".join(output), "PREP.TIME"))
    assert output[at + 1].strip() == (
        "✎ Training-plan adaptation: Interventionell radiolog: kortare neuroradiologisk tid. "
        "(PREP.TIME → 6; Erik Holm, 2024-02-01)"
    )
    swedish = text(snapshot([], [], [], plan), "sv", capsys)
    assert "✎ Anpassning i utbildningsplanen: Interventionell radiolog" in swedish
    assert "(struket; Erik Holm, 2024-02-01)" in swedish


def test_swedish_output_has_swedish_states_and_decimal_commas(
    capsys: pytest.CaptureFixture[str],
) -> None:
    periods = [
        period("PREP", date(2023, 1, 1), 12),
        WorkPeriod(5, "NI", date(2024, 10, 15), None, site_id=1),
    ]
    snap = snapshot([entry("cme", date(2026, 1, 5), title="x", hours=2.5)], GATES, periods)
    output = text(snap, "sv", capsys)
    for english in ("[open]", "[locked]", "[complete]", "Next steps"):
        assert english not in output
    assert "Förberedande del [klar, " in output and "Uppföljningsår och kvalitet [pågår, " in output
    assert "Neurointerventionsdel [låst, 0 av 8 uppfyllda]" in text(snapshot([]), "sv", capsys)
    assert not re.search(r"\d\.\d", output.replace("se-evt 2024.", "")), "a decimal point"
    assert "tjänstgöring 19,6 / 12 mån" in line_of(output, "NI.TIME")
    assert "timmar i år 2,5 / 16 h" in line_of(output, "C1")
    flag = "⚑ Arbetsperioder som börjar före 2025-01-01, då delen öppnades: 2024-10-15 – pågående."
    assert flag in output


def test_ratios_show_a_percentage_against_their_target(capsys: pytest.CaptureFixture[str]) -> None:
    cases = many(3, "followup_case", "first_operator", evt_performed=True, mtici="2b", sich=False)
    cases.append(
        entry("followup_case", role="first_operator", evt_performed=True, mtici="1", sich=True)
    )
    q3 = line_of(text(snapshot(cases, GATES), "en", capsys), "Q3")
    assert "mTICI 2b–3 75.0 % (target > 60 %)" in q3
    assert "sICH 25.0 % (target < 10 %)" in q3
    assert "/60" not in q3 and "/ 60" not in q3
    assert "mTICI 2b–3 0,0 % (mål > 60 %)" in line_of(text(snapshot([], GATES), "sv", capsys), "Q3")


def test_refusals_and_flags_are_shown_under_their_item(capsys: pytest.CaptureFixture[str]) -> None:
    refused = attest("NI1", date(2026, 5, 31), approved=False, comment="more cases")
    early = entry("evt", date(2024, 12, 1), "first_operator")
    output = text(snapshot([early], [*GATES, refused]), "en", capsys)
    assert "  NI1          open" in output
    assert "✗ Not approved by Erik Holm (2026-05-31): more cases." in output
    assert "⚑ Entries dated before 2025-01-01, when the part opened: 1." in output
    # the part's approval, signed before the refusal of its own NI1, no longer stands
    part = "Neurointervention part [open, 1 of 8 met]\n  ✗ The approval of the part"
    assert part in output and "that refusal stands." in output
