"""Statements signed by a supervisor key made on the spot, recorded in a trainee's logbook
as an imported attestation would be — for tests of what the trainee then sees."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from evtdesk.bundle.attestation import make_attestation
from evtdesk.bundle.manifest import utc_text
from evtdesk.model import Statement
from evtdesk.signing.fingerprint import fingerprint
from evtdesk.signing.identity import Identity, new_identity
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import Logbook


def record_signed(
    logbook: Logbook,
    statements: Sequence[Statement],
    name: str = "Erik Holm",
    created: datetime | None = None,
    supervisor: Identity | None = None,
) -> Identity:
    """Sign `statements` with a supervisor key (new unless given), trust that key as
    `name`, and record the attestation about the logbook as it stands now."""
    supervisor = supervisor or new_identity()
    line = public_key_line(public_of(supervisor))
    if line not in {k.public_key for k in logbook.records.trusted_keys()}:
        logbook.records.trust_key(line, name, "supervisor", fingerprint(supervisor.public))
    created = created or datetime.now(UTC).replace(microsecond=0)
    head = logbook.chain_head()
    manifest = {
        "bundle_id": f"test-{head.seq}",
        "sequence": head.seq,
        "created": utc_text(created),
        "chain": {"seq": head.seq},
        "signer": {"public_key": public_key_line(public_of(logbook.signing_key()))},
    }
    data = make_attestation(
        supervisor, name, manifest, head.hash, list(statements), created=created
    )
    payload = json.loads(data)["attestation"]
    logbook.records.record_attestation(
        payload["attestation_id"],
        list(statements),
        name,
        line,
        created.replace(tzinfo=None),
        head.hash,
        head.seq,
        data,
        bundle_sequence=head.seq,
    )
    return supervisor
