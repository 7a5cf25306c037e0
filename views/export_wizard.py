"""生成报送包: validation summary (errors block, warnings need confirmation), 审签, output folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from views.messages import show_failure
from views.tasks import TaskRunner

if TYPE_CHECKING:
    from views.api import Backend


def recent_periods(current: str, count: int = 6) -> list[str]:
    year, month = (int(x) for x in current.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out


class CheckPage(QWizardPage):
    def __init__(self, backend: Backend, runner: TaskRunner) -> None:
        super().__init__()
        self.backend, self.runner = backend, runner
        self.preview: Any = None
        self.setTitle(self.tr("校验本期报送内容"))
        self.setSubTitle(self.tr("错误必须改正后才能报送；提醒须确认。"))
        self.period = QComboBox()
        self.period.currentTextChanged.connect(self._load)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.confirm = QCheckBox(self.tr("已阅读以上提醒，确认仍按此内容报送"))
        self.confirm.toggled.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(self.tr("报送期："), self.period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        current = self.backend.working_period(dt.date.today())
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(recent_periods(current))
        self.period.blockSignals(False)
        self._load(current)

    def _load(self, period: str) -> None:
        self.preview = None
        self.summary.setText(self.tr("正在校验…"))
        self.problems.clear()
        self.completeChanged.emit()
        self.runner.submit(
            lambda _h: self.backend.export_preview(period),
            self._show,
            lambda exc, details: show_failure(self, self.tr("校验失败"), exc, details),
        )

    def _show(self, preview: Any) -> None:
        self.preview = preview
        kind = self.tr("本月无新增（零报告）") if preview.nil_return else self.tr("%1 条名单，%2 名有关人员")
        self.summary.setText(
            self.tr("第 %1 版报送包：").replace("%1", str(preview.revision))
            + kind.replace("%1", str(preview.counts["listing_items"])).replace(
                "%2", str(preview.counts["persons"])
            )
        )
        for text in preview.errors:
            self.problems.addItem(self.tr("错误：") + text)
        for text in preview.warnings:
            self.problems.addItem(self.tr("提醒：") + text)
        self.confirm.setVisible(bool(preview.warnings))
        self.confirm.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        p = self.preview
        return p is not None and not p.errors and (not p.warnings or self.confirm.isChecked())


class SignerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("审签"))
        self.setSubTitle(
            self.tr("报送包由本单位主要负责人（或主持工作的负责人）审签，姓名和职务记入报送包和封面。")
        )
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.role = QComboBox()
        self.role.addItems(["主要负责人", "主持工作的负责人"])
        self.folder = QLineEdit(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("审签人姓名："), self.name)
        form.addRow(self.tr("职务："), self.title_edit)
        form.addRow(self.tr("身份："), self.role)
        form.addRow(self.tr("保存到文件夹："), row)
        for edit in (self.name, self.title_edit, self.folder):
            edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存报送包的文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def isComplete(self) -> bool:
        return all(e.text().strip() for e in (self.name, self.title_edit, self.folder))


class ExportWizard(QWizard):
    """Signals (inherited): accepted when the package was written; ``result`` holds the ExportResult."""

    def __init__(self, backend: Backend, runner: TaskRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.backend, self.runner = backend, runner
        self.result: Any = None
        self.setWindowTitle(self.tr("生成报送包"))
        self.check_page = CheckPage(backend, runner)
        self.signer_page = SignerPage()
        self.addPage(self.check_page)
        self.addPage(self.signer_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("审签并生成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(720, 520)

    def accept(self) -> None:
        period = self.check_page.period.currentText()
        s = self.signer_page
        folder, name, title, role = (
            Path(s.folder.text()),
            s.name.text(),
            s.title_edit.text(),
            s.role.currentText(),
        )
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        handle = self.runner.submit(
            lambda h: self.backend.export_package(period, folder, name, title, role, h.report),
            self._written,
            self._failed,
        )
        from views.progress import track

        self.progress = track(self, handle, self.tr("生成报送包"), self.tr("正在生成报送包…"))

    def _written(self, result: Any) -> None:
        self.result = result
        super().accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        show_failure(self, self.tr("未能生成报送包"), exc, details)
