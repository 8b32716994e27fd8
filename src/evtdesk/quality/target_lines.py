"""Q1, Q2 and Q4 from the approval on, in words: what `evtdesk quality`, the app's quality
view and the report's quality section all say of the follow-up targets.

Each target is one `TargetLine`: what the guidance asks (short), the figure it is judged
on, the sentences that figure rests on (which registry is missing, each interval's median
against its reference, the years below 20) and the judgement. The judgement is the
progress item's (`quality.targets`, the engine's own functions): "met" here is "met"
there. Where the item is open only because there is nothing to judge yet (Q1 with no EVT
since the approval; Q4 with no interval slower but some without a reference or without a
case) it says "not yet judgeable" instead of "not met", and is never "met".

The sentences about registries and intervals are the progress items' own
(`curriculum.followup_targets.say`), so the progress view and the quality view word them
alike. Before the approval a view shows `targets_absent` in their place: one line saying
the targets apply from the approval on, never a blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from evtdesk.curriculum.followup_targets import par_text, say
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.outcomes.evt_years import EvtPerYear, YearCount
from evtdesk.curriculum.outcomes.logistics import (
    NO_CASES,
    NO_REFERENCE,
    LogisticsPar,
)
from evtdesk.curriculum.outcomes.registries import Registration
from evtdesk.quality.targets import FollowUpTargets

MET, NOT_MET, NOT_JUDGEABLE = "met", "not_met", "not_judgeable"

WORDS = {
    "sv": {
        MET: "uppnått",
        NOT_MET: "ej uppnått",
        NOT_JUDGEABLE: "kan inte bedömas ännu",
        "heading": "Q1, Q2 och Q4 från godkännandet {start}, bedömda som i målbeskrivningen",
        "before": "Q1 (varje EVT registrerad i Riksstroke och EVAS), Q2 (minst 20 EVT per år) "
        "och Q4 (logistiktider i nivå med riksgenomsnittet) gäller från godkännandet av "
        "utbildningen: de bedöms från den dag handledaren signerar det.",
        "elsewhere": "Q1, Q2 och Q4 bedöms från godkännandet {start}: se uppföljningsåret.",
        "Q1": "Q1 registrerade i Riksstroke och EVAS",
        "Q2": "Q2 EVT som försteoperatör per år",
        "Q4": "Q4 logistik i nivå (median ≤ referensen, EVTDesk:s läsning)",
        "of": "av",
        "unrecorded": "ej registrerat",
        "no_evt": "inga EVT ännu",
        "target": "mål",
        "follow_up_year": "uppföljningsåret {start} – {end}",
        "so_far": "hittills",
        "met_by": "uppnått av {year} ({n})",
        "the_follow_up_year": "uppföljningsåret",
        "intervals": "intervall",
        "slower": "långsammare än referensen",
        "no_reference": "ingen referens angiven",
        "no_cases": "utan båda tiderna",
    },
    "en": {
        MET: "met",
        NOT_MET: "not met",
        NOT_JUDGEABLE: "not yet judgeable",
        "heading": "Q1, Q2 and Q4 from the approval on {start}, judged as the progress items are",
        "before": "Q1 (every EVT registered in Riksstroke and EVAS), Q2 (at least 20 EVT a "
        "year) and Q4 (logistics times on a par with the national medians) apply from the "
        "approval of the training on: they are judged from the day the supervisor signs it.",
        "elsewhere": "Q1, Q2 and Q4 are judged from the approval on {start}: see the follow-up "
        "year.",
        "Q1": "Q1 registered in Riksstroke and EVAS",
        "Q2": "Q2 EVT as first operator a year",
        "Q4": "Q4 logistics on a par (median ≤ reference, EVTDesk's reading)",
        "of": "of",
        "unrecorded": "not recorded",
        "no_evt": "no EVT yet",
        "target": "target",
        "follow_up_year": "follow-up year {start} – {end}",
        "so_far": "so far",
        "met_by": "met by {year} ({n})",
        "the_follow_up_year": "the follow-up year",
        "intervals": "intervals",
        "slower": "slower than the reference",
        "no_reference": "no reference entered",
        "no_cases": "without both times",
    },
}


@dataclass(frozen=True)
class TargetLine:
    """One target as every view shows it."""

    key: str  # "Q1", "Q2" or "Q4": the progress item that judges it too
    asks: str  # what the guidance asks, short
    figure: str  # the figure it is judged on
    notes: tuple[str, ...]  # what the figure rests on, one sentence each
    judgement: str  # MET, NOT_MET or NOT_JUDGEABLE
    state: str  # the judgement in words

    @property
    def met(self) -> bool:
        """What the progress item's `met` says: only MET is met."""
        return self.judgement == MET

    def text(self) -> str:
        """`Q2 EVT as first operator a year: … (target ≥ 20): not met`."""
        return f"{self.asks}: {self.figure}: {self.state}"


