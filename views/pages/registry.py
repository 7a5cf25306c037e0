"""单位证书登记 (ministry): which certificate speaks for which unit; issue and revoke."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, stamp, table

REASONS = {
    "key_compromise": "密钥泄露",
    "superseded": "已被新证书替代",
    "cessation_of_operation": "停止使用",
    "affiliation_changed": "单位变更",
    "unspecified": "其他原因",
}


class RegistryPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("单位证书登记")
        issue = QPushButton(self.tr("根据申请签发证书…"))
        issue.clicked.connect(self._issue)
        revoke = QPushButton(self.tr("吊销所选证书…"))
        revoke.clicked.connect(self._revoke)
        buttons = QHBoxLayout()
        buttons.addWidget(issue)
        buttons.addWidget(revoke)
        buttons.addStretch(1)
        self.model = RowTableModel(
            [
                Column(self.tr("单位"), lambda r: r.unit_code),
                Column(self.tr("用途"), lambda r: r.purpose_label),
                Column(self.tr("证书名称"), lambda r: r.subject),
                Column(self.tr("指纹（SHA-256）"), lambda r: r.fingerprint[:32] + "…"),
                Column(self.tr("有效期至"), lambda r: f"{r.not_after:%Y-%m-%d}"),
                Column(
                    self.tr("吊销"),
                    lambda r: stamp(r.revoked_at) + (f"（{r.revocation_reason}）" if r.revoked_at else ""),
                ),
            ],
            self,
        )
        self.view = table(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.run(
            lambda: self.backend.pki_status()["registry"], self.model.set_rows, self.tr("无法读取证书登记")
        )

    def _issue(self) -> None:
        request, _f = QFileDialog.getOpenFileName(
            self, self.tr("选择证书申请文件"), "", self.tr("证书申请 (*.csr *.pem)")
        )
        if not request:
            return
        units = [u for u in self.backend.edition_units("provincial")]
        labels = [u.label for u in units]
        label, ok = QInputDialog.getItem(self, self.tr("签发证书"), self.tr("申请单位："), labels, 0, False)
        if not ok:
            return
        unit = units[labels.index(label)]
        bundle, _f = QFileDialog.getSaveFileName(
            self, self.tr("保存证书包"), f"{unit.code}-证书包.pem", self.tr("证书包 (*.pem)")
        )
        if not bundle:
            return
        self.run(
            lambda: self.backend.pki_issue(Path(request), unit.code, Path(bundle)),
            lambda issued: self._issued(issued),
            self.tr("签发失败"),
        )

    def _issued(self, issued: Any) -> None:
        QMessageBox.information(
            self,
            self.tr("已签发"),
            self.tr("已为 %1 签发并登记证书，证书包：\n%2\n请将证书包交该单位安装，并电话告知根证书指纹。")
            .replace("%1", issued.unit_code)
            .replace("%2", str(issued.bundle)),
        )
        self.refresh()

    def _revoke(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.data(rows[0], ROW_ROLE)
        labels = list(REASONS.values())
        label, ok = QInputDialog.getItem(
            self,
            self.tr("吊销证书"),
            self.tr("吊销 %1 的证书，原因：").replace("%1", row.unit_code),
            labels,
            0,
            False,
        )
        if not ok:
            return
        reason = list(REASONS)[labels.index(label)]
        self.run(
            lambda: self.backend.pki_revoke(row.fingerprint, reason),
            lambda crl: (
                QMessageBox.information(
                    self,
                    self.tr("已吊销"),
                    self.tr("已吊销。新的吊销列表：\n%1\n请分发给各单位。").replace("%1", str(crl)),
                ),
                self.refresh(),
            ),
            self.tr("吊销失败"),
        )
