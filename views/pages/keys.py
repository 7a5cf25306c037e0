"""证书与密钥: this installation's keys and certificates, and the actions that create or protect them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from views.pages.base import Page


class KeysPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("证书与密钥")
        self.keyring = QLabel()
        self.keys = QLabel()
        self.own = QLabel()
        self.own_fingerprint = QLabel()
        self.root = QLabel()
        self.keys.setWordWrap(True)
        status = QGroupBox(self.tr("本机状态"))
        form = QFormLayout(status)
        form.addRow(self.tr("口令保管："), self.keyring)
        form.addRow(self.tr("本机私钥："), self.keys)
        form.addRow(self.tr("本单位证书："), self.own)
        form.addRow(self.tr("本单位证书指纹："), self.own_fingerprint)
        form.addRow(self.tr("总局根证书指纹："), self.root)
        warning = QLabel(self.lost_key_warning())
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b45309;")

        self.init_button = QPushButton(self.tr("建立总局根证书…"))
        self.init_button.clicked.connect(self._init_ministry)
        self.trust_button = QPushButton(self.tr("导出信任证书包…"))
        self.trust_button.clicked.connect(self._trust_bundle)
        self.request_button = QPushButton(self.tr("生成证书申请…"))
        self.request_button.clicked.connect(self._request)
        self.install_button = QPushButton(self.tr("安装证书包…"))
        self.install_button.clicked.connect(self._install)
        backup = QPushButton(self.tr("备份密钥…"))
        backup.clicked.connect(self._backup)
        restore = QPushButton(self.tr("恢复密钥…"))
        restore.clicked.connect(self._restore)
        buttons = QHBoxLayout()
        for button in (
            self.init_button,
            self.trust_button,
            self.request_button,
            self.install_button,
            backup,
            restore,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(status)
        layout.addWidget(warning)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def lost_key_warning(self) -> str:
        return self.tr(
            "私钥只保存在本机。如果本机损坏且没有备份：省级版将无法再签发报送包，须向总局重新申请证书；"
            "总局版将无法再打开已发给本机加密证书的报送包。请在建立或安装证书后立即备份密钥，并把备份和备份口令分开保管。"
        )

    def refresh(self) -> None:
        self.run(self.backend.pki_status, self._show, self.tr("无法读取证书状态"))

    def _show(self, status: dict[str, Any]) -> None:
        ministry = status["edition"] == "ministry"
        self.init_button.setVisible(ministry)
        self.trust_button.setVisible(ministry and "root" in status["keys"])
        self.request_button.setVisible(not ministry)
        self.install_button.setVisible(not ministry)
        self.init_button.setEnabled("root" not in status["keys"])
        self.keyring.setText(
            self.tr("系统密钥环（私钥文件的口令随机生成并保存在密钥环中）")
            if status["keyring"]
            else self.tr("无系统密钥环：私钥文件由您的口令保护，每次启动后首次使用时询问")
        )
        self.keys.setText("、".join(status["keys"]) or self.tr("尚无"))
        rows = status["registry"]
        roots = [r for r in rows if r.purpose == "root"]
        self.root.setText(roots[-1].fingerprint if roots else self.tr("尚未安装"))
        own = [r for r in rows if r.purpose == ("ministry_signing" if ministry else "unit_signing")]
        if own:
            r = own[-1]
            state = (
                self.tr("已吊销")
                if r.revoked_at
                else self.tr("有效期至 %1").replace("%1", f"{r.not_after:%Y-%m-%d}")
            )
            self.own.setText(f"{r.subject}（{state}）")
            self.own_fingerprint.setText(r.fingerprint)
        else:
            self.own.setText(self.tr("尚无"))
            self.own_fingerprint.setText("")

    def _done(self, message: str) -> Any:
        def show(_result: Any) -> None:
            QMessageBox.information(self, self.title, message)
            self.refresh()

        return show

    def _init_ministry(self) -> None:
        if QMessageBox.question(
            self,
            self.title,
            self.tr("建立总局根证书、加密证书和回执签名证书？\n\n") + self.lost_key_warning(),
        ) != (QMessageBox.StandardButton.Yes):
            return
        self.run(
            self.backend.pki_init_ministry,
            lambda made: self._done(
                self.tr("已建立。根证书指纹（请与各单位电话核对）：\n%1").replace("%1", made.root_fingerprint)
            )(made),
        )

    def _trust_bundle(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("导出信任证书包"), "信任证书包.pem", self.tr("证书包 (*.pem)")
        )
        if path:
            target = Path(path)
            self.run(
                lambda: self.backend.pki_trust_bundle(target),
                self._done(self.tr("已导出信任证书包。轮换证书后请分发给各单位，在“证书与密钥”中安装。")),
            )

    def _request(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("保存证书申请"), "", self.tr("证书申请 (*.csr)"))
        if path:
            target = Path(path)
            self.run(
                lambda: self.backend.pki_request(target),
                self._done(self.tr("已生成证书申请文件，请交总局办公厅签发。\n\n") + self.lost_key_warning()),
            )

    def _install(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("安装证书包"), "", self.tr("证书包 (*.pem)"))
        if path:
            bundle = Path(path)
            self.run(
                lambda: self.backend.pki_install(bundle),
                lambda done: self._done(
                    self.tr("已安装本单位证书。\n总局根证书指纹：%1\n请与总局办公厅电话核对。").replace(
                        "%1", done.root_fingerprint
                    )
                )(done),
            )

    def _ask_backup_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("备份口令"),
            self.tr("备份口令（至少8个字符，请另行妥善保管）："),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _backup(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("备份密钥"), "", self.tr("密钥备份 (*.zip)"))
        secret = self._ask_backup_passphrase() if path else None
        if path and secret:
            target = Path(path)
            self.run(
                lambda: self.backend.keys_backup(target, secret),
                lambda names: self._done(self.tr("已备份 %1 个私钥。").replace("%1", str(len(names))))(names),
            )

    def _restore(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("恢复密钥"), "", self.tr("密钥备份 (*.zip)"))
        secret = self._ask_backup_passphrase() if path else None
        if path and secret:
            source = Path(path)
            self.run(
                lambda: self.backend.keys_restore(source, secret),
                lambda names: self._done(self.tr("已恢复 %1 个私钥。").replace("%1", str(len(names))))(names),
            )