def _line(key: str, figure: str, notes: list[str], judgement: str, language: str) -> TargetLine:
    words = WORDS[language]
    return TargetLine(key, words[key], figure, tuple(notes), judgement, words[judgement])


def registration_line(found: Registration, language: str) -> TargetLine:
    """Q1: `2 of 3 (1 not recorded)`, and which registry each missing one lacks."""
    words = WORDS[language]
    if found.met is None:
        return _line("Q1", words["no_evt"], [], NOT_JUDGEABLE, language)
    figure = f"{found.registered} {words['of']} {found.total}"
    if found.unrecorded:
        figure += f" ({found.unrecorded} {words['unrecorded']})"
    notes = []
    if found.registered < found.total:
        r, e = found.not_in_riksstroke, found.not_in_evas
        notes.append(say("registries_missing", language, r=r, e=e))
    if found.unrecorded:
        notes.append(say("registries_unrecorded", language, n=found.unrecorded))
    if found.without_fields:
        notes.append(say("registries_kind", language, n=found.without_fields))
    return _line("Q1", figure, notes, MET if found.met else NOT_MET, language)


def year_text(year: YearCount, language: str) -> str:
    """`follow-up year 2026-02-02 – 2027-02-01 so far: 19`, or `2027: 22`."""
    words = WORDS[language]
    name = year.window.label
    if year.follow_up:
        start, end = year.window.start.isoformat(), year.window.end.isoformat()
        name = words["follow_up_year"].format(start=start, end=end)
    return f"{name}{'' if year.complete else ' ' + words['so_far']}: {year.evt}"


def _year_name(year: YearCount, language: str) -> str:
    return WORDS[language]["the_follow_up_year"] if year.follow_up else year.window.label


def evt_line(found: EvtPerYear, language: str) -> TargetLine:
    """Q2: every year since the approval against the 20, and which year meets it."""
    words = WORDS[language]
    years = " · ".join(year_text(y, language) for y in found.years)
    figure = f"{years} ({words['target']} ≥ {number(found.required, language)})"
    line = _line("Q2", figure, [], MET if found.met else NOT_MET, language)
    by = found.met_by
    if by is not None and by is not found.running:  # the year before stands
        state = words["met_by"].format(year=_year_name(by, language), n=by.evt)
        line = TargetLine(line.key, line.asks, figure, line.notes, line.judgement, state)
    if found.below:
        listed = ", ".join(f"{_year_name(y, language)} ({y.evt})" for y in found.below)
        below = say("years_below", language, req=number(found.required, language), years=listed)
        line = TargetLine(line.key, line.asks, figure, (below,), line.judgement, line.state)
    return line


def logistics_line(found: LogisticsPar, language: str) -> TargetLine:
    """Q4: how many intervals are on a par, which are slower, which cannot be judged;
    each judged interval's median against its reference as a note."""
    words = WORDS[language]
    parts = [f"{found.on_par} {words['of']} {len(found.intervals)} {words['intervals']}"]
    slower = [i.figure.spec.label(language) for i in found.intervals if i.on_par is False]
    if slower:
        parts.append(f"{words['slower']}: {', '.join(slower)}")
    for why, key in ((NO_REFERENCE, "no_reference"), (NO_CASES, "no_cases")):
        labels = [i.figure.spec.label(language) for i in found.not_judgeable if i.why == why]
        if labels:
            parts.append(f"{words[key]}: {', '.join(labels)}")
    notes = [par_text(i, language) for i in found.intervals if i.on_par is not None]
    judgement = MET if found.met else NOT_MET if slower else NOT_JUDGEABLE
    return _line("Q4", "; ".join(parts), notes, judgement, language)


def target_lines(targets: FollowUpTargets, language: str) -> tuple[TargetLine, ...]:
    """Q1, Q2 and Q4 as the progress items judge them, in the guidance's order."""
    return (
        registration_line(targets.registered, language),
        evt_line(targets.evt_per_year, language),
        logistics_line(targets.logistics, language),
    )


def targets_heading(targets: FollowUpTargets, language: str) -> str:
    return WORDS[language]["heading"].format(start=targets.start.isoformat())


def targets_absent(approval: date | None, language: str) -> str:
    """The one line a view shows where the targets are not: before the approval, that
    they apply from it on; after it, in a calendar year, where they are judged."""
    if approval is None:
        return WORDS[language]["before"]
    return WORDS[language]["elsewhere"].format(start=approval.isoformat())


def targets_text(
    targets: FollowUpTargets | None, approval: date | None, language: str
) -> list[str]:
    """The plain-text block (`evtdesk quality`): the heading, one line a target with its
    notes indented below it; or the one line saying where the targets are."""
    if targets is None:
        return [targets_absent(approval, language)]
    lines = [targets_heading(targets, language)]
    for line in target_lines(targets, language):
        lines.append(f"  {line.text()}")
        lines += [f"      {note}" for note in line.notes]
    return lines
