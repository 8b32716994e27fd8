"""What the people a fact describes have declared and signed, as the engine judges it.

The trainee records her supervisors and her units, and those records are shown; but the
facts the guidance judges them by are hers to type and in her favour, so they decide
nothing until the person who answers for them has signed them (`model.declarations`):
the main supervisor his own qualification (S1), the supervisor responsible at a unit its
NI status, volumes and ratio, the hospital's representative its readiness. Only
statements that decide count (`may_decide`: the role the reader gave the key, on the
signing day, and the curriculum's authority rules), the latest of each signer first, so
a withdrawal takes back what it withdraws.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from evtdesk.model import Attestation, Site
from evtdesk.model.declarations import (
    HANDOVER,
    QUALIFICATION,
    READINESS_PREFIX,
    SITE_PREFIX,
)
from evtdesk.model.statements import CO_SUPERVISOR, current_statement, may_decide, order_key


@dataclass(frozen=True)
class Confirmed:
    """A site as its declaration states it (`site`), or the trainee's record of it when
    nobody who may has declared it (`by` empty). `declared_as` names the site as a
    declaration did when the logbook has renamed it since: that word no longer holds."""

    site: Site
    by: str = ""
    on: date | None = None
    declared_as: str = ""

    @property
    def confirmed(self) -> bool:
        return bool(self.by)


def qualifications(
    statements: Sequence[Attestation], today: date | None = None
) -> list[Attestation]:
    """Each signer's standing declaration of his qualification (S1), oldest signer
    first: the latest `QUALIFICATION` statement of each key that may decide it, if it
    declares (a withdrawal leaves nothing), unless he has handed the training over by
    `today` (a hand-over dated later has not yet taken effect)."""
    latest: dict[str, Attestation] = {}
    for statement in statements:
        if statement.subject != QUALIFICATION or not may_decide(statement):
            continue
        held = latest.get(statement.supervisor_key)
        if held is None or order_key(statement) > order_key(held):
            latest[statement.supervisor_key] = statement
    away = handed_over(statements)
    standing = [
        s
        for s in latest.values()
        if s.approved and s.declaration is not None and not gone(away, s.supervisor_key, today)
    ]  # a main supervisor who handed the training over is no longer the one S1 asks of
    return sorted(standing, key=order_key)


def gone(away: Mapping[str, list[Away]], key: str, today: date | None = None) -> bool:
    """Whether `key` has handed the training over for good by the end of `today` (any
    day, without one): a hand-over not handed back, which has taken effect. One dated
    in the future leaves him main supervisor until its day; he decides until then."""
    end = datetime.combine(today, time.max) if today is not None else datetime.max
    return any(held.until is None and held.since <= end for held in away.get(key, []))


def _name(hospital: str, unit: str) -> tuple[str, str]:
    return hospital.strip().casefold(), unit.strip().casefold()


def confirmed_site(site: Site, statements: Sequence[Attestation]) -> Confirmed:
    """The site with the facts its standing declaration gives, while the logbook still
    names it as the declaration did; else the trainee's record, not confirmed."""
    subject = f"{SITE_PREFIX}{site.id}"
    # the main supervisor's word on a unit outranks a co-supervisor's, who declares hers
    main = [a for a in statements if a.subject == subject and a.signer_role != CO_SUPERVISOR]
    statement = current_statement(main, subject) or current_statement(statements, subject)
    if statement is None or not statement.approved or statement.declaration is None:
        return Confirmed(site)
    facts = statement.declaration.facts
    declared = _name(str(facts["hospital"]), str(facts["unit"]))
    if declared != _name(site.hospital, site.unit):
        named = ", ".join(x for x in (facts["hospital"], facts["unit"]) if x)
        return Confirmed(site, declared_as=str(named))
    declared_site = replace(  # a fact he left out is not recorded, not the trainee's
        site,
        procedures_per_year=facts.get("procedures_per_year"),
        evt_per_year=facts.get("evt_per_year"),
        has_neurointervention=bool(facts.get("has_neurointervention")),
        supervisors=facts.get("supervisors"),
        trainees=facts.get("trainees"),
        interventionists=facts.get("interventionists"),
    )
    return Confirmed(
        declared_site,
        statement.supervisor_name,
        statement.signed_at.date(),
    )


