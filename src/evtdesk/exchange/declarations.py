"""Building the facts a supervisor or a hospital's representative declares and signs.

Three declarations (`model.declarations`): the main supervisor's own qualification
(S1); a unit as the supervisor responsible there knows it, starting from the site as the
bundle shows it so he corrects what the trainee typed rather than typing it again; an
EVT-only hospital's readiness, criterion by criterion, from its representative. Each is
built here, checked by the same rules every reader uses, and signed through
`write_attestation` like any statement. What they name is screened for identity numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from evtdesk.curriculum.validation import case_pin
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for
from evtdesk.exchange.verdicts import screened
from evtdesk.model import Site, Statement
from evtdesk.model.declarations import (
    HANDOVER,
    QUALIFICATION,
    READINESS_PREFIX,
    REPORT,
    SITE_FACTS,
    SITE_PREFIX,
    STATUSES,
    VALIDATION,
    DeclarationError,
    declaration_from_json,
)
from evtdesk.signing.minisign import KeyFormatError, parse_handed_key, public_key_line
from evtdesk.store import LogbookError

SITE_NUMBERS = tuple(k for k, (shape, _) in SITE_FACTS.items() if shape == "count")
READINESS_PART = "H"


def qualification(
    years_specialist_ni: float,
    evt_independent: int,
    academic_title: str = "",
    high_volume_centre: bool | None = None,
    comment: str = "",
) -> Statement:
    """The main supervisor's declaration of his own qualification (S1)."""
    facts: dict[str, Any] = {
        "years_specialist_ni": years_specialist_ni,
        "evt_independent": evt_independent,
    }
    if academic_title.strip():
        facts["academic_title"] = screened(academic_title, "academic title")
    if high_volume_centre is not None:
        facts["high_volume_centre"] = high_volume_centre
    return _declare(QUALIFICATION, facts, comment)


def report(text: str, start: date, until: date, unit: str = "") -> Statement:
    """A co-supervisor's report to the main supervisor (S4): what she saw (`text`, the
    statement's comment), for the period and at the unit it covers."""
    if not text.strip():
        raise LogbookError("A report says what you saw: write it (--report TEXT).")
    facts: dict[str, Any] = {"from": start.isoformat(), "until": until.isoformat()}
    if unit.strip():
        facts["unit"] = screened(unit.strip(), "unit")
    return _declare(REPORT, facts, screened(text.strip(), "report"))


def site(
    view: BundleView, site_id: int, changes: Mapping[str, Any] | None = None, comment: str = ""
) -> Statement:
    """A unit as the supervisor responsible there declares it: the bundle's record of
    the site with his `changes` (a number, or None for "not known"; `has_neurointervention`
    true or false)."""
    found = _site(view, site_id)
    facts: dict[str, Any] = {
        "hospital": found.hospital,
        "unit": found.unit,
        "has_neurointervention": found.has_neurointervention,
    }
    facts |= {k: getattr(found, k) for k in SITE_NUMBERS if getattr(found, k) is not None}
    for key, value in (changes or {}).items():
        if key not in SITE_NUMBERS and key != "has_neurointervention":
            known = ", ".join((*SITE_NUMBERS, "has_neurointervention"))
            raise LogbookError(f"A site has no fact {key!r}; its facts are: {known}.")
        if value is None:
            facts.pop(key, None)
        else:
            facts[key] = value
    return _declare(f"{SITE_PREFIX}{site_id}", facts, comment)


