"""One entry's history: every revision with its reason, and amend or retract (never delete).

Amending appends a revision (the form opens prefilled and asks for a reason); retracting
records a reason and keeps the entry listed, struck through. Both go through the store,
which writes them into the hash chain.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.kinds import FieldType, kind_spec
from evtdesk.model import Entry, EntryRevision
from evtdesk.store import LogbookError
from evtdesk.ui.forms.entry_form import EntryFormDialog
from evtdesk.ui.forms.field_widgets import choice_label, field_label, kind_label, role_label
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE


def format_value(kind: str, name: str, value: Any, language: str) -> str:
    """A stored field value as the history shows it."""
    if value is None or value == "":
        return "—"
    try:
        spec = kind_spec(kind).field(name)
    except KeyError:
        return str(value)
    if spec.type is FieldType.BOOL:
        return ("ja" if value else "nej") if language == "sv" else ("yes" if value else "no")
    if spec.type is FieldType.CHOICE:
        return choice_label(str(value), language)
    if spec.type is FieldType.DATETIME:
        return str(value).replace("T", " ")
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    return str(value)


def _label_cell(kind: str, name: str, language: str) -> str:
    """A row's start and its grey field label."""
    label = html.escape(field_label(kind, name, language))
    return f"<tr><td style='padding-right:12px;color:gray'>{label}</td>"


