"""`evtdesk quality` and `evtdesk readiness` as a user or a script drives them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from evtdesk.cli import main
from evtdesk.exchange.export import pdf_identity
from evtdesk.model import Statement
from evtdesk.signing.pdf import ca_sha256, validate_pdf
from evtdesk.store import Logbook
from tests.conftest import PASSPHRASE
from tests.signed_helpers import record_signed

APPROVED = datetime(2026, 2, 2, 10, 0, tzinfo=UTC)
ISSUE_KEYS = ("count", "total", "unknown", "rate", "ci_low", "ci_high", "target", "met")
MEDIAN_KEYS = (
    "arrival_to_imaging",
    "arrival_to_thrombolysis",
    "arrival_to_puncture",
    "imaging_to_puncture",
    "angio_arrival_to_puncture",
    "puncture_to_reperfusion",
    "arrival_to_reperfusion",
)


@pytest.fixture(autouse=True)
def passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)


def case(day: date, **fields: object) -> dict[str, object]:
    return {
        "kind": "followup_case",
        "date": day.isoformat(),
        "role": "independent_first_operator",
        "evt_performed": True,
        **fields,
    }


@pytest.fixture
def approved(logbook: Logbook, logbook_path: Path) -> Path:
    """A logbook approved on 2 February 2026 with three follow-up cases after it and one
    EVT of the training before it."""
    # the training approved as it stands: the parts in order and a passed week (a pass
    # from before verdicts named their week still counts)
    approvals = [Statement(s, True, "") for s in ("PREP", "NI", "EXAM_WEEK", "A")]
    record_signed(logbook, approvals, created=APPROVED)
    arrival = datetime(2026, 3, 1, 8, 0)
    logbook.entries.add_many(
        [
            case(date(2026, 3, 1), mtici="3", sich=False, arrival=arrival.isoformat(),
                 puncture=(arrival + timedelta(minutes=50)).isoformat()),
            case(date(2026, 3, 2), mtici="2a", sich=True, arrival=arrival.isoformat(),
                 puncture=(arrival + timedelta(minutes=70)).isoformat()),
            case(date(2026, 3, 3), evt_performed=False, complications="none of note"),
            {"kind": "evt", "date": "2026-01-20", "role": "independent_first_operator"},
        ]
    )  # fmt: skip
    logbook.close(backup=False)
    return logbook_path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["quality", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_issues_keys(approved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_json(capsys, str(approved), "--year", "2026")
    assert out["evt_count"] == 3
    for key in ("mtici_2b_3", "new_territory_emboli", "sich"):
        assert tuple(out[key])[: len(ISSUE_KEYS)] == ISSUE_KEYS
    assert (out["sich"]["count"], out["sich"]["total"], out["sich"]["unknown"]) == (1, 2, 1)
    assert out["sich"]["met"] is None  # too few cases to judge
    assert out["new_territory_emboli"]["rate"] is None
    assert tuple(out["medians"]) == MEDIAN_KEYS
    assert out["medians"]["arrival_to_puncture"] == 60
    assert out["medians"]["arrival_to_imaging"] is None
    assert out["logistics"]["arrival_to_puncture"]["n"] == 2


def test_follow_up_starts_at_the_approval(
    approved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(capsys, str(approved), "--follow-up")
    assert out["window"] == {"label": "follow-up", "start": "2026-02-02", "end": "2027-02-01"}
    assert out["evt_count"] == 2  # the training's EVT in January is before it
    assert out["followup"]["cases"] == 3
    assert out["followup"]["without_evt"] == 1


def test_follow_up_before_approval_is_refused_plainly(
    logbook: Logbook, logbook_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logbook.close(backup=False)
    assert main(["quality", str(logbook_path), "--follow-up"]) == 1
    assert "follow-up year starts when the training is approved" in capsys.readouterr().err


def test_a_reference_is_entered_with_source_and_year(
    approved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(approved)
    assert main(["quality", path, "--set-reference", "arrival_to_puncture=62,5",
                 "--source", "Riksstroke 2024", "--source-year", "2024"]) == 0  # fmt: skip
    assert "Reference for arrival_to_puncture: 62.5 min" in capsys.readouterr().out
    ref = run_json(capsys, path)["logistics"]["arrival_to_puncture"]["reference"]
    assert ref == {"minutes": 62.5, "source": "Riksstroke 2024", "year": 2024}
    assert main(["quality", path, "--clear-reference", "arrival_to_puncture"]) == 0
    capsys.readouterr()
    assert run_json(capsys, path)["logistics"]["arrival_to_puncture"]["reference"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set-reference", "arrival_to_puncture=62"], "--source-year"),
        (
            ["--set-reference", "door=62", "--source", "x", "--source-year", "2024"],
            "not a logistics",
        ),
        (["--set-reference", "arrival_to_puncture", "--source-year", "2024"], "INTERVAL=MINUTES"),
        (["--source", "x"], "go with --set-reference"),
        (["--clear-reference", "arrival_to_imaging"], "no reference value"),
    ],
)
def test_bad_reference_input_is_a_usage_error(
    approved: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["quality", str(approved), *args]) == 2
    assert message in capsys.readouterr().err


def test_bad_year_is_a_usage_error(approved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quality", str(approved), "--year", "twenty"]) == 2
    assert "is not a year" in capsys.readouterr().err


def test_text_output_names_denominators_and_too_few(
    approved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["quality", str(approved), "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "1 of 2 (1 not recorded)" in out
    assert "too few cases to judge" in out
    assert main(["quality", str(approved), "--year", "2026", "--language", "sv"]) == 0
    assert "för få fall för att bedöma" in capsys.readouterr().out


def test_readiness_pdf_is_signed_and_valid(
    logbook: Logbook, logbook_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    logbook.records.add_site("Sunderby sjukhus", "Röntgen", evt_per_year=62)
    logbook.close(backup=False)
    path = str(logbook_path)
    assert main(["readiness", path, "--site", "1", "--set", "H5=partly",
                 "--evidence", "CT 24/7", "--notes", "MRI weekdays"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["readiness", path, "--site", "1", "--json"]) == 0
    criteria = {c["id"]: c for c in json.loads(capsys.readouterr().out)["criteria"]}
    assert (criteria["H5"]["status"], criteria["H5"]["evidence"]) == ("partly", "CT 24/7")
    assert (criteria["H1"]["status"], criteria["H1"]["derived"]) == ("met", True)
    out = tmp_path / "ready.pdf"
    assert main(["readiness", path, "--site", "1", "--out", str(out)]) == 0
    with Logbook.open(logbook_path, PASSPHRASE) as reopened:
        expected = ca_sha256(pdf_identity(reopened))
    result = validate_pdf(out.read_bytes(), expected)
    assert result.ok, result.reason
    assert result.facts["Document"] == "readiness"
    assert result.facts["Site"] == "1"
    tampered = out.read_bytes().replace(b"Sunderby", b"Sunderbx")
    assert not validate_pdf(tampered, expected).ok
