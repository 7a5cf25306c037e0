"""How failures reach the user: a user error shows its message; a bug shows a report to copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import UserError


def show_failure(parent: QWidget | None, title: str, exc: BaseException, details: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(str(exc))
    elif isinstance(exc, OSError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            QCoreApplication.translate("show_failure", "文件操作失败：%1").replace(
                "%1", f"{exc.filename or ''} {exc.strerror or exc}"
            )
        )
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "show_failure", "程序内部错误，操作未完成，已保存的数据不受影响。请把详细信息发给技术支持。"
            )
        )
        box.setDetailedText(details)
    box.exec()
