"""My key (fingerprint grouped, QR drawn) and the trust flow (fingerprint before trusting)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from evtdesk.exchange import identity_info
from evtdesk.ui.exchange.common import grouped_fingerprint
from evtdesk.ui.exchange.identity_dialog import IdentityDialog, QrCodeWidget, qr_matrix
from evtdesk.ui.exchange.trust_dialog import AddKeyDialog, TrustedKeysDialog


def test_qr_matrix_is_square_and_drawn_black_on_white(qtbot) -> None:
    line = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"
    matrix = qr_matrix(line)
    assert len(matrix) >= 21 and all(len(row) == len(matrix) for row in matrix)
    assert not any(matrix[0]) and matrix[4][4]  # quiet zone, then the finder pattern's corner
    widget = QrCodeWidget(line)
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    image = widget.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 300, 3) for y in range(0, 300, 3)}
    assert QColor("black").name() in colours and QColor("white").name() in colours
    module = 300 // len(matrix)
    offset = (300 - module * len(matrix)) // 2
    centre = offset + 4 * module + module // 2  # the finder pattern's dark corner module
    assert image.pixelColor(centre, centre).name() == "#000000"


def test_my_key_shows_the_key_and_the_fingerprint_grouped(qtbot, people, tmp_path: Path) -> None:
    logbook = people.trainee.logbook
    info = identity_info(logbook)
    dialog = IdentityDialog(logbook)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.fingerprint_label.text().split("\n")
    assert len(lines) == 4 and all(len(line.split()) == 4 for line in lines)
    assert " ".join(dialog.fingerprint_label.text().split()) == info.fingerprint
    assert (
        dialog.fingerprint_label.font().fixedPitch()
        or dialog.fingerprint_label.font().styleHint() != 0
    )
    assert dialog.key_edit.toPlainText() == info.public_key_text
    assert dialog.qr.text == info.public_key_line
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == info.public_key_text
    assert dialog.save_key(tmp_path / "me.pub")
    assert (tmp_path / "me.pub").read_text().strip() == info.public_key_text.strip()


def test_a_key_is_trusted_only_after_confirming_its_fingerprint(qtbot, people) -> None:
    supervisor = people.supervisor.logbook
    keys = TrustedKeysDialog(supervisor)
    qtbot.addWidget(keys)
    keys.show()
    assert keys.table.rowCount() == 0 and keys.empty_label.isVisibleTo(keys)
    add = keys.add()
    assert isinstance(add, AddKeyDialog)
    add.key_edit.setPlainText("this is not a key")
    assert (
        add.problem_label.isVisibleTo(add)
        and "not a minisign public key" in add.problem_label.text()
    )
    assert not add.trust_button.isEnabled()
    info = identity_info(people.trainee.logbook)
    add.key_edit.setPlainText(info.public_key_text)
    assert add.fingerprint_label.text() == grouped_fingerprint(info.fingerprint)
    assert "match what the key owner reads to you" in add.question.text()
    add.name_edit.setText("Karin Lindqvist")
    add.role_combo.setCurrentIndex(add.role_combo.findData("trainee"))
    assert not add.trust_button.isEnabled()  # not before the fingerprint is confirmed
    add.match_check.setChecked(True)
    assert add.trust_button.isEnabled()
    qtbot.mouseClick(add.trust_button, Qt.MouseButton.LeftButton)
    assert [(k.name, k.role, k.fingerprint) for k in supervisor.records.trusted_keys()] == [
        ("Karin Lindqvist", "trainee", info.fingerprint)
    ]
    assert keys.table.rowCount() == 1 and keys.table.item(0, 3).text() == info.fingerprint
    assert keys.table.item(0, 1).text() == "Trainee"


def test_the_own_key_or_a_repeated_key_is_refused_in_words(qtbot, people) -> None:
    logbook = people.trainee.logbook
    before = logbook.records.trusted_keys()
    add = AddKeyDialog(logbook, key_text=identity_info(logbook).public_key_text, name="Me")
    qtbot.addWidget(add)
    add.match_check.setChecked(True)
    add.trust()
    assert "own key" in add.problem_label.text()
    assert add.result() == 0 and logbook.records.trusted_keys() == before


def test_a_pub_file_can_be_loaded(qtbot, people, tmp_path: Path) -> None:
    info = identity_info(people.trainee.logbook)
    (tmp_path / "k.pub").write_text(info.public_key_text)
    add = AddKeyDialog(people.supervisor.logbook)
    qtbot.addWidget(add)
    add.load_file(tmp_path / "k.pub")
    assert add.fingerprint == info.fingerprint


def test_a_trusted_key_is_retired_or_removed_after_saying_what_changes(
    qtbot, people, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from evtdesk.exchange import trust_key

    supervisor = people.supervisor.logbook
    info = identity_info(people.trainee.logbook)
    trust_key(supervisor, info.public_key_text, "Karin Lindqvist", "trainee")
    keys = TrustedKeysDialog(supervisor)
    qtbot.addWidget(keys)
    keys.show()
    assert not keys.retire_button.isEnabled() and not keys.remove_button.isEnabled()
    assert keys.table.item(0, 2).text() == "no end"
    keys.table.selectRow(0)
    retire = keys.retire_selected()
    assert retire is not None
    retire.until.setDate(QDate(2026, 6, 30))
    assert "after 2026-06-30: what it signs after that day counts for nothing" in (
        retire.sentence.text()
    )
    assert info.fingerprint in retire.sentence.text()
    retire.retire()
    [key] = supervisor.records.trusted_keys()
    assert key.valid_until == date(2026, 6, 30)
    assert keys.table.item(0, 2).text() == "until 2026-06-30"

    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        return lambda _parent, _title, text, *_rest: asked.append(text) or reply

    keys.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not keys.remove_selected() and len(supervisor.records.trusted_keys()) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert keys.remove_selected()
    assert supervisor.records.trusted_keys() == [] and keys.table.rowCount() == 0
    assert "Nothing it signed counts any more" in asked[-1] and "Karin Lindqvist" in asked[-1]


def test_a_named_pipe_or_a_huge_file_is_refused_by_the_trust_dialog_without_hanging(
    qtbot, people, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import os

    add = AddKeyDialog(people.supervisor.logbook)
    qtbot.addWidget(add)
    os.mkfifo(tmp_path / "key.pub")
    add.load_file(tmp_path / "key.pub")  # opened, it would block until someone writes
    assert add.problem_label.isVisibleTo(add) and "could not be read" in add.problem_label.text()
    huge = tmp_path / "huge.pub"
    with huge.open("wb") as sparse:
        sparse.truncate(700 * 1024 * 1024)
    add.load_file(huge)
    assert len(add.key_edit.toPlainText()) <= 64 * 1024
