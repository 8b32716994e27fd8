"""`evtdesk progress PATH [--json]`: where the trainee stands against the curriculum."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from evtdesk.cli.common import EXIT_OK, open_logbook
from evtdesk.curriculum import evaluate, load_curriculum, progress_to_json
from evtdesk.curriculum.progress import Progress

_STATE = {"sv": {"locked": "låst", "open": "pågår", "met": "uppnått", "attested": "intygat"},
          "en": {"locked": "locked", "open": "open", "met": "met", "attested": "attested"}}


def register(commands: Any) -> None:
    progress = commands.add_parser("progress", help="progress against the curriculum")
    progress.add_argument("path")
    progress.add_argument("--json", action="store_true", help="machine-readable (docs/progress-format.md)")
    progress.add_argument("--language", choices=("sv", "en"), default="en")
    progress.set_defaults(handler=cmd_progress)


def _number(value: float) -> str:
    return f"{value:g}"


def print_progress(progress: Progress) -> None:
    language = progress.language
    print(f"{progress.curriculum_title} ({progress.curriculum_id} {progress.curriculum_version})")
    for part in progress.parts:
        suffix = f" — {part.reason}" if part.reason else ""
        print(f"\n{part.title(language)} [{part.state}]{suffix}")
        for item in (i for i in progress.items if i.part == part.id):
            numbers = " · ".join(f"{c.label(language)} {_number(c.done)}/{_number(c.required)}"
                                 for c in item.conditions if c.type != "attested")
            flags = "".join(f"  ⚑ {f.message}" for f in item.flags)
            print(f"  {item.id:<12} {_STATE[language][item.state]:<9} {numbers}{flags}")
    if progress.next_steps:
        print("\nNästa steg:" if language == "sv" else "\nNext steps:")
        for step in progress.next_steps:
            print(f"  • {step.sentence}")


def cmd_progress(args: argparse.Namespace) -> int:
    with open_logbook(args.path) as logbook:
        curriculum = load_curriculum(logbook.curriculum_id)
        progress = evaluate(curriculum, logbook.snapshot(), date.today(), args.language)
    if args.json:
        json.dump(progress_to_json(progress), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_progress(progress)
    return EXIT_OK
