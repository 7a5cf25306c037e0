"""The Annex 2 workbook (weekly accident information, BRIEF §10.2): template, forgiving reader,
re-importable error report and the week's export.

The export's first columns are the template's, so an exported week can be imported elsewhere;
the columns after them (department, status, verification) are ignored on import.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from exporters.annex1_xlsx import (
    HEADER_FONT,
    RawRow,
    RawSheet,
    ReportEntry,
    WorkbookError,
    _header_row,
    write_refused,
)
from exporters.annex_xlsx import Column, _table
from models import reference
from models.annex2 import (
    COLUMNS,
    HEADERS,
    INVESTIGATION_LEVELS,
    REQUIRED,
    SHEET,
    canonical_header,
    grade_names,
)

_HINTS = ("附件2", "附件二", "事故")


def _letter(header: str) -> str:
    return get_column_letter(HEADERS.index(header) + 1)


def _choices(ws: Any, header: str, options: Iterable[str]) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(f"{_letter(header)}2:{_letter(header)}2000")


def template() -> bytes:
    """The empty Annex 2 workbook: sheet 附件2 with the headers in order, lists and a guide."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    _header_row(ws, HEADERS)
    _choices(ws, "是否典型事故", ("是", "否"))
    _choices(ws, "调查组织", INVESTIGATION_LEVELS.values())
    _choices(ws, "事故等级（可不填，自动计算）", grade_names().values())
    _choices(ws, "所属行业", reference.code_names("industries").values())
    _choices(ws, "事故类别", (f"{c} {n}" for c, n in reference.code_names("accident_categories").items()))
    guide = wb.create_sheet("填写说明")
    lines = [
        ("填写说明", "每周一由统计司报送上周接报的较大及以上事故和典型事故（安监总厅〔2017〕59号）。"),
        ("事故发生时间", "可填 2026-11-16 14:30、2026年11月16日14时30分、2026/11/16 或 Excel 日期时间。"),
        ("行政区划代码", "事故发生地的6位 GB/T 2260 代码。"),
        ("人数", "死亡、下落不明、重伤（含急性工业中毒）人数填整数，空白按0计。"),
        ("直接经济损失", "单位万元；不清楚时留空（按“未知”处理，不等于0）。"),
        (
            "事故等级",
            "可不填，按国务院令第493号第三条自动计算；填写的等级与计算结果不同时须填写等级调整理由。",
        ),
        ("是否典型事故", "可填 是/否、Y/N、1/0；为“是”时须填写典型理由。"),
        ("调查组织", "、".join(INVESTIGATION_LEVELS.values())),
        ("拟纳入联合惩戒建议", "按事故发生日适用的规定填写代码或简称，多项用顿号分隔："),
    ]
    for pack in reference.rule_packs():
        codes = "、".join(f"{r['code']} {r['short_label']}" for r in reference.criteria(pack.code))
        lines.append((pack.name, codes))
    lines.append(("所属行业", "、".join(reference.code_names("industries").values())))
    lines.append(
        ("事故类别", "、".join(f"{c} {n}" for c, n in reference.code_names("accident_categories").items()))
    )
    for key, text in lines:
        guide.append([key, text])
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 100
    guide["A1"].font = HEADER_FONT
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


# ----------------------------------------------------------------------------- reading


def read_workbook(path: Path, should_stop: Callable[[], bool] = lambda: False) -> RawSheet:
    """The Annex 2 rows of ``path`` keyed by canonical column (the sheet found by name, hint or headers)."""
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise WorkbookError(f"无法打开文件 {path.name}：不是有效的 Excel（.xlsx）工作簿（{exc}）。") from exc
    try:
        named = [ws for ws in wb.worksheets if ws.title.strip() == SHEET]
        hinted = [ws for ws in wb.worksheets if any(h in ws.title for h in _HINTS)]
        for ws in named + hinted + list(wb.worksheets):
            sheet = _read_sheet(ws, should_stop)
            if sheet is not None:
                return sheet
    finally:
        wb.close()
    raise WorkbookError(
        f"{path.name} 中找不到“{SHEET}”工作表（或表头含“事故发生时间”“事故发生单位”的工作表）。"
    )


def _header_map(values: Sequence[Any]) -> dict[int, str] | None:
    found = {i: canonical_header(v) for i, v in enumerate(values) if v not in (None, "")}
    known = {i: h for i, h in found.items() if h in COLUMNS}
    if len(known) >= 3 and sum(1 for h in REQUIRED if h in known.values()) >= 2:
        return found
    return None


