"""概览: the month at a glance — period, due date, working days left, counts, installation facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from views.pages.base import Page


class OverviewPage(Page):
    """Signals:
    import_requested(): the user wants to import an Annex 1 workbook.
    template_requested(): the user wants the Annex 1 template.
    """

    import_requested = Signal()
    template_requested = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.title = self.tr("概览")
        self.heading = QLabel(self.tr("正在打开数据库…"))
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)

        self.period = QLabel("—")
        self.due = QLabel("—")
        self.left = QLabel("—")
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45309;")
        self.warning.hide()
        cycle = QGroupBox(self.tr("本期报送"))
        form = QFormLayout(cycle)
        form.addRow(self.tr("报送期："), self.period)
        form.addRow(self.tr("报送截止："), self.due)
        form.addRow(self.tr("剩余时间："), self.left)
        form.addRow(self.warning)

        self.counts = QGroupBox(self.tr("名单情况"))
        self.counts_layout = QFormLayout(self.counts)

        self.check = QGroupBox(self.tr("报送前校验"))
        self.check_text = QLabel()
        self.check_text.setWordWrap(True)
        QVBoxLayout(self.check).addWidget(self.check_text)
        self.last = QGroupBox(self.tr("最近报送"))
        self.last_text = QLabel(self.tr("尚未报送"))
        self.last_text.setWordWrap(True)
        QVBoxLayout(self.last).addWidget(self.last_text)
        self.returned = QGroupBox(self.tr("总局退回修改的条目"))
        self.returned_text = QLabel()
        self.returned_text.setWordWrap(True)
        QVBoxLayout(self.returned).addWidget(self.returned_text)
        for box in (self.check, self.last, self.returned):
            box.hide()

        self.facts = QGroupBox(self.tr("本机数据"))
        facts = QFormLayout(self.facts)
        self.home = QLabel("—")
        self.database = QLabel("—")
        self.reference = QLabel("—")
        for label in (self.home, self.database):
            label.setWordWrap(True)
        facts.addRow(self.tr("数据目录："), self.home)
        facts.addRow(self.tr("数据库："), self.database)
        facts.addRow(self.tr("参考数据版本："), self.reference)

        import_button = QPushButton(self.tr("导入附件1表格…"))
        import_button.clicked.connect(self.import_requested)
        template_button = QPushButton(self.tr("下载导入模板…"))
        template_button.clicked.connect(self.template_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(template_button)
        buttons.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(cycle, 0, 0)
        grid.addWidget(self.counts, 0, 1)
        grid.addWidget(self.check, 1, 0)
        grid.addWidget(self.last, 1, 1)
        grid.addWidget(self.returned, 2, 0, 1, 2)
        grid.addWidget(self.facts, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_session(self, info: Any) -> None:
        self.heading.setText(
            self.tr("%1 · %2").replace("%1", info.unit_name).replace("%2", info.edition_label)
        )
        from PySide6.QtCore import Qt  # not at import time: the Qt namespace costs ~13 ms on the start path

        for label in (self.home, self.database):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.home.setText(str(info.home))
        self.database.setText(info.database)

    def refresh(self) -> None:
        today = dt.date.today()
        self.run(lambda: self.backend.overview(today), self._show, self.tr("无法读取概览"))

    def _show(self, ov: Any) -> None:
        year, month = ov.period.split("-")
        self.period.setText(
            self.tr("%1年%2月（上月信息于次月10日前报送）").replace("%1", year).replace("%2", str(int(month)))
        )
        self.due.setText(ov.due_on.isoformat())
        if ov.days_left >= 0:
            text = (
                self.tr("%1 个工作日（%2 天）")
                .replace("%1", str(ov.workdays_left))
                .replace("%2", str(ov.days_left))
            )
        else:
            text = self.tr("已超过截止日期 %1 天").replace("%1", str(-ov.days_left))
        self.left.setText(text)
        self.warning.setText("\n".join(ov.warnings))
        self.warning.setVisible(bool(ov.warnings))
        self.reference.setText(ov.reference_version)
        _clear(self.counts_layout)
        for label, count in ov.annex_counts:
            self.counts_layout.addRow(f"{label}：", QLabel(str(count)))
        if not ov.annex_counts:
            self.counts_layout.addRow(self.tr("本期名单条目："), QLabel(str(ov.items_this_period)))
        self.counts_layout.addRow(self.tr("其中典型案例："), QLabel(str(ov.typical_cases)))
        for label, count in ov.tier_counts:
            self.counts_layout.addRow(f"{label}：", QLabel(str(count)))
        for label, count in ov.state_counts:
            self.counts_layout.addRow(f"{label}：", QLabel(str(count)))
        self.counts_layout.addRow(self.tr("有关人员："), QLabel(str(ov.persons)))
        self._show_month(ov)

    def _show_month(self, ov: Any) -> None:
        """Provincial edition: what blocks or warns the export, the last package, returned items."""
        provincial = bool(ov.annex_counts)
        for box in (self.check, self.last):
            box.setVisible(provincial)
        self.returned.setVisible(bool(ov.returned))
        if not provincial:
            return
        if ov.check_errors:
            lines = [self.tr("有 %1 处错误，改正后才能报送：").replace("%1", str(len(ov.check_errors)))]
            lines += [f"• {e}" for e in ov.check_errors[:5]]
            self.check_text.setStyleSheet("color: #b91c1c;")
        elif ov.check_warnings:
            lines = [self.tr("可以报送，但有 %1 条提醒须确认：").replace("%1", str(len(ov.check_warnings)))]
            lines += [f"• {w}" for w in ov.check_warnings[:5]]
            self.check_text.setStyleSheet("color: #b45309;")
        else:
            lines = [self.tr("校验通过，可以审签报送。")]
            self.check_text.setStyleSheet("color: #15803d;")
        self.check_text.setText("\n".join(lines))
        last = ov.last_package
        if last is None:
            self.last_text.setText(self.tr("尚未报送。"))
        else:
            parts = [
                self.tr("%1 第 %2 版：%3")
                .replace("%1", last.period)
                .replace("%2", str(last.revision))
                .replace("%3", last.status)
            ]
            if last.received_at:
                parts.append(self.tr("总局接收：%1").replace("%1", f"{last.received_at:%Y-%m-%d %H:%M}"))
            parts.append(
                self.tr("回执已导入：%1").replace("%1", f"{last.receipt_at:%Y-%m-%d %H:%M}")
                if last.receipt_at
                else self.tr("尚未收到回执")
            )
            self.last_text.setText("\n".join(parts))
        self.returned_text.setText(
            "\n".join(f"• {r.subject_name}（{r.basis_document}）：{r.reason}" for r in ov.returned[:10])
        )


def _clear(layout: QFormLayout) -> None:
    while layout.rowCount():
        layout.removeRow(0)
