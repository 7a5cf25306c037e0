"""The outcome of a spreadsheet import: counts, refused cells and warnings, the error report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from views.table_models import Column, RowTableModel


class ImportResultDialog(QDialog):
    def __init__(self, result: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        self.summary = summary = QLabel(
            self.tr("导入 %1 条名单，重复 %2 条（已存在，未重复导入），有关人员 %3 人，拒收 %4 行。")
            .replace("%1", str(result.imported))
            .replace("%2", str(result.duplicates))
            .replace("%3", str(result.persons))
            .replace("%4", str(result.refused_rows))
        )
        summary.setWordWrap(True)
        self.refused_view = self._table(result.refused)
        self.warnings_view = self._table(result.warnings)
        tabs = QTabWidget()
        tabs.addTab(self.refused_view, self.tr("拒收（%1）").replace("%1", str(len(result.refused))))
        tabs.addTab(self.warnings_view, self.tr("提醒（%1）").replace("%1", str(len(result.warnings))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if result.report:
            note = QLabel(
                self.tr("拒收的行已写入错误报告，出错的单元格标红并附说明；改正后可直接导入该文件：")
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            link = QLabel(
                f'<a href="{QUrl.fromLocalFile(str(result.report)).toString()}">{result.report}</a>'
            )
            link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
            layout.addWidget(link)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(900, 480)

    def _table(self, entries: list[Any]) -> QTableView:
        model = RowTableModel(
            [
                Column(self.tr("工作表"), lambda e: e.sheet),
                Column(self.tr("行"), lambda e: e.row, align_right=True),
                Column(self.tr("列"), lambda e: e.column),
                Column(self.tr("单元格"), lambda e: e.cell),
                Column(self.tr("原因"), lambda e: e.reason),
            ],
            self,
        )
        model.set_rows(entries)
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        return view
