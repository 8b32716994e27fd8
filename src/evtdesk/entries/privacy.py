"""Screening free text for Swedish personal identity and coordination numbers.

A logbook never needs a patient's identity, so any text that contains a valid personnummer
or samordningsnummer is refused before it is saved, signed or exported. Only numbers whose
Luhn check digit is valid and whose date part is a real date count: a case number such as
`2024-0117` or a time like `0830` must not trip the screen.

The text is normalised before matching, because a number typed or pasted from another
program rarely keeps to ASCII: Unicode compatibility forms (full-width digits) fold to plain
ones and so does every other script's decimal digit (Arabic-Indic, Devanagari), every kind
of dash (en, em, minus sign U+2212, non-breaking hyphen) reads as `-`, any run of white
space (line breaks, no-break and thin spaces included) as one space, and invisible
characters (format characters such as zero-width spaces, joiners, byte-order marks and
bidirectional marks, overrides and isolates; combining marks, variation selectors, Hangul
fillers) are dropped. Spaces may then fall anywhere between the digits, because people
group them every way (`811 218-9876`, `8 1 1 2 1 8 - 9 8 7 6`, `811218-98 76`), but
punctuation (up to two of `. / - _ , ·`) only between the number's own groups
(`19 811218-9876`, `81.12.18-9876`, `811218 --9876`): a dash elsewhere marks another kind of
number, such as the area code of `070-123 45 69`.

Text that carries bidirectional controls or right-to-left letters is also read as it is
displayed: a right-to-left override shows the digits stored behind it in reverse, so
`RLO 6789-812118` appears on screen as 811218-9876. Such text is screened a second and
third time, reversed whole and with each override's span reversed.

Everything runs in time linear in the text: white space is collapsed before matching, so
every optional part of the pattern spans at most one character and a failed attempt costs
a bounded amount of work, whatever the input.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

_MARKS = "./_,\u00b7-"  # what people put between the date's groups (`-` last: a class)
# Atomic, because what follows a gap is a digit, which no gap can hold: the greedy reading
# is the only one that can go on, and trying the others after a failure cost 2 ** gaps.
_GAP = rf"(?> ?[{_MARKS}]{{0,2}} ?)"
_LAST_GAP = rf"(?> ?[+{_MARKS}]{{0,2}} ?)"  # before the serial: `+` marks people over 100
_PAIR = "[0-9] ?[0-9]"
# Months and days that can be right (the date check decides): matching only these keeps
# text full of spaced digits from reaching the slower checks at every digit.
_MONTH = "(?:0 ?[1-9]|1 ?[0-2])"
_DAY = "(?:0 ?[1-9]|[12] ?[0-9]|3 ?[01]|6 ?[1-9]|[78] ?[0-9]|9 ?[01])"  # + 60: coordination
# YY MM DD, the serial's three digits and a check digit; with the century in front as well.
# The lookarounds keep us from starting or ending inside a run of digits written together.
_SHORT = rf"{_PAIR}{_GAP}{_MONTH}{_GAP}{_DAY}{_LAST_GAP}[0-9] ?[0-9] ?[0-9] ?[0-9](?![0-9])"
_LONG = rf"{_PAIR}{_GAP}{_SHORT}"
# Every place where a digit starts and a reading fits, as zero-width matches so that
# numbers may overlap. The two readings are separate passes (one pattern with both is
# three times slower) merged by where they start.
_READINGS = (
    re.compile(rf"(?<![0-9])(?=({_SHORT}))"),
    re.compile(rf"(?<![0-9])(?=({_LONG}))"),
)
_NOT_DIGITS = str.maketrans("", "", " +" + _MARKS)
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"), "-")
_SPACES = re.compile(" {2,}")

# What changes the order in which characters are displayed: the bidirectional marks (LRM,
# RLM, ALM), embeddings, overrides and isolates, and right-to-left letters (Hebrew,
# Arabic and their neighbours), among which digits spaced apart show in reverse. Text with
# any of them is worth reading the other way round as well.
_BIDI = re.compile(
    "[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_OPENERS = {
    "\u202a": "embedding",  # LRE
    "\u202b": "embedding",  # RLE
    "\u202d": "ltr",  # LRO
    "\u202e": "rtl",  # RLO
    "\u2066": "isolate",  # LRI
    "\u2067": "isolate",  # RLI
    "\u2068": "isolate",  # FSI
}
_PDF, _PDI = "\u202c", "\u2069"
_PARAGRAPH_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")  # the bidi algorithm starts afresh
_DIRECTIONAL = re.compile(f"([{''.join(_OPENERS)}{_PDF}{_PDI}{''.join(_PARAGRAPH_ENDS)}])")
_MAX_DEPTH = 125  # UAX #9: deeper embeddings are ignored by the display too


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


class _Folding(dict[int, str]):
    """`_fold` as a `str.translate` table, filled in as characters are met: a text of a
    megabyte is folded in C, calling back into Python once per distinct character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


