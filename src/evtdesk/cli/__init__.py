"""The `evtdesk` command line: the core's features without a window.

Exit codes: 0 done, 1 refused or failed (a clear message on stderr), 2 usage error or
unreadable input. No command imports Qt.

Start-up: a command loads what it needs when it runs, so `evtdesk --version` or
`evtdesk progress` does not first pay for pyHanko, reportlab, SQLAlchemy and the store
(they made every start 50 times a bare Python's). The pattern, for every command module:

* `COMMANDS` below names the module that registers each command. `main` imports and
  registers only the module of the command being run; all of them only to print the
  overview (`evtdesk`, `evtdesk -h`) or to refuse an unknown command with the list.
* A command module's top level imports only what `register` needs: the standard library,
  `evtdesk.cli.common`, and light core modules (`evtdesk.model`, `entry_kinds`,
  `curriculum`). Its handlers import the store, bundles, the report or signing inside
  the function; type hints of those go under `if TYPE_CHECKING:`.
* `main` recognises the store's and the curriculum's refusals without importing them:
  a handler that raised one has loaded its module already.

A handler runs with Python's cyclic garbage collector paused (`evtdesk.gc_pause`): a
short-lived process importing or exporting tens of thousands of entries only loses time
to its repeated full scans.

tests/cli/test_startup.py checks that building the parser imports none of pyhanko,
reportlab, sqlalchemy, alembic, sqlcipher3 or PySide6, and that the table is complete.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from types import ModuleType

from evtdesk import __version__, gc_pause
from evtdesk.cli.common import EXIT_FAILED, EXIT_USAGE, UsageError

_STORE = ("init", "demo", "import", "list", "backup", "restore", "passwd")
_RECORDS = ("period", "site", "person")
_APPROVAL = ("exam-week", "measure")
_BUNDLE = ("identity", "trust", "export", "verify", "attest", "import-attestation")
COMMANDS: dict[str, str] = {
    **dict.fromkeys(_STORE, "store_commands"),
    **dict.fromkeys(_RECORDS, "records_commands"),
    "plan": "plan_commands",
    **dict.fromkeys(_APPROVAL, "approval_commands"),
    "progress": "progress_command",
    "curriculum": "curriculum_command",
    **dict.fromkeys(_BUNDLE, "bundle_commands"),
    "check": "check_command",
    "quality": "quality_command",
    "readiness": "readiness_command",
    "trainees": "trainees_command",
    "review": "review_command",
    "certificate": "certificate_commands",
    "notice": "certificate_commands",
}
"""Command name -> the module of `evtdesk.cli` whose `register` adds it (in help order)."""

_HELP = ("-h", "--help")


def command_modules(names: Iterable[str] | None = None) -> list[ModuleType]:
    """The command modules, imported now: all (in help order) or those named."""
    wanted = list(dict.fromkeys(COMMANDS.values() if names is None else names))
    return [importlib.import_module(f"evtdesk.cli.{name}") for name in wanted]


def build_parser(modules: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only those of the command modules named."""
    parser = argparse.ArgumentParser(
        prog="evtdesk",
        description="EVTDesk: an encrypted logbook for EVT training. "
        "The passphrase is read from EVTDESK_PASSPHRASE when set, else prompted for. "
        "Language: the logbook's setting (Settings > Language in the app), else the "
        "system's (LANG=sv_SE.UTF-8 for Swedish); --language overrides it.",
    )
    parser.add_argument("--version", action="version", version=f"evtdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules(modules):
        module.register(commands)
    return parser


def modules_for(argv: Sequence[str]) -> list[str] | None:
    """Which command modules parsing `argv` needs: the command's own, none for
    `--version` alone, all (None) for the overview or an unknown command."""
    command = next((token for token in argv if not token.startswith("-")), None)
    if command in COMMANDS:
        return [COMMANDS[command]]
    if command is None and argv and not any(token in _HELP for token in argv):
        return []  # top-level options only (they take no values): --version, or a typo
    return None


def _refusal(error: Exception) -> bool:
    """A store or curriculum refusal (exit 1), known without importing either."""
    kinds = [
        getattr(sys.modules.get(module), name, None)
        for module, name in (
            ("evtdesk.store.errors", "LogbookError"),
            ("evtdesk.curriculum.parse", "CurriculumError"),
        )
    ]
    return any(kind is not None and isinstance(error, kind) for kind in kinds)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(modules_for(arguments))
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not getattr(args, "handler", None):
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        with gc_pause.paused():
            code = int(args.handler(args) or 0)
            sys.stdout.flush()  # here, so a closed pipe is met inside this `try`
            return code
    except BrokenPipeError:
        return _reader_went_away()
    except UsageError as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        from evtdesk.cli.words import say
        from evtdesk.language import system_language

        print(f"evtdesk: {say(system_language(), 'interrupted')}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        if not _refusal(error):
            raise
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED


def _reader_went_away() -> int:
    """The reader of stdout closed it (`evtdesk list L | head -1`): normal use, so no
    traceback. What is still buffered goes to the null device, or Python's own flush at
    exit would fail on the closed pipe again."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return EXIT_FAILED
