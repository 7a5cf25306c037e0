"""Asking for the user's passphrase from the worker thread (only where no OS keyring exists).

The worker calls :meth:`PassphrasePrompt.ask`; a blocking queued signal shows the dialog on the UI
thread and hands the answer back. The answer is kept for the session so the user is asked once.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class PassphrasePrompt(QObject):
    _requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._answer: str | None = None
        self._lock = threading.Lock()
        self._requested.connect(self._ask_on_ui_thread, Qt.ConnectionType.BlockingQueuedConnection)

    def ask(self) -> str | None:
        """Called on the worker thread; blocks until the user answered."""
        with self._lock:
            if self._answer is None:
                self._requested.emit()
            return self._answer

    @Slot()
    def _ask_on_ui_thread(self) -> None:
        text, ok = QInputDialog.getText(
            self._parent,
            self.tr("输入口令"),
            self.tr("本机没有可用的系统密钥环。请输入保护本机私钥和数据密钥的口令："),
            QLineEdit.EchoMode.Password,
        )
        self._answer = text if ok and text else None
