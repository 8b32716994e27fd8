<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="72"/>
        <source>No entries yet.</source>
        <translation>Inga registreringar ännu.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="80"/>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="111"/>
        <source>Entries per month</source>
        <translation>Registreringar per månad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="87"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="91"/>
        <source>Cumulative: %1</source>
        <translation>Kumulativt: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="110"/>
        <source>Cumulative count against the target</source>
        <translation>Kumulativt antal mot målet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="114"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="115"/>
        <source>&amp;Requirement:</source>
        <translation>&amp;Krav:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="116"/>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="118"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="117"/>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="329"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="330"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="331"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="332"/>
        <source>Case no.</source>
        <translation>Fallnr</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="333"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="334"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="335"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="336"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="398"/>
        <source>Retracted: %1</source>
        <translation>Återkallad: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="400"/>
        <source>Amended (revision %1)</source>
        <translation>Ändrad (version %1)</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="195"/>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="199"/>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="204"/>
        <source>All dates</source>
        <translation>Alla datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="205"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="206"/>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="207"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="213"/>
        <source>All sites</source>
        <translation>Alla enheter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="240"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="243"/>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="306"/>
        <source>Search the logbook (Ctrl+F)</source>
        <translation>Sök i loggboken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="307"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="308"/>
        <source>Filter by kind</source>
        <translation>Filtrera på typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="309"/>
        <source>Filter by role</source>
        <translation>Filtrera på roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="310"/>
        <source>Filter by period</source>
        <translation>Filtrera på period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="311"/>
        <source>Filter by site</source>
        <translation>Filtrera på enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="312"/>
        <source>Show retracted</source>
        <translation>Visa återkallade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="313"/>
        <source>Logbook entries</source>
        <translation>Loggbokens registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="314"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny registrering…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="315"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="317"/>
        <source>See the entry&apos;s revisions; amend or retract it (Enter)</source>
        <translation>Se registreringens versioner; ändra eller återkalla den (Enter)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="295"/>
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
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="324"/>
        <source>Give a reason for the amendment.</source>
        <translation>Ange en orsak till ändringen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="349"/>
        <source>The entry was saved, but a file was not attached: %1</source>
        <translation>Registreringen sparades, men en fil bifogades inte: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="373"/>
        <source>New entry: %1</source>
        <translation>Ny registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="375"/>
        <source>Amend entry: %1</source>
        <translation>Ändra registrering: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="376"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="377"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="379"/>
        <source>Scanned certificate (PDF, PNG or JPEG): drop a file here or</source>
        <translation>Skannat intyg (PDF, PNG eller JPEG): släpp en fil här eller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="381"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Bifoga fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="382"/>
        <source>Attach file</source>
        <translation>Bifoga fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="383"/>
        <source>Files to attach</source>
        <translation>Filer att bifoga</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="384"/>
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="385"/>
        <source>Reason for the amendment</source>
        <translation>Orsak till ändringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="386"/>
        <source>Repeat &amp;last</source>
        <translation>Upprepa &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="389"/>
        <source>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</source>
        <translation>Fyll i allt från den senaste registreringen av denna typ utom datum och fallnummer (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="394"/>
        <source>Repeat last</source>
        <translation>Upprepa senaste</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="395"/>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="76"/>
        <source>&amp;Save</source>
        <translation>Sp&amp;ara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="396"/>
        <source>Save the entry (Enter)</source>
        <translation>Spara registreringen (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="397"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="398"/>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="399"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="66"/>
        <source>Save what you typed before closing the form?</source>
        <translation>Spara det du har skrivit innan formuläret stängs?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="71"/>
        <source>If you discard it, what you typed here is lost.</source>
        <translation>Om du kastar det går det du skrev här förlorat.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="80"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kasta</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="84"/>
        <source>&amp;Keep editing</source>
        <translation>Fortsätt &amp;redigera</translation>
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
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="38"/>
        <source>%1 of %2 items met</source>
        <translation>%1 av %2 punkter uppfyllda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="76"/>
        <source>%n entries dated before the part opened</source>
        <translation>
            <numerusform>%n registrering daterad innan delen öppnades</numerusform>
            <numerusform>%n registreringar daterade innan delen öppnades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="101"/>
        <source>Updating…</source>
        <translation>Uppdaterar …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="130"/>
        <source>The curriculum could not be evaluated: %1</source>
        <translation>Målbeskrivningen kunde inte utvärderas: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="192"/>
        <source>Guidance section “%1”</source>
        <translation>Vägledningens avsnitt ”%1”</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="65"/>
        <source>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</source>
        <translation>Inga arbetsperioder i den här delen ännu: lägg till dem under Redigera ▸ Arbetsperioder och utbildningsplan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="80"/>
        <source>Entries dated before the part opened</source>
        <translation>Registreringar daterade innan delen öppnades</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="86"/>
        <source>Training-plan adaptation: %1</source>
        <translation>Anpassning i utbildningsplanen: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="196"/>
        <source>Attested by %1</source>
        <translation>Intygat av %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="207"/>
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
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="248"/>
        <source>Work periods and training plan</source>
        <translation>Arbetsperioder och utbildningsplan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="250"/>
        <source>&amp;Work periods</source>
        <translation>&amp;Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="254"/>
        <source>Start</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="255"/>
        <source>End</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="256"/>
        <source>Fraction</source>
        <translation>Tjänstgöringsgrad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="257"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="287"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="258"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="288"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="261"/>
        <source>Work periods</source>
        <translation>Arbetsperioder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="263"/>
        <source>No work periods yet. The time items count only the periods you add here.</source>
        <translation>Inga arbetsperioder ännu. Tidsmomenten räknar bara de perioder du lägger till här.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="265"/>
        <source>Last &amp;day of the selected period:</source>
        <translation>Sista da&amp;g för vald period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="266"/>
        <source>Last day of the selected period</source>
        <translation>Sista dag för vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="267"/>
        <source>E&amp;nd period</source>
        <translation>A&amp;vsluta period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="268"/>
        <source>End the selected period</source>
        <translation>Avsluta vald period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="269"/>
        <source>Add a work period</source>
        <translation>Lägg till en arbetsperiod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="271"/>
        <source>&amp;Part:</source>
        <translation>&amp;Del:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="272"/>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="273"/>
        <source>Last day:</source>
        <translation>Sista dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="274"/>
        <source>Part-&amp;time share:</source>
        <translation>&amp;Tjänstgöringsgrad:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="275"/>
        <source>&amp;Site:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="276"/>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="280"/>
        <source>Part of the curriculum</source>
        <translation>Del av målbeskrivningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="281"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="282"/>
        <source>&amp;Ongoing</source>
        <translation>&amp;Pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="283"/>
        <source>The period is ongoing</source>
        <translation>Perioden pågår</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="284"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="285"/>
        <source>Part-time share, 1 is full time</source>
        <translation>Tjänstgöringsgrad, 1 är heltid</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="286"/>
        <source>1 is full time, 0.5 half time</source>
        <translation>1 är heltid, 0,5 halvtid (deltid)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="290"/>
        <source>What the period was, e.g. the unit (no patient data)</source>
        <translation>Vad perioden var, t.ex. enheten (inga patientuppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="292"/>
        <source>&amp;Add period</source>
        <translation>&amp;Lägg till period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="293"/>
        <source>Add the work period</source>
        <translation>Lägg till arbetsperioden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="64"/>
        <source>Training plan (signed by your supervisor)</source>
        <translation>Utbildningsplan (signerad av din handledare)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="70"/>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="71"/>
        <source>Signed on</source>
        <translation>Signerat den</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="78"/>
        <source>No signed adaptations.</source>
        <translation>Inga signerade anpassningar.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="68"/>
        <source>Item</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="69"/>
        <source>Adaptation</source>
        <translation>Anpassning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="75"/>
        <source>Adaptations of the training plan</source>
        <translation>Anpassningar av utbildningsplanen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="295"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="338"/>
        <source>(no site)</source>
        <translation>(ingen enhet)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="354"/>
        <source>ongoing</source>
        <translation>pågående</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="99"/>
        <source>MRI is the primary modality in your plan: %1.</source>
        <translation>MR är primär modalitet i din plan: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="103"/>
        <source>MRI is not the primary modality in your plan (if it were: %1).</source>
        <translation>MR är inte primär modalitet i din plan (om den vore det: %1).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="107"/>
        <source>This is your own setting: it counts until your supervisor signs the MRI rule.</source>
        <translation>Detta är din egen inställning: den gäller tills din handledare signerar MR-regeln.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="113"/>
        <source>Signed by %2 on %3.</source>
        <translation>Signerat av %2 den %3.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="124"/>
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="137"/>
        <source>Your proposals to adapt the plan (they apply once signed)</source>
        <translation>Dina förslag till anpassning av planen (de gäller först när de signerats)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Item</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Proposal</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Proposed on</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="141"/>
        <source>Your proposed adaptations</source>
        <translation>Dina föreslagna anpassningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="142"/>
        <source>No proposals.</source>
        <translation>Inga förslag.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;Item:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;New numbers:</source>
        <translation>&amp;Nya antal:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="150"/>
        <source>What should change and why, for your supervisor (no patient data)</source>
        <translation>Vad som bör ändras och varför, till din handledare (inga patientuppgifter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="152"/>
        <source>e.g. NI2.independent=20 (optional)</source>
        <translation>t.ex. NI2.independent=20 (valfritt)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="153"/>
        <source>The item is not &amp;required</source>
        <translation>Momentet &amp;krävs inte</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="154"/>
        <source>&amp;Propose</source>
        <translation>&amp;Föreslå</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="155"/>
        <source>&amp;Withdraw proposal</source>
        <translation>&amp;Dra tillbaka förslaget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="181"/>
        <source>Awaiting your supervisor&apos;s signature</source>
        <translation>Väntar på handledarens signatur</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="182"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="183"/>
        <source>Not approved</source>
        <translation>Inte godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="191"/>
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="223"/>
        <source>Write each new number as CONDITION=NUMBER, e.g. NI2.independent=20 (not “{pair}”).</source>
        <translation>Skriv varje nytt antal som VILLKOR=ANTAL, t.ex. NI2.independent=20 (inte ”{pair}”).</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="186"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="187"/>
        <source>Hospital &amp;readiness (H1–H11)…</source>
        <translation>Sjukhusets &amp;beredskap (H1–H11)…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="188"/>
        <source>&amp;National reference values…</source>
        <translation>&amp;Nationella referensvärden…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="189"/>
        <source>Follow-up year</source>
        <translation>Uppföljningsåret</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="218"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="329"/>
        <source>no cases recorded</source>
        <translation>inga registrerade fall</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="221"/>
        <source>judged from the approval (the follow-up year)</source>
        <translation>bedöms från godkännandet (uppföljningsåret)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="223"/>
        <source>too few cases to judge</source>
        <translation>för få fall för att bedöma</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="224"/>
        <source>not every case is known</source>
        <translation>alla fall är inte kända</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="225"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="397"/>
        <source>met</source>
        <translation>uppnått</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="225"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="397"/>
        <source>not met</source>
        <translation>ej uppnått</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="229"/>
        <source>all</source>
        <translation>alla</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="251"/>
        <source>Follow-up year {start} – {end}: {cases} cases handled, {evt} with EVT, {without} without, {complications} with complications.</source>
        <translation>Uppföljningsåret {start} – {end}: {cases} handlagda fall, {evt} med EVT, {without} utan, {complications} med komplikationer.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="285"/>
        <source>The follow-up year starts when the training is approved: on the day the supervisor signs the approval. Choose a calendar year to see its figures.</source>
        <translation>Uppföljningsåret börjar när utbildningen är godkänd: den dag handledaren signerar godkännandet. Välj ett kalenderår för att se dess siffror.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="299"/>
        <source>EVT as first operator: {n} (the guidance asks for at least 20 a year). A rate counts only the cases where the outcome was recorded; below 20 recorded cases it is shown but not judged.</source>
        <translation>EVT som försteoperatör: {n} (vägledningen kräver minst 20 per år). En andel räknas bara på fall där utfallet är registrerat; under 20 registrerade fall visas den men bedöms inte.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="321"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="322"/>
        <source>Count / recorded</source>
        <translation>Antal / registrerade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="323"/>
        <source>Not recorded</source>
        <translation>Ej registrerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="324"/>
        <source>Rate (95 % interval)</source>
        <translation>Andel (95 % intervall)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="325"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="326"/>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="338"/>
        <source>target {target}</source>
        <translation>mål {target}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="346"/>
        <source>Dot: the rate; bar: its 95 % interval; dashed line: the guidance&apos;s target. Filled green: met, filled red: not met, hollow: too few cases to judge.</source>
        <translation>Punkt: andelen; stapel: dess 95 % intervall; streckad linje: vägledningens mål. Fylld grön: uppnått, fylld röd: ej uppnått, ofylld: för få fall för att bedöma.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="351"/>
        <source>Logistics: median minutes with quartiles</source>
        <translation>Logistik: median i minuter med kvartiler</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="353"/>
        <source>no case with both times</source>
        <translation>inget fall med båda tiderna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="376"/>
        <source>Box: quartiles; thick line: median; ◇ reference values you entered: {list}</source>
        <translation>Ruta: kvartiler; tjockt streck: median; ◇ referensvärden du angett: {list}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="380"/>
        <source>Box: quartiles; thick line: median. No national reference values are entered; EVTDesk ships none: enter them with their source and year.</source>
        <translation>Ruta: kvartiler; tjockt streck: median. Inga nationella referensvärden är angivna; EVTDesk levererar inga: ange dem med källa och år.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="391"/>
        <source>Continuing education: at least 16 h every year (advice: 40 h every other year)</source>
        <translation>Fortbildning: minst 16 h varje år (råd: 40 h vartannat år)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="399"/>
        <source>(advice: 40 h with the year before)</source>
        <translation>(råd: 40 h med året före)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="411"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="412"/>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="413"/>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="414"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="415"/>
        <source>Observation visits</source>
        <translation>Auskultationer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="416"/>
        <source>Network contacts</source>
        <translation>Nätverkskontakter</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="47"/>
        <source>Hospital readiness (H1–H11)</source>
        <translation>Sjukhusets beredskap (H1–H11)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="51"/>
        <source>&amp;Site:</source>
        <translation>S&amp;jukhus:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="81"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="82"/>
        <source>Save and write signed &amp;PDF…</source>
        <translation>Spara och skriv signerad &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="109"/>
        <source>Add the hospital as a site first (with its EVT a year): the checklist is kept per site.</source>
        <translation>Lägg först till sjukhuset som en arbetsplats (med dess EVT per år): checklistan förs per arbetsplats.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="127"/>
        <source>The signed PDF vouches that you issued the checklist, not that it is true.</source>
        <translation>Den signerade PDF:en visar att du utfärdat checklistan, inte att den är riktig.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="130"/>
        <source>Statuses in grey are the signed readiness of {name} ({day}): the hospital items are judged from them. The others are your own record and decide nothing.</source>
        <translation>Statusarna i grått är den signerade beredskapen från {name} ({day}): sjukhusets punkter bedöms utifrån dem. De andra är din egen anteckning och avgör ingenting.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="135"/>
        <source>These statuses are your own record: the hospital items are judged only from the readiness the region&apos;s or hospital&apos;s representative declares and signs. H1 is worked out from the site&apos;s EVT a year until you choose a status for it.</source>
        <translation>Dessa statusar är din egen anteckning: sjukhusets punkter bedöms bara utifrån den beredskap som regionens eller sjukhusets företrädare intygar och signerar. H1 beräknas ur arbetsplatsens EVT per år tills du väljer en status för det.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="156"/>
        <source>Declared by {name} ({day})</source>
        <translation>Intygat av {name} ({day})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="212"/>
        <source>Changes saved: {n}.</source>
        <translation>Sparade ändringar: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="218"/>
        <source>Save the signed checklist</source>
        <translation>Spara den signerade checklistan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="218"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="237"/>
        <source>Writing the signed checklist…</source>
        <translation>Skriver den signerade checklistan…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="250"/>
        <source>The signed checklist was saved as {path}.</source>
        <translation>Den signerade checklistan sparades som {path}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="256"/>
        <source>The checklist was not written: {error}</source>
        <translation>Checklistan skrevs inte: {error}</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="46"/>
        <source>National reference values</source>
        <translation>Nationella referensvärden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="51"/>
        <source>Enter the national median you compare against, in minutes, with where it is from (e.g. the Riksstroke or EVAS annual report) and its year. Leave a row empty for none.</source>
        <translation>Ange den nationella median du jämför med, i minuter, med varifrån den kommer (t.ex. Riksstrokes eller EVAS årsrapport) och dess år. Lämna en rad tom för ingen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Interval</source>
        <translation>Tidsintervall</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="118"/>
        <source>{row}: give the minutes and the year as numbers.</source>
        <translation>{row}: ange minuter och år som tal.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="122"/>
        <source>{row}: a median time is more than 0 and at most 1440 minutes.</source>
        <translation>{row}: en mediantid är mer än 0 och högst 1440 minuter.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="127"/>
        <source>{row}: say where the value is from.</source>
        <translation>{row}: ange varifrån värdet kommer.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="130"/>
        <source>{row}: the year of a published figure, 1990–{year}.</source>
        <translation>{row}: året för en publicerad siffra, 1990–{year}.</translation>
    </message>
</context>
</TS>
