"""`evtdesk progress PATH [--json]`: where the trainee stands against the curriculum.

The text output is for reading in a terminal or pasting into a mail to the supervisor, so
it says what the app says: every item with its numbers, its flags, the training plan's
adaptations and a supervisor's refusal, in the chosen language throughout (the engine's
sentences and the words here alike, decimal commas in Swedish).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from evtdesk.cli.common import EXIT_OK, open_trainee_logbook
from evtdesk.cli.words import LANGUAGE_HELP
from evtdesk.curriculum import evaluate, load_curriculum, progress_to_json
from evtdesk.curriculum.approval import week_line
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.progress import ConditionProgress, ItemProgress, Progress
from evtdesk.curriculum.vocabulary import word
from evtdesk.language import LANGUAGES, chosen
from evtdesk.model import Adaptation

_WORDS = {
    "sv": {
        "target": "mål",
        "adaptation": "Anpassning i utbildningsplanen",
        "waived": "struket",
        "next": "Nästa steg:",
        "items_met": "{n} av {m} uppfyllda",
        "weeks": "Examinationsveckor:",
        "measures": "Åtgärder från handledaren:",
        "done_by_you": "klar enligt dig {date}",
        "open_measure": "öppen",
        "years": "Kalenderår:",
        "evaluated": "utvärderat av {name} {date}: {verdict}",
        "sufficient": "tillräcklig progress",
        "insufficient": "otillräcklig progress",
        "not_evaluated": "ej utvärderat",
        "not_yet": "ej utvärderat ännu",
        "as_of": "Per {date}",
        "reports": "Rapporter (visas men räknas inte: undertecknarens roll avgör inte detta):",
        "changed": "Ändrat sedan EVTDesk bedömer vem som beslutar vad:",
        "validated": "{n} validerade av handledare",
        "approves": "godkänner",
        "refuses": "godkänner inte",
    },
    "en": {
        "target": "target",
        "adaptation": "Training-plan adaptation",
        "waived": "waived",
        "next": "Next steps:",
        "items_met": "{n} of {m} met",
        "weeks": "Examination weeks:",
        "measures": "Measures asked for by the supervisor:",
        "done_by_you": "done by your account {date}",
        "open_measure": "open",
        "years": "Calendar years:",
        "evaluated": "evaluated by {name} {date}: {verdict}",
        "sufficient": "sufficient progress",
        "insufficient": "insufficient progress",
        "not_evaluated": "not evaluated",
        "not_yet": "not evaluated yet",
        "as_of": "As of {date}",
        "reports": "Reports (shown, not counted: the signer's role does not decide these):",
        "changed": "Changed since EVTDesk judges who decides what:",
        "validated": "{n} validated by a supervisor",
        "approves": "approves",
        "refuses": "does not approve",
    },
}
_INDENT = " " * 25  # under the numbers, past the id and state columns


def register(commands: Any) -> None:
    progress = commands.add_parser("progress", help="progress against the curriculum")
    progress.add_argument("path")
    progress.add_argument(
        "--json", action="store_true", help="machine-readable (docs/progress-format.md)"
    )
    progress.add_argument("--language", choices=LANGUAGES, help=LANGUAGE_HELP)
    progress.add_argument(
        "--on",
        type=_day,
        metavar="DATE",
        help="evaluate as of this day (YYYY-MM-DD): what was dated or signed later is left out",
    )
    progress.set_defaults(handler=cmd_progress)


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if day > date.today():
        raise argparse.ArgumentTypeError(f"{text} is after today; progress is not foretold")
    return day


def condition_text(condition: ConditionProgress, language: str) -> str:
    """`EVT 33 / 50`, `work 5.7 / 12 months`, or for a share `mTICI 2b–3 0.0 % (target >
    60 %)`: a ratio is a percentage against a threshold, not a count out of one."""
    label = condition.label(language)
    if condition.type == "ratio":
        done = f"{condition.done:.1f}".replace(".", "," if language == "sv" else ".")
        target = f"{_WORDS[language]['target']} {condition.comparison} "
        return f"{label} {done} % ({target}{number(condition.required, language)} %)"
    unit = condition.unit_sv if language == "sv" else condition.unit_en
    numbers = f"{number(condition.done, language)} / {number(condition.required, language)}"
    validated = ""
    if condition.validated:  # evidence beside the count, shown once a case is validated
        validated = " (" + _WORDS[language]["validated"].format(n=condition.validated) + ")"
    return f"{label} {numbers}" + (f" {unit}" if unit else "") + validated


def adaptation_text(adaptation: Adaptation, language: str) -> str:
    """The supervisor's change with its note, what it changes, who decided and when."""
    words = _WORDS[language]
    changes = [f"{cid} → {number(value, language)}" for cid, value in adaptation.required.items()]
    if adaptation.waived:
        changes.append(words["waived"])
    decided = ", ".join(
        x
        for x in (
            adaptation.decided_by,
            adaptation.decided_on.isoformat() if adaptation.decided_on else "",
        )
        if x
    )
    details = "; ".join(x for x in (*changes, decided) if x)
    return f"{words['adaptation']}: {adaptation.note}" + (f" ({details})" if details else "")


