"""Conditions judged from the logbook's records of places and people, not its entries.

* `sites`: the sites of a part's work periods (or the trainee's own hospital) against
  yearly volumes, recorded interventionists, and the ratio of supervising
  neurointerventionists to trainees. A number not recorded is said so, never guessed.
* `supervisor`: each main supervisor's declared qualification against years as a
  specialist in neurointervention and EVT done as independent operator.
* a duration's `at_site`: only work periods at a site declared to match count; the
  others are shown and flagged, an undeclared site with why (the part's time is still
  the main supervisor's to approve, and his approval of the item settles it).

The records are the trainee's account and are shown as such; the facts judged are those
the person responsible declared and signed (`curriculum.declared`). What falls short is
flagged, and a supervisor's attestation of the item still settles it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from evtdesk.curriculum.declared import (
    Confirmed,
    confirmed_site,
    declared_hospitals,
    derived,
    gone,
    handed_over,
    qualifications,
)
from evtdesk.curriculum.messages import number, say
from evtdesk.curriculum.progress import Flag
from evtdesk.curriculum.schema import Condition
from evtdesk.model import Attestation, LogbookSnapshot, PersonRole, Site, WorkPeriod
from evtdesk.model.statements import may_decide


def site_name(site: Site) -> str:
    return ", ".join(x for x in (site.hospital, site.unit) if x)


def selected_sites(
    condition: Condition, snapshot: LogbookSnapshot, today: date
) -> tuple[list[Site], list[WorkPeriod]]:
    """The sites `of` names, and the part's periods that name no site (they cannot be
    judged)."""
    by_id = {s.id: s for s in snapshot.sites}
    if condition.of == "home":
        declared = declared_hospitals(snapshot.sites, snapshot.attestations)
        return declared or [s for s in snapshot.sites if s.home], []
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
    """(done, required, met, details, flags) of a `sites` condition. A site counts only
    as the supervisor responsible there declared it (`curriculum.declared`): the
    trainee's record of it is shown, never judged good."""
    sites, unplaced = selected_sites(condition, snapshot, today)
    details: list[str] = []
    flags: list[Flag] = []
    good = 0
    for site in sites:
        confirmed = confirmed_site(site, snapshot.attestations)
        details.append(f"{site_line(confirmed.site, language)} ({_standing(confirmed, language)})")
        gaps = site_shortfalls(confirmed.site, condition.thresholds, language)
        if not confirmed.confirmed:
            gaps.insert(0, _standing(confirmed, language))
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
        details = [say("no_home", language)]
    required = max(len(sites) + len(unplaced), 1)
    met = bool(sites) and not unplaced and good == len(sites)
    return good, required, met, tuple(details), tuple(flags)


def _standing(confirmed: Confirmed, language: str) -> str:
    """Who declared the site, or why its record is the trainee's own."""
    if confirmed.confirmed and confirmed.on is not None:
        return say("site_confirmed", language, by=confirmed.by, on=confirmed.on.isoformat())
    if confirmed.declared_as:
        return say("site_renamed", language, named=confirmed.declared_as)
    return say("site_unconfirmed", language)


_QUALIFICATION_FACTS = (("years", "years_specialist_ni"), ("evt", "evt_independent"))


def measure_supervisors(
    condition: Condition, snapshot: LogbookSnapshot, language: str, today: date | None = None
) -> tuple[float, float, bool, tuple[str, ...], tuple[Flag, ...]]:
    """(done, required, met, details, flags) of a `supervisor` condition: each main
    supervisor's qualification as he declared and signed it (`QUALIFICATION`); what the
    trainee recorded of her supervisors is shown, marked not declared, and decides
    nothing. Flagged when short, never more (the guidance's 'should')."""
    declared = qualifications(snapshot.attestations, today)
    details, flags, good = [], [], 0
    for statement in declared:
        assert statement.declaration is not None  # qualifications() keeps only declarations
        facts, gaps = _qualification(condition, statement.declaration.facts, language)
        on = say("supervisor_declared", language, on=statement.signed_at.date().isoformat())
        details.append(f"{statement.supervisor_name}: {'; '.join([*facts, on])}")
        if gaps:
            flags.append(
                Flag("supervisor_short", f"{statement.supervisor_name}: {'; '.join(gaps)}.")
            )
        else:
            good += 1
    for person in snapshot.people:
        if person.role != PersonRole.SUPERVISOR or _declared_by(person.name, declared):
            continue
        typed = {
            "years_specialist_ni": person.years_as_operator,
            "evt_independent": person.evt_independent,
        }
        facts, _gaps = _qualification(condition, typed, language)
        if facts:
            shown = "; ".join(facts)
            details.append(say("supervisor_unconfirmed", language, name=person.name, facts=shown))
        else:
            details.append(say("supervisor_undeclared", language, name=person.name))
    if not declared:
        details.insert(0, say("no_qualification", language))
    silent = acting_undeclared(snapshot.attestations, declared, today)
    for name in silent:
        flags.append(Flag("supervisor_short", say("acting_undeclared", language, name=name)))
    required = max(len(declared) + len(silent), 1)
    return good, required, bool(declared) and good == required, tuple(details), tuple(flags)


