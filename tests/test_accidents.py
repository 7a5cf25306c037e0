"""The weekly accident feed (附件2, BRIEF §8.3) in the ministry edition, on a real SQLite file:
grades at the 493号 bounds, messy imports, routing by industry, the Friday deadline (holidays),
verification and sign-off on time or late, permissions, links to listing items, the CLI."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop import cli_accidents
from desktop.context import AppContext, open_context
from desktop.services import accidents as svc
from desktop.services import audit
from desktop.services.calendar import set_override
from desktop.services.setup import initialize
from desktop.services.xlsx_import import import_annex1
from exporters.annex2_xlsx import template, workbook
from models.accidents import Accident
from models.annex2 import BEIJING, HEADERS, OUT_OF_SCOPE, parse_row
from models.enums import Edition, ReviewKind
from models.errors import UserError
from models.listing import ListingItem
from models.system import AuditEvent
from models.workflow import ReviewTask
from tests.test_import_xlsx import bad_uscc, item_row, uscc, write_annex1

MONDAY = dt.date(2026, 11, 16)  # intake week 2026-11-16 … 2026-11-20
FRIDAY = dt.date(2026, 11, 20)


# ----------------------------------------------------------------------------- helpers


def row(serial: int, **changes: object) -> dict[str, object]:
    """A valid Annex 2 row: a coal-mine accident with 3 deaths (较大事故) on 2026-11-1x."""
    values: dict[str, object] = {
        "序号": serial,
        "事故发生时间": f"2026-11-{10 + serial % 5:02d} 0{serial % 10}:30",
        "行政区划代码": "140105",
        "事故发生地点": "井下2号采区",
        "事故发生单位": f"太原市鑫源{serial}号煤业有限公司",
        "统一社会信用代码": uscc(serial),
        "所属行业": "煤矿",
        "事故类别": "15",
        "死亡人数": 3,
        "下落不明人数": 0,
        "重伤人数": 1,
        "直接经济损失（万元）": "450",
        "事故等级（可不填，自动计算）": "",
        "等级调整理由": "",
        "是否典型事故": "否",
        "典型理由": "",
        "事故简要经过": "井下发生瓦斯爆炸，造成3人死亡。",
        "调查组织": "市级",
        "拟纳入联合惩戒建议": "S01",
        "有关说明": "",
    }
    values.update(changes)
    return values


def write_annex2(path: Path, rows: Sequence[Mapping[str, object]]) -> Path:
    path.write_bytes(template())
    wb = load_workbook(path)
    for values in rows:
        wb["附件2"].append([values.get(h) for h in HEADERS])
    wb.save(path)
    return path


def parse(today: dt.date = FRIDAY, **changes: object):  # type: ignore[no-untyped-def]
    return parse_row(row(1, **changes), today, row_number=2)


def department(go: AppContext, code: str, tmp_path: Path) -> AppContext:
    """Another ministry installation (a department's workstation) on the General Office's database."""
    home = tmp_path / code
    initialize(home, Edition.MINISTRY, code, f"sqlite:///{go.home / 'creditledger.db'}")
    return open_context(home)


def audit_actions(ctx: AppContext) -> list[str]:
    with ctx.uow() as uow:
        return list(uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def tasks_of(ctx: AppContext, accident_id: int) -> list[ReviewTask]:
    with ctx.uow() as uow:
        return list(
            uow.session.scalars(
                select(ReviewTask)
                .where(ReviewTask.entity_type == "accident", ReviewTask.entity_id == accident_id)
                .order_by(ReviewTask.id)
            )
        )


def accident_count(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Accident)) or 0)


@pytest.fixture
def go(tmp_path: Path) -> Iterator[AppContext]:
    """The General Office's installation (HQ-BGT), ministry edition."""
    home = tmp_path / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT")
    ctx = open_context(home)
    yield ctx
    ctx.close()


@pytest.fixture
def dept(go: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    """国家煤矿安全监察局安全监察司 (HQ-AQJCS), sharing the General Office's database."""
    ctx = department(go, "HQ-AQJCS", tmp_path)
    yield ctx
    ctx.close()


# ----------------------------------------------------------------------------- grade and row rules


@pytest.mark.parametrize(
    ("deaths", "missing", "injuries", "loss", "grade"),
    [
        (2, 0, 9, "999.99", "general"),
        (3, 0, 0, "0", "relatively_large"),
        (2, 1, 0, "0", "relatively_large"),  # 下落不明 counts as deaths (reference data)
        (0, 0, 10, "0", "relatively_large"),
        (0, 0, 0, "1000", "relatively_large"),
        (9, 0, 49, "4999.99", "relatively_large"),
        (10, 0, 0, "0", "serious"),
        (0, 0, 50, "0", "serious"),
        (0, 0, 0, "5000万元", "serious"),
        (29, 0, 99, "9999.99", "serious"),
        (30, 0, 0, "0", "especially_serious"),
        (0, 0, 100, "0", "especially_serious"),
        (0, 0, 0, "1亿元", "especially_serious"),
    ],
)
def test_grade_is_computed_at_the_493_bounds(
    deaths: int, missing: int, injuries: int, loss: str, grade: str
) -> None:
    parsed, issues = parse(
        **{"死亡人数": deaths, "下落不明人数": missing, "重伤人数": injuries, "直接经济损失（万元）": loss},
        **{"是否典型事故": "否"},
    )
    assert parsed is not None, [i.text for i in issues]
    assert parsed.grade == grade
    assert parsed.grade_override is None
    assert (OUT_OF_SCOPE in [i.message for i in issues]) == (grade == "general")


def test_an_override_needs_a_reason_when_it_differs_from_the_computed_grade() -> None:
    parsed, issues = parse(**{"事故等级（可不填，自动计算）": "重大"})
    assert parsed is None
    [error] = [i for i in issues if i.is_error]
    assert (error.sheet, error.row, error.column) == ("附件2", 2, "等级调整理由")
    assert "较大事故" in error.message
    assert "重大事故" in error.message

    parsed, _ = parse(
        **{"事故等级（可不填，自动计算）": "重大事故", "等级调整理由": "据续报，另有7人下落不明"}
    )
    assert parsed is not None
    assert (parsed.grade, parsed.grade_override, parsed.effective_grade) == (
        "relatively_large",
        "serious",
        "serious",
    )

    parsed, issues = parse(
        **{"事故等级（可不填，自动计算）": "较大"}
    )  # the same as computed: no reason needed
    assert parsed is not None, [i.text for i in issues]
    assert parsed.grade_override is None

    # A general accident overridden to 较大 is in the weekly report's scope: no out-of-scope warning.
    parsed, issues = parse(
        **{"死亡人数": 1, "事故等级（可不填，自动计算）": "较大", "等级调整理由": "社会影响大"}
    )
    assert parsed is not None
    assert parsed.in_scope
    assert OUT_OF_SCOPE not in [i.message for i in issues]


def test_typical_general_accidents_are_in_scope_and_need_a_reason() -> None:
    parsed, issues = parse(**{"死亡人数": 1, "是否典型事故": "Y"})
    assert parsed is None
    assert [(i.column, i.is_error) for i in issues if i.is_error] == [("典型理由", True)]
    parsed, issues = parse(
        **{"死亡人数": 1, "是否典型事故": "Y", "典型理由": "外包队伍违章作业，具有警示意义"}
    )
    assert parsed is not None
    assert (parsed.typical, parsed.in_scope) == (True, True)
    assert OUT_OF_SCOPE not in [i.message for i in issues]


@pytest.mark.parametrize(
    ("typed", "expected", "time_known"),
    [
        ("2026-11-16 14:30", dt.datetime(2026, 11, 16, 14, 30), True),
        ("２０２６年１１月１６日１４时３０分", dt.datetime(2026, 11, 16, 14, 30), True),
        ("2026年11月16日 下午2点", dt.datetime(2026, 11, 16, 14, 0), True),
        ("2026/11/16", dt.datetime(2026, 11, 16), False),
        (dt.datetime(2026, 11, 16, 9, 5), dt.datetime(2026, 11, 16, 9, 5), True),
        (46342.75, dt.datetime(2026, 11, 16, 18, 0), True),  # an Excel serial with a time of day
    ],
)
def test_occurrence_time_as_people_type_it(typed: object, expected: dt.datetime, time_known: bool) -> None:
    parsed, issues = parse(**{"事故发生时间": typed})
    assert parsed is not None, [i.text for i in issues]
    assert parsed.occurred_at == expected.replace(tzinfo=BEIJING)
    assert parsed.time_known is time_known


def test_bad_cells_are_named_by_column() -> None:
    parsed, issues = parse(
        **{
            "行政区划代码": "14010",
            "所属行业": "养殖",
            "事故类别": "21",
            "死亡人数": "-1",
            "直接经济损失（万元）": "若干",
            "调查组织": "乡镇",
            "拟纳入联合惩戒建议": "Z9",
        }
    )
    assert parsed is None
    assert {i.column for i in issues if i.is_error} == {
        "行政区划代码",
        "所属行业",
        "事故类别",
        "死亡人数",
        "直接经济损失",
        "调查组织",
        "拟纳入联合惩戒建议",
    }
    parsed, issues = parse(**{"事故发生时间": "2026-11-16 25:10", "拟纳入联合惩戒建议": "Z9"})
    # Without a valid time the rule in force is unknown: only the time is reported.
    assert [(i.column, i.is_error) for i in issues if i.is_error] == [("事故发生时间", True)]
    parsed, issues = parse(**{"事故发生时间": "2026-11-21 08:00"}, today=FRIDAY)
    assert parsed is None
    assert "晚于今天" in issues[0].message


# ----------------------------------------------------------------------------- entering and importing


def test_enter_update_and_override_grade(go: AppContext) -> None:
    entered = svc.enter_accident(go, row(1), MONDAY)
    assert (entered.week_of, entered.status, entered.grade_label) == (MONDAY, "entered", "较大事故")
    assert (entered.industry_name, entered.category_name) == ("煤矿", "瓦斯爆炸")
    assert entered.direct_loss_wan == Decimal("450.00")
    with pytest.raises(UserError, match="已录入"):
        svc.enter_accident(go, row(1, **{"事故发生单位": "太原市鑫源1号 煤业有限公司"}), MONDAY)

    with pytest.raises(UserError, match="理由"):
        svc.override_grade(go, entered.id, "重大事故", "  ")
    overridden = svc.override_grade(go, entered.id, "重大事故", "续报：另有7人下落不明，待核")
    assert (overridden.grade, overridden.effective_grade, overridden.overridden) == (
        "relatively_large",
        "serious",
        True,
    )
    assert overridden.effective_grade_label == "重大事故"

    updated = svc.update_accident(go, entered.id, {"死亡人数": "10"}, MONDAY)
    assert updated.grade == "serious"
    assert not updated.overridden  # the computed grade now equals the override, which is dropped
    with pytest.raises(UserError, match="死亡人数"):
        svc.update_accident(go, entered.id, {"死亡人数": "十"}, MONDAY)
    assert svc.accident(go, entered.id).deaths == 10

    assert audit_actions(go)[-3:] == ["accident_enter", "accident_grade_override", "accident_update"]
    event = _last_event(go, "accident_grade_override")
    assert event.note == "续报：另有7人下落不明，待核"
    assert event.detail == {"computed": "relatively_large", "from": "relatively_large", "to": "serious"}


def _last_event(ctx: AppContext, action: str) -> AuditEvent:
    with ctx.uow() as uow:
        event = uow.session.scalar(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id.desc()).limit(1)
        )
    assert event is not None
    return event


def test_import_with_messy_cells_reports_two_bad_rows_and_re_import_adds_nothing(
    go: AppContext, tmp_path: Path
) -> None:
    rows = [
        row(
            1,
            **{
                "事故发生时间": "２０２６年１１月１６日１４时３０分",
                "死亡人数": "３",
                "行政区划代码": "１４０１０５",
            },
        ),
        row(2, **{"事故发生时间": "2026年11月16日", "统一社会信用代码": " " + uscc(2).lower() + " "}),
        row(3, **{"死亡人数": "1", "是否典型事故": "Y", "典型理由": "违规动火", "事故类别": "火灾"}),
        row(4, **{"统一社会信用代码": bad_uscc(4)}),  # bad: check character
        row(5, **{"死亡人数": -2, "所属行业": "养殖业"}),  # bad: two cells
        row(
            6,
            **{
                "是否典型事故": "N",
                "直接经济损失（万元）": "1,200万元",
                "事故发生时间": dt.datetime(2026, 11, 15, 22, 40),
            },
        ),
    ]
    book = write_annex2(tmp_path / "第47周事故.xlsx", rows)
    report = tmp_path / "report.xlsx"
    result = svc.import_week(go, book, MONDAY, report)
    assert (result.imported, result.duplicates, result.refused_rows) == (4, 0, 2)
    assert [(e.sheet, e.row, e.column, e.cell) for e in result.refused] == [
        ("附件2", 5, "统一社会信用代码", "F5"),
        ("附件2", 6, "所属行业", "G6"),
        ("附件2", 6, "死亡人数", "I6"),
    ]
    assert "校验位" in result.refused[0].reason
    assert result.report == report
    assert report.exists()

    listed = {r.unit_name: r for r in svc.week_list(go, MONDAY, MONDAY)}
    assert len(listed) == 4
    first = listed["太原市鑫源1号煤业有限公司"]
    assert (first.occurred_text, first.deaths, first.region_code) == ("2026-11-16 14:30", 3, "140105")
    assert listed["太原市鑫源2号煤业有限公司"].unit_code == uscc(2)
    assert listed["太原市鑫源2号煤业有限公司"].occurred_text == "2026-11-16"
    third = listed["太原市鑫源3号煤业有限公司"]
    assert (third.typical, third.grade, third.in_scope, third.category_name) == (
        True,
        "general",
        True,
        "火灾",
    )
    sixth = listed["太原市鑫源6号煤业有限公司"]
    assert (sixth.direct_loss_wan, sixth.grade) == (Decimal("1200.00"), "relatively_large")
    assert sixth.occurred_at == dt.datetime(2026, 11, 15, 22, 40, tzinfo=BEIJING)

    again = svc.import_week(go, book, MONDAY, tmp_path / "report2.xlsx")
    assert (again.imported, again.duplicates, again.refused_rows) == (0, 4, 2)
    assert accident_count(go) == 4

    # The report keeps the template's layout: correct the two rows and import it as it is.
    wb = load_workbook(report)
    ws = wb["附件2"]
    assert [c.value for c in ws[1]][: len(HEADERS)] == list(HEADERS)
    assert ws["F2"].fill.fgColor.rgb.endswith("F8CBAD")
    ws["F2"] = uscc(4)
    ws["G3"], ws["I3"] = "煤矿", 4
    wb.save(report)
    fixed = svc.import_week(go, report, MONDAY)
    assert (fixed.imported, fixed.refused_rows) == (2, 0)
    assert accident_count(go) == 6
    assert audit_actions(go).count("accident_import") == 3


# ----------------------------------------------------------------------------- routing and the Friday deadline


def test_route_by_industry_with_friday_due_date(go: AppContext) -> None:
    coal = svc.enter_accident(go, row(1), MONDAY)
    chemical = svc.enter_accident(go, row(2, **{"所属行业": "危化品", "事故类别": "容器爆炸"}), MONDAY)
    result = svc.route_week(go, MONDAY + dt.timedelta(days=2), MONDAY)  # any day of the week
    assert (result.week_of, result.due_on) == (MONDAY, FRIDAY)
    assert result.by_department == {"HQ-AQJCS": 1, "HQ-JG3S": 1}
    assert set(result.routed) == {coal.id, chemical.id}

    rows = {r.id: r for r in svc.week_list(go, MONDAY, MONDAY)}
    assert rows[coal.id].department_name == "国家煤矿安全监察局安全监察司"
    assert (rows[coal.id].status, rows[coal.id].due_on, rows[coal.id].overdue) == ("routed", FRIDAY, False)
    [task] = tasks_of(go, coal.id)
    assert (task.kind, task.department_code, task.due_on, task.completed_at) == (
        ReviewKind.ACCIDENT_VERIFY,
        "HQ-AQJCS",
        FRIDAY,
        None,
    )
    assert svc.route_week(go, MONDAY, MONDAY).routed == ()  # nothing left to route

    with pytest.raises(UserError, match="理由"):
        svc.reassign(go, coal.id, "HQ-SGDCS", "")
    with pytest.raises(UserError, match="不是总局业务司局"):
        svc.reassign(go, coal.id, "HQ-TJS", "改送")
    moved = svc.reassign(go, coal.id, "HQ-SGDCS", "涉及瞒报，由事故调查司核实", MONDAY)
    assert (moved.department_code, moved.due_on) == ("HQ-SGDCS", FRIDAY)
    old, new = tasks_of(go, coal.id)
    assert (old.decision, old.completed_at is not None, new.department_code) == (
        "reassigned",
        True,
        "HQ-SGDCS",
    )


def test_a_holiday_friday_moves_the_deadline_earlier(go: AppContext) -> None:
    # National Day 2026: Thursday 1 and Friday 2 October are holidays (chinese-calendar).
    assert svc.return_due(go, dt.date(2026, 9, 28)) == dt.date(2026, 9, 30)
    assert svc.return_due(go, dt.date(2026, 10, 5)) == dt.date(2026, 10, 9)  # Mon–Wed off, Friday works
    # Spring Festival 2026: Monday 16 – Friday 20 February all off: the next working day.
    assert svc.return_due(go, dt.date(2026, 2, 16)) == dt.date(2026, 2, 24)
    # An administrator's override wins over the library.
    set_override(go, FRIDAY, False, "调休")
    assert svc.return_due(go, MONDAY) == dt.date(2026, 11, 19)

    monday = dt.date(2026, 9, 28)
    entered = svc.enter_accident(go, row(1, **{"事故发生时间": "2026-09-25 10:00"}), monday)
    assert entered.week_of == monday
    result = svc.route_week(go, monday, monday)
    assert result.due_on == dt.date(2026, 9, 30)
    assert tasks_of(go, entered.id)[0].due_on == dt.date(2026, 9, 30)


# ----------------------------------------------------------------------------- verification and sign-off


def test_verify_and_sign_on_time_and_a_late_one_is_overdue(go: AppContext, dept: AppContext) -> None:
    first = svc.enter_accident(go, row(1), MONDAY)
    second = svc.enter_accident(go, row(2), MONDAY)
    svc.route_week(go, MONDAY, MONDAY)

    # A bad correction refuses the whole call: nothing of either accident changes.
    with pytest.raises(UserError, match=r"(?s)事故 #\d+的更正有误.*死亡人数"):
        svc.verify(
            dept,
            [first.id, second.id],
            "已会同山西省应急管理厅核实",
            "李明",
            {first.id: {"死亡人数": 10}, second.id: {"死亡人数": -1}},
            dt.date(2026, 11, 18),
        )
    assert {r.status for r in svc.week_list(go, MONDAY, MONDAY)} == {"routed"}
    assert svc.accident(go, first.id).deaths == 3

    [verified] = svc.verify(
        dept,
        [first.id],
        "已会同山西省应急管理厅核实，续报死亡10人",
        "李明",
        {first.id: {"死亡人数": 10, "有关说明": "续报更正"}},
        dt.date(2026, 11, 18),
    )
    assert (verified.status, verified.deaths, verified.grade_label) == ("verified", 10, "重大事故")
    assert (verified.reviewer, verified.notes) == ("李明", "续报更正")
    [signed] = svc.sign_and_return(dept, [first.id], "王强", "司长", FRIDAY)
    assert (signed.status, signed.on_time, signed.signed_on, signed.overdue) == (
        "returned",
        True,
        FRIDAY,
        False,
    )
    assert tasks_of(go, first.id)[0].decision == "returned_on_time"
    assert tasks_of(go, first.id)[0].signer_title == "司长"

    with pytest.raises(UserError, match="须先核实"):
        svc.sign_and_return(dept, [second.id], "王强", "司长", FRIDAY)
    svc.verify(dept, [second.id], "核实无误", "李明", None, dt.date(2026, 11, 19))
    assert [r.id for r in svc.overdue(go, FRIDAY)] == []
    late = svc.overdue(go, dt.date(2026, 11, 23))
    assert [(r.id, r.overdue, r.status) for r in late] == [(second.id, True, "verified")]
    [signed_late] = svc.sign_and_return(go, [second.id], "王强", "司长", dt.date(2026, 11, 23))
    assert (signed_late.on_time, signed_late.overdue) == (False, False)
    assert tasks_of(go, second.id)[0].decision == "returned_late"
    assert svc.overdue(go, dt.date(2026, 11, 23)) == []

    with pytest.raises(UserError, match="已反馈办公厅"):
        svc.verify(dept, [first.id], "再核", "李明")
    with go.uow() as uow:
        count, broken = audit.verify(uow.session)
    assert broken is None
    assert count > 0
    assert audit_actions(go).count("accident_verify") == 2
    assert audit_actions(go).count("accident_sign_return") == 2


# ----------------------------------------------------------------------------- permissions


def test_permissions(go: AppContext, dept: AppContext, tmp_path: Path, provincial_ctx: AppContext) -> None:
    coal = svc.enter_accident(go, row(1), MONDAY)
    chemical = svc.enter_accident(go, row(2, **{"所属行业": "化工"}), MONDAY)
    with pytest.raises(UserError, match=r"安全监察司.*不能代为核实"):
        svc.verify(dept, [coal.id], "核实", "李明")  # not routed yet
    svc.route_week(go, MONDAY, MONDAY)

    with pytest.raises(UserError, match=r"安全监督管理三司办理.*不能代为核实事故信息"):
        svc.verify(dept, [chemical.id], "核实", "李明")
    with pytest.raises(UserError, match="不能录入"):
        svc.enter_accident(dept, row(3), MONDAY)
    with pytest.raises(UserError, match="不能印送"):
        svc.route_week(dept, MONDAY, MONDAY)
    with pytest.raises(UserError, match="不能关联"):
        svc.link_item(dept, coal.id, 1)
    assert [r.id for r in svc.week_list(dept, MONDAY, MONDAY)] == [coal.id, chemical.id]  # reading is open

    statistics = department(go, "HQ-TJS", tmp_path)
    try:
        entered = svc.enter_accident(statistics, row(3), MONDAY)
        assert (
            svc.override_grade(statistics, entered.id, "特别重大", "待核").effective_grade
            == "especially_serious"
        )
        with pytest.raises(UserError, match="不能印送"):
            svc.route_week(statistics, MONDAY, MONDAY)
        svc.verify(go, [coal.id], "办公厅代录司局核实意见", "李明")
        with pytest.raises(UserError, match="统计司不能再修改"):
            svc.update_accident(statistics, coal.id, {"死亡人数": 4}, MONDAY)
    finally:
        statistics.close()

    for call in (
        lambda: svc.enter_accident(provincial_ctx, row(4), MONDAY),  # type: ignore[arg-type]
        lambda: svc.week_list(provincial_ctx, MONDAY),  # type: ignore[arg-type]
    ):
        with pytest.raises(UserError, match="总局版的功能，本机是省级版"):
            call()


# ----------------------------------------------------------------------------- links, export, CLI


def test_link_to_a_later_listing_item(go: AppContext, tmp_path: Path) -> None:
    accident = svc.enter_accident(go, row(1), MONDAY)
    other = svc.enter_accident(go, row(2), MONDAY)
    book = write_annex1(tmp_path / "司局发现.xlsx", [item_row(1, **{"失信行为类别": "1"})])
    imported = import_annex1(go, book, unit_code="HQ-AQJCS", today=FRIDAY)
    assert imported.imported == 1, imported.as_json()
    with go.uow() as uow:
        item_id = uow.session.scalar(select(ListingItem.id))
    assert item_id is not None

    assert svc.link_item(go, accident.id, item_id).linked_items == 1
    assert svc.link_item(go, accident.id, item_id).linked_items == 1  # again: nothing changes
    with pytest.raises(UserError, match=f"已关联事故 #{accident.id}"):
        svc.link_item(go, other.id, item_id)
    with pytest.raises(UserError, match="没有编号为 999 的名单条目"):
        svc.link_item(go, accident.id, 999)
    with go.uow() as uow:
        assert uow.session.get(ListingItem, item_id).accident_id == accident.id  # type: ignore[union-attr]
    assert audit_actions(go).count("accident_link_item") == 1


def _cli(argv: list[str], factory) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="creditledger")
    sub = parser.add_subparsers(dest="command")
    cli_accidents.add_parser(sub)
    return cli_accidents.run(parser.parse_args(argv), factory)


