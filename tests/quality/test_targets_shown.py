"""The follow-up targets as the user reads them: what `evtdesk quality` prints and the
report's quality section shows of Q1, Q2 and Q4 says what the progress items say.

For the same hand-built logbooks at the boundaries — 19 and 20 EVT in the follow-up year,
one EVT unregistered against all registered, a median just above and exactly at its
reference, an interval without a reference — the engine's item `met` equals the
judgement shown (`quality.target_lines`), and the CLI's text and the PDF carry each
target's figure and judgement in the same words. Before the approval both say, in one
line, that the targets apply from it on.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from evtdesk.cli import main
from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.curriculum.outcomes.references import ReferenceValue, references_to_setting
from evtdesk.model import Entry, LogbookSnapshot, Statement
from evtdesk.quality import calendar_year, followup_window, quality_figures
from evtdesk.quality.target_lines import (
    MET,
    NOT_JUDGEABLE,
    NOT_MET,
    TargetLine,
    target_lines,
    targets_absent,
)
from evtdesk.quality.targets import targets_of
from evtdesk.quality.text import quality_lines
from evtdesk.report import ReportInputs, build_report
from evtdesk.store import Logbook
from tests.conftest import PASSPHRASE
from tests.curriculum.factories import approval, attest, many, snapshot
from tests.signed_helpers import record_signed

SE = load_curriculum("se-evt")
APPROVED = date(2026, 9, 1)
TRAINED = [attest("PREP", date(2025, 1, 1)), attest("NI", date(2025, 9, 1)), *approval(APPROVED)]
SPRING = date(2027, 3, 1)  # inside the follow-up year, after New Year
OWN = "independent_first_operator"
BOTH = {"registered_riksstroke": True, "registered_evas": True}
T0 = datetime(2026, 10, 1, 8, 0)
AFTER = {"imaging": 15, "thrombolysis_start": 25, "angio_arrival": 50, "puncture": 65}
AFTER["reperfusion"] = 110
MEDIANS = {  # of `timed` cases: every case has the same times
    "arrival_to_imaging": 15,
    "arrival_to_thrombolysis": 25,
    "arrival_to_puncture": 65,
    "imaging_to_puncture": 50,
    "angio_arrival_to_puncture": 15,
    "puncture_to_reperfusion": 45,
    "arrival_to_reperfusion": 110,
}


def cases(n: int, day: date = date(2026, 10, 1), **fields: Any) -> list[Entry]:
    return many(n, "followup_case", OWN, day, evt_performed=True, **fields)


def timed(n: int, **registered: Any) -> list[Entry]:
    """`n` EVT with every time recorded, the same minutes each (medians `MEDIANS`)."""
    times = {"arrival": T0.isoformat(timespec="minutes")}
    times |= {
        k: (T0 + timedelta(minutes=m)).isoformat(timespec="minutes") for k, m in AFTER.items()
    }
    return cases(n, T0.date(), **(BOTH | registered), **times)


def references(**changed: float) -> dict[str, ReferenceValue]:
    """A reference for each interval equal to its median, but those `changed` (None: none)."""
    minutes = MEDIANS | changed
    return {
        k: ReferenceValue(k, float(v), "Riksstroke 2025", 2025)
        for k, v in minutes.items()
        if v is not None
    }


def logbook(entries: list[Entry], refs: Mapping[str, ReferenceValue] | None = None) -> Any:
    base = snapshot(entries, TRAINED)
    return replace(base, quality_references=references_to_setting(refs or {}))


# name: (entries, references, Q1, Q2, Q4 as the guidance reads them at SPRING)
CASES: dict[str, tuple[list[Entry], dict[str, ReferenceValue], str, str, str]] = {
    "19 EVT in the follow-up year": (
        cases(10, date(2026, 11, 15), **BOTH) + cases(9, date(2027, 1, 10), **BOTH),
        {},
        MET,
        NOT_MET,
        NOT_JUDGEABLE,
    ),
    "20 EVT in the follow-up year": (
        cases(10, date(2026, 11, 15), **BOTH) + cases(10, date(2027, 1, 10), **BOTH),
        {},
        MET,
        MET,
        NOT_JUDGEABLE,
    ),
    "one EVT not in EVAS": (
        cases(19, **BOTH) + cases(1, registered_riksstroke=True, registered_evas=False),
        {},
        NOT_MET,
        MET,
        NOT_JUDGEABLE,
    ),
    "one EVT with no registration recorded": (
        cases(19, **BOTH) + cases(1),
        {},
        NOT_MET,
        MET,
        NOT_JUDGEABLE,
    ),
    "every median at its reference": (timed(20), references(), MET, MET, MET),
    "one median just above its reference": (
        timed(20),
        references(arrival_to_puncture=64.5),
        MET,
        MET,
        NOT_MET,
    ),
    "one interval without a reference": (
        timed(20),
        references(angio_arrival_to_puncture=None),
        MET,
        MET,
        NOT_JUDGEABLE,
    ),
    "no EVT since the approval": ([], references(), NOT_JUDGEABLE, NOT_MET, NOT_JUDGEABLE),
}


def shown(snap: LogbookSnapshot, refs: Mapping[str, ReferenceValue]) -> dict[str, TargetLine]:
    targets = targets_of(snap, SPRING, refs)
    assert targets is not None
    return {line.key: line for line in target_lines(targets, "en")}


@pytest.mark.parametrize("name", CASES)
def test_what_is_shown_is_what_the_progress_item_says(name: str) -> None:
    entries, refs, *expected = CASES[name]
    snap = logbook(entries, refs)
    progress = evaluate(SE, snap, SPRING)
    lines = shown(snap, refs)
    for key, judgement in zip(("Q1", "Q2", "Q4"), expected, strict=True):
        item, line = progress.item(key), lines[key]
        assert line.judgement == judgement, (key, line.text())
        assert item.met is line.met, (key, line.text(), item.met)
        words = {MET: "met", NOT_MET: "not met", NOT_JUDGEABLE: "not yet judgeable"}
        assert line.state == words[judgement] or line.state.startswith("met by")


def test_the_figures_say_the_count_the_registry_and_the_median_against_its_reference() -> None:
    snap = logbook(cases(19, **BOTH) + cases(1, registered_riksstroke=True, registered_evas=False))
    q1 = shown(snap, {})["Q1"]
    assert q1.text() == "Q1 registered in Riksstroke and EVAS: 19 of 20: not met"
    assert q1.notes == ("Not registered in Riksstroke: 0; in EVAS: 1.",)
    assert q1.notes[0] in evaluate(SE, snap, SPRING).item("Q1").details  # the item's words
    q2 = shown(logbook(cases(19, **BOTH)), {})["Q2"]
    assert q2.figure == "follow-up year 2026-09-01 – 2027-08-31 so far: 19 (target ≥ 20)"
    refs = references(arrival_to_puncture=64.5, arrival_to_imaging=None)
    snap = logbook(timed(20), refs)
    q4 = shown(snap, refs)["Q4"]
    slower = (
        "Arrival → puncture: median 65 min (n = 20), reference 64.5 min (Riksstroke 2025, "
        "2025): slower"
    )
    assert slower in q4.notes
    assert q4.figure == (
        "5 of 7 intervals; slower than the reference: Arrival → puncture; no reference "
        "entered: Arrival → imaging"
    )
    assert set(q4.notes) <= set(evaluate(SE, snap, SPRING).item("Q4").details)


def _pdf_text(snap: LogbookSnapshot, refs: Mapping[str, ReferenceValue], language: str) -> str:
    """The report's text in reading order, without spaces: poppler's raw order keeps a
    table cell's lines together, and a cell wraps its text where it likes."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
    created = datetime.combine(SPRING, datetime.min.time()) + timedelta(hours=9)
    inputs = ReportInputs(
        snap, None, "Test Trainee", "", "se-evt", "", "b-test", created, "fp", language,
        quality_references=refs,
    )  # fmt: skip
    pdf = build_report(inputs)
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return "".join(out.stdout.decode("utf-8").split())


