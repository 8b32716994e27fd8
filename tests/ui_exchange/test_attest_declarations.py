"""The supervisor declares in his app's attest dialog what the command line's `evtdesk
attest --qualification/--declare-site/--readiness/--hand-over-to` signs: each section off
until he turns it on, a site shown as the bundle records it, a readiness of the criteria
he chose, a hand-over to another key; what the core refuses is said, and nothing signed."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionGroupBox

from evtdesk.bundle.attestation import parse_attestation
from evtdesk.exchange import identity_info
from evtdesk.model import Statement
from evtdesk.model.declarations import HANDOVER, QUALIFICATION, READINESS_PREFIX, SITE_PREFIX
from evtdesk.store import FAST_TEST_KDF, Logbook
from evtdesk.ui.exchange.attest_dialog import AttestDialog
from evtdesk.ui.exchange.declarations_tab import NOT_SAID, Section
from tests.ui_exchange.test_attest_verdicts import (
    PASSPHRASE,
    TODAY,
    Pair,
    attest_dialog,
    pair,
    saved_and_imported,
)
from tests.ui_exchange.test_attest_verdicts import refused as refused_html

__all__ = ["pair"]  # the fixture, shared with the verdict tabs' tests


def turn_on(qtbot: Any, dialog: AttestDialog, section: Section) -> None:
    """Show the Declarations tab and click the section's check box, as the user does."""
    dialog.tabs.setCurrentWidget(dialog.declarations_tab)
    option = QStyleOptionGroupBox()
    section.initStyleOption(option)
    box = section.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox,
        option,
        QStyle.SubControl.SC_GroupBoxCheckBox,
        section,
    )
    qtbot.mouseClick(section, Qt.MouseButton.LeftButton, pos=box.center())
    assert section.isChecked()


def refused(pair: Pair, dialog: AttestDialog, name: str) -> str:
    """Saving is refused, no file written; what the message area says, as read."""
    return html.unescape(refused_html(pair, dialog, name))


def signed(pair: Pair, dialog: AttestDialog, name: str) -> list[Statement]:
    """Save, and read back what the file carries, with the core's reader."""
    saved = dialog.save(pair.folder / name)
    assert saved is not None, dialog.problem_label.text()
    return list(parse_attestation(saved.read_bytes()).statements)


