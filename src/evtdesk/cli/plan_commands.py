"""The individual training plan from the command line.

    evtdesk plan PATH [--json]                    (show)
    evtdesk plan PATH --mri-primary yes|no
    evtdesk plan propose PATH ITEM --note TEXT [--required COND=N ...] [--waive]
    evtdesk plan withdraw PATH ITEM [--reason TEXT]

An adaptation of the plan is the supervisor's decision: the trainee proposes one (`plan
propose`, also spelled `plan adapt`), a later bundle shows it to the supervisor, and it
applies only once the supervisor signs it (`evtdesk attest … --adapt ITEM`) and the
trainee imports that attestation. The item and its conditions are checked against the
logbook's curriculum; a refusal exits 1 and changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from evtdesk.cli.arguments import print_json
from evtdesk.cli.common import EXIT_OK, UsageError, open_trainee_logbook
from evtdesk.model import Adaptation, Attestation, Proposal
from evtdesk.model.statements import MRI_PRIMARY, current_statement, proposal_status

if TYPE_CHECKING:  # the store is imported by the handlers that open a logbook
    from evtdesk.store import Logbook


def register(commands: Any) -> None:
    _register_plan(commands)


def _register_plan(commands: Any) -> None:
    # `plan PATH` shows or sets, `plan adapt|withdraw PATH ITEM` changes one item: argparse
    # cannot have a positional PATH and sub-commands on one parser, so the words are read here.
    plan = commands.add_parser(
        "plan",
        help="the individual training plan",
        usage="evtdesk plan PATH [--json] | plan PATH --mri-primary yes|no\n"
        "       | plan propose PATH ITEM --note TEXT [--required COND=N ...] [--waive]\n"
        "       | plan withdraw PATH ITEM [--reason TEXT]",
        description="An adaptation applies only once the supervisor signs it: propose it "
        "here, export a bundle, and import the supervisor's attestation.",
    )
    plan.add_argument("words", nargs="+", metavar="PATH | propose PATH ITEM | withdraw PATH ITEM")
    plan.add_argument("--json", action="store_true", help="show the plan as JSON")
    plan.add_argument("--mri-primary", choices=("yes", "no"), help="MRI is the primary modality")
    plan.add_argument("--note", help="propose: what should change and why")
    plan.add_argument(
        "--required",
        action="append",
        default=[],
        metavar="COND=N",
        help="propose: a condition's new required number (repeatable)",
    )
    plan.add_argument("--waive", action="store_true", help="propose: the item is not required")
    plan.add_argument("--by", help=argparse.SUPPRESS)  # refused with a message: see _plan_propose
    plan.add_argument("--on", help=argparse.SUPPRESS)
    plan.add_argument("--reason", default="", help="withdraw: why")
    plan.set_defaults(handler=cmd_plan)


PROPOSE = ("propose", "adapt")  # `adapt` was the verb before adaptations were signed


def cmd_plan(args: argparse.Namespace) -> int:
    words = list(args.words)
    verbs = (*PROPOSE, "withdraw")
    action = words[0] if words[0] in verbs and len(words) > 1 else "show"
    action = "propose" if action in PROPOSE else action
    propose_only = {
        "--note": args.note,
        "--required": args.required,
        "--waive": args.waive,
    }
    stray = [flag for flag, value in propose_only.items() if value and action != "propose"]
    if action != "show" and (args.mri_primary or args.json):
        stray.append("--mri-primary" if args.mri_primary else "--json")
    if args.reason and action != "withdraw":
        stray.append("--reason")
    if stray:
        raise UsageError(
            f"{', '.join(stray)} does not go with `plan {action if action != 'show' else 'PATH'}`"
        )
    if action == "show":
        if len(words) != 1:
            raise UsageError("usage: evtdesk plan PATH, or plan propose|withdraw PATH ITEM")
        return _plan_show_or_set(words[0], args)
    if len(words) != 3:
        raise UsageError(f"usage: evtdesk plan {action} PATH ITEM")
    _, path, item = words
    return (
        _plan_propose(path, item, args)
        if action == "propose"
        else _plan_withdraw(path, item, args.reason)
    )


def _plan_show_or_set(path: str, args: argparse.Namespace) -> int:
    from evtdesk.training import curriculum_of

    with open_trainee_logbook(path) as logbook:
        if args.mri_primary:
            logbook.records.set_mri_primary(args.mri_primary == "yes")
        plan = logbook.records.plan()
        attestations = logbook.records.attestations()
        raised = _plan_raises(logbook)
        curriculum = curriculum_of(logbook)
    if args.mri_primary:
        print(f"MRI as the primary modality: {args.mri_primary}.")
        mri, said = mri_primary_line(plan.mri_primary, attestations)
        if current_statement(attestations, MRI_PRIMARY) is not None:
            print(f"What counts is the supervisor's: {said}.")
        for text in raised:
            print(f"  {text}" + ("" if mri else " when it is set"))
        return EXIT_OK
    statuses = [proposal_status(p, attestations) for p in plan.proposals]
    if args.json:
        print_json(
            {
                "curriculum": curriculum.id,
                "mri_primary": mri_primary_line(plan.mri_primary, attestations)[0],
                "mri_primary_confirmed": current_statement(attestations, MRI_PRIMARY) is not None,
                "adaptations": [
                    {
                        "item": a.item_id,
                        "note": a.note,
                        "required": dict(a.required),
                        "waived": a.waived,
                        "signed_by": a.decided_by,
                        "signed_on": a.decided_on.isoformat() if a.decided_on else None,
                    }
                    for a in plan.adaptations
                ],
                "proposals": [
                    {
                        "id": p.id,
                        "item": p.item_id,
                        "note": p.note,
                        "required": dict(p.required),
                        "waived": p.waived,
                        "proposed_on": p.proposed_on.isoformat() if p.proposed_on else None,
                        "status": status,
                    }
                    for p, (status, _answer) in zip(plan.proposals, statuses, strict=True)
                ],
            }
        )
        return EXIT_OK
    print(f"Training plan ({curriculum.id} {curriculum.version})")
    mri, said = mri_primary_line(plan.mri_primary, attestations)
    print(f"MRI as the primary modality: {said}")
    for text in raised:
        print(f"  {text}" + ("" if mri else " when it is set"))
    print("Adaptations signed by the supervisor:" if plan.adaptations else "No signed adaptations.")
    for adaptation in plan.adaptations:
        print(f"  {adaptation_line(adaptation)}")
    pending = [(p, s) for p, (s, _a) in zip(plan.proposals, statuses, strict=True)]
    if pending:
        print("Your proposals:")
    for proposal, status in pending:
        print(f"  {proposal_line(proposal)} [{PROPOSAL_WORDS[status]}]")
    return EXIT_OK


def mri_primary_line(own: bool, attestations: Sequence[Attestation]) -> tuple[bool, str]:
    """Whether the MRI rule applies, and in words who decided it: the supervisor's signed
    statement, or the trainee's own setting, which counts only until he signs one."""
    decided = current_statement(attestations, MRI_PRIMARY)
    if decided is None:
        return own, f"{'yes' if own else 'no'} (your setting, not confirmed by the supervisor)"
    said = "yes" if decided.approved else "no"
    who = f"signed by {decided.supervisor_name} {decided.signed_at.date().isoformat()}"
    if decided.approved != own:
        who += f"; your own setting ({'yes' if own else 'no'}) does not count"
    return decided.approved, f"{said} ({who})"


