"""What `evtdesk review` prints: a table a board reads (Swedish or English), or CSV.

The table gives one line per bundle and, under a bundle that is not accepted, why; then a
count. Every text that comes from a file someone else made (its name, the trainee name a
bundle claims, the reasons that quote it) goes through `printable`, so it cannot rewrite
the terminal. The CSV has the JSON's columns (`exchange.review.COLUMNS`); a cell that a
spreadsheet would take for a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from evtdesk.cli.verify_output import printable
from evtdesk.exchange.review import COLUMNS, ReviewRow, row_json

_TEXT: dict[str, tuple[str, str]] = {
    "file": ("FIL", "FILE"),
    "trainee": ("ASPIRANT", "TRAINEE"),
    "key": ("NYCKEL", "KEY"),
    "state": ("BEDÖMNING", "VERDICT"),
    "trusted": ("BETRODD", "TRUSTED"),
    "freshness": ("AKTUALITET", "FRESHNESS"),
    "part": ("DEL", "PART"),
    "approval": ("GODKÄNNANDE (A)", "APPROVAL (A)"),
    "valid": ("giltigt", "valid"),
    "untrusted": ("inte betrott", "not trusted"),
    "invalid": ("OGILTIGT", "INVALID"),
    "unreadable": ("inget paket", "not a bundle"),
    "error": ("FEL", "ERROR"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "unconfirmed": ("obekräftat", "unconfirmed"),
    "first": ("första", "first"),
    "seen": ("sett förut", "seen before"),
    "newer": ("nyare", "newer"),
    "older": ("ÄLDRE", "OLDER"),
    "unlinked": ("OLÄNKAT", "UNLINKED"),
    "forked": ("FÖRGRENAT", "FORKED"),
    "downgraded": ("NEDGRADERAT", "DOWNGRADED"),
    "stands": ("gäller {day}", "stands {day}"),
    "unheld": ("gäller inte", "does not stand"),
    "not_approved": ("inte godkänt", "not approved"),
    "warning": ("VARNING: {text}", "WARNING: {text}"),
    "no_contents": ("innehållet kan inte visas: {text}", "the contents cannot be shown: {text}"),
    "summary": (
        "{n} paket: {valid} giltiga och betrodda, {untrusted} inte betrodda, "
        "{invalid} ogiltiga, {unreadable} inga paket, {error} fel.",
        "{n} bundles: {valid} valid and trusted, {untrusted} not trusted, {invalid} invalid, "
        "{unreadable} not bundles, {error} errors.",
    ),
}
WIDEST = 36  # a longer name or file name is cut with "…" in the table (not in JSON or CSV)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def rsay(language: str, key: str, **values: Any) -> str:
    """The word or sentence `key` of the review's table in `language` (sv or en)."""
    swedish, english = _TEXT[key]
    return (swedish if language == "sv" else english).format(**values)


def print_rows(rows: Sequence[ReviewRow], language: str = "en") -> None:
    """The table, then why each bundle that is not accepted is not, then the count."""
    headers = [rsay(language, k) for k in ("file", "trainee", "key", "state", "trusted")]
    headers += [rsay(language, k) for k in ("freshness", "part", "approval")]
    table = [headers] + [_cells(row, language) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(headers))]
    for number, line in enumerate(table):
        print(printable("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()))
        if number:
            _print_details(rows[number - 1], language)
    states = Counter(row.state for row in rows)
    print()
    print(rsay(language, "summary", n=len(rows), **{s: states[s] for s in _STATES}))


_STATES = ("valid", "untrusted", "invalid", "unreadable", "error")


def _cells(row: ReviewRow, language: str) -> list[str]:
    trainee = row.trainee or "?"
    if not row.trainee_confirmed and row.trainee:
        trainee = f"{trainee} ({rsay(language, 'unconfirmed')})"
    trusted = "—" if row.trusted is None else rsay(language, "yes" if row.trusted else "no")
    return [
        _cut(row.file),
        _cut(trainee),
        f"{row.fingerprint[:19]} …" if row.fingerprint else "—",
        rsay(language, row.state),
        trusted,
        rsay(language, row.freshness) if row.freshness else "—",
        row.current_part or "—",
        _approval(row, language),
    ]


def _approval(row: ReviewRow, language: str) -> str:
    if row.approval is None:
        return "—"
    return rsay(language, row.approval, day=row.approval_signed_on or "").strip()


def _cut(text: str) -> str:
    return text if len(text) <= WIDEST else text[: WIDEST - 1] + "…"


def _print_details(row: ReviewRow, language: str) -> None:
    """Under its line: why a bundle is not accepted, and what the reader must see anyway."""
    lines = [] if row.accepted else [f"- {reason}" for reason in row.reasons]
    if row.problem:
        lines.append(f"- {rsay(language, 'no_contents', text=row.problem)}")
    lines += [rsay(language, "warning", text=w) for w in row.warnings]
    if row.approval_note:
        lines.append(f"- {row.approval_note}")
    for line in lines:
        print(printable(f"    {line}"))


def print_csv(rows: Sequence[ReviewRow]) -> None:
    """The JSON's columns as CSV, one line per bundle, with a header line."""
    writer = csv.writer(sys.stdout)
    writer.writerow(COLUMNS)
    for row in rows:
        values = row_json(row)
        writer.writerow([csv_cell(values[name]) for name in COLUMNS])


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: lists joined with " | ", true/false, empty for null, and
    text a spreadsheet would run as a formula (= + - @, or a tab or carriage return
    first) made plain text by a leading apostrophe: a trainee name or a file name comes
    from someone else's file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " | ".join(str(v) for v in value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
