"""附件3 移出审核: published items whose removal paperwork falls due, and the province's review."""

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
    QVBoxLayout,
)

from models.enums import RemovalOpinion, SubjectStatus
from views.pages.base import Page
from views.table_models import ROW_ROLE, Column, RowTableModel, table


class RemovalsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("附件3 移出审核")
        self.listing_id: int | None = None
        self.case_id: int | None = None
        self.case_sent = False
        self.horizon = QComboBox()
        for days in (30, 60, 90, 180):
            self.horizon.addItem(self.tr("%1 天内到期").replace("%1", str(days)), days)
        self.horizon.setCurrentIndex(1)
        self.horizon.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        self.model = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("公布日期"), lambda r: r.published_on),
                Column(self.tr("期满日期"), lambda r: r.expires_on),
                Column(self.tr("材料报送截止"), lambda r: r.due_on),
                Column(self.tr("期限"), lambda r: r.urgency),
                Column(self.tr("主体状态"), lambda r: r.subject_status_label),
                Column(self.tr("审核意见"), lambda r: r.opinion_label or self.tr("待审核")),
                Column(self.tr("理由"), lambda r: r.opinion_reason),
            ],
            self,
        )
        self.view = table(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._selected)

        self.heading = QLabel(self.tr("在上表中选择一条名单进行审核。"))
        self.heading.setWordWrap(True)
        self.status = QComboBox()
        for status in SubjectStatus:
            self.status.addItem(status.label, status.value)
        self.applied = QCheckBox(self.tr("单位已提出移出申请"))
        self.applied_on = QDateEdit()
        self.applied_on.setCalendarPopup(True)
        self.applied_on.setDisplayFormat("yyyy-MM-dd")
        self.applied.toggled.connect(self.applied_on.setEnabled)
        self.rectification = QPlainTextEdit()
        self.rectification.setTabChangesFocus(True)
        self.rectification.setFixedHeight(60)
        self.reoffended = QCheckBox(self.tr("惩戒期内再次发生失信行为"))
        self.reoffence = QLineEdit()
        self.reoffended.toggled.connect(self.reoffence.setEnabled)
        self.opinion = QComboBox()
        self.opinion.addItem(self.tr("（请选择）"), "")
        for opinion in RemovalOpinion:
            self.opinion.addItem(opinion.label, opinion.value)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b91c1c;")
        self.save_button = QPushButton(self.tr("保存审核意见(&S)"))
        self.save_button.clicked.connect(self.save)
        self.withdraw_button = QPushButton(self.tr("撤回审核意见"))
        self.withdraw_button.clicked.connect(self.withdraw)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        editor = QGroupBox(self.tr("省级审核"))
        form = QFormLayout(editor)
        form.addRow(self.heading)
        form.addRow(self.tr("主体存续状态："), self.status)
        applied_row = QHBoxLayout()
        applied_row.addWidget(self.applied)
        applied_row.addWidget(QLabel(self.tr("申请日期：")))
        applied_row.addWidget(self.applied_on)
        applied_row.addStretch(1)
        form.addRow(applied_row)
        form.addRow(self.tr("整改及惩戒措施落实情况："), self.rectification)
        form.addRow(self.reoffended)
        form.addRow(self.tr("再次失信情况："), self.reoffence)
        form.addRow(self.tr("省级审核处理意见："), self.opinion)
        form.addRow(self.tr("意见理由："), self.reason)
        form.addRow(self.problems)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        explain = QLabel(
            self.tr(
                "已公布名单在管理期满前10个工作日须报送移出审核结果（附件3）。保存的审核意见随本期报送包报送；"
                "公布日期来自总局回执，也可在“附件1 名单”中登记。"
            )
        )
        explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(explain, 1)
        top.addWidget(self.horizon)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(editor, 2)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (
            self.status, self.applied, self.rectification, self.reoffended, self.opinion, self.reason,
            self.save_button,
        ):  # fmt: skip
            widget.setEnabled(on)
        self.applied_on.setEnabled(on and self.applied.isChecked())
        self.reoffence.setEnabled(on and self.reoffended.isChecked())
        self.withdraw_button.setEnabled(on and self.case_id is not None and not self.case_sent)

    def refresh(self) -> None:
        days = int(self.horizon.currentData())
        today = dt.date.today()
        self.run(
            lambda: self.backend.removal_worklist(today, days), self._show, self.tr("无法读取移出审核清单")
        )

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        if self.listing_id is not None:
            for row, item in enumerate(rows):
                if item.listing_id == self.listing_id:
                    self.view.selectRow(row)
                    return

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.model.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        if row.listing_id != self.listing_id:
            self.problems.clear()
        self.listing_id, self.case_id, self.case_sent = row.listing_id, row.case_id, row.sent
        self.heading.setText(
            self.tr("%1（%2）：期满 %3，材料 %4 前报送，%5。")
            .replace("%1", row.subject_name)
            .replace("%2", row.subject_code)
            .replace("%3", row.expires_on.isoformat())
            .replace("%4", row.due_on.isoformat())
            .replace("%5", row.urgency)
        )
        self.status.setCurrentIndex(max(0, self.status.findData(row.subject_status)))
        self.applied.setChecked(row.applied)
        self.applied_on.setDate(QDate(row.applied_on) if row.applied_on else QDate.currentDate())
        self.rectification.setPlainText(row.rectification)
        self.reoffended.setChecked(row.reoffended)
        self.reoffence.setText(row.reoffence_details)
        self.opinion.setCurrentIndex(max(0, self.opinion.findData(row.opinion)))
        self.reason.setPlainText(row.opinion_reason)
        self._enable(True)

    def data(self) -> dict[str, Any]:
        return {
            "subject_status": self.status.currentData(),
            "applied": self.applied.isChecked(),
            "applied_on": self.applied_on.date().toString("yyyy-MM-dd") if self.applied.isChecked() else "",
            "rectification": self.rectification.toPlainText(),
            "reoffended": self.reoffended.isChecked(),
            "reoffence_details": self.reoffence.text(),
            "opinion": self.opinion.currentData(),
            "opinion_reason": self.reason.toPlainText(),
        }

    def save(self) -> None:
        if self.listing_id is None:
            return
        listing_id, data = self.listing_id, self.data()
        self.runner.submit(
            lambda _h: self.backend.save_removal(listing_id, data),
            self._saved,
            self._failed,
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        issues = getattr(exc, "issues", None)
        if issues is not None:
            self.problems.setStyleSheet("color: #b91c1c;")
            self.problems.setText("\n".join(i.message for i in issues))
            return
        from views.messages import show_failure

        show_failure(self, self.tr("未能保存移出审核"), exc, details)

    def _saved(self, row: Any) -> None:
        self.case_id, self.case_sent = row.case_id, row.sent
        self.problems.setStyleSheet("color: #166534;")
        self.problems.setText(self.tr("已保存，将随 %1 报送包报送。").replace("%1", row.period))
        self.refresh()

    def withdraw(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.run(
            lambda: self.backend.withdraw_removal(case_id),
            lambda _r: (setattr(self, "case_id", None), self.refresh()),
            self.tr("未能撤回"),
        )
