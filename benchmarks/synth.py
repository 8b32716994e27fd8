"""Realistic synthetic logbooks for the benchmarks: ten years of an interventionist's work.

The mix is what issue 14 measured: mostly stroke alarms and imaging cases, then
angiographies and thrombectomies, with a few courses, simulations and CME; every field
of a kind filled the way a trainee would (choices, NIHSS, times in order), notes now and
then, two sites. After the import 2 % of the entries are amended and 1 % retracted, as a
real logbook's history would hold. All data is made up (no personal identity numbers).

What makes a report long is there too (issue 21): the first `BACKLOG` of the ten years
has no microcatheterisation, so the EVT recorded in it (some 15 % of them) carry NI1's
order flag; one entry in `LONG_EVERY` has a note of 4000 characters (the most a note
holds); and the supervisor's refusals of `REFUSED` items each carry a 4000-character
comment.

`import_rows(n)` gives the rows of an import file; `build_logbook(path, n)` makes a
logbook from them through the public store API and returns nothing secret but the
benchmark passphrase, which is public.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from evtdesk.entries.kinds import KINDS

PASSPHRASE = "benchmark logbook passphrase"  # synthetic data only
MIX = (
    ("stroke_alarm", 34),
    ("ct_case", 22),
    ("mri_case", 5),
    ("angiography", 18),
    ("evt", 14),
    ("complication_technique", 2),
    ("simulation", 2),
    ("course", 1),
    ("cme", 1),
    ("knowledge", 1),
)
NOTES = ("", "", "", "", "Svår access via femoralis", "Tandemocklusion, stent i ICA", "Bra flöde")
TEXTS = ("Aneurysmbehandling", "EXMINT", "Seminarium", "K2a", "Mikrokateter, kontroll")
ROLES = (
    "first_operator",
    "first_operator",
    "second_operator",
    "independent_first_operator",
    "observer",
)
_SPECS = {spec.id: spec for spec in KINDS}
BACKLOG = 0.15  # share of the ten years before the first microcatheterisation
LONG_EVERY = 2500  # one entry in so many has a note of LONG_TEXT's 4000 characters
LONG_TEXT = ("Lång anteckning om förloppet, skriven i efterhand. " * 80)[:4000]
REFUSED = ("NI1", "NI2", "NI3", "NI4", "K2a", "K2b", "K3a", "A1", "A2", "C1", "C2", "S1")


def _fields(kind: str, day: date, rng: random.Random) -> dict[str, Any]:
    spec = _SPECS[kind]
    out: dict[str, Any] = {}
    minute = rng.randrange(20 * 60)
    for field in spec.fields:
        if not field.required and rng.random() < 0.2:
            continue
        kind_ = str(field.type)
        if field.choices:
            out[field.name] = rng.choice(field.choices)
        elif kind_ == "bool":
            out[field.name] = rng.random() < 0.5
        elif kind_ == "int":
            out[field.name] = rng.randrange(18, 90) if field.name == "age" else rng.randrange(1, 8)
        elif kind_ == "float":
            out[field.name] = rng.choice([1.0, 1.5, 2.0, 4.0, 8.0])
        elif kind_ == "datetime":
            minute = min(minute + rng.randrange(5, 40), 24 * 60 - 1)
            moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
            out[field.name] = moment.isoformat(timespec="minutes")
        elif kind_ == "text":
            out[field.name] = rng.choice(TEXTS)
    return out


def import_rows(count: int, seed: int = 14) -> list[dict[str, Any]]:
    """`count` valid import rows over ten years, in the order a trainee would enter them."""
    rng = random.Random(seed)
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    start = date(2016, 1, 1)
    days = sorted(start + timedelta(days=rng.randrange(3650)) for _ in range(count))
    first_microcatheter = start + timedelta(days=int(3650 * BACKLOG))
    rows = []
    for number, day in enumerate(days, start=1):
        kind = rng.choice(kinds)
        spec = _SPECS[kind]
        row: dict[str, Any] = {"kind": kind, "date": day.isoformat()}
        if spec.has_role:
            row["role"] = rng.choice(ROLES)
        if spec.case_kind:
            row["case_number"] = f"{day.year}-{number:06d}"
        note = LONG_TEXT if number % LONG_EVERY == 0 else rng.choice(NOTES)
        if note:
            row["notes"] = note
        row["site_id"] = rng.choice((1, 2))
        row.update(_fields(kind, day, rng))
        if kind == "angiography" and day < first_microcatheter:
            row["microcatheter"] = False  # the backlog: EVT before any microcatheterisation
        rows.append(row)
    return rows


def write_import_file(path: Path, count: int) -> Path:
    path.write_text(json.dumps(import_rows(count), ensure_ascii=False), encoding="utf-8")
    return path


def build_logbook(path: Path, count: int, import_file: Path | None, real_kdf: bool = True) -> None:
    """A logbook with two sites, a supervisor, work periods, `count` imported entries,
    2 % of them amended and 1 % retracted (no entries when `import_file` is None). With
    `real_kdf` it has the default Argon2id cost, as a user's has, so what the commands
    cost and how much memory they take is what a user sees."""
    from evtdesk.exchange.importer import load_entries
    from evtdesk.model import PersonRole
    from evtdesk.store import FAST_TEST_KDF, Logbook

    kdf = None if real_kdf else FAST_TEST_KDF
    logbook = Logbook.create(path, PASSPHRASE, "Bench Trainee", kdf=kdf).logbook
    try:
        logbook.records.add_site("Sahlgrenska", "Neurointervention", 400, 160, True)
        logbook.records.add_site("Södersjukhuset", "Röntgen", 900, 60, False)
        logbook.records.add_person("Erik Holm", PersonRole.SUPERVISOR)
        logbook.records.add_period("PREP", date(2016, 1, 1), date(2019, 12, 31), 1.0, 2, "")
        logbook.records.add_period("NI", date(2020, 1, 1), None, 0.5, 1, "")
        if import_file is None:
            return
        ids = logbook.entries.add_many(load_entries(import_file))
        rng = random.Random(count)
        for entry_id in rng.sample(ids, count // 50):
            entry = logbook.entries.get(entry_id)
            changed = {
                "kind": entry.kind,
                "date": entry.date.isoformat(),
                "role": entry.role,
                "case_number": entry.case_number,
                "notes": "Kompletterad efter journalgenomgång",
                "site_id": entry.site_id,
                **entry.fields,
            }
            logbook.entries.amend(entry_id, changed, "Komplettering")
        for entry_id in rng.sample(ids, count // 100):
            if not logbook.entries.get(entry_id).retracted:
                logbook.entries.retract(entry_id, "Dubblett")
        _refuse(logbook)
    finally:
        logbook.close(backup=False)


def _refuse(logbook: Any) -> None:
    """The supervisor refuses `REFUSED` items in one signed attestation, each with a
    comment of 4000 characters, as the demo's supervisor signs (a key trusted here)."""
    from evtdesk.bundle.attestation import make_attestation
    from evtdesk.bundle.manifest import utc_text
    from evtdesk.model import Statement
    from evtdesk.signing.fingerprint import fingerprint
    from evtdesk.signing.identity import new_identity
    from evtdesk.signing.minisign import public_key_line, public_of

    supervisor = new_identity()
    key = public_key_line(public_of(supervisor))
    logbook.records.trust_key(key, "Erik Holm", "supervisor", fingerprint(supervisor.public))
    head = logbook.chain_head()
    created = datetime(2025, 12, 1, 15, 0, tzinfo=UTC)
    manifest = {
        "bundle_id": "bench-refusals",
        "sequence": 0,
        "created": utc_text(created),
        "chain": {"seq": head.seq},
        "signer": {"public_key": public_key_line(public_of(logbook.signing_key()))},
    }
    comment = ("Underlaget räcker inte: komplettera med fler fall och beskriv dem. " * 70)[:4000]
    statements = [Statement(item, False, comment) for item in REFUSED]
    data = make_attestation(
        supervisor, "Erik Holm", manifest, head.hash, statements, created=created
    )
    payload = json.loads(data)["attestation"]
    logbook.records.record_attestation(
        payload["attestation_id"],
        statements,
        "Erik Holm",
        key,
        created.replace(tzinfo=None),
        head.hash,
        head.seq,
        data,
        bundle_sequence=0,
    )
