"""The logbook table's columns: sized to what they hold, and hidden when empty.

Fixed widths cut "Självständig försteoperatör" and hospital names short while Notes and
Status sat empty for a whole logbook. Now a column that no entry fills is hidden (it comes
back when an entry fills it), and the others are as wide as their widest text (over a
sample of rows, so a large logbook costs no more than a small one), within a cap; Details
takes the width that is left.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from evtdesk.ui.panels.entries_model import EntriesModel

HIDEABLE = (
    EntriesModel.ROLE,
    EntriesModel.CASE,
    EntriesModel.SITE,
    EntriesModel.NOTES,
    EntriesModel.STATUS,
)
"""Columns hidden when no entry fills them (Date, Kind and Details always have text)."""

SAMPLE_ROWS = 400  # rows Qt measures for a column's width (it takes the widest it sees)
MAX_WIDTH_EM = 40  # no column but Details wider than this (a longer text is elided)
# Notes and a status's flags can be sentences: at their full width they squeezed Details,
# the column a trainee reads, to a few letters. Elided here, whole in the tooltip.
NARROW_EM = {EntriesModel.NOTES: 20, EntriesModel.STATUS: 20}


def empty_columns(model: EntriesModel) -> set[int]:
    """The hideable columns no entry has text in."""
    empty = set(HIDEABLE)
    for row in range(model.rowCount()):
        for column in list(empty):
            if model.cell(row, column):
                empty.discard(column)
        if not empty:
            break
    return empty


def fit_columns(table: QTableView, model: EntriesModel) -> set[int]:
    """Hide the empty columns, size the others to their contents; return the hidden."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    hidden = empty_columns(model)
    em = table.fontMetrics().horizontalAdvance("M")
    for column in range(model.columnCount()):
        table.setColumnHidden(column, column in hidden)
        if column in hidden or column == EntriesModel.DETAILS:
            continue
        table.resizeColumnToContents(column)
        cap = NARROW_EM.get(column, MAX_WIDTH_EM) * em
        table.setColumnWidth(column, min(table.columnWidth(column), cap))
    header.setSectionResizeMode(EntriesModel.DETAILS, QHeaderView.ResizeMode.Stretch)
    return hidden
