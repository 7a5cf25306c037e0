"""接收报送包 (ministry): from files, folders, saved e-mails (also by drag and drop) or the mailbox,
with every verification check's result, timeliness, quarantined items and receipts; the timeliness
grid (units × months, with extensions) and the feedback still to be signed and sent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from views.forms import FormDialog, date_edit, day_of
from views.messages import show_failure
from views.pages.base import Page
from views.progress import track
from views.table_models import ROW_ROLE, Column, RowTableModel, stamp, table

ACCEPTED_SUFFIXES = (".p7m", ".eml")
STATUS_COLOURS = {
    "on_time": "#e3f1e3",
    "nil": "#e3f1e3",
    "late": "#fbe6c8",
    "nil_late": "#fbe6c8",
    "missing": "#f6d3d3",
}


class MailboxDialog(QDialog):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从邮箱收取"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ssl = QCheckBox(self.tr("加密连接（SSL/TLS）"))
        self.ssl.setChecked(True)
        self.ssl.toggled.connect(lambda on: self.port.setValue(993 if on else 143))
        form = QFormLayout(self)
        form.addRow(self.tr("服务器："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("账号："), self.user)
        form.addRow(self.tr("密码："), self.password)
        form.addRow(self.ssl)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TimelinessModel(QAbstractTableModel):
    """Units (rows) × reporting periods (columns) of a ``TimelinessGrid``, coloured by status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: Any = None

    def set_grid(self, grid: Any) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.cell(self.grid.units[index.row()].code, self.grid.periods[index.column()])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.units)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            year, month = self.grid.periods[section].split("-")
            return self.tr("%1年%2月").replace("%1", year).replace("%2", str(int(month)))
        return self.grid.units[section].short_name

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole and cell.status in STATUS_COLOURS:
            return QBrush(QColor(STATUS_COLOURS[cell.status]))
        if role == Qt.ItemDataRole.ToolTipRole and cell.received_at is not None:
            return (
                self.tr("首次接收：%1；共 %2 个版本")
                .replace("%1", stamp(cell.received_at))
                .replace("%2", str(cell.revisions))
            )
        return None


