<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="56"/>
        <source>Examination week</source>
        <translation>Examinationsvecka</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="59"/>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="59"/>
        <source>not passed</source>
        <translation>inte godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="61"/>
        <source>Yearly evaluation %1</source>
        <translation>Årlig utvärdering %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="62"/>
        <source>sufficient progress</source>
        <translation>tillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="62"/>
        <source>insufficient progress</source>
        <translation>otillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>The training</source>
        <translation>Utbildningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>stopped</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="64"/>
        <source>resumed</source>
        <translation>återupptagen</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="57"/>
        <source>Trust a key</source>
        <translation>Lita på en nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="62"/>
        <source>Paste the public key here (both lines of the .pub file, or the key line)</source>
        <translation>Klistra in den publika nyckeln här (båda raderna i .pub-filen, eller nyckelraden)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="65"/>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="66"/>
        <source>&amp;Load .pub file…</source>
        <translation>&amp;Läs in .pub-fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="84"/>
        <source>Does this fingerprint match what the key owner reads to you?</source>
        <translation>Stämmer det här fingeravtrycket med det nyckelägaren läser upp för dig?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="87"/>
        <source>&amp;Yes, every group matches</source>
        <translation>&amp;Ja, varje grupp stämmer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="94"/>
        <source>Key owner&apos;s &amp;name:</source>
        <translation>Nyckelägarens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="95"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="98"/>
        <source>&amp;Trust this key</source>
        <translation>&amp;Lita på den här nyckeln</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="106"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="144"/>
        <source>Load key</source>
        <translation>Läs in nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="146"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publika nycklar (*.pub);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="158"/>
        <source>The file could not be read: {reason}</source>
        <translation>Filen kunde inte läsas: {reason}</translation>
    </message>
