"""Translations: every .ts complete, placeholders kept, and the language switched at
runtime without losing what was typed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from shell_helpers import unlock

from evtdesk.ui import i18n

TS_FILES = sorted(i18n.i18n_dir().glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def _messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_there_are_shell_translations():
    names = {p.name for p in TS_FILES}
    assert {"shell_sv.ts", "shell_en.ts"} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(path):
    problems = []
    for context, message in _messages(path):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{context}: {source!r} has no translation")
            continue
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{context}: {source!r} is unfinished")
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        if not forms or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} has an empty translation")
        for form in forms:
            wanted = set(PLACEHOLDER.findall(source)) - (
                {"%n"} if message.get("numerus") == "yes" else set()
            )
            if not wanted <= set(PLACEHOLDER.findall(form)):
                problems.append(f"{context}: {source!r} lost a placeholder in {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_each_ts_is_compiled_and_has_its_other_language(path):
    assert path.with_suffix(".qm").is_file(), f"run pyside6-lrelease {path.name}"
    stem, language = path.stem.rsplit("_", 1)
    other = {"sv": "en", "en": "sv"}[language]
    assert (path.parent / f"{stem}_{other}.ts").is_file()


def test_the_loader_takes_every_qm_of_the_language():
    found = {p.name for p in i18n.qm_files("sv")}
    assert "shell_sv.qm" in found
    assert found == {p.name for p in i18n.i18n_dir().glob("*_sv.qm")}


def test_switching_changes_visible_labels_and_back(qtbot, window):
    assert window.start.unlock_button.text() == "&Unlock"
    assert window.file_menu.title() == "&File"
    window.apply_language("sv")
    assert window.start.unlock_button.text() == "Lås &upp"
    assert window.file_menu.title() == "&Arkiv"
    assert window.act_lock.text() == "&Lås"
    window.apply_language("en")
    assert window.start.unlock_button.text() == "&Unlock"
    assert window.file_menu.title() == "&File"


def test_switching_keeps_what_was_typed(qtbot, window):
    dialog = window.new_logbook()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Anna Svensson")
    qtbot.keyClicks(dialog.passphrase, "a long passphrase here")
    assert dialog.name_label.text() == "Your &name:"
    window.apply_language("sv")
    assert dialog.name_label.text() == "Ditt &namn:"
    assert dialog.windowTitle() == "Ny loggbok"
    assert dialog.name.text() == "Anna Svensson"
    assert dialog.passphrase.text() == "a long passphrase here"
    assert dialog.strength_label.text().startswith(("Bra", "Stark", "Godtagbar"))
    window.apply_language("en")
    assert dialog.name_label.text() == "Your &name:"
    assert dialog.name.text() == "Anna Svensson"
    dialog.reject()


def test_trans_scale_stretches_strings(qtbot, qapp, monkeypatch):
    monkeypatch.setenv(i18n.TRANS_SCALE_ENV, "200")
    i18n.install(qapp, "sv")
    try:
        stretched = QCoreApplication.translate("StartScreen", "&Unlock")
        assert stretched.startswith("Lås &upp") and len(stretched) >= 2 * len("Lås &upp")
    finally:
        monkeypatch.delenv(i18n.TRANS_SCALE_ENV)
        i18n.install(qapp, "en")


def test_language_chosen_in_preferences_switches_the_app(qtbot, made_logbook, window, qsettings):
    unlock(qtbot, window, made_logbook)
    qtbot.waitUntil(lambda: window.session is not None)
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.file_menu.title() == "&Arkiv"
    assert window.session.language == "sv"
    assert window.session.logbook.records.setting("language") == "sv"
    assert qsettings.value("ui/language") == "sv"


def test_qt_own_buttons_and_dialogs_follow_the_language(qapp, english):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
        box.deleteLater()
        return text.replace("&", "")

    assert cancel_text() == "Cancel"
    i18n.install(qapp, "sv")
    assert cancel_text() == "Avbryt"
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    dialog.deleteLater()
    assert "Titta i:" in [text.replace("&", "") for text in labels], labels  # "Look in:"
    i18n.install(qapp, "en")
    assert cancel_text() == "Cancel"
