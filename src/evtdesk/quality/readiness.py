"""A hospital's readiness for EVT (H1–H11): each criterion's status, evidence and notes.

The criteria are the curriculum's items of part `H`, so their wording and the section they
cite come from the curriculum file, not from here. A status declared in the hospital's
representative's signed readiness (`READINESS:<site>`, `curriculum.declared`) is the one
the H items are judged from; what is recorded in the logbook's settings under
`readiness_setting(site)` is the trainee's working record, shown beside it and deciding
nothing. The one criterion the logbook works out itself is H1, at least 50 EVT a year,
from the site's yearly EVT volume — and only while nobody has recorded a status for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from evtdesk.curriculum.schema import Item
from evtdesk.model import Site

READINESS_PART = "H"
STATUSES = ("met", "partly", "not_met", "unknown")
STATUS_LABELS = {
    "met": ("Uppfyllt", "Met"),
    "partly": ("Delvis", "Partly"),
    "not_met": ("Ej uppfyllt", "Not met"),
    "unknown": ("Ej bedömt", "Not assessed"),
}
H1_EVT_PER_YEAR = 50
# A signed readiness declaration as the engine reads it: status per criterion, the
# signer's name as the reader trusts the key, the signing day.
Declared = tuple[Mapping[str, str], str, date | None]


def readiness_setting(site_id: int) -> str:
    return f"readiness.site.{site_id}"


def status_label(status: str, language: str) -> str:
    sv, en = STATUS_LABELS[status]
    return sv if language == "sv" else en


@dataclass(frozen=True)
class Criterion:
    """One criterion for one site. `derived` is True when the status was worked out from
    the site's records rather than recorded by a person."""

    item: Item
    status: str
    evidence: str
    notes: str
    derived: bool = False
    declared: bool = False  # the status is the hospital's representative's signed word


@dataclass(frozen=True)
class SiteReadiness:
    """A site's criteria; `declared_by` and `declared_on` name the signed readiness
    declaration its declared criteria come from (empty: none stands)."""

    site: Site
    criteria: tuple[Criterion, ...]
    declared_by: str = ""
    declared_on: date | None = None

    def count(self, status: str) -> int:
        return sum(1 for c in self.criteria if c.status == status)


def _h1(site: Site, language: str) -> tuple[str, str]:
    volume = site.evt_per_year
    if volume is None:
        return "unknown", ""
    status = "met" if volume >= H1_EVT_PER_YEAR else "not_met"
    if language == "sv":
        return status, f"{volume} EVT per år enligt sjukhusets uppgifter"
    return status, f"{volume} EVT a year, as the site's record says"


def site_readiness(
    site: Site,
    items: Sequence[Item],
    recorded: Mapping[str, Any] | None,
    language: str = "en",
    declared: Declared | None = None,
) -> SiteReadiness:
    """Every H item for `site`: its status as the hospital's representative declared it
    where `declared` says it, else what is recorded here (malformed records read as
    unknown), which is shown and decides no item."""
    recorded = recorded if isinstance(recorded, Mapping) else {}
    statuses, by, on = declared if declared is not None else ({}, "", None)
    criteria = []
    for item in (i for i in items if i.part == READINESS_PART):
        body = recorded.get(item.id)
        body = body if isinstance(body, Mapping) else {}
        status = body.get("status")
        evidence, notes = str(body.get("evidence") or ""), str(body.get("notes") or "")
        if item.id in statuses:
            criteria.append(Criterion(item, statuses[item.id], evidence, notes, declared=True))
        elif status in STATUSES and status != "unknown":
            criteria.append(Criterion(item, str(status), evidence, notes))
        elif item.id == "H1":
            derived, derived_evidence = _h1(site, language)
            criteria.append(
                Criterion(item, derived, evidence or derived_evidence, notes, derived != "unknown")
            )
        else:
            criteria.append(Criterion(item, "unknown", evidence, notes))
    return SiteReadiness(site, tuple(criteria), by, on)


def record_criterion(
    recorded: Mapping[str, Any] | None,
    item_id: str,
    status: str,
    evidence: str | None,
    notes: str | None,
    items: Sequence[Item],
) -> dict[str, Any]:
    """The site's records with one criterion changed; ValueError on an unknown id/status.
    Evidence or notes left as None keep what was recorded."""
    known = [i.id for i in items if i.part == READINESS_PART]
    if item_id not in known:
        raise ValueError(f"{item_id!r} is not a hospital criterion; known: {', '.join(known)}")
    if status not in STATUSES:
        raise ValueError(f"{status!r} is not a status; use one of {', '.join(STATUSES)}")
    out = {k: dict(v) for k, v in (recorded or {}).items() if isinstance(v, Mapping)}
    body = out.get(item_id, {})
    body["status"] = status
    if evidence is not None:
        body["evidence"] = evidence.strip()
    if notes is not None:
        body["notes"] = notes.strip()
    out[item_id] = body
    return out
