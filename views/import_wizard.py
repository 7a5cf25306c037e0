"""The spreadsheet import wizard: choose a workbook (or get the template), preview every row and
cell with its errors and warnings, import the valid rows, then fix the error report and import again.

Reading and checking run on the worker thread with an inline progress bar and a Cancel button;
nothing is stored before the user presses “导入”.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.annex1 import ITEM_HEADERS, ITEM_SHEET, PERSON_HEADERS, PERSON_SHEET
from views.table_models import Column, RowTableModel, table
from views.tasks import TaskHandle, TaskRunner

Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#fecaca"))
WARNING_BRUSH = QBrush(QColor("#fde68a"))
DUPLICATE_BRUSH = QBrush(QColor("#e2e8f0"))
FIXED = 3  # row number, outcome, problems; then the template's columns


class PreviewModel(QAbstractTableModel):
    """Rows of one sheet: row number, outcome, the problems, then the template's columns."""

    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = [h for h in headers if h != "序号"]
        self.rows: list[Any] = []
        self.shown: list[Any] = []
        self.only = ""

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._filter()
        self.endResetModel()

    def set_filter(self, only: str) -> None:
        self.beginResetModel()
        self.only = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        if self.only == "problems":
            self.shown = [r for r in self.rows if r.issues]
        elif self.only:
            self.shown = [r for r in self.rows if r.status == self.only]
        else:
            self.shown = list(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + FIXED

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [self.tr("行"), self.tr("结果"), self.tr("问题")]
        return fixed[section] if section < FIXED else self.headers[section - FIXED]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.shown[index.row()]
        column = index.column()
        header = self.headers[column - FIXED] if column >= FIXED else ""
        issues = [i for i in row.issues if i.column == header] if header else []
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.row
            if column == 1:
                return row.status_label
            if column == 2:
                return "；".join(i.message for i in row.issues)
            return row.values.get(header, "")
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == 1:
                return {"refused": ERROR_BRUSH, "warning": WARNING_BRUSH, "duplicate": DUPLICATE_BRUSH}.get(
                    row.status
                )
            if any(i.severity == "error" for i in issues):
                return ERROR_BRUSH
            if issues:
                return WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            found = issues if header else row.issues
            return "\n".join(i.message for i in found) or None
        return None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("选择要导入的工作簿"))
        self.setSubTitle(
            self.tr(
                "使用附件1导入模板（两个工作表：“附件1”和“有关人员”）；本单位自己的表格只要表头能对应也可以导入。"
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Excel 工作簿（.xlsx）的路径"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("浏览(&B)…"))
        browse.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("下载导入模板(&T)…"))
        self.template_button.clicked.connect(self.save_template)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.template_button)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def source(self) -> Path:
        return Path(self.path.text().strip())

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and text.lower().endswith(".xlsx") and Path(text).is_file()

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入附件1表格"), self.owner.documents(), self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.path.setText(path)

    def save_template(self) -> None:
        default = str(Path(self.owner.documents()) / self.tr("附件1导入模板.xlsx"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存附件1导入模板"), default, self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.owner.write_template(Path(path))


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("预览与校验"))
        self.setSubTitle(
            self.tr("红色为错误（该行不导入），黄色为提醒（照常导入）；鼠标停在单元格上可看说明。")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入可导入的行(&M)"))
        self.preview: Any = None
        self.handle: TaskHandle | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.only = QComboBox()
        for label, value in (
            (self.tr("全部行"), ""),
            (self.tr("有问题的行"), "problems"),
            (self.tr("拒收的行"), "refused"),
            (self.tr("有提醒的行"), "warning"),
            (self.tr("已存在的行"), "duplicate"),
        ):
            self.only.addItem(label, value)
        self.only.currentIndexChanged.connect(self._filter)
        self.items_model = PreviewModel(ITEM_HEADERS, self)
        self.persons_model = PreviewModel(PERSON_HEADERS, self)
        self.tabs = QTabWidget()
        self.items_view = self._view(self.items_model)
        self.persons_view = self._view(self.persons_model)
        self.tabs.addTab(self.items_view, ITEM_SHEET)
        self.tabs.addTab(self.persons_view, PERSON_SHEET)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.cancel_button)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("显示：")))
        top.addWidget(self.only)
        layout = QVBoxLayout(self)
        layout.addLayout(progress)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _view(self, model: PreviewModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(False)
        return view

    def initializePage(self) -> None:
        self.preview = None
        self.items_model.set_rows([])
        self.persons_model.set_rows([])
        source = self.owner.file_page.source()
        self.summary.setText(self.tr("正在读取并校验 %1…").replace("%1", source.name))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.handle = self.owner.runner.submit(
            lambda h: self.owner.backend.preview_xlsx(source, h.report), self._shown, self._failed
        )
        self.handle.progressed.connect(self._progress)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.summary.setText(message)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.handle = None
        self.bar.hide()
        self.cancel_button.hide()
        self.summary.setText(self.tr("无法导入：%1").replace("%1", str(exc)))
        self.summary.setStyleSheet("color: #b91c1c;")
        self.completeChanged.emit()

    def _shown(self, preview: Any) -> None:
        self.handle = None
        self.preview = preview
        self.bar.hide()
        self.cancel_button.hide()
        self.summary.setStyleSheet("")
        items = [r for r in preview.rows if r.kind == ITEM_SHEET]
        persons = [r for r in preview.rows if r.kind == PERSON_SHEET]
        self.items_model.set_rows(items)
        self.persons_model.set_rows(persons)
        text = (
            self.tr(
                "附件1 共 %1 行：可导入 %2 条（其中有提醒 %3 条），拒收 %4 行，已存在 %5 条；有关人员 %6 行，拒收 %7 行。"
            )
            .replace("%1", str(len(items)))
            .replace("%2", str(preview.importable))
            .replace("%3", str(sum(1 for r in items if r.status == "warning")))
            .replace("%4", str(sum(1 for r in items if r.status == "refused")))
            .replace("%5", str(sum(1 for r in items if r.status == "duplicate")))
            .replace("%6", str(len(persons)))
            .replace("%7", str(sum(1 for r in persons if r.status == "refused")))
        )
        if preview.ignored_headers:
            text += self.tr(" 未识别而忽略的列：%1。").replace("%1", "、".join(preview.ignored_headers))
        self.summary.setText(text)
        for view in (self.items_view, self.persons_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), 320 if column == 2 else 220))
        if any(r.issues for r in preview.rows):
            self.only.setCurrentIndex(1)
        self.completeChanged.emit()

    def _filter(self) -> None:
        value = str(self.only.currentData())
        self.items_model.set_filter(value)
        self.persons_model.set_filter(value)

    def isComplete(self) -> bool:
        if self.preview is None:
            return False
        return self.preview.importable > 0 or any(
            r.kind == PERSON_SHEET and r.status in ("ok", "warning") for r in self.preview.rows
        )

    def cleanupPage(self) -> None:
        self.cancel()


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("导入结果"))
        self.result: Any = None
        self.handle: TaskHandle | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(lambda: self.handle.cancel() if self.handle else None)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.report.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.again_button = QPushButton(self.tr("改正后重新导入错误报告(&A)"))
        self.again_button.clicked.connect(self.import_report)
        self.refused = RowTableModel(
            [
                Column(self.tr("工作表"), lambda e: e.sheet),
                Column(self.tr("行"), lambda e: e.row, align_right=True),
                Column(self.tr("列"), lambda e: e.column),
                Column(self.tr("单元格"), lambda e: e.cell),
                Column(self.tr("原因"), lambda e: e.reason),
            ],
            self,
        )
        self.refused_view = table(self.refused)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.cancel_button)
        again = QHBoxLayout()
        again.addWidget(self.again_button)
        again.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.refused_view, 1)
        layout.addWidget(self.report)
        layout.addLayout(again)

    def initializePage(self) -> None:
        self.result = None
        source = self.owner.file_page.source()
        self.summary.setText(self.tr("正在导入 %1…").replace("%1", source.name))
        self.report.clear()
        self.refused.set_rows([])
        self.refused_view.hide()
        self.again_button.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.handle = self.owner.runner.submit(
            lambda h: self.owner.backend.import_xlsx(source, h.report), self._done, self._failed
        )
        self.handle.progressed.connect(
            lambda done, total, _m: (
                (self.bar.setRange(0, max(total, 0)), self.bar.setValue(min(done, total)))
                if total > 0
                else None
            )
        )

    def _failed(self, exc: BaseException, _details: str) -> None:
        self.handle = None
        self.bar.hide()
        self.cancel_button.hide()
        self.summary.setText(self.tr("导入未完成，未保存任何内容：%1").replace("%1", str(exc)))
        self.completeChanged.emit()

    def _done(self, result: Any) -> None:
        self.handle = None
        self.result = result
        self.bar.hide()
        self.cancel_button.hide()
        self.summary.setText(
            self.tr("导入 %1 条名单，重复 %2 条（已存在，未重复导入），有关人员 %3 人，拒收 %4 行。")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.duplicates))
            .replace("%3", str(result.persons))
            .replace("%4", str(result.refused_rows))
        )
        if result.refused:
            self.refused.set_rows(result.refused)
            self.refused_view.show()
        if result.report:
            url = QUrl.fromLocalFile(str(result.report)).toString()
            self.report.setText(
                self.tr("拒收的行已写入错误报告，出错的单元格标红并附说明：")
                + f'<br><a href="{url}">{result.report}</a><br>'
                + self.tr("在 Excel 中改正后保存，再点下面的按钮导入该文件。")
            )
            self.again_button.show()
        self.owner.imported(result)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.handle is None

    def import_report(self) -> None:
        if self.result is not None and self.result.report:
            self.owner.restart_with(Path(self.result.report))


class ImportWizard(QWizard):
    def __init__(
        self, backend: Any, runner: TaskRunner, parent: QWidget | None = None, on_imported: Any = None
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.runner = runner
        self.on_imported = on_imported
        self.setWindowTitle(self.tr("导入附件1表格"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&N) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.resize(1000, 620)

    def documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def write_template(self, target: Path) -> None:
        self.runner.submit(
            lambda _h: self.backend.write_template(target),
            lambda _r: self.file_page.note.setText(self.tr("已保存模板：%1").replace("%1", str(target))),
            lambda exc, _d: self.file_page.note.setText(self.tr("未能保存模板：%1").replace("%1", str(exc))),
        )

    def imported(self, result: Any) -> None:
        if self.on_imported is not None:
            self.on_imported(result)

    def restart_with(self, path: Path) -> None:
        self.restart()
        self.file_page.path.setText(str(path))
        self.next()
