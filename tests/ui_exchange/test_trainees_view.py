"""File ▸ Trainees…: the supervisor's trainees at a glance, from the bundles he kept.

What he relies on: a row per trainee key he trusts with her last bundle's number and what
waits for his statement, in words; his count against the guidance's two; a sentence
instead of an empty table; a row that opens her bundle (hers, not another's); and a kept
bundle that cannot be read named as a problem instead of a crash.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from evtdesk.exchange import export_bundle, identity_info, open_bundle, trust_key
from evtdesk.exchange.keys import set_own_role
from evtdesk.exchange.trainees import trainees_overview
from evtdesk.store import FAST_TEST_KDF, Logbook, SeenBundle
from evtdesk.training import propose_adaptation
from evtdesk.ui.exchange.actions import ExchangeActions
from evtdesk.ui.exchange.trainees_model import TraineesModel
from evtdesk.ui.exchange.trainees_view import TraineesView
from evtdesk.ui.exchange.verdict_banner import VERIFIED
from evtdesk.ui.main_window import MainWindow
from tests.ui_exchange.conftest import People

M = TraineesModel


def _trainee(people: People, name: str, bundle: bool = True) -> Logbook:
    """A trainee of his with her own logbook; he trusts her key and, with `bundle`,
    verifies (and so keeps) a bundle of hers; the file is then gone from his disk."""
    her = Logbook.create(
        people.folder / f"{name}.evtlog", "trainee pass", name, kdf=FAST_TEST_KDF
    ).logbook
    trust_key(people.supervisor.logbook, identity_info(her).public_key_text, name, "trainee")
    if bundle:
        _keep(people, her, name)
    return her


def _keep(people: People, her: Logbook, name: str) -> None:
    path = export_bundle(her, people.folder / f"{name}.evtbundle").path
    open_bundle(path.read_bytes(), people.supervisor.logbook, "en")
    path.unlink()


def _karin(people: People) -> None:
    """The demo trainee: he trusts her key and keeps her bundle."""
    trust_key(
        people.supervisor.logbook,
        identity_info(people.trainee.logbook).public_key_text,
        "Karin Lindqvist",
        "trainee",
    )
    _keep(people, people.trainee.logbook, "karin")


def _view(qtbot, people: People) -> TraineesView:  # type: ignore[no-untyped-def]
    view = TraineesView(people.supervisor)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        pass
    view.resize(1300, 400)
    view.show()
    return view


def _cells(view: TraineesView, name: str) -> dict[int, str]:
    """What the table shows in her row, by column (through the view's sorting)."""
    proxy = view.table.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, M.NAME).data() == name:
            return {c: proxy.index(row, c).data() or "" for c in range(M.COLUMN_COUNT)}
    raise AssertionError(f"no row for {name}")


def _row_rect_centre(view: TraineesView, name: str):  # type: ignore[no-untyped-def]
    proxy = view.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, M.NAME).data() == name)
    return view.table.visualRect(proxy.index(row, M.NAME)).center()


def test_a_row_per_trainee_with_her_last_bundle_and_what_waits_for_him(
    qtbot, people: People
) -> None:
    _karin(people)
    karin = people.trainee.logbook
    propose_adaptation(karin, "NI2", "Fall utomlands", {"NI2.independent": 20}, False)
    _keep(people, karin, "karin-2")  # her second bundle, with the proposal
    _trainee(people, "Lisa Berg", bundle=False)
    view = _view(qtbot, people)

    assert view.table.model().rowCount() == 2 and view.stack.currentWidget() is view.table
    [core] = [r for r in trainees_overview(people.supervisor.logbook).rows if r.last_bundle]
    assert core.last_bundle is not None and core.last_bundle.sequence == 2
    cells = _cells(view, "Karin Lindqvist")
    assert cells[M.BUNDLE] == "2" and cells[M.FRESHNESS] == "continues"
    assert cells[M.ROLE] == "Supervisor" and cells[M.KEY] == f"{core.fingerprint[:9]} …"
    assert cells[M.PART].startswith(core.current_part + " ")  # the id, then its title
    waiting = cells[M.AWAITING].split("; ")
    assert "proposed adaptation of NI2" in cells[M.AWAITING]
    assert len(waiting) == len(core.awaiting) and "ADAPT:NI2" in core.awaiting
    for year in core.overdue_evaluations:  # the core's EVAL:<year>, said as words
        assert f"Yearly evaluation {year}" in waiting
        assert str(year) in cells[M.OVERDUE]
    assert not any(":" in w.split(" ")[0] for w in waiting)  # no raw subject ids
    assert cells[M.UNVALIDATED] == str(core.unvalidated_waiting)
    assert cells[M.MEASURES] == "0" and cells[M.STOPPED] == ""
    lisa = _cells(view, "Lisa Berg")
    assert lisa[M.BUNDLE] == "none yet" and lisa[M.AWAITING] == ""
    assert "Cannot be shown" not in cells[M.AWAITING] + lisa[M.AWAITING]


def test_three_trainees_as_main_supervisor_are_more_than_the_guidance(
    qtbot, people: People
) -> None:
    _karin(people)
    _trainee(people, "Lisa Berg", bundle=False)
    maja = _trainee(people, "Maja Ek", bundle=False)
    view = _view(qtbot, people)
    line = view.guidance_label
    assert "main supervisor of 3 trainee" in line.text() and "at most 2" in line.text()
    assert "more than the guidance allows" in line.text()
    assert "#fff4e0" in line.styleSheet() and not line.isHidden()

    set_own_role(people.supervisor.logbook, identity_info(maja).public_key_text, "co_supervisor")
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        view.refresh()
    assert "main supervisor of 2 trainee" in line.text()
    assert "more than" not in line.text() and line.styleSheet() == ""
    assert _cells(view, "Maja Ek")[M.ROLE] == "Co-supervisor"


