"""The report's approval and supervision section: the examination weeks and verdicts,
the measures asked for, and each calendar year with its evaluation.

All of it comes from the engine's result (`Progress.exam_weeks`, `measures`, `years`,
`stopped`), so the report says what the app and `evtdesk progress` say. What the
trainee recorded (cases, a measure marked done) is said as her account; verdicts and
evaluations are the supervisor's signed statements as the logbook counts them.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table

from evtdesk.curriculum.approval import week_changed
from evtdesk.report.appendix import Appendix
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import Styles, esc, grid_style, heading, table_heading
from evtdesk.report.text import fmt_date, t

RED = "#8a1c1c"


def approval(
    inputs: ReportInputs, styles: Styles, width: float, appendix: Appendix
) -> list[Flowable]:
    """The section, or nothing before any week, measure or year. A text a cell cannot
    hold (a reason, a comment, a long list of measures) is cut with its whole in the
    `appendix`; the stop's comment is a paragraph of its own, which splits."""
    progress = inputs.progress
    weeks = tuple(getattr(progress, "exam_weeks", ()) or ())
    measures = tuple(getattr(progress, "measures", ()) or ())
    years = tuple(getattr(progress, "years", ()) or ())
    stopped = getattr(progress, "stopped", None)
    if not (weeks or measures or years or stopped):
        return []
    lang = inputs.language
    story: list[Flowable] = [
        CondPageBreak(90 * mm),  # the heading and its intro never stranded at a page's foot
        heading(t("approval_heading", lang), styles.h1),
        Paragraph(esc(t("approval_intro", lang)), styles.body),
    ]
    if stopped is not None:
        said = f"{stopped.supervisor_name}, {fmt_date(stopped.signed_at)}: {stopped.comment}"
        title = esc(t("stopped_heading", lang))
        text = f"<font color='{RED}'><b>{title}</b> – {esc(said)}</font>"
        story.append(Paragraph(text, styles.body))
    if weeks:
        story += table_heading(t("weeks_heading", lang), styles.h2)
        story.append(_weeks(weeks, lang, styles, width, appendix))
    if measures:
        story += table_heading(t("measures_heading", lang), styles.h2)
        story.append(_measures(measures, lang, styles, width, appendix))
    if years:
        story += table_heading(t("years_heading", lang), styles.h2)
        story.append(_years(years, lang, styles, width, appendix))
    return story


def _cell(text: str, styles: Styles, head: bool = False) -> Paragraph:
    return Paragraph(text, styles.cell_head if head else styles.cell)


def _weeks(
    weeks: tuple[Any, ...], lang: str, styles: Styles, width: float, appendix: Appendix
) -> Table:
    head = [_cell(esc(t(k, lang)), styles, True) for k in ("col_week", "col_cases", "col_verdict")]
    data: list[list[Any]] = [head]
    for week in weeks:
        dates = f"{fmt_date(week.week.start)} – {fmt_date(week.week.last_day)}"
        when = f"<b>{dates}</b><br/>{esc(week.unit)}"
        cases = t(
            "week_cases",
            lang,
            n=week.candidates,
            evt=week.decided_evt,
            no=week.decided_no_evt,
            done=week.evt_performed,
            first=week.as_first_operator,
            good=week.mtici_2b_3,
            given=week.mtici_given,
            sich=week.sich,
            emboli=week.new_territory_emboli,
            comp=week.with_complications,
        )
        verdict = _verdict(week, lang, styles, appendix, f"{t('weeks_heading', lang)} · {dates}")
        data.append([_cell(when, styles), _cell(esc(cases), styles), verdict])
    widths = [38 * mm, (width - 38 * mm) * 0.5, (width - 38 * mm) * 0.5]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return table


