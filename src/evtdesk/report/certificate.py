"""The completion certificate: the main supervisor's word that the training is approved.

The guidance ends the training with the supervisor's approval (Godkännande av
utbildningen) and limits what it approves (G3): EVT, decided and performed
independently, but no other neurointervention and no training of others. A certificate
that left the limit out would read as a licence for neurointervention, so the limit is
printed in the guidance's own Swedish words; the English certificate gives EVTDesk's
translation, says that it is one, and quotes the Swedish beside it, which stays the
authority. Which trainee, whose approval, which parts and weeks: what the supervisor's
own view of her bundle shows (`exchange.certificate` decides whether it may be issued).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from evtdesk.report.document_parts import (
    MARGIN,
    Basis,
    Person,
    WeekRecord,
    basis_lines,
    build_document,
    people_table,
    styles,
    weeks_table,
)
from evtdesk.report.sections import SHADE, Styles, esc, grid_style, heading

# The scope limit (G3) as the guidance words it: "Vägledning för utbildning av
# EVT-interventionister", section "Utbildning av EVT-interventionister", its second
# paragraph, quoted as written (its "självständig" and "om behandling med EVT är
# indicerad" included): a quotation is not corrected.
G3_SOURCE_SV = (
    "Efter genomgången utbildning bör en EVT-interventionist självständig kunna fatta "
    "beslut om behandling med EVT är indicerad och utföra EVT-behandlingen. "
    "EVT-interventionisten kommer inte att få en fullständig utbildning inom "
    "neurointervention och är således inte godkänd att utföra andra neurointerventionella "
    "ingrepp eller självständigt ansvara för utbildning av andra interventionister vare sig "
    "i EVT eller andra neurointerventionsingrepp."
)
G3_TRANSLATION_EN = (
    "After completing the training, an EVT interventionist should be able to decide "
    "independently whether treatment with EVT is indicated and to perform the EVT "
    "treatment. The EVT interventionist does not receive a complete training in "
    "neurointervention and is therefore not approved to perform other neurointerventional "
    "procedures, nor to be independently responsible for training other interventionists, "
    "whether in EVT or in other neurointerventional procedures."
)
G3_CITATION = (
    "Vägledning för utbildning av EVT-interventionister (NAG Stroke, SFNR, SSVIR, SKF), "
    "avsnittet ”Utbildning av EVT-interventionister”"
)

WORDS = {
    "sv": {
        "title": "Intyg om genomförd utbildning till EVT-interventionist",
        "statement": "Jag, {supervisor}, huvudhandledare, intygar att {trainee} har genomfört "
        "utbildningen till EVT-interventionist enligt den nationella vägledningen och att "
        "utbildningen godkändes {approved}.",
        "parts": "Utbildningens delar",
        "part": "Del",
        "approved_on": "Godkänd",
        "approved_by": "Godkänd av",
        "weeks": "Examinationsvecka",
        "follow_up": "Uppföljningsår",
        "follow_up_text": "Uppföljningsåret börjar den dag utbildningen godkändes, {start}, "
        "och löper till och med {end}. Handledaren följer upp och stödjer "
        "EVT-interventionisten under minst detta år.",
        "scope": "Vad godkännandet omfattar (vägledningens ord)",
        "quoted": "Citerat ur {citation}.",
        "signature": "Intyget är signerat elektroniskt (PAdES) med huvudhandledarens "
        "loggbokscertifikat. Signaturen visar att huvudhandledaren utfärdat intyget så som "
        "det står här; uppgifterna om delar och veckor är de som hans egen granskning av "
        "aspirantens signerade paket visar.",
    },
    "en": {
        "title": "Certificate of completed training as an EVT interventionist",
        "statement": "I, {supervisor}, main supervisor, certify that {trainee} has completed "
        "the training as an EVT interventionist under the Swedish national guidance, and "
        "that the training was approved on {approved}.",
        "parts": "The parts of the training",
        "part": "Part",
        "approved_on": "Approved on",
        "approved_by": "Approved by",
        "weeks": "Examination week",
        "follow_up": "Follow-up year",
        "follow_up_text": "The follow-up year starts on the day the training was approved, "
        "{start}, and runs to {end} inclusive. The supervisor follows up and supports the "
        "EVT interventionist for at least this year.",
        "scope": "What the approval covers (the guidance's words)",
        "translation": "EVTDesk's translation; the guidance's Swedish text below is the authority:",
        "quoted": "Quoted from {citation}.",
        "signature": "This certificate is signed electronically (PAdES) with the main "
        "supervisor's logbook certificate. The signature shows that the main supervisor "
        "issued it as it stands here; the parts and weeks are those his own review of the "
        "trainee's signed bundle shows.",
    },
}


@dataclass(frozen=True)
class PartApproval:
    """A part of the training and the approval of it that stands in his view."""

    part_id: str
    title: str  # in the certificate's language
    approved_on: date
    approved_by: str


@dataclass(frozen=True)
class CertificateInputs:
    language: str
    trainee: Person
    supervisor: Person
    approved_on: date  # the approval of the training: the follow-up year's first day
    follow_up_end: date
    parts: tuple[PartApproval, ...]
    weeks: tuple[WeekRecord, ...]
    basis: Basis

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every free text the certificate prints, named for the identity-number screen."""
        yield "the trainee's name", self.trainee.name
        yield "the supervisor's name", self.supervisor.name
        for part in self.parts:
            yield "a part's id", part.part_id
            yield f"part {part.part_id}: title", part.title
            yield f"part {part.part_id}: approved by", part.approved_by
        for week in self.weeks:
            yield from week.texts()
        yield from self.basis.texts()


