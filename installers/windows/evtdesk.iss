; Inno Setup script for EVTDesk on Windows (Inno Setup 6.3 or newer).
;
; Build (installers/windows/build.ps1 does all of it, after PyInstaller):
;   ISCC.exe /DAppVersion=0.1.0 installers\windows\evtdesk.iss
; Input:  build\pyinstaller\dist\evtdesk\  (installers/pyinstaller/evtdesk.spec)
; Output: dist\EVTDesk-<version>-setup.exe
;
; What it does, and does not:
; - installs for the current user only, without administrator rights
;   (PrivilegesRequired=lowest: {autopf} is %LOCALAPPDATA%\Programs, HKA is HKCU), as a
;   trainee on a locked-down hospital laptop can;
; - a Start-menu entry (and a desktop one if asked), both starting evtdesk-app.exe;
; - opens .evtlog, .evtbundle and .evtattest files with EVTDesk (each its own icon);
; - installs THIRD-PARTY-NOTICES.txt (the licences of Qt, Python, OpenSSL, ...) in {app}
;   and offers to show it at the end;
; - the uninstaller removes only what this installer put in {app} and the registry keys
;   it made. Logbooks and their backups live elsewhere (%LOCALAPPDATA%\EVTDesk, or where
;   the user saved them) and there is no [UninstallDelete] section: they are never
;   touched. The registry entries of the file types are removed, the files stay.
; - not signed: Windows SmartScreen warns about an unsigned installer. Signing needs the
;   organisation's code-signing certificate (SignTool=… in [Setup]); see
;   docs/installing.md.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=0.1.0 evtdesk.iss
#endif
#define AppName "EVTDesk"
#define AppExe "evtdesk-app.exe"
#define Root "..\.."

[Setup]
; AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6A0C4E52-3F1B-4B7E-9C55-2D7E1B0F9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EVTDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; A running EVTDesk holds its files open; Setup asks to close it (Restart Manager).
CloseApplications=yes
SetupIconFile={#Root}\resources\icons\evtdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=EVTDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish is an official translation in recent Inno Setup releases; older ones keep it
; under Languages\Unofficial, where it is not installed by default.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\pyinstaller\dist\evtdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\application-x-evtdesk-logbook.ico"; DestDir: "{app}\icons"; Flags: ignoreversion
Source: "{#Root}\resources\icons\application-x-evtdesk-bundle.ico"; DestDir: "{app}\icons"; Flags: ignoreversion
Source: "{#Root}\resources\icons\application-x-evtdesk-attestation.ico"; DestDir: "{app}\icons"; Flags: ignoreversion
; The third-party notices of the versions built (build.ps1 makes them in the build venv):
; also at the top of {app}, where a user or an administrator finds them, and offered at
; the end of Setup. They are inside the program too: Help > About > Licences.
Source: "{#Root}\build\pyinstaller\dist\evtdesk\_internal\evtdesk\resources\licenses\THIRD-PARTY-NOTICES.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "EVT training logbook"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; One ProgID per file type (Software\Classes under HKA: the user's own classes when
; installed without administrator rights). The extension points to its ProgID both as
; its default (so a double-click opens EVTDesk without asking, the extensions being
; ours alone) and in OpenWithProgids. "%1" is the file; evtdesk-app hands it to an
; EVTDesk that is already running.
Root: HKA; Subkey: "Software\Classes\.evtlog"; ValueType: string; ValueName: ""; ValueData: "EVTDesk.Logbook"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.evtlog\OpenWithProgids"; ValueType: string; ValueName: "EVTDesk.Logbook"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\EVTDesk.Logbook"; ValueType: string; ValueName: ""; ValueData: "EVTDesk logbook"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\EVTDesk.Logbook\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\application-x-evtdesk-logbook.ico"
Root: HKA; Subkey: "Software\Classes\EVTDesk.Logbook\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.evtbundle"; ValueType: string; ValueName: ""; ValueData: "EVTDesk.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.evtbundle\OpenWithProgids"; ValueType: string; ValueName: "EVTDesk.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\EVTDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "EVTDesk signed bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\EVTDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\application-x-evtdesk-bundle.ico"
Root: HKA; Subkey: "Software\Classes\EVTDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

Root: HKA; Subkey: "Software\Classes\.evtattest"; ValueType: string; ValueName: ""; ValueData: "EVTDesk.Attestation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.evtattest\OpenWithProgids"; ValueType: string; ValueName: "EVTDesk.Attestation"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\EVTDesk.Attestation"; ValueType: string; ValueName: ""; ValueData: "EVTDesk attestation"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\EVTDesk.Attestation\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\icons\application-x-evtdesk-attestation.ico"
Root: HKA; Subkey: "Software\Classes\EVTDesk.Attestation\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

; "Open with" lists EVTDesk for its three types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".evtlog"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".evtbundle"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".evtattest"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
Filename: "{app}\THIRD-PARTY-NOTICES.txt"; Description: "View the third-party licences (Qt, Python, OpenSSL, ...)"; Flags: shellexec postinstall skipifsilent unchecked nowait
