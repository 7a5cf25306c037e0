"""Annex 3: the province's removal worklist and its review of each item whose term is ending.

An item enters the worklist once it is published (from the ministry's receipt, or recorded by
hand) and its removal paperwork falls due within the horizon: due = expiry − N working days
under the item's rule pack (59号: 10). Saving a review files it under the period being compiled,
so the month's package carries it as Annex 3.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.workflow import move
from models.base import utcnow
from models.deadlines import working_period
from models.enums import ItemState, RemovalOpinion, SubjectStatus
from models.errors import UserError
from models.listing import ListingItem
from models.removal import RemovalCase
from models.subjects import Subject
from models.validation import Issue, normalize_text, parse_date

OPEN_STATES = (ItemState.PUBLISHED, ItemState.REMOVAL_DUE, ItemState.REMOVAL_REVIEW)


class RemovalInvalid(UserError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("移出审核未保存：" + "；".join(i.message for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class RemovalRow:
    listing_id: int
    case_id: int | None
    subject_name: str
    subject_code: str
    decision_date: dt.date
    published_on: dt.date
    expires_on: dt.date
    due_on: dt.date
    workdays_left: int  # negative: overdue by that many working days
    state_label: str
    subject_status: str
    subject_status_label: str
    applied: bool
    applied_on: dt.date | None
    rectification: str
    reoffended: bool
    reoffence_details: str
    opinion: str  # "" when not yet reviewed
    opinion_label: str
    opinion_reason: str
    period: str
    sent: bool  # the review went out in a package (it can be corrected, no longer withdrawn)

    @property
    def urgency(self) -> str:
        if self.workdays_left < 0:
            return f"已逾期{-self.workdays_left}个工作日"
        if self.workdays_left == 0:
            return "今天到期"
        return f"还剩{self.workdays_left}个工作日"


def worklist(ctx: AppContext, today: dt.date | None = None, horizon_days: int = 60) -> list[RemovalRow]:
    """Published items whose removal paperwork is due within ``horizon_days`` (or overdue), and
    every item already under review; soonest first."""
    today = today or dt.date.today()
    calendar = ctx.calendar()
    limit = today + dt.timedelta(days=horizon_days)
    with ctx.uow() as uow:
        session = uow.session
        query = (
            select(ListingItem, Subject)
            .join(Subject)
            .where(
                ListingItem.reporting_unit_code == ctx.unit_code,
                ListingItem.deleted_at.is_(None),
                ListingItem.state.in_(OPEN_STATES),
                ListingItem.removal_due_on.is_not(None),
            )
        )
        cases = {
            c.listing_item_id: c
            for c in session.scalars(
                select(RemovalCase).where(
                    RemovalCase.reporting_unit_code == ctx.unit_code, RemovalCase.deleted_at.is_(None)
                )
            )
        }
        rows = []
        for item, subject in session.execute(query):
            case = cases.get(item.id)
            if case is None and item.removal_due_on is not None and item.removal_due_on > limit:
                continue
            rows.append(_row(item, subject, case, calendar.workdays_between(today, item.removal_due_on)))
    return sorted(rows, key=lambda r: (r.due_on, r.subject_name))


def _row(item: ListingItem, subject: Subject, case: RemovalCase | None, left: int) -> RemovalRow:
    assert item.removal_due_on is not None
    assert item.expires_on is not None
    assert item.published_on is not None
    status = case.subject_status if case else subject.status
    opinion = case.opinion if case else None
    return RemovalRow(
        listing_id=item.id,
        case_id=case.id if case else None,
        subject_name=subject.name,
        subject_code=subject.code,
        decision_date=item.decision_date,
        published_on=item.published_on,
        expires_on=item.expires_on,
        due_on=item.removal_due_on,
        workdays_left=left,
        state_label=item.state.label,
        subject_status=status.value,
        subject_status_label=status.label,
        applied=bool(case and case.applied),
        applied_on=case.applied_on if case else None,
        rectification=case.rectification if case else "",
        reoffended=bool(case and case.reoffended),
        reoffence_details=case.reoffence_details if case else "",
        opinion=opinion.value if opinion else "",
        opinion_label=opinion.label if opinion else "",
        opinion_reason=case.opinion_reason if case else "",
        period=case.period if case else "",
        sent=bool(case and case.package_revision_id is not None),
    )


def validate(data: dict[str, Any]) -> tuple[dict[str, Any], list[Issue]]:
    issues: list[Issue] = []
    status = SubjectStatus.from_text(str(data.get("subject_status") or "")) or SubjectStatus.ACTIVE
    opinion = RemovalOpinion.from_text(str(data.get("opinion") or ""))
    if opinion is None:
        issues.append(
            Issue.error("省级审核处理意见", "请选择“省级审核处理意见”：同意移出、不同意移出或延期。")
        )
    reason = normalize_text(data.get("opinion_reason"))
    if not reason:
        issues.append(Issue.error("意见理由", "“意见理由”为必填项，请写明审核依据。"))
    applied = bool(data.get("applied"))
    applied_on = None
    if applied:
        parsed = parse_date(data.get("applied_on"), "申请日期")
        issues.extend(parsed.issues)
        applied_on = parsed.value
        if applied_on is None and not parsed.issues:
            issues.append(Issue.error("申请日期", "已提出移出申请的，请填写“申请日期”。"))
    reoffended = bool(data.get("reoffended"))
    details = normalize_text(data.get("reoffence_details"))
    if reoffended and not details:
        issues.append(Issue.error("再次失信情况", "期内再次失信的，请填写再次失信的情况。"))
    if reoffended and opinion is RemovalOpinion.AGREE:
        issues.append(
            Issue.error("省级审核处理意见", "惩戒期内再次发生失信行为的，不能同意移出（49号），请核对。")
        )
    rectification = normalize_text(data.get("rectification"))
    if opinion is RemovalOpinion.AGREE and status is SubjectStatus.ACTIVE and not rectification:
        issues.append(
            Issue.error("整改及惩戒措施落实情况", "同意移出存续单位的，请填写整改及惩戒措施落实情况。")
        )
    fields = {
        "subject_status": status,
        "opinion": opinion,
        "opinion_reason": reason,
        "applied": applied,
        "applied_on": applied_on,
        "reoffended": reoffended,
        "reoffence_details": details,
        "rectification": rectification,
    }
    return fields, issues


def save_review(
    ctx: AppContext, listing_id: int, data: dict[str, Any], *, today: dt.date | None = None
) -> RemovalRow:
    """Record (or correct) the province's review of one item; filed under the period being compiled."""
    today = today or dt.date.today()
    fields, issues = validate(data)
    if issues:
        raise RemovalInvalid(issues)
    with ctx.uow() as uow:
        session = uow.session
        item = session.get(ListingItem, listing_id)
        if item is None or item.reporting_unit_code != ctx.unit_code or item.deleted_at is not None:
            raise UserError("要审核的名单不存在。")
        if item.state not in OPEN_STATES or item.removal_due_on is None:
            raise UserError(f"“{item.state.label}”的名单不在移出审核范围内。")
        case = session.scalar(
            select(RemovalCase).where(
                RemovalCase.listing_item_id == item.id, RemovalCase.deleted_at.is_(None)
            )
        )
        if case is None:
            case = RemovalCase(listing_item_id=item.id, reporting_unit_code=ctx.unit_code)
            session.add(case)
        case.period = working_period(today)
        case.due_on = item.removal_due_on
        for key, value in fields.items():
            setattr(case, key, value)
        item.subject.status = fields["subject_status"]
        if item.state is not ItemState.REMOVAL_REVIEW:
            move(
                session,
                item,
                ItemState.REMOVAL_REVIEW,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"省级移出审核：{fields['opinion'].label}",
            )
        session.flush()
        audit.record(session, ctx.actor, "removal_review", "removal_case", case.id)
        row = _row(item, item.subject, case, ctx.calendar().workdays_between(today, item.removal_due_on))
        uow.commit()
        return row


def withdraw_review(ctx: AppContext, case_id: int) -> None:
    """Take a review back before it is sent (to the recycle bin); the item returns to the worklist."""
    with ctx.uow() as uow:
        session = uow.session
        case = session.get(RemovalCase, case_id)
        if case is None or case.reporting_unit_code != ctx.unit_code:
            raise UserError("移出审核记录不存在。")
        if case.package_revision_id is not None:
            raise UserError("该移出审核已随报送包报送，不能撤回；如需更正，请修改后随更正版报送。")
        case.deleted_at = utcnow()
        item = session.get(ListingItem, case.listing_item_id)
        if item is not None and item.state is ItemState.REMOVAL_REVIEW:
            move(
                session,
                item,
                ItemState.PUBLISHED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason="撤回移出审核",
            )
        audit.record(session, ctx.actor, "removal_withdraw", "removal_case", case_id)
        uow.commit()
