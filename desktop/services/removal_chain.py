"""The ministry's removal chain (移出, BRIEF §8.4) and early removal / credit repair (§5.2, §8.6).

A province's Annex 3 review arrives in its monthly package (``removal_cases``); intake links each case
to the published item in the ledger (by the item's uid, else by USCC and publication date) or
quarantines it with the reason. The department reviews the case, the leader in charge approves
(审定), and the General Office removes the item and publishes the removal list. The worklist shows
the terms that are ending and the provinces whose paperwork is overdue. Where the item's rule pack
allows it (应急管理部令第11号: after 12 months) the unit may apply for early removal; a repair
obtained by deception is revoked and the item listed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit, review
from desktop.services.authority import require
from desktop.services.workflow import move
from models import reference
from models.calendar import WorkCalendar
from models.deadlines import department_review_due, early_removal_from
from models.enums import ItemOutcome, ItemState, RemovalOpinion, RepairStatus, ReviewKind, SubjectStatus
from models.errors import UserError
from models.listing import ListingItem
from models.removal import RemovalCase, RepairCase
from models.subjects import Subject
from models.workflow import PublicationBatch, ReviewTask

STATUS_LABELS = {
    "received": "待司局审核",
    "dept_reviewed": "司局已审核，待分管领导审定",
    "approved": "已审定同意移出，待移出",
    "refused": "审定不同意移出",
    "removed": "已移出",
}
ON_LIST = (ItemState.PUBLISHED, ItemState.REMOVAL_DUE, ItemState.REMOVAL_REVIEW)


class RemovalRefused(UserError):
    pass


# ----------------------------------------------------------------------------- intake


@dataclass
class ReceivedCases:
    accepted: int = 0
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[tuple[str, str, str]] = field(default_factory=list)  # uid, name, reason


def receive(
    ctx: AppContext,
    session: Session,
    revision_id: int,
    unit_code: str,
    period: str,
    cases: Sequence[dict[str, Any]],
    calendar: WorkCalendar,
    today: dt.date,
) -> ReceivedCases:
    """Store the province's removal reviews of one package revision (called by package intake)."""
    result = ReceivedCases()
    seen: set[int] = set()
    for raw in cases:
        uid = str(raw.get("uid") or "")
        name = str(raw.get("subject_name") or "")
        try:
            item, opinion, status = _match(session, unit_code, raw)
            if item.id in seen:
                raise RemovalRefused("同一条目在本报送包中有两条移出审核结果，只采用第一条。")
            case = session.scalar(select(RemovalCase).where(RemovalCase.uid == uid))
            if case is not None and (
                case.reporting_unit_code != unit_code or case.listing_item_id != item.id
            ):
                # A case id may only ever speak for the unit and the listing it was first sent for.
                raise RemovalRefused("移出审核标识与已收到的另一条移出审核结果相同，不能用于本条目。")
            seen.add(item.id)
        except RemovalRefused as exc:
            result.quarantined.append((uid, name, str(exc)))
            result.outcomes.append(
                {"item_uid": uid, "kind": "removal", "outcome": ItemOutcome.QUARANTINED, "reason": str(exc)}
            )
            continue
        if case is not None and case.status not in ("", "received"):
            reason = f"该移出审核已{STATUS_LABELS.get(case.status, case.status)}，本次更正未采用"
        else:
            if case is None:
                case = RemovalCase(
                    uid=uid, listing_item_id=item.id, reporting_unit_code=unit_code, period=period
                )
                session.add(case)
            case.due_on = item.removal_due_on
            case.applied = bool(raw.get("applied"))
            applied_on = raw.get("applied_on")
            case.applied_on = dt.date.fromisoformat(applied_on) if applied_on else None
            case.subject_status = status
            case.rectification = str(raw.get("rectification") or "")
            case.reoffended = bool(raw.get("reoffended"))
            case.reoffence_details = str(raw.get("reoffence_details") or "")
            case.opinion, case.opinion_reason = opinion, str(raw.get("opinion_reason") or "")
            case.package_revision_id, case.status = revision_id, "received"
            session.flush()
            if item.state is not ItemState.REMOVAL_REVIEW:
                move(
                    session,
                    item,
                    ItemState.REMOVAL_REVIEW,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason=f"收到移出审核结果（省级意见：{opinion.label}）",
                    revision_id=revision_id,
                )
            _route_case(session, case, item, calendar, today)
            reason = "总局已接收移出审核结果，审核中"
            result.accepted += 1
        result.outcomes.append(
            {"item_uid": item.uid, "kind": "removal", "outcome": ItemOutcome.PUBLISHED, "reason": reason}
        )
    return result


