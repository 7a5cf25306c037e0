"""事故周报 (ministry): the week's 较大及以上 and typical accidents (附件2, 安监总厅〔2017〕59号).

Monday the statistics department's list is entered or imported; the General Office forwards each
accident to the department of its industry; the department verifies it and its head signs and
returns it by the week's return day (Friday, or the working day the calendar gives).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QTime, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models import reference
from models.annex2 import INVESTIGATION_LEVELS, grade_names, grade_of, match_grade, parse_row
from models.enums import AccidentStatus, UnitKind
from models.validation import parse_decimal
from views.forms import FormDialog, text_edit, text_of
from views.messages import show_failure
from views.pages.base import Page
from views.progress import track
from views.table_models import ROW_ROLE, Column, Index, RowTableModel, table

OVERDUE_BRUSH = QBrush(QColor("#b91c1c"))
ERROR_COLOR, WARNING_COLOR = "#b91c1c", "#92400e"


def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (the feed's intake week)."""
    return day - dt.timedelta(days=day.weekday())


def _department(code: str | None) -> str:
    if not code:
        return ""
    try:
        return reference.unit(code).short_name
    except KeyError:
        return code


def _entry(template: str, entry: Any) -> str:
    """A row of the import report (sheet, row, column, cell, reason) in ``template`` (%1–%4)."""
    column = f"{entry.column}（{entry.cell}）" if entry.cell else entry.column
    return (
        template.replace("%1", entry.sheet)
        .replace("%2", str(entry.row))
        .replace("%3", column)
        .replace("%4", entry.reason)
    )


# ----------------------------------------------------------------------------- the table


