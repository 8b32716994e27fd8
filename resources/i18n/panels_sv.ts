<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="463"/>
        <source>No entries yet.</source>
        <translation>Inga registreringar ännu.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="471"/>
        <location filename="../../src/evtdesk/ui/charts.py" line="502"/>
        <source>Entries per month</source>
        <translation>Registreringar per månad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="478"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="482"/>
        <source>Cumulative: %1</source>
        <translation>Kumulativt: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="501"/>
        <source>Cumulative count against the target</source>
        <translation>Kumulativt antal mot målet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="505"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="506"/>
        <source>&amp;Requirement:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="507"/>
        <location filename="../../src/evtdesk/ui/charts.py" line="509"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="508"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="325"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="326"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="327"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="328"/>
        <source>Case no.</source>
        <translation>Fallnr</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="329"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="330"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="331"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="332"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="394"/>
        <source>Retracted: %1</source>
        <translation>Återkallad: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="396"/>
        <source>Amended (revision %1)</source>
        <translation>Ändrad (version %1)</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="201"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="205"/>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="210"/>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="211"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="212"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="213"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="219"/>
        <source>All sites</source>
        <translation>Alla enheter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="246"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="249"/>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="311"/>
        <source>Search the logbook (Ctrl+F)</source>
        <translation>Sök i loggboken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="312"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="313"/>
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="314"/>
        <source>Filter by role</source>
        <translation>Filtrera på roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="315"/>
        <source>Filter by period</source>
        <translation>Filtrera på period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="316"/>
        <source>Filter by site</source>
        <translation>Filtrera på enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="317"/>
        <source>Show retracted</source>
        <translation>Visa återkallade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="318"/>
        <source>Logbook entries</source>
        <translation>Loggbokens registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="319"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny registrering…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="320"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="322"/>
        <source>See the entry&apos;s revisions; amend or retract it (Enter)</source>
        <translation>Se registreringens versioner; ändra eller återkalla den (Enter)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="249"/>
        <source>There is no earlier entry of this kind to repeat.</source>
        <translation>Det finns ingen tidigare registrering av denna typ att upprepa.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="30"/>
        <source>Attach a scanned certificate</source>
        <translation>Bifoga ett skannat intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="55"/>
        <source>%1 is not a PDF, PNG or JPEG file.</source>
        <translation>%1 är inte en PDF-, PNG- eller JPEG-fil.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="41"/>
        <source>The file name %1 contains what looks like a personal identity number; rename the file first.</source>
        <translation>Filnamnet %1 innehåller något som ser ut som ett personnummer; byt namn på filen först.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="278"/>
        <source>Give a reason for the amendment.</source>
        <translation>Ange en orsak till ändringen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="303"/>
        <source>The entry was saved, but a file was not attached: %1</source>
        <translation>Registreringen sparades, men en fil bifogades inte: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="327"/>
        <source>New entry: %1</source>
        <translation>Ny registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="329"/>
        <source>Amend entry: %1</source>
        <translation>Ändra registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="330"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="331"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="333"/>
        <source>Scanned certificate (PDF, PNG or JPEG): drop a file here or</source>
        <translation>Skannat intyg (PDF, PNG eller JPEG): släpp en fil här eller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="335"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Bifoga fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="336"/>
        <source>Attach file</source>
        <translation>Bifoga fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="337"/>
        <source>Files to attach</source>
        <translation>Filer att bifoga</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="338"/>
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="339"/>
        <source>Reason for the amendment</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="340"/>
        <source>Repeat &amp;last</source>
        <translation>Upprepa &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="343"/>
        <source>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</source>
        <translation>Fyll i allt från den senaste registreringen av denna typ utom datum och fallnummer (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="348"/>
        <source>Repeat last</source>
        <translation>Upprepa senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="349"/>
        <source>&amp;Save</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="350"/>
        <source>Save the entry (Enter)</source>
        <translation>Spara registreringen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="351"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="352"/>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="353"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="146"/>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="215"/>
        <source>Retracted. Reason: %1</source>
        <translation>Återkallad. Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="150"/>
        <source>Amended: %1 revisions</source>
        <translation>Ändrad: %1 versioner</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="185"/>
        <source>Revision %1 (original), recorded %2</source>
        <translation>Version %1 (ursprunglig), registrerad %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="187"/>
        <source>Revision %1, recorded %2</source>
        <translation>Version %1, registrerad %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="207"/>
        <source>Reason: %1</source>
        <translation>Orsak: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="224"/>
        <source>Attached files:</source>
        <translation>Bifogade filer:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="248"/>
        <source>Give a reason for retracting the entry.</source>
        <translation>Ange en orsak till att registreringen återkallas.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="273"/>
        <source>Entry history</source>
        <translation>Registreringens historik</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="274"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="276"/>
        <source>Record a corrected version; the earlier one stays in the history.</source>
        <translation>Spara en rättad version; den tidigare finns kvar i historiken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="278"/>
        <source>&amp;Retract…</source>
        <translation>Åte&amp;rkalla…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="280"/>
        <source>Withdraw the entry with a reason; it stays listed, struck through.</source>
        <translation>Dra tillbaka registreringen med en orsak; den står kvar i listan, överstruken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="282"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="283"/>
        <source>Reason for retracting:</source>
        <translation>Orsak till återkallelsen:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="284"/>
        <source>Reason for retracting</source>
        <translation>Orsak till återkallelsen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="285"/>
        <source>Retract entry</source>
        <translation>Återkalla registreringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="286"/>
        <source>Revisions</source>
        <translation>Versioner</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="75"/>
        <source>%n entries dated before the part opened</source>
        <translation>
            <numerusform>%n registrering daterad innan delen öppnades</numerusform>
            <numerusform>%n registreringar daterade innan delen öppnades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="98"/>
        <source>Updating…</source>
        <translation>Uppdaterar …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="124"/>
        <source>The curriculum could not be evaluated: %1</source>
        <translation>Målbeskrivningen kunde inte utvärderas: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="186"/>
        <source>Guidance section “%1”</source>
        <translation>Vägledningens avsnitt ”%1”</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="62"/>
        <source>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</source>
        <translation>Inga arbetsperioder i den här delen ännu: lägg till dem under Redigera ▸ Arbetsperioder och utbildningsplan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="77"/>
        <source>Entries dated before the part opened</source>
        <translation>Registreringar daterade innan delen öppnades</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="83"/>
        <source>Training-plan adaptation: %1</source>
        <translation>Anpassning i utbildningsplanen: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="193"/>
        <source>Attested by %1</source>
        <translation>Intygat av %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="202"/>
        <source>Stale attestation: entries changed after the supervisor signed.</source>
        <translation>Inaktuellt intyg: registreringar har ändrats efter att handledaren signerade.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/next_steps.py" line="103"/>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="266"/>
        <source>Work periods and training plan</source>
        <translation>Arbetsperioder och utbildningsplan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="268"/>
        <source>&amp;Work periods</source>
        <translation>&amp;Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="271"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="272"/>
        <source>Start</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="273"/>
        <source>End</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="274"/>
        <source>Fraction</source>
        <translation>Tjänstgöringsgrad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="275"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="305"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="276"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="306"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="279"/>
        <source>Work periods</source>
        <translation>Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="281"/>
        <source>No work periods yet. The time items count only the periods you add here.</source>
        <translation>Inga arbetsperioder ännu. Tidsmomenten räknar bara de perioder du lägger till här.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="283"/>
        <source>Last &amp;day of the selected period:</source>
        <translation>Sista da&amp;g för vald period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="284"/>
        <source>Last day of the selected period</source>
        <translation>Sista dag för vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="285"/>
        <source>E&amp;nd period</source>
        <translation>A&amp;vsluta period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="286"/>
        <source>End the selected period</source>
        <translation>Avsluta vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="287"/>
        <source>Add a work period</source>
        <translation>Lägg till en arbetsperiod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="289"/>
        <source>&amp;Part:</source>
        <translation>&amp;Del:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="290"/>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="291"/>
        <source>Last day:</source>
        <translation>Sista dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="292"/>
        <source>Part-&amp;time share:</source>
        <translation>&amp;Tjänstgöringsgrad:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="293"/>
        <source>&amp;Site:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="294"/>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="298"/>
        <source>Part of the curriculum</source>
        <translation>Del av målbeskrivningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="299"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="300"/>
        <source>&amp;Ongoing</source>
        <translation>&amp;Pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="301"/>
        <source>The period is ongoing</source>
        <translation>Perioden pågår</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="302"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="303"/>
        <source>Part-time share, 1 is full time</source>
        <translation>Tjänstgöringsgrad, 1 är heltid</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="304"/>
        <source>1 is full time, 0.5 half time</source>
        <translation>1 är heltid, 0,5 halvtid (deltid)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="308"/>
        <source>What the period was, e.g. the unit (no patient data)</source>
        <translation>Vad perioden var, t.ex. enheten (inga patientuppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="310"/>
        <source>&amp;Add period</source>
        <translation>&amp;Lägg till period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="311"/>
        <source>Add the work period</source>
        <translation>Lägg till arbetsperioden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="312"/>
        <source>Training plan (signed by your supervisor)</source>
        <translation>Utbildningsplan (signerad av din handledare)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="314"/>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="314"/>
        <source>Signed on</source>
        <translation>Signerat den</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="317"/>
        <source>No signed adaptations.</source>
        <translation>Inga signerade anpassningar.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="314"/>
        <source>Item</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="314"/>
        <source>Adaptation</source>
        <translation>Anpassning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="316"/>
        <source>Adaptations of the training plan</source>
        <translation>Anpassningar av utbildningsplanen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="318"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="359"/>
        <source>(no site)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="375"/>
        <source>ongoing</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="397"/>
        <source>MRI is the primary modality in your plan: %1.</source>
        <translation>MR är primär modalitet i din plan: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="399"/>
        <source>MRI is not the primary modality in your plan (if it were: %1).</source>
        <translation>MR är inte primär modalitet i din plan (om den vore det: %1).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="408"/>
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="136"/>
        <source>Your proposals to adapt the plan (they apply once signed)</source>
        <translation>Dina förslag till anpassning av planen (de gäller först när de signerats)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="138"/>
        <source>Item</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="138"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="138"/>
        <source>Proposed on</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="140"/>
        <source>Your proposed adaptations</source>
        <translation>Dina föreslagna anpassningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="141"/>
        <source>No proposals.</source>
        <translation>Inga förslag.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="144"/>
        <source>&amp;Item:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="144"/>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="144"/>
        <source>&amp;New numbers:</source>
        <translation>&amp;Nya antal:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="149"/>
        <source>What should change and why, for your supervisor (no patient data)</source>
        <translation>Vad som bör ändras och varför, till din handledare (inga patientuppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="151"/>
        <source>e.g. NI2.independent=20 (optional)</source>
        <translation>t.ex. NI2.independent=20 (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="152"/>
        <source>The item is not &amp;required</source>
        <translation>Momentet &amp;krävs inte</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="153"/>
        <source>&amp;Propose</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="154"/>
        <source>&amp;Withdraw proposal</source>
        <translation>&amp;Dra tillbaka förslaget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="180"/>
        <source>Awaiting your supervisor&apos;s signature</source>
        <translation>Väntar på handledarens signatur</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="181"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="182"/>
        <source>Not approved</source>
        <translation>Inte godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="190"/>
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="222"/>
        <source>Write each new number as CONDITION=NUMBER, e.g. NI2.independent=20 (not “{pair}”).</source>
        <translation>Skriv varje nytt antal som VILLKOR=ANTAL, t.ex. NI2.independent=20 (inte ”{pair}”).</translation>
    </message>
</context>
</TS>
