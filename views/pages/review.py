"""部门审核 (ministry): the General Office routes the month's received items to the business
departments; the departments' opinions and their heads' sign-offs are recorded here (in bulk on the
selection); items go back to the reporting unit or to the department with a reason. Each item shows
its 3-working-day clock and what changed since its last review."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
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
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.enums import DeptDecision, ItemState
from views.forms import FormDialog, text_edit
from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, table

OVERDUE = QColor("#b91c1c")
PAUSED = QColor("#6b7280")


class _FormDialog(FormDialog):
    def __init__(self, title: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(title, heading, parent, width=420)


class ReassignDialog(_FormDialog):
    def __init__(self, departments: list[Any], count: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("改送其他司局"),
            self.tr("把选中的 %1 条改送其他司局审核；新司局的 3 个工作日审核时限从今天起算。").replace(
                "%1", str(count)
            ),
            parent,
        )
        self.department = QComboBox()
        for unit in departments:
            self.department.addItem(unit.name, unit.code)
        self.reason = text_edit()
        self.reason.textChanged.connect(self.check)
        self.form.addRow(self.tr("改送至："), self.department)
        self.form.addRow(self.tr("理由（必填）："), self.reason)
        self.finish()

    def ready(self) -> bool:
        return bool(self.reason.toPlainText().strip())


class OpinionDialog(_FormDialog):
    def __init__(self, count: int, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("填写审核意见"),
            self.tr("为选中的 %1 条填写司局审核意见。").replace("%1", str(count)),
            parent,
        )
        self.decision = QComboBox()
        for decision in DeptDecision:
            self.decision.addItem(decision.label, decision.value)
        self.opinion = text_edit()
        self.reviewer = QLineEdit(reviewer)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.decision.currentIndexChanged.connect(self.check)
        self.opinion.textChanged.connect(self.check)
        self.reviewer.textChanged.connect(self.check)
        self.form.addRow(self.tr("审核意见："), self.decision)
        self.form.addRow(self.tr("意见说明："), self.opinion)
        self.form.addRow(self.tr("审核人："), self.reviewer)
        self.form.addRow(self.guidance)
        self.finish()

    def check(self) -> None:
        decision = self.decision.currentData()
        if decision == DeptDecision.AGREE.value:
            self.guidance.setText(self.tr("同意纳入时意见说明可以不填。"))
        elif decision == DeptDecision.RETURN.value:
            self.guidance.setText(self.tr("须写明理由：条目退回报送单位修改，理由写入其回执；审核计时暂停。"))
        else:
            self.guidance.setText(self.tr("须写明理由。"))
        super().check()

    def ready(self) -> bool:
        explained = self.decision.currentData() == DeptDecision.AGREE.value or bool(
            self.opinion.toPlainText().strip()
        )
        return explained and bool(self.reviewer.text().strip())


class SignDialog(_FormDialog):
    def __init__(
        self, title: str, heading: str, name: str, title_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, heading, parent)
        self.name = QLineEdit(name)
        self.title_edit = QLineEdit(title_text)
        self.title_edit.setPlaceholderText(self.tr("例如：司长、副司长"))
        self.name.textChanged.connect(self.check)
        self.title_edit.textChanged.connect(self.check)
        self.form.addRow(self.tr("审签人姓名："), self.name)
        self.form.addRow(self.tr("职务："), self.title_edit)
        self.finish()

    def ready(self) -> bool:
        return bool(self.name.text().strip() and self.title_edit.text().strip())


class ReturnDialog(_FormDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("退回"),
            self.tr("退回选中的 %1 条。").replace("%1", str(count)),
            parent,
        )
        self.step = QComboBox()
        self.step.addItem(self.tr("省级单位（报送单位修改后重新报送）"), "province")
        self.step.addItem(self.tr("部门重新审核（重新计时 3 个工作日）"), "department")
        self.reason = text_edit()
        self.reason.textChanged.connect(self.check)
        note = QLabel(
            self.tr("退回理由写入报送单位的回执，省级单位可以看到；退回省级单位期间司局审核计时暂停。")
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("退回至："), self.step)
        self.form.addRow(self.tr("退回理由（必填）："), self.reason)
        self.form.addRow(note)
        self.finish()

    def ready(self) -> bool:
        return bool(self.reason.toPlainText().strip())


class ReviewPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("部门审核")
        self.departments: list[Any] = []
        self.reviewer_name = ""
        self.signer = ("", "")
        self.current_id: int | None = None

        self.department = QComboBox()
        self.department.addItem(self.tr("全部司局"), "")
        self.state = QComboBox()
        for label, state in (
            (self.tr("全部在办"), ""),
            (self.tr("待分办"), ItemState.RECEIVED.value),
            (self.tr("部门审核中"), ItemState.DEPT_REVIEW.value),
            (self.tr("已退回省级修改"), ItemState.RETURNED.value),
            (self.tr("已审签"), ItemState.DEPT_SIGNED.value),
            (self.tr("司局自查待报送"), ItemState.DRAFT.value),
        ):
            self.state.addItem(label, state)
        self.period = QComboBox()
        self.period.addItem(self.tr("全部报送期"), "")
        self.changed_only = QCheckBox(self.tr("仅显示上次审核后有变更的条目"))
        self.count = QLabel()
        for combo in (self.department, self.state, self.period):
            combo.currentIndexChanged.connect(self.refresh)
        self.changed_only.toggled.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("司局："), self.department),
            (self.tr("环节："), self.state),
            (self.tr("报送期："), self.period),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.changed_only)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.route_button = QPushButton(self.tr("按规则分办"))
        self.route_button.setToolTip(self.tr("分办选中的待分办条目；未选择时分办全部待分办条目。"))
        self.route_button.clicked.connect(self.route)
        self.reassign_button = QPushButton(self.tr("改送其他司局…"))
        self.reassign_button.clicked.connect(self.reassign)
        self.opinion_button = QPushButton(self.tr("填写审核意见…"))
        self.opinion_button.clicked.connect(self.record_opinion)
        self.sign_button = QPushButton(self.tr("司局审签…"))
        self.sign_button.clicked.connect(self.sign_off)
        self.return_button = QPushButton(self.tr("退回…"))
        self.return_button.clicked.connect(self.return_items)
        self.hq_button = QPushButton(self.tr("报送本司局核实的条目…"))
        self.hq_button.setToolTip(self.tr("总局司局自己核实的失信信息（草稿），经司局负责人审签后进入审议。"))
        self.hq_button.clicked.connect(self.submit_hq)
        self.selection_buttons = (
            self.reassign_button, self.opinion_button, self.sign_button, self.return_button, self.hq_button,
        )  # fmt: skip
        actions = QHBoxLayout()
        actions.addWidget(self.route_button)
        for button in self.selection_buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        tone = self._tone
        self.model = RowTableModel(
            [
                Column(self.tr("报送单位"), lambda r: r.reporting_unit, color=tone),
                Column(self.tr("单位名称"), lambda r: r.subject_name, color=tone),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code, color=tone),
                Column(self.tr("承办司局"), lambda r: r.department, color=tone),
                Column(self.tr("状态"), lambda r: r.state_label, color=tone),
                Column(self.tr("审核时限"), lambda r: r.clock.text if r.clock else "", color=tone),
                Column(self.tr("审核意见"), self._opinion_text, color=tone),
                Column(self.tr("审核人"), lambda r: r.reviewer, color=tone),
                Column(self.tr("变更"), lambda r: "、".join(r.changed_fields), color=tone),
                Column(self.tr("报送期"), lambda r: r.period, color=tone),
                Column(self.tr("类别"), lambda r: r.tier, color=tone),
                Column(self.tr("失信行为"), lambda r: r.criteria, color=tone),
            ],
            self,
        )
        self.view = table(self.model)
        # Long names are elided (the detail pane shows them in full), so that the workflow columns fit.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 200)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.heading = QLabel(self.tr("在上表中选择一条查看审核详情；按 Ctrl 或 Shift 可多选后批量办理。"))
        self.heading.setWordWrap(True)
        self.criteria = QLabel()
        self.criteria.setWordWrap(True)
        self.routing = QLabel()
        self.routing.setWordWrap(True)
        self.routed_on = QLabel()
        self.due_on = QLabel()
        self.left = QLabel()
        self.clock_state = QLabel()
        self.clock_state.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QWidget()
        form = QFormLayout(details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.heading)
        form.addRow(self.tr("失信行为："), self.criteria)
        form.addRow(self.tr("分办依据："), self.routing)
        form.addRow(self.tr("分办日期："), self.routed_on)
        form.addRow(self.tr("审核期限："), self.due_on)
        form.addRow(self.tr("剩余工作日："), self.left)
        form.addRow(self.tr("计时："), self.clock_state)
        form.addRow(self.tr("退回理由："), self.reason)
        self.changes = RowTableModel(
            [
                Column(self.tr("字段"), lambda c: c.label),
                Column(self.tr("审核时"), lambda c: c.before),
                Column(self.tr("现在"), lambda c: c.after),
            ],
            self,
        )
        self.changes_view = table(self.changes)
        self.changes_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.changes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        changes_box = QVBoxLayout()
        changes_box.addWidget(QLabel(self.tr("上次审核后的变更：")))
        changes_box.addWidget(self.changes_view, 1)
        detail_box = QGroupBox(self.tr("审核详情"))
        detail_layout = QHBoxLayout(detail_box)
        detail_layout.addWidget(details, 1)
        detail_layout.addLayout(changes_box, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)
        self._clear_detail()
        self._enable()

    # -- the queue ---------------------------------------------------------------------------------

    def _opinion_text(self, row: Any) -> str:
        if not row.decision_label:
            return ""
        return f"{row.decision_label}：{row.opinion}" if row.opinion else row.decision_label

    def _tone(self, row: Any) -> QColor | None:
        if row.clock is None or row.clock.done:
            return None
        if row.clock.paused:
            return PAUSED
        return OVERDUE if row.clock.overdue else None

    def refresh(self) -> None:
        department = str(self.department.currentData() or "")
        state = str(self.state.currentData() or "")
        period = str(self.period.currentData() or "")
        changed = self.changed_only.isChecked()

        def load() -> tuple[list[Any], list[str], list[Any]]:
            return (
                self.backend.review_departments(),
                self.backend.review_periods(),
                self.backend.review_queue(department, state, period, changed),
            )

        self.run(load, self._show, self.tr("无法读取审核队列"))

    def _show(self, loaded: tuple[list[Any], list[str], list[Any]]) -> None:
        departments, periods, rows = loaded
        if not self.departments:
            self.departments = departments
            self.department.blockSignals(True)
            for unit in departments:
                self.department.addItem(unit.short_name, unit.code)
                self.department.setItemData(
                    self.department.count() - 1, unit.name, Qt.ItemDataRole.ToolTipRole
                )
            self.department.blockSignals(False)
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("全部报送期"), "")
        for period in periods:
            self.period.addItem(period, period)
        self.period.setCurrentIndex(max(0, self.period.findData(chosen)))
        self.period.blockSignals(False)

        keep = set(self.selected_ids())
        current = self.current_id
        self.model.set_rows(rows)
        self.count.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        selection = QItemSelection()
        current_row: int | None = None
        last = self.model.columnCount() - 1
        for r, row in enumerate(rows):
            if row.item_id in keep:
                selection.select(self.model.index(r, 0), self.model.index(r, last))
            if row.item_id == current:
                current_row = r
        selections = self.view.selectionModel()
        selections.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current_row is None:
            self._clear_detail()
        else:
            selections.setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._enable()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.row_object(r).item_id for r in rows]

    def _enable(self) -> None:
        chosen = bool(self.view.selectionModel().selectedRows())
        for button in self.selection_buttons:
            button.setEnabled(chosen)

    # -- the detail pane ---------------------------------------------------------------------------

    def _clear_detail(self) -> None:
        self.current_id = None
        self.heading.setText(self.tr("在上表中选择一条查看审核详情；按 Ctrl 或 Shift 可多选后批量办理。"))
        for label in (
            self.criteria, self.routing, self.routed_on, self.due_on, self.left, self.clock_state, self.reason,
        ):  # fmt: skip
            label.clear()
        self.changes.set_rows([])

    def _current(self, current: Any, _previous: Any) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            self._clear_detail()
            return
        self.current_id = row.item_id
        self.heading.setText(
            self.tr("%1（%2），%3报送，现为“%4”，承办：%5")
            .replace("%1", row.subject_name)
            .replace("%2", row.subject_code)
            .replace("%3", row.reporting_unit)
            .replace("%4", row.state_label)
            .replace("%5", row.department)
        )
        self.criteria.setText(f"{row.tier}：{row.criteria}")
        clock = row.clock
        if clock is None:
            for label in (self.routed_on, self.due_on, self.left):
                label.setText(self.tr("（未分办）"))
            self.clock_state.clear()
        else:
            self.routed_on.setText(clock.routed_on.isoformat())
            self.due_on.setText(clock.due_on.isoformat())
            self.left.setText(str(clock.workdays_left))
            self.clock_state.setText("\n".join((clock.text, *clock.warnings)))
        self.reason.setText(row.last_reason or self.tr("—"))
        self.routing.setText(self.tr("正在读取…"))
        self.changes.set_rows([])
        self.run(
            lambda: self.backend.review_detail(row.item_id),
            lambda detail: self._show_detail(row, detail),
            self.tr("无法读取审核详情"),
        )

    def _show_detail(self, row: Any, detail: dict[str, Any]) -> None:
        if row.item_id != self.current_id:
            return
        if row.reporting_unit_code == row.department_code:
            text = self.tr("本司局核实的失信信息，由本司局负责人审签报送。")
        else:
            text = (
                self.tr("按规则应分办至%1：%2")
                .replace("%1", detail.department)
                .replace("%2", detail.explanation)
            )
            if row.task_id is not None and row.department != detail.department:
                text += self.tr("（已改送%1）").replace("%1", row.department)
        self.routing.setText(text)
        self.changes.set_rows(detail.changes)

    # -- actions -----------------------------------------------------------------------------------

    def _done(self, message: str) -> None:
        self.status_line.setText(message)
        self.refresh()

    def route(self) -> None:
        ids = self.selected_ids() or None
        self.run(
            lambda: self.backend.review_route(ids),
            lambda result: self._done(result.text),
            self.tr("未能分办"),
        )

    def reassign(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = ReassignDialog(self.departments, len(ids), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        department, name = dialog.department.currentData(), dialog.department.currentText()
        reason = dialog.reason.toPlainText()
        self.run(
            lambda: self.backend.review_reassign(ids, department, reason),
            lambda n: self._done(self.tr("已改送 %1 条至%2。").replace("%1", str(n)).replace("%2", name)),
            self.tr("未能改送"),
        )

    def record_opinion(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = OpinionDialog(len(ids), self.reviewer_name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decision, label = dialog.decision.currentData(), dialog.decision.currentText()
        opinion, self.reviewer_name = dialog.opinion.toPlainText(), dialog.reviewer.text().strip()
        reviewer = self.reviewer_name
        note = (
            self.tr("已退回报送单位修改，理由将写入其回执。") if decision == DeptDecision.RETURN.value else ""
        )
        self.run(
            lambda: self.backend.review_opinion(ids, decision, opinion, reviewer),
            lambda n: self._done(
                self.tr("已为 %1 条填写审核意见：%2。").replace("%1", str(n)).replace("%2", label) + note
            ),
            self.tr("未能保存审核意见"),
        )

    def _ask_signer(self, title: str, heading: str) -> tuple[str, str] | None:
        dialog = SignDialog(title, heading, *self.signer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self.signer = (dialog.name.text().strip(), dialog.title_edit.text().strip())
        return self.signer

    def sign_off(self) -> None:
        ids = self.selected_ids()
        heading = self.tr("司局负责人审签选中的 %1 条（须已填写审核意见），审签后交回办公厅。").replace(
            "%1", str(len(ids))
        )
        signer = self._ask_signer(self.tr("司局审签"), heading) if ids else None
        if signer is None:
            return
        self.run(
            lambda: self.backend.review_sign_off(ids, *signer),
            lambda n: self._done(self.tr("已审签 %1 条，交回办公厅。").replace("%1", str(n))),
            self.tr("未能审签"),
        )

    def return_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = ReturnDialog(len(ids), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        step, reason = dialog.step.currentData(), dialog.reason.toPlainText()
        if step == "province":
            message = self.tr("已退回 %1 条至省级单位修改；报送单位将在回执中看到退回理由。")
        else:
            message = self.tr("已退回 %1 条由司局重新审核。")
        self.run(
            lambda: self.backend.review_return(ids, step, reason),
            lambda n: self._done(message.replace("%1", str(n))),
            self.tr("未能退回"),
        )

    def submit_hq(self) -> None:
        ids = self.selected_ids()
        heading = self.tr("选中的 %1 条本司局核实的失信信息经司局负责人审签后报送，进入审议环节。").replace(
            "%1", str(len(ids))
        )
        signer = self._ask_signer(self.tr("报送本司局核实的条目"), heading) if ids else None
        if signer is None:
            return
        self.run(
            lambda: self.backend.review_submit_hq(ids, *signer),
            lambda n: self._done(self.tr("已报送 %1 条本司局核实的条目。").replace("%1", str(n))),
            self.tr("未能报送"),
        )
