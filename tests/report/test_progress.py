"""The progress pages: each requirement in guidance order with its state in words, the
section it cites, done/required per sub-condition, flags naming the entries concerned,
adaptations and what remains — all from the real curriculum engine on the demo logbook."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import Attestation, Entry
from evtdesk.report import build_report
from evtdesk.report.inputs import ReportInputs
from evtdesk.signing.fingerprint import short_fingerprint
from evtdesk.signing.identity import new_identity
from evtdesk.signing.minisign import parse_public_key, public_key_line, public_of
from tests.report.conftest import TODAY
from tests.report.report_helpers import Demo, pages_text


def _with_progress(demo: Demo, language: str = "sv") -> tuple[ReportInputs, Entry]:
    """The demo plus an EVT dated before the part opened and a stale attestation of NI1."""
    snapshot = demo.inputs.snapshot
    prep = next(a for a in snapshot.attestations if a.subject == "PREP")
    early = Entry(
        "early-evt",
        "evt",
        prep.signed_at.date() - timedelta(days=20),
        "first_operator",
        "EVT-000",
        "",
        {},
        created_seq=2,
        changed_seq=2,
    )
    angio = next(
        e for e in snapshot.entries if e.kind == "angiography" and e.role == "first_operator"
    )
    amended = replace(angio, revision=2, changed_seq=10**6)
    stale = Attestation(
        "att-ni1",
        "NI1",
        True,
        "Bra",
        "Erik Holm",
        "key",
        datetime.combine(TODAY, datetime.min.time()),  # signed by the day evaluated
        "0" * 64,
        amended.created_seq,
    )
    entries = tuple(amended if e.id == angio.id else e for e in snapshot.entries) + (early,)
    snapshot = replace(snapshot, entries=entries, attestations=snapshot.attestations + (stale,))
    progress = evaluate(load_curriculum("se-evt"), snapshot, TODAY, language)
    return replace(demo.inputs, snapshot=snapshot, progress=progress, language=language), early


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def test_requirements_show_state_numbers_flags_and_what_remains(demo: Demo) -> None:
    inputs, early = _with_progress(demo)
    text = _text(build_report(inputs))
    text = text[text.index("Måluppfyllelse per delmål") :]  # past the cover's summary
    assert text.index("PREP.TIME") < text.index("NI2") < text.index("A3"), "guidance order"
    for word in ("Uppnått", "Intygat", "Återstår", "Låst", "obligatoriskt", "rekommenderat"):
        assert word in text
    total, independent = (c.done for c in inputs.progress.item("NI2").conditions)
    assert (
        f"EVT: {total:g} / 50" in text
        and f"som självständig försteoperatör: {independent:g} / 25" in text
    )
    assert "Registreringar daterade före" in text
    assert f"{early.date.isoformat()} Trombektomi (EVT) EVT-000" in text, (
        "flagged entries are named"
    )
    assert "Interventionell radiolog" in text and "Erik Holm" in text, (
        "the plan's adaptation is shown"
    )
    assert "Intyget gäller inte längre" in text, "a stale attestation is flagged"
    assert f"ytterligare {50 - total:g} EVT" in text


def test_summary_takes_the_engines_numbers(demo: Demo) -> None:
    inputs, _ = _with_progress(demo)
    text = _text(build_report(inputs))
    summary = text[text.index("Översikt") :]
    ni2 = inputs.progress.item("NI2").conditions
    assert f"NI2 · EVT {ni2[0].done:g} / 50" in summary
    assert f"NI2 · som självständig försteoperatör {ni2[1].done:g} / 25" in summary
    assert "K2f · strokelarm 64 / 50" in summary


def test_english_progress(demo: Demo) -> None:
    inputs, _ = _with_progress(demo, "en")
    text = _text(build_report(inputs))
    for word in (
        "Progress per requirement",
        "Met",
        "Attested",
        "Open",
        "Locked",
        "Thrombectomies (EVT)",
    ):
        assert word in text


def test_without_a_curriculum_the_report_says_so(report_sv: bytes) -> None:
    assert "Måluppfyllelsen kunde inte beräknas" in _text(report_sv)


def test_a_refused_statement_reads_as_not_approved_with_the_supervisors_comment(demo: Demo) -> None:
    """The supervisor said no: the progress page must not leave that out."""
    snapshot = demo.inputs.snapshot
    signed = datetime(2026, 2, 20, 9, 30)
    refusal = Attestation(
        "att-ni3",
        "NI3",
        False,
        "Fler fall med coiling behövs",
        "Erik Holm",
        "key",
        signed,
        "0" * 64,
        snapshot.chain_seq,
    )
    snapshot = replace(snapshot, attestations=snapshot.attestations + (refusal,))
    for language, said in (
        ("sv", "Ej godkänt av handledaren (Erik Holm, 2026-02-20): Fler fall med coiling behövs"),
        (
            "en",
            "Not approved by the supervisor (Erik Holm, 2026-02-20): Fler fall med coiling behövs",
        ),
    ):
        progress = evaluate(load_curriculum("se-evt"), snapshot, TODAY, language)
        shown = progress.item("NI3").attestation
        assert shown is not None and shown.id == refusal.id and not shown.approved
        inputs = replace(demo.inputs, snapshot=snapshot, progress=progress, language=language)
        text = _text(build_report(inputs))
        pages = text[: text.index("Poster per typ" if language == "sv" else "Entries by kind")]
        ni3 = pages[pages.index("NI3") : pages.index("NI4")]
        assert said in ni3
        assert ni3.count("Fler fall med coiling behövs") == 1, (
            "said once, even if the engine's sentence says it too"
        )
        assert ("Ej godkänt" if language == "sv" else "Not approved") in ni3.split(said)[0], (
            "in the state cell too"
        )


def test_what_remains_is_said_once(demo: Demo) -> None:
    for language, doubled, lead in (
        ("sv", ("Kvar att uppfylla", "Återstår: Återstår"), "Återstår: ytterligare"),
        ("en", ("Still to do", "Still needed: Still needed"), "Still needed:"),
    ):
        inputs, _ = _with_progress(demo, language)
        text = _text(build_report(inputs))
        assert lead in text
        for phrase in doubled:
            assert phrase not in text


def test_the_first_parts_requirements_follow_the_summary_on_its_page(demo: Demo) -> None:
    """No half-empty page: the part tables may split across pages, so they start at once."""
    inputs, _ = _with_progress(demo)
    pages = pages_text(build_report(inputs))
    summary_page = next(p for p in pages if "Översikt" in p)
    first_part = inputs.progress.parts[0]
    assert f"{first_part.id} – {first_part.title_sv}" in summary_page
    assert inputs.progress.items[0].id in summary_page.split("Översikt")[1]


def test_the_received_statements_list_a_refusal_as_not_approved(demo: Demo) -> None:
    """The list of attestations received, after the progress pages, is what a reader of
    the paper scans: a refusal there must read as a refusal, with the signer's key."""
    snapshot = demo.inputs.snapshot
    refusal = Attestation(
        "att-ni3",
        "NI3",
        False,
        "Fler fall med coiling behövs",
        "Erik Holm",
        public_key_line(public_of(new_identity())),
        datetime(2026, 2, 20, 9, 30),
        "0" * 64,
        snapshot.chain_seq,
    )
    snapshot = replace(snapshot, attestations=snapshot.attestations + (refusal,))
    for language, heading, refused, approved in (
        ("sv", "Mottagna intyg", "Ej godkänt", "Godkänt"),
        ("en", "Attestations received", "Not approved", "Approved"),
    ):
        progress = evaluate(load_curriculum("se-evt"), snapshot, TODAY, language)
        inputs = replace(demo.inputs, snapshot=snapshot, progress=progress, language=language)
        pages = pages_text(build_report(inputs))
        start = next(n for n, page in enumerate(pages) if heading in page and "NI3" in page)
        lines = [line for page in pages[start:] for line in page.splitlines()]
        # the decision cell may wrap ("Not / approved"): its first word is on the row's line
        ni3 = next(line for line in lines if line.lstrip().startswith("NI3")).split()
        assert refused.split()[0] in ni3 and approved not in ni3, ni3
        k1a = next(line for line in lines if line.lstrip().startswith("K1a")).split()
        assert approved in k1a and refused.split()[0] not in k1a, k1a
        listed = " ".join(lines)
        assert "Fler fall med coiling behövs" in listed
        # the signing key's fingerprint, its first groups on the name's line (the cell wraps)
        groups = short_fingerprint(parse_public_key(refusal.supervisor_key).public).split()
        word = "nyckel" if language == "sv" else "key"
        assert f"{word} {groups[0]} {groups[1]}" in " ".join(listed.split())
