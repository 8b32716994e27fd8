"""What an amended or retracted entry looked like before: the notes under a kind's table.

A supervisor signs the report as the whole truth, so every revision is spelled out as
"label: old → new" with its time and reason, and a retraction with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from evtdesk.entries.kinds import KindSpec
from evtdesk.model import Entry, EntryRevision, Site
from evtdesk.report.entry_columns import Column, cell_text
from evtdesk.report.inputs import ReportInputs
from evtdesk.report.sections import Styles, esc
from evtdesk.report.text import fmt_date, fmt_datetime, fmt_value, role_label, t


def describe_change(
    before: EntryRevision,
    after: EntryRevision,
    kind: KindSpec | None,
    lang: str,
    sites: dict[int, Site],
    arrow: str,
) -> str:
    """What a revision changed, as "label: old → new" pairs."""

    def site(rev: EntryRevision) -> str:
        found = sites.get(rev.site_id) if rev.site_id is not None else None
        return found.hospital if found else ""

    pairs: list[tuple[str, str, str]] = [
        (t("col_date", lang), fmt_date(before.date), fmt_date(after.date)),
        (t("col_case", lang), before.case_number or "", after.case_number or ""),
        (t("col_role", lang), role_label(before.role, lang), role_label(after.role, lang)),
        (t("col_site", lang), site(before), site(after)),
        (t("col_notes", lang), before.notes or "", after.notes or ""),
    ]
    names = [s.name for s in kind.fields] if kind else []
    names += sorted((set(before.fields) | set(after.fields)) - set(names))
    for name in names:
        spec = next((s for s in kind.fields if s.name == name), None) if kind else None
        label = spec.label(lang) if spec else name
        pairs.append(
            (
                label,
                fmt_value(spec, before.fields.get(name), lang),
                fmt_value(spec, after.fields.get(name), lang),
            )
        )
    empty = t("empty", lang)
    changes = [
        f"{label}: {old or empty} {arrow} {new or empty}" for label, old, new in pairs if old != new
    ]
    return "; ".join(changes) or t("no_field_change", lang)


def change_notes(
    inputs: ReportInputs,
    kind: KindSpec | None,
    entries: Sequence[Entry],
    styles: Styles,
    sites: dict[int, Site],
) -> list[Flowable]:
    lang = inputs.language
    notes: list[Flowable] = []
    for n, entry in enumerate(entries, start=1):
        if not (entry.amended or entry.retracted):
            continue
        status = cell_text(entry, Column("status", ""), lang, sites).replace("\n", ", ")
        who = " · ".join(x for x in (f"Nr {n}", fmt_date(entry.date), entry.case_number or "") if x)
        lines = [f"<b>{esc(who)}</b> — {esc(status)}"]
        history = sorted(inputs.histories.get(entry.id, ()), key=lambda r: r.revision)
        for before, after in zip(history, history[1:], strict=False):
            changes = describe_change(before, after, kind, lang, sites, styles.fonts.arrow)
            when = fmt_datetime(after.recorded_at)
            lines.append(
                esc(
                    t(
                        "revision_line",
                        lang,
                        rev=after.revision,
                        when=when,
                        reason=after.reason or "–",
                        changes=changes,
                    )
                )
            )
        if entry.amended and len(history) < 2:
            lines.append(esc(t("history_missing", lang)))
        if entry.retracted:
            said = t("retraction_line", lang, reason=entry.retraction_reason or "–")
            lines.append(f"<font color='#8a1c1c'>{esc(said)}</font>")
        notes.append(Paragraph("<br/>".join(lines), styles.note))
    if not notes:
        return []
    return [Spacer(1, 4), Paragraph(esc(t("changes", lang)), styles.h3), *notes]
