"""Declarations travel in the attestation file as the signer wrote them: read back
whole, and a signed declaration no EVTDesk would write is malformed, never counted."""

from __future__ import annotations

import json
from typing import Any

import pytest

from evtdesk.bundle import AttestationRefused
from evtdesk.bundle.manifest import canonical
from evtdesk.model import Statement
from evtdesk.model.declarations import declaration_from_json
from evtdesk.signing.minisign import sign
from tests.bundle.test_attestation import SUPERVISOR, attestation, read

QUALIFIED = Statement(
    "QUALIFICATION",
    True,
    "",
    declaration=declaration_from_json(
        "QUALIFICATION",
        {"years_specialist_ni": 12.5, "evt_independent": 200, "high_volume_centre": True},
    ),
)
READY = Statement(
    "READINESS:2",
    True,
    "",
    declaration=declaration_from_json(
        "READINESS:2",
        {"hospital": "Karlstad", "unit": "Angio", "criteria": {"H4": "met", "H5": "partly"}},
    ),
)
WITHDRAWN = Statement("SITE:1", False, "Fel siffror")


def test_declarations_round_trip_in_format_3() -> None:
    data = attestation(statements=[QUALIFIED, READY, WITHDRAWN])
    assert read(data).statements == (QUALIFIED, READY, WITHDRAWN)
    assert json.loads(data)["attestation"]["format"] == "evtdesk-attestation/3"


def _resigned(change: Any) -> bytes:
    body = json.loads(attestation(statements=[QUALIFIED, READY, WITHDRAWN]))
    change(body["attestation"]["statements"])
    body["minisig"] = sign(canonical(body["attestation"]), SUPERVISOR, "x")
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s[0]["declaration"].update(years_specialist_ni="lots"),
        lambda s: s[0]["declaration"].update(evt_independent=1e300),
        lambda s: s[0]["declaration"].update(evt_independent=True),
        lambda s: s[0]["declaration"].update(evt_independent=150.5),
        lambda s: s[0]["declaration"].pop("evt_independent"),
        lambda s: s[0]["declaration"].update(salary=5),
        lambda s: s[0].pop("declaration"),  # a declaration without its facts
        lambda s: s[1]["declaration"]["criteria"].update(H4="maybe"),
        lambda s: s[1]["declaration"].update(criteria={}),
        lambda s: s[1]["declaration"].update(criteria=[["H4", "met"]]),
        lambda s: s[2].update(declaration={"hospital": "X", "unit": "Y"}),  # a withdrawal
        lambda s: s[0].update(subject="SITE:0"),
        lambda s: s[1].update(subject="READINESS:2\n"),  # a name with a line end is another
        lambda s: s[1]["declaration"]["criteria"].update({"H4\n": "met"}),
        lambda s: s[1].update(exam_week=s[1].pop("declaration")),
    ],
)
def test_a_signed_declaration_no_evtdesk_writes_is_malformed(change: Any) -> None:
    with pytest.raises(AttestationRefused, match="malformed"):
        read(_resigned(change))


def test_a_hand_over_names_real_keys_each_in_its_one_spelling() -> None:
    from evtdesk.model.declarations import DeclarationError
    from evtdesk.signing.identity import new_identity
    from evtdesk.signing.minisign import public_key_line, public_of

    erik, anna = (public_key_line(public_of(new_identity())) for _ in range(2))
    good = {"from_key": erik, "to_key": anna, "on": "2026-03-01"}
    assert declaration_from_json("HANDOVER", good).facts["to_key"] == anna
    for bad in ("RW" + "A" * 54, anna + "\n", anna.rstrip("=") + "=" * 3, erik):
        with pytest.raises(DeclarationError):
            declaration_from_json("HANDOVER", good | {"to_key": bad})