def _verdict(week: Any, lang: str, styles: Styles, appendix: Appendix, where: str) -> Paragraph:
    verdict = week.verdict
    if verdict is None:
        changed = week_changed(week, lang)  # a pass the week's cases no longer match
        return _cell(esc(t("awaiting", lang)) + (f"<br/>{esc(changed)}" if changed else ""), styles)
    word = t("passed" if verdict.approved else "failed", lang)
    colour = "#2e7d32" if verdict.approved else RED
    who = t("verdict_by", lang, who=verdict.supervisor_name, when=fmt_date(verdict.signed_at))
    lines = [f"<font color='{colour}'><b>{esc(word)}</b></font> – {esc(who)}"]
    content = verdict.verdict
    if content is not None and not verdict.approved:
        lines.append(f"<b>{esc(t('reason', lang))}:</b> {appendix.text(content.reason, where)}")
        lines.append(
            f"<b>{esc(t('employer_informed', lang))}:</b> {fmt_date(content.employer_informed)}"
        )
        lines.append(f"<b>{esc(t('measures', lang))}:</b>")
        listed = [f"{fmt_date(m.due)}: {m.text}" for m in content.measures]
        lines += appendix.lines(listed, where, prefix="• ")
    elif verdict.comment:
        lines.append(appendix.text(verdict.comment, where))
    return _cell("<br/>".join(lines), styles)


def _measures(
    measures: tuple[Any, ...], lang: str, styles: Styles, width: float, appendix: Appendix
) -> Table:
    keys = ("col_due", "col_measure", "col_asked", "col_state")
    data: list[list[Any]] = [[_cell(esc(t(k, lang)), styles, True) for k in keys]]
    for m in measures:
        year = m.source.partition(":")[2]
        source = t("from_year", lang, year=year) if year else t("from_week", lang)
        where = f"{t('measures_heading', lang)} · {fmt_date(m.measure.due)}"
        state = (
            esc(t("measure_open", lang))
            if m.open
            else esc(t("measure_done", lang, when=fmt_date(m.done_on)))
            + (f": {appendix.text(m.note, where)}" if m.note else "")
        )
        data.append(
            [
                _cell(fmt_date(m.measure.due), styles),
                _cell(appendix.text(m.measure.text, where), styles),
                _cell(esc(f"{m.signed_by}, {fmt_date(m.signed_on)} ({source})"), styles),
                _cell(state, styles),
            ]
        )
    rest = width - 20 * mm
    table = Table(
        data, colWidths=[20 * mm, rest * 0.4, rest * 0.3, rest * 0.3], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(grid_style(styles.fonts))
    return table


def _years(
    years: tuple[Any, ...], lang: str, styles: Styles, width: float, appendix: Appendix
) -> Table:
    data: list[list[Any]] = []
    for year in years:
        where = f"{t('years_heading', lang)} · {year.year}"
        statement = year.evaluation
        if statement is None:
            said = t("not_evaluated" if year.due else "not_yet", lang)
            colour = RED if year.due else "#555555"
            verdict = f"<font color='{colour}'>{esc(said)}</font>"
        else:
            key = "sufficient" if statement.approved else "insufficient"
            who = t(
                "verdict_by",
                lang,
                who=statement.supervisor_name,
                when=fmt_date(statement.signed_at),
            )
            verdict = f"<b>{esc(t(key, lang))}</b> – {esc(who)}"
            if statement.comment:
                verdict += f"<br/>{appendix.text(statement.comment, where)}"
            content = statement.evaluation
            plan = content.measures if content is not None else ()
            listed = [f"{fmt_date(m.due)}: {m.text}" for m in plan]
            verdict += "".join(f"<br/>{line}" for line in appendix.lines(listed, where, "• "))
        lines = "<br/>".join(appendix.lines(year.lines, where, shown=40)) or "–"
        summary = f"<b>{esc(t('year_summary', lang))}:</b><br/>{lines}"
        data.append(
            [_cell(f"<b>{year.year}</b>", styles), _cell(verdict, styles), _cell(summary, styles)]
        )
    rest = width - 16 * mm
    table = Table(data, colWidths=[16 * mm, rest * 0.45, rest * 0.55], hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts, header_rows=0))
    return table
