"""A realistic demo logbook: a trainee midway through the neurointervention part.

The demo holds no real data, so its passphrase is public (shown on the start screen).
Dates are relative to `today`, so the demo always looks current; the random generator
is seeded, so two demos made on the same day hold the same entries.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from evtdesk.bundle.attestation import make_attestation
from evtdesk.bundle.manifest import utc_text
from evtdesk.model import PersonRole, Site, Statement
from evtdesk.model.declarations import declaration_from_json
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import KdfParams, Logbook
from evtdesk.training import add_period

DEMO_PASSPHRASE = "demo-logbook-passphrase"
DEMO_TRAINEE = "Karin Lindqvist (demo)"
PREP_TIME_ADAPTATION = (
    "Interventionell radiolog: neuroradiologisk tid fokuserad på teori och klinisk neurologi (G2)."
)


def _days(rng: random.Random, start: date, end: date, count: int) -> list[date]:
    span = (end - start).days
    return sorted(start + timedelta(days=rng.randrange(span)) for _ in range(count))


def _times(rng: random.Random, day: date) -> dict[str, str]:
    arrival = datetime.combine(day, time(rng.randrange(7, 16), rng.randrange(60)))
    steps = {"arrival": 0, "imaging": rng.randrange(8, 25)}
    steps["angio_arrival"] = steps["imaging"] + rng.randrange(20, 50)
    steps["puncture"] = steps["angio_arrival"] + rng.randrange(8, 20)
    steps["reperfusion"] = steps["puncture"] + rng.randrange(15, 70)
    return {
        k: (arrival + timedelta(minutes=m)).isoformat(timespec="minutes") for k, m in steps.items()
    }


def _prep_entries(rng: random.Random, start: date, end: date) -> Iterator[dict[str, Any]]:
    for n, day in enumerate(_days(rng, start, end, 64), 1):
        lysis = n % 5 == 0
        yield {
            "kind": "stroke_alarm",
            "date": day.isoformat(),
            "case_number": f"SL-{n:03d}",
            "thrombolysis": lysis,
            "discussed_with_stroke_physician": True,
            "nihss": rng.randrange(2, 24),
            "age": rng.randrange(38, 92),
            "decision": "thrombolysis_only"
            if lysis
            else rng.choice(["conservative", "evt", "mimic"]),
        }
    findings = [
        "ischaemia",
        "haemorrhage",
        "stenosis",
        "occlusion",
        "mimic",
        "avm",
        "aneurysm",
        "normal",
    ]
    for n, day in enumerate(_days(rng, start, end, 112), 1):
        yield {
            "kind": "ct_case",
            "date": day.isoformat(),
            "case_number": f"CT-{n:03d}",
            "ncct": True,
            "cta": rng.random() < 0.8,
            "ctp": rng.random() < 0.5,
            "finding": rng.choice(findings),
        }
    for n, day in enumerate(_days(rng, start, end, 56), 1):
        yield {
            "kind": "mri_case",
            "date": day.isoformat(),
            "case_number": f"MR-{n:03d}",
            "dwi": True,
            "mra": rng.random() < 0.6,
            "indication": rng.choice(
                ["posterior_circulation", "wake_up", "extended_window", "other"]
            ),
        }
    for n, item in enumerate(["K1a", "K1b", "K2a", "K2b", "K2c", "K2d", "K2e", "K3a", "K3b"]):
        yield {
            "kind": "knowledge",
            "date": (start + timedelta(days=30 * n + 10)).isoformat(),
            "item": item,
            "activity": "Seminarier och självstudier med handledare",
            "hours": 8,
        }
    yield {
        "kind": "course",
        "date": (end - timedelta(days=60)).isoformat(),
        "exmint": True,
        "hours": 40,
        "title": "EXMINT – European Stroke Course in Minimally Invasive Neurological Therapy",
        "organiser": "ESMINT",
    }


def _ni_entries(rng: random.Random, start: date, end: date) -> Iterator[dict[str, Any]]:
    days = _days(rng, start, end, 80)
    for n, day in enumerate(days, 1):
        yield {
            "kind": "angiography",
            "date": day.isoformat(),
            "case_number": f"AN-{n:03d}",
            "role": "first_operator" if n > 6 else "second_operator",
            "access": rng.choice(["femoral", "femoral", "radial"]),
            "acute": rng.random() < 0.4,
            "microcatheter": n > 40,
            "indication": rng.choice(
                ["stroke", "stenosis", "aneurysm", "avm", "davf", "vasospasm"]
            ),
        }
    evt_days = _days(rng, start + timedelta(days=60), end, 33)
    for n, day in enumerate(evt_days, 1):
        role = (
            "second_operator"
            if n <= 6
            else "first_operator"
            if n <= 20
            else "independent_first_operator"
        )
        yield {
            "kind": "evt",
            "date": day.isoformat(),
            "case_number": f"EVT-{n:03d}",
            "role": role,
            "occlusion_site": rng.choice(["m1", "m1", "m2", "ica_t", "ba", "tandem"]),
            "technique": rng.choice(["aspiration", "stent_retriever", "combined"]),
            "passes": rng.randrange(1, 4),
            "mtici": rng.choice(["2b", "2c", "3", "3", "2a"]),
            "sich": rng.random() < 0.05,
            "new_territory_emboli": rng.random() < 0.08,
            "iv_thrombolysis": rng.random() < 0.4,
            "nihss": rng.randrange(6, 25),
            "anaesthesia": rng.choice(["sedation", "general"]),
            "age": rng.randrange(45, 90),
            **_times(rng, day),
        }
    for n, day in enumerate(_days(rng, start, end, 7), 1):
        yield {
            "kind": "complication_technique",
            "date": day.isoformat(),
            "case_number": f"KT-{n:02d}",
            "role": "observer",
            "technique": rng.choice(["coiling", "glue"]),
            "procedure": "Aneurysmbehandling",
        }
    for day in _days(rng, start, end, 4):
        yield {"kind": "simulation", "date": day.isoformat(), "scenario": "stroke_evt", "hours": 2}
    yield {
        "kind": "observation_visit",
        "date": (start + timedelta(days=100)).isoformat(),
        "unit": "Karolinska universitetssjukhuset, Neuroradiologi",
        "days": 3,
    }


def create_demo(path: Path, today: date | None = None, kdf: KdfParams | None = None) -> Logbook:
    """Write the demo logbook at `path` and return it open."""
    today = today or date.today()
    rng = random.Random(f"evtdesk-demo-{today.isoformat()}")
    prep_start = today - timedelta(days=540)
    ni_start = prep_start + timedelta(days=366)
    logbook = Logbook.create(path, DEMO_PASSPHRASE, DEMO_TRAINEE, kdf=kdf).logbook
    records = logbook.records
    records.add_person("Erik Holm", PersonRole.SUPERVISOR)
    records.add_person("Sara Nyberg", PersonRole.CO_SUPERVISOR)
    home = records.add_site("Länssjukhuset Ryhov", "Radiologi och strokeenhet")
    ni_site = records.add_site(
        "Sahlgrenska universitetssjukhuset", "Neurointervention", 420, 160, True
    )
    records.set_setting("default_site_id", ni_site.id)
    add_period(
        logbook,
        "PREP",
        prep_start,
        ni_start - timedelta(days=1),
        1.0,
        home.id,
        "Strokeenhet och röntgen",
    )
    add_period(logbook, "NI", ni_start, None, 1.0, ni_site.id, "Neurointerventionell enhet")
    prep = [
        dict(e, site_id=home.id)
        for e in _prep_entries(rng, prep_start, ni_start - timedelta(days=1))
    ]
    ni = [dict(e, site_id=ni_site.id) for e in _ni_entries(rng, ni_start, today)]
    logbook.entries.add_many(prep)
    _attest_preparatory_part(logbook, ni_start - timedelta(days=2), ni_site)
    logbook.entries.add_many(ni)
    return logbook


def _attest_preparatory_part(logbook: Logbook, signed_on: date, ni_site: Site) -> None:
    """The demo supervisor signs the preparatory part off, and the training plan's
    adaptation of its time, as a real signed attestation; with it he declares his own
    qualification and the neurointervention unit he answers for, so the demo shows what
    a supervisor's declaration decides.

    The supervisor's key is made here and trusted in the demo logbook; the attestation is
    about the state of the logbook at that time (its chain head), as a bundle numbered 0
    would be (the demo's first real export is number 1).
    """
    supervisor = new_identity()
    logbook.records.trust_key(
        public_key_line(public_of(supervisor)),
        "Erik Holm (demo)",
        "supervisor",
        fingerprint(supervisor.public),
    )
    head = logbook.chain_head()
    created = datetime.combine(signed_on, time(15, 0), tzinfo=UTC)
    manifest = {
        "bundle_id": "demo-preparatory-part",
        "sequence": 0,
        "created": utc_text(created - timedelta(hours=2)),
        "chain": {"seq": head.seq},
        "signer": {"public_key": public_key_line(public_of(logbook.signing_key()))},
    }
    subjects = [
        "K1a",
        "K1b",
        "K2a",
        "K2b",
        "K2c",
        "K2d",
        "K2e",
        "K3a",
        "K3b",
        "PREP.COURSE",
        "PREP",
    ]
    statements = [Statement(s, True, "Godkänd enligt intyg (demo).") for s in subjects]
    statements.append(Statement("ADAPT:PREP.TIME", True, PREP_TIME_ADAPTATION))
    statements += _declarations(ni_site)
    data = make_attestation(
        supervisor, "Erik Holm (demo)", manifest, head.hash, statements, created=created
    )
    payload = json.loads(data)["attestation"]
    logbook.records.record_attestation(
        payload["attestation_id"],
        statements,
        "Erik Holm (demo)",
        public_key_line(public_of(supervisor)),
        created.replace(tzinfo=None),
        head.hash,
        head.seq,
        data,
        bundle_sequence=0,
    )


def _declarations(ni_site: Site) -> list[Statement]:
    """The demo supervisor's own qualification and his unit as he knows it (its ratio of
    supervisors to trainees, which the trainee did not record)."""
    unit = {
        "hospital": ni_site.hospital,
        "unit": ni_site.unit,
        "has_neurointervention": True,
        "procedures_per_year": 420,
        "evt_per_year": 160,
        "supervisors": 3,
        "trainees": 5,
    }
    qualification = {"years_specialist_ni": 14, "evt_independent": 320}
    return [
        Statement(
            "QUALIFICATION",
            True,
            "",
            declaration=declaration_from_json("QUALIFICATION", qualification),
        ),
        Statement(
            f"SITE:{ni_site.id}",
            True,
            "",
            declaration=declaration_from_json(f"SITE:{ni_site.id}", unit),
        ),
    ]
