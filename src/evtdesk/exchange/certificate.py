"""Issuing the completion certificate: only while the approval stands in his own view.

The certificate says the training is approved; the approval is the main supervisor's
statement about the approval part (`A`), and whether it stands is the curriculum
engine's judgement (`approved_part`), the one every view shows: signed by a key he trusts
as a supervisor's, after the neurointervention part was approved, with a passed
examination week, not withdrawn by a later refusal. He certifies his own word: an
approval another supervisor signed (before a hand-over, say) is certified by that
supervisor. A training he stopped is not certified while the stop stands. Each of these
is its own refusal sentence (`exchange.documents`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from evtdesk.curriculum.engine import approved_part
from evtdesk.curriculum.outcomes.cases import APPROVAL_SUBJECT, one_year_after
from evtdesk.exchange.documents import (
    DocumentRefused,
    HisView,
    his_view,
    screened,
    signing_basis,
    week_record,
    write_signed,
)
from evtdesk.model.statements import current_statement
from evtdesk.report.certificate import CertificateInputs, PartApproval, build_certificate
from evtdesk.store import Logbook

DOCUMENT = "certificate"

_TEXT: dict[str, tuple[str, str]] = {
    "not_approved": (
        "Utbildningen är inte godkänd i din granskning av paketet: inget godkännande av "
        "delen ”{part}” gäller.",
        "The training is not approved in your view of the bundle: no approval of the part "
        "“{part}” stands.",
    ),
    "refused": (
        "Godkännandet av utbildningen avslogs av {name} {day}; det senaste beskedet gäller.",
        "The approval of the training was refused by {name} on {day}; the latest word stands.",
    ),
    "reported": (
        "Utbildningen är godkänd bara av {name}, bihandledare: hennes ord är en rapport till "
        "huvudhandledaren (S4) och godkänner inget.",
        "The training is approved only by {name}, a co-supervisor: her word is a report to "
        "the main supervisor (S4) and approves nothing.",
    ),
    "not_yours": (
        "Godkännandet av utbildningen signerades av {name}, inte av dig: intyget utfärdas av "
        "den huvudhandledare som godkände utbildningen.",
        "The approval of the training was signed by {name}, not by you: the certificate is "
        "issued by the main supervisor who approved the training.",
    ),
    "two_main": (
        "{n} nycklar avgör som huvudhandledare i din granskning: {names}. Vägledningen har "
        "en huvudhandledare: ett intyg utfärdas först när överlämningen mellan er finns i "
        "paketet, eller när du har avslutat den andra nyckelns period (trust --retire).",
        "{n} keys decide as main supervisor in your view: {names}. The guidance has one "
        "main supervisor: a certificate is issued once the hand-over between you is in the "
        "bundle, or once you have ended the other key's term (trust --retire).",
    ),
    "stopped": (
        "Utbildningen är avbruten ({name}, {day}: {reason}); inget intyg utfärdas medan "
        "avbrottet gäller.",
        "The training is stopped ({name}, {day}: {reason}); no certificate is issued while "
        "the stop stands.",
    ),
}


@dataclass(frozen=True)
class CertificateWritten:
    path: Path
    trainee: str
    approved_on: date
    ca_sha256: str


def _say(key: str, language: str, **values: object) -> str:
    swedish, english = _TEXT[key]
    return (swedish if language == "sv" else english).format(**values)


def certificate_inputs(seen: HisView, language: str, today: date) -> CertificateInputs:
    """What the certificate states, or DocumentRefused while the approval does not stand
    in his view, is not his own, or the training is stopped."""
    curriculum, snapshot, progress = seen.curriculum, seen.snapshot, seen.progress
    approval = approved_part(curriculum, snapshot, APPROVAL_SUBJECT, today)
    if approval is None:
        raise _not_approved(seen, language)
    if approval.supervisor_key != seen.supervisor_key:
        raise _refuse("not_yours", language, name=approval.supervisor_name)
    acting = seen.view.main_supervisors  # as his view says it, terms ended left out
    if len(acting) > 1:
        raise _refuse("two_main", language, n=len(acting), names=", ".join(acting))
    stop = progress.stopped
    if stop is not None:
        day = stop.signed_at.date().isoformat()
        raise _refuse("stopped", language, name=stop.supervisor_name, day=day, reason=stop.comment)
    parts = []
    for part in curriculum.parts:
        statement = approved_part(curriculum, snapshot, part.id, today)
        if statement is not None:
            parts.append(
                PartApproval(
                    part.id,
                    part.title(language),
                    statement.signed_at.date(),
                    statement.supervisor_name,
                )
            )
    start = approval.signed_at.date()
    return CertificateInputs(
        language=language,
        trainee=seen.trainee,
        supervisor=seen.supervisor,
        approved_on=start,
        follow_up_end=one_year_after(start),
        parts=tuple(parts),
        weeks=tuple(week_record(w) for w in progress.exam_weeks),
        basis=seen.basis,
    )


def _refuse(key: str, language: str, **values: object) -> DocumentRefused:
    return DocumentRefused(_say(key, language, **values))


def _not_approved(seen: HisView, language: str) -> DocumentRefused:
    """Why no approval of the training stands: a refusal, a co-supervisor's report, an
    approval that does not hold (out of order, no passed week), or none at all."""
    part = seen.progress.part(APPROVAL_SUBJECT)
    current = current_statement(seen.snapshot.attestations, APPROVAL_SUBJECT)
    if current is not None and not current.approved:
        day = current.signed_at.date().isoformat()
        return _refuse("refused", language, name=current.supervisor_name, day=day)
    if part.unheld:
        return DocumentRefused(part.unheld)
    reports = [r for r in seen.progress.reports if r.subject == APPROVAL_SUBJECT and r.approved]
    if reports:
        return _refuse("reported", language, name=reports[-1].supervisor_name)
    return _refuse("not_approved", language, part=part.title(language))


def write_certificate(
    logbook: Logbook,
    bundle: bytes,
    out_path: Path,
    language: str,
    replace_pdf: bool = False,
    today: date | None = None,
    now: datetime | None = None,
) -> CertificateWritten:
    """Issue the certificate for the trainee whose bundle `bundle` is, from his logbook's
    view of it, signed and written to `out_path`; DocumentRefused (nothing written) when
    it may not be. The bundle is remembered in his logbook once the certificate is written,
    as `attest` remembers what he signed on."""
    from evtdesk.exchange.supervisor import remember_bundle

    moment = now or datetime.now(UTC)
    day = today or moment.date()
    seen = his_view(logbook, bundle, DOCUMENT, language, day, moment)
    inputs = certificate_inputs(seen, language, day)
    screened(inputs.texts(), DOCUMENT, language)
    basis = signing_basis(logbook, inputs.basis)
    inputs = replace(inputs, basis=basis)
    facts = {
        "Document": DOCUMENT,
        "Trainee": inputs.trainee.fingerprint,
        "Approved": inputs.approved_on.isoformat(),
        "BundleID": basis.bundle_id,
    }
    reason = f"EVTDesk completion certificate for {inputs.trainee.name}"
    path = write_signed(
        logbook, build_certificate(inputs), out_path, reason, facts, replace_pdf, language
    )
    remember_bundle(logbook, seen.view.verdict, bundle)
    return CertificateWritten(path, inputs.trainee.name, inputs.approved_on, basis.ca_sha256)
