"""Screening free text for Swedish personal identity and coordination numbers.

A logbook never needs a patient's identity, so any text that contains a valid personnummer
or samordningsnummer is refused before it is saved, signed or exported. Only numbers whose
Luhn check digit is valid and whose date part is a real date count: a case number such as
`2024-0117` or a time like `0830` must not trip the screen.

The text is normalised before matching, because a number typed or pasted from another
program rarely keeps to ASCII: Unicode compatibility forms (full-width digits) fold to plain
ones and so does every other script's decimal digit (Arabic-Indic, Devanagari), every kind
of dash (en, em, minus sign U+2212, non-breaking hyphen) reads as `-`, any white space
(a line break included) as a space, and invisible characters (zero-width space and
joiners, word joiner, byte-order mark, combining marks, variation selectors, Hangul
fillers) are dropped. Between its groups a number may then carry spaces and up to two of
`. / - _ , ·` (`19 811218-9876`, `81.12.18-9876`, `811218/9876`, `811218 --9876`), and
its last four digits a space (`811218-98 76`), as people write them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_GAP = r" *[./_,\u00b7-]{0,2} *"  # what people put between the date's groups
_LAST_GAP = r" *[-+./_,\u00b7]{0,2} *"  # before the serial: `+` marks people over 100
_SERIAL = r"([0-9] ?[0-9] ?[0-9]) ?([0-9])"  # the last four, perhaps written "98 76"
# (CC)YY MM DD, the serial's three digits and a check digit; lookarounds keep us from
# matching inside a longer run of digits. With and without the century: at one place
# both readings are tried, so one that fails its checks cannot hide one that passes.
_DATE_AND_SERIAL = rf"([0-9]{{2}}){_GAP}([0-9]{{2}}){_GAP}([0-9]{{2}}){_LAST_GAP}{_SERIAL}(?![0-9])"
_READINGS = (
    re.compile(rf"(?<![0-9])(){_DATE_AND_SERIAL}"),
    re.compile(rf"(?<![0-9])([0-9]{{2}}){_GAP}{_DATE_AND_SERIAL}"),
)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"), "-")


class IdentityNumberFound(ValueError):
    """Raised when text holds something that looks like a real identity number."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where}: the text contains what looks like a Swedish personal identity or "
            "coordination number. Logbooks must not identify patients; use the "
            "pseudonymous case number instead."
        )
        self.where = where


_INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0\u180b\u180c\u180d\u180e\u180f")
_BLANKS = frozenset("\u2800")  # the braille blank looks like a space


def _fold(char: str) -> str:
    category = unicodedata.category(char)
    if category in ("Cf", "Mn", "Me") or char in _INVISIBLE:
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category == "Pd":
        return "-"
    if char.isspace() or char in _BLANKS:
        return " "
    return char


def normalise(text: str) -> str:
    """The text as the screen reads it: ASCII digits, dashes and spaces, nothing invisible."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(_fold(c) for c in folded)


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


def _valid(century: str, yy: str, mm: str, dd: str, serial: str, check: str) -> bool:
    serial = serial.replace(" ", "")
    return _date_ok(century or None, yy, mm, dd) and _luhn_ok(yy + mm + dd + serial + check)


def find_identity_numbers(text: str) -> list[str]:
    """Every plausible personnummer/samordningsnummer in `text`, as normalised."""
    found = []
    plain = normalise(text)
    for start, char in enumerate(plain):
        if not "0" <= char <= "9":
            continue
        for reading in _READINGS:
            match = reading.match(plain, start)
            if match is not None and _valid(*match.groups()):
                found.append(match.group(0))
                break
    return found


def screen(text: str, where: str) -> str:
    """Return `text` unchanged, or raise IdentityNumberFound naming the field."""
    if text and find_identity_numbers(text):
        raise IdentityNumberFound(where)
    return text
