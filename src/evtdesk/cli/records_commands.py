"""Work periods, sites and supervisors from the command line.

    evtdesk period add PATH --part NI --start 2026-01-01 [--end D] [--fraction 0.5]
                            [--site ID] [--note TEXT]
    evtdesk period list PATH [--json]
    evtdesk period end PATH ID --end DATE
    evtdesk period withdraw PATH ID --reason TEXT
    evtdesk site …, evtdesk person …              (see `evtdesk.cli.site_commands`)

A period's part is checked against the logbook's curriculum (`evtdesk.training`); a
refusal exits 1 with the store's message and changes nothing. Malformed arguments (a date
that is not ISO 8601, a number that is not one) exit 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from evtdesk.cli.arguments import count_arg, date_arg, fraction_arg, needs_verb, print_json
from evtdesk.cli.common import EXIT_OK, open_trainee_logbook
from evtdesk.cli.site_commands import register_person, register_site
from evtdesk.model import Site, WorkPeriod


def register(commands: Any) -> None:
    _register_period(commands)
    register_site(commands)
    register_person(commands)


def _register_period(commands: Any) -> None:
    period = commands.add_parser("period", help="work periods (time in a part of the curriculum)")
    verbs = period.add_subparsers(dest="verb", metavar="VERB")
    period.set_defaults(handler=needs_verb(period))

    add = verbs.add_parser("add", help="record a work period")
    add.add_argument("path")
    add.add_argument("--part", required=True, help="the curriculum's part id, e.g. PREP or NI")
    add.add_argument("--start", required=True, type=date_arg, help="first day (YYYY-MM-DD)")
    add.add_argument("--end", type=date_arg, help="last day; leave out while it is going on")
    add.add_argument(
        "--fraction", type=fraction_arg, default=1.0, help="part-time share, 1 = full time"
    )
    add.add_argument("--site", type=count_arg, help="site id (evtdesk site list)")
    add.add_argument("--note", default="", help="what the period was (no patient data)")
    add.set_defaults(handler=cmd_period_add)

    lst = verbs.add_parser("list", help="list work periods, withdrawn ones marked")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_period_list)

    end = verbs.add_parser("end", help="give an ongoing period its last day")
    end.add_argument("path")
    end.add_argument("id", type=count_arg)
    end.add_argument("--end", required=True, type=date_arg, help="last day (YYYY-MM-DD)")
    end.set_defaults(handler=cmd_period_end)

    withdraw = verbs.add_parser(
        "withdraw", help="take a period entered by mistake out of the counting"
    )
    withdraw.add_argument("path")
    withdraw.add_argument("id", type=count_arg)
    withdraw.add_argument("--reason", required=True)
    withdraw.set_defaults(handler=cmd_period_withdraw)


def cmd_period_add(args: argparse.Namespace) -> int:
    from evtdesk.training import add_period

    with open_trainee_logbook(args.path) as logbook:
        period = add_period(
            logbook, args.part, args.start, args.end, args.fraction, args.site, args.note
        )
    print(f"Added work period {period.id}: {_period_line(period, {}, None)}")
    return EXIT_OK


def cmd_period_list(args: argparse.Namespace) -> int:
    with open_trainee_logbook(args.path) as logbook:
        periods = logbook.records.periods(include_withdrawn=True)
        withdrawn = logbook.records.withdrawn_periods()
        sites = {s.id: s for s in logbook.records.sites()}
    if args.json:
        print_json(
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
    with open_trainee_logbook(args.path) as logbook:
        period = logbook.records.end_period(args.id, args.end)
    print(f"Work period {period.id} ends on {args.end.isoformat()}.")
    return EXIT_OK


def cmd_period_withdraw(args: argparse.Namespace) -> int:
    with open_trainee_logbook(args.path) as logbook:
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