def _read_sheet(ws: Any, should_stop: Callable[[], bool]) -> RawSheet | None:
    rows = ws.iter_rows(values_only=True)
    found: dict[int, str] | None = None
    header_row = 0
    for header_row, values in enumerate(rows, start=1):
        found = _header_map(values)
        if found is not None or header_row >= 10:
            break
    if found is None:
        return None
    columns = {i: h for i, h in found.items() if h in COLUMNS}
    ignored = [h for h in found.values() if h not in COLUMNS and not h.startswith("错误原因")]
    sheet = RawSheet(ws.title, ignored_headers=ignored)
    letters = {h: get_column_letter(i + 1) for i, h in columns.items()}
    for number, values in enumerate(rows, start=header_row + 1):
        if should_stop():
            break
        record = {h: values[i] for i, h in columns.items() if i < len(values)}
        if any(k != "序号" and v not in (None, "") and str(v).strip() for k, v in record.items()):
            sheet.rows.append(RawRow(ws.title, SHEET, number, record, letters))
    return sheet


# ----------------------------------------------------------------------------- error report


def write_report(
    target: Path, refused: Iterable[tuple[RawRow, Sequence[ReportEntry]]], source_name: str
) -> None:
    """Refused rows in the template's layout, offending cells marked, plus a reason column; the
    corrected file imports as it is."""
    rows = ((SHEET, raw, entries) for raw, entries in refused)
    write_refused(target, {SHEET: (HEADERS, COLUMNS)}, rows, source_name)


# ----------------------------------------------------------------------------- the week's export


def _yes_no(value: object) -> str:
    return "" if value is None else ("是" if value else "否")


def _loss(row: Mapping[str, Any]) -> object:
    loss = row["direct_loss_wan"]
    return "未知" if loss is None else float(loss)


def workbook(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """A week's accidents: the template's columns (re-importable) then grade, department, status
    and verification. ``rows`` are mappings with the fields of ``desktop.services.accidents.AccidentRow``."""
    columns: list[Column] = [
        ("序号", 6, lambda r: r["_n"]),
        ("事故发生时间", 18, lambda r: r["occurred_text"]),
        ("行政区划代码", 10, lambda r: r["region_code"]),
        ("事故发生地点", 24, lambda r: r["place"]),
        ("事故发生单位", 30, lambda r: r["unit_name"]),
        ("统一社会信用代码", 22, lambda r: r["unit_code"]),
        ("所属行业", 12, lambda r: r["industry_name"]),
        ("事故类别", 12, lambda r: r["category_name"]),
        ("死亡人数", 8, lambda r: r["deaths"]),
        ("下落不明人数", 8, lambda r: r["missing"]),
        ("重伤人数", 8, lambda r: r["serious_injuries"]),
        ("直接经济损失（万元）", 12, _loss),
        ("事故等级（可不填，自动计算）", 12, lambda r: r["effective_grade_label"]),
        ("等级调整理由", 24, lambda r: r["grade_override_reason"]),
        ("是否典型事故", 8, lambda r: _yes_no(r["typical"])),
        ("典型理由", 24, lambda r: r["typical_reason"]),
        ("事故简要经过", 40, lambda r: r["summary"]),
        ("调查组织", 10, lambda r: r["investigation_label"]),
        ("拟纳入联合惩戒建议", 20, lambda r: "、".join(r["proposed_criteria"])),
        ("有关说明", 24, lambda r: r["notes"]),
        ("按493号计算的等级", 12, lambda r: r["grade_label"]),
        ("审核司局", 24, lambda r: r["department_name"]),
        ("状态", 12, lambda r: r["status_label"]),
        ("反馈期限", 12, lambda r: r["due_on"] or ""),
        ("核实意见", 30, lambda r: r["verification_note"]),
        ("核实人", 10, lambda r: r["reviewer"]),
        ("司局审签人", 10, lambda r: r["signer_name"]),
        ("审签日期", 12, lambda r: r["signed_on"] or ""),
        ("是否按时反馈", 8, lambda r: _yes_no(r["on_time"])),
        ("关联名单条目数", 8, lambda r: r["linked_items"]),
    ]
    return _table(SHEET, columns, [{**row, "_n": n} for n, row in enumerate(rows, start=1)])