def test_the_qualification_is_signed_once_turned_on_and_filled(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.qualification
    assert not section.isChecked() and not section.years.isEnabled()
    assert not dialog.save_button.isEnabled()  # nothing is declared by accident
    turn_on(qtbot, dialog, section)
    assert section.years.isEnabled() and dialog.save_button.isEnabled()
    assert "1 statement chosen" in dialog.count_label.text()
    said = refused(pair, dialog, "q")  # nothing guessed: the numbers are his to give
    assert "Say how many years you have been a specialist in neurointervention." in said
    assert "Say how many EVT you have done as independent operator." in said

    section.years.setValue(12.5)
    section.evt.setValue(200)
    qtbot.keyClicks(section.academic_title, "Docent")
    section.high_volume.setCurrentIndex(1)  # yes
    [statement] = signed(pair, dialog, "q")
    assert (statement.subject, statement.approved) == (QUALIFICATION, True)
    assert statement.declaration is not None
    assert dict(statement.declaration.facts) == {
        "years_specialist_ni": 12.5,
        "evt_independent": 200,
        "academic_title": "Docent",
        "high_volume_centre": True,
    }
    saved_and_imported(pair, dialog, "q2")
    assert pair.trainee.progress().item("S1").met  # his word, signed, decides S1


def test_a_site_is_shown_as_the_bundle_records_it_and_declared_with_his_change(
    qtbot: Any, pair: Pair
) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.site
    assert section.site_box.currentText() == "Sahlgrenska, Neurointervention"
    shown = {key: spin.value() for key, spin in section.numbers.items()}
    assert shown == {
        "procedures_per_year": 420,
        "evt_per_year": 160,
        "interventionists": NOT_SAID,  # she recorded none: "not known"
        "supervisors": 3,
        "trainees": 5,
    }
    assert section.numbers["interventionists"].text() == "not known"
    assert section.neuro.currentText() == "Yes"
    turn_on(qtbot, dialog, section)
    section.numbers["evt_per_year"].setValue(90)  # the volume he knows, not hers
    [statement] = signed(pair, dialog, "s")
    site_id = section.site_box.currentData()
    assert statement.subject == f"{SITE_PREFIX}{site_id}" and statement.declaration is not None
    assert dict(statement.declaration.facts) == {
        "hospital": "Sahlgrenska",
        "unit": "Neurointervention",
        "has_neurointervention": True,
        "procedures_per_year": 420,
        "evt_per_year": 90,
        "supervisors": 3,
        "trainees": 5,
    }
    saved_and_imported(pair, dialog, "s2")
    flags = pair.trainee.progress().item("NI.SITE").flags
    assert any("EVT a year 90" in f.message for f in flags)  # declared: short of 100


def test_a_readiness_of_the_criteria_he_chose(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.readiness
    assert list(section.statuses)[:2] == ["H1", "H2"] and len(section.statuses) == 11
    turn_on(qtbot, dialog, section)
    assert refused(pair, dialog, "r") == (
        "Choose a status for at least one criterion of the hospital's readiness, or turn the "
        "readiness off."
    )
    section.statuses["H4"].setCurrentIndex(section.statuses["H4"].findText("Met"))
    section.statuses["H5"].setCurrentIndex(section.statuses["H5"].findText("Not met"))
    [statement] = signed(pair, dialog, "r")
    assert statement.subject == f"{READINESS_PREFIX}{section.site_box.currentData()}"
    assert statement.declaration is not None
    assert dict(statement.declaration.criteria or {}) == {"H4": "met", "H5": "not_met"}


def _anna_key(pair: Pair) -> Path:
    """Anna Ek's key file, as she would hand it over."""
    anna = Logbook.create(
        pair.folder / "anna.evtlog", PASSPHRASE, "Anna Ek", kdf=FAST_TEST_KDF
    ).logbook
    try:
        path = pair.folder / "anna.pub"
        path.write_text(identity_info(anna).public_key_text)
    finally:
        anna.close(backup=False)
    return path


def test_a_hand_over_to_another_key_and_never_to_ones_own(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.hand_over
    turn_on(qtbot, dialog, section)
    assert refused(pair, dialog, "h") == (
        "For the hand-over, paste the other main supervisor's key or load his key file."
    )
    own = identity_info(pair.supervisor.logbook)
    section.key_edit.setPlainText(own.public_key_text)
    assert section.fingerprint.text().split() == own.fingerprint.split()
    assert refused(pair, dialog, "h") == (
        "Hand-over of the training: A hand-over goes to another supervisor's key, not your own."
    )
    section.key_edit.setPlainText("RWQ not a key")
    assert section.fingerprint.text() == "not a key"
    assert "not a minisign public key" in refused(pair, dialog, "h")

    section.load_file(pair.folder / "nothing.pub")
    assert "there is no key file" in section.file_problem.text()
    section.load_file(_anna_key(pair))
    assert not section.file_problem.isVisible()
    [statement] = signed(pair, dialog, "h")
    assert statement.subject == HANDOVER and statement.declaration is not None
    facts = statement.declaration.facts
    assert facts["from_key"] == own.public_key_line
    anna = (pair.folder / "anna.pub").read_text().splitlines()[1]
    assert (facts["to_key"], facts["on"]) == (anna, TODAY.isoformat())


def test_taking_over_names_the_other_key_as_the_one_leaving(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.hand_over
    turn_on(qtbot, dialog, section)
    section.direction.setCurrentIndex(section.TAKING)
    section.load_file(_anna_key(pair))
    [statement] = signed(pair, dialog, "t")
    assert statement.declaration is not None
    facts = statement.declaration.facts
    assert facts["to_key"] == identity_info(pair.supervisor.logbook).public_key_line
    assert facts["from_key"] == (pair.folder / "anna.pub").read_text().splitlines()[1]


def test_what_the_core_refuses_names_the_section_and_signs_nothing(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    section = dialog.declarations_tab.qualification
    turn_on(qtbot, dialog, section)
    section.years.setValue(12)
    section.evt.setValue(200)
    section.academic_title.setText("Docent 811218-9876")
    said = refused(pair, dialog, "pnr")
    assert said.startswith("My qualification as main supervisor: ") and "identity number" in said
    assert "Traceback" not in said and dialog.problem_label.isVisible()


def test_sections_left_off_add_nothing(qtbot: Any, pair: Pair) -> None:
    dialog = attest_dialog(qtbot, pair)
    tab = dialog.declarations_tab
    qualification = tab.qualification
    turn_on(qtbot, dialog, qualification)
    qualification.years.setValue(12)
    qualification.evt.setValue(200)
    qualification.setChecked(False)  # filled in, then turned off again
    turn_on(qtbot, dialog, tab.readiness)
    tab.readiness.statuses["H4"].setCurrentIndex(1)
    tab.readiness.setChecked(False)
    assert tab.chosen_count == 0 and not dialog.save_button.isEnabled()
    dialog.week_tab.choice.setCurrentIndex(dialog.week_tab.PASS)
    statements = signed(pair, dialog, "w")
    assert [s.subject for s in statements] == ["EXAM_WEEK"]
    assert all(s.declaration is None for s in statements)
