"""PAdES signatures on the report, made and checked with pyHanko.

Each logbook has a small CA certificate and an ECDSA P-256 leaf it issued (pyHanko does
not accept a bare self-signed signer as its own trust root). The CA's SHA-256 goes into
the bundle manifest, which the trainee's Ed25519 key signs: that binds the PDF signature
to the trainee's key. The CA's private key is discarded after issuing the leaf, so only
the leaf can ever sign for this logbook.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

VALIDITY = timedelta(days=3653)


@dataclass(frozen=True)
class PdfSigningIdentity:
    ca_cert_pem: bytes
    leaf_cert_pem: bytes
    leaf_key_pem: bytes

    def to_bytes(self) -> bytes:
        return json.dumps({k: getattr(self, k).decode("ascii") for k in ("ca_cert_pem", "leaf_cert_pem", "leaf_key_pem")}).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> PdfSigningIdentity:
        body = json.loads(data)
        return cls(body["ca_cert_pem"].encode(), body["leaf_cert_pem"].encode(), body["leaf_key_pem"].encode())

    def __repr__(self) -> str:  # never show the key in a log or traceback
        return f"PdfSigningIdentity(ca_sha256={ca_sha256(self)[:16]}…)"


@dataclass(frozen=True)
class PdfValidation:
    intact: bool
    trusted: bool
    whole_file: bool
    ca_sha256: str
    reason: str

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.whole_file


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "EVTDesk logbook")])


def make_pdf_identity(common_name: str) -> PdfSigningIdentity:
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(f"{common_name} – EVTDesk logbook CA")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now).not_valid_after(now + VALIDITY)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(ca_name)
            .public_key(leaf_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + VALIDITY)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    return PdfSigningIdentity(
        ca.public_bytes(pem),
        leaf.public_bytes(pem),
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
    )


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


def ca_sha256(identity_or_pem: PdfSigningIdentity | bytes) -> str:
    pem = identity_or_pem.ca_cert_pem if isinstance(identity_or_pem, PdfSigningIdentity) else identity_or_pem
    return hashlib.sha256(_der(pem)).hexdigest()


def sign_pdf(pdf: bytes, identity: PdfSigningIdentity, reason: str, name: str) -> bytes:
    ca = asn1_x509.Certificate.load(_der(identity.ca_cert_pem))
    leaf = asn1_x509.Certificate.load(_der(identity.leaf_cert_pem))
    key = serialization.load_pem_private_key(identity.leaf_key_pem, password=None)
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=leaf, signing_key=key_info,
                                  cert_registry=SimpleCertificateStore.from_certs([ca]))
    meta = signers.PdfSignatureMetadata(field_name="EVTDeskSignature", reason=reason, name=name)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, meta, signer=signer, new_field_spec=SigFieldSpec("EVTDeskSignature"))
    return out.getvalue()


def _embedded_ca(signature: object, expected_sha256: str) -> asn1_x509.Certificate | None:
    for choice in signature.signed_data["certificates"]:  # type: ignore[attr-defined]
        cert = choice.chosen
        if isinstance(cert, asn1_x509.Certificate) and hashlib.sha256(cert.dump()).hexdigest() == expected_sha256:
            return cert
    return None


def validate_pdf(pdf: bytes, expected_ca_sha256: str) -> PdfValidation:
    """Check the one signature: intact, issued by the expected CA, covering the whole file."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = reader.embedded_signatures
    except Exception as error:  # pyHanko raises many kinds on malformed PDFs
        return PdfValidation(False, False, False, "", f"the report is not a readable PDF ({error.__class__.__name__})")
    if len(found) != 1:
        return PdfValidation(False, False, False, "", f"the report should carry one signature, it carries {len(found)}")
    signature = found[0]
    ca = _embedded_ca(signature, expected_ca_sha256)
    if ca is None:
        return PdfValidation(False, False, False, "", "the report was signed with a certificate the manifest does not name")
    try:
        # Any update after signing is refused outright (coverage), so the diff analysis,
        # which only grades such updates, is skipped.
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[ca]), skip_diff=True)
    except (SignatureValidationError, ValueError) as error:
        return PdfValidation(False, False, False, expected_ca_sha256, f"the report's signature could not be checked ({error})")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not status.intact:
        reason = "the report was changed after it was signed"
    elif not status.trusted:
        reason = "the report's signing certificate does not chain to the logbook's CA"
    elif not whole:
        reason = "the report has content added after it was signed (an incremental update)"
    else:
        reason = ""
    return PdfValidation(status.intact, status.trusted, whole, expected_ca_sha256, reason)
