"""Attestations: the supervisor signs statements about a bundle; the trainee imports them.

An attestation is addressed to the trainee's key and to one bundle's manifest hash, so a
trainee can only import attestations about what they actually exported, once each. The
supervisor's logbook keeps every attestation it signed, so its owner's statements count
in their view of later bundles even when a bundle leaves them out.
"""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import UTC, date, datetime
from pathlib import Path

from evtdesk.bundle.attestation import (
    AcceptedAttestation,
    AttestationRefused,
    make_attestation,
    parse_attestation,
    read_attestation,
)
from evtdesk.bundle.manifest import parse_utc
from evtdesk.bundle.standing import SUPERVISOR_ROLES
from evtdesk.curriculum.authority import verdict_items
from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.exchange import targets
from evtdesk.exchange.keys import trusted_for_bundles
from evtdesk.exchange.signing_rules import refuse_what_cannot_stand
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for
from evtdesk.model import Proposal, Statement
from evtdesk.model.content import expected_key
from evtdesk.model.declarations import HANDOVER, REPORT, VALIDATION, declaration_kind
from evtdesk.model.statements import ADAPT_PREFIX, STOP, adaptation_subject
from evtdesk.signing.minisign import public_key_line, public_of
from evtdesk.store import IssuedAttestation, Logbook, LogbookError
from evtdesk.store.keys import write_atomically

# Subjects attested by approving or refusing them alone. The examination week's verdict
# and the yearly evaluation carry content and are signed through `exchange.verdicts`.
SPECIAL_SUBJECTS = {
    "PLAN": ("Individuell utbildningsplan", "Individual training plan"),
    # approved: MRI is the unit's primary stroke modality (K3c-MR asks 100); refused: not
    "MRI_PRIMARY": (
        "Utbildningsplanen: MR är enhetens primära strokemodalitet (K3c-MR)",
        "Training plan: MRI is the unit's primary stroke modality (K3c-MR)",
    ),
}
_IDENTITY_NUMBER = (
    "contains what looks like a Swedish personal identity number; statements must not "
    "identify patients"
)


def attestation_subjects(
    view: BundleView, language: str = "sv", today: date | None = None
) -> list[tuple[str, str]]:
    """What a supervisor can attest by approving or refusing it: part completions, the
    plan, every curriculum item, and each adaptation the trainee proposes
    (`ADAPT:<item>`). (The examination week's verdict and the yearly evaluation are
    signed with their content: `exchange.verdicts`.)"""
    if view.progress is None or view.snapshot is None:
        return []
    sv = language == "sv"
    year = (today or date.today()).year
    subjects = [
        (p.id, ("Delen slutförd: " if sv else "Part completed: ") + p.title(language))
        for p in view.progress.parts
    ]
    del year  # evaluations are signed with their year's summary (exchange.verdicts)
    for key, (label_sv, label_en) in SPECIAL_SUBJECTS.items():
        subjects.append((key, label_sv if sv else label_en))
    by_verdict = verdict_items(curriculum_made_for(view.snapshot.curriculum_id, view.manifest))
    subjects += [  # A3 and A4 are the week's verdict, signed with it: never a tick
        (i.id, f"{i.id} {i.title(language)}") for i in view.progress.items if i.id not in by_verdict
    ]
    for proposal in proposals_of(view):
        label = "Föreslagen anpassning" if sv else "Proposed adaptation"
        subjects.append(
            (adaptation_subject(proposal.item_id), f"{label}: {proposal_text(proposal)}")
        )
    return subjects


def proposals_of(view: BundleView) -> tuple[Proposal, ...]:
    """The adaptations the trainee proposes in this bundle, one per item (the newest)."""
    if view.snapshot is None:
        return ()
    newest: dict[str, Proposal] = {}
    for proposal in view.snapshot.plan.proposals:
        newest[proposal.item_id] = proposal
    return tuple(newest.values())


def proposal_text(proposal: Proposal) -> str:
    changes = [f"{cid} → {value:g}" for cid, value in proposal.required.items()]
    if proposal.waived:
        changes.append("waived")
    details = f" ({'; '.join(changes)})" if changes else ""
    return f"{proposal.item_id}: {proposal.note}{details}"