def bare(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    "name",
    ["19 EVT in the follow-up year", "one EVT not in EVAS", "one median just above its reference"],
)
def test_the_cli_text_and_the_report_carry_each_figure_and_judgement(name: str) -> None:
    entries, refs, *_ = CASES[name]
    snap = logbook(entries, refs)
    figures = quality_figures(snap.entries, followup_window(snap), refs, SPRING)
    cli = "\n".join(quality_lines(figures, None, (), "en", APPROVED))
    pdf = _pdf_text(snap, refs, "en")
    assert "Q1, Q2 and Q4 from the approval on 2026-09-01" in cli
    for line in shown(snap, refs).values():
        assert f"  {line.text()}" in cli
        for note in line.notes:
            assert f"      {note}" in cli
        for said in (line.asks, line.figure, *line.notes, line.state):
            assert bare(said) in pdf, said


def test_the_report_says_it_in_swedish_too() -> None:
    entries, refs, *_ = CASES["one EVT not in EVAS"]
    snap = logbook(entries, refs)
    targets = targets_of(snap, SPRING, refs)
    assert targets is not None
    pdf = _pdf_text(snap, refs, "sv")
    q1, q2, _q4 = target_lines(targets, "sv")
    assert q1.text() == "Q1 registrerade i Riksstroke och EVAS: 19 av 20: ej uppnått"
    assert bare("Ej registrerade i Riksstroke: 0; i EVAS: 1.") in pdf
    assert bare(q2.figure) in pdf and bare("Q1, Q2 och Q4 från godkännandet 2026-09-01") in pdf


