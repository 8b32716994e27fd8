"""One vocabulary for states (issue 16): the navigator's cards, the PDF report and
`evtdesk progress` name an item's state, and a recommended item, with the same words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evtdesk.cli.progress_command import item_lines
from evtdesk.curriculum.vocabulary import kind_word, word
from evtdesk.report import build_report
from tests.report.report_helpers import Demo, pages_text

pytest.importorskip("PySide6")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_app_the_report_and_the_command_line_say_the_same_words(
    demo: Demo, language: str, qtbot
) -> None:
    from evtdesk.ui.panels.item_card import ItemCard

    inputs = replace(demo.evaluated, language=language)
    progress = inputs.progress
    assert progress is not None
    text = " ".join(" ".join(pages_text(build_report(inputs))).split())
    seen = set()
    for item in progress.items:
        said = word(item.state, language)
        card = ItemCard(item, language)
        qtbot.addWidget(card)
        assert card.state_label.text().removeprefix("✓ ") == word(item.state, language, True)
        assert f" {said} " in item_lines(item, language)[0] + " "
        if not item.mandatory:
            assert f"({kind_word(False, language)})" in card.title_label.text()
        seen.add(item.state)
    assert {"open", "locked"} <= seen
    for state in seen:
        assert word(state, language, capital=True) in text
    assert kind_word(False, language) in text
