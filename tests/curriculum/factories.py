"""Hand-built snapshots for engine tests: no database needed."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from evtdesk.curriculum.durations import add_months
from evtdesk.model import (
    Adaptation,
    Attestation,
    Entry,
    LogbookSnapshot,
    Site,
    TrainingPlan,
    WorkPeriod,
)
from evtdesk.model.declarations import declaration_from_json

_ids = itertools.count(1)
DAY = date(2025, 3, 1)
# Every snapshot holds this neurointervention unit and periods are at it unless told
# otherwise: the neurointervention time counts only at such a unit.
UNIT = Site(1, "Sahlgrenska", "Neurointervention", 400, 160, True, 3, 5, 8)


def entry(kind: str, day: date = DAY, role: str | None = None, **fields: Any) -> Entry:
    n = next(_ids)
    return Entry(
        id=f"e{n}",
        kind=kind,
        date=day,
        role=role,
        case_number=None,
        notes="",
        fields=fields,
        created_seq=n,
        changed_seq=n,
    )


def many(
    count: int, kind: str, role: str | None = None, day: date = DAY, **fields: Any
) -> list[Entry]:
    return [entry(kind, day, role, **fields) for _ in range(count)]


def amended(original: Entry, seq: int, **changes: Any) -> Entry:
    """The entry after an amendment recorded at chain position `seq`."""
    return replace(original, revision=original.revision + 1, changed_seq=seq, **changes)


def retracted(original: Entry, seq: int) -> Entry:
    return replace(original, retracted=True, changed_seq=seq, retraction_reason="wrong patient")


def attest(
    subject: str,
    on: date = date(2024, 1, 1),
    approved: bool = True,
    basis_seq: int = 10**6,
    comment: str = "",
) -> Attestation:
    return Attestation(
        id=f"a-{subject}-{on}-{approved}",
        subject=subject,
        approved=approved,
        comment=comment,
        supervisor_name="Erik Holm",
        supervisor_key="key-Erik Holm",  # as `declare` names his key
        signed_at=datetime.combine(on, datetime.min.time()),
        bundle_manifest_sha256="0" * 64,
        basis_seq=basis_seq,
    )


def declare(
    subject: str,
    facts: dict[str, Any],
    role: str = "supervisor",
    name: str = "Erik Holm",
    on: date = date(2024, 1, 1),
    criteria: dict[str, str] | None = None,
    key: str = "",
) -> Attestation:
    """A signed declaration of facts (`QUALIFICATION`, `SITE:<id>`, `READINESS:<id>`) by
    a key the reader trusts in `role`, checked by the same rules every reader uses."""
    body = facts | ({"criteria": criteria} if criteria is not None else {})
    found = declaration_from_json(subject, body)
    return replace(
        attest(subject, on),
        id=f"d-{subject}-{name}-{on}",
        supervisor_name=name,
        supervisor_key=key or f"key-{name}",
        signer_role=role,
        declaration=found,
    )


def site_declaration(site: Site, role: str = "supervisor", name: str = "Erik Holm") -> Attestation:
    """The site's own record, declared as it stands by the supervisor responsible there."""
    facts = {
        "hospital": site.hospital,
        "unit": site.unit,
        "has_neurointervention": site.has_neurointervention,
    }
    for key in (
        "procedures_per_year",
        "evt_per_year",
        "interventionists",
        "supervisors",
        "trainees",
    ):
        if getattr(site, key) is not None:
            facts[key] = getattr(site, key)
    return declare(f"SITE:{site.id}", facts, role, name)


def approval(on: date = date(2024, 1, 1)) -> list[Attestation]:
    """The training approved as it stands (G1): a passed examination week (A3, without
    its week's content, as statements were signed before verdicts named one), then A."""
    return [attest("EXAM_WEEK", on), attest("A", on)]


def period(
    part: str,
    start: date,
    months: int,
    fraction: float = 1.0,
    pid: int | None = None,
    site_id: int | None = UNIT.id,
) -> WorkPeriod:
    """A period of whole calendar months from `start` (at `UNIT` unless told otherwise)."""
    end = add_months(start, months) - timedelta(days=1)
    return WorkPeriod(pid or next(_ids), part, start, end, fraction, site_id)


def snapshot(
    entries: list[Entry] = (),
    attestations: list[Attestation] = (),
    periods: list[WorkPeriod] = (),  # type: ignore[assignment]
    plan: TrainingPlan | None = None,
    curriculum: str = "se-evt",
    sites: tuple[Site, ...] = (UNIT,),
) -> LogbookSnapshot:
    return LogbookSnapshot(
        curriculum,
        tuple(entries),
        tuple(periods),
        tuple(attestations),
        plan or TrainingPlan(),
        sites=sites,
    )


def adaptation(item_id: str, waived: bool = False, **required: float) -> Adaptation:
    """`NI2__independent=20` stands for the condition id `NI2.independent`."""
    return Adaptation(
        item_id,
        "Interventionell radiolog: kortare neuroradiologisk tid.",
        {k.replace("__", "."): v for k, v in required.items()},
        waived=waived,
        decided_by="Erik Holm",
        decided_on=date(2024, 2, 1),
    )
