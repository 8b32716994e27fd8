"""Free texts as long as the logbook accepts (4000 characters, issue 21) in every place
the report puts one in a table cell: the report builds, the cell shows the beginning and
a pointer (T1, T2 …), and the appendix holds each text whole. The same for many lines in
one cell (a failed week's 50 measures) and for the readiness checklist."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from evtdesk.curriculum.progress import MeasureProgress, WeekProgress, YearProgress
from evtdesk.model import Adaptation, Attestation, ExamVerdict, ExamWeek, Measure
from evtdesk.model.approval import YearlyEvaluation
from evtdesk.quality.readiness import record_criterion, site_readiness
from evtdesk.report import build_report
from evtdesk.report.readiness import ReadinessInputs, build_readiness
from tests.report.report_helpers import Demo, pages_text
from tests.report.test_readiness_pdf import ITEMS, SITE

LIMIT = 4000


def long_text(tag: str) -> str:
    """4000 characters of words, ending in a tag only the whole text holds."""
    words = f"{tag} lång text om ett fall som skrivits i efterhand och är mycket utförlig. "
    return (words * (LIMIT // len(words) + 1))[: LIMIT - len(tag) - 5] + f" END{tag}"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def _appendix(text: str) -> str:
    start = text.index("Appendix: hela texter")
    return text[start:]


def test_every_free_text_of_4000_characters_is_cut_in_its_cell_and_whole_in_the_appendix(
    demo: Demo,
) -> None:
    assert demo.evaluated is not None and demo.evaluated.progress is not None
    inputs = demo.evaluated
    snap, progress = inputs.snapshot, inputs.progress
    signed = datetime(2026, 2, 20, 9, 30)
    entries = list(snap.entries)
    evt = next(n for n, e in enumerate(entries) if e.kind == "evt" and not e.retracted)
    entries[evt] = replace(entries[evt], notes=long_text("NOTE"))
    period = replace(snap.periods[0], description=long_text("PERIOD"))
    refusal = Attestation(
        "att-ni3", "NI3", False, long_text("REFUSAL"), "Erik Holm", "key", signed, "0" * 64, 1
    )
    snap = replace(
        snap,
        entries=tuple(entries),
        periods=(period, *snap.periods[1:]),
        attestations=(*snap.attestations, refusal),
    )
    ni3 = replace(
        progress.item("NI3"),
        attestation=refusal,
        adaptations=(Adaptation("NI3", long_text("ADAPT"), decided_by="Erik Holm"),),
        details=(long_text("DETAIL"),),
    )
    measures = tuple(
        Measure(f"Åtgärd {n}: " + "gör mer " * 120, date(2026, 4, 1)) for n in range(50)
    )
    verdict = ExamVerdict(
        1, date(2025, 11, 3), "Sahlgrenska", long_text("REASON"), date(2025, 11, 10), measures
    )
    failed = replace(refusal, id="att-week", subject="EXAM_WEEK", comment="", verdict=verdict)
    week = WeekProgress(ExamWeek(1, date(2025, 11, 3), 1), "Sahlgrenska", True, *([3] * 10), failed)
    year_said = replace(
        refusal,
        id="att-eval",
        subject="EVAL:2025",
        comment=long_text("YEAR"),
        evaluation=YearlyEvaluation(2025, {}, measures[:2]),
    )
    year = YearProgress(2025, (), year_said, True, ("EVT: 12",))
    marked = MeasureProgress(
        "m1",
        "EXAM_WEEK",
        measures[0],
        "Erik Holm",
        date(2025, 11, 10),
        date(2026, 1, 5),
        long_text("MARK"),
    )
    progress = replace(
        progress,
        items=tuple(ni3 if i.id == "NI3" else i for i in progress.items),
        exam_weeks=(week,),
        measures=(marked,),
        years=(year,),
    )
    text = _text(build_report(replace(inputs, snapshot=snap, progress=progress)))

    appendix = _appendix(text)
    pages = text[: text.index("Appendix: hela texter")]
    tags = ("NOTE", "PERIOD", "REFUSAL", "ADAPT", "DETAIL", "REASON", "YEAR", "MARK")
    for tag in tags:
        assert f"{tag} lång text" in pages, f"{tag}: its beginning stays in place"
        assert f"END{tag}" not in pages, f"{tag}: cut in its cell"
        assert f"END{tag}" in appendix, f"{tag}: whole in the appendix"
    refs = re.findall(r"\[hela texten: (T\d+) i appendix\]", pages)
    assert len(refs) >= len(tags) + 1  # the refusal is in the received statements too
    assert "… och ytterligare 45 [hela listan:" in pages, "five of the 50 measures shown"
    assert "Åtgärd 49:" in appendix
    # the year's two measures of 960 characters: each cut, the pair whole in the appendix
    assert pages.count("[hela listan:") >= 2, "a short list of long lines points on too"


def test_readiness_evidence_and_notes_of_4000_characters() -> None:
    recorded = record_criterion(
        {}, "H5", "partly", long_text("EVIDENCE"), long_text("NOTES"), ITEMS
    )
    readiness = site_readiness(SITE, ITEMS, recorded, "sv")
    inputs = ReadinessInputs(readiness, "sv", "Anna Svensson", datetime(2026, 5, 1, 9), "se-evt")
    text = _text(build_readiness(inputs))  # raised LayoutError before issue 21
    appendix = _appendix(text)
    for tag in ("EVIDENCE", "NOTES"):
        assert f"END{tag}" in appendix and f"END{tag}" not in text[: text.index("Appendix")]
