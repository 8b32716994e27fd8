<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="72"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="80"/>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="111"/>
        <source>Entries per month</source>
        <translation>Entries per month</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="87"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="91"/>
        <source>Cumulative: %1</source>
        <translation>Cumulative: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="110"/>
        <source>Cumulative count against the target</source>
        <translation>Cumulative count against the target</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="114"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="115"/>
        <source>&amp;Requirement:</source>
        <translation>&amp;Requirement:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="116"/>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="118"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts/panel.py" line="117"/>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="329"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="330"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="331"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="332"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="333"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="334"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="335"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="336"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="398"/>
        <source>Retracted: %1</source>
        <translation>Retracted: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="400"/>
        <source>Amended (revision %1)</source>
        <translation>Amended (revision %1)</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="195"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="199"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="204"/>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="205"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="206"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="207"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="213"/>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="240"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="243"/>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="306"/>
        <source>Search the logbook (Ctrl+F)</source>
        <translation>Search the logbook (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="307"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="308"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="309"/>
        <source>Filter by role</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="310"/>
        <source>Filter by period</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="311"/>
        <source>Filter by site</source>
        <translation>Filter by site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="312"/>
        <source>Show retracted</source>
        <translation>Show retracted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="313"/>
        <source>Logbook entries</source>
        <translation>Logbook entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="314"/>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="315"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="317"/>
        <source>See the entry&apos;s revisions; amend or retract it (Enter)</source>
        <translation>See the entry&apos;s revisions; amend or retract it (Enter)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="295"/>
        <source>There is no earlier entry of this kind to repeat.</source>
        <translation>There is no earlier entry of this kind to repeat.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="30"/>
        <source>Attach a scanned certificate</source>
        <translation>Attach a scanned certificate</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="55"/>
        <source>%1 is not a PDF, PNG or JPEG file.</source>
        <translation>%1 is not a PDF, PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_attachments.py" line="41"/>
        <source>The file name %1 contains what looks like a personal identity number; rename the file first.</source>
        <translation>The file name %1 contains what looks like a personal identity number; rename the file first.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="324"/>
        <source>Give a reason for the amendment.</source>
        <translation>Give a reason for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="349"/>
        <source>The entry was saved, but a file was not attached: %1</source>
        <translation>The entry was saved, but a file was not attached: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="373"/>
        <source>New entry: %1</source>
        <translation>New entry: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="375"/>
        <source>Amend entry: %1</source>
        <translation>Amend entry: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="376"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="377"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="379"/>
        <source>Scanned certificate (PDF, PNG or JPEG): drop a file here or</source>
        <translation>Scanned certificate (PDF, PNG or JPEG): drop a file here or</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="381"/>
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="382"/>
        <source>Attach file</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="383"/>
        <source>Files to attach</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="384"/>
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="385"/>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="386"/>
        <source>Repeat &amp;last</source>
        <translation>Repeat &amp;last</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="389"/>
        <source>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</source>
        <translation>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="394"/>
        <source>Repeat last</source>
        <translation>Repeat last</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="395"/>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="396"/>
        <source>Save the entry (Enter)</source>
        <translation>Save the entry (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="397"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="398"/>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="399"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="66"/>
        <source>Save what you typed before closing the form?</source>
        <translation>Save what you typed before closing the form?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="71"/>
        <source>If you discard it, what you typed here is lost.</source>
        <translation>If you discard it, what you typed here is lost.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="80"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_unsaved.py" line="84"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="146"/>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="215"/>
        <source>Retracted. Reason: %1</source>
        <translation>Retracted. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="150"/>
        <source>Amended: %1 revisions</source>
        <translation>Amended: %1 revisions</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="185"/>
        <source>Revision %1 (original), recorded %2</source>
        <translation>Revision %1 (original), recorded %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="187"/>
        <source>Revision %1, recorded %2</source>
        <translation>Revision %1, recorded %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="207"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="224"/>
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="248"/>
        <source>Give a reason for retracting the entry.</source>
        <translation>Give a reason for retracting the entry.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="273"/>
        <source>Entry history</source>
        <translation>Entry history</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="274"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="276"/>
        <source>Record a corrected version; the earlier one stays in the history.</source>
        <translation>Record a corrected version; the earlier one stays in the history.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="278"/>
        <source>&amp;Retract…</source>
        <translation>&amp;Retract…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="280"/>
        <source>Withdraw the entry with a reason; it stays listed, struck through.</source>
        <translation>Withdraw the entry with a reason; it stays listed, struck through.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="282"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="283"/>
        <source>Reason for retracting:</source>
        <translation>Reason for retracting:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="284"/>
        <source>Reason for retracting</source>
        <translation>Reason for retracting</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="285"/>
        <source>Retract entry</source>
        <translation>Retract entry</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="286"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="38"/>
        <source>%1 of %2 items met</source>
        <translation>%1 of %2 items met</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="76"/>
        <source>%n entries dated before the part opened</source>
        <translation>
            <numerusform>%n entry dated before the part opened</numerusform>
            <numerusform>%n entries dated before the part opened</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="101"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="130"/>
        <source>The curriculum could not be evaluated: %1</source>
        <translation>The curriculum could not be evaluated: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="192"/>
        <source>Guidance section “%1”</source>
        <translation>Guidance section “%1”</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="65"/>
        <source>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</source>
        <translation>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="80"/>
        <source>Entries dated before the part opened</source>
        <translation>Entries dated before the part opened</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="86"/>
        <source>Training-plan adaptation: %1</source>
        <translation>Training-plan adaptation: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="196"/>
        <source>Attested by %1</source>
        <translation>Attested by %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/item_card.py" line="207"/>
        <source>Stale attestation: entries changed after the supervisor signed.</source>
        <translation>Stale attestation: entries changed after the supervisor signed.</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/next_steps.py" line="103"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="248"/>
        <source>Work periods and training plan</source>
        <translation>Work periods and training plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="250"/>
        <source>&amp;Work periods</source>
        <translation>&amp;Work periods</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="254"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="255"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="256"/>
        <source>Fraction</source>
        <translation>Fraction</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="257"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="287"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="258"/>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="288"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="261"/>
        <source>Work periods</source>
        <translation>Work periods</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="263"/>
        <source>No work periods yet. The time items count only the periods you add here.</source>
        <translation>No work periods yet. The time items count only the periods you add here.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="265"/>
        <source>Last &amp;day of the selected period:</source>
        <translation>Last &amp;day of the selected period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="266"/>
        <source>Last day of the selected period</source>
        <translation>Last day of the selected period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="267"/>
        <source>E&amp;nd period</source>
        <translation>E&amp;nd period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="268"/>
        <source>End the selected period</source>
        <translation>End the selected period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="269"/>
        <source>Add a work period</source>
        <translation>Add a work period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="271"/>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="272"/>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="273"/>
        <source>Last day:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="274"/>
        <source>Part-&amp;time share:</source>
        <translation>Part-&amp;time share:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="275"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="276"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="280"/>
        <source>Part of the curriculum</source>
        <translation>Part of the curriculum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="281"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="282"/>
        <source>&amp;Ongoing</source>
        <translation>&amp;Ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="283"/>
        <source>The period is ongoing</source>
        <translation>The period is ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="284"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="285"/>
        <source>Part-time share, 1 is full time</source>
        <translation>Part-time share, 1 is full time</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="286"/>
        <source>1 is full time, 0.5 half time</source>
        <translation>1 is full time, 0.5 half time</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="290"/>
        <source>What the period was, e.g. the unit (no patient data)</source>
        <translation>What the period was, e.g. the unit (no patient data)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="292"/>
        <source>&amp;Add period</source>
        <translation>&amp;Add period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="293"/>
        <source>Add the work period</source>
        <translation>Add the work period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="64"/>
        <source>Training plan (signed by your supervisor)</source>
        <translation>Training plan (signed by your supervisor)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="70"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="71"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="78"/>
        <source>No signed adaptations.</source>
        <translation>No signed adaptations.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="68"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="69"/>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="75"/>
        <source>Adaptations of the training plan</source>
        <translation>Adaptations of the training plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="295"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="338"/>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="354"/>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="99"/>
        <source>MRI is the primary modality in your plan: %1.</source>
        <translation>MRI is the primary modality in your plan: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="103"/>
        <source>MRI is not the primary modality in your plan (if it were: %1).</source>
        <translation>MRI is not the primary modality in your plan (if it were: %1).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="107"/>
        <source>This is your own setting: it counts until your supervisor signs the MRI rule.</source>
        <translation>This is your own setting: it counts until your supervisor signs the MRI rule.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="113"/>
        <source>Signed by %2 on %3.</source>
        <translation>Signed by %2 on %3.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/signed_plan_box.py" line="124"/>
        <source>not required</source>
        <translation>not required</translation>
    </message>
</context>
<context>
    <name>ProposalsBox</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="137"/>
        <source>Your proposals to adapt the plan (they apply once signed)</source>
        <translation>Your proposals to adapt the plan (they apply once signed)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Proposed on</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="141"/>
        <source>Your proposed adaptations</source>
        <translation>Your proposed adaptations</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="142"/>
        <source>No proposals.</source>
        <translation>No proposals.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="145"/>
        <source>&amp;New numbers:</source>
        <translation>&amp;New numbers:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="150"/>
        <source>What should change and why, for your supervisor (no patient data)</source>
        <translation>What should change and why, for your supervisor (no patient data)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="152"/>
        <source>e.g. NI2.independent=20 (optional)</source>
        <translation>e.g. NI2.independent=20 (optional)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="153"/>
        <source>The item is not &amp;required</source>
        <translation>The item is not &amp;required</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="154"/>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="155"/>
        <source>&amp;Withdraw proposal</source>
        <translation>&amp;Withdraw proposal</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="181"/>
        <source>Awaiting your supervisor&apos;s signature</source>
        <translation>Awaiting your supervisor&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="182"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="183"/>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="191"/>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/proposals_box.py" line="223"/>
        <source>Write each new number as CONDITION=NUMBER, e.g. NI2.independent=20 (not “{pair}”).</source>
        <translation>Write each new number as CONDITION=NUMBER, e.g. NI2.independent=20 (not “{pair}”).</translation>
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
        <translation>Hospital &amp;readiness (H1–H11)…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="188"/>
        <source>&amp;National reference values…</source>
        <translation>&amp;National reference values…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="189"/>
        <source>Follow-up year</source>
        <translation>Follow-up year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="218"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="329"/>
        <source>no cases recorded</source>
        <translation>no cases recorded</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="221"/>
        <source>judged from the approval (the follow-up year)</source>
        <translation>judged from the approval (the follow-up year)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="223"/>
        <source>too few cases to judge</source>
        <translation>too few cases to judge</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="224"/>
        <source>not every case is known</source>
        <translation>not every case is known</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="225"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="397"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="225"/>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="397"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="229"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="251"/>
        <source>Follow-up year {start} – {end}: {cases} cases handled, {evt} with EVT, {without} without, {complications} with complications.</source>
        <translation>Follow-up year {start} – {end}: {cases} cases handled, {evt} with EVT, {without} without, {complications} with complications.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="285"/>
        <source>The follow-up year starts when the training is approved: on the day the supervisor signs the approval. Choose a calendar year to see its figures.</source>
        <translation>The follow-up year starts when the training is approved: on the day the supervisor signs the approval. Choose a calendar year to see its figures.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="299"/>
        <source>EVT as first operator: {n} (the guidance asks for at least 20 a year). A rate counts only the cases where the outcome was recorded; below 20 recorded cases it is shown but not judged.</source>
        <translation>EVT as first operator: {n} (the guidance asks for at least 20 a year). A rate counts only the cases where the outcome was recorded; below 20 recorded cases it is shown but not judged.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="321"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="322"/>
        <source>Count / recorded</source>
        <translation>Count / recorded</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="323"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="324"/>
        <source>Rate (95 % interval)</source>
        <translation>Rate (95 % interval)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="325"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="326"/>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="338"/>
        <source>target {target}</source>
        <translation>target {target}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="346"/>
        <source>Dot: the rate; bar: its 95 % interval; dashed line: the guidance&apos;s target. Filled green: met, filled red: not met, hollow: too few cases to judge.</source>
        <translation>Dot: the rate; bar: its 95 % interval; dashed line: the guidance&apos;s target. Filled green: met, filled red: not met, hollow: too few cases to judge.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="351"/>
        <source>Logistics: median minutes with quartiles</source>
        <translation>Logistics: median minutes with quartiles</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="353"/>
        <source>no case with both times</source>
        <translation>no case with both times</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="376"/>
        <source>Box: quartiles; thick line: median; ◇ reference values you entered: {list}</source>
        <translation>Box: quartiles; thick line: median; ◇ reference values you entered: {list}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="380"/>
        <source>Box: quartiles; thick line: median. No national reference values are entered; EVTDesk ships none: enter them with their source and year.</source>
        <translation>Box: quartiles; thick line: median. No national reference values are entered; EVTDesk ships none: enter them with their source and year.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="391"/>
        <source>Continuing education: at least 16 h every year (advice: 40 h every other year)</source>
        <translation>Continuing education: at least 16 h every year (advice: 40 h every other year)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="399"/>
        <source>(advice: 40 h with the year before)</source>
        <translation>(advice: 40 h with the year before)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="411"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="412"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="413"/>
        <source>C1</source>
        <translation>C1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="414"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="415"/>
        <source>Observation visits</source>
        <translation>Observation visits</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/quality.py" line="416"/>
        <source>Network contacts</source>
        <translation>Network contacts</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="47"/>
        <source>Hospital readiness (H1–H11)</source>
        <translation>Hospital readiness (H1–H11)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="51"/>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="68"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="81"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="82"/>
        <source>Save and write signed &amp;PDF…</source>
        <translation>Save and write signed &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="109"/>
        <source>Add the hospital as a site first (with its EVT a year): the checklist is kept per site.</source>
        <translation>Add the hospital as a site first (with its EVT a year): the checklist is kept per site.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="127"/>
        <source>The signed PDF vouches that you issued the checklist, not that it is true.</source>
        <translation>The signed PDF vouches that you issued the checklist, not that it is true.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="130"/>
        <source>Statuses in grey are the signed readiness of {name} ({day}): the hospital items are judged from them. The others are your own record and decide nothing.</source>
        <translation>Statuses in grey are the signed readiness of {name} ({day}): the hospital items are judged from them. The others are your own record and decide nothing.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="135"/>
        <source>These statuses are your own record: the hospital items are judged only from the readiness the region&apos;s or hospital&apos;s representative declares and signs. H1 is worked out from the site&apos;s EVT a year until you choose a status for it.</source>
        <translation>These statuses are your own record: the hospital items are judged only from the readiness the region&apos;s or hospital&apos;s representative declares and signs. H1 is worked out from the site&apos;s EVT a year until you choose a status for it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="156"/>
        <source>Declared by {name} ({day})</source>
        <translation>Declared by {name} ({day})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="212"/>
        <source>Changes saved: {n}.</source>
        <translation>Changes saved: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="218"/>
        <source>Save the signed checklist</source>
        <translation>Save the signed checklist</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="218"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="237"/>
        <source>Writing the signed checklist…</source>
        <translation>Writing the signed checklist…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="250"/>
        <source>The signed checklist was saved as {path}.</source>
        <translation>The signed checklist was saved as {path}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/readiness_dialog.py" line="256"/>
        <source>The checklist was not written: {error}</source>
        <translation>The checklist was not written: {error}</translation>
    </message>
</context>
<context>
    <name>ReferencesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="46"/>
        <source>National reference values</source>
        <translation>National reference values</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="51"/>
        <source>Enter the national median you compare against, in minutes, with where it is from (e.g. the Riksstroke or EVAS annual report) and its year. Leave a row empty for none.</source>
        <translation>Enter the national median you compare against, in minutes, with where it is from (e.g. the Riksstroke or EVAS annual report) and its year. Leave a row empty for none.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="62"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="118"/>
        <source>{row}: give the minutes and the year as numbers.</source>
        <translation>{row}: give the minutes and the year as numbers.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="122"/>
        <source>{row}: a median time is more than 0 and at most 1440 minutes.</source>
        <translation>{row}: a median time is more than 0 and at most 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="127"/>
        <source>{row}: say where the value is from.</source>
        <translation>{row}: say where the value is from.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/references_dialog.py" line="130"/>
        <source>{row}: the year of a published figure, 1990–{year}.</source>
        <translation>{row}: the year of a published figure, 1990–{year}.</translation>
    </message>
</context>
</TS>
