"""Attestations: the supervisor signs statements about a bundle; the trainee imports them.

An attestation is addressed to the trainee's key and to one bundle's manifest hash, so a
trainee can only import attestations about what they actually exported, once each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from evtdesk.bundle.attestation import AcceptedAttestation, make_attestation, read_attestation
from evtdesk.exchange.keys import trusted_for_bundles
from evtdesk.exchange.supervisor import BundleView
from evtdesk.signing.minisign import public_of
from evtdesk.store import Logbook, LogbookError
from evtdesk.store.keys import write_atomically
from evtdesk.store.records import Statement

SPECIAL_SUBJECTS = {
    "PLAN": ("Individuell utbildningsplan", "Individual training plan"),
    "EXAM_WEEK": ("Examinationsveckans resultat", "Examination week result"),
    "EVAL": ("Årlig utvärdering {year}", "Yearly evaluation {year}"),
}


def attestation_subjects(
    view: BundleView, language: str = "sv", today: date | None = None
) -> list[tuple[str, str]]:
    """What a supervisor can attest for this bundle: part completions, the plan, the
    yearly evaluation, the examination week, and every curriculum item."""
    if view.progress is None:
        return []
    sv = language == "sv"
    year = (today or date.today()).year
    subjects = [
        (p.id, ("Delen slutförd: " if sv else "Part completed: ") + p.title(language))
        for p in view.progress.parts
    ]
    for key, (label_sv, label_en) in SPECIAL_SUBJECTS.items():
        subject = f"EVAL:{year}" if key == "EVAL" else key
        subjects.append((subject, (label_sv if sv else label_en).format(year=year)))
    subjects += [(i.id, f"{i.id} {i.title(language)}") for i in view.progress.items]
    return subjects


def write_attestation(
    logbook: Logbook, view: BundleView, statements: list[Statement], out_path: Path
) -> Path:
    """Sign `statements` about the bundle in `view` with this logbook's key."""
    if not view.verdict.valid or view.manifest is None:
        raise LogbookError("Only a bundle that verified can be attested.")
    if not statements:
        raise LogbookError("Choose at least one item to attest.")
    for statement in statements:
        if not statement.approved and not statement.comment.strip():
            raise LogbookError(f"Say why {statement.subject} is not approved.")
    data = make_attestation(
        logbook.signing_key(),
        logbook.owner_name,
        view.manifest,
        view.manifest_sha256,
        [(s.subject, s.approved, s.comment) for s in statements],
    )
    out_path = Path(out_path)
    try:
        write_atomically(out_path, data)
    except OSError as error:
        raise LogbookError(f"The attestation could not be saved: {error.strerror}.") from None
    return out_path


def import_attestation(logbook: Logbook, data: bytes) -> AcceptedAttestation:
    """Check and store a supervisor's attestation; raises AttestationRefused with the reason."""
    accepted = read_attestation(
        data,
        trusted_supervisors=trusted_for_bundles(logbook, ("supervisor", "co_supervisor")),
        own_public_key=public_of(logbook.signing_key()),
        exported_manifest_sha256s={e.manifest_sha256 for e in logbook.records.exports()},
        seen_attestation_ids=logbook.records.seen_attestation_ids(),
    )
    statements = [Statement(s[0], bool(s[1]), s[2]) for s in accepted.statements]
    logbook.records.record_attestation(
        accepted.attestation_id,
        statements,
        accepted.supervisor_name,
        accepted.supervisor_key,
        accepted.created.replace(tzinfo=None),
        accepted.bundle_manifest_sha256,
        accepted.basis_chain_seq,
        data,
    )
    return accepted
