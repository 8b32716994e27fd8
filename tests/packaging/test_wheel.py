"""The wheel is what `pip install .` installs: it must run away from the checkout.

Before, curricula and translations were found by walking up from the package to the
checkout's `resources/`, so only an editable install worked. These tests build the wheel
from a copy of the source tree, install it (and nothing else) into a fresh venv that
borrows the already installed dependencies, and run the trainee's first commands from a
folder that has no checkout anywhere above it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from evtdesk.demo import DEMO_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}

pytestmark = pytest.mark.slow


def _ignore(_folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in SKIP or n.endswith((".egg-info", ".pyc"))}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the tree (setuptools builds in place, and a stale
    `build/lib` would slip removed files into the wheel), without network: the build
    backend is the venv's own (`--no-build-isolation`)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=_ignore)
    out = base / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("evtdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with the wheel installed and the test venv's dependencies visible
    through a .pth line (a plain path line: the checkout's editable-install hook, itself
    a .pth file there, is not run, so `evtdesk` can only come from the wheel)."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "evtdesk-test-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    yield folder


def _run(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env |= {"EVTDESK_PASSPHRASE": DEMO_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    command = [str(scripts / args[0]), *args[1:]]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_wheel_carries_every_module_and_the_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        "evtdesk/" + p.relative_to(ROOT / "src" / "evtdesk").as_posix()
        for p in (ROOT / "src" / "evtdesk").rglob("*.py")
    }
    missing = sorted(sources - names)
    assert not missing, (
        f"not in the wheel (add the package to [tool.setuptools] packages): {missing}"
    )
    for data in (
        "curricula/se-evt-2024.toml",
        "i18n/shell_sv.qm",
        "i18n/exchange_sv.qm",
        "icons/evtdesk-16.png",
        "icons/evtdesk.svg",
    ):
        assert f"evtdesk/resources/{data}" in names
    assert not any(n.endswith(".ts") or n.startswith("tests/") for n in names)


def test_demo_and_progress_run_from_the_installed_wheel(venv: Path, tmp_path: Path) -> None:
    where = _run(venv, tmp_path, "python", "-c", "import evtdesk.resources as r; print(r.path())")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(venv), "evtdesk came from the checkout"

    made = _run(venv, tmp_path, "evtdesk", "demo", "demo.evtlog")
    assert made.returncode == 0, made.stderr
    progress = _run(venv, tmp_path, "evtdesk", "progress", "demo.evtlog", "--json")
    assert progress.returncode == 0, progress.stderr
    # The shipped Swedish curriculum was found and evaluated against the demo's entries.
    result = json.loads(progress.stdout)
    assert result["curriculum"]["id"] == "se-evt"
    assert {p["id"]: p["state"] for p in result["parts"]}["PREP"] == "complete"


def test_the_installed_app_finds_its_translations(venv: Path, tmp_path: Path) -> None:
    found = _run(
        venv,
        tmp_path,
        "python",
        "-c",
        "from evtdesk.ui import i18n; print(sorted(p.name for p in i18n.qm_files('sv')))",
    )
    assert found.returncode == 0, found.stderr
    assert "shell_sv.qm" in found.stdout and "panels_sv.qm" in found.stdout
