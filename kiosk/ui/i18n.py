"""Which language the till speaks and how it writes numbers, money and dates.

The language is the configured one (KioskConfig.language), else the store's locale (set by HQ
for the shop), else the system's. Money and dates follow the store's locale when it is in the
same language (en_IE keeps its euro format), else the language's defaults.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SUPPORTED = ("en", "de")
DEFAULT = "en"


def choose_language(configured: str | None, store_locale: str, system_locale: str) -> str:
    for candidate in (configured, store_locale, system_locale):
        if candidate:
            language = candidate.replace("-", "_").split("_")[0].lower()
            if language in SUPPORTED:
                return language
    return DEFAULT


def formatting_locale(language: str, store_locale: str) -> str:
    if store_locale.split("_", maxsplit=1)[0].lower() == language:
        return store_locale
    return language


def install_translators(app: QCoreApplication, language: str, locale: str) -> list[QTranslator]:
    """Loads our translation and Qt's own (standard dialogs, the on-screen keyboard).

    Keep the returned translators alive as long as the application runs.
    """
    QLocale.setDefault(QLocale(locale))
    installed = []  # English too: its file holds the plural forms ("1 item", "2 items")
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"kiosk_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation in %s; showing English", language, I18N_DIR)
    if language == DEFAULT:
        return installed
    qt = QTranslator(app)
    if qt.load(f"qt_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
