"""Progress for long work: appears only after half a second, cancels by flag."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from views.tasks import TaskHandle


def track(parent: QWidget, handle: TaskHandle, title: str, label: str) -> QProgressDialog:
    """A modal progress dialog bound to ``handle``; Cancel asks the task to stop."""
    cancel = QCoreApplication.translate("track", "取消")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, message: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)
            dialog.setValue(0)
        if message:
            dialog.setLabelText(message)

    def finish(*_args: object) -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    handle.progressed.connect(progressed)
    handle.finished.connect(finish)
    handle.failed.connect(finish)
    dialog.canceled.connect(handle.cancel)
    dialog.setValue(0)
    return dialog
