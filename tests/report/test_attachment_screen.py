"""A report never carries a personal identity number from an attached PDF (issue 21), even
one attached before attachments' text was screened: the report screens each PDF again
before it copies its pages, and in place of a file with a number (or text it cannot read)
prints one page naming the file and the page, never the number, with the file's digest."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from evtdesk.report import ReportAttachment, build_report, report_inputs_from_logbook
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.store import attachments as store_attachments
from tests.conftest import PASSPHRASE
from tests.report.report_helpers import (
    BUNDLE_ID,
    CREATED,
    FINGERPRINT,
    Demo,
    page_count,
    pages_text,
    with_attachments,
)

NUMBER = "811218-9876"  # a valid date and Luhn digit (a test number, not a person)
DIGITS = "8112189876"


def certificate(*pages: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842), invariant=1)
    for text in pages:
        canvas.setFont("Helvetica", 20)
        canvas.drawString(80, 700, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def test_a_pdf_with_a_number_copies_no_page_into_the_report(report_sv: bytes, demo: Demo) -> None:
    data = certificate("Kursintyg EXMINT", f"Anna Svensson {NUMBER}")
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("kursintyg.pdf", "application/pdf", data))
    )
    pages = pages_text(pdf)
    whole = " ".join(pages)
    assert NUMBER not in whole and DIGITS not in digits_of(whole)
    assert "Anna Svensson" not in whole and "Kursintyg EXMINT" not in whole, "no page copied"
    assert page_count(pdf) == page_count(report_sv) + 1, "one page in its place"
    last = " ".join(pages[-1].split())
    assert "kursintyg.pdf, page 2" in last and "identity" in last
    assert "Its pages are not shown" in last and "Nothing was attached" not in last
    digest = hashlib.sha256(data).hexdigest()
    assert " ".join(digest[i : i + 4] for i in range(0, 64, 4)) in last


def test_a_clean_pdf_is_still_copied(report_sv: bytes, demo: Demo) -> None:
    data = certificate("Kursintyg EXMINT", "Anna Svensson 2024-0117")
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("kursintyg.pdf", "application/pdf", data))
    )
    assert page_count(pdf) == page_count(report_sv) + 2
    assert "Anna Svensson 2024-0117" in pages_text(pdf)[-1]


def test_an_attachment_saved_before_the_screen_is_screened_in_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As an older version saved it: attached without its text read."""
    created = Logbook.create(tmp_path / "t.evtlog", PASSPHRASE, "Anna Svensson", kdf=FAST_TEST_KDF)
    logbook = created.logbook
    try:
        with monkeypatch.context() as old_version:
            old_version.setattr(store_attachments, "screen_pdf_file", lambda *_: None)
            logbook.records.attach("intyg.pdf", certificate(f"pnr {NUMBER}"))
        inputs = report_inputs_from_logbook(logbook, None, BUNDLE_ID, CREATED, FINGERPRINT, "en")
        whole = " ".join(pages_text(build_report(inputs)))
    finally:
        logbook.close(backup=False)
    assert DIGITS not in digits_of(whole)
    assert "intyg.pdf, page 1" in " ".join(whole.split())
