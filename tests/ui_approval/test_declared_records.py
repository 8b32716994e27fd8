"""The trainee's sites and supervisors dialog says, per site and per main supervisor she
recorded, whether the supervisor responsible has declared it in a signed statement, and
what his declaration says otherwise than her record; her record alone decides nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from evtdesk.exchange import declarations as declare
from evtdesk.exchange import (
    export_bundle,
    identity_info,
    import_attestation,
    open_bundle,
    trust_key,
    write_attestation,
)
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui import i18n
from evtdesk.ui.approval.site_dialog import DECLARED, SiteDialog
from evtdesk.ui.session import LogbookSession
from tests.approval_helpers import ready_for_exam_week

TODAY = date.today()
PASSPHRASE = "a long enough passphrase"
NOT_DECLARED = (
    "Not declared: your record, which decides nothing until the supervisor responsible "
    "declares it in a signed statement."
)


@pytest.fixture
def pair(tmp_path: Path, qapp: Any) -> Iterator[tuple[Logbook, Logbook, int]]:
    """Karin (her record of Erik, a co-supervisor and two units) and Erik."""
    i18n.install(qapp, "en")
    her = Logbook.create(tmp_path / "k.evtlog", PASSPHRASE, "Karin", kdf=FAST_TEST_KDF).logbook
    his = Logbook.create(tmp_path / "e.evtlog", PASSPHRASE, "Erik Holm", kdf=FAST_TEST_KDF).logbook
    site = ready_for_exam_week(her, his, TODAY, tmp_path)
    her.records.add_site("Karlstad", "Angio", None, 60, False, home=True)
    her.records.add_person("Sara Nyberg", "co_supervisor")
    yield her, his, site
    her.close(backup=False)
    his.close(backup=False)


def he_declares(her: Logbook, his: Logbook, site: int, folder: Path) -> None:
    """Erik signs his qualification and the unit (90 EVT a year, not her 160); she imports."""
    bundle = export_bundle(her, folder / "d.evtbundle").path.read_bytes()
    view = open_bundle(bundle, his, "en")
    statements = [
        declare.qualification(12, 200),
        declare.site(view, site, {"evt_per_year": 90}),
    ]
    signed = write_attestation(his, view, statements, folder / "d.evtattest")
    import_attestation(her, signed.read_bytes())


def site_dialog(qtbot: Any, her: Logbook) -> SiteDialog:
    dialog = SiteDialog(LogbookSession(her, "en"))
    qtbot.addWidget(dialog)
    return dialog


def declared_cells(dialog: SiteDialog) -> dict[str, tuple[str, str]]:
    """Each site's declared column: (the text, its tooltip)."""
    return {
        site.hospital: (
            dialog.table.item(row, DECLARED).text(),
            dialog.table.item(row, DECLARED).toolTip(),
        )
        for row, site in enumerate(dialog.sites)
    }


def supervisor_rows(dialog: SiteDialog) -> dict[str, tuple[str, str]]:
    """Each supervisor's declared column: (the text, what the label says when chosen)."""
    box = dialog.supervisors
    rows = {}
    for row, person in enumerate(box.people):
        box.table.selectRow(row)
        rows[person.name] = (box.table.item(row, 4).text(), box.declared_label.text())
    return rows


def test_her_records_say_they_are_not_declared(qtbot: Any, pair: Any) -> None:
    her, _his, _site = pair
    dialog = site_dialog(qtbot, her)
    cells = declared_cells(dialog)
    assert cells["Sahlgrenska"][0] == cells["Karlstad"][0] == "not declared"
    assert "decides nothing until the supervisor responsible" in cells["Karlstad"][1]
    assert dialog.declared_label.text() == NOT_DECLARED
    people = supervisor_rows(dialog)
    assert people["Erik Holm"] == (
        "not declared",
        "Not declared: your record, which decides nothing until the supervisor declares his "
        "qualification in a signed statement.",
    )
    assert people["Sara Nyberg"] == ("", "")  # the guidance judges the main supervisor's


def test_a_declared_site_and_supervisor_show_who_declared_them(
    qtbot: Any, pair: Any, tmp_path: Path
) -> None:
    her, his, site = pair
    he_declares(her, his, site, tmp_path)
    dialog = site_dialog(qtbot, her)
    cells = declared_cells(dialog)
    assert cells["Sahlgrenska"][0] == f"Erik Holm, {TODAY.isoformat()}"
    assert cells["Karlstad"][0] == "not declared"  # he declared one unit, not the other
    row = [s.hospital for s in dialog.sites].index("Sahlgrenska")
    dialog.table.selectRow(row)
    assert dialog.declared_label.text() == (
        f"Declared by Erik Holm on {TODAY.isoformat()}. The declaration, which decides, "
        "differs from your record: EVT a year 90 (your record 160)."
    )
    assert dialog.table.item(row, 3).text() == "160"  # her record is shown, not edited
    dialog.table.selectRow([s.hospital for s in dialog.sites].index("Karlstad"))
    assert dialog.declared_label.text() == NOT_DECLARED
    assert supervisor_rows(dialog)["Erik Holm"] == (
        f"Erik Holm, {TODAY.isoformat()}: 12 years, 200 EVT",
        f"Declared by Erik Holm on {TODAY.isoformat()}: 12 years as a specialist in "
        "neurointervention, 200 EVT as independent operator. His declaration decides, not "
        "your record.",
    )


def test_a_local_co_supervisor_declares_her_unit_as_the_curriculum_lets_her(
    qtbot: Any, pair: Any, tmp_path: Path
) -> None:
    """The curriculum lets the supervisor responsible at a unit declare it, a local
    co-supervisor too: shown as declared only as the engine judges her statement."""
    her, _his, _site = pair
    sara = Logbook.create(tmp_path / "s.evtlog", PASSPHRASE, "Sara Nyberg", kdf=FAST_TEST_KDF)
    co = sara.logbook
    try:
        trust_key(co, identity_info(her).public_key_text, "Karin", "trainee")
        trust_key(her, identity_info(co).public_key_text, "Sara Nyberg", "co_supervisor")
        bundle = export_bundle(her, tmp_path / "c.evtbundle").path.read_bytes()
        view = open_bundle(bundle, co, "en")
        karlstad = next(s.id for s in view.snapshot.sites if s.hospital == "Karlstad")
        signed = write_attestation(
            co, view, [declare.site(view, karlstad, {})], tmp_path / "c.evtattest"
        )
        import_attestation(her, signed.read_bytes())
    finally:
        co.close(backup=False)
    cells = declared_cells(site_dialog(qtbot, her))
    assert cells["Karlstad"][0] == f"Sara Nyberg, {TODAY.isoformat()}"
    assert "Declared by Sara Nyberg on" in cells["Karlstad"][1]
    assert cells["Sahlgrenska"][0] == "not declared"
