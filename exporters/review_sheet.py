"""The ministry's 审核单 (review sheet) PDF: one listing item, its review chain and sign-off blocks.

Also holds the small PDF toolkit the other ministry documents (``exporters.bulletin``) reuse: the
paragraph styles, a bordered table, date labels and a document builder whose footer reads
"第 n 页 共 m 页". Everything takes plain frozen dataclasses and returns the PDF's bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exporters.cover_pdf import register_font

TITLE = "安全生产领域失信行为联合惩戒对象审核单"
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN  # usable width of an A4 portrait page
HEADER_BACKGROUND = colors.HexColor("#DDEBF7")
LABEL_BACKGROUND = colors.HexColor("#F2F2F2")
LABEL_WIDTH = 36 * mm


@dataclass(frozen=True)
class ReviewStep:
    """One step of the review chain as far as it has gone (labels already in Chinese)."""

    step: str  # e.g. 司局审核, 法规审核, 分管领导审签
    department: str
    actor: str
    decision: str  # e.g. 同意纳入, 退回修改; empty while pending
    opinion: str
    at: dt.datetime | None
    signer_name: str = ""
    signer_title: str = ""
    signed_at: dt.datetime | None = None


@dataclass(frozen=True)
class ReviewSheet:
    """Everything one 审核单 shows; ``persons`` are (name, role label, masked ID number)."""

    sheet_no: str
    period: str  # YYYY-MM
    reporting_unit: str
    package_ref: str
    subject_name: str
    subject_code: str
    region: str
    industry: str
    tier: str
    criteria: tuple[str, ...]
    summary: str
    basis_document: str
    decision_date: dt.date
    measures: tuple[str, ...] = ()
    persons: tuple[tuple[str, str, str], ...] = ()
    steps: tuple[ReviewStep, ...] = ()


# ----------------------------------------------------------------------------- shared PDF toolkit


@dataclass(frozen=True)
class PdfStyles:
    """The paragraph styles the ministry documents share (CJK wrapping everywhere)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    small: ParagraphStyle


@cache
def pdf_styles() -> PdfStyles:
    """Build the shared styles once per process (registers the bundled font)."""
    font = register_font()

    def style(name: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra)

    return PdfStyles(
        title=style("title", 18, 26, alignment=1, spaceAfter=2 * mm),
        subtitle=style("subtitle", 12, 18, alignment=1, spaceAfter=4 * mm),
        heading=style("heading", 13, 20, spaceBefore=4 * mm, spaceAfter=2 * mm),
        body=style("body", 11, 19, firstLineIndent=22),
        cell=style("cell", 10, 15),
        cell_center=style("cell_center", 10, 15, alignment=1),
        cell_right=style("cell_right", 10, 15, alignment=2),
        small=style("small", 9, 13),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: markup escaped, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    heights: Sequence[float] | None = None,
) -> Table:
    """A bordered table that may split between and inside rows; a header row repeats on each page."""
    table = Table(
        [list(r) for r in rows],
        colWidths=list(widths),
        rowHeights=list(heights) if heights else None,
        repeatRows=1 if header else 0,
        splitByRow=1,
        splitInRow=1,
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), register_font()),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def cn_date(value: dt.date | None) -> str:
    """2026-11-20 → 2026年11月20日 (empty for None)."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def cn_time(value: dt.datetime | None) -> str:
    """A timestamp as printed on the documents (as given: callers pass local time)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def period_label(period: str) -> str:
    """2026-11 → 2026年11月."""
    year, month = period.split("-")
    return f"{int(year)}年{int(month)}月"


class FooterLabel(Flowable):
    """Invisible marker: pages from here on carry ``label`` at the left of their footer."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.footer_label = self.label  # type: ignore[attr-defined]


class _NumberedCanvas(Canvas):
    """Keeps every page until the end so the footer can say how many pages there are."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.footer_label = ""
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(register_font(), 9)
            self.setFillColor(colors.black)
            if self.footer_label:
                self.drawString(MARGIN, 10 * mm, self.footer_label)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {number} 页 共 {total} 页")
            super().showPage()
        super().save()