PROPOSAL_WORDS = {
    "pending": "awaiting the supervisor's signature",
    "signed": "signed",
    "refused": "not approved",
}


def proposal_line(proposal: Proposal) -> str:
    changes = [f"{cid} → {value:g}" for cid, value in proposal.required.items()]
    if proposal.waived:
        changes.append("waived")
    details = "; ".join(changes)
    return f"{proposal.item_id}: {proposal.note}" + (f" ({details})" if details else "")


def _plan_raises(logbook: Logbook) -> list[str]:
    """What the plan's MRI setting changes, read from the curriculum (e.g. K3c-MR 50 → 100)."""
    from evtdesk.training import curriculum_of

    out = []
    for item in curriculum_of(logbook).items:
        for condition in item.conditions:
            if "mri_primary" in condition.plan_required:
                out.append(
                    f"{condition.id} needs {condition.plan_required['mri_primary']:g} "
                    f"instead of {condition.required:g}"
                )
    return out


def adaptation_line(adaptation: Adaptation) -> str:
    changes = [f"{cid} → {value:g}" for cid, value in adaptation.required.items()]
    if adaptation.waived:
        changes.append("waived")
    decided = " ".join(
        x
        for x in (
            f"by {adaptation.decided_by}" if adaptation.decided_by else "",
            f"on {adaptation.decided_on.isoformat()}" if adaptation.decided_on else "",
        )
        if x
    )
    details = "; ".join(x for x in (*changes, f"signed {decided}" if decided else "") if x)
    return f"{adaptation.item_id}: {adaptation.note}" + (f" ({details})" if details else "")


def _plan_propose(path: str, item: str, args: argparse.Namespace) -> int:
    from evtdesk.training import propose_adaptation

    if args.by or args.on:
        raise UsageError(
            "an adaptation is the supervisor's decision and applies only once they sign it; "
            "drop --by and --on: this records your proposal, which your next bundle shows "
            "the supervisor (they sign it with: evtdesk attest … --adapt ITEM)"
        )
    if not args.note:
        raise UsageError("plan propose needs --note")
    required: dict[str, float] = {}
    for pair in args.required:
        condition, sep, number = pair.partition("=")
        try:
            value = float(number.replace(",", "."))
        except ValueError:
            sep = ""
        if not sep or not condition.strip():
            raise UsageError(
                f"--required {pair!r}: write it as CONDITION=NUMBER, e.g. NI2.independent=20"
            )
        required[condition.strip()] = int(value) if value.is_integer() else value
    with open_trainee_logbook(path) as logbook:
        proposal = propose_adaptation(logbook, item, args.note, required, args.waive)
    print(f"Proposed for the training plan: {proposal_line(proposal)}")
    print(
        "It applies once your supervisor signs it: export a bundle, and import their attestation."
    )
    return EXIT_OK


def _plan_withdraw(path: str, item: str, reason: str) -> int:
    with open_trainee_logbook(path) as logbook:
        count = logbook.records.withdraw_proposal(item, reason)
    print(f"Withdrew {count} proposal{'s' if count != 1 else ''} to adapt {item}.")
    return EXIT_OK
