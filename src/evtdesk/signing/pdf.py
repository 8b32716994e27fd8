"""PAdES signatures on the report, made and checked with pyHanko.

Why a CA: pyHanko does not accept a bare self-signed signer as its own trust root, so each
logbook has a small CA certificate and an ECDSA P-256 leaf it issued. The CA's private key
is discarded right after issuing the leaf, so only that leaf can ever sign for the
logbook. The CA's SHA-256 goes into the bundle manifest, which the trainee's Ed25519 key
signs: that binds the PDF signature to the trainee's key without any public PKI.

Validation is offline (no revocation fetching) and strict: exactly one signature, issued
under the CA the manifest names, intact, and covering every byte of the file — a PDF with
an incremental update appended after signing is refused, however harmless the update.

The signed revision also writes the bundle's facts (its id, chain head and entry count)
into the document information dictionary under `/EVTDesk…` keys, so a report re-signed
by the trainee for another bundle, or an older report, does not pass as this bundle's.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

VALIDITY = timedelta(days=3653)
FACT_PREFIX = "/EVTDesk"  # document information keys the signed revision adds
FIELD = "EVTDeskSignature"
_PARTS = ("ca_cert_pem", "leaf_cert_pem", "leaf_key_pem")


@dataclass(frozen=True)
class PdfSigningIdentity:
    """The logbook's PDF signing material (PEM), stored inside the encrypted logbook."""

    ca_cert_pem: bytes
    leaf_cert_pem: bytes
    leaf_key_pem: bytes

    def to_bytes(self) -> bytes:
        return json.dumps(
            {k: getattr(self, k).decode("ascii") for k in _PARTS}, sort_keys=True
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> PdfSigningIdentity:
        try:
            body = json.loads(data)
            return cls(*(body[k].encode("ascii") for k in _PARTS))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValueError("stored PDF signing identity is damaged") from None

    def __repr__(self) -> str:  # never show the private key in a log or traceback
        return f"PdfSigningIdentity(ca_sha256={ca_sha256(self)[:16]}…)"


@dataclass(frozen=True)
class PdfValidation:
    """The outcome of checking the report's signature; `reason` is empty when all is well."""

    intact: bool
    trusted: bool
    whole_file: bool
    ca_sha256: str
    reason: str
    facts: Mapping[str, str] = field(default_factory=dict)  # the /EVTDesk… information

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.whole_file


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64] or "EVTDesk"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "EVTDesk logbook"),
        ]
    )


def _usage(*, signing: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=signing,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signing,
        crl_sign=not signing,
        encipher_only=False,
        decipher_only=False,
    )


