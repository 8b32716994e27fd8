"""The report, the long part of an export, moves the bar and heeds Cancel: cancelled
while the report is made, the export stops there, writes no bundle and says so."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from evtdesk.report import observe
from evtdesk.ui.exchange.export_dialog import ExportBundleDialog


def test_cancel_while_the_report_is_made_writes_no_bundle(qtbot, people, monkeypatch) -> None:
    real = observe.tick
    ticked, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def held(done: int, total: int) -> None:
        calls.append(done)
        real(done, total)
        if not ticked.is_set():  # hold the export after the report's first table
            ticked.set()
            assert release.wait(10)

    monkeypatch.setattr(observe, "tick", held)
    dialog = ExportBundleDialog(people.trainee)
    qtbot.addWidget(dialog)
    dialog.show()
    target = people.folder / "cancelled.evtbundle"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ticked.is_set, timeout=30_000)
    bar = dialog.findChildren(QProgressDialog)[-1]
    # past the first of the export's five steps: the report's own progress arrived
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() * 5 > bar.maximum())
    bar.canceled.emit()
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.result_label.text(), timeout=30_000)
    assert dialog.result_value is None and not target.exists()
    assert len(calls) == 2  # it stopped at the report's next table, not at its end
    assert dialog.export_button.isEnabled()
