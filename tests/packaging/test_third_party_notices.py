"""The third-party notices name everything the builds carry, are up to date, and ship.

resources/licenses/THIRD-PARTY-NOTICES.txt is made by scripts/third-party-notices from the
installed distributions. The run-time closure of evtdesk is walked here again, on its own,
so that a generator that skipped a package would not check itself.

Versions are not compared: pyproject.toml gives ranges and there is no lock file
(scripts/install-deps installs the newest versions allowed), so CI may hold other
versions than the committed file names. What is compared is the rest: which packages,
their licences and licence texts. A new dependency, or one whose licence changed, fails
until the script is run again. The installer builds make the file again in their own
build venv, so what ships names the versions shipped.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import subprocess
import sys
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "third-party-notices"
NOTICES = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"
RULE = "=" * 78
REGENERATE = "run: .venv/bin/python scripts/third-party-notices"


def closure() -> dict[str, metadata.Distribution]:
    """evtdesk's run-time dependencies as installed: Requires-Dist followed, markers for
    this system, no extras."""
    environment = {**default_environment(), "extra": ""}
    found: dict[str, metadata.Distribution] = {}
    todo = ["evtdesk"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        found[name] = dist = metadata.distribution(name)
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                todo.append(requirement.name)
    del found["evtdesk"]
    return found


def sections(text: str) -> dict[str, str]:
    """Each section's text by its title; the introduction under ""."""
    parts = text.split(f"\n{RULE}\n")
    found = {"": parts[0]}
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        assert title not in found, f"two sections named {title}"
        found[title] = body
    return found


def fields(body: str) -> dict[str, str]:
    head = body.split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


def without_versions(text: str) -> dict[str, str]:
    """The notices, with what depends on the versions installed left out: the Version
    lines, and the Python section's licence text (its copyright years follow the Python
    release)."""
    found = {}
    for title, body in sections(text).items():
        body = re.sub(r"^Version: .*\n", "", body, flags=re.MULTILINE)
        found[title] = body.split("\n\n", 1)[0] if title == "Python" else body
    return found


@pytest.fixture(scope="module")
def notices() -> dict[str, str]:
    assert NOTICES.is_file(), REGENERATE
    return sections(NOTICES.read_text(encoding="utf-8"))


def test_every_run_time_dependency_is_named_with_its_licence(notices: dict[str, str]) -> None:
    installed = closure()
    assert {"pyside6-essentials", "shiboken6", "sqlcipher3", "pyhanko"} <= set(installed)
    named = {canonicalize_name(title): body for title, body in notices.items() if title}
    missing = sorted(set(installed) - set(named))
    assert not missing, f"not in the notices: {missing}; {REGENERATE}"
    for key, dist in installed.items():
        declared = fields(named[key])
        assert declared.get("Version"), key
        licence = declared.get("Licence", "")
        assert licence and "not declared" not in licence, (
            f"{key}: no licence; read its licence file and add it to DECLARED_BY_HAND"
        )
        for file in dist.files or []:
            if file.name.upper().startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")):
                text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
                assert text.strip() in named[key], f"{key}: {file} is not quoted"


def test_the_fixed_sections_are_there(notices: dict[str, str]) -> None:
    for title, licence in (
        ("Python", "PSF-2.0"),
        ("Qt and PySide6", "LGPL-3.0"),
        ("OpenSSL", "Apache-2.0"),
        ("SQLCipher", "BSD-3-Clause"),
    ):
        assert licence in fields(notices[title])["Licence"], title
    qt = notices["Qt and PySide6"]
    assert "Replacing the Qt libraries" in qt and "/opt/evtdesk/_internal/PySide6/Qt/lib" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt and "GNU GENERAL PUBLIC LICENSE" in qt
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices["Python"]
    assert "Apache License" in notices["OpenSSL"] and "ZETETIC" in notices["SQLCipher"]


def test_the_notices_are_up_to_date(tmp_path: Path) -> None:
    """A fresh run gives the committed file, but for the versions (see above)."""
    fresh = tmp_path / "notices.txt"
    subprocess.run([sys.executable, str(SCRIPT), "--output", str(fresh)], check=True)
    made = fresh.read_text(encoding="utf-8")
    committed = NOTICES.read_text(encoding="utf-8")
    assert without_versions(made) == without_versions(committed), REGENERATE
    # and byte for byte the same file when run twice: sorted, no dates, no local paths
    again = tmp_path / "again.txt"
    subprocess.run([sys.executable, str(SCRIPT), "--output", str(again)], check=True)
    assert again.read_bytes() == fresh.read_bytes()
    assert str(Path.home()) not in made and str(ROOT) not in made


def test_every_build_ships_the_notices() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = project["tool"]["setuptools"]
    assert "evtdesk.resources.licenses" in setuptools["packages"]
    patterns = setuptools["package-data"]["evtdesk.resources.licenses"]
    assert any(fnmatch(NOTICES.name, p) for p in patterns), "the wheel would not carry them"
    spec = (ROOT / "installers" / "pyinstaller" / "evtdesk.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("evtdesk.resources")' in spec and NOTICES.name in spec
    for build in ("linux/build-deb", "macos/build-dmg", "windows/build.ps1"):
        text = (ROOT / "installers" / build).read_text(encoding="utf-8")
        assert "third-party-notices" in text and "--output" in text, build
    deb = (ROOT / "installers" / "linux" / "build-deb").read_text(encoding="utf-8")
    # the notices found in the built folder are what /usr/share/doc/evtdesk/copyright holds
    written = re.search(
        r'^\{\n(.*?)^\} > "\$tree/usr/share/doc/evtdesk/copyright"$', deb, re.M | re.S
    )
    assert written and 'cat "$bundled"' in written.group(1)
    assert re.search(r'^bundled="\$\(find "\$built" -name THIRD-PARTY-NOTICES\.txt', deb, re.M)
    iss = (ROOT / "installers" / "windows" / "evtdesk.iss").read_text(encoding="utf-8")
    assert re.search(r"^Source: .*\\THIRD-PARTY-NOTICES\.txt\"; DestDir: \"\{app\}\"", iss, re.M)