def test_no_trusted_trainee_key_says_how_to_trust_one(qtbot, people: People) -> None:
    trust_key(  # a supervisor's key is not a trainee
        people.supervisor.logbook,
        identity_info(people.trainee.logbook).public_key_text,
        "Karin as supervisor",
        "supervisor",
    )
    view = _view(qtbot, people)
    assert view.stack.currentWidget() is not view.table and view.guidance_label.isHidden()
    assert "No trainee's key is trusted" in view.empty_label.text()
    assert "Trust a key…" in view.empty_label.text() and view.empty_label.isVisible()
    assert not view.open_button.isEnabled()

    qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    dialog = view.trust_dialog
    assert dialog is not None and dialog.role_combo.currentData() == "trainee"
    lisa = Logbook.create(
        people.folder / "lisa.evtlog", "trainee pass", "Lisa Berg", kdf=FAST_TEST_KDF
    ).logbook
    dialog.key_edit.setPlainText(identity_info(lisa).public_key_text)
    dialog.name_edit.setText("Lisa Berg")
    dialog.match_check.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        dialog.trust_button.click()
    assert view.stack.currentWidget() is view.table
    assert _cells(view, "Lisa Berg")[M.BUNDLE] == "none yet"
    lisa.close(backup=False)


def test_a_double_click_opens_that_trainees_last_bundle(qtbot, people: People) -> None:
    _karin(people)
    lisa = _trainee(people, "Lisa Berg")
    view = _view(qtbot, people)
    view.table.sortByColumn(M.NAME, Qt.SortOrder.DescendingOrder)  # Lisa first, Karin second
    for name, shown in (("Karin Lindqvist", "Karin Lindqvist (demo)"), ("Lisa Berg", "Lisa Berg")):
        centre = _row_rect_centre(view, name)
        viewport = view.table.viewport()
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        with qtbot.waitSignal(view.bundle_opened, timeout=30_000) as opened:
            qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        dialog = opened.args[0]
        assert f"Trainee: {shown}" in dialog.findChild(QLabel, "bundleSummary").text()
        assert dialog.state == VERIFIED
        dialog.close()
    with qtbot.waitSignal(view.bundle_opened, timeout=30_000) as opened:
        view.open_button.click()  # the selected row: Lisa's, double-clicked last
    assert "Trainee: Lisa Berg" in opened.args[0].findChild(QLabel, "bundleSummary").text()
    opened.args[0].close()
    lisa.close(backup=False)


def test_a_kept_bundle_that_cannot_be_read_is_named_not_a_crash(qtbot, people: People) -> None:
    _karin(people)
    lisa = _trainee(people, "Lisa Berg")
    rows = trainees_overview(people.supervisor.logbook).rows
    key = next(r.public_key for r in rows if r.name == "Lisa Berg")
    spoilt = SeenBundle(  # her next bundle as kept, its bytes spoilt since
        signer_key=key,
        bundle_id="spoilt",
        sequence=99,
        manifest_sha256="0" * 64,
        previous_manifest_sha256=None,
        chain_seq=1,
        chain_head="0" * 64,
        entry_count=0,
        created=datetime(2026, 1, 2),
    )
    people.supervisor.logbook.records.record_seen_bundle(spoilt, b"PK\x03\x04 not a bundle")
    view = _view(qtbot, people)
    cells = _cells(view, "Lisa Berg")
    assert cells[M.BUNDLE] == "99" and cells[M.AWAITING].startswith("Cannot be shown: ")
    assert len(cells[M.AWAITING]) > len("Cannot be shown: ") and cells[M.PART] == ""
    proxy = view.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, M.NAME).data() == "Lisa Berg")
    assert "Cannot be shown" in proxy.index(row, M.NAME).data(Qt.ItemDataRole.ToolTipRole)
    karin = _cells(view, "Karin Lindqvist")  # the others are still shown
    assert karin[M.PART] != "" and "Cannot be shown" not in karin[M.AWAITING]
    view.table.selectRow(row)
    view.open_button.click()
    qtbot.waitUntil(lambda: view.problem_box is not None, timeout=30_000)
    assert view.problem_box.isVisible() and "could not be opened" in view.problem_box.text()
    view.problem_box.close()
    lisa.close(backup=False)


def test_file_menu_opens_the_trainees_dialog_while_a_logbook_is_open(
    qtbot, people: People, tmp_path: Path
) -> None:
    window = MainWindow(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path, kdf=FAST_TEST_KDF
    )
    qtbot.addWidget(window)
    actions = window.findChild(ExchangeActions, "exchangeActions")
    assert actions.act_trainees in window.file_menu.actions()
    assert actions.act_trainees.text() == "&Trainees…" and not actions.act_trainees.isEnabled()
    window.session = people.supervisor
    window._update_actions()
    assert actions.act_trainees.isEnabled()
    actions.act_trainees.trigger()
    dialog = actions.last_dialog
    assert dialog is not None and dialog.objectName() == "traineesDialog"
    qtbot.waitSignal(dialog.view.loaded, timeout=30_000).wait()
    dialog.close()
    window.session = None
