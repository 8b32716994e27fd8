"""Nothing typed into the entry form is lost by closing it (issue 21): Esc, Cancel and the
close button ask Save / Discard / Keep editing when the form holds unsaved input; an
unchanged form closes at once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from evtdesk.ui.forms.entry_form import EntryFormDialog


class Asked:
    """Stands in for the question: records each time it is asked, answers `answer`."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return self.answer


def open_form(qtbot, session, kind: str | None = "stroke_alarm", answer="keep", **kw):
    form = EntryFormDialog(session, kind, **kw)
    qtbot.addWidget(form)
    form._ask = Asked(answer)  # the question, without a modal loop
    with qtbot.waitExposed(form):
        form.show()
    return form


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def press_escape(qtbot, form) -> None:
    qtbot.keyClick(form.case_edit, Qt.Key.Key_Escape)


def close_button(form) -> bool:
    """As the window's close button does: the window system's close request arrives at
    the form's window (the form sees a spontaneous close event), not `close()` called
    by the program. True when the form closed."""
    request = QCloseEvent()
    QApplication.sendEvent(form.windowHandle(), request)
    return request.isAccepted()


def test_an_unchanged_form_closes_at_once(qtbot, session) -> None:
    for close in (
        lambda f: press_escape(qtbot, f),
        lambda f: qtbot.mouseClick(f.cancel_button, Qt.MouseButton.LeftButton),
        close_button,
    ):
        form = open_form(qtbot, session)
        close(form)
        assert form._ask.count == 0
        assert not form.isVisible()
        assert form.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("how", ["escape", "cancel", "close button"])
def test_unsaved_input_asks_and_keep_editing_keeps_it(qtbot, session, how) -> None:
    form = open_form(qtbot, session, answer="keep")
    type_into(qtbot, form.case_edit, "SL-1")
    type_into(qtbot, form.notes_edit, "Wake-up stroke")
    if how == "escape":
        press_escape(qtbot, form)
    elif how == "cancel":
        qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    else:
        assert close_button(form) is False
    assert form._ask.count == 1
    assert form.isVisible()
    assert form.case_edit.text() == "SL-1"
    assert form.notes_edit.toPlainText() == "Wake-up stroke"
    assert session.logbook.entries.list() == []


@pytest.mark.parametrize("how", ["escape", "cancel", "close button"])
def test_discard_closes_without_saving(qtbot, session, how) -> None:
    form = open_form(qtbot, session, answer="discard")
    type_into(qtbot, form.case_edit, "SL-2")
    if how == "escape":
        press_escape(qtbot, form)
    elif how == "cancel":
        qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    else:
        assert close_button(form) is True
    assert form._ask.count == 1
    assert not form.isVisible()
    assert form.result() == QDialog.DialogCode.Rejected
    assert session.logbook.entries.list() == []


@pytest.mark.parametrize("how", ["escape", "close button"])
def test_save_saves_and_closes(qtbot, session, how) -> None:
    form = open_form(qtbot, session, answer="save")
    type_into(qtbot, form.case_edit, "SL-3")
    with qtbot.waitSignal(session.changed):
        if how == "escape":
            press_escape(qtbot, form)
        else:
            close_button(form)
    assert form._ask.count == 1
    assert not form.isVisible()
    assert form.result() == QDialog.DialogCode.Accepted
    [entry] = session.logbook.entries.list()
    assert entry.case_number == "SL-3" and entry == form.saved_entry


def test_save_refused_keeps_the_form_open_with_its_problems(qtbot, session) -> None:
    form = open_form(qtbot, session, "complication_technique", answer="save")
    type_into(qtbot, form.notes_edit, "Half a note")
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert form._ask.count == 1
    assert form.isVisible()  # the usual validation: a role and the technique are missing
    assert form.problems_shown()["role"] == "Choose a role."
    assert form.notes_edit.toPlainText() == "Half a note"
    assert session.logbook.entries.list() == []
    assert close_button(form) is False  # and the close button asks again, and is refused
    assert form._ask.count == 2 and form.isVisible()


