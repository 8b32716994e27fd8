<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="77"/>
        <source>EVTDesk opens logbooks (.evtlog), bundles (.evtbundle) and attestations (.evtattest); {name} is none of these.</source>
        <translation>EVTDesk öppnar loggböcker (.evtlog), paket (.evtbundle) och intyg (.evtattest); {name} är inget av dessa.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="84"/>
        <source>{name} was not found in {folder}.</source>
        <translation>{name} finns inte i {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="110"/>
        <source>Open logbook</source>
        <translation>Öppna loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="111"/>
        <source>Lock {current} and open {name}?</source>
        <translation>Låsa {current} och öppna {name}?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="133"/>
        <source>Unlock your logbook to open {names}.</source>
        <translation>Lås upp din loggbok för att öppna {names}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="177"/>
        <source>Open file</source>
        <translation>Öppna fil</translation>
    </message>
</context>
</TS>
