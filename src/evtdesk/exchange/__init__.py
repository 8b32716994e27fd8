"""What moves between trainee and supervisor: keys, bundles, attestations.

This package joins the store, the curriculum engine, the report and the signed formats
of `evtdesk.bundle`; the CLI and the app call only these functions.
"""

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