def signed_proposal(view: BundleView, item_id: str, approved: bool, comment: str) -> Statement:
    """The statement that signs (or refuses) the trainee's proposal for `item_id` as the
    bundle shows it; the supervisor's comment replaces the note when given."""
    proposal = next((p for p in proposals_of(view) if p.item_id == item_id), None)
    subject = adaptation_subject(item_id)
    if proposal is None:
        raise LogbookError(f"The bundle proposes no adaptation of {item_id}.")
    if not approved:
        return Statement(subject, False, comment)
    return Statement(subject, True, comment or proposal.note, proposal.required, proposal.waived)


def statement_texts(statement: Statement) -> list[str]:
    """Every free text a statement carries: its comment, and a verdict's reason and
    measures or an evaluation's action plan."""
    texts = [statement.comment]
    if statement.verdict is not None:
        texts += [statement.verdict.reason, statement.verdict.unit]
        texts += [m.text for m in statement.verdict.measures]
    if statement.evaluation is not None:
        texts += [m.text for m in statement.evaluation.measures]
    if statement.declaration is not None:
        texts += [v for v in statement.declaration.facts.values() if isinstance(v, str)]
        texts += list((statement.declaration.rejected or {}).values())
    return texts


def check_statements(statements: list[Statement]) -> None:
    """Refuse what must not be signed: nothing chosen, a refusal without a reason, an
    identity number in any text, an adaptation without a note, a verdict on the
    examination week or a yearly evaluation without its content."""
    if not statements:
        raise LogbookError("Choose at least one item to attest.")
    for statement in statements:
        if statement.subject in (HANDOVER, VALIDATION, REPORT) and not statement.approved:
            raise LogbookError(
                f"{statement.subject} is not withdrawn by a refusal: a hand-over is undone "
                "by a hand-over back, a validated case by rejecting it (--reject-case), a "
                "report by a later report."
            )
        if declaration_kind(statement.subject):
            if statement.approved and statement.declaration is None:
                raise LogbookError(
                    f"{statement.subject} is signed with the facts it declares "
                    "(evtdesk attest … --qualification, --declare-site, --readiness)."
                )
        elif expected_key(statement.subject) and not (statement.verdict or statement.evaluation):
            raise LogbookError(
                f"{statement.subject} is signed with what it judges: a verdict names the "
                "recorded week (evtdesk attest … --pass-week ID, or --fail-week ID with "
                "--reason, --employer-informed and --measure), an evaluation its year's "
                "summary (--evaluate YEAR --sufficient, or --insufficient with --measure)."
            )
        if statement.subject == STOP and not statement.comment.strip():
            raise LogbookError("Say why the training is stopped or resumed.")
        if any(find_identity_numbers(text) for text in statement_texts(statement)[1:]):
            raise LogbookError(f"A text of {statement.subject} {_IDENTITY_NUMBER}.")
        if not statement.approved and not statement.comment.strip():
            raise LogbookError(f"Say why {statement.subject} is not approved.")
        if find_identity_numbers(statement.comment):
            raise LogbookError(f"The comment on {statement.subject} {_IDENTITY_NUMBER}.")
        if statement.subject.startswith(ADAPT_PREFIX) and not statement.comment.strip():
            raise LogbookError(f"Say what the adaptation of {statement.subject[6:]} is and why.")


def check_target(out_path: Path, replace_attestation: bool = False) -> None:
    """Refuse a file name the attestation must not be written to, before anything is
    signed (`exchange.targets`): an earlier attestation is replaced only when the caller
    asked; a logbook, a bundle or anything else never is (the file dialog's "replace?" is
    too easily answered yes)."""
    try:
        targets.check_target(out_path, targets.ATTESTATION, replace=replace_attestation)
    except targets.TargetExists:
        raise LogbookError(
            f"{out_path} already exists; nothing was signed. Choose another file name."
        ) from None
    except targets.TargetRefused as refusal:
        raise LogbookError(f"{refusal} Nothing was signed.") from None


def _said_before(logbook: Logbook, view: BundleView) -> list[tuple[Statement, datetime]]:
    """What this logbook's owner already signed about the bundle in `view`, oldest first."""
    if view.verdict.signer is None:
        return []
    said = []
    for issued in logbook.records.issued_attestations(public_key_line(view.verdict.signer)):
        if issued.bundle_manifest_sha256 != view.manifest_sha256:
            continue
        with suppress(AttestationRefused):
            signed = parse_attestation(issued.source)
            said += [(s, issued.signed_at) for s in signed.statements]
    return said