def _match(
    session: Session, unit_code: str, raw: dict[str, Any]
) -> tuple[ListingItem, RemovalOpinion, SubjectStatus]:
    opinion = RemovalOpinion.from_text(str(raw.get("opinion") or ""))
    if opinion is None:
        raise RemovalRefused("移出审核结果缺少省级审核处理意见。")
    status = SubjectStatus.from_text(str(raw.get("subject_status") or "")) or SubjectStatus.ACTIVE
    item = session.scalar(
        select(ListingItem).where(
            ListingItem.uid == str(raw.get("listing_uid") or ""), ListingItem.reporting_unit_code == unit_code
        )
    )
    published = raw.get("published_on")
    if item is None and published:
        item = session.scalar(
            select(ListingItem)
            .join(Subject)
            .where(
                Subject.code == str(raw.get("subject_code") or ""),
                ListingItem.reporting_unit_code == unit_code,
                ListingItem.published_on == dt.date.fromisoformat(published),
            )
            .limit(1)
        )
    if item is None:
        raise RemovalRefused(
            f"总局台账中没有该单位公布的这一条目（{raw.get('subject_name')}，统一社会信用代码 {raw.get('subject_code')}，"
            f"公布日期 {published or '未填'}），请核对后重报。"
        )
    if item.state not in ON_LIST:
        raise RemovalRefused(
            f"“{item.subject.name}”在总局台账中为“{item.state.label}”，不在名单上，无需移出审核。"
        )
    return item, opinion, status


def _route_case(
    session: Session, case: RemovalCase, item: ListingItem, calendar: WorkCalendar, today: dt.date
) -> None:
    open_task = session.scalar(
        select(ReviewTask).where(
            ReviewTask.entity_type == "removal",
            ReviewTask.entity_id == case.id,
            ReviewTask.completed_at.is_(None),
        )
    )
    if open_task is not None:
        return
    department = item.department_code or review.suggested_department(item).department
    session.add(
        ReviewTask(
            entity_type="removal",
            entity_id=case.id,
            kind=ReviewKind.REMOVAL_REVIEW,
            department_code=department,
            assigned_at=review.moment(today),
            due_on=department_review_due(calendar, today).day,
        )
    )


# ----------------------------------------------------------------------------- the chain


@dataclass(frozen=True)
class CaseRow:
    id: int
    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    published_on: dt.date | None
    expires_on: dt.date | None
    subject_status: str
    province_opinion: str
    province_reason: str
    reoffended: bool
    department: str
    department_code: str
    dept_opinion: str
    status: str
    status_label: str
    approved_by: str
    removed_on: dt.date | None


def cases(ctx: AppContext, status: str | None = None) -> list[CaseRow]:
    require(ctx.edition, ctx.unit_code, "read")
    query = select(RemovalCase).where(RemovalCase.status != "").order_by(RemovalCase.id)
    if status:
        query = query.where(RemovalCase.status == status)
    with ctx.uow() as uow:
        session = uow.session
        rows = []
        for case in session.scalars(query):
            item = session.get(ListingItem, case.listing_item_id)
            assert item is not None
            task = _task(session, case, ReviewKind.REMOVAL_REVIEW, completed=None)
            rows.append(
                CaseRow(
                    id=case.id,
                    item_id=item.id,
                    subject_name=item.subject.name,
                    subject_code=item.subject.code,
                    reporting_unit=reference.unit(case.reporting_unit_code).short_name,
                    published_on=item.published_on,
                    expires_on=item.expires_on,
                    subject_status=case.subject_status.label,
                    province_opinion=case.opinion.label if case.opinion else "",
                    province_reason=case.opinion_reason,
                    reoffended=case.reoffended,
                    department=reference.unit(task.department_code).short_name
                    if task and task.department_code
                    else "",
                    department_code=(task.department_code or "") if task else "",
                    dept_opinion=task.opinion if task else "",
                    status=case.status,
                    status_label=STATUS_LABELS.get(case.status, case.status),
                    approved_by=case.approved_by,
                    removed_on=case.removed_on,
                )
            )
        return rows


