"""The small input forms the ministry's screens ask with: OK/Cancel, OK enabled only when the form is
complete (a required reason, a name), with the reason shown when there is one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def text_edit(height: int = 70, text: str = "", placeholder: str = "") -> QPlainTextEdit:
    """A few lines of free text (a reason, an opinion); Tab leaves the field."""
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(placeholder)
    return edit


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


class FormDialog(QDialog):
    """A form with OK/Cancel. OK is enabled only while :meth:`ready` holds (by default: while
    :meth:`problem` names nothing); the problem is shown in red above the buttons.

    Subclasses add their rows to ``self.form``, then call :meth:`finish` with the fields whose
    changes should re-check the form.
    """

    def __init__(
        self, title: str, explanation: str = "", parent: QWidget | None = None, *, width: int = 440
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout(self)
        self.intro = QLabel(explanation)
        self.intro.setWordWrap(True)
        if explanation:
            self.form.addRow(self.intro)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b91c1c;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish(self, *watched: QWidget) -> None:
        """Add the hint and the buttons below the fields; re-check whenever a watched field changes."""
        self.form.addRow(self.hint)
        self.form.addRow(self.buttons)
        for widget in watched:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self.check)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.check)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.check)
            else:
                widget.changed.connect(self.check)  # type: ignore[attr-defined]  # e.g. an item chooser
        self.check()

    def problem(self) -> str:
        """What keeps the form from being complete, for the user to read ("" when nothing does)."""
        return ""

    def ready(self) -> bool:
        return not self.problem()

    def check(self) -> None:
        problem = self.problem()
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.ok_button.setEnabled(self.ready())
