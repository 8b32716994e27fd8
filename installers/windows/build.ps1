# Build EVTDesk's Windows installer: dist\EVTDesk-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs Python 3.11+ (python.org installer, "py" launcher) and Inno Setup 6.3+ (ISCC.exe;
# GitHub's windows runners have it). Same steps as installers/linux/build-deb: the wheel,
# a venv of its own with the wheel and PyInstaller (and the third-party notices made again
# there), installers\pyinstaller\evtdesk.spec,
# the smoke test of the built programs, then Inno Setup (installers\windows\evtdesk.iss).
# Not signed: see docs\installing.md. Not run by its authors (no Windows here); CI runs it.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $arguments failed with exit code $LASTEXITCODE" }
}

# PYTHON names a python.exe to use (CI: the one setup-python put on PATH); else the
# py launcher's Python 3.11.
$venvArgs = if ($env:PYTHON) { @("-m", "venv", ".venv") } else { @("-3.11", "-m", "venv", ".venv") }
$python = if ($env:PYTHON) { $env:PYTHON } else { "py" }
if (-not (Test-Path .venv\Scripts\python.exe)) { Run $python $venvArgs }
Run .venv\Scripts\python.exe @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Run .venv\Scripts\python.exe @("-m", "pip", "install", "--quiet", "-e", ".[test]")
$version = (& .venv\Scripts\python.exe -c "import evtdesk; print(evtdesk.__version__)").Trim()

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue build\lib, build\wheel, src\evtdesk.egg-info
Run .venv\Scripts\python.exe @("-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", "build\wheel", ".")
$wheel = (Get-ChildItem "build\wheel\evtdesk-$version-*.whl").FullName
Run .venv\Scripts\python.exe @("-m", "venv", "--clear", "build\venv-pyinstaller")
Run build\venv-pyinstaller\Scripts\python.exe @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Run build\venv-pyinstaller\Scripts\python.exe @("-m", "pip", "install", "--quiet", "$wheel[build]")
# The third-party notices of exactly the versions this venv holds (what PyInstaller
# bundles), written into the installed package, where the spec collects them.
$notices = (& build\venv-pyinstaller\Scripts\python.exe -c "import evtdesk.resources as r; print(r.path('licenses', 'THIRD-PARTY-NOTICES.txt'))").Trim()
Run build\venv-pyinstaller\Scripts\python.exe @("scripts\third-party-notices", "--output", $notices)
Run build\venv-pyinstaller\Scripts\pyinstaller.exe @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "build\pyinstaller\dist", "--workpath", "build\pyinstaller\work",
    "installers\pyinstaller\evtdesk.spec")

Run .venv\Scripts\python.exe @("installers\smoke-test", "build\pyinstaller\dist\evtdesk")

$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Run $iscc @("/DAppVersion=$version", "installers\windows\evtdesk.iss")
Write-Host "== built dist\EVTDesk-$version-setup.exe"
