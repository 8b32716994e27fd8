"""Sites and people from the command line, with what the guidance judges them by
(registered by `records_commands`, beside the work periods).

    evtdesk site add PATH --hospital H --unit U [--procedures-per-year N] [--evt-per-year N]
                          [--neurointervention] [--supervisors N] [--trainees N]
                          [--interventionists N] [--home]
    evtdesk site set PATH ID [the same numbers] [--neurointervention yes|no] [--home yes|no]
    evtdesk site list PATH [--json]
    evtdesk person add PATH --name N --role supervisor|co_supervisor [--years N] [--evt N]
    evtdesk person set PATH ID [--years N] [--evt N]
    evtdesk person list PATH [--json]

A site's supervisors and trainees give the supervisor:trainee ratio (at most 1:2 at the
neurointervention unit), its interventionists the hospital's EVT-competent ones (H2);
`--home` marks the trainee's own hospital, the one the hospital requirements are about.
A supervisor's years as EVT operator and EVT as independent operator are judged against
what the guidance asks of a main supervisor (≥ 10 years, ≥ 150 EVT), flagged when short.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from evtdesk.cli.arguments import count_arg as count
from evtdesk.cli.arguments import needs_verb, print_json
from evtdesk.cli.arguments import years_arg as years
from evtdesk.cli.common import EXIT_OK, UsageError, open_logbook, open_trainee_logbook
from evtdesk.model import PersonRole, Site

SUPERVISOR_ROLES = (PersonRole.SUPERVISOR.value, PersonRole.CO_SUPERVISOR.value)
NUMBERS = ("procedures_per_year", "evt_per_year", "supervisors", "trainees", "interventionists")
_HELP = {
    "procedures_per_year": "neurointerventional procedures a year",
    "evt_per_year": "EVT a year",
    "supervisors": "supervising neurointerventionists",
    "trainees": "trainees they supervise",
    "interventionists": "EVT-competent interventionists",
}


def register_site(commands: Any) -> None:
    site = commands.add_parser("site", help="hospitals and units where you train")
    verbs = site.add_subparsers(dest="verb", metavar="VERB")
    site.set_defaults(handler=needs_verb(site))
    add = verbs.add_parser("add", help="record a site")
    add.add_argument("path")
    add.add_argument("--hospital", required=True)
    add.add_argument("--unit", required=True)
    _numbers(add)
    add.add_argument(
        "--neurointervention", action="store_true", help="the unit does neurointervention"
    )
    add.add_argument("--home", action="store_true", help="your own hospital")
    add.set_defaults(handler=cmd_site_add)
    change = verbs.add_parser("set", help="change a site's numbers or flags")
    change.add_argument("path")
    change.add_argument("id", type=count)
    _numbers(change)
    change.add_argument("--neurointervention", choices=("yes", "no"))
    change.add_argument("--home", choices=("yes", "no"))
    change.set_defaults(handler=cmd_site_set)
    lst = verbs.add_parser("list", help="list sites")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_site_list)


def register_person(commands: Any) -> None:
    person = commands.add_parser("person", help="your supervisor and co-supervisors")
    verbs = person.add_subparsers(dest="verb", metavar="VERB")
    person.set_defaults(handler=needs_verb(person))
    add = verbs.add_parser("add", help="record a supervisor or co-supervisor")
    add.add_argument("path")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=SUPERVISOR_ROLES)
    _experience(add)
    add.set_defaults(handler=cmd_person_add)
    change = verbs.add_parser("set", help="record a supervisor's experience")
    change.add_argument("path")
    change.add_argument("id", type=count)
    _experience(change)
    change.set_defaults(handler=cmd_person_set)
    lst = verbs.add_parser("list", help="list the people of the logbook")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_person_list)


def _numbers(parser: argparse.ArgumentParser) -> None:
    for name in NUMBERS:
        parser.add_argument(f"--{name.replace('_', '-')}", type=count, help=_HELP[name])


def _experience(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--years", type=years, help="years as EVT operator (specialist)")
    parser.add_argument("--evt", type=count, help="EVT done as independent operator")


def cmd_site_add(args: argparse.Namespace) -> int:
    more = {name: getattr(args, name) for name in NUMBERS[2:]}
    with open_trainee_logbook(args.path) as logbook:
        site = logbook.records.add_site(
            args.hospital,
            args.unit,
            args.procedures_per_year,
            args.evt_per_year,
            args.neurointervention,
            home=args.home,
            **more,
        )
    print(f"Added site {site.id}: {site_line(site)}")
    return EXIT_OK


def cmd_site_set(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {n: getattr(args, n) for n in NUMBERS if getattr(args, n) is not None}
    if args.neurointervention:
        changes["has_neurointervention"] = args.neurointervention == "yes"
    if args.home:
        changes["home"] = args.home == "yes"
    if not changes:
        raise UsageError("say what to change, e.g. --evt-per-year 120")
    with open_trainee_logbook(args.path) as logbook:
        site = logbook.records.update_site(args.id, **changes)
    print(f"Site {site.id}: {site_line(site)}")
    return EXIT_OK


def site_line(site: Site) -> str:
    """`Sahlgrenska, Neurointervention (310 procedures/year, …, 1:1.7, neurointervention)`."""
    facts = [
        f"{site.procedures_per_year} procedures/year"
        if site.procedures_per_year is not None
        else "",
        f"{site.evt_per_year} EVT/year" if site.evt_per_year is not None else "",
        f"{site.interventionists} EVT interventionists"
        if site.interventionists is not None
        else "",
        f"{site.supervisors} supervisors : {site.trainees} trainees"
        if site.supervisors is not None and site.trainees is not None
        else "",
        "neurointervention" if site.has_neurointervention else "",
        "your own hospital" if site.home else "",
    ]
    shown = ", ".join(x for x in facts if x)
    return f"{site.hospital}, {site.unit}" + (f"  ({shown})" if shown else "")


def cmd_site_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        sites = logbook.records.sites()
    if args.json:
        print_json([vars(s) for s in sites])
        return EXIT_OK
    for site in sites:
        print(f"{site.id:>4}  {site_line(site)}")
    print(f"{len(sites)} sites", file=sys.stderr)
    return EXIT_OK


def cmd_person_add(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        person = logbook.records.add_person(
            args.name, args.role, years_as_operator=args.years, evt_independent=args.evt
        )
    print(f"Added {person.name} as {person.role.replace('_', '-')}.")
    return EXIT_OK


def cmd_person_set(args: argparse.Namespace) -> int:
    if args.years is None and args.evt is None:
        raise UsageError("say what to record: --years N and/or --evt N")
    with open_logbook(args.path) as logbook:
        person = next((p for p in logbook.records.people() if p.id == args.id), None)
        if person is None:
            raise UsageError(f"there is no person {args.id} (evtdesk person list)")
        years_done = args.years if args.years is not None else person.years_as_operator
        evt = args.evt if args.evt is not None else person.evt_independent
        person = logbook.records.set_experience(args.id, years_done, evt)
    print(f"{person.name}: {_experience_text(person.years_as_operator, person.evt_independent)}.")
    return EXIT_OK


def _experience_text(years_done: float | None, evt: int | None) -> str:
    return (
        ", ".join(
            x
            for x in (
                f"{years_done:g} years as EVT operator" if years_done is not None else "",
                f"{evt} EVT as independent operator" if evt is not None else "",
            )
            if x
        )
        or "no experience recorded"
    )


def cmd_person_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        people = logbook.records.people()
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "name": p.name,
                    "role": p.role,
                    "years_as_operator": p.years_as_operator,
                    "evt_independent": p.evt_independent,
                }
                for p in people
            ]
        )
        return EXIT_OK
    for person in people:
        extra = ""
        if person.role != PersonRole.TRAINEE:
            extra = f"  {_experience_text(person.years_as_operator, person.evt_independent)}"
        print(f"{person.id:>4}  {person.name}  ({person.role.replace('_', '-')}){extra}")
    return EXIT_OK
