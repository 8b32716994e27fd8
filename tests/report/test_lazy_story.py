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
