"""`evtdesk quality LOGBOOK [--year Y | --follow-up] [--json]`: the quality figures.

What a supervisor judging a newly approved interventionist, or a department head before a
registry meeting, reads: EVT count (Q2), each indicator with its count, denominator,
unknowns, rate, Wilson 95 % interval and target (Q1, Q3), the logistics medians with
quartiles against the reference values the user entered (Q4), the follow-up targets Q1,
Q2 and Q4 as the progress items judge them (or, outside the follow-up year, where they
are judged), and continuing education year by year (C1–C4). The JSON is documented in
docs/quality-format.md.

Reference values are entered here too (`--set-reference arrival_to_puncture=62 --source
"Riksstroke 2024" --source-year 2024`); none are shipped.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from evtdesk.cli.arguments import print_json
from evtdesk.cli.common import EXIT_FAILED, EXIT_OK, UsageError, open_trainee_logbook
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    check_reference,
    references_from_setting,
    references_to_setting,
)
from evtdesk.entries.privacy import IdentityNumberFound, screen
from evtdesk.quality import (
    INTERVAL_KEYS,
    FollowUpNotStarted,
    QualityFigures,
    calendar_year,
    education_years,
    followup_log,
    followup_start,
    followup_window,
    quality_figures,
)
from evtdesk.quality.json_out import quality_json
from evtdesk.quality.text import quality_lines

if TYPE_CHECKING:
    from evtdesk.store import Logbook


def year_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (like 2026)") from None
    if not 1900 <= value <= 9999:
        raise argparse.ArgumentTypeError(f"{text} is not a year (like 2026)")
    return value


def register(commands: Any) -> None:
    quality = commands.add_parser(
        "quality", help="quality figures of a year or the follow-up year (Q1–Q4, C1–C4)"
    )
    quality.add_argument("path")
    window = quality.add_mutually_exclusive_group()
    window.add_argument("--year", type=year_arg, help="a calendar year (default: this year)")
    window.add_argument(
        "--follow-up", action="store_true", help="the year after the training's approval"
    )
    quality.add_argument(
        "--json", action="store_true", help="machine-readable (docs/quality-format.md)"
    )
    quality.add_argument("--language", choices=("sv", "en"), default="en")
    quality.add_argument(
        "--set-reference",
        metavar="INTERVAL=MINUTES",
        help=f"a national median you enter; INTERVAL is one of {', '.join(INTERVAL_KEYS)}",
    )
    quality.add_argument("--source", default="", help="where the reference value is from")
    quality.add_argument("--source-year", type=year_arg, help="the year of the reference value")
    quality.add_argument("--clear-reference", metavar="INTERVAL", help="remove a reference")
    quality.set_defaults(handler=cmd_quality)


def _minutes(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise UsageError(f"{text!r} is not a number of minutes") from None


def _change_references(logbook: Logbook, args: argparse.Namespace, today: date) -> str | None:
    """Apply --set-reference / --clear-reference; the sentence to print, or None."""
    stored = references_from_setting(logbook.records.setting(REFERENCES_SETTING))
    if args.clear_reference:
        if args.clear_reference not in stored:
            raise UsageError(f"there is no reference value for {args.clear_reference!r}")
        del stored[args.clear_reference]
        logbook.records.set_setting(REFERENCES_SETTING, references_to_setting(stored))
        return f"Removed the reference value for {args.clear_reference}."
    if not args.set_reference:
        if args.source or args.source_year:
            raise UsageError("--source and --source-year go with --set-reference")
        return None
    key, sign, minutes = args.set_reference.partition("=")
    if not sign:
        raise UsageError("--set-reference takes INTERVAL=MINUTES, e.g. arrival_to_puncture=62")
    if args.source_year is None:
        raise UsageError("say which year the reference value is from (--source-year)")
    try:  # the store refuses it too (the app's dialog); here it is a usage error
        screen(args.source, "--source")
    except IdentityNumberFound as error:
        raise UsageError(f"{error} Nothing was saved.") from None
    try:
        ref = check_reference(
            key.strip(), _minutes(minutes), args.source, args.source_year, INTERVAL_KEYS, today.year
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    stored[ref.key] = ref
    logbook.records.set_setting(REFERENCES_SETTING, references_to_setting(stored))
    return f"Reference for {ref.key}: {number(ref.minutes, 'en')} min ({ref.source}, {ref.year})."


def cmd_quality(args: argparse.Namespace) -> int:
    today = date.today()
    with open_trainee_logbook(args.path) as logbook:
        changed = _change_references(logbook, args, today)
        snapshot = logbook.snapshot()
        references = references_from_setting(logbook.records.setting(REFERENCES_SETTING))
    if changed:
        print(changed)
        return EXIT_OK
    try:
        window = (
            followup_window(snapshot) if args.follow_up else calendar_year(args.year or today.year)
        )
    except FollowUpNotStarted as refusal:
        print(f"evtdesk: {refusal}", file=sys.stderr)
        return EXIT_FAILED
    figures: QualityFigures = quality_figures(snapshot.entries, window, references, today)
    log = followup_log(snapshot, today) if args.follow_up else None
    start = followup_start(snapshot, today)
    through = min(window.end.year, today.year)
    education = education_years(snapshot.entries, through, start.year if start else None)
    if args.json:
        print_json(quality_json(figures, log, education))
    else:
        print("\n".join(quality_lines(figures, log, education, args.language, start)))
    return EXIT_OK
