"""Helpers for tests that drive the real main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.backend import AppBackend
from views.appearance import install_font, install_translators
from views.main_window import MainWindow


def chinese_ui(qapp: QApplication):
    """Module fixture body: the bundled font and Qt's Chinese strings, removed afterwards."""
    install_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the background runner has nothing left and its results were delivered."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    QCoreApplication.processEvents()


def open_window(qtbot, home: Path) -> MainWindow:
    window = MainWindow(AppBackend(home))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.start()
    settle(qtbot, window)
    return window
