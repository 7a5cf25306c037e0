"""工作日历: which years have holiday data, and the administrator's corrections."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel


class CalendarPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("工作日历")
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.setPrefix(self.tr("年份 "))
        self.year.valueChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.confirm = QPushButton(self.tr("确认本年放假安排已录入完整"))
        self.confirm.clicked.connect(self._confirm_year)

        self.model = RowTableModel(
            [
                Column(self.tr("日期"), lambda o: o.day),
                Column(self.tr("类型"), lambda o: self.tr("工作日") if o.is_workday else self.tr("休息日")),
                Column(self.tr("说明"), lambda o: o.note),
                Column(self.tr("录入人"), lambda o: o.updated_by),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("休息日（放假）"), False)
        self.kind.addItem(self.tr("工作日（调休上班）"), True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("说明，如：春节调休"))
        add = QPushButton(self.tr("添加或修改"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self._remove)
        editor = QGroupBox(self.tr("调整某一天"))
        row = QHBoxLayout(editor)
        for widget in (self.day, self.kind, self.note, add, remove):
            row.addWidget(widget)

        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        top.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(editor)

    def refresh(self) -> None:
        year = self.year.value()
        self.run(lambda: self.backend.calendar_year(year), self._show, self.tr("无法读取工作日历"))

    def _show(self, status: Any) -> None:
        if status.library_knows:
            text = self.tr("%1年的法定节假日与调休安排已内置，可在下方补充个别调整。")
        elif status.confirmed:
            text = self.tr("%1年的放假安排由管理员录入并已确认。")
        else:
            text = self.tr(
                "%1年尚无国务院放假安排数据：期限暂按周一至周五估算。请录入放假日和调休上班日，录完后确认。"
            )
        self.status.setText(text.replace("%1", str(status.year)))
        self.status.setStyleSheet("" if status.complete else "color: #b45309;")
        self.confirm.setVisible(not status.library_knows)
        self.confirm.setEnabled(not status.confirmed)
        self.model.set_rows(status.overrides)

    def _add(self) -> None:
        day = self.day.date().toPython()
        is_workday, note = bool(self.kind.currentData()), self.note.text()
        self.run(lambda: self.backend.set_calendar_day(day, is_workday, note), lambda _r: self._saved())

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        day = self.model.data(rows[0], ROW_ROLE).day
        self.run(lambda: self.backend.remove_calendar_day(day), lambda _r: self._saved())

    def _confirm_year(self) -> None:
        year = self.year.value()
        answer = QMessageBox.question(
            self,
            self.tr("确认"),
            self.tr("确认%1年的放假日和调休上班日已全部录入？确认后不再提示估算。").replace("%1", str(year)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run(lambda: self.backend.confirm_calendar_year(year), lambda _r: self._saved())

    def _saved(self) -> None:
        self.note.clear()
        self.refresh()
