"""The readiness checklist's pages: every criterion with status, evidence and notes, in the
chosen language, the same bytes for the same inputs."""

from __future__ import annotations

from datetime import date, datetime

from evtdesk.curriculum import load_curriculum
from evtdesk.model import Site
from evtdesk.quality.readiness import record_criterion, site_readiness
from evtdesk.report.readiness import ReadinessInputs, build_readiness
from tests.report.report_helpers import pages_text

ITEMS = load_curriculum("se-evt").items
SITE = Site(3, "Sunderby sjukhus", "Röntgen", evt_per_year=62)
RECORDED = record_criterion({}, "H5", "partly", "CT 24/7", "MRI weekdays only", ITEMS)


def _inputs(language: str) -> ReadinessInputs:
    readiness = site_readiness(SITE, ITEMS, RECORDED, language)
    return ReadinessInputs(readiness, language, "Anna Svensson", datetime(2026, 5, 1, 9), "se-evt")


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def test_every_criterion_is_listed_with_what_was_recorded() -> None:
    text = _text(build_readiness(_inputs("en")))
    for n in range(1, 12):
        assert f"H{n} " in text
    assert "Radiology: CT, CTA and CTP at once 24/7" in text
    assert "Partly" in text and "CT 24/7" in text and "MRI weekdays only" in text
    assert "62 EVT a year," in text  # the cell wraps after it
    assert "Met: 1" in text and "Partly: 1" in text and "Not assessed: 9" in text
    assert "Page 1 of 1" in text


def test_the_swedish_checklist_is_swedish() -> None:
    text = _text(build_readiness(_inputs("sv")))
    assert "Beredskap för ”enbart EVT”" in text
    assert "Delvis" in text and "Ej bedömt" in text
    assert "62 EVT per år" in text


def test_the_same_inputs_give_the_same_bytes() -> None:
    assert build_readiness(_inputs("en")) == build_readiness(_inputs("en"))


def test_the_checklist_says_whose_word_each_status_is() -> None:
    nobody = _text(build_readiness(_inputs("en")))
    assert "Nobody: the statuses are the logbook's own record" in nobody
    declared = site_readiness(
        SITE,
        ITEMS,
        RECORDED,
        "en",
        ({"H4": "met", "H6": "not_met"}, "Region Norrbotten", date(2026, 4, 2)),
    )
    inputs = ReadinessInputs(declared, "en", "Anna Svensson", datetime(2026, 5, 1, 9), "se-evt")
    text = _text(build_readiness(inputs))
    assert "Declared by Region Norrbotten, 2026-04-02" in text
    assert "Met: 2" in text and "Not met: 1" in text and "Partly: 1" in text  # H1 worked out
    # the trainee's own H5 is shown beside them, said to be hers
    assert "MRI weekdays only" in text and "(the logbook's record, not declared)" in text
