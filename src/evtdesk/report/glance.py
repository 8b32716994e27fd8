"""The cover's one-glance summary: per part, its state, how many of its mandatory
requirements are met, and which are still missing.

A supervisor opening the PDF sees who and which curriculum on the cover; this table puts
what is met and what is missing beside them, so the first page answers "where does the
trainee stand" before the detail of the progress pages. The state words are the
vocabulary the app and `evtdesk progress` use (`curriculum.vocabulary`).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from evtdesk.curriculum.progress import ItemProgress, PartProgress, Progress
from evtdesk.curriculum.vocabulary import word
from evtdesk.report.sections import Styles, esc, grid_style

_TEXT: dict[str, tuple[str, str]] = {
    "heading": ("I korthet", "At a glance"),
    "part": ("Del", "Part"),
    "state": ("Status", "State"),
    "met": ("Obligatoriska delmål uppnådda", "Mandatory requirements met"),
    "missing": ("Saknas", "Missing"),
    "of": ("{done} av {total}", "{done} of {total}"),
    "none": ("inget", "nothing"),
}
_SHOWN = 8  # missing ids listed per part before "…"


def _say(key: str, language: str, **values: object) -> str:
    sv, en = _TEXT[key]
    return (sv if language == "sv" else en).format(**values)


def _satisfied(item: ItemProgress) -> bool:
    return item.state in ("met", "attested") or item.waived


def _row(part: PartProgress, items: list[ItemProgress], language: str, styles: Styles) -> list[Any]:
    mandatory = [i for i in items if i.mandatory]
    missing = [i.id for i in mandatory if not _satisfied(i)]
    shown = ", ".join(missing[:_SHOWN]) + (" …" if len(missing) > _SHOWN else "")
    done = len(mandatory) - len(missing)
    state = word(part.state, language, capital=True)
    count = _say("of", language, done=done, total=len(mandatory)) if mandatory else "–"
    return [
        Paragraph(f"<b>{esc(part.title(language) or part.id)}</b>", styles.small),
        Paragraph(f"<b>{esc(state)}</b>", styles.small),
        Paragraph(esc(count), styles.small),
        Paragraph(esc(shown or (_say("none", language) if mandatory else "–")), styles.small),
    ]


def at_a_glance(
    progress: Progress | None, language: str, styles: Styles, width: float
) -> list[Flowable]:
    """The summary table, or nothing when no curriculum could be evaluated (the progress
    pages then say so)."""
    if progress is None or not progress.items:
        return []
    head = [_say(k, language) for k in ("part", "state", "met", "missing")]
    data: list[list[Any]] = [[Paragraph(esc(h), styles.cell_head) for h in head]]
    for part in progress.parts:
        items = [i for i in progress.items if i.part == part.id]
        data.append(_row(part, items, language, styles))
    widths = [width * 0.36, 22 * mm, 34 * mm]
    table = Table(data, colWidths=[*widths, width - sum(widths)], hAlign="LEFT", repeatRows=1)
    table.setStyle(grid_style(styles.fonts))
    return [Paragraph(esc(_say("heading", language)), styles.h2), table]
