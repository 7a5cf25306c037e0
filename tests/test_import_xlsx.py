"""Bulk import of Annex 1 workbooks as bureaus really fill them (SPEC §6), into a real SQLite file.

The helpers at the top (valid codes, workbook writers) are also used by test_cli and test_postgres.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from stdnum.iso7064 import mod_11_2

from desktop.context import AppContext
from desktop.services.xlsx_import import ImportCancelled, import_annex1
from exporters.annex1_xlsx import REASON_HEADER, WorkbookError, write_template
from models.annex1 import ITEM_HEADERS, PERSON_HEADERS, canonical_header
from models.enums import ItemState, ListTier, PersonRole
from models.listing import ListedPerson, ListingItem
from models.subjects import Subject
from models.system import AuditEvent
from models.validation import uscc_check_char

TODAY = dt.date(2026, 11, 20)


# ----------------------------------------------------------------------------- helpers


def uscc(serial: int, region6: str = "140105", prefix: str = "91") -> str:
    """A valid 统一社会信用代码 (GB 32100 check character)."""
    first17 = f"{prefix}{region6}{serial:09d}"
    return first17 + uscc_check_char(first17)


def bad_uscc(serial: int) -> str:
    good = uscc(serial)
    return good[:-1] + ("0" if good[-1] != "0" else "1")


def id_number(seq: int, region6: str = "140105", birth: dt.date = dt.date(1975, 3, 8)) -> str:
    """A valid 18-digit 居民身份证号码 (GB 11643 check digit)."""
    first17 = f"{region6}{birth:%Y%m%d}{seq:03d}"
    return first17 + mod_11_2.calc_check_digit(first17)


def item_row(serial: int, **changes: object) -> dict[str, object]:
    """A valid Annex 1 row under Order 11 (decision 2026-10-05); keyword arguments replace cells."""
    row: dict[str, object] = {
        "序号": serial,
        "单位名称": f"太原市鑫源{serial}号煤业有限公司",
        "统一社会信用代码": uscc(serial),
        "注册地行政区划代码": "140105",
        "行业领域": "煤矿",
        "主体类别": "生产经营单位",
        "法定代表人": "王伟",
        "失信行为类别": "6",
        "是否纳入黑名单": "否",
        "黑名单情形": "",
        "失信行为简况": "未依法取得安全生产许可证擅自从事生产经营活动。",
        "认定依据文号": f"晋应急罚〔2026〕{serial}号",
        "认定日期": "2026-10-05",
        "信息来源": "行政处罚",
        "惩戒措施": "M01、M02",
        "是否典型案例": "否",
        "备注": "",
    }
    row.update(changes)
    return row


def person_row(serial: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "单位统一社会信用代码": uscc(serial),
        "姓名": "王伟",
        "职务": "董事长",
        "人员类别": "法定代表人",
        "身份证号码": id_number(serial),
    }
    row.update(changes)
    return row


def write_annex1(
    path: Path, items: Sequence[Mapping[str, object]], persons: Sequence[Mapping[str, object]] = ()
) -> Path:
    """The official template (``write_template``) filled with the given rows."""
    write_template(path)
    wb = load_workbook(path)
    for row in items:
        wb["附件1"].append([row.get(h) for h in ITEM_HEADERS])
    for row in persons:
        wb["有关人员"].append([row.get(h) for h in PERSON_HEADERS])
    wb.save(path)
    return path


def write_sheets(path: Path, sheets: Mapping[str, Sequence[Sequence[object]]]) -> Path:
    """A workbook of one's own making: sheet title → rows (lists of cell values)."""
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.uow() as uow:
        return {
            model.__tablename__: uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Subject, ListingItem, ListedPerson)
        }


@dataclass(frozen=True)
class Stored:
    """A plain snapshot of one stored listing item (ORM objects expire when the unit of work ends)."""

    name: str
    region_code: str
    industry: str
    reporting_unit_code: str
    period: str
    rule_pack: str
    tier: ListTier
    state: ItemState
    criteria_codes: list[str]
    measures: list[str]
    decision_date: dt.date
    basis_document: str
    source_channel: str
    typical_case: bool
    persons: list[tuple[str, PersonRole, str]]


