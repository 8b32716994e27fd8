"""Charts of the logbook: the series maths (series), the painting (chart_widget) and the
view that puts them together (panel)."""

from evtdesk.ui.charts.panel import ChartsPanel
from evtdesk.ui.charts.series import engine_targets

__all__ = ["ChartsPanel", "engine_targets"]
