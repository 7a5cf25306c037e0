"""The Annex 1 workbook: template, forgiving reader and re-importable error report (SPEC §6)."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from exporters.atomic import atomic_path
from models import reference
from models.annex1 import (
    ITEM_HEADERS,
    ITEM_SHEET,
    PERSON_HEADERS,
    PERSON_SHEET,
    canonical_header,
    required_headers,
)
from models.enums import PersonRole
from models.errors import UserError

REASON_HEADER = "错误原因（改正后可直接重新导入，本列不导入）"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
HEADER_FONT = Font(bold=True)
_WIDTHS = {
    "单位名称": 30,
    "统一社会信用代码": 22,
    "失信行为简况": 40,
    "认定依据文号": 24,
    "惩戒措施": 28,
    "备注": 20,
}


class WorkbookError(UserError):
    """The file cannot be read as an Annex 1 workbook (Chinese message naming the file)."""


@dataclass
class RawRow:
    sheet: str  # the sheet's title in the file
    kind: str  # ITEM_SHEET or PERSON_SHEET: which template sheet it corresponds to
    row: int  # 1-based row number as Excel shows it
    values: dict[str, Any]
    columns: dict[str, str]  # canonical header → column letter


@dataclass
class RawSheet:
    name: str
    rows: list[RawRow] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)


@dataclass
class RawWorkbook:
    items: RawSheet | None
    persons: RawSheet | None


# ----------------------------------------------------------------------------- template


def write_template(target: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = ITEM_SHEET
    _header_row(ws, ITEM_HEADERS)
    yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(yes_no)
    for header in ("是否纳入黑名单", "是否典型案例"):
        letter = get_column_letter(ITEM_HEADERS.index(header) + 1)
        yes_no.add(f"{letter}2:{letter}2000")
    persons = wb.create_sheet(PERSON_SHEET)
    _header_row(persons, PERSON_HEADERS)
    roles = DataValidation(
        type="list", formula1='"' + ",".join(r.label for r in PersonRole) + '"', allow_blank=True
    )
    persons.add_data_validation(roles)
    roles.add("D2:D2000")
    _guide_sheet(wb.create_sheet("填写说明"))
    with atomic_path(target) as tmp:
        wb.save(tmp)


def _header_row(ws: Any, headers: Sequence[str]) -> None:
    ws.append(list(headers))
    for index, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=index)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(header, 14)
    ws.freeze_panes = "A2"


def _guide_sheet(ws: Any) -> None:
    lines: list[tuple[str, str]] = [
        ("填写说明", ""),
        ("日期", "可填 2026-10-05、2026/10/5、2026年10月5日、20261005 或 Excel 日期。"),
        ("是/否", "可填 是/否、Y/N、1/0。"),
        ("多选", "失信行为类别、黑名单情形、惩戒措施可填多项，用顿号、逗号、分号或换行分隔。"),
        ("失信行为类别", "按认定日期适用的规定填写序号、（一）等编号或简称："),
    ]
    for pack in reference.rule_packs():
        for row in reference.criteria(pack.code):
            lines.append((f"{pack.name} {row['numeral']}", f"{row['short_label']}（{row['code']}）"))
    lines.append(("信息来源", "、".join(reference.code_names("source_channels").values())))
    lines.append(("行业领域", "、".join(reference.code_names("industries").values())))
    lines.append(
        ("惩戒措施", "、".join(f"{r['code']} {r['short_label']}" for r in reference.items("measures")))
    )
    lines.append(("人员类别", "、".join(r.label for r in PersonRole)))
    for key, text in lines:
        ws.append([key, text])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 90
    ws["A1"].font = HEADER_FONT


# ----------------------------------------------------------------------------- reading


def read_workbook(path: Path, should_stop: Callable[[], bool] = lambda: False) -> RawWorkbook:
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise WorkbookError(f"无法打开文件 {path.name}：不是有效的 Excel（.xlsx）工作簿（{exc}）。") from exc
    try:
        items = _find_sheet(wb, ITEM_SHEET, ("附件一", "附件1"), ITEM_HEADERS, should_stop)
        persons = _find_sheet(wb, PERSON_SHEET, ("人员",), PERSON_HEADERS, should_stop)
    finally:
        wb.close()
    if items is None and persons is None:
        raise WorkbookError(
            f"{path.name} 中找不到“{ITEM_SHEET}”工作表（或表头含“单位名称”“统一社会信用代码”的工作表）。"
        )
    return RawWorkbook(items, persons)


def _find_sheet(
    wb: Any, title: str, hints: Sequence[str], headers: Sequence[str], should_stop: Callable[[], bool]
) -> RawSheet | None:
    """The sheet named ``title``, else one whose name contains a hint, else one whose headers match."""
    by_name = [ws for ws in wb.worksheets if ws.title.strip() == title]
    by_hint = [ws for ws in wb.worksheets if any(h in ws.title for h in hints)]
    for ws in by_name + by_hint + list(wb.worksheets):
        sheet = _read_sheet(ws, title, headers, should_stop)
        if sheet is not None:
            return sheet
    return None


def _read_sheet(
    ws: Any, kind: str, headers: Sequence[str], should_stop: Callable[[], bool]
) -> RawSheet | None:
    rows = ws.iter_rows(values_only=True)
    header_map: dict[int, str] = {}
    ignored: list[str] = []
    header_row = 0
    for number, values in enumerate(rows, start=1):
        candidate = {i: canonical_header(v) for i, v in enumerate(values) if v not in (None, "")}
        if sum(1 for h in candidate.values() if h in headers) >= 3 and _has_required(candidate, kind):
            header_map = {i: h for i, h in candidate.items() if h in headers}
            ignored = [h for h in candidate.values() if h not in headers and not h.startswith("错误原因")]
            header_row = number
            break
        if number >= 10:
            return None
    if not header_map:
        return None
    sheet = RawSheet(ws.title, ignored_headers=ignored)
    letters = {h: get_column_letter(i + 1) for i, h in header_map.items()}
    for number, values in enumerate(rows, start=header_row + 1):
        if should_stop():
            break
        record = {h: values[i] for i, h in header_map.items() if i < len(values)}
        meaningful = {
            k: v for k, v in record.items() if k != "序号" and v not in (None, "") and str(v).strip()
        }
        if not meaningful:
            continue
        sheet.rows.append(RawRow(ws.title, kind, number, record, letters))
    return sheet


def _has_required(candidate: Mapping[int, str], kind: str) -> bool:
    present = set(candidate.values())
    return sum(1 for h in required_headers(kind) if h in present) >= 2


# ----------------------------------------------------------------------------- error report


@dataclass(frozen=True)
class ReportEntry:
    sheet: str
    row: int
    column: str  # the template header, e.g. 认定日期
    cell: str  # e.g. M7 ("" when the problem is the whole row)
    reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "cell": self.cell,
            "reason": self.reason,
        }


def write_report(
    target: Path, refused: Iterable[tuple[RawRow, Sequence[ReportEntry]]], source_name: str
) -> None:
    """Refused rows in the template's layout, offending cells marked, plus a reason column.

    After correcting the cells the user imports this file as it is: the reason column and the
    summary sheet are ignored by the reader.
    """
    sheets = {ITEM_SHEET: (ITEM_HEADERS, ITEM_HEADERS), PERSON_SHEET: (PERSON_HEADERS, PERSON_HEADERS)}
    write_refused(target, sheets, ((raw.kind, raw, entries) for raw, entries in refused), source_name)


def write_refused(
    target: Path,
    sheets: Mapping[str, tuple[Sequence[str], Sequence[str]]],
    refused: Iterable[tuple[str, RawRow, Sequence[ReportEntry]]],
    source_name: str,
) -> None:
    """The error report of any template: ``sheets`` maps each sheet name to (header labels, the
    column names the rows' values are keyed by); each refused row goes to its sheet with its bad
    cells marked, and the summary sheet lists every reason."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    out: dict[str, Any] = {}
    for index, (name, (labels, _keys)) in enumerate(sheets.items()):
        ws = first if index == 0 else wb.create_sheet(name)
        ws.title = name
        _header_row(ws, (*labels, REASON_HEADER))
        ws.column_dimensions[get_column_letter(len(labels) + 1)].width = 60
        out[name] = ws
    summary = wb.create_sheet("导入报告")
    summary.append(["源文件", "工作表", "行号", "列", "原因"])
    for cell in summary[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for sheet, raw, entries in refused:
        ws, keys = out[sheet], sheets[sheet][1]
        ws.append([_cell_value(raw.values.get(k)) for k in keys] + ["；".join(e.reason for e in entries)])
        out_row = ws.max_row
        for entry in entries:
            summary.append([source_name, entry.sheet, entry.row, entry.column, entry.reason])
            if entry.column in keys:
                cell = ws.cell(row=out_row, column=list(keys).index(entry.column) + 1)
                cell.fill = ERROR_FILL
                cell.comment = Comment(entry.reason, "诚信台账")
    summary.column_dimensions["E"].width = 90
    with atomic_path(target) as tmp:
        wb.save(tmp)


def _cell_value(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value
