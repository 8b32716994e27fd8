"""The trainee imports a supervisor's attestation: checked, stored, and reported back in
plain words — what was attested, or why it was refused."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from evtdesk.bundle import AttestationRefused
from evtdesk.bundle.attestation import UntrustedSigner
from evtdesk.exchange import import_attestation
from evtdesk.exchange.files import FileRefused, read_limited
from evtdesk.store import LogbookError
from evtdesk.ui.exchange.common import verdict_words
from evtdesk.ui.session import LogbookSession

MAX_SIZE = 1024 * 1024


def subject_titles(session: LogbookSession) -> dict[str, str]:
    try:
        progress = session.progress()
    except Exception:
        return {}
    language = session.language
    titles = {i.id: f"{i.id} {i.title(language)}" for i in progress.items}
    titles |= {p.id: p.title(language) for p in progress.parts}
    return titles


def import_file(session: LogbookSession, path: Path, parent: QWidget | None = None) -> QMessageBox:
    """Import `path` into the session's logbook; returns the (opened) message box."""
    title = QCoreApplication.translate("ImportAttestation", "Import attestation")
    try:
        try:  # a regular file within the size, never read whole first
            data = read_limited(path, "attestation", MAX_SIZE)
        except FileRefused as refusal:
            raise AttestationRefused(str(refusal)) from None
        accepted = import_attestation(session.logbook, data)
    except AttestationRefused as refusal:
        box = _box(
            parent,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate("ImportAttestation", "The attestation was not imported."),
            QCoreApplication.translate("ImportAttestation", "Reason: {reason}").format(
                reason=str(refusal)
            ),
        )
        if isinstance(refusal, UntrustedSigner) and not refusal.impostor:
            _offer_trust(box, session, path, refusal, parent)
        return box
    except (LogbookError, OSError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return _box(
            parent,
            QMessageBox.Icon.Warning,
            title,
            QCoreApplication.translate("ImportAttestation", "The attestation was not imported."),
            QCoreApplication.translate("ImportAttestation", "Reason: {reason}").format(
                reason=reason
            ),
        )
    session.notify_changed()
    titles = subject_titles(session)
    lines = []
    for statement in accepted.statements:
        subject, approved, comment = statement.subject, statement.approved, statement.comment
        label = titles.get(subject, subject)
        verdict = (
            QCoreApplication.translate("ImportAttestation", "approved")
            if approved
            else QCoreApplication.translate("ImportAttestation", "not approved")
        )
        start = statement.verdict.week_start if statement.verdict else None
        label, verdict = verdict_words(subject, approved, start) or (label, verdict)
        line = f"{'✔' if approved else '✖'} {html.escape(label)} — {html.escape(verdict)}"
        if comment:
            line += f": <i>{html.escape(comment)}</i>"
        lines.append(f"<li>{line}</li>")
    heading = QCoreApplication.translate(
        "ImportAttestation", "{name} attested %n item(s).", "", len(accepted.statements)
    ).format(name=accepted.supervisor_name)
    return _box(
        parent, QMessageBox.Icon.Information, title, heading, "<ul>" + "".join(lines) + "</ul>"
    )


def _offer_trust(
    box: QMessageBox,
    session: LogbookSession,
    path: Path,
    refusal: UntrustedSigner,
    parent: QWidget | None,
) -> None:
    """A signer not trusted yet (and no impostor of a name already trusted): the trust
    dialog with his key and name filled in, where the trainee compares the fingerprint
    he reads her; once trusted, the same file is imported again."""
    from evtdesk.ui.exchange.trust_dialog import AddKeyDialog

    button = box.addButton(
        QCoreApplication.translate("ImportAttestation", "&Trust this key…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("trustSignerButton")

    def trust() -> None:
        dialog = AddKeyDialog(
            session.logbook, parent, refusal.key_line, refusal.claimed_name, "supervisor"
        )
        dialog.trusted.connect(lambda _key: import_file(session, path, parent))
        dialog.finished.connect(dialog.deleteLater)
        opened.append(dialog)
        dialog.open()

    opened: list[QWidget] = []  # the trust dialog, once asked for (tests read it)
    box.trust_dialogs = opened  # type: ignore[attr-defined]
    button.clicked.connect(trust)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str
) -> QMessageBox:
    box = QMessageBox(
        icon, title, f"<b>{html.escape(text)}</b>", QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("importAttestationResult")
    box.setInformativeText(informative if informative.startswith("<") else html.escape(informative))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def choose_and_import(session: LogbookSession, parent: QWidget | None = None) -> QMessageBox | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportAttestation", "Import attestation"),
        str(Path.home()),
        QCoreApplication.translate(
            "ImportAttestation", "EVTDesk attestations (*.evtattest);;All files (*)"
        ),
    )
    if not name:
        return None
    return import_file(session, Path(name), parent)
