"""Reading JSON that someone else wrote: a bundle's members, an attestation, an import file.

`json.loads` trusts its input in ways a hostile file can exploit: nesting 200 000 levels
deep raises RecursionError (a traceback, and `--json` printing nothing), an integer of
5 000 digits raises a ValueError about "integer string conversion", a lone surrogate
escape (`"\\ud800"`) decodes to a string that cannot be written back as UTF-8 and fails
much later, in the database or the report. Here each of these is refused up front with
one `UntrustedJson` error that names the file, so every caller can turn it into a message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 64  # a bundle's deepest real structure (an entry's history) is 5 levels
MAX_INT_DIGITS = 18  # every integer EVTDesk writes fits in SQLite's 64 bits
# A string, or one left open to the end of the text: with the open string matched to the
# end, a text of many quotes and backslashes is scanned once, not once from every quote.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class UntrustedJson(ValueError):
    """The text is refused; the message says why, naming what it was."""


Parse = Callable[[str, json.JSONDecoder], Any]


def _whole(text: str, decoder: json.JSONDecoder) -> Any:
    return decoder.decode(text)


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are each given once: with `"approved": true` written first and
    `"approved": false` after it, a reader's eye and the parser disagree."""
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise _Refused(f"gives the key {key!r} twice in one object")
        seen.add(key)
    return dict(pairs)


def loads(
    data: bytes | str,
    what: str,
    max_depth: int = MAX_DEPTH,
    parse: Parse = _whole,
    unique_keys: bool = True,
) -> Any:
    """Parse `data` as JSON, refusing what a hostile file could do to the parser.

    `what` names the file in the message ("the manifest", "cases.json"). Bytes must be
    UTF-8 (a byte-order mark is allowed). `parse` decodes the checked text with the
    guarded decoder it is given (the importer decodes a long list element by element).
    `unique_keys=False` skips the check for keys given twice, for a large file whose
    bytes are signed whole (logbook.json), where it would only cost time."""
    text = _text(data, what)
    _check_depth(text, what, max_depth)
    hook = _unique if unique_keys else None
    decoder = json.JSONDecoder(parse_int=_integer, parse_constant=_constant, object_pairs_hook=hook)
    try:
        value = parse(text, decoder)
    except _Refused as refusal:
        raise UntrustedJson(f"{what} {refusal}") from None
    except json.JSONDecodeError as error:
        raise UntrustedJson(
            f"{what} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except (ValueError, RecursionError):
        raise UntrustedJson(f"{what} is not valid JSON") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_strings(value, what)
    return value


class _Refused(ValueError):
    pass


def _text(data: bytes | str, what: str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UntrustedJson(f"{what} is not UTF-8 text") from None


def _check_depth(text: str, what: str, max_depth: int) -> None:
    """Count brackets outside strings: linear, and never recursive."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for char in brackets:
        depth += 1 if char in "[{" else -1
        if depth > max_depth:
            raise UntrustedJson(
                f"{what} is nested more than {max_depth} levels deep, which no EVTDesk file is"
            )


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"holds a number of {len(digits.lstrip('-'))} digits, too long to be real")
    return int(digits)


def _constant(name: str) -> float:
    raise _Refused(f"holds {name}, which is not a number JSON allows")


def _check_strings(value: Any, what: str) -> None:
    """Every string and key must be real text: a lone surrogate cannot be stored or shown."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            strings: list[str] = [item]
        elif isinstance(item, dict):
            strings = list(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
            continue
        else:
            continue
        for text in strings:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise UntrustedJson(
                    f"{what} holds text with a broken character (a lone surrogate escape "
                    "such as \\ud800)"
                ) from None
