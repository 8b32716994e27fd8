"""`evtdesk check LOGBOOK`: is the logbook whole? Exit 0 when it is, 1 with every break."""

from __future__ import annotations

import argparse
from typing import Any

from evtdesk.cli.common import EXIT_FAILED, EXIT_OK, open_logbook


def register(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="check the logbook: hash chain link by link, encryption, attachments",
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
            "encrypted file passes SQLCipher's integrity check, and "
            f"{report.attachments} attached file(s) match their hashes."
        )
        return EXIT_OK
    print(f"The logbook is NOT whole ({len(report.problems)} problem(s)):")
    for problem in report.problems:
        print(f"  - {problem}")
    print("Restore the latest backup (evtdesk restore) if the logbook was damaged.")
    return EXIT_FAILED
