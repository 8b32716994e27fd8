"""The entry kinds a logbook holds and the fields each carries.

This is the one declared place for kinds and fields: validation, the import format, the
entry forms of the app and the report all read it, so a new field is added here once.
Labels are given in Swedish and English because the app and the report show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from evtdesk.model import Role


class FieldType(StrEnum):
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    TEXT = "text"
    CHOICE = "choice"
    DATETIME = "datetime"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    sv: str
    en: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


@dataclass(frozen=True)
class KindSpec:
    id: str
    sv: str
    en: str
    fields: tuple[FieldSpec, ...]
    has_role: bool = False
    case_kind: bool = False  # a patient case: case number, age and sex apply
    # The role is required only when this yes/no field is yes (a case decided against
    # EVT has no operator role); empty: always required when the kind has a role.
    role_when: str = ""

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)


# Choice values as words (Swedish, English), for the form, the table and the report alike.
CHOICE_LABELS: dict[str, tuple[str, str]] = {
    # sex
    "female": ("Kvinna", "Female"),
    "male": ("Man", "Male"),
    "other": ("Annat", "Other"),
    # occlusion site
    "ica": ("ICA", "ICA"),
    "ica_t": ("ICA-T", "ICA-T"),
    "m1": ("M1", "M1"),
    "m2": ("M2", "M2"),
    "m3": ("M3", "M3"),
    "aca": ("ACA", "ACA"),
    "va": ("VA", "VA"),
    "ba": ("BA", "BA"),
    "pca": ("PCA", "PCA"),
    "tandem": ("Tandemocklusion", "Tandem occlusion"),
    # technique
    "aspiration": ("Aspiration", "Aspiration"),
    "stent_retriever": ("Stentretriever", "Stent retriever"),
    "combined": ("Kombinerad", "Combined"),
    "coiling": ("Coiling", "Coiling"),
    "glue": ("Lim", "Glue"),
    "onyx": ("Onyx", "Onyx"),
    "balloon": ("Ballong", "Balloon"),
    "stent": ("Stent", "Stent"),
    # anaesthesia and access
    "general": ("Narkos", "General anaesthesia"),
    "sedation": ("Sedering", "Sedation"),
    "local": ("Lokalbedövning", "Local anaesthesia"),
    "femoral": ("Femoralis", "Femoral"),
    "radial": ("Radialis", "Radial"),
    "direct_carotid": ("Direktpunktion karotis", "Direct carotid"),
    # stroke alarm decision
    "evt": ("Trombektomi", "Thrombectomy"),
    "thrombolysis_only": ("Enbart trombolys", "Thrombolysis only"),
    "conservative": ("Konservativ", "Conservative"),
    "transfer": ("Överflyttning", "Transfer"),
    "mimic": ("Stroke mimic", "Stroke mimic"),
    # findings and indications
    "ischaemia": ("Ischemi", "Ischaemia"),
    "haemorrhage": ("Blödning", "Haemorrhage"),
    "stenosis": ("Stenos", "Stenosis"),
    "occlusion": ("Ocklusion", "Occlusion"),
    "avm": ("AVM", "AVM"),
    "aneurysm": ("Aneurysm", "Aneurysm"),
    "chronic_occlusion": ("Kronisk ocklusion", "Chronic occlusion"),
    "normal": ("Normalt", "Normal"),
    "posterior_circulation": ("Bakre cirkulationen", "Posterior circulation"),
    "wake_up": ("Wake-up stroke", "Wake-up stroke"),
    "extended_window": ("Utvidgat tidsfönster", "Extended time window"),
    "stroke": ("Stroke", "Stroke"),
    "vasospasm": ("Vasospasm", "Vasospasm"),
    "davf": ("Dural AV-fistel", "Dural AV fistula"),
    "vasculitis": ("Vaskulit", "Vasculitis"),
    # meetings and networks (continuing education, C2 and C4)
    "national_ni_group": ("Nationella neurointerventionella gruppen", "National NI group"),
    "morbidity_mortality": ("Morbiditets- och mortalitetskonferens", "Morbidity and mortality"),
    "national": ("Nationellt möte", "National meeting"),
    "international": ("Internationellt möte", "International meeting"),
    "stroke_network": ("Strokenätverk", "Stroke network"),
    "contact_network": ("Kontaktnätverk", "Contact network"),
    # simulation scenarios
    "stroke_evt": ("Stroke/trombektomi", "Stroke/thrombectomy"),
    "carotid_stenting": ("Karotisstentning", "Carotid stenting"),
    # examination-week decision
    "no_evt": ("Ej trombektomi", "No thrombectomy"),
    # prior training (the guidance is for interventionists already trained elsewhere)
    "interventional_radiology": ("Interventionell radiologi", "Interventional radiology"),
    "cardiology": ("Interventionell kardiologi", "Interventional cardiology"),
    "vascular_surgery": ("Kärlkirurgi", "Vascular surgery"),
    "neuroradiology": ("Neuroradiologi", "Neuroradiology"),
}


ROLE_LABELS: dict[str, tuple[str, str, str, str]] = {
    # role: (Swedish, English, Swedish definition, English definition)
    Role.OBSERVER: (
        "Observatör",
        "Observer",
        "Närvarande vid ingreppet utan att utföra det.",
        "Present at the procedure without performing it.",
    ),
    Role.SECOND_OPERATOR: (
        "Andreoperatör",
        "Second operator",
        "Assisterar försteoperatören.",
        "Assists the first operator.",
    ),
    Role.FIRST_OPERATOR: (
        "Försteoperatör (handledd)",
        "First operator (supervised)",
        "Utför ingreppet; handledaren deltar och styr.",
        "Performs the procedure; the supervisor takes part and guides.",
    ),
    Role.INDEPENDENT_FIRST_OPERATOR: (
        "Självständig försteoperatör",
        "Independent first operator",
        "Utför ingreppet självständigt; ansvarig neurointerventionist finns på plats "
        "och kan ta över.",
        "Performs the procedure independently; the responsible neurointerventionist is "
        "on site, ready to take over.",
    ),
}

SEX_CHOICES = ("female", "male", "other")
MTICI_CHOICES = ("0", "1", "2a", "2b", "2c", "3")
EVT_TIME_FIELDS = (
    "arrival",
    "imaging",
    "thrombolysis_start",
    "angio_arrival",
    "puncture",
    "reperfusion",
)
# The order the guidance lists the logistics times in (Q4); each must not precede the last
# one given. Thrombolysis start is left out of the chain: it may begin before or after
# the arrival in the angio lab.
TIME_ORDER = ("arrival", "imaging", "angio_arrival", "puncture", "reperfusion")


def _f(name: str, type_: FieldType, sv: str, en: str, **kw: object) -> FieldSpec:
    return FieldSpec(name, type_, sv, en, **kw)  # type: ignore[arg-type]


B, I, F, T, C, DT = (  # noqa: E741 - one-letter type names keep the field tables readable
    FieldType.BOOL,
    FieldType.INT,
    FieldType.FLOAT,
    FieldType.TEXT,
    FieldType.CHOICE,
    FieldType.DATETIME,
)

_PATIENT = (
    _f("age", I, "Ålder", "Age", minimum=0, maximum=120),
    _f("sex", C, "Kön", "Sex", choices=SEX_CHOICES),
)

_EVT_CORE = (
    _f(
        "occlusion_site",
        C,
        "Ocklusionslokal",
        "Occlusion site",
        choices=("ica", "ica_t", "m1", "m2", "m3", "aca", "va", "ba", "pca", "tandem", "other"),
    ),
    _f(
        "technique",
        C,
        "Teknik",
        "Technique",
        choices=("aspiration", "stent_retriever", "combined", "other"),
    ),
    _f("passes", I, "Antal passager", "Passes", minimum=0, maximum=20),
    _f("mtici", C, "mTICI", "mTICI", choices=MTICI_CHOICES),
    _f("sich", B, "Symtomgivande ICH", "Symptomatic ICH"),
    _f("new_territory_emboli", B, "Emboli till nytt kärlområde", "Emboli to new territory"),
    _f("iv_thrombolysis", B, "IV trombolys", "IV thrombolysis"),
    _f("nihss", I, "NIHSS vid ankomst", "NIHSS on arrival", minimum=0, maximum=42),
    _f(
        "anaesthesia",
        C,
        "Anestesi",
        "Anaesthesia",
        choices=("general", "sedation", "local"),
    ),
    _f("access", C, "Access", "Access", choices=("femoral", "radial", "direct_carotid")),
    _f("complications", T, "Komplikationer", "Complications"),
    _f("arrival", DT, "Ankomst", "Arrival"),
    _f("imaging", DT, "Bilddiagnostik", "Imaging"),
    _f("thrombolysis_start", DT, "Trombolysstart", "Thrombolysis start"),
    _f("angio_arrival", DT, "Ankomst angiolab", "Arrival in angio lab"),
    _f("puncture", DT, "Punktion", "Puncture"),
    _f("reperfusion", DT, "Reperfusion/slutresultat", "Reperfusion/final result"),
)

KINDS: tuple[KindSpec, ...] = (
    KindSpec(
        "stroke_alarm",
        "Strokelarm",
        "Stroke alarm",
        (
            _f("thrombolysis", B, "IV trombolys given", "IV thrombolysis given", required=True),
            _f(
                "discussed_with_stroke_physician",
                B,
                "Diskuterat med erfaren strokeläkare",
                "Discussed with an experienced stroke physician",
            ),
            _f("nihss", I, "NIHSS", "NIHSS", minimum=0, maximum=42),
            _f(
                "decision",
                C,
                "Beslut",
                "Decision",
                choices=("evt", "thrombolysis_only", "conservative", "transfer", "mimic"),
            ),
            *_PATIENT,
        ),
        case_kind=True,
    ),
    KindSpec(
        "ct_case",
        "DT-fall",
        "CT case",
        (
            _f("ncct", B, "DT hjärna utan kontrast", "Non-contrast CT head"),
            _f("cta", B, "DT-angiografi", "CT angiography"),
            _f("multiphase_cta", B, "Flerfas-DTA", "Multiphase CTA"),
            _f("ctp", B, "DT-perfusion", "CT perfusion"),
            _f(
                "finding",
                C,
                "Fynd",
                "Finding",
                choices=(
                    "ischaemia",
                    "haemorrhage",
                    "stenosis",
                    "occlusion",
                    "mimic",
                    "avm",
                    "aneurysm",
                    "chronic_occlusion",
                    "normal",
                    "other",
                ),
            ),
            *_PATIENT,
        ),
        case_kind=True,
    ),
    KindSpec(
        "mri_case",
        "MR-fall",
        "MRI case",
        (
            _f("dwi", B, "Diffusion", "Diffusion"),
            _f("perfusion", B, "Perfusion", "Perfusion"),
            _f("mra", B, "MR-angiografi", "MR angiography"),
            _f(
                "indication",
                C,
                "Frågeställning",
                "Indication",
                choices=("posterior_circulation", "wake_up", "extended_window", "other"),
            ),
            *_PATIENT,
        ),
        case_kind=True,
    ),
    KindSpec(
        "angiography",
        "Angiografi hals/hjärna",
        "Neck and cerebral angiography",
        (
            _f("access", C, "Access", "Access", choices=("femoral", "radial", "direct_carotid")),
            _f("acute", B, "Akut", "Acute"),
            _f(
                "indication",
                C,
                "Indikation",
                "Indication",
                choices=(
                    "stroke",
                    "stenosis",
                    "aneurysm",
                    "vasospasm",
                    "davf",
                    "avm",
                    "vasculitis",
                    "other",
                ),
            ),
            _f("microcatheter", B, "Mikrokateterisering", "Microcatheterisation"),
            _f("complications", T, "Komplikationer", "Complications"),
            *_PATIENT,
        ),
        has_role=True,
        case_kind=True,
    ),
    KindSpec("evt", "Trombektomi (EVT)", "Thrombectomy (EVT)", (*_EVT_CORE, *_PATIENT), True, True),
    KindSpec(
        "complication_technique",
        "Komplikationsteknik",
        "Complication technique",
        (
            _f(
                "technique",
                C,
                "Teknik",
                "Technique",
                required=True,
                choices=("coiling", "glue", "onyx", "balloon", "stent", "other"),
            ),
            _f("procedure", T, "Ingrepp", "Procedure"),
            _f("intracranial", B, "Intrakraniellt", "Intracranial"),
            _f(
                "indication",
                C,
                "Indikation",
                "Indication",
                choices=(
                    "aneurysm_ruptured",
                    "aneurysm_unruptured",
                    "avm",
                    "davf",
                    "tumour",
                    "stenosis_intracranial",
                    "stenosis_extracranial",
                    "infusion",
                    "extracranial_embolisation",
                    "spinal",
                    "complication",
                    "other",
                ),
            ),
            *_PATIENT,
        ),
        has_role=True,
        case_kind=True,
    ),
    KindSpec(
        "simulation",
        "Simulatorträning",
        "Simulator training",
        (
            _f(
                "scenario",
                C,
                "Scenario",
                "Scenario",
                required=True,
                choices=("stroke_evt", "carotid_stenting", "other"),
            ),
            _f("hours", F, "Timmar", "Hours", minimum=0, maximum=24),
        ),
    ),
    KindSpec(
        "course",
        "Kurs",
        "Course",
        (
            _f("title", T, "Kurs", "Course", required=True),
            _f("organiser", T, "Arrangör", "Organiser"),
            _f("exmint", B, "EXMINT eller likvärdig", "EXMINT or equivalent"),
            _f("hours", F, "Timmar", "Hours", minimum=0, maximum=500),
        ),
    ),
    KindSpec(
        "certificate",
        "Intyg",
        "Certificate",
        (
            _f("title", T, "Intyg", "Certificate", required=True),
            _f("items", T, "Avser delmål (id)", "Covers items (ids)"),
            _f("issued_by", T, "Utfärdat av", "Issued by"),
        ),
    ),
    KindSpec(
        "knowledge",
        "Kunskapsmål",
        "Knowledge item",
        (
            _f("item", T, "Delmål (id)", "Item (id)", required=True),
            _f("activity", T, "Aktivitet", "Activity"),
            _f("hours", F, "Timmar", "Hours", minimum=0, maximum=500),
        ),
    ),
    KindSpec(
        "cme",
        "Fortbildning",
        "Continuing education",
        (
            _f("title", T, "Aktivitet", "Activity", required=True),
            _f("hours", F, "Timmar", "Hours", required=True, minimum=0, maximum=500),
        ),
    ),
    KindSpec(
        "observation_visit",
        "Auskultation",
        "Observation visit",
        (
            _f("unit", T, "Enhet", "Unit", required=True),
            _f("days", I, "Dagar", "Days", minimum=0, maximum=365),
        ),
    ),
    KindSpec(
        "exam_week_case",
        "Examinationsvecka: fall",
        "Examination week: case",
        (
            _f("evt_performed", B, "EVT utförd", "EVT performed", required=True),
            _f("decision", C, "Beslut", "Decision", choices=("evt", "no_evt")),
            _f("decision_reason", T, "Beslutsgrund", "Reason for decision"),
            *_EVT_CORE,
            *_PATIENT,
        ),
        has_role=True,
        role_when="evt_performed",
        case_kind=True,
    ),
    KindSpec(
        "prior_training",
        "Tidigare kateterburen utbildning",
        "Prior catheter-based training",
        (
            _f(
                "specialty",
                C,
                "Område",
                "Field",
                required=True,
                choices=(
                    "interventional_radiology",
                    "cardiology",
                    "vascular_surgery",
                    "neuroradiology",
                    "other",
                ),
            ),
            _f("years", I, "År som operatör", "Years as operator", minimum=0, maximum=60),
            _f(
                "evidence",
                T,
                "Underlag (intyg, dokument)",
                "Evidence (certificate, document)",
                required=True,
            ),
        ),
    ),
    KindSpec(
        "followup_case",
        "Uppföljningsår: fall",
        "Follow-up year: case",
        (
            _f("evt_performed", B, "EVT utförd", "EVT performed", required=True),
            *_EVT_CORE,
            # Q1: every EVT registered in both quality registries
            _f("registered_riksstroke", B, "Registrerad i Riksstroke", "Registered in Riksstroke"),
            _f("registered_evas", B, "Registrerad i EVAS", "Registered in EVAS"),
            *_PATIENT,
        ),
        has_role=True,
        role_when="evt_performed",
        case_kind=True,
    ),
    KindSpec(
        "meeting",
        "Möte",
        "Meeting",
        (
            _f("title", T, "Möte", "Meeting", required=True),
            _f(
                "meeting_type",
                C,
                "Slag av möte",
                "Kind of meeting",
                choices=(
                    "national_ni_group",
                    "morbidity_mortality",
                    "national",
                    "international",
                    "other",
                ),
            ),
            _f("hours", F, "Timmar", "Hours", minimum=0, maximum=500),
        ),
    ),
    KindSpec(
        "network_contact",
        "Nätverkskontakt",
        "Network contact",
        (
            _f("contact", T, "Kontakt", "Contact", required=True),
            _f(
                "network",
                C,
                "Nätverk",
                "Network",
                choices=("stroke_network", "contact_network"),
            ),
            _f("purpose", T, "Syfte", "Purpose"),
        ),
    ),
)

KIND_IDS: tuple[str, ...] = tuple(k.id for k in KINDS)
_BY_ID = {k.id: k for k in KINDS}


def kind_spec(kind: str) -> KindSpec:
    """The spec of `kind`; raises KeyError naming the valid kinds."""
    try:
        return _BY_ID[kind]
    except KeyError:
        raise KeyError(f"unknown kind {kind!r}; known kinds: {', '.join(KIND_IDS)}") from None
