"""Human-readable annexes inside a package (annex1/3/4.xlsx), written from the same records as
data.json. Plain tables now; the official layouts (A4, 审签 blocks) come with issue 6."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from models import reference
from models.enums import LiaisonCategory, PersonRole, RemovalOpinion, SubjectStatus
from models.validation import mask_id_number

Row = Mapping[str, Any]
Column = tuple[str, int, Callable[[Row], Any]]


def formula_safe(value: Any) -> Any:
    """Neutralise spreadsheet formula injection in text that came from users."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _table(title: str, columns: Sequence[Column], rows: Iterable[Row]) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title[:31]
    ws.append([c[0] for c in columns])
    for index, (header, width, _fn) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(index)].width = width
        del header
    for row in rows:
        ws.append([formula_safe(fn(row)) for _h, _w, fn in columns])
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _persons(item: Row) -> str:
    return "；".join(
        f"{p['name']}（{PersonRole(p['role']).label}{'，' + mask_id_number(p['id_number']) if p.get('id_number') else ''}）"
        for p in item.get("persons", [])
    )


def annex1(items: Sequence[Row]) -> bytes:
    industries = reference.code_names("industries")
    channels = reference.code_names("source_channels")
    columns: list[Column] = [
        ("序号", 6, lambda r: r["_n"]),
        ("单位名称", 30, lambda r: r["subject"]["name"]),
        ("统一社会信用代码", 22, lambda r: r["subject"]["code"]),
        ("注册地行政区划代码", 10, lambda r: r["subject"]["region_code"]),
        ("行业领域", 12, lambda r: industries.get(r["subject"]["industry"], r["subject"]["industry"])),
        (
            "名单类别",
            12,
            lambda r: {"joint_punishment": "联合惩戒对象", "blacklist": "黑名单"}.get(
                r["tier"], "严重失信主体"
            ),
        ),
        ("失信行为类别", 28, lambda r: "、".join(reference.criterion_label(c) for c in r["criteria"])),
        ("失信行为简况", 40, lambda r: r["summary"]),
        ("认定依据文号", 24, lambda r: r["basis_document"]),
        ("认定日期", 12, lambda r: r["decision_date"]),
        ("信息来源", 10, lambda r: channels.get(r["source_channel"], r["source_channel"])),
        (
            "惩戒措施",
            28,
            lambda r: "、".join(r["measures"]) + (f"；{r['measures_note']}" if r["measures_note"] else ""),
        ),
        ("是否典型案例", 8, lambda r: "是" if r["typical_case"] else "否"),
        ("有关人员", 40, _persons),
        ("备注", 20, lambda r: r["remarks"]),
    ]
    return _table("附件1", columns, [{**item, "_n": n} for n, item in enumerate(items, start=1)])


def annex3(cases: Sequence[Row]) -> bytes:
    columns: list[Column] = [
        ("序号", 6, lambda r: r["_n"]),
        ("单位名称", 30, lambda r: r["subject_name"]),
        ("统一社会信用代码", 22, lambda r: r["subject_code"]),
        ("公布日期", 12, lambda r: r.get("published_on") or ""),
        ("管理期满日期", 12, lambda r: r.get("expires_on") or ""),
        ("是否提出移出申请", 8, lambda r: "是" if r["applied"] else "否"),
        ("申请日期", 12, lambda r: r.get("applied_on") or ""),
        ("主体存续状态", 10, lambda r: SubjectStatus(r["subject_status"]).label),
        ("整改及惩戒措施落实情况", 36, lambda r: r["rectification"]),
        ("期内是否再次失信", 8, lambda r: "是" if r["reoffended"] else "否"),
        ("省级审核处理意见", 12, lambda r: RemovalOpinion(r["opinion"]).label if r.get("opinion") else ""),
        ("意见理由", 30, lambda r: r["opinion_reason"]),
    ]
    return _table("附件3", columns, [{**c, "_n": n} for n, c in enumerate(cases, start=1)])


def annex4(contacts: Sequence[Row]) -> bytes:
    columns: list[Column] = [
        ("人员类别", 14, lambda r: LiaisonCategory(r["category"]).label),
        ("姓名", 10, lambda r: r["name"]),
        ("职务", 16, lambda r: r["title"]),
        ("办公电话", 16, lambda r: r["office_phone"]),
        ("移动电话", 14, lambda r: r["mobile"]),
        ("传真", 16, lambda r: r["fax"]),
        ("电子邮箱", 26, lambda r: r["email"]),
    ]
    return _table("附件4", columns, contacts)
