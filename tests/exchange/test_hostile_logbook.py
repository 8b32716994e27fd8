"""A bundle whose logbook.json holds a value of the wrong type, signed with the trainee's
own key (issue 21, "Hostile bytes"): the supervisor's view says the contents cannot be
read and why, naming the field and the entry, and never ends in a traceback.

Before the fix an entry's `"hours": "lots"` reached the curriculum engine, whose
`float(hours)` raised a ValueError out of `open_bundle`, `verify` and the app's view.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evtdesk.bundle.verify import UnreadableBundle
from evtdesk.demo import create_demo
from evtdesk.entries.kinds import KINDS
from evtdesk.exchange import export_bundle, open_bundle
from evtdesk.exchange.logbook_json import SHOWN, shown
from evtdesk.exchange.serialise import field_expectation
from evtdesk.signing.identity import Identity
from evtdesk.store import FAST_TEST_KDF
from tests.exchange.resign import logbook_of, with_logbook

_COMMON = (
    "date",
    "role",
    "case_number",
    "notes",
    "site_id",
    "revision",
    "retracted",
    "retraction_reason",
    "created_at",
    "changed_at",
    "created_seq",
    "changed_seq",
)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Identity]:
    """One demo trainee's bundle and key for the module (exporting takes seconds)."""
    folder = tmp_path_factory.mktemp("hostile")
    logbook = create_demo(folder / "trainee.evtlog", kdf=FAST_TEST_KDF)
    data = export_bundle(logbook, folder / "b.evtbundle").path.read_bytes()
    key = logbook.signing_key()
    logbook.close(backup=False)
    return data, key


def _with_entry(made: tuple[bytes, Identity], kind: str, changes: dict[str, Any]) -> bytes:
    """The bundle with its first entry replaced by one of `kind` carrying `changes`
    (the entry count stays, so the manifest still agrees and only the contents are read)."""
    data, key = made
    document = logbook_of(data)
    first = document["entries"][0]
    entry = {name: first[name] for name in _COMMON} | {"id": "hostile-1", "kind": kind}
    document["entries"][0] = entry | changes
    return with_logbook(data, key, json.dumps(document).encode())


def _problem(bundle: bytes) -> str:
    view = open_bundle(bundle, None, "en")
    assert view.verdict.logbook is not None  # the files check out; only the contents fail
    assert view.progress is None and view.snapshot is None
    return view.problem


def test_hours_as_words_is_named_with_its_entry_not_a_traceback(
    made: tuple[bytes, Identity],
) -> None:
    problem = _problem(_with_entry(made, "cme", {"title": "Stroke day", "hours": "lots"}))
    assert "entries[0].hours is not a number from 0 to 500" in problem
    assert 'it holds "lots"' in problem and '(entry "hostile-1")' in problem
    assert "ask the trainee to export the bundle again" in problem


# (kind, field, wrong value, what the message says was expected): a dozen type swaps.
SWAPS = [
    ("cme", "hours", "lots", "a number from 0 to 500"),
    ("cme", "hours", True, "a number from 0 to 500"),
    ("cme", "hours", -3, "a number from 0 to 500"),
    ("cme", "hours", 1e308, "a number from 0 to 500"),
    ("cme", "title", 5, "text"),
    ("evt", "passes", 2.5, "a whole number from 0 to 20"),
    ("evt", "passes", "3", "a whole number from 0 to 20"),
    ("evt", "sich", "no", "true or false"),
    ("evt", "sich", 0, "true or false"),
    ("evt", "mtici", 3, "one of 0, 1, 2a, 2b, 2c, 3"),
    ("evt", "puncture", 5, "a date and time"),
    ("evt", "puncture", "2026-01-05T08:00+02:00", "a date and time"),
    ("evt", "puncture", "soon", "a date and time"),
    ("evt", "occlusion_site", ["M1"], "a single value"),
    ("evt", "notes", {"text": "x"}, "text"),
    ("evt", "date", 5, "a date"),
    ("evt", "site_id", "1", "a whole number"),
]