def items_by_code(ctx: AppContext) -> dict[str, Stored]:
    with ctx.uow() as uow:
        return {
            row.subject.code: Stored(
                name=row.subject.name,
                region_code=row.subject.region_code,
                industry=row.subject.industry,
                reporting_unit_code=row.reporting_unit_code,
                period=row.period,
                rule_pack=row.rule_pack,
                tier=row.tier,
                state=row.state,
                criteria_codes=row.criteria_codes,
                measures=[m.code for m in row.measures],
                decision_date=row.decision_date,
                basis_document=row.basis_document,
                source_channel=row.source_channel,
                typical_case=row.typical_case,
                persons=[(p.name, p.role, p.title) for p in row.persons],
            )
            for row in uow.session.scalars(select(ListingItem))
        }


def _import(ctx: AppContext, path: Path, **kwargs: Any):  # type: ignore[no-untyped-def]
    kwargs.setdefault("report_path", path.with_name(path.stem + "-report.xlsx"))
    return import_annex1(ctx, path, today=TODAY, **kwargs)


# ----------------------------------------------------------------------------- values as people type them


def test_messy_values_are_understood(provincial_ctx: AppContext, tmp_path: Path) -> None:
    serial_day = dt.date(2026, 9, 18)
    excel_serial = (serial_day - dt.date(1899, 12, 30)).days  # 46283
    code_lower, code_spaced, code_fullwidth = uscc(2), uscc(3), uscc(4)
    rows = [
        item_row(1, 认定日期=dt.datetime(2026, 10, 5), 失信行为类别="1、3", 是否纳入黑名单="N"),
        item_row(2, 统一社会信用代码=code_lower.lower(), 认定日期=excel_serial, 失信行为类别="（五）"),
        item_row(
            3,
            统一社会信用代码=f" {code_spaced[:6]} {code_spaced[6:12]} {code_spaced[12:]} ",
            认定日期="2026/10/5",
            失信行为类别="瞒报谎报事故；无证或暂扣吊销期间生产",
            是否典型案例="Y",
        ),
        item_row(
            4,
            统一社会信用代码=code_fullwidth.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
            认定日期="2026年10月5日",
            失信行为类别="S02\nS04",
            是否典型案例="是",
        ),
        item_row(5, 认定日期="20261005", 失信行为类别="第2项，第4项", 是否典型案例="n"),
    ]
    path = write_annex1(tmp_path / "messy.xlsx", rows)
    result = _import(provincial_ctx, path)

    assert result.refused == []
    assert result.refused_rows == 0
    assert (result.imported, result.duplicates) == (5, 0)
    assert result.report is None
    stored = items_by_code(provincial_ctx)
    assert set(stored) == {uscc(1), code_lower, code_spaced, code_fullwidth, uscc(5)}
    assert stored[uscc(1)].decision_date == dt.date(2026, 10, 5)
    assert stored[code_lower].decision_date == serial_day
    assert stored[code_spaced].decision_date == dt.date(2026, 10, 5)
    assert stored[code_fullwidth].decision_date == dt.date(2026, 10, 5)
    assert stored[uscc(5)].decision_date == dt.date(2026, 10, 5)
    # Behaviours under Order 11: numbers are the pack's running numbers S01–S09.
    assert stored[uscc(1)].criteria_codes == ["S01", "S03"]
    assert stored[code_lower].criteria_codes == ["S05"]  # （五）: only the accident group has a fifth
    assert stored[code_spaced].criteria_codes == ["S04", "S06"]
    assert stored[code_fullwidth].criteria_codes == ["S02", "S04"]
    assert stored[uscc(5)].criteria_codes == ["S02", "S04"]
    assert [stored[c].typical_case for c in (uscc(1), code_spaced, code_fullwidth, uscc(5))] == [
        False,
        True,
        True,
        False,
    ]
    first = stored[uscc(1)]
    assert first.rule_pack == "MEM2023-11"
    assert first.tier == ListTier.SERIOUS_DISHONESTY
    assert first.state == ItemState.DRAFT
    assert first.reporting_unit_code == "P14"
    assert first.period == "2026-11"
    assert first.source_channel == "administrative_penalty"
    assert first.measures == ["M01", "M02"]
    assert first.region_code == "140105"
    assert first.industry == "coal_mine"


