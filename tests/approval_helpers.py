"""A trainee's logbook brought to the examination week: every counted item done, the
preparatory and neurointervention parts and every certificate attested by her supervisor
(whose own logbook signs), so that what follows is the approval alone."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
    write_attestation,
)
from evtdesk.model import Statement
from evtdesk.store import Logbook

CERTIFICATES = ("ENTRY", "PLAN", "K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K3a", "K3b")


def _many(count: int, kind: str, day: date, **fields: object) -> list[dict[str, object]]:
    return [{"kind": kind, "date": day.isoformat(), **fields} for _ in range(count)]


def ready_for_exam_week(trainee: Logbook, supervisor: Logbook, today: date, folder: Path) -> int:
    """Fill `trainee` up to the examination week, the certificates signed as they would be
    (her bundle, his attestation, imported); returns the neurointervention site id."""
    records = trainee.records
    records.add_person("Erik Holm", "supervisor", years_as_operator=15, evt_independent=400)
    unit = records.add_site(
        "Sahlgrenska", "Neurointervention", 420, 160, True, supervisors=3, trainees=5
    )
    start = today - timedelta(days=800)
    records.add_period("PREP", start, start + timedelta(days=365))
    ni = start + timedelta(days=400)
    records.add_period("NI", ni, ni + timedelta(days=370), site_id=unit.id)
    prep, work = start + timedelta(days=30), ni + timedelta(days=60)
    entries = _many(50, "stroke_alarm", prep, thrombolysis=True)
    entries += _many(100, "ct_case", prep) + _many(50, "mri_case", prep)
    entries += _many(75, "angiography", work, role="first_operator", microcatheter=True)
    entries += _many(25, "evt", work + timedelta(days=30), role="second_operator")
    entries += _many(25, "evt", work + timedelta(days=90), role="independent_first_operator")
    entries += _many(
        15, "complication_technique", work, role="observer", technique="coiling", intracranial=True
    )
    entries += [{"kind": "course", "date": prep.isoformat(), "title": "EXMINT", "exmint": True}]
    trainee.entries.add_many([dict(e, site_id=unit.id) for e in entries])
    statements = [Statement(s, True, "Intyg lämnat.") for s in (*CERTIFICATES, "PREP", "NI")]
    trust_key(trainee, identity_info(supervisor).public_key_text, "Erik Holm", "supervisor")
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin", "trainee")
    bundle = export_bundle(trainee, folder / "b0.evtbundle").path.read_bytes()
    view = open_bundle(bundle, supervisor, "en")
    signed = write_attestation(supervisor, view, statements, folder / "a0.evtattest")
    import_attestation(trainee, signed.read_bytes())
    return unit.id
