"""Baseline for bench/startup.py: a bare PySide6 window, timed from process start to first paint."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.app import process_age_ms


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"{process_age_ms():.0f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1180, 760)
window.show()
sys.exit(app.exec())
