"""A flag about a backlog of entries (issue 21): a trainee who recorded 1 500 EVT before
her first microcatheterisation gets an order flag naming all of them. The report must
still build, name the first few in the progress pages with the count of the rest, and
list every one in an appendix table that runs over as many pages as it needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from evtdesk.curriculum import evaluate, load_curriculum
from evtdesk.model import Entry
from evtdesk.report import build_report
from evtdesk.report.inputs import ReportInputs
from tests.report.conftest import TODAY
from tests.report.report_helpers import Demo, pages_text

BACKLOG = 1500
SHOWN_ENTRIES = 10  # a flag names its first ten entries in the progress pages


def _backlog(demo: Demo, language: str, backlog: int = BACKLOG) -> ReportInputs:
    """The demo with `backlog` EVT as first operator dated before any of its angiographies,
    evaluated by the real engine (the order flag of NI1 names them all)."""
    snapshot = demo.inputs.snapshot
    first = min(e.date for e in snapshot.entries)
    early = tuple(
        Entry(
            f"backlog-{n:04d}",
            "evt",
            first - timedelta(days=backlog + 30 - n),
            "first_operator",
            f"B-{n:04d}",
            "",
            {},
            created_seq=snapshot.chain_seq + n,
            changed_seq=snapshot.chain_seq + n,
        )
        for n in range(1, backlog + 1)
    )
    snapshot = replace(snapshot, entries=snapshot.entries + early)
    progress = evaluate(load_curriculum("se-evt"), snapshot, TODAY, language)
    return replace(demo.inputs, snapshot=snapshot, progress=progress, language=language)


@pytest.mark.parametrize(
    ("language", "backlog", "more", "appendix"),
    [
        (
            "sv",
            BACKLOG,
            "och ytterligare {n}, alla listade i appendix",
            "Appendix: poster som flaggorna",
        ),
        ("en", 300, "and {n} more, all listed in the appendix", "Appendix: entries the flags name"),
    ],
)
def test_a_flag_about_1500_entries_names_the_first_and_lists_all_in_the_appendix(
    demo: Demo, language: str, backlog: int, more: str, appendix: str
) -> None:
    """(English with a shorter backlog: the same layout, its words.)"""
    inputs = _backlog(demo, language, backlog)
    ni1 = inputs.progress.item("NI1")
    order = next(f for f in ni1.flags if f.kind == "order")
    assert len(order.entry_ids) >= backlog, "the engine flags the whole backlog"

    pages = pages_text(build_report(inputs))  # raised LayoutError before issue 21

    text = " ".join(" ".join(pages).split())
    progress_pages = text[: text.index(appendix)]
    rest = len(order.entry_ids) - SHOWN_ENTRIES
    grouped = f"{rest:,}".replace(",", " " if language == "sv" else ",")  # "1 490", "1,490"
    assert more.format(n=grouped) in progress_pages
    named = [f"B-{n:04d}" for n in range(1, backlog + 1)]
    tables = "Poster per typ" if language == "sv" else "Entries by kind"
    shown = [case for case in named if case in progress_pages.split(tables)[0]]
    assert shown[:SHOWN_ENTRIES] == named[:SHOWN_ENTRIES]
    start = next(n for n, page in enumerate(pages) if appendix in " ".join(page.split()))
    listed = " ".join(" ".join(pages[start:]).split())
    assert all(case in listed for case in named), "the appendix lists every entry"
    appendix_pages = pages[start:]
    assert len(appendix_pages) >= backlog // 60, "the appendix table runs over pages"
    head = "Datum" if language == "sv" else "Date"
    assert all(head in page for page in appendix_pages), "its header repeats on every page"
