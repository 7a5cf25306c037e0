"""接收报送包 (ministry): from files, folders, saved e-mails (also by drag and drop) or the mailbox,
with every verification check's result, timeliness, quarantined items and receipts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from views.messages import show_failure
from views.pages.base import Page
from views.progress import track
from views.table_models import ROW_ROLE, Column, RowTableModel, stamp, table

ACCEPTED_SUFFIXES = (".p7m", ".eml")


class MailboxDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从邮箱收取"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl = QCheckBox(self.tr("加密连接（SSL/TLS）"))
        self.ssl.setChecked(True)
        self.ssl.toggled.connect(lambda on: self.port.setValue(993 if on else 143))
        form = QFormLayout(self)
        form.addRow(self.tr("服务器："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("账号："), self.user)
        form.addRow(self.tr("密码："), self.password)
        form.addRow(self.ssl)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class IntakePage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("接收报送包")
        self.setAcceptDrops(True)
        files = QPushButton(self.tr("从文件接收…"))
        files.clicked.connect(self._files)
        folder = QPushButton(self.tr("从文件夹接收…"))
        folder.clicked.connect(self._folder)
        mailbox = QPushButton(self.tr("从邮箱收取…"))
        mailbox.clicked.connect(self._mailbox)
        hint = QLabel(self.tr("也可以把 .p7m 报送包或 .eml 邮件直接拖到此处。"))
        buttons = QHBoxLayout()
        for widget in (files, folder, mailbox, hint):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.revisions = RowTableModel(
            [
                Column(self.tr("报送单位"), lambda r: r.unit_name),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("版本"), lambda r: r.revision, align_right=True),
                Column(self.tr("接收时间"), lambda r: stamp(r.received_at)),
                Column(self.tr("渠道"), lambda r: r.channel),
                Column(self.tr("时效"), lambda r: r.timeliness),
                Column(self.tr("名单条目"), lambda r: self.tr("本月无新增") if r.nil_return else r.items),
                Column(self.tr("隔离"), lambda r: r.quarantined, align_right=True),
                Column(self.tr("状态"), lambda r: r.status),
                Column(self.tr("回执"), lambda r: r.receipt),
            ],
            self,
        )
        self.checks = QListWidget()
        self.items = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("结果"), lambda r: r.outcome),
                Column(self.tr("理由"), lambda r: r.reason),
            ],
            self,
        )
        self.revision_view = table(self.revisions)
        self.revision_view.selectionModel().currentRowChanged.connect(self._selected)
        lower = QSplitter()
        lower.addWidget(self.checks)
        lower.addWidget(table(self.items))
        lower.setSizes([460, 640])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revision_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        self.run(self.backend.package_revisions, self.revisions.set_rows, self.tr("无法读取接收记录"))

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.revisions.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        self.checks.clear()
        for label, ok, detail in row.checks:
            self.checks.addItem(("✔ " if ok else "✘ ") + label + (f"：{detail}" if detail else ""))
        self.run(lambda: self.backend.revision_items(row.id), self.items.set_rows)

    # -- intake ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(ACCEPTED_SUFFIXES) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.receive([Path(u.toLocalFile()) for u in event.mimeData().urls()])

    def _files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("接收报送包"), "", self.tr("报送包或邮件 (*.p7m *.eml)")
        )
        if paths:
            self.receive([Path(p) for p in paths])

    def _folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放报送包的文件夹"))
        if folder:
            self.receive([Path(folder)])

    def receive(self, paths: list[Path]) -> None:
        handle = self.runner.submit(
            lambda h: self.backend.intake_paths(paths, h.report),
            self._received,
            lambda exc, details: show_failure(self, self.tr("接收失败"), exc, details),
        )
        track(self, handle, self.tr("接收报送包"), self.tr("正在解密和验证…"))

    def _mailbox(self) -> None:
        dialog = MailboxDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        host, port, user = dialog.host.text().strip(), dialog.port.value(), dialog.user.text().strip()
        password, use_ssl = dialog.password.text(), dialog.ssl.isChecked()
        handle = self.runner.submit(
            lambda _h: self.backend.intake_imap(host, port, user, password, use_ssl),
            self._received,
            lambda exc, details: show_failure(self, self.tr("收取失败"), exc, details),
        )
        track(self, handle, self.tr("从邮箱收取"), self.tr("正在收取邮件…"))

    def _received(self, results: list[Any]) -> None:
        self.last_results = results
        labels = {
            "imported": self.tr("已接收"),
            "duplicate": self.tr("重复，未导入"),
            "refused": self.tr("拒收"),
        }
        lines = []
        for r in results:
            line = f"【{labels[r.status]}】{r.inspection.file_name}：{r.message}"
            failure = r.inspection.failure
            if r.status == "refused" and failure is not None and failure.detail not in r.message:
                line += f"（{failure.label}：{failure.detail}）"
            lines.append(line)
        if not lines:
            lines.append(self.tr("没有新的报送包。"))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("接收结果"))
        box.setIcon(
            QMessageBox.Icon.Warning
            if any(r.status == "refused" for r in results)
            else QMessageBox.Icon.Information
        )
        box.setText("\n".join(lines))
        box.open()
        self.last_box = box
        self.refresh()
