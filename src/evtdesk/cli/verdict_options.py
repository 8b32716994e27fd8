"""The supervisor's structured statements on `evtdesk attest`: the examination week's
verdict, the yearly evaluation, and stopping or resuming the training.

    --pass-week ID [--comment TEXT]
    --fail-week ID --reason TEXT --employer-informed DATE --measure DATE=TEXT [...]
    --evaluate YEAR --sufficient [--comment TEXT]
    --evaluate YEAR --insufficient --measure DATE=TEXT [...] [--comment TEXT]
    --stop REASON | --resume REASON

The week is the one the bundle records (its id, as `evtdesk verify` lists the weeks);
the year's summary is generated from the bundle's logbook. Light at import (see
`evtdesk.cli`): the exchange code is imported when a statement is built.
"""

from __future__ import annotations

import argparse
from typing import Any

from evtdesk.cli.arguments import count_arg as count
from evtdesk.cli.arguments import date_arg as day
from evtdesk.cli.arguments import dated_text
from evtdesk.cli.common import UsageError


def add_verdict_options(attest: argparse.ArgumentParser) -> None:
    week = attest.add_mutually_exclusive_group()
    week.add_argument("--pass-week", type=count, metavar="ID", help="approve examination week ID")
    week.add_argument("--fail-week", type=count, metavar="ID", help="fail examination week ID")
    attest.add_argument("--reason", help="--fail-week: why the week is not approved")
    attest.add_argument(
        "--employer-informed",
        type=day,
        metavar="DATE",
        help="--fail-week: when you told the employer",
    )
    attest.add_argument(
        "--measure",
        action="append",
        default=[],
        type=dated_text,
        metavar="DATE=TEXT",
        help="a measure due on DATE (a failed week's, or an insufficient year's action plan)",
    )
    attest.add_argument("--evaluate", type=count, metavar="YEAR", help="evaluate a calendar year")
    progress = attest.add_mutually_exclusive_group()
    progress.add_argument("--sufficient", action="store_true", help="--evaluate: progress enough")
    progress.add_argument("--insufficient", action="store_true", help="--evaluate: not enough")
    attest.add_argument("--comment", default="", help="a comment on the verdict or evaluation")
    stop = attest.add_mutually_exclusive_group()
    stop.add_argument(
        "--stop", metavar="REASON", help="stop the training (too little time, resources)"
    )
    stop.add_argument("--resume", metavar="REASON", help="lift a stop of the training")


def verdict_statements(args: argparse.Namespace, view: Any) -> list[Any]:
    """The statements the options ask for; usage mistakes exit 2 with what to write."""
    from evtdesk.exchange.verdicts import training_stop, week_verdict, year_evaluation
    from evtdesk.model import Measure

    measures = [Measure(text, due) for due, text in args.measure]
    failing = args.fail_week is not None
    insufficient = args.evaluate is not None and args.insufficient
    if measures and failing and insufficient:
        raise UsageError(
            "--measure goes with --fail-week or with --evaluate --insufficient, not both"
        )
    if measures and not (failing or insufficient):
        raise UsageError("--measure goes with --fail-week, or with --evaluate YEAR --insufficient")
    if (args.reason or args.employer_informed) and not failing:
        raise UsageError("--reason and --employer-informed go with --fail-week")
    if args.evaluate is None and (args.sufficient or args.insufficient):
        raise UsageError("--sufficient and --insufficient go with --evaluate YEAR")
    if args.evaluate is not None and not (args.sufficient or args.insufficient):
        raise UsageError("--evaluate YEAR needs --sufficient or --insufficient")
    out = []
    if args.pass_week is not None:
        out.append(week_verdict(view, args.pass_week, True, args.comment))
    if failing:
        out.append(
            week_verdict(
                view,
                args.fail_week,
                False,
                args.comment,
                args.reason or "",
                args.employer_informed,
                measures,
            )
        )
    if args.evaluate is not None:
        plan = measures if insufficient else []
        out.append(year_evaluation(view, args.evaluate, args.sufficient, args.comment, plan))
    if args.stop or args.resume:
        out.append(training_stop(bool(args.stop), args.stop or args.resume))
    return out
