"""The supervisor's trainees as a Qt table model: one row per `TraineeRow` the core gave
(`exchange.trainees`), each cell worded only when a view asks for it.

The core gives subjects and parts by id (`EVAL:2025`, `ADAPT:NI2`, `PREP`); the words are
here, with titles from the reader's own curriculum where it has them. A kept bundle that
cannot be shown says why where what waits for him would be. Names come from his trust list
and problems may quote a bundle: cells are plain text by nature, tooltips go through
`plain_tooltip`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from evtdesk.exchange.trainees import TraineeRow
from evtdesk.model.statements import ADAPT_PREFIX, EVAL_PREFIX, EXAM_WEEK
from evtdesk.ui.exchange.common import mono_font, role_text, verdict_words
from evtdesk.ui.styles import ERROR_COLOUR
from evtdesk.ui.tooltips import plain_tooltip

SORT_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
WARNING_COLOUR = "#b36b00"  # the bundle view's amber (verdict_banner, bundleWarnings)
_AnyIndex = QModelIndex | QPersistentModelIndex


class TraineesModel(QAbstractTableModel):
    """The overview's rows, one cell at a time, in the reader's words."""

    (NAME, KEY, ROLE, BUNDLE, MADE, RECEIVED, FRESHNESS, PART, AWAITING, OVERDUE) = range(10)
    (MEASURES, STOPPED, REPORTS, UNVALIDATED) = range(10, 14)
    COLUMN_COUNT = 14
    NUMBERS = (BUNDLE, MEASURES, REPORTS, UNVALIDATED)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TraineeRow] = []
        self.titles: dict[str, str] = {}  # subject id -> title, from his curriculum
        self._headings: list[tuple[str, str]] | None = None

    def set_rows(self, rows: tuple[TraineeRow, ...], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.titles = list(rows), titles
        self.endResetModel()

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def retranslate(self) -> None:
        """The language changed: every heading and cell is worded again."""
        self._headings = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, self.COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headings(self) -> list[tuple[str, str]]:
        """Each column's heading and what it means (the header's tooltip)."""
        if self._headings is None:
            self._headings = self._words_of_headings()
        return self._headings

    def _words_of_headings(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Trainee"), self.tr("The name you trusted her key under")),
            (self.tr("Key"), self.tr("The start of her key's fingerprint")),
            (self.tr("You are"), self.tr("Your role towards her")),
            (self.tr("Bundle"), self.tr("The number of her last bundle you verified")),
            (self.tr("Made"), self.tr("When she exported it (her clock)")),
            (self.tr("Received"), self.tr("When you verified it (your clock)")),
            (self.tr("Freshness"), self.tr("Whether it follows the bundle you saw before it")),
            (self.tr("Part"), self.tr("The first part open and not complete, in your view")),
            (
                self.tr("Waits for you"),
                self.tr("What waits for your statement; or why her last bundle cannot be shown"),
            ),
            (self.tr("Evaluation\noverdue"), self.tr("Years due without a yearly evaluation")),
            (self.tr("Open\nmeasures"), self.tr("Measures not yet marked done")),
            (self.tr("Stopped"), self.tr("Whether the training is stopped")),
            (
                self.tr("Reports"),
                self.tr(
                    "Co-supervisors' reports among the statements, and how many you have not "
                    "marked read"
                ),
            ),
            (
                self.tr("Unvalidated\n> 30 days"),
                self.tr(
                    "Her cases dated more than 30 days ago that no supervisor has validated "
                    "or rejected as they now stand"
                ),
            ),
        ]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headings()[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headings()[section][1]
        return None

    def data(self, index: _AnyIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(row, column)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column == self.KEY:
            return mono_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # words --------------------------------------------------------------------------
    def text(self, row: TraineeRow, column: int) -> str:
        last = row.last_bundle
        if column == self.NAME:
            return row.name
        if column == self.KEY:
            return f"{row.fingerprint[:9]} …"
        if column == self.ROLE:
            return role_text(row.role)
        if last is None:
            return self.tr("none yet") if column == self.BUNDLE else ""
        if column == self.BUNDLE:
            return str(last.sequence)
        if column == self.MADE:
            return last.created.date().isoformat()
        if column == self.RECEIVED:
            return last.received.date().isoformat() if last.received else "?"
        if column == self.FRESHNESS:
            return self.freshness(row)
        if row.problem:  # nothing of hers can be shown: why, where what waits would be
            return self.problem(row) if column == self.AWAITING else ""
        if column == self.PART:
            return self.subject(row.current_part) if row.current_part else "—"
        if column == self.AWAITING:
            return "; ".join(self.awaiting(row)) or self.tr("nothing")
        if column == self.OVERDUE:
            return ", ".join(str(y) for y in row.overdue_evaluations)
        if column == self.STOPPED:
            return self.tr("stopped") if row.stopped else ""
        if column == self.REPORTS and row.unread_reports:
            return self.tr("{n} ({unread} unread)").format(n=row.reports, unread=row.unread_reports)
        numbers = {
            self.MEASURES: row.open_measures,
            self.REPORTS: row.reports,
            self.UNVALIDATED: row.unvalidated_waiting,
        }
        return str(numbers.get(column, ""))

    def problem(self, row: TraineeRow) -> str:
        """Why her last bundle cannot be shown (the core's reason, quoted as plain text)."""
        reason = " ".join(row.problem.split())
        return self.tr("Cannot be shown: {reason}").format(reason=reason)

    def freshness(self, row: TraineeRow) -> str:
        last = row.last_bundle
        if last is None:
            return ""
        if last.history_changed_since is not None:
            return self.tr("history changed since no. {n}").format(n=last.history_changed_since)
        words = {
            "first": self.tr("first kept"),
            "continues": self.tr("continues"),
            "unlinked": self.tr("not linked"),
        }
        return words.get(last.continues, last.continues)

    def freshness_meaning(self, row: TraineeRow) -> str:
        last = row.last_bundle
        if last is None:
            return ""
        if last.history_changed_since is not None:
            return self.tr(
                "It does not keep every entry you saw in bundle {n}: her logbook was restored "
                "or rewritten since."
            ).format(n=last.history_changed_since)
        meanings = {
            "first": self.tr("The first bundle of hers you kept."),
            "continues": self.tr("It names the bundle you saw before it as its predecessor."),
            "unlinked": self.tr(
                "It does not name the bundle you saw before it as its predecessor: open it "
                "and read its freshness."
            ),
        }
        return meanings.get(last.continues, "")

    def subject(self, part_or_item: str) -> str:
        """A part or an item by id, with its title when his curriculum has it."""
        title = self.titles.get(part_or_item, "")
        if not title or title.startswith(f"{part_or_item} "):
            return title or part_or_item
        return f"{part_or_item} {title}"

    def awaiting(self, row: TraineeRow) -> list[str]:
        """The subjects waiting for his statement, in words (the core gives their ids)."""
        words = []
        for subject in row.awaiting:
            if subject == EXAM_WEEK or subject.startswith(EVAL_PREFIX):
                said = verdict_words(subject, True)
                words.append(said[0] if said else subject)
            elif subject.startswith(ADAPT_PREFIX):
                item = self.subject(subject[len(ADAPT_PREFIX) :])
                words.append(self.tr("proposed adaptation of {item}").format(item=item))
            else:
                words.append(self.tr("approval of {part}").format(part=self.subject(subject)))
        return words

    def tooltip(self, row: TraineeRow, column: int) -> str:
        if column in (self.NAME, self.KEY):
            lines = [row.name, row.fingerprint, role_text(row.role)]
            if row.problem:
                lines.append(self.problem(row))
            return "\n".join(lines)
        if column == self.FRESHNESS:
            return self.freshness_meaning(row)
        if column == self.AWAITING:
            return self.problem(row) if row.problem else "\n".join(self.awaiting(row))
        return self.text(row, column)

    def _colour(self, row: TraineeRow, column: int) -> str:
        last = row.last_bundle
        if column == self.STOPPED or (column == self.AWAITING and row.problem):
            return ERROR_COLOUR
        if column == self.FRESHNESS and last is not None:
            warned = last.history_changed_since is not None or last.continues == "unlinked"
            return WARNING_COLOUR if warned else ""
        if column == self.OVERDUE or (column == self.UNVALIDATED and row.unvalidated_waiting):
            return WARNING_COLOUR
        if column == self.BUNDLE and last is None:
            return "gray"
        return ""

    def _sort_key(self, row: TraineeRow, column: int) -> Any:
        last = row.last_bundle
        if column == self.BUNDLE:
            return last.sequence if last is not None else -1
        if column in (self.MADE, self.RECEIVED) and last is not None:
            when = last.created if column == self.MADE else last.received
            return when.isoformat() if when else ""
        if column in (self.MEASURES, self.REPORTS, self.UNVALIDATED, self.AWAITING):
            count = {
                self.MEASURES: row.open_measures,
                self.REPORTS: row.reports,
                self.UNVALIDATED: row.unvalidated_waiting,
                self.AWAITING: len(row.awaiting),
            }[column]
            unread = row.unread_reports if column == self.REPORTS else 0  # unread ones first
            return (unread, count) if last is not None and not row.problem else (-1, -1)
        return self.text(row, column).casefold()
