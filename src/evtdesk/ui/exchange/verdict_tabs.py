"""The supervisor's statements that carry content, beside the items he approves: the
verdict on an examination week (A3, A4), the evaluation of a calendar year (S5), and
stopping or resuming the training (H3).

Each tab shows what the bundle holds — the week as the trainee recorded it, the year's
summary generated from her logbook, whether the training is stopped — and builds its
statement with the same functions `evtdesk attest --pass-week/--fail-week/--evaluate/
--stop` calls (`evtdesk.exchange.verdicts`), so the app and the command line sign the
same thing. What the guidance asks beside a "no" is asked here before signing: a failed
week's reason, the day the employer was informed and the proposed measures; an
insufficient year's action plan.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evtdesk.bundle.attestation import MAX_COMMENT
from evtdesk.curriculum.approval import week_changed, week_summary
from evtdesk.curriculum.progress import WeekProgress, YearProgress
from evtdesk.exchange import BundleView
from evtdesk.exchange.verdicts import training_stop, week_verdict, year_evaluation
from evtdesk.model import Measure, Statement
from evtdesk.model.content import MAX_REASON
from evtdesk.model.statements import Attestation
from evtdesk.store import LogbookError
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.exchange.measures_editor import MeasuresEditor

NOTHING = 0  # every tab's first choice: this attestation says nothing about it


def _label(parent: QWidget, rich: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _form(layout: QVBoxLayout, rows: list[tuple[QLabel, QWidget]]) -> None:
    """Labelled fields, each label the buddy of its field (its Alt shortcut goes there);
    a summary between two of them goes in `layout` itself, where a wrapped label gets
    the height its text needs (a form row gives it too much)."""
    form = QFormLayout()
    for label, field in rows:
        label.setBuddy(field)
        form.addRow(label, field)
    layout.addLayout(form)


class VerdictTab(QWidget):
    """What the three tabs share: a choice whose first entry says nothing, a comment,
    and `changed` whenever what would be signed changes."""

    changed = Signal()

    def __init__(self, view: BundleView, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.language = language
        self.intro = _label(self)
        self.choice = QComboBox(self)
        self.choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(MAX_COMMENT)
        self.comment.textChanged.connect(lambda _t: self.changed.emit())
        self.choice_label, self.comment_label = QLabel(self), QLabel(self)

    def decision_rows(self) -> list[tuple[QLabel, QWidget]]:
        return [(self.choice_label, self.choice), (self.comment_label, self.comment)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The texts the tabs share; each tab adds its own (called once it is built)."""
        self.comment.setPlaceholderText(self.tr("Optional"))

    def _refill_choice(self, texts: list[str]) -> None:
        """Put the choices in the language shown, keeping the one made."""
        index = self.choice.currentIndex()
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems(texts)
        self.choice.setCurrentIndex(max(index, NOTHING))
        self.choice.blockSignals(False)

    def _choice_changed(self) -> None:
        self.changed.emit()

    @property
    def chosen(self) -> bool:
        return self.choice.isEnabled() and self.choice.currentIndex() != NOTHING

    @property
    def chosen_count(self) -> int:
        """How many statements this tab would sign."""
        return int(self.chosen)

    def problems(self) -> list[str]:
        """What must be said before signing, in the words of this dialog."""
        return []


def _where(place: str, error: LogbookError) -> str:
    return f"{place}: {error}"


def _signed_by(statement: Attestation) -> str:
    return f"{statement.supervisor_name}, {statement.signed_at.date().isoformat()}"


