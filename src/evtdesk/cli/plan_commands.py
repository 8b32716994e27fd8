"""Work periods, sites, supervisors and the individual training plan from the command line.

    evtdesk period add PATH --part NI --start 2026-01-01 [--end D] [--fraction 0.5]
                            [--site ID] [--note TEXT]
    evtdesk period list PATH [--json]
    evtdesk period end PATH ID --end DATE
    evtdesk period withdraw PATH ID --reason TEXT
    evtdesk site add PATH --hospital H --unit U [--procedures-per-year N]
                          [--evt-per-year N] [--neurointervention]
    evtdesk site list PATH [--json]
    evtdesk person add PATH --name N --role supervisor|co_supervisor
    evtdesk person list PATH [--json]
    evtdesk plan PATH [--json]                    (show)
    evtdesk plan PATH --mri-primary yes|no
    evtdesk plan propose PATH ITEM --note TEXT [--required COND=N ...] [--waive]
    evtdesk plan withdraw PATH ITEM [--reason TEXT]

An adaptation of the plan is the supervisor's decision: the trainee proposes one (`plan
propose`, also spelled `plan adapt`), a later bundle shows it to the supervisor, and it
applies only once the supervisor signs it (`evtdesk attest … --adapt ITEM`) and the
trainee imports that attestation.

What a curriculum names (parts, items, conditions) is checked by the store against the
logbook's own curriculum; a refusal exits 1 with the store's message and changes nothing.
Malformed arguments (a date that is not ISO 8601, a number that is not one) exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from evtdesk.cli.common import EXIT_OK, UsageError, open_logbook
from evtdesk.model import Adaptation, PersonRole, Proposal, Site, WorkPeriod
from evtdesk.model.statements import proposal_status

if TYPE_CHECKING:  # the store is imported by the handlers that open a logbook
    from evtdesk.store import Logbook

SUPERVISOR_ROLES = (PersonRole.SUPERVISOR.value, PersonRole.CO_SUPERVISOR.value)


def register(commands: Any) -> None:
    _register_period(commands)
    _register_site(commands)
    _register_person(commands)
    _register_plan(commands)


def _register_period(commands: Any) -> None:
    period = commands.add_parser("period", help="work periods (time in a part of the curriculum)")
    verbs = period.add_subparsers(dest="verb", metavar="VERB")
    period.set_defaults(handler=_needs_verb(period))

    add = verbs.add_parser("add", help="record a work period")
    add.add_argument("path")
    add.add_argument("--part", required=True, help="the curriculum's part id, e.g. PREP or NI")
    add.add_argument("--start", required=True, type=_date, help="first day (YYYY-MM-DD)")
    add.add_argument("--end", type=_date, help="last day; leave out while it is going on")
    add.add_argument(
        "--fraction", type=_fraction, default=1.0, help="part-time share, 1 = full time"
    )
    add.add_argument("--site", type=_count, help="site id (evtdesk site list)")
    add.add_argument("--note", default="", help="what the period was (no patient data)")
    add.set_defaults(handler=cmd_period_add)

    lst = verbs.add_parser("list", help="list work periods, withdrawn ones marked")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_period_list)

    end = verbs.add_parser("end", help="give an ongoing period its last day")
    end.add_argument("path")
    end.add_argument("id", type=_count)
    end.add_argument("--end", required=True, type=_date, help="last day (YYYY-MM-DD)")
    end.set_defaults(handler=cmd_period_end)

    withdraw = verbs.add_parser(
        "withdraw", help="take a period entered by mistake out of the counting"
    )
    withdraw.add_argument("path")
    withdraw.add_argument("id", type=_count)
    withdraw.add_argument("--reason", required=True)
    withdraw.set_defaults(handler=cmd_period_withdraw)


def _register_site(commands: Any) -> None:
    site = commands.add_parser("site", help="hospitals and units where you train")
    verbs = site.add_subparsers(dest="verb", metavar="VERB")
    site.set_defaults(handler=_needs_verb(site))

    add = verbs.add_parser("add", help="record a site")
    add.add_argument("path")
    add.add_argument("--hospital", required=True)
    add.add_argument("--unit", required=True)
    add.add_argument("--procedures-per-year", type=_count)
    add.add_argument("--evt-per-year", type=_count)
    add.add_argument(
        "--neurointervention", action="store_true", help="the unit does neurointervention"
    )
    add.set_defaults(handler=cmd_site_add)

    lst = verbs.add_parser("list", help="list sites")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_site_list)


def _register_person(commands: Any) -> None:
    person = commands.add_parser("person", help="your supervisor and co-supervisors")
    verbs = person.add_subparsers(dest="verb", metavar="VERB")
    person.set_defaults(handler=_needs_verb(person))

    add = verbs.add_parser("add", help="record a supervisor or co-supervisor")
    add.add_argument("path")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=SUPERVISOR_ROLES)
    add.set_defaults(handler=cmd_person_add)

    lst = verbs.add_parser("list", help="list the people of the logbook")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_person_list)


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


# argument types ------------------------------------------------------------------------
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _fraction(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(
            f"{text} is not a part-time share (more than 0, at most 1)"
        )
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _needs_verb(parser: argparse.ArgumentParser) -> Any:
    def handler(_args: argparse.Namespace) -> int:
        raise UsageError(f"say what to do: {parser.prog} {{{_verbs(parser)}}}")

    return handler


def _verbs(parser: argparse.ArgumentParser) -> str:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps sub-parsers only here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return ",".join(action.choices)
    return ""


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()


# periods ---------------------------------------------------------------------------------
def cmd_period_add(args: argparse.Namespace) -> int:
    from evtdesk.training import add_period

    with open_logbook(args.path) as logbook:
        period = add_period(
            logbook, args.part, args.start, args.end, args.fraction, args.site, args.note
        )
    print(f"Added work period {period.id}: {_period_line(period, {}, None)}")
    return EXIT_OK


def cmd_period_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        periods = logbook.records.periods(include_withdrawn=True)
        withdrawn = logbook.records.withdrawn_periods()
        sites = {s.id: s for s in logbook.records.sites()}
    if args.json:
        _print_json(
            [
                {
                    "id": p.id,
                    "part": p.part,
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat() if p.end else None,
                    "fraction": p.fraction,
                    "site_id": p.site_id,
                    "note": p.description,
                    "withdrawn": p.id in withdrawn,
                    "withdrawn_reason": withdrawn.get(p.id),
                }
                for p in periods
            ]
        )
        return EXIT_OK
    for period in periods:
        print(f"{period.id:>4}  {_period_line(period, sites, withdrawn.get(period.id))}")
    print(
        f"{len(periods) - len(withdrawn)} work periods"
        + (f", {len(withdrawn)} withdrawn" if withdrawn else ""),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_period_end(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        period = logbook.records.end_period(args.id, args.end)
    print(f"Work period {period.id} ends on {args.end.isoformat()}.")
    return EXIT_OK


def cmd_period_withdraw(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        logbook.records.withdraw_period(args.id, args.reason)
    print(f"Work period {args.id} withdrawn; it no longer counts and stays listed as withdrawn.")
    return EXIT_OK


def _period_line(period: WorkPeriod, sites: dict[int, Site], withdrawn: str | None) -> str:
    end = period.end.isoformat() if period.end else "ongoing"
    site = sites.get(period.site_id) if period.site_id is not None else None
    where = (
        f"{site.hospital}, {site.unit}"
        if site
        else (f"site {period.site_id}" if period.site_id else "")
    )
    parts = [f"{period.part:<6} {period.start.isoformat()} – {end:<10}", f"{period.fraction:g}"]
    parts += [x for x in (where, period.description) if x]
    line = "  ".join(parts)
    return line + (f"  [withdrawn: {withdrawn}]" if withdrawn is not None else "")


# sites and people ----------------------------------------------------------------------------
def cmd_site_add(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        site = logbook.records.add_site(
            args.hospital,
            args.unit,
            args.procedures_per_year,
            args.evt_per_year,
            args.neurointervention,
        )
    print(f"Added site {site.id}: {site.hospital}, {site.unit}")
    return EXIT_OK


def cmd_site_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        sites = logbook.records.sites()
    if args.json:
        _print_json([vars(s) for s in sites])
        return EXIT_OK
    for site in sites:
        volumes = ", ".join(
            x
            for x in (
                f"{site.procedures_per_year} procedures/year"
                if site.procedures_per_year is not None
                else "",
                f"{site.evt_per_year} EVT/year" if site.evt_per_year is not None else "",
                "neurointervention" if site.has_neurointervention else "",
            )
            if x
        )
        print(f"{site.id:>4}  {site.hospital}, {site.unit}" + (f"  ({volumes})" if volumes else ""))
    print(f"{len(sites)} sites", file=sys.stderr)
    return EXIT_OK


def cmd_person_add(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        person = logbook.records.add_person(args.name, args.role)
    print(f"Added {person.name} as {person.role.replace('_', '-')}.")
    return EXIT_OK


def cmd_person_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        people = logbook.records.people()
    if args.json:
        _print_json([{"id": p.id, "name": p.name, "role": p.role} for p in people])
        return EXIT_OK
    for person in people:
        print(f"{person.id:>4}  {person.name}  ({person.role.replace('_', '-')})")
    return EXIT_OK


# the training plan ------------------------------------------------------------------------
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

    with open_logbook(path) as logbook:
        if args.mri_primary:
            logbook.records.set_mri_primary(args.mri_primary == "yes")
        plan = logbook.records.plan()
        attestations = logbook.records.attestations()
        raised = _plan_raises(logbook)
        curriculum = curriculum_of(logbook)
    if args.mri_primary:
        print(f"MRI as the primary modality: {args.mri_primary}.")
        for text in raised:
            print(f"  {text}" + ("" if plan.mri_primary else " when it is set"))
        return EXIT_OK
    statuses = [proposal_status(p, attestations) for p in plan.proposals]
    if args.json:
        _print_json(
            {
                "curriculum": curriculum.id,
                "mri_primary": plan.mri_primary,
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
    print(f"MRI as the primary modality: {'yes' if plan.mri_primary else 'no'}")
    for text in raised:
        print(f"  {text}" + ("" if plan.mri_primary else " when it is set"))
    print("Adaptations signed by the supervisor:" if plan.adaptations else "No signed adaptations.")
    for adaptation in plan.adaptations:
        print(f"  {adaptation_line(adaptation)}")
    pending = [(p, s) for p, (s, _a) in zip(plan.proposals, statuses, strict=True)]
    if pending:
        print("Your proposals:")
    for proposal, status in pending:
        print(f"  {proposal_line(proposal)} [{PROPOSAL_WORDS[status]}]")
    return EXIT_OK


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
    with open_logbook(path) as logbook:
        proposal = propose_adaptation(logbook, item, args.note, required, args.waive)
    print(f"Proposed for the training plan: {proposal_line(proposal)}")
    print(
        "It applies once your supervisor signs it: export a bundle, and import their attestation."
    )
    return EXIT_OK


def _plan_withdraw(path: str, item: str, reason: str) -> int:
    with open_logbook(path) as logbook:
        count = logbook.records.withdraw_proposal(item, reason)
    print(f"Withdrew {count} proposal{'s' if count != 1 else ''} to adapt {item}.")
    return EXIT_OK
