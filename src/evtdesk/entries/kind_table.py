"""The kinds of entry the Swedish guidance asks a trainee to log, and the fields of each.

One declared place: validation, the import format, the entry form and the report read
these tables, so a new field is added here once. The kinds are the guidance's, not one
curriculum's: a curriculum counts them through its filters (`kinds`, `roles`, `where`).
"""

from __future__ import annotations

from evtdesk.entries.kind_types import FieldSpec, FieldType, KindSpec

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
