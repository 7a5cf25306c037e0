"""移出与异议 (ministry): the provinces' Annex 3 removal cases through department review, the
leader's approval and removal in a published batch; the terms ending soon and the provinces late
with their paperwork; early removal (信用修复) where the rule pack allows it; objections (异议)
registered, verified and decided with reasons.

Every action opens a small form whose OK button stays disabled until the required fields are
filled; whatever the services still refuse is shown with their Chinese message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from models.enums import ObjectionDecision
from views.forms import FormDialog, date_edit, text_edit
from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, table

Search = Callable[[str, Callable[[list[Any]], None]], None]


def _detail_label() -> QLabel:
    """The selected row's long texts in full, under a table."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _multi(view: QTableView) -> QTableView:
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return view


def _chosen(view: QTableView) -> list[Any]:
    """The row objects selected in ``view``, top to bottom."""
    rows = sorted(index.row() for index in view.selectionModel().selectedRows())
    model = view.model()
    return [model.data(model.index(row, 0), ROW_ROLE) for row in rows]


class TipModel(RowTableModel):
    """A row table whose cells also give their whole text as a tooltip (long opinions are cut)."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class ItemChooser(QWidget):
    """Find an item on the published list by unit name, USCC or basis document and pick one."""

    changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("单位名称、统一社会信用代码或认定依据文号"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.find)
        find = QPushButton(self.tr("查找"))
        find.setAutoDefault(False)
        find.clicked.connect(self.find)
        self.model = TipModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("状态"), lambda r: r.state_label),
                Column(self.tr("公布日期"), lambda r: r.published_on),
                Column(self.tr("期满日期"), lambda r: r.expires_on),
            ],
            self,
        )
        self.view = table(self.model)
        self.view.setMinimumHeight(160)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(find)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.find()

    def find(self) -> None:
        self._search(self.text.text().strip(), self._show)

    def _show(self, rows: list[Any]) -> None:
        if not isValid(self):  # the dialog was closed while the search ran
            return
        self.model.set_rows(rows)
        if len(rows) == 1:
            self.view.selectRow(0)
        self.changed.emit()

    def chosen(self) -> Any | None:
        rows = _chosen(self.view)
        return rows[0] if rows else None


class DecisionDialog(FormDialog):
    """A yes/no decision on the selected records, who takes it, and the opinion or reason."""

    def __init__(
        self,
        title: str,
        heading: str,
        choices: tuple[str, str],
        person: str,
        text: str,
        *,
        text_optional_when_yes: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent=parent, width=0)
        self._optional = text_optional_when_yes
        self.choice = QComboBox()
        self.choice.addItem(choices[0], True)
        self.choice.addItem(choices[1], False)
        self.person = QLineEdit()
        self.text = text_edit()
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.form.addRow(self.heading)
        self.form.addRow(self.tr("决定："), self.choice)
        self.form.addRow(person, self.person)
        self.form.addRow(text, self.text)
        self.finish(self.choice, self.person, self.text)

    def ready(self) -> bool:
        written = bool(self.text.toPlainText().strip()) or (self._optional and self.choice.currentData())
        return bool(self.person.text().strip()) and written

    def values(self) -> tuple[bool, str, str]:
        return bool(self.choice.currentData()), self.person.text().strip(), self.text.toPlainText().strip()


class TextDialog(FormDialog):
    """One required text: the verification arrangements, a revocation's reason."""

    def __init__(self, title: str, heading: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent=parent, width=0)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.text = text_edit(90)
        self.form.addRow(self.heading)
        self.form.addRow(label, self.text)
        self.finish(self.text)

    def ready(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def value(self) -> str:
        return self.text.toPlainText().strip()


class RemovalDialog(FormDialog):
    """执行移出: the removal date and the title of the removal list published as a batch."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("执行移出"), parent=parent, width=0)
        self.removed_on = date_edit()
        self.batch_title = QLineEdit()
        self.batch_title.setPlaceholderText(self.tr("如：2026年第11批移出名单"))
        heading = QLabel(
            self.tr("将 %1 条已审定同意的名单移出，并作为一批移出名单公布。").replace("%1", str(count))
        )
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.form.addRow(self.tr("移出日期："), self.removed_on)
        self.form.addRow(self.tr("移出名单批次："), self.batch_title)
        self.finish(self.batch_title)

    def ready(self) -> bool:
        return bool(self.batch_title.text().strip())

    def values(self) -> tuple[dt.date, str]:
        return self.removed_on.date().toPython(), self.batch_title.text().strip()


class ObjectionDialog(FormDialog):
    """登记异议: the item objected to, when, by whom, through which channel, and what is disputed."""

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记异议"), parent=parent, width=0)
        self.resize(760, 560)
        self.chooser = ItemChooser(search)
        self.raised_on = date_edit()
        self.raised_by = QLineEdit()
        self.raised_by.setPlaceholderText(self.tr("提出异议的单位或个人"))
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems([self.tr("书面"), self.tr("电子邮件"), self.tr("电话"), self.tr("来访")])
        self.content = text_edit(90)
        self.form.addRow(self.tr("名单条目："), self.chooser)
        self.form.addRow(self.tr("登记日期："), self.raised_on)
        self.form.addRow(self.tr("异议人："), self.raised_by)
        self.form.addRow(self.tr("提出方式："), self.channel)
        self.form.addRow(self.tr("异议内容："), self.content)
        self.finish(self.chooser, self.raised_by, self.content)

    def ready(self) -> bool:
        return (
            self.chooser.chosen() is not None
            and bool(self.raised_by.text().strip())
            and bool(self.content.toPlainText().strip())
        )

    def values(self) -> tuple[int, dt.date, str, str, str]:
        item = self.chooser.chosen()
        assert item is not None
        return (
            item.item_id,
            self.raised_on.date().toPython(),
            self.raised_by.text().strip(),
            self.content.toPlainText().strip(),
            self.channel.currentText().strip(),
        )


class ObjectionDecisionDialog(FormDialog):
    """作出决定: dismissed, upheld with corrections, or upheld and removed; always with a reason."""

    CORRECTABLE = ("summary", "remarks", "measures_note")

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("异议处理决定"), parent=parent, width=0)
        self.resize(620, 480)
        self.decision = QComboBox()
        for decision in ObjectionDecision:
            self.decision.addItem(decision.label, decision.value)
        self.decided_by = QLineEdit()
        self.reason = text_edit()
        labels = {
            "summary": self.tr("失信行为简况："),
            "remarks": self.tr("备注："),
            "measures_note": self.tr("惩戒措施说明："),
        }
        self.corrections = {key: text_edit(50) for key in self.CORRECTABLE}
        self.correction_box = QGroupBox(self.tr("更正后的内容（只填需要更正的项）"))
        box_form = QFormLayout(self.correction_box)
        for key in self.CORRECTABLE:
            box_form.addRow(labels[key], self.corrections[key])
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.form.addRow(self.heading)
        self.form.addRow(self.tr("处理决定："), self.decision)
        self.form.addRow(self.tr("决定人："), self.decided_by)
        self.form.addRow(self.tr("处理理由："), self.reason)
        self.form.addRow(self.correction_box)
        self.decision.currentIndexChanged.connect(self._corrections_shown)
        self._corrections_shown()
        self.finish(self.decision, self.decided_by, self.reason)

    def _corrections_shown(self) -> None:
        self.correction_box.setEnabled(self.decision.currentData() == ObjectionDecision.CORRECTED.value)

    def ready(self) -> bool:
        return bool(self.decided_by.text().strip() and self.reason.toPlainText().strip())

    def values(self) -> tuple[str, str, str, dict[str, str]]:
        decision = str(self.decision.currentData())
        corrections = (
            {key: edit.toPlainText().strip() for key, edit in self.corrections.items()}
            if decision == ObjectionDecision.CORRECTED.value
            else {}
        )
        return decision, self.reason.toPlainText().strip(), self.decided_by.text().strip(), corrections


class RepairDialog(FormDialog):
    """信用修复申请: the listed item, the application date and the grounds."""

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记提前移出（信用修复）申请"), parent=parent, width=0)
        self.resize(760, 520)
        self.chooser = ItemChooser(search)
        self.applied_on = date_edit()
        self.reason = text_edit(90)
        self.reason.setPlaceholderText(self.tr("整改、履行法定义务、作出信用承诺等情况"))
        self.form.addRow(self.tr("名单条目："), self.chooser)
        self.form.addRow(self.tr("申请日期："), self.applied_on)
        self.form.addRow(self.tr("申请理由："), self.reason)
        self.finish(self.chooser, self.reason)

    def ready(self) -> bool:
        return self.chooser.chosen() is not None and bool(self.reason.toPlainText().strip())

    def values(self) -> tuple[int, dt.date, str]:
        item = self.chooser.chosen()
        assert item is not None
        return item.item_id, self.applied_on.date().toPython(), self.reason.toPlainText().strip()


class MinistryRemovalsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("移出与异议")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #166534;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._cases_tab(), self.tr("移出审核"))
        self.tabs.addTab(self._expiring_tab(), self.tr("即将期满"))
        self.tabs.addTab(self._repairs_tab(), self.tr("信用修复"))
        self.tabs.addTab(self._objections_tab(), self.tr("异议"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

    def ask(self, dialog: QDialog) -> bool:
        """Show a form modally; True if the user confirmed it (its values stay readable until the
        event loop runs again)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def refresh(self) -> None:
        self.load_cases()
        self.load_expiring()
        self.load_repairs()
        self.load_objections()

    def search_listed(self, text: str, done: Callable[[list[Any]], None]) -> None:
        self.run(lambda: self.backend.listed_items(text), done, self.tr("无法查找名单条目"))

    def _act(self, fn: Callable[[], Any], message: str, title: str) -> None:
        """Run one action off the UI thread; on success say so and reload every tab."""
        self.notice.clear()
        self.run(fn, lambda _result: (self.notice.setText(message), self.refresh()), title)

    # -- 移出审核 ----------------------------------------------------------------------------------

    def _cases_tab(self) -> QWidget:
        self.case_status = QComboBox()
        self.case_status.addItem(self.tr("全部状态"), "")
        for status, label in (
            ("received", self.tr("待司局审核")),
            ("dept_reviewed", self.tr("司局已审核，待分管领导审定")),
            ("approved", self.tr("已审定同意移出，待移出")),
            ("refused", self.tr("审定不同意移出")),
            ("removed", self.tr("已移出")),
        ):
            self.case_status.addItem(label, status)
        self.case_status.currentIndexChanged.connect(self.load_cases)
        self.case_count = QLabel()
        self.cases = TipModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("公布日期"), lambda r: r.published_on),
                Column(self.tr("期满日期"), lambda r: r.expires_on),
                Column(self.tr("状态"), lambda r: r.status_label),
                Column(self.tr("承办司局"), lambda r: r.department),
                Column(self.tr("省级审核意见"), self._province_opinion),
                Column(self.tr("意见"), self._case_opinion),
            ],
            self,
        )
        self.case_view = _multi(table(self.cases))
        header = self.case_view.horizontalHeader()
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(7, 240)
        self.case_view.selectionModel().selectionChanged.connect(self._case_selected)
        self.case_detail = _detail_label()
        self.review_button = QPushButton(self.tr("部门审核意见…"))
        self.review_button.clicked.connect(self.review_cases)
        self.approve_button = QPushButton(self.tr("领导审定…"))
        self.approve_button.clicked.connect(self.approve_cases)
        self.remove_button = QPushButton(self.tr("执行移出…"))
        self.remove_button.clicked.connect(self.remove_cases)

        explain = QLabel(
            self.tr(
                "各省报送的移出审核结果（附件3）：承办司局审核 → 分管领导审定 → 办公厅执行移出并公布移出名单。"
                "可按住 Ctrl 或 Shift 多选，同一步骤的事项一并办理。"
            )
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explain, 1)
        top.addWidget(self.case_status)
        top.addWidget(self.case_count)
        buttons = QHBoxLayout()
        for button in (self.review_button, self.approve_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.case_view, 1)
        layout.addWidget(self.case_detail)
        layout.addLayout(buttons)
        self._case_selected()
        return tab

    def _province_opinion(self, row: Any) -> str:
        opinion = f"{row.province_opinion}（{row.subject_status}）"
        if row.reoffended:
            opinion += self.tr("（管理期内再次失信）")
        return f"{opinion}：{row.province_reason}" if row.province_reason else opinion

    def _case_opinion(self, row: Any) -> str:
        parts = [row.dept_opinion] if row.dept_opinion else []
        if row.approved_by:
            parts.append(self.tr("分管领导：%1").replace("%1", row.approved_by))
        if row.removed_on:
            parts.append(self.tr("%1 移出").replace("%1", row.removed_on.isoformat()))
        return "；".join(parts)

    def load_cases(self) -> None:
        status = str(self.case_status.currentData())
        self.run(lambda: self.backend.removal_cases(status), self._show_cases, self.tr("无法读取移出审核"))

    def _show_cases(self, rows: list[Any]) -> None:
        self.cases.set_rows(rows)
        self.case_count.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        self._case_selected()

    def _case_selected(self) -> None:
        """Enable the step all selected cases are at; show the first one's opinions in full."""
        rows = _chosen(self.case_view)
        statuses = {row.status for row in rows}
        self.review_button.setEnabled(statuses == {"received"})
        self.approve_button.setEnabled(statuses == {"dept_reviewed"})
        self.remove_button.setEnabled(statuses == {"approved"})
        if not rows:
            self.case_detail.setText(self.tr("选择一条或多条移出审核事项后办理。"))
            return
        row = rows[0]
        self.case_detail.setText(
            self.tr("%1（%2）\n省级审核意见：%3\n司局审核意见（%4）：%5")
            .replace("%1", row.subject_name)
            .replace("%2", row.status_label)
            .replace("%3", self._province_opinion(row))
            .replace("%4", row.department)
            .replace("%5", self._case_opinion(row) or self.tr("尚未审核"))
        )

    def _heading(self, rows: list[Any]) -> str:
        names = "、".join(r.subject_name for r in rows[:3])
        more = self.tr("等 %1 条").replace("%1", str(len(rows))) if len(rows) > 3 else ""
        return f"{names}{more}"

    def review_cases(self) -> None:
        rows = _chosen(self.case_view)
        if not rows:
            return
        dialog = DecisionDialog(
            self.tr("部门审核意见"),
            self._heading(rows),
            (self.tr("同意移出"), self.tr("不同意移出")),
            self.tr("审核人："),
            self.tr("审核意见："),
            parent=self,
        )
        if not self.ask(dialog):
            return
        agree, reviewer, opinion = dialog.values()
        ids = [r.id for r in rows]
        self._act(
            lambda: self.backend.review_removal_cases(ids, agree, opinion, reviewer),
            self.tr("已记录 %1 条的司局审核意见，待分管领导审定。").replace("%1", str(len(ids))),
            self.tr("未能记录审核意见"),
        )

    def approve_cases(self) -> None:
        rows = _chosen(self.case_view)
        if not rows:
            return
        dialog = DecisionDialog(
            self.tr("分管领导审定"),
            self._heading(rows),
            (self.tr("同意移出"), self.tr("不同意移出")),
            self.tr("分管领导："),
            self.tr("意见（不同意须写明理由）："),
            text_optional_when_yes=True,
            parent=self,
        )
        if not self.ask(dialog):
            return
        approved, leader, note = dialog.values()
        ids = [r.id for r in rows]
        self._act(
            lambda: self.backend.approve_removal_cases(ids, approved, leader, note),
            self.tr("已记录 %1 条的审定结果。").replace("%1", str(len(ids))),
            self.tr("未能记录审定结果"),
        )

    def remove_cases(self) -> None:
        rows = _chosen(self.case_view)
        if not rows:
            return
        dialog = RemovalDialog(len(rows), self)
        if not self.ask(dialog):
            return
        removed_on, title = dialog.values()
        ids = [r.id for r in rows]
        self._act(
            lambda: self.backend.execute_removals(ids, removed_on, title),
            self.tr("已移出 %1 条，移出名单“%2”已生成。").replace("%1", str(len(ids))).replace("%2", title),
            self.tr("未能执行移出"),
        )

    # -- 即将期满 ----------------------------------------------------------------------------------

    def _expiring_tab(self) -> QWidget:
        self.within = QSpinBox()
        self.within.setRange(0, 3650)
        self.within.setValue(60)
        self.within.setPrefix(self.tr("期满在 "))
        self.within.setSuffix(self.tr(" 天内（含已期满）"))
        self.within.valueChanged.connect(self.load_expiring)
        self.expiring_summary = QLabel()
        self.expiring = TipModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("期满日期"), lambda r: r.expires_on),
                Column(self.tr("距期满"), self._days_left, align_right=True),
                Column(self.tr("移出材料截止"), lambda r: r.removal_due_on),
                Column(self.tr("移出审核结果"), lambda r: r.case_status),
                Column(self.tr("督办"), lambda r: self.tr("逾期未报，请督促") if r.paperwork_overdue else ""),
            ],
            self,
        )
        self.expiring_view = table(self.expiring)
        explain = QLabel(
            self.tr("省级单位须在管理期满前10个工作日报送移出审核结果（附件3）；逾期未报的列入督办。")
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explain, 1)
        top.addWidget(self.within)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.expiring_view, 1)
        layout.addWidget(self.expiring_summary)
        return tab

    def _days_left(self, row: Any) -> str:
        if row.days_to_expiry < 0:
            return self.tr("已期满 %1 天").replace("%1", str(-row.days_to_expiry))
        return self.tr("%1 天").replace("%1", str(row.days_to_expiry))

    def load_expiring(self) -> None:
        days = self.within.value()
        self.run(lambda: self.backend.expiring_items(days), self._show_expiring, self.tr("无法读取期满清单"))

    def _show_expiring(self, rows: list[Any]) -> None:
        self.expiring.set_rows(rows)
        received = sum(1 for r in rows if r.case_received)
        overdue = sum(1 for r in rows if r.paperwork_overdue)
        self.expiring_summary.setText(
            self.tr("共 %1 条；已收到移出审核结果 %2 条；逾期未报 %3 条。")
            .replace("%1", str(len(rows)))
            .replace("%2", str(received))
            .replace("%3", str(overdue))
        )

    # -- 信用修复 ----------------------------------------------------------------------------------

    def _repairs_tab(self) -> QWidget:
        self.repairs = TipModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("规则包"), lambda r: r.rule_pack),
                Column(self.tr("申请日期"), lambda r: r.applied_on),
                Column(self.tr("可申请日期"), lambda r: r.eligible_from),
                Column(self.tr("状态"), lambda r: r.status_label),
                Column(self.tr("决定人"), lambda r: r.decided_by),
                Column(self.tr("决定日期"), lambda r: r.decided_on),
                Column(
                    self.tr("理由"),
                    lambda r: (
                        f"{r.reason}；{self.tr('撤销理由：')}{r.revoke_reason}"
                        if r.revoke_reason
                        else r.reason
                    ),
                ),
            ],
            self,
        )
        self.repair_view = table(self.repairs)
        self.repair_view.selectionModel().selectionChanged.connect(self._repair_selected)
        self.repair_detail = _detail_label()
        self.apply_button = QPushButton(self.tr("登记提前移出申请…"))
        self.apply_button.clicked.connect(self.apply_repair)
        self.decide_repair_button = QPushButton(self.tr("作出决定…"))
        self.decide_repair_button.clicked.connect(self.decide_repair)
        self.revoke_button = QPushButton(self.tr("撤销提前移出…"))
        self.revoke_button.clicked.connect(self.revoke_repair)
        explain = QLabel(
            self.tr(
                "规则包允许的（如应急管理部令第11号，列入满12个月），单位可申请提前移出（信用修复）；"
                "规则包没有提前移出规定的，只能期满移出。以欺骗等手段提前移出的，撤销并恢复列入。"
            )
        )
        explain.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.apply_button, self.decide_repair_button, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.repair_view, 1)
        layout.addWidget(self.repair_detail)
        layout.addLayout(buttons)
        self._repair_selected()
        return tab

    def load_repairs(self) -> None:
        self.run(self.backend.repair_cases, self._show_repairs, self.tr("无法读取信用修复申请"))

    def _show_repairs(self, rows: list[Any]) -> None:
        self.repairs.set_rows(rows)
        self._repair_selected()

    def _repair_selected(self) -> None:
        rows = _chosen(self.repair_view)
        status = rows[0].status if rows else ""
        self.decide_repair_button.setEnabled(status == "applied")
        self.revoke_button.setEnabled(status == "approved")
        if not rows:
            self.repair_detail.setText(self.tr("选择一条申请后作出决定或撤销。"))
            return
        row = rows[0]
        text = (
            self.tr("%1（%2，%3）：%4\n申请及决定理由：%5")
            .replace("%1", row.subject_name)
            .replace("%2", row.subject_code)
            .replace("%3", row.rule_pack)
            .replace("%4", row.status_label)
            .replace("%5", row.reason)
        )
        if row.revoke_reason:
            text += self.tr("\n撤销理由：%1").replace("%1", row.revoke_reason)
        self.repair_detail.setText(text)

    def apply_repair(self) -> None:
        dialog = RepairDialog(self.search_listed, self)
        if not self.ask(dialog):
            return
        item_id, applied_on, reason = dialog.values()
        self._act(
            lambda: self.backend.apply_repair(item_id, applied_on, reason),
            self.tr("已登记提前移出申请，待作出决定。"),
            self.tr("未能登记提前移出申请"),
        )

    def decide_repair(self) -> None:
        rows = _chosen(self.repair_view)
        if not rows:
            return
        dialog = DecisionDialog(
            self.tr("信用修复决定"),
            self._heading(rows),
            (self.tr("准予提前移出"), self.tr("不予提前移出")),
            self.tr("决定人："),
            self.tr("理由："),
            parent=self,
        )
        if not self.ask(dialog):
            return
        approved, decided_by, reason = dialog.values()
        repair_id = rows[0].id
        self._act(
            lambda: self.backend.decide_repair(repair_id, approved, decided_by, reason),
            self.tr("已作出信用修复决定。"),
            self.tr("未能记录信用修复决定"),
        )

    def revoke_repair(self) -> None:
        rows = _chosen(self.repair_view)
        if not rows:
            return
        dialog = TextDialog(
            self.tr("撤销提前移出"),
            self.tr("%1：撤销后恢复列入，管理期限照原计算。").replace("%1", self._heading(rows)),
            self.tr("撤销理由："),
            self,
        )
        if not self.ask(dialog):
            return
        repair_id, reason = rows[0].id, dialog.value()
        self._act(
            lambda: self.backend.revoke_repair(repair_id, reason),
            self.tr("已撤销提前移出，条目恢复列入。"),
            self.tr("未能撤销提前移出"),
        )

    # -- 异议 --------------------------------------------------------------------------------------

    def _objections_tab(self) -> QWidget:
        self.open_only = QCheckBox(self.tr("只看未办结"))
        self.open_only.toggled.connect(self.load_objections)
        self.objection_count = QLabel()
        self.objections = TipModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("异议人"), lambda r: r.raised_by),
                Column(self.tr("登记日期"), lambda r: r.raised_on),
                Column(self.tr("核查期限"), self._objection_due),
                Column(self.tr("状态"), lambda r: r.status_label),
                Column(self.tr("决定"), lambda r: r.decision_label),
                Column(self.tr("理由"), lambda r: r.reason),
            ],
            self,
        )
        self.objection_view = table(self.objections)
        self.objection_view.selectionModel().selectionChanged.connect(self._objection_selected)
        self.objection_detail = _detail_label()
        self.register_button = QPushButton(self.tr("登记异议…"))
        self.register_button.clicked.connect(self.register_objection)
        self.verify_button = QPushButton(self.tr("开始核查…"))
        self.verify_button.clicked.connect(self.start_verification)
        self.decide_button = QPushButton(self.tr("作出决定…"))
        self.decide_button.clicked.connect(self.decide_objection)
        explain = QLabel(
            self.tr("登记异议后，该条目标为“异议核查中”，须在核查期限内核实并作出决定，决定须写明理由。")
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explain, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.objection_count)
        buttons = QHBoxLayout()
        for button in (self.register_button, self.verify_button, self.decide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.objection_view, 1)
        layout.addWidget(self.objection_detail)
        layout.addLayout(buttons)
        self._objection_selected()
        return tab

    def _objection_due(self, row: Any) -> str:
        due = row.due_on.isoformat() if row.due_on else ""
        return self.tr("%1（已超期）").replace("%1", due) if row.overdue else due

    def load_objections(self) -> None:
        open_only = self.open_only.isChecked()
        self.run(lambda: self.backend.objections(open_only), self._show_objections, self.tr("无法读取异议"))

    def _show_objections(self, rows: list[Any]) -> None:
        self.objections.set_rows(rows)
        self.objection_count.setText(self.tr("共 %1 件").replace("%1", str(len(rows))))
        self._objection_selected()

    def _objection_selected(self) -> None:
        rows = _chosen(self.objection_view)
        status = rows[0].status if rows else ""
        self.verify_button.setEnabled(status == "registered")
        self.decide_button.setEnabled(status in ("registered", "verifying"))
        if not rows:
            self.objection_detail.setText(self.tr("选择一件异议查看内容、核查情况和处理理由。"))
            return
        row = rows[0]
        self.objection_detail.setText(
            self.tr("%1（%2，%3）\n异议内容（%4）：%5\n核查情况：%6\n处理：%7")
            .replace("%1", row.subject_name)
            .replace("%2", row.subject_code)
            .replace("%3", row.reporting_unit)
            .replace("%4", row.channel)
            .replace("%5", row.content)
            .replace("%6", row.verification_note or self.tr("尚未核查"))
            .replace(
                "%7", f"{row.decision_label}：{row.reason}" if row.decision_label else self.tr("尚未决定")
            )
        )

    def register_objection(self) -> None:
        dialog = ObjectionDialog(self.search_listed, self)
        if not self.ask(dialog):
            return
        item_id, raised_on, raised_by, content, channel = dialog.values()
        self._act(
            lambda: self.backend.register_objection(item_id, raised_on, raised_by, content, channel),
            self.tr("已登记异议，该条目标为“异议核查中”。"),
            self.tr("未能登记异议"),
        )

    def start_verification(self) -> None:
        rows = _chosen(self.objection_view)
        if not rows:
            return
        dialog = TextDialog(
            self.tr("开始核查"),
            self._heading(rows),
            self.tr("核查安排或核查情况："),
            self,
        )
        if not self.ask(dialog):
            return
        objection_id, note = rows[0].id, dialog.value()
        self._act(
            lambda: self.backend.start_objection_verification(objection_id, note),
            self.tr("已开始核查。"),
            self.tr("未能记录核查"),
        )

    def decide_objection(self) -> None:
        rows = _chosen(self.objection_view)
        if not rows:
            return
        heading = (
            self.tr("%1：%2（异议人：%3）")
            .replace("%1", rows[0].subject_name)
            .replace("%2", rows[0].content)
            .replace("%3", rows[0].raised_by)
        )
        dialog = ObjectionDecisionDialog(heading, self)
        if not self.ask(dialog):
            return
        decision, reason, decided_by, corrections = dialog.values()
        objection_id = rows[0].id
        self._act(
            lambda: self.backend.decide_objection(objection_id, decision, reason, decided_by, corrections),
            self.tr("已作出异议处理决定。"),
            self.tr("未能记录异议处理决定"),
        )
