"""Argument types the record commands share: dates, part-time shares, whole numbers, and a
command group that needs a verb."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from evtdesk.cli.common import UsageError


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def fraction_arg(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(
            f"{text} is not a part-time share (more than 0, at most 1)"
        )
    return value


MAX_COUNT = 10**9  # procedures, EVT, people: a billion is beyond any unit


def count_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    if value > MAX_COUNT:  # SQLite's integers end at 2**63; no count here comes near this
        raise argparse.ArgumentTypeError(f"{text} is more than {MAX_COUNT:,}".replace(",", " "))
    return value


def years_arg(text: str) -> float:
    """Years as an operator: a number from 0 to 70 (a decimal comma is fine)."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 70:
        raise argparse.ArgumentTypeError(f"{text} is not a number of years (0 to 70)")
    return value


def dated_text(text: str) -> tuple[date, str]:
    """`DATE=TEXT`: a measure and the day it is due."""
    when, sep, what = text.partition("=")
    try:
        due = date.fromisoformat(when.strip())
    except ValueError:
        sep = ""
    if not sep or not what.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r}: write it as DATE=TEXT, e.g. 2027-01-31=Ten more EVT as first operator"
        )
    return due, what.strip()


def needs_verb(parser: argparse.ArgumentParser) -> Any:
    def handler(_args: argparse.Namespace) -> int:
        raise UsageError(f"say what to do: {parser.prog} {{{verbs(parser)}}}")

    return handler


def verbs(parser: argparse.ArgumentParser) -> str:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return ",".join(action.choices)
    return ""


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()
