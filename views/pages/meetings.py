"""审议与发布 (ministry): legal review by 政法司, the report to the party group, the director's meeting
and publication in batches, with the review sheets (审核单) printed as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.deadlines import period_of, previous_period
from models.enums import ItemState, LegalDecision, MeetingKind, MeetingOutcome
from views.forms import FormDialog, date_edit, day_of, text_edit
from views.messages import show_failure
from views.pages.base import Page
from views.progress import track
from views.table_models import ROW_ROLE, Column, RowTableModel, table

PUBLISHABLE = (MeetingOutcome.APPROVE.value, MeetingOutcome.REVISE.value)


class _FormDialog(FormDialog):
    """The meeting forms: 460 px wide, with a reporting-period field when they need one."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(title, explanation, parent, width=460)

    def period_edit(self, period: str) -> QLineEdit:
        edit = QLineEdit(period)
        edit.setPlaceholderText("2026-10")
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{4}-(0[1-9]|1[0-2])"), edit))
        edit.textChanged.connect(self.check)
        return edit


class SendToLegalDialog(_FormDialog):
    def __init__(self, period: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("送政法司审核"),
            self.tr("把该报送期已由承办司局审签的条目（各渠道）一并送政法司进行法律审核。"),
            parent,
        )
        self.period = self.period_edit(period)
        self.form.addRow(self.tr("报送期："), self.period)
        self.finish()

    def problem(self) -> str:
        return "" if self.period.hasAcceptableInput() else self.tr("请按“2026-10”的格式填写报送期。")


class LegalOpinionDialog(_FormDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("记录法律审核意见"),
            self.tr(
                "为所选 %1 个条目记录政法司意见：同意或提出修改意见的提交会议审议，退回的回到承办司局重新审核。"
            ).replace("%1", str(count)),
            parent,
        )
        self.decision = QComboBox()
        for decision in LegalDecision:
            self.decision.addItem(decision.label, decision.value)
        self.decision.currentIndexChanged.connect(self.check)
        self.note = text_edit(72)
        self.note.textChanged.connect(self.check)
        self.reviewer = QLineEdit()
        self.reviewer.textChanged.connect(self.check)
        self.form.addRow(self.tr("审核意见："), self.decision)
        self.form.addRow(self.tr("意见说明："), self.note)
        self.form.addRow(self.tr("审核人："), self.reviewer)
        self.finish()

    def problem(self) -> str:
        if self.decision.currentData() != LegalDecision.AGREE.value and not self.note.toPlainText().strip():
            return self.tr("“%1”须写明意见。").replace("%1", self.decision.currentText())
        if not self.reviewer.text().strip():
            return self.tr("请填写政法司审核人姓名。")
        return ""


class PartyGroupDialog(_FormDialog):
    def __init__(self, period: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("报告党组"),
            self.tr("记录向党组报告会审情况：经政法司审核、尚未报告的条目全部列入本次报告。"),
            parent,
        )
        self.period = self.period_edit(period)
        self.held_on = date_edit(today)
        self.minutes = text_edit(72)
        self.form.addRow(self.tr("报送期："), self.period)
        self.form.addRow(self.tr("报告日期："), self.held_on)
        self.form.addRow(self.tr("报告情况："), self.minutes)
        self.finish()

    def problem(self) -> str:
        return "" if self.period.hasAcceptableInput() else self.tr("请按“2026-10”的格式填写报送期。")


class MeetingDialog(_FormDialog):
    def __init__(self, title: str, today: dt.date, period: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("新建局长办公会议"),
            self.tr("已向党组报告、待会议决定的条目（含上次暂缓的）列入本次会议议题。"),
            parent,
        )
        self.name = QLineEdit(title)
        self.name.textChanged.connect(self.check)
        self.held_on = date_edit(today)
        self.period = self.period_edit(period)
        self.form.addRow(self.tr("会议名称："), self.name)
        self.form.addRow(self.tr("会议日期："), self.held_on)
        self.form.addRow(self.tr("报送期："), self.period)
        self.finish()

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("请填写会议名称。")
        return "" if self.period.hasAcceptableInput() else self.tr("请按“2026-10”的格式填写报送期。")


