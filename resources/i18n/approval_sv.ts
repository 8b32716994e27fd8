<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="60"/>
        <source>E&amp;xamination week…</source>
        <translation>E&amp;xaminationsvecka…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="62"/>
        <source>Record the examination week and every candidate for treatment</source>
        <translation>Registrera examinationsveckan och varje kandidat för behandling</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="64"/>
        <source>&amp;Sites and supervisors…</source>
        <translation>&amp;Enheter och handledare…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="66"/>
        <source>The units&apos; volumes and supervisor ratio, and your supervisors&apos; experience</source>
        <translation>Enheternas volymer och handledarkvot, och dina handledares erfarenhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="68"/>
        <source>&amp;Measures and yearly evaluations…</source>
        <translation>&amp;Åtgärder och årliga utvärderingar…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="70"/>
        <source>What your supervisor asked for, and each year&apos;s evaluation</source>
        <translation>Vad din handledare begärt, och varje års utvärdering</translation>
    </message>
</context>
<context>
    <name>ExamWeekDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="99"/>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="246"/>
        <source>EVT</source>
        <translation>EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="100"/>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="246"/>
        <source>No EVT</source>
        <translation>Ej EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="104"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="105"/>
        <source>De&amp;cision</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="106"/>
        <source>&amp;Grounds (clinical, imaging)</source>
        <translation>&amp;Grund (klinik, bilder)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="107"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="108"/>
        <source>m&amp;TICI</source>
        <translation>m&amp;TICI</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="109"/>
        <source>sIC&amp;H</source>
        <translation>sIC&amp;H</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="110"/>
        <source>&amp;Puncture</source>
        <translation>&amp;Punktion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="111"/>
        <source>Rep&amp;erfusion</source>
        <translation>R&amp;eperfusion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="112"/>
        <source>C&amp;omplications</source>
        <translation>K&amp;omplikationer</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="117"/>
        <source>e.g. M1 occlusion, NIHSS 14, small core</source>
        <translation>t.ex. M1-ocklusion, NIHSS 14, liten kärna</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="144"/>
        <source>Grounds: say why EVT was or was not decided.</source>
        <translation>Grund: ange varför EVT beslutades eller inte.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="155"/>
        <source>Puncture</source>
        <translation>Punktion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="159"/>
        <source>Reperfusion</source>
        <translation>Reperfusion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="166"/>
        <source>%1: write the time as hh:mm, e.g. 08:40.</source>
        <translation>%1: skriv tiden som tt:mm, t.ex. 08:40.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="119"/>
        <source>Examination week</source>
        <translation>Examinationsvecka</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="120"/>
        <source>&amp;Week:</source>
        <translation>&amp;Vecka:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="121"/>
        <source>New week &amp;from</source>
        <translation>Ny vecka &amp;från</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="122"/>
        <source>&amp;Start week</source>
        <translation>&amp;Starta veckan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="123"/>
        <source>A candidate for endovascular treatment</source>
        <translation>En kandidat för endovaskulär behandling</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="124"/>
        <source>&amp;Add case</source>
        <translation>&amp;Lägg till fall</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="125"/>
        <source>Enter saves the case; the line is then empty</source>
        <translation>Enter sparar fallet; raden töms sedan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="128"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="129"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="130"/>
        <source>Grounds</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="131"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="132"/>
        <source>mTICI</source>
        <translation>mTICI</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="133"/>
        <source>sICH</source>
        <translation>sICH</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="201"/>
        <source>No examination week yet. It can start when every certificate, the course certificate included, is with your main supervisor.</source>
        <translation>Ingen examinationsvecka ännu. Den kan börja när alla intyg, kursintyget inräknat, är lämnade till huvudhandledaren.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="221"/>
        <source>Awaiting the supervisor&apos;s verdict: export a bundle when the week ends.</source>
        <translation>Väntar på handledarens bedömning: exportera ett paket när veckan är slut.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="225"/>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="225"/>
        <source>Not passed</source>
        <translation>Inte godkänd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="231"/>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="232"/>
        <source>Employer informed: %1</source>
        <translation>Arbetsgivaren informerad: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="236"/>
        <source>A later verdict decides.</source>
        <translation>En senare bedömning avgör.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="252"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="252"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="266"/>
        <source>Add the unit first (Edit ▸ Sites and supervisors), then start the week.</source>
        <translation>Lägg först till enheten (Redigera ▸ Enheter och handledare) och starta sedan veckan.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="271"/>
        <source>Start the week within the coming year.</source>
        <translation>Starta veckan inom det kommande året.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="291"/>
        <source>Start the week first.</source>
        <translation>Starta veckan först.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="154"/>
        <source>Sites and supervisors</source>
        <translation>Enheter och handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="157"/>
        <source>The neurointervention part is done at a unit with neurointervention, preferably of high volume: at least 250 procedures a year, 100 of them EVT, and at most two trainees per supervising neurointerventionist.</source>
        <translation>Neurointerventionsdelen görs vid en enhet med neurointervention, helst med hög volym: minst 250 ingrepp per år, varav 100 EVT, och högst två aspiranter per handledande neurointerventionist.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="164"/>
        <source>Site</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="165"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="288"/>
        <source>Neurointervention</source>
        <translation>Neurointervention</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="166"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="289"/>
        <source>Procedures a year</source>
        <translation>Ingrepp per år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="167"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="290"/>
        <source>EVT a year</source>
        <translation>EVT per år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="168"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="291"/>
        <source>Supervisors</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="169"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="292"/>
        <source>Trainees</source>
        <translation>Aspiranter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="170"/>
        <source>Trainees per supervisor</source>
        <translation>Aspiranter per handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="171"/>
        <source>Against the guidance</source>
        <translation>Mot vägledningen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="172"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="175"/>
        <source>Declared by</source>
        <translation>Intygat av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="175"/>
        <source>The selected site</source>
        <translation>Vald enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="177"/>
        <source>&amp;Hospital</source>
        <translation>&amp;Sjukhus</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="178"/>
        <source>U&amp;nit</source>
        <translation>E&amp;nhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="179"/>
        <source>&amp;Procedures a year</source>
        <translation>&amp;Ingrepp per år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="180"/>
        <source>&amp;EVT a year</source>
        <translation>&amp;EVT per år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="181"/>
        <source>Super&amp;vising neurointerventionists</source>
        <translation>Hand&amp;ledande neurointerventionister</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="182"/>
        <source>&amp;Trainees there</source>
        <translation>&amp;Aspiranter där</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="183"/>
        <source>EVT-competent &amp;interventionists</source>
        <translation>EVT-&amp;kunniga interventionister</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="187"/>
        <source>Has neu&amp;rointervention</source>
        <translation>Har neu&amp;rointervention</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="188"/>
        <source>My o&amp;wn hospital</source>
        <translation>Mitt e&amp;get sjukhus</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="189"/>
        <source>&amp;Save numbers</source>
        <translation>Spara &amp;tal</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="190"/>
        <source>A&amp;dd as new site</source>
        <translation>Lägg till so&amp;m ny enhet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="219"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="309"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="219"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="309"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="246"/>
        <source>No neurointervention: NI time here is not counted</source>
        <translation>Ingen neurointervention: NI-tid här räknas inte</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="247"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="235"/>
        <source>as the guidance asks</source>
        <translation>som vägledningen kräver</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="255"/>
        <source>not under this name</source>
        <translation>inte under detta namn</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="256"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="78"/>
        <source>not declared</source>
        <translation>ej intygat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="263"/>
        <source>Declared by %1 on %2.</source>
        <translation>Intygat av %1 %2.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="270"/>
        <source>The declaration, which decides, differs from your record: %1.</source>
        <translation>Intyget, som avgör, skiljer sig från dina uppgifter: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="275"/>
        <source>Not declared under this name: the declaration is for “%1”, which the logbook has renamed since. Your record decides nothing until the supervisor responsible declares the unit again in a signed statement.</source>
        <translation>Inte intygat under detta namn: intyget gäller ”%1”, som loggboken sedan har bytt namn på. Dina uppgifter avgör inget förrän den ansvariga handledaren intygar enheten igen i ett signerat intyg.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="280"/>
        <source>Not declared: your record, which decides nothing until the supervisor responsible declares it in a signed statement.</source>
        <translation>Ej intygat: dina uppgifter, som inte avgör något förrän den ansvariga handledaren intygar dem i ett signerat intyg.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="293"/>
        <source>EVT-competent interventionists</source>
        <translation>EVT-kunniga interventionister</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="300"/>
        <source>%1 %2 (your record %3)</source>
        <translation>%1 %2 (dina uppgifter %3)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="310"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="343"/>
        <source>Choose a site in the list, or add a new one.</source>
        <translation>Välj en enhet i listan, eller lägg till en ny.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="81"/>
        <source>%1, %2: %3 years, %4 EVT</source>
        <translation>%1, %2: %3 år, %4 EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="95"/>
        <source>Not declared: your record, which decides nothing until the supervisor declares his qualification in a signed statement.</source>
        <translation>Ej intygat: dina uppgifter, som inte avgör något förrän handledaren intygar sina kvalifikationer i ett signerat intyg.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="102"/>
        <source>Declared by %1 on %2: %3 years as a specialist in neurointervention, %4 EVT as independent operator. His declaration decides, not your record.</source>
        <translation>Intygat av %1 %2: %3 år som specialist i neurointervention, %4 EVT som självständig operatör. Hans intyg avgör, inte dina uppgifter.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="165"/>
        <source>Supervisors (main supervisor: ≥ 10 years and ≥ 150 EVT)</source>
        <translation>Handledare (huvudhandledare: ≥ 10 år och ≥ 150 EVT)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="171"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="172"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="173"/>
        <source>Years as EVT operator, EVT</source>
        <translation>År som EVT-operatör, EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="174"/>
        <source>Judged</source>
        <translation>Bedömt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="178"/>
        <source>&amp;Years as EVT operator</source>
        <translation>&amp;År som EVT-operatör</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="180"/>
        <source>EVT as independent &amp;operator</source>
        <translation>EVT som självständig &amp;operatör</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="182"/>
        <source>Save e&amp;xperience</source>
        <translation>Spara erfaren&amp;het</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="199"/>
        <source>Main supervisor</source>
        <translation>Huvudhandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="201"/>
        <source>Co-supervisor</source>
        <translation>Bihandledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="218"/>
        <source>experience not recorded</source>
        <translation>erfarenhet inte registrerad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="222"/>
        <source>fewer than %1 years</source>
        <translation>färre än %1 år</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="228"/>
        <source>fewer than %1 EVT</source>
        <translation>färre än %1 EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="256"/>
        <source>Choose a supervisor in the list.</source>
        <translation>Välj en handledare i listan.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="108"/>
        <source>Measures and yearly evaluations</source>
        <translation>Åtgärder och årliga utvärderingar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Asked by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="115"/>
        <source>What was done, or why it is reopened</source>
        <translation>Vad som gjordes, eller varför den öppnas igen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="116"/>
        <source>Mark &amp;done</source>
        <translation>Markera &amp;klar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="117"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="136"/>
        <source>The training is stopped by %1 (%2): %3</source>
        <translation>Utbildningen är avbruten av %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="154"/>
        <source>evaluation %1</source>
        <translation>utvärdering %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="154"/>
        <source>examination week</source>
        <translation>examinationsveckan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="158"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="160"/>
        <source>Done by your account, %1</source>
        <translation>Klar enligt dig, %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="166"/>
        <source>Not evaluated</source>
        <translation>Ej utvärderat</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="166"/>
        <source>Not evaluated yet</source>
        <translation>Ej utvärderat ännu</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="170"/>
        <source>Sufficient progress</source>
        <translation>Tillräcklig progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="171"/>
        <source>Insufficient progress: action plan</source>
        <translation>Otillräcklig progress: åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="190"/>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="205"/>
        <source>Choose a measure in the list.</source>
        <translation>Välj en åtgärd i listan.</translation>
    </message>
</context>
</TS>
