<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="62"/>
        <source>&lt;h3&gt;EVTDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted logbook for physicians training in endovascular thrombectomy under the Swedish national guidance.&lt;/p&gt;&lt;p&gt;Your logbook stays on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EVTDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted logbook for physicians training in endovascular thrombectomy under the Swedish national guidance.&lt;/p&gt;&lt;p&gt;Your logbook stays on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="70"/>
        <source>&lt;p&gt;EVTDesk is built with these components, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt {qt} and PySide6 {pyside}: GNU Lesser General Public License v3 (LGPL-3.0); you may replace the Qt libraries, see Licences…&lt;/li&gt;&lt;li&gt;Python {python}: Python Software Foundation License&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;SQLCipher: BSD-style licence&lt;/li&gt;&lt;li&gt;cryptography: Apache License 2.0 or BSD licence&lt;/li&gt;&lt;li&gt;SQLAlchemy, Alembic and pyHanko: MIT licence&lt;/li&gt;&lt;li&gt;ReportLab, pypdf and qrcode: BSD licences&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;and other open-source packages. Licences… lists every one of them with its licence text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EVTDesk is built with these components, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt {qt} and PySide6 {pyside}: GNU Lesser General Public License v3 (LGPL-3.0); you may replace the Qt libraries, see Licences…&lt;/li&gt;&lt;li&gt;Python {python}: Python Software Foundation License&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;SQLCipher: BSD-style licence&lt;/li&gt;&lt;li&gt;cryptography: Apache License 2.0 or BSD licence&lt;/li&gt;&lt;li&gt;SQLAlchemy, Alembic and pyHanko: MIT licence&lt;/li&gt;&lt;li&gt;ReportLab, pypdf and qrcode: BSD licences&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;and other open-source packages. Licences… lists every one of them with its licence text.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="95"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="106"/>
        <source>The licence texts are not installed with this copy of EVTDesk ({path} is missing). They are in EVTDesk&apos;s source, in resources/licenses/THIRD-PARTY-NOTICES.txt.</source>
        <translation>The licence texts are not installed with this copy of EVTDesk ({path} is missing). They are in EVTDesk&apos;s source, in resources/licenses/THIRD-PARTY-NOTICES.txt.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="116"/>
        <source>The licences of the components EVTDesk carries. Also in: {path}</source>
        <translation>The licences of the components EVTDesk carries. Also in: {path}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="121"/>
        <location filename="../../src/evtdesk/ui/about.py" line="147"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="137"/>
        <source>About EVTDesk</source>
        <translation>About EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="145"/>
        <source>Licences…</source>
        <translation>Licences…</translation>
    </message>
