"""Choice values and roles as words, in Swedish and English: the entry form, the logbook
table and the report all show the same word for the same stored value."""

from __future__ import annotations

from evtdesk.model import Role

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