def test_cli_template_import_route_list_export(
    go: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str], provincial_home: Path
) -> None:
    def factory(_args: argparse.Namespace) -> AppContext:
        return open_context(go.home)

    today = dt.date.today()
    monday = svc.week_of(today)
    when = f"{today - dt.timedelta(days=1):%Y-%m-%d} 10:00"
    out = tmp_path / "模板.xlsx"
    assert _cli(["accident", "template", str(out)], factory) == 0
    headers = [c.value for c in load_workbook(out)["附件2"][1]]
    assert headers == list(HEADERS)
    capsys.readouterr()

    book = write_annex2(
        tmp_path / "week.xlsx", [row(1, **{"事故发生时间": when}), row(2, **{"死亡人数": "x"})]
    )
    assert (
        _cli(["accident", "import", str(book), "--report", str(tmp_path / "r.xlsx"), "--json"], factory) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert (result["imported"], result["refused_rows"]) == (1, 1)
    assert (result["refused"][0]["row"], result["refused"][0]["column"]) == (3, "死亡人数")

    assert _cli(["accident", "route", "--week", today.isoformat()], factory) == 0
    assert "国家煤矿安全监察局安全监察司（HQ-AQJCS）：1 起" in capsys.readouterr().out
    assert _cli(["accident", "list", "--week", monday.isoformat(), "--json"], factory) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["status"], a["department_code"]) for a in listed["accidents"]] == [("routed", "HQ-AQJCS")]

    exported = tmp_path / "export.xlsx"
    assert _cli(["accident", "export", "--week", monday.isoformat(), "--out", str(exported)], factory) == 0
    ws = load_workbook(exported)["附件2"]
    assert [c.value for c in ws[1]][: len(HEADERS)] == list(HEADERS)
    assert (ws["M2"].value, ws["V2"].value) == ("较大事故", "国家煤矿安全监察局安全监察司")

    # The export imports as a template (duplicates here, nothing added).
    again = svc.import_week(go, exported, today)
    assert (again.imported, again.duplicates, again.refused_rows) == (0, 1, 0)

    capsys.readouterr()
    assert (
        _cli(["accident", "list", "--week", monday.isoformat()], lambda _a: open_context(provincial_home))
        == 1
    )
    assert "总局版的功能" in capsys.readouterr().err


def test_export_writes_what_the_list_shows() -> None:
    data = workbook([])
    ws = load_workbook(io.BytesIO(data))["附件2"]
    assert [c.value for c in ws[1]][: len(HEADERS)] == list(HEADERS)
    assert ws.max_row == 1
