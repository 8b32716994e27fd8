"""The work-periods and training-plan dialog, driven as a trainee uses it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from evtdesk.model import Statement
from evtdesk.ui.panels.plan_dialog import PlanDialog
from tests.signed_helpers import record_signed


def cells(table, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_adding_a_period_lists_it_stores_it_and_names_it_under_ni_time(qtbot, session) -> None:
    session.fixed_today = date(2026, 3, 1)
    site = session.logbook.records.add_site(
        "Sahlgrenska", "Neurointervention", has_neurointervention=True
    )  # NI time counts only at a unit with neurointervention
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert dialog.part_combo.itemText(1) == "NI – Neurointervention part"
    changes = []
    dialog.changed.connect(lambda: changes.append(True))

    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("NI"))
    dialog.start_edit.setDate(QDate(2025, 7, 1))
    qtbot.mouseClick(dialog.ongoing_check, Qt.MouseButton.LeftButton)
    assert dialog.new_end_edit.isEnabled()
    dialog.new_end_edit.setDate(QDate(2025, 12, 31))
    dialog.fraction_spin.setValue(1.0)
    dialog.site_combo.setCurrentIndex(dialog.site_combo.findData(site.id))
    dialog.note_edit.setText("Angio lab")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert dialog.table.rowCount() == 1
    assert cells(dialog.table, 0) == [
        "NI – Neurointervention part",
        "2025-07-01",
        "2025-12-31",
        "1",
        "Sahlgrenska, Neurointervention",
        "Angio lab",
    ]
    [stored] = session.logbook.records.periods()
    assert (
        stored.part,
        stored.start,
        stored.end,
        stored.fraction,
        stored.site_id,
        stored.description,
    ) == ("NI", date(2025, 7, 1), date(2025, 12, 31), 1.0, site.id, "Angio lab")
    assert changes == [True]
    # the unit is only the trainee's tick until its supervisor declares it (issue 20): the
    # period is listed and named, waiting, and counts nothing yet
    ni_time = next(i for i in session.progress().items if i.id == "NI.TIME")
    assert ni_time.conditions[0].done == 0
    [flag] = [f for f in ni_time.flags if f.kind == "period_not_at_site"]
    assert flag.period_ids == (stored.id,) and "not declared by the supervisor" in flag.message


def test_a_refused_period_shows_why_and_keeps_the_form(qtbot, session) -> None:
    session.logbook.records.add_period("PREP", date(2025, 1, 1))
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("PREP"))
    dialog.start_edit.setDate(QDate(2025, 6, 1))
    dialog.note_edit.setText("second post")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)
    assert "overlaps work period 1" in dialog.error.text()
    assert dialog.note_edit.text() == "second post"
    assert len(session.logbook.records.periods()) == 1
    assert dialog.table.rowCount() == 1


def _click_the_year(qtbot, edit) -> None:
    """A click on the year of a date field, where a user puts the mouse to change it."""
    text = edit.lineEdit()
    where = QPoint(text.fontMetrics().horizontalAdvance("20") + 4, text.height() // 2)
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton, pos=where)


def test_a_typed_year_and_a_typed_date_are_the_periods_start(qtbot, session) -> None:
    session.fixed_today = date(2026, 3, 1)
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.part_combo.setCurrentIndex(dialog.part_combo.findData("PREP"))
    _click_the_year(qtbot, dialog.start_edit)  # 2026-03-01: the year clicked and retyped
    qtbot.keyClicks(QApplication.focusWidget(), "2023")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [p.start for p in session.logbook.records.periods()] == [date(2023, 3, 1)]

    qtbot.mouseClick(dialog.ongoing_check, Qt.MouseButton.LeftButton)  # a period that ended
    dialog.start_edit.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the part does
    qtbot.keyClicks(QApplication.focusWidget(), "2022-05-09")  # a date typed whole
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ongoing_check  # Tab went on to the next field
    _click_the_year(qtbot, dialog.new_end_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "2022-11-30")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    periods = sorted((p.start, p.end) for p in session.logbook.records.periods())
    assert periods == [(date(2022, 5, 9), date(2022, 11, 30)), (date(2023, 3, 1), None)]


def test_ending_the_selected_ongoing_period(qtbot, session) -> None:
    session.logbook.records.add_period("PREP", date(2025, 1, 1), date(2025, 3, 31))
    session.logbook.records.add_period("PREP", date(2025, 4, 1))
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.end_button.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.end_button.isEnabled()  # already ended
    dialog.table.selectRow(1)
    assert dialog.end_button.isEnabled()
    dialog.end_edit.setDate(QDate(2025, 9, 30))
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert [p.end for p in session.logbook.records.periods()] == [
        date(2025, 3, 31),
        date(2025, 9, 30),
    ]
    assert cells(dialog.table, 1)[2] == "2025-09-30"


def test_the_plan_shows_mri_choice_and_adaptations_with_who_signed(qtbot, session) -> None:
    records = session.logbook.records
    records.set_mri_primary(True)
    adaptation = Statement("ADAPT:NI2", True, "Cases abroad", {"NI2.independent": 20})
    record_signed(session.logbook, [adaptation], created=datetime(2026, 1, 15, 9, tzinfo=UTC))
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.mri_label.text() == (
        "MRI is the primary modality in your plan: K3c-MR 100. This is your own setting: "
        "it counts until your supervisor signs the MRI rule."
    )
    assert cells(dialog.adaptations_table, 0) == [
        "NI2",
        "Cases abroad (NI2.independent → 20)",
        "Erik Holm",
        "2026-01-15",
    ]
    assert not dialog.no_adaptations.isVisibleTo(dialog)


def test_controls_have_accessible_names(qtbot, session) -> None:
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    for widget in (
        dialog.table,
        dialog.part_combo,
        dialog.start_edit,
        dialog.ongoing_check,
        dialog.new_end_edit,
        dialog.fraction_spin,
        dialog.site_combo,
        dialog.note_edit,
        dialog.add_button,
        dialog.end_edit,
        dialog.end_button,
        dialog.adaptations_table,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_the_dialog_speaks_swedish_with_the_compiled_translation(qtbot, sv_session) -> None:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    qm = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "panels_sv.qm"
    assert translator.load(str(qm))
    sv_session.logbook.records.add_period("PREP", date(2025, 1, 1), None, 0.5)
    dialog = PlanDialog(sv_session)
    qtbot.addWidget(dialog)
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()  # delivers LanguageChange
        assert dialog.windowTitle() == "Arbetsperioder och utbildningsplan"
        assert dialog.add_box.title() == "Lägg till en arbetsperiod"
        assert dialog.ongoing_check.text() == "&Pågående"
        assert cells(dialog.table, 0)[2:4] == ["pågående", "0,5"]
        assert dialog.site_combo.itemText(0) == "(ingen enhet)"
    finally:
        QCoreApplication.removeTranslator(translator)
        QCoreApplication.processEvents()
    assert dialog.windowTitle() == "Work periods and training plan"


def test_a_long_hospital_name_is_shown_whole_on_more_lines(qtbot, session) -> None:
    site = session.logbook.records.add_site(
        "Sahlgrenska universitetssjukhuset", "Neurointervention och angiografi"
    )
    session.logbook.records.add_period("NI", date(2025, 7, 1), None, 1.0, site.id, "Angio lab")
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(820, 720)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = cells(dialog.table, 0)[4]
    assert text == "Sahlgrenska universitetssjukhuset, Neurointervention och angiografi"
    line = dialog.table.fontMetrics().height()
    width = dialog.table.columnWidth(4)
    assert dialog.table.fontMetrics().horizontalAdvance(text) > width  # it must wrap at this width
    assert dialog.table.rowHeight(0) >= 2 * line


def test_a_new_period_starts_from_the_latest_ones_part_and_site(qtbot, session) -> None:
    records = session.logbook.records
    ryhov = records.add_site("Ryhov", "Radiologi")
    sahlgrenska = records.add_site("Sahlgrenska", "Neurointervention")
    records.add_period("PREP", date(2024, 1, 1), date(2024, 12, 31), site_id=ryhov.id)
    records.add_period("NI", date(2025, 1, 1), date(2025, 6, 30), site_id=sahlgrenska.id)
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.part_combo.currentData() == "NI"
    assert dialog.site_combo.currentData() == sahlgrenska.id


def test_a_trainee_proposes_an_adaptation_which_waits_for_a_signature(qtbot, session) -> None:
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    box = dialog.proposals_box
    assert box.empty.isVisibleTo(dialog)
    box.item_combo.setCurrentIndex(box.item_combo.findData("NI2"))
    box.note_edit.setText("Independent cases abroad")
    box.required_edit.setText("NI2.independent=20")
    qtbot.mouseClick(box.propose_button, Qt.MouseButton.LeftButton)
    assert not box.error.isVisibleTo(dialog), box.error.text()
    assert cells(box.table, 0)[:2] == ["NI2", "Independent cases abroad (NI2.independent → 20)"]
    assert cells(box.table, 0)[3] == "Awaiting your supervisor's signature"
    assert session.logbook.records.plan().adaptations == ()  # nothing applies yet
    assert dialog.no_adaptations.isVisibleTo(dialog)

    # a typo in a condition is refused with the store's reason, and the text is kept
    box.note_edit.setText("More")
    box.required_edit.setText("NI2.indep=20")
    qtbot.mouseClick(box.propose_button, Qt.MouseButton.LeftButton)
    assert "NI2 has no condition 'NI2.indep'" in box.error.text()
    assert box.note_edit.text() == "More"

    box.table.selectRow(0)
    assert box.withdraw_button.isEnabled()
    qtbot.mouseClick(box.withdraw_button, Qt.MouseButton.LeftButton)
    assert session.logbook.records.plan().proposals == ()


def test_a_signed_proposal_is_shown_as_signed(qtbot, session) -> None:
    records = session.logbook.records
    records.propose_adaptation("NI.WEEK1", "Done abroad", waived=True)
    record_signed(session.logbook, [Statement("ADAPT:NI.WEEK1", True, "Done abroad", waived=True)])
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    assert cells(dialog.proposals_box.table, 0)[3] == "Signed"
    dialog.proposals_box.table.selectRow(0)
    assert not dialog.proposals_box.withdraw_button.isEnabled()  # it is the supervisor's now
    assert cells(dialog.adaptations_table, 0)[2] == "Erik Holm"