</context>
<context>
    <name>AttestDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="67"/>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="94"/>
        <source>Attest</source>
        <translation>Intyga</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="72"/>
        <source>Tick what you attest for {name}. For each, approve it or not; say why when you do not approve. The examination week, the yearly evaluation and stopping the training have their own tabs. The attestation is signed with your key and is only valid for this trainee&apos;s bundle.</source>
        <translation>Kryssa i det du intygar för {name}. Godkänn eller underkänn varje punkt; säg varför när du inte godkänner. Examinationsveckan, den årliga utvärderingen och avbrytande av utbildningen har egna flikar. Intyget signeras med din nyckel och gäller bara denna aspirants paket.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="83"/>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="95"/>
        <source>Status in the bundle</source>
        <translation>Status i paketet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="96"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="97"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="124"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="125"/>
        <source>Not approved</source>
        <translation>Inte godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="126"/>
        <source>Decision for {subject}</source>
        <translation>Beslut för {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="130"/>
        <source>Comment for {subject}</source>
        <translation>Kommentar för {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="153"/>
        <source>Sign about this bundle although it is older than one you saw (what you said about the newer one outranks it)</source>
        <translation>Signera om detta paket fast det är äldre än ett du har sett (det du sa om det nyare väger tyngre)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="161"/>
        <source>&amp;Save signed attestation…</source>
        <translation>&amp;Spara signerat intyg…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="186"/>
        <source>&amp;Items</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="187"/>
        <source>E&amp;xamination week</source>
        <translation>E&amp;xaminationsvecka</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="189"/>
        <source>S&amp;top or resume</source>
        <translation>Avbr&amp;yt eller återuppta</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="190"/>
        <source>&amp;Declarations</source>
        <translation>&amp;Intyganden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="216"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="217"/>
        <source>Not yet met</source>
        <translation>Ännu inte uppfyllt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="218"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="219"/>
        <source>Already attested</source>
        <translation>Redan intygat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="220"/>
        <source>Complete</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="221"/>
        <source>Proposed by the trainee</source>
        <translation>Föreslaget av aspiranten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="239"/>
        <source>%n statement(s) chosen.</source>
        <translation>
            <numerusform>%n utlåtande valt.</numerusform>
            <numerusform>%n utlåtanden valda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="307"/>
        <source>Tick at least one item, or give a verdict or an evaluation.</source>
        <translation>Kryssa i minst en punkt, eller ge ett utlåtande eller en utvärdering.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="283"/>
        <source>Say why this is not approved: {subject}</source>
        <translation>Skriv varför detta inte godkänns: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="188"/>
        <source>Yearly e&amp;valuation</source>
        <translation>Årlig utvärder&amp;ing</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="297"/>
        <source>Save signed attestation</source>
        <translation>Spara signerat intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/attest_dialog.py" line="299"/>
        <source>EVTDesk attestations (*.evtattest);;All files (*)</source>
        <translation>EVTDesk-intyg (*.evtattest);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>BundleEntries</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="80"/>
        <source>All kinds</source>
        <translation>Alla slag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="85"/>
        <source>Filter: case number, date, notes…</source>
        <translation>Filtrera: fallnummer, datum, anteckningar…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="87"/>
        <source>Show &amp;retracted</source>
        <translation>Visa &amp;återkallade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="91"/>
        <source>Only what changed since no. {n}</source>
        <translation>Bara det som ändrats sedan nr {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="98"/>
        <source>&amp;Validate selected…</source>
        <translation>&amp;Validera valda…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="100"/>
        <source>Re&amp;ject selected…</source>
        <translation>A&amp;vvisa valda…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="105"/>
        <source>Kind:</source>
        <translation>Slag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="115"/>
        <source>Select an entry to see the whole case.</source>
        <translation>Välj en post för att se hela fallet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="141"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="142"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="143"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="144"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="145"/>
        <source>Validated</source>
        <translation>Validerad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="146"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="147"/>
        <source>Since no. {n}</source>
        <translation>Sedan nr {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="157"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="277"/>
        <source>(retracted)</source>
        <translation>(återkallad)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="193"/>
        <source>validated</source>
        <translation>validerad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="194"/>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="195"/>
        <source>changed since</source>
        <translation>ändrad sedan dess</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="201"/>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="202"/>
        <source>amended</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="203"/>
        <source>retracted</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_entries.py" line="232"/>
        <source>{shown} of {n}</source>
        <translation>{shown} av {n}</translation>
    </message>
</context>
<context>
    <name>BundleViewDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="110"/>
        <source>Bundle – {name}</source>
        <translation>Paket – {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="110"/>
        <source>opened bundle</source>
        <translation>öppnat paket</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="115"/>
        <source>Save &amp;report PDF…</source>
        <translation>Spara &amp;rapport-PDF…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="119"/>
        <source>&amp;Attest…</source>
        <translation>&amp;Intyga…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="125"/>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="129"/>
        <source>Completion &amp;certificate…</source>
        <translation>&amp;Intyg om genomförd utbildning…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="131"/>
        <source>&amp;Notice to the employer…</source>
        <translation>&amp;Meddelande till arbetsgivaren…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="188"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="192"/>
        <source>Statements ({counted} of {n} count)</source>
        <translation>Utlåtanden ({counted} av {n} räknas)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="211"/>
        <source>Entries ({n})</source>
        <translation>Registreringar ({n})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="217"/>
        <source>The contents cannot be shown: {reason}</source>
        <translation>Innehållet kan inte visas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="219"/>
        <source>The contents are not shown, because the bundle does not check out.</source>
        <translation>Innehållet visas inte, eftersom paketet inte håller vid kontrollen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="235"/>
        <source>Only a verified bundle from a trusted key can be attested.</source>
        <translation>Bara ett verifierat paket från en betrodd nyckel kan intygas.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="250"/>
        <source>Trainee: {name}</source>
        <translation>Aspirant: {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="252"/>
        <source>Bundle id: {id}</source>
        <translation>Paket-id: {id}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="254"/>
        <source>Exported: {when}</source>
        <translation>Exporterat: {when}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="256"/>
        <source>Bundle number {n}</source>
        <translation>Paket nummer {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="259"/>
        <source>{n} entries</source>
        <translation>{n} registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="261"/>
        <source>Chain head {head}…</source>
        <translation>Kedjans topp {head}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="265"/>
        <source>Made for curriculum {curriculum}</source>
        <translation>Gjord för målbeskrivning {curriculum}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="270"/>
        <source>Since bundle {n} you saw: {new} new, {amended} amended, {retracted} retracted (Entries tab)</source>
        <translation>Sedan paket {n} som du såg: {new} nya, {amended} ändrade, {retracted} återkallade (fliken Registreringar)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="312"/>
        <source>Accept this history…</source>
        <translation>Godta den här historiken…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="316"/>
        <source>Only if the trainee told you she restored an older backup (a lost or broken computer): her next bundle is then read against this one.</source>
        <translation>Bara om aspiranten har berättat att hon återställt en äldre säkerhetskopia (en förlorad eller trasig dator): hennes nästa paket läses då mot det här.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="330"/>
        <source>Mark %n report(s) read</source>
        <translation>
            <numerusform>Markera %n rapport som läst</numerusform>
            <numerusform>Markera %n rapporter som lästa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="336"/>
        <source>The co-supervisors&apos; reports are on the Statements tab; your Trainees view counts those you have not marked read.</source>
        <translation>Bihandledarnas rapporter finns på fliken Utlåtanden; vyn Aspiranter räknar dem du inte har markerat som lästa.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="350"/>
        <source>Reports marked read</source>
        <translation>Rapporterna är markerade som lästa</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="360"/>
        <source>This bundle no longer keeps what you saw in bundle {n}:

{changes}

Accept it only if the trainee told you she restored an older backup. Your logbook records what you accepted, and her next bundle is read against this one.</source>
        <translation>Det här paketet behåller inte längre det du såg i paket {n}:

{changes}

Godta det bara om aspiranten har berättat att hon återställt en äldre säkerhetskopia. Din loggbok antecknar vad du godtog, och hennes nästa paket läses mot det här.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="366"/>
        <source>Accept a changed history</source>
        <translation>Godta en ändrad historik</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="385"/>
        <source>Accepted: her next bundle is read against this one</source>
        <translation>Godtagen: hennes nästa paket läses mot det här</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="432"/>
        <source>Reject cases</source>
        <translation>Avvisa fall</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="433"/>
        <source>Why do you reject the {n} selected case(s)?</source>
        <translation>Varför avvisar du de {n} valda fallen?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="439"/>
        <source>Save the signed validation</source>
        <translation>Spara den signerade valideringen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="441"/>
        <source>EVTDesk attestations (*.evtattest)</source>
        <translation>EVTDesk-intyg (*.evtattest)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="475"/>
        <source>{path} is signed: give it to the trainee to import.</source>
        <translation>{path} är signerad: ge den till aspiranten att importera.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="490"/>
        <source>Save the signed document</source>
        <translation>Spara det signerade dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="469"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="506"/>
        <source>Not signed</source>
        <translation>Inte signerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="474"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="510"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="511"/>
        <source>{path} is written and signed with your logbook&apos;s certificate.</source>
        <translation>{path} är sparat och signerat med din loggboks certifikat.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="523"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="534"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="536"/>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="492"/>
        <location filename="../../src/evtdesk/ui/exchange/bundle_view.py" line="523"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeclarationsTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="567"/>
        <source>What the trainee records of her supervisors, her units and her hospital decides nothing until the person who answers for it declares it here, signed. Turn on only what you declare; a section left off adds nothing.</source>
        <translation>Det aspiranten antecknar om sina handledare, sina enheter och sitt sjukhus avgör inget förrän den som ansvarar för det intygar det här, signerat. Slå bara på det du intygar; en avstängd del lägger inte till något.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="106"/>
        <source>Open &amp;bundle…</source>
        <translation>Öppna &amp;paket…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="108"/>
        <source>Verify a trainee&apos;s bundle and see their progress</source>
        <translation>Verifiera en aspirants paket och se hur långt hen har kommit</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="110"/>
        <source>Import &amp;attestation…</source>
        <translation>Importera &amp;intyg…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="112"/>
        <source>Add a supervisor&apos;s signed attestation to your logbook</source>
        <translation>Lägg till en handledares signerade intyg i din loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="114"/>
        <source>&amp;Trainees…</source>
        <translation>&amp;Aspiranter…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="116"/>
        <source>Your trainees at a glance: what waits for you, from the bundles you kept</source>
        <translation>Dina aspiranter i överblick: vad som väntar på dig, från de paket du sparat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="118"/>
        <source>My &amp;key…</source>
        <translation>Min &amp;nyckel…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="119"/>
        <source>Show your public key and its fingerprint</source>
        <translation>Visa din publika nyckel och dess fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="120"/>
        <source>&amp;Trusted keys…</source>
        <translation>&amp;Betrodda nycklar…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="121"/>
        <source>The keys whose signatures you accept</source>
        <translation>Nycklarna vars signaturer du godtar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="122"/>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="167"/>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="199"/>
        <source>Open bundle</source>
        <translation>Öppna paket</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="169"/>
        <source>EVTDesk bundles (*.evtbundle);;All files (*)</source>
        <translation>EVTDesk-paket (*.evtbundle);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="200"/>
        <source>{name} could not be opened as a bundle: {reason}</source>
        <translation>{name} kunde inte öppnas som paket: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/actions.py" line="207"/>
        <source>Verifying {name}…</source>
        <translation>Verifierar {name}…</translation>
    </message>
</context>
<context>
    <name>ExchangeRoles</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="36"/>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="37"/>
        <source>Co-supervisor</source>
        <translation>Bihandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="38"/>
        <source>Hospital (readiness)</source>
        <translation>Sjukhus (beredskap)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/common.py" line="39"/>
        <source>Trainee</source>
        <translation>Aspirant</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="45"/>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="94"/>
        <source>Export bundle</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="48"/>
        <source>A bundle holds your logbook and its PDF report, signed with your key. Give it to your supervisor; they can see that nothing was changed after you exported it.</source>
        <translation>Ett paket innehåller din loggbok och dess PDF-rapport, signerade med din nyckel. Ge det till din handledare; hen kan se att inget har ändrats efter att du exporterade det.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="58"/>
        <source>Save the bundle as</source>
        <translation>Spara paketet som</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="62"/>
        <source>Save as:</source>
        <translation>Spara som:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="76"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="96"/>
        <source>EVTDesk bundles (*.evtbundle);;All files (*)</source>
        <translation>EVTDesk-paket (*.evtbundle);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="108"/>
        <source>Choose where to save the bundle.</source>
        <translation>Välj var paketet ska sparas.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="113"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="132"/>
        <source>Exporting the bundle…</source>
        <translation>Exporterar paketet…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="155"/>
        <source>The bundle was exported and signed.</source>
        <translation>Paketet har exporterats och signerats.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="156"/>
        <source>Saved as: {path}</source>
        <translation>Sparat som: {path}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="157"/>
        <source>Bundle id: {id}</source>
        <translation>Paket-id: {id}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="159"/>
        <source>Bundle number {n} from this logbook</source>
        <translation>Paket nummer {n} från den här loggboken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="162"/>
        <source>Your supervisor should see this fingerprint when opening it:</source>
        <translation>Din handledare ska se det här fingeravtrycket när paketet öppnas:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="174"/>
        <source>The bundle could not be exported: {reason}</source>
        <translation>Paketet kunde inte exporteras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/export_dialog.py" line="183"/>
        <source>The export was cancelled.</source>
        <translation>Exporten avbröts.</translation>
    </message>
</context>
<context>
    <name>HandOverSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="441"/>
        <source>&amp;Hand-over of the training</source>
        <translation>&amp;Överlämning av utbildningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="442"/>
        <source>I:</source>
        <translation>Jag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="444"/>
        <source>hand the training over to this main supervisor</source>
        <translation>lämnar över utbildningen till denna huvudhandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="447"/>
        <source>take the training over from this main supervisor</source>
        <translation>tar över utbildningen från denna huvudhandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="449"/>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="451"/>
        <source>Paste the other main supervisor&apos;s public key, or load his .pub file</source>
        <translation>Klistra in den andra huvudhandledarens publika nyckel, eller läs in hans .pub-fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="453"/>
        <source>The other main supervisor&apos;s key</source>
        <translation>Den andra huvudhandledarens nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="454"/>
        <source>Load key &amp;file…</source>
        <translation>Läs in nyckel&amp;fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="455"/>
        <source>Fingerprint:</source>
        <translation>Fingeravtryck:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="456"/>
        <source>Fro&amp;m:</source>
        <translation>Från och &amp;med:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="464"/>
        <source>not a key</source>
        <translation>ingen nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="471"/>
        <source>Load the other main supervisor&apos;s key</source>
        <translation>Läs in den andra huvudhandledarens nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="473"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publika nycklar (*.pub);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="485"/>
        <source>The file could not be read: {reason}</source>
        <translation>Filen kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="497"/>
        <source>For the hand-over, paste the other main supervisor&apos;s key or load his key file.</source>
        <translation>För överlämningen, klistra in den andra huvudhandledarens nyckel eller läs in hans nyckelfil.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="83"/>
        <source>My key</source>
        <translation>Min nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="86"/>
        <source>Give this public key to your supervisor (copy it, save it as a file, or let them scan the QR code). When you meet, read the fingerprint aloud: they trust the key only if it matches what they see.</source>
        <translation>Ge den här publika nyckeln till din handledare (kopiera den, spara den som fil eller låt hen skanna QR-koden). När ni ses läser du upp fingeravtrycket: hen ska bara lita på nyckeln om det stämmer med det hen ser.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="101"/>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="128"/>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="102"/>
        <source>&amp;Copy key</source>
        <translation>&amp;Kopiera nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="104"/>
        <source>&amp;Save key as file…</source>
        <translation>&amp;Spara nyckel som fil…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="109"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="115"/>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingeravtryck: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="118"/>
        <source>QR code of the public key</source>
        <translation>QR-kod för den publika nyckeln</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="120"/>
        <source>QR code of the key line</source>
        <translation>QR-kod för nyckelraden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="154"/>
        <source>The key was copied.</source>
        <translation>Nyckeln har kopierats.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="159"/>
        <source>Save key</source>
        <translation>Spara nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="159"/>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publika nycklar (*.pub);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="178"/>
        <source>The key could not be saved: {reason}</source>
        <translation>Nyckeln kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/identity_dialog.py" line="181"/>
        <source>The key was saved as {path}.</source>
        <translation>Nyckeln sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>ImportAttestation</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="36"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="140"/>
        <source>Import attestation</source>
        <translation>Importera intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="48"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="62"/>
        <source>The attestation was not imported.</source>
        <translation>Intyget importerades inte.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="49"/>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="63"/>
        <source>Reason: {reason}</source>
        <translation>Skäl: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="74"/>
        <source>approved</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="76"/>
        <source>not approved</source>
        <translation>inte godkänt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="84"/>
        <source>{name} attested %n item(s).</source>
        <translation>
            <numerusform>{name} intygade %n punkt.</numerusform>
            <numerusform>{name} intygade %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="105"/>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Lita på den här nyckeln…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/import_attestation.py" line="142"/>
        <source>EVTDesk attestations (*.evtattest);;All files (*)</source>
        <translation>EVTDesk-intyg (*.evtattest);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>MeasuresEditor</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="78"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="78"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="79"/>
        <source>Add &amp;measure</source>
        <translation>Lägg till &amp;åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="80"/>
        <source>Remove measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="129"/>
        <source>Due date of measure %1</source>
        <translation>Slutdatum för åtgärd %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="130"/>
        <source>Measure %1</source>
        <translation>Åtgärd %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="92"/>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/measures_editor.py" line="145"/>
        <source>Measure %1 says nothing: write what is to be done, or remove it.</source>
        <translation>Åtgärd %1 är tom: skriv vad som ska göras, eller ta bort den.</translation>
    </message>
</context>
<context>
    <name>QualificationSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="176"/>
        <source>My &amp;qualification as main supervisor</source>
        <translation>Mina &amp;kvalifikationer som huvudhandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="178"/>
        <source>&amp;Years as a specialist in neurointervention:</source>
        <translation>&amp;År som specialist i neurointervention:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="179"/>
        <source>EVT as independent &amp;operator:</source>
        <translation>EVT som självständig &amp;operatör:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="180"/>
        <source>&amp;Academic title:</source>
        <translation>&amp;Akademisk titel:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="181"/>
        <source>High-volume &amp;centre:</source>
        <translation>&amp;Högvolymsjukhus:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="185"/>
        <source>Optional, e.g. docent</source>
        <translation>Valfritt, t.ex. docent</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>Not said</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="186"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="192"/>
        <source>Say how many years you have been a specialist in neurointervention.</source>
        <translation>Ange hur många år du har varit specialist i neurointervention.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="195"/>
        <source>Say how many EVT you have done as independent operator.</source>
        <translation>Ange hur många EVT du har gjort som självständig operatör.</translation>
    </message>
</context>
<context>
    <name>ReadinessSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="336"/>
        <source>A hospital&apos;s &amp;readiness</source>
        <translation>Sjukhusets &amp;beredskap</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="338"/>
        <source>The bundle&apos;s curriculum states no requirements on a hospital.</source>
        <translation>Paketets utbildningsplan ställer inga krav på ett sjukhus.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="340"/>
        <source>The bundle records no site.</source>
        <translation>Paketet har ingen enhet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="343"/>
        <source>As the hospital&apos;s representative: a status for each criterion you declare. Criteria left at “not declared” are left out.</source>
        <translation>Som sjukhusets företrädare: en status för varje kriterium du intygar. Kriterier som står på ”ej intygat” lämnas utanför.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="347"/>
        <source>Hospita&amp;l:</source>
        <translation>Sjukhu&amp;s:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="349"/>
        <source>Not declared</source>
        <translation>Ej intygat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="350"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="351"/>
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="352"/>
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="353"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="357"/>
        <source>Status of {item}</source>
        <translation>Status för {item}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="368"/>
        <source>Choose a status for at least one criterion of the hospital&apos;s readiness, or turn the readiness off.</source>
        <translation>Välj status för minst ett kriterium i sjukhusets beredskap, eller slå av beredskapen.</translation>
    </message>
</context>
<context>
    <name>RetireKeyDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="29"/>
        <source>Stop trusting {name}&apos;s key ({role}, fingerprint {fingerprint}) altogether? Nothing it signed counts any more, whenever it was signed. To keep what it decided before a hand-over, retire it instead.</source>
        <translation>Sluta lita på {name}s nyckel ({role}, fingeravtryck {fingerprint}) helt? Inget den har signerat gäller längre, när det än signerades. Avveckla den i stället för att behålla det den avgjorde före ett överlämnande.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="50"/>
        <source>Retire a key</source>
        <translation>Avveckla en nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="69"/>
        <source>&amp;Retire</source>
        <translation>&amp;Avveckla</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="73"/>
        <source>&amp;Last day of the term:</source>
        <translation>&amp;Periodens sista dag:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/key_term_dialog.py" line="91"/>
        <source>This retires {name}&apos;s key ({role}, fingerprint {fingerprint}) after {date}: what it signs after that day counts for nothing; what it signed until then stands.</source>
        <translation>Detta avvecklar {name}s nyckel ({role}, fingeravtryck {fingerprint}) efter {date}: det den signerar efter den dagen gäller inte; det den signerade dittills står kvar.</translation>
    </message>
</context>
<context>
    <name>SiteSection</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="246"/>
        <source>A &amp;unit I answer for</source>
        <translation>En &amp;enhet jag ansvarar för</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="249"/>
        <source>Shown as the trainee recorded it. Correct what you know to be otherwise; a number stepped down below 0 reads “not known”. The unit is signed under the name the bundle gives it.</source>
        <translation>Visas som aspiranten antecknat den. Rätta det du vet är annorlunda; ett tal som stegas ner under 0 blir ”okänt”. Enheten signeras under det namn paketet ger den.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="254"/>
        <source>The bundle records no site.</source>
        <translation>Paketet har ingen enhet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="256"/>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="257"/>
        <source>Neurointervention:</source>
        <translation>Neurointervention:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="259"/>
        <source>Procedures a year:</source>
        <translation>Ingrepp per år:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="260"/>
        <source>EVT a year:</source>
        <translation>EVT per år:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="261"/>
        <source>EVT-competent interventionists:</source>
        <translation>EVT-kunniga interventionister:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="262"/>
        <source>Supervising neurointerventionists:</source>
        <translation>Handledande neurointerventionister:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="263"/>
        <source>Trainees there:</source>
        <translation>Aspiranter där:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="268"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>Not known</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/declarations_tab.py" line="269"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>StatementsTable</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="32"/>
        <source>as supervisor</source>
        <translation>som handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="33"/>
        <source>as co-supervisor</source>
        <translation>som bihandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="34"/>
        <source>as the hospital</source>
        <translation>som sjukhuset</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="37"/>
        <source>Yours</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="38"/>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="40"/>
        <source>Key trusted only as a trainee&apos;s</source>
        <translation>Nyckeln är betrodd bara som aspirants</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="43"/>
        <source>Key you do not trust</source>
        <translation>Nyckel du inte litar på</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="44"/>
        <source>Signed outside the key&apos;s term</source>
        <translation>Signerat utanför nyckelns period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="47"/>
        <source>Invalid</source>
        <translation>Ogiltigt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="48"/>
        <source>Cannot be checked</source>
        <translation>Kan inte kontrolleras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="54"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="58"/>
        <source>claims to be {name}</source>
        <translation>påstår sig vara {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="75"/>
        <source>measures: %1</source>
        <translation>åtgärder: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="81"/>
        <source>a co-supervisor&apos;s report: the main supervisor decides this</source>
        <translation>bihandledarens rapport: huvudhandledaren avgör detta</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="85"/>
        <source>a report: the signer&apos;s role does not decide this</source>
        <translation>en rapport: undertecknarens roll avgör inte detta</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="93"/>
        <source>left out of the bundle; counted from your own logbook</source>
        <translation>utelämnat ur paketet; räknas från din egen loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="112"/>
        <source>Subject</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="113"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="114"/>
        <source>Signed by</source>
        <translation>Signerat av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="115"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="116"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="117"/>
        <source>Standing</source>
        <translation>Ställning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="118"/>
        <source>Comment or reason</source>
        <translation>Kommentar eller skäl</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="133"/>
        <source>Statements in the bundle</source>
        <translation>Utlåtanden i paketet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="138"/>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/statements_table.py" line="140"/>
        <source>Not approved</source>
        <translation>Inte godkänt</translation>
    </message>
</context>
<context>
    <name>StopTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="540"/>
        <source>You can stop the training when the time or resources it needs are lacking (hospital checklist, H3), and lift the stop later. The trainee&apos;s plan then says so.</source>
        <translation>Du kan avbryta utbildningen när tid eller resurser saknas (sjukhusets checklista, H3), och häva avbrottet senare. Utbildningsplanen visar det då.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="546"/>
        <source>The training is not stopped.</source>
        <translation>Utbildningen är inte avbruten.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="549"/>
        <source>The training is stopped (%1): %2</source>
        <translation>Utbildningen är avbruten (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="553"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="554"/>
        <source>&amp;Reason:</source>
        <translation>Skä&amp;l:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="555"/>
        <source>What the trainee and her employer will read</source>
        <translation>Det som aspiranten och arbetsgivaren läser</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="558"/>
        <source>Nothing about this in this attestation</source>
        <translation>Inget om detta i detta intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="559"/>
        <source>Stop the training</source>
        <translation>Avbryt utbildningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="559"/>
        <source>Resume the training</source>
        <translation>Återuppta utbildningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="567"/>
        <source>You wrote a reason but chose neither to stop nor to resume the training: choose, or clear the reason.</source>
        <translation>Du skrev ett skäl men valde varken att avbryta eller återuppta utbildningen: välj, eller töm skälet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="573"/>
        <source>Say why the training is stopped.</source>
        <translation>Säg varför utbildningen avbryts.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="575"/>
        <source>Say why the training is resumed.</source>
        <translation>Säg varför utbildningen återupptas.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="585"/>
        <source>Stop or resume</source>
        <translation>Avbryt eller återuppta</translation>
    </message>
</context>
<context>
    <name>TraineesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="362"/>
        <source>Trainees</source>
        <translation>Aspiranter</translation>
    </message>
</context>
<context>
    <name>TraineesModel</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="76"/>
        <source>Trainee</source>
        <translation>Aspirant</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="76"/>
        <source>The name you trusted her key under</source>
        <translation>Namnet du litar på hennes nyckel under</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="77"/>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="77"/>
        <source>The start of her key&apos;s fingerprint</source>
        <translation>Början på hennes nyckels fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="78"/>
        <source>You are</source>
        <translation>Du är</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="78"/>
        <source>Your role towards her</source>
        <translation>Din roll gentemot henne</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="79"/>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="79"/>
        <source>The number of her last bundle you verified</source>
        <translation>Numret på hennes senaste paket som du verifierat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="80"/>
        <source>Made</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="80"/>
        <source>When she exported it (her clock)</source>
        <translation>När hon exporterade det (hennes klocka)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="81"/>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="81"/>
        <source>When you verified it (your clock)</source>
        <translation>När du verifierade det (din klocka)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="82"/>
        <source>Freshness</source>
        <translation>Aktualitet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="82"/>
        <source>Whether it follows the bundle you saw before it</source>
        <translation>Om det följer på paketet du såg före det</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="83"/>
        <source>Part</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="83"/>
        <source>The first part open and not complete, in your view</source>
        <translation>Den första delen som är öppen och inte klar, som du ser det</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="85"/>
        <source>Waits for you</source>
        <translation>Väntar på dig</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="86"/>
        <source>What waits for your statement; or why her last bundle cannot be shown</source>
        <translation>Vad som väntar på ditt intyg, eller varför hennes senaste paket inte kan visas</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="88"/>
        <source>Evaluation
overdue</source>
        <translation>Utvärdering
försenad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="88"/>
        <source>Years due without a yearly evaluation</source>
        <translation>År som saknar årlig utvärdering</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="89"/>
        <source>Open
measures</source>
        <translation>Öppna
åtgärder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="89"/>
        <source>Measures not yet marked done</source>
        <translation>Åtgärder som ännu inte markerats som gjorda</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="90"/>
        <source>Stopped</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="90"/>
        <source>Whether the training is stopped</source>
        <translation>Om utbildningen är avbruten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="92"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="94"/>
        <source>Co-supervisors&apos; reports among the statements, and how many you have not marked read</source>
        <translation>Bihandledares rapporter bland utlåtandena, och hur många du inte har markerat som lästa</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="99"/>
        <source>Unvalidated
&gt; 30 days</source>
        <translation>Ej validerade
&gt; 30 dagar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="101"/>
        <source>Her cases dated more than 30 days ago that no supervisor has validated or rejected as they now stand</source>
        <translation>Hennes fall daterade för mer än 30 dagar sedan som ingen handledare har validerat eller avvisat som de nu ser ut</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="145"/>
        <source>none yet</source>
        <translation>inget än</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="159"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="163"/>
        <source>stopped</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="165"/>
        <source>{n} ({unread} unread)</source>
        <translation>{n} ({unread} olästa)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="176"/>
        <source>Cannot be shown: {reason}</source>
        <translation>Kan inte visas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="183"/>
        <source>history changed since no. {n}</source>
        <translation>historiken ändrad sedan nr {n}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="185"/>
        <source>first kept</source>
        <translation>första sparade</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="186"/>
        <source>continues</source>
        <translation>fortsätter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="187"/>
        <source>not linked</source>
        <translation>inte länkat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="197"/>
        <source>It does not keep every entry you saw in bundle {n}: her logbook was restored or rewritten since.</source>
        <translation>Det behåller inte alla poster du såg i paket {n}: hennes loggbok har återställts eller skrivits om sedan dess.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="201"/>
        <source>The first bundle of hers you kept.</source>
        <translation>Det första paket av hennes som du sparat.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="202"/>
        <source>It names the bundle you saw before it as its predecessor.</source>
        <translation>Det anger paketet du såg före det som sin föregångare.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="204"/>
        <source>It does not name the bundle you saw before it as its predecessor: open it and read its freshness.</source>
        <translation>Det anger inte paketet du såg före det som sin föregångare: öppna det och läs dess aktualitet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="226"/>
        <source>proposed adaptation of {item}</source>
        <translation>föreslagen anpassning av {item}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_model.py" line="228"/>
        <source>approval of {part}</source>
        <translation>godkännande av {part}</translation>
    </message>
</context>
<context>
    <name>TraineesView</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="172"/>
        <source>Your trainees could not be read: {reason}</source>
        <translation>Dina aspiranter kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="178"/>
        <source>Not read. Refresh reads them again.</source>
        <translation>Inte lästa. Uppdatera läser dem igen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="181"/>
        <source>Reading the bundles you kept…</source>
        <translation>Läser paketen du sparat…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="184"/>
        <source>Reading your trainees&apos; bundles…</source>
        <translation>Läser dina aspiranters paket…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="212"/>
        <source>You are the main supervisor of %n trainee(s); the guidance: at most {max} per supervisor.</source>
        <translation>
            <numerusform>Du är huvudhandledare för %n aspirant; riktlinjen: högst {max} per handledare.</numerusform>
            <numerusform>Du är huvudhandledare för %n aspiranter; riktlinjen: högst {max} per handledare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="218"/>
        <source>That is more than the guidance allows.</source>
        <translation>Det är fler än riktlinjen medger.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="255"/>
        <source>No bundle of hers is kept in your logbook.</source>
        <translation>Inget paket av hennes är sparat i din loggbok.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="283"/>
        <source>Open last bundle</source>
        <translation>Öppna senaste paketet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="284"/>
        <source>The bundle of {name} could not be opened: {reason}</source>
        <translation>Paketet från {name} kunde inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="298"/>
        <source>Verifying the bundle of {name}…</source>
        <translation>Verifierar paketet från {name}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="325"/>
        <source>No trainee&apos;s key is trusted in this logbook yet.

When a trainee reads you her key&apos;s fingerprint, trust it with Trust a key… (or Tools ▸ Trusted keys…). Then each bundle of hers you open with File ▸ Open bundle… is kept in your logbook, and she is listed here with what waits for you.</source>
        <translation>Ingen aspirants nyckel är betrodd i den här loggboken än.

När en aspirant läser upp sin nyckels fingeravtryck för dig, lita på den med Lita på en nyckel… (eller Verktyg ▸ Betrodda nycklar…). Sedan sparas varje paket av hennes som du öppnar med Arkiv ▸ Öppna paket… i din loggbok, och hon visas här med det som väntar på dig.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="331"/>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Lita på en nyckel…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="332"/>
        <source>&amp;Open last bundle</source>
        <translation>&amp;Öppna senaste paketet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="333"/>
        <source>Her last bundle you kept, verified again</source>
        <translation>Hennes senaste paket som du sparat, verifierat igen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trainees_view.py" line="334"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="191"/>
        <source>Trusted keys</source>
        <translation>Betrodda nycklar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="194"/>
        <source>Signatures made with these keys are accepted: bundles from trainees, attestations from supervisors.</source>
        <translation>Signaturer gjorda med de här nycklarna godtas: paket från aspiranter, intyg från handledare.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="202"/>
        <source>Term</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="212"/>
        <source>No keys are trusted yet.</source>
        <translation>Inga nycklar är betrodda ännu.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="216"/>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="221"/>
        <source>&amp;Retire…</source>
        <translation>&amp;Avveckla…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="225"/>
        <source>End the key&apos;s term on a day: what it signed until then still counts</source>
        <translation>Avsluta nyckelns period en viss dag: det den signerade dittills gäller fortfarande</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="229"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="265"/>
        <source>no end</source>
        <translation>tills vidare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="266"/>
        <source>until {date}</source>
        <translation>till och med {date}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="299"/>
        <location filename="../../src/evtdesk/ui/exchange/trust_dialog.py" line="309"/>
        <source>Remove a trusted key</source>
        <translation>Ta bort en betrodd nyckel</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="62"/>
        <source>✔ Verified: signed by {name}, whom you trust, and nothing was changed.</source>
        <translation>✔ Verifierat: signerat av {name}, som du litar på, och inget har ändrats.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="65"/>
        <source>⚠ The signature is intact, but you do not trust this key yet.</source>
        <translation>⚠ Signaturen är intakt, men du litar inte på den här nyckeln ännu.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="67"/>
        <source>✖ Do not rely on this bundle: it does not check out.</source>
        <translation>✖ Lita inte på det här paketet: det håller inte vid kontrollen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="80"/>
        <source>the bundle could not be verified</source>
        <translation>paketet kunde inte verifieras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="95"/>
        <source>Compare this fingerprint with the one the trainee reads from My key in their EVTDesk. Trust the key only if every group matches.</source>
        <translation>Jämför det här fingeravtrycket med det aspiranten läser upp från Min nyckel i sitt EVTDesk. Lita på nyckeln bara om varje grupp stämmer.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="110"/>
        <source>&amp;Trust this key…</source>
        <translation>&amp;Lita på den här nyckeln…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_banner.py" line="115"/>
        <source>Key fingerprint:</source>
        <translation>Nyckelns fingeravtryck:</translation>
    </message>
</context>
<context>
    <name>VerdictTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="93"/>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
</context>
<context>
    <name>WeekVerdictTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="192"/>
        <source>The examination week as the trainee recorded it. Your verdict is signed with the week&apos;s dates and unit. A week you do not pass needs the reason, the day you informed the employer, and the measures you propose (A4).</source>
        <translation>Examinationsveckan som den registrerats. Ditt utlåtande signeras med veckans datum och enhet. En vecka du inte godkänner behöver skälet, dagen du informerade arbetsgivaren och de åtgärder du föreslår (A4).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="197"/>
        <source>&amp;Week:</source>
        <translation>&amp;Vecka:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="198"/>
        <source>&amp;Verdict:</source>
        <translation>&amp;Utlåtande:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="199"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="200"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="208"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="237"/>
        <source>Not passed</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="201"/>
        <source>&amp;Reason:</source>
        <translation>Skä&amp;l:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="202"/>
        <source>&amp;Employer informed on:</source>
        <translation>&amp;Arbetsgivaren informerad:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="203"/>
        <source>Proposed measures:</source>
        <translation>Föreslagna åtgärder:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="206"/>
        <source>No verdict in this attestation</source>
        <translation>Inget utlåtande i detta intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="207"/>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="237"/>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="217"/>
        <source>awaiting a verdict</source>
        <translation>inväntar utlåtande</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="218"/>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="219"/>
        <source>not passed</source>
        <translation>inte godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="232"/>
        <source>The bundle records no examination week yet.</source>
        <translation>Paketet har ännu ingen examinationsvecka.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="253"/>
        <source>You wrote in the examination week tab but chose no verdict: choose one, or clear what you wrote.</source>
        <translation>Du skrev under fliken examinationsvecka men valde inget utlåtande: välj ett, eller töm det du skrev.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="261"/>
        <source>Say why the examination week is not passed.</source>
        <translation>Säg varför examinationsveckan inte godkänns.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="263"/>
        <source>Say on which day you informed the employer of the failed week.</source>
        <translation>Säg vilken dag du informerade arbetsgivaren om den underkända veckan.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="265"/>
        <source>Propose at least one measure for the approval.</source>
        <translation>Föreslå minst en åtgärd inför godkännandet.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="290"/>
        <source>Examination week</source>
        <translation>Examinationsvecka</translation>
    </message>
</context>
<context>
    <name>YearEvaluationTab</name>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="355"/>
        <source>Each calendar year of the training has its evaluation: what was done that year, as the trainee&apos;s logbook shows it, against the plan. The summary is signed with your evaluation. Insufficient progress needs an action plan of dated measures (S5). You can evaluate several years in one attestation.</source>
        <translation>Varje kalenderår av utbildningen har sin utvärdering: vad som gjordes det året, som loggboken visar det, mot planen. Sammanfattningen signeras med din utvärdering. Otillräcklig progression kräver en handlingsplan med daterade åtgärder (S5). Du kan utvärdera flera år i samma intyg.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="361"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="362"/>
        <source>&amp;Evaluation:</source>
        <translation>&amp;Utvärdering:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="363"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="364"/>
        <source>Action plan (insufficient progress)</source>
        <translation>Handlingsplan (otillräcklig progression)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="367"/>
        <source>No evaluation in this attestation</source>
        <translation>Ingen utvärdering i detta intyg</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="368"/>
        <source>Sufficient progress</source>
        <translation>Tillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="369"/>
        <source>Insufficient progress</source>
        <translation>Otillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="382"/>
        <source>sufficient progress</source>
        <translation>tillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="384"/>
        <source>insufficient progress</source>
        <translation>otillräcklig progression</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="388"/>
        <source>evaluation due</source>
        <translation>utvärdering saknas</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="388"/>
        <source>the current year</source>
        <translation>innevarande år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="436"/>
        <source>The bundle shows no year of training yet.</source>
        <translation>Paketet visar ännu inget utbildningsår.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="439"/>
        <source>Nothing recorded that year.</source>
        <translation>Inget registrerat det året.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="462"/>
        <source>%1: you wrote an evaluation but chose none; choose sufficient or insufficient progress, or clear what you wrote.</source>
        <translation>%1: du skrev en utvärdering men valde ingen; välj tillräcklig eller otillräcklig progression, eller töm det du skrev.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="473"/>
        <source>%1: say in the comment why the progress is insufficient.</source>
        <translation>%1: säg i kommentaren varför progressionen är otillräcklig.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="480"/>
        <source>%1: insufficient progress needs an action plan; add at least one measure.</source>
        <translation>%1: otillräcklig progression kräver en handlingsplan; lägg till minst en åtgärd.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/exchange/verdict_tabs.py" line="487"/>
        <source>%1: measure %2 says nothing; write what is to be done, or remove it.</source>
        <translation>%1: åtgärd %2 är tom; skriv vad som ska göras, eller ta bort den.</translation>
    </message>
</context>
</TS>
