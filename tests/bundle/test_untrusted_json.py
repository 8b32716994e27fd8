"""The JSON pre-check is linear in its input, whatever quotes and backslashes it holds.

A 48 KB attestation of `"\\` repeated kept `verify` busy for 24 s: the string pattern,
failing on a string left open, was tried again from every later quote, each time to the
end of the text."""

from __future__ import annotations

import pytest

from evtdesk.bundle.untrusted_json import UntrustedJson, loads
from tests.bundle.linear import growth

HOSTILE = {
    "open string of escaped quotes": lambda n: '["' + '\\"' * (n // 2),
    "quote and backslash repeated": lambda n: '"\\' * (n // 2),
    "open strings one after another": lambda n: '["a' * (n // 3),
    "deep nesting": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "wide list": lambda n: "[" + "1," * (n // 2) + "1]",
    "many short strings": lambda n: "[" + '"a",' * (n // 4) + '"a"]',
}


def _read(text: object) -> object:
    try:
        return loads(str(text), "the attestation")
    except UntrustedJson as refusal:
        return refusal


@pytest.mark.parametrize("make", HOSTILE.values(), ids=list(HOSTILE))
def test_the_pre_check_grows_linearly_with_hostile_text(make) -> None:  # type: ignore[no-untyped-def]
    """8 times the text in at most 24 times the time (linear: about 8; the quadratic
    pattern took 64 times as long, 3.6 s for 24 KB)."""
    assert growth(_read, make(6_000), make(48_000)) < 24


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('["' + '\\"' * 1000, "not valid JSON"),
        ('"\\' * 1000, "not valid JSON"),
        ('"' + "[" * 1000, "not valid JSON"),  # brackets inside an open string are text
        ('{"a": "x"}' + "[" * 10, "not valid JSON"),
        ('["\\\\", ' + "[" * 100 + "]" * 100 + "]", "nested more than 64"),
        ('["\\"[[[["]', None),
        ('{"a": "\\\\"}', None),
    ],
)
def test_strings_and_brackets_are_told_apart_as_json_does(text: str, said: str | None) -> None:
    if said is None:
        loads(text, "the file")
        return
    with pytest.raises(UntrustedJson, match=said):
        loads(text, "the file")
