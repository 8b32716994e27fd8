"""Loading the Qt Linguist translations, and switching language at runtime.

Every `resources/i18n/*_<lang>.qm` file is loaded with its own QTranslator (the shell's
and the panels' files alike). Switching removes the old translators and installs the new
ones; Qt then sends every widget a `LanguageChange` event, on which it re-sets its texts
(`retranslate()`), so nothing typed into an open form is lost.

Debug aid (after Vorta's TRANS_SCALE): `EVTDESK_TRANS_SCALE=150` stretches every
translated string to 150 % of its length, to find labels that clip in longer languages.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

import evtdesk.resources as resources  # mapped from resources/: see pyproject
from evtdesk.ui.settings import DEFAULT_LANGUAGE, LANGUAGES

TRANS_SCALE_ENV = "EVTDESK_TRANS_SCALE"


def i18n_dir() -> Path:
    """The compiled translations: package data (`evtdesk.resources`), the checkout's
    `resources/i18n` in an editable install."""
    return resources.path("i18n")


def qm_files(language: str) -> list[Path]:
    return sorted(i18n_dir().glob(f"*_{language}.qm"))


def system_language() -> str:
    """Swedish on a Swedish system, English on every other one — `C.UTF-8` included,
    which Qt names "C" (the same rule as the command line's, `evtdesk.language`)."""
    return "sv" if QLocale.system().name().lower().startswith("sv") else "en"


def _trans_scale() -> int:
    try:
        return int(os.environ.get(TRANS_SCALE_ENV, "100"))
    except ValueError:
        return 100


class _Translator(QTranslator):
    """A QTranslator that can stretch what it returns (EVTDESK_TRANS_SCALE)."""

    def __init__(self, scale: int, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._scale = scale

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if not text:
            # None, not "": Qt takes an empty (non-null) string for a translation, and
            # PySide's tr() walks the class hierarchy while the text is untranslated.
            return None
        return text if self._scale == 100 else _stretch(text, self._scale)


def _stretch(text: str, scale: int) -> str:
    extra = max(0, len(text) * (scale - 100) // 100)
    return text + " " + ("~" * extra) if extra else text


def qt_translator(language: str, parent: QObject) -> QTranslator | None:
    """Qt's own translation (qtbase_<language>.qm, shipped with PySide6) for the file
    dialog, message box buttons and the like; None for English or when it is missing."""
    if language == "en":
        return None
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


class Translations:
    """The installed translators of one application; `switch(lang)` changes them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language == self.language:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        scale = _trans_scale()
        for path in qm_files(language):
            translator = _Translator(scale, self._app)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        qt_own = qt_translator(language, self._app)
        if qt_own is not None:  # Qt's own dialogs and buttons: "Avbryt", "Titta i:"
            self._app.installTranslator(qt_own)
            self._installed.append(qt_own)
        self.language = language
        # Qt posts LanguageChange to every window; deliver it now, so that the switch is
        # complete when this returns (and a test can look at the labels at once).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom,
            )
        )


_current: Translations | None = None


def install(app: QCoreApplication, language: str) -> Translations:
    """Install the translations for `language` on `app` (once per app; later switches
    reuse the same object)."""
    global _current
    if _current is None or _current._app is not app:
        _current = Translations(app)
    _current.switch(language)
    return _current


def current_language() -> str:
    return _current.language if _current else DEFAULT_LANGUAGE
