"""The facts a signer declares on `evtdesk attest`: his own qualification, a unit he
answers for, a hospital's readiness.

    --qualification YEARS,EVT [--academic-title TEXT] [--high-volume-centre yes|no]
    --declare-site ID [--site-fact KEY=VALUE ...]     (VALUE a number, unknown, yes or no)
    --readiness ID --criterion ITEM=STATUS [...]      (STATUS met, partly, not_met, unknown)
    --hand-over-to KEY --on DATE | --take-over-from KEY --on DATE
    --validate-case ENTRY [...] --reject-case ENTRY=REASON [...]
    --report TEXT --report-from DATE --report-until DATE [--report-unit TEXT]

A declaration is withdrawn with `--reject SUBJECT=REASON` (QUALIFICATION, SITE:<id>,
READINESS:<id>). Light at import (see `evtdesk.cli`): the exchange code is imported
when a statement is built.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from evtdesk.cli.arguments import count_arg as count
from evtdesk.cli.arguments import date_arg as day
from evtdesk.cli.common import UsageError


def add_declaration_options(attest: argparse.ArgumentParser) -> None:
    add_hand_over_options(attest)
    attest.add_argument(
        "--validate-case",
        action="append",
        default=[],
        metavar="ENTRY",
        help="validate a case you supervised, as the bundle shows it (its id, as "
        "'evtdesk verify --entries' lists it)",
    )
    attest.add_argument(
        "--reject-case",
        action="append",
        default=[],
        metavar="ENTRY=REASON",
        help="reject a case, with the reason",
    )
    attest.add_argument(
        "--report",
        action=Once,
        metavar="TEXT",
        help="(a co-supervisor) report to the main supervisor what you saw, for the period "
        "--report-from DATE --report-until DATE [--report-unit TEXT]; it decides nothing",
    )
    attest.add_argument("--report-from", type=day, action=Once, metavar="DATE")
    attest.add_argument("--report-until", type=day, action=Once, metavar="DATE")
    attest.add_argument("--report-unit", action=Once, metavar="TEXT", default=None)
    attest.add_argument(
        "--qualification",
        action=Once,
        metavar="YEARS,EVT",
        help="declare your own qualification as main supervisor (S1): years as a "
        "specialist in neurointervention, EVT as independent operator",
    )
    attest.add_argument("--academic-title", default="", help="--qualification: e.g. docent")
    attest.add_argument(
        "--high-volume-centre",
        choices=("yes", "no"),
        help="--qualification: whether you work at a high-volume centre",
    )
    attest.add_argument(
        "--declare-site",
        action=Once,
        type=count,
        metavar="ID",
        help="declare site ID as the bundle records it, with your --site-fact changes",
    )
    attest.add_argument(
        "--site-fact",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="--declare-site: e.g. evt_per_year=120, trainees=unknown, has_neurointervention=yes",
    )
    attest.add_argument(
        "--readiness",
        action=Once,
        type=count,
        metavar="ID",
        help="(the hospital's representative) declare site ID's readiness",
    )
    attest.add_argument(
        "--criterion",
        action="append",
        default=[],
        metavar="ITEM=STATUS",
        help="--readiness: a criterion's status (met, partly, not_met, unknown)",
    )


class Once(argparse.Action):
    """An option given once: a second --declare-site (or --readiness, --qualification)
    would silently replace the first, and sign one site's facts under another's name."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, self.dest, None) is not None:
            parser.error(f"{option_string} goes once in an attestation; sign another for more")
        setattr(namespace, self.dest, values)


def add_hand_over_options(attest: argparse.ArgumentParser) -> None:
    handing = attest.add_mutually_exclusive_group()
    handing.add_argument(
        "--hand-over-to",
        action=Once,
        metavar="KEY",
        help="hand the training over to the main supervisor with this key (a .pub file or "
        "the key line): from --on DATE your statements decide nothing",
    )
    handing.add_argument(
        "--take-over-from",
        action=Once,
        metavar="KEY",
        help="take the training over from the main supervisor with this key, from --on DATE",
    )
    attest.add_argument("--on", type=day, action=Once, metavar="DATE", help="the hand-over's day")