class HistoryDialog(QDialog):
    """The history of entry `entry_id`, with Amend and Retract."""

    def __init__(
        self, session: LogbookSession, entry_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entry_id = entry_id
        self.entry: Entry | None = None
        self.revisions: list[EntryRevision] = []
        self.setObjectName("HistoryDialog")
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser, 1)

        self.retract_box = QWidget(self)
        retract_layout = QHBoxLayout(self.retract_box)
        retract_layout.setContentsMargins(0, 0, 0, 0)
        self.reason_label = QLabel(self.retract_box)
        self.reason_edit = QLineEdit(self.retract_box)
        self.reason_edit.setObjectName("retract_reason")
        self.reason_label.setBuddy(self.reason_edit)
        self.confirm_button = QPushButton(self.retract_box)
        self.confirm_button.setObjectName("confirm_retract")
        self.confirm_button.clicked.connect(self.retract)
        self.reason_edit.returnPressed.connect(self.retract)
        retract_layout.addWidget(self.reason_label)
        retract_layout.addWidget(self.reason_edit, 1)
        retract_layout.addWidget(self.confirm_button)
        self.retract_box.hide()
        layout.addWidget(self.retract_box)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self.amend)
        self.retract_button = QPushButton(self)
        self.retract_button.setObjectName("retract")
        self.retract_button.clicked.connect(self.start_retract)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        for button in (self.amend_button, self.retract_button, self.close_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.retract_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        session.changed.connect(self.reload)
        session.language_changed.connect(lambda _l: self.reload())
        self.retranslate()
        self.reload()
        self.resize(640, 560)

    @property
    def language(self) -> str:
        return self.session.language

    # --- contents ---------------------------------------------------------------------
    def reload(self) -> None:
        entries = self.session.logbook.entries
        self.entry = entries.get(self.entry_id)
        self.revisions = entries.history(self.entry_id)
        self.attachments = self.session.logbook.records.attachments(self.entry_id)
        self._render()

    def _render(self) -> None:
        entry = self.entry
        if entry is None:
            return
        language = self.language
        title = f"<b>{html.escape(kind_label(entry.kind, language))}</b>, {entry.date.isoformat()}"
        if entry.case_number:
            title += f" · {html.escape(entry.case_number)}"
        if entry.retracted:
            status = self.tr("Retracted. Reason: %1").replace("%1", entry.retraction_reason or "")
            title += f"<br><span style='color:#b3261e'>{html.escape(status)}</span>"
        elif entry.amended:
            title += "<br>" + html.escape(
                self.tr("Amended: %1 revisions").replace("%1", str(entry.revision))
            )
        self.heading.setText(title)
        self.browser.setHtml(self.history_html())
        self.amend_button.setEnabled(not entry.retracted)
        self.retract_button.setEnabled(not entry.retracted)
        if entry.retracted:
            self.retract_box.hide()

    def history_html(self) -> str:
        """Every revision, newest first, its changed values in bold."""
        assert self.entry is not None
        language = self.language
        kind = self.entry.kind
        parts: list[str] = []
        sites = {
            s.id: f"{s.hospital}, {s.unit}" if s.unit else s.hospital
            for s in self.session.logbook.records.sites()
        }
        previous: dict[str, Any] | None = None
        blocks = []
        for revision in self.revisions:
            values: dict[str, Any] = {
                "date": revision.date.isoformat(),
                "role": role_label(revision.role, language) or None,
                "case_number": revision.case_number,
                "site_id": sites.get(revision.site_id) if revision.site_id is not None else None,
            }
            order = [f.name for f in kind_spec(kind).fields]
            for name in sorted(
                revision.fields, key=lambda n: order.index(n) if n in order else len(order)
            ):
                values[name] = format_value(kind, name, revision.fields[name], language)
            values["notes"] = revision.notes or None
            if revision.revision == 1:
                heading = self.tr("Revision %1 (original), recorded %2")
            else:
                heading = self.tr("Revision %1, recorded %2")
            heading = heading.replace("%1", str(revision.revision)).replace(
                "%2", revision.recorded_at.strftime("%Y-%m-%d %H:%M") + " UTC"
            )
            rows = []
            for name, value in values.items():
                if value is None or value == "—":
                    if previous is None or previous.get(name) in (None, "—"):
                        continue
                    value = "—"
                changed = previous is not None and previous.get(name) != value
                text = html.escape(str(value)).replace("\n", "<br>")
                if changed:
                    text = f"<b>{text}</b>"
                rows.append(f"{_label_cell(kind, name, language)}<td>{text}</td></tr>")
            for name in previous or {}:
                if name not in values and previous and previous[name] not in (None, "—"):
                    rows.append(f"{_label_cell(kind, name, language)}<td><b>—</b></td></tr>")
            reason = ""
            if revision.reason:
                because = self.tr("Reason: %1").replace("%1", revision.reason)
                reason = f"<p><i>{html.escape(because)}</i></p>"
            blocks.append(f"<h3>{html.escape(heading)}</h3>{reason}<table>{''.join(rows)}</table>")
            previous = values
        if self.entry.retracted:
            parts.append(
                "<h3 style='color:#b3261e'>"
                + html.escape(
                    self.tr("Retracted. Reason: %1").replace(
                        "%1", self.entry.retraction_reason or ""
                    )
                )
                + "</h3>"
            )
        parts.extend(reversed(blocks))
        if self.attachments:
            names = ", ".join(html.escape(a.filename) for a in self.attachments)
            attached = self.tr("Attached files:")
            parts.append(f"<p>{html.escape(attached)} {names}</p>")
        return "".join(parts)

    # --- actions ---------------------------------------------------------------------------
    def amend_form(self) -> EntryFormDialog:
        """The form to amend this entry (prefilled; asks for a reason)."""
        assert self.entry is not None
        return EntryFormDialog(self.session, self.entry.kind, self, entry=self.entry)

    def amend(self) -> None:
        if self.entry is None or self.entry.retracted:
            return
        form = self.amend_form()
        form.finished.connect(form.deleteLater)
        form.open()

    def start_retract(self) -> None:
        self.retract_box.show()
        self.reason_edit.setFocus()

    def retract(self) -> bool:
        reason = self.reason_edit.text().strip()
        if not reason:
            self._show_error(self.tr("Give a reason for retracting the entry."))
            return False
        try:
            self.session.logbook.entries.retract(self.entry_id, reason)
        except LogbookError as error:
            self._show_error(str(error))
            return False
        self.reason_edit.clear()
        self.retract_box.hide()
        self._show_error("")
        self.session.notify_changed()
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entry history"))
        self.amend_button.setText(self.tr("&Amend…"))
        self.amend_button.setToolTip(
            self.tr("Record a corrected version; the earlier one stays in the history.")
        )
        self.retract_button.setText(self.tr("&Retract…"))
        self.retract_button.setToolTip(
            self.tr("Withdraw the entry with a reason; it stays listed, struck through.")
        )
        self.close_button.setText(self.tr("Close"))
        self.reason_label.setText(self.tr("Reason for retracting:"))
        self.reason_edit.setAccessibleName(self.tr("Reason for retracting"))
        self.confirm_button.setText(self.tr("Retract entry"))
        self.browser.setAccessibleName(self.tr("Revisions"))
