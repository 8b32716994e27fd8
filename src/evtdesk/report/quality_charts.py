"""The two quality charts of the report, drawn with reportlab: each rate as a dot with its
95 % interval against the target line, and each logistics interval as its median with the
quartile box against the reference the user entered.

Shapes and dashes carry the meaning as well as colour (reports are printed in black and
white): the target is a dashed line, a reference a hollow diamond, a rate not judged is
drawn hollow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from evtdesk.curriculum.outcomes.logistics import IntervalFigure
from evtdesk.quality.indicators import Indicator
from evtdesk.report.fonts import Fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#d0d4d9")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#b3261e")
OPEN = colors.HexColor("#1f4e9c")
TARGET = colors.HexColor("#c77800")
ROW = 9 * mm
LABEL = 48 * mm


def _colour(found: Indicator) -> colors.Color:
    if found.met is None:
        return OPEN
    return GOOD if found.met else BAD


def _drawing(width: float, height: float, fonts: Fonts) -> Drawing:
    """A drawing whose initial font is the report's embedded one: reportlab otherwise
    selects Helvetica, a standard font the report does not embed."""
    d = Drawing(width, height)
    d.initialFontName = fonts.condensed  # type: ignore[attr-defined]
    return d


def _axis(d: Drawing, fonts: Fonts, x0: float, x1: float, y: float, top: float,
          ticks: Sequence[float], scale: float, unit: str) -> None:  # fmt: skip
    for tick in ticks:
        x = x0 + tick * scale
        d.add(Line(x, y, x, top, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x, y - 8, f"{tick:g}{unit}", fontName=fonts.condensed, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))  # fmt: skip
    d.add(Line(x0, y, x1, y, strokeColor=MUTED, strokeWidth=0.6))


def rate_chart(indicators: Sequence[Indicator], labels: Sequence[str], fonts: Fonts,
               width: float, target_word: str) -> Drawing:  # fmt: skip
    """One row per indicator on a 0–100 % axis: the interval as a bar with end ticks, the
    rate as a dot (hollow when not judged), the target as a dashed vertical line."""
    height = ROW * len(indicators) + 14 * mm
    d = _drawing(width, height, fonts)
    x0, x1 = LABEL, width - 6 * mm
    scale = (x1 - x0) / 100
    base = 10 * mm
    _axis(d, fonts, x0, x1, base, height - 2 * mm, range(0, 101, 20), scale, " %")
    for row, (found, label) in enumerate(zip(indicators, labels, strict=True)):
        y = base + ROW * (len(indicators) - row - 0.5)
        d.add(String(0, y - 3, label, fontName=fonts.regular, fontSize=8, fillColor=INK))
        tx = x0 + found.spec.target * scale
        d.add(Line(tx, y - ROW * 0.42, tx, y + ROW * 0.42, strokeColor=TARGET, strokeWidth=1.2,
                   strokeDashArray=[2.5, 1.5]))  # fmt: skip
        d.add(String(tx + 2, y + ROW * 0.22, f"{target_word} {found.spec.comparison}"
                     f" {found.spec.target:g} %", fontName=fonts.condensed, fontSize=6,
                     fillColor=TARGET))  # fmt: skip
        if found.rate is None or found.ci_low is None or found.ci_high is None:
            d.add(String(x0 + 2, y - 3, "–", fontName=fonts.regular, fontSize=8, fillColor=MUTED))
            continue
        colour = _colour(found)
        lo, hi, at = (x0 + v * scale for v in (found.ci_low, found.ci_high, found.rate))
        d.add(Line(lo, y, hi, y, strokeColor=colour, strokeWidth=1.4))
        for x in (lo, hi):
            d.add(Line(x, y - 2.5, x, y + 2.5, strokeColor=colour, strokeWidth=1.2))
        filled = colour if found.met is not None else colors.white
        d.add(Circle(at, y, 2.8, fillColor=filled, strokeColor=colour, strokeWidth=1.2))
    return d


def _nice_step(top: float) -> float:
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def logistics_chart(figures: Sequence[IntervalFigure], labels: Sequence[str], fonts: Fonts,
                    width: float) -> Drawing:  # fmt: skip
    """One row per interval in minutes: the quartile box, the median as a thick tick, the
    reference as a hollow diamond; an interval without cases is a dash."""
    height = ROW * len(figures) + 14 * mm
    d = _drawing(width, height, fonts)
    values = [v for f in figures for v in (f.spread.q3, f.reference and f.reference.minutes) if v]
    step = _nice_step(max(values, default=60) * 1.1)
    top = step * math.ceil(max(values, default=60) * 1.05 / step)
    x0, x1 = LABEL, width - 6 * mm
    scale = (x1 - x0) / top
    base = 10 * mm
    ticks = [step * n for n in range(int(top / step) + 1)]
    _axis(d, fonts, x0, x1, base, height - 2 * mm, ticks, scale, "")
    d.add(String(x1, 2, "min", fontName=fonts.condensed, fontSize=6.5, fillColor=MUTED,
                 textAnchor="end"))  # fmt: skip
    for row, (figure, label) in enumerate(zip(figures, labels, strict=True)):
        y = base + ROW * (len(figures) - row - 0.5)
        d.add(String(0, y - 3, label, fontName=fonts.regular, fontSize=8, fillColor=INK))
        s = figure.spread
        if s.median is None or s.q1 is None or s.q3 is None:
            d.add(String(x0 + 2, y - 3, "–", fontName=fonts.regular, fontSize=8, fillColor=MUTED))
        else:
            box = max((s.q3 - s.q1) * scale, 0.8)
            rect = Rect(x0 + s.q1 * scale, y - 3, box, 6)
            rect.fillColor, rect.strokeColor = colors.HexColor("#dde3ea"), OPEN
            rect.strokeWidth = 0.6
            d.add(rect)
            mx = x0 + s.median * scale
            d.add(Line(mx, y - 4.5, mx, y + 4.5, strokeColor=OPEN, strokeWidth=2))
            d.add(String(x0 + s.q3 * scale + 3, y - 2.5, f"{s.median:g} (n = {s.n})",
                         fontName=fonts.condensed, fontSize=6.5, fillColor=INK))  # fmt: skip
        if figure.reference is not None:
            rx, r = x0 + figure.reference.minutes * scale, 3.2
            d.add(Polygon([rx, y - r, rx + r, y, rx, y + r, rx - r, y], fillColor=colors.white,
                          strokeColor=TARGET, strokeWidth=1.1))  # fmt: skip
    return d
