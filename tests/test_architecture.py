"""docs/architecture.md matches the code: every room it names exists, every room that
exists is named, and no module imports across an arrow the table does not list.

The table is the one place a newcomer learns where code goes; a test keeps it from
drifting into a wish. (The core's freedom from Qt at run time is checked by importing it,
in tests/ui_shell/test_shell_core_without_qt.py; here it is checked in the source.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "evtdesk"
DOC = ROOT / "docs" / "architecture.md"
SHARED = {"evtdesk", "__init__", "gc_pause", "language", "resources", "__main__"}


def documented_rooms(text: str) -> dict[str, set[str]]:
    """Room -> the rooms it may import, read from the doc's table."""
    rows = re.findall(r"^\| `([a-z_.]+)` \|[^|]*\| ([^|]*) \|$", text, re.MULTILINE)
    assert rows, "the rooms table in docs/architecture.md was not found"
    core = {room for room, _ in rows if not room.startswith("ui")}
    allowed: dict[str, set[str]] = {}
    for room, imports in rows:
        names = set(re.findall(r"`([a-z_.*]+)`", imports))
        if "every core room" in imports:
            names |= core
        if "ui.*" in names:
            names = (names - {"ui.*"}) | {r for r, _ in rows if r.startswith("ui.")}
        allowed[room] = names - {room}
    return allowed


def room_of(module: Path) -> str:
    """`store` for src/evtdesk/store/chain.py, `ui.panels` for a panel, `ui` for ui/app.py."""
    parts = module.relative_to(PACKAGE).parts
    if len(parts) == 1:
        return parts[0].removesuffix(".py")
    if parts[0] == "ui" and len(parts) > 2:
        return f"ui.{parts[1]}"
    return parts[0]


def target_room(name: str) -> str:
    parts = name.split(".")
    if len(parts) == 1 or not (
        (PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").exists()
    ):
        return "evtdesk"  # `from evtdesk import __version__`
    if parts[1] == "ui" and len(parts) > 2 and (PACKAGE / "ui" / parts[2]).is_dir():
        return f"ui.{parts[2]}"
    return parts[1]


def imports_of(module: Path) -> list[tuple[int, str]]:
    """(line, dotted name) of every evtdesk or Qt import in the module, at any depth
    (imports inside functions count: they run as surely as those at the top)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_room_is_documented_and_every_documented_room_exists():
    allowed = documented_rooms(DOC.read_text(encoding="utf-8"))
    present = {room_of(m) for m in modules()} - SHARED
    assert present - allowed.keys() == set(), "rooms missing from docs/architecture.md"
    assert allowed.keys() - present == set(), "docs/architecture.md names rooms that are gone"


@pytest.mark.parametrize("module", modules(), ids=lambda m: str(m.relative_to(PACKAGE)))
def test_module_imports_only_along_the_documented_arrows(module: Path):
    allowed = documented_rooms(DOC.read_text(encoding="utf-8"))
    room = room_of(module)
    if room in SHARED:
        return
    wrong = []
    for line, name in imports_of(module):
        if name.startswith(("PySide6", "shiboken6")) and not room.startswith("ui"):
            wrong.append(f"line {line}: {name} (the core never imports Qt)")
        if not name.startswith("evtdesk"):
            continue
        target = target_room(name)
        if target != room and target not in SHARED and target not in allowed[room]:
            wrong.append(f"line {line}: {name} ({room} may not import {target})")
        if room.startswith("ui") and re.match(r"evtdesk\.store\.[a-z_]+$", name):
            if not (PACKAGE / "store" / f"{name.split('.')[2]}.py").exists():
                continue  # a name imported from the package, not a module inside it
            wrong.append(f"line {line}: {name} (the UI goes through evtdesk.store)")
    assert wrong == []