def review_cases(
    ctx: AppContext,
    case_ids: Sequence[int],
    agree: bool,
    opinion: str,
    reviewer: str,
    *,
    today: dt.date | None = None,
) -> int:
    """The department's review opinion on removal cases (then the leader in charge approves)."""
    opinion, reviewer = opinion.strip(), reviewer.strip()
    if not opinion or not reviewer:
        raise RemovalRefused("请填写司局审核意见和审核人。")
    at = review.moment(today)
    with ctx.uow() as uow:
        session = uow.session
        for case in _cases(session, case_ids, "received"):
            task = _task(session, case, ReviewKind.REMOVAL_REVIEW, completed=False)
            if task is None:
                raise RemovalRefused(f"移出审核 {case.id} 没有进行中的司局审核任务。")
            require(ctx.edition, ctx.unit_code, "removal_review", task.department_code)
            if agree and case.reoffended:
                raise RemovalRefused("管理期内再次发生失信行为的，不能同意移出。")
            task.decision = "agree" if agree else "disagree"
            task.opinion, task.reviewer, task.completed_at = opinion, reviewer, at
            case.status = "dept_reviewed"
            case.ministry_opinion = f"{'同意移出' if agree else '不同意移出'}：{opinion}"
        audit.record(
            session,
            ctx.actor,
            "removal_review",
            "removal_case",
            "",
            {"cases": list(case_ids), "agree": agree},
        )
        uow.commit()
    return len(case_ids)


