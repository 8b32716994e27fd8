"""Conditions judged from the logbook's records of places and people, not its entries.

* `sites`: the sites of a part's work periods (or the trainee's own hospital) against
  yearly volumes, recorded interventionists, and the ratio of supervising
  neurointerventionists to trainees. A number not recorded is said so, never guessed.
* `supervisor`: each main supervisor recorded against years as an EVT operator and EVT
  done as independent operator.
* a duration's `at_site`: only work periods at a matching site count; the others are
  shown and flagged.

The records are the trainee's account like her entries; what they show is flagged for
the supervisor, and a supervisor's attestation of the item still settles it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from evtdesk.curriculum.messages import number, say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import LogbookSnapshot, PersonRole, Site, WorkPeriod


def site_name(site: Site) -> str:
    return ", ".join(x for x in (site.hospital, site.unit) if x)


def selected_sites(
    condition: Condition, snapshot: LogbookSnapshot, today: date
) -> tuple[list[Site], list[WorkPeriod]]:
    """The sites `of` names, and the part's periods that name no site (they cannot be
    judged)."""
    by_id = {s.id: s for s in snapshot.sites}
    if condition.of == "home":
        return [s for s in snapshot.sites if s.home], []
    part = condition.of.removeprefix("part:")
    periods = sorted(
        (p for p in snapshot.periods if p.part == part and p.start <= today),
        key=lambda p: (p.start, p.id),
    )
    ids = sorted({p.site_id for p in periods if p.site_id is not None and p.site_id in by_id})
    return [by_id[i] for i in ids], [p for p in periods if p.site_id not in by_id]


def site_shortfalls(site: Site, thresholds: Mapping[str, float], language: str) -> list[str]:
    """What the site lacks against each threshold, in words ("EVT a year 80 (≥ 100)")."""
    gaps = []
    for key, wanted in thresholds.items():
        if key == "neurointervention":
            if not site.has_neurointervention:
                gaps.append(say("site_no_ni", language))
            continue
        if key == "max_trainees_per_supervisor":
            if not site.supervisors or site.trainees is None:
                gaps.append(say("site_ratio_unknown", language))
            elif site.trainees / site.supervisors > wanted:
                gaps.append(
                    say(
                        "site_ratio",
                        language,
                        s=site.supervisors,
                        t=site.trainees,
                        max=number(wanted, language),
                    )
                )
            continue
        value = getattr(site, key)
        label = say(f"site_{key}", language)
        if value is None:
            gaps.append(say("not_recorded", language, label=label))
        elif value < wanted:
            gaps.append(f"{label} {value} (≥ {number(wanted, language)})")
    return gaps


def site_line(site: Site, language: str) -> str:
    """A site with what is recorded of it: volumes, interventionists, the ratio."""
    facts = []
    for key in ("procedures_per_year", "evt_per_year", "interventionists"):
        value = getattr(site, key)
        if value is not None:
            facts.append(f"{say(f'site_{key}', language)} {value}")
    if site.supervisors and site.trainees is not None:
        facts.append(
            say(
                "site_ratio_value",
                language,
                s=site.supervisors,
                t=site.trainees,
                r=number(round(site.trainees / site.supervisors, 1), language),
            )
        )
    if site.has_neurointervention:
        facts.append(say("site_ni", language))
    return site_name(site) + (f": {'; '.join(facts)}" if facts else "")


def measure_sites(
    condition: Condition, snapshot: LogbookSnapshot, today: date, language: str
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """(done, required, met, details, flags) of a `sites` condition."""
    sites, unplaced = selected_sites(condition, snapshot, today)
    details = tuple(site_line(s, language) for s in sites)
    flags: list[Flag] = []
    good = 0
    for site in sites:
        gaps = site_shortfalls(site, condition.thresholds, language)
        if gaps:
            message = f"{site_name(site)}: {'; '.join(gaps)}."
            flags.append(Flag("site_short", message))
        else:
            good += 1
    if unplaced:
        named = ", ".join(p.start.isoformat() for p in unplaced)
        flags.append(
            Flag(
                "site_missing",
                say("site_missing", language, periods=named),
                (),
                tuple(p.id for p in unplaced),
            )
        )
    if not sites and condition.of == "home":
        details = (say("no_home", language),)
    required = max(len(sites) + len(unplaced), 1)
    met = bool(sites) and not unplaced and good == len(sites)
    return good, required, met, details, tuple(flags)


def measure_supervisors(
    condition: Condition, snapshot: LogbookSnapshot, language: str
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """(done, required, met, details, flags) of a `supervisor` condition: flagged when
    short, never more (the guidance's 'should', and the supervisor is chosen already)."""
    people = [p for p in snapshot.people if p.role == PersonRole.SUPERVISOR]
    details, flags, good = [], [], 0
    for person in people:
        gaps, facts = [], []
        for key, attribute in (("years", "years_as_operator"), ("evt", "evt_independent")):
            if key not in condition.thresholds:
                continue
            value: Any = getattr(person, attribute)
            label = say(f"supervisor_{key}", language)
            wanted = condition.thresholds[key]
            if value is None:
                gaps.append(say("not_recorded", language, label=label))
                continue
            facts.append(f"{label} {number(value, language)}")
            if value < wanted:
                gaps.append(f"{label} {number(value, language)} (≥ {number(wanted, language)})")
        details.append(person.name + (f": {'; '.join(facts)}" if facts else ""))
        if gaps:
            flags.append(Flag("supervisor_short", f"{person.name}: {'; '.join(gaps)}."))
        else:
            good += 1
    if not people:
        details.append(say("no_supervisor", language))
    return (
        good,
        max(len(people), 1),
        bool(people) and good == len(people),
        tuple(details),
        tuple(flags),
    )


def periods_at_site(
    condition: Condition, periods: Sequence[WorkPeriod], sites: Sequence[Site]
) -> tuple[list[WorkPeriod], list[WorkPeriod]]:
    """(counted, not counted) periods of a duration with `at_site`: a period counts only
    at a recorded site with every field asked for."""
    if not condition.at_site:
        return list(periods), []
    by_id = {s.id: s for s in sites}
    counted: list[WorkPeriod] = []
    left: list[WorkPeriod] = []
    for period in periods:
        site = by_id.get(period.site_id) if period.site_id is not None else None
        ok = site is not None and all(
            getattr(site, key) == wanted for key, wanted in condition.at_site.items()
        )
        (counted if ok else left).append(period)
    return counted, left


def not_at_site_flag(
    condition: Condition, left: Sequence[WorkPeriod], sites: Sequence[Site], language: str
) -> Flag | None:
    """The periods of a part that do not count because of where they were."""
    if not left:
        return None
    left = sorted(left, key=lambda p: (p.start, p.id))
    by_id = {s.id: s for s in sites}
    named = []
    for period in left:
        end = period.end.isoformat() if period.end else say("ongoing", language)
        site = by_id.get(period.site_id) if period.site_id is not None else None
        where = site_name(site) if site else say("no_site", language)
        named.append(f"{period.start.isoformat()} – {end} ({where})")
    wanted = "; ".join(
        say(f"at_{key}" if value else f"not_at_{key}", language)
        for key, value in condition.at_site.items()
    )
    message = say("period_not_at_site", language, where=wanted, periods=", ".join(named))
    return Flag("period_not_at_site", message, (), tuple(p.id for p in left))
