"""Every sentence and word of the report, in Swedish and English, and value formatting.

Kind, field and role labels come from `evtdesk.entries.kinds` so the report uses the same
words as the app's forms; this module holds only what is the report's own. Keeping the
strings in one table makes it easy to check that both languages say the same thing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from evtdesk.entries.kinds import CHOICE_LABELS, ROLE_LABELS, FieldSpec, FieldType

Language = str  # "sv" or "en"

STRINGS: dict[str, tuple[str, str]] = {
    "title": (
        "Loggbok – utbildning till EVT-interventionist",
        "Logbook – EVT interventionist training",
    ),
    "subtitle": (
        "Sammanställning för handledare enligt nationellt utbildningsprogram för trombektomi",
        "Summary for the supervisor under the Swedish national guidance for thrombectomy training",
    ),
    "trainee": ("Aspirant", "Trainee"),
    "supervisor": ("Handledare", "Supervisor"),
    "co_supervisor": ("Bihandledare", "Co-supervisor"),
    "curriculum": ("Utbildningsprogram", "Curriculum"),
    "curriculum_value": (
        "{title}, version {version} (id {id})",
        "{title}, version {version} (id {id})",
    ),
    "period": ("Loggbokens period", "Period covered"),
    "period_value": ("{first} – {last} ({count} poster)", "{first} – {last} ({count} entries)"),
    "no_entries": ("Inga poster", "No entries"),
    "work_periods": ("Tjänstgöringsperioder", "Work periods"),
    "ongoing": ("pågår", "ongoing"),
    "part_time": ("{percent} % av heltid", "{percent}% of full time"),
    "sites": ("Enheter", "Sites"),
    "created": ("Rapporten skapad", "Report created"),
    "key": ("Aspirantens nyckel", "Trainee's key"),
    "key_value": ("fingeravtryck {fp}", "fingerprint {fp}"),
    "pdf_ca": ("PDF-signaturens CA", "PDF signature's CA"),
    "bundle": ("Paket-ID", "Bundle id"),
    "chain": ("Loggbokens kedjehuvud", "Logbook chain head"),
    "signatures_heading": ("Vad signaturerna betyder", "What the signatures mean"),
    "signatures": (
        "Denna PDF är signerad (PAdES) med ett certifikat (ECDSA P-256) som loggbokens eget "
        "CA-certifikat har utfärdat. CA:ns privata nyckel sparades inte efter utfärdandet, så "
        "inget annat certifikat kan utfärdas under den. En PDF-läsare visar signaturen som "
        "ogiltig om en enda byte har ändrats eller något lagts till efter signeringen, men "
        "kallar certifikatet obetrott, eftersom det inte kommer från en offentlig utfärdare. "
        "Det som binder PDF-signaturen till aspiranten är exportpaketets manifest: det är "
        "signerat (minisign, Ed25519) med aspirantens nyckel, vars fingeravtryck står ovan, och "
        "anger CA-certifikatets SHA-256 samt SHA-256 och storlek för denna PDF och för loggboken "
        "som data (logbook.json). logbook.json anger i sin tur SHA-256 för varje bifogat intyg "
        "och vilken post det hör till; början av samma värde står vid bilagan i slutet av "
        "rapporten. Ingen av signaturerna intygar att innehållet är riktigt: det gör "
        "handledarens egna, signerade intyg.",
        "This PDF is signed (PAdES) with a certificate (ECDSA P-256) issued by the logbook's "
        "own CA certificate. The CA's private key was not kept after issuing, so no other "
        "certificate can be issued under it. A PDF reader marks the signature invalid if a "
        "single byte was changed or anything was added after signing, but calls the "
        "certificate untrusted because it does not come from a public authority. What binds "
        "the PDF signature to the trainee is the bundle's manifest: it is signed (minisign, "
        "Ed25519) by the trainee's key, whose fingerprint is shown above, and states the CA "
        "certificate's SHA-256 and the SHA-256 and size of this PDF and of the logbook as data "
        "(logbook.json). logbook.json in turn states the SHA-256 of every attached certificate "
        "and the entry it belongs to; the start of the same value is shown with the attachment "
        "at the end of this report. Neither signature vouches that the content is correct: the "
        "supervisor's own signed attestations do that.",
    ),
    "contents": ("Innehåll", "Contents"),
    "header": ("Loggbok EVT – {name}", "EVT logbook – {name}"),
    "footer_bundle": ("Paket-ID {bundle}", "Bundle id {bundle}"),
    "page_of": ("Sida {page} av {pages}", "Page {page} of {pages}"),
    # progress
    "progress": ("Måluppfyllelse per delmål", "Progress per requirement"),
    "progress_intro": (
        "Delmålen i den ordning riktlinjen anger. Tal anger utfört/krävt; återkallade poster "
        "räknas inte.",
        "The requirements in the order the guidance gives them. Numbers are done/required; "
        "retracted entries are not counted.",
    ),
    "summary": ("Översikt", "Summary"),
    "summary_item": ("Moment", "Activity"),
    "done_required": ("Utfört / krävt", "Done / required"),
    "sum_stroke": ("Strokelarm", "Stroke alarms"),
    "sum_ct": ("DT-fall", "CT cases"),
    "sum_mri": ("MR-fall", "MRI cases"),
    "sum_angio": ("Angiografier som försteoperatör", "Angiographies as first operator"),
    "sum_evt": ("Trombektomier (EVT) som försteoperatör", "Thrombectomies (EVT) as first operator"),
    "sum_evt_ind": ("EVT som självständig försteoperatör", "EVT as independent first operator"),
    "no_progress": (
        "Måluppfyllelsen kunde inte beräknas för detta utbildningsprogram.",
        "Progress could not be evaluated for this curriculum.",
    ),
    "col_item": ("Delmål", "Item"),
    "col_requirement": ("Krav", "Requirement"),
    "col_state": ("Status", "State"),
    "section": ("avsnitt {section}", "section {section}"),
    "stale": (
        "Intyget gäller inte längre: poster har ändrats efter att handledaren intygade.",
        "The attestation is stale: entries changed after the supervisor attested.",
    ),
    "adaptation": ("Anpassning i utbildningsplanen", "Training-plan adaptation"),
    "adaptation_by": ("beslutad av {who} {when}", "decided by {who} {when}"),
    "waived": ("delmålet utgår", "the item is waived"),
    "flag": ("Observera", "Note"),
    "missing": ("Återstår", "Remaining"),
    "refused_by": (
        "Ej godkänt av handledaren ({who}, {when})",
        "Not approved by the supervisor ({who}, {when})",
    ),
    # entries
    "entries": ("Poster per typ", "Entries by kind"),
    "entries_intro": (
        "Alla poster, också ändrade och återkallade. Ändrade poster är märkta "
        "”ändrad ×n” och tidigare värden listas under tabellen; återkallade poster är "
        "överstrukna och skälet anges.",
        "Every entry, amended and retracted ones included. Amended entries are marked "
        "“amended ×n” with the previous values listed below the table; retracted entries are "
        "struck through with their reason.",
    ),
    "entries_count": (
        "{count} poster, varav {retracted} återkallade",
        "{count} entries, {retracted} retracted",
    ),
    "entries_count_1": ("1 post, varav {retracted} återkallad", "1 entry, {retracted} retracted"),
    "table_part": ("del {n} av {total}", "part {n} of {total}"),
    "col_date": ("Datum", "Date"),
    "col_case": ("Fallnr", "Case no."),
    "col_role": ("Roll", "Role"),
    "col_site": ("Enhet", "Site"),
    "col_own_site": ("Egen enhet", "Own site"),
    "empty_columns": ("Inget värde i någon post: {columns}", "No value in any entry: {columns}"),
    "col_notes": ("Anteckning", "Notes"),
    "col_mark": ("Not", "Ref"),
    "amended": ("ändrad ×{n}", "amended ×{n}"),
    "retracted": ("återkallad", "retracted"),
    "changes": ("Ändringar och återkallelser", "Amendments and retractions"),
    "revision_line": (
        "Rev. {rev} ({when}), skäl: {reason}. Ändrat: {changes}",
        "Rev. {rev} ({when}), reason: {reason}. Changed: {changes}",
    ),
    "history_missing": (
        "Tidigare värden saknas i underlaget till rapporten.",
        "The earlier values were not supplied to the report.",
    ),
    "no_field_change": ("inga fältvärden ändrades", "no field values changed"),
    "retraction_line": ("Återkallad, skäl: {reason}", "Retracted, reason: {reason}"),
    "empty": ("tomt", "empty"),
    # attestations
    "attestations": ("Mottagna intyg", "Attestations received"),
    "no_attestations": ("Inga intyg har tagits emot.", "No attestations have been received."),
    "attestations_note": (
        "Så som aspirantens loggbok har tagit emot dem: med det namn aspiranten gav varje "
        "signerande nyckel och början av nyckelns fingeravtryck. En handledares EVTDesk "
        "räknar ett intyg bara när det är signerat med en nyckel handledaren själv litar på, "
        "och visar för varje intyg i paketet om så är fallet.",
        "As the trainee's logbook received them: with the name the trainee gave each signing "
        "key and the start of that key's fingerprint. A supervisor's EVTDesk counts a "
        "statement only when a key the supervisor trusts signed it, and shows for each "
        "statement in the bundle whether one did.",
    ),
    "signing_key": ("nyckel {fingerprint}", "key {fingerprint}"),
    "col_subject": ("Avser", "Subject"),
    "col_decision": ("Beslut", "Decision"),
    "col_signed": ("Signerat", "Signed"),
    "col_comment": ("Kommentar", "Comment"),
    "col_manifest": ("Paketets manifest (SHA-256)", "Bundle manifest (SHA-256)"),
    "approved": ("Godkänt", "Approved"),
    "role_supervisor": ("huvudhandledare", "main supervisor"),
    "role_co_supervisor": ("bihandledare", "co-supervisor"),
    "role_hospital": ("sjukhusets företrädare", "hospital's representative"),
    "report_only": (
        "En rapport: undertecknarens roll avgör inte detta. Räknas inte.",
        "A report: the signer's role does not decide this. Not counted.",
    ),
    "items_met": ("{n} av {m} moment uppfyllda", "{n} of {m} items met"),
    "approval_heading": ("Godkännande och handledning", "Approval and supervision"),
    "approval_intro": (
        "Examinationsveckorna med aspirantens fall och handledarens signerade bedömning, "
        "åtgärderna handledaren begärt, och varje kalenderår med dess utvärdering. Fallen och "
        "markeringen att en åtgärd är klar är aspirantens egen redovisning; bedömningar och "
        "åtgärder gäller bara när de är signerade av en betrodd handledares nyckel.",
        "The examination weeks with the trainee's cases and the supervisor's signed verdict, "
        "the measures the supervisor asked for, and each calendar year with its evaluation. "
        "The cases and a measure marked done are the trainee's own account; verdicts and "
        "measures count only when signed by a trusted supervisor's key.",
    ),
    "stopped_heading": ("Utbildningen är avbruten", "The training is stopped"),
    "weeks_heading": ("Examinationsveckor", "Examination weeks"),
    "col_week": ("Vecka", "Week"),
    "col_cases": ("Fall", "Cases"),
    "col_verdict": ("Bedömning", "Verdict"),
    "week_cases": (
        "{n} kandidater; beslut EVT {evt}, ej EVT {no}; EVT utförd {done} (som "
        "försteoperatör {first}); mTICI 2b–3 {good}/{given}; sICH {sich}; emboli {emboli}; "
        "med komplikationer {comp}",
        "{n} candidates; decided EVT {evt}, no EVT {no}; EVT performed {done} (as first "
        "operator {first}); mTICI 2b–3 {good}/{given}; sICH {sich}; emboli {emboli}; with "
        "complications {comp}",
    ),
    "awaiting": ("Väntar på bedömning", "Awaiting the verdict"),
    "passed": ("Godkänd", "Passed"),
    "failed": ("Underkänd", "Failed"),
    "verdict_by": ("{who}, {when}", "{who}, {when}"),
    "reason": ("Orsak", "Reason"),
    "employer_informed": ("Arbetsgivaren informerad", "Employer informed"),
    "measures": ("Åtgärder", "Measures"),
    "measures_heading": ("Åtgärder från handledaren", "Measures asked for by the supervisor"),
    "col_due": ("Senast", "Due"),
    "col_measure": ("Åtgärd", "Measure"),
    "col_asked": ("Begärd av", "Asked by"),
    "measure_open": ("Öppen", "Open"),
    "measure_done": ("Klar enligt aspiranten {when}", "Done by the trainee's account {when}"),
    "from_week": ("examinationsveckan", "examination week"),
    "from_year": ("utvärdering {year}", "evaluation {year}"),
    "years_heading": ("Årlig utvärdering (kalenderår)", "Yearly evaluation (calendar years)"),
    "not_evaluated": ("Ej utvärderat", "Not evaluated"),
    "not_yet": ("Ej utvärderat ännu (året pågår)", "Not evaluated yet (the year is running)"),
    "sufficient": ("Tillräcklig progress", "Sufficient progress"),
    "insufficient": ("Otillräcklig progress – åtgärdsplan", "Insufficient progress – action plan"),
    "year_summary": ("Loggboken visar för året", "The logbook shows for the year"),
    "not_approved": ("Ej godkänt", "Not approved"),
    "subject_plan": ("Utbildningsplan", "Training plan"),
    "subject_eval": ("Utvärdering {year}", "Evaluation {year}"),
    "subject_exam": ("Examinationsvecka", "Examination week"),
    "subject_adapt": ("Anpassning av {item}", "Adaptation of {item}"),
    # attachments
    "attachments": ("Bifogade intyg", "Attached certificates"),
    "attachment_title": ("Bilaga {n}: {filename}", "Attachment {n}: {filename}"),
    "attachment_caption": ("{size}, SHA-256 {sha} …", "{size}, SHA-256 {sha} …"),
    "attachment_entry": ("Hör till: {entry}", "Belongs to: {entry}"),
    "attachment_no_entry": (
        "Hör till loggboken som helhet, inte till en viss post",
        "Belongs to the logbook as a whole, not to one entry",
    ),
    "attachment_missing_entry": (
        "posten {id} (finns inte i loggboken)",
        "entry {id} (not in the logbook)",
    ),
    "attachment_page": ("sida {page} av {pages}", "page {page} of {pages}"),
    "attachment_unreadable": (
        "Filen kunde inte visas i rapporten ({reason}). Själva filen följer inte med "
        "exportpaketet; be aspiranten om den och jämför dess SHA-256 med {sha}.",
        "The file could not be shown in the report ({reason}). The file itself is not in the "
        "bundle; ask the trainee for it and compare its SHA-256 with {sha}.",
    ),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
}


def t(key: str, language: Language, **values: object) -> str:
    """The report string `key` in `language`, with `values` filled in."""
    sv, en = STRINGS[key]
    text = sv if language == "sv" else en
    return text.format(**values) if values else text


def role_label(role: str | None, language: Language) -> str:
    if not role:
        return ""
    labels = ROLE_LABELS.get(role)
    if labels is None:
        return role
    return labels[0] if language == "sv" else labels[1]


def fmt_date(value: date | datetime | None) -> str:
    """ISO dates (2024-03-05): unambiguous to Swedish and English readers alike."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def fmt_datetime(value: datetime | None) -> str:
    """Date and time in UTC, to the minute, as stored (naive values are UTC)."""
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M") + " UTC"


