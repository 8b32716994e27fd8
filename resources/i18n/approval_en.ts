<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApprovalActions</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="60"/>
        <source>E&amp;xamination week…</source>
        <translation>E&amp;xamination week…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="62"/>
        <source>Record the examination week and every candidate for treatment</source>
        <translation>Record the examination week and every candidate for treatment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="64"/>
        <source>&amp;Sites and supervisors…</source>
        <translation>&amp;Sites and supervisors…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="66"/>
        <source>The units&apos; volumes and supervisor ratio, and your supervisors&apos; experience</source>
        <translation>The units&apos; volumes and supervisor ratio, and your supervisors&apos; experience</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="68"/>
        <source>&amp;Measures and yearly evaluations…</source>
        <translation>&amp;Measures and yearly evaluations…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/actions.py" line="70"/>
        <source>What your supervisor asked for, and each year&apos;s evaluation</source>
        <translation>What your supervisor asked for, and each year&apos;s evaluation</translation>
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
        <translation>No EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="104"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="105"/>
        <source>De&amp;cision</source>
        <translation>De&amp;cision</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="106"/>
        <source>&amp;Grounds (clinical, imaging)</source>
        <translation>&amp;Grounds (clinical, imaging)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="107"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
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
        <translation>&amp;Puncture</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="111"/>
        <source>Rep&amp;erfusion</source>
        <translation>Rep&amp;erfusion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="112"/>
        <source>C&amp;omplications</source>
        <translation>C&amp;omplications</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="117"/>
        <source>e.g. M1 occlusion, NIHSS 14, small core</source>
        <translation>e.g. M1 occlusion, NIHSS 14, small core</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="144"/>
        <source>Grounds: say why EVT was or was not decided.</source>
        <translation>Grounds: say why EVT was or was not decided.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="155"/>
        <source>Puncture</source>
        <translation>Puncture</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="159"/>
        <source>Reperfusion</source>
        <translation>Reperfusion</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/case_row.py" line="166"/>
        <source>%1: write the time as hh:mm, e.g. 08:40.</source>
        <translation>%1: write the time as hh:mm, e.g. 08:40.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="119"/>
        <source>Examination week</source>
        <translation>Examination week</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="120"/>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="121"/>
        <source>New week &amp;from</source>
        <translation>New week &amp;from</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="122"/>
        <source>&amp;Start week</source>
        <translation>&amp;Start week</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="123"/>
        <source>A candidate for endovascular treatment</source>
        <translation>A candidate for endovascular treatment</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="124"/>
        <source>&amp;Add case</source>
        <translation>&amp;Add case</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="125"/>
        <source>Enter saves the case; the line is then empty</source>
        <translation>Enter saves the case; the line is then empty</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="128"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="129"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="130"/>
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="131"/>
        <source>Role</source>
        <translation>Role</translation>
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
        <translation>No examination week yet. It can start when every certificate, the course certificate included, is with your main supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="221"/>
        <source>Awaiting the supervisor&apos;s verdict: export a bundle when the week ends.</source>
        <translation>Awaiting the supervisor&apos;s verdict: export a bundle when the week ends.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="225"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="225"/>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="231"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="232"/>
        <source>Employer informed: %1</source>
        <translation>Employer informed: %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="236"/>
        <source>A later verdict decides.</source>
        <translation>A later verdict decides.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="252"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="252"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="266"/>
        <source>Add the unit first (Edit ▸ Sites and supervisors), then start the week.</source>
        <translation>Add the unit first (Edit ▸ Sites and supervisors), then start the week.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="271"/>
        <source>Start the week within the coming year.</source>
        <translation>Start the week within the coming year.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/exam_week_dialog.py" line="291"/>
        <source>Start the week first.</source>
        <translation>Start the week first.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="154"/>
        <source>Sites and supervisors</source>
        <translation>Sites and supervisors</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="157"/>
        <source>The neurointervention part is done at a unit with neurointervention, preferably of high volume: at least 250 procedures a year, 100 of them EVT, and at most two trainees per supervising neurointerventionist.</source>
        <translation>The neurointervention part is done at a unit with neurointervention, preferably of high volume: at least 250 procedures a year, 100 of them EVT, and at most two trainees per supervising neurointerventionist.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="164"/>
        <source>Site</source>
        <translation>Site</translation>
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
        <translation>Procedures a year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="167"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="290"/>
        <source>EVT a year</source>
        <translation>EVT a year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="168"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="291"/>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="169"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="292"/>
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="170"/>
        <source>Trainees per supervisor</source>
        <translation>Trainees per supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="171"/>
        <source>Against the guidance</source>
        <translation>Against the guidance</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="172"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="175"/>
        <source>Declared by</source>
        <translation>Declared by</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="175"/>
        <source>The selected site</source>
        <translation>The selected site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="177"/>
        <source>&amp;Hospital</source>
        <translation>&amp;Hospital</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="178"/>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="179"/>
        <source>&amp;Procedures a year</source>
        <translation>&amp;Procedures a year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="180"/>
        <source>&amp;EVT a year</source>
        <translation>&amp;EVT a year</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="181"/>
        <source>Super&amp;vising neurointerventionists</source>
        <translation>Super&amp;vising neurointerventionists</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="182"/>
        <source>&amp;Trainees there</source>
        <translation>&amp;Trainees there</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="183"/>
        <source>EVT-competent &amp;interventionists</source>
        <translation>EVT-competent &amp;interventionists</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="187"/>
        <source>Has neu&amp;rointervention</source>
        <translation>Has neu&amp;rointervention</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="188"/>
        <source>My o&amp;wn hospital</source>
        <translation>My o&amp;wn hospital</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="189"/>
        <source>&amp;Save numbers</source>
        <translation>&amp;Save numbers</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="190"/>
        <source>A&amp;dd as new site</source>
        <translation>A&amp;dd as new site</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="219"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="309"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="219"/>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="309"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="246"/>
        <source>No neurointervention: NI time here is not counted</source>
        <translation>No neurointervention: NI time here is not counted</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="247"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="235"/>
        <source>as the guidance asks</source>
        <translation>as the guidance asks</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="255"/>
        <source>not under this name</source>
        <translation>not under this name</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="256"/>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="78"/>
        <source>not declared</source>
        <translation>not declared</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="263"/>
        <source>Declared by %1 on %2.</source>
        <translation>Declared by %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="270"/>
        <source>The declaration, which decides, differs from your record: %1.</source>
        <translation>The declaration, which decides, differs from your record: %1.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="275"/>
        <source>Not declared under this name: the declaration is for “%1”, which the logbook has renamed since. Your record decides nothing until the supervisor responsible declares the unit again in a signed statement.</source>
        <translation>Not declared under this name: the declaration is for “%1”, which the logbook has renamed since. Your record decides nothing until the supervisor responsible declares the unit again in a signed statement.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="280"/>
        <source>Not declared: your record, which decides nothing until the supervisor responsible declares it in a signed statement.</source>
        <translation>Not declared: your record, which decides nothing until the supervisor responsible declares it in a signed statement.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="293"/>
        <source>EVT-competent interventionists</source>
        <translation>EVT-competent interventionists</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="300"/>
        <source>%1 %2 (your record %3)</source>
        <translation>%1 %2 (your record %3)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="310"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/site_dialog.py" line="343"/>
        <source>Choose a site in the list, or add a new one.</source>
        <translation>Choose a site in the list, or add a new one.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="81"/>
        <source>%1, %2: %3 years, %4 EVT</source>
        <translation>%1, %2: %3 years, %4 EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="95"/>
        <source>Not declared: your record, which decides nothing until the supervisor declares his qualification in a signed statement.</source>
        <translation>Not declared: your record, which decides nothing until the supervisor declares his qualification in a signed statement.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="102"/>
        <source>Declared by %1 on %2: %3 years as a specialist in neurointervention, %4 EVT as independent operator. His declaration decides, not your record.</source>
        <translation>Declared by %1 on %2: %3 years as a specialist in neurointervention, %4 EVT as independent operator. His declaration decides, not your record.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="165"/>
        <source>Supervisors (main supervisor: ≥ 10 years and ≥ 150 EVT)</source>
        <translation>Supervisors (main supervisor: ≥ 10 years and ≥ 150 EVT)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="171"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="172"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="173"/>
        <source>Years as EVT operator, EVT</source>
        <translation>Years as EVT operator, EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="174"/>
        <source>Judged</source>
        <translation>Judged</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="178"/>
        <source>&amp;Years as EVT operator</source>
        <translation>&amp;Years as EVT operator</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="180"/>
        <source>EVT as independent &amp;operator</source>
        <translation>EVT as independent &amp;operator</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="182"/>
        <source>Save e&amp;xperience</source>
        <translation>Save e&amp;xperience</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="199"/>
        <source>Main supervisor</source>
        <translation>Main supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="201"/>
        <source>Co-supervisor</source>
        <translation>Co-supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="218"/>
        <source>experience not recorded</source>
        <translation>experience not recorded</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="222"/>
        <source>fewer than %1 years</source>
        <translation>fewer than %1 years</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="228"/>
        <source>fewer than %1 EVT</source>
        <translation>fewer than %1 EVT</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervisors_box.py" line="256"/>
        <source>Choose a supervisor in the list.</source>
        <translation>Choose a supervisor in the list.</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="108"/>
        <source>Measures and yearly evaluations</source>
        <translation>Measures and yearly evaluations</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="113"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="115"/>
        <source>What was done, or why it is reopened</source>
        <translation>What was done, or why it is reopened</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="116"/>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="117"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="136"/>
        <source>The training is stopped by %1 (%2): %3</source>
        <translation>The training is stopped by %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="154"/>
        <source>evaluation %1</source>
        <translation>evaluation %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="154"/>
        <source>examination week</source>
        <translation>examination week</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="158"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="160"/>
        <source>Done by your account, %1</source>
        <translation>Done by your account, %1</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="166"/>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="166"/>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="170"/>
        <source>Sufficient progress</source>
        <translation>Sufficient progress</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="171"/>
        <source>Insufficient progress: action plan</source>
        <translation>Insufficient progress: action plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="190"/>
        <location filename="../../src/evtdesk/ui/approval/supervision_dialog.py" line="205"/>
        <source>Choose a measure in the list.</source>
        <translation>Choose a measure in the list.</translation>
    </message>
</context>
</TS>