def item_lines(item: ItemProgress, language: str) -> list[str]:
    """The item's row, then one line each for its refusal, flags and adaptations."""
    numbers = " · ".join(
        condition_text(c, language) for c in item.conditions if c.type != "attested"
    )
    lines = [f"  {item.id:<12} {word(item.state, language):<9} {numbers}".rstrip()]
    if item.rejection:
        lines.append(f"{_INDENT}✗ {item.rejection}")
    lines += [f"{_INDENT}· {detail}" for detail in item.details]
    lines += [f"{_INDENT}⚑ {flag.message}" for flag in item.flags]
    lines += [f"{_INDENT}✎ {adaptation_text(a, language)}" for a in item.adaptations]
    return lines


def print_progress(progress: Progress, as_of: bool = False) -> None:
    language = progress.language
    words = _WORDS[language]
    print(f"{progress.curriculum_title} ({progress.curriculum_id} {progress.curriculum_version})")
    if as_of:
        print(words["as_of"].format(date=progress.today.isoformat()))
    for part in progress.parts:
        counted = words["items_met"].format(n=part.items_met, m=part.items_total)
        suffix = f" — {part.reason}" if part.reason else ""
        print(f"\n{part.title(language)} [{word(part.state, language)}, {counted}]{suffix}")
        if part.unheld:
            print(f"  ✗ {part.unheld}")
        for item in (i for i in progress.items if i.part == part.id):
            print("\n".join(item_lines(item, language)))
    print_approval(progress)
    print_reports(progress)
    if progress.next_steps:
        print("\n" + _WORDS[language]["next"])
        for step in progress.next_steps:
            print(f"  • {step.sentence}")


def print_reports(progress: Progress) -> None:
    """Statements that stand by their key but only report (a co-supervisor's word on what
    the main supervisor decides): each with its signer and day, so the trainee sees what
    was said and that it is not counted; then what older EVTDesk counted and no longer."""
    if progress.changed:
        print("\n" + _WORDS[progress.language]["changed"])
        for sentence in progress.changed:
            print(f"  • {sentence}")
    if not progress.reports:
        return
    words = _WORDS[progress.language]
    print("\n" + words["reports"])
    for report in progress.reports:
        said = words["approves" if report.approved else "refuses"]
        from evtdesk.cli.verify_output import printable

        # the signer's name and words come from someone else's file: printed escaped
        name, comment = printable(report.supervisor_name), printable(report.comment)
        line = f"  {report.signed_at.date().isoformat()}  {name} {said} "
        print(line + report.subject + (f": {comment}" if comment else ""))


def print_approval(progress: Progress) -> None:
    """The examination weeks, the measures asked for and the years with their evaluation."""
    language = progress.language
    words = _WORDS[language]
    if progress.exam_weeks:
        print("\n" + words["weeks"])
        for week in progress.exam_weeks:
            print(f"  {week_line(week, language)}")
    if progress.measures:
        print("\n" + words["measures"])
        for measure in progress.measures:
            state = (
                words["open_measure"]
                if measure.open
                else words["done_by_you"].format(date=measure.done_on)
            )
            print(f"  [{state}] {measure.measure.due.isoformat()}  {measure.measure.text}")
            print(f"{' ' * 4}{measure.source}, {measure.signed_by}  ({measure.key})")
    if progress.years:
        print("\n" + words["years"])
        for year in progress.years:
            statement = year.evaluation
            if statement is None:
                said = words["not_evaluated"] if year.due else words["not_yet"]
            else:
                verdict = words["sufficient" if statement.approved else "insufficient"]
                said = words["evaluated"].format(
                    name=statement.supervisor_name,
                    date=statement.signed_at.date().isoformat(),
                    verdict=verdict,
                )
            print(f"  {year.year}: {said}")
            for line in year.lines:
                print(f"      {line}")


def cmd_progress(args: argparse.Namespace) -> int:
    with open_trainee_logbook(args.path) as logbook:
        curriculum = load_curriculum(logbook.curriculum_id)
        speak = chosen(args.language, logbook.records.settings())
        progress = evaluate(curriculum, logbook.snapshot(), args.on or date.today(), speak)
    if args.json:
        json.dump(progress_to_json(progress), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_progress(progress, as_of=args.on is not None)
    return EXIT_OK