def fmt_time(value: Any) -> str:
    """HH:MM from an ISO datetime; other days are shown with their date so nothing is hidden."""
    if value in (None, ""):
        return ""
    try:
        parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return parsed.strftime("%H:%M")


def fmt_value(spec: FieldSpec | None, value: Any, language: Language) -> str:
    """A field value as a supervisor reads it: words for choices and booleans, HH:MM times."""
    if value is None or value == "":
        return ""
    kind = spec.type if spec else None
    if kind == FieldType.BOOL or isinstance(value, bool):
        return t("yes" if value else "no", language)
    if kind == FieldType.DATETIME:
        return fmt_time(value)
    if kind == FieldType.CHOICE:
        pair = CHOICE_LABELS.get(str(value))
        if pair is not None:
            return pair[0] if language == "sv" else pair[1]
        return str(value).replace("_", " ")
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if language == "sv" else text
    return str(value)


def fmt_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"


def group_fingerprint(fingerprint: str, group: int = 4) -> str:
    """Split a key fingerprint into groups of four so it can be read aloud and compared."""
    compact = "".join(fingerprint.split())
    return " ".join(compact[i : i + group] for i in range(0, len(compact), group))


def subject_label(subject: str, language: Language) -> str:
    """Words for the attestation subjects that are not curriculum items."""
    if subject == "PLAN":
        return t("subject_plan", language)
    if subject.startswith("EVAL:"):
        return t("subject_eval", language, year=subject.partition(":")[2])
    if subject == "EXAM_WEEK":
        return t("subject_exam", language)
    if subject.startswith("ADAPT:"):
        return t("subject_adapt", language, item=subject.partition(":")[2])
    return subject
