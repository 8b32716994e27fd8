"""`check` reads the events older EVTDesks wrote as they were written, and a payload it
cannot read is named, not a traceback.

The rows and events here are as SQLite and the chain hold them; the comparison is the
one `check` runs (`evtdesk.store.check_records`).
"""

from __future__ import annotations

import json
from typing import Any

from evtdesk.store.check_records import TABLES, RowKey, fold, same, shown, table_problems

_TABLE = {table.name: table for table in TABLES}


def _events(*events: tuple[str, str, dict[str, Any]]) -> list[tuple[int, str, str, str]]:
    return [(seq, a, s, json.dumps(p)) for seq, (a, s, p) in enumerate(events, start=10)]


def _problems(
    table: str, rows: dict[RowKey, dict[str, Any]], *events: tuple[str, str, dict[str, Any]]
) -> list[str]:
    folded = fold(_events(*events))
    return folded.problems + table_problems(_TABLE[table], rows, folded)


def _proposal(note: str, withdrawn: bool = False) -> dict[str, Any]:
    return {
        "item_id": "K1a",
        "note": note,
        "required": {},
        "waived": False,
        "decided_by": "Erik",
        "decided_on": None,
        "withdrawn": withdrawn,
        "proposed_seq": 0,
    }


def test_proposals_the_first_evtdesk_recorded_without_an_id_are_paired_in_order() -> None:
    """Its `plan.adapt` named no id; revision 0004 left their `proposed_seq` at 0. A
    withdrawal that later named one by its id still applies."""
    adapt = {"item_id": "K1a", "required": {}, "waived": False}
    events = (
        ("plan.adapt", "K1a", adapt | {"note": "first"}),
        ("plan.adapt", "K1a", adapt | {"note": "second"}),
        ("plan.withdraw", "K1a", {"ids": [1], "reason": ""}),
    )
    rows = {("1",): _proposal("first", withdrawn=True), ("2",): _proposal("second")}
    assert _problems("plan_adaptations", rows, *events) == []
    rows[("2",)]["note"] = "changed"
    assert _problems("plan_adaptations", rows, *events) == [
        "proposed adaptation 2 (plan_adaptations) differs from the events that recorded it: "
        "note is “changed” in the table, but event 11 (plan.adapt) recorded “second”"
    ]
    rows[("2",)]["note"] = "second"
    rows[("1",)]["withdrawn"] = False
    assert (
        "withdrawn is no in the table, but event 12 (plan.withdraw) recorded yes"
        in (_problems("plan_adaptations", rows, *events)[0])
    )


def test_a_proposal_recorded_with_its_id_keeps_the_typed_name_of_its_time() -> None:
    adapt = {"id": 1, "item_id": "K1a", "note": "n", "required": {}, "waived": False}
    event = ("plan.adapt", "K1a", adapt | {"decided_by": "Erik", "decided_on": None})
    row = _proposal("n") | {"proposed_seq": 10}
    assert _problems("plan_adaptations", {("1",): row}, event) == []
    row["decided_by"] = "Someone else"
    assert (
        "decided_by is “Someone else” in the table"
        in (_problems("plan_adaptations", {("1",): row}, event)[0])
    )


def _site(**values: Any) -> dict[str, Any]:
    return {
        "hospital": "Ryhov",
        "unit": "Radiologi",
        "procedures_per_year": 300,
        "evt_per_year": 100,
        "has_neurointervention": False,
        "supervisors": None,
        "trainees": None,
        "interventionists": None,
        "home": False,
    } | values


def test_a_site_the_first_evtdesk_added_has_its_numbers_compared_once_updated() -> None:
    """The first `site.add` held the hospital and the unit only: the numbers it did not
    record are not compared, until an update records them."""
    added = ("site.add", "1", {"hospital": "Ryhov", "unit": "Radiologi"})
    assert _problems("sites", {("1",): _site()}, added) == []
    assert (
        "hospital is “Annat” in the table"
        in _problems("sites", {("1",): _site(hospital="Annat")}, added)[0]
    )
    updated = ("site.update", "1", {"before": {}, "after": _site(evt_per_year=120)})
    assert (
        "evt_per_year is 100 in the table, but event 11 (site.update) recorded 120"
        in (_problems("sites", {("1",): _site()}, added, updated)[0])
    )


def test_a_key_trusted_before_terms_existed_is_compared_without_one() -> None:
    added = ("trust.add", "1", {"public_key": "k", "name": "Erik", "role": "supervisor"})
    row = {"public_key": "k", "name": "Erik", "role": "supervisor"}
    row |= {"valid_from": None, "valid_until": None}
    assert _problems("trusted_keys", {("1",): row}, added) == []
    retired = ("trust.retire", "1", {"public_key": "k", "before": None, "until": "2026-06-30"})
    assert (
        "valid_until is empty in the table, but event 11 (trust.retire) recorded"
        in (_problems("trusted_keys", {("1",): row}, added, retired)[0])
    )


def test_statements_imported_by_an_older_evtdesk_are_compared_as_recorded() -> None:
    """Before typed content and adaptation terms, a statement's payload was the
    statement's fields (`vars`): the terms a refusal or an item statement keeps are none."""
    payload = {
        "statements": [{"subject": "K1a", "approved": True, "comment": "", "required": {}}],
        "supervisor_key": "k",
        "bundle_manifest_sha256": "m",
        "sha256": "s",
    }
    row = {"approved": True, "comment": "", "adaptation": None, "content": None}
    row |= {"supervisor_key": "k", "bundle_manifest_sha256": "m", "source_sha256": "s"}
    event = ("attestation.import", "a1", payload)
    assert _problems("attestations", {("a1", "K1a"): row}, event) == []


def test_a_payload_that_cannot_be_read_is_named_not_a_traceback() -> None:
    folded = fold(
        [
            (4, "period.add", "1", "not json"),
            (5, "period.update", "1", "[1, 2]"),
            (6, "measure.done", "M", '{"id": "one", "done_on": "2025-01-01", "note": ""}'),
            (7, "period.update", "1", '{"before": {}, "after": "text"}'),
        ]
    )
    assert folded.problems == [
        f"event {seq} ({action}) cannot be read: its payload is not what EVTDesk writes"
        for seq, action in ((4, "period.add"), (5, "period.update"), (6, "measure.done"))
        + ((7, "period.update"),)
    ]


def test_a_row_only_changed_by_events_is_named_as_never_added() -> None:
    """Its add is not in the chain (which `check` names as a gap too)."""
    updated = ("period.update", "1", {"before": {}, "after": {"end": "2025-06-30"}})
    assert _problems("work_periods", {("1",): {"end": "2025-06-30"}}, updated) == [
        "work period 1 (work_periods) has no event that added it (event 10 (period.update) "
        "changed it)"
    ]


def test_values_are_compared_as_values_not_as_their_storage() -> None:
    # a REAL column gives back 10.0 for the 10 the event recorded; yes is not 1
    assert same(10.0, 10) and same({"a": [1, True]}, {"a": [1.0, True]})
    assert not same(1, True) and not same("1", 1) and not same({"a": 1}, {"a": 1, "b": 2})
    assert same(float("nan"), float("nan"))
    assert shown(None) == "empty" and shown(False) == "no" and shown(2.5) == "2.5"
    assert shown("x" * 100) == "“" + "x" * 59 + "…”"
