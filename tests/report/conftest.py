"""Reports built once per module from the demo logbook (with one amended and one
retracted EVT), in Swedish and English."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.demo import create_demo
from evtdesk.report import build_report, report_inputs_from_logbook
from evtdesk.store import FAST_TEST_KDF
from tests.report.report_helpers import (
    BUNDLE_ID,
    CREATED,
    FINGERPRINT,
    TODAY,
    Demo,
    amend_and_retract,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.evtlog"
    logbook = create_demo(path, today=TODAY, kdf=FAST_TEST_KDF)
    try:
        amended, passes, retracted, reason = amend_and_retract(logbook)
        inputs = report_inputs_from_logbook(logbook, None, BUNDLE_ID, CREATED, FINGERPRINT, "sv")
        progress = evaluate(load_curriculum(logbook.curriculum_id), logbook.snapshot(), TODAY, "sv")
        evaluated = report_inputs_from_logbook(
            logbook, progress, BUNDLE_ID, CREATED, FINGERPRINT, "sv"
        )
        yield Demo(inputs, amended, passes, retracted, reason, evaluated)
    finally:
        logbook.close(backup=False)


@pytest.fixture(scope="module")
def report_sv(demo: Demo) -> bytes:
    return build_report(demo.inputs)


@pytest.fixture(scope="module")
def report_evaluated(demo: Demo) -> bytes:
    """The report as an export makes it: with the curriculum engine's result."""
    assert demo.evaluated is not None
    return build_report(demo.evaluated)


@pytest.fixture(scope="module")
def report_en(demo: Demo) -> bytes:
    return build_report(replace(demo.inputs, language="en"))