def readiness_statuses(
    site: Site, statements: Sequence[Attestation]
) -> tuple[Mapping[str, str], Attestation] | None:
    """The readiness of `site` as the hospital's representative declared it (criterion
    → status) with the statement, or None while nobody who may has (or the site has
    been renamed since)."""
    statement = current_statement(statements, f"{READINESS_PREFIX}{site.id}")
    if statement is None or not statement.approved or statement.declaration is None:
        return None
    facts = statement.declaration.facts
    if _name(str(facts["hospital"]), str(facts["unit"])) != _name(site.hospital, site.unit):
        return None
    return statement.declaration.criteria or {}, statement


def derived(statement: Attestation) -> bool:
    """Whether the statement was read from a readiness declaration (`readiness_attestations`)
    rather than signed as it stands: its id names the declaration and the item."""
    return "#" in statement.id


def declared_hospitals(sites: Sequence[Site], statements: Sequence[Attestation]) -> list[Site]:
    """The hospital readied for this trainee: of the sites whose readiness a hospital's
    representative declared (standing, and still named as declared), the one declared
    last. Which hospital is her own is theirs to say, not her flag's, or she could pick
    the readiness that suits her; and one hospital's record is read whole, never items
    from two hospitals mixed into a readiness neither has."""
    found = [
        (order_key(declared[1]), site)
        for site in sites
        if (declared := readiness_statuses(site, statements)) is not None
    ]
    return [max(found, key=lambda pair: pair[0])[1]] if found else []


def readiness_attestations(
    sites: Sequence[Site], statements: Sequence[Attestation]
) -> tuple[Attestation, ...]:
    """The declared readiness of every hospital as statements about its items, so the H
    items are judged from that one record: `met` approves the item, `not_met` refuses
    it, `partly` and `unknown` decide nothing. Each carries the declaration's signer,
    day and authority, and its id names the declaration it comes from. Where two
    hospitals were declared, the one declared last is read whole (`declared_hospitals`);
    the trainee's own-hospital flag chooses none of them."""
    out: list[Attestation] = []
    for site in declared_hospitals(sites, statements):
        found = readiness_statuses(site, statements)
        assert found is not None  # declared_hospitals keeps only these
        statuses, statement = found
        for item_id, status in sorted(statuses.items()):
            if status not in ("met", "not_met"):
                continue
            out.append(
                replace(
                    statement,
                    id=f"{statement.id}#{item_id}",
                    subject=item_id,
                    approved=status == "met",
                    comment=statement.comment or f"{READINESS_PREFIX}{site.id}",
                    declaration=None,
                )
            )
    return tuple(out)


@dataclass(frozen=True)
class Away:
    """A time a key was not main supervisor: from the moment it handed over until
    (not including) the moment the training was handed back to it, if it was."""

    since: datetime
    until: datetime | None = None

    def holds(self, moment: datetime) -> bool:
        return moment > self.since and (self.until is None or moment <= self.until)


def handed_over(statements: Iterable[Attestation]) -> dict[str, list[Away]]:
    """Each key that handed the training over, with the times it was away: read from the
    `HANDOVER`s that decide (a main supervisor's), in the order they were signed. One
    counts only when signed by the one leaving or the one taking over, and not by a key
    that had already left; it takes effect at the start of its day or when it was
    signed, whichever is later, so it never reaches back over what the one leaving had
    already signed (even earlier that day); a hand-over back ends the other's time away."""
    away: dict[str, list[Away]] = {}
    ordered = sorted(
        (s for s in statements if s.subject == HANDOVER and s.approved and may_decide(s)),
        key=lambda s: (s.signed_at, s.id),
    )
    for statement in ordered:
        declaration = statement.declaration
        if declaration is None:
            continue
        leaving, taking = declaration.facts["from_key"], declaration.facts["to_key"]
        signer = statement.supervisor_key
        if signer not in (leaving, taking) or is_away(away, signer, statement.signed_at):
            continue  # a third party's word, or a departed key's, hands nobody over
        start = datetime.combine(date.fromisoformat(declaration.facts["on"]), time.min)
        moment = max(start, statement.signed_at)
        for held in away.get(taking, []):
            if held.until is None and held.since < moment:  # handed back to the one away
                away[taking][away[taking].index(held)] = replace(held, until=moment)
        if not is_away(away, leaving, moment + timedelta(microseconds=1)):
            away.setdefault(leaving, []).append(Away(moment))
    return away


def is_away(away: Mapping[str, list[Away]], key: str, moment: datetime) -> bool:
    """Whether `key` was not main supervisor at `moment`, by `handed_over`."""
    return any(held.holds(moment) for held in away.get(key, []))
