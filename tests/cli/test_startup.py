"""Starting `evtdesk` loads only what the command run needs (no timing: sys.modules).

Each check runs in a fresh interpreter, since this test process has long imported
everything.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from evtdesk import cli
from evtdesk.cli import store_commands

HEAVY = ("pyhanko", "reportlab", "sqlalchemy", "alembic", "sqlcipher3", "PySide6")
MODULES = tuple(dict.fromkeys(cli.COMMANDS.values()))


def _heavy_after(code: str) -> set[str]:
    script = (
        "import sys, json, contextlib, io\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    {code}\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_version_imports_nothing_heavy() -> None:
    assert _heavy_after("import evtdesk.cli; evtdesk.cli.main(['--version'])") == set()


@pytest.mark.parametrize("module", MODULES)
def test_registering_a_command_module_imports_nothing_heavy(module: str) -> None:
    assert _heavy_after(f"import evtdesk.cli; evtdesk.cli.build_parser([{module!r}])") == set()


def test_a_command_help_imports_only_its_module() -> None:
    assert _heavy_after("import evtdesk.cli; evtdesk.cli.main(['import', '--help'])") == set()


def test_the_whole_parser_imports_nothing_heavy() -> None:
    assert _heavy_after("import evtdesk.cli; evtdesk.cli.build_parser()") == set()


def test_every_command_is_found_in_the_module_the_table_names() -> None:
    for module in cli.command_modules():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers()
        module.register(commands)
        name = module.__name__.rsplit(".", 1)[1]
        assert {c for c, owner in cli.COMMANDS.items() if owner == name} == set(commands.choices)


def test_the_help_names_the_stores_default_curriculum() -> None:
    from evtdesk.store.logbook import DEFAULT_CURRICULUM

    assert store_commands.DEFAULT_CURRICULUM == DEFAULT_CURRICULUM


def test_an_unknown_command_is_refused_with_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["frobnicate"]) == 2
    assert "import-attestation" in capsys.readouterr().err
