<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="56"/>
        <source>Examination week</source>
        <translation>Examination week</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="59"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="59"/>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="61"/>
        <source>Yearly evaluation %1</source>
        <translation>Yearly evaluation %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="62"/>
        <source>sufficient progress</source>
        <translation>sufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="62"/>
        <source>insufficient progress</source>
        <translation>insufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>The training</source>
        <translation>The training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>resumed</source>
        <translation>resumed</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="57"/>
        <source>Trust a key</source>
        <translation>Trust a key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="62"/>
        <source>Paste the public key here (both lines of the .pub file, or the key line)</source>
        <translation>Paste the public key here (both lines of the .pub file, or the key line)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="65"/>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="66"/>
        <source>&amp;Load .pub file…</source>
        <translation>&amp;Load .pub file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="84"/>
        <source>Does this fingerprint match what the key owner reads to you?</source>
        <translation>Does this fingerprint match what the key owner reads to you?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="87"/>
        <source>&amp;Yes, every group matches</source>
        <translation>&amp;Yes, every group matches</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="94"/>
        <source>Key owner&apos;s &amp;name:</source>
        <translation>Key owner&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="95"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="98"/>
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="106"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="144"/>
        <source>Load key</source>
        <translation>Load key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="146"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="158"/>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
</context>
<context>
    <name>AttestDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="67"/>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="94"/>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="72"/>
        <source>Tick what you attest for {name}. For each, approve it or not; say why when you do not approve. The examination week, the yearly evaluation and stopping the training have their own tabs. The attestation is signed with your key and is only valid for this trainee&apos;s bundle.</source>
        <translation>Tick what you attest for {name}. For each, approve it or not; say why when you do not approve. The examination week, the yearly evaluation and stopping the training have their own tabs. The attestation is signed with your key and is only valid for this trainee&apos;s bundle.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="83"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="95"/>
        <source>Status in the bundle</source>
        <translation>Status in the bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="96"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="97"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="124"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="125"/>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="126"/>
        <source>Decision for {subject}</source>
        <translation>Decision for {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="130"/>
        <source>Comment for {subject}</source>
        <translation>Comment for {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="153"/>
        <source>Sign about this bundle although it is older than one you saw (what you said about the newer one outranks it)</source>
        <translation>Sign about this bundle although it is older than one you saw (what you said about the newer one outranks it)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="161"/>
        <source>&amp;Save signed attestation…</source>
        <translation>&amp;Save signed attestation…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="186"/>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="187"/>
        <source>E&amp;xamination week</source>
        <translation>E&amp;xamination week</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="189"/>
        <source>S&amp;top or resume</source>
        <translation>S&amp;top or resume</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="190"/>
        <source>&amp;Declarations</source>
        <translation>&amp;Declarations</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="216"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="217"/>
        <source>Not yet met</source>
        <translation>Not yet met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="218"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="219"/>
        <source>Already attested</source>
        <translation>Already attested</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="220"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="221"/>
        <source>Proposed by the trainee</source>
        <translation>Proposed by the trainee</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="239"/>
        <source>%n statement(s) chosen.</source>
        <translation>
            <numerusform>%n statement chosen.</numerusform>
            <numerusform>%n statements chosen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="307"/>
        <source>Tick at least one item, or give a verdict or an evaluation.</source>
        <translation>Tick at least one item, or give a verdict or an evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="283"/>
        <source>Say why this is not approved: {subject}</source>
        <translation>Say why this is not approved: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="188"/>
        <source>Yearly e&amp;valuation</source>
        <translation>Yearly e&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="297"/>
        <source>Save signed attestation</source>
        <translation>Save signed attestation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="299"/>
        <source>EVTDesk attestations (*.evtattest);;All files (*)</source>
        <translation>EVTDesk attestations (*.evtattest);;All files (*)</translation>
    </message>
</context>
<context>
    <name>BundleEntries</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="80"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="85"/>
        <source>Filter: case number, date, notes…</source>
        <translation>Filter: case number, date, notes…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="87"/>
        <source>Show &amp;retracted</source>
        <translation>Show &amp;retracted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="91"/>
        <source>Only what changed since no. {n}</source>
        <translation>Only what changed since no. {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="98"/>
        <source>&amp;Validate selected…</source>
        <translation>&amp;Validate selected…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="100"/>
        <source>Re&amp;ject selected…</source>
        <translation>Re&amp;ject selected…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="105"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="115"/>
        <source>Select an entry to see the whole case.</source>
        <translation>Select an entry to see the whole case.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="141"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="142"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="143"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="144"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="145"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="146"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="147"/>
        <source>Since no. {n}</source>
        <translation>Since no. {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="157"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="277"/>
        <source>(retracted)</source>
        <translation>(retracted)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="193"/>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="194"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="195"/>
        <source>changed since</source>
        <translation>changed since</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="201"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="202"/>
        <source>amended</source>
        <translation>amended</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="203"/>
        <source>retracted</source>
        <translation>retracted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="232"/>
        <source>{shown} of {n}</source>
        <translation>{shown} of {n}</translation>
    </message>
</context>
<context>
    <name>BundleViewDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="110"/>
        <source>Bundle – {name}</source>
        <translation>Bundle – {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="110"/>
        <source>opened bundle</source>
        <translation>opened bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="115"/>
        <source>Save &amp;report PDF…</source>
        <translation>Save &amp;report PDF…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="119"/>
        <source>&amp;Attest…</source>
        <translation>&amp;Attest…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="125"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="129"/>
        <source>Completion &amp;certificate…</source>
        <translation>Completion &amp;certificate…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="131"/>
        <source>&amp;Notice to the employer…</source>
        <translation>&amp;Notice to the employer…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="188"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="192"/>
        <source>Statements ({counted} of {n} count)</source>
        <translation>Statements ({counted} of {n} count)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="211"/>
        <source>Entries ({n})</source>
        <translation>Entries ({n})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="217"/>
        <source>The contents cannot be shown: {reason}</source>
        <translation>The contents cannot be shown: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="219"/>
        <source>The contents are not shown, because the bundle does not check out.</source>
        <translation>The contents are not shown, because the bundle does not check out.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="235"/>
        <source>Only a verified bundle from a trusted key can be attested.</source>
        <translation>Only a verified bundle from a trusted key can be attested.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="250"/>
        <source>Trainee: {name}</source>
        <translation>Trainee: {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="252"/>
        <source>Bundle id: {id}</source>
        <translation>Bundle id: {id}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="254"/>
        <source>Exported: {when}</source>
        <translation>Exported: {when}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="256"/>
        <source>Bundle number {n}</source>
        <translation>Bundle number {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="259"/>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="261"/>
        <source>Chain head {head}…</source>
        <translation>Chain head {head}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="265"/>
        <source>Made for curriculum {curriculum}</source>
        <translation>Made for curriculum {curriculum}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="270"/>
        <source>Since bundle {n} you saw: {new} new, {amended} amended, {retracted} retracted (Entries tab)</source>
        <translation>Since bundle {n} you saw: {new} new, {amended} amended, {retracted} retracted (Entries tab)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="312"/>
        <source>Accept this history…</source>
        <translation>Accept this history…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="316"/>
        <source>Only if the trainee told you she restored an older backup (a lost or broken computer): her next bundle is then read against this one.</source>
        <translation>Only if the trainee told you she restored an older backup (a lost or broken computer): her next bundle is then read against this one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="330"/>
        <source>Mark %n report(s) read</source>
        <translation>
            <numerusform>Mark %n report read</numerusform>
            <numerusform>Mark %n reports read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="336"/>
        <source>The co-supervisors&apos; reports are on the Statements tab; your Trainees view counts those you have not marked read.</source>
        <translation>The co-supervisors&apos; reports are on the Statements tab; your Trainees view counts those you have not marked read.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="350"/>
        <source>Reports marked read</source>
        <translation>Reports marked read</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="360"/>
        <source>This bundle no longer keeps what you saw in bundle {n}:

{changes}

Accept it only if the trainee told you she restored an older backup. Your logbook records what you accepted, and her next bundle is read against this one.</source>
        <translation>This bundle no longer keeps what you saw in bundle {n}:

{changes}

Accept it only if the trainee told you she restored an older backup. Your logbook records what you accepted, and her next bundle is read against this one.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="366"/>
        <source>Accept a changed history</source>
        <translation>Accept a changed history</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="385"/>
        <source>Accepted: her next bundle is read against this one</source>
        <translation>Accepted: her next bundle is read against this one</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="432"/>
        <source>Reject cases</source>
        <translation>Reject cases</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="433"/>
        <source>Why do you reject the {n} selected case(s)?</source>
        <translation>Why do you reject the {n} selected case(s)?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="439"/>
        <source>Save the signed validation</source>
        <translation>Save the signed validation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="441"/>
        <source>EVTDesk attestations (*.evtattest)</source>
        <translation>EVTDesk attestations (*.evtattest)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="475"/>
        <source>{path} is signed: give it to the trainee to import.</source>
        <translation>{path} is signed: give it to the trainee to import.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="490"/>
        <source>Save the signed document</source>
        <translation>Save the signed document</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="469"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="506"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="474"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="510"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="511"/>
        <source>{path} is written and signed with your logbook&apos;s certificate.</source>
        <translation>{path} is written and signed with your logbook&apos;s certificate.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="523"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="534"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="536"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="492"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="523"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeclarationsTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="567"/>
        <source>What the trainee records of her supervisors, her units and her hospital decides nothing until the person who answers for it declares it here, signed. Turn on only what you declare; a section left off adds nothing.</source>
        <translation>What the trainee records of her supervisors, her units and her hospital decides nothing until the person who answers for it declares it here, signed. Turn on only what you declare; a section left off adds nothing.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="106"/>
        <source>Open &amp;bundle…</source>
        <translation>Open &amp;bundle…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="108"/>
        <source>Verify a trainee&apos;s bundle and see their progress</source>
        <translation>Verify a trainee&apos;s bundle and see their progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="110"/>
        <source>Import &amp;attestation…</source>
        <translation>Import &amp;attestation…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="112"/>
        <source>Add a supervisor&apos;s signed attestation to your logbook</source>
        <translation>Add a supervisor&apos;s signed attestation to your logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="114"/>
        <source>&amp;Trainees…</source>
        <translation>&amp;Trainees…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="116"/>
        <source>Your trainees at a glance: what waits for you, from the bundles you kept</source>
        <translation>Your trainees at a glance: what waits for you, from the bundles you kept</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="118"/>
        <source>My &amp;key…</source>
        <translation>My &amp;key…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="119"/>
        <source>Show your public key and its fingerprint</source>
        <translation>Show your public key and its fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="120"/>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Trusted keys…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="121"/>
        <source>The keys whose signatures you accept</source>
        <translation>The keys whose signatures you accept</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="122"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="167"/>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="199"/>
        <source>Open bundle</source>
        <translation>Open bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="169"/>
        <source>EVTDesk bundles (*.evtbundle);;All files (*)</source>
        <translation>EVTDesk bundles (*.evtbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="200"/>
        <source>{name} could not be opened as a bundle: {reason}</source>
        <translation>{name} could not be opened as a bundle: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="207"/>
        <source>Verifying {name}…</source>
        <translation>Verifying {name}…</translation>
    </message>
</context>
<context>
    <name>ExchangeRoles</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="36"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="37"/>
        <source>Co-supervisor</source>
        <translation>Co-supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="38"/>
        <source>Hospital (readiness)</source>
        <translation>Hospital (readiness)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="39"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="45"/>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="94"/>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="48"/>
        <source>A bundle holds your logbook and its PDF report, signed with your key. Give it to your supervisor; they can see that nothing was changed after you exported it.</source>
        <translation>A bundle holds your logbook and its PDF report, signed with your key. Give it to your supervisor; they can see that nothing was changed after you exported it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="58"/>
        <source>Save the bundle as</source>
        <translation>Save the bundle as</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="62"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="76"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="96"/>
        <source>EVTDesk bundles (*.evtbundle);;All files (*)</source>
        <translation>EVTDesk bundles (*.evtbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="108"/>
        <source>Choose where to save the bundle.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="113"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="132"/>
        <source>Exporting the bundle…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="155"/>
        <source>The bundle was exported and signed.</source>
        <translation>The bundle was exported and signed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="156"/>
        <source>Saved as: {path}</source>
        <translation>Saved as: {path}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="157"/>
        <source>Bundle id: {id}</source>
        <translation>Bundle id: {id}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="159"/>
        <source>Bundle number {n} from this logbook</source>
        <translation>Bundle number {n} from this logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="162"/>
        <source>Your supervisor should see this fingerprint when opening it:</source>
        <translation>Your supervisor should see this fingerprint when opening it:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="174"/>
        <source>The bundle could not be exported: {reason}</source>
        <translation>The bundle could not be exported: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="183"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>HandOverSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="441"/>
        <source>&amp;Hand-over of the training</source>
        <translation>&amp;Hand-over of the training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="442"/>
        <source>I:</source>
        <translation>I:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="444"/>
        <source>hand the training over to this main supervisor</source>
        <translation>hand the training over to this main supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="447"/>
        <source>take the training over from this main supervisor</source>
        <translation>take the training over from this main supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="449"/>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="451"/>
        <source>Paste the other main supervisor&apos;s public key, or load his .pub file</source>
        <translation>Paste the other main supervisor&apos;s public key, or load his .pub file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="453"/>
        <source>The other main supervisor&apos;s key</source>
        <translation>The other main supervisor&apos;s key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="454"/>
        <source>Load key &amp;file…</source>
        <translation>Load key &amp;file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="455"/>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="456"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="464"/>
        <source>not a key</source>
        <translation>not a key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="471"/>
        <source>Load the other main supervisor&apos;s key</source>
        <translation>Load the other main supervisor&apos;s key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="473"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="485"/>
        <source>The file could not be read: {reason}</source>
        <translation>The file could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="497"/>
        <source>For the hand-over, paste the other main supervisor&apos;s key or load his key file.</source>
        <translation>For the hand-over, paste the other main supervisor&apos;s key or load his key file.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="83"/>
        <source>My key</source>
        <translation>My key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="86"/>
        <source>Give this public key to your supervisor (copy it, save it as a file, or let them scan the QR code). When you meet, read the fingerprint aloud: they trust the key only if it matches what they see.</source>
        <translation>Give this public key to your supervisor (copy it, save it as a file, or let them scan the QR code). When you meet, read the fingerprint aloud: they trust the key only if it matches what they see.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="101"/>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="128"/>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="102"/>
        <source>&amp;Copy key</source>
        <translation>&amp;Copy key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="104"/>
        <source>&amp;Save key as file…</source>
        <translation>&amp;Save key as file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="109"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="115"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="118"/>
        <source>QR code of the public key</source>
        <translation>QR code of the public key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="120"/>
        <source>QR code of the key line</source>
        <translation>QR code of the key line</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="154"/>
        <source>The key was copied.</source>
        <translation>The key was copied.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="159"/>
        <source>Save key</source>
        <translation>Save key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="159"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Public keys (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="178"/>
        <source>The key could not be saved: {reason}</source>
        <translation>The key could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="181"/>
        <source>The key was saved as {path}.</source>
        <translation>The key was saved as {path}.</translation>
    </message>
</context>
<context>
    <name>ImportAttestation</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="36"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="140"/>
        <source>Import attestation</source>
        <translation>Import attestation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="48"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="62"/>
        <source>The attestation was not imported.</source>
        <translation>The attestation was not imported.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="49"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="63"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="74"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="76"/>
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="84"/>
        <source>{name} attested %n item(s).</source>
        <translation>
            <numerusform>{name} attested %n item.</numerusform>
            <numerusform>{name} attested %n items.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="105"/>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Trust this key…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="142"/>
        <source>EVTDesk attestations (*.evtattest);;All files (*)</source>
        <translation>EVTDesk attestations (*.evtattest);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="78"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="78"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="79"/>
        <source>Add &amp;measure</source>
        <translation>Add &amp;measure</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="80"/>
        <source>Remove measure</source>
        <translation>Remove measure</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="129"/>
        <source>Due date of measure %1</source>
        <translation>Due date of measure %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="130"/>
        <source>Measure %1</source>
        <translation>Measure %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="92"/>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="145"/>
        <source>Measure %1 says nothing: write what is to be done, or remove it.</source>
        <translation>Measure %1 says nothing: write what is to be done, or remove it.</translation>
    </message>
</context>
<context>
    <name>QualificationSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="176"/>
        <source>My &amp;qualification as main supervisor</source>
        <translation>My &amp;qualification as main supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="178"/>
        <source>&amp;Years as a specialist in neurointervention:</source>
        <translation>&amp;Years as a specialist in neurointervention:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="179"/>
        <source>EVT as independent &amp;operator:</source>
        <translation>EVT as independent &amp;operator:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="180"/>
        <source>&amp;Academic title:</source>
        <translation>&amp;Academic title:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="181"/>
        <source>High-volume &amp;centre:</source>
        <translation>High-volume &amp;centre:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="185"/>
        <source>Optional, e.g. docent</source>
        <translation>Optional, e.g. docent</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="192"/>
        <source>Say how many years you have been a specialist in neurointervention.</source>
        <translation>Say how many years you have been a specialist in neurointervention.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="195"/>
        <source>Say how many EVT you have done as independent operator.</source>
        <translation>Say how many EVT you have done as independent operator.</translation>
    </message>
</context>
<context>
    <name>ReadinessSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="336"/>
        <source>A hospital&apos;s &amp;readiness</source>
        <translation>A hospital&apos;s &amp;readiness</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="338"/>
        <source>The bundle&apos;s curriculum states no requirements on a hospital.</source>
        <translation>The bundle&apos;s curriculum states no requirements on a hospital.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="340"/>
        <source>The bundle records no site.</source>
        <translation>The bundle records no site.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="343"/>
        <source>As the hospital&apos;s representative: a status for each criterion you declare. Criteria left at “not declared” are left out.</source>
        <translation>As the hospital&apos;s representative: a status for each criterion you declare. Criteria left at “not declared” are left out.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="347"/>
        <source>Hospita&amp;l:</source>
        <translation>Hospita&amp;l:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="349"/>
        <source>Not declared</source>
        <translation>Not declared</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="350"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="351"/>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="352"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="353"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="357"/>
        <source>Status of {item}</source>
        <translation>Status of {item}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="368"/>
        <source>Choose a status for at least one criterion of the hospital&apos;s readiness, or turn the readiness off.</source>
        <translation>Choose a status for at least one criterion of the hospital&apos;s readiness, or turn the readiness off.</translation>
    </message>
</context>
<context>
    <name>RetireKeyDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="29"/>
        <source>Stop trusting {name}&apos;s key ({role}, fingerprint {fingerprint}) altogether? Nothing it signed counts any more, whenever it was signed. To keep what it decided before a hand-over, retire it instead.</source>
        <translation>Stop trusting {name}&apos;s key ({role}, fingerprint {fingerprint}) altogether? Nothing it signed counts any more, whenever it was signed. To keep what it decided before a hand-over, retire it instead.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="50"/>
        <source>Retire a key</source>
        <translation>Retire a key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="69"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="73"/>
        <source>&amp;Last day of the term:</source>
        <translation>&amp;Last day of the term:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="91"/>
        <source>This retires {name}&apos;s key ({role}, fingerprint {fingerprint}) after {date}: what it signs after that day counts for nothing; what it signed until then stands.</source>
        <translation>This retires {name}&apos;s key ({role}, fingerprint {fingerprint}) after {date}: what it signs after that day counts for nothing; what it signed until then stands.</translation>
    </message>
</context>
<context>
    <name>SiteSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="246"/>
        <source>A &amp;unit I answer for</source>
        <translation>A &amp;unit I answer for</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="249"/>
        <source>Shown as the trainee recorded it. Correct what you know to be otherwise; a number stepped down below 0 reads “not known”. The unit is signed under the name the bundle gives it.</source>
        <translation>Shown as the trainee recorded it. Correct what you know to be otherwise; a number stepped down below 0 reads “not known”. The unit is signed under the name the bundle gives it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="254"/>
        <source>The bundle records no site.</source>
        <translation>The bundle records no site.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="256"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="257"/>
        <source>Neurointervention:</source>
        <translation>Neurointervention:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="259"/>
        <source>Procedures a year:</source>
        <translation>Procedures a year:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="260"/>
        <source>EVT a year:</source>
        <translation>EVT a year:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="261"/>
        <source>EVT-competent interventionists:</source>
        <translation>EVT-competent interventionists:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="262"/>
        <source>Supervising neurointerventionists:</source>
        <translation>Supervising neurointerventionists:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="263"/>
        <source>Trainees there:</source>
        <translation>Trainees there:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="268"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StatementsTable</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="32"/>
        <source>as supervisor</source>
        <translation>as supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="33"/>
        <source>as co-supervisor</source>
        <translation>as co-supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="34"/>
        <source>as the hospital</source>
        <translation>as the hospital</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="37"/>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="38"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="40"/>
        <source>Key trusted only as a trainee&apos;s</source>
        <translation>Key trusted only as a trainee&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="43"/>
        <source>Key you do not trust</source>
        <translation>Key you do not trust</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="44"/>
        <source>Signed outside the key&apos;s term</source>
        <translation>Signed outside the key&apos;s term</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="47"/>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="48"/>
        <source>Cannot be checked</source>
        <translation>Cannot be checked</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="54"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="58"/>
        <source>claims to be {name}</source>
        <translation>claims to be {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="75"/>
        <source>measures: %1</source>
        <translation>measures: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="81"/>
        <source>a co-supervisor&apos;s report: the main supervisor decides this</source>
        <translation>a co-supervisor&apos;s report: the main supervisor decides this</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="85"/>
        <source>a report: the signer&apos;s role does not decide this</source>
        <translation>a report: the signer&apos;s role does not decide this</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="93"/>
        <source>left out of the bundle; counted from your own logbook</source>
        <translation>left out of the bundle; counted from your own logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="112"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="113"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="114"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="115"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="116"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="117"/>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="118"/>
        <source>Comment or reason</source>
        <translation>Comment or reason</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="133"/>
        <source>Statements in the bundle</source>
        <translation>Statements in the bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="138"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="140"/>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
</context>
<context>
    <name>StopTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="540"/>
        <source>You can stop the training when the time or resources it needs are lacking (hospital checklist, H3), and lift the stop later. The trainee&apos;s plan then says so.</source>
        <translation>You can stop the training when the time or resources it needs are lacking (hospital checklist, H3), and lift the stop later. The trainee&apos;s plan then says so.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="546"/>
        <source>The training is not stopped.</source>
        <translation>The training is not stopped.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="549"/>
        <source>The training is stopped (%1): %2</source>
        <translation>The training is stopped (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="553"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="554"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="555"/>
        <source>What the trainee and her employer will read</source>
        <translation>What the trainee and her employer will read</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="558"/>
        <source>Nothing about this in this attestation</source>
        <translation>Nothing about this in this attestation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="559"/>
        <source>Stop the training</source>
        <translation>Stop the training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="559"/>
        <source>Resume the training</source>
        <translation>Resume the training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="567"/>
        <source>You wrote a reason but chose neither to stop nor to resume the training: choose, or clear the reason.</source>
        <translation>You wrote a reason but chose neither to stop nor to resume the training: choose, or clear the reason.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="573"/>
        <source>Say why the training is stopped.</source>
        <translation>Say why the training is stopped.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="575"/>
        <source>Say why the training is resumed.</source>
        <translation>Say why the training is resumed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="585"/>
        <source>Stop or resume</source>
        <translation>Stop or resume</translation>
    </message>
</context>
<context>
    <name>TraineesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="362"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
</context>
<context>
    <name>TraineesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="76"/>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="76"/>
        <source>The name you trusted her key under</source>
        <translation>The name you trusted her key under</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="77"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="77"/>
        <source>The start of her key&apos;s fingerprint</source>
        <translation>The start of her key&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="78"/>
        <source>You are</source>
        <translation>You are</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="78"/>
        <source>Your role towards her</source>
        <translation>Your role towards her</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="79"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="79"/>
        <source>The number of her last bundle you verified</source>
        <translation>The number of her last bundle you verified</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="80"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="80"/>
        <source>When she exported it (her clock)</source>
        <translation>When she exported it (her clock)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="81"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="81"/>
        <source>When you verified it (your clock)</source>
        <translation>When you verified it (your clock)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="82"/>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="82"/>
        <source>Whether it follows the bundle you saw before it</source>
        <translation>Whether it follows the bundle you saw before it</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="83"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="83"/>
        <source>The first part open and not complete, in your view</source>
        <translation>The first part open and not complete, in your view</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="85"/>
        <source>Waits for you</source>
        <translation>Waits for you</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="86"/>
        <source>What waits for your statement; or why her last bundle cannot be shown</source>
        <translation>What waits for your statement; or why her last bundle cannot be shown</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="88"/>
        <source>Evaluation
overdue</source>
        <translation>Evaluation
overdue</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="88"/>
        <source>Years due without a yearly evaluation</source>
        <translation>Years due without a yearly evaluation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="89"/>
        <source>Open
measures</source>
        <translation>Open
measures</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="89"/>
        <source>Measures not yet marked done</source>
        <translation>Measures not yet marked done</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="90"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="90"/>
        <source>Whether the training is stopped</source>
        <translation>Whether the training is stopped</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="92"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="94"/>
        <source>Co-supervisors&apos; reports among the statements, and how many you have not marked read</source>
        <translation>Co-supervisors&apos; reports among the statements, and how many you have not marked read</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="99"/>
        <source>Unvalidated
&gt; 30 days</source>
        <translation>Unvalidated
&gt; 30 days</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="101"/>
        <source>Her cases dated more than 30 days ago that no supervisor has validated or rejected as they now stand</source>
        <translation>Her cases dated more than 30 days ago that no supervisor has validated or rejected as they now stand</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="145"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="159"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="163"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="165"/>
        <source>{n} ({unread} unread)</source>
        <translation>{n} ({unread} unread)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="176"/>
        <source>Cannot be shown: {reason}</source>
        <translation>Cannot be shown: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="183"/>
        <source>history changed since no. {n}</source>
        <translation>history changed since no. {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="185"/>
        <source>first kept</source>
        <translation>first kept</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="186"/>
        <source>continues</source>
        <translation>continues</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="187"/>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="197"/>
        <source>It does not keep every entry you saw in bundle {n}: her logbook was restored or rewritten since.</source>
        <translation>It does not keep every entry you saw in bundle {n}: her logbook was restored or rewritten since.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="201"/>
        <source>The first bundle of hers you kept.</source>
        <translation>The first bundle of hers you kept.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="202"/>
        <source>It names the bundle you saw before it as its predecessor.</source>
        <translation>It names the bundle you saw before it as its predecessor.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="204"/>
        <source>It does not name the bundle you saw before it as its predecessor: open it and read its freshness.</source>
        <translation>It does not name the bundle you saw before it as its predecessor: open it and read its freshness.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="226"/>
        <source>proposed adaptation of {item}</source>
        <translation>proposed adaptation of {item}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="228"/>
        <source>approval of {part}</source>
        <translation>approval of {part}</translation>
    </message>
</context>
<context>
    <name>TraineesView</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="172"/>
        <source>Your trainees could not be read: {reason}</source>
        <translation>Your trainees could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="178"/>
        <source>Not read. Refresh reads them again.</source>
        <translation>Not read. Refresh reads them again.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="181"/>
        <source>Reading the bundles you kept…</source>
        <translation>Reading the bundles you kept…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="184"/>
        <source>Reading your trainees&apos; bundles…</source>
        <translation>Reading your trainees&apos; bundles…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="212"/>
        <source>You are the main supervisor of %n trainee(s); the guidance: at most {max} per supervisor.</source>
        <translation>
            <numerusform>You are the main supervisor of %n trainee; the guidance: at most {max} per supervisor.</numerusform>
            <numerusform>You are the main supervisor of %n trainees; the guidance: at most {max} per supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="218"/>
        <source>That is more than the guidance allows.</source>
        <translation>That is more than the guidance allows.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="255"/>
        <source>No bundle of hers is kept in your logbook.</source>
        <translation>No bundle of hers is kept in your logbook.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="283"/>
        <source>Open last bundle</source>
        <translation>Open last bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="284"/>
        <source>The bundle of {name} could not be opened: {reason}</source>
        <translation>The bundle of {name} could not be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="298"/>
        <source>Verifying the bundle of {name}…</source>
        <translation>Verifying the bundle of {name}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="325"/>
        <source>No trainee&apos;s key is trusted in this logbook yet.

When a trainee reads you her key&apos;s fingerprint, trust it with Trust a key… (or Tools ▸ Trusted keys…). Then each bundle of hers you open with File ▸ Open bundle… is kept in your logbook, and she is listed here with what waits for you.</source>
        <translation>No trainee&apos;s key is trusted in this logbook yet.

When a trainee reads you her key&apos;s fingerprint, trust it with Trust a key… (or Tools ▸ Trusted keys…). Then each bundle of hers you open with File ▸ Open bundle… is kept in your logbook, and she is listed here with what waits for you.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="331"/>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Trust a key…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="332"/>
        <source>&amp;Open last bundle</source>
        <translation>&amp;Open last bundle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="333"/>
        <source>Her last bundle you kept, verified again</source>
        <translation>Her last bundle you kept, verified again</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="334"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="191"/>
        <source>Trusted keys</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="194"/>
        <source>Signatures made with these keys are accepted: bundles from trainees, attestations from supervisors.</source>
        <translation>Signatures made with these keys are accepted: bundles from trainees, attestations from supervisors.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="212"/>
        <source>No keys are trusted yet.</source>
        <translation>No keys are trusted yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="216"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="221"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Retire…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="225"/>
        <source>End the key&apos;s term on a day: what it signed until then still counts</source>
        <translation>End the key&apos;s term on a day: what it signed until then still counts</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="229"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="265"/>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="266"/>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="299"/>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="309"/>
        <source>Remove a trusted key</source>
        <translation>Remove a trusted key</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="62"/>
        <source>✔ Verified: signed by {name}, whom you trust, and nothing was changed.</source>
        <translation>✔ Verified: signed by {name}, whom you trust, and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="65"/>
        <source>⚠ The signature is intact, but you do not trust this key yet.</source>
        <translation>⚠ The signature is intact, but you do not trust this key yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="67"/>
        <source>✖ Do not rely on this bundle: it does not check out.</source>
        <translation>✖ Do not rely on this bundle: it does not check out.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="80"/>
        <source>the bundle could not be verified</source>
        <translation>the bundle could not be verified</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="95"/>
        <source>Compare this fingerprint with the one the trainee reads from My key in their EVTDesk. Trust the key only if every group matches.</source>
        <translation>Compare this fingerprint with the one the trainee reads from My key in their EVTDesk. Trust the key only if every group matches.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="110"/>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Trust this key…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="115"/>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
</context>
<context>
    <name>VerdictTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="93"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>WeekVerdictTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="192"/>
        <source>The examination week as the trainee recorded it. Your verdict is signed with the week&apos;s dates and unit. A week you do not pass needs the reason, the day you informed the employer, and the measures you propose (A4).</source>
        <translation>The examination week as the trainee recorded it. Your verdict is signed with the week&apos;s dates and unit. A week you do not pass needs the reason, the day you informed the employer, and the measures you propose (A4).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="197"/>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="198"/>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="199"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="200"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="208"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="237"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="201"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="202"/>
        <source>&amp;Employer informed on:</source>
        <translation>&amp;Employer informed on:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="203"/>
        <source>Proposed measures:</source>
        <translation>Proposed measures:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="206"/>
        <source>No verdict in this attestation</source>
        <translation>No verdict in this attestation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="207"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="237"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="217"/>
        <source>awaiting a verdict</source>
        <translation>awaiting a verdict</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="218"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="219"/>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="232"/>
        <source>The bundle records no examination week yet.</source>
        <translation>The bundle records no examination week yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="253"/>
        <source>You wrote in the examination week tab but chose no verdict: choose one, or clear what you wrote.</source>
        <translation>You wrote in the examination week tab but chose no verdict: choose one, or clear what you wrote.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="261"/>
        <source>Say why the examination week is not passed.</source>
        <translation>Say why the examination week is not passed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="263"/>
        <source>Say on which day you informed the employer of the failed week.</source>
        <translation>Say on which day you informed the employer of the failed week.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="265"/>
        <source>Propose at least one measure for the approval.</source>
        <translation>Propose at least one measure for the approval.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="290"/>
        <source>Examination week</source>
        <translation>Examination week</translation>
    </message>
</context>
<context>
    <name>YearEvaluationTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="355"/>
        <source>Each calendar year of the training has its evaluation: what was done that year, as the trainee&apos;s logbook shows it, against the plan. The summary is signed with your evaluation. Insufficient progress needs an action plan of dated measures (S5). You can evaluate several years in one attestation.</source>
        <translation>Each calendar year of the training has its evaluation: what was done that year, as the trainee&apos;s logbook shows it, against the plan. The summary is signed with your evaluation. Insufficient progress needs an action plan of dated measures (S5). You can evaluate several years in one attestation.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="361"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="362"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Evaluation:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="363"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="364"/>
        <source>Action plan (insufficient progress)</source>
        <translation>Action plan (insufficient progress)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="367"/>
        <source>No evaluation in this attestation</source>
        <translation>No evaluation in this attestation</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="368"/>
        <source>Sufficient progress</source>
        <translation>Sufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="369"/>
        <source>Insufficient progress</source>
        <translation>Insufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="382"/>
        <source>sufficient progress</source>
        <translation>sufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="384"/>
        <source>insufficient progress</source>
        <translation>insufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="388"/>
        <source>evaluation due</source>
        <translation>evaluation due</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="388"/>
        <source>the current year</source>
        <translation>the current year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="436"/>
        <source>The bundle shows no year of training yet.</source>
        <translation>The bundle shows no year of training yet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="439"/>
        <source>Nothing recorded that year.</source>
        <translation>Nothing recorded that year.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="462"/>
        <source>%1: you wrote an evaluation but chose none; choose sufficient or insufficient progress, or clear what you wrote.</source>
        <translation>%1: you wrote an evaluation but chose none; choose sufficient or insufficient progress, or clear what you wrote.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="473"/>
        <source>%1: say in the comment why the progress is insufficient.</source>
        <translation>%1: say in the comment why the progress is insufficient.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="480"/>
        <source>%1: insufficient progress needs an action plan; add at least one measure.</source>
        <translation>%1: insufficient progress needs an action plan; add at least one measure.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="487"/>
        <source>%1: measure %2 says nothing; write what is to be done, or remove it.</source>
        <translation>%1: measure %2 says nothing; write what is to be done, or remove it.</translation>
    </message>
</context>
</TS>
