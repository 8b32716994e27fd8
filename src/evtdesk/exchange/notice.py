"""Issuing the notice to the employer: a failed examination week (A4) or a stop (H3).

What the notice reports is what decides in his view of her bundle: a week's failure is
the verdict that decides it (a co-supervisor's failure is her report to him, not the A4
record), the stop is the stop statement that stands (a later resumption lifts it). With
neither there is nothing to notify, and the notice is refused with that sentence. The
other refusals are the certificate's (`exchange.documents.his_view`): a bundle that does
not verify or is not from a trainee he trusts, not her newest, or he not her main
supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from evtdesk.exchange.documents import (
    DocumentRefused,
    HisView,
    his_view,
    screened,
    signing_basis,
    week_record,
    write_signed,
)
from evtdesk.report.notice import NoticeInputs, StopRecord, build_notice
from evtdesk.store import Logbook

DOCUMENT = "notice"

_NOTHING = (
    "Varken en underkänd examinationsvecka eller ett avbrott av utbildningen gäller i din "
    "granskning av paketet; det finns inget att meddela arbetsgivaren.",
    "Neither a failed examination week nor a stop of the training stands in your view of "
    "the bundle; there is nothing to notify the employer of.",
)


@dataclass(frozen=True)
class NoticeWritten:
    path: Path
    trainee: str
    failed_weeks: tuple[date, ...]  # the first day of each failed week it reports
    stopped: bool
    ca_sha256: str


def notice_inputs(seen: HisView, language: str) -> NoticeInputs:
    """What the notice reports, or DocumentRefused when nothing is to be reported."""
    progress = seen.progress
    weeks = tuple(week_record(w) for w in progress.exam_weeks)
    stop = None
    if progress.stopped is not None:
        statement = progress.stopped
        stop = StopRecord(statement.signed_at.date(), statement.supervisor_name, statement.comment)
    inputs = NoticeInputs(language, seen.trainee, seen.supervisor, weeks, stop, seen.basis)
    if not inputs.failed and stop is None:
        raise DocumentRefused(_NOTHING[0] if language == "sv" else _NOTHING[1])
    return inputs


def write_notice(
    logbook: Logbook,
    bundle: bytes,
    out_path: Path,
    language: str,
    replace_pdf: bool = False,
    today: date | None = None,
    now: datetime | None = None,
) -> NoticeWritten:
    """Issue the notice for the trainee whose bundle `bundle` is, from his logbook's view
    of it, signed and written to `out_path`; DocumentRefused (nothing written) when it
    may not be. The bundle is remembered once the notice is written."""
    from evtdesk.exchange.supervisor import remember_bundle

    moment = now or datetime.now(UTC)
    seen = his_view(logbook, bundle, DOCUMENT, language, today or moment.date(), moment)
    inputs = notice_inputs(seen, language)
    screened(inputs.texts(), DOCUMENT, language)
    inputs = replace(inputs, basis=signing_basis(logbook, inputs.basis))
    facts = {
        "Document": DOCUMENT,
        "Trainee": inputs.trainee.fingerprint,
        "BundleID": inputs.basis.bundle_id,
        "FailedWeeks": ",".join(w.start.isoformat() for w in inputs.failed),
        "Stopped": "yes" if inputs.stop is not None else "no",
    }
    reason = f"EVTDesk notice to the employer for {inputs.trainee.name}"
    path = write_signed(
        logbook, build_notice(inputs), out_path, reason, facts, replace_pdf, language
    )
    remember_bundle(logbook, seen.view.verdict, bundle)
    return NoticeWritten(
        path,
        inputs.trainee.name,
        tuple(w.start for w in inputs.failed),
        inputs.stop is not None,
        inputs.basis.ca_sha256,
    )
