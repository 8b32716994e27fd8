"""Scanned certificates are part of what the supervisor signs on: each must appear in the
report as pages with a caption naming the file and its SHA-256, and a damaged file must
be reported, not silently dropped or allowed to break the report."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from evtdesk.report import ReportAttachment, build_report
from tests.report.report_helpers import (
    Demo,
    page_count,
    pages_text,
    pdf_certificate,
    png_certificate,
    with_attachments,
)


def test_a_png_certificate_adds_a_captioned_page(report_sv: bytes, demo: Demo) -> None:
    data = png_certificate()
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("exmint_intyg.png", "image/png", data))
    )
    assert page_count(pdf) == page_count(report_sv) + 1
    last = pages_text(pdf)[-1]
    assert "Bifogade intyg" in last and "exmint_intyg.png" in last
    digest = hashlib.sha256(data).hexdigest()
    assert " ".join([digest[:4], digest[4:8], digest[8:12]]) in last
    assert "Sida" in last and demo.inputs.bundle_id in last


def last_page_picture(pdf: bytes) -> Image.Image:
    """The report's last page as a person sees it, rendered by poppler's pdftoppm."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: apt-get install poppler-utils")
    last = str(page_count(pdf))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "40", "-f", last, "-l", last, "-singlefile", "-", out],
            input=pdf,
            capture_output=True,
            check=True,
        )
        with Image.open(out.with_suffix(".png")) as picture:
            return picture.convert("RGB")


def bounding_box(
    picture: Image.Image, wanted: Callable[[tuple[int, int, int]], bool]
) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the pixels `wanted` accepts."""
    xs, ys = [], []
    width, height = picture.size
    pixels = picture.load()
    for y in range(height):
        for x in range(width):
            if wanted(pixels[x, y]):
                xs.append(x)
                ys.append(y)
    assert xs, "no such pixels on the page"
    return min(xs), min(ys), max(xs), max(ys)


def test_a_phone_scan_is_drawn_the_way_its_exif_orientation_says(
    report_sv: bytes, demo: Demo
) -> None:
    # Stored on its side, as a phone saves it: 400 wide, 200 high, with a red mark in the
    # stored top-left corner. EXIF orientation 6 says: turn 90° clockwise to view, so the
    # supervisor must see a portrait image with the mark in its top-right corner.
    stored = Image.new("RGB", (400, 200), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 80, 60))
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    stored.save(buffer, format="JPEG", exif=exif, quality=95)
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("scan.jpg", "image/jpeg", buffer.getvalue()))
    )
    assert page_count(pdf) == page_count(report_sv) + 1
    page = last_page_picture(pdf)
    left, top, right, bottom = bounding_box(
        page,
        lambda p: p[1] < 100 and max(p[0], p[2]) > 150,  # blue or red, not paper
    )
    assert bottom - top > 1.5 * (right - left), "the scan is shown upright (portrait)"
    mark = bounding_box(page, lambda p: p[0] > 150 and p[1] < 100 and p[2] < 100)
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    assert mark[0] > middle_x and mark[3] < middle_y, "the stored top-left is now top-right"


def test_pdf_certificate_pages_are_appended_and_readable(report_sv: bytes, demo: Demo) -> None:
    data = pdf_certificate(pages=2)
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("kursintyg.pdf", "application/pdf", data))
    )
    assert page_count(pdf) == page_count(report_sv) + 2
    pages = pages_text(pdf)
    total = len(pages)
    assert "Course certificate page 1" in pages[-2] and "kursintyg.pdf" in pages[-2]
    assert "Course certificate page 2" in pages[-1]
    assert f"Sida {total} av {total}" in pages[-1]
    assert pdf.count(b"%%EOF") == 1, "merging leaves one clean revision for the PAdES signature"


def test_report_with_pdf_certificate_is_deterministic(demo: Demo) -> None:
    inputs = with_attachments(
        demo.inputs, ReportAttachment("kursintyg.pdf", "application/pdf", pdf_certificate(1))
    )
    assert build_report(inputs) == build_report(inputs)


def test_a_damaged_pdf_gets_a_page_that_says_so(report_sv: bytes, demo: Demo) -> None:
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage"
    pdf = build_report(
        with_attachments(demo.inputs, ReportAttachment("trasig.pdf", "application/pdf", broken))
    )
    last = " ".join(pages_text(pdf)[-1].split())
    assert "trasig.pdf" in last
    assert "kunde inte visas" in last
    digest = hashlib.sha256(broken).hexdigest()
    assert " ".join(digest[i : i + 4] for i in range(0, 64, 4)) in last, (
        "the full hash to check a copy"
    )
    assert "följer inte med exportpaketet" in last, "the file itself is not in the bundle"


def test_each_caption_names_the_entry_the_certificate_belongs_to(demo: Demo) -> None:
    entries = demo.inputs.snapshot.entries
    course = next(e for e in entries if e.kind == "course")
    row = [e.id for e in entries if e.kind == "course"].index(course.id) + 1
    files = (
        ReportAttachment("kursintyg.png", "image/png", png_certificate("KURS"), course.id),
        ReportAttachment("plan.png", "image/png", png_certificate("PLAN")),
    )
    pages = [
        " ".join(p.split()) for p in pages_text(build_report(with_attachments(demo.inputs, *files)))
    ]
    first, second = pages[-2], pages[-1]
    title = course.fields["title"]
    assert "Bilaga 1: kursintyg.png" in first
    assert f"Hör till: Kurs nr {row} – {course.date.isoformat()}, {title}" in first
    assert "Bilaga 2: plan.png" in second and "Hör till loggboken som helhet" in second
    english = pages_text(
        build_report(with_attachments(replace(demo.inputs, language="en"), *files))
    )
    assert f"Belongs to: Course nr {row} – {course.date.isoformat()}, {title}" in " ".join(
        english[-2].split()
    )
