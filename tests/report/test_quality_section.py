"""The report's quality section: the follow-up year's indicators with denominators,
intervals and targets, the logistics medians, and no section before there is anything."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    references_to_setting,
)
from evtdesk.report import build_report, report_inputs_from_logbook
from evtdesk.report.inputs import ReportInputs
from evtdesk.store import Logbook
from tests.curriculum.factories import approval, attest, entry
from tests.report.report_helpers import CREATED, Demo, pages_text

APPROVED = CREATED.date() - timedelta(days=100)


def _text(pdf: bytes) -> str:
    """The text in one line; "3 / 4" as "3/4" (poppler's layout drops the spaces)."""
    return " ".join(" ".join(pages_text(pdf)).split()).replace(" / ", "/")


def _follow_up(demo: Demo, language: str) -> ReportInputs:
    start = datetime.combine(APPROVED + timedelta(days=1), datetime.min.time()) + timedelta(hours=8)
    cases = [
        entry("followup_case", APPROVED + timedelta(days=1 + n), "independent_first_operator",
              evt_performed=True, mtici="3" if n < 3 else "2a", sich=n == 0,
              arrival=start.isoformat(timespec="minutes"),
              puncture=(start + timedelta(minutes=40 + 10 * n)).isoformat(timespec="minutes"))
        for n in range(4)
    ]  # fmt: skip
    snapshot = demo.inputs.snapshot
    snapshot = replace(
        snapshot,
        entries=snapshot.entries + tuple(cases),
        attestations=snapshot.attestations + (attest("NI", APPROVED), *approval(APPROVED)),
    )
    ref = ReferenceValue("arrival_to_puncture", 62, "Riksstroke 2024", 2024)
    return replace(
        demo.inputs, snapshot=snapshot, language=language, quality_references={ref.key: ref}
    )


def test_the_follow_up_year_is_shown_with_denominators_and_targets(demo: Demo) -> None:
    text = _text(build_report(_follow_up(demo, "en")))
    assert f"Follow-up year {APPROVED.isoformat()}" in text
    assert "4 cases handled: 4 with EVT" in text
    assert "mTICI 2b–3 3/4 0 75 % (30.1–95.4) target > 60 % too few cases to judge" in text
    assert "Arrival → puncture 55 (47.5–62.5) 4 0 62 (Riksstroke 2024, 2024)" in text
    assert "Continuing education per calendar year" in text


def test_the_section_is_in_swedish_in_a_swedish_report(demo: Demo) -> None:
    text = _text(build_report(_follow_up(demo, "sv")))
    assert "Uppföljningsåret" in text
    assert "75 % (30,1–95,4)" in text
    assert "för få fall för att bedöma" in text


def test_no_section_without_evt_in_the_year_or_a_follow_up_year(demo: Demo) -> None:
    snapshot = replace(demo.inputs.snapshot, entries=(), attestations=())
    text = _text(build_report(replace(demo.inputs, snapshot=snapshot, language="en")))
    assert "Quality after approval" not in text


def test_before_approval_the_reports_calendar_year_is_shown(demo: Demo) -> None:
    evt = entry("evt", date(CREATED.year, 1, 15), "independent_first_operator", mtici="3")
    snapshot = replace(demo.inputs.snapshot, entries=(evt,), attestations=())
    text = _text(build_report(replace(demo.inputs, snapshot=snapshot, language="en")))
    assert f"Calendar year {CREATED.year}" in text
    assert "mTICI 2b–3 1/1 0 100 % (20.7–100)" in text


def test_the_references_entered_in_the_logbook_reach_the_report(logbook: Logbook) -> None:
    ref = ReferenceValue("arrival_to_imaging", 18, "EVAS 2024", 2024)
    logbook.records.set_setting(REFERENCES_SETTING, references_to_setting({ref.key: ref}))
    inputs = report_inputs_from_logbook(logbook, None, "b", CREATED, "fp", "en")
    assert inputs.quality_references == {ref.key: ref}
