"""报送包 (provincial): generate the month's package, the revisions sent, receipts and item status."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, stamp, table


class SendDialog(QDialog):
    """SMTP settings for sending a package to the ministry's intake mailbox."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("通过邮件发送报送包"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(25)
        self.sender = QLineEdit()
        self.recipient = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.starttls = QCheckBox(self.tr("使用 STARTTLS 加密连接"))
        form = QFormLayout(self)
        form.addRow(self.tr("发信服务器："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("发件人："), self.sender)
        form.addRow(self.tr("收件人（总局收件邮箱）："), self.recipient)
        form.addRow(self.tr("账号（可选）："), self.user)
        form.addRow(self.tr("密码（可选）："), self.password)
        form.addRow(self.starttls)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> dict[str, Any]:
        return {
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "sender": self.sender.text().strip(),
            "recipient": self.recipient.text().strip(),
            "user": self.user.text().strip() or None,
            "password": self.password.text() or None,
            "starttls": self.starttls.isChecked(),
        }


class PackagesPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("报送包")
        export = QPushButton(self.tr("生成报送包…"))
        export.clicked.connect(self._export)
        receipt = QPushButton(self.tr("导入回执…"))
        receipt.clicked.connect(self._receipt)
        mail = QPushButton(self.tr("通过邮件发送…"))
        mail.clicked.connect(self._send)
        sent = QPushButton(self.tr("登记为已报送…"))
        sent.clicked.connect(self._mark_sent)
        buttons = QHBoxLayout()
        for button in (export, mail, receipt, sent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.revisions = RowTableModel(
            [
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("版本"), lambda r: r.revision, align_right=True),
                Column(self.tr("状态"), lambda r: r.status),
                Column(self.tr("名单条目"), lambda r: self.tr("本月无新增") if r.nil_return else r.items),
                Column(self.tr("审签人"), lambda r: r.signer),
                Column(self.tr("审签时间"), lambda r: stamp(r.signed_at)),
                Column(self.tr("总局接收时间"), lambda r: stamp(r.received_at)),
                Column(self.tr("回执"), lambda r: r.receipt),
                Column(self.tr("文件"), lambda r: r.file_name),
            ],
            self,
        )
        self.items = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("总局处理结果"), lambda r: r.outcome),
                Column(self.tr("当前状态"), lambda r: r.state),
                Column(self.tr("理由"), lambda r: r.reason),
            ],
            self,
        )
        self.revision_view = table(self.revisions)
        self.revision_view.selectionModel().currentRowChanged.connect(self._selected)
        self.item_view = table(self.items)
        self.detail = QLabel(self.tr("选择一个版本查看各条目的处理结果。"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revision_view)
        splitter.addWidget(self.item_view)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.detail)

    def refresh(self) -> None:
        self.run(self.backend.package_revisions, self.revisions.set_rows, self.tr("无法读取报送记录"))

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.revisions.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        self.detail.setText(
            self.tr("第 %1 版（%2）").replace("%1", str(row.revision)).replace("%2", row.period)
        )
        self.run(lambda: self.backend.revision_items(row.id), self.items.set_rows)

    def _export(self) -> None:
        from views.export_wizard import ExportWizard

        wizard = ExportWizard(self.backend, self.runner, self)
        if wizard.exec() and wizard.result is not None:
            QMessageBox.information(
                self,
                self.tr("报送包已生成"),
                self.tr(
                    "已生成第 %1 版报送包：\n%2\n\n可通过电子邮件发送或用存储介质报送；报送后请点“登记为已报送”。"
                )
                .replace("%1", str(wizard.result.revision))
                .replace("%2", str(wizard.result.path)),
            )
            self.refresh()

    def _receipt(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("导入回执"), "", self.tr("总局回执 (*.p7s)"))
        if path:
            source = Path(path)
            self.run(
                lambda: self.backend.import_receipt(source), self._receipt_done, self.tr("回执未通过验证")
            )

    def _receipt_done(self, result: Any) -> None:
        if result.status == "duplicate":
            text = self.tr("该回执已导入过。")
        elif result.status == "superseded":
            text = self.tr("已登记该回执；本单位已报送更新的版本，条目状态以新版本的回执为准。")
        else:
            counts = "，".join(f"{label} {n} 条" for label, n in result.outcomes.items())
            text = self.tr("已导入回执：%1").replace("%1", counts)
            if result.returned:
                text += (
                    "\n\n" + self.tr("退回修改：") + "\n" + "\n".join(f"{n}：{r}" for n, r in result.returned)
                )
        QMessageBox.information(self, self.tr("回执"), text)
        self.refresh()

    def _send(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("选择要发送的报送包"), "", self.tr("报送包 (*.p7m)")
        )
        if not path:
            return
        dialog = SendDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        package, settings = Path(path), dialog.settings()
        self.run(
            lambda: self.backend.send_package(package, settings),
            lambda message_id: (
                QMessageBox.information(
                    self,
                    self.tr("已发送"),
                    self.tr("已发送，邮件标识：%1\n条目状态已更新为“已报送”。").replace("%1", message_id),
                ),
                self.refresh(),
            ),
            self.tr("发送失败"),
        )

    def _mark_sent(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("登记已报送的报送包"), "", self.tr("报送包 (*.p7m)")
        )
        if path:
            source = Path(path)
            self.run(lambda: self.backend.mark_sent(source), lambda _r: self.refresh())
