"""The `evtdesk` command line: the core's features without a window.

Exit codes: 0 done, 1 refused or failed (a clear message on stderr), 2 usage error or
unreadable input. No command imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from evtdesk import __version__
from evtdesk.cli import (
    bundle_commands,
    check_command,
    curriculum_command,
    plan_commands,
    progress_command,
    store_commands,
)
from evtdesk.cli.common import EXIT_FAILED, EXIT_USAGE, UsageError
from evtdesk.curriculum import CurriculumError
from evtdesk.store.errors import LogbookError

COMMAND_MODULES = (
    store_commands,
    plan_commands,
    progress_command,
    curriculum_command,
    bundle_commands,
    check_command,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evtdesk",
        description="EVTDesk: an encrypted logbook for EVT training. "
        "The passphrase is read from EVTDESK_PASSPHRASE when set, else prompted for.",
    )
    parser.add_argument("--version", action="version", version=f"evtdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except UsageError as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (LogbookError, CurriculumError) as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("evtdesk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return EXIT_FAILED
