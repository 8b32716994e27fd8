"""Signed bundles (`.evtbundle`) and attestations (`.evtattest`); see docs/bundle-format.md.

The names below are loaded when first used (PEP 562), so a light module of the package
(`untrusted_json`, `manifest`) can be imported without pyHanko and the PDF code behind
`verify` — the command line's start-up depends on it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evtdesk.bundle.archive import BundleError
    from evtdesk.bundle.attestation import (
        AcceptedAttestation,
        AttestationRefused,
        make_attestation,
        read_attestation,
    )
    from evtdesk.bundle.verify import UnreadableBundle, Verdict, verify_bundle
    from evtdesk.bundle.writer import BundleInfo, write_bundle

_WHERE = {
    "AcceptedAttestation": "attestation",
    "AttestationRefused": "attestation",
    "make_attestation": "attestation",
    "read_attestation": "attestation",
    "BundleError": "archive",
    "UnreadableBundle": "verify",
    "Verdict": "verify",
    "verify_bundle": "verify",
    "BundleInfo": "writer",
    "write_bundle": "writer",
}

__all__ = [
    "AcceptedAttestation",
    "AttestationRefused",
    "BundleError",
    "BundleInfo",
    "UnreadableBundle",
    "Verdict",
    "make_attestation",
    "read_attestation",
    "verify_bundle",
    "write_bundle",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
