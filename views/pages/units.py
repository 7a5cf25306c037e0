"""报送单位: the reporting units of the reference data (provincial bureaus, 兵团, coal bureaus, HQ)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout

from views.pages.base import Page
from views.table_models import SORT_ROLE, Column, RowTableModel


class UnitsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("报送单位")
        self.model = RowTableModel(
            [
                Column(self.tr("代码"), lambda u: u.code),
                Column(self.tr("单位名称"), lambda u: u.name),
                Column(self.tr("简称"), lambda u: u.short_name),
                Column(self.tr("类别"), lambda u: u.kind.label),
                Column(self.tr("区划代码"), lambda u: u.region_code or ""),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("筛选单位"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        if self.model.rowCount() == 0:
            self.run(self.backend.reporting_units, self.model.set_rows, self.tr("无法读取报送单位"))
