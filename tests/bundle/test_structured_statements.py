"""Format 3: a verdict on an examination week and a yearly evaluation carry their content
inside the signed payload, checked on reading exactly as on writing; format 1 and 2
files read as before."""

from __future__ import annotations

import json
from datetime import date

import pytest

from evtdesk.bundle import AttestationRefused
from evtdesk.bundle.attestation import parse_attestation
from evtdesk.bundle.manifest import canonical
from evtdesk.model import ExamVerdict, Measure, Statement, YearlyEvaluation
from evtdesk.signing.minisign import public_of, sign
from tests.bundle.test_attestation import SUPERVISOR, attestation, read

FAILED = ExamVerdict(
    2,
    date(2026, 3, 2),
    "Sahlgrenska, Neurointervention",
    "Beslut dröjde",
    date(2026, 3, 12),
    (Measure("Tio EVT till", date(2026, 6, 30)),),
)
PASSED = ExamVerdict(3, date(2026, 3, 16), "Sahlgrenska, Neurointervention")
INSUFFICIENT = YearlyEvaluation(
    2025, {"NI2": 12, "NI2@end": 30}, (Measure("Längre tid för NI2", date(2026, 4, 30)),)
)


def resigned(body: dict) -> bytes:  # type: ignore[type-arg]
    """The payload changed and signed again by the trusted supervisor: only the content
    rules can refuse it now."""
    body["minisig"] = sign(canonical(body["attestation"]), SUPERVISOR, "re-signed")
    return json.dumps(body).encode()


def test_a_verdict_and_an_evaluation_round_trip_inside_the_signed_payload() -> None:
    statements = [
        Statement("EXAM_WEEK", False, "Underkänd", verdict=FAILED),
        Statement("EVAL:2025", False, "Otillräcklig", evaluation=INSUFFICIENT),
        Statement("K1a", True, ""),
    ]
    data = attestation(statements=statements)
    body = json.loads(data)
    assert body["attestation"]["format"] == "evtdesk-attestation/3"
    assert body["attestation"]["statements"][0]["exam_week"]["employer_informed"] == "2026-03-12"
    accepted = read(data)
    assert accepted.statements == tuple(statements)


def test_a_file_without_typed_content_stays_format_2() -> None:
    data = attestation(statements=[Statement("K1a", True, "")])
    assert json.loads(data)["attestation"]["format"] == "evtdesk-attestation/2"


def test_changing_the_reason_or_a_measure_after_signing_is_forgery() -> None:
    body = json.loads(attestation(statements=[Statement("EXAM_WEEK", False, "x", verdict=FAILED)]))
    body["attestation"]["statements"][0]["exam_week"]["measures"][0]["due"] = "2030-01-01"
    with pytest.raises(AttestationRefused, match="forged or altered"):
        read(json.dumps(body).encode())


@pytest.mark.parametrize(
    "damage",
    [
        lambda row: row["exam_week"].update(measures=[]),  # a failed week without measures
        lambda row: row["exam_week"].update(reason=" "),  # … or without its reason
        lambda row: row["exam_week"].pop("employer_informed"),  # … or the employer's day
        lambda row: row["exam_week"].update(week_id=True),  # a week id that is a yes
        lambda row: row["exam_week"].update(colour="red"),  # a key nobody writes
        lambda row: row.update(subject="K1a"),  # a verdict on another subject
        lambda row: row.update(approved=True),  # a pass with a failure's record
        lambda row: row.pop("exam_week"),  # a format 3 verdict without its content
    ],
)
def test_content_no_evtdesk_writes_is_malformed_even_well_signed(damage) -> None:  # type: ignore[no-untyped-def]
    body = json.loads(attestation(statements=[Statement("EXAM_WEEK", False, "x", verdict=FAILED)]))
    damage(body["attestation"]["statements"][0])
    with pytest.raises(AttestationRefused, match="malformed"):
        read(resigned(body))


def test_typed_content_in_a_format_2_file_is_malformed() -> None:
    """A format 2 reader would ignore it; this one refuses what it could misread."""
    body = json.loads(attestation(statements=[Statement("EXAM_WEEK", True, "", verdict=PASSED)]))
    body["attestation"]["format"] = "evtdesk-attestation/2"
    with pytest.raises(AttestationRefused, match="malformed"):
        read(resigned(body))


def test_an_evaluation_of_another_year_or_with_a_plan_for_sufficient_progress_is_malformed() -> (
    None
):
    body = json.loads(
        attestation(statements=[Statement("EVAL:2025", False, "", evaluation=INSUFFICIENT)])
    )
    body["attestation"]["statements"][0]["subject"] = "EVAL:2024"
    with pytest.raises(AttestationRefused, match="malformed"):
        read(resigned(body))
    body["attestation"]["statements"][0].update(subject="EVAL:2025", approved=True)
    with pytest.raises(AttestationRefused, match="malformed"):
        read(resigned(body))


@pytest.mark.parametrize(
    "statement",
    [
        Statement("EXAM_WEEK", True, "", verdict=FAILED),  # a pass with a failure's record
        Statement("EXAM_WEEK", False, "", verdict=PASSED),  # a failure without one
        Statement("K1a", True, "", verdict=PASSED),  # on the wrong subject
        Statement("EVAL:2026", False, "", evaluation=INSUFFICIENT),  # another year
        Statement("EVAL:2025", True, "", evaluation=INSUFFICIENT),  # sufficient, with a plan
    ],
)
def test_the_writer_refuses_what_every_reader_refuses(statement: Statement) -> None:
    with pytest.raises(ValueError):
        attestation(statements=[statement])


def test_the_signer_key_is_the_supervisors() -> None:
    data = attestation(statements=[Statement("EXAM_WEEK", True, "", verdict=PASSED)])
    assert parse_attestation(data).signer == public_of(SUPERVISOR)
