"""One candidate of the examination week on one line: the date, the decision and its
grounds, and when treated the role, the result and the times. Made for a laptop in the
angio lab: Tab goes left to right, Enter saves, and after a save the line is empty again
with the same day kept, so a case takes the time of typing it.

The row only gathers values; `values()` says what is wrong in the user's words and the
dialog keeps every field as typed until the case is saved.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from evtdesk.entries.kinds import MTICI_CHOICES, ROLE_LABELS
from evtdesk.model import Role
from evtdesk.ui.date_edit import DateEdit

TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
OPERATING = (Role.INDEPENDENT_FIRST_OPERATOR, Role.FIRST_OPERATOR, Role.SECOND_OPERATOR)


class CaseRow(QWidget):
    """The fields of one case, labelled above, in the order they are typed."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.day = DateEdit(self)
        self.day.setObjectName("caseDate")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.decision = QComboBox(self)
        self.decision.setObjectName("caseDecision")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("caseReason")
        self.reason.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.role = QComboBox(self)
        self.role.setObjectName("caseRole")
        for role in OPERATING:
            self.role.addItem(ROLE_LABELS[role][0 if language == "sv" else 1], role.value)
        self.mtici = QComboBox(self)
        self.mtici.setObjectName("caseMtici")
        self.mtici.addItem("–", None)
        for value in MTICI_CHOICES:
            self.mtici.addItem(value, value)
        self.sich = QCheckBox(self)
        self.sich.setObjectName("caseSich")
        self.puncture = self._time("casePuncture")
        self.reperfusion = self._time("caseReperfusion")
        self.complications = QLineEdit(self)
        self.complications.setObjectName("caseComplications")
        self.labels = [QLabel(self) for _ in range(9)]
        widgets: list[QWidget] = [
            self.day,
            self.decision,
            self.reason,
            self.role,
            self.mtici,
            self.sich,
            self.puncture,
            self.reperfusion,
            self.complications,
        ]
        for column, (label, widget) in enumerate(zip(self.labels, widgets, strict=True)):
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(8, 2)
        self.treated_widgets: list[QWidget] = widgets[3:]
        self.decision.currentIndexChanged.connect(self._decided)
        self.retranslate()

    def _time(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText("hh:mm")
        edit.setMaxLength(5)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 2)
        return edit

    def retranslate(self) -> None:
        current = self.decision.currentIndex()
        self.decision.blockSignals(True)
        self.decision.clear()
        self.decision.addItem(QCoreApplication.translate("ExamWeekDialog", "EVT"), "evt")
        self.decision.addItem(QCoreApplication.translate("ExamWeekDialog", "No EVT"), "no_evt")
        self.decision.setCurrentIndex(max(current, 0))
        self.decision.blockSignals(False)
        texts = (
            QCoreApplication.translate("ExamWeekDialog", "&Day"),
            QCoreApplication.translate("ExamWeekDialog", "De&cision"),
            QCoreApplication.translate("ExamWeekDialog", "&Grounds (clinical, imaging)"),
            QCoreApplication.translate("ExamWeekDialog", "&Role"),
            QCoreApplication.translate("ExamWeekDialog", "m&TICI"),
            QCoreApplication.translate("ExamWeekDialog", "sIC&H"),
            QCoreApplication.translate("ExamWeekDialog", "&Puncture"),
            QCoreApplication.translate("ExamWeekDialog", "Rep&erfusion"),
            QCoreApplication.translate("ExamWeekDialog", "C&omplications"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("ExamWeekDialog", "e.g. M1 occlusion, NIHSS 14, small core")
        )

    def set_week(self, first: date, last: date) -> None:
        """Days outside the week cannot be typed; the day stays where it was if inside."""
        kept = self.day.date().toPython()
        self.day.setDateRange(QDate(first), QDate(last))
        if not isinstance(kept, date) or not first <= kept <= last:
            self.day.setDate(QDate(min(max(date.today(), first), last)))

    def _decided(self) -> None:
        treated = self.decision.currentData() == "evt"
        for widget in self.treated_widgets:
            widget.setEnabled(treated)

    def values(self) -> tuple[dict[str, Any], list[str]]:
        """The case's fields as the store takes them, and what is wrong, in words."""
        day = self.day.date().toPython()
        assert isinstance(day, date)
        problems: list[str] = []
        values: dict[str, Any] = {
            "date": day.isoformat(),
            "decision": self.decision.currentData(),
            "decision_reason": self.reason.text().strip(),
        }
        if not values["decision_reason"]:
            problems.append(
                QCoreApplication.translate(
                    "ExamWeekDialog", "Grounds: say why EVT was or was not decided."
                )
            )
        if values["decision"] != "evt":
            return values, problems
        values["role"] = self.role.currentData()
        if self.mtici.currentData() is not None:
            values["mtici"] = self.mtici.currentData()
        values["sich"] = self.sich.isChecked()
        for name, edit, label in (
            ("puncture", self.puncture, QCoreApplication.translate("ExamWeekDialog", "Puncture")),
            (
                "reperfusion",
                self.reperfusion,
                QCoreApplication.translate("ExamWeekDialog", "Reperfusion"),
            ),
        ):
            text = edit.text().strip()
            match = TIME.match(text)
            if text and match is None:
                problems.append(
                    QCoreApplication.translate(
                        "ExamWeekDialog", "%1: write the time as hh:mm, e.g. 08:40."
                    ).replace("%1", label)
                )
            elif match is not None:
                hours, minutes = int(match.group(1)), int(match.group(2))
                values[name] = f"{day.isoformat()}T{hours:02d}:{minutes:02d}"
        if self.complications.text().strip():
            values["complications"] = self.complications.text().strip()
        return values, problems

    def clear_case(self) -> None:
        """Empty the line for the next case; the day and the role stay as they were."""
        self.decision.setCurrentIndex(0)
        for edit in (self.reason, self.puncture, self.reperfusion, self.complications):
            edit.clear()
        self.mtici.setCurrentIndex(0)
        self.sich.setChecked(False)
        self.day.setFocus()
