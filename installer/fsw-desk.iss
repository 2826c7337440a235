; FSW Desk: Windows installer (Inno Setup 6), per user, no admin rights, no network.
;
; Build on Windows, from the repository root, after the PyInstaller bundle:
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build installer\fsw-desk.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\fsw-desk.iss
; which writes dist\FSW-Desk-<version>-setup.exe: the single file a worker or IT runs.
;
; Installs into %LOCALAPPDATA%\Programs\FSW Desk (no admin prompt), with a Start menu entry and an
; uninstaller in Settings > Apps. Silent roll-out by IT, in each user's context:
;   FSW-Desk-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent removal: "%LOCALAPPDATA%\Programs\FSW Desk\unins000.exe" /VERYSILENT [/KEEPPROFILE]
;
; Personal data is never in the program folder. The profile (the encrypted database and its
; automatic backups\) is in %LOCALAPPDATA%\FSW Desk\profile; window and text size are in
; HKCU\Software\FSW Desk. Uninstalling asks whether to keep the profile and removes it unless the
; worker says keep (silent: removed unless /KEEPPROFILE). See docs/install.md.

#define AppName "FSW Desk"
#define AppExe "fsw-desk.exe"
#define Bundle "..\dist\fsw-desk"
#ifndef AppVersion
  ; The version PyInstaller wrote into the exe from fsw_desktop.__version__.
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + Bundle + "\" + AppExe, "ProductVersion")
#endif

[Setup]
AppId={{A8D7A0EF-F7EF-4209-BA53-94622CF7D011}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
; Per user: {autopf} is %LOCALAPPDATA%\Programs when running without admin rights.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
UsePreviousAppDir=yes
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=FSW-Desk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\fsw-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running FSW Desk before replacing its files (Restart Manager), and do not restart it for them.
CloseApplications=force
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program; files of the old version must not linger beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Offline, encrypted casework"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}"

[Code]
const
  SettingsKey = 'Software\FSW Desk';

function ProfileHome: String;
begin
  { platformdirs.user_data_dir("FSW Desk", appauthor=False) on Windows }
  Result := ExpandConstant('{localappdata}\FSW Desk');
end;

function KeepProfileSwitch: Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/KEEPPROFILE') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Keep: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { Window size and text size: not personal, but not left behind either. }
  RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, SettingsKey);
  if not DirExists(ProfileHome) then
    Exit;
  Keep := KeepProfileSwitch;
  if (not Keep) and (not UninstallSilent) then
    Keep := MsgBox('Keep your FSW Desk profile on this computer?' + #13#10#13#10 +
      'It holds your encrypted casework and its automatic backups, in:' + #13#10 + ProfileHome + #13#10#13#10 +
      'Choose Yes only if you will reinstall FSW Desk or copy the profile to a new computer. ' +
      'Choose No to delete it now; this cannot be undone, so make a backup first if you need one.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Keep then
    Log('Profile kept: ' + ProfileHome)
  else if DelTree(ProfileHome, True, True, True) then
    Log('Profile removed: ' + ProfileHome)
  else
    MsgBox('FSW Desk could not remove ' + ProfileHome + '. Close FSW Desk and delete that folder yourself.',
      mbError, MB_OK);
end;
