"""The monthly 情况通报 (bulletin) PDF: headline figures, timeliness per unit, department reviews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from exporters.review_sheet import (
    LABEL_BACKGROUND,
    WIDTH,
    FooterLabel,
    build_pdf,
    cn_date,
    grid_table,
    pdf_styles,
    period_label,
    text,
)

TITLE = "安全生产失信行为联合惩戒工作情况通报"
_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class BulletinFigures:
    """The month's headline figures."""

    packages_received: int
    on_time: int
    late: int
    missing: int
    nil_returns: int
    items_received: int
    items_published: int
    items_returned: int
    items_rejected: int
    removals: int
    objections: int
    accidents: int


@dataclass(frozen=True)
class TimelinessRow:
    """One reporting unit's submission this month (status text as printed, e.g. 迟报3天)."""

    unit: str
    status: str
    received_at: str
    items: int


@dataclass(frozen=True)
class DepartmentRow:
    """One HQ department's review work this month."""

    department: str
    routed: int
    reviewed_in_time: int
    overdue: int
    returned: int


@dataclass(frozen=True)
class Bulletin:
    """Everything the bulletin prints."""

    period: str  # YYYY-MM
    issued_on: dt.date
    issuer: str
    figures: BulletinFigures
    timeliness: tuple[TimelinessRow, ...] = ()
    departments: tuple[DepartmentRow, ...] = ()
    notes: tuple[str, ...] = ()


def _overview(data: Bulletin) -> str:
    f = data.figures
    return (
        f"{period_label(data.period)}，办公厅共接收各单位报送包{f.packages_received}个，"
        f"其中按时报送{f.on_time}个（含本月无新增{f.nil_returns}个），迟报{f.late}个，"
        f"另有{f.missing}个单位未报送。共接收拟纳入联合惩戒对象信息{f.items_received}条，"
        f"经审核公布{f.items_published}条，退回修改{f.items_returned}条，不予纳入{f.items_rejected}条；"
        f"移出联合惩戒对象{f.removals}条，受理异议{f.objections}件，"
        f"接收生产安全事故信息{f.accidents}起。"
    )


def _figures_table(f: BulletinFigures) -> Flowable:
    s = pdf_styles()
    pairs = [
        ("接收报送包（个）", f.packages_received),
        ("按时报送（个）", f.on_time),
        ("迟报（个）", f.late),
        ("未报送（个）", f.missing),
        ("本月无新增（个）", f.nil_returns),
        ("接收信息（条）", f.items_received),
        ("公布（条）", f.items_published),
        ("退回修改（条）", f.items_returned),
        ("不予纳入（条）", f.items_rejected),
        ("移出（条）", f.removals),
        ("异议（件）", f.objections),
        ("生产安全事故（起）", f.accidents),
    ]
    half = (len(pairs) + 1) // 2
    rows: list[list[Any]] = []
    for i, (label, n) in enumerate(pairs[:half]):
        row: list[Any] = [text(label, s.cell), text(str(n), s.cell_center), "", ""]
        if i + half < len(pairs):
            right_label, right_n = pairs[i + half]
            row[2:] = [text(right_label, s.cell), text(str(right_n), s.cell_center)]
        rows.append(row)
    quarter = WIDTH / 4
    return grid_table(
        rows,
        [quarter * 1.3, quarter * 0.7, quarter * 1.3, quarter * 0.7],
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
            ("BACKGROUND", (2, 0), (2, -1), LABEL_BACKGROUND),
        ],
    )


def _timeliness_table(rows: Sequence[TimelinessRow]) -> Flowable:
    s = pdf_styles()
    head = ["序号", "报送单位", "报送情况", "接收时间", "条数"]
    body: list[list[Any]] = [[text(h, s.cell_center) for h in head]]
    for n, row in enumerate(rows, start=1):
        body.append(
            [
                text(str(n), s.cell_center),
                text(row.unit, s.cell),
                text(row.status, s.cell),
                text(row.received_at or "—", s.cell_center),
                text(str(row.items), s.cell_center),
            ]
        )
    widths = [mm * w for w in (12, 56, 52, 34)]
    widths.append(WIDTH - sum(widths))
    return grid_table(body, widths)


def _department_table(rows: Sequence[DepartmentRow]) -> Flowable:
    s = pdf_styles()
    head = ["司局", "分办（条）", "按时审核（条）", "超期（条）", "退回（条）"]
    body: list[list[Any]] = [[text(h, s.cell_center) for h in head]]
    for row in rows:
        numbers = (row.routed, row.reviewed_in_time, row.overdue, row.returned)
        body.append([text(row.department, s.cell), *(text(str(n), s.cell_center) for n in numbers)])
    totals = (
        sum(r.routed for r in rows),
        sum(r.reviewed_in_time for r in rows),
        sum(r.overdue for r in rows),
        sum(r.returned for r in rows),
    )
    body.append([text("合计", s.cell_center), *(text(str(n), s.cell_center) for n in totals)])
    first = 62 * mm
    rest = (WIDTH - first) / 4
    return grid_table(
        body,
        [first, rest, rest, rest, rest],
        extra=[("BACKGROUND", (0, -1), (-1, -1), LABEL_BACKGROUND)],
    )


def bulletin(data: Bulletin) -> bytes:
    """The month's bulletin as a PDF (tables repeat their header row on every page)."""
    s = pdf_styles()
    sections: list[tuple[str, list[Flowable]]] = [
        ("总体情况", [Paragraph(_overview(data), s.body), Spacer(1, 3 * mm), _figures_table(data.figures)]),
        ("各单位报送情况", [_timeliness_table(data.timeliness)]),
        ("各司局审核情况", [_department_table(data.departments)]),
    ]
    if data.notes:
        sections.append(("有关情况说明", [text(note, s.body) for note in data.notes]))
    story: list[Flowable] = [
        FooterLabel(f"{TITLE}（{period_label(data.period)}）"),
        Paragraph(TITLE, s.title),
        Paragraph(f"（{period_label(data.period)}）", s.subtitle),
    ]
    for number, (heading, flowables) in enumerate(sections):
        # a heading never stays alone at the foot of a page
        story += [CondPageBreak(30 * mm), Paragraph(f"{_NUMERALS[number]}、{heading}", s.heading), *flowables]
    signature = s.body.clone("signature", alignment=2, firstLineIndent=0)
    story.append(
        KeepTogether(
            [Spacer(1, 10 * mm), text(data.issuer, signature), text(cn_date(data.issued_on), signature)]
        )
    )
    return build_pdf(story, f"{TITLE}（{period_label(data.period)}）", data.issuer)
