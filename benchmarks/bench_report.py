"""How long the trainee waits for the PDF report when exporting a bundle.

Times `build_report` for the demo logbook (about 450 entries, a PNG and a two-page PDF
certificate attached) and for a long logbook of 5 000 entries held in memory (every
kind, random values for every field, 1 % retracted, 2 % amended with their histories).
Reading the logbook is not counted: that is the store's benchmark.

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from evtdesk.demo import create_demo
from evtdesk.entries.kinds import KINDS
from evtdesk.model import Entry, EntryRevision, LogbookSnapshot, Person, Role, Site
from evtdesk.report import ReportAttachment, ReportInputs, build_report, report_inputs_from_logbook
from evtdesk.store import FAST_TEST_KDF

REPEAT = 3
CREATED = datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
FINGERPRINT = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0="


def _attachments() -> list[ReportAttachment]:
    png = io.BytesIO()
    Image.new("RGB", (1240, 1754), "white").save(png, format="PNG")
    pdf = io.BytesIO()
    canvas = Canvas(pdf, invariant=1)
    for n in (1, 2):
        canvas.drawString(72, 720, f"Certificate page {n}")
        canvas.showPage()
    canvas.save()
    return [
        ReportAttachment("intyg.png", "image/png", png.getvalue()),
        ReportAttachment("kursintyg.pdf", "application/pdf", pdf.getvalue()),
    ]


def _value(spec: Any, rng: random.Random, day: date) -> Any:
    if spec.choices:
        return rng.choice(spec.choices)
    if spec.type == "bool":
        return rng.random() < 0.5
    if spec.type in ("int", "float"):
        return rng.randrange(0, 20)
    if spec.type == "datetime":
        return (
            datetime.combine(day, datetime.min.time())
            .replace(hour=rng.randrange(24))
            .isoformat(timespec="minutes")
        )
    return rng.choice(
        ["Aneurysmbehandling", "EXMINT", "Seminarium med handledare om trombektomi", "K2a"]
    )


def long_logbook(count: int = 5000, seed: int = 1) -> ReportInputs:
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    sites = (
        Site(1, "Sahlgrenska universitetssjukhuset", "Neurointervention"),
        Site(2, "Länssjukhuset Ryhov", "Radiologi"),
    )
    entries: list[Entry] = []
    histories: dict[str, list[EntryRevision]] = {}
    for n in range(count):
        spec = rng.choice(KINDS)
        day = start + timedelta(days=rng.randrange(3650))
        fields = {f.name: _value(f, rng, day) for f in spec.fields}
        role = rng.choice(list(Role)) if spec.has_role else None
        entry_id = f"e{n:06d}"
        amended = rng.random() < 0.02
        if amended:
            old = dict(fields) | {spec.fields[0].name: _value(spec.fields[0], rng, day)}
            when = datetime(2024, 1, 1)
            histories[entry_id] = [
                EntryRevision(entry_id, 1, day, role, f"C-{n}", "", old, 1, None, when),
                EntryRevision(entry_id, 2, day, role, f"C-{n}", "", fields, 1, "Rättelse", when),
            ]
        retracted = rng.random() < 0.01
        entries.append(
            Entry(
                entry_id,
                spec.id,
                day,
                role,
                f"C-{n}" if spec.case_kind else None,
                "Kommentar" if rng.random() < 0.1 else "",
                fields,
                rng.choice((1, 2)),
                revision=2 if amended else 1,
                retracted=retracted,
                retraction_reason="Dubblett" if retracted else None,
            )
        )
    entries.sort(key=lambda e: e.date)
    people = (Person(1, "Aspirant Test", "trainee"), Person(2, "Erik Holm", "supervisor"))
    snapshot = LogbookSnapshot("se-evt", tuple(entries), people=people, sites=sites)
    return ReportInputs(
        snapshot,
        None,
        "Aspirant Test",
        "se-evt",
        "se-evt",
        "1",
        "b-bench",
        CREATED,
        FINGERPRINT,
        "sv",
        histories,
        (),
        (people[1],),
    )


def timed(inputs: ReportInputs) -> tuple[float, int, int]:
    times = []
    pdf = b""
    for _ in range(REPEAT):
        began = time.perf_counter()
        pdf = build_report(inputs)
        times.append(time.perf_counter() - began)
    pages = pdf.count(b"/Type /Page\n")
    return statistics.median(times), len(pdf), pages


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        logbook = create_demo(Path(folder) / "demo.evtlog", kdf=FAST_TEST_KDF)
        try:
            demo = report_inputs_from_logbook(logbook, None, "b-demo", CREATED, FINGERPRINT, "sv")
        finally:
            logbook.close(backup=False)
    from dataclasses import replace

    cases = [
        (f"demo logbook ({len(demo.snapshot.entries)} entries)", demo),
        (
            "demo logbook + PNG and 2-page PDF certificate",
            replace(demo, attachments=_attachments()),
        ),
        ("5 000 entries", long_logbook()),
    ]
    for label, inputs in cases:
        seconds, size, pages = timed(inputs)
        print(
            f"{label:48s} {seconds:6.2f} s  {size / 1024:7.0f} kB  {pages:4d} pages "
            f"(median of {REPEAT})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