def write_attestation(
    logbook: Logbook,
    view: BundleView,
    statements: list[Statement],
    out_path: Path,
    replace_attestation: bool = False,
    about_older: bool = False,
) -> Path:
    """Sign `statements` about the bundle in `view` with this logbook's key, keep them in
    this logbook, and write the file to give the trainee. An existing file is replaced
    only when `replace_attestation` and it is an attestation (`check_target`). A bundle
    older than one he saw, or not following it, is signed about only `about_older`: the
    one rule of the app and the command line (`--force`), since such a statement is
    outranked by what he said about the newer bundle."""
    if not view.verdict.valid or view.manifest is None:
        raise LogbookError("Only a bundle that verified can be attested.")
    if view.freshness is not None and view.freshness.warning and not about_older:
        raise LogbookError(
            f"Not signed: {view.freshness.message.rstrip('.')}. A statement about it would be "
            "outranked by what you said about the newer bundle. To sign about it on "
            "purpose, add --force (in the app, choose to sign anyway)."
        )
    out_path = Path(out_path)
    check_target(out_path, replace_attestation)
    check_statements(statements)
    refuse_what_cannot_stand(
        view, statements, logbook.owner_name, earlier=_said_before(logbook, view)
    )
    if find_identity_numbers(logbook.owner_name):
        raise LogbookError(f"Your name as this logbook records it {_IDENTITY_NUMBER}.")
    try:
        data = make_attestation(
            logbook.signing_key(),
            logbook.owner_name,
            view.manifest,
            view.manifest_sha256,
            statements,
        )
    except ValueError as error:  # a proposal's terms as the bundle shows them, say
        raise LogbookError(f"Nothing was signed: {error}.") from None
    payload = json.loads(data)["attestation"]
    try:
        write_atomically(out_path, data)
    except OSError as error:
        raise LogbookError(f"The attestation could not be saved: {error.strerror}.") from None
    logbook.records.record_issued_attestation(
        IssuedAttestation(
            attestation_id=payload["attestation_id"],
            trainee_key=payload["trainee_public_key"],
            bundle_manifest_sha256=view.manifest_sha256,
            bundle_sequence=payload["bundle_sequence"],
            basis_seq=payload["basis_chain_seq"],
            signed_at=parse_utc(payload["created"]).replace(tzinfo=None),
            source=data,
        )
    )
    return out_path


def import_attestation(
    logbook: Logbook, data: bytes, now: datetime | None = None
) -> AcceptedAttestation:
    """Check and store a supervisor's attestation; raises AttestationRefused with the reason."""
    supervisors = trusted_for_bundles(logbook, SUPERVISOR_ROLES)
    accepted = read_attestation(
        data,
        trusted_supervisors=supervisors,
        own_public_key=public_of(logbook.signing_key()),
        exports={e.manifest_sha256: e for e in logbook.records.exports()},
        seen_attestation_ids=logbook.records.seen_attestation_ids(),
        now=now or datetime.now(UTC),
    )
    signer = next((k for k in supervisors if k.public_key == accepted.supervisor_key), None)
    if signer is not None and not signer.in_term(accepted.created.date()):
        raise AttestationRefused(
            f"it was signed on {accepted.created.date().isoformat()}, outside the term you "
            f"trust {signer.name}'s key for ({signer.term_text()}); it would count for nothing"
        )
    for statement in accepted.statements:
        if any(find_identity_numbers(text) for text in statement_texts(statement)):
            raise AttestationRefused(
                f"the text of {statement.subject} {_IDENTITY_NUMBER}; ask the supervisor "
                "to sign it again without it"
            )
    logbook.records.record_attestation(
        accepted.attestation_id,
        list(accepted.statements),
        accepted.supervisor_name,
        accepted.supervisor_key,
        accepted.created,
        accepted.bundle_manifest_sha256,
        accepted.basis_chain_seq,
        data,
        accepted.bundle_sequence,
    )
    return accepted


__all__ = [
    "AttestationRefused",
    "attestation_subjects",
    "check_statements",
    "import_attestation",
    "parse_attestation",
    "proposal_text",
    "proposals_of",
    "signed_proposal",
    "write_attestation",
]
