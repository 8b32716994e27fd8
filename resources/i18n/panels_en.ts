<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="426" />
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="434" />
        <location filename="../../src/evtdesk/ui/charts.py" line="462" />
        <source>Entries per month</source>
        <translation>Entries per month</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="441" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="445" />
        <source>Cumulative: %1</source>
        <translation>Cumulative: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="461" />
        <source>Cumulative count against the target</source>
        <translation>Cumulative count against the target</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="465" />
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="466" />
        <source>&amp;Requirement:</source>
        <translation>&amp;Requirement:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="467" />
        <location filename="../../src/evtdesk/ui/charts.py" line="469" />
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/charts.py" line="468" />
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="328" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="329" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="330" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="331" />
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="332" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="333" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="334" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="335" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="397" />
        <source>Retracted: %1</source>
        <translation>Retracted: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries_model.py" line="399" />
        <source>Amended (revision %1)</source>
        <translation>Amended (revision %1)</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="196" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="197" />
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="201" />
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="202" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="203" />
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="204" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="210" />
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="234" />
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="236" />
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="295" />
        <source>Search the logbook (Ctrl+F)</source>
        <translation>Search the logbook (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="296" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="297" />
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="298" />
        <source>Filter by role</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="299" />
        <source>Filter by period</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="300" />
        <source>Filter by site</source>
        <translation>Filter by site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="301" />
        <source>Show retracted</source>
        <translation>Show retracted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="302" />
        <source>Logbook entries</source>
        <translation>Logbook entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="303" />
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="304" />
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/entries.py" line="305" />
        <source>See the entry&apos;s revisions; amend or retract it (Enter)</source>
        <translation>See the entry&apos;s revisions; amend or retract it (Enter)</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="516" />
        <source>There is no earlier entry of this kind to repeat.</source>
        <translation>There is no earlier entry of this kind to repeat.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="532" />
        <source>Attach a scanned certificate</source>
        <translation>Attach a scanned certificate</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="541" />
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="544" />
        <source>%1 is not a PDF, PNG or JPEG file.</source>
        <translation>%1 is not a PDF, PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="547" />
        <source>%1 is too large (at most 25 MB).</source>
        <translation>%1 is too large (at most 25 MB).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="586" />
        <source>Give a reason for the amendment.</source>
        <translation>Give a reason for the amendment.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="611" />
        <source>The entry was saved, but a file was not attached: %1</source>
        <translation>The entry was saved, but a file was not attached: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="633" />
        <source>New entry: %1</source>
        <translation>New entry: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="635" />
        <source>Amend entry: %1</source>
        <translation>Amend entry: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="636" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="637" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="638" />
        <source>Scanned certificate (PDF, PNG or JPEG): drop a file here or</source>
        <translation>Scanned certificate (PDF, PNG or JPEG): drop a file here or</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="639" />
        <source>&amp;Attach file…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="640" />
        <source>Attach file</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="641" />
        <source>Files to attach</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="642" />
        <source>&amp;Reason for the amendment</source>
        <translation>&amp;Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="643" />
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="644" />
        <source>Repeat &amp;last</source>
        <translation>Repeat &amp;last</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="646" />
        <source>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</source>
        <translation>Fill in everything from the latest entry of this kind except the date and case number (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="648" />
        <source>Repeat last</source>
        <translation>Repeat last</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="649" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="650" />
        <source>Save the entry (Enter)</source>
        <translation>Save the entry (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="651" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="652" />
        <location filename="../../src/evtdesk/ui/forms/entry_form.py" line="653" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="137" />
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="204" />
        <source>Retracted. Reason: %1</source>
        <translation>Retracted. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="140" />
        <source>Amended: %1 revisions</source>
        <translation>Amended: %1 revisions</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="169" />
        <source>Revision %1 (original), recorded %2</source>
        <translation>Revision %1 (original), recorded %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="171" />
        <source>Revision %1, recorded %2</source>
        <translation>Revision %1, recorded %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="197" />
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="210" />
        <source>Attached files:</source>
        <translation>Attached files:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="234" />
        <source>Give a reason for retracting the entry.</source>
        <translation>Give a reason for retracting the entry.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="259" />
        <source>Entry history</source>
        <translation>Entry history</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="260" />
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="261" />
        <source>Record a corrected version; the earlier one stays in the history.</source>
        <translation>Record a corrected version; the earlier one stays in the history.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="262" />
        <source>&amp;Retract…</source>
        <translation>&amp;Retract…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="263" />
        <source>Withdraw the entry with a reason; it stays listed, struck through.</source>
        <translation>Withdraw the entry with a reason; it stays listed, struck through.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="264" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="265" />
        <source>Reason for retracting:</source>
        <translation>Reason for retracting:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="266" />
        <source>Reason for retracting</source>
        <translation>Reason for retracting</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="267" />
        <source>Retract entry</source>
        <translation>Retract entry</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/history_dialog.py" line="268" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="134" />
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="143" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="144" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="145" />
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="461" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="146" />
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="461" />
        <source>Attested</source>
        <translation>Attested</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="186" />
        <source>Attested by %1</source>
        <translation>Attested by %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="195" />
        <source>Stale attestation: entries changed after the supervisor signed.</source>
        <translation>Stale attestation: entries changed after the supervisor signed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="222" />
        <source>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</source>
        <translation>No work periods in this part yet: add them under Edit ▸ Work periods and training plan (Ctrl+Shift+P).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="245" />
        <source>%n entries dated before the part opened</source>
        <translation>
            <numerusform>%n entry dated before the part opened</numerusform>
            <numerusform>%n entries dated before the part opened</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="246" />
        <source>Entries dated before the part opened</source>
        <translation>Entries dated before the part opened</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="252" />
        <source>Training-plan adaptation: %1</source>
        <translation>Training-plan adaptation: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="257" />
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="399" />
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="427" />
        <source>The curriculum could not be evaluated: %1</source>
        <translation>The curriculum could not be evaluated: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="458" />
        <source>Locked: %1</source>
        <translation>Locked: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="476" />
        <source>Guidance section “%1”</source>
        <translation>Guidance section “%1”</translation>
    </message>
</context>
<context>
    <name>NextStepsWidget</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/navigator.py" line="349" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="239" />
        <source>Work periods and training plan</source>
        <translation>Work periods and training plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="241" />
        <source>&amp;Work periods</source>
        <translation>&amp;Work periods</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <source>Fraction</source>
        <translation>Fraction</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="263" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="243" />
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="264" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="245" />
        <source>Work periods</source>
        <translation>Work periods</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="246" />
        <source>No work periods yet. The time items count only the periods you add here.</source>
        <translation>No work periods yet. The time items count only the periods you add here.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="247" />
        <source>Last &amp;day of the selected period:</source>
        <translation>Last &amp;day of the selected period:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="248" />
        <source>Last day of the selected period</source>
        <translation>Last day of the selected period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="249" />
        <source>E&amp;nd period</source>
        <translation>E&amp;nd period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="250" />
        <source>End the selected period</source>
        <translation>End the selected period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="251" />
        <source>Add a work period</source>
        <translation>Add a work period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>Last day:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="252" />
        <source>Part-&amp;time share:</source>
        <translation>Part-&amp;time share:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253" />
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="253" />
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="256" />
        <source>Part of the curriculum</source>
        <translation>Part of the curriculum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="257" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="258" />
        <source>&amp;Ongoing</source>
        <translation>&amp;Ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="259" />
        <source>The period is ongoing</source>
        <translation>The period is ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="260" />
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="261" />
        <source>Part-time share, 1 is full time</source>
        <translation>Part-time share, 1 is full time</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="262" />
        <source>1 is full time, 0.5 half time</source>
        <translation>1 is full time, 0.5 half time</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="265" />
        <source>What the period was, e.g. the unit (no patient data)</source>
        <translation>What the period was, e.g. the unit (no patient data)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="266" />
        <source>&amp;Add period</source>
        <translation>&amp;Add period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="267" />
        <source>Add the work period</source>
        <translation>Add the work period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="268" />
        <source>Training plan (decided by your supervisor)</source>
        <translation>Training plan (decided by your supervisor)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="270" />
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="272" />
        <source>Adaptations of the training plan</source>
        <translation>Adaptations of the training plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="273" />
        <source>No adaptations.</source>
        <translation>No adaptations.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="274" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="310" />
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="324" />
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="346" />
        <source>MRI is the primary modality in your plan: %1.</source>
        <translation>MRI is the primary modality in your plan: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="348" />
        <source>MRI is not the primary modality in your plan (if it were: %1).</source>
        <translation>MRI is not the primary modality in your plan (if it were: %1).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/panels/plan_dialog.py" line="354" />
        <source>not required</source>
        <translation>not required</translation>
    </message>
</context>
</TS>
