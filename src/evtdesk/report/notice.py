"""The notice to the employer of a failed examination week (A4) or a stop of the training (H3).

The guidance asks the supervisor, when the trainee is not approved, to give the reason,
inform the employer and propose measures (A4), and lets him stop a training that lacks
time or resources (H3). The employer (the verksamhetschef) reads neither bundles nor
logbooks; this page is what he is handed: each failed week with its reason, the day the
verdict records the employer as informed and the measures with their dates, the stop
with its reason, every week's verdict for context, and the guidance's words the notice
rests on. What stands is the supervisor's own view (`exchange.notice` decides).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from evtdesk.report.document_parts import (
    Basis,
    Person,
    WeekRecord,
    basis_lines,
    build_document,
    people_table,
    styles,
    weeks_table,
)
from evtdesk.report.sections import Styles, esc, heading

# The guidance's words (quoted as written): "Godkännande av utbildningen", its last
# paragraph (A4), and "”Enbart EVT”-sjukhus", point 3 (H3).
A4_SOURCE_SV = (
    "Om aspiranten blir underkänd bör handledaren redovisa anledning, informera "
    "arbetsgivaren och föreslå åtgärder/kompletteringar för godkännandet."
)
A4_TRANSLATION_EN = (
    "If the trainee is not approved, the supervisor should give the reason, inform the "
    "employer and propose measures/complements for the approval."
)
H3_SOURCE_SV = (
    "För interventionister under utbildning bör handledaren kunna avbryta utbildningen om "
    "aspiranten inte får tillräcklig tid och resurser för att genomföra utbildningen."
)
H3_TRANSLATION_EN = (
    "For interventionists in training, the supervisor should be able to stop the training "
    "if the trainee is not given enough time and resources to complete it."
)

WORDS = {
    "sv": {
        "title": "Meddelande till arbetsgivaren",
        "to": "Till: verksamhetschefen (arbetsgivaren) för {trainee}",
        "intro": "Som huvudhandledare för {trainee} i utbildningen till EVT-interventionist "
        "enligt den nationella vägledningen meddelar jag följande.",
        "failed": "Underkänd examinationsvecka {start} – {end}",
        "verdict": "Underkänd {date} av {name}, {unit}.",
        "reason": "Anledning",
        "informed": "Arbetsgivaren informerad enligt bedömningen",
        "measures": "Föreslagna åtgärder (klara senast)",
        "stop": "Utbildningen är avbruten",
        "stopped": "Avbruten {date} av {name}.",
        "weeks": "Examinationsveckor och bedömningar",
        "basis": "Vägledningens ord",
        "translation": "",
        "signature": "Meddelandet är signerat elektroniskt (PAdES) med huvudhandledarens "
        "loggbokscertifikat. Det återger bedömningarna så som hans egen granskning av "
        "aspirantens signerade paket visar dem.",
    },
    "en": {
        "title": "Notice to the employer",
        "to": "To: the head of department (verksamhetschef), employer of {trainee}",
        "intro": "As main supervisor of {trainee} in the training as an EVT interventionist "
        "under the Swedish national guidance, I give notice of the following.",
        "failed": "Failed examination week {start} – {end}",
        "verdict": "Failed on {date} by {name}, {unit}.",
        "reason": "Reason",
        "informed": "Employer informed, as the verdict records",
        "measures": "Measures proposed (due by)",
        "stop": "The training is stopped",
        "stopped": "Stopped on {date} by {name}.",
        "weeks": "Examination weeks and verdicts",
        "basis": "The guidance's words",
        "translation": "EVTDesk's translation; the Swedish text quoted after it is the authority.",
        "signature": "This notice is signed electronically (PAdES) with the main "
        "supervisor's logbook certificate. It gives the verdicts as his own review of the "
        "trainee's signed bundle shows them.",
    },
}


@dataclass(frozen=True)
class StopRecord:
    """The supervisor's stop of the training (H3), as it stands in his view."""

    stopped_on: date
    stopped_by: str
    reason: str


