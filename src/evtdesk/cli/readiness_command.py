"""`evtdesk readiness LOGBOOK --site N [--set H5=met …] [--out FILE.pdf] [--json]`: a
hospital's readiness for EVT (H1–H11), recorded per criterion and written as a
PAdES-signed PDF in the report's style.

Without `--set` or `--out` it prints the checklist. H1 (at least 50 EVT a year) is worked
out from the site's recorded EVT volume until someone records a status for it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from evtdesk.cli.arguments import count_arg, print_json
from evtdesk.cli.common import EXIT_OK, UsageError, open_trainee_logbook
from evtdesk.quality.readiness import STATUSES, SiteReadiness, status_label


def register(commands: Any) -> None:
    readiness = commands.add_parser(
        "readiness", help="a hospital site's readiness for EVT (H1–H11), as a signed PDF"
    )
    readiness.add_argument("path")
    readiness.add_argument("--site", type=count_arg, required=True, help="the site's number")
    readiness.add_argument(
        "--set", metavar="ID=STATUS", help=f"record a criterion: STATUS is {', '.join(STATUSES)}"
    )
    readiness.add_argument("--evidence", help="with --set: what shows it")
    readiness.add_argument("--notes", help="with --set: anything else")
    readiness.add_argument("--out", metavar="FILE.pdf", help="write the signed checklist")
    readiness.add_argument("--json", action="store_true", help="machine-readable")
    readiness.add_argument("--language", choices=("sv", "en"), default="en")
    readiness.set_defaults(handler=cmd_readiness)


def readiness_json(readiness: SiteReadiness) -> dict[str, Any]:
    return {
        "site": {"id": readiness.site.id, "hospital": readiness.site.hospital},
        "declared_by": readiness.declared_by or None,
        "declared_on": readiness.declared_on.isoformat() if readiness.declared_on else None,
        "criteria": [
            {
                "id": c.item.id,
                "title": c.item.title_en,
                "status": c.status,
                "derived": c.derived,
                "declared": c.declared,
                "evidence": c.evidence,
                "notes": c.notes,
            }
            for c in readiness.criteria
        ],
    }


def print_readiness(readiness: SiteReadiness, language: str) -> None:
    site = readiness.site
    print(", ".join(x for x in (site.hospital, site.unit) if x))
    print(_declared_line(readiness, language))
    for c in readiness.criteria:
        status = status_label(c.status, language) + ("" if c.declared else " *")
        print(f"  {c.item.id:<4} {status:<14} {c.item.title(language)}")
        for text in (c.evidence, c.notes):
            if text:
                print(f"{'':<21}{text}")


def _declared_line(readiness: SiteReadiness, language: str) -> str:
    """Whose word the statuses are: the hospital's representative's signed readiness
    decides the H items; the trainee's own record (marked *) decides none."""
    sv = language == "sv"
    if readiness.declared_on is not None:
        day = readiness.declared_on.isoformat()
        if sv:
            return f"Intygat av {readiness.declared_by} {day}; * = egen uppgift, ej intygad."
        return f"Declared by {readiness.declared_by} on {day}; * = your record, not declared."
    if sv:
        return (
            "* Egna uppgifter, ej intygade: H-punkterna bedöms bara från den beredskap "
            "som regionens eller sjukhusets företrädare signerar (evtdesk attest … --readiness)."
        )
    return (
        "* Your record, not declared: the H items are judged only from the readiness the "
        "region's or hospital's representative signs (evtdesk attest … --readiness)."
    )


def _check_out(out: Path) -> None:
    from evtdesk.exchange.targets import PDF, TargetRefused, check_target

    try:
        check_target(out, PDF, replace=True)
    except TargetRefused as refusal:
        raise UsageError(str(refusal)) from None


def cmd_readiness(args: argparse.Namespace) -> int:
    from evtdesk.exchange.readiness import readiness_of, record_readiness, write_readiness

    if (args.evidence is not None or args.notes is not None) and not args.set:
        raise UsageError("--evidence and --notes go with --set ID=STATUS")
    if args.out:  # refused before the passphrase is asked or anything recorded
        _check_out(Path(args.out))
    with open_trainee_logbook(args.path) as logbook:
        if args.set:
            item_id, sign, status = args.set.partition("=")
            if not sign:
                raise UsageError("--set takes ID=STATUS, e.g. H5=met")
            record_readiness(
                logbook, args.site, item_id.strip(), status.strip(), args.evidence, args.notes
            )
        readiness = readiness_of(logbook, args.site, args.language)
        if args.out:
            written = write_readiness(logbook, args.site, Path(args.out), args.language)
            print(f"Wrote {written.path} (signed; certificate authority {written.ca_sha256[:16]}…)")
            return EXIT_OK
    if args.json:
        print_json(readiness_json(readiness))
    else:
        print_readiness(readiness, args.language)
    return EXIT_OK
