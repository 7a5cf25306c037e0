"""附件1名单: every listing item, searchable by name, code or basis document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from views.pages.base import Page
from views.table_models import SORT_ROLE, Column, RowTableModel


class ItemsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("附件1 名单")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按单位名称、统一社会信用代码或认定依据文号查找"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(
                    self.tr("统一社会信用代码"),
                    lambda r: r.subject_code + (self.tr("（旧代码）") if r.legacy_code else ""),
                ),
                Column(self.tr("名单类别"), lambda r: r.tier),
                Column(self.tr("失信行为"), lambda r: r.criteria),
                Column(self.tr("认定日期"), lambda r: r.decision_date),
                Column(self.tr("认定依据文号"), lambda r: r.basis_document),
                Column(self.tr("有关人员"), lambda r: r.persons, align_right=True),
                Column(self.tr("典型案例"), lambda r: r.typical_case),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("状态"), lambda r: r.state),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        text = self.search.text()
        self.run(lambda: self.backend.list_items(text), self._show, self.tr("无法读取名单"))

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        if rows:
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))
            self.table.setColumnWidth(3, min(self.table.columnWidth(3), 260))
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
