"""Issue 23, the first day: what a new user met in the app, driven as she drives it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from shell_helpers import PASSPHRASE, unlock, wait_tasks

from evtdesk.store import Logbook
from evtdesk.ui import settings

READING_S = 4.5  # a result read for longer than QProgressDialog's own 4 s show timer


def _shown_messages() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _in_the_event_loop(start: Callable[[], None], then: Callable[[QEventLoop], None]) -> None:
    """Run `start` from an event loop, as a menu click runs in the app's (a message box
    opened from a test's plain wait behaves otherwise: its deleteLater comes early), and
    call `then(loop)` every 50 ms until it quits the loop."""
    loop = QEventLoop()

    def poll() -> None:
        then(loop)
        if loop.isRunning():
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, start)
    QTimer.singleShot(50, poll)
    QTimer.singleShot(30_000, loop.quit)  # a hung test fails below, it does not hang
    loop.exec()


def test_ok_on_the_import_result_brings_back_no_progress_dialog(
    qtbot, window, made_logbook, tmp_path, monkeypatch
) -> None:
    """The result read for a while, then OK: QProgressDialog's own show timer (4 s from
    its making) must not bring the closed "Importing…" back over it, stuck at 100 %."""
    csv = tmp_path / "entries.csv"
    csv.write_text("kind;date;thrombolysis\nstroke_alarm;2026-01-02;yes\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv), ""))
    )
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    seen: dict[str, object] = {}

    def read_then_ok(loop: QEventLoop) -> None:
        boxes = _shown_messages()
        if "ok" in seen:
            seen["after"] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
            loop.quit()
        elif boxes and time.monotonic() - seen.setdefault("since", time.monotonic()) > READING_S:
            seen["text"] = boxes[0].text()
            seen["over"] = QApplication.activeModalWidget()
            boxes[0].button(QMessageBox.StandardButton.Ok).click()
            seen["ok"] = True

    _in_the_event_loop(window.act_import.trigger, read_then_ok)
    assert seen.get("text") == "Imported 1 entry."
    assert isinstance(seen["over"], QMessageBox)  # no progress dialog came up over it
    assert seen["after"] == []


def test_enter_in_repeat_passphrase_creates_the_logbook(
    qtbot, window, data_dir, monkeypatch
) -> None:
    """Enter in Repeat creates the logbook, whatever buttons the focus passed on the way
    (Browse… took over as the default once it had had the focus, later Cancel)."""
    browsed: list[str] = []

    def browse(*_args: object, **_kwargs: object) -> tuple[str, str]:
        browsed.append("a file dialog")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(browse))
    dialog = window.new_logbook()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Anna Svensson")
    # Tab field by field as a newcomer reads the form: the file, Browse…, the curriculum
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.passphrase
    qtbot.keyClicks(dialog.passphrase, "Correct horse battery staple 9")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.repeat
    qtbot.keyClicks(dialog.repeat, "Correct horse battery staple 9")
    # on to the buttons to see them, and back (Create, Cancel, and back to Repeat)
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is dialog.repeat
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert browsed == [] and dialog.isVisible()  # neither Browse… nor Cancel
    qtbot.waitUntil(lambda: dialog.recovery_dialog is not None, timeout=10_000)
    assert (
        dialog.created is not None
        and dialog.created.logbook.path == data_dir / "anna-svensson.evtlog"
    )
    dialog.recovery_dialog.reject()
    wait_tasks(qtbot)
    dialog.created.logbook.close(backup=False)


def test_enter_in_the_recovery_dialog_resets_after_a_look_at_cancel(
    qtbot, window, made_logbook
) -> None:
    dialog = window.recover_passphrase(made_logbook)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "ABCD-EFGH-IJKL-MNOP")
    for field in (dialog.passphrase, dialog.repeat):
        field.setFocus()
        qtbot.keyClicks(field, "Correct horse battery staple 9")
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backtab):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is dialog.repeat
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter tried the code; it did not cancel
    wait_tasks(qtbot)
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text().startswith("That recovery code does not open trainee.evtlog")


def _a_bundle(made_logbook: Path, folder: Path) -> Path:
    from evtdesk.exchange import export_bundle

    with Logbook.open(made_logbook, PASSPHRASE) as logbook:
        return export_bundle(logbook, folder / "karin.evtbundle").path


def _choose_in_the_file_dialog(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_a_bundle_opened_as_a_logbook_is_named_before_any_passphrase(
    qtbot, made_logbook, window, tmp_path, monkeypatch
) -> None:
    bundle = _a_bundle(made_logbook, tmp_path)
    _choose_in_the_file_dialog(monkeypatch, bundle)
    window.act_open.trigger()  # File ▸ Open logbook…, "All files" chosen in the dialog
    start = window.start
    assert start is not None and start.message.isVisible()
    text = start.message.text()
    assert "karin.evtbundle is a trainee's bundle, not a logbook" in text
    assert "File ▸ Open bundle…" in text
    assert start.selected_path() == made_logbook  # no passphrase is asked for the bundle
    assert bundle not in window.recent_paths()
    assert str(bundle) not in (window.qsettings.value(settings.QS_RECENT) or [])


def test_a_pdf_opened_as_a_logbook_over_an_unlocked_one_keeps_it_open(
    qtbot, window, made_logbook, tmp_path, monkeypatch
) -> None:
    pdf = tmp_path / "intyg.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    session = window.session
    _choose_in_the_file_dialog(monkeypatch, pdf)
    window.act_open.trigger()
    box = window.file_refusal
    assert box is not None and box.isVisible()
    assert box.text().startswith("intyg.pdf is a PDF document, not an EVTDesk logbook.")
    assert "File ▸ Open logbook…" in box.text()
    assert window.session is session  # nothing was locked for it
    assert pdf not in window.recent_paths()
    box.close()


def test_a_picture_chosen_for_import_is_named_without_excel_advice(
    qtbot, window, made_logbook, tmp_path, monkeypatch
) -> None:
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    _choose_in_the_file_dialog(monkeypatch, picture)
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    wait_tasks(qtbot)
    window.act_import.trigger()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(_shown_messages()))
    [box] = _shown_messages()
    assert box.text().startswith("scan.png is a picture (PNG), not a file of entries.")
    assert "Excel" not in box.text() and "UTF-8" not in box.text()
    box.close()
    assert window.session.logbook.entries.list() == []
