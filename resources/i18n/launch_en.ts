<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="77"/>
        <source>EVTDesk opens logbooks (.evtlog), bundles (.evtbundle) and attestations (.evtattest); {name} is none of these.</source>
        <translation>EVTDesk opens logbooks (.evtlog), bundles (.evtbundle) and attestations (.evtattest); {name} is none of these.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="84"/>
        <source>{name} was not found in {folder}.</source>
        <translation>{name} was not found in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="110"/>
        <source>Open logbook</source>
        <translation>Open logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="111"/>
        <source>Lock {current} and open {name}?</source>
        <translation>Lock {current} and open {name}?</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="133"/>
        <source>Unlock your logbook to open {names}.</source>
        <translation>Unlock your logbook to open {names}.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/file_open.py" line="177"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
</context>
</TS>
