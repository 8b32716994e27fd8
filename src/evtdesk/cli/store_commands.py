"""Commands on the logbook file itself: init, demo, import, list, backup, restore, passwd.

The store (SQLAlchemy, SQLCipher, Alembic) and the demo maker (bundles, pyHanko) are
imported by the handlers that use them, never when the parser is built (see
`evtdesk.cli`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from evtdesk import language
from evtdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    NEW_PASSPHRASE_ENV,
    UsageError,
    open_logbook,
    open_trainee_logbook,
    passphrase,
)
from evtdesk.cli.words import say
from evtdesk.curriculum import CurriculumError, find_curriculum, scan_curricula
from evtdesk.entries.kinds import KIND_IDS
from evtdesk.exchange.importer import ImportFileError, ImportRejected, load_entries
from evtdesk.exchange.serialise import entry_to_dict

# The store's DEFAULT_CURRICULUM, named here so that `--help` needs no store; a test checks
# they agree. A missing --curriculum is passed on as the store's default.
DEFAULT_CURRICULUM = "se-evt"


def register(commands: Any) -> None:
    init = commands.add_parser("init", help="create a new encrypted logbook")
    init.add_argument("path")
    init.add_argument("--name", required=True, help="your name (the trainee's or supervisor's)")
    init.add_argument(
        "--role",
        choices=("trainee", "supervisor"),
        default="trainee",
        help="whose logbook: a trainee's training (default) or a supervisor's desk, which "
        "holds his key, the keys he trusts, the bundles he receives and what he signs",
    )
    init.add_argument(
        "--curriculum",
        help=f"curriculum id or id@version (default {DEFAULT_CURRICULUM}; "
        f"available: {_curricula_for_help()})",
    )
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser("demo", help="create a demo logbook (public passphrase)")
    demo.add_argument("path")
    demo.set_defaults(handler=cmd_demo)

    imp = commands.add_parser("import", help="import entries from a JSON or CSV file")
    imp.add_argument("path")
    imp.add_argument("file")
    imp.set_defaults(handler=cmd_import)

    lst = commands.add_parser("list", help="list entries")
    lst.add_argument("path")
    lst.add_argument("--kind", choices=KIND_IDS)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_list)

    bak = commands.add_parser("backup", help="write and check an encrypted backup now")
    bak.add_argument("path")
    bak.add_argument("--to", help="folder (default: <logbook>.backups beside it)")
    bak.set_defaults(handler=cmd_backup)

    res = commands.add_parser("restore", help="put a backup in place of the logbook")
    res.add_argument("path")
    res.add_argument("--from", dest="source", help="backup file (default: the latest)")
    res.set_defaults(handler=cmd_restore)

    pwd = commands.add_parser("passwd", help="change the passphrase (or reset it with --recovery)")
    pwd.add_argument("path")
    pwd.add_argument("--recovery", action="store_true", help="unlock with the recovery code")
    pwd.set_defaults(handler=cmd_passwd)


def _curricula_for_help() -> str:
    """The ids a new logbook can use; the help must work even if the folder is missing."""
    try:
        found = scan_curricula().found
    except CurriculumError:
        found = []
    return ", ".join(f"{i.id}@{i.version}" for i in found) or "see evtdesk curriculum list"


def cmd_init(args: argparse.Namespace) -> int:
    # Checked before anything is asked or written: a logbook stores its curriculum id, and
    # one that names no curriculum could never show progress.
    from evtdesk.store import DEFAULT_CURRICULUM as STORE_DEFAULT
    from evtdesk.store import Logbook
    from evtdesk.store.base import screened

    curriculum = args.curriculum or STORE_DEFAULT
    try:
        find_curriculum(curriculum)
    except CurriculumError as error:
        raise UsageError(str(error)) from None
    # The name as the store will check it (a personal identity number is refused), before
    # the passphrase is asked; `Logbook.create` checks it again before making any file.
    if not screened(args.name.strip(), "name"):
        raise UsageError("--name: give your name")
    secret = passphrase("New passphrase: ", confirm=True)
    created = Logbook.create(
        Path(args.path), secret, args.name, curriculum_id=curriculum, owner_role=args.role
    )
    created.logbook.close(backup=False)
    if args.role == "supervisor":
        print(f"Created {args.path}, the supervisor's logbook of {args.name}.")
        print(
            "  Next: evtdesk identity to give your key to your trainees, evtdesk trust … "
            "--role trainee for each trainee's key, evtdesk verify BUNDLE --logbook "
            f"{args.path} for her bundles, evtdesk trainees {args.path} for all of them."
        )
    else:
        print(f"Created {args.path} for {args.name}.")
    print("Recovery code (print it and keep it safe; it is shown only now):")
    print(f"  {created.recovery_code}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from evtdesk.demo import DEMO_PASSPHRASE, create_demo

    logbook = create_demo(Path(args.path))
    count = logbook.entries.count()
    logbook.close(backup=False)
    print(f"Created demo logbook {args.path} with {count} entries.")
    print(f"Its passphrase is public (demo data only): {DEMO_PASSPHRASE}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    notes: list[str] = []
    try:
        entries = load_entries(Path(args.file), notes=notes)
    except ImportFileError as error:
        raise UsageError(str(error)) from None
    except ImportRejected as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    for note in notes:
        print(f"evtdesk: {say(language.system_language(), 'note')}: {note}", file=sys.stderr)
    with open_trainee_logbook(args.path) as logbook:
        ids = logbook.entries.import_many(entries)
        speak = language.chosen(None, logbook.records.settings())
    print(say(speak, "imported", n=len(ids)))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        entries = logbook.entries.list(kind=args.kind)
        speak = language.chosen(None, logbook.records.settings())
    if args.json:
        json.dump([entry_to_dict(e) for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for entry in entries:
        mark = " [retracted]" if entry.retracted else " [amended]" if entry.amended else ""
        role = f" {entry.role}" if entry.role else ""
        case = f" {entry.case_number}" if entry.case_number else ""
        print(f"{entry.date.isoformat()}  {entry.kind}{role}{case}{mark}")
    print(say(speak, "listed", n=len(entries)), file=sys.stderr)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from evtdesk.store import backup

    with open_logbook(args.path) as logbook:
        target = backup.make_backup(logbook, Path(args.to) if args.to else None)
    print(f"Backup written and checked: {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from evtdesk.store import backup

    source = backup.restore(Path(args.path), Path(args.source) if args.source else None)
    print(f"Restored {args.path} from {source}. The replaced file, if any, was kept beside it.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from evtdesk.store import Logbook

    path = Path(args.path)
    if args.recovery:
        code = passphrase("Recovery code: ", env="EVTDESK_RECOVERY_CODE")
        logbook = Logbook.open(path, recovery_code=code)
    else:
        logbook = open_logbook(args.path)
    with logbook:
        logbook.change_passphrase(
            passphrase("New passphrase: ", env=NEW_PASSPHRASE_ENV, confirm=True)
        )
    print("Passphrase changed. Older backups still open with the passphrase of their day,")
    print("and every backup opens with the recovery code.")
    return EXIT_OK