class AccidentModel(RowTableModel):
    """Accident rows; overdue rows in red, the grade explained in its tooltip."""

    def __init__(self, columns: Sequence[Column], grade_column: int, parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.grade_column = grade_column

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_BRUSH if self.row_object(index.row()).overdue else None
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == self.grade_column:
            row = self.row_object(index.row())
            tip = self.tr("按493号第三条计算：%1").replace("%1", row.grade_label)
            if row.overridden:
                tip += "\n" + self.tr("更正理由：%1").replace("%1", row.grade_override_reason)
            return tip
        return super().data(index, role)


# ----------------------------------------------------------------------------- dialogs


class _Dialog(FormDialog):
    """A form whose OK stays disabled until every required field is filled."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("", parent=parent)
        self._required: list[QLineEdit | QPlainTextEdit] = []

    def finish(self, *required: QLineEdit | QPlainTextEdit) -> None:  # type: ignore[override]
        self._required = list(required)
        super().finish(*required)

    def ready(self) -> bool:
        return all(text_of(w) for w in self._required)


class AccidentForm(QDialog):
    """The Annex 2 fields of one accident. The grade (493号 Art. 3) and the row's checks follow the
    typing; OK is enabled when the row has no errors (duplicates are refused by the service)."""

    def __init__(self, parent: QWidget | None, row: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("录入事故") if row is None else self.tr("编辑事故 #%1").replace("%1", str(row.id))
        )
        today = QDate.currentDate()
        self.date = QDateEdit(today)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(today)
        self.time = QTimeEdit(QTime(0, 0))
        self.time.setDisplayFormat("HH:mm")
        self.time_unknown = QCheckBox(self.tr("时刻不详"))
        self.time_unknown.toggled.connect(lambda on: self.time.setEnabled(not on))
        self.region = QLineEdit()
        self.region.setMaxLength(6)
        self.region.setPlaceholderText(self.tr("事故发生地6位代码，如 140105"))
        self.place = QLineEdit()
        self.unit = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("可不填"))
        self.industry = QComboBox()
        self.industry.addItem(self.tr("（请选择）"), "")
        for code, name in reference.code_names("industries").items():
            self.industry.addItem(name, code)
        self.category = QComboBox()
        self.category.addItem(self.tr("（未填写）"), "")
        for code, name in reference.code_names("accident_categories").items():
            self.category.addItem(f"{code} {name}", code)
        self.deaths, self.missing, self.injuries = QSpinBox(), QSpinBox(), QSpinBox()
        for spin in (self.deaths, self.missing, self.injuries):
            spin.setRange(0, 9999)
        self.loss = QLineEdit()
        self.loss.setPlaceholderText(self.tr("单位万元；不清楚时留空"))
        self.computed = QLabel()
        self.computed.setStyleSheet("font-weight: bold;")
        self.grade = QComboBox()
        self.grade.addItem(self.tr("（按计算结果）"), "")
        for code, name in grade_names().items():
            self.grade.addItem(name, code)
        self.grade_reason = QLineEdit()
        self.grade_reason.setPlaceholderText(self.tr("等级与计算结果不同时必填"))
        self.typical = QCheckBox(self.tr("典型事故"))
        self.typical_reason = QLineEdit()
        self.summary = text_edit(64, placeholder=self.tr("事故简要经过"))
        self.investigation = QComboBox()
        self.investigation.addItem(self.tr("（未填写）"), "")
        for label in INVESTIGATION_LEVELS.values():
            self.investigation.addItem(label, label)
        self.criteria = QLineEdit()
        self.criteria.setPlaceholderText(self.tr("代码或简称，多项用顿号分隔，如 S01"))
        self.notes = QLineEdit()
        self.problems = QLabel()
        self.problems.setWordWrap(True)

        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        when.addWidget(self.time_unknown)
        left = QFormLayout()
        left.addRow(self.tr("事故发生时间："), when)
        left.addRow(self.tr("行政区划代码："), self.region)
        left.addRow(self.tr("事故发生地点："), self.place)
        left.addRow(self.tr("事故发生单位："), self.unit)
        left.addRow(self.tr("统一社会信用代码："), self.code)
        left.addRow(self.tr("所属行业："), self.industry)
        left.addRow(self.tr("事故类别："), self.category)
        left.addRow(self.tr("调查组织："), self.investigation)
        left.addRow(self.tr("拟纳入联合惩戒建议："), self.criteria)
        right = QFormLayout()
        right.addRow(self.tr("死亡人数："), self.deaths)
        right.addRow(self.tr("下落不明人数："), self.missing)
        right.addRow(self.tr("重伤人数："), self.injuries)
        right.addRow(self.tr("直接经济损失："), self.loss)
        right.addRow(self.tr("按493号计算："), self.computed)
        right.addRow(self.tr("事故等级："), self.grade)
        right.addRow(self.tr("等级调整理由："), self.grade_reason)
        right.addRow(self.typical)
        right.addRow(self.tr("典型理由："), self.typical_reason)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        bottom = QFormLayout()
        bottom.addRow(self.tr("事故简要经过："), self.summary)
        bottom.addRow(self.tr("有关说明："), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        if row is not None:
            self._load(row)
        for edit in (
            self.region, self.place, self.unit, self.code, self.loss, self.grade_reason,
            self.typical_reason, self.criteria, self.notes,
        ):  # fmt: skip
            edit.textChanged.connect(self.check)
        for spin in (self.deaths, self.missing, self.injuries):
            spin.valueChanged.connect(self.check)
        for combo in (self.industry, self.category, self.grade, self.investigation):
            combo.currentIndexChanged.connect(self.check)
        self.date.dateChanged.connect(self.check)
        self.time.timeChanged.connect(self.check)
        self.time_unknown.toggled.connect(self.check)
        self.typical.toggled.connect(self.check)
        self.summary.textChanged.connect(self.check)
        self.check()

    def _load(self, row: Any) -> None:
        occurred = row.occurred_at
        self.date.setDate(QDate(occurred.year, occurred.month, occurred.day))
        self.time.setTime(QTime(occurred.hour, occurred.minute))
        self.time_unknown.setChecked(len(row.occurred_text) <= len("2026-01-01"))
        self.region.setText(row.region_code)
        self.place.setText(row.place)
        self.unit.setText(row.unit_name)
        self.code.setText(row.unit_code)
        self.industry.setCurrentIndex(max(0, self.industry.findData(row.industry)))
        self.category.setCurrentIndex(max(0, self.category.findData(row.category)))
        self.deaths.setValue(row.deaths)
        self.missing.setValue(row.missing)
        self.injuries.setValue(row.serious_injuries)
        self.loss.setText("" if row.direct_loss_wan is None else f"{row.direct_loss_wan:f}")
        if row.overridden:
            self.grade.setCurrentIndex(max(0, self.grade.findData(row.effective_grade)))
            self.grade_reason.setText(row.grade_override_reason)
        self.typical.setChecked(row.typical)
        self.typical_reason.setText(row.typical_reason)
        self.summary.setPlainText(row.summary)
        self.investigation.setCurrentIndex(max(0, self.investigation.findData(row.investigation_label)))
        self.criteria.setText("、".join(row.proposed_criteria))
        self.notes.setText(row.notes)

    def set_values(self, values: dict[str, object]) -> None:
        """Fill the form from :meth:`values` (the form again after a refusal)."""
        day, _sep, clock = str(values["事故发生时间"]).partition(" ")
        self.date.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        self.time_unknown.setChecked(not clock)
        if clock:
            self.time.setTime(QTime.fromString(clock, "HH:mm"))
        for edit, key in (
            (self.region, "行政区划代码"), (self.place, "事故发生地点"), (self.unit, "事故发生单位"),
            (self.code, "统一社会信用代码"), (self.loss, "直接经济损失"), (self.grade_reason, "等级调整理由"),
            (self.typical_reason, "典型理由"), (self.criteria, "拟纳入联合惩戒建议"), (self.notes, "有关说明"),
        ):  # fmt: skip
            edit.setText(str(values[key]))
        for combo, key in (
            (self.industry, "所属行业"), (self.category, "事故类别"), (self.investigation, "调查组织"),
        ):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        self.grade.setCurrentIndex(max(0, self.grade.findText(str(values["事故等级"]))))
        self.deaths.setValue(int(str(values["死亡人数"])))
        self.missing.setValue(int(str(values["下落不明人数"])))
        self.injuries.setValue(int(str(values["重伤人数"])))
        self.typical.setChecked(values["是否典型事故"] == "是")
        self.summary.setPlainText(str(values["事故简要经过"]))

    def answer(self) -> dict[str, object]:
        return self.values()

    def values(self) -> dict[str, object]:
        """The form as an Annex 2 row (template column → value), as the services take it."""
        day = self.date.date().toString("yyyy-MM-dd")
        grade = self.grade.currentText() if self.grade.currentData() else ""
        return {
            "事故发生时间": day
            if self.time_unknown.isChecked()
            else f"{day} {self.time.time().toString('HH:mm')}",
            "行政区划代码": text_of(self.region),
            "事故发生地点": text_of(self.place),
            "事故发生单位": text_of(self.unit),
            "统一社会信用代码": text_of(self.code),
            "所属行业": self.industry.currentData(),
            "事故类别": self.category.currentData(),
            "死亡人数": self.deaths.value(),
            "下落不明人数": self.missing.value(),
            "重伤人数": self.injuries.value(),
            "直接经济损失": text_of(self.loss),
            "事故等级": grade,
            "等级调整理由": text_of(self.grade_reason) if grade else "",
            "是否典型事故": "是" if self.typical.isChecked() else "否",
            "典型理由": text_of(self.typical_reason) if self.typical.isChecked() else "",
            "事故简要经过": text_of(self.summary),
            "调查组织": self.investigation.currentData(),
            "拟纳入联合惩戒建议": text_of(self.criteria),
            "有关说明": text_of(self.notes),
        }

    def check(self) -> None:
        """Recompute the grade and the row's errors and warnings (pure functions, no database)."""
        values = self.values()
        parsed, issues = parse_row(values, dt.date.today(), sheet=self.tr("本表"))
        if parsed is not None:
            result = grade_of(parsed.deaths, parsed.serious_injuries, parsed.direct_loss_wan, parsed.missing)
        else:
            loss, _found = parse_decimal(values["直接经济损失"], "直接经济损失", minimum=0)
            result = grade_of(self.deaths.value(), self.injuries.value(), loss, self.missing.value())
        name = result.name
        self.computed.setText(name + (self.tr("（损失未知，可能更高）") if result.may_be_higher else ""))
        typed = match_grade(self.grade.currentText()) if self.grade.currentData() else None
        self.grade_reason.setEnabled(typed is not None and grade_names()[typed] != name)
        self.typical_reason.setEnabled(self.typical.isChecked())
        lines = [
            f"<span style='color:{ERROR_COLOR if i.is_error else WARNING_COLOR}'>"
            f"{'✘' if i.is_error else '⚠'} {i.message}</span>"
            for i in issues
        ]
        self.problems.setText("<br>".join(lines))
        self.ok_button.setEnabled(parsed is not None)


class GradeDialog(_Dialog):
    """Correct the grade by hand (or back to the computed one); the reason is required."""

    def __init__(self, parent: QWidget | None, row: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更正事故等级"))
        heading = QLabel(
            self.tr("%1：按493号第三条计算为%2，当前为%3。")
            .replace("%1", row.unit_name)
            .replace("%2", row.grade_label)
            .replace("%3", row.effective_grade_label)
        )
        heading.setWordWrap(True)
        self.grade = QComboBox()
        for code, name in grade_names().items():
            self.grade.addItem(name, code)
        self.grade.setCurrentIndex(max(0, self.grade.findData(row.effective_grade)))
        self.reason = text_edit(64, placeholder=self.tr("必须填写理由，如：续报另有7人下落不明"))
        self.form.addRow(heading)
        self.form.addRow(self.tr("事故等级："), self.grade)
        self.form.addRow(self.tr("更正理由："), self.reason)
        self.finish(self.reason)

    def answer(self) -> tuple[str, str]:
        """(grade code, reason)."""
        return self.grade.currentData(), text_of(self.reason)


class ReassignDialog(_Dialog):
    """Send a routed accident to another HQ department, with a reason."""

    def __init__(self, parent: QWidget | None, row: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("改送其他司局"))
        heading = QLabel(
            self.tr("%1：现由%2核实。").replace("%1", row.unit_name).replace("%2", row.department_name)
        )
        heading.setWordWrap(True)
        self.department = QComboBox()
        for unit in reference.reporting_units():
            if unit.kind is UnitKind.HQ_DEPARTMENT and unit.code != row.department_code:
                self.department.addItem(unit.name, unit.code)
        self.reason = text_edit(64, placeholder=self.tr("必须填写理由"))
        self.form.addRow(heading)
        self.form.addRow(self.tr("改送司局："), self.department)
        self.form.addRow(self.tr("改送理由："), self.reason)
        self.finish(self.reason)

    def answer(self) -> tuple[str, str]:
        """(department code, reason)."""
        return self.department.currentData(), text_of(self.reason)


class VerifyDialog(_Dialog):
    """The department's verification (jointly with the province) of the selected accidents."""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("核实事故信息"))
        self.reviewer = QLineEdit()
        self.note = text_edit(64, placeholder=self.tr("如：已会同省应急管理厅核实，信息无误"))
        self.form.addRow(QLabel(self.tr("核实所选的 %1 起事故。").replace("%1", str(count))))
        self.form.addRow(self.tr("核实人："), self.reviewer)
        self.form.addRow(self.tr("核实意见："), self.note)
        self.finish(self.reviewer)

    def answer(self) -> tuple[str, str]:
        """(reviewer, note)."""
        return text_of(self.reviewer), text_of(self.note)


class SignDialog(_Dialog):
    """The department head's signature returning the verified accidents to the General Office."""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("司局审签并返回办公厅"))
        self.name = QLineEdit()
        self.title_edit = QLineEdit(self.tr("司长"))
        self.form.addRow(QLabel(self.tr("审签所选的 %1 起已核实事故。").replace("%1", str(count))))
        self.form.addRow(self.tr("审签人姓名："), self.name)
        self.form.addRow(self.tr("职务："), self.title_edit)
        self.finish(self.name, self.title_edit)

    def answer(self) -> tuple[str, str]:
        """(signer's name, title)."""
        return text_of(self.name), text_of(self.title_edit)