def test_before_the_approval_one_line_says_the_targets_apply_from_it() -> None:
    snap = snapshot(cases(25, date(2027, 1, 10), **BOTH), [])  # the report's year: 2027
    assert targets_of(snap, SPRING, {}) is None
    before = targets_absent(None, "en")
    assert before.startswith("Q1 (every EVT registered in Riksstroke and EVAS), Q2 (at least 20")
    assert "apply from the approval of the training on" in before
    figures = quality_figures(snap.entries, calendar_year(2027), {}, SPRING)
    assert before in quality_lines(figures, None, (), "en", None)
    assert bare(before) in _pdf_text(snap, {}, "en")
    # approved, a calendar year: the line names the approval the targets are judged from
    after = quality_lines(figures, None, (), "en", APPROVED)
    assert (
        "Q1, Q2 and Q4 are judged from the approval on 2026-09-01: see the follow-up year." in after
    )


# --- the command itself, on a logbook with a signed approval ----------------------------


def test_evtdesk_quality_follow_up_prints_the_targets_the_engine_judges(
    logbook: Logbook, logbook_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setenv("EVTDESK_PASSPHRASE", PASSPHRASE)
    today = date.today()
    approved = datetime.combine(today - timedelta(days=100), datetime.min.time(), UTC)
    approvals = [Statement(s, True, "") for s in ("PREP", "NI", "EXAM_WEEK", "A")]
    record_signed(logbook, approvals, created=approved + timedelta(hours=10))
    day = (today - timedelta(days=50)).isoformat()
    one = {"kind": "followup_case", "date": day, "role": OWN, "evt_performed": True}
    logbook.entries.add_many([one | BOTH] * 19 + [one | {"registered_riksstroke": True}])
    snap = logbook.snapshot()
    logbook.close(backup=False)
    progress = evaluate(SE, snap, today)
    targets = targets_of(snap, today, {})
    assert targets is not None
    assert main(["quality", str(logbook_path), "--follow-up"]) == 0
    out = capsys.readouterr().out
    for line in target_lines(targets, "en"):
        assert f"  {line.text()}" in out
        assert progress.item(line.key).met is line.met
    assert "  Q1 registered in Riksstroke and EVAS: 19 of 20 (1 not recorded): not met" in out
    assert "      Not registered in Riksstroke: 0; in EVAS: 1." in out
    assert "so far: 20 (target ≥ 20): met" in out
    assert main(["quality", str(logbook_path), "--follow-up", "--language", "sv"]) == 0
    assert "Q2 EVT som försteoperatör per år: uppföljningsåret" in capsys.readouterr().out
    assert main(["quality", str(logbook_path)]) == 0  # this calendar year: where they are
    assert targets_absent(approved.date(), "en") in capsys.readouterr().out.splitlines()