</context>
<context>
    <name>CreateLogbookDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="216"/>
        <source>Where to keep the logbook</source>
        <translation>Where to keep the logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="218"/>
        <source>EVTDesk logbooks (*.evtlog)</source>
        <translation>EVTDesk logbooks (*.evtlog)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="232"/>
        <source>Type your name.</source>
        <translation>Type your name.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="234"/>
        <source>Choose where to keep the logbook.</source>
        <translation>Choose where to keep the logbook.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="236"/>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="238"/>
        <source>Type the same passphrase twice.</source>
        <translation>Type the same passphrase twice.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="251"/>
        <source>The passphrases match.</source>
        <translation>The passphrases match.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="251"/>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="259"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="260"/>
        <source>Weak: add more words or characters.</source>
        <translation>Weak: add more words or characters.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="261"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Fair: a few more words would make it strong.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="262"/>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="263"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="287"/>
        <source>Creating the logbook…</source>
        <translation>Creating the logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="337"/>
        <source>New logbook</source>
        <translation>New logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="340"/>
        <source>The logbook is one encrypted file on this computer. Choose a passphrase you can remember; you will also get a recovery code.</source>
        <translation>The logbook is one encrypted file on this computer. Choose a passphrase you can remember; you will also get a recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="344"/>
        <source>I am:</source>
        <translation>I am:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="345"/>
        <source>a &amp;trainee: this logbook holds my training</source>
        <translation>a &amp;trainee: this logbook holds my training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="347"/>
        <source>a &amp;supervisor: this logbook holds my key, my trainees and what I sign</source>
        <translation>a &amp;supervisor: this logbook holds my key, my trainees and what I sign</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="351"/>
        <source>A supervisor opens his trainees&apos; bundles, attests and sees them all under Trainees; a supervisor in training himself keeps one logbook of each.</source>
        <translation>A supervisor opens his trainees&apos; bundles, attests and sees them all under Trainees; a supervisor in training himself keeps one logbook of each.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="358"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="359"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="360"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="361"/>
        <source>Logbook file</source>
        <translation>Logbook file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="362"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="363"/>
        <source>Choose where to keep the logbook</source>
        <translation>Choose where to keep the logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="364"/>
        <source>C&amp;urriculum:</source>
        <translation>C&amp;urriculum:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="365"/>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="369"/>
        <source>Swedish national guidance for EVT training</source>
        <translation>Swedish national guidance for EVT training</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="372"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="373"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="374"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="375"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="376"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="377"/>
        <source>Create the logbook</source>
        <translation>Create the logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="154"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="155"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;New logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="157"/>
        <source>Create a new encrypted logbook</source>
        <translation>Create a new encrypted logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="159"/>
        <source>&amp;Open logbook…</source>
        <translation>&amp;Open logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="161"/>
        <source>Open another logbook file</source>
        <translation>Open another logbook file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="163"/>
        <source>&amp;Import entries…</source>
        <translation>&amp;Import entries…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="165"/>
        <source>Add entries from a JSON or CSV file</source>
        <translation>Add entries from a JSON or CSV file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="167"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="169"/>
        <source>Export a signed bundle for your supervisor</source>
        <translation>Export a signed bundle for your supervisor</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="171"/>
        <source>Exporting bundles is not available in this version</source>
        <translation>Exporting bundles is not available in this version</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="175"/>
        <source>&amp;Check the logbook…</source>
        <translation>&amp;Check the logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="177"/>
        <source>Check that the logbook&apos;s history is unbroken</source>
        <translation>Check that the logbook&apos;s history is unbroken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="179"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="181"/>
        <source>Close the logbook now; unlock it with the passphrase</source>
        <translation>Close the logbook now; unlock it with the passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="186"/>
        <source>&amp;New entry…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="188"/>
        <source>Record a case, course or other activity</source>
        <translation>Record a case, course or other activity</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="191"/>
        <source>&amp;Work periods and training plan…</source>
        <translation>&amp;Work periods and training plan…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="194"/>
        <source>Record the time you work in each part, and see your training plan</source>
        <translation>Record the time you work in each part, and see your training plan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="198"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="203"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="205"/>
        <source>How to keep your logbook, and how a supervisor checks and signs it</source>
        <translation>How to keep your logbook, and how a supervisor checks and signs it</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="42"/>
        <source>&amp;Trainees</source>
        <translation>&amp;Trainees</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="49"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="50"/>
        <source>&amp;Logbook</source>
        <translation>&amp;Logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="51"/>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="52"/>
        <source>&amp;Quality</source>
        <translation>&amp;Quality</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="209"/>
        <source>&amp;About EVTDesk</source>
        <translation>&amp;About EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="210"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="119"/>
        <source>{name} – EVTDesk</source>
        <translation>{name} – EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="128"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="170"/>
        <source>Unlocking {name}…</source>
        <translation>Unlocking {name}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="243"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="214"/>
        <source>That passphrase does not open {name}. Nothing was changed; take your time and try again.</source>
        <translation>That passphrase does not open {name}. Nothing was changed; take your time and try again.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="67"/>
        <source>{name} is not an EVTDesk logbook, or its .keys file is missing beside it.</source>
        <translation>{name} is not an EVTDesk logbook, or its .keys file is missing beside it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="44"/>
        <source>{name} is a trainee&apos;s bundle, not a logbook: unlock your logbook, then open the bundle with File ▸ Open bundle….</source>
        <translation>{name} is a trainee&apos;s bundle, not a logbook: unlock your logbook, then open the bundle with File ▸ Open bundle….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="50"/>
        <source>{name} is a supervisor&apos;s attestation, not a logbook: unlock your logbook, then add it with File ▸ Import attestation….</source>
        <translation>{name} is a supervisor&apos;s attestation, not a logbook: unlock your logbook, then add it with File ▸ Import attestation….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="79"/>
        <source>a text file</source>
        <translation>a text file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="81"/>
        <source>{name} is not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</source>
        <translation>{name} is not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="86"/>
        <source>{name} is {what}, not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</source>
        <translation>{name} is {what}, not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="141"/>
        <source>Forgot your passphrase? Use your recovery &amp;code…</source>
        <translation>Forgot your passphrase? Use your recovery &amp;code…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="146"/>
        <source>Unlock with the recovery code</source>
        <translation>Unlock with the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="230"/>
        <source>The logbook could not be opened: {reason}</source>
        <translation>The logbook could not be opened: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="281"/>
        <source>{name} is damaged and no backup of it was found.</source>
        <translation>{name} is damaged and no backup of it was found.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="288"/>
        <source>The logbook is damaged</source>
        <translation>The logbook is damaged</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="289"/>
        <source>{name} is damaged and cannot be read.

