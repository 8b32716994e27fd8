"""A supervisor judges a bundle by the curriculum version it was made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from evtdesk.curriculum import loader
from evtdesk.exchange.supervisor import curriculum_made_for

SHIPPED = loader.curricula_dir() / "se-evt-2024.toml"


@pytest.fixture
def two_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped Swedish file, and an older version of it asking for fewer EVT."""
    text = SHIPPED.read_text(encoding="utf-8")
    newest = loader.load_file(SHIPPED).version
    older = text.replace(f'version = "{newest}"', 'version = "2024.0"', 1)
    (tmp_path / "se-evt-2024.toml").write_text(text, encoding="utf-8")
    (tmp_path / "se-evt-2024.0.toml").write_text(older, encoding="utf-8")
    monkeypatch.setattr(loader, "curricula_dir", lambda: tmp_path)


@pytest.mark.usefixtures("two_versions")
def test_the_version_named_in_the_manifest_is_used_where_shipped() -> None:
    manifest = {"curriculum": {"id": "se-evt", "version": "2024.0"}}
    assert curriculum_made_for("se-evt", manifest).version == "2024.0"


@pytest.mark.usefixtures("two_versions")
def test_an_unknown_version_falls_back_to_the_newest() -> None:
    newest = loader.load_file(SHIPPED).version
    assert curriculum_made_for("se-evt", {"curriculum": {"version": "1999.1"}}).version == newest
    assert curriculum_made_for("se-evt", None).version == newest


def test_a_curriculum_id_that_is_a_path_is_never_read_from_the_readers_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle naming `easy.toml` (mailed along with it) must not be judged by that file."""
    easy = tmp_path / "easy.toml"
    easy.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for named in ("easy.toml", str(easy)):
        with pytest.raises(loader.CurriculumError, match="no curriculum with id"):
            curriculum_made_for(named, {"curriculum": {"id": named, "version": "1"}})
