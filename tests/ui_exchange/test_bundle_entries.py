"""The bundle's entries as a supervisor reads them (issue 24): filter by kind and by any
text, retracted ones shown or not, sorted by any column, whether each case is validated,
and the whole case of the selected row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evtdesk.exchange import export_bundle, identity_info, trust_key
from evtdesk.ui.exchange.bundle_view import BundleViewDialog


def test_he_filters_the_entries_and_reads_the_whole_case(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    evt = next(e for e in trainee.entries.list("evt") if e.case_number)
    trainee.entries.retract(trainee.entries.list("angiography")[0].id, "recorded twice")
    data = export_bundle(trainee, people.folder / "b.evtbundle").path.read_bytes()
    view = BundleViewDialog(people.supervisor, data, "b.evtbundle")
    qtbot.addWidget(view)
    panel = view.entries_panel
    assert panel is not None
    everything = len(panel.visible_rows())
    assert everything == panel.table.rowCount() == len(trainee.entries.list(include_retracted=True))
    # one kind
    panel.kind.setCurrentIndex(panel.kind.findData("evt"))
    kinds = {panel.entry_at(r).kind for r in panel.visible_rows()}  # type: ignore[union-attr]
    assert kinds == {"evt"} and f"of {everything}" in panel.shown_label.text()
    # and a case number typed: that case alone
    panel.search.setText(evt.case_number or "")
    [row] = panel.visible_rows()
    panel.table.selectRow(row)
    text = panel.details.toPlainText()
    assert evt.case_number in text and evt.date.isoformat() in text
    assert "mTICI" in text  # a field, labelled as the form labels it
    # retracted ones can be left out
    panel.kind.setCurrentIndex(0)
    panel.search.clear()
    panel.retracted.setChecked(False)
    assert all(not panel.entry_at(r).retracted for r in panel.visible_rows())  # type: ignore[union-attr]
    assert len(panel.visible_rows()) == everything - 1
    # sorted by a column he clicks, the rows still name their own entries
    panel.table.sortItems(3, Qt.SortOrder.AscendingOrder)
    for r in panel.visible_rows():
        entry = panel.entry_at(r)
        assert entry is not None and panel.table.item(r, 3).text() == (entry.case_number or "")


def test_a_case_he_validated_says_so_in_its_row_and_details(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    from evtdesk.exchange import import_attestation, open_bundle, write_attestation
    from evtdesk.exchange.declarations import validation

    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    trust_key(trainee, identity_info(supervisor).public_key_text, "Erik Holm", "supervisor")
    evt = next(e for e in trainee.entries.list("evt") if e.case_number)
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    seen = open_bundle(first, supervisor, "en")
    signed = write_attestation(
        supervisor, seen, [validation(seen, [evt.id], {})], people.folder / "v.evtattest"
    )
    import_attestation(trainee, signed.read_bytes())
    data = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()
    view = BundleViewDialog(people.supervisor, data, "b2.evtbundle")
    qtbot.addWidget(view)
    panel = view.entries_panel
    assert panel is not None
    [row] = [r for r in range(panel.table.rowCount()) if panel.entry_at(r).id == evt.id]  # type: ignore[union-attr]
    assert panel.table.item(row, 4).text() == "validated"
    panel.table.selectRow(row)
    assert "validated: " in panel.details.toPlainText()


def test_he_validates_and_rejects_selected_cases_in_the_view(qtbot, people, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 24: in the bundle view he selects the cases he supervised and validates them
    (or rejects them, with a reason) in one signed statement; after she imports it, her
    next bundle shows them so."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from evtdesk.exchange import import_attestation

    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    trust_key(trainee, identity_info(supervisor).public_key_text, "Erik Holm", "supervisor")
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    view = BundleViewDialog(people.supervisor, first, "b1.evtbundle")
    qtbot.addWidget(view)
    panel = view.entries_panel
    assert panel is not None and not panel.validate_button.isEnabled()
    panel.kind.setCurrentIndex(panel.kind.findData("evt"))
    chosen = panel.visible_rows()[:2]
    for row in chosen:
        panel.table.selectionModel().select(
            panel.table.model().index(row, 0),
            panel.table.selectionModel().SelectionFlag.Select
            | panel.table.selectionModel().SelectionFlag.Rows,
        )
    picked = [panel.entry_at(r).id for r in chosen]  # type: ignore[union-attr]
    assert sorted(e.id for e in panel.selected_entries()) == sorted(picked)
    assert panel.validate_button.isEnabled()
    out = people.folder / "v.evtattest"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)

    def refused(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError(f"not signed: {text}")  # a modal box would wait for ever

    monkeypatch.setattr(QMessageBox, "warning", refused)
    assert view.choose_and_validate() == out
    import_attestation(trainee, out.read_bytes())
    # and one rejected, with his reason
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Inte min patient", True))
    out2 = people.folder / "r.evtattest"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out2), ""))
    panel.table.clearSelection()
    assert not panel.validate_button.isEnabled()  # nothing chosen, nothing to sign
    panel.table.selectRow(panel.visible_rows()[2])
    rejected = panel.selected_entries()[0].id
    assert view.choose_and_validate(reject=True) == out2
    import_attestation(trainee, out2.read_bytes())
    again = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()
    seen = BundleViewDialog(people.supervisor, again, "b2.evtbundle")
    qtbot.addWidget(seen)
    words = {
        seen.entries_panel.entry_at(r).id: seen.entries_panel.table.item(r, 4).text()  # type: ignore[union-attr]
        for r in range(seen.entries_panel.table.rowCount())  # type: ignore[union-attr]
    }
    assert [words[i] for i in picked] == ["validated", "validated"]
    assert words[rejected] == "rejected"


def test_he_sees_what_changed_since_the_bundle_he_kept(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    """Her next bundle says what he has not seen: the summary counts it, a column names
    each (new, amended, retracted), and one box shows only those."""
    from evtdesk.exchange import open_bundle

    trainee, supervisor = people.trainee.logbook, people.supervisor.logbook
    trust_key(supervisor, identity_info(trainee).public_key_text, "Karin Lindqvist", "trainee")
    first = export_bundle(trainee, people.folder / "b1.evtbundle").path.read_bytes()
    open_bundle(first, supervisor, "en")  # he saw bundle 1, and keeps it
    gone, model = trainee.entries.list("angiography")[:2]
    trainee.entries.retract(gone.id, "recorded twice")
    added = trainee.entries.add(
        {"kind": "angiography", "date": "2026-11-05", "role": "first_operator",
         "case_number": "AN-NEW", "site_id": model.site_id, **model.fields}
    )  # fmt: skip
    data = export_bundle(trainee, people.folder / "b2.evtbundle").path.read_bytes()
    view = BundleViewDialog(people.supervisor, data, "b2.evtbundle")
    qtbot.addWidget(view)
    assert (
        "Since bundle 1 you saw: 1 new, 0 amended, 1 retracted" in view._summary(view.view).text()
    )  # type: ignore[arg-type]
    panel = view.entries_panel
    assert panel is not None and not panel.table.isColumnHidden(6)
    assert not panel.since_only.isHidden()
    panel.since_only.setChecked(True)
    shown = {panel.entry_at(r).id: panel.table.item(r, 6).text() for r in panel.visible_rows()}  # type: ignore[union-attr]
    assert shown == {added.id: "new", gone.id: "retracted"}
    # the first bundle he opens has nothing to compare with: no column, no box
    other = BundleViewDialog(people.supervisor, first, "b1.evtbundle")
    qtbot.addWidget(other)
    assert other.entries_panel is not None and other.entries_panel.table.isColumnHidden(6)
    assert other.entries_panel.since_only.isHidden()
