"""Signed bundles (`.evtbundle`) and attestations (`.evtattest`); see docs/bundle-format.md."""

from evtdesk.bundle.archive import BundleError
from evtdesk.bundle.attestation import (
    AcceptedAttestation,
    AttestationRefused,
    make_attestation,
    read_attestation,
)
from evtdesk.bundle.verify import TrustedKey, UnreadableBundle, Verdict, verify_bundle
from evtdesk.bundle.writer import BundleInfo, write_bundle

__all__ = [
    "AcceptedAttestation",
    "AttestationRefused",
    "BundleError",
    "BundleInfo",
    "TrustedKey",
    "UnreadableBundle",
    "Verdict",
    "make_attestation",
    "read_attestation",
    "verify_bundle",
    "write_bundle",
]