class LinkDialog(_Dialog):
    """Choose the listing item (B01/K1–K3 after the investigation) that stems from the accident."""

    def __init__(self, parent: QWidget | None, row: Any, items: Sequence[Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关联名单条目"))
        self.resize(760, 420)
        self.accident = row
        self.all_items = sorted(items, key=lambda i: (not self._matches(i), -i.id))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按单位名称、信用代码或决定文书筛选"))
        self.search.textChanged.connect(self._filter)
        self.model = RowTableModel(
            [
                Column(self.tr("编号"), lambda i: i.id, align_right=True),
                Column(self.tr("单位名称"), lambda i: i.subject_name),
                Column(self.tr("统一社会信用代码"), lambda i: i.subject_code),
                Column(self.tr("失信行为"), lambda i: i.criteria),
                Column(self.tr("认定日期"), lambda i: i.decision_date),
                Column(self.tr("状态"), lambda i: i.state),
            ],
            self,
        )
        self.view = table(self.model)
        self.view.selectionModel().selectionChanged.connect(self.update_ok)
        self.form.addRow(
            QLabel(self.tr("事故：%1 %2").replace("%1", row.occurred_text).replace("%2", row.unit_name))
        )
        self.form.addRow(self.tr("筛选："), self.search)
        self.form.addRow(self.view)
        self.finish()
        self._filter("")

    def _matches(self, item: Any) -> bool:
        code = self.accident.unit_code
        return bool(code and item.subject_code == code) or item.subject_name == self.accident.unit_name

    def _filter(self, text: str) -> None:
        text = text.strip().upper()
        shown = [
            i
            for i in self.all_items
            if not text
            or any(text in str(v).upper() for v in (i.subject_name, i.subject_code, i.basis_document))
        ]
        self.model.set_rows(shown)
        self.update_ok()

    def answer(self) -> Any:
        """The listing item chosen (an ItemRow), or None."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.answer() is not None)


# ----------------------------------------------------------------------------- the page


class AccidentsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("事故周报")
        self.monday = week_of(dt.date.today())
        self.rows: list[Any] = []
        self._focus: set[int] = set()
        self.last_import: Any = None
        self.last_box: QMessageBox | None = None

        self.week = QDateEdit()
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.editingFinished.connect(lambda: self._week_picked(self.week.date()))
        self.week.calendarWidget().clicked.connect(self._week_picked)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("上一周"))
        self.previous_button.clicked.connect(lambda: self.set_week(self.monday - dt.timedelta(days=7)))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("下一周"))
        self.next_button.clicked.connect(lambda: self.set_week(self.monday + dt.timedelta(days=7)))
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(32)
        self.this_week_button = QPushButton(self.tr("本周"))
        self.this_week_button.clicked.connect(lambda: self.set_week(dt.date.today()))
        self.range_label = QLabel()
        self.due_label = QLabel()
        self.due_label.setStyleSheet("font-weight: bold;")
        self.count_label = QLabel()
        self.count_label.setContentsMargins(0, 0, 8, 0)
        self.import_button = QPushButton(self.tr("导入本周表格…"))
        self.import_button.clicked.connect(self._choose_import)
        self.export_button = QPushButton(self.tr("导出本周表格…"))
        self.export_button.clicked.connect(self._choose_export)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("周（周一）：")))
        top.addWidget(self.previous_button)
        top.addWidget(self.week)
        top.addWidget(self.next_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.range_label)
        top.addSpacing(12)
        top.addWidget(self.due_label)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.enter_button = QPushButton(self.tr("录入事故…"))
        self.enter_button.clicked.connect(lambda: self.enter())
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.edit_button.clicked.connect(self.edit)
        self.grade_button = QPushButton(self.tr("更正等级…"))
        self.grade_button.clicked.connect(self.override_grade)
        self.route_button = QPushButton(self.tr("分送司局"))
        self.route_button.clicked.connect(self.route)
        self.reassign_button = QPushButton(self.tr("改送…"))
        self.reassign_button.clicked.connect(self.reassign)
        self.verify_button = QPushButton(self.tr("核实…"))
        self.verify_button.clicked.connect(self.verify)
        self.sign_button = QPushButton(self.tr("签发返回"))
        self.sign_button.clicked.connect(self.sign)
        self.link_button = QPushButton(self.tr("关联名单条目…"))
        self.link_button.clicked.connect(self.link)
        actions = QHBoxLayout()
        for group in (
            (self.enter_button, self.edit_button, self.grade_button),
            (self.route_button, self.reassign_button, self.verify_button, self.sign_button),
            (self.link_button,),
        ):
            for button in group:
                actions.addWidget(button)
            actions.addSpacing(16)
        actions.addStretch(1)

        self.model = self._model()
        self.view = self._table(self.model)
        self.overdue_model = self._model()
        self.overdue_view = self._table(self.overdue_model)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("本周事故"))
        self.tabs.addTab(self.overdue_view, self.tr("超期未返回"))
        self.tabs.setCornerWidget(self.count_label)
        self.tabs.currentChanged.connect(self._selection_changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.notice)
        self._show_week_controls()
        self._selection_changed()

    def _model(self) -> AccidentModel:
        columns = [
            Column(self.tr("事故发生单位"), lambda r: r.unit_name),
            Column(self.tr("发生时间"), self._when),
            Column(self.tr("地点"), lambda r: r.place),
            Column(self.tr("行业"), lambda r: r.industry_name),
            Column(self.tr("伤亡"), self._casualties),
            Column(self.tr("直接损失"), self._loss, align_right=True),
            Column(self.tr("等级"), self._grade),
            Column(self.tr("承办司局"), lambda r: _department(r.department_code)),
            Column(self.tr("核实状态"), lambda r: r.status_label),
            Column(self.tr("关联"), lambda r: r.linked_items or "", align_right=True),
            Column(self.tr("期限"), self._due),
        ]
        return AccidentModel(columns, 6, self)

    def _when(self, row: Any) -> str:
        """Month, day and time (the week is on screen; the full date is in the detail line)."""
        return row.occurred_text[5:]

    def _casualties(self, row: Any) -> str:
        parts = [self.tr("死%1").replace("%1", str(row.deaths))]
        if row.missing:
            parts.append(self.tr("下落不明%1").replace("%1", str(row.missing)))
        if row.serious_injuries:
            parts.append(self.tr("重伤%1").replace("%1", str(row.serious_injuries)))
        return " ".join(parts)

    def _loss(self, row: Any) -> str:
        if row.direct_loss_wan is None:
            return self.tr("未知")
        return self.tr("%1万元").replace("%1", f"{row.direct_loss_wan.normalize():f}")

    def _grade(self, row: Any) -> str:
        text = row.effective_grade_label
        if row.overridden:
            text += self.tr("（更正）")
        if row.typical:
            text += self.tr("·典型")
        return text

    def _due(self, row: Any) -> str:
        if row.due_on is None:
            return ""
        day = f"{row.due_on:%m-%d}"
        if row.overdue:
            return self.tr("%1 超期").replace("%1", day)
        if row.on_time is True:
            return self.tr("%1 按时").replace("%1", day)
        if row.on_time is False:
            return self.tr("%1 逾期返回").replace("%1", day)
        return day

    def _table(self, model: AccidentModel) -> QTableView:
        view = table(model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.doubleClicked.connect(self.edit)
        header = view.horizontalHeader()
        for column, width in ((0, 150), (2, 100)):  # unit and place: long texts are elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        return view

    # -- the week ---------------------------------------------------------------------------------

    def set_week(self, day: dt.date) -> None:
        """Show the intake week containing ``day``."""
        monday = week_of(day)
        changed, self.monday = monday != self.monday, monday
        self._show_week_controls()
        if changed:
            self.refresh()

    def _show_week_controls(self) -> None:
        self.week.blockSignals(True)
        self.week.setDate(QDate(self.monday.year, self.monday.month, self.monday.day))
        self.week.blockSignals(False)
        sunday = self.monday + dt.timedelta(days=6)
        self.range_label.setText(self.tr("至 %1").replace("%1", sunday.isoformat()))

    def _week_picked(self, date: QDate) -> None:
        self.set_week(dt.date(date.year(), date.month(), date.day()))

    def refresh(self) -> None:
        monday = self.monday
        self.run(
            lambda: (
                monday,
                self.backend.accident_return_due(monday),
                self.backend.accident_week(monday),
                self.backend.accidents_overdue(),
            ),
            self._show,
            self.tr("无法读取事故周报"),
        )

    def _show(self, result: tuple[dt.date, dt.date, list[Any], list[Any]]) -> None:
        monday, due, rows, overdue = result
        if monday != self.monday:  # the user moved on to another week meanwhile
            return
        self.rows = rows
        if not self._focus:  # a plain reload keeps what was selected
            self._focus = {r.id for view in (self.view, self.overdue_view) for r in self._rows_of(view)}
        self.due_label.setText(self.tr("返回期限：%1").replace("%1", due.isoformat()))
        counts = {status: sum(1 for r in rows if r.status == status.value) for status in AccidentStatus}
        self.count_label.setText(
            self.tr("共 %1 起").replace("%1", str(len(rows)))
            + "".join(f"　{s.label} {n}" for s, n in counts.items() if n)
        )
        for view, model, shown in (
            (self.view, self.model, rows),
            (self.overdue_view, self.overdue_model, overdue),
        ):
            model.set_rows(shown)
            self._reselect(view, model)
        this_week = monday == week_of(dt.date.today())
        self.tabs.setTabText(
            0, self.tr("本周事故") if this_week else self.tr("%1 周事故").replace("%1", monday.isoformat())
        )
        self.tabs.setTabText(1, self.tr("超期未返回（%1）").replace("%1", str(len(overdue))))
        self._focus = set()
        self._selection_changed()

    def _reselect(self, view: QTableView, model: AccidentModel) -> None:
        selection = QItemSelection()
        for number in range(model.rowCount()):
            if model.row_object(number).id in self._focus:
                selection.select(model.index(number, 0), model.index(number, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(selection, flags)

    # -- selection --------------------------------------------------------------------------------

    def selected(self) -> list[Any]:
        """The accidents selected in the tab shown, in table order."""
        return self._rows_of(self.overdue_view if self.tabs.currentIndex() == 1 else self.view)

    def _rows_of(self, view: QTableView) -> list[Any]:
        model = view.model()
        return [
            model.data(i, ROW_ROLE)
            for i in sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
        ]

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected()
        statuses = {r.status for r in rows}
        single = len(rows) == 1
        self.edit_button.setEnabled(single)
        self.grade_button.setEnabled(single)
        self.link_button.setEnabled(single)
        self.reassign_button.setEnabled(single and statuses == {AccidentStatus.ROUTED.value})
        self.verify_button.setEnabled(
            bool(rows) and statuses <= {AccidentStatus.ROUTED.value, AccidentStatus.VERIFIED.value}
        )
        self.sign_button.setEnabled(bool(rows) and statuses == {AccidentStatus.VERIFIED.value})
        self.route_button.setEnabled(any(r.status == AccidentStatus.ENTERED.value for r in self.rows))
        self.detail.setText(self._describe(rows[0]) if single else self._hint(rows))

    def _hint(self, rows: list[Any]) -> str:
        if rows:
            return self.tr("已选择 %1 起事故。").replace("%1", str(len(rows)))
        return self.tr(
            "选择一起事故查看简要经过、核实和审签情况；可按住 Ctrl 或 Shift 多选后批量核实、审签。"
        )

    def _describe(self, row: Any) -> str:
        summary = row.summary or self.tr("（未填写简要经过）")
        parts = [f"#{row.id} {row.occurred_text} {row.unit_name}：{summary}"]
        grade = self.tr("按493号计算为%1").replace("%1", row.grade_label)
        if row.overridden:
            grade += (
                self.tr("，更正为%1（%2）")
                .replace("%1", row.effective_grade_label)
                .replace("%2", row.grade_override_reason)
            )
        parts.append(grade + "。")
        if row.typical:
            parts.append(self.tr("典型事故：%1。").replace("%1", row.typical_reason))
        if row.department_name:
            parts.append(self.tr("承办：%1。").replace("%1", row.department_name))
        if row.reviewer:
            parts.append(
                self.tr("%1核实：%2。")
                .replace("%1", row.reviewer)
                .replace("%2", row.verification_note or "—")
            )
        if row.signed_on:
            parts.append(
                self.tr("%1%2于%3审签返回。")
                .replace("%1", row.signer_title)
                .replace("%2", row.signer_name)
                .replace("%3", row.signed_on.isoformat())
            )
        if row.warnings:
            parts.append(self.tr("提醒：") + " ".join(row.warnings))
        return " ".join(parts)

    # -- actions ----------------------------------------------------------------------------------

    def ask(self, dialog: Any) -> Any:
        """Show ``dialog`` modally: its ``answer()`` when the user pressed OK, None when cancelled
        (tests replace this)."""
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _done(self, message: str, ids: Iterable[int] = ()) -> None:
        """Say what was done, then reload the week with the accidents ``ids`` selected."""
        self._focus = set(ids)
        self.notice.setText(message)
        self.refresh()

    def enter(self, values: dict[str, object] | None = None) -> None:
        """录入事故: the form again with what was typed when the service refuses (e.g. a duplicate)."""
        form = AccidentForm(self)
        if values:
            form.set_values(values)
        typed = self.ask(form)
        if typed is None:
            return
        self.runner.submit(
            lambda _h: self.backend.enter_accident(typed),
            lambda row: self._entered(row),
            lambda exc, details: self._retry(
                exc, details, self.tr("未能录入事故"), lambda: self.enter(typed)
            ),
        )

    def _retry(self, exc: BaseException, details: str, title: str, again: Any) -> None:
        show_failure(self, title, exc, details)
        again()

    def _entered(self, row: Any) -> None:
        if row.week_of != self.monday:
            self.monday = row.week_of
            self._show_week_controls()
        self._done(
            self.tr("已录入 #%1 %2，%3。")
            .replace("%1", str(row.id))
            .replace("%2", row.unit_name)
            .replace("%3", row.effective_grade_label),
            [row.id],
        )

    def edit(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        values = self.ask(AccidentForm(self, row))
        if values is None:
            return
        self.run(
            lambda: self.backend.update_accident(row.id, values),
            lambda saved: self._done(self.tr("已保存 #%1 的修改。").replace("%1", str(saved.id)), [saved.id]),
            self.tr("未能保存修改"),
        )

    def override_grade(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        answer = self.ask(GradeDialog(self, row))
        if answer is None:
            return
        grade, reason = answer
        self.run(
            lambda: self.backend.override_accident_grade(row.id, grade, reason),
            lambda saved: self._done(
                self.tr("#%1 的等级为%2。")
                .replace("%1", str(saved.id))
                .replace("%2", saved.effective_grade_label),
                [saved.id],
            ),
            self.tr("未能更正事故等级"),
        )

    def route(self) -> None:
        entered = [r for r in self.rows if r.status == AccidentStatus.ENTERED.value]
        if not entered:
            return
        answer = QMessageBox.question(
            self,
            self.tr("分送司局"),
            self.tr("把 %1 周已录入的 %2 起事故按所属行业分送有关司局核实？")
            .replace("%1", self.monday.isoformat())
            .replace("%2", str(len(entered))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        monday = self.monday
        self.run(lambda: self.backend.route_accidents(monday), self._routed, self.tr("未能分送司局"))

    def _routed(self, result: Any) -> None:
        if not result.routed:
            self._done(self.tr("本周没有待分送的事故。"))
            return
        each = self.tr("%1 %2 起")
        departments = "、".join(
            each.replace("%1", _department(code)).replace("%2", str(n))
            for code, n in result.by_department.items()
        )
        message = (
            self.tr("已分送 %1 起，返回期限 %2：%3。")
            .replace("%1", str(len(result.routed)))
            .replace("%2", result.due_on.isoformat())
            .replace("%3", departments)
        )
        if result.warnings:
            message += " " + "；".join(result.warnings)
        self._done(message, result.routed)

    def reassign(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        answer = self.ask(ReassignDialog(self, row))
        if answer is None:
            return
        code, reason = answer
        self.run(
            lambda: self.backend.reassign_accident(row.id, code, reason),
            lambda saved: self._done(
                self.tr("#%1 已改送%2。").replace("%1", str(saved.id)).replace("%2", saved.department_name),
                [saved.id],
            ),
            self.tr("未能改送"),
        )

    def verify(self) -> None:
        rows = self.selected()
        if not rows:
            return
        answer = self.ask(VerifyDialog(self, len(rows)))
        if answer is None:
            return
        ids, (reviewer, note) = [r.id for r in rows], answer
        self.run(
            lambda: self.backend.verify_accidents(ids, note, reviewer),
            lambda saved: self._done(
                self.tr("已核实 %1 起。").replace("%1", str(len(saved))), [r.id for r in saved]
            ),
            self.tr("未能核实"),
        )

    def sign(self) -> None:
        rows = self.selected()
        if not rows:
            return
        answer = self.ask(SignDialog(self, len(rows)))
        if answer is None:
            return
        ids, (name, title) = [r.id for r in rows], answer
        self.run(lambda: self.backend.sign_accidents(ids, name, title), self._signed, self.tr("未能审签返回"))

    def _signed(self, rows: list[Any]) -> None:
        late = sum(1 for r in rows if r.on_time is False)
        message = self.tr("已审签返回办公厅 %1 起").replace("%1", str(len(rows)))
        message += self.tr("，其中逾期 %1 起。").replace("%1", str(late)) if late else self.tr("，均按时。")
        self._done(message, [r.id for r in rows])

    def link(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        row = rows[0]
        self.run(lambda: self.backend.list_items(""), lambda items: self._choose_item(row, items))

    def _choose_item(self, row: Any, items: list[Any]) -> None:
        item = self.ask(LinkDialog(self, row, items))
        if item is None:
            return
        self.run(
            lambda: self.backend.link_accident_item(row.id, item.id),
            lambda saved: self._done(
                self.tr("#%1 已关联名单条目 %2（%3）。")
                .replace("%1", str(saved.id))
                .replace("%2", str(item.id))
                .replace("%3", item.subject_name),
                [saved.id],
            ),
            self.tr("未能关联名单条目"),
        )

    # -- workbooks --------------------------------------------------------------------------------

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入本周事故表格（附件2）"), "", self.tr("Excel 工作簿 (*.xlsx)")
        )
        if path:
            self.import_workbook(Path(path))

    def import_workbook(self, path: Path) -> None:
        """Import an Annex 2 workbook into this week's feed on the worker, with a progress dialog."""
        handle = self.runner.submit(
            lambda h: self.backend.import_accidents(path, h.report),
            self._imported,
            lambda exc, details: show_failure(self, self.tr("导入失败"), exc, details),
        )
        track(self, handle, self.tr("导入本周表格"), self.tr("正在读取和检查…"))

    def _imported(self, result: Any) -> None:
        self.last_import = result
        lines = [
            self.tr("%1：导入 %2 起（计入 %3 周），重复 %4 起，拒收 %5 行。")
            .replace("%1", result.source.name)
            .replace("%2", str(result.imported))
            .replace("%3", result.week_of.isoformat())
            .replace("%4", str(result.duplicates))
            .replace("%5", str(result.refused_rows))
        ]
        if result.report:
            lines.append(self.tr("错误报告（改正后可直接重新导入）：%1").replace("%1", str(result.report)))
        refused, warned = self.tr("拒收：%1 第%2行 %3：%4"), self.tr("提醒：%1 第%2行 %3：%4")
        details = [_entry(refused, e) for e in result.refused] + [_entry(warned, e) for e in result.warnings]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("导入结果"))
        box.setIcon(QMessageBox.Icon.Warning if result.refused_rows else QMessageBox.Icon.Information)
        box.setText("\n".join(lines))
        if details:
            box.setDetailedText("\n".join(details))
        if result.report:
            report = box.addButton(self.tr("打开错误报告"), QMessageBox.ButtonRole.ActionRole)
            report.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.report))))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        self.last_box = box
        self.monday = result.week_of
        self._show_week_controls()
        self._done(lines[0], result.ids)

    def _choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("导出本周事故表格"),
            self.tr("事故周报_%1.xlsx").replace("%1", self.monday.isoformat()),
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> None:
        monday = self.monday
        self.run(
            lambda: self.backend.export_accidents(monday, target),
            lambda count: self.notice.setText(
                self.tr("已导出 %1 周事故 %2 起：%3")
                .replace("%1", monday.isoformat())
                .replace("%2", str(count))
                .replace("%3", str(target))
            ),
            self.tr("导出失败"),
        )
