"""红名单与典型案例: red-list proposals (six conditions of 133号) and typical cases, with the ratio of 10号."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import reference
from models.deadlines import working_period
from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, table


class RedListPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("红名单与典型案例")
        self.period = working_period(dt.date.today())
        self.ratio = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b91c1c;")
        self.last_deleted: tuple[str, int] | None = None
        self.undo_button = QPushButton(self.tr("撤销删除（Ctrl+Z）"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        tabs = QTabWidget()
        tabs.addTab(self._red_tab(), self.tr("红名单（守信联合激励对象）"))
        tabs.addTab(self._typical_tab(), self.tr("典型案例"))
        top = QHBoxLayout()
        top.addWidget(self.ratio, 1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems)

    # -- red list ----------------------------------------------------------------------------------

    def _red_tab(self) -> QWidget:
        tab = QWidget()
        self.red = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("公开承诺日期"), lambda r: r.commitment_date),
                Column(self.tr("激励措施"), lambda r: "、".join(r.measures)),
                Column(self.tr("状态"), lambda r: r.state),
            ],
            self,
        )
        self.red_view = table(self.red)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.level = QComboBox()
        self.level.addItems(["一级", "二级", "三级"])
        self.commitment = QDateEdit(QDate.currentDate())
        self.commitment.setCalendarPopup(True)
        self.commitment.setDisplayFormat("yyyy-MM-dd")
        measures = reference.load("measures")  # pure reference data (cached JSON)
        self.condition_boxes = {r["code"]: QCheckBox(r["label"]) for r in measures["red_list_conditions"]}
        self.measure_boxes = {r["code"]: QCheckBox(r["short_label"]) for r in measures["incentive_measures"]}
        form = QFormLayout()
        form.addRow(self.tr("单位名称："), self.name)
        form.addRow(self.tr("统一社会信用代码："), self.code)
        form.addRow(self.tr("安全生产标准化等级："), self.level)
        form.addRow(self.tr("公开承诺日期："), self.commitment)
        conditions = QGroupBox(self.tr("六项条件（须全部具备）"))
        conditions_layout = QVBoxLayout(conditions)
        for box in self.condition_boxes.values():
            conditions_layout.addWidget(box)
        measures = QGroupBox(self.tr("激励措施"))
        measures_layout = QVBoxLayout(measures)
        for box in self.measure_boxes.values():
            measures_layout.addWidget(box)
        add = QPushButton(self.tr("加入红名单"))
        add.clicked.connect(self.add_red)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self._delete("red_list", self.red_view, self.red))
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(conditions, 2)
        row.addWidget(measures, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.red_view, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return tab

    def add_red(self) -> None:
        data = {
            "name": self.name.text(),
            "code": self.code.text(),
            "standardization_level": self.level.currentText(),
            "commitment_date": self.commitment.date().toPython(),
            "conditions": [c for c, box in self.condition_boxes.items() if box.isChecked()],
            "measures": [m for m, box in self.measure_boxes.items() if box.isChecked()],
        }
        period = self.period
        self.run(
            lambda: self.backend.save_red_list(data, period),
            lambda _r: self._saved(),
            self.tr("未能加入红名单"),
        )

    # -- typical cases -----------------------------------------------------------------------------

    def _typical_tab(self) -> QWidget:
        tab = QWidget()
        self.typical = RowTableModel(
            [
                Column(self.tr("案例标题"), lambda r: r.title),
                Column(self.tr("案例简介"), lambda r: r.summary[:60]),
                Column(self.tr("惩戒效果"), lambda r: r.effect[:40]),
            ],
            self,
        )
        self.typical_view = table(self.typical)
        self.case_title = QLineEdit()
        self.case_summary = QPlainTextEdit()
        self.case_summary.setPlaceholderText(self.tr("违法失信事实、采取的联合惩戒措施……"))
        self.case_effect = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("案例标题："), self.case_title)
        form.addRow(self.tr("案例简介："), self.case_summary)
        form.addRow(self.tr("惩戒效果："), self.case_effect)
        add = QPushButton(self.tr("添加典型案例"))
        add.clicked.connect(self.add_typical)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self._delete("typical_case", self.typical_view, self.typical))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.typical_view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return tab

    def add_typical(self) -> None:
        data = {
            "title": self.case_title.text(),
            "summary": self.case_summary.toPlainText(),
            "effect": self.case_effect.text(),
        }
        period = self.period
        self.run(
            lambda: self.backend.save_typical_case(data, period),
            lambda _r: self._saved(),
            self.tr("未能添加典型案例"),
        )

    # -- shared ------------------------------------------------------------------------------------

    def _delete(self, kind: str, view: Any, model: RowTableModel) -> None:
        rows = view.selectionModel().selectedRows()
        if rows:
            entry_id = model.data(rows[0], ROW_ROLE).id

            def deleted(_result: Any) -> None:
                self.last_deleted = (kind, entry_id)
                self.undo_button.show()
                self.refresh()

            self.run(lambda: self.backend.delete_red_entry(kind, entry_id), deleted)

    def undo_delete(self) -> None:
        """Bring the last deleted entry back from the recycle bin (Ctrl+Z)."""
        if self.last_deleted is None:
            return
        kind, entry_id = self.last_deleted
        self.last_deleted = None
        self.undo_button.hide()
        self.run(
            lambda: self.backend.delete_red_entry(kind, entry_id, restore=True), lambda _r: self.refresh()
        )

    def _saved(self) -> None:
        self.problems.clear()
        for edit in (self.name, self.code, self.case_title, self.case_effect):
            edit.clear()
        self.case_summary.clear()
        self.refresh()

    def refresh(self) -> None:
        period = self.period
        self.run(lambda: self.backend.red_list(period), self._show, self.tr("无法读取红名单"))

    def _show(self, state: dict[str, Any]) -> None:
        self.red.set_rows(state["red_list"])
        self.typical.set_rows(state["typical_cases"])
        ratio = state["ratio"]
        self.ratio.setText(
            self.tr("%1 报送期：典型案例 %2 件 / 红黑名单 %3 条 = %4%（安监总厅〔2018〕10号要求不低于50%）")
            .replace("%1", self.period)
            .replace("%2", str(ratio.typical))
            .replace("%3", str(ratio.listed))
            .replace("%4", str(ratio.percent))
        )
        self.ratio.setStyleSheet("color: #15803d;" if ratio.met else "color: #b45309;")
