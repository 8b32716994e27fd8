"""`evtdesk curriculum check FILE` and `evtdesk curriculum list`.

A supervisor abroad writes a curriculum file by hand and has no other way to know that
EVTDesk reads it as meant: `check` loads it exactly as the app will and says either what
it holds (id, version, items per part — a miscount shows at once) or the first mistake,
with the file, line or item and condition. `list` shows what a new logbook can choose,
and names any file in the curricula folder that is skipped because it does not load.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from evtdesk.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from evtdesk.curriculum import Curriculum, CurriculumError, CurriculumUnreadable, scan_curricula
from evtdesk.curriculum.loader import load_file


def register(commands: Any) -> None:
    curriculum = commands.add_parser("curriculum", help="check or list curriculum files")
    actions = curriculum.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check a curriculum file (docs/curriculum-format.md): exit 0 valid, "
        "1 a mistake in it, 2 unreadable",
    )
    check.add_argument("file")
    check.set_defaults(handler=cmd_check)
    listing = actions.add_parser("list", help="the curricula a new logbook can use")
    listing.set_defaults(handler=cmd_list)


def summary(curriculum: Curriculum) -> list[str]:
    """What the file holds, part by part, so the writer can compare it with the source."""
    per_part = Counter(item.part for item in curriculum.items)
    lines = [
        f"id {curriculum.id}, version {curriculum.version}",
        f"{curriculum.title_en} / {curriculum.title_sv}",
    ]
    width = max(len(part.id) for part in curriculum.parts)
    for part in curriculum.parts:
        gate = f" (opens when: {', '.join(part.opens_when)})" if part.opens_when else ""
        count = per_part[part.id]
        noun = "item" if count == 1 else "items"
        lines.append(f"  {part.id:<{width}}  {count:>3} {noun}  {part.title_en}{gate}")
    lines.append(f"{len(curriculum.items)} items in {len(curriculum.parts)} parts")
    return lines


def cmd_check(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        curriculum = load_file(path)
    except CurriculumUnreadable as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CurriculumError as error:
        print(f"evtdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{path.name}: valid")
    print("\n".join(summary(curriculum)))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    listing = scan_curricula()
    for info in listing.found:
        print(f"{info.id}@{info.version}  {info.title_en}  ({info.path.name})")
    for error in listing.broken:
        print(f"evtdesk: skipped, does not load: {error}", file=sys.stderr)
    return EXIT_OK
