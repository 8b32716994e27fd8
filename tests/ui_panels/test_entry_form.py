"""The entry form: every kind, keyboard only, inline validation, repeat last, attachments."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from evtdesk.entries.kinds import KINDS, kind_spec
from evtdesk.ui.forms.entry_form import EntryFormDialog
from evtdesk.ui.forms.field_widgets import parse_time_text

# A valid Swedish personal identity number (Luhn-correct test number, not a real person).
PERSONNUMMER = "19121212-1212"
REQUIRED_TEXT = {
    "title": "EXMINT",
    "item": "K1a",
    "unit": "Karolinska neuroradiologi",
    "contact": "NU-sjukvården, neurointervention",
    "hours": "8",
    "evidence": "Specialistbevis interventionell radiologi",
}


def open_form(qtbot, session, kind: str | None = None, **kw) -> EntryFormDialog:
    dialog = EntryFormDialog(session, kind, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def focused():
    return QApplication.focusWidget()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_stroke_alarm_by_keyboard_alone(qtbot, session) -> None:
    site = session.logbook.records.add_site("Länssjukhuset Ryhov", "Radiologi")
    session.logbook.records.set_setting("default_site_id", site.id)
    dialog = open_form(qtbot, session, "stroke_alarm")
    assert focused() is dialog.date_edit  # the form opens on the date: today, ready to keep
    assert dialog.site_combo.currentData() == site.id  # the default site
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # date -> site
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # site -> case number
        assert focused() is dialog.case_edit
        qtbot.keyClicks(focused(), "SL-101")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> IV thrombolysis given
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> discussed with a stroke physician
        qtbot.keyClick(focused(), Qt.Key.Key_Space)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> NIHSS
        qtbot.keyClicks(focused(), "12")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> decision
        qtbot.keyClicks(focused(), "Thrombol")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> age
        qtbot.keyClicks(focused(), "71")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # -> sex
        qtbot.keyClicks(focused(), "F")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = session.logbook.entries.list()
    assert entry.kind == "stroke_alarm"
    assert entry.date == date.today()
    assert entry.case_number == "SL-101"
    assert entry.site_id == site.id
    assert dict(entry.fields) == {
        "thrombolysis": True,
        "discussed_with_stroke_physician": True,
        "nihss": 12,
        "decision": "thrombolysis_only",
        "age": 71,
        "sex": "female",
    }


def test_escape_cancels_and_saves_nothing(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "stroke_alarm")
    type_into(qtbot, dialog.case_edit, "SL-1")
    dialog._ask = lambda: "discard"  # Esc asks first (test_entry_form_unsaved): Discard
    qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session.logbook.entries.list() == []


@pytest.mark.parametrize("kind", [k.id for k in KINDS])
def test_one_entry_of_each_kind(qtbot, session, kind: str) -> None:
    dialog = open_form(qtbot, session, kind)
    spec = kind_spec(kind)
    if spec.has_role:
        dialog.role_combo.setFocus()
        qtbot.keyClicks(dialog.role_combo, "Sec")  # "Second operator"
        assert dialog.role_combo.currentData() == "second_operator"
    for field in spec.fields:
        if not field.required:
            continue
        editor = dialog._editors[field.name]
        if field.type == "choice":
            editor.combo.setCurrentIndex(1)
        elif field.type == "bool":
            qtbot.mouseClick(editor.box, Qt.MouseButton.LeftButton)
        else:
            type_into(qtbot, editor.widget, REQUIRED_TEXT[field.name])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems_shown() == {}
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = session.logbook.entries.list()
    assert entry.kind == kind
    assert entry == dialog.saved_entry
    if spec.has_role:
        assert entry.role == "second_operator"


def test_role_definition_is_shown_where_the_role_is_chosen(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "evt")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("independent_first_operator"))
    hint = dialog._rows["role"].hint
    assert hint.isVisible()
    assert "responsible neurointerventionist is on site" in hint.text()


def test_missing_role_and_required_fields_are_refused_inline(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "complication_technique")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = dialog.problems_shown()
    assert shown["role"] == "Choose a role."
    assert shown["technique"] == "Required."
    assert dialog.isVisible()
    assert focused() is dialog.role_combo  # the first problem gets the focus
    assert session.logbook.entries.list() == []


def test_future_date_shown_next_to_the_date(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "ct_case")
    tomorrow = date.today() + timedelta(days=1)
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date_edit, tomorrow.strftime("%Y%m%d"))
    assert dialog.date_edit.value() == tomorrow
    assert dialog.problems_shown() == {"date": "Must not be in the future."}  # while typing
    error = dialog.findChild(type(dialog.general_error), "error_date")
    assert error.isVisible()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # Enter tries to save: refused
    assert dialog.isVisible()
    assert session.logbook.entries.list() == []


def test_times_out_of_order_shown_as_the_user_leaves_the_field(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "evt")
    dialog.date_edit.set_value(date.today() - timedelta(days=1))
    times = dialog._editors
    type_into(qtbot, times["arrival"].widget, "08:10")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_into(qtbot, times["imaging"].widget, "0830")
    type_into(qtbot, times["angio_arrival"].widget, "09:05")
    type_into(qtbot, times["puncture"].widget, "08:5")
    assert dialog.problems_shown() == {}  # an unfinished time is not an error yet...
    qtbot.keyClicks(times["puncture"].widget, "0")  # ...08:50 is before the angio lab arrival
    assert dialog.problems_shown() == {
        "puncture": "Is earlier than Arrival in angio lab; times must be in order."
    }
    # Correcting it removes the message at once.
    times["puncture"].widget.setFocus()
    times["puncture"].widget.selectAll()
    qtbot.keyClicks(times["puncture"].widget, "09:20")
    assert dialog.problems_shown() == {}


def test_unreadable_time_is_reported_not_guessed(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "evt")
    type_into(qtbot, dialog._editors["reperfusion"].widget, "25:99")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.problems_shown()["reperfusion"].startswith("Enter a time as HH:MM")


def test_identity_number_in_notes_is_refused_while_typing(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "stroke_alarm")
    type_into(qtbot, dialog.notes_edit, f"Pat {PERSONNUMMER} kom med ambulans")
    assert "personal identity" in dialog.problems_shown()["notes"]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert session.logbook.entries.list() == []


def test_identity_number_in_case_number_is_refused(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "ct_case")
    type_into(qtbot, dialog.case_edit, PERSONNUMMER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "personal identity" in dialog.problems_shown()["case_number"]
    assert session.logbook.entries.list() == []


def test_messages_in_swedish(qtbot, sv_session) -> None:
    dialog = open_form(qtbot, sv_session, "evt")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.problems_shown() == {"role": "Välj en roll."}
    assert dialog._rows["role"].label_text == "Roll"


def test_repeat_last_prefills_all_but_the_case_number(qtbot, session) -> None:
    site = session.logbook.records.add_site("Sahlgrenska", "Neurointervention")
    earlier = date.today() - timedelta(days=3)
    session.logbook.entries.add(
        {
            "kind": "evt",
            "date": earlier.isoformat(),
            "role": "first_operator",
            "case_number": "EVT-7",
            "site_id": site.id,
            "occlusion_site": "m1",
            "technique": "aspiration",
            "mtici": "2c",
            "arrival": f"{earlier}T08:10",
            "puncture": f"{earlier}T09:02",
            "notes": "Svår access",
        }
    )
    dialog = open_form(qtbot, session, "evt")
    assert dialog.role_combo.currentData() == "first_operator"  # role defaults to the last one
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    raw = dialog.raw()
    assert raw["case_number"] == ""
    assert raw["date"] == date.today().isoformat()
    assert raw["occlusion_site"] == "m1"
    assert raw["technique"] == "aspiration"
    assert raw["site_id"] == site.id
    assert raw["notes"] == "Svår access"
    assert (
        not raw.get("arrival") and dialog._editors["puncture"].edit.text() == ""
    )  # times are per case
    assert focused() is dialog.case_edit
    type_into(qtbot, dialog.case_edit, "EVT-8")
    qtbot.keyClick(dialog.case_edit, Qt.Key.Key_Return)
    assert [e.case_number for e in session.logbook.entries.list()] == ["EVT-7", "EVT-8"]


def test_repeat_last_without_an_earlier_entry(qtbot, session) -> None:
    dialog = open_form(qtbot, session, "cme")
    assert dialog.repeat_last() is False
    assert dialog.general_error.isVisible()


def test_attach_a_scanned_certificate(qtbot, session, tmp_path: Path) -> None:
    scan = tmp_path / "intyg.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned certificate\n%%EOF\n")
    not_a_scan = tmp_path / "notes.txt"
    not_a_scan.write_text("hello")
    dialog = open_form(qtbot, session, "certificate")
    assert dialog.attach_file(not_a_scan) is False
    assert "not a PDF, PNG or JPEG" in dialog.general_error.text()
    assert dialog.attach_file(scan) is True
    assert dialog.pending_files == ["intyg.pdf"]
    type_into(qtbot, dialog._editors["title"].widget, "Intyg om genomford kurs")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    saved = dialog.saved_entry
    assert saved is not None
    [attachment] = session.logbook.records.attachments(saved.id)
    assert attachment.filename == "intyg.pdf"
    assert attachment.media_type == "application/pdf"


def test_every_control_has_an_accessible_name(qtbot, session) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    for kind in ("evt", "course", "exam_week_case"):
        dialog = open_form(qtbot, session, kind)
        controls = [
            c
            for t in (QComboBox, QLineEdit, QPlainTextEdit, QAbstractButton)
            for c in dialog.findChildren(t)
        ]
        for control in controls:
            if (
                not control.isVisible()
                or control.parent() is not None
                and isinstance(control.parent(), QAbstractSpinBox | QComboBox)
            ):
                continue
            assert control.accessibleName(), control.objectName() or repr(control)


def test_time_text_parsing() -> None:
    day = date(2026, 3, 14)
    assert parse_time_text("8:05", day) == "2026-03-14T08:05"
    assert parse_time_text("0805", day) == "2026-03-14T08:05"
    assert parse_time_text("+1 00:20", day) == "2026-03-15T00:20"
    assert parse_time_text("2026-03-13 23:50", day) == "2026-03-13T23:50"
    assert parse_time_text("", day) is None
    assert parse_time_text("soon", day) == "soon"


def test_date_text_parsing() -> None:
    from evtdesk.ui.forms.field_widgets import parse_date_text

    today = date(2026, 3, 14)
    assert parse_date_text("2026-03-01", today) == date(2026, 3, 1)
    assert parse_date_text("20260301", today) == date(2026, 3, 1)
    assert parse_date_text("0301", today) == date(2026, 3, 1)
    assert parse_date_text("-1", today) == date(2026, 3, 13)
    assert parse_date_text("2026-02-30", today) is None
