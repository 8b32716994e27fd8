"""`evtdesk review FOLDER --logbook L [--json | --csv] [--jobs N]`: a training board's review.

Every bundle (`*.evtbundle`) in the folder verified against the board's logbook, one row
each, several at a time (`exchange.review_pool`); the rows in docs/review-format.md.
Nothing is remembered in the logbook: a review only reads.

Exit codes: 0 when every bundle is valid, signed by a key trusted as a trainee's and its
contents could be read; 1 when any is not (each row says why), or the logbook cannot be
opened; 2 for a folder that is not there or holds no bundle, or other bad arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evtdesk import language
from evtdesk.cli.arguments import count_arg, print_json
from evtdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    UsageError,
    open_logbook,
)
from evtdesk.cli.words import LANGUAGE_HELP


def register(commands: Any) -> None:
    review = commands.add_parser(
        "review",
        help="a training board's review: verify every bundle in a folder, one row each "
        "(exit 0 only if all are valid and trusted)",
    )
    review.add_argument("folder", help="the folder of bundles (*.evtbundle)")
    review.add_argument(
        "--logbook", required=True, help="your own logbook: its trusted keys and what it saw"
    )
    output = review.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help="machine-readable (docs/review-format.md)"
    )
    output.add_argument("--csv", action="store_true", help="the same columns as CSV")
    review.add_argument(
        "--jobs",
        type=count_arg,
        help="how many bundles at once (default: one per core; 1: no worker processes)",
    )
    review.add_argument("--language", choices=language.LANGUAGES, help=LANGUAGE_HELP)
    review.set_defaults(handler=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from evtdesk.cli.review_output import print_csv, print_rows
    from evtdesk.exchange.review import reader_facts, row_json
    from evtdesk.exchange.review_pool import cores, review_all

    if args.jobs == 0:
        raise UsageError("--jobs is at least 1 (1: every bundle in this process)")
    paths = _bundles(Path(args.folder))  # before the passphrase is asked
    with open_logbook(args.logbook) as logbook:
        speak = language.chosen(args.language, logbook.records.settings())
        facts = reader_facts(logbook, speak)
    hidden = (PASSPHRASE_ENV, NEW_PASSPHRASE_ENV)
    rows = review_all(paths, facts, args.jobs or cores(), hidden)
    if args.json:
        print_json([row_json(row) for row in rows])
    elif args.csv:
        print_csv(rows)
    else:
        print_rows(rows, speak)
    return EXIT_OK if all(row.accepted for row in rows) else EXIT_FAILED


def _bundles(folder: Path) -> list[Path]:
    """The folder's bundles; a folder that is not there, is a file, or holds none is a
    usage error (exit 2), said before the passphrase is asked."""
    from evtdesk.exchange.review_pool import BUNDLE_SUFFIX, bundles_in

    if not folder.exists():
        raise UsageError(f"there is no folder {folder}")
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder; give the folder that holds the bundles")
    try:
        paths = bundles_in(folder)
    except OSError as error:
        raise UsageError(f"cannot read the folder {folder}: {error.strerror}") from None
    if not paths:
        raise UsageError(f"{folder} holds no bundle (*{BUNDLE_SUFFIX})")
    return paths
