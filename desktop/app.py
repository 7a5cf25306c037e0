"""Start of the GUI: Qt first, the window painted at once, the database opened in the background.

Only PySide6 and light modules are imported before the first paint; SQLAlchemy, openpyxl and the
services load on the worker thread when the window asks for data.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since the process started (Linux: from /proc; elsewhere: since this import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _T0) * 1000.0


def run_gui(home: str | None, db_url: str | None, smoke_test: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME, __version__
    from desktop.backend import AppBackend
    from desktop.config import load_config, resolve_home
    from views.appearance import install_font, install_translators
    from views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_font(app)
    home_path: Path = resolve_home(home)
    config = load_config(home_path)
    translators = install_translators(app, config.language if config else "zh_CN")
    backend = AppBackend(home_path, db_url)
    window = MainWindow(backend)
    window.translators = translators  # kept alive with the window
    if smoke_test:
        timeout = QTimer(window)
        timeout.setSingleShot(True)
        timeout.timeout.connect(lambda: app.exit(3))
        timeout.start(30_000)

        def painted() -> None:
            print(f"{process_age_ms():.0f}", flush=True)  # noqa: T201 - the smoke test's output
            QTimer.singleShot(0, app.quit)

        window.first_painted.connect(painted)
    # The database opens (and SQLAlchemy loads, on the worker thread) only after the first paint,
    # so that nothing competes with painting the window.
    window.first_painted.connect(
        lambda: QTimer.singleShot(0, lambda: window.start(allow_wizard=not smoke_test))
    )
    window.show()
    code = app.exec()
    window.close()
    return code
