<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="62"/>
        <source>&lt;h3&gt;EVTDesk {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted logbook for physicians training in endovascular thrombectomy under the Swedish national guidance.&lt;/p&gt;&lt;p&gt;Your logbook stays on this computer. Nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EVTDesk {version}&lt;/h3&gt;&lt;p&gt;En krypterad loggbok utan nätanslutning för läkare som utbildar sig i endovaskulär trombektomi enligt den nationella vägledningen.&lt;/p&gt;&lt;p&gt;Loggboken stannar på den här datorn. Inget skickas någonstans.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="70"/>
        <source>&lt;p&gt;EVTDesk is built with these components, each under its own licence:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt {qt} and PySide6 {pyside}: GNU Lesser General Public License v3 (LGPL-3.0); you may replace the Qt libraries, see Licences…&lt;/li&gt;&lt;li&gt;Python {python}: Python Software Foundation License&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;SQLCipher: BSD-style licence&lt;/li&gt;&lt;li&gt;cryptography: Apache License 2.0 or BSD licence&lt;/li&gt;&lt;li&gt;SQLAlchemy, Alembic and pyHanko: MIT licence&lt;/li&gt;&lt;li&gt;ReportLab, pypdf and qrcode: BSD licences&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;and other open-source packages. Licences… lists every one of them with its licence text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;EVTDesk är byggt med dessa komponenter, var och en under sin egen licens:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt {qt} och PySide6 {pyside}: GNU Lesser General Public License v3 (LGPL-3.0); du får byta ut Qt-biblioteken, se Licenser…&lt;/li&gt;&lt;li&gt;Python {python}: Python Software Foundation License&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;SQLCipher: BSD-liknande licens&lt;/li&gt;&lt;li&gt;cryptography: Apache License 2.0 eller BSD-licens&lt;/li&gt;&lt;li&gt;SQLAlchemy, Alembic och pyHanko: MIT-licens&lt;/li&gt;&lt;li&gt;ReportLab, pypdf och qrcode: BSD-licenser&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;och andra paket med öppen källkod. Licenser… visar var och en med sin licenstext.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="95"/>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="106"/>
        <source>The licence texts are not installed with this copy of EVTDesk ({path} is missing). They are in EVTDesk&apos;s source, in resources/licenses/THIRD-PARTY-NOTICES.txt.</source>
        <translation>Licenstexterna är inte installerade med den här kopian av EVTDesk ({path} saknas). De finns i EVTDesks källkod, i resources/licenses/THIRD-PARTY-NOTICES.txt.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="116"/>
        <source>The licences of the components EVTDesk carries. Also in: {path}</source>
        <translation>Licenserna för komponenterna som EVTDesk innehåller. Finns även i: {path}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="121"/>
        <location filename="../../src/evtdesk/ui/about.py" line="147"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="137"/>
        <source>About EVTDesk</source>
        <translation>Om EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/about.py" line="145"/>
        <source>Licences…</source>
        <translation>Licenser…</translation>
    </message>
</context>
<context>
    <name>CreateLogbookDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="216"/>
        <source>Where to keep the logbook</source>
        <translation>Var loggboken ska sparas</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="218"/>
        <source>EVTDesk logbooks (*.evtlog)</source>
        <translation>EVTDesk-loggböcker (*.evtlog)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="232"/>
        <source>Type your name.</source>
        <translation>Skriv ditt namn.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="234"/>
        <source>Choose where to keep the logbook.</source>
        <translation>Välj var loggboken ska sparas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="236"/>
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Välj en lösenfras på minst %n tecken.</numerusform>
            <numerusform>Välj en lösenfras på minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="238"/>
        <source>Type the same passphrase twice.</source>
        <translation>Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="251"/>
        <source>The passphrases match.</source>
        <translation>Lösenfraserna stämmer överens.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="251"/>
        <source>The passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="259"/>
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>För kort: minst %n tecken.</numerusform>
            <numerusform>För kort: minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="260"/>
        <source>Weak: add more words or characters.</source>
        <translation>Svag: lägg till fler ord eller tecken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="261"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Godtagbar: några ord till gör den stark.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="262"/>
        <source>Good.</source>
        <translation>Bra.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="263"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="287"/>
        <source>Creating the logbook…</source>
        <translation>Skapar loggboken …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="337"/>
        <source>New logbook</source>
        <translation>Ny loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="340"/>
        <source>The logbook is one encrypted file on this computer. Choose a passphrase you can remember; you will also get a recovery code.</source>
        <translation>Loggboken är en krypterad fil på den här datorn. Välj en lösenfras som du kan komma ihåg; du får också en återställningskod.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="344"/>
        <source>I am:</source>
        <translation>Jag är:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="345"/>
        <source>a &amp;trainee: this logbook holds my training</source>
        <translation>&amp;aspirant: loggboken rymmer min utbildning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="347"/>
        <source>a &amp;supervisor: this logbook holds my key, my trainees and what I sign</source>
        <translation>&amp;handledare: loggboken rymmer min nyckel, mina aspiranter och det jag signerar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="351"/>
        <source>A supervisor opens his trainees&apos; bundles, attests and sees them all under Trainees; a supervisor in training himself keeps one logbook of each.</source>
        <translation>En handledare öppnar sina aspiranters paket, intygar och ser dem alla under Aspiranter; en handledare som själv är under utbildning har en loggbok av varje slag.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="358"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="359"/>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="360"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="361"/>
        <source>Logbook file</source>
        <translation>Loggboksfil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="362"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="363"/>
        <source>Choose where to keep the logbook</source>
        <translation>Välj var loggboken ska sparas</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="364"/>
        <source>C&amp;urriculum:</source>
        <translation>&amp;Målbeskrivning:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="365"/>
        <source>Curriculum</source>
        <translation>Målbeskrivning</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="369"/>
        <source>Swedish national guidance for EVT training</source>
        <translation>Nationell vägledning för utbildning av EVT-interventionister</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="372"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="373"/>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="374"/>
        <source>&amp;Repeat:</source>
        <translation>Upp&amp;repa:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="375"/>
        <source>Repeat the passphrase</source>
        <translation>Upprepa lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="376"/>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="377"/>
        <source>Create the logbook</source>
        <translation>Skapa loggboken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/create_dialog.py" line="378"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="151"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="154"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="155"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;Ny loggbok …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="157"/>
        <source>Create a new encrypted logbook</source>
        <translation>Skapa en ny krypterad loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="159"/>
        <source>&amp;Open logbook…</source>
        <translation>&amp;Öppna loggbok …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="161"/>
        <source>Open another logbook file</source>
        <translation>Öppna en annan loggboksfil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="163"/>
        <source>&amp;Import entries…</source>
        <translation>&amp;Importera registreringar …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="165"/>
        <source>Add entries from a JSON or CSV file</source>
        <translation>Lägg till registreringar från en JSON- eller CSV-fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="167"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportera paket …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="169"/>
        <source>Export a signed bundle for your supervisor</source>
        <translation>Exportera ett signerat paket till din handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="171"/>
        <source>Exporting bundles is not available in this version</source>
        <translation>Export av paket finns inte i den här versionen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="175"/>
        <source>&amp;Check the logbook…</source>
        <translation>&amp;Kontrollera loggboken…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="177"/>
        <source>Check that the logbook&apos;s history is unbroken</source>
        <translation>Kontrollera att loggbokens historik är obruten</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="179"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="181"/>
        <source>Close the logbook now; unlock it with the passphrase</source>
        <translation>Stäng loggboken nu; lås upp den med lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="186"/>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny registrering …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="188"/>
        <source>Record a case, course or other activity</source>
        <translation>Registrera ett fall, en kurs eller annan aktivitet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="191"/>
        <source>&amp;Work periods and training plan…</source>
        <translation>&amp;Arbetsperioder och utbildningsplan …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="194"/>
        <source>Record the time you work in each part, and see your training plan</source>
        <translation>Registrera tiden du arbetar i varje del och se din utbildningsplan</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="198"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="203"/>
        <source>&amp;User guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="205"/>
        <source>How to keep your logbook, and how a supervisor checks and signs it</source>
        <translation>Hur du för din loggbok, och hur en handledare granskar och signerar den</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="42"/>
        <source>&amp;Trainees</source>
        <translation>&amp;Aspiranter</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="49"/>
        <source>&amp;Navigator</source>
        <translation>&amp;Översikt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="50"/>
        <source>&amp;Logbook</source>
        <translation>&amp;Loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="51"/>
        <source>&amp;Charts</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="52"/>
        <source>&amp;Quality</source>
        <translation>&amp;Kvalitet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="209"/>
        <source>&amp;About EVTDesk</source>
        <translation>&amp;Om EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/menus.py" line="210"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="119"/>
        <source>{name} – EVTDesk</source>
        <translation>{name} – EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="128"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="170"/>
        <source>Unlocking {name}…</source>
        <translation>Låser upp {name} …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="243"/>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="214"/>
        <source>That passphrase does not open {name}. Nothing was changed; take your time and try again.</source>
        <translation>Den lösenfrasen öppnar inte {name}. Inget har ändrats; ta god tid på dig och försök igen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="67"/>
        <source>{name} is not an EVTDesk logbook, or its .keys file is missing beside it.</source>
        <translation>{name} är inte en EVTDesk-loggbok, eller så saknas dess .keys-fil bredvid den.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="44"/>
        <source>{name} is a trainee&apos;s bundle, not a logbook: unlock your logbook, then open the bundle with File ▸ Open bundle….</source>
        <translation>{name} är en aspirants exportpaket, inte en loggbok: lås upp din loggbok och öppna sedan paketet med Arkiv ▸ Öppna paket….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="50"/>
        <source>{name} is a supervisor&apos;s attestation, not a logbook: unlock your logbook, then add it with File ▸ Import attestation….</source>
        <translation>{name} är ett intyg från en handledare, inte en loggbok: lås upp din loggbok och lägg sedan till det med Arkiv ▸ Importera intyg….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="79"/>
        <source>a text file</source>
        <translation>en textfil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="81"/>
        <source>{name} is not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</source>
        <translation>{name} är inte en EVTDesk-loggbok. Arkiv ▸ Öppna loggbok … öppnar loggböcker (.evtlog-filer).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="86"/>
        <source>{name} is {what}, not an EVTDesk logbook. File ▸ Open logbook… opens logbooks (.evtlog files).</source>
        <translation>{name} är {what}, inte en EVTDesk-loggbok. Arkiv ▸ Öppna loggbok … öppnar loggböcker (.evtlog-filer).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="141"/>
        <source>Forgot your passphrase? Use your recovery &amp;code…</source>
        <translation>Glömt lösenfrasen? Använd din &amp;återställningskod …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="146"/>
        <source>Unlock with the recovery code</source>
        <translation>Lås upp med återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="230"/>
        <source>The logbook could not be opened: {reason}</source>
        <translation>Loggboken kunde inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="281"/>
        <source>{name} is damaged and no backup of it was found.</source>
        <translation>{name} är skadad och ingen säkerhetskopia av den hittades.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="288"/>
        <source>The logbook is damaged</source>
        <translation>Loggboken är skadad</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="289"/>
        <source>{name} is damaged and cannot be read.

Restore the latest backup, {backup}? The damaged file is kept beside it, renamed.</source>
        <translation>{name} är skadad och kan inte läsas.

Vill du återställa den senaste säkerhetskopian, {backup}? Den skadade filen sparas bredvid, med nytt namn.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="298"/>
        <source>&amp;Restore backup</source>
        <translation>&amp;Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="302"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="317"/>
        <source>The backup was restored. Unlock it with the same passphrase.</source>
        <translation>Säkerhetskopian är återställd. Lås upp den med samma lösenfras.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/locking.py" line="119"/>
        <source>The logbook was closed, but the daily backup failed: {reason}</source>
        <translation>Loggboken stängdes, men den dagliga säkerhetskopieringen misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/locking.py" line="127"/>
        <source>Closing the logbook and taking the daily backup…</source>
        <translation>Stänger loggboken och tar dagens säkerhetskopia …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="117"/>
        <source>{name} – EVTDesk for supervisors</source>
        <translation>{name} – EVTDesk för handledare</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="268"/>
        <location filename="../../src/evtdesk/ui/main_window.py" line="300"/>
        <source>Open logbook</source>
        <translation>Öppna loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="270"/>
        <source>EVTDesk logbooks (*.evtlog);;All files (*)</source>
        <translation>EVTDesk-loggböcker (*.evtlog);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="319"/>
        <source>New entry</source>
        <translation>Ny registrering</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/main_window.py" line="320"/>
        <source>Entry forms are not available in this version.</source>
        <translation>Registreringsformulär finns inte i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="37"/>
        <source>Import entries</source>
        <translation>Importera registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="39"/>
        <source>Entries (*.json *.csv);;All files (*)</source>
        <translation>Registreringar (*.json *.csv);;Alla filer (*)</translation>
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
            <numerusform>%n registrering importerades.</numerusform>
            <numerusform>%n registreringar importerades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/window/commands.py" line="89"/>
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Inget importerades: %n rad har problem.</numerusform>
            <numerusform>Inget importerades: %n rader har problem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="101"/>
        <source>The file could not be imported: {reason}</source>
        <translation>Filen kunde inte importeras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="109"/>
        <source>Importing {name}…</source>
        <translation>Importerar {name} …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="133"/>
        <source>Check the logbook</source>
        <translation>Kontrollera loggboken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="140"/>
        <source>The restored backup was checked. </source>
        <translation>Den återställda säkerhetskopian kontrollerades. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/window/commands.py" line="148"/>
        <source>The logbook is whole: %n change(s) in its history, each linked to the one before and none altered; the file and its attachments check out.</source>
        <translation>
            <numerusform>Loggboken är hel: %n ändring i historiken, länkad till den före och oförändrad; filen och bilagorna stämmer.</numerusform>
            <numerusform>Loggboken är hel: %n ändringar i historiken, var och en länkad till den före och ingen ändrad; filen och bilagorna stämmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="160"/>
        <source>The logbook is not whole ({n} problem(s)). Restore an older backup or ask for help; the details name each break.</source>
        <translation>Loggboken är inte hel ({n} fel). Återställ en äldre säkerhetskopia eller be om hjälp; detaljerna anger varje brott.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="179"/>
        <source>Checking the logbook…</source>
        <translation>Kontrollerar loggboken…</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="37"/>
        <source>The key file beside {name} belongs to another logbook; {name} itself was not changed. Put its own key file, {name}.keys, beside it: each of its backups carries a copy.</source>
        <translation>Nyckelfilen bredvid {name} hör till en annan loggbok; {name} är inte ändrad. Lägg dess egen nyckelfil, {name}.keys, bredvid den: varje säkerhetskopia av den har en kopia.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="56"/>
        <source>{name} is a file of entries, not a logbook: unlock your logbook, then add them with File ▸ Import entries….</source>
        <translation>{name} är en fil med registreringar, inte en loggbok: lås upp din loggbok och lägg sedan till dem med Arkiv ▸ Importera registreringar ….</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/unlocking.py" line="62"/>
        <source>{name} is a logbook&apos;s key file: open the logbook beside it.</source>
        <translation>{name} är en loggboks nyckelfil: öppna loggboken bredvid den.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/commands.py" line="77"/>
        <source>{name} is not UTF-8 text; it was read as Windows-1252, the encoding Excel saves plain CSV in. Check that å, ä and ö came out right; saving as “CSV UTF-8” avoids this.</source>
        <translation>{name} är inte UTF-8-text; den lästes som Windows-1252, den teckenkodning Excel sparar vanlig CSV i. Kontrollera att å, ä och ö blev rätt; spara som ”CSV UTF-8” så behövs ingen gissning.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="39"/>
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="41"/>
        <source>a picture ({format})</source>
        <translation>en bild ({format})</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="45"/>
        <source>a ZIP archive</source>
        <translation>ett ZIP-arkiv</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="47"/>
        <source>a plain, unencrypted SQLite file</source>
        <translation>en vanlig, okrypterad SQLite-fil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="84"/>
        <source>{name} is a spreadsheet workbook, not a CSV file. Save it as CSV first: in Excel, File ▸ Save As ▸ “CSV UTF-8 (comma delimited)”; then import that file.</source>
        <translation>{name} är en kalkylbok, inte en CSV-fil. Spara den som CSV först: i Excel, Arkiv ▸ Spara som ▸ ”CSV UTF-8 (kommaavgränsad)”; importera sedan den filen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="91"/>
        <source>{name} is {what}, not a file of entries. File ▸ Import entries… reads CSV and JSON text files.</source>
        <translation>{name} är {what}, inte en fil med registreringar. Arkiv ▸ Importera registreringar … läser CSV- och JSON-textfiler.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/file_kinds.py" line="97"/>
        <source>{name} is not a text file, so it holds no entries to import. File ▸ Import entries… reads CSV and JSON text files.</source>
        <translation>{name} är ingen textfil och innehåller alltså inga registreringar att importera. Arkiv ▸ Importera registreringar … läser CSV- och JSON-textfiler.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="124"/>
        <source>Folder for an extra backup</source>
        <translation>Mapp för en extra säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="135"/>
        <source>The backup folder does not exist. Choose an existing folder (a USB stick, say).</source>
        <translation>Mappen för säkerhetskopior finns inte. Välj en befintlig mapp (till exempel ett USB-minne).</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="155"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="156"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="157"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="158"/>
        <source>Lock &amp;after:</source>
        <translation>Lås &amp;efter:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="159"/>
        <source> min idle</source>
        <translation> min inaktivitet</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="160"/>
        <source>Minutes idle before the logbook locks</source>
        <translation>Minuter utan aktivitet innan loggboken låses</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="161"/>
        <source>Extra &amp;backup folder:</source>
        <translation>Extra mapp för säker&amp;hetskopior:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="162"/>
        <source>Extra backup folder</source>
        <translation>Extra mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="163"/>
        <source>None (only the data folder)</source>
        <translation>Ingen (bara datamappen)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="166"/>
        <source>A daily backup is always kept beside the logbook; choose a folder here for a second copy.</source>
        <translation>En daglig säkerhetskopia sparas alltid bredvid loggboken; välj en mapp här för en andra kopia.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="171"/>
        <source>B&amp;rowse…</source>
        <translation>B&amp;läddra …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="172"/>
        <source>Choose a backup folder</source>
        <translation>Välj mapp för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="173"/>
        <source>Default &amp;site:</source>
        <translation>&amp;Förvald enhet:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="174"/>
        <source>Default site for new entries</source>
        <translation>Förvald enhet för nya registreringar</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="175"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="176"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/preferences.py" line="177"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RecoverPassphraseDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="142"/>
        <source>Type the recovery code.</source>
        <translation>Skriv återställningskoden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="144"/>
        <source>Choose a new passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Välj en ny lösenfras på minst %n tecken.</numerusform>
            <numerusform>Välj en ny lösenfras på minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="146"/>
        <source>Type the same new passphrase twice.</source>
        <translation>Skriv samma nya lösenfras två gånger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="154"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Minst %n tecken.</numerusform>
            <numerusform>Minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="158"/>
        <source>The passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="160"/>
        <source>The passphrases match.</source>
        <translation>Lösenfraserna stämmer överens.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="191"/>
        <source>Checking the recovery code…</source>
        <translation>Kontrollerar återställningskoden …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="210"/>
        <source>That recovery code does not open {name}. Nothing was changed; check the code on your paper or in your saved file and try again.</source>
        <translation>Den återställningskoden öppnar inte {name}. Inget har ändrats; kontrollera koden på ditt papper eller i den sparade filen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="221"/>
        <source>The passphrase could not be changed: {reason}</source>
        <translation>Lösenfrasen kunde inte ändras: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="248"/>
        <source>Use your recovery code</source>
        <translation>Använd din återställningskod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="251"/>
        <source>Type the recovery code you printed or saved when you created {name}, and choose a new passphrase. It replaces the forgotten one: backups made before today still open with the passphrase of their day, and every backup opens with the recovery code.</source>
        <translation>Skriv återställningskoden som du skrev ut eller sparade när du skapade {name}, och välj en ny lösenfras. Den ersätter den bortglömda: säkerhetskopior från före i dag öppnas fortfarande med lösenfrasen från sin dag, och alla säkerhetskopior öppnas med återställningskoden.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="257"/>
        <source>Recovery &amp;code:</source>
        <translation>Återställnings&amp;kod:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="258"/>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="261"/>
        <source>&amp;Show the code</source>
        <translation>&amp;Visa koden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="262"/>
        <source>Show the recovery code</source>
        <translation>Visa återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="263"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny lösenfras:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="264"/>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="265"/>
        <source>&amp;Repeat:</source>
        <translation>Upp&amp;repa:</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="266"/>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="267"/>
        <source>Change passphrase and &amp;unlock</source>
        <translation>Byt lösenfras och lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="268"/>
        <source>Change the passphrase and unlock</source>
        <translation>Byt lösenfras och lås upp loggboken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recover_dialog.py" line="269"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="121"/>
        <source>Logbook: {name}</source>
        <translation>Loggbok: {name}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="123"/>
        <source>Owner: {owner}</source>
        <translation>Ägare: {owner}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="125"/>
        <source>Created: {date}</source>
        <translation>Skapad: {date}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="129"/>
        <source>Keep this paper somewhere safe, away from the computer. With it you can unlock the logbook and choose a new passphrase if you forget it.</source>
        <translation>Förvara papperet säkert, inte tillsammans med datorn. Med koden kan du låsa upp loggboken och välja en ny lösenfras om du glömmer den.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="139"/>
        <source>Save recovery code</source>
        <translation>Spara återställningskod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="141"/>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="155"/>
        <source>Could not save: {reason}</source>
        <translation>Kunde inte spara: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="160"/>
        <source>Saved to {path}. Move it somewhere safe, such as a USB stick.</source>
        <translation>Sparad i {path}. Flytta den till en säker plats, till exempel ett USB-minne.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="176"/>
        <source>Sent to the printer.</source>
        <translation>Skickad till skrivaren.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="119"/>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="179"/>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="188"/>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="180"/>
        <source>Your recovery code</source>
        <translation>Din återställningskod</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="183"/>
        <source>If you forget your passphrase, this code is the only way into your logbook. It is shown only now: print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>Om du glömmer din lösenfras är den här koden enda vägen in i loggboken. Den visas bara nu: skriv ut den eller spara den, och förvara den säkert, inte på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="189"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="190"/>
        <source>Print the recovery code</source>
        <translation>Skriv ut återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="191"/>
        <source>&amp;Save as text file…</source>
        <translation>&amp;Spara som textfil …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="192"/>
        <source>Save the recovery code as a text file</source>
        <translation>Spara återställningskoden som textfil</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="193"/>
        <source>&amp;I have stored the recovery code</source>
        <translation>&amp;Jag har sparat återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="194"/>
        <source>I have stored the recovery code</source>
        <translation>Jag har sparat återställningskoden</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="195"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/recovery_dialog.py" line="196"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="255"/>
        <source>Type the passphrase of this logbook.</source>
        <translation>Skriv lösenfrasen till den här loggboken.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="298"/>
        <source>This is a demo logbook with made-up data, so its passphrase is public: &lt;b&gt;{passphrase}&lt;/b&gt; &amp;nbsp; &lt;a href=&quot;fill&quot;&gt;Fill it in&lt;/a&gt;</source>
        <translation>Det här är en demologgbok med påhittade uppgifter, så dess lösenfras är offentlig: &lt;b&gt;{passphrase}&lt;/b&gt; &amp;nbsp; &lt;a href=&quot;fill&quot;&gt;Fyll i den&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="308"/>
        <source>The logbook was locked. Type the passphrase to go on where you left off.</source>
        <translation>Loggboken låstes. Skriv lösenfrasen för att fortsätta där du slutade.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="316"/>
        <source>Your logbook for endovascular thrombectomy training, guided by the Swedish national guidance.</source>
        <translation>Din loggbok för utbildning i endovaskulär trombektomi, enligt den nationella vägledningen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="321"/>
        <source>&amp;Recent logbooks</source>
        <translation>&amp;Senaste loggböcker</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="322"/>
        <source>Recent logbooks</source>
        <translation>Senaste loggböcker</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="323"/>
        <source>&amp;Open other…</source>
        <translation>Öppna &amp;annan …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="324"/>
        <source>Open another logbook</source>
        <translation>Öppna en annan loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="325"/>
        <source>&amp;New logbook…</source>
        <translation>&amp;Ny loggbok …</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="326"/>
        <source>Create a new logbook</source>
        <translation>Skapa en ny loggbok</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="327"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="328"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="329"/>
        <source>Passphrase of this logbook</source>
        <translation>Den här loggbokens lösenfras</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="330"/>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="331"/>
        <source>Unlock the logbook</source>
        <translation>Lås upp loggboken</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/start/start_screen.py" line="333"/>
        <source>No logbook yet. Create a new one, or open a logbook you already have.</source>
        <translation>Ingen loggbok än. Skapa en ny, eller öppna en loggbok du redan har.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="126"/>
        <source>The user guide is not installed with this copy of EVTDesk ({path} is missing). It is in EVTDesk&apos;s source, in resources/guide/.</source>
        <translation>Användarhandboken är inte installerad med den här kopian av EVTDesk ({path} saknas). Den finns i EVTDesks källkod, i resources/guide/.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="170"/>
        <source>EVTDesk user guide</source>
        <translation>Användarhandbok för EVTDesk</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/help.py" line="171"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="90"/>
        <source>This view is not available in this version.</source>
        <translation>Den här vyn finns inte i den här versionen.</translation>
    </message>
    <message>
        <location filename="../../src/evtdesk/ui/window/workspace.py" line="95"/>
        <source>This view could not be shown; see the log for details.</source>
        <translation>Den här vyn kunde inte visas; se loggen för detaljer.</translation>
    </message>
</context>
</TS>