@dataclass(frozen=True)
class NoticeInputs:
    language: str
    trainee: Person
    supervisor: Person
    weeks: tuple[WeekRecord, ...]  # every week; the failed ones are the notice's subject
    stop: StopRecord | None
    basis: Basis

    @property
    def failed(self) -> tuple[WeekRecord, ...]:
        return tuple(w for w in self.weeks if w.passed is False)

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every free text the notice prints, named for the identity-number screen."""
        yield "the trainee's name", self.trainee.name
        yield "the supervisor's name", self.supervisor.name
        for week in self.weeks:
            yield from week.texts()
        if self.stop is not None:
            yield "the stop: signed by", self.stop.stopped_by
            yield "the stop: reason", self.stop.reason
        yield from self.basis.texts()


def _failed_week(week: WeekRecord, said: dict[str, str], look: Styles) -> list[Flowable]:
    day = week.judged_on.isoformat() if week.judged_on else "?"
    informed = week.employer_informed.isoformat() if week.employer_informed else "–"
    measures = "".join(
        f"<br/>• {m.due.isoformat()}: {esc(m.text)}"
        for m in sorted(week.measures, key=lambda m: m.due)
    )
    title = said["failed"].format(start=week.start.isoformat(), end=week.end.isoformat())
    return [
        heading(title, look.h2, 1),
        Paragraph(
            esc(said["verdict"].format(date=day, name=week.judged_by, unit=week.unit)), look.body
        ),  # fmt: skip
        Paragraph(f"<b>{esc(said['reason'])}:</b> {esc(week.reason) or '–'}", look.body),
        Paragraph(f"<b>{esc(said['informed'])}:</b> {informed}", look.body),
        Paragraph(f"<b>{esc(said['measures'])}:</b>{measures or ' –'}", look.body),
    ]


def _stop(stop: StopRecord, said: dict[str, str], look: Styles) -> list[Flowable]:
    day = stop.stopped_on.isoformat()
    return [
        heading(said["stop"], look.h2, 1),
        Paragraph(esc(said["stopped"].format(date=day, name=stop.stopped_by)), look.body),
        Paragraph(f"<b>{esc(said['reason'])}:</b> {esc(stop.reason) or '–'}", look.body),
    ]


def _quotes(inputs: NoticeInputs, said: dict[str, str], look: Styles) -> list[Flowable]:
    """A4 when a week failed, H3 when the training is stopped: Swedish, and in English
    the translation first."""
    chosen = []
    if inputs.failed:
        chosen.append(("A4", A4_SOURCE_SV, A4_TRANSLATION_EN))
    if inputs.stop is not None:
        chosen.append(("H3", H3_SOURCE_SV, H3_TRANSLATION_EN))
    out: list[Flowable] = [heading(said["basis"], look.h2, 1)]
    if inputs.language == "en":
        out.append(Paragraph(esc(said["translation"]), look.small))
    for item, source, translation in chosen:
        if inputs.language == "en":
            out.append(Paragraph(f"<b>{item}</b> {esc(translation)}", look.body))
        out.append(Paragraph(f"<b>{item}</b> <i>”{esc(source)}”</i>", look.body))
    return out


def build_notice(inputs: NoticeInputs) -> bytes:
    """The notice as PDF bytes (one revision, fonts embedded, deterministic)."""
    if inputs.language not in WORDS:
        raise ValueError(f"language must be 'sv' or 'en', not {inputs.language!r}")
    said, look = WORDS[inputs.language], styles()
    trainee = f"<b>{esc(inputs.trainee.name)}</b>"
    story: list[Flowable] = [
        heading(said["title"], look.title),
        Paragraph(said["to"].format(trainee=trainee), look.body),
        Spacer(1, 2 * mm),
        Paragraph(said["intro"].format(trainee=trainee), look.body),
        Spacer(1, 2 * mm),
        people_table(inputs.trainee, inputs.supervisor, inputs.basis, inputs.language, look),
    ]
    for week in inputs.failed:
        story += _failed_week(week, said, look)
    if inputs.stop is not None:
        story += _stop(inputs.stop, said, look)
    if inputs.weeks:
        story += [
            heading(said["weeks"], look.h2, 1),
            weeks_table(inputs.weeks, inputs.language, look),
        ]
    story += _quotes(inputs, said, look)
    story += [
        Spacer(1, 5 * mm),
        Paragraph(esc(said["signature"]), look.small),
        Spacer(1, 1.5 * mm),
        *basis_lines(inputs.basis, inputs.language, look),
    ]
    title = f"{said['title']} – {inputs.trainee.name}"
    return build_document(
        story, title, inputs.supervisor.name, inputs.language, inputs.basis.issued
    )