def make_pdf_identity(common_name: str) -> PdfSigningIdentity:
    """A fresh CA (10 years) and a P-256 leaf it issued; the CA key is not kept."""
    now = datetime.now(UTC) - timedelta(minutes=5)
    ca_key, leaf_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca_name = _name(f"{common_name[:40]} - logbook CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(signing=False), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(signing=True), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    del ca_key  # discarded: nobody can issue another leaf for this logbook
    pem = serialization.Encoding.PEM
    return PdfSigningIdentity(
        ca.public_bytes(pem),
        leaf.public_bytes(pem),
        leaf_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


def ca_sha256(identity_or_ca_pem: PdfSigningIdentity | bytes) -> str:
    """Hex SHA-256 of the CA certificate's DER: the value the manifest carries."""
    pem = (
        identity_or_ca_pem.ca_cert_pem
        if isinstance(identity_or_ca_pem, PdfSigningIdentity)
        else identity_or_ca_pem
    )
    return hashlib.sha256(_der(pem)).hexdigest()


def sign_pdf(
    pdf_bytes: bytes,
    identity: PdfSigningIdentity,
    reason: str,
    name: str,
    facts: Mapping[str, str] | None = None,
) -> bytes:
    """The PDF with one PAdES signature over the whole file; the CA is embedded in the CMS.

    `facts` (e.g. {"BundleID": …}) go into the document information as `/EVTDeskBundleID`
    and so on, in the revision the signature covers."""
    ca = asn1_x509.Certificate.load(_der(identity.ca_cert_pem))
    leaf = asn1_x509.Certificate.load(_der(identity.leaf_cert_pem))
    key = serialization.load_pem_private_key(identity.leaf_key_pem, password=None)
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=leaf,
        signing_key=key_info,
        cert_registry=SimpleCertificateStore.from_certs([ca]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD, reason=reason, name=name, subfilter=SigSeedSubFilter.PADES
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    if facts:
        _write_facts(writer, facts)
    out = signers.sign_pdf(writer, meta, signer=signer, new_field_spec=SigFieldSpec(FIELD))
    return bytes(out.getvalue())


def _write_facts(writer: IncrementalPdfFileWriter, facts: Mapping[str, str]) -> None:
    info = generic.DictionaryObject()
    with suppress(KeyError):  # a PDF may have no information dictionary yet
        info.update(writer.trailer["/Info"])
    for key, value in facts.items():
        info[generic.NameObject(f"{FACT_PREFIX}{key}")] = generic.TextStringObject(value)
    writer.set_info(info)


def _read_facts(reader: PdfFileReader) -> dict[str, str]:
    """The `/EVTDesk…` document information, as text (empty when there is none)."""
    try:
        info = reader.trailer["/Info"]
    except (KeyError, TypeError):
        return {}
    if not isinstance(info, generic.DictionaryObject):
        return {}
    return {
        str(key)[len(FACT_PREFIX) :]: str(value)
        for key, value in info.items()
        if str(key).startswith(FACT_PREFIX) and isinstance(value, generic.TextStringObject | str)
    }


def _embedded_ca(signature: Any, expected_sha256: str) -> asn1_x509.Certificate | None:
    for choice in signature.signed_data["certificates"] or ():
        cert = choice.chosen
        if (
            isinstance(cert, asn1_x509.Certificate)
            and hashlib.sha256(cert.dump()).hexdigest() == expected_sha256
        ):
            return cert
    return None


def _refused(reason: str, ca: str = "") -> PdfValidation:
    return PdfValidation(False, False, False, ca, reason)


def validate_pdf(pdf_bytes: bytes, expected_ca_sha256: str) -> PdfValidation:
    """Check the one signature: intact, under the expected CA, covering the whole file."""
    expected = expected_ca_sha256.lower() if isinstance(expected_ca_sha256, str) else ""
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes), strict=False)
        found = reader.embedded_signatures
        facts = _read_facts(reader)
    except Exception as error:  # pyHanko raises many kinds on a malformed PDF
        return _refused(f"the report is not a readable PDF ({error.__class__.__name__})")
    if len(found) != 1:
        return _refused(f"the report should carry one signature, it carries {len(found)}")
    signature = found[0]
    try:
        ca = _embedded_ca(signature, expected)
    except Exception:  # a damaged CMS structure
        return _refused("the report's signature is damaged")
    if ca is None:
        return _refused("the report was signed under a certificate the manifest does not name")
    try:
        # An update after signing is refused outright below, so pyHanko's diff analysis,
        # which only grades such updates (and is costly on hostile input), is skipped.
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=[ca]), skip_diff=True
        )
    except Exception as error:  # a signature pyHanko cannot even evaluate
        return _refused(
            f"the report's signature could not be checked ({error.__class__.__name__})", expected
        )
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not status.intact:
        reason = "the report was changed after it was signed"
    elif not status.trusted:
        reason = "the report's signing certificate does not chain to the logbook's CA"
    elif not whole:
        reason = "the report has content added after it was signed (an incremental update)"
    else:
        reason = ""
    return PdfValidation(bool(status.intact), bool(status.trusted), whole, expected, reason, facts)
