"""Screening free text for Swedish personal identity and coordination numbers.

A logbook never needs a patient's identity, so any text that contains a valid personnummer
or samordningsnummer is refused before it is saved or exported. Only numbers whose Luhn
check digit is valid and whose date part is a real date count: a case number such as
`2024-0117` or a time like `0830` must not trip the screen.
"""

from __future__ import annotations

import re
from datetime import date

# YYMMDD or YYYYMMDD, optional separator (-, +, or space), then three digits and a check
# digit. Lookarounds keep us from matching inside a longer run of digits.
_PATTERN = re.compile(r"(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})\s?[-+]?\s?(\d{3})(\d)(?!\d)")


class IdentityNumberFound(ValueError):
    """Raised when text holds something that looks like a real identity number."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where}: the text contains what looks like a Swedish personal identity or "
            "coordination number. Logbooks must not identify patients; use the "
            "pseudonymous case number instead."
        )
        self.where = where


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _date_ok(century: str | None, yy: str, mm: str, dd: str) -> bool:
    day = int(dd)
    if day > 60:  # coordination number: day + 60
        day -= 60
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            date(year, int(mm), day)
            return True
        except ValueError:
            continue
    return False


def find_identity_numbers(text: str) -> list[str]:
    """Every substring of `text` that is a plausible personnummer/samordningsnummer."""
    found = []
    for match in _PATTERN.finditer(text):
        century, yy, mm, dd, serial, check = match.groups()
        if _date_ok(century, yy, mm, dd) and _luhn_ok(yy + mm + dd + serial + check):
            found.append(match.group(0))
    return found


def contains_identity_number(text: str) -> bool:
    return bool(find_identity_numbers(text))


def screen(text: str, where: str) -> str:
    """Return `text` unchanged, or raise IdentityNumberFound naming the field."""
    if text and find_identity_numbers(text):
        raise IdentityNumberFound(where)
    return text
