"""Fonts and translations: Chinese renders on a bare machine; English is a Qt Linguist translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

UI_FONT_FILE = ("fonts", "NotoSansSC-Regular.ttf")
UI_FONT_FAMILY = "Noto Sans SC"


def install_font(app: QApplication, point_size: float = 10.0) -> str:
    """Load the bundled CJK font (covers GB 18030 incl. Extension A) and make it the UI font."""
    font_id = QFontDatabase.addApplicationFont(str(resources.path(*UI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = UI_FONT_FAMILY if UI_FONT_FAMILY in families else (families[0] if families else "")
    if family:
        font = QFont(family)
        font.setPointSizeF(point_size)
        app.setFont(font)
    return family


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """zh_CN (default): Qt's own Chinese strings. en: our English catalogue + Qt's English."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language.startswith("zh"):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
            translators.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ours = QTranslator(app)
        if ours.load(str(resources.path("translations", f"creditledger_{language}.qm"))):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    return translators
