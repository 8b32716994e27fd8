"""The certificate's and the notice's pages, and the identity-number screen over every
text they print: what the documents hold, whatever the bundle behind them."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from datetime import date, datetime
from typing import Any

import pytest

from evtdesk.exchange.documents import DocumentRefused, screened
from evtdesk.model import Measure
from evtdesk.report.certificate import (
    G3_SOURCE_SV,
    G3_TRANSLATION_EN,
    CertificateInputs,
    PartApproval,
    build_certificate,
)
from evtdesk.report.document_parts import Basis, Person, WeekRecord
from evtdesk.report.notice import A4_SOURCE_SV, NoticeInputs, StopRecord, build_notice
from tests.report.report_helpers import pages_text

KARIN = Person("Karin Lund", "AB12 " * 15 + "CD34")
ERIK = Person("Erik Holm", "9F00 " * 15 + "1234")
BASIS = Basis(
    "b-1234", 7, datetime(2026, 5, 2, 8), "ab" * 32, "EVT interventionist training (se-evt 2024.7)",
    datetime(2026, 5, 4, 9), "cd" * 32,
)  # fmt: skip
FAILED = WeekRecord(
    date(2026, 3, 2), date(2026, 3, 8), "Sahlgrenska, Neurointervention", 4, 3, 2, False,
    date(2026, 3, 10), "Erik Holm", "Beslut dröjde", date(2026, 3, 11),
    (Measure("Tio EVT till som försteoperatör", date(2026, 4, 30)),),
)  # fmt: skip
PASSED = WeekRecord(
    date(2026, 4, 20), date(2026, 4, 26), "Sahlgrenska, Neurointervention", 5, 4, 4, True,
    date(2026, 4, 28), "Erik Holm",
)  # fmt: skip
PARTS = (
    PartApproval("PREP", "Preparatory part", date(2025, 1, 10), "Erik Holm"),
    PartApproval("NI", "Neurointervention part", date(2026, 2, 1), "Erik Holm"),
    PartApproval("A", "Approval", date(2026, 5, 4), "Erik Holm"),
)
IDENTITY_NUMBER = "Pat 811218-9876"


def certificate(language: str = "en") -> CertificateInputs:
    return CertificateInputs(
        language, KARIN, ERIK, date(2026, 5, 4), date(2027, 5, 3), PARTS, (FAILED, PASSED), BASIS
    )


def notice(language: str = "en") -> NoticeInputs:
    stop = StopRecord(date(2026, 3, 20), "Erik Holm", "Ingen tid avsatt")
    return NoticeInputs(language, KARIN, ERIK, (FAILED, PASSED), stop, BASIS)


def text(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def test_the_certificate_says_who_what_when_and_the_scope_limit() -> None:
    said = text(build_certificate(certificate()))
    assert "Karin Lund" in said and "Erik Holm" in said
    assert "AB12 AB12" in said and "9F00 9F00" in said  # the fingerprints, grouped
    assert "Preparatory part 2025-01-10" in said and "Approval 2026-05-04" in said
    assert "Failed on 2026-03-10 by Erik Holm" in said
    assert "Passed on 2026-04-28 by Erik Holm" in said
    assert "2026-05-04, and runs to 2027-05-03" in said
    assert G3_TRANSLATION_EN in said and G3_SOURCE_SV in said
    assert "b-1234" in said and "cd" * 32 in said
    assert "Page 1 of 1" in said


def test_the_swedish_certificate_quotes_the_guidance_alone() -> None:
    said = text(build_certificate(certificate("sv")))
    assert "Intyg om genomförd utbildning" in said and G3_SOURCE_SV in said
    assert G3_TRANSLATION_EN not in said and "Sida 1 av 1" in said


def test_the_same_inputs_give_the_same_bytes() -> None:
    assert build_certificate(certificate()) == build_certificate(certificate())
    assert build_notice(notice()) == build_notice(notice())


def test_the_notice_gives_the_failed_week_and_the_stop() -> None:
    said = text(build_notice(notice()))
    assert "Failed examination week 2026-03-02 – 2026-03-08" in said
    assert "Reason: Beslut dröjde" in said
    assert "2026-04-30: Tio EVT till som försteoperatör" in said
    assert "Employer informed, as the verdict records: 2026-03-11" in said
    assert "Stopped on 2026-03-20 by Erik Holm" in said and "Ingen tid avsatt" in said
    assert A4_SOURCE_SV in said and "H3" in said
    assert "Failed examination week 2026-04-20" not in said  # the passed week is context


def _texts_replaced(value: Any) -> list[Any]:
    """`value` once per text field in it (nested dataclasses, tuples of them, measures),
    with that one text replaced by an identity number."""
    found = []
    for field in fields(value):
        inner = getattr(value, field.name)
        if isinstance(inner, str) and field.name not in ("language", "fingerprint"):
            if field.name in ("manifest_sha256", "ca_sha256", "curriculum"):
                continue  # written by EVTDesk, never free text
            found.append(replace(value, **{field.name: IDENTITY_NUMBER}))
        elif is_dataclass(inner) and not isinstance(inner, type):
            found += [replace(value, **{field.name: v}) for v in _texts_replaced(inner)]
        elif isinstance(inner, tuple):
            for n, item in enumerate(inner):
                if is_dataclass(item) and not isinstance(item, type):
                    for changed in _texts_replaced(item):
                        items = inner[:n] + (changed,) + inner[n + 1 :]
                        found.append(replace(value, **{field.name: items}))
    return found


@pytest.mark.parametrize("inputs", [certificate(), notice()], ids=["certificate", "notice"])
def test_every_text_a_document_prints_passes_the_identity_number_screen(inputs: Any) -> None:
    screened(inputs.texts(), "certificate", "en")  # the clean inputs pass
    changed = _texts_replaced(inputs)
    assert len(changed) >= 8
    for variant in changed:
        with pytest.raises(DocumentRefused, match="personal identity"):
            screened(variant.texts(), "certificate", "en")
