"""`evtdesk trainees LOGBOOK [--json]`: the supervisor's trainees at a glance.

For every trainee key his logbook trusts, from the last bundle he verified (kept in his
logbook): what waits for his statement, overdue yearly evaluations, open measures, a stop,
co-supervisors' reports, and his count of trainees against the guidance's two
(`exchange.trainees`; the JSON is documented in docs/trainees-format.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from evtdesk import language
from evtdesk.cli.arguments import print_json
from evtdesk.cli.common import EXIT_OK, open_logbook
from evtdesk.cli.words import LANGUAGE_HELP


def register(commands: Any) -> None:
    trainees = commands.add_parser(
        "trainees", help="a supervisor's trainees: what waits for him, from their last bundles"
    )
    trainees.add_argument("path", help="the supervisor's logbook")
    trainees.add_argument(
        "--json", action="store_true", help="machine-readable (docs/trainees-format.md)"
    )
    trainees.add_argument("--language", choices=language.LANGUAGES, help=LANGUAGE_HELP)
    trainees.set_defaults(handler=cmd_trainees)


def cmd_trainees(args: argparse.Namespace) -> int:
    from evtdesk.exchange.trainees import overview_json, trainees_overview

    with open_logbook(args.path) as logbook:
        speak = language.chosen(args.language, logbook.records.settings())
        overview = trainees_overview(logbook, language=speak)
    if args.json:
        print_json(overview_json(overview))
        return EXIT_OK
    if not overview.rows:
        print("No trainee's key is trusted in this logbook yet (evtdesk trust … --role trainee).")
        return EXIT_OK
    for row in overview.rows:
        print(f"{row.name}  ({row.fingerprint[:19]} …, you are her {row.role.replace('_', '-')})")
        last = row.last_bundle
        if last is None:
            print("  no bundle verified yet")
            continue
        received = last.received.date().isoformat() if last.received else "?"
        print(
            f"  last bundle: number {last.sequence}, made {last.created.date().isoformat()}, "
            f"received {received} ({last.continues})"
        )
        if last.history_changed_since is not None:
            print(
                "  WARNING: it does not keep every entry you saw in bundle "
                f"{last.history_changed_since}: her logbook was restored or rewritten since"
            )
        if row.problem:
            print(f"  cannot be shown: {row.problem}")
            continue
        print(f"  part: {row.current_part or '—'}")
        print(f"  waits for you: {', '.join(row.awaiting) or 'nothing'}")
        if row.overdue_evaluations:
            years = ", ".join(str(y) for y in row.overdue_evaluations)
            print(f"  yearly evaluation overdue: {years}")
        if row.open_measures:
            print(f"  open measures: {row.open_measures}")
        if row.stopped:
            print("  the training is stopped")
        if row.reports:
            unread = f" ({row.unread_reports} unread)" if row.unread_reports else ""
            print(f"  co-supervisors' reports: {row.reports}{unread}")
        if row.unvalidated_waiting:
            print(f"  cases waiting over 30 days for validation: {row.unvalidated_waiting}")
    limit = overview.guidance_max
    count = overview.as_main_supervisor
    note = " — more than the guidance's" if overview.over_guidance else ""
    print(
        f"\nYou are the main supervisor of {count} trainee(s); the guidance: at most {limit}{note}."
    )
    return EXIT_OK