class WeekVerdictTab(VerdictTab):
    """Pass or fail one examination week the bundle records."""

    PASS, FAIL = 1, 2

    def __init__(
        self, view: BundleView, language: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(view, language, parent)
        self.setObjectName("weekVerdictTab")
        self.weeks: list[WeekProgress] = list(view.progress.exam_weeks if view.progress else ())
        self.week_box = QComboBox(self)
        self.week_box.setObjectName("verdictWeek")
        for week in self.weeks:
            self.week_box.addItem("", week.week.id)
        self.week_box.setCurrentIndex(len(self.weeks) - 1)
        self.week_box.currentIndexChanged.connect(lambda _i: self._show_week())
        self.summary = _label(self, rich=True)
        self.summary.setObjectName("verdictWeekSummary")
        self.choice.setObjectName("weekDecision")
        self.failing = QGroupBox(self)
        self.reason = QLineEdit(self.failing)
        self.reason.setObjectName("failReason")
        self.reason.textChanged.connect(lambda _t: self.changed.emit())
        self.reason.setMaxLength(MAX_REASON)
        # the day is said by ticking it: a date edit always shows some day, and a guessed
        # one must not be signed as the day the employer was told
        self.informed_check = QCheckBox(self.failing)
        self.informed_check.setObjectName("employerInformedSaid")
        self.informed = DateEdit(self.failing, date=QDate(today))
        self.informed.setObjectName("employerInformed")
        self.informed.setDisplayFormat("yyyy-MM-dd")
        self.informed.setCalendarPopup(True)
        self.informed.setMaximumDate(QDate(today))
        self.informed.setEnabled(False)
        self.informed_check.toggled.connect(self.informed.setEnabled)
        self.informed_check.toggled.connect(lambda _on: self.changed.emit())
        self.informed.dateChanged.connect(lambda _d: self.changed.emit())
        self.measures = MeasuresEditor(today, self.failing)
        self.measures.changed.connect(self.changed)
        failing = QFormLayout(self.failing)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.measures_label = QLabel(self)
        failing.addRow(self.reason_label, self.reason)
        failing.addRow(self.informed_check, self.informed)
        failing.addRow(self.measures_label, self.measures)
        self.week_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        _form(layout, [(self.week_label, self.week_box)])
        layout.addWidget(self.summary)
        _form(layout, self.decision_rows())
        layout.addWidget(self.failing, 1)
        self.retranslate()
        self.week_box.setEnabled(bool(self.weeks))
        self.choice.setEnabled(bool(self.weeks))
        self._choice_changed()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "The examination week as the trainee recorded it. Your verdict is signed with "
                "the week's dates and unit. A week you do not pass needs the reason, the day "
                "you informed the employer, and the measures you propose (A4)."
            )
        )
        self.week_label.setText(self.tr("&Week:"))
        self.choice_label.setText(self.tr("&Verdict:"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.failing.setTitle(self.tr("Not passed"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.informed_check.setText(self.tr("&Employer informed on:"))
        self.measures_label.setText(self.tr("Proposed measures:"))
        self._refill_choice(
            [
                self.tr("No verdict in this attestation"),
                self.tr("Passed"),
                self.tr("Not passed"),
            ]
        )
        for row, week in enumerate(self.weeks):
            self.week_box.setItemText(row, self._week_text(week))
        self._show_week()

    def _week_text(self, week: WeekProgress) -> str:
        state = {
            "awaiting": self.tr("awaiting a verdict"),
            "passed": self.tr("passed"),
            "failed": self.tr("not passed"),
        }[week.state]
        start, end = week.week.start.isoformat(), week.week.last_day.isoformat()
        return f"{start} – {end}, {week.unit} ({state})"

    def current_week(self) -> WeekProgress | None:
        week_id = self.week_box.currentData()
        return next((w for w in self.weeks if w.week.id == week_id), None)

    def _show_week(self) -> None:
        week = self.current_week()
        if week is None:
            self.summary.setText(
                html.escape(self.tr("The bundle records no examination week yet."))
            )
            return
        lines = [f"<b>{html.escape(week_summary(week, self.language))}</b>"]
        if week.verdict is not None:
            word = self.tr("Passed") if week.verdict.approved else self.tr("Not passed")
            lines.append(html.escape(f"{word} – {_signed_by(week.verdict)}"))
        elif week.changed_after is not None:
            lines.append(html.escape(week_changed(week, self.language)))
        self.summary.setText("<br/>".join(lines))
        self.changed.emit()

    def _choice_changed(self) -> None:
        self.failing.setEnabled(self.choice.currentIndex() == self.FAIL)
        super()._choice_changed()

    def problems(self) -> list[str]:
        typed = self.comment.text().strip() or self.reason.text().strip()
        if not self.chosen and (typed or self.measures.texts):
            return [
                self.tr(
                    "You wrote in the examination week tab but chose no verdict: choose one, "
                    "or clear what you wrote."
                )
            ]
        if not self.chosen or self.choice.currentIndex() != self.FAIL:
            return []
        found = []
        if not self.reason.text().strip():
            found.append(self.tr("Say why the examination week is not passed."))
        if not self.informed_check.isChecked():
            found.append(self.tr("Say on which day you informed the employer of the failed week."))
        if not self.measures.measures():
            found.append(self.tr("Propose at least one measure for the approval."))
        return found + self.measures.problems()

    def statements(self) -> list[Statement]:
        """The verdict to sign, if one is chosen; LogbookError when the core refuses what
        was said (an identity number in the reason, say)."""
        week = self.current_week()
        if not self.chosen or week is None:
            return []
        comment = self.comment.text()
        try:
            if self.choice.currentIndex() == self.PASS:
                return [week_verdict(self.view, week.week.id, True, comment)]
            informed = self.informed.date().toPython()
            assert isinstance(informed, date)
            failed = week_verdict(
                self.view,
                week.week.id,
                False,
                comment,
                self.reason.text(),
                informed,
                self.measures.measures(),
            )
        except LogbookError as error:  # say where: the dialog has four tabs
            raise LogbookError(_where(self.tr("Examination week"), error)) from None
        return [failed]


@dataclass(frozen=True)
class YearDraft:
    """What the supervisor chose for one year while the dialog is open."""

    choice: int
    comment: str
    plan: tuple[Measure, ...]


class YearEvaluationTab(VerdictTab):
    """Evaluate the calendar years of the training, each from the summary its logbook
    gives. One attestation can evaluate several years (a backlog after a long gap): the
    choice made for a year is kept while another year is shown."""

    SUFFICIENT, INSUFFICIENT = 1, 2

    def __init__(
        self, view: BundleView, language: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(view, language, parent)
        self.setObjectName("yearEvaluationTab")
        self.years: list[YearProgress] = list(view.progress.years if view.progress else ())
        self.drafts: dict[int, YearDraft] = {}
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("evaluationYear")
        for year in self.years:
            self.year_box.addItem("", year.year)
        self.year_box.setCurrentIndex(self._first_due())
        self.shown_year: int | None = self.year_box.currentData()
        self.year_box.currentIndexChanged.connect(lambda _i: self._switch_year())
        self.summary = _label(self, rich=True)
        self.summary.setObjectName("evaluationSummary")
        self.choice.setObjectName("evaluationDecision")
        self.plan_box = QGroupBox(self)
        self.plan = MeasuresEditor(today, self.plan_box)
        self.plan.changed.connect(self._edited)
        self.comment.textChanged.connect(lambda _t: self._keep_draft())
        QVBoxLayout(self.plan_box).addWidget(self.plan)
        self.year_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        _form(layout, [(self.year_label, self.year_box)])
        layout.addWidget(self.summary)
        _form(layout, self.decision_rows())
        layout.addWidget(self.plan_box, 1)
        self.retranslate()
        self.year_box.setEnabled(bool(self.years))
        self.choice.setEnabled(bool(self.years))
        self._choice_changed()

    def _first_due(self) -> int:
        """The first past year without an evaluation, else the latest year."""
        for index, year in enumerate(self.years):
            if year.due and year.evaluation is None:
                return index
        return len(self.years) - 1

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Each calendar year of the training has its evaluation: what was done that "
                "year, as the trainee's logbook shows it, against the plan. The summary is "
                "signed with your evaluation. Insufficient progress needs an action plan of "
                "dated measures (S5). You can evaluate several years in one attestation."
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.choice_label.setText(self.tr("&Evaluation:"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.plan_box.setTitle(self.tr("Action plan (insufficient progress)"))
        self._refill_choice(
            [
                self.tr("No evaluation in this attestation"),
                self.tr("Sufficient progress"),
                self.tr("Insufficient progress"),
            ]
        )
        self._name_years()
        self._show_year()

    def _name_years(self) -> None:
        for row, year in enumerate(self.years):
            self.year_box.setItemText(row, self._year_text(year))

    def _year_text(self, year: YearProgress) -> str:
        if year.evaluation is not None:
            word = (
                self.tr("sufficient progress")
                if year.evaluation.approved
                else self.tr("insufficient progress")
            )
            text = f"{year.year} ({word}, {_signed_by(year.evaluation)})"
        else:
            state = self.tr("evaluation due") if year.due else self.tr("the current year")
            text = f"{year.year} ({state})"
        draft = self.drafts.get(year.year)
        if draft is not None and draft.choice != NOTHING:
            text += " ← " + self.choice.itemText(draft.choice)
        return text

    def current_year(self) -> YearProgress | None:
        chosen = self.year_box.currentData()
        return next((y for y in self.years if y.year == chosen), None)

    # one draft per year ----------------------------------------------------------------
    def _keep_draft(self) -> None:
        """Remember what is shown as the choice for the year shown."""
        if self.shown_year is None:
            return
        draft = YearDraft(
            self.choice.currentIndex(), self.comment.text(), tuple(self.plan.measures())
        )
        if draft.choice == NOTHING and not draft.comment and not draft.plan:
            self.drafts.pop(self.shown_year, None)
        else:
            self.drafts[self.shown_year] = draft
        index = self.year_box.findData(self.shown_year)
        year = next((y for y in self.years if y.year == self.shown_year), None)
        if index >= 0 and year is not None:
            self.year_box.setItemText(index, self._year_text(year))

    def _switch_year(self) -> None:
        self.shown_year = self.year_box.currentData()
        draft = self.drafts.get(self.shown_year or 0, YearDraft(NOTHING, "", ()))
        for widget in (self.choice, self.comment, self.plan):
            widget.blockSignals(True)
        self.choice.setCurrentIndex(draft.choice)
        self.comment.setText(draft.comment)
        self.plan.set_measures(draft.plan)
        for widget in (self.choice, self.comment, self.plan):
            widget.blockSignals(False)
        self.plan_box.setEnabled(draft.choice == self.INSUFFICIENT)
        self._show_year()

    def _edited(self) -> None:
        self._keep_draft()
        self.changed.emit()

    def _show_year(self) -> None:
        year = self.current_year()
        if year is None:
            self.summary.setText(html.escape(self.tr("The bundle shows no year of training yet.")))
            return
        lines = [html.escape(line) for line in year.lines] or [
            html.escape(self.tr("Nothing recorded that year."))
        ]
        self.summary.setText("<br/>".join(lines))
        self.changed.emit()

    def _choice_changed(self) -> None:
        self.plan_box.setEnabled(self.choice.currentIndex() == self.INSUFFICIENT)
        if hasattr(self, "plan"):  # built
            self._keep_draft()
        super()._choice_changed()

    def _chosen_years(self) -> list[tuple[int, YearDraft]]:
        if not self.choice.isEnabled():
            return []
        return sorted((y, d) for y, d in self.drafts.items() if d.choice != NOTHING)

    @property
    def chosen_count(self) -> int:
        return len(self._chosen_years())

    def problems(self) -> list[str]:
        found = [
            self.tr(
                "%1: you wrote an evaluation but chose none; choose sufficient or insufficient "
                "progress, or clear what you wrote."
            ).replace("%1", str(year))
            for year, draft in sorted(self.drafts.items())
            if draft.choice == NOTHING and (draft.comment.strip() or draft.plan)
        ]
        for year, draft in self._chosen_years():
            if draft.choice != self.INSUFFICIENT:
                continue
            if not draft.comment.strip():
                found.append(
                    self.tr("%1: say in the comment why the progress is insufficient.").replace(
                        "%1", str(year)
                    )
                )
            if not draft.plan:
                found.append(
                    self.tr(
                        "%1: insufficient progress needs an action plan; add at least one measure."
                    ).replace("%1", str(year))
                )
            for number, measure in enumerate(draft.plan, 1):
                if not measure.text:
                    found.append(
                        self.tr(
                            "%1: measure %2 says nothing; write what is to be done, or remove it."
                        )
                        .replace("%1", str(year))
                        .replace("%2", str(number))
                    )
        return found

    def statements(self) -> list[Statement]:
        found = []
        for year, draft in self._chosen_years():
            try:
                found.append(
                    year_evaluation(
                        self.view,
                        year,
                        draft.choice == self.SUFFICIENT,
                        draft.comment,
                        draft.plan if draft.choice == self.INSUFFICIENT else (),
                    )
                )
            except LogbookError as error:  # say which year: only one is shown
                raise LogbookError(_where(str(year), error)) from None
        return found


class StopTab(VerdictTab):
    """Stop the training (the guidance lets the supervisor stop it when time or
    resources are lacking, H3), or lift a stop the bundle shows."""

    def __init__(self, view: BundleView, language: str, parent: QWidget | None = None) -> None:
        super().__init__(view, language, parent)
        self.setObjectName("stopTab")
        self.stopped = view.progress.stopped if view.progress else None
        self.state = _label(self)
        self.state.setObjectName("stopState")
        self.choice.setObjectName("stopDecision")
        self.comment.setObjectName("stopReason")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        _form(layout, self.decision_rows())
        layout.addStretch(1)
        self.choice.setEnabled(view.progress is not None)
        self.retranslate()

    @property
    def stopping(self) -> bool:
        return self.stopped is None

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "You can stop the training when the time or resources it needs are lacking "
                "(hospital checklist, H3), and lift the stop later. The trainee's plan then "
                "says so."
            )
        )
        if self.stopped is None:
            self.state.setText(self.tr("The training is not stopped."))
        else:
            self.state.setText(
                self.tr("The training is stopped (%1): %2")
                .replace("%1", _signed_by(self.stopped))
                .replace("%2", self.stopped.comment)
            )
        self.choice_label.setText(self.tr("&Decision:"))
        self.comment_label.setText(self.tr("&Reason:"))
        self.comment.setPlaceholderText(self.tr("What the trainee and her employer will read"))
        self._refill_choice(
            [
                self.tr("Nothing about this in this attestation"),
                self.tr("Stop the training") if self.stopping else self.tr("Resume the training"),
            ]
        )

    def problems(self) -> list[str]:
        if not self.chosen and self.comment.text().strip():
            return [
                self.tr(
                    "You wrote a reason but chose neither to stop nor to resume the training: "
                    "choose, or clear the reason."
                )
            ]
        if self.chosen and not self.comment.text().strip():
            return [
                self.tr("Say why the training is stopped.")
                if self.stopping
                else self.tr("Say why the training is resumed.")
            ]
        return []

    def statements(self) -> list[Statement]:
        if not self.chosen:
            return []
        try:
            return [training_stop(self.stopping, self.comment.text())]
        except LogbookError as error:
            raise LogbookError(_where(self.tr("Stop or resume"), error)) from None
