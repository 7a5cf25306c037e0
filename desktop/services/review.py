"""Routing and department review (安监总厅〔2017〕59号 steps 4–6; BRIEF §8.2).

The General Office classifies the month's received items and routes each to a business department
by rule (``routing.json``: industry, behaviour, coal bureau); it may reassign by hand with a reason.
The department reviews within 3 working days of routing (the routing day not counted) and its head
signs. An item returned to the reporting unit pauses its clock; when the corrected revision arrives
the review resumes with the paused working days added to the due date, and the reviewer sees what
changed since the last review. Returning an item to an earlier step always needs a reason, and the
reporting unit reads it in its next receipt (``feedback.issue_feedback``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.authority import require
from desktop.services.listing_store import chunks
from desktop.services.workflow import move
from models import reference
from models.base import utcnow
from models.calendar import BEIJING, WorkCalendar, local_day
from models.deadlines import department_review_due
from models.enums import DeptDecision, ItemState, MeetingKind, ReviewKind
from models.errors import UserError
from models.listing import ListingItem
from models.subjects import Subject
from models.workflow import Meeting, MeetingDecision, ReviewTask, Transition


class ReviewRefused(UserError):
    pass


# States in which an item is somewhere in the ministry's review chain before publication.
IN_CHAIN = (
    ItemState.RECEIVED,
    ItemState.DEPT_REVIEW,
    ItemState.DEPT_SIGNED,
    ItemState.LEGAL_REVIEW,
    ItemState.MEETING,
    ItemState.DECIDED,
    ItemState.RETURNED,
)


def moment(today: dt.date | None) -> dt.datetime:
    """Now, or noon (Beijing) of ``today`` when a day is given (batch work and tests)."""
    if today is None:
        return utcnow()
    return dt.datetime.combine(today, dt.time(12), BEIJING).astimezone(dt.UTC)


# ----------------------------------------------------------------------------- snapshots


SNAPSHOT_LABELS = {
    "subject_name": "单位名称",
    "subject_code": "统一社会信用代码",
    "industry": "行业领域",
    "tier": "名单类别",
    "criteria": "失信行为",
    "summary": "失信行为简况",
    "basis_document": "认定依据文号",
    "decision_date": "认定日期",
    "measures": "惩戒措施",
    "persons": "有关人员",
    "remarks": "备注",
    "rule_pack": "适用规则",
    "source_channel": "线索来源",
    "measures_note": "惩戒措施说明",
    "typical_case": "典型案例",
    "person_ids": "有关人员证件号码",
}


def snapshot(item: ListingItem) -> dict[str, str]:
    """Every field a reviewer judges, as text (ID numbers masked), to show changes between reviews
    and to tell whether a correction changed anything."""
    industries = reference.code_names("industries")
    measures = reference.code_names("measures")
    return {
        "subject_name": item.subject.name,
        "subject_code": item.subject.code,
        "industry": industries.get(item.subject.industry, item.subject.industry),
        "tier": item.tier.label,
        "criteria": "、".join(reference.criterion_label(c) for c in item.criteria_codes),
        "summary": item.summary,
        "basis_document": item.basis_document,
        "decision_date": item.decision_date.isoformat(),
        "measures": "、".join(measures.get(m.code, m.code) for m in item.measures),
        "persons": "；".join(f"{p.name}（{p.role.label}，{p.id_masked}）" for p in item.persons),
        "remarks": item.remarks,
        "rule_pack": item.rule_pack,
        "source_channel": item.source_channel,
        "measures_note": item.measures_note,
        "typical_case": f"是：{item.typical_summary}" if item.typical_case else "否",
        # Masked numbers can stay alike while the number changed: the keyed digest tells (its first
        # characters only, which identify nobody).
        "person_ids": "；".join(f"{p.name}（{p.id_digest[:8]}）" for p in item.persons if p.id_digest),
    }


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


def diff(before: dict[str, str], after: dict[str, str]) -> list[Change]:
    return [
        Change(key, label, before.get(key, ""), after.get(key, ""))
        for key, label in SNAPSHOT_LABELS.items()
        if key in before and before[key] != after.get(key, "")
    ]


# ----------------------------------------------------------------------------- clocks


@dataclass(frozen=True)
class Clock:
    routed_on: dt.date
    due_on: dt.date
    workdays_left: int  # negative when overdue
    paused: bool
    done: bool
    warnings: tuple[str, ...] = ()

    @property
    def overdue(self) -> bool:
        return not self.done and not self.paused and self.workdays_left < 0

    @property
    def text(self) -> str:
        if self.done:
            return "已办结"
        if self.paused:
            return f"已暂停（退回修改中），剩 {max(self.workdays_left, 0)} 个工作日"
        if self.workdays_left < 0:
            return f"已超期 {-self.workdays_left} 个工作日"
        if self.workdays_left == 0:
            return "今天到期"
        return f"剩 {self.workdays_left} 个工作日"


def clock(task: ReviewTask, calendar: WorkCalendar, today: dt.date) -> Clock:
    routed = local_day(task.assigned_at)
    due = task.due_on or routed
    if task.paused_at is not None:
        left = calendar.workdays_between(local_day(task.paused_at), due)
    else:
        left = calendar.workdays_between(today, due)
    warnings = calendar.warnings_for([routed, due])
    return Clock(routed, due, left, task.paused_at is not None, task.completed_at is not None, warnings)


def _due(calendar: WorkCalendar, routed_on: dt.date, paused_days: int) -> dt.date:
    return calendar.shift_workdays(department_review_due(calendar, routed_on).day, paused_days).day


# ----------------------------------------------------------------------------- the queue


@dataclass(frozen=True)
class ReviewRow:
    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    reporting_unit_code: str
    period: str
    tier: str
    criteria: str
    state: str
    state_label: str
    department_code: str
    department: str
    task_id: int | None
    clock: Clock | None
    decision: str
    decision_label: str
    opinion: str
    reviewer: str
    changed_fields: tuple[str, ...]
    last_reason: str

    @property
    def changed(self) -> bool:
        return bool(self.changed_fields)


def open_task(session: Session, item_id: int, kind: ReviewKind = ReviewKind.DEPT_REVIEW) -> ReviewTask | None:
    return session.scalar(
        select(ReviewTask)
        .where(
            ReviewTask.entity_type == "listing",
            ReviewTask.entity_id == item_id,
            ReviewTask.kind == kind,
            ReviewTask.completed_at.is_(None),
        )
        .order_by(ReviewTask.id.desc())
        .limit(1)
    )


def last_reviewed_snapshot(session: Session, item_id: int) -> dict[str, Any]:
    """The item as it stood at its latest recorded department opinion (empty if never reviewed)."""
    tasks = session.scalars(
        select(ReviewTask)
        .where(ReviewTask.entity_type == "listing", ReviewTask.entity_id == item_id)
        .order_by(ReviewTask.id.desc())
    )
    return next((dict(t.snapshot) for t in tasks if t.snapshot), {})


def queue(
    ctx: AppContext,
    *,
    department: str | None = None,
    states: Sequence[ItemState] = IN_CHAIN,
    period: str | None = None,
    changed_only: bool = False,
    today: dt.date | None = None,
) -> list[ReviewRow]:
    """The items in the review chain (optionally one department's), each with its clock."""
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    query = (
        select(ListingItem)
        .join(Subject)
        .where(ListingItem.state.in_(list(states)), ListingItem.deleted_at.is_(None))
        .order_by(ListingItem.period.desc(), ListingItem.reporting_unit_code, Subject.sort_key)
    )
    if department:
        query = query.where(ListingItem.department_code == department)
    if period:
        query = query.where(ListingItem.period == period)
    rows: list[ReviewRow] = []
    with ctx.uow() as uow:
        session = uow.session
        items = list(
            session.scalars(
                query.options(
                    selectinload(ListingItem.subject),
                    selectinload(ListingItem.criteria),
                    selectinload(ListingItem.measures),
                    selectinload(ListingItem.persons),
                )
            )
        )
        tasks = _tasks_of(session, [i.id for i in items])
        reasons = _last_reasons(session, [i.id for i in items if i.state is ItemState.RETURNED])
        for item in items:
            row = _row(item, tasks.get(item.id, []), reasons.get(item.id, ""), calendar, today)
            if not changed_only or row.changed:
                rows.append(row)
    return rows


def _tasks_of(session: Session, item_ids: Sequence[int]) -> dict[int, list[ReviewTask]]:
    """Every review task of the given items, oldest first (one query per chunk, not per item)."""
    tasks: dict[int, list[ReviewTask]] = {}
    for chunk in chunks(item_ids):
        for task in session.scalars(
            select(ReviewTask)
            .where(ReviewTask.entity_type == "listing", ReviewTask.entity_id.in_(chunk))
            .order_by(ReviewTask.id)
        ):
            tasks.setdefault(task.entity_id, []).append(task)
    return tasks


def _last_reasons(session: Session, item_ids: Sequence[int]) -> dict[int, str]:
    reasons: dict[int, str] = {}
    for chunk in chunks(item_ids):
        for entity_id, reason in session.execute(
            select(Transition.entity_id, Transition.reason)
            .where(Transition.entity_type == "listing", Transition.entity_id.in_(chunk))
            .order_by(Transition.id)
        ).all():
            reasons[entity_id] = reason
    return reasons


def _row(
    item: ListingItem, tasks: list[ReviewTask], reason: str, calendar: WorkCalendar, today: dt.date
) -> ReviewRow:
    reviews = [t for t in tasks if t.kind is ReviewKind.DEPT_REVIEW]
    task = next((t for t in reversed(reviews) if t.completed_at is None), reviews[-1] if reviews else None)
    before = next((dict(t.snapshot) for t in reversed(tasks) if t.snapshot), {})
    changes = diff(before, snapshot(item)) if before else []
    decision = DeptDecision(task.decision) if task is not None and task.decision else None
    unit = reference.unit(item.reporting_unit_code)
    dept = item.department_code or ""
    return ReviewRow(
        item_id=item.id,
        subject_name=item.subject.name,
        subject_code=item.subject.code,
        reporting_unit=unit.short_name,
        reporting_unit_code=unit.code,
        period=item.period,
        tier=item.tier.label,
        criteria="、".join(reference.criterion_label(c) for c in item.criteria_codes),
        state=item.state.value,
        state_label=item.state.label,
        department_code=dept,
        department=reference.unit(dept).short_name if dept else "（未分办）",
        task_id=task.id if task is not None else None,
        clock=clock(task, calendar, today) if task is not None else None,
        decision=decision.value if decision else "",
        decision_label=decision.label if decision else "",
        opinion=task.opinion if task is not None else "",
        reviewer=task.reviewer if task is not None else "",
        changed_fields=tuple(c.label for c in changes),
        last_reason=reason,
    )


def periods(ctx: AppContext) -> list[str]:
    """The reporting periods that have items in the chain (or HQ drafts), newest first."""
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        return list(
            uow.session.scalars(
                select(ListingItem.period)
                .where(ListingItem.state.in_([*IN_CHAIN, ItemState.DRAFT]), ListingItem.deleted_at.is_(None))
                .distinct()
                .order_by(ListingItem.period.desc())
            )
        )


@dataclass(frozen=True)
class Detail:
    """What the review screen shows beside the queue for one item."""

    department: str  # the department the rules suggest
    explanation: str
    changes: tuple[Change, ...]


def detail(ctx: AppContext, item_id: int) -> Detail:
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        item = _item(uow.session, item_id)
        routing = suggested_department(item)
        changes = diff(last_reviewed_snapshot(uow.session, item_id), snapshot(item))
    return Detail(reference.unit(routing.department).short_name, routing.explanation, tuple(changes))


def changes_since_review(ctx: AppContext, item_id: int) -> list[Change]:
    with ctx.uow() as uow:
        item = _item(uow.session, item_id)
        return diff(last_reviewed_snapshot(uow.session, item_id), snapshot(item))


# ----------------------------------------------------------------------------- routing


@dataclass
class RouteResult:
    routed: dict[str, int] = field(default_factory=dict)  # department code → items

    @property
    def total(self) -> int:
        return sum(self.routed.values())

    @property
    def text(self) -> str:
        parts = [f"{reference.unit(d).short_name} {n} 条" for d, n in sorted(self.routed.items())]
        return f"已分办 {self.total} 条：" + "，".join(parts) if parts else "没有待分办的条目。"


def suggested_department(item: ListingItem) -> reference.Routing:
    return reference.route_for(
        reporting_unit_code=item.reporting_unit_code,
        industry=item.subject.industry,
        criteria=item.criteria_codes,
        subject_kind=item.subject.kind.value,
    )


def route(
    ctx: AppContext, item_ids: Iterable[int] | None = None, *, today: dt.date | None = None
) -> RouteResult:
    """Route received items (all of them, or those given) to their departments by rule."""
    require(ctx.edition, ctx.unit_code, "route")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    result = RouteResult()
    with ctx.uow() as uow:
        session = uow.session
        query = select(ListingItem).where(
            ListingItem.state == ItemState.RECEIVED, ListingItem.deleted_at.is_(None)
        )
        if item_ids is not None:
            query = query.where(ListingItem.id.in_(list(item_ids)))
        for item in session.scalars(query.order_by(ListingItem.id)).all():
            routing = suggested_department(item)
            _assign(ctx, session, item, routing.department, calendar, today, f"分办：{routing.explanation}")
            result.routed[routing.department] = result.routed.get(routing.department, 0) + 1
        if result.total:
            audit.record(session, ctx.actor, "route", "listing", "", result.routed)
        uow.commit()
    return result


def _assign(
    ctx: AppContext,
    session: Session,
    item: ListingItem,
    department: str,
    calendar: WorkCalendar,
    today: dt.date,
    reason: str,
    revision_id: int | None = None,
) -> ReviewTask:
    routed_at = moment(today)
    task = ReviewTask(
        entity_type="listing",
        entity_id=item.id,
        kind=ReviewKind.DEPT_REVIEW,
        department_code=department,
        assigned_at=routed_at,
        due_on=_due(calendar, today, 0),
    )
    session.add(task)
    item.department_code = department
    move(
        session,
        item,
        ItemState.DEPT_REVIEW,
        actor=ctx.actor,
        actor_unit=ctx.unit_code,
        reason=reason,
        revision_id=revision_id,
    )
    return task


def reassign(
    ctx: AppContext, item_ids: Sequence[int], department: str, reason: str, *, today: dt.date | None = None
) -> int:
    """Send items to another department by hand (a reason is required); the new department's
    3-working-day clock starts from today."""
    require(ctx.edition, ctx.unit_code, "route")
    reason = reason.strip()
    if not reason:
        raise ReviewRefused("改送其他司局须填写理由。")
    try:
        target = reference.unit(department)
    except KeyError:
        raise ReviewRefused(f"司局代码“{department}”不存在。") from None
    today = today or dt.date.today()
    calendar = ctx.calendar()
    with ctx.uow() as uow:
        session = uow.session
        for item in _items(session, item_ids):
            if item.state not in (ItemState.RECEIVED, ItemState.DEPT_REVIEW):
                raise ReviewRefused(
                    f"“{item.subject.name}”当前为“{item.state.label}”，只能改送尚未审签的条目。"
                )
            old = open_task(session, item.id)
            if old is not None:
                old.completed_at = moment(today)
                old.decision = "reassigned"
                old.opinion = f"改送{target.short_name}：{reason}"
            _assign(ctx, session, item, department, calendar, today, f"改送{target.short_name}：{reason}")
        audit.record(
            session, ctx.actor, "reassign", "listing", "", {"items": list(item_ids), "to": department}
        )
        uow.commit()
    return len(item_ids)


# ----------------------------------------------------------------------------- department review


def record_opinion(
    ctx: AppContext,
    item_ids: Sequence[int],
    decision: DeptDecision,
    opinion: str,
    reviewer: str,
    *,
    today: dt.date | None = None,
) -> int:
    """The department's review opinion on items routed to it (bulk). ``RETURN`` sends the item back
    to the reporting unit with the opinion as the reason and pauses the clock."""
    opinion, reviewer = opinion.strip(), reviewer.strip()
    if not reviewer:
        raise ReviewRefused("请填写审核人姓名。")
    if decision is not DeptDecision.AGREE and not opinion:
        raise ReviewRefused(f"“{decision.label}”须写明理由。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        for item in _items(session, item_ids):
            task = _task_for(session, item, ItemState.DEPT_REVIEW)
            require(ctx.edition, ctx.unit_code, "dept_review", task.department_code)
            task.decision, task.opinion, task.reviewer = decision.value, opinion, reviewer
            task.snapshot = snapshot(item)
            if decision is DeptDecision.RETURN:
                task.paused_at = moment(today)
                move(
                    session,
                    item,
                    ItemState.RETURNED,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason=opinion,
                )
            else:
                session.add(
                    Transition(
                        entity_type="listing",
                        entity_id=item.id,
                        from_state=item.state.value,
                        to_state=item.state.value,
                        actor=ctx.actor,
                        actor_unit=ctx.unit_code,
                        reason=f"{reviewer}审核意见：{decision.label}" + (f"。{opinion}" if opinion else ""),
                    )
                )
        audit.record(
            session,
            ctx.actor,
            "dept_opinion",
            "listing",
            "",
            {"items": list(item_ids), "decision": decision.value, "reviewer": reviewer},
        )
        uow.commit()
    return len(item_ids)


def sign_off(
    ctx: AppContext,
    item_ids: Sequence[int],
    signer_name: str,
    signer_title: str,
    *,
    today: dt.date | None = None,
) -> int:
    """The department head signs the reviewed items (审签): they go back to the General Office."""
    signer_name, signer_title = signer_name.strip(), signer_title.strip()
    if not signer_name or not signer_title:
        raise ReviewRefused("请填写审签人姓名和职务。")
    at = moment(today)
    with ctx.uow() as uow:
        session = uow.session
        for item in _items(session, item_ids):
            task = _task_for(session, item, ItemState.DEPT_REVIEW)
            require(ctx.edition, ctx.unit_code, "dept_sign", task.department_code)
            if not task.decision:
                raise ReviewRefused(f"“{item.subject.name}”还没有审核意见，不能审签。")
            task.signer_name, task.signer_title, task.signed_at, task.completed_at = (
                signer_name,
                signer_title,
                at,
                at,
            )
            move(
                session,
                item,
                ItemState.DEPT_SIGNED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"{reference.unit(task.department_code or '').short_name}{signer_title}{signer_name}审签："
                f"{DeptDecision(task.decision).label}",
            )
        audit.record(
            session, ctx.actor, "dept_sign", "listing", "", {"items": list(item_ids), "signer": signer_name}
        )
        uow.commit()
    return len(item_ids)


def return_to(
    ctx: AppContext,
    item_ids: Sequence[int],
    step: str,
    reason: str,
    *,
    today: dt.date | None = None,
) -> int:
    """Return items to an earlier step with a mandatory reason: ``province`` (the reporting unit
    corrects and resubmits; the department's clock pauses) or ``department`` (reviewed again, with
    a fresh 3-working-day clock)."""
    reason = reason.strip()
    if not reason:
        raise ReviewRefused("退回必须写明理由，报送单位将在回执中看到。")
    if step not in ("province", "department"):
        raise ReviewRefused(f"不能退回到“{step}”。")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    with ctx.uow() as uow:
        session = uow.session
        for item in _items(session, item_ids):
            if item.state not in IN_CHAIN or item.state is ItemState.RETURNED:
                raise ReviewRefused(f"“{item.subject.name}”当前为“{item.state.label}”，不能退回。")
            task = open_task(session, item.id)
            department = item.department_code
            action = "dept_review" if task is not None else "route"
            require(ctx.edition, ctx.unit_code, action, department)
            leave_open_steps(session, item, moment(today), close_tasks=False)  # off any open agenda
            if step == "province":
                if task is None and department is not None:
                    task = _assign(ctx, session, item, department, calendar, today, "退回前重新登记审核")
                if task is not None:
                    task.paused_at = moment(today)
                    task.snapshot = task.snapshot or snapshot(item)
                move(
                    session,
                    item,
                    ItemState.RETURNED,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason=reason,
                )
            else:
                if department is None:
                    raise ReviewRefused(f"“{item.subject.name}”尚未分办，不能退回司局。")
                reopen(ctx, session, item, calendar, today, f"退回司局重新审核：{reason}")
        audit.record(
            session,
            ctx.actor,
            "return",
            "listing",
            "",
            {"items": list(item_ids), "to": step, "reason": reason},
        )
        uow.commit()
    return len(item_ids)


def resume_after_correction(
    session: Session,
    item: ListingItem,
    calendar: WorkCalendar,
    today: dt.date,
    *,
    actor: str,
    actor_unit: str,
    revision_id: int | None = None,
) -> bool:
    """A corrected revision arrived for an item in the chain: its department review resumes (the
    working days it spent with the reporting unit are added to the due date). Returns False when
    the item was not under review (it then simply counts as received)."""
    task = open_task(session, item.id)
    if task is None:
        return False
    if task.paused_at is not None:
        task.paused_days += max(0, calendar.workdays_between(local_day(task.paused_at), today))
        task.paused_at = None
    task.decision, task.opinion = "", ""
    task.due_on = _due(calendar, local_day(task.assigned_at), task.paused_days)
    move(
        session,
        item,
        ItemState.DEPT_REVIEW,
        actor=actor,
        actor_unit=actor_unit,
        reason="报送单位已更正，恢复司局审核（计时继续）",
        revision_id=revision_id,
    )
    return True


def leave_open_steps(session: Session, item: ListingItem, at: dt.datetime, *, close_tasks: bool) -> None:
    """An item withdrawn or replaced by a correction leaves the steps it was waiting in: it comes off
    every agenda still open (legal review, director's meeting), and with ``close_tasks`` its open
    review tasks close, so no worklist, clock or meeting waits for it any more."""
    if close_tasks:
        for task in session.scalars(
            select(ReviewTask).where(
                ReviewTask.entity_type == "listing",
                ReviewTask.entity_id == item.id,
                ReviewTask.completed_at.is_(None),
            )
        ):
            task.completed_at, task.decision = at, task.decision or "withdrawn"
    rows = session.execute(
        select(MeetingDecision, Meeting)
        .join(Meeting, Meeting.id == MeetingDecision.meeting_id)
        .where(MeetingDecision.item_id == item.id, Meeting.closed_at.is_(None))
    ).all()
    for row, _meeting in rows:
        session.delete(row)
    session.flush()
    for meeting in {m for _row, m in rows if m.kind is MeetingKind.LEGAL_REVIEW}:
        undecided = session.scalar(
            select(func.count()).where(
                MeetingDecision.meeting_id == meeting.id, MeetingDecision.decision == ""
            )
        )
        if not undecided:
            meeting.closed_at = at


def reopen(
    ctx: AppContext,
    session: Session,
    item: ListingItem,
    calendar: WorkCalendar,
    today: dt.date,
    reason: str,
    *,
    revision_id: int | None = None,
) -> ReviewTask:
    """Send an item that had passed its department back to it (a correction arrived, or a later
    step returned it): open tasks are closed and a fresh 3-working-day clock starts."""
    old = open_task(session, item.id)
    if old is not None:
        old.completed_at, old.decision = moment(today), old.decision or "returned"
    assert item.department_code is not None
    return _assign(ctx, session, item, item.department_code, calendar, today, reason, revision_id)


def submit_hq_items(
    ctx: AppContext,
    item_ids: Sequence[int],
    signer_name: str,
    signer_title: str,
    *,
    today: dt.date | None = None,
) -> int:
    """An HQ department's own findings (channel C: investigations, tip-offs, inspections,
    petitions), signed by its head, join the chain as department-signed items."""
    signer_name, signer_title = signer_name.strip(), signer_title.strip()
    if not signer_name or not signer_title:
        raise ReviewRefused("请填写司局负责人姓名和职务。")
    at = moment(today)
    with ctx.uow() as uow:
        session = uow.session
        for item in _items(session, item_ids):
            unit = reference.unit(item.reporting_unit_code)
            if unit.kind.is_provincial:
                raise ReviewRefused(f"“{item.subject.name}”是{unit.name}报送的，不是总局司局的条目。")
            require(ctx.edition, ctx.unit_code, "hq_submit", unit.code)
            if item.state is not ItemState.DRAFT:
                raise ReviewRefused(f"“{item.subject.name}”当前为“{item.state.label}”，已经报送过。")
            item.department_code = unit.code
            session.add(
                ReviewTask(
                    entity_type="listing",
                    entity_id=item.id,
                    kind=ReviewKind.DEPT_REVIEW,
                    department_code=unit.code,
                    assigned_at=at,
                    due_on=local_day(at),
                    completed_at=at,
                    decision=DeptDecision.AGREE.value,
                    opinion="本司局核实的失信信息",
                    reviewer=signer_name,
                    signer_name=signer_name,
                    signer_title=signer_title,
                    signed_at=at,
                    snapshot=snapshot(item),
                )
            )
            move(
                session,
                item,
                ItemState.DEPT_SIGNED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"{unit.short_name}{signer_title}{signer_name}审签报送（{item.source_channel or '司局核实'}）",
            )
        audit.record(session, ctx.actor, "hq_submit", "listing", "", {"items": list(item_ids)})
        uow.commit()
    return len(item_ids)


# ----------------------------------------------------------------------------- helpers


def _item(session: Session, item_id: int) -> ListingItem:
    item = session.get(ListingItem, item_id)
    if item is None or item.deleted_at is not None:
        raise ReviewRefused(f"条目 {item_id} 不存在或已删除。")
    return item


def _items(session: Session, item_ids: Sequence[int]) -> list[ListingItem]:
    if not item_ids:
        raise ReviewRefused("请先选择条目。")
    return [_item(session, i) for i in item_ids]


def _task_for(session: Session, item: ListingItem, state: ItemState) -> ReviewTask:
    if item.state is not state:
        raise ReviewRefused(f"“{item.subject.name}”当前为“{item.state.label}”，不在{state.label}环节。")
    task = open_task(session, item.id)
    if task is None:
        raise ReviewRefused(f"“{item.subject.name}”没有进行中的审核任务。")
    return task
