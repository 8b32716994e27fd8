<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="426" />
        <source>No entries yet.</source>
        <translation>Inga registreringar ännu.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="434" />
        <location filename="../../src/evtdesk/ui/charts.py" line="462" />
        <source>Entries per month</source>
        <translation>Registreringar per månad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="441" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="445" />
        <source>Cumulative: %1</source>
        <translation>Kumulativt: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="461" />
        <source>Cumulative count against the target</source>
        <translation>Kumulativt antal mot målet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="465" />
        <source>&amp;Chart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="466" />
        <source>&amp;Requirement:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="467" />
        <location filename="../../src/evtdesk/ui/charts.py" line="469" />
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="468" />
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="328" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="329" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="330" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="331" />
        <source>Case no.</source>
        <translation>Fallnr</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="332" />
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="333" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="334" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="335" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="397" />
        <source>Retracted: %1</source>
        <translation>Återkallad: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="399" />
        <source>Amended (revision %1)</source>
        <translation>Ändrad (version %1)</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="196" />
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="197" />
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="201" />
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="202" />
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="203" />
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="204" />
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="210" />
        <source>All sites</source>
        <translation>Alla enheter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="234" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="236" />
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="295" />
        <source>Search the logbook (Ctrl+F)</source>
        <translation>Sök i loggboken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="296" />
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="297" />
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="298" />
        <source>Filter by role</source>
        <translation>Filtrera på roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="299" />
        <source>Filter by period</source>
        <translation>Filtrera på period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="300" />
        <source>Filter by site</source>
        <translation>Filtrera på enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="301" />
        <source>Show retracted</source>
        <translation>Visa återkallade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="302" />
        <source>Logbook entries</source>
        <translation>Loggbokens registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="303" />
        <source>&amp;New entry…</source>
        <translation>&amp;Ny registrering…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="304" />
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="305" />
        <source>See the entry&apos;s revisions; amend or retract it (Enter)</source>
        <translation>Se registreringens versioner; ändra eller återkalla den (Enter)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="516" />
        <source>There is no earlier entry of this kind to repeat.</source>
        <translation>Det finns ingen tidigare registrering av denna typ att upprepa.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="532" />
        <source>Attach a scanned certificate</source>
        <translation>Bifoga ett skannat intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="541" />
        <source>Could not read %1: %2</source>
        <translation>Kunde inte läsa %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="544" />
        <source>%1 is not a PDF, PNG or JPEG file.</source>
        <translation>%1 är inte en PDF-, PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="547" />
        <source>%1 is too large (at most 25 MB).</source>
        <translation>%1 är för stor (högst 25 MB).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="586" />
        <source>Give a reason for the amendment.</source>
        <translation>Ange en orsak till ändringen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="611" />
        <source>The entry was saved, but a file was not attached: %1</source>
        <translation>Registreringen sparades, men en fil bifogades inte: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="633" />
        <source>New entry: %1</source>
        <translation>Ny registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="635" />
        <source>Amend entry: %1</source>
        <translation>Ändra registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="636" />
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="637" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="638" />
        <source>Scanned certificate (PDF, PNG or JPEG): drop a file here or</source>
        <translation>Skannat intyg (PDF, PNG eller JPEG): släpp en fil här eller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="639" />
        <source>&amp;Attach file…</source>
        <translation>&amp;Bifoga fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="640" />
        <source>Attach file</source>
        <translation>Bifoga fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="641" />
        <source>Files to attach</source>
        <translation>Filer att bifoga</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="642" />
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="643" />
        <source>Reason for the amendment</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="644" />
        <source>Repeat &amp;last</source>
        <translation>Upprepa &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="646" />
        <source>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</source>
        <translation>Fyll i allt från den senaste registreringen av denna typ utom datum och fallnummer (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="648" />
        <source>Repeat last</source>
        <translation>Upprepa senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="649" />
        <source>&amp;Save</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="650" />
        <source>Save the entry (Enter)</source>
        <translation>Spara registreringen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="651" />
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="652" />
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="653" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="137" />
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="204" />
        <source>Retracted. Reason: %1</source>
        <translation>Återkallad. Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="140" />
        <source>Amended: %1 revisions</source>
        <translation>Ändrad: %1 versioner</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="169" />
        <source>Revision %1 (original), recorded %2</source>
        <translation>Version %1 (ursprunglig), registrerad %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="171" />
        <source>Revision %1, recorded %2</source>
        <translation>Version %1, registrerad %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="197" />
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="210" />
        <source>Attached files:</source>
        <translation>Bifogade filer:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="234" />
        <source>Give a reason for retracting the entry.</source>
        <translation>Ange en orsak till att registreringen återkallas.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="259" />
        <source>Entry history</source>
        <translation>Registreringens historik</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="260" />
        <source>&amp;Amend…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="261" />
        <source>Record a corrected version; the earlier one stays in the history.</source>
        <translation>Spara en rättad version; den tidigare finns kvar i historiken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="262" />
        <source>&amp;Retract…</source>
        <translation>Åte&amp;rkalla…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="263" />
        <source>Withdraw the entry with a reason; it stays listed, struck through.</source>
        <translation>Dra tillbaka registreringen med en orsak; den står kvar i listan, överstruken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="264" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="265" />
        <source>Reason for retracting:</source>
        <translation>Orsak till återkallelsen:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="266" />
        <source>Reason for retracting</source>
        <translation>Orsak till återkallelsen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="267" />
        <source>Retract entry</source>
        <translation>Återkalla registreringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="268" />
        <source>Revisions</source>
        <translation>Versioner</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="134" />
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="143" />
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="144" />
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="145" />
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="461" />
        <source>Met</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="146" />
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="461" />
        <source>Attested</source>
        <translation>Intygat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="186" />
        <source>Attested by %1</source>
        <translation>Intygat av %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="195" />
        <source>Stale attestation: entries changed after the supervisor signed.</source>
        <translation>Inaktuellt intyg: registreringar har ändrats efter att handledaren skrev under.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="222" />
        <source>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</source>
        <translation>Inga arbetsperioder i den här delen ännu: lägg till dem under Redigera ▸ Arbetsperioder och utbildningsplan (Ctrl+Shift+P).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="245" />
        <source>%n entries dated before the part opened</source>
        <translation>
            <numerusform>%n registrering daterad innan delen öppnades</numerusform>
            <numerusform>%n registreringar daterade innan delen öppnades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="246" />
        <source>Entries dated before the part opened</source>
        <translation>Registreringar daterade innan delen öppnades</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="252" />
        <source>Training-plan adaptation: %1</source>
        <translation>Anpassning i utbildningsplanen: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="257" />
        <source>waived</source>
        <translation>efterskänkt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="399" />
        <source>Updating…</source>
        <translation>Uppdaterar …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="427" />
        <source>The curriculum could not be evaluated: %1</source>
        <translation>Målbeskrivningen kunde inte utvärderas: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="458" />
        <source>Locked: %1</source>
        <translation>Låst: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="476" />
        <source>Guidance section “%1”</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="349" />
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="239" />
        <source>Work periods and training plan</source>
        <translation>Arbetsperioder och utbildningsplan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="241" />
        <source>&amp;Work periods</source>
        <translation>&amp;Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Start</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>End</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Fraction</source>
        <translation>Tjänstgöringsgrad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="263" />
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="264" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="245" />
        <source>Work periods</source>
        <translation>Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="246" />
        <source>No work periods yet. The time items count only the periods you add here.</source>
        <translation>Inga arbetsperioder ännu. Tidsmomenten räknar bara de perioder du lägger till här.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="247" />
        <source>Last &amp;day of the selected period:</source>
        <translation>Sista da&amp;g för vald period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="248" />
        <source>Last day of the selected period</source>
        <translation>Sista dag för vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="249" />
        <source>E&amp;nd period</source>
        <translation>A&amp;vsluta period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="250" />
        <source>End the selected period</source>
        <translation>Avsluta vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="251" />
        <source>Add a work period</source>
        <translation>Lägg till en arbetsperiod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>&amp;Part:</source>
        <translation>&amp;Del:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>Last day:</source>
        <translation>Sista dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>Part-&amp;time share:</source>
        <translation>&amp;Tjänstgöringsgrad:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253" />
        <source>&amp;Site:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253" />
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="256" />
        <source>Part of the curriculum</source>
        <translation>Del av målbeskrivningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="257" />
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="258" />
        <source>&amp;Ongoing</source>
        <translation>&amp;Pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="259" />
        <source>The period is ongoing</source>
        <translation>Perioden pågår</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="260" />
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="261" />
        <source>Part-time share, 1 is full time</source>
        <translation>Tjänstgöringsgrad, 1 är heltid</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="262" />
        <source>1 is full time, 0.5 half time</source>
        <translation>1 är heltid, 0,5 halvtid (deltid)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="265" />
        <source>What the period was, e.g. the unit (no patient data)</source>
        <translation>Vad perioden var, t.ex. enheten (inga patientuppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="266" />
        <source>&amp;Add period</source>
        <translation>&amp;Lägg till period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="267" />
        <source>Add the work period</source>
        <translation>Lägg till arbetsperioden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="268" />
        <source>Training plan (decided by your supervisor)</source>
        <translation>Utbildningsplan (beslutad av din handledare)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Item</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Adaptation</source>
        <translation>Anpassning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Decided on</source>
        <translation>Beslutad den</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="272" />
        <source>Adaptations of the training plan</source>
        <translation>Anpassningar av utbildningsplanen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="273" />
        <source>No adaptations.</source>
        <translation>Inga anpassningar.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="274" />
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="310" />
        <source>(no site)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="324" />
        <source>ongoing</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="346" />
        <source>MRI is the primary modality in your plan: %1.</source>
        <translation>MR är primär modalitet i din plan: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="348" />
        <source>MRI is not the primary modality in your plan (if it were: %1).</source>
        <translation>MR är inte primär modalitet i din plan (om den vore det: %1).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="354" />
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
</context>
</TS>
