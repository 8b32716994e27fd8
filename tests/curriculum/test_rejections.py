"""A supervisor's refusal (an attestation with approved = false) is shown as a refusal:
who refused, when and why, in the engine's result, its JSON, the next steps and the
navigator — never as an attestation."""

from __future__ import annotations

import json
from datetime import date

import pytest

from evtdesk.curriculum import ItemProgress, evaluate, load_curriculum, progress_to_json
from evtdesk.model import LogbookSnapshot
from tests.curriculum.factories import attest, many, snapshot

TODAY = date(2026, 6, 1)
SE = load_curriculum("se-evt")
PREP_DONE = [attest("PREP", date(2025, 1, 1))]
REFUSED_K1A = attest("K1a", date(2026, 5, 31), approved=False, comment="more cases")


def item(snap: LogbookSnapshot, item_id: str, language: str = "en") -> ItemProgress:
    return evaluate(SE, snap, TODAY, language).item(item_id)


def test_a_refused_knowledge_item_says_who_refused_it_when_and_why() -> None:
    refused = item(snapshot([], [REFUSED_K1A]), "K1a")
    assert refused.state == "open" and not refused.attested
    assert refused.missing == "Not approved by Erik Holm (2026-05-31): more cases."
    assert refused.rejection == refused.missing
    swedish = item(snapshot([], [REFUSED_K1A]), "K1a", "sv")
    assert swedish.missing == "Inte godkänt av Erik Holm (2026-05-31): more cases."


def test_a_refusal_without_comment_still_ends_as_a_sentence() -> None:
    bare = item(snapshot([], [attest("K1a", date(2026, 5, 31), approved=False)]), "K1a")
    assert bare.missing == "Not approved by Erik Holm (2026-05-31)."


def test_a_later_approval_replaces_the_refusal() -> None:
    renewed = item(snapshot([], [REFUSED_K1A, attest("K1a", date(2026, 6, 1))]), "K1a")
    assert renewed.state == "attested" and renewed.rejection == "" and renewed.missing == ""


def test_a_refused_counted_item_names_the_refusal_before_what_is_still_missing() -> None:
    evts = many(43, "evt", "first_operator")
    refusal = attest("NI2", date(2026, 5, 2), approved=False, comment="Too few independent.")
    result = item(snapshot(evts, [*PREP_DONE, refusal]), "NI2")
    assert result.missing == (
        "Not approved by Erik Holm (2026-05-02): Too few independent. "
        "Still needed: 7 more EVT; 25 more as independent first operator."
    )


def test_a_refused_item_whose_numbers_are_met_stays_met_and_carries_the_refusal() -> None:
    evts = many(50, "evt", "independent_first_operator")
    refusal = attest("NI2", date(2026, 5, 2), approved=False, comment="see me")
    result = item(snapshot(evts, [*PREP_DONE, refusal]), "NI2")
    assert result.state == "met" and not result.attested and result.missing == ""
    assert result.rejection == "Not approved by Erik Holm (2026-05-02): see me."


def test_a_refused_subject_of_a_condition_says_so_instead_of_asking_for_it() -> None:
    """G2 needs the training plan (subject PLAN) attested; A3 the examination week."""
    refused = attest("PLAN", date(2026, 5, 20), approved=False, comment="add the MRI focus.")
    assert item(snapshot([], [refused]), "G2").missing == (
        "Still needed: training plan attested"
        " (not approved by Erik Holm, 2026-05-20): add the MRI focus."
    )
    assert item(snapshot([], [refused]), "G2", "sv").missing == (
        "Återstår: utbildningsplanen intygad"
        " (inte godkänt av Erik Holm, 2026-05-20): add the MRI focus."
    )


def test_the_json_attestation_says_whether_it_approves() -> None:
    def attestation(attestations: list) -> dict:  # type: ignore[type-arg]
        data = progress_to_json(evaluate(SE, snapshot([], attestations), TODAY, "en"))
        shown = json.loads(json.dumps(data))
        return next(i for i in shown["items"] if i["id"] == "K1a")

    refused = attestation([REFUSED_K1A])
    assert refused["attestation"]["approved"] is False
    assert refused["attestation"]["comment"] == "more cases"
    assert refused["attested"] is False and refused["missing"].startswith("Not approved by")
    assert attestation([attest("K1a")])["attestation"]["approved"] is True


def test_the_next_step_for_a_refused_item_gives_the_supervisor_s_reason() -> None:
    everything_else = [attest(s) for s in ("K1b", "K2a", "PLAN")]
    steps = evaluate(SE, snapshot([], [REFUSED_K1A, *everything_else]), TODAY).next_steps
    [step] = [s for s in steps if s.item_id == "K1a"]
    assert step.sentence.endswith(": Not approved by Erik Holm (2026-05-31): more cases.")


def test_the_navigator_shows_a_refusal_apart_from_attestations(qtbot) -> None:
    pytest.importorskip("PySide6")
    from evtdesk.ui.panels.navigator import ItemCard

    refused = ItemCard(item(snapshot([], [REFUSED_K1A]), "K1a"), "en")
    approved = ItemCard(item(snapshot([], [attest("K1a")]), "K1a"), "en")
    qtbot.addWidget(refused)
    qtbot.addWidget(approved)
    assert not any(line.startswith("✍ Attested by") for line in refused.lines)
    assert refused.lines == ["✗ Not approved by Erik Holm (2026-05-31): more cases."]
    labels = refused.findChildren(type(refused.state_label))
    [label] = [w for w in labels if w.objectName() == "rejected"]
    assert "#2e7d32" not in label.styleSheet()  # not the attested green
    assert approved.lines == ["✍ Attested by Erik Holm, 2024-01-01"]
