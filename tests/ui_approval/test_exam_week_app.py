"""From the last certificate to an approved training in the app: the trainee starts the
week and types its cases with the keyboard alone, the supervisor fails it in his app's
attest dialog (reason, employer informed, a measure), she marks the measure done, a
second week passes, every year is evaluated and the approval attested; the navigator,
the dialogs and the report's PDF say so."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow

from evtdesk.exchange import export_bundle
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import i18n
from evtdesk.ui.approval import install_approval_actions
from evtdesk.ui.approval.exam_week_dialog import ExamWeekDialog
from evtdesk.ui.approval.site_dialog import SiteDialog
from evtdesk.ui.approval.supervision_dialog import SupervisionDialog
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.bundle_view import BundleViewDialog
from evtdesk.ui.exchange.import_attestation import import_file
from evtdesk.ui.exchange.verdict_banner import VERIFIED
from evtdesk.ui.panels.navigator import NavigatorPanel
from evtdesk.ui.session import LogbookSession
from tests.approval_helpers import ready_for_exam_week
from tests.report.report_helpers import pages_text

TODAY = date.today()
PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Logbook, Logbook, int]]:
    trainee = Logbook.create(tmp_path / "k.evtlog", PASSPHRASE, "Karin", kdf=FAST_TEST_KDF)
    his = Logbook.create(tmp_path / "e.evtlog", PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF)
    site = ready_for_exam_week(trainee.logbook, his.logbook, TODAY, tmp_path)
    yield trainee.logbook, his.logbook, site
    trainee.logbook.close(backup=False)
    his.logbook.close(backup=False)


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The English translation, so plural forms read as a user reads them."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def window(pair: Any, qtbot: Any, english: None) -> QMainWindow:
    win = QMainWindow()
    win.session = LogbookSession(pair[0], "en", win)  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    install_approval_actions(win)
    return win


def type_case(qtbot: Any, dialog: ExamWeekDialog, day: date, keys: list[str]) -> None:
    """One case with the keyboard from the decision on (the day is set as the calendar
    would), Tab to each field, Enter to save."""
    row = dialog.case_row
    row.day.setDate(QDate(day))
    row.decision.setFocus()
    for key in keys:
        widget = dialog.focusWidget()
        if key == "<tab>":
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        elif key == "<down>":
            qtbot.keyClick(widget, Qt.Key.Key_Down)
        elif key == "<space>":
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        else:
            qtbot.keyClicks(widget, key)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def sign_in_app(
    qtbot: Any, his: LogbookSession, trainee: LogbookSession, folder: Path, name: str, fill: Any
) -> str:
    """The supervisor's side in his app: open her bundle, Attest…, `fill(dialog)` does what
    he does in it, save; she imports the file in hers. Returns what her import said."""
    bundle = export_bundle(trainee.logbook, folder / f"{name}.evtbundle").path
    view = BundleViewDialog(his, bundle.read_bytes(), str(bundle))
    qtbot.addWidget(view)
    view.show()
    assert view.state == VERIFIED
    qtbot.mouseClick(view.attest_button, Qt.MouseButton.LeftButton)
    attest = view.attest_dialog
    assert isinstance(attest, AttestDialog)
    fill(attest)
    saved = attest.save(folder / name)
    assert saved is not None, attest.problem_label.text()
    box = import_file(trainee, saved)
    said = box.text() + "\n" + box.informativeText()
    box.close()
    view.close()
    return said


def report_text(trainee: Logbook, folder: Path) -> str:
    data = export_bundle(trainee, folder / "last.evtbundle", language="en").path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(pages_text(archive.read("report.pdf")))


def test_failed_then_passed_week_to_approval_in_the_app(
    pair: Any, window: QMainWindow, qtbot: Any, tmp_path: Path
) -> None:
    trainee, his, site = pair
    session: LogbookSession = window.session  # type: ignore[attr-defined]
    actions = install_approval_actions(window)
    dialog = actions.exam_week()
    assert isinstance(dialog, ExamWeekDialog)
    assert "No examination week yet" in dialog.summary.text()
    first = TODAY - timedelta(days=40)
    dialog.start_edit.setDate(QDate(first))
    dialog.site_box.setCurrentIndex(dialog.site_box.findData(site))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "" and dialog.current_week() is not None

    # a mistake first: no grounds given — nothing saved, what was typed stays
    type_case(qtbot, dialog, first, [])
    assert "Grounds" in dialog.problem.text() and dialog.cases.rowCount() == 0
    # keyboard only: day, decision, grounds, role, mTICI, sICH, puncture, reperfusion
    treated = ["<tab>", "M1, NIHSS 14", "<tab>", "<tab>", *["<down>"] * 4]
    type_case(qtbot, dialog, first, [*treated, "<tab>", "<tab>", "08:40", "<tab>", "09:25"])
    assert dialog.problem.text() == "", dialog.problem.text()
    type_case(qtbot, dialog, first + timedelta(days=1), ["<down>", "<tab>", "Stor infarkt"])
    bad = [*treated, "<tab>", "<space>", "<tab>", "25:99"]
    type_case(qtbot, dialog, first + timedelta(days=2), bad)
    assert "hh:mm" in dialog.problem.text()
    assert dialog.case_row.reason.text() == "M1, NIHSS 14"  # kept as typed
    dialog.case_row.puncture.setText("10:05")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    week = dialog.current_week()
    assert week is not None
    assert (week.candidates, week.decided_evt, week.decided_no_evt, week.sich) == (3, 2, 1, 1)
    assert dialog.cases.rowCount() == 3 and "Awaiting" in dialog.summary.text()
    [case] = [e for e in session.entries() if "T08:40" in str(e.fields.get("puncture"))]
    assert case.fields["mtici"] == "2b" and case.role == "independent_first_operator"

    informed, due = TODAY - timedelta(days=25), TODAY + timedelta(days=60)
    his_session = LogbookSession(his, "en", window)

    def fail(attest: AttestDialog) -> None:
        tab = attest.week_tab
        attest.tabs.setCurrentWidget(tab)
        assert tab.week_box.currentText().endswith("(awaiting a verdict)")
        assert "3 candidates" in tab.summary.text()
        tab.choice.setCurrentIndex(tab.FAIL)
        assert attest.save_button.isEnabled() and "1 statement chosen" in attest.count_label.text()
        assert attest.save(tmp_path / "refused") is None  # what A4 asks is not said yet
        problems = attest.problem_label.text()
        assert "not passed" in problems and "employer" in problems and "measure" in problems
        assert not (tmp_path / "refused.evtattest").exists()
        tab.reason.setText("Beslut om behandling dröjde")
        tab.informed_check.setChecked(True)
        tab.informed.setDate(QDate(informed))
        qtbot.mouseClick(tab.measures.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(tab.measures.texts[0], "Tio EVT till med handledare")
        tab.measures.dues[0].setDate(QDate(due))

    said = sign_in_app(qtbot, his_session, session, tmp_path, "fail", fail)
    assert "Examination week " + first.isoformat() in said and "not passed" in said
    assert "Not passed" in dialog.summary.text() and "dröjde" in dialog.summary.text()
    assert f"Employer informed: {informed.isoformat()}" in dialog.summary.text()

    supervision = actions.supervision()
    assert isinstance(supervision, SupervisionDialog)
    assert supervision.table.rowCount() == 1
    assert supervision.table.item(0, 3).text() == "Open"
    supervision.table.selectRow(0)
    supervision.note.setText("Tio fall loggade")
    qtbot.mouseClick(supervision.done_button, Qt.MouseButton.LeftButton)
    assert supervision.table.item(0, 3).text().startswith("Done by your account")

    second = TODAY - timedelta(days=10)
    dialog.start_edit.setDate(QDate(second))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.current_week() is not None and dialog.current_week().week.start == second
    type_case(qtbot, dialog, second, treated)
    assert dialog.cases.rowCount() == 1

    def passed(attest: AttestDialog) -> None:
        weeks = attest.week_tab
        assert weeks.week_box.count() == 2
        assert weeks.week_box.itemText(0).endswith("(not passed)")
        assert weeks.current_week().week.start == second  # the latest week comes first
        weeks.choice.setCurrentIndex(weeks.PASS)
        years = attest.year_tab
        for index in range(years.year_box.count()):  # every year of the training at once
            years.year_box.setCurrentIndex(index)
            years.choice.setCurrentIndex(years.SUFFICIENT)
            years.comment.setText("God progress")
        attest.choose("A1", True, "Handledning dokumenterad")
        attest.choose("A", True, "Utbildningen godkänd")
        count = 3 + years.year_box.count()
        assert f"{count} statements chosen" in attest.count_label.text()

    said = sign_in_app(qtbot, his_session, session, tmp_path, "pass", passed)
    assert "passed" in said and "sufficient progress" in said
    assert "Passed" in dialog.summary.text()
    progress = session.progress()
    assert progress.item("A3").state == "met" and progress.item("A4").met
    assert progress.measures == ()  # the latest verdict decides
    assert {p.id: p.state for p in progress.parts}["A"] == "complete"  # an approved training
    assert "Sufficient progress" in supervision.years.text()

    navigator = NavigatorPanel(session)
    qtbot.addWidget(navigator)
    navigator.refresh()
    lines = "\n".join(navigator.cards["A3"].lines)
    assert "Erik Holm" in lines and "passed" in lines and "failed" in lines

    text = report_text(trainee, tmp_path)
    assert "Examination weeks" in text and "Beslut om behandling dröjde" in text
    assert "Passed" in text and "Yearly evaluation" in text and "Sufficient" in text


def test_site_dialog_shows_volumes_ratio_and_supervisor_experience(
    pair: Any, window: QMainWindow, qtbot: Any
) -> None:
    dialog = install_approval_actions(window).sites()
    assert isinstance(dialog, SiteDialog)
    row = [s.hospital for s in dialog.sites].index("Sahlgrenska")
    cells = [dialog.table.item(row, c).text() for c in range(8)]
    assert cells[2:6] == ["420", "160", "3", "5"] and cells[6] == "1.7"
    assert cells[7].startswith("✓")
    dialog.table.selectRow(row)
    dialog.spins["trainees"].setValue(7)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.table.item(row, 6).text() == "2.3"
    assert dialog.table.item(row, 7).text().startswith("⚑")
    box = dialog.supervisors
    assert box.table.item(0, 3).text().startswith("✓")
    box.table.selectRow(0)
    box.years.setValue(6)
    qtbot.mouseClick(box.save, Qt.MouseButton.LeftButton)
    assert "fewer than 10 years" in box.table.item(0, 3).text()
    # what the trainee typed of him is shown and decides nothing: S1 waits for his own word
    s1 = window.session.progress().item("S1")  # type: ignore[attr-defined]
    assert not s1.met and any("declared by the supervisor himself" in d for d in s1.details)


def test_the_week_says_when_a_pass_no_longer_counts(
    pair: Any, window: QMainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from evtdesk.exchange import import_attestation, open_bundle, write_attestation
    from evtdesk.exchange.verdicts import week_verdict
    from evtdesk.training.approval import add_week_case, start_exam_week

    trainee, his, site = pair
    start = TODAY - timedelta(days=10)
    week = start_exam_week(trainee, start, site)
    case = {"date": start, "decision": "evt", "decision_reason": "M1",
            "role": "independent_first_operator", "mtici": "3", "sich": False}  # fmt: skip
    add_week_case(trainee, week.id, case)
    view = open_bundle(export_bundle(trainee, tmp_path / "b.evtbundle").path.read_bytes(), his)
    passed = write_attestation(his, view, [week_verdict(view, week.id, True)], tmp_path / "a")
    import_attestation(trainee, passed.read_bytes())
    dialog = install_approval_actions(window).exam_week()
    assert isinstance(dialog, ExamWeekDialog) and "Passed" in dialog.summary.text()
    add_week_case(trainee, week.id, case | {"date": start + timedelta(days=1), "mtici": "0"})
    window.session.notify_changed()  # type: ignore[attr-defined]
    text = dialog.summary.text()
    assert "Its cases changed after Erik Holm passed it" in text and "no longer counts" in text
    assert "Passed" not in text


def test_start_week_after_a_failed_one_selects_the_new_week_in_the_app(
    pair: Any, qtbot: Any, tmp_path: Path, english: None
) -> None:
    """In the app the logbook is read again in the background after a change: the week
    just started must be the one selected when that read arrives, and take the cases."""
    from evtdesk.exchange import import_attestation, open_bundle, write_attestation
    from evtdesk.exchange.verdicts import week_verdict
    from evtdesk.model import Measure
    from evtdesk.training.approval import add_week_case, start_exam_week
    from evtdesk.ui import tasks

    trainee, his, site = pair
    first = start_exam_week(trainee, TODAY - timedelta(days=40), site)
    case = {"date": first.start, "decision": "no_evt", "decision_reason": "Stor infarkt"}
    add_week_case(trainee, first.id, case)
    view = open_bundle(export_bundle(trainee, tmp_path / "b.evtbundle").path.read_bytes(), his)
    failed = week_verdict(
        view, first.id, False, reason="För få fall", employer_informed=TODAY - timedelta(days=30),
        measures=[Measure("Tio EVT till", TODAY + timedelta(days=60))],
    )  # fmt: skip
    import_attestation(trainee, write_attestation(his, view, [failed], tmp_path / "a").read_bytes())
    window = QMainWindow()
    window.session = LogbookSession(trainee, "en", window, background=True)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    dialog = install_approval_actions(window).exam_week()
    assert isinstance(dialog, ExamWeekDialog) and "Not passed" in dialog.summary.text()

    second = TODAY - timedelta(days=10)
    dialog.start_edit.setDate(QDate(second))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tasks.runner().busy and dialog.week_box.count() == 2)
    week = dialog.current_week()
    assert week is not None and week.week.start == second
    assert dialog.week_box.currentText().startswith(second.isoformat())
    assert "Not passed" not in dialog.summary.text()
    type_case(qtbot, dialog, second, ["<down>", "<tab>", "Liten infarkt"])
    qtbot.waitUntil(lambda: not tasks.runner().busy and dialog.cases.rowCount() == 1)
    new_cases = [
        e for e in trainee.entries.list() if e.fields.get("decision_reason") == "Liten infarkt"
    ]
    assert [e.date for e in new_cases] == [second]
    assert dialog.current_week().week.id != first.id  # type: ignore[union-attr]


def test_tab_from_the_day_goes_on_to_the_decision_and_the_grounds(
    pair: Any, window: QMainWindow, qtbot: Any
) -> None:
    """After a saved case the cursor is back in the day; Tab must leave it for the
    decision and the grounds (Qt's date field kept Tab to move from year to month to
    day, and the grounds typed next went into the date, lost)."""
    from PySide6.QtWidgets import QApplication

    trainee, _his, site = pair
    dialog = install_approval_actions(window).exam_week()
    assert isinstance(dialog, ExamWeekDialog)
    start = TODAY - timedelta(days=40)
    dialog.start_edit.setDate(QDate(start))
    dialog.site_box.setCurrentIndex(dialog.site_box.findData(site))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_case(qtbot, dialog, start, ["<down>", "<tab>", "Stor infarkt"])
    assert dialog.problem.text() == "" and QApplication.focusWidget() is dialog.case_row.day
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab):  # to No EVT, to the grounds
        qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.keyClicks(QApplication.focusWidget(), "Lång tid sedan debut")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.problem.text() == "", dialog.problem.text()
    cases = [e for e in trainee.entries.list() if e.kind == "exam_week_case"]
    said = sorted((e.date, e.fields["decision_reason"]) for e in cases)
    assert said == [(start, "Lång tid sedan debut"), (start, "Stor infarkt")]