def test_order_11_numerals_shared_by_two_groups_are_refused_as_ambiguous(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    """Under Order 11 （一） names both S01 (accident group) and S06 (non-accident group)."""
    path = write_annex1(tmp_path / "ambiguous.xlsx", [item_row(1, 失信行为类别="（一）")])
    result = _import(provincial_ctx, path)
    assert result.imported == 0
    assert [(e.column, e.cell) for e in result.refused] == [("失信行为类别", "H2")]
    assert "S01" in result.refused[0].reason or "第1项" in result.refused[0].reason


def test_both_rule_packs_by_decision_date(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [
        # 2023-06: 安监总办〔2017〕49号 — behaviours B01–B10 and blacklist conditions K1–K3.
        item_row(
            1,
            认定日期="2023-06-15",
            失信行为类别="（一）（三）",
            是否纳入黑名单="是",
            黑名单情形="（二）",
            认定依据文号="晋安监罚〔2023〕8号",
        ),
        item_row(2, 认定日期="2023-09-30", 失信行为类别="重大隐患不改冒险作业、8", 是否纳入黑名单="否"),
        # 2026: 应急管理部令第11号 — the blacklist column no longer applies (warning, not error).
        item_row(3, 认定日期="2026-03-02", 失信行为类别="4", 是否纳入黑名单="是", 黑名单情形="1"),
    ]
    path = write_annex1(tmp_path / "packs.xlsx", rows)
    result = _import(provincial_ctx, path)
    assert result.refused == []
    assert result.imported == 3
    stored = items_by_code(provincial_ctx)
    old = stored[uscc(1)]
    assert (old.rule_pack, old.tier, old.criteria_codes) == (
        "AJ2017-49",
        ListTier.BLACKLIST,
        ["B01", "B03", "K2"],
    )
    assert old.basis_document == "晋安监罚〔2023〕8号"
    last_day = stored[uscc(2)]
    assert (last_day.rule_pack, last_day.tier, last_day.criteria_codes) == (
        "AJ2017-49",
        ListTier.JOINT_PUNISHMENT,
        ["B03", "B08"],
    )
    new = stored[uscc(3)]
    assert (new.rule_pack, new.tier, new.criteria_codes) == (
        "MEM2023-11",
        ListTier.SERIOUS_DISHONESTY,
        ["S04"],
    )
    ignored = [w for w in result.warnings if w.row == 4 and w.column == "黑名单情形"]
    assert len(ignored) == 1
    assert "应急管理部令第11号" in ignored[0].reason


def test_blacklist_without_conditions_under_49_is_refused(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [
        item_row(1, 认定日期="2023-06-15", 失信行为类别="1", 是否纳入黑名单="是", 黑名单情形=""),
        item_row(2, 认定日期="2023-06-15", 失信行为类别="1", 是否纳入黑名单="否", 黑名单情形="3"),
    ]
    result = _import(provincial_ctx, write_annex1(tmp_path / "bl.xlsx", rows))
    assert result.imported == 0
    assert [(e.row, e.column) for e in result.refused] == [(2, "黑名单情形"), (3, "是否纳入黑名单")]


# ----------------------------------------------------------------------------- headers and sheets


def test_own_layout_title_row_alias_headers_and_notes(provincial_ctx: AppContext, tmp_path: Path) -> None:
    headers = [
        "序号",
        " 企业名称 ",
        "社会信用代码",
        "行业",
        "失信行为类别（填序号）",
        "失信行为 简况",
        "处罚决定书文号",
        "认定日期（格式：2026-01-01）",
        "信息来源",
        "联系人",
    ]
    items = [
        ["山西省安全生产失信行为信息汇总表（2026年10月）"],
        [],
        headers,
        [
            1,
            "大同市恒泰矿业有限公司",
            uscc(11),
            "非煤矿山",
            "6",
            "无证开采。",
            "晋应急罚〔2026〕101号",
            "2026-10-08",
            "检查",
            "李四",
        ],
        [None] * 10,  # an empty row in the middle is skipped
        [
            2,
            "长治市华盛化工有限公司",
            uscc(12),
            "危化品",
            "4",
            "瞒报事故。",
            "晋应急罚〔2026〕102号",
            "2026-10-09",
            "举报",
            "",
        ],
    ]
    persons = [
        ["有关人员名单"],
        ["单位信用代码", "姓名", "职务（全称）", "角色", "身份证号"],
        [uscc(11), "赵六", "总经理", "主要负责人", id_number(11)],
    ]
    path = write_sheets(tmp_path / "own.xlsx", {"2026年10月名单": items, "人员名单": persons})
    result = _import(provincial_ctx, path)

    assert result.refused == []
    assert (result.imported, result.persons) == (2, 1)
    assert "联系人" in result.ignored_headers
    stored = items_by_code(provincial_ctx)
    assert stored[uscc(11)].name == "大同市恒泰矿业有限公司"
    assert stored[uscc(11)].industry == "non_coal_mine"
    assert stored[uscc(11)].decision_date == dt.date(2026, 10, 8)
    assert stored[uscc(11)].basis_document == "晋应急罚〔2026〕101号"
    assert stored[uscc(11)].source_channel == "inspection"
    assert stored[uscc(12)].criteria_codes == ["S04"]
    assert stored[uscc(11)].persons == [("赵六", PersonRole.PRINCIPAL, "总经理")]


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("认定日期（格式：2026-01-01）", "认定日期"),
        (" 企业名称 ", "单位名称"),
        ("失信行为 简况", "失信行为简况"),
        ("身份证号(18位)", "身份证号码"),
        # Aliases that themselves contain brackets (listed in HEADER_ALIASES):
        ("认定（处罚）日期", "认定日期"),
        ("统一社会信用代码（单位）", "单位统一社会信用代码"),
    ],
    ids=[
        "trailing-note",
        "alias-with-spaces",
        "inner-space",
        "alias-with-note",
        "bracketed-alias-date",
        "bracketed-alias-unit-code",
    ],
)
def test_header_matching(typed: str, canonical: str) -> None:
    assert canonical_header(typed) == canonical


def test_bracketed_alias_headers_are_understood(provincial_ctx: AppContext, tmp_path: Path) -> None:
    items = [
        ["单位名称", "统一社会信用代码", "失信行为类别", "失信行为简况", "认定依据文号", "认定（处罚）日期"],
        ["甲公司", uscc(31), "6", "简况", "晋应急罚〔2026〕31号", "2026-10-01"],
    ]
    persons = [
        ["统一社会信用代码（单位）", "姓名", "人员类别", "身份证号码"],
        [uscc(31), "钱七", "主要负责人", id_number(31)],
    ]
    path = write_sheets(tmp_path / "aliases.xlsx", {"附件1": items, "有关人员": persons})
    result = _import(provincial_ctx, path)
    assert result.refused == []
    assert (result.imported, result.persons) == (1, 1)
    assert items_by_code(provincial_ctx)[uscc(31)].decision_date == dt.date(2026, 10, 1)


def test_refused_rows_are_named_by_the_sheet_and_excel_row_of_the_file(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    items = [
        ["汇总表"],
        ["单位名称", "统一社会信用代码", "失信行为类别", "失信行为简况", "认定依据文号", "认定日期"],
        ["甲公司", uscc(21), "6", "简况", "文号1", "2026-10-01"],
        ["乙公司", uscc(22), "6", "简况", "文号2", "2026-13-01"],
    ]
    result = _import(provincial_ctx, write_sheets(tmp_path / "rows.xlsx", {"Sheet1": items}))
    assert result.imported == 1
    assert [(e.sheet, e.row, e.column, e.cell) for e in result.refused] == [("Sheet1", 4, "认定日期", "F4")]


def test_a_row_with_several_errors_reports_each(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [
        item_row(
            1,
            统一社会信用代码=bad_uscc(1),
            行业领域="航天",
            是否纳入黑名单="也许",
            认定依据文号="",
            认定日期="2026-02-30",
            主体类别="个体户",
        ),
        # A valid date lets the behaviours be checked against the rule pack in force.
        item_row(2, 失信行为类别="11、（十二）", 注册地行政区划代码="1401", 认定日期="2026-12-01"),
    ]
    result = _import(provincial_ctx, write_annex1(tmp_path / "errors.xlsx", rows))
    assert result.imported == 0
    assert result.refused_rows == 2
    first = {(e.column, e.cell) for e in result.refused if e.row == 2}
    assert first == {
        ("统一社会信用代码", "C2"),
        ("行业领域", "E2"),
        ("是否纳入黑名单", "I2"),
        ("认定依据文号", "L2"),
        ("认定日期", "M2"),
        ("主体类别", "F2"),
    }
    second = [e for e in result.refused if e.row == 3]
    assert {e.column for e in second} == {"失信行为类别", "注册地行政区划代码", "认定日期"}
    assert all(e.sheet == "附件1" for e in result.refused)
    assert all(e.reason for e in result.refused)
    later = next(e for e in second if e.column == "认定日期")
    assert "晚于今天" in later.reason
    checksum = next(e for e in result.refused if e.column == "统一社会信用代码")
    assert "校验位" in checksum.reason
    assert result.report is not None
    assert result.report.exists()


def test_an_empty_behaviour_is_reported_even_when_the_date_is_wrong(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    """Both mistakes at once, so the user does not have to come back for the second one."""
    path = write_annex1(tmp_path / "two.xlsx", [item_row(1, 认定日期="2026-02-30", 失信行为类别="")])
    result = _import(provincial_ctx, path)
    assert {(e.column, e.cell) for e in result.refused} == {("认定日期", "M2"), ("失信行为类别", "H2")}


def test_persons_of_a_refused_unit_are_refused_too(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [item_row(1), item_row(2, 认定日期="not a date")]
    persons = [
        person_row(1),
        person_row(2),  # its unit (附件1 row 3) was refused
        person_row(
            1, 姓名="李强", 人员类别="分管安全负责人", 身份证号码=id_number(7)[:-1] + "0"
        ),  # bad check
        person_row(99),  # no such unit in the sheet or the database
        person_row(1, 姓名="孙丽", 人员类别="保安", 身份证号码=""),
    ]
    result = _import(provincial_ctx, write_annex1(tmp_path / "persons.xlsx", rows, persons))
    assert result.imported == 1
    assert result.persons == 1
    refused_persons = {(e.row, e.column) for e in result.refused if e.sheet == "有关人员"}
    assert refused_persons == {
        (3, "单位统一社会信用代码"),
        (4, "身份证号码"),
        (5, "单位统一社会信用代码"),
        (6, "人员类别"),
    }
    orphan_of_refused = next(e for e in result.refused if e.sheet == "有关人员" and e.row == 3)
    assert "附件1" in orphan_of_refused.reason
    assert "第3行" in orphan_of_refused.reason
    assert result.refused_rows == 1 + 4
    assert counts(provincial_ctx)["listed_person"] == 1


def test_persons_for_a_unit_already_in_the_database_are_attached(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    _import(provincial_ctx, write_annex1(tmp_path / "first.xlsx", [item_row(1)]))
    later = write_annex1(tmp_path / "later.xlsx", [], [person_row(1, 姓名="周杰", 人员类别="直接责任人员")])
    result = _import(provincial_ctx, later)
    assert result.refused == []
    assert (result.imported, result.persons) == (0, 1)
    assert [p[0] for p in items_by_code(provincial_ctx)[uscc(1)].persons] == ["周杰"]
    # The same person again is not added twice.
    assert _import(provincial_ctx, later).persons == 0
    assert counts(provincial_ctx)["listed_person"] == 1


# ----------------------------------------------------------------------------- idempotency and the report


def test_importing_twice_adds_nothing_and_counts_duplicates(
    provincial_ctx: AppContext, tmp_path: Path
) -> None:
    rows = [item_row(n) for n in range(1, 4)]
    persons = [person_row(1), person_row(2)]
    path = write_annex1(tmp_path / "twice.xlsx", rows, persons)
    first = _import(provincial_ctx, path)
    assert (first.imported, first.duplicates, first.persons) == (3, 0, 2)
    before = counts(provincial_ctx)
    assert before == {"subject": 3, "listing_item": 3, "listed_person": 2}
    second = _import(provincial_ctx, path)
    assert (second.imported, second.duplicates, second.persons) == (0, 3, 0)
    assert counts(provincial_ctx) == before
    # The basis document written differently is still the same item.
    variant = write_annex1(
        tmp_path / "variant.xlsx",
        [item_row(1, 认定依据文号="晋应急罚[2026] 1号", 统一社会信用代码=uscc(1).lower())],
    )
    third = _import(provincial_ctx, variant)
    assert (third.imported, third.duplicates) == (0, 1)
    # The same row twice in one workbook is one item and one duplicate.
    doubled = write_annex1(tmp_path / "doubled.xlsx", [item_row(9), item_row(9)])
    fourth = _import(provincial_ctx, doubled)
    assert (fourth.imported, fourth.duplicates) == (1, 1)
    assert counts(provincial_ctx)["listing_item"] == 4


def test_error_report_can_be_corrected_and_imported_again(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [
        item_row(1),
        item_row(2, 统一社会信用代码=bad_uscc(2)),
        item_row(3, 认定日期="2026-02-30", 失信行为类别="2", 行业领域="航天"),
    ]
    persons = [person_row(2), person_row(3)]
    report_path = tmp_path / "report.xlsx"
    result = _import(
        provincial_ctx, write_annex1(tmp_path / "src.xlsx", rows, persons), report_path=report_path
    )
    assert result.imported == 1
    assert result.report == report_path
    wb = load_workbook(report_path)
    assert wb.sheetnames[:3] == ["附件1", "有关人员", "导入报告"]
    ws = wb["附件1"]
    header = [c.value for c in ws[1]]
    assert header == [*ITEM_HEADERS, REASON_HEADER]
    assert ws.max_row == 3  # the two refused rows only
    assert ws.cell(row=2, column=3).value == bad_uscc(2)
    assert "校验位" in ws.cell(row=2, column=len(header)).value
    assert ws.cell(row=2, column=3).comment is not None
    summary = [tuple(r) for r in wb["导入报告"].iter_rows(min_row=2, values_only=True)]
    assert ("src.xlsx", "附件1", 3, "统一社会信用代码") in {s[:4] for s in summary}
    assert {("附件1", 4, "认定日期"), ("附件1", 4, "行业领域")} <= {s[1:4] for s in summary}
    assert wb["有关人员"].max_row == 3  # both persons belong to refused units

    # The user corrects the marked cells and imports the report as it is.
    ws.cell(row=2, column=3).value = uscc(2)
    ws.cell(row=3, column=ITEM_HEADERS.index("认定日期") + 1).value = "2026-02-27"
    ws.cell(row=3, column=ITEM_HEADERS.index("行业领域") + 1).value = "煤矿"
    wb.save(report_path)
    again = _import(provincial_ctx, report_path, report_path=tmp_path / "report2.xlsx")
    assert again.refused == []
    assert again.ignored_headers == []  # the reason column is not an unknown header
    assert (again.imported, again.persons) == (2, 2)
    stored = items_by_code(provincial_ctx)
    assert set(stored) == {uscc(1), uscc(2), uscc(3)}
    assert stored[uscc(3)].criteria_codes == ["S02"]
    assert stored[uscc(3)].decision_date == dt.date(2026, 2, 27)
    assert not (tmp_path / "report2.xlsx").exists()


def test_default_report_goes_to_the_data_folder(provincial_ctx: AppContext, tmp_path: Path) -> None:
    path = write_annex1(tmp_path / "附件1-十月.xlsx", [item_row(1, 认定日期="x")])
    result = import_annex1(provincial_ctx, path, today=TODAY)
    assert result.report is not None
    assert result.report.parent == provincial_ctx.home / "reports"
    assert result.report.name.startswith("附件1-十月-错误报告-")
    assert result.report.exists()


# ----------------------------------------------------------------------------- cancel, PII, bad files


@pytest.mark.parametrize("stop_at", ["正在读取工作簿…", "正在校验附件1…", "正在保存…"])
def test_cancelling_stores_nothing(provincial_ctx: AppContext, tmp_path: Path, stop_at: str) -> None:
    rows = [item_row(n) for n in range(1, 61)]
    path = write_annex1(tmp_path / "many.xlsx", rows, [person_row(n) for n in range(1, 61)])
    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> bool:
        seen.append(message)
        return message != stop_at

    with pytest.raises(ImportCancelled):
        _import(provincial_ctx, path, progress=progress)
    assert stop_at in seen
    assert counts(provincial_ctx) == {"subject": 0, "listing_item": 0, "listed_person": 0}
    with provincial_ctx.uow() as uow:
        actions = list(uow.session.scalars(select(AuditEvent.action)))
    assert "import_xlsx" not in actions
    assert not path.with_name("many-report.xlsx").exists()


def test_progress_reaches_the_end(provincial_ctx: AppContext, tmp_path: Path) -> None:
    path = write_annex1(tmp_path / "p.xlsx", [item_row(n) for n in range(1, 4)])
    calls: list[tuple[int, int, str]] = []
    _import(provincial_ctx, path, progress=lambda d, t, m: calls.append((d, t, m)) is None)
    assert calls[-1] == (3, 3, "导入完成")


def test_id_numbers_are_stored_encrypted(provincial_ctx: AppContext, tmp_path: Path) -> None:
    plain = id_number(1)
    path = write_annex1(tmp_path / "pii.xlsx", [item_row(1)], [person_row(1, 身份证号码=plain.lower())])
    _import(provincial_ctx, path)
    with provincial_ctx.uow() as uow:
        person = uow.session.scalars(select(ListedPerson)).one()
        uow.session.expunge(person)
    assert person.id_cipher is not None
    assert plain.encode() not in person.id_cipher
    assert person.id_cipher != plain.encode()
    assert person.id_masked == plain[:6] + "********" + plain[-4:]
    assert plain not in person.id_masked
    assert person.id_digest == provincial_ctx.pii().digest(plain)
    assert provincial_ctx.pii().reveal(person.id_cipher) == plain
    # Nowhere in the database files in clear.
    provincial_ctx.engine.dispose()
    for file in provincial_ctx.home.glob("creditledger.db*"):
        assert plain.encode() not in file.read_bytes(), file.name


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("名单.csv", "单位名称,统一社会信用代码\n".encode()),
        ("名单.xlsx", b"this is not a zip archive"),  # a damaged or renamed file
        ("空白.xlsx", b""),
    ],
    ids=["csv", "damaged-xlsx", "empty-xlsx"],
)
def test_a_file_that_is_not_a_workbook_is_refused_naming_it(
    provincial_ctx: AppContext, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as info:
        _import(provincial_ctx, path)
    assert name in str(info.value)
    assert "不是有效的 Excel" in str(info.value)
    assert counts(provincial_ctx) == {"subject": 0, "listing_item": 0, "listed_person": 0}


def test_a_workbook_without_an_annex1_sheet_is_refused(provincial_ctx: AppContext, tmp_path: Path) -> None:
    path = write_sheets(tmp_path / "other.xlsx", {"工资表": [["姓名", "工资"], ["张三", 100]]})
    with pytest.raises(WorkbookError, match=r"other\.xlsx 中找不到“附件1”工作表"):
        _import(provincial_ctx, path)


def test_a_workbook_with_refused_rows_only_stores_nothing(provincial_ctx: AppContext, tmp_path: Path) -> None:
    rows = [item_row(1, 统一社会信用代码=bad_uscc(1)), item_row(2, 认定日期="昨天")]
    path = write_annex1(tmp_path / "bad.xlsx", rows, [person_row(1)])
    result = _import(provincial_ctx, path)
    assert (result.imported, result.duplicates, result.persons) == (0, 0, 0)
    assert result.refused_rows == 3
    assert counts(provincial_ctx) == {"subject": 0, "listing_item": 0, "listed_person": 0}
    assert result.report is not None
    assert result.report.exists()
