"""附件4 联络员: the unit's liaison register, with live checks of phone numbers and e-mail."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.validation.contact import check_email, check_landline, check_mobile
from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, table


class LiaisonPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("附件4 联络员")
        self.editing: int | None = None
        self.model = RowTableModel(
            [
                Column(self.tr("人员类别"), lambda r: r.category_label),
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("职务"), lambda r: r.title),
                Column(self.tr("办公电话"), lambda r: r.office_phone),
                Column(self.tr("移动电话"), lambda r: r.mobile),
                Column(self.tr("传真"), lambda r: r.fax),
                Column(self.tr("电子邮箱"), lambda r: r.email),
            ],
            self,
        )
        self.view = table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.recycle = QCheckBox(self.tr("显示回收站"))
        self.recycle.toggled.connect(self.refresh)

        self.category = QComboBox()
        for value, label in (
            ("leader", self.tr("分管负责人")),
            ("division_head", self.tr("内设处室负责人")),
            ("liaison", self.tr("联络员")),
        ):
            self.category.addItem(label, value)
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.office = QLineEdit()
        self.office.setPlaceholderText("0351-1234567")
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText("13912345678")
        self.fax = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("lianluo@example.gov.cn")
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b91c1c;")
        self.problems.setWordWrap(True)
        for edit in (self.name, self.office, self.mobile, self.fax, self.email):
            edit.textChanged.connect(self._check)
        editor = QGroupBox(self.tr("编辑联络人"))
        form = QFormLayout(editor)
        form.addRow(self.tr("人员类别："), self.category)
        form.addRow(self.tr("姓名："), self.name)
        form.addRow(self.tr("职务："), self.title_edit)
        form.addRow(self.tr("办公电话："), self.office)
        form.addRow(self.tr("移动电话："), self.mobile)
        form.addRow(self.tr("传真："), self.fax)
        form.addRow(self.tr("电子邮箱："), self.email)
        form.addRow(self.problems)

        self.new_button = QPushButton(self.tr("新增"))
        self.new_button.clicked.connect(self.new_contact)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("删除（移入回收站）"))
        self.delete_button.clicked.connect(self.delete)
        self.restore_button = QPushButton(self.tr("从回收站恢复"))
        self.restore_button.clicked.connect(self.restore)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_contact)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.save_button, self.delete_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.recycle)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 2)
        layout.addWidget(editor, 1)
        self.new_contact()

    def refresh(self) -> None:
        deleted = self.recycle.isChecked()
        self.restore_button.setVisible(deleted)
        self.delete_button.setVisible(not deleted)
        self.run(lambda: self.backend.contacts(deleted), self.model.set_rows, self.tr("无法读取联络员名单"))

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        self.editing = row.id
        self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
        for edit, value in (
            (self.name, row.name),
            (self.title_edit, row.title),
            (self.office, row.office_phone),
            (self.mobile, row.mobile),
            (self.fax, row.fax),
            (self.email, row.email),
        ):
            edit.setText(value)

    def new_contact(self) -> None:
        self.editing = None
        self.view.clearSelection()
        for edit in (self.name, self.title_edit, self.office, self.mobile, self.fax, self.email):
            edit.clear()
        self.problems.clear()
        self.name.setFocus()

    def _check(self) -> list[str]:
        """Live checks while typing (the service checks again when saving)."""
        messages = [
            issue.message
            for _value, issues in (
                check_landline(self.office.text(), "办公电话"),
                check_mobile(self.mobile.text()),
                check_landline(self.fax.text(), "传真"),
                check_email(self.email.text()),
            )
            for issue in issues
        ]
        self.problems.setText("\n".join(messages))
        return messages

    def data(self) -> dict[str, str]:
        return {
            "category": str(self.category.currentData()),
            "name": self.name.text(),
            "title": self.title_edit.text(),
            "office_phone": self.office.text(),
            "mobile": self.mobile.text(),
            "fax": self.fax.text(),
            "email": self.email.text(),
        }

    def save(self) -> None:
        data, editing = self.data(), self.editing
        self.run(lambda: self.backend.save_contact(data, editing), self._saved, self.tr("未能保存联络人"))

    def _saved(self, row: Any) -> None:
        self.editing = row.id
        self.problems.clear()
        self.refresh()

    def delete(self) -> None:
        if self.editing is not None:
            contact_id = self.editing
            self.run(
                lambda: self.backend.delete_contact(contact_id),
                lambda _r: (self.new_contact(), self.refresh()),
            )

    def restore(self) -> None:
        if self.editing is not None:
            contact_id = self.editing
            self.run(
                lambda: self.backend.restore_contact(contact_id),
                lambda _r: (self.new_contact(), self.refresh()),
            )
