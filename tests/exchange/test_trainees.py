"""The supervisor's trainees at a glance: from the bundles he verified and kept in his
own logbook, what waits for him, whether her bundles link up, and his count against the
guidance's two trainees per supervisor."""

from __future__ import annotations

import json

import pytest

from evtdesk.cli import main
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
)
from evtdesk.exchange.attestations import signed_proposal, write_attestation
from evtdesk.exchange.keys import set_own_role
from evtdesk.exchange.trainees import trainees_overview
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.training import propose_adaptation
from tests.exchange.conftest import Pair, introduce


def _received(pair: Pair, name: str) -> None:
    """She exports, he opens it (and keeps it); the file is then gone from his disk."""
    path = export_bundle(pair.trainee, pair.folder / name).path
    open_bundle(path.read_bytes(), pair.supervisor, "en")
    path.unlink()


def _other_key(pair: Pair, name: str) -> str:
    other = Logbook.create(
        pair.folder / f"{name}.evtlog", "other passphrase", name, kdf=FAST_TEST_KDF
    ).logbook
    key = identity_info(other).public_key_text
    other.close(backup=False)
    return key


def test_his_trainees_show_what_waits_for_him_from_the_kept_bundles(pair: Pair) -> None:
    """In his view the demo's statements (a key he does not trust) count for nothing: she
    is in the preparatory part and her 2025 evaluation is overdue. A proposed adaptation
    waits for him until he signs it; her next bundle continues the one he kept."""
    introduce(pair)
    _received(pair, "b1.evtbundle")
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.last_bundle is not None and karin.last_bundle.continues == "first"
    assert (karin.current_part, karin.awaiting) == ("PREP", ("EVAL:2025",))
    assert karin.overdue_evaluations == (2025,) and not karin.stopped
    first = karin.last_bundle.sequence

    propose_adaptation(pair.trainee, "NI2", "Fall utomlands", {"NI2.independent": 20}, False)
    data = export_bundle(pair.trainee, pair.folder / "b2.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor, "en")
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.awaiting == ("EVAL:2025", "ADAPT:NI2")
    signed = signed_proposal(view, "NI2", True, "")
    answer = write_attestation(pair.supervisor, view, [signed], pair.folder / "a.evtattest")
    import_attestation(pair.trainee, answer.read_bytes())
    _received(pair, "b3.evtbundle")
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.awaiting == ("EVAL:2025",)
    assert karin.last_bundle is not None and karin.last_bundle.sequence > first
    assert karin.last_bundle.continues == "continues"


def test_his_count_of_trainees_is_held_to_the_guidance(pair: Pair) -> None:
    introduce(pair)
    for name in ("Lisa", "Maja"):
        trust_key(pair.supervisor, _other_key(pair, name), name, "trainee")
    overview = trainees_overview(pair.supervisor)
    assert [r.last_bundle for r in overview.rows if r.name != "Karin Lindqvist"] == [None, None]
    assert (overview.as_main_supervisor, overview.over_guidance) == (3, True)
    maja = next(r for r in overview.rows if r.name == "Maja")
    set_own_role(pair.supervisor, maja.public_key, "co_supervisor")  # another's trainee
    overview = trainees_overview(pair.supervisor)
    assert (overview.as_main_supervisor, overview.over_guidance) == (2, False)


def test_the_command_line_lists_them_as_json(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    introduce(pair)
    _received(pair, "b1.evtbundle")
    path = str(pair.supervisor.path)
    pair.supervisor.close(backup=False)
    monkeypatch.setenv("EVTDESK_PASSPHRASE", "supervisor pass")
    assert main(["trainees", path, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "evtdesk-trainees/1" and document["guidance_max"] == 2
    [karin] = document["trainees"]
    assert karin["name"] == "Karin Lindqvist" and karin["role"] == "supervisor"
    assert karin["current_part"] == "PREP" and karin["awaiting"] == ["EVAL:2025"]
    assert karin["last_bundle"]["continues"] == "first"
    assert main(["trainees", path]) == 0
    text = capsys.readouterr().out
    assert "waits for you: EVAL:2025" in text and "the guidance: at most 2." in text
    pair.supervisor = Logbook.open(pair.supervisor.path, "supervisor pass")


def test_cases_waiting_over_thirty_days_for_his_validation_are_counted(pair: Pair) -> None:
    """As the eLogbook reminds a trainer: her cases older than 30 days that no supervisor
    validated or rejected as they stand; each one he validates leaves the count."""
    from datetime import date, timedelta

    from evtdesk.exchange.declarations import validation

    introduce(pair)
    data = export_bundle(pair.trainee, pair.folder / "b1.evtbundle").path.read_bytes()
    view = open_bundle(data, pair.supervisor, "en")
    assert view.snapshot is not None
    old = date.today() - timedelta(days=30)  # dated more than 30 days ago
    cases = [e for e in view.snapshot.entries if e.role and not e.retracted and e.date < old]
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.unvalidated_waiting == len(cases) > 2
    statement = validation(view, [cases[0].id], {cases[1].id: "Inte min patient"})
    answer = write_attestation(pair.supervisor, view, [statement], pair.folder / "v.evtattest")
    import_attestation(pair.trainee, answer.read_bytes())
    _received(pair, "b2.evtbundle")
    [karin] = trainees_overview(pair.supervisor).rows
    assert karin.unvalidated_waiting == len(cases) - 2