def acting_main_supervisors(
    statements: Sequence[Attestation], today: date | None = None
) -> dict[str, str]:
    """The keys (with their names) that decide as main supervisor now: a statement of
    theirs decides, and they have not handed the training over. The guidance has one
    main supervisor; two here mean a hand-over this reader has not seen, or two keys
    trusted as main supervisor for the same trainee."""
    away = handed_over(statements)
    acting: dict[str, str] = {}
    for statement in sorted(statements, key=lambda s: (s.signed_at, s.id)):
        if statement.signer_role != PersonRole.SUPERVISOR or not may_decide(statement):
            continue
        if derived(statement) or gone(away, statement.supervisor_key, today):
            continue  # read from a readiness; or he handed the training over
        acting.setdefault(statement.supervisor_key, statement.supervisor_name)
    return acting


def acting_undeclared(
    statements: Sequence[Attestation], declared: Sequence[Attestation], today: date | None = None
) -> list[str]:
    """The names of the keys that decide as main supervisor now without a standing
    declaration of their own: S1 asks it of *the* main supervisor, so another's
    declaration cannot stand in for his."""
    own = {s.supervisor_key for s in declared}
    acting = acting_main_supervisors(statements, today)
    return [name for key, name in acting.items() if key not in own]


def _declared_by(name: str, declared: Sequence[Attestation]) -> bool:
    """Whether a supervisor the trainee recorded is one who declared (the name she gave
    his key may add to the one she typed: "Erik Holm" and "Erik Holm (Sahlgrenska)")."""
    typed = name.strip().casefold()
    return bool(typed) and any(
        s.supervisor_name.strip().casefold().startswith(typed) for s in declared
    )


def _qualification(
    condition: Condition, facts: Mapping[str, Any], language: str
) -> tuple[list[str], list[str]]:
    """(what is stated, what falls short) of one supervisor against the thresholds."""
    stated, gaps = [], []
    for key, attribute in _QUALIFICATION_FACTS:
        if key not in condition.thresholds:
            continue
        value = facts.get(attribute)
        label = say(f"supervisor_{key}", language)
        wanted = condition.thresholds[key]
        if value is None:
            gaps.append(say("not_recorded", language, label=label))
            continue
        stated.append(f"{label} {number(value, language)}")
        if value < wanted:
            gaps.append(f"{label} {number(value, language)} (≥ {number(wanted, language)})")
    return stated, gaps


def confirmed_sites(snapshot: LogbookSnapshot) -> tuple[Confirmed, ...]:
    """Every site of the logbook as its declaration states it (or not confirmed)."""
    return tuple(confirmed_site(s, snapshot.attestations) for s in snapshot.sites)


def periods_at_site(
    condition: Condition, periods: Sequence[WorkPeriod], sites: Sequence[Confirmed]
) -> tuple[list[WorkPeriod], list[WorkPeriod]]:
    """(counted, not counted) periods of a duration with `at_site`: a period counts only
    at a recorded site with every field asked for (as declared, where it is)."""
    if not condition.at_site:
        return list(periods), []
    by_id = {c.site.id: c for c in sites}
    counted: list[WorkPeriod] = []
    left: list[WorkPeriod] = []
    for period in periods:
        found = by_id.get(period.site_id) if period.site_id is not None else None
        # as declared by the supervisor responsible there: the trainee's flag that her
        # unit does neurointervention is hers to type and in her favour
        ok = found is not None and found.confirmed and _typed_matches(condition, found.site)
        (counted if ok else left).append(period)
    return counted, left


def _typed_matches(condition: Condition, site: Site) -> bool:
    return all(getattr(site, key) == wanted for key, wanted in condition.at_site.items())


def not_at_site_flag(
    condition: Condition, left: Sequence[WorkPeriod], sites: Sequence[Confirmed], language: str
) -> Flag | None:
    """The periods of a part that do not count because of where they were (or because
    nobody who may has declared the site)."""
    if not left:
        return None
    left = sorted(left, key=lambda p: (p.start, p.id))
    by_id = {c.site.id: c for c in sites}
    named = []
    for period in left:
        end = period.end.isoformat() if period.end else say("ongoing", language)
        found = by_id.get(period.site_id) if period.site_id is not None else None
        where = site_name(found.site) if found else say("no_site", language)
        if found is not None and not found.confirmed and _typed_matches(condition, found.site):
            where += f"; {say('site_undeclared_short', language)}"  # what keeps it out
        named.append(f"{period.start.isoformat()} – {end} ({where})")
    wanted = "; ".join(
        say(f"at_{key}" if value else f"not_at_{key}", language)
        for key, value in condition.at_site.items()
    )
    message = say("period_not_at_site", language, where=wanted, periods=", ".join(named))
    return Flag("period_not_at_site", message, (), tuple(p.id for p in left))