def _fold_all(text: str) -> str:
    """Fold every character, then make each run of spaces one: the pattern's optional
    spaces then span one character each, which keeps a failed match cheap."""
    return _SPACES.sub(" ", text.translate(_Folding()))


def _compatible(text: str) -> str:
    """Full-width and other compatibility forms as plain characters, every dash as `-`;
    format characters stay, for `_as_displayed` to read."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def normalise(text: str) -> str:
    """The text as the screen reads it: ASCII digits, dashes and single spaces, nothing
    invisible."""
    return _fold_all(_compatible(text))


def _as_displayed(text: str) -> str:
    """`text` with the span of every right-to-left override reversed, as it is shown.

    A simplification of UAX #9 that is enough for digits: an override (RLO) reverses its
    span, nested spans move as a whole, and a PDF, a PDI or the end of a paragraph closes
    spans. The controls stay in; folding drops them afterwards."""
    spans: list[tuple[str, list[str]]] = [("paragraph", [])]
    ignored = 0  # openers beyond the deepest nesting, whose closers close nothing

    def close() -> None:
        kind, pieces = spans.pop()
        joined = "".join(reversed(pieces)) if kind == "rtl" else "".join(pieces)
        spans[-1][1].append(joined)

    for part in _DIRECTIONAL.split(text):
        if part in _OPENERS:
            if len(spans) > _MAX_DEPTH:
                ignored += 1
            else:
                spans.append((_OPENERS[part], []))
        elif part in (_PDF, _PDI):
            if ignored:
                ignored -= 1
                continue
            if part == _PDI:
                while len(spans) > 1 and spans[-1][0] != "isolate":
                    close()
            if len(spans) > 1 and (part == _PDI or spans[-1][0] != "isolate"):
                close()
        elif part in _PARAGRAPH_ENDS:
            while len(spans) > 1:
                close()
            ignored = 0
            spans[0][1].append(part)
        elif part:
            spans[-1][1].append(part[::-1] if spans[-1][0] == "rtl" else part)
    while len(spans) > 1:
        close()
    return "".join(spans[0][1])


_DOUBLED = str.maketrans("0123456789", "0246813579")  # the digit sum of twice each digit


def _luhn_ok(digits: str) -> bool:
    """The Luhn check, every other digit from the first doubled, summed as bytes in C:
    text full of spaced digits has a candidate at every other character."""
    doubled = digits[0::2].translate(_DOUBLED)
    total = sum(doubled.encode()) + sum(digits[1::2].encode()) - ord("0") * len(digits)
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


@lru_cache(maxsize=4096)
def _valid(written: str) -> bool:
    """Whether a reading's 10 digits (YYMMDDNNNC) or 12 (with the century) make a real
    number. Cached by the text as written: text that repeats itself is checked once."""
    digits = written.translate(_NOT_DIGITS)
    century, ten = (digits[:2], digits[2:]) if len(digits) == 12 else (None, digits)
    return _luhn_ok(ten) and _date_ok(century, ten[0:2], ten[2:4], ten[4:6])


def _valid_readings(plain: str, rank: int) -> Iterator[tuple[int, int, str]]:
    """Where one reading finds a valid number: (start, rank of the reading, the number)."""
    for match in _READINGS[rank].finditer(plain):
        written = match.group(1)
        if _valid(written):
            yield match.start(), rank, written


def _numbers_in(plain: str) -> Iterator[str]:
    """Valid numbers in order of where they start. At one place the reading without the
    century comes first and stands for both, so a number is reported once, and lazily,
    so that `screen` can stop at the first."""
    last = -1
    readings = (_valid_readings(plain, rank) for rank in range(len(_READINGS)))
    for start, _rank, written in heapq.merge(*readings):
        if start != last:
            yield written
        last = start


def _numbers(text: str) -> Iterator[str]:
    """The numbers in the text as stored, then those only its display order shows."""
    compatible = _compatible(text)
    plain = _fold_all(compatible)
    seen: set[str] = set()
    for found in _numbers_in(plain):
        seen.add(found)
        yield found
    if _BIDI.search(compatible) is None:
        return
    for view in (plain[::-1], _fold_all(_as_displayed(compatible))):
        for found in _numbers_in(view):
            if found not in seen:
                seen.add(found)
                yield found


def find_identity_numbers(text: str) -> list[str]:
    """Every plausible personnummer/samordningsnummer in `text`, as normalised."""
    return list(_numbers(text))


def screen(text: str, where: str) -> str:
    """Return `text` unchanged, or raise IdentityNumberFound naming the field.

    Stops at the first number: a refusal needs one, and a long text full of them costs no
    more than a short one."""
    if text and next(_numbers(text), None) is not None:
        raise IdentityNumberFound(where)
    return text