@pytest.mark.parametrize(("kind", "field", "value", "expected"), SWAPS)
def test_each_type_swap_is_a_problem_naming_field_entry_and_expectation(
    made: tuple[bytes, Identity], kind: str, field: str, value: Any, expected: str
) -> None:
    problem = _problem(_with_entry(made, kind, {field: value}))
    assert f"entries[0].{field} is not {expected}" in problem
    assert '(entry "hostile-1")' in problem


def test_a_long_or_unprintable_value_is_quoted_short_and_escaped(
    made: tuple[bytes, Identity],
) -> None:
    """A message quotes at most SHOWN characters of what the bundle holds, with escape
    sequences and direction marks escaped: the terminal shows them, it is not steered."""
    hostile = "\x1b[31m\u202e" + "A" * 5000
    problem = _problem(_with_entry(made, "cme", {"title": "x", "hours": hostile}))
    assert "\x1b" not in problem and "\u202e" not in problem
    assert "\\u001b" in problem and "A" * (SHOWN + 1) not in problem
    assert len(shown("B" * 5000)) <= SHOWN + 3  # the quotes and "…"
    long_id = _with_entry(made, "cme", {"id": "C" * 5000, "hours": "x"})
    assert "C" * (SHOWN + 1) not in _problem(long_id)


def test_every_declared_field_accepts_what_validation_stores(
    made: tuple[bytes, Identity],
) -> None:
    """The check refuses nothing EVTDesk writes: every entry of the demo's bundle passes."""
    for entry in logbook_of(made[0])["entries"]:
        for name, value in entry.items():
            assert field_expectation(entry["kind"], name, value) is None, (name, value)
    assert open_bundle(made[0], None, "en").progress is not None


# Any JSON value at all, in any declared field of any kind.
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**17), max_value=10**17)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
_FIELDS = [(kind.id, spec.name) for kind in KINDS for spec in kind.fields]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(where=st.sampled_from(_FIELDS), value=_JSON)
def test_any_value_in_any_field_is_read_or_refused_never_a_traceback(
    made: tuple[bytes, Identity], where: tuple[str, str], value: Any
) -> None:
    """Whatever the value, `open_bundle` answers with a view (or UnreadableBundle, the
    CLI's exit 2): a value of the field's type is evaluated, any other is the problem."""
    kind, field = where
    bundle = _with_entry(made, kind, {field: value})
    try:
        view = open_bundle(bundle, None, "en")
    except UnreadableBundle:
        return
    wrong = isinstance(value, list | dict) or field_expectation(kind, field, value) is not None
    if wrong:
        assert f"entries[0].{field} is not" in view.problem
        assert view.progress is None
    else:
        assert not view.problem and view.progress is not None


def test_a_type_swap_elsewhere_in_the_logbook_is_named_too(
    made: tuple[bytes, Identity],
) -> None:
    data, key = made
    for path, value in [
        (("plan", "note"), 5),
        (("sites", 0, "hospital"), ["S"]),
        (("periods", 0, "fraction"), "half"),
        (("people", 0, "years_as_operator"), "many"),
        (("plan", "mri_primary"), "yes"),
    ]:
        document = copy.deepcopy(logbook_of(data))
        parent: Any = document
        for step in path[:-1]:
            parent = parent[step]
        parent[path[-1]] = value
        problem = _problem(with_logbook(data, key, json.dumps(document).encode()))
        assert f".{path[-1]} is not" in problem, problem


@pytest.mark.parametrize("ids", [(1, 1), (0, 2), (-1, 2)])
def test_sites_under_one_id_or_none_are_refused(made: tuple[bytes, Identity], ids: Any) -> None:
    """From the attack: a bundle with two sites under one id verified, and a supervisor's
    declaration of one could then stand for the other."""
    data, key = made
    document = logbook_of(data)
    first, second = document["sites"][:2]
    document["sites"][:2] = [first | {"id": ids[0]}, second | {"id": ids[1]}]
    problem = _problem(with_logbook(data, key, json.dumps(document).encode()))
    assert "sites must have distinct ids of 1 or more" in problem
