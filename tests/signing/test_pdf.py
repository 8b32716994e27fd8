"""The report's PAdES signature: trusted only under the named CA, refused once appended to."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen import canvas

from evtdesk.signing.pdf import (
    PdfSigningIdentity,
    ca_sha256,
    make_pdf_identity,
    sign_pdf,
    validate_pdf,
)


def report_pdf(text: str = "EVTDesk report") -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def identity() -> PdfSigningIdentity:
    return make_pdf_identity("Karin Berg")


@pytest.fixture(scope="module")
def signed(identity: PdfSigningIdentity) -> bytes:
    return sign_pdf(report_pdf(), identity, reason="EVTDesk bundle b-1", name="Karin Berg")


def append_update(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root["/Lang"] = generic.TextStringObject("sv")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_signed_report_is_intact_trusted_and_whole(
    identity: PdfSigningIdentity, signed: bytes
) -> None:
    result = validate_pdf(signed, ca_sha256(identity))
    assert (
        result.ok and result.intact and result.trusted and result.whole_file and result.reason == ""
    )
    assert result.ca_sha256 == ca_sha256(identity.ca_cert_pem)


def test_an_update_appended_after_signing_is_not_whole_file(
    identity: PdfSigningIdentity, signed: bytes
) -> None:
    result = validate_pdf(append_update(signed), ca_sha256(identity))
    assert result.intact and not result.whole_file and not result.ok
    assert "added after it was signed" in result.reason


def test_another_logbooks_ca_is_refused(signed: bytes) -> None:
    result = validate_pdf(signed, ca_sha256(make_pdf_identity("Someone Else")))
    assert not result.ok and "does not name" in result.reason


def test_a_changed_byte_inside_the_signed_range_is_refused(
    identity: PdfSigningIdentity, signed: bytes
) -> None:
    at = signed.index(b"ReportLab Generated")  # a comment near the start, inside the signed range
    tampered = signed[:at] + b"ReportLab generated" + signed[at + 19 :]
    result = validate_pdf(tampered, ca_sha256(identity))
    assert not result.ok and not result.intact


def test_unsigned_and_garbage_pdfs_are_refused(identity: PdfSigningIdentity) -> None:
    assert "carries 0" in validate_pdf(report_pdf(), ca_sha256(identity)).reason
    assert "not a readable PDF" in validate_pdf(b"%PDF-1.7 junk", ca_sha256(identity)).reason


def test_the_identity_survives_storage_without_showing_its_key(
    identity: PdfSigningIdentity,
) -> None:
    assert PdfSigningIdentity.from_bytes(identity.to_bytes()) == identity
    assert b"PRIVATE" not in repr(identity).encode()
    with pytest.raises(ValueError, match="damaged"):
        PdfSigningIdentity.from_bytes(b"{}")
