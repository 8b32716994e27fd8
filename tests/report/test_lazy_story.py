"""The report's story makes its flowables as reportlab takes them, and loses none."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Spacer

from evtdesk.report.pdf import LazyStory


def test_flowables_are_made_only_a_window_ahead_and_all_arrive_in_order() -> None:
    made: list[int] = []

    def more() -> Iterator[Spacer]:
        for n in range(500):
            made.append(n)
            yield Spacer(1, n)

    story = LazyStory([Spacer(1, -1)], more())
    assert len(made) == LazyStory.WINDOW - 1  # not 500
    seen: list[float] = []
    while len(story):
        if len(seen) == 10:  # reportlab keeps a heading with what follows: three as one
            group = story[:3]
            del story[:3]
            story.insert(0, group)
        first = story[0]
        del story[0]
        seen += [f.height for f in first] if isinstance(first, list) else [first.height]
        assert len(made) - len(seen) <= LazyStory.WINDOW
    assert seen == [-1, *range(500)]


def test_a_report_tells_its_progress_in_entries(demo) -> None:
    from evtdesk.report import build_report
    from evtdesk.report.observe import observed

    seen: list[tuple[int, int]] = []
    with observed(lambda done, total: seen.append((done, total))):
        build_report(demo.inputs)
    total = len(demo.inputs.snapshot.entries)
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    told = len(seen)
    build_report(demo.inputs)  # outside the block nobody is told
    assert len(seen) == told


def test_a_cancelled_report_stops_part_way(demo) -> None:
    import threading

    import pytest

    from evtdesk.report import build_report
    from evtdesk.report.observe import ReportCancelled, observed

    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, _total: int) -> None:
        seen.append(done)
        cancel.set()  # the user pressed Cancel once the first table was made

    with pytest.raises(ReportCancelled), observed(progress, cancel):
        build_report(demo.inputs)
    assert len(seen) == 1 and seen[0] < len(demo.inputs.snapshot.entries)