Restore the latest backup, {backup}? The damaged file is kept beside it, renamed.</source>
        <translation>{name} is damaged and cannot be read.

Restore the latest backup, {backup}? The damaged file is kept beside it, renamed.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="298"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="302"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="317"/>
        <source>The backup was restored. Unlock it with the same passphrase.</source>
        <translation>The backup was restored. Unlock it with the same passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/locking.py" line="119"/>
        <source>The logbook was closed, but the daily backup failed: {reason}</source>
        <translation>The logbook was closed, but the daily backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/locking.py" line="127"/>
        <source>Closing the logbook and taking the daily backup…</source>
        <translation>Closing the logbook and taking the daily backup…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="117"/>
        <source>{name} – EVTDesk for supervisors</source>
        <translation>{name} – EVTDesk for supervisors</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="268"/>
        <location filename="../../src/evtdesk/ui/main_window.py" line="300"/>
        <source>Open logbook</source>
        <translation>Open logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="270"/>
        <source>EVTDesk logbooks (*.evtlog);;All files (*)</source>
        <translation>EVTDesk logbooks (*.evtlog);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="319"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="320"/>
        <source>Entry forms are not available in this version.</source>
        <translation>Entry forms are not available in this version.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="37"/>
        <source>Import entries</source>
        <translation>Import entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="39"/>
        <source>Entries (*.json *.csv);;All files (*)</source>
        <translation>Entries (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="83"/>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="120"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/window/commands.py" line="75"/>
        <source>Imported %n entries.</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/window/commands.py" line="89"/>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="101"/>
        <source>The file could not be imported: {reason}</source>
        <translation>The file could not be imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="109"/>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="133"/>
        <source>Check the logbook</source>
        <translation>Check the logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="140"/>
        <source>The restored backup was checked. </source>
        <translation>The restored backup was checked. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/window/commands.py" line="148"/>
        <source>The logbook is whole: %n change(s) in its history, each linked to the one before and none altered; the file and its attachments check out.</source>
        <translation>
            <numerusform>The logbook is whole: %n change in its history, each linked to the one before and none altered; the file and its attachments check out.</numerusform>
            <numerusform>The logbook is whole: %n changes in its history, each linked to the one before and none altered; the file and its attachments check out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="160"/>
        <source>The logbook is not whole ({n} problem(s)). Restore an older backup or ask for help; the details name each break.</source>
        <translation>The logbook is not whole ({n} problem(s)). Restore an older backup or ask for help; the details name each break.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="179"/>
        <source>Checking the logbook…</source>
        <translation>Checking the logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="37"/>
        <source>The key file beside {name} belongs to another logbook; {name} itself was not changed. Put its own key file, {name}.keys, beside it: each of its backups carries a copy.</source>
        <translation>The key file beside {name} belongs to another logbook; {name} itself was not changed. Put its own key file, {name}.keys, beside it: each of its backups carries a copy.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="56"/>
        <source>{name} is a file of entries, not a logbook: unlock your logbook, then add them with File ▸ Import entries….</source>
        <translation>{name} is a file of entries, not a logbook: unlock your logbook, then add them with File ▸ Import entries….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="62"/>
        <source>{name} is a logbook&apos;s key file: open the logbook beside it.</source>
        <translation>{name} is a logbook&apos;s key file: open the logbook beside it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="77"/>
        <source>{name} is not UTF-8 text; it was read as Windows-1252, the encoding Excel saves plain CSV in. Check that å, ä and ö came out right; saving as “CSV UTF-8” avoids this.</source>
        <translation>{name} is not UTF-8 text; it was read as Windows-1252, the encoding Excel saves plain CSV in. Check that å, ä and ö came out right; saving as “CSV UTF-8” avoids this.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="39"/>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="41"/>
        <source>a picture ({format})</source>
        <translation>a picture ({format})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="45"/>
        <source>a ZIP archive</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="47"/>
        <source>a plain, unencrypted SQLite file</source>
        <translation>a plain, unencrypted SQLite file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="84"/>
        <source>{name} is a spreadsheet workbook, not a CSV file. Save it as CSV first: in Excel, File ▸ Save As ▸ “CSV UTF-8 (comma delimited)”; then import that file.</source>
        <translation>{name} is a spreadsheet workbook, not a CSV file. Save it as CSV first: in Excel, File ▸ Save As ▸ “CSV UTF-8 (comma delimited)”; then import that file.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="91"/>
        <source>{name} is {what}, not a file of entries. File ▸ Import entries… reads CSV and JSON text files.</source>
        <translation>{name} is {what}, not a file of entries. File ▸ Import entries… reads CSV and JSON text files.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="97"/>
        <source>{name} is not a text file, so it holds no entries to import. File ▸ Import entries… reads CSV and JSON text files.</source>
        <translation>{name} is not a text file, so it holds no entries to import. File ▸ Import entries… reads CSV and JSON text files.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="124"/>
        <source>Folder for an extra backup</source>
        <translation>Folder for an extra backup</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="135"/>
        <source>The backup folder does not exist. Choose an existing folder (a USB stick, say).</source>
        <translation>The backup folder does not exist. Choose an existing folder (a USB stick, say).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="155"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="156"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="157"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="158"/>
        <source>Lock &amp;after:</source>
        <translation>Lock &amp;after:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="159"/>
        <source> min idle</source>
        <translation> min idle</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="160"/>
        <source>Minutes idle before the logbook locks</source>
        <translation>Minutes idle before the logbook locks</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="161"/>
        <source>Extra &amp;backup folder:</source>
        <translation>Extra &amp;backup folder:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="162"/>
        <source>Extra backup folder</source>
        <translation>Extra backup folder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="163"/>
        <source>None (only the data folder)</source>
        <translation>None (only the data folder)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="166"/>
        <source>A daily backup is always kept beside the logbook; choose a folder here for a second copy.</source>
        <translation>A daily backup is always kept beside the logbook; choose a folder here for a second copy.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="171"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="172"/>
        <source>Choose a backup folder</source>
        <translation>Choose a backup folder</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="173"/>
        <source>Default &amp;site:</source>
        <translation>Default &amp;site:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="174"/>
        <source>Default site for new entries</source>
        <translation>Default site for new entries</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="175"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="176"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="177"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="142"/>
        <source>Type the recovery code.</source>
        <translation>Type the recovery code.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="144"/>
        <source>Choose a new passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a new passphrase of at least %n character.</numerusform>
            <numerusform>Choose a new passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="146"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Type the same new passphrase twice.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="154"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="158"/>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="160"/>
        <source>The passphrases match.</source>
        <translation>The passphrases match.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="191"/>
        <source>Checking the recovery code…</source>
        <translation>Checking the recovery code…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="210"/>
        <source>That recovery code does not open {name}. Nothing was changed; check the code on your paper or in your saved file and try again.</source>
        <translation>That recovery code does not open {name}. Nothing was changed; check the code on your paper or in your saved file and try again.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="221"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>The passphrase could not be changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="248"/>
        <source>Use your recovery code</source>
        <translation>Use your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="251"/>
        <source>Type the recovery code you printed or saved when you created {name}, and choose a new passphrase. It replaces the forgotten one: backups made before today still open with the passphrase of their day, and every backup opens with the recovery code.</source>
        <translation>Type the recovery code you printed or saved when you created {name}, and choose a new passphrase. It replaces the forgotten one: backups made before today still open with the passphrase of their day, and every backup opens with the recovery code.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="257"/>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="258"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="261"/>
        <source>&amp;Show the code</source>
        <translation>&amp;Show the code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="262"/>
        <source>Show the recovery code</source>
        <translation>Show the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="263"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="264"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="265"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="266"/>
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="267"/>
        <source>Change passphrase and &amp;unlock</source>
        <translation>Change passphrase and &amp;unlock</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="268"/>
        <source>Change the passphrase and unlock</source>
        <translation>Change the passphrase and unlock</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="269"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="121"/>
        <source>Logbook: {name}</source>
        <translation>Logbook: {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="123"/>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="125"/>
        <source>Created: {date}</source>
        <translation>Created: {date}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="129"/>
        <source>Keep this paper somewhere safe, away from the computer. With it you can unlock the logbook and choose a new passphrase if you forget it.</source>
        <translation>Keep this paper somewhere safe, away from the computer. With it you can unlock the logbook and choose a new passphrase if you forget it.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="139"/>
        <source>Save recovery code</source>
        <translation>Save recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="141"/>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="155"/>
        <source>Could not save: {reason}</source>
        <translation>Could not save: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="160"/>
        <source>Saved to {path}. Move it somewhere safe, such as a USB stick.</source>
        <translation>Saved to {path}. Move it somewhere safe, such as a USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="176"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="119"/>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="179"/>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="188"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="180"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="183"/>
        <source>If you forget your passphrase, this code is the only way into your logbook. It is shown only now: print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>If you forget your passphrase, this code is the only way into your logbook. It is shown only now: print it or save it, and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="190"/>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="191"/>
        <source>&amp;Save as text file…</source>
        <translation>&amp;Save as text file…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="192"/>
        <source>Save the recovery code as a text file</source>
        <translation>Save the recovery code as a text file</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="193"/>
        <source>&amp;I have stored the recovery code</source>
        <translation>&amp;I have stored the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="194"/>
        <source>I have stored the recovery code</source>
        <translation>I have stored the recovery code</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="195"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="196"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="255"/>
        <source>Type the passphrase of this logbook.</source>
        <translation>Type the passphrase of this logbook.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="298"/>
        <source>This is a demo logbook with made-up data, so its passphrase is public: &lt;b&gt;{passphrase}&lt;/b&gt; &amp;nbsp; &lt;a href=&quot;fill&quot;&gt;Fill it in&lt;/a&gt;</source>
        <translation>This is a demo logbook with made-up data, so its passphrase is public: &lt;b&gt;{passphrase}&lt;/b&gt; &amp;nbsp; &lt;a href=&quot;fill&quot;&gt;Fill it in&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="308"/>
        <source>The logbook was locked. Type the passphrase to go on where you left off.</source>
        <translation>The logbook was locked. Type the passphrase to go on where you left off.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="316"/>
        <source>Your logbook for endovascular thrombectomy training, guided by the Swedish national guidance.</source>
        <translation>Your logbook for endovascular thrombectomy training, guided by the Swedish national guidance.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="321"/>
        <source>&amp;Recent logbooks</source>
        <translation>&amp;Recent logbooks</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="322"/>
        <source>Recent logbooks</source>
        <translation>Recent logbooks</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="323"/>
        <source>&amp;Open other…</source>
        <translation>&amp;Open other…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="324"/>
        <source>Open another logbook</source>
        <translation>Open another logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="325"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;New logbook…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="326"/>
        <source>Create a new logbook</source>
        <translation>Create a new logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="327"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="328"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="329"/>
        <source>Passphrase of this logbook</source>
        <translation>Passphrase of this logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="330"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="331"/>
        <source>Unlock the logbook</source>
        <translation>Unlock the logbook</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="333"/>
        <source>No logbook yet. Create a new one, or open a logbook you already have.</source>
        <translation>No logbook yet. Create a new one, or open a logbook you already have.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="126"/>
        <source>The user guide is not installed with this copy of EVTDesk ({path} is missing). It is in EVTDesk&apos;s source, in resources/guide/.</source>
        <translation>The user guide is not installed with this copy of EVTDesk ({path} is missing). It is in EVTDesk&apos;s source, in resources/guide/.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="170"/>
        <source>EVTDesk user guide</source>
        <translation>EVTDesk user guide</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="171"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="90"/>
        <source>This view is not available in this version.</source>
        <translation>This view is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="95"/>
        <source>This view could not be shown; see the log for details.</source>
        <translation>This view could not be shown; see the log for details.</translation>
    </message>
</context>
</TS>
