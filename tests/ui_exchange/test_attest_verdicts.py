"""The supervisor's statements with content, signed in his app's attest dialog: a failed
week with what A4 asks, several years evaluated in one attestation (an insufficient one
with its action plan), stopping and resuming the training; and what he reads of a
co-supervisor's verdicts in the next bundle (S4)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from evtdesk.bundle.attestation import MAX_COMMENT
from evtdesk.exchange import export_bundle, identity_info, import_attestation, trust_key
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.training.approval import add_week_case, start_exam_week
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.verdict_banner import VERIFIED
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.tooltips import plain_tooltip
from tests.approval_helpers import ready_for_exam_week

TODAY = date.today()
PASSPHRASE = "a long enough passphrase"


@dataclass
class Pair:
    trainee: LogbookSession
    supervisor: LogbookSession
    folder: Path
    week_id: int


@pytest.fixture
def pair(tmp_path: Path, qtbot: Any, english: None) -> Iterator[Pair]:
    """Karin in her examination week (one treated case), Erik her supervisor."""
    her = Logbook.create(tmp_path / "k.evtlog", PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook
    his = Logbook.create(tmp_path / "e.evtlog", PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF).logbook
    site = ready_for_exam_week(her, his, TODAY, tmp_path)
    start = TODAY - timedelta(days=20)
    week = start_exam_week(her, start, site)
    add_week_case(
        her,
        week.id,
        {"date": start, "decision": "evt", "decision_reason": "M1, NIHSS 12",
         "role": "independent_first_operator", "mtici": "2b", "sich": False},
    )  # fmt: skip
    yield Pair(LogbookSession(her, "en"), LogbookSession(his, "en"), tmp_path, week.id)
    her.close(backup=False)
    his.close(backup=False)


def attest_dialog(qtbot: Any, pair: Pair, reader: LogbookSession | None = None) -> AttestDialog:
    """The reader (by default the supervisor) opens her newest bundle and presses Attest…"""
    bundle = export_bundle(pair.trainee.logbook, pair.folder / "b.evtbundle").path
    view = BundleViewDialog(reader or pair.supervisor, bundle.read_bytes(), str(bundle))
    qtbot.addWidget(view)
    view.show()
    assert view.state == VERIFIED
    qtbot.mouseClick(view.attest_button, Qt.MouseButton.LeftButton)
    dialog = view.attest_dialog
    assert isinstance(dialog, AttestDialog)
    return dialog


def saved_and_imported(pair: Pair, dialog: AttestDialog, name: str) -> None:
    saved = dialog.save(pair.folder / name)
    assert saved is not None, dialog.problem_label.text()
    import_attestation(pair.trainee.logbook, saved.read_bytes())
    pair.trainee.notify_changed()


def refused(pair: Pair, dialog: AttestDialog, name: str) -> str:
    """Saving is refused: nothing is written, and the dialog says why."""
    assert dialog.save(pair.folder / name) is None
    assert not (pair.folder / f"{name}.evtattest").exists()
    return dialog.problem_label.text()


def test_a_failed_week_needs_what_a4_asks_and_carries_it_signed(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    tab = dialog.week_tab
    assert "1 candidate" in tab.summary.text() and "awaiting" in tab.week_box.currentText()
    assert not tab.failing.isEnabled()  # only a failed week asks for more
    tab.choice.setCurrentIndex(tab.FAIL)
    assert tab.failing.isEnabled()
    problems = refused(pair, dialog, "a")
    assert "Say why the examination week is not passed." in problems
    assert "informed the employer" in problems
    assert "at least one measure" in problems

    tab.reason.setText("Passagen dröjde")
    assert not tab.informed.isEnabled()  # a day is said by ticking it, never guessed
    tab.informed_check.setChecked(True)
    assert tab.informed.date() == QDate(TODAY) and tab.informed.maximumDate() == QDate(TODAY)
    tab.informed.setDate(QDate(TODAY - timedelta(days=2)))
    qtbot.mouseClick(tab.measures.add_button, Qt.MouseButton.LeftButton)
    assert refused(pair, dialog, "a") == (
        "Measure 1 says nothing: write what is to be done, or remove it."
    )  # an empty row is named, never dropped
    qtbot.keyClicks(tab.measures.texts[0], "Fem EVT med handledare")
    due = TODAY + timedelta(days=45)
    tab.measures.dues[0].setDate(QDate(due))
    qtbot.mouseClick(tab.measures.add_button, Qt.MouseButton.LeftButton)
    tab.measures.texts[1].setText("Genomgång av fallen")
    tab.measures.table.setCurrentCell(1, 1)
    qtbot.mouseClick(tab.measures.remove_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in tab.measures.measures()] == ["Fem EVT med handledare"]

    saved_and_imported(pair, dialog, "a")
    progress = pair.trainee.progress()
    [week] = progress.exam_weeks
    assert week.state == "failed"
    verdict = week.verdict.verdict
    assert verdict.reason == "Passagen dröjde"
    assert verdict.employer_informed == TODAY - timedelta(days=2)
    [measure] = progress.measures
    assert (measure.source, measure.measure.text, measure.measure.due) == (
        "EXAM_WEEK",
        "Fem EVT med handledare",
        due,
    )


def test_an_identity_number_in_the_reason_is_refused_before_signing(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    tab = dialog.week_tab
    tab.choice.setCurrentIndex(tab.FAIL)
    tab.reason.setText("Patient 19121212-1212 fick sICH")
    tab.informed_check.setChecked(True)
    tab.measures.add_row(TODAY + timedelta(days=30), "Fler fall")
    said = refused(pair, dialog, "pnr")
    assert said.startswith("Examination week: ") and "identity number" in said
    tab.reason.setText("sICH efter onödig passage")
    years = dialog.year_tab
    years.year_box.setCurrentIndex(1)
    years.choice.setCurrentIndex(years.SUFFICIENT)
    years.comment.setText("Se fall 19121212-1212")
    years.year_box.setCurrentIndex(0)  # not the year shown: the message names it
    said = refused(pair, dialog, "pnr")
    assert said.startswith(f"{years.year_box.itemData(1)}: ") and "identity number" in said
    assert pair.trainee.progress().exam_weeks[0].state == "awaiting"


def test_several_years_in_one_attestation_each_keeping_its_choice(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    tab = dialog.year_tab
    years = [tab.year_box.itemData(i) for i in range(tab.year_box.count())]
    assert years == list(range(TODAY.year - 2, TODAY.year + 1))  # the training began 800 days ago
    assert tab.year_box.currentData() == years[0]  # the first year whose evaluation is due
    assert tab.year_box.currentText().endswith("(evaluation due)")
    assert "K2f stroke alarms: +50 (50 / 50)" in tab.summary.text()  # what that year added

    tab.choice.setCurrentIndex(tab.SUFFICIENT)
    tab.comment.setText("Bra start")
    tab.year_box.setCurrentIndex(1)
    assert tab.choice.currentIndex() == 0 and tab.comment.text() == ""  # a year of its own
    tab.choice.setCurrentIndex(tab.INSUFFICIENT)
    assert tab.plan_box.isEnabled()
    problems = refused(pair, dialog, "y")
    assert f"{years[1]}: insufficient progress needs an action plan" in problems
    assert f"{years[1]}: say in the comment why the progress is insufficient." in problems
    tab.comment.setText("För få angiografier")
    tab.plan.add_row(TODAY + timedelta(days=90), "Trettio angiografier till")
    tab.year_box.setCurrentIndex(0)  # back: the first year's choice is still there
    assert tab.choice.currentIndex() == tab.SUFFICIENT and tab.comment.text() == "Bra start"
    assert tab.plan.measures() == []
    assert "2 statements chosen" in dialog.count_label.text()
    assert tab.year_box.itemText(1).endswith("← Insufficient progress")

    saved_and_imported(pair, dialog, "y")
    by_year = {y.year: y for y in pair.trainee.progress().years}
    assert by_year[years[0]].evaluation.approved
    assert by_year[years[0]].evaluation.comment == "Bra start"
    assert not by_year[years[1]].evaluation.approved
    assert by_year[years[1]].evaluation.comment == "För få angiografier"
    assert by_year[years[2]].evaluation is None
    [plan] = [m for m in pair.trainee.progress().measures if m.source == f"EVAL:{years[1]}"]
    assert plan.measure.text == "Trettio angiografier till" and plan.open


def test_stopping_and_resuming_the_training(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    tab = dialog.stop_tab
    assert tab.state.text() == "The training is not stopped."
    assert tab.choice.itemText(1) == "Stop the training"
    tab.choice.setCurrentIndex(1)
    assert refused(pair, dialog, "s") == "Say why the training is stopped."
    tab.comment.setText("Ingen tid avsatt i schemat")
    saved_and_imported(pair, dialog, "s")
    stopped = pair.trainee.progress().stopped
    assert stopped is not None and stopped.comment == "Ingen tid avsatt i schemat"

    again = attest_dialog(qtbot, pair)
    tab = again.stop_tab
    assert "Ingen tid avsatt i schemat" in tab.state.text() and "Erik Holm" in tab.state.text()
    assert tab.choice.itemText(1) == "Resume the training"
    tab.choice.setCurrentIndex(1)
    tab.comment.setText("Schemat ordnat")
    saved_and_imported(pair, again, "r")
    assert pair.trainee.progress().stopped is None


def test_what_was_written_without_a_choice_is_named_not_dropped(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    week, years, stop = dialog.week_tab, dialog.year_tab, dialog.stop_tab
    week.comment.setText("Bra vecka")  # meant to pass it, forgot to choose
    stop.comment.setText("Ingen tid i schemat")  # meant to stop it
    years.year_box.setCurrentIndex(1)
    years.comment.setText("Hann för lite")  # no evaluation chosen for that year
    years.year_box.setCurrentIndex(0)
    years.choice.setCurrentIndex(years.SUFFICIENT)  # the one choice made
    problems = refused(pair, dialog, "half")
    assert "examination week tab but chose no verdict" in problems
    assert "neither to stop nor to resume" in problems
    assert f"{years.year_box.itemData(1)}: you wrote an evaluation but chose none" in problems
    week.comment.clear()
    stop.comment.clear()
    years.year_box.setCurrentIndex(1)
    years.comment.clear()
    assert dialog.save(pair.folder / "half") is not None  # the one year alone, as chosen


def test_measure_rows_are_numbered_as_they_stand_and_due_from_today(qtbot: Any, pair: Pair) -> None:
    editor = attest_dialog(qtbot, pair).week_tab.measures
    for text in ("a", "b", "c"):
        editor.add_row(text=text)
    editor.table.setCurrentCell(0, 1)
    editor.remove_current()
    editor.add_row(text="d")
    assert [t.accessibleName() for t in editor.texts] == [f"Measure {n}" for n in (1, 2, 3)]
    assert [t.text() for t in editor.texts] == ["b", "c", "d"]
    assert editor.dues[0].minimumDate() == QDate(TODAY)


def test_what_a_bundle_says_stays_text(qtbot: Any, pair: Pair) -> None:
    """A trainee's name or a forged statement's text is never markup in the dialogs."""
    dialog = attest_dialog(qtbot, pair)
    intro = dialog.findChildren(QLabel)[0]
    assert intro.textFormat() == Qt.TextFormat.PlainText
    row = dialog.rows["NI1"]
    tip = dialog.table.item(row, 0).toolTip()
    assert tip.startswith("<p") and "&lt;" not in dialog.table.item(row, 0).text()
    assert plain_tooltip('<a href="x">Godkänd</a>') == (
        "<p style='white-space:pre-wrap'>&lt;a href=&quot;x&quot;&gt;Godkänd&lt;/a&gt;</p>"
    )
    assert dialog.week_tab.comment.maxLength() == MAX_COMMENT
    for tab in dialog.verdict_tabs:  # every label's Alt shortcut reaches its field
        assert tab.choice_label.buddy() is tab.choice
        assert tab.comment_label.buddy() is tab.comment
    assert dialog.week_tab.week_label.buddy() is dialog.week_tab.week_box
    assert dialog.week_tab.reason_label.buddy() is dialog.week_tab.reason
    assert dialog.year_tab.year_label.buddy() is dialog.year_tab.year_box
    assert dialog.comments[row].maxLength() == MAX_COMMENT


def test_nothing_chosen_signs_nothing(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    assert not dialog.save_button.isEnabled()
    assert "Tick at least one item" in refused(pair, dialog, "none")
    dialog.week_tab.choice.setCurrentIndex(dialog.week_tab.PASS)
    assert dialog.save_button.isEnabled()
    dialog.week_tab.choice.setCurrentIndex(0)
    assert not dialog.save_button.isEnabled()


def _co_supervisor(pair: Pair) -> LogbookSession:
    """Sara, a co-supervisor both Karin and Erik trust as such."""
    co = Logbook.create(
        pair.folder / "co.evtlog", PASSPHRASE, "Sara Nyberg", kdf=FAST_TEST_KDF
    ).logbook
    her, his = pair.trainee.logbook, pair.supervisor.logbook
    trust_key(co, identity_info(her).public_key_text, "Karin", "trainee")
    for reader in (her, his):
        trust_key(reader, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
    return LogbookSession(co, "en")


def test_the_main_supervisor_sees_a_co_supervisors_verdicts_with_their_standing(
    qtbot: Any, pair: Pair
) -> None:
    co = _co_supervisor(pair)
    try:
        dialog = attest_dialog(qtbot, pair, reader=co)
        week = dialog.week_tab
        week.choice.setCurrentIndex(week.FAIL)
        week.reason.setText("För få fall")
        week.informed_check.setChecked(True)
        week.measures.add_row(TODAY + timedelta(days=30), "Tio fall till")
        years = dialog.year_tab
        years.choice.setCurrentIndex(years.SUFFICIENT)
        saved_and_imported(pair, dialog, "co")
    finally:
        co.logbook.close(backup=False)

    bundle = export_bundle(pair.trainee.logbook, pair.folder / "next.evtbundle").path
    view = BundleViewDialog(pair.supervisor, bundle.read_bytes(), str(bundle))
    qtbot.addWidget(view)
    rows = _rows(view)
    week_row = next(r for r in rows if r[0].startswith("Examination week"))
    start = (TODAY - timedelta(days=20)).isoformat()
    assert week_row[:3] == [f"Examination week {start}", "not passed", "Sara Nyberg"]
    assert week_row[5] == "Trusted (as co-supervisor)"
    assert "För få fall" in week_row[6] and "Tio fall till" in week_row[6]
    assert "a co-supervisor's report: the main supervisor decides this" in week_row[6]
    year_row = next(r for r in rows if r[0].startswith("Yearly evaluation"))
    assert year_row[1] == "sufficient progress" and year_row[5] == "Trusted (as co-supervisor)"
    # shown, with its standing, but the week's verdict and the evaluation are his (A4, S5)
    assert view.view.progress.exam_weeks[0].state == "awaiting"
    assert all(y.evaluation is None for y in view.view.progress.years)


def _rows(view: BundleViewDialog) -> list[list[str]]:
    table = view.statements_table
    assert table is not None
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_dialog_replaces_an_attestation_but_never_a_logbook(qtbot: Any, pair: Pair) -> None:
    """The file dialog asks "replace?", and a yes must not cost a logbook."""
    dialog = attest_dialog(qtbot, pair)
    dialog.week_tab.choice.setCurrentIndex(dialog.week_tab.PASS)
    logbook = pair.trainee.logbook.path
    before = logbook.read_bytes()
    assert dialog.save(logbook) is None
    assert "is a logbook or a backup of one; it was not replaced" in dialog.problem_label.text()
    assert logbook.read_bytes() == before
    first = pair.folder / "answer.evtattest"
    first.write_bytes(b"")  # an empty file is not an attestation either
    assert dialog.save(first) is None and first.read_bytes() == b""
    first.unlink()
    assert dialog.save(first) == first
    again = attest_dialog(qtbot, pair)
    again.week_tab.choice.setCurrentIndex(again.week_tab.PASS)
    old = first.read_bytes()
    assert again.save(first) == first and first.read_bytes() != old  # an attestation is


def test_an_older_bundle_is_signed_about_only_on_purpose_as_on_the_command_line(
    qtbot: Any, pair: Pair
) -> None:
    """One signing rule (issue 21): the dialog refuses a statement about a bundle older
    than one he saw, as `attest` does without --force, until he ticks that he means it."""
    older = export_bundle(pair.trainee.logbook, pair.folder / "old.evtbundle").path
    attest_dialog(qtbot, pair)  # he opens (and so has seen) her newer bundle
    view = BundleViewDialog(pair.supervisor, older.read_bytes(), str(older))
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.attest_button, Qt.MouseButton.LeftButton)
    dialog = view.attest_dialog
    assert isinstance(dialog, AttestDialog) and dialog.older_check.isVisibleTo(dialog)
    dialog.stop_tab.choice.setCurrentIndex(1)
    dialog.stop_tab.comment.setText("Ingen tid avsatt i schemat")
    assert "Not signed" in refused(pair, dialog, "late")
    dialog.older_check.setChecked(True)
    assert dialog.save(pair.folder / "late") is not None
