"""`evtdesk check LOGBOOK`: is the logbook whole? Exit 0 when it is, 1 with every break.

Whole means: the hash chain links event to event, the encrypted file passes its integrity
checks, every attached file matches its hash, and every record progress is computed from
(entries, work periods, examination weeks, measure marks, sites, people, the plan,
settings, trusted keys, imported statements and their signed files) equals the events
that recorded it (`evtdesk.store.check`)."""

from __future__ import annotations

import argparse
from typing import Any

from evtdesk.cli.common import EXIT_FAILED, EXIT_OK, open_logbook


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="check the logbook: hash chain link by link, encryption, attachments, and "
        "every record against the events that recorded it",
    )
    check.add_argument("path")
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    from evtdesk.store import check_logbook

    with open_logbook(args.path) as logbook:
        report = check_logbook(logbook)
    if report.ok:
        print(
            f"The logbook is whole: {report.events} events link one to the next, the "
            "encrypted file passes SQLCipher's integrity check, "
            f"{report.attachments} attached file(s) match their hashes, and "
            f"{report.records} record(s) (periods, weeks, sites, people, the plan, settings, "
            "keys, statements) equal the events that recorded them."
        )
        return EXIT_OK
    print(f"The logbook is NOT whole ({len(report.problems)} problem(s)):")
    for problem in report.problems:
        print(f"  - {problem}")
    print("Restore the latest backup (evtdesk restore) if the logbook was damaged.")
    return EXIT_FAILED
