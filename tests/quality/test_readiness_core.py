"""H1–H11 per site: statuses as recorded, H1 worked out from the site's EVT volume."""

from __future__ import annotations

import pytest

from evtdesk.curriculum import load_curriculum
from evtdesk.model import Site
from evtdesk.quality.readiness import record_criterion, site_readiness

ITEMS = load_curriculum("se-evt").items
SITE = Site(1, "Sunderby", "Röntgen", evt_per_year=60)


def test_every_h_item_is_a_criterion_in_order() -> None:
    found = site_readiness(SITE, ITEMS, {})
    assert [c.item.id for c in found.criteria] == [f"H{n}" for n in range(1, 12)]


@pytest.mark.parametrize(("volume", "status"), [(50, "met"), (49, "not_met"), (None, "unknown")])
def test_h1_follows_the_sites_yearly_evt(volume: int | None, status: str) -> None:
    site = Site(1, "Sunderby", "Röntgen", evt_per_year=volume)
    h1 = site_readiness(site, ITEMS, {}).criteria[0]
    assert h1.status == status
    assert h1.derived is (volume is not None)


def test_a_recorded_status_wins_over_the_derived_one() -> None:
    recorded = record_criterion({}, "H1", "partly", "regional figures", None, ITEMS)
    h1 = site_readiness(SITE, ITEMS, recorded).criteria[0]
    assert (h1.status, h1.evidence, h1.derived) == ("partly", "regional figures", False)


def test_recording_keeps_what_was_said_before() -> None:
    first = record_criterion({}, "H5", "met", "CT 24/7", "MRI weekdays", ITEMS)
    second = record_criterion(first, "H5", "partly", None, None, ITEMS)
    assert second["H5"] == {"status": "partly", "evidence": "CT 24/7", "notes": "MRI weekdays"}
    assert site_readiness(SITE, ITEMS, second).count("partly") == 1


def test_unknown_criteria_and_statuses_are_refused() -> None:
    with pytest.raises(ValueError, match="not a hospital criterion"):
        record_criterion({}, "H12", "met", None, None, ITEMS)
    with pytest.raises(ValueError, match="not a status"):
        record_criterion({}, "H2", "maybe", None, None, ITEMS)


def test_malformed_records_read_as_not_assessed() -> None:
    found = site_readiness(SITE, ITEMS, {"H2": "yes", "H3": {"status": "bogus"}})
    assert [c.status for c in found.criteria[1:3]] == ["unknown", "unknown"]
