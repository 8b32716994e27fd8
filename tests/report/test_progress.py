"""The progress pages: each requirement in guidance order with its state in words, the
section it cites, done/required per sub-condition, flags naming the entries concerned,
adaptations and what remains. Built from a hand-made engine result shaped like the
curriculum engine's `Progress` (items with conditions, flags, adaptations, parts)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from evtdesk.model import Adaptation
from evtdesk.report import build_report
from tests.report.report_helpers import Demo, pages_text


@dataclass(frozen=True)
class Condition:
    id: str
    label: str
    done: float
    required: float
    unit: str = ""
    met: bool = False


@dataclass(frozen=True)
class Flag:
    kind: str
    message: str
    entry_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    id: str
    part: str
    title_sv: str
    title_en: str
    section: str
    mandatory: bool
    state: str
    conditions: tuple[Condition, ...] = ()
    flags: tuple[Any, ...] = ()
    adaptations: tuple[Adaptation, ...] = ()
    missing: str = ""
    stale: bool = False


@dataclass(frozen=True)
class Part:
    id: str
    title_sv: str
    title_en: str


@dataclass(frozen=True)
class Progress:
    items: tuple[Item, ...]
    parts: tuple[Part, ...] = field(default_factory=tuple)


def _progress(demo: Demo) -> Progress:
    early = [e.id for e in demo.inputs.snapshot.entries if e.kind == "evt"][:2]
    adaptation = Adaptation("PREP.TIME", "Fokus på klinisk neurologi (G2).", decided_by="Erik Holm")
    return Progress(
        items=(
            Item("PREP.STROKE", "PREP", "Strokelarm", "Stroke alarms", "Q1", True, "met",
                 (Condition("stroke_alarm", "Strokelarm", 64, 50, met=True),)),
            Item("PREP.TIME", "PREP", "Tjänstgöringstid", "Time in post", "G2", True, "attested",
                 (Condition("months", "Tid", 12, 12, "månader", met=True),), adaptations=(adaptation,), stale=True),
            Item("NI.EVT", "NI", "Trombektomi som försteoperatör", "Thrombectomy as first operator", "Q3", True, "open",
                 (Condition("evt_first", "EVT", 27, 50), Condition("evt_independent", "självständig", 13, 25)),
                 flags=(Flag("before_part", "Poster före delens start", tuple(early)),),
                 missing="23 EVT som försteoperatör återstår, varav 12 självständigt."),
            Item("EXAM", "EXAM", "Examinationsvecka", "Examination week", "Q5", False, "locked",
                 missing="Låses upp när NI är uppnådd."),
        ),
        parts=(Part("PREP", "Förberedande del", "Preparatory part"), Part("NI", "Neurointervention", "Neurointervention"),
               Part("EXAM", "Examination", "Examination")),
    )


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def test_requirements_show_state_numbers_flags_and_what_remains(demo: Demo) -> None:
    text = _text(build_report(replace(demo.inputs, progress=_progress(demo))))
    assert text.index("PREP.STROKE") < text.index("NI.EVT") < text.index("EXAM"), "guidance order"
    for word in ("Uppnått", "Intygat", "Återstår", "Låst", "obligatoriskt", "rekommenderat", "avsnitt Q3"):
        assert word in text
    assert "EVT: 27 / 50" in text and "självständig: 13 / 25" in text
    assert "Poster före delens start" in text
    first = next(e for e in demo.inputs.snapshot.entries if e.kind == "evt")
    assert f"{first.date.isoformat()} Trombektomi (EVT) {first.case_number}" in text, "flagged entries are named"
    assert "Fokus på klinisk neurologi (G2)." in text and "Erik Holm" in text
    assert "Intyget gäller inte längre" in text, "a stale attestation is flagged"
    assert "23 EVT som försteoperatör återstår" in text


def test_summary_takes_the_engines_numbers(demo: Demo) -> None:
    text = _text(build_report(replace(demo.inputs, progress=_progress(demo))))
    summary = text[text.index("Översikt") :]
    assert "Strokelarm 64 / 50" in summary
    assert "Trombektomier (EVT) som försteoperatör 27 / 50" in summary
    assert "EVT som självständig försteoperatör 13 / 25" in summary


def test_english_progress(demo: Demo) -> None:
    text = _text(build_report(replace(demo.inputs, progress=_progress(demo), language="en")))
    for word in ("Progress per requirement", "Met", "Attested", "Open", "Locked", "Thrombectomy as first operator"):
        assert word in text


def test_without_a_curriculum_the_report_says_so(report_sv: bytes) -> None:
    assert "Måluppfyllelsen kunde inte beräknas" in _text(report_sv)
