"""A supervisor's statements, and which of them is the current one.

A signer's clock is not evidence: statements about one subject are ordered first by the
bundle they answer (its hash-chain sequence number, which only grows), then by their
signing time, so a statement dated 2099 about an old bundle never outranks a later refusal.
The trainee's own evaluation and the supervisor's view of a bundle both use these rules,
each on the statements it counts; and the adaptations of the plan in force are read from
the statements, since only a supervisor's signature makes one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from evtdesk.model.approval import ExamVerdict, YearlyEvaluation
from evtdesk.model.declarations import Declaration
from evtdesk.model.plan import Adaptation, Proposal


@dataclass(frozen=True)
class Statement:
    """What a supervisor states about one subject, before it is signed.

    `subject` is a curriculum item id (`K1a`), a part id for its completion (`PREP`),
    `PLAN`, `EVAL:<year>`, `EXAM_WEEK`, or `ADAPT:<item>` for an adaptation of the
    training plan: approved, it applies with `required` and `waived`, and `comment` is
    its note; not approved, no adaptation of that item applies. `verdict` (on
    `EXAM_WEEK`) and `evaluation` (on `EVAL:<year>`) are the typed content those
    statements carry inside the signed payload.
    """

    subject: str
    approved: bool
    comment: str
    required: Mapping[str, float] = field(default_factory=dict)
    waived: bool = False
    verdict: ExamVerdict | None = None
    evaluation: YearlyEvaluation | None = None
    declaration: Declaration | None = None  # QUALIFICATION, SITE:<id>, READINESS:<id>


@dataclass(frozen=True)
class Attestation:
    """A supervisor's signed statement about one subject, as the reader counts it.

    `subject` is a curriculum item id (e.g. `K1a`, `PREP` for completion of a part), or
    one of `PLAN`, `EVAL:<year>`, `EXAM_WEEK`, `ADAPT:<item>`. `basis_seq` is the
    hash-chain sequence number of the bundle the supervisor saw: entries changed after it
    make the attestation stale, and statements about one subject are ordered by it before
    their signing time, so a date the signer's clock wrote never outranks a later bundle.
    `adaptation` is set for an approved `ADAPT:` statement. `signer_role` is the role the
    reader gave the signer's key: a co-supervisor cannot speak for the main supervisor.
    """

    id: str
    subject: str
    approved: bool
    comment: str
    supervisor_name: str
    supervisor_key: str
    signed_at: datetime
    bundle_manifest_sha256: str
    basis_seq: int
    adaptation: Adaptation | None = None
    bundle_sequence: int | None = None
    signer_role: str = "supervisor"  # as the reader trusts the key: or "co_supervisor"
    verdict: ExamVerdict | None = None  # EXAM_WEEK: the week and, if failed, A4's record
    evaluation: YearlyEvaluation | None = None  # EVAL:<year>: the year and its action plan
    declaration: Declaration | None = None  # facts declared by the person they describe
    authority: str = ""  # DECIDES or REPORTS once the curriculum has judged it; "" before


ADAPT_PREFIX = "ADAPT:"
EXAM_WEEK = "EXAM_WEEK"
EVAL_PREFIX = "EVAL:"
STOP = "TRAINING_STOP"  # approved: the supervisor stopped the training (H3); refused: resumed
# The plan's MRI rule (K3c-MR): approved, MRI is the unit's primary stroke modality and the
# curriculum's `plan_required` numbers apply; refused, they do not. The main supervisor
# signs it as part of the plan; the trainee's own setting holds only until he does.
MRI_PRIMARY = "MRI_PRIMARY"
PENDING, SIGNED, REFUSED = "pending", "signed", "refused"


def order_key(attestation: Attestation) -> tuple[int, int, str, str]:
    """Bundle answered first (sequence, then chain position), signing time only within it."""
    sequence = attestation.bundle_sequence if attestation.bundle_sequence is not None else -1
    return (attestation.basis_seq, sequence, attestation.signed_at.isoformat(), attestation.id)


CO_SUPERVISOR = "co_supervisor"
DECIDES, REPORTS, NO_AUTHORITY = "decides", "reports", "none"


def may_decide(statement: Attestation) -> bool:
    """Whether the statement may decide its subject: as the curriculum judged its signer's
    role (`curriculum.authority`), and until then never a co-supervisor's, who reports
    to the main supervisor on everything he decides (S4), nor a key's out of its term."""
    if statement.authority:
        return statement.authority == DECIDES
    return statement.signer_role == "supervisor"


def deciding(statements: Iterable[Attestation]) -> Attestation | None:
    """Of statements about one subject, the one that decides: of those whose signer may
    decide it, the latest bundle answered, then the latest signed. A report (a
    co-supervisor's word on what the main supervisor decides) decides nothing, even
    where he has not spoken."""
    pool = [a for a in statements if may_decide(a)]
    return max(pool, key=order_key) if pool else None


def current_statement(attestations: Iterable[Attestation], subject: str) -> Attestation | None:
    """The statement about `subject` that decides (a later refusal withdraws an approval)."""
    return deciding(a for a in attestations if a.subject == subject)


def adaptation_subject(item_id: str) -> str:
    return f"{ADAPT_PREFIX}{item_id}"


def signed_adaptations(attestations: Sequence[Attestation]) -> tuple[Adaptation, ...]:
    """The adaptations in force: per item, the current `ADAPT:` statement, if it approves."""
    subjects = sorted({a.subject for a in attestations if a.subject.startswith(ADAPT_PREFIX)})
    found = []
    for subject in subjects:
        current = current_statement(attestations, subject)
        if current is not None and current.approved and current.adaptation is not None:
            found.append(current.adaptation)
    return tuple(found)


def proposal_status(
    proposal: Proposal, attestations: Sequence[Attestation]
) -> tuple[str, Attestation | None]:
    """`pending` until a statement about the item answers a bundle that held the proposal;
    then `signed` or `refused` by that statement."""
    subject = adaptation_subject(proposal.item_id)
    answers = [  # a co-supervisor's answer is her report: the proposal still waits
        a
        for a in attestations
        if a.subject == subject and a.basis_seq >= proposal.proposed_seq and may_decide(a)
    ]
    if not answers:
        return PENDING, None
    current = max(answers, key=order_key)
    return (SIGNED if current.approved else REFUSED), current