def declaration_statements(args: argparse.Namespace, view: Any, own_key: str = "") -> list[Any]:
    """The declarations the options ask for; usage mistakes exit 2 with what to write."""
    from evtdesk.exchange import declarations

    if (args.academic_title or args.high_volume_centre) and not args.qualification:
        raise UsageError("--academic-title and --high-volume-centre go with --qualification")
    if args.site_fact and args.declare_site is None:
        raise UsageError("--site-fact goes with --declare-site ID")
    if args.criterion and args.readiness is None:
        raise UsageError("--criterion goes with --readiness ID")
    if args.readiness is not None and not args.criterion:
        raise UsageError("--readiness ID needs at least one --criterion ITEM=STATUS")
    other = args.hand_over_to or args.take_over_from
    if bool(other) != (args.on is not None):
        raise UsageError("--hand-over-to KEY and --take-over-from KEY go with --on DATE")
    period = (args.report_from, args.report_until)
    if args.report is None and (any(d is not None for d in period) or args.report_unit):
        raise UsageError("--report-from, --report-until and --report-unit go with --report")
    if args.report is not None and None in period:
        raise UsageError("--report TEXT needs --report-from DATE and --report-until DATE")
    out = []
    if args.report is not None:
        start, until = period
        out.append(declarations.report(args.report, start, until, args.report_unit or ""))
    if args.validate_case or args.reject_case:
        rejected = _once(
            [_pair(text, "--reject-case", "ENTRY=REASON") for text in args.reject_case],
            "--reject-case",
        )
        out.append(declarations.validation(view, args.validate_case, rejected))
    if other:
        from evtdesk.cli.bundle_commands import key_text

        leaving = bool(args.hand_over_to)
        out.append(declarations.hand_over(own_key, key_text(other), args.on, leaving))
    if args.qualification:
        years, evt = _qualification(args.qualification)
        high = None if args.high_volume_centre is None else args.high_volume_centre == "yes"
        out.append(declarations.qualification(years, evt, args.academic_title, high))
    if args.declare_site is not None:
        changes = _once([_site_fact(text) for text in args.site_fact], "--site-fact")
        out.append(declarations.site(view, args.declare_site, changes))
    if args.readiness is not None:
        statuses = _once(
            [_pair(text, "--criterion", "ITEM=STATUS") for text in args.criterion], "--criterion"
        )
        out.append(declarations.readiness(view, args.readiness, statuses))
    return out


def _once(pairs: list[tuple[str, Any]], option: str) -> dict[str, Any]:
    """KEY=VALUE options as a mapping, each key once (a second would silently win)."""
    keys = [key for key, _value in pairs]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise UsageError(f"{option} names {', '.join(twice)} twice; say each once")
    return dict(pairs)


def _qualification(text: str) -> tuple[float, int]:
    years, _, evt = text.partition(",")
    try:
        return float(years.strip().replace(",", ".")), int(evt.strip())
    except ValueError:
        raise UsageError(
            f"--qualification {text!r}: write YEARS,EVT, e.g. --qualification 12,200"
        ) from None


def _pair(text: str, option: str, shape: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise UsageError(f"{option} {text!r}: write {shape}")
    return key.strip(), value.strip()


def _site_fact(text: str) -> tuple[str, Any]:
    key, value = _pair(text, "--site-fact", "KEY=VALUE")
    if value.lower() in ("yes", "no"):
        return key, value.lower() == "yes"
    if value.lower() == "unknown":
        return key, None
    try:
        return key, int(value)
    except ValueError:
        raise UsageError(
            f"--site-fact {text!r}: the value is a whole number, unknown, yes or no"
        ) from None