class DecisionDialog(_FormDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("记录会议决定"),
            self.tr("为所选 %1 个议题记录会议决定；会议结束前可以修改。").replace("%1", str(count)),
            parent,
        )
        self.outcome = QComboBox()
        for outcome in MeetingOutcome:
            self.outcome.addItem(outcome.label, outcome.value)
        self.outcome.currentIndexChanged.connect(self.check)
        self.note = text_edit(72)
        self.note.textChanged.connect(self.check)
        self.form.addRow(self.tr("会议决定："), self.outcome)
        self.form.addRow(self.tr("会议意见："), self.note)
        self.finish()

    def problem(self) -> str:
        if self.outcome.currentData() != MeetingOutcome.APPROVE.value and not self.note.toPlainText().strip():
            return self.tr("“%1”须写明会议意见。").replace("%1", self.outcome.currentText())
        return ""


class CloseMeetingDialog(_FormDialog):
    def __init__(self, meeting: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("结束会议"),
            self.tr(
                "“%1”共 %2 个议题，已决定 %3 个。结束后按决定办理：同意公布的待发布，退回的回到承办司局，暂缓的留待下次会议。"
            )
            .replace("%1", meeting.title)
            .replace("%2", str(meeting.items))
            .replace("%3", str(meeting.decided)),
            parent,
        )
        self.minutes = text_edit(72, meeting.minutes)
        self.form.addRow(self.tr("会议纪要："), self.minutes)
        self.finish()


class PublishDialog(_FormDialog):
    def __init__(
        self, title: str, today: dt.date, meeting: Any, count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("发布批次"),
            self.tr(
                "把“%1”审定公布的 %2 个条目作为一个批次公布。公布日期即各条目管理期的起算日"
                "（个别规则以列入决定日期起算），期满前10个工作日须报送移出材料。"
            )
            .replace("%1", meeting.title)
            .replace("%2", str(count)),
            parent,
        )
        self.name = QLineEdit(title)
        self.name.textChanged.connect(self.check)
        self.published_on = date_edit(today)
        self.form.addRow(self.tr("批次名称："), self.name)
        self.form.addRow(self.tr("公布日期："), self.published_on)
        self.finish()

    def problem(self) -> str:
        return "" if self.name.text().strip() else self.tr("请填写公布批次名称。")


class MeetingsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("审议与发布")
        self.meeting: Any = None
        self.meeting_id: int | None = None
        self.last_counts: dict[str, int] = {}
        self.last_export: list[Path] = []

        self.legal_button = QPushButton(self.tr("送政法司审核…"))
        self.legal_button.clicked.connect(self.send_to_legal)
        self.opinion_button = QPushButton(self.tr("记录法律审核意见…"))
        self.opinion_button.clicked.connect(self.record_legal)
        self.party_button = QPushButton(self.tr("报告党组…"))
        self.party_button.clicked.connect(self.report_party_group)
        self.create_button = QPushButton(self.tr("新建局长办公会议…"))
        self.create_button.clicked.connect(self.create_meeting)
        self.decide_button = QPushButton(self.tr("记录会议决定…"))
        self.decide_button.clicked.connect(self.decide)
        self.close_button = QPushButton(self.tr("结束会议…"))
        self.close_button.clicked.connect(self.close_meeting)
        self.publish_button = QPushButton(self.tr("发布批次…"))
        self.publish_button.clicked.connect(self.publish)
        self.print_button = QPushButton(self.tr("打印审核单…"))
        self.print_button.setToolTip(self.tr("为右侧所选议题或左下所选批次的条目生成 PDF 审核单"))
        self.print_button.clicked.connect(self.print_sheets)
        actions = QHBoxLayout()
        for button in (
            self.legal_button, self.opinion_button, self.party_button, self.create_button,
            self.decide_button, self.close_button, self.publish_button, self.print_button,
        ):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)

        self.meetings_model = RowTableModel(
            [
                Column(self.tr("类型"), lambda r: r.kind_label),
                Column(self.tr("名称"), lambda r: r.title),
                Column(self.tr("状态"), lambda r: self.tr("已结束") if r.closed else self.tr("进行中")),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("日期"), lambda r: r.held_on),
                Column(self.tr("条目"), lambda r: r.items, align_right=True),
                Column(self.tr("已决定"), lambda r: r.decided, align_right=True),
            ],
            self,
        )
        self.meetings_view = table(self.meetings_model)
        # Long titles are elided (the agenda's heading shows the whole one) so the state stays in view.
        self.meetings_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.meetings_view.horizontalHeader().resizeSection(1, 170)
        self.meetings_view.selectionModel().currentRowChanged.connect(self._meeting_selected)
        self.batches_model = RowTableModel(
            [
                Column(self.tr("批次名称"), lambda r: r.title),
                Column(self.tr("发布日期"), lambda r: r.published_on),
                Column(self.tr("条目"), lambda r: r.items, align_right=True),
                Column(self.tr("会议"), lambda r: r.meeting_title),
            ],
            self,
        )
        self.batches_view = table(self.batches_model)
        self.batches_view.selectionModel().selectionChanged.connect(self._batch_selection_changed)
        self.agenda_model = RowTableModel(
            [
                Column(self.tr("序号"), lambda r: r.number, align_right=True),
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("决定"), lambda r: r.decision_label),
                Column(self.tr("说明"), lambda r: r.note),
                Column(self.tr("决定人"), lambda r: r.decided_by),
                Column(self.tr("状态"), lambda r: r.state_label),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("承办司局"), lambda r: r.department),
                Column(self.tr("类别"), lambda r: r.tier),
                Column(self.tr("失信行为"), lambda r: r.criteria),
            ],
            self,
        )
        self.agenda_view = table(self.agenda_model)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agenda_view.selectionModel().selectionChanged.connect(self._agenda_selection_changed)
        self.heading = QLabel(self.tr("在左侧选择一次审核或会议，查看其议题。"))
        self.heading.setWordWrap(True)
        self.minutes = QLabel()
        self.minutes.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #166534;")

        meetings_box = QGroupBox(self.tr("审核与会议"))
        QVBoxLayout(meetings_box).addWidget(self.meetings_view)
        batches_box = QGroupBox(self.tr("公布批次"))
        QVBoxLayout(batches_box).addWidget(self.batches_view)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(meetings_box)
        left.addWidget(batches_box)
        left.setSizes([420, 200])
        agenda_box = QGroupBox(self.tr("议题"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.heading)
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addWidget(self.minutes)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(agenda_box)
        splitter.setSizes([360, 660])
        explain = QLabel(
            self.tr(
                "流程：承办司局审签 → 政法司审核 → 向党组报告会审情况 → 局长办公会议决定 → 分批公布"
                "（公布日期为管理期起算日）。议题可按住 Ctrl 或 Shift 多选。"
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self._update_actions()

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.run(
            lambda: (self.backend.meetings(), self.backend.publication_batches()),
            self._show,
            self.tr("无法读取审议记录"),
        )

    def _show(self, data: tuple[list[Any], list[Any]]) -> None:
        rows, batches = data
        self.meetings_model.set_rows(rows)
        self.batches_model.set_rows(batches)
        wanted = next((n for n, row in enumerate(rows) if row.id == self.meeting_id), 0 if rows else None)
        if wanted is None:
            self.meeting, self.meeting_id = None, None
            self.agenda_model.set_rows([])
            self._describe()
        else:
            self.meetings_view.selectRow(wanted)
            if self.meeting is not rows[wanted]:  # the same row stayed current: no signal
                self._load(rows[wanted])
        self._update_actions()

    def _meeting_selected(self, current: Any, _previous: Any) -> None:
        row = self.meetings_model.data(current, ROW_ROLE) if current.isValid() else None
        if row is not None and row is not self.meeting:
            self._load(row)

    def _load(self, row: Any) -> None:
        if row.id != self.meeting_id:
            self.agenda_model.set_rows([])
        self.meeting, self.meeting_id = row, row.id
        self._describe()
        self._update_actions()
        self.run(
            lambda: self.backend.meeting_agenda(row.id),
            lambda agenda: self._show_agenda(row.id, agenda),
            self.tr("无法读取议题"),
        )

    def _show_agenda(self, meeting_id: int, agenda: list[Any]) -> None:
        if meeting_id == self.meeting_id:
            self.agenda_model.set_rows(agenda)
            self._update_actions()

    def _describe(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.heading.setText(self.tr("在左侧选择一次审核或会议，查看其议题。"))
            self.minutes.clear()
            return
        self.heading.setText(
            self.tr("%1（%2，%3，报送期 %4）：%5 个议题，已决定 %6 个，%7。")
            .replace("%1", meeting.title)
            .replace("%2", meeting.kind_label)
            .replace("%3", meeting.held_on.isoformat() if meeting.held_on else "")
            .replace("%4", meeting.period)
            .replace("%5", str(meeting.items))
            .replace("%6", str(meeting.decided))
            .replace("%7", self.tr("已结束") if meeting.closed else self.tr("进行中"))
        )
        self.minutes.setText(self.tr("纪要：%1").replace("%1", meeting.minutes) if meeting.minutes else "")

    def picked_items(self) -> list[int]:
        return [
            self.agenda_model.row_object(index.row()).item_id
            for index in self.agenda_view.selectionModel().selectedRows()
        ]

    def picked_batch(self) -> Any:
        rows = self.batches_view.selectionModel().selectedRows()
        return self.batches_model.row_object(rows[0].row()) if rows else None

    def _agenda_selection_changed(self, *_args: Any) -> None:
        if self.agenda_view.selectionModel().hasSelection():
            self.batches_view.clearSelection()
        self._update_actions()

    def _batch_selection_changed(self, *_args: Any) -> None:
        if self.batches_view.selectionModel().hasSelection():
            self.agenda_view.clearSelection()
        self._update_actions()

    def _update_actions(self) -> None:
        meeting = self.meeting
        kind = meeting.kind if meeting is not None else ""
        is_open = meeting is not None and not meeting.closed
        picked = bool(self.picked_items())
        director = kind == MeetingKind.DIRECTOR_MEETING.value
        self.opinion_button.setEnabled(kind == MeetingKind.LEGAL_REVIEW.value and is_open and picked)
        self.decide_button.setEnabled(director and is_open and picked)
        self.close_button.setEnabled(director and is_open)
        closed = meeting is not None and meeting.closed
        self.publish_button.setEnabled(director and closed and self._publishable() > 0)
        self.print_button.setEnabled(picked or self.picked_batch() is not None)

    def _publishable(self) -> int:
        """Agenda items the meeting approved that wait for publication."""
        rows = [self.agenda_model.row_object(n) for n in range(self.agenda_model.rowCount())]
        return sum(1 for r in rows if r.decision in PUBLISHABLE and r.state_label == ItemState.DECIDED.label)

    # -- actions -----------------------------------------------------------------------------------

    def ask(self, dialog: QDialog) -> bool:
        """Show ``dialog`` modally; True when the user confirmed it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _default_period(self) -> str:
        if self.meeting is not None:
            return str(self.meeting.period)
        return previous_period(period_of(dt.date.today()))

    def _changed(self, meeting_id: int | None, notice: str) -> None:
        if meeting_id is not None:
            self.meeting_id = meeting_id
        self.notice.setText(notice)
        self.refresh()

    def send_to_legal(self) -> None:
        dialog = SendToLegalDialog(self._default_period(), self)
        if not self.ask(dialog):
            return
        period = dialog.period.text()
        self.run(
            lambda: self.backend.send_to_legal(period),
            lambda meeting_id: self._changed(meeting_id, self.tr("已送政法司审核。")),
            self.tr("未能送政法司审核"),
        )

    def record_legal(self) -> None:
        item_ids = self.picked_items()
        if self.meeting_id is None or not item_ids:
            return
        dialog = LegalOpinionDialog(len(item_ids), self)
        if not self.ask(dialog):
            return
        meeting_id, decision = self.meeting_id, str(dialog.decision.currentData())
        note, reviewer = dialog.note.toPlainText(), dialog.reviewer.text()
        self.run(
            lambda: self.backend.record_legal(meeting_id, item_ids, decision, note, reviewer),
            lambda n: self._changed(None, self.tr("已记录 %1 个条目的法律审核意见。").replace("%1", str(n))),
            self.tr("未能记录法律审核意见"),
        )

    def report_party_group(self) -> None:
        dialog = PartyGroupDialog(self._default_period(), dt.date.today(), self)
        if not self.ask(dialog):
            return
        period, held_on, minutes = dialog.period.text(), day_of(dialog.held_on), dialog.minutes.toPlainText()
        self.run(
            lambda: self.backend.report_party_group(period, held_on, minutes),
            lambda meeting_id: self._changed(meeting_id, self.tr("已记录向党组报告会审情况。")),
            self.tr("未能记录党组报告"),
        )

    def create_meeting(self) -> None:
        today = dt.date.today()
        held = [
            self.meetings_model.row_object(n)
            for n in range(self.meetings_model.rowCount())
            if self.meetings_model.row_object(n).kind == MeetingKind.DIRECTOR_MEETING.value
        ]
        number = 1 + sum(1 for m in held if m.held_on is not None and m.held_on.year == today.year)
        title = self.tr("%1年第%2次局长办公会议").replace("%1", str(today.year)).replace("%2", str(number))
        dialog = MeetingDialog(title, today, self._default_period(), self)
        if not self.ask(dialog):
            return
        name, held_on, period = dialog.name.text(), day_of(dialog.held_on), dialog.period.text()
        self.run(
            lambda: self.backend.create_meeting(name, held_on, period),
            lambda meeting_id: self._changed(meeting_id, self.tr("已新建局长办公会议，议题见右侧。")),
            self.tr("未能新建会议"),
        )

    def decide(self) -> None:
        item_ids = self.picked_items()
        if self.meeting_id is None or not item_ids:
            return
        dialog = DecisionDialog(len(item_ids), self)
        if not self.ask(dialog):
            return
        meeting_id, outcome, note = (
            self.meeting_id,
            str(dialog.outcome.currentData()),
            dialog.note.toPlainText(),
        )
        self.run(
            lambda: self.backend.decide_agenda(meeting_id, item_ids, outcome, note),
            lambda n: self._changed(None, self.tr("已记录 %1 个议题的会议决定。").replace("%1", str(n))),
            self.tr("未能记录会议决定"),
        )

    def close_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        dialog = CloseMeetingDialog(meeting, self)
        if not self.ask(dialog):
            return
        minutes = dialog.minutes.toPlainText()
        self.run(
            lambda: self.backend.close_meeting(meeting.id, minutes),
            lambda counts: self._closed(meeting.title, counts),
            self.tr("未能结束会议"),
        )

    def _closed(self, title: str, counts: dict[str, int]) -> None:
        self.last_counts = counts
        summary = "，".join(
            self.tr("%1 %2 项").replace("%1", label).replace("%2", str(n)) for label, n in counts.items()
        )
        text = self.tr("“%1”已结束：%2。").replace("%1", title).replace("%2", summary)
        self._changed(None, text)
        QMessageBox.information(self, self.tr("结束会议"), text)

    def publish(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        today = dt.date.today()
        count = self._publishable()
        number = 1 + sum(
            1
            for n in range(self.batches_model.rowCount())
            if self.batches_model.row_object(n).published_on.year == today.year
        )
        title = (
            self.tr("%1年第%2批联合惩戒对象名单").replace("%1", str(today.year)).replace("%2", str(number))
        )
        dialog = PublishDialog(title, today, meeting, count, self)
        if not self.ask(dialog):
            return
        name, published_on = dialog.name.text(), day_of(dialog.published_on)
        self.run(
            lambda: self.backend.publish_batch(name, published_on, meeting.id),
            lambda _batch: self._changed(
                None,
                self.tr("已公布“%1”，公布日期 %2 起算管理期。")
                .replace("%1", name.strip())
                .replace("%2", published_on.isoformat()),
            ),
            self.tr("未能发布批次"),
        )

    def print_sheets(self) -> None:
        item_ids, batch = self.picked_items(), self.picked_batch()
        if not item_ids and batch is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存审核单的文件夹"))
        if not folder:
            return
        out_dir, batch_id = Path(folder), (None if item_ids else batch.id)
        handle = self.runner.submit(
            lambda h: self.backend.print_review_sheets(out_dir, item_ids, batch_id, h.report),
            lambda paths: self._printed(out_dir, paths),
            lambda exc, details: show_failure(self, self.tr("未能生成审核单"), exc, details),
        )
        track(self, handle, self.tr("打印审核单"), self.tr("正在生成审核单…"))

    def _printed(self, out_dir: Path, paths: list[Path]) -> None:
        self.last_export = paths
        if not paths:
            self.notice.setText(self.tr("已取消生成审核单。"))
            return
        combined = len(paths) > 1
        text = (
            self.tr("已生成 %1 个审核单 PDF（每个条目 1 份）").replace(
                "%1", str(len(paths) - 1 if combined else len(paths))
            )
            + (self.tr("及合订本 1 份") if combined else "")
            + self.tr("，保存在：%1").replace("%1", str(out_dir))
        )
        self.notice.setText(text)
        QMessageBox.information(self, self.tr("打印审核单"), text)
