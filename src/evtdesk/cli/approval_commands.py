"""The examination week and the supervisor's measures, from the trainee's side.

    evtdesk exam-week start PATH --start DATE --site ID [--note TEXT]
    evtdesk exam-week case PATH WEEK --date DATE --decision evt|no_evt --reason TEXT
                           [--role ROLE] [--case-number C] [--set FIELD=VALUE ...]
    evtdesk exam-week list PATH [--json]
    evtdesk exam-week withdraw PATH WEEK --reason TEXT
    evtdesk measure list PATH [--json]
    evtdesk measure done PATH KEY [--on DATE] [--note TEXT]
    evtdesk measure reopen PATH KEY --reason TEXT

A week is recorded when it starts, at a unit; every candidate for endovascular treatment
that week is a case of it. Whether it passed is the supervisor's signed verdict, imported
with `evtdesk import-attestation`. A measure marked done is your account: it shows as
done by you, and changes no verdict.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from evtdesk.cli.arguments import count_arg as count
from evtdesk.cli.arguments import date_arg as day
from evtdesk.cli.arguments import needs_verb, print_json
from evtdesk.cli.common import EXIT_OK, UsageError, open_trainee_logbook
from evtdesk.model import Role


def register(commands: Any) -> None:
    week = commands.add_parser("exam-week", help="the examination week and its cases")
    verbs = week.add_subparsers(dest="verb", metavar="VERB")
    week.set_defaults(handler=needs_verb(week))
    start = verbs.add_parser("start", help="record the week when it starts")
    start.add_argument("path")
    start.add_argument("--start", required=True, type=day, help="its first day (YYYY-MM-DD)")
    start.add_argument("--site", required=True, type=count, help="the unit (evtdesk site list)")
    start.add_argument("--note", default="")
    start.set_defaults(handler=cmd_start)
    case = verbs.add_parser("case", help="one candidate for endovascular treatment")
    case.add_argument("path")
    case.add_argument("week", type=count)
    case.add_argument("--date", required=True, type=day)
    case.add_argument("--decision", required=True, choices=("evt", "no_evt"))
    case.add_argument("--reason", required=True, help="the clinical and radiological grounds")
    case.add_argument("--role", choices=[r.value for r in Role], help="when EVT was performed")
    case.add_argument("--case-number")
    case.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="another field of the case (mtici=2b, sich=no, puncture=2026-10-06T08:40 …)",
    )
    case.set_defaults(handler=cmd_case)
    lst = verbs.add_parser("list", help="the weeks, their summaries and verdicts")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)
    withdraw = verbs.add_parser("withdraw", help="take a week entered by mistake out")
    withdraw.add_argument("path")
    withdraw.add_argument("week", type=count)
    withdraw.add_argument("--reason", required=True)
    withdraw.set_defaults(handler=cmd_withdraw)

    measure = commands.add_parser("measure", help="measures your supervisor asked for")
    verbs = measure.add_subparsers(dest="verb", metavar="VERB")
    measure.set_defaults(handler=needs_verb(measure))
    lst = verbs.add_parser("list", help="the measures, open and done")
    lst.add_argument("path")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_measures)
    done = verbs.add_parser("done", help="mark a measure done (your account)")
    done.add_argument("path")
    done.add_argument("key", help="the measure's key, or its first 8 letters or more")
    done.add_argument("--on", type=day, help="the day it was done (default today)")
    done.add_argument("--note", default="")
    done.set_defaults(handler=cmd_done)
    reopen = verbs.add_parser("reopen", help="withdraw your mark: the measure is open again")
    reopen.add_argument("path")
    reopen.add_argument("key")
    reopen.add_argument("--reason", required=True)
    reopen.set_defaults(handler=cmd_reopen)


def cmd_start(args: argparse.Namespace) -> int:
    from evtdesk.training.approval import start_exam_week

    with open_trainee_logbook(args.path) as logbook:
        week = start_exam_week(logbook, args.start, args.site, args.note)
    print(
        f"Examination week {week.id}: {week.start.isoformat()} – {week.last_day.isoformat()} "
        f"at site {week.site_id}. Record every candidate with: evtdesk exam-week case "
        f"{args.path} {week.id} …"
    )
    return EXIT_OK


def cmd_case(args: argparse.Namespace) -> int:
    from evtdesk.training.approval import add_week_case

    values: dict[str, Any] = {
        "date": args.date.isoformat(),
        "decision": args.decision,
        "decision_reason": args.reason,
    }
    if args.role:
        values["role"] = args.role
    if args.case_number:
        values["case_number"] = args.case_number
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or name.strip() in ("kind", "date", "site_id"):
            raise UsageError(f"--set {pair!r}: write it as FIELD=VALUE, e.g. mtici=2b")
        values[name.strip()] = value.strip()
    with open_trainee_logbook(args.path) as logbook:
        entry = add_week_case(logbook, args.week, values)
    treated = "EVT performed" if entry.fields.get("evt_performed") else "no EVT"
    print(f"Case recorded for week {args.week} ({entry.date.isoformat()}, {treated}).")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from evtdesk.curriculum import progress_to_json
    from evtdesk.curriculum.approval import week_line
    from evtdesk.training.approval import progress_of

    with open_trainee_logbook(args.path) as logbook:
        progress = progress_of(logbook)
        withdrawn = logbook.records.withdrawn_exam_weeks()
    if args.json:
        print_json(progress_to_json(progress)["exam_weeks"])
        return EXIT_OK
    for week in progress.exam_weeks:
        print(f"{week.week.id:>4}  {week_line(week, 'en')}")
    for week_id, reason in withdrawn.items():
        print(f"{week_id:>4}  [withdrawn: {reason}]")
    if not progress.exam_weeks and not withdrawn:
        print("No examination week recorded.", file=sys.stderr)
    return EXIT_OK


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_trainee_logbook(args.path) as logbook:
        logbook.records.withdraw_exam_week(args.week, args.reason)
    print(f"Examination week {args.week} withdrawn; it stays listed as withdrawn.")
    return EXIT_OK


def cmd_measures(args: argparse.Namespace) -> int:
    from evtdesk.curriculum import progress_to_json
    from evtdesk.training.approval import progress_of

    with open_trainee_logbook(args.path) as logbook:
        progress = progress_of(logbook)
    if args.json:
        print_json(progress_to_json(progress)["measures"])
        return EXIT_OK
    for m in progress.measures:
        state = "open" if m.open else f"done by your account {m.done_on}"
        print(f"[{state}] due {m.measure.due.isoformat()}: {m.measure.text}")
        print(f"    asked by {m.signed_by} on {m.signed_on.isoformat()} ({m.source})  key {m.key}")
    if not progress.measures:
        print("No measures asked for.", file=sys.stderr)
    return EXIT_OK


def cmd_done(args: argparse.Namespace) -> int:
    from evtdesk.training.approval import mark_measure_done

    with open_trainee_logbook(args.path) as logbook:
        mark = mark_measure_done(logbook, args.key, args.on or date.today(), args.note)
    print(
        f"Marked done on {mark.done_on.isoformat()} by your account; your supervisor sees it "
        "in your next bundle."
    )
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from evtdesk.training.approval import reopen_measure

    with open_trainee_logbook(args.path) as logbook:
        reopen_measure(logbook, args.key, args.reason)
    print("The measure is open again.")
    return EXIT_OK