def approve(
    ctx: AppContext,
    case_ids: Sequence[int],
    approved: bool,
    leader: str,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> int:
    """The leader in charge approves (审定) or refuses removal; a refusal keeps the item listed."""
    require(ctx.edition, ctx.unit_code, "removal_approve")
    leader, note = leader.strip(), note.strip()
    if not leader:
        raise RemovalRefused("请填写审定的分管领导姓名。")
    if not approved and not note:
        raise RemovalRefused("不同意移出须写明理由。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        for case in _cases(session, case_ids, "dept_reviewed"):
            case.approved_by, case.approved_on = leader, today
            if note:
                case.ministry_opinion = f"{case.ministry_opinion}；分管领导意见：{note}"
            item = session.get(ListingItem, case.listing_item_id)
            assert item is not None
            if approved:
                case.status = "approved"
                move(
                    session,
                    item,
                    item.state,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason=f"分管领导{leader}审定同意移出",
                )
            else:
                case.status = "refused"
                move(
                    session,
                    item,
                    ItemState.PUBLISHED,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason=f"分管领导{leader}审定不同意移出：{note}",
                )
        audit.record(
            session,
            ctx.actor,
            "removal_approve",
            "removal_case",
            "",
            {"cases": list(case_ids), "approved": approved},
        )
        uow.commit()
    return len(case_ids)


def remove(ctx: AppContext, case_ids: Sequence[int], removed_on: dt.date, batch_title: str) -> int:
    """Remove the approved items and publish the removal list as a batch."""
    require(ctx.edition, ctx.unit_code, "publish")
    batch_title = batch_title.strip()
    if not batch_title:
        raise RemovalRefused("请填写移出名单的公布批次名称。")
    with ctx.uow() as uow:
        session = uow.session
        selected = _cases(session, case_ids, "approved")
        batch = PublicationBatch(
            title=batch_title, list_type="removal", published_on=removed_on, created_by=ctx.actor
        )
        session.add(batch)
        session.flush()
        for case in selected:
            case.status, case.removed_on, case.removal_batch_id = "removed", removed_on, batch.id
            item = session.get(ListingItem, case.listing_item_id)
            assert item is not None
            move(
                session,
                item,
                ItemState.REMOVED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"{batch_title}（{removed_on:%Y-%m-%d}移出；{case.subject_status.label}）",
            )
        audit.record(session, ctx.actor, "remove", "publication_batch", batch.id, {"cases": list(case_ids)})
        uow.commit()
    return len(case_ids)


# ----------------------------------------------------------------------------- worklist


@dataclass(frozen=True)
class ExpiringRow:
    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    reporting_unit_code: str
    published_on: dt.date | None
    expires_on: dt.date
    removal_due_on: dt.date | None
    days_to_expiry: int
    paperwork_overdue: bool
    case_status: str
    case_received: bool


def expiring(ctx: AppContext, *, within_days: int = 60, today: dt.date | None = None) -> list[ExpiringRow]:
    """Listed items whose term ends within ``within_days`` (or has ended), with where their
    removal paperwork stands: a province late with its Annex 3 is flagged for follow-up."""
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=within_days)
    with ctx.uow() as uow:
        session = uow.session
        statuses = {
            case.listing_item_id: case.status
            for case in session.scalars(select(RemovalCase).where(RemovalCase.status != ""))
        }
        rows = []
        for item, subject in session.execute(
            select(ListingItem, Subject)
            .join(Subject)
            .where(
                ListingItem.state.in_(ON_LIST),
                ListingItem.expires_on.is_not(None),
                ListingItem.expires_on <= horizon,
                ListingItem.deleted_at.is_(None),
            )
            .order_by(ListingItem.expires_on, ListingItem.id)
        ).all():
            status = statuses.get(item.id, "")
            assert item.expires_on is not None
            rows.append(
                ExpiringRow(
                    item.id,
                    subject.name,
                    subject.code,
                    reference.unit(item.reporting_unit_code).short_name,
                    item.reporting_unit_code,
                    item.published_on,
                    item.expires_on,
                    item.removal_due_on,
                    (item.expires_on - today).days,
                    not status and item.removal_due_on is not None and item.removal_due_on < today,
                    STATUS_LABELS.get(status, "未收到移出审核结果"),
                    bool(status),
                )
            )
        return rows


# ----------------------------------------------------------------------------- early removal


@dataclass(frozen=True)
class RepairRow:
    id: int
    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    rule_pack: str
    applied_on: dt.date
    eligible_from: dt.date | None
    status: str
    status_label: str
    decided_on: dt.date | None
    decided_by: str
    reason: str
    revoked_on: dt.date | None
    revoke_reason: str


def repairs(ctx: AppContext) -> list[RepairRow]:
    """The applications for early removal (信用修复), newest first, with their decisions."""
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        rows = []
        for repair in session.scalars(select(RepairCase).order_by(RepairCase.id.desc())):
            item = session.get(ListingItem, repair.listing_item_id)
            assert item is not None
            rows.append(
                RepairRow(
                    id=repair.id,
                    item_id=item.id,
                    subject_name=item.subject.name,
                    subject_code=item.subject.code,
                    reporting_unit=reference.unit(item.reporting_unit_code).short_name,
                    rule_pack=reference.rule_pack(item.rule_pack).name,
                    applied_on=repair.applied_on,
                    eligible_from=repair.eligible_from,
                    status=repair.status.value,
                    status_label=repair.status.label,
                    decided_on=repair.decided_on,
                    decided_by=repair.decided_by,
                    reason=repair.reason,
                    revoked_on=repair.revoked_on,
                    revoke_reason=repair.revoke_reason,
                )
            )
        return rows


def apply_repair(ctx: AppContext, item_id: int, applied_on: dt.date, reason: str) -> int:
    """Register an application for early removal (信用修复) where the rule pack allows it."""
    require(ctx.edition, ctx.unit_code, "repair")
    reason = reason.strip()
    if not reason:
        raise RemovalRefused("请填写申请理由（整改、履行义务、信用承诺情况）。")
    with ctx.uow() as uow:
        session = uow.session
        item = _listed(session, item_id)
        pack = reference.rule_pack(item.rule_pack)
        assert item.published_on is not None
        eligible = early_removal_from(pack, item.decision_date, item.published_on)
        if eligible is None:
            raise RemovalRefused(f"{pack.name}没有提前移出（信用修复）的规定，只能期满移出。")
        if applied_on < eligible:
            raise RemovalRefused(
                f"按{pack.name}，列入满{pack.early_removal_after_months}个月（{eligible:%Y-%m-%d}）后方可申请提前移出。"
            )
        repair = RepairCase(
            listing_item_id=item.id, applied_on=applied_on, eligible_from=eligible, reason=reason
        )
        session.add(repair)
        session.flush()
        audit.record(session, ctx.actor, "repair_apply", "repair_case", repair.id, {"item": item.id})
        uow.commit()
        return repair.id


def decide_repair(
    ctx: AppContext,
    repair_id: int,
    approved: bool,
    decided_by: str,
    reason: str,
    *,
    today: dt.date | None = None,
) -> None:
    require(ctx.edition, ctx.unit_code, "repair")
    decided_by, reason = decided_by.strip(), reason.strip()
    if not decided_by or not reason:
        raise RemovalRefused("请填写决定人和理由。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        repair = _repair(session, repair_id, RepairStatus.APPLIED)
        repair.status = RepairStatus.APPROVED if approved else RepairStatus.REFUSED
        repair.decided_on, repair.decided_by = today, decided_by
        repair.reason = f"{repair.reason}；决定：{reason}"
        if approved:
            item = _listed(session, repair.listing_item_id)
            move(
                session,
                item,
                ItemState.EARLY_REMOVED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"信用修复，提前移出：{reason}",
            )
        audit.record(session, ctx.actor, "repair_decide", "repair_case", repair.id, {"approved": approved})
        uow.commit()


def revoke_repair(ctx: AppContext, repair_id: int, reason: str, *, today: dt.date | None = None) -> None:
    """Revoke an early removal obtained by deception: the item is listed again for the rest of its term."""
    require(ctx.edition, ctx.unit_code, "repair")
    reason = reason.strip()
    if not reason:
        raise RemovalRefused("撤销提前移出须写明理由。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        repair = _repair(session, repair_id, RepairStatus.APPROVED)
        repair.status, repair.revoked_on, repair.revoke_reason = RepairStatus.REVOKED, today, reason
        item = session.get(ListingItem, repair.listing_item_id)
        assert item is not None
        who = {"actor": ctx.actor, "actor_unit": ctx.unit_code}
        move(session, item, ItemState.REVOKED, reason=f"撤销提前移出：{reason}", **who)
        move(session, item, ItemState.PUBLISHED, reason="恢复列入，管理期限照原计算", **who)
        audit.record(session, ctx.actor, "repair_revoke", "repair_case", repair.id, {"reason": reason})
        uow.commit()


# ----------------------------------------------------------------------------- helpers


def _cases(session: Session, case_ids: Sequence[int], status: str) -> list[RemovalCase]:
    if not case_ids:
        raise RemovalRefused("请先选择移出审核事项。")
    found = []
    for case_id in case_ids:
        case = session.get(RemovalCase, case_id)
        if case is None:
            raise RemovalRefused(f"移出审核 {case_id} 不存在。")
        if case.status != status:
            raise RemovalRefused(
                f"移出审核 {case_id} 当前为“{STATUS_LABELS.get(case.status, case.status)}”，不能办理这一步。"
            )
        found.append(case)
    return found


def _task(session: Session, case: RemovalCase, kind: ReviewKind, completed: bool | None) -> ReviewTask | None:
    query = select(ReviewTask).where(
        ReviewTask.entity_type == "removal", ReviewTask.entity_id == case.id, ReviewTask.kind == kind
    )
    if completed is False:
        query = query.where(ReviewTask.completed_at.is_(None))
    return session.scalar(query.order_by(ReviewTask.id.desc()).limit(1))


def _listed(session: Session, item_id: int) -> ListingItem:
    item = session.get(ListingItem, item_id)
    if item is None or item.state not in ON_LIST or item.published_on is None:
        raise RemovalRefused(f"条目 {item_id} 不在已公布的名单上。")
    return item


def _repair(session: Session, repair_id: int, status: RepairStatus) -> RepairCase:
    repair = session.get(RepairCase, repair_id)
    if repair is None:
        raise RemovalRefused(f"信用修复申请 {repair_id} 不存在。")
    if repair.status is not status:
        raise RemovalRefused(f"信用修复申请 {repair_id} 当前为“{repair.status.label}”。")
    return repair
