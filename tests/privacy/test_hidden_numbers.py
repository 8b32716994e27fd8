"""A personnummer spaced out, padded with odd white space, hidden with invisible or
bidirectional characters, or written in other digits is still refused (issue 21), while
dates, times, case and phone numbers still pass, and hostile text cannot stall the screen."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evtdesk.entries.privacy import IdentityNumberFound, find_identity_numbers, screen
from tests.bundle.linear import growth

DIGITS = "8112189876"  # 811218-9876: a valid date and Luhn digit (a test number, not a person)
WIDE_SPACES = ["  ", "\u00a0", "\u2009", "\u202f", "\u00a0\u00a0", "\u2009\u2009", "\t", "\u3000"]
FORMAT_CHARS = [
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u202a",  # left-to-right embedding
    "\u202c",  # pop directional formatting
    "\u202d",  # left-to-right override
    "\u2066",  # left-to-right isolate
    "\u2068",  # first strong isolate
    "\u2069",  # pop directional isolate
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte-order mark / zero-width no-break space
]


def refused(text: str) -> bool:
    """Whether saving `text` is refused, asserted through both ways the app asks."""
    found = bool(find_identity_numbers(text))
    try:
        screen(text, "notes")
    except IdentityNumberFound:
        assert found, repr(text)
        return True
    assert not found, repr(text)
    return False


@pytest.mark.parametrize(
    "text",
    [
        "811 218-9876",
        "8112 18-9876",
        "81 12 18 - 9876",
        "8 112 18-98 76",
        "1981 1218-9876",
        "19 811 218-9876",
        "pat 811 218 987 6 inkom",
    ],
)
def test_digit_groups_split_by_spaces_anywhere_are_refused(text: str) -> None:
    assert refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "8 1 1 2 1 8 - 9 8 7 6",
        "8 1 1 2 1 8 9 8 7 6",
        "1 9 8 1 1 2 1 8 - 9 8 7 6",
        "8  1  1  2  1  8  -  9  8  7  6",
        "8\u00a01\u00a01\u00a02\u00a01\u00a08\u00a0-\u00a09\u00a08\u00a07\u00a06",
        "8\n1\n1\n2\n1\n8\n9\n8\n7\n6",
    ],
)
def test_letter_spaced_digits_are_refused(text: str) -> None:
    assert refused(text)


@given(gaps=st.lists(st.sampled_from(["", " ", *WIDE_SPACES]), min_size=9, max_size=9))
def test_any_white_space_between_any_digits_is_refused(gaps: list[str]) -> None:
    text = DIGITS[0] + "".join(gap + digit for gap, digit in zip(gaps, DIGITS[1:], strict=True))
    assert refused(f"Anteckning: {text} inkom"), repr(text)


@pytest.mark.parametrize("space", WIDE_SPACES)
def test_wide_or_doubled_white_space_inside_the_last_four_is_refused(space: str) -> None:
    assert find_identity_numbers(f"811218-98{space}76") == ["811218-98 76"]
    assert refused(f"pnr 811218 - 98{space}76.")


@given(
    marks=st.lists(
        st.lists(st.sampled_from(FORMAT_CHARS), max_size=2).map("".join),
        min_size=12,
        max_size=12,
    )
)
def test_format_characters_between_and_around_the_digits_are_ignored(marks: list[str]) -> None:
    text = "".join(hidden + char for hidden, char in zip(marks, "811218-9876", strict=False))
    text += marks[-1]
    assert "811218-9876" in find_identity_numbers(text), repr(text)
    assert refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "\u202e6789-812118",  # shown right to left: 811218-9876
        "\u202e6789-812118\u202c",
        "pat \u202e6789-812118\u202c inkom",
        "\u202e6 7 8 9 - 8 1 2 1 1 8\u202c",
        "8112\u202e6789-81\u202c",  # only the end is overridden: still shown as the number
        "\u202e\u200b6\u200d789-8121\u206018\u202c",  # invisible characters inside as well
        "\u202b\u202e6789-812118\u202c\u202c",  # inside an embedding
    ],
)
def test_digits_stored_backwards_behind_a_right_to_left_override_are_refused(
    text: str,
) -> None:
    assert [found.replace(" ", "") for found in find_identity_numbers(text)] == ["811218-9876"]
    assert refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "\u200f6 7 8 9 - 8 1 2 1 1 8",  # a right-to-left mark: spaced digits shown reversed
        "\u2067 6 7 8 9 - 8 1 2 1 1 8\u2069",  # a right-to-left isolate
        "\u05de\u05e1\u05e4\u05e8 6 7 8 9 - 8 1 2 1 1 8",  # after Hebrew letters
    ],
)
def test_spaced_digits_shown_reversed_in_right_to_left_text_are_refused(text: str) -> None:
    assert refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "\uff18\uff11 \uff11\uff12 \uff11\uff18\uff0d\uff19\uff18\uff17\uff16",  # full-width
        "\uff18\uff11\u3000\uff11\uff12\u3000\uff11\uff18\uff0d\uff19\uff18\uff17\uff16",
        "\u2078\u00b9\u00b9\u00b2\u00b9\u2078-\u2079\u2078\u2077\u2076",  # superscripts
        "\u2467\u2460\u2460\u2461\u2460\u2467-\u2468\u2467\u2466\u2465",  # circled digits
        "\U0001d7d6\U0001d7cf\U0001d7cf\U0001d7d0\U0001d7cf\U0001d7d6-\U0001d7d7\U0001d7d6"
        "\U0001d7d5\U0001d7d4",  # mathematical bold digits
        "\u0668 \u0661 \u0661 \u0662 \u0661 \u0668 - \u0669 \u0668 \u0667 \u0666",  # Arabic-Indic
    ],
)
def test_digits_of_other_forms_and_scripts_are_refused(text: str) -> None:
    assert refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-10",
        "arrival 2026-03-10 10:45, puncture 11:02",
        "case 2024-000123",
        "EVT-2024-000123",
        "tel 070-123 45 67",
        "tel 070-123 45 69",  # 0701234569 would be valid: the dash after 070 says phone
        "070-1234569",
        "08-712 34 56",
        "8 1 1 2 1 8 - 9 8 7 5",  # wrong check digit, however spaced
        "811218-98  75",
        "\u202e5789-812118\u202c",  # wrong check digit behind an override
        "\u202e2026-03-10 10:45, case 2024-000123, tel 070-123 45 67\u202c",
        "\u200fNIHSS 12, mRS 3, ASPECTS 8, TICI 2b, 3 passes",
        "8 1 1 2 1 8 - 9 8 . 7 6",  # punctuation inside the serial: not how one is written
    ],
)
def test_dates_times_case_and_phone_numbers_still_pass(text: str) -> None:
    assert not refused(text)


def test_the_dash_that_clears_a_phone_number_is_what_clears_it() -> None:
    """The phone-number case above passes because of where its dash is, not by luck:
    the same digits with the dash between the date's groups are a number."""
    assert refused("070123-4569")


def hostile(kind: str, size: int) -> str:
    """Text of `size` characters built to make a careless screen backtrack or loop."""
    if kind == "spaces":  # one long run of white space after the start of a number
        return ("11" + " \u00a0\u2009" * size)[: size - 1] + "x"
    if kind == "spaced digits":  # a plausible date at every digit
        return ("1 2 0 0 " * size)[:size]
    if kind == "marks":  # digits, spaces, dashes and invisible and bidirectional marks
        unit = "8 1\u200b1  2\u202e1 8 -\u00a0 9\u202c 8\u2009 7\u2067 -- \u200f6\u2069 "
        return (unit * size)[:size]
    if kind == "nested overrides":
        half = size // 2
        return ("\u202e\u202d" * half)[:half] + ("0 1 \u200d" * size)[: size - half]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["spaces", "spaced digits", "marks", "nested overrides"])
def test_hostile_text_is_screened_in_time_linear_in_its_length(kind: str) -> None:
    """Five times the text in at most twelve times the time: linear is about 5, the
    quadratic backtracking of a pattern with two optional runs of spaces about 25 (the
    old screen took 10 s for 20 KB of spaces)."""
    assert growth(find_identity_numbers, hostile(kind, 40_000), hostile(kind, 200_000)) < 12
