"""信用档案: everything the ministry holds on one entity, each listing with its provenance, the
review and meeting decisions, and the step-by-step history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import reference
from models.calendar import BEIJING
from views.table_models import Column, RowTableModel, table


def unit_name(code: str) -> str:
    try:
        return reference.unit(code).short_name
    except KeyError:
        return code


def region_text(code: str) -> str:
    """The region's name as far as the reference knows it (the province), with the code."""
    regions = reference.code_names("regions")
    if code in regions:
        return regions[code]
    province = regions.get(code[:2], "")
    return f"{province}（{code}）" if province else code


def value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fields_grid(pairs: list[tuple[str, str]], columns: int) -> QGridLayout:
    """Label/value pairs laid out ``columns`` pairs to a row."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(12)
    for index, (title, value) in enumerate(pairs):
        row, col = divmod(index, columns)
        caption = QLabel(title)
        caption.setStyleSheet("color: #475569;")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(caption, row, col * 2)
        grid.addWidget(value_label(value), row, col * 2 + 1)
    for col in range(columns):
        grid.setColumnStretch(col * 2 + 1, 1)
    return grid


class ListingPanel(QWidget):
    """One listing of the entity: its fields, provenance, decisions and history."""

    def __init__(self, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.provenance = value_label(record.provenance)
        details = fields_grid(
            [
                (self.tr("报送单位："), record.reporting_unit),
                (self.tr("报送期："), record.period),
                (self.tr("名单类别："), record.tier),
                (self.tr("失信行为："), record.criteria),
                (self.tr("认定依据文号："), record.basis_document),
                (self.tr("认定日期："), record.decision_date.isoformat()),
                (self.tr("当前状态："), record.state_label),
                (self.tr("审核司局："), record.department or self.tr("（未分办）")),
                (self.tr("公布批次："), record.batch or self.tr("（未公布）")),
                (
                    self.tr("公布日期："),
                    record.published_on.isoformat() if record.published_on else "",
                ),
                (self.tr("管理期满："), record.expires_on.isoformat() if record.expires_on else ""),
            ],
            3,
        )
        row = details.rowCount()
        caption = QLabel(self.tr("来源报送包："))
        caption.setStyleSheet("color: #475569;")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        details.addWidget(caption, row, 0)
        details.addWidget(self.provenance, row, 1, 1, 5)

        steps = [*record.reviews, *record.decisions]
        self.reviews = value_label("\n".join(steps) if steps else self.tr("尚无审核记录"))
        decisions = QGroupBox(self.tr("司局审核与会议审议"))
        QVBoxLayout(decisions).addWidget(self.reviews)

        self.history = RowTableModel(
            [
                Column(self.tr("时间"), lambda h: f"{h.at.astimezone(BEIJING):%Y-%m-%d %H:%M}"),
                Column(
                    self.tr("环节"),
                    lambda h: f"{h.from_state} → {h.to_state}" if h.from_state else h.to_state,
                ),
                Column(
                    self.tr("办理人"), lambda h: f"{h.actor}（{unit_name(h.unit)}）" if h.unit else h.actor
                ),
                Column(
                    self.tr("意见与理由"),
                    lambda h: (
                        h.reason + self.tr("（报送包 %1）").replace("%1", h.package)
                        if h.package
                        else h.reason
                    ),
                ),
            ],
            self,
        )
        self.history.set_rows(record.history)
        self.history_view = table(self.history)
        self.history_view.setWordWrap(False)
        history = QGroupBox(self.tr("办理记录"))
        QVBoxLayout(history).addWidget(self.history_view)

        layout = QVBoxLayout(self)
        layout.addLayout(details)
        layout.addWidget(decisions)
        layout.addWidget(history, 1)


class ArchiveDialog(QDialog):
    """The credit archive (信用档案) of one entity, read-only."""

    def __init__(self, archive: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("信用档案 — %1").replace("%1", archive.name))
        self.resize(1080, 760)
        self.heading = QLabel(archive.name)
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        subject = QGroupBox(self.tr("主体信息"))
        subject_layout = QVBoxLayout(subject)
        subject_layout.addWidget(self.heading)
        subject_layout.addLayout(
            fields_grid(
                [
                    (archive.code_kind + self.tr("："), archive.code),
                    (self.tr("注册地："), region_text(archive.region)),
                    (self.tr("行业："), archive.industry),
                    (self.tr("存续状态："), archive.status),
                    (
                        self.tr("名单记录："),
                        self.tr("%1 条").replace("%1", str(len(archive.listings))),
                    ),
                    (
                        self.tr("同名主体："),
                        "；".join(archive.duplicate_of) if archive.duplicate_of else self.tr("无"),
                    ),
                ],
                3,
            )
        )

        self.tabs = QTabWidget()
        self.panels = [ListingPanel(record, self) for record in archive.listings]
        for panel in self.panels:
            record = panel.record
            self.tabs.addTab(panel, f"{record.period} {record.reporting_unit} · {record.state_label}")
        if not self.panels:
            self.tabs.addTab(value_label(self.tr("该主体没有名单记录。")), self.tr("名单"))

        layout = QVBoxLayout(self)
        layout.addWidget(subject)
        layout.addWidget(self.tabs, 1)
        follow_ups = [
            (self.tr("异议："), archive.objections),
            (self.tr("移出："), archive.removals),
            (self.tr("信用修复："), archive.repairs),
        ]
        self.follow_up = QGroupBox(self.tr("异议、移出与信用修复"))
        self.follow_up.setLayout(
            fields_grid([(title, "\n".join(lines)) for title, lines in follow_ups if lines], 1)
        )
        self.follow_up.setVisible(any(lines for _title, lines in follow_ups))
        layout.addWidget(self.follow_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
