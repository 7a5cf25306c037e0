"""The ministry part of ``creditledger demo``: the review chain, run the way the General Office runs it.

Three years ago the units' earlier items went through the chain and were published (so that their
terms end around now and the removal chain has work); this month's packages are routed, reviewed
(one item returned to its province with a reason), sent to the legal department, reported to the
party group, decided at the director's meeting (one rejected), published as a batch; an objection is
upheld with a correction; a province's Annex 3 review leads to a removal; the weekly accidents are
entered, routed and verified; feedback goes to every unit; and the documents SPEC §3 lists are
written to ``DIR/exports``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from desktop.context import AppContext
from desktop.services import (
    accidents,
    feedback,
    ledger,
    meetings,
    ministry_exports,
    objections,
    removal_chain,
    review,
)
from desktop.services.receipts import import_receipt
from models.deadlines import working_period
from models.enums import DeptDecision, ItemState, LegalDecision, MeetingOutcome, ObjectionDecision

REVIEWERS = ("刘明", "周建平", "司长")


def run_chain(ministry: AppContext, period: str, day: dt.date, *, return_one: bool, reject_one: bool) -> int:
    """Route, review, sign, legal review, party group, meeting and publication of ``period``'s items
    as of ``day``; returns the publication batch id."""
    review.route(ministry, today=day)
    rows = [r for r in review.queue(ministry, states=[ItemState.DEPT_REVIEW], period=period, today=day)]
    returned = rows[0].item_id if return_one and rows else None
    if returned is not None:
        review.record_opinion(
            ministry,
            [returned],
            DeptDecision.RETURN,
            "处罚决定书文号与附件不一致，请核实后以更正版本重报。",
            REVIEWERS[0],
            today=day,
        )
    agreed = [r.item_id for r in rows if r.item_id != returned]
    review.record_opinion(ministry, agreed, DeptDecision.AGREE, "", REVIEWERS[0], today=day)
    review.sign_off(ministry, agreed, REVIEWERS[1], REVIEWERS[2], today=day)
    legal = meetings.send_to_legal(ministry, period, agreed, today=day)
    meetings.record_legal(ministry, legal, agreed, LegalDecision.AGREE, "", "郑海", today=day)
    meetings.report_party_group(ministry, period, day, "会审情况已向总局党组报告。", today=day)
    meeting = meetings.create_meeting(
        ministry, f"{period[:4]}年第{int(period[5:])}次局长办公会议", day, period
    )
    agenda = meetings.agenda(ministry, meeting)
    rejected = agenda[-1].item_id if reject_one and len(agenda) > 1 else None
    approve = [r.item_id for r in agenda if r.item_id != rejected]
    meetings.decide(ministry, meeting, approve, MeetingOutcome.APPROVE, today=day)
    if rejected is not None:
        meetings.decide(
            ministry, meeting, [rejected], MeetingOutcome.REJECT, "认定依据不足，不予纳入。", today=day
        )
    meetings.close_meeting(ministry, meeting, f"审议{len(agenda)}项。", today=day)
    year, month = period.split("-")
    return meetings.publish(ministry, f"{year}年第{int(month)}批联合惩戒对象名单", day, meeting_id=meeting)


def send_feedback(root: Path, ministry: AppContext, units: dict[str, AppContext]) -> list[Path]:
    """Sign feedback for every package whose outcomes changed; each unit imports its own."""
    paths = []
    for pending in feedback.pending(ministry):
        issued = feedback.issue_feedback(ministry, pending.unit_code, pending.period)
        target = root / "receipts" / issued.path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(issued.path, target)
        if pending.unit_code in units:
            import_receipt(units[pending.unit_code], target)
        paths.append(target)
    return paths


def month_at_ministry(
    root: Path, ministry: AppContext, units: dict[str, AppContext], today: dt.date
) -> list[Path]:
    """This month at the ministry, then feedback and the exports; returns the feedback files."""
    period = working_period(today)
    run_chain(ministry, period, today, return_one=True, reject_one=True)
    page = ledger.query(ministry, status="published", limit=1)
    if page.items:
        objection = objections.register(
            ministry, page.items[0].item_id, today, "企业法定代表人", "认为失信行为简况中的事故经过表述有误。"
        )
        objections.start_verification(ministry, objection, "已请报送单位核实处罚决定书原文。")
        objections.decide(
            ministry,
            objection,
            ObjectionDecision.CORRECTED,
            "经核实，事故经过表述与处罚决定书不一致，予以更正。",
            "办公厅",
            corrections={"remarks": "经异议核实更正事故经过表述。"},
            today=today,
        )
    received = [case.id for case in removal_chain.cases(ministry, status="received")]
    if received:  # one removal batch for the month
        removal_chain.review_cases(
            ministry, received, True, "主体已注销，同意移出。", REVIEWERS[0], today=today
        )
        removal_chain.approve(ministry, received, True, "王副局长", today=today)
        removal_chain.remove(ministry, received, today, f"{today.year}年第{today.month}批移出名单")
    _weekly_accidents(ministry, today)
    paths = send_feedback(root, ministry, units)
    _exports(root, ministry, period, today)
    return paths


ACCIDENTS = (
    (
        "2026-11-02 14:30",
        "140105",
        "太原市小店区",
        "太原市某煤业有限公司",
        "coal_mine",
        "瓦斯爆炸",
        3,
        0,
        0,
        "450",
    ),
    ("2026-11-04 09:10", "320102", "南京市玄武区", "南京某化工有限公司", "chemical", "火灾", 0, 0, 11, "800"),
    (
        "2026-11-05 21:00",
        "440106",
        "广州市天河区",
        "广州某建筑工程有限公司",
        "construction",
        "坍塌",
        4,
        1,
        2,
        "",
    ),
)


def _weekly_accidents(ministry: AppContext, today: dt.date) -> None:
    monday = accidents.week_of(today)
    for occurred, region, place, unit, industry, category, deaths, missing, injuries, loss in ACCIDENTS:
        when = dt.datetime.fromisoformat(occurred)
        shifted = when + dt.timedelta(
            days=(monday - dt.timedelta(days=7) - accidents.week_of(when.date())).days
        )
        accidents.enter_accident(
            ministry,
            {
                "事故发生时间": shifted.strftime("%Y-%m-%d %H:%M"),
                "行政区划代码": region,
                "事故发生地点": place,
                "事故发生单位": unit,
                "所属行业": industry,
                "事故类别": category,
                "死亡人数": deaths,
                "下落不明人数": missing,
                "重伤人数": injuries,
                "直接经济损失（万元）": loss,
                "是否典型事故": "否",
                "事故简要经过": f"{place}{unit}发生{category}事故，事故调查正在进行。",
                "调查组织": "市级",
            },
            today=monday,
        )
    routed = accidents.route_week(ministry, monday, today=monday)
    ids = list(routed.routed)
    if ids:
        accidents.verify(ministry, ids[:-1], "已会同省级部门核实，信息完整。", "陈核实", today=monday)
        accidents.sign_and_return(ministry, ids[:-1], "赵司长", "司长", today=monday)


def _exports(root: Path, ministry: AppContext, period: str, today: dt.date) -> None:
    out = root / "exports"
    ministry_exports.export_ledger(ministry, out / "ledger.xlsx")
    ministry_exports.export_public_list(ministry, out / "public-list.xlsx")
    ministry_exports.export_bulletin(ministry, period, out / f"bulletin-{period}.pdf", today=today)
    batches = [b for b in meetings.batches(ministry) if b.list_type == "listing"]
    if batches:
        ministry_exports.export_review_sheets(ministry, out / "review-sheets", batch_id=batches[0].id)
