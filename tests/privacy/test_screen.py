"""The identity-number screen finds a personnummer however it was typed or pasted."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evtdesk.entries.privacy import IdentityNumberFound, find_identity_numbers, screen
from evtdesk.store import Logbook, LogbookError

VALID = "811218-9876"  # a valid date and Luhn digit (a test number, not a person)


@pytest.mark.parametrize(
    "text",
    [
        "811218\u20139876",  # en dash
        "811218\u20149876",  # em dash
        "811218\u22129876",  # minus sign
        "811218\u20119876",  # non-breaking hyphen
        "8112\u200b18-9876",  # zero-width space inside
        "81\u200d1218\u200c9876",  # zero-width joiner and non-joiner
        "811218\u2060-9876",  # word joiner
        "\ufeff8112189876",  # byte-order mark in front
        "81.12.18-9876",
        "81/12/18/9876",
        "81 12 18 9876",
        "811218 - 9876",
        "19 81 12 18 - 9876",
        "\uff18\uff11\uff11\uff12\uff11\uff18\uff0d\uff19\uff18\uff17\uff16",  # full-width
        "pat. 19811218.9876 inkom",
    ],
)
def test_numbers_written_with_other_separators_are_found(text: str) -> None:
    assert find_identity_numbers(text), text
    with pytest.raises(IdentityNumberFound):
        screen(text, "notes")


@pytest.mark.parametrize(
    "text",
    [
        "811218\u20139875",  # wrong check digit, whatever the dash
        "tel 031-342 10 00",
        "case 2024-0117 at 0830",
        "2026-01-15 12:34",
        "EVT-20260105-1",
        "puncture 08.30, reperfusion 09.12, 3 passes",
    ],
)
def test_other_numbers_pass(text: str) -> None:
    assert find_identity_numbers(text) == []


SEPARATORS = ["", " ", "-", ".", "/", "\u2013", "\u2014", "\u2212", "\u2011", "\u200b", " - "]


@given(
    gaps=st.lists(st.sampled_from(SEPARATORS), min_size=3, max_size=3),
    before=st.sampled_from(["", "pat ", "Pnr: ", "(", "x\n"]),
    after=st.sampled_from(["", " inkom", ".", ")"]),
)
def test_any_mix_of_separators_between_groups_is_found(
    gaps: list[str], before: str, after: str
) -> None:
    text = f"{before}81{gaps[0]}12{gaps[1]}18{gaps[2]}9876{after}"
    assert find_identity_numbers(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "811218\n9876",  # a line break between the groups
        "811218\r\n9876",
        "811218\v9876",
        "81\ufe0f1218-9876",  # a variation selector
        "8\u034f11218-9876",  # combining grapheme joiner
        "8\u0301112189876",  # a combining accent
        "811218\u31649876",  # Hangul filler
        "811218\u28009876",  # braille blank
        "811218-98 76",  # the last four split
        "811218_9876",
        "811218,9876",
        "81\u00b712\u00b718-9876",
        "811218--9876",
        "\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0666",  # Arabic-Indic digits
        "\u096e\u0967\u0967\u0968\u0967\u096e-\u096f\u096e\u096d\u096c",  # Devanagari digits
    ],
)
def test_line_breaks_invisible_marks_and_other_digits_do_not_hide_a_number(text: str) -> None:
    assert find_identity_numbers(text), repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "08:30 09:12 10:05 11:47",
        "NIHSS 12, mRS 3, ASPECTS 8, 2 passes",
        "pH 7,35, BE -3, 81,1 kg, 0,9 mg/kg",
        "arrival 2026-01-15 08:02, puncture 09:14",
    ],
)
def test_clinical_numbers_are_not_taken_for_one(text: str) -> None:
    assert find_identity_numbers(text) == []


def check_digit(nine: str) -> str:
    """The Luhn check digit of a personnummer's first nine digits, computed the textbook
    way (Skatteverket's description), independently of the screen's own code."""
    total = 0
    for position, char in enumerate(nine):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def number(born: date, serial: int, coordination: bool = False, century: bool = False) -> str:
    day = born.day + (60 if coordination else 0)
    nine = f"{born:%y%m}{day:02d}{serial:03d}"
    prefix = f"{born.year // 100}" if century else ""
    return f"{prefix}{nine[:6]}-{nine[6:]}{check_digit(nine)}"


@given(
    born=st.dates(date(1900, 1, 1), date(2099, 12, 31)),
    serial=st.integers(0, 999),
    coordination=st.booleans(),
    wrong_by=st.integers(1, 9),
)
def test_every_real_number_is_found_and_a_wrong_check_digit_is_not(
    born: date, serial: int, coordination: bool, wrong_by: int
) -> None:
    real = number(born, serial, coordination)
    assert find_identity_numbers(f"pat {real} inkom") == [real]
    mistyped = real[:-1] + str((int(real[-1]) + wrong_by) % 10)
    assert find_identity_numbers(mistyped) == []


@pytest.mark.parametrize(
    "real",
    [
        number(date(1981, 12, 1), 987, coordination=True),  # day 61: the first of the month
        number(date(1981, 12, 31), 987, coordination=True),  # day 91
        number(date(2000, 2, 29), 123),  # "000229": only 2000, not 1900, had a 29 February
        number(date(2001, 3, 4), 456),  # starts with 0
        number(date(1999, 9, 9), 999),  # starts with 9, nines everywhere
        number(date(1955, 5, 15), 555),  # fives at every place the check doubles
        number(date(1900, 3, 1), 0, century=True),
    ],
)
def test_numbers_at_the_edges_of_the_calendar_and_the_digits_are_found(real: str) -> None:
    assert find_identity_numbers(f"Pnr {real}") == [real]


@pytest.mark.parametrize(
    "not_a_date",
    [
        "030229",  # 29 February 1903 or 2003: neither was a leap year
        "19000229",  # 1900 was no leap year, though 2000 was
        "811200",  # day 0
        "811260",  # coordination day 0
        "811292",  # day 32 as a coordination number
    ],
)
def test_a_valid_check_digit_on_a_day_that_never_was_is_not_a_number(not_a_date: str) -> None:
    nine = not_a_date[-6:] + "123"
    text = f"{not_a_date}-123{check_digit(nine)}"
    assert find_identity_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "8112\u20dd18-9876",  # an enclosing mark (combining enclosing circle)
        "811218\u058a9876",  # a dash of another script (Armenian hyphen)
        "811218\u2e3a9876",  # two-em dash
    ],
)
def test_enclosing_marks_and_any_script_s_dashes_do_not_hide_a_number(text: str) -> None:
    assert find_identity_numbers(text) == ["811218-9876"]


def test_the_refusal_names_the_field_and_says_what_to_do_instead(logbook: Logbook) -> None:
    with pytest.raises(LogbookError) as refused:
        logbook.records.add_site(f"Ryhov {VALID}", "Radiologi")
    message = str(refused.value)
    assert message.startswith("hospital: ")
    for words in (
        "looks like a Swedish personal identity or coordination number.",
        "Logbooks must not identify patients; use the pseudonymous case number instead.",
    ):
        assert words in message
    assert VALID not in message, "the refusal must not repeat the number it refuses"
    assert logbook.records.sites() == []