def readiness(
    view: BundleView, site_id: int, statuses: Mapping[str, str], comment: str = ""
) -> Statement:
    """An EVT-only hospital's readiness, criterion by criterion, as its representative
    declares it; each criterion an item of the curriculum's hospital part."""
    found = _site(view, site_id)
    if not statuses:
        raise LogbookError("Declare at least one criterion (for example H4=met).")
    assert view.snapshot is not None  # _site() found the site in it
    curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    criteria = [i.id for i in curriculum.items if i.part == READINESS_PART]
    stray = sorted(set(statuses) - set(criteria))
    if stray:
        raise LogbookError(
            f"{', '.join(stray)} is not a criterion of the hospital's readiness; they are: "
            f"{', '.join(criteria)}."
        )
    wrong = sorted(k for k, v in statuses.items() if v not in STATUSES)
    if wrong:
        raise LogbookError(f"{', '.join(wrong)}: a status is one of {', '.join(STATUSES)}.")
    facts = {"hospital": found.hospital, "unit": found.unit, "criteria": dict(statuses)}
    return _declare(f"{READINESS_PREFIX}{site_id}", facts, comment)


def hand_over(
    own_key: str, other_key: str, on: date, leaving: bool, comment: str = ""
) -> Statement:
    """A main supervisor's hand-over, signed by the one leaving (`leaving`: to
    `other_key`) or by the one taking over (from `other_key`); the one leaving decides
    nothing he signs after the day before `on` (or after the day it is signed, if later)."""
    try:  # a key as handed over: what `evtdesk identity` writes, fingerprint line and all
        own, other = (public_key_line(parse_handed_key(k)) for k in (own_key, other_key))
    except KeyFormatError as error:
        raise LogbookError(f"The other supervisor's key cannot be read: {error}.") from None
    if own == other:
        raise LogbookError("A hand-over goes to another supervisor's key, not your own.")
    keys = (own, other) if leaving else (other, own)
    facts = {"from_key": keys[0], "to_key": keys[1], "on": on.isoformat()}
    return _declare(HANDOVER, facts, comment)


def validation(
    view: BundleView, validated: Sequence[str], rejected: Mapping[str, str], comment: str = ""
) -> Statement:
    """The cases he supervised, validated or rejected with a reason, each pinned by its
    content as the bundle shows it (a case amended later shows as changed)."""
    if view.snapshot is None:
        raise LogbookError("The bundle's contents could not be read; there is no case to validate.")
    entries = {e.id: e for e in view.snapshot.entries}
    both = sorted(set(validated) & set(rejected))
    if both:
        raise LogbookError(f"{', '.join(both)}: a case is validated or rejected, not both.")
    unknown = sorted(i for i in (*validated, *rejected) if i not in entries)
    if unknown:
        raise LogbookError(f"The bundle holds no entry {', '.join(unknown)}.")
    gone = sorted(i for i in (*validated, *rejected) if entries[i].retracted)
    if gone:
        raise LogbookError(
            f"{', '.join(gone)} was retracted by the trainee: there is no case to validate."
        )
    for entry_id, reason in rejected.items():
        screened(reason, f"reason for rejecting {entry_id}")
    facts = {
        "cases": sorted(case_pin(entries[i]) for i in set(validated)),
        "rejected": {case_pin(entries[i]): reason.strip() for i, reason in rejected.items()},
    }
    return _declare(VALIDATION, facts, comment)


def _site(view: BundleView, site_id: int) -> Site:
    if view.snapshot is None:
        raise LogbookError("The bundle's contents could not be read; there is no site to declare.")
    sites = view.snapshot.sites
    found = next((s for s in sites if s.id == site_id), None)
    if found is None:
        held = ", ".join(
            f"{s.id} ({', '.join(x for x in (s.hospital, s.unit) if x)})" for s in sites
        )
        raise LogbookError(
            f"The bundle holds no site {site_id}"
            + (f"; its sites: {held}." if held else "; it records none.")
        )
    return found


def _declare(subject: str, facts: Mapping[str, Any], comment: str) -> Statement:
    """The approved statement carrying `facts`, refused with the reader's own words when
    no reader would accept it."""
    try:
        declaration = declaration_from_json(subject, dict(facts))
    except DeclarationError as error:
        raise LogbookError(f"The declaration cannot be signed: {error}.") from None
    return Statement(subject, True, screened(comment, "comment"), declaration=declaration)
