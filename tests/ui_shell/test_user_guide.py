"""Help ▸ User guide (F1): the guide for a trainee and for a supervisor, in the UI's
language, with its screenshots, shipped as package data (issue 23)."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMenu

from evtdesk.ui import help as guide_module
from evtdesk.ui import i18n
from evtdesk.ui.help import UserGuideDialog

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "resources" / "guide"
SCREENSHOTS = ROOT / "docs" / "screenshots"
HEADINGS = {
    "en": ("For the trainee", "For the supervisor"),
    "sv": ("För aspiranten", "För handledaren"),
}


def _markdown(language: str) -> str:
    return (GUIDE / f"guide-{language}.md").read_text(encoding="utf-8")


def _images(language: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", _markdown(language))


def _italics(language: str) -> list[str]:
    """Every *quoted* name, whitespace made single (a name may wrap in the source)."""
    text = re.sub(r"```.*?```|`[^`]*`", "", _markdown(language), flags=re.S)
    spans = re.findall(r"(?<![*\w])\*(?!\*)([^*]+?)\*(?![*\w])", text)
    return [re.sub(r"\s+", " ", span).strip() for span in spans]


def _open_guide(qtbot, window) -> UserGuideDialog:  # type: ignore[no-untyped-def]
    window.act_user_guide.trigger()
    dialog = window.user_guide
    assert isinstance(dialog, UserGuideDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _top_headings(dialog: UserGuideDialog) -> list[str]:
    return [text for level, text, _ in dialog.headings() if level == 2]


def test_f1_opens_the_guide_without_a_logbook(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.session is None
    assert window.act_user_guide.isEnabled()
    help_actions = window.help_menu.actions()
    assert help_actions.index(window.act_user_guide) < help_actions.index(window.act_about)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.user_guide
    assert isinstance(dialog, UserGuideDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same window, not a second one
    assert window.user_guide is dialog
    assert len(window.findChildren(UserGuideDialog)) == 1


def test_english_ui_shows_the_english_guide_with_its_pictures(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_guide(qtbot, window)
    assert dialog.language == "en"
    assert _top_headings(dialog) == list(HEADINGS["en"])
    assert "Export bundle" in dialog.browser.toPlainText()
    images = _images("en")
    assert images
    document = dialog.browser.document()
    for name in images:
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert loaded is not None and not loaded.isNull(), name
        assert loaded.width() <= guide_module.MAX_IMAGE_WIDTH
    assert dialog.contents.count() > 10  # a list of the sections beside the guide


def test_swedish_ui_shows_the_swedish_guide(qtbot, qapp, window) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "sv")
    dialog = _open_guide(qtbot, window)
    assert dialog.language == "sv"
    assert _top_headings(dialog) == list(HEADINGS["sv"])
    assert "Exportera paket" in dialog.browser.toPlainText()
    direct = UserGuideDialog()
    qtbot.addWidget(direct)
    assert direct.language == "sv"
    i18n.install(qapp, "en")  # an open guide follows the switch
    assert dialog.language == "en"
    assert _top_headings(dialog) == list(HEADINGS["en"])


def test_both_guides_have_the_same_sections() -> None:
    def shape(language: str) -> list[str]:
        return re.findall(r"^(#+) ", _markdown(language), flags=re.M)

    assert shape("en") == shape("sv")
    assert len(_images("en")) == len(_images("sv"))


def test_every_picture_is_shipped_and_in_its_language() -> None:
    shipped = {p.name for p in (GUIDE / "images").glob("*.png")}
    used = set()
    for language in ("en", "sv"):
        for name in _images(language):
            assert name.startswith("images/"), name  # relative, found by the search path
            file = name.removeprefix("images/")
            assert file in shipped, f"{name} in guide-{language}.md is not in resources/guide"
            used.add(file)
    assert used == shipped, f"shipped but not used: {sorted(shipped - used)}"
    assert len(shipped) <= 12
    for english, swedish in zip(_images("en"), _images("sv"), strict=True):
        assert "-sv" not in english
        translated = english.replace(".png", "-sv.png")
        expected = translated if (SCREENSHOTS / Path(translated).name).exists() else english
        assert swedish == expected


def _menu_texts(window) -> dict[str, dict[str, QMenu]]:  # type: ignore[no-untyped-def]
    return {
        action.text().replace("&", ""): action.menu()
        for action in window.menuBar().actions()
        if action.menu() is not None
    }


@pytest.mark.parametrize("language", ["en", "sv"])
def test_menu_paths_in_the_guide_are_the_apps(qapp, window, language: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, language)
    menus = _menu_texts(window)
    paths = [span.split(" ▸ ") for span in _italics(language) if " ▸ " in span]
    paths = [path for path in paths if path[0] in menus]
    assert len(paths) >= 15
    for path in paths:
        texts = [a.text().replace("&", "") for a in menus[path[0]].actions()]
        assert path[1] in texts, f"{' ▸ '.join(path)}: the {path[0]} menu has {texts}"


def _app_words(language: str) -> list[str]:
    words = []
    for ts in sorted((ROOT / "resources" / "i18n").glob("*_sv.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            node = message.find("source" if language == "en" else "translation")
            if node is not None and node.text:
                words.append(node.text.replace("&", "").casefold())
    return words


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_quoted_name_is_one_the_app_shows(language: str) -> None:
    words = _app_words(language)
    quoted = [span for span in _italics(language) if " ▸ " not in span]
    assert len(quoted) >= 30
    missing = [span for span in quoted if not any(span.casefold() in w for w in words)]
    assert not missing, f"guide-{language}.md quotes names the app does not show: {missing}"


def test_a_missing_guide_gives_a_sentence(qtbot, window, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(guide_module, "guide_path", lambda _language: tmp_path / "gone.md")
    dialog = _open_guide(qtbot, window)
    shown = dialog.browser.toPlainText()
    assert "not installed" in shown and "gone.md" in shown
    assert not dialog.contents.isVisible()


def test_links_out_of_the_guide_are_not_followed(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _open_guide(qtbot, window)
    assert not dialog.browser.openLinks() and not dialog.browser.openExternalLinks()
    before = dialog.browser.toPlainText()
    for url in ("https://example.org/", "file:///etc/passwd", "mailto:a@b.se"):
        dialog.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert dialog.browser.toPlainText() == before
    assert dialog.browser.source().isEmpty()
    image = QTextDocument.ResourceType.ImageResource.value
    assert dialog.browser.loadResource(image, QUrl("https://example.org/x.png")) is None


def test_the_guide_is_package_data() -> None:
    """Every file of the guide matches a package-data pattern of its package in
    pyproject.toml (the wheel test builds it; this names what is missing)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    for file in GUIDE.rglob("*"):
        if file.is_dir() or "__pycache__" in file.parts:
            continue
        relative = file.relative_to(ROOT / "resources")
        package = ".".join(("evtdesk", "resources", *relative.parent.parts))
        assert package in setuptools["packages"], package
        patterns = setuptools["package-data"].get(package, [])
        assert any(fnmatch(file.name, p) for p in patterns), f"{relative} is not package data"
