"""The logbook table: model over the store, search, filters, sort, history, amend, retract."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from evtdesk.model import Entry
from evtdesk.ui.panels.entries import EntriesPanel
from evtdesk.ui.panels.entries_filter import EntriesFilterModel
from evtdesk.ui.panels.entries_model import EntriesModel
from evtdesk.ui.panels.history_dialog import HistoryDialog

TODAY = date.today()


def day(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


def fill(logbook) -> dict[str, Entry]:
    ryhov = logbook.records.add_site("Ryhov", "Radiologi")
    sahl = logbook.records.add_site("Sahlgrenska", "Neurointervention")
    entries = {
        "alarm": {
            "kind": "stroke_alarm",
            "date": day(400),
            "case_number": "SL-1",
            "thrombolysis": True,
            "site_id": ryhov.id,
            "notes": "Wake-up stroke",
        },
        "ct": {
            "kind": "ct_case",
            "date": day(300),
            "case_number": "CT-1",
            "finding": "haemorrhage",
            "site_id": ryhov.id,
        },
        "evt1": {
            "kind": "evt",
            "date": day(20),
            "case_number": "EVT-1",
            "role": "first_operator",
            "occlusion_site": "m1",
            "technique": "aspiration",
            "site_id": sahl.id,
        },
        "evt2": {
            "kind": "evt",
            "date": day(10),
            "case_number": "EVT-2",
            "role": "independent_first_operator",
            "occlusion_site": "ba",
            "technique": "stent_retriever",
            "site_id": sahl.id,
        },
        "course": {"kind": "course", "date": day(5), "title": "EXMINT", "hours": 40},
    }
    return {name: logbook.entries.add(raw) for name, raw in entries.items()}


def shown_cases(panel: EntriesPanel) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, EntriesModel.CASE).data() for r in range(proxy.rowCount())]


def make_panel(qtbot, session) -> EntriesPanel:
    panel = EntriesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_table_lists_every_entry_newest_first(qtbot, session) -> None:
    fill(session.logbook)
    panel = make_panel(qtbot, session)
    assert shown_cases(panel) == ["", "EVT-2", "EVT-1", "CT-1", "SL-1"]
    assert panel.count_label.text() == "5 entries"
    row = panel.proxy.row_of(panel.proxy.entry_at(1).id)
    assert panel.proxy.index(row, EntriesModel.KIND).data() == "Thrombectomy (EVT)"
    assert panel.proxy.index(row, EntriesModel.ROLE).data() == "Independent first operator"
    assert panel.proxy.index(row, EntriesModel.DETAILS).data() == "BA · Stent retriever"
    assert panel.proxy.index(row, EntriesModel.SITE).data() == "Sahlgrenska, Neurointervention"


def test_search_box_filters_as_the_user_types(qtbot, session) -> None:
    fill(session.logbook)
    panel = make_panel(qtbot, session)
    qtbot.keyClicks(panel.search_edit, "sahlgrenska")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2)
    assert shown_cases(panel) == ["EVT-2", "EVT-1"]
    assert panel.count_label.text() == "2 of 5 entries"
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "stentretriever")  # a choice label, in Swedish too
    qtbot.waitUntil(lambda: shown_cases(panel) == ["EVT-2"])
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "wake")  # notes
    qtbot.waitUntil(lambda: shown_cases(panel) == ["SL-1"])


def test_filters_by_kind_role_period_and_site(qtbot, session) -> None:
    fill(session.logbook)
    panel = make_panel(qtbot, session)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("evt"))
    assert shown_cases(panel) == ["EVT-2", "EVT-1"]
    panel.role_combo.setCurrentIndex(panel.role_combo.findData("first_operator"))
    assert shown_cases(panel) == ["EVT-1"]
    panel.kind_combo.setCurrentIndex(0)
    panel.role_combo.setCurrentIndex(0)
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("30d"))
    assert shown_cases(panel) == ["", "EVT-2", "EVT-1"]
    panel.period_combo.setCurrentIndex(0)
    ryhov = next(s for s in session.logbook.records.sites() if s.hospital == "Ryhov")
    panel.site_combo.setCurrentIndex(panel.site_combo.findData(ryhov.id))
    assert shown_cases(panel) == ["CT-1", "SL-1"]


def test_sort_by_clicking_a_header(qtbot, session) -> None:
    fill(session.logbook)
    panel = make_panel(qtbot, session)
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(EntriesModel.CASE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    first = shown_cases(panel)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    second = shown_cases(panel)
    assert sorted([first, second]) == [
        ["", "CT-1", "EVT-1", "EVT-2", "SL-1"],
        ["SL-1", "EVT-2", "EVT-1", "CT-1", ""],
    ]


def test_amend_and_retract_from_the_history(qtbot, session) -> None:
    entries = fill(session.logbook)
    panel = make_panel(qtbot, session)
    evt = entries["evt1"]
    dialog = HistoryDialog(session, evt.id, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r.revision for r in dialog.revisions] == [1]

    form = dialog.amend_form()
    qtbot.addWidget(form)
    assert form.raw()["case_number"] == "EVT-1"  # prefilled from the entry
    form.show()
    form.case_edit.setFocus()
    form.case_edit.selectAll()
    qtbot.keyClicks(form.case_edit, "EVT-1b")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # an amendment needs a reason
    assert form.reason_error.text() == "Give a reason for the amendment."
    qtbot.keyClicks(form.reason_edit, "Wrong case number")
    with qtbot.waitSignal(session.changed):
        qtbot.keyClick(form.reason_edit, Qt.Key.Key_Return)
    assert form.result() == QDialog.DialogCode.Accepted

    assert [r.revision for r in dialog.revisions] == [1, 2]  # reloaded on session.changed
    text = dialog.browser.toPlainText()
    assert "Revision 2" in text and "Revision 1 (original)" in text
    assert "Reason: Wrong case number" in text
    assert "EVT-1b" in text and "EVT-1" in text
    row = panel.proxy.row_of(evt.id)
    status = panel.proxy.index(row, EntriesModel.STATUS).data()
    assert status.startswith("Amended (revision 2)")  # then NI1's order flag: no microcatheter

    qtbot.mouseClick(dialog.retract_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Give a reason for retracting the entry."
    qtbot.keyClicks(dialog.reason_edit, "Duplicate")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.entry.retracted
    assert not dialog.amend_button.isEnabled() and not dialog.retract_button.isEnabled()
    assert "Retracted. Reason: Duplicate" in dialog.browser.toPlainText()

    # The retracted entry stays listed, struck through and greyed, with its reason.
    row = panel.proxy.row_of(evt.id)
    assert row >= 0
    assert panel.proxy.rowCount() == 5
    case = panel.proxy.index(row, EntriesModel.CASE)
    assert case.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert case.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.proxy.index(row, EntriesModel.STATUS).data() == "Retracted: Duplicate"
    assert len(session.logbook.entries.history(evt.id)) == 2
    panel.retracted_check.setChecked(False)
    assert panel.proxy.row_of(evt.id) == -1


def test_one_double_click_on_a_row_opens_one_history(qtbot, session) -> None:
    entries = fill(session.logbook)
    panel = make_panel(qtbot, session)
    row = panel.proxy.row_of(entries["evt2"].id)
    viewport = panel.table.viewport()
    where = panel.table.visualRect(panel.proxy.index(row, EntriesModel.CASE)).center()
    # What the system delivers for a double-click (QTest's mouseDClick sends the last
    # event alone): press, release, press, double-click, release.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=where)
    opened = [d for d in panel.findChildren(HistoryDialog) if d.isVisible()]
    assert [d.entry.id for d in opened] == [entries["evt2"].id]
    opened[0].close()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # the keyboard's way still opens it
    assert len([d for d in panel.findChildren(HistoryDialog) if d.isVisible()]) == 1


def test_flagged_entries_are_marked(qtbot, session) -> None:
    entries = fill(session.logbook)
    model = EntriesModel("en")
    model.set_entries(
        session.logbook.entries.list(), {}, {entries["evt1"].id: "before the part opened"}
    )
    proxy = EntriesFilterModel()
    proxy.setSourceModel(model)
    row = proxy.row_of(entries["evt1"].id)
    assert proxy.index(row, EntriesModel.STATUS).data() == "⚑ before the part opened"
    assert proxy.index(row, EntriesModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is not None


def _many(count: int) -> list[Entry]:
    start = date(2016, 1, 1)
    kinds = ["evt", "angiography", "ct_case", "stroke_alarm"]
    return [
        Entry(
            id=f"e{n}",
            kind=kinds[n % 4],
            date=start + timedelta(days=n // 14),
            role="first_operator" if n % 4 < 2 else None,
            case_number=f"C-{n}",
            notes="tandem" if n % 10 == 0 else "",
            fields={"occlusion_site": "m1"} if n % 4 == 0 else {},
            site_id=1 + n % 2,
            created_seq=n + 1,
            changed_seq=n + 1,
            retracted=n % 100 == 0,
            retraction_reason="Dubblett" if n % 100 == 0 else None,
        )
        for n in range(count)
    ]


def test_model_row_count_on_a_large_in_memory_logbook(qtbot) -> None:
    model = EntriesModel("sv")
    proxy = EntriesFilterModel()
    proxy.setSourceModel(model)
    model.set_entries(_many(50_000), {1: "Ryhov", 2: "Sahlgrenska"})
    assert model.rowCount() == 50_000
    assert proxy.rowCount() == 50_000
    proxy.set_filters(kind="evt")
    assert proxy.rowCount() == 12_500
    proxy.set_filters(text="tandem")
    assert (
        proxy.rowCount() == 2_500
    )  # notes "tandem" on every tenth entry; of those, every other is an EVT
    proxy.set_filters(show_retracted=False)
    assert proxy.rowCount() == 2_000
    proxy.set_filters(kind=None, text="", show_retracted=True, site_id=2)
    assert proxy.rowCount() == 25_000
    proxy.sort(EntriesModel.CASE, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, EntriesModel.CASE).data() == "C-1"
    proxy.sort(EntriesModel.DATE, Qt.SortOrder.DescendingOrder)
    assert proxy.entry_at(0).id == "e49999"


def test_a_period_shows_the_entries_of_its_first_and_last_day(qtbot, session) -> None:
    """A year or "last 30 days" includes both ends: the case done on New Year's Eve is in
    that year, and today's case is in the last 30 days."""
    session.fixed_today = date(2026, 3, 15)
    for day_done, case in [
        ("2024-12-31", "before-2025"),
        ("2025-01-01", "first-of-2025"),
        ("2025-12-31", "last-of-2025"),
        ("2026-01-01", "after-2025"),
        ("2026-02-12", "31-days-ago"),
        ("2026-02-13", "30-days-ago"),
        ("2026-03-15", "today"),
    ]:
        session.logbook.entries.add(
            {"kind": "ct_case", "date": day_done, "case_number": case, "finding": "haemorrhage"}
        )
    panel = make_panel(qtbot, session)
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("2025"))
    assert shown_cases(panel) == ["last-of-2025", "first-of-2025"]
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("30d"))
    assert shown_cases(panel) == ["today", "30-days-ago"]