class ExtensionDialog(FormDialog):
    """批准延期: the new due date, who approved it and why (all required)."""

    def __init__(self, unit_name: str, period: str, parent: Any = None) -> None:
        super().__init__(self.tr("批准延期报送"), parent=parent, width=0)
        year, month = (int(x) for x in period.split("-"))
        self.until = date_edit(dt.date(year + month // 12, month % 12 + 1, 15))
        self.granted_by = QLineEdit()
        self.granted_by.setPlaceholderText(self.tr("如：办公厅负责同志"))
        self.reason = QLineEdit()
        self.form.addRow(self.tr("报送单位："), QLabel(unit_name))
        self.form.addRow(self.tr("报送期："), QLabel(period))
        self.form.addRow(self.tr("延期至："), self.until)
        self.form.addRow(self.tr("批准人："), self.granted_by)
        self.form.addRow(self.tr("理由："), self.reason)
        self.finish(self.granted_by, self.reason)

    def ready(self) -> bool:
        return bool(self.granted_by.text().strip() and self.reason.text().strip())

    def values(self) -> tuple[dt.date, str, str]:
        return day_of(self.until), self.granted_by.text().strip(), self.reason.text().strip()


class IntakePage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("接收报送包")
        self.setAcceptDrops(True)
        files = QPushButton(self.tr("从文件接收…"))
        files.clicked.connect(self._files)
        folder = QPushButton(self.tr("从文件夹接收…"))
        folder.clicked.connect(self._folder)
        mailbox = QPushButton(self.tr("从邮箱收取…"))
        mailbox.clicked.connect(self._mailbox)
        hint = QLabel(self.tr("也可以把 .p7m 报送包或 .eml 邮件直接拖到此处。"))
        buttons = QHBoxLayout()
        for widget in (files, folder, mailbox, hint):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.revisions = RowTableModel(
            [
                Column(self.tr("报送单位"), lambda r: r.unit_name),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("版本"), lambda r: r.revision, align_right=True),
                Column(self.tr("接收时间"), lambda r: stamp(r.received_at)),
                Column(self.tr("渠道"), lambda r: r.channel),
                Column(self.tr("时效"), lambda r: r.timeliness),
                Column(self.tr("名单条目"), lambda r: self.tr("本月无新增") if r.nil_return else r.items),
                Column(self.tr("隔离"), lambda r: r.quarantined, align_right=True),
                Column(self.tr("状态"), lambda r: r.status),
                Column(self.tr("回执"), lambda r: r.receipt),
            ],
            self,
        )
        self.checks = QListWidget()
        self.items = RowTableModel(
            [
                Column(self.tr("单位名称"), lambda r: r.subject_name),
                Column(self.tr("统一社会信用代码"), lambda r: r.subject_code),
                Column(self.tr("结果"), lambda r: r.outcome),
                Column(self.tr("理由"), lambda r: r.reason),
            ],
            self,
        )
        self.revision_view = table(self.revisions)
        self.revision_view.selectionModel().currentRowChanged.connect(self._selected)
        lower = QSplitter()
        lower.addWidget(self.checks)
        lower.addWidget(table(self.items))
        lower.setSizes([460, 640])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.revision_view)
        splitter.addWidget(lower)
        received = QWidget()
        received_layout = QVBoxLayout(received)
        received_layout.addLayout(buttons)
        received_layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(received, self.tr("接收记录"))
        self.tabs.addTab(self._timeliness_tab(), self.tr("报送时效"))
        self.tabs.addTab(self._feedback_tab(), self.tr("待发反馈"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)

    def _timeliness_tab(self) -> QWidget:
        self.months = QSpinBox()
        self.months.setRange(1, 24)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" 个月"))
        self.months.valueChanged.connect(lambda _v: self.refresh())
        self.extend_button = QPushButton(self.tr("批准延期…"))
        self.extend_button.clicked.connect(self._extend)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("显示最近：")))
        bar.addWidget(self.months)
        bar.addWidget(self.extend_button)
        bar.addWidget(QLabel(self.tr("以总局接收时间为准；更正版本不改变首次报送的时效。")))
        bar.addStretch(1)
        self.grid = TimelinessModel(self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid_summary = QLabel()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.grid_view, 1)
        layout.addWidget(self.grid_summary)
        return tab

    def _feedback_tab(self) -> QWidget:
        self.pending = RowTableModel(
            [
                Column(self.tr("报送单位"), lambda r: r.unit_name),
                Column(self.tr("报送期"), lambda r: r.period),
                Column(self.tr("版本"), lambda r: r.revision, align_right=True),
                Column(self.tr("结果有变化的条目"), lambda r: r.changed, align_right=True),
            ],
            self,
        )
        self.pending_view = table(self.pending)
        self.pending_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        issue_selected = QPushButton(self.tr("签发所选单位的反馈"))
        issue_selected.clicked.connect(lambda: self.issue(selected_only=True))
        issue_all = QPushButton(self.tr("全部签发"))
        issue_all.clicked.connect(lambda: self.issue(selected_only=False))
        bar = QHBoxLayout()
        bar.addWidget(issue_selected)
        bar.addWidget(issue_all)
        bar.addWidget(
            QLabel(
                self.tr("反馈写明每个条目的审核结果和退回理由，签名后交报送单位导入（存储介质或电子邮件）。")
            )
        )
        bar.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.pending_view, 1)
        return tab

    def refresh(self) -> None:
        index = self.tabs.currentIndex()
        if index == 1:
            months = self.months.value()
            self.run(lambda: self.backend.timeliness(months), self._show_grid, self.tr("无法读取报送时效"))
        elif index == 2:
            self.run(self.backend.feedback_pending, self.pending.set_rows, self.tr("无法读取待发反馈"))
        else:
            self.run(self.backend.package_revisions, self.revisions.set_rows, self.tr("无法读取接收记录"))

    # -- timeliness --------------------------------------------------------------------------------

    def _show_grid(self, grid: Any) -> None:
        self.grid.set_grid(grid)
        counts: dict[str, int] = {}
        for cell in grid.cells.values():
            counts[cell.status] = counts.get(cell.status, 0) + 1
        latest = grid.periods[-1]
        late = sum(1 for u in grid.units if grid.cell(u.code, latest).status in ("late", "nil_late"))
        missing = sum(1 for u in grid.units if grid.cell(u.code, latest).status == "missing")
        self.grid_summary.setText(
            self.tr("%1：%2 个单位，迟报 %3 个，未报送 %4 个。")
            .replace("%1", self.grid.headerData(len(grid.periods) - 1, Qt.Orientation.Horizontal))
            .replace("%2", str(len(grid.units)))
            .replace("%3", str(late))
            .replace("%4", str(missing))
        )

    def _extend(self) -> None:
        index = self.grid_view.currentIndex()
        cell = self.grid.cell(index)
        if cell is None:
            QMessageBox.information(self, self.tr("批准延期"), self.tr("请先在表格中选择单位和月份。"))
            return
        unit_name = self.grid.headerData(index.row(), Qt.Orientation.Vertical)
        dialog = ExtensionDialog(unit_name, cell.period, self)
        self.extension_dialog = dialog
        dialog.accepted.connect(lambda: self._grant(cell.unit_code, cell.period, *dialog.values()))
        dialog.open()

    def _grant(self, unit_code: str, period: str, until: dt.date, granted_by: str, reason: str) -> None:
        self.run(
            lambda: self.backend.grant_extension(unit_code, period, until, granted_by, reason),
            lambda _r: self.refresh(),
            self.tr("无法批准延期"),
        )

    # -- feedback ----------------------------------------------------------------------------------

    def issue(self, *, selected_only: bool) -> None:
        if selected_only:
            rows = [
                self.pending.row_object(i.row()) for i in self.pending_view.selectionModel().selectedRows()
            ]
        else:
            rows = [self.pending.row_object(i) for i in range(self.pending.rowCount())]
        if not rows:
            QMessageBox.information(self, self.tr("签发反馈"), self.tr("没有需要签发的反馈。"))
            return
        targets = [(r.unit_code, r.period) for r in rows]
        handle = self.runner.submit(
            lambda h: self.backend.issue_feedback(targets, h.report),
            self._issued,
            lambda exc, details: show_failure(self, self.tr("签发反馈失败"), exc, details),
        )
        track(self, handle, self.tr("签发反馈"), self.tr("正在签名…"))

    def _issued(self, issued: list[Any]) -> None:
        self.last_issued = issued
        lines = [
            f"{r.unit_code} {r.period} 第{r.revision}版：{r.path}（"
            + "、".join(f"{label}{n}" for label, n in r.counts.items())
            + "）"
            for r in issued
        ]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("反馈已签发"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("已签发 %1 份反馈：").replace("%1", str(len(issued))) + "\n" + "\n".join(lines))
        box.open()
        self.last_box = box
        self.refresh()

    def _selected(self, current: Any, _previous: Any) -> None:
        row = self.revisions.data(current, ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        self.checks.clear()
        for label, ok, detail in row.checks:
            self.checks.addItem(("✔ " if ok else "✘ ") + label + (f"：{detail}" if detail else ""))
        self.run(lambda: self.backend.revision_items(row.id), self.items.set_rows)

    # -- intake ------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.toLocalFile().lower().endswith(ACCEPTED_SUFFIXES) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.receive([Path(u.toLocalFile()) for u in event.mimeData().urls()])

    def _files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("接收报送包"), "", self.tr("报送包或邮件 (*.p7m *.eml)")
        )
        if paths:
            self.receive([Path(p) for p in paths])

    def _folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放报送包的文件夹"))
        if folder:
            self.receive([Path(folder)])

    def receive(self, paths: list[Path]) -> None:
        handle = self.runner.submit(
            lambda h: self.backend.intake_paths(paths, h.report),
            self._received,
            lambda exc, details: show_failure(self, self.tr("接收失败"), exc, details),
        )
        track(self, handle, self.tr("接收报送包"), self.tr("正在解密和验证…"))

    def _mailbox(self) -> None:
        dialog = MailboxDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        host, port, user = dialog.host.text().strip(), dialog.port.value(), dialog.user.text().strip()
        password, use_ssl = dialog.password.text(), dialog.ssl.isChecked()
        handle = self.runner.submit(
            lambda _h: self.backend.intake_imap(host, port, user, password, use_ssl),
            self._received,
            lambda exc, details: show_failure(self, self.tr("收取失败"), exc, details),
        )
        track(self, handle, self.tr("从邮箱收取"), self.tr("正在收取邮件…"))

    def _received(self, results: list[Any]) -> None:
        self.last_results = results
        labels = {
            "imported": self.tr("已接收"),
            "duplicate": self.tr("重复，未导入"),
            "refused": self.tr("拒收"),
        }
        lines = []
        for r in results:
            line = f"【{labels[r.status]}】{r.inspection.file_name}：{r.message}"
            failure = r.inspection.failure
            if r.status == "refused" and failure is not None and failure.detail not in r.message:
                line += f"（{failure.label}：{failure.detail}）"
            lines.append(line)
        if not lines:
            lines.append(self.tr("没有新的报送包。"))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("接收结果"))
        box.setIcon(
            QMessageBox.Icon.Warning
            if any(r.status == "refused" for r in results)
            else QMessageBox.Icon.Information
        )
        box.setText("\n".join(lines))
        box.open()
        self.last_box = box
        self.refresh()
