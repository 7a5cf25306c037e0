"""台账 (ministry): the consolidated, entity-centred ledger with each entity's credit archive, the
duplicates across reporting units, the follow-up (督办) worklist with its reminders, the month's
statistics, and the exports (internal ledger, masked public list, monthly bulletin)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import reference
from models.deadlines import period_of, previous_period
from models.enums import ItemState
from views.archive_dialog import ArchiveDialog
from views.messages import show_failure
from views.pages.base import Page
from views.progress import track
from views.table_models import ROW_ROLE, Column, RowTableModel, stamp, table

PAGE_SIZE = 200
HIDDEN_STATES = (ItemState.DRAFT, ItemState.SUPERSEDED)
WORKDAY_TOPICS = ("dept_review", "removal_review")


def recent_periods(today: dt.date, count: int = 12) -> list[str]:
    """The last ``count`` reporting periods, newest first (the newest is last month)."""
    periods = [previous_period(period_of(today))]
    while len(periods) < count:
        periods.append(previous_period(periods[-1]))
    return periods


class RemindDialog(QDialog):
    """The message of one reminder (督办提醒); OK only with a message."""

    def __init__(self, target: str, default: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("发送督办提醒"))
        self.resize(480, 240)
        target_label = QLabel(target)
        target_label.setWordWrap(True)
        self.note = QPlainTextEdit(default)
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("督办事项："), target_label)
        form.addRow(self.tr("督办内容："), self.note)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.note.toPlainText().strip()))


class LedgerPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("台账")
        self.offset = 0
        self.periods = recent_periods(dt.date.today())
        self.archive_dialog: ArchiveDialog | None = None
        self.last_message: QMessageBox | None = None
        self.last_export: tuple[Path, Any] | None = None

        self.ledger_button = QPushButton(self.tr("导出台账（xlsx）…"))
        self.ledger_button.clicked.connect(self.export_ledger)
        self.public_button = QPushButton(self.tr("导出公示名单（xlsx）…"))
        self.public_button.clicked.connect(self.export_public_list)
        self.bulletin_period = self._period_combo()
        self.bulletin_button = QPushButton(self.tr("导出月度通报（PDF）…"))
        self.bulletin_button.clicked.connect(self.export_bulletin)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.ledger_button)
        toolbar.addWidget(self.public_button)
        toolbar.addSpacing(16)
        toolbar.addWidget(QLabel(self.tr("通报期：")))
        toolbar.addWidget(self.bulletin_period)
        toolbar.addWidget(self.bulletin_button)
        toolbar.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._search_tab(), self.tr("台账查询"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("重复报送"))
        self.tabs.addTab(self._overdue_tab(), self.tr("跟踪督办"))
        self.tabs.addTab(self._stats_tab(), self.tr("月度统计"))
        self.tabs.currentChanged.connect(self._load_tab)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.tabs, 1)

    def _period_combo(self) -> QComboBox:
        combo = QComboBox()
        for period in self.periods:
            combo.addItem(period, period)
        return combo

    def _unit_combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, "")
        for unit in reference.reporting_units():
            combo.addItem(unit.short_name, unit.code)
        return combo

    def refresh(self) -> None:
        self.search()
        if self.tabs.currentIndex() != 0:
            self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, index: int) -> None:
        loaders: dict[int, Callable[[], None]] = {
            1: self.load_duplicates,
            2: self.load_overdue,
            3: self.load_stats,
        }
        if index in loaders:
            loaders[index]()

    # -- 台账查询 ----------------------------------------------------------------------------------

    def _search_tab(self) -> QWidget:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("单位名称、统一社会信用代码或认定依据文号（回车立即查询）")
        )
        self.search_box.setClearButtonEnabled(True)
        self.unit = self._unit_combo(self.tr("全部报送单位"))
        self.state = QComboBox()
        self.state.addItem(self.tr("全部状态"), "")
        for state in ItemState:
            if state not in HIDDEN_STATES:
                self.state.addItem(state.label, state.value)
        self.archive_button = QPushButton(self.tr("信用档案…"))
        self.archive_button.clicked.connect(self.open_archive)
        self.archive_button.setEnabled(False)

        self.model = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("报送单位"), lambda r: r.reporting_unit),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("类别"), lambda r: r.tier),
                Column(self.tr("状态"), lambda r: r.state_label),
                Column(self.tr("发布日期"), lambda r: r.published_on),
                Column(self.tr("期满日期"), lambda r: r.expires_on),
                Column(self.tr("重复报送"), lambda r: self.tr("重复") if r.duplicate else ""),
                Column(self.tr("失信行为"), lambda r: r.criteria),
                Column(self.tr("审核司局"), lambda r: r.department),
                Column(self.tr("公布批次"), lambda r: r.batch),
            ],
            self,
        )
        self.view = table(self.model)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.open_archive())
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.archive_button.setEnabled(current.isValid())
        )

        self.summary = QLabel()
        self.summary.setStyleSheet("color: #475569;")
        self.previous_button = QPushButton(self.tr("上一页"))
        self.previous_button.clicked.connect(lambda: self._query(max(0, self.offset - PAGE_SIZE)))
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda: self._query(self.offset + PAGE_SIZE))
        self.page_label = QLabel()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self.search)
        self.unit.currentIndexChanged.connect(self.search)
        self.state.currentIndexChanged.connect(self.search)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 1)
        filters.addWidget(QLabel(self.tr("报送单位：")))
        filters.addWidget(self.unit)
        filters.addWidget(QLabel(self.tr("状态：")))
        filters.addWidget(self.state)
        filters.addWidget(self.archive_button)
        paging = QHBoxLayout()
        paging.addWidget(self.summary, 1)
        paging.addWidget(self.page_label)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(paging)
        return tab

    def search(self) -> None:
        """A new search with the current text and filters, from the first row."""
        self._query(0)

    def _query(self, offset: int) -> None:
        self._debounce.stop()
        text, unit, status = (
            self.search_box.text(),
            str(self.unit.currentData()),
            str(self.state.currentData()),
        )
        self.offset = offset
        self.run(
            lambda: self.backend.ledger_query(text, unit, status, offset, PAGE_SIZE),
            self._show,
            self.tr("无法查询台账"),
        )

    def _show(self, page: Any) -> None:
        self.model.set_rows(page.items)
        self.archive_button.setEnabled(False)
        self.summary.setText(
            self.tr("共 %1 条，用时 %2 毫秒")
            .replace("%1", str(page.total))
            .replace("%2", f"{page.elapsed_ms:.0f}")
        )
        shown = len(page.items)
        self.page_label.setText(
            self.tr("第 %1–%2 条").replace("%1", str(self.offset + 1)).replace("%2", str(self.offset + shown))
            if shown
            else ""
        )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + shown < page.total)
        if page.items:
            self.view.resizeColumnsToContents()
            for column, width in ((0, 280), (9, 260), (11, 220)):
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), width))

    def selected_entry(self) -> Any:
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def open_archive(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        subject_id = entry.subject_id
        self.run(
            lambda: self.backend.ledger_archive(subject_id), self._show_archive, self.tr("无法读取信用档案")
        )

    def _show_archive(self, archive: Any) -> None:
        dialog = ArchiveDialog(archive, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "archive_dialog", None))
        self.archive_dialog = dialog
        dialog.open()

    # -- 重复报送 ----------------------------------------------------------------------------------

    def _duplicates_tab(self) -> QWidget:
        self.duplicates = QTreeWidget()
        self.duplicates.setHeaderLabels(
            [self.tr("单位名称"), self.tr("统一社会信用代码"), self.tr("报送单位"), self.tr("状态")]
        )
        self.duplicates.setColumnWidth(0, 380)
        self.duplicates.setColumnWidth(1, 200)
        self.duplicates.setColumnWidth(2, 160)
        self.duplicates_count = QLabel()
        explain = QLabel(
            self.tr(
                "同一统一社会信用代码、或名称规范化后相同的主体，由两个以上单位报送的，列为重复报送，请核实后协调处理。"
            )
        )
        explain.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(self.duplicates_count)
        return tab

    def load_duplicates(self) -> None:
        self.run(self.backend.ledger_duplicates, self._show_duplicates, self.tr("无法读取重复报送"))

    def _show_duplicates(self, groups: list[Any]) -> None:
        self.duplicates.clear()
        for group in groups:
            parent = QTreeWidgetItem([group.text, group.key if group.kind == "code" else "", "", ""])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            for _item_id, unit, name, code, state in group.entries:
                parent.addChild(QTreeWidgetItem([name, code, unit, state]))
            self.duplicates.addTopLevelItem(parent)
            parent.setExpanded(True)
        self.duplicates_count.setText(
            self.tr("共 %1 组重复报送").replace("%1", str(len(groups)))
            if groups
            else self.tr("没有重复报送的主体。")
        )

    # -- 跟踪督办 ----------------------------------------------------------------------------------

    def _overdue_tab(self) -> QWidget:
        self.overdue_unit = self._unit_combo(self.tr("全部责任单位"))
        self.overdue_unit.currentIndexChanged.connect(self.load_overdue)
        self.overdue_topic = QComboBox()
        self.overdue_topic.addItem(self.tr("全部督办事项"), "")
        self.overdue_topic.currentIndexChanged.connect(self._filter_overdue)
        self.overdue_rows: list[Any] = []
        self.remind_button = QPushButton(self.tr("发送督办提醒…"))
        self.remind_button.clicked.connect(self.remind)
        self.remind_button.setEnabled(False)
        self.overdue_count = QLabel()
        self.reminder_rows: list[Any] = []
        self.overdue = RowTableModel(
            [
                Column(self.tr("督办事项"), lambda r: r.topic_label),
                Column(self.tr("责任单位"), lambda r: r.unit),
                Column(self.tr("涉及主体或报送包"), lambda r: r.subject),
                Column(self.tr("办理期限"), lambda r: r.due_on),
                Column(self.tr("超期"), self._late_text, align_right=True),
                Column(self.tr("已督办"), lambda r: self.tr("%1 次").replace("%1", str(r.reminders))),
                Column(self.tr("最近督办"), self._last_reminder),
            ],
            self,
        )
        self.overdue_view = table(self.overdue)
        self.overdue_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.remind_button.setEnabled(current.isValid())
        )
        self.reminders = RowTableModel(
            [
                Column(self.tr("督办时间"), lambda r: stamp(r.sent_at)),
                Column(self.tr("督办对象"), lambda r: r.unit),
                Column(self.tr("督办事项"), lambda r: r.topic_label),
                Column(self.tr("发送人"), lambda r: r.sent_by),
                Column(self.tr("督办内容"), lambda r: r.note),
            ],
            self,
        )
        sent = QGroupBox(self.tr("督办记录"))
        QVBoxLayout(sent).addWidget(table(self.reminders))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.overdue_view)
        splitter.addWidget(sent)
        splitter.setSizes([380, 200])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("责任单位：")))
        top.addWidget(self.overdue_unit)
        top.addWidget(QLabel(self.tr("督办事项：")))
        top.addWidget(self.overdue_topic)
        top.addWidget(self.remind_button)
        top.addStretch(1)
        top.addWidget(self.overdue_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return tab

    def _late_text(self, row: Any) -> str:
        if row.topic in WORKDAY_TOPICS:
            return self.tr("%1 个工作日").replace("%1", str(row.days_overdue))
        return self.tr("%1 天").replace("%1", str(row.days_overdue))

    def _last_reminder(self, row: Any) -> str:
        for reminder in self.reminder_rows:  # newest first
            if (reminder.unit_code, reminder.topic, reminder.entity_id) == (
                row.unit_code,
                row.topic,
                row.entity_id,
            ):
                return f"{stamp(reminder.sent_at)} {reminder.note}"
        return ""

    def load_overdue(self) -> None:
        unit = str(self.overdue_unit.currentData())
        self.run(
            lambda: (self.backend.ledger_overdue(unit), self.backend.ledger_reminders(unit)),
            self._show_overdue,
            self.tr("无法读取督办事项"),
        )

    def _show_overdue(self, result: tuple[list[Any], list[Any]]) -> None:
        self.overdue_rows, self.reminder_rows = result
        self.reminders.set_rows(self.reminder_rows)
        chosen = self.overdue_topic.currentData()
        with QSignalBlocker(self.overdue_topic):
            self.overdue_topic.clear()
            self.overdue_topic.addItem(self.tr("全部督办事项"), "")
            for topic, label in dict.fromkeys((r.topic, r.topic_label) for r in self.overdue_rows):
                self.overdue_topic.addItem(label, topic)
            self.overdue_topic.setCurrentIndex(max(0, self.overdue_topic.findData(chosen)))
        self._filter_overdue()

    def _filter_overdue(self) -> None:
        topic = self.overdue_topic.currentData()
        rows = [r for r in self.overdue_rows if not topic or r.topic == topic]
        self.overdue.set_rows(rows)
        self.remind_button.setEnabled(False)
        self.overdue_count.setText(self.tr("超期事项 %1 件").replace("%1", str(len(rows))))

    def selected_overdue(self) -> Any:
        index = self.overdue_view.currentIndex()
        return self.overdue.data(index, ROW_ROLE) if index.isValid() else None

    def ask_reminder(self, row: Any) -> str | None:
        """The reminder's message from the user, or None when cancelled."""
        target = f"{row.unit}：{row.topic_label}" + (f"（{row.subject}）" if row.subject else "")
        dialog = RemindDialog(target, self.tr("请尽快办理：%1").replace("%1", row.topic_label), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.toPlainText().strip()

    def remind(self) -> None:
        row = self.selected_overdue()
        if row is None:
            return
        note = self.ask_reminder(row)
        if note is None:
            return
        self.run(
            lambda: self.backend.ledger_remind(
                row.unit_code, row.topic, note, row.entity_type, row.entity_id
            ),
            lambda _id: self.load_overdue(),
            self.tr("未能记录督办提醒"),
        )

    # -- 月度统计 ----------------------------------------------------------------------------------

    def _stats_tab(self) -> QWidget:
        self.stats_period = self._period_combo()
        self.stats_period.currentIndexChanged.connect(self.load_stats)
        self.figures = RowTableModel(
            [
                Column(self.tr("指标"), lambda r: r[0]),
                Column(self.tr("数值"), lambda r: r[1], align_right=True),
            ],
            self,
        )
        self.departments = RowTableModel(
            [
                Column(self.tr("审核司局"), lambda d: d.name),
                Column(self.tr("分办条数"), lambda d: d.routed, align_right=True),
                Column(self.tr("按时审核"), lambda d: d.in_time, align_right=True),
                Column(self.tr("超期"), lambda d: d.overdue, align_right=True),
                Column(self.tr("退回修改"), lambda d: d.returned, align_right=True),
            ],
            self,
        )
        figures = QGroupBox(self.tr("报送与名单情况"))
        QVBoxLayout(figures).addWidget(table(self.figures))
        departments = QGroupBox(self.tr("司局审核情况"))
        QVBoxLayout(departments).addWidget(table(self.departments))
        splitter = QSplitter()
        splitter.addWidget(figures)
        splitter.addWidget(departments)
        splitter.setSizes([420, 640])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("统计期：")))
        top.addWidget(self.stats_period)
        top.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return tab

    def load_stats(self) -> None:
        period = str(self.stats_period.currentData())
        self.run(
            lambda: self.backend.ledger_monthly_stats(period), self._show_stats, self.tr("无法读取月度统计")
        )

    def _show_stats(self, stats: Any) -> None:
        self.figures.set_rows(
            [
                (self.tr("应报送单位"), len(stats.grid.units)),
                (self.tr("已报送单位"), stats.received),
                (self.tr("按时报送"), stats.on_time),
                (self.tr("迟报"), stats.late),
                (self.tr("未报送"), stats.missing),
                (self.tr("其中无新增"), stats.nil_returns),
                (self.tr("接收名单条目"), stats.items_received),
                (self.tr("已公布"), stats.items_published),
                (self.tr("退回修改"), stats.items_returned),
                (self.tr("不予纳入"), stats.items_rejected),
                (self.tr("本月移出"), stats.removals),
                (self.tr("异议"), stats.objections),
            ]
        )
        self.departments.set_rows(stats.departments)

    # -- exports -----------------------------------------------------------------------------------

    def export_ledger(self) -> None:
        self._export(
            self.tr("导出台账"),
            f"台账-{dt.date.today():%Y%m%d}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
            self.backend.export_ledger,
            lambda path, rows: (
                self.tr("已导出台账 %1 条：%2").replace("%1", str(rows)).replace("%2", str(path))
            ),
        )

    def export_public_list(self) -> None:
        self._export(
            self.tr("导出公示名单"),
            f"公示名单-{dt.date.today():%Y%m%d}.xlsx",
            self.tr("Excel 工作簿 (*.xlsx)"),
            self.backend.export_public_list,
            lambda path, rows: (
                self.tr("已导出公示名单 %1 条（身份证号已隐去部分数字）：%2")
                .replace("%1", str(rows))
                .replace("%2", str(path))
            ),
        )

    def export_bulletin(self) -> None:
        period = str(self.bulletin_period.currentData())
        self._export(
            self.tr("导出月度通报"),
            f"情况通报-{period}.pdf",
            self.tr("PDF 文件 (*.pdf)"),
            lambda out: self.backend.export_bulletin(period, out),
            lambda path, _result: (
                self.tr("已生成 %1 月度通报：%2").replace("%1", period).replace("%2", str(path))
            ),
        )

    def _export(
        self,
        title: str,
        name: str,
        file_filter: str,
        work: Callable[[Path], Any],
        describe: Callable[[Path, Any], str],
    ) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), file_filter)
        if not chosen:
            return
        path = Path(chosen)
        suffix = Path(name).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)

        def done(result: Any) -> None:
            self.last_export = (path, result)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(title)
            box.setText(describe(path, result))
            box.open()
            self.last_message = box

        handle = self.runner.submit(
            lambda _h: work(path),
            done,
            lambda exc, details: show_failure(self, self.tr("导出失败"), exc, details),
        )
        track(self, handle, title, self.tr("正在导出 %1…").replace("%1", path.name))