def test_what_counts_as_unsaved(qtbot, session, tmp_path: Path) -> None:
    form = open_form(qtbot, session)
    assert not form.has_unsaved_input()
    type_into(qtbot, form.case_edit, "X")
    assert form.has_unsaved_input()
    qtbot.keyClick(form.case_edit, Qt.Key.Key_Backspace)  # back as it was opened
    assert not form.has_unsaved_input()
    form._editors["thrombolysis"].box.setChecked(True)
    assert form.has_unsaved_input()
    form._editors["thrombolysis"].box.setChecked(False)
    form.date_edit.set_value(date.today() - timedelta(days=1))
    assert form.has_unsaved_input()
    form.date_edit.set_value(session.today())
    assert not form.has_unsaved_input()

    form.kind_combo.setCurrentIndex(form.kind_combo.findData("ct_case"))  # another kind
    assert form.has_unsaved_input()
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("stroke_alarm"))
    assert not form.has_unsaved_input()

    scan = tmp_path / "intyg.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert form.attach_file(scan)  # a file waiting to be attached is input too
    assert form.has_unsaved_input()


def test_switching_language_is_no_change(qtbot, session) -> None:
    form = open_form(qtbot, session, "evt")
    session.set_language("sv")
    assert form.language_shown == "sv"
    assert not form.has_unsaved_input()
    press_escape(qtbot, form)
    assert form._ask.count == 0 and not form.isVisible()


def test_an_amendment_asks_once_anything_differs(qtbot, session) -> None:
    entry = session.logbook.entries.add(
        {
            "kind": "stroke_alarm",
            "date": date.today().isoformat(),
            "case_number": "SL-9",
            "thrombolysis": False,
            "discussed_with_stroke_physician": True,
        }
    )
    form = open_form(qtbot, session, entry=entry)
    assert not form.has_unsaved_input()  # opened with the entry's values: nothing to lose
    type_into(qtbot, form.reason_edit, "Wrong case number")
    assert form.has_unsaved_input()
    qtbot.keyClick(form.reason_edit, Qt.Key.Key_Escape)
    assert form._ask.count == 1 and form.isVisible()


def test_closed_by_the_program_it_does_not_ask(qtbot, session) -> None:
    form = open_form(qtbot, session)
    type_into(qtbot, form.case_edit, "SL-4")
    form.close()  # not the close button: the program (shutting down, a test's teardown)
    assert form._ask.count == 0 and not form.isVisible()
    form = open_form(qtbot, session)
    type_into(qtbot, form.case_edit, "SL-5")
    form.hide()  # as locking hides the forms it holds; a hidden form is never asked about
    form.reject()
    assert form._ask.count == 0


def _answer_when_asked(qtbot, button_text: str, seen: dict) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        box.grab().save(str(seen["shot"]))
        for button in box.buttons():
            if button.text() == button_text:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_the_question_itself(qtbot, session, tmp_path: Path) -> None:
    form = EntryFormDialog(session, "stroke_alarm")
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    type_into(qtbot, form.case_edit, "SL-6")
    seen: dict = {"shot": tmp_path / "question.png"}
    _answer_when_asked(qtbot, "&Keep editing", seen)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert seen["text"] == "Save what you typed before closing the form?"
    assert seen["buttons"] == ["&Save", "&Discard", "&Keep editing"] or sorted(
        seen["buttons"]
    ) == sorted(["&Save", "&Discard", "&Keep editing"])
    assert seen["default"] == "&Save" and seen["escape"] == "&Keep editing"
    assert form.isVisible() and form.case_edit.text() == "SL-6"
    assert seen["shot"].stat().st_size > 0

    _answer_when_asked(qtbot, "&Discard", seen)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert session.logbook.entries.list() == []
