"""The ministry's ledger workbooks: the internal 台账 and the public list (公开名单).

Streaming (write-only) workbooks with a bold frozen header, real Excel dates, and every user text
neutralised against formula injection. The public list refuses any row that would print a full ID
number.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from exporters.annex1_xlsx import HEADER_FILL, HEADER_FONT
from exporters.annex_xlsx import formula_safe

DATE_FORMAT = "yyyy-mm-dd"
LEDGER_SHEET = "台账"
PUBLIC_SHEET = "公开名单"
_LONG_DIGITS = re.compile(r"\d{9,}")  # a masked ID shows at most 6 digits in a row

Value = str | int | dt.date | None


@dataclass(frozen=True)
class LedgerRow:
    """One listing item as the internal ledger shows it (labels already in Chinese)."""

    subject_name: str
    subject_code: str
    reporting_unit: str
    period: str  # YYYY-MM
    tier: str
    criteria: tuple[str, ...]
    basis_document: str
    decision_date: dt.date
    department: str
    review_opinion: str
    signer: str
    publication_batch: str
    published_on: dt.date | None
    expires_on: dt.date | None
    removed_on: dt.date | None
    status: str
    cross_province_duplicate: bool
    objection: str
    source_package: str


@dataclass(frozen=True)
class PublicRow:
    """One published item as the public list shows it; ``persons`` are (name, role, masked ID)."""

    subject_name: str
    subject_code: str
    region: str
    tier: str
    criteria: tuple[str, ...]
    basis_document: str
    decision_date: dt.date
    published_on: dt.date
    expires_on: dt.date
    persons: tuple[tuple[str, str, str], ...] = ()


LEDGER_COLUMNS: tuple[tuple[str, int], ...] = (
    ("序号", 6),
    ("单位名称", 30),
    ("统一社会信用代码", 22),
    ("报送单位", 20),
    ("所属期", 9),
    ("名单类别", 14),
    ("失信行为", 30),
    ("认定依据文号", 26),
    ("认定日期", 12),
    ("审核司局", 16),
    ("审核意见", 24),
    ("审签人", 10),
    ("公布批次", 14),
    ("公布日期", 12),
    ("管理期满", 12),
    ("移出日期", 12),
    ("当前状态", 12),
    ("跨省重复", 9),
    ("异议", 14),
    ("来源报送包", 26),
)

PUBLIC_COLUMNS: tuple[tuple[str, int], ...] = (
    ("序号", 6),
    ("单位名称", 30),
    ("统一社会信用代码", 22),
    ("注册地", 16),
    ("名单类别", 14),
    ("失信行为类别", 30),
    ("认定依据文号", 26),
    ("认定日期", 12),
    ("公布日期", 12),
    ("管理期限至", 12),
    ("有关人员", 44),
)


def safe_text(value: str) -> str:
    """User text fit for a cell: characters XML cannot hold dropped, formula starts quoted."""
    return str(formula_safe(ILLEGAL_CHARACTERS_RE.sub("", value)))


def public_persons(persons: Sequence[tuple[str, str, str]]) -> str:
    """张三（法定代表人，140102********1234）；… — refuses any text holding a full ID number."""
    parts = []
    for name, role, id_masked in persons:
        part = f"{name}（{role}，{id_masked}）" if id_masked else f"{name}（{role}）"
        if _LONG_DIGITS.search(part):
            raise ValueError(f"公开名单不得包含完整身份证件号码：{name}")
        parts.append(part)
    return "；".join(parts)


def _workbook(
    title: str, columns: Sequence[tuple[str, int]], rows: Iterable[Sequence[Value]], generated_at: dt.datetime
) -> bytes:
    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = "诚信台账 CreditLedger"
    wb.properties.created = wb.properties.modified = generated_at.replace(tzinfo=None)
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = f"{title}　生成时间 {generated_at:%Y-%m-%d %H:%M}　第 &P 页 共 &N 页"
    for index, (_header, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header: list[WriteOnlyCell] = []
    for name, _width in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, header_alignment
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([_cell(ws, value) for value in row])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell(ws: Any, value: Value) -> Any:
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, dt.datetime):
        raise TypeError("ledger cells take dates, not datetimes")
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def ledger_workbook(rows: Sequence[LedgerRow], generated_at: dt.datetime) -> bytes:
    """The internal ledger (sheet 台账), one row per listing item."""

    def values(n: int, r: LedgerRow) -> list[Value]:
        return [
            n,
            r.subject_name,
            r.subject_code,
            r.reporting_unit,
            r.period,
            r.tier,
            "、".join(r.criteria),
            r.basis_document,
            r.decision_date,
            r.department,
            r.review_opinion,
            r.signer,
            r.publication_batch,
            r.published_on,
            r.expires_on,
            r.removed_on,
            r.status,
            "是" if r.cross_province_duplicate else "否",
            r.objection,
            r.source_package,
        ]

    return _workbook(
        LEDGER_SHEET, LEDGER_COLUMNS, (values(n, r) for n, r in enumerate(rows, start=1)), generated_at
    )


def public_list_workbook(rows: Sequence[PublicRow], generated_at: dt.datetime) -> bytes:
    """The public list (sheet 公开名单); raises ValueError if a person's text holds a full ID number."""

    persons = [public_persons(r.persons) for r in rows]  # refuse before anything is written

    def values(n: int, r: PublicRow) -> list[Value]:
        return [
            n,
            r.subject_name,
            r.subject_code,
            r.region,
            r.tier,
            "、".join(r.criteria),
            r.basis_document,
            r.decision_date,
            r.published_on,
            r.expires_on,
            persons[n - 1],
        ]

    return _workbook(
        PUBLIC_SHEET, PUBLIC_COLUMNS, (values(n, r) for n, r in enumerate(rows, start=1)), generated_at
    )
