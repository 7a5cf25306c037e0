"""The ministry's whole month, end to end, on SQLite and on a real PostgreSQL server.

Three units submit: 山西 (P14) on time and later a corrected revision, 山西煤监局 (C14) three days
late, 江苏 (P32) a nil return. The General Office routes by rule, one department review overruns,
an item is returned to the province with a reason (the clock pauses) and comes back corrected, the
legal department comments on one item and returns another to its department, the party group is
told, the director's meeting approves, revises and rejects, a batch is published, an objection is
upheld with a correction, an HQ department files its own finding, and three years later a removal
goes through review, approval and removal. The ledger, the timeliness grid and every receipt the
provinces import are checked exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.context import AppContext, open_context
from desktop.services import (
    feedback,
    ledger,
    meetings,
    ministry_exports,
    objections,
    pki,
    removal_chain,
    review,
)
from desktop.services.authority import NotPermitted
from desktop.services.demo import write_demo_workbook
from desktop.services.demo_data import PROFILES, DemoData
from desktop.services.items import save_item
from desktop.services.package_export import export_package
from desktop.services.package_intake import IntakeResult, import_package
from desktop.services.receipts import import_receipt
from desktop.services.removals import save_review, worklist
from desktop.services.setup import initialize
from desktop.services.xlsx_import import import_annex1
from models import reference
from models.enums import DeptDecision, Edition, ItemState, LegalDecision, MeetingOutcome, ObjectionDecision
from models.listing import ListingItem
from models.workflow import ReviewTask
from tests.pkiworld import SIGNER, World

CST = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 11, 5)  # compiling October; packages due 2026-11-10
PERIOD = "2026-10"
COAL_DEPARTMENTS = {"HQ-AQJCS", "HQ-SGDCS"}


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), CST)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def cycle_world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    url = request.getfixturevalue("pg_database_url") if request.param == "postgresql" else None
    home = tmp_path / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT", url)
    ministry = open_context(home)
    pki.init_ministry(ministry)
    world = World(tmp_path, ministry, today=TODAY)
    try:
        for code in ("P14", "C14", "P32"):
            world.add_province(code)
        yield world
    finally:
        for ctx in (ministry, *world.provinces.values()):
            ctx.close()


def items_of(ctx: AppContext, unit: str) -> list[ListingItem]:
    with ctx.uow() as uow:
        return list(
            uow.session.scalars(
                select(ListingItem)
                .where(ListingItem.reporting_unit_code == unit)
                .order_by(ListingItem.id)
                .options(selectinload(ListingItem.subject), selectinload(ListingItem.criteria))
            )
        )


def state_of(ctx: AppContext, uid: str) -> ItemState:
    with ctx.uow() as uow:
        item = uow.session.scalar(select(ListingItem).where(ListingItem.uid == uid))
        assert item is not None
        return item.state


def intake(world: World, path: Path, received: dt.datetime, today: dt.date) -> IntakeResult:
    result = import_package(world.ministry, path.read_bytes(), path.name, received_at=received, today=today)
    assert result.status == "imported", result.message
    return result


def send_feedback(world: World, unit: str, period: str = PERIOD) -> dict[str, int]:
    issued = feedback.issue_feedback(world.ministry, unit, period)
    imported = import_receipt(world.province(unit), issued.path)
    assert imported.status == "imported"
    return imported.outcomes


def test_the_ministry_month_end_to_end(cycle_world: World) -> None:
    world, ministry = cycle_world, cycle_world.ministry
    # ---------------------------------------------------------------- three units submit
    world.fill("P14", 4, seed=3)
    world.fill("C14", 3, seed=4)
    p14 = world.export("P14", PERIOD)
    c14 = world.export("C14", PERIOD)
    p32 = world.export("P32", PERIOD)
    assert p32.nil_return
    first = intake(world, p14.path, at("2026-11-06"), day("2026-11-06"))
    nil = intake(world, p32.path, at("2026-11-09", 17), day("2026-11-09"))
    late = intake(world, c14.path, at("2026-11-13", 9), day("2026-11-13"))
    assert (first.on_time, first.imported) == (True, 4)
    assert (nil.on_time, nil.imported) == (True, 0)
    assert (late.on_time, late.days_late, late.imported) == (False, 3, 3)
    assert import_receipt(world.province("P14"), first.receipt).outcomes == {"已接收": 4}  # type: ignore[arg-type]

    # A department cannot route; the General Office can.
    dept_home = world.root / "dept"
    initialize(
        dept_home,
        Edition.MINISTRY,
        "HQ-JG4S",
        ministry.config.db_url or f"sqlite:///{ministry.home / 'creditledger.db'}",
    )
    department = open_context(dept_home)
    try:
        with pytest.raises(NotPermitted, match="不能分办"):
            review.route(department, today=day("2026-11-13"))
    finally:
        department.close()

    # ---------------------------------------------------------------- routing by rule (Friday 13th)
    routed = review.route(ministry, today=day("2026-11-13"))
    assert routed.total == 7
    p14_items, c14_items = items_of(ministry, "P14"), items_of(ministry, "C14")
    for item in p14_items + c14_items:
        assert item.state is ItemState.DEPT_REVIEW
        expected = reference.route_for(
            reporting_unit_code=item.reporting_unit_code,
            industry=item.subject.industry,
            criteria=item.criteria_codes,
            subject_kind=item.subject.kind.value,
        )
        assert item.department_code == expected.department
    assert {i.department_code for i in c14_items} <= COAL_DEPARTMENTS
    rows = {r.item_id: r for r in review.queue(ministry, today=day("2026-11-13"))}
    assert rows[p14_items[0].id].clock is not None
    assert rows[p14_items[0].id].clock.due_on == day("2026-11-18")  # 3 working days after Fri 13th
    assert rows[p14_items[0].id].clock.text == "剩 3 个工作日"

    # ---------------------------------------------------------------- department review, return with reason
    returned, *agreed_p14 = p14_items
    reason = "认定依据文号与处罚决定书不一致，请核实后更正重报。"
    with pytest.raises(review.ReviewRefused, match="须写明理由"):
        review.record_opinion(
            ministry, [returned.id], DeptDecision.RETURN, "", "刘审核", today=day("2026-11-16")
        )
    review.record_opinion(
        ministry, [returned.id], DeptDecision.RETURN, reason, "刘审核", today=day("2026-11-16")
    )
    review.record_opinion(
        ministry, [i.id for i in agreed_p14], DeptDecision.AGREE, "", "刘审核", today=day("2026-11-16")
    )
    with pytest.raises(review.ReviewRefused, match="还没有审核意见"):
        review.sign_off(ministry, [c14_items[0].id], "周司长", "司长", today=day("2026-11-16"))
    review.sign_off(ministry, [i.id for i in agreed_p14], "周司长", "司长", today=day("2026-11-16"))
    paused = {r.item_id: r for r in review.queue(ministry, today=day("2026-11-17"))}[returned.id]
    assert paused.state == ItemState.RETURNED.value
    assert paused.clock is not None
    assert paused.clock.paused
    assert paused.clock.workdays_left == 2
    assert paused.last_reason == reason

    # C14's review overruns: the follow-up list names its departments, a reminder is recorded.
    overdue = ledger.overdue(ministry, today=day("2026-11-20"))
    late_reviews = [r for r in overdue if r.topic == "dept_review"]
    assert {r.entity_id for r in late_reviews} == {i.id for i in c14_items}
    assert all(r.days_overdue == 2 for r in late_reviews)
    target = late_reviews[0]
    ledger.remind(
        ministry,
        target.unit_code,
        "dept_review",
        "请于今日完成审核",
        entity_type="listing",
        entity_id=target.entity_id,
    )
    again = {
        r.entity_id: r for r in ledger.overdue(ministry, today=day("2026-11-20")) if r.topic == "dept_review"
    }
    assert again[target.entity_id].reminders == 1
    review.record_opinion(
        ministry, [i.id for i in c14_items], DeptDecision.AGREE, "", "马审核", today=day("2026-11-20")
    )
    review.sign_off(ministry, [i.id for i in c14_items], "孙司长", "司长", today=day("2026-11-20"))

    # The province reads the reason in its feedback.
    assert send_feedback(world, "P14") == {"退回修改": 1, "已接收": 3}
    assert state_of(world.province("P14"), returned.uid) is ItemState.RETURNED

    # ---------------------------------------------------------------- corrected revision resumes the clock
    with world.province("P14").uow() as uow:
        item = uow.session.scalar(select(ListingItem).where(ListingItem.uid == returned.uid))
        assert item is not None
        item.summary = f"{item.summary}（已核实更正）"
        uow.commit()
    p14_r2 = world.export("P14", PERIOD)
    assert p14_r2.revision == 2
    second = intake(world, p14_r2.path, at("2026-11-18", 15), day("2026-11-18"))
    assert (second.superseded, second.withdrawn) == (1, 0)
    resumed = {r.item_id: r for r in review.queue(ministry, today=day("2026-11-18"))}[returned.id]
    assert resumed.state == ItemState.DEPT_REVIEW.value
    assert resumed.clock is not None
    assert resumed.clock.due_on == day("2026-11-20")  # 18th + the 2 working days it spent away
    assert resumed.changed_fields == ("失信行为简况",)
    changes = review.changes_since_review(ministry, returned.id)
    assert [c.label for c in changes] == ["失信行为简况"]
    assert changes[0].after.endswith("（已核实更正）")
    review.record_opinion(
        ministry, [returned.id], DeptDecision.AGREE, "已更正", "刘审核", today=day("2026-11-18")
    )
    review.sign_off(ministry, [returned.id], "周司长", "司长", today=day("2026-11-18"))

    # ---------------------------------------------------------------- an HQ department's own finding
    workbook = world.root / "hq.xlsx"
    write_demo_workbook(workbook, DemoData(9), PROFILES["P14"], TODAY, 1)
    import_annex1(ministry, workbook, unit_code="HQ-JG3S", today=TODAY)
    (hq_item,) = items_of(ministry, "HQ-JG3S")
    review.submit_hq_items(ministry, [hq_item.id], "吴司长", "司长", today=day("2026-11-19"))

    # ---------------------------------------------------------------- legal review
    legal = meetings.send_to_legal(ministry, PERIOD, today=day("2026-11-20"))
    agenda = meetings.agenda(ministry, legal)
    assert len(agenda) == 8
    commented, sent_back = p14_items[1], c14_items[0]
    others = [r.item_id for r in agenda if r.item_id not in (commented.id, sent_back.id)]
    meetings.record_legal(ministry, legal, others, LegalDecision.AGREE, "", "郑法规", today=day("2026-11-23"))
    meetings.record_legal(
        ministry,
        legal,
        [commented.id],
        LegalDecision.COMMENT,
        "建议补充处罚决定书送达情况。",
        "郑法规",
        today=day("2026-11-23"),
    )
    meetings.record_legal(
        ministry,
        legal,
        [sent_back.id],
        LegalDecision.RETURN,
        "认定依据适用条款有误。",
        "郑法规",
        today=day("2026-11-23"),
    )
    assert state_of(ministry, sent_back.uid) is ItemState.DEPT_REVIEW
    review.record_opinion(
        ministry,
        [sent_back.id],
        DeptDecision.DISAGREE,
        "适用条款不当，建议不予纳入。",
        "马审核",
        today=day("2026-11-24"),
    )
    review.sign_off(ministry, [sent_back.id], "孙司长", "司长", today=day("2026-11-24"))
    legal2 = meetings.send_to_legal(ministry, PERIOD, today=day("2026-11-24"))
    meetings.record_legal(
        ministry, legal2, [sent_back.id], LegalDecision.AGREE, "", "郑法规", today=day("2026-11-24")
    )

    # ---------------------------------------------------------------- party group and the director's meeting
    meetings.report_party_group(
        ministry, PERIOD, day("2026-11-25"), "会审情况已报党组。", today=day("2026-11-25")
    )
    meeting = meetings.create_meeting(ministry, "2026年第12次局长办公会议", day("2026-11-26"), PERIOD)
    agenda = meetings.agenda(ministry, meeting)
    assert len(agenda) == 8
    revised = c14_items[1]
    approve = [r.item_id for r in agenda if r.item_id not in (revised.id, sent_back.id)]
    meetings.decide(ministry, meeting, approve, MeetingOutcome.APPROVE, today=day("2026-11-26"))
    with pytest.raises(meetings.MeetingRefused, match="还有 2 个议题"):
        meetings.close_meeting(ministry, meeting, today=day("2026-11-26"))
    meetings.decide(
        ministry,
        meeting,
        [revised.id],
        MeetingOutcome.REVISE,
        "简况中删去个人信息。",
        today=day("2026-11-26"),
    )
    meetings.decide(
        ministry,
        meeting,
        [sent_back.id],
        MeetingOutcome.REJECT,
        "同意司局意见，不予纳入。",
        today=day("2026-11-26"),
    )
    counts = meetings.close_meeting(ministry, meeting, "审议通过7项，不予纳入1项。", today=day("2026-11-26"))
    assert counts == {"同意公布": 6, "修改后公布": 1, "不予纳入": 1}
    assert state_of(ministry, sent_back.uid) is ItemState.REJECTED

    # ---------------------------------------------------------------- publication in a batch
    batch = meetings.publish(ministry, "2026年第11批联合惩戒对象名单", day("2026-11-27"), meeting_id=meeting)
    published = [
        i
        for i in items_of(ministry, "P14") + items_of(ministry, "C14") + items_of(ministry, "HQ-JG3S")
        if i.state is ItemState.PUBLISHED
    ]
    assert len(published) == 7
    for item in published:
        pack = reference.rule_pack(item.rule_pack)
        assert item.publication_batch_id == batch
        assert item.published_on == day("2026-11-27")
        start = item.decision_date if pack.term_starts == "listing_decision" else item.published_on
        assert item.expires_on is not None
        assert (
            item.expires_on.year - start.year
        ) * 12 + item.expires_on.month - start.month == pack.term_months
    assert [(b.title, b.items) for b in meetings.batches(ministry)] == [("2026年第11批联合惩戒对象名单", 7)]

    # ---------------------------------------------------------------- objection: flagged, verified, corrected
    disputed = p14_items[2]
    objection = objections.register(
        ministry, disputed.id, day("2026-11-30"), "某某公司", "简况中事故死亡人数有误。"
    )
    assert state_of(ministry, disputed.uid) is ItemState.OBJECTION_RAISED
    (row,) = objections.objections(ministry, open_only=True, today=day("2026-12-30"))
    assert row.due_on == day("2026-12-21")  # 15 working days
    assert row.overdue
    objections.start_verification(ministry, objection, "已函请山西省应急管理厅核实。")
    with pytest.raises(objections.ObjectionRefused, match="更正后的内容"):
        objections.decide(
            ministry, objection, ObjectionDecision.CORRECTED, "经核实，死亡人数应为3人。", "办公厅"
        )
    objections.decide(
        ministry,
        objection,
        ObjectionDecision.CORRECTED,
        "经核实，死亡人数应为3人。",
        "办公厅",
        corrections={"summary": "某公司发生较大事故，造成3人死亡。"},
        today=day("2026-12-10"),
    )
    assert state_of(ministry, disputed.uid) is ItemState.PUBLISHED

    # ---------------------------------------------------------------- feedback: exactly what each province sees
    assert send_feedback(world, "P14") == {"已公布": 4}
    assert send_feedback(world, "C14") == {"已公布": 2, "不予纳入": 1}
    assert feedback.pending(ministry) == []
    for item in published:
        if item.reporting_unit_code in world.provinces:
            province = world.province(item.reporting_unit_code)
            with province.uow() as uow:
                mirror = uow.session.scalar(select(ListingItem).where(ListingItem.uid == item.uid))
                assert mirror is not None
                assert (mirror.state, mirror.published_on, mirror.expires_on) == (
                    ItemState.PUBLISHED,
                    item.published_on,
                    item.expires_on,
                )
    assert state_of(world.province("C14"), sent_back.uid) is ItemState.REJECTED

    # ---------------------------------------------------------------- timeliness grid
    ledger.grant_extension(ministry, "P44", PERIOD, day("2026-11-15"), "办公厅副主任李明", "台风影响")
    grid = ledger.timeliness(ministry, [PERIOD], today=day("2026-11-27"))
    assert grid.cell("P14", PERIOD).text == "按时"
    assert grid.cell("P14", PERIOD).revisions == 2
    assert grid.cell("C14", PERIOD).text == "迟报3天"
    assert grid.cell("P32", PERIOD).text == "无新增（按时）"
    assert grid.cell("P44", PERIOD).text == "未报送；延期至11月15日（办公厅副主任李明批准）"
    assert grid.cell("P11", PERIOD).status == "missing"
    stats = ledger.monthly_stats(ministry, PERIOD, today=day("2026-11-27"))
    assert (stats.received, stats.on_time, stats.late, stats.nil_returns) == (3, 2, 1, 1)
    assert (stats.items_received, stats.items_published, stats.items_returned, stats.items_rejected) == (
        8,
        7,
        1,
        1,
    )
    assert stats.missing == len(grid.units) - 3

    # ---------------------------------------------------------------- the ledger
    page = ledger.query(ministry, text=disputed.subject.name)
    assert [e.item_id for e in page.items] == [disputed.id]
    assert page.items[0].state_label == "已公布"
    assert page.items[0].batch == "2026年第11批联合惩戒对象名单"
    assert ledger.query(ministry, unit="C14").total == 3
    assert ledger.query(ministry, status="rejected").total == 1
    archive = ledger.archive(ministry, returned.subject_id)
    (record,) = archive.listings
    assert record.provenance.startswith(f"P14_{PERIOD}_r2.p7m")
    assert any(reason in h.reason for h in record.history)
    assert any("已更正" in r for r in record.reviews)
    assert record.decisions[-1].startswith("2026年第12次局长办公会议")
    assert record.batch == "2026年第11批联合惩戒对象名单"
    assert ledger.duplicates(ministry) == []

    # A second province proposes the same unit: flagged in the ledger.
    twin = items_of(ministry, "P14")[3]
    save_item(
        world.province("C14"),
        {
            "单位名称": twin.subject.name,
            "统一社会信用代码": twin.subject.code,
            "行业领域": "煤矿",
            "失信行为类别": "6",
            "失信行为简况": "无证开采被查处。",
            "认定依据文号": "晋煤安罚〔2026〕88号",
            "认定日期": "2026-11-02",
            "信息来源": "行政处罚",
        },
        [],
        today=day("2026-12-02"),
    )
    twin_package = export_package(
        world.province("C14"),
        "2026-11",
        world.root / "outbox",
        SIGNER,
        accept_warnings=True,
        today=day("2026-12-02"),
    )
    intake(world, twin_package.path, at("2026-12-03"), day("2026-12-03"))
    (group,) = ledger.duplicates(ministry)
    assert group.kind == "code"
    assert {e[1] for e in group.entries} == {"山西", "山西煤监局"}
    assert ledger.query(ministry, text=twin.subject.code).items[0].duplicate

    # ---------------------------------------------------------------- removal, three years on
    target = min(published, key=lambda i: i.expires_on or dt.date.max)
    assert target.expires_on is not None
    later = target.expires_on - dt.timedelta(days=25)
    province = world.province(target.reporting_unit_code)
    listed = {r.subject_name: r for r in worklist(province, today=later)}
    save_review(
        province,
        listed[target.subject.name].listing_id,
        {
            "subject_status": "deregistered",
            "opinion": "agree",
            "opinion_reason": "已注销，期内未再失信。",
            "applied": False,
        },
        today=later,
    )
    from models.deadlines import working_period

    removal_package = export_package(
        province, working_period(later), world.root / "outbox", SIGNER, accept_warnings=True, today=later
    )
    received = intake(world, removal_package.path, at(later.isoformat()), later)
    assert received.removal_cases == 1
    assert state_of(ministry, target.uid) is ItemState.REMOVAL_REVIEW
    (case,) = removal_chain.cases(ministry)
    assert case.department_code == target.department_code
    with pytest.raises(removal_chain.RemovalRefused, match="待司局审核"):
        removal_chain.remove(ministry, [case.id], target.expires_on, "移出名单")
    removal_chain.review_cases(ministry, [case.id], True, "同意移出。", "刘审核", today=later)
    removal_chain.approve(ministry, [case.id], True, "王副局长", today=later)
    removal_chain.remove(ministry, [case.id], target.expires_on, "2029年第10批移出名单")
    assert state_of(ministry, target.uid) is ItemState.REMOVED
    removal_batch = meetings.batches(ministry)[0]
    assert (removal_batch.title, removal_batch.list_type, removal_batch.items) == (
        "2029年第10批移出名单",
        "removal",
        1,
    )
    removal_feedback = feedback.issue_feedback(ministry, target.reporting_unit_code, working_period(later))
    assert import_receipt(province, removal_feedback.path).outcomes == {"已决定移出": 1}
    assert state_of(province, target.uid) is ItemState.REMOVED

    # Everything that happened to an item is in its history; nothing was deleted.
    with ministry.uow() as uow:
        tasks = uow.session.scalars(select(ReviewTask).where(ReviewTask.entity_id == returned.id)).all()
        assert any(t.paused_days == 2 for t in tasks)

    # ---------------------------------------------------------------- exports from the same records
    out = world.root / "exports"
    assert ministry_exports.export_ledger(ministry, out / "ledger.xlsx") == ledger.query(ministry).total
    on_list = ministry_exports.export_public_list(ministry, out / "public-list.xlsx")
    assert on_list == 6  # seven published, one removed
    sheet = load_workbook(out / "public-list.xlsx").active
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not any(re.search(r"\d{17}[\dXx]", c) for c in cells), "a full ID number in the public list"
    assert target.subject.name not in cells
    bulletin = ministry_exports.export_bulletin(
        ministry, PERIOD, out / f"bulletin-{PERIOD}.pdf", today=day("2026-12-01")
    )
    text = "".join(page.extract_text() for page in PdfReader(bulletin).pages)
    assert "迟报3天" in text
    assert "无新增（按时）" in text
    sheets = ministry_exports.export_review_sheets(ministry, out / "review-sheets", batch_id=batch)
    assert len(sheets) == 8  # one per published item and the batch
    first_sheet = "".join(page.extract_text() for page in PdfReader(sheets[0]).pages)
    assert "司局审核" in first_sheet