def _scope(inputs: CertificateInputs, said: dict[str, str], styles: Styles) -> Table:
    """The G3 limit, framed: the Swedish source, and in English the translation first."""
    quote = Paragraph(f"<i>”{esc(G3_SOURCE_SV)}”</i>", styles.body)
    cells: list[Flowable] = []
    if inputs.language == "en":
        cells += [
            Paragraph(esc(said["translation"]), styles.small),
            Spacer(1, 1.5 * mm),
            Paragraph(f"<b>{esc(G3_TRANSLATION_EN)}</b>", styles.body),
            Spacer(1, 1.5 * mm),
            quote,
        ]
    else:
        cells.append(Paragraph(f"<b><i>”{esc(G3_SOURCE_SV)}”</i></b>", styles.body))
    cells.append(Paragraph(esc(said["quoted"].format(citation=G3_CITATION)), styles.small))
    box = Table([[cells]], colWidths=[A4[0] - 2 * MARGIN], hAlign="LEFT")
    box.setStyle(
        grid_style(
            styles.fonts,
            header_rows=0,
            extra=[
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a99a8")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ],
        )
    )
    return box


def _parts(inputs: CertificateInputs, said: dict[str, str], styles: Styles) -> Table:
    head = [
        Paragraph(esc(said[k]), styles.cell_head) for k in ("part", "approved_on", "approved_by")
    ]
    rows = [head] + [
        [
            Paragraph(esc(p.title), styles.cell),
            Paragraph(p.approved_on.isoformat(), styles.cell),
            Paragraph(esc(p.approved_by), styles.cell),
        ]
        for p in inputs.parts
    ]
    width = A4[0] - 2 * MARGIN
    table = Table(rows, colWidths=[80 * mm, 30 * mm, width - 110 * mm], hAlign="LEFT")
    table.setStyle(grid_style(styles.fonts))
    return table


def build_certificate(inputs: CertificateInputs) -> bytes:
    """The certificate as PDF bytes (one revision, fonts embedded, deterministic)."""
    if inputs.language not in WORDS:
        raise ValueError(f"language must be 'sv' or 'en', not {inputs.language!r}")
    said, look = WORDS[inputs.language], styles()
    statement = said["statement"].format(
        supervisor=f"<b>{esc(inputs.supervisor.name)}</b>",
        trainee=f"<b>{esc(inputs.trainee.name)}</b>",
        approved=f"<b>{inputs.approved_on.isoformat()}</b>",
    )
    follow_up = said["follow_up_text"].format(
        start=inputs.approved_on.isoformat(), end=inputs.follow_up_end.isoformat()
    )
    story: list[Flowable] = [
        heading(said["title"], look.title),
        Spacer(1, 2 * mm),
        Paragraph(statement, look.body),
        Spacer(1, 3 * mm),
        people_table(inputs.trainee, inputs.supervisor, inputs.basis, inputs.language, look),
        heading(said["parts"], look.h2, 1),
        _parts(inputs, said, look),
        heading(said["weeks"], look.h2, 1),
        weeks_table(inputs.weeks, inputs.language, look),
        heading(said["follow_up"], look.h2, 1),
        Paragraph(esc(follow_up), look.body),
        heading(said["scope"], look.h2, 1),
        _scope(inputs, said, look),
        Spacer(1, 5 * mm),
        Paragraph(esc(said["signature"]), look.small),
        Spacer(1, 1.5 * mm),
        *basis_lines(inputs.basis, inputs.language, look),
    ]
    title = f"{said['title']} – {inputs.trainee.name}"
    return build_document(
        story, title, inputs.supervisor.name, inputs.language, inputs.basis.issued
    )