def build_pdf(story: Sequence[Flowable], title: str, subject: str = "") -> bytes:
    """Lay out ``story`` on A4 portrait pages with numbered footers and return the PDF."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        subject=subject,
        author="诚信台账 CreditLedger",
        creator="诚信台账 CreditLedger",
    )
    doc.build(list(story), canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- the review sheet


def _decision(sheet: ReviewSheet) -> str:
    last = sheet.steps[-1] if sheet.steps else None
    return last.decision if last and last.decision else "待审核"


def _fields(sheet: ReviewSheet, s: PdfStyles) -> Table:
    persons = "\n".join(f"{name}（{role}，{id_masked}）" for name, role, id_masked in sheet.persons)
    pairs = [
        ("报送单位", sheet.reporting_unit),
        ("报送包", sheet.package_ref),
        ("单位名称", sheet.subject_name),
        ("统一社会信用代码", sheet.subject_code),
        ("注册地", sheet.region),
        ("行业领域", sheet.industry),
        ("名单类别", sheet.tier),
        ("失信行为类别", "；".join(sheet.criteria)),
        ("事实简况", sheet.summary),
        ("认定依据文号", sheet.basis_document),
        ("认定日期", cn_date(sheet.decision_date)),
        ("惩戒措施", "；".join(sheet.measures) or "—"),
        ("有关人员", persons or "—"),
    ]
    summary_row = [label for label, _value in pairs].index("事实简况")
    return grid_table(
        [[text(label, s.cell_center), text(value, s.cell)] for label, value in pairs],
        [LABEL_WIDTH, WIDTH - LABEL_WIDTH],
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (0, -1), LABEL_BACKGROUND),
            # a long summary splits across pages: keep its label on the first part
            ("VALIGN", (0, summary_row), (0, summary_row), "TOP"),
        ],
    )


def _steps(sheet: ReviewSheet, s: PdfStyles) -> Table:
    widths = [mm * w for w in (20, 26, 16, 18, 46, 22, 22)]
    head = ["环节", "部门", "经办人", "结论", "审核意见", "时间", "审签"]
    rows: list[list[Any]] = [[text(h, s.cell_center) for h in head]]
    for step in sheet.steps:
        signed = (
            f"{step.signer_name}\n{step.signer_title}\n{cn_time(step.signed_at)}".strip()
            if step.signed_at
            else "未签"
        )
        values = (step.step, step.department, step.actor, step.decision, step.opinion, cn_time(step.at))
        rows.append([text(v, s.small) for v in values] + [text(signed, s.small)])
    extra: list[tuple[Any, ...]] = []
    if not sheet.steps:
        rows.append([text("尚无审核记录", s.cell_center), "", "", "", "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    return grid_table(rows, widths, extra=extra)


def _sign_off(sheet: ReviewSheet, s: PdfStyles) -> KeepTogether:
    """The hand-signature blocks, filled in only once the current step has been signed."""
    last = sheet.steps[-1] if sheet.steps else None
    signed = last if last is not None and last.signed_at is not None else None
    reviewer = f"{signed.actor}（电子审签）" if signed else ""
    head = f"{signed.signer_name}　{signed.signer_title}（电子审签）" if signed else ""
    reviewed_on = cn_date(signed.at.date()) if signed and signed.at else ""
    head_on = cn_date(signed.signed_at.date()) if signed and signed.signed_at else ""
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    if not signed:
        rows.append([text("审核意见", s.cell_center), "", "", ""])
        extra += [
            ("SPAN", (1, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (0, 0), LABEL_BACKGROUND),
            ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ]
    rows += [
        [text("审核人签字", s.cell_center), text(reviewer, s.cell), text("日期", s.cell_center), reviewed_on],
        [text("司局负责人签字", s.cell_center), text(head, s.cell), text("日期", s.cell_center), head_on],
    ]
    first = 1 if not signed else 0
    extra += [
        ("BACKGROUND", (0, first), (0, -1), LABEL_BACKGROUND),
        ("BACKGROUND", (2, first), (2, -1), LABEL_BACKGROUND),
    ]
    heights = ([24 * mm] if not signed else []) + [14 * mm, 14 * mm]
    # fixed row heights leave room to sign by hand
    table = grid_table(
        rows,
        [LABEL_WIDTH, 74 * mm, 18 * mm, WIDTH - LABEL_WIDTH - 92 * mm],
        header=False,
        extra=extra,
        heights=heights,
    )
    return KeepTogether([Spacer(1, 5 * mm), table])


def _sheet_story(sheet: ReviewSheet) -> list[Flowable]:
    s = pdf_styles()
    head = Table(
        [
            [
                text(f"编号：{sheet.sheet_no}", s.cell),
                text(f"所属期：{period_label(sheet.period)}", s.cell_right),
            ]
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
        style=[("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0)],
    )
    return [
        FooterLabel(f"审核单 {sheet.sheet_no}　{sheet.subject_name}"),
        Paragraph(TITLE, s.title),
        head,
        Spacer(1, 2 * mm),
        _fields(sheet, s),
        Paragraph("审核流程", s.heading),
        _steps(sheet, s),
        _sign_off(sheet, s),
    ]


def review_sheet(sheet: ReviewSheet) -> bytes:
    """One item's 审核单 (normally one A4 page; a long summary flows on to the next)."""
    return build_pdf(_sheet_story(sheet), f"{TITLE} {sheet.sheet_no}", sheet.subject_name)


def review_sheets(sheets: Sequence[ReviewSheet], batch_title: str) -> bytes:
    """A batch: a summary table of every item, then each item's sheet on a page of its own."""
    s = pdf_styles()
    widths = [mm * w for w in (12, 27, 46, 36, 30)]
    widths.append(WIDTH - sum(widths))
    head = ["序号", "审核单编号", "单位名称", "统一社会信用代码", "报送单位", "审核结论"]
    rows: list[list[Any]] = [[text(h, s.cell_center) for h in head]]
    for n, sheet in enumerate(sheets, start=1):
        values = (sheet.sheet_no, sheet.subject_name, sheet.subject_code, sheet.reporting_unit)
        rows.append(
            [
                text(str(n), s.cell_center),
                *(text(v, s.small) for v in values),
                text(_decision(sheet), s.small),
            ]
        )
    if not sheets:
        rows.append([text("本批无审核单", s.cell_center), "", "", "", "", ""])
    story: list[Flowable] = [
        FooterLabel(batch_title),
        Paragraph(escape(batch_title), s.title),
        Paragraph(f"共 {len(sheets)} 件", s.subtitle),
        grid_table(rows, widths, extra=[("SPAN", (0, 1), (-1, 1))] if not sheets else []),
    ]
    for sheet in sheets:
        story += [PageBreak(), *_sheet_story(sheet)]
    return build_pdf(story, batch_title, f"{len(sheets)} 件审核单")
