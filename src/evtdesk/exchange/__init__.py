"""What moves between trainee and supervisor: keys, bundles, attestations.

This package joins the store, the curriculum engine, the report and the signed formats
of `evtdesk.bundle`; the CLI and the app call only these functions. The names are loaded
when first used (PEP 562), so a light module of the package (`files`) costs the command
line's start-up nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evtdesk.exchange.attestations import (
        attestation_subjects,
        import_attestation,
        write_attestation,
    )
    from evtdesk.exchange.export import ExportResult, export_bundle
    from evtdesk.exchange.keys import (
        IdentityInfo,
        identity_info,
        parse_key,
        trust_key,
        trusted_for_bundles,
    )
    from evtdesk.exchange.supervisor import BundleView, open_bundle

_WHERE = {
    "attestation_subjects": "attestations",
    "import_attestation": "attestations",
    "write_attestation": "attestations",
    "ExportResult": "export",
    "export_bundle": "export",
    "IdentityInfo": "keys",
    "identity_info": "keys",
    "parse_key": "keys",
    "trust_key": "keys",
    "trusted_for_bundles": "keys",
    "BundleView": "supervisor",
    "open_bundle": "supervisor",
}

__all__ = [
    "BundleView",
    "ExportResult",
    "IdentityInfo",
    "attestation_subjects",
    "export_bundle",
    "identity_info",
    "import_attestation",
    "open_bundle",
    "parse_key",
    "trust_key",
    "trusted_for_bundles",
    "write_attestation",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
