"""Charts against the real curriculum engine: the cumulative EVT chart shows its target."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from evtdesk.demo import create_demo
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.charts import ChartsPanel, engine_targets
from evtdesk.ui.session import LogbookSession


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Logbook]:
    logbook = create_demo(tmp_path / "demo.evtlog", kdf=FAST_TEST_KDF)
    yield logbook
    logbook.close(backup=False)


def _target_pixels(image: QImage) -> int:
    target = QColor("#b3261e")
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - target.red()) < 40 and c.green() < 90 and c.blue() < 90:
                count += 1
    return count


@pytest.mark.parametrize("language", ["en", "sv"])
def test_targets_come_from_the_real_engine(qtbot, demo, language) -> None:
    session = LogbookSession(demo, language)
    targets = engine_targets(session.progress())
    assert targets["evt"] == 50
    assert targets["evt_independent"] == 25


def test_cumulative_evt_chart_draws_the_target_line(qtbot, demo) -> None:
    session = LogbookSession(demo, "en")
    panel = ChartsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    for key, required in (("evt", 50), ("evt_independent", 25)):
        panel.series_combo.setCurrentIndex(panel.series_combo.findData(key))
        assert panel.chart.target == ("Target", required)
        assert panel.chart.accessibleDescription().endswith(f"/ {required}")
        # a dashed line across the whole plot, far more than the legend's sample
        assert _target_pixels(panel.chart.grab().toImage()) > panel.chart.width() // 8
