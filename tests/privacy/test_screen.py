"""The identity-number screen finds a personnummer however it was typed or pasted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evtdesk.entries.privacy import IdentityNumberFound, find_identity_numbers, screen

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
