"""What a supervisor is kept from signing because it could never stand.

The reader judges every statement (`curriculum.authority`, `curriculum.engine`): a plain
tick on an item the examination week's verdict decides (A3, A4) counts for nothing, and
an approval of a part stands only in its order, with what it needs met and no refusal of
one of its mandatory items beside it. Signing such a statement would give the trainee a
document that looks like an approval and is none, so the signing side refuses it first,
with the same judge: the statements are added to the bundle's as they would stand once
signed, and the part's verdict is read from the same evaluation every view shows. The
app's attest dialog and `evtdesk attest` both sign through `write_attestation`, which
calls this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from evtdesk.curriculum.authority import verdict_items
from evtdesk.curriculum.engine import evaluate
from evtdesk.exchange.supervisor import BundleView, curriculum_made_for
from evtdesk.model import Attestation, LogbookSnapshot, Statement
from evtdesk.store import LogbookError


def refuse_what_cannot_stand(
    view: BundleView,
    statements: list[Statement],
    signer: str,
    language: str = "en",
    earlier: Sequence[tuple[Statement, datetime]] = (),
) -> None:
    """Raise LogbookError, before anything is signed, for a tick on a verdict item or a
    part approval the reader would not count; nothing else is judged here. `earlier`: what
    he already signed about this same bundle, with when (the view leaves it out, as it
    answers no earlier bundle): a refusal of A2 signed a minute ago stands beside an
    approval of part A signed now, in a second file as in one."""
    if view.snapshot is None or view.progress is None or view.manifest is None:
        return
    curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    by_verdict = verdict_items(curriculum)
    for statement in statements:
        adapted = statement.subject.removeprefix("ADAPT:")
        if statement.subject.startswith("ADAPT:") and adapted in by_verdict and statement.approved:
            raise LogbookError(
                f"{adapted} is decided by the examination week's verdict: the plan cannot "
                "waive or change it. Nothing was signed."
            )
        if statement.subject in by_verdict and statement.verdict is None:
            raise LogbookError(
                f"{statement.subject} is decided by the examination week's verdict, not by "
                "a tick: pass or fail the recorded week (evtdesk attest … --pass-week ID, "
                "or --fail-week ID). Nothing was signed."
            )
    parts = {p.id for p in curriculum.parts}
    approvals = [s.subject for s in statements if s.subject in parts and s.approved]
    if not approvals:
        return
    progress = evaluate(
        curriculum,
        _as_signed(view, statements, signer, earlier),
        date.today(),
        language,
    )
    for part in progress.parts:
        if part.id in approvals and part.unheld:
            raise LogbookError(f"{part.unheld} Nothing was signed.")


def _as_signed(
    view: BundleView,
    statements: list[Statement],
    signer: str,
    earlier: Sequence[tuple[Statement, datetime]] = (),
) -> LogbookSnapshot:
    """The bundle's snapshot with `statements` among its statements, as the main
    supervisor's, signed now about this bundle (the latest of their subjects), after what
    he signed `earlier` about it."""
    assert view.snapshot is not None and view.manifest is not None
    now = datetime.now(UTC).replace(tzinfo=None)
    said = [(s, at) for s, at in earlier] + [(s, now) for s in statements]
    pending = tuple(
        Attestation(
            id=f"pending-{number}",
            subject=statement.subject,
            approved=statement.approved,
            comment=statement.comment,
            supervisor_name=signer,
            supervisor_key="",
            signed_at=at,
            bundle_manifest_sha256=view.manifest_sha256,
            basis_seq=int(view.manifest["chain"]["seq"]),
            bundle_sequence=int(view.manifest["sequence"]),
            verdict=statement.verdict,
            evaluation=statement.evaluation,
        )
        for number, (statement, at) in enumerate(said)
        if not statement.subject.startswith("ADAPT:")
    )
    return replace(view.snapshot, attestations=view.snapshot.attestations + pending)
