"""Helpers to read a PDF as a supervisor would:
its pages' text (poppler's pdftotext) and its structure (pyHanko's reader)."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas

from evtdesk.model import Entry
from evtdesk.report import ReportAttachment, ReportInputs
from evtdesk.store import Logbook

BUNDLE_ID = "b-7c1e5d20-test"
FINGERPRINT = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0="
CREATED = datetime(2025, 1, 2, 10, 0, tzinfo=UTC)
TODAY = date(2026, 3, 1)


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, as poppler extracts it; skips the test without poppler."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    pages = out.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def page_count(pdf: bytes) -> int:
    reader = PdfFileReader(io.BytesIO(pdf))
    return int(reader.root["/Pages"]["/Count"])


def png_certificate(text: str = "INTYG") -> bytes:
    img = Image.new("RGB", (620, 877), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle([40, 40, 580, 200], outline="black", width=6)
    draw.text((70, 100), text, fill="black")
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    return buffer.getvalue()


def pdf_certificate(pages: int = 2) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(80, 700, f"Course certificate page {n}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class Demo:
    inputs: ReportInputs
    amended: Entry
    original_passes: int
    retracted: Entry
    retraction_reason: str
    evaluated: ReportInputs | None = None  # the same logbook with the engine's real Progress


def amend_and_retract(logbook: Logbook) -> tuple[Entry, int, Entry, str]:
    """Amend one EVT (passes + 5) and retract another, as a trainee correcting mistakes."""
    evts = logbook.entries.list(kind="evt")
    target = evts[3]
    data: dict[str, Any] = {
        "kind": "evt",
        "date": target.date.isoformat(),
        "role": target.role,
        "case_number": target.case_number,
        "site_id": target.site_id,
        "notes": target.notes,
        **dict(target.fields),
        "passes": int(target.fields["passes"]) + 5,
    }
    amended = logbook.entries.amend(target.id, data, "Fel antal passager")
    reason = "Dubblettregistrering av samma fall"
    retracted = logbook.entries.retract(evts[5].id, reason)
    return amended, int(target.fields["passes"]), retracted, reason


def with_attachments(inputs: ReportInputs, *files: ReportAttachment) -> ReportInputs:
    return replace(inputs, attachments=tuple(files))
