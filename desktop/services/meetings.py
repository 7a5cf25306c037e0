"""Legal review, the party-group report, the director's meeting and publication in batches
(安监总厅〔2017〕59号 steps 7–11; BRIEF §8.2).

The General Office sends the month's department-signed items (all channels) to the legal department,
which agrees, comments or returns each to its department. Items that pass are reported to the party
group (党组) and go on the agenda of the director's meeting (局长办公会议), which decides each item:
publish, publish after revision, reject, defer to the next meeting, or return to the department.
Decided items are published in batches (批次); the batch date starts each item's term.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit, review
from desktop.services.authority import require
from desktop.services.items import set_publication
from desktop.services.workflow import move
from models import reference
from models.base import utcnow
from models.enums import ItemState, LegalDecision, MeetingKind, MeetingOutcome
from models.errors import UserError
from models.listing import ListingItem
from models.removal import RemovalCase
from models.subjects import Subject
from models.workflow import Meeting, MeetingDecision, PublicationBatch, Transition


class MeetingRefused(UserError):
    pass


@dataclass(frozen=True)
class MeetingRow:
    id: int
    kind: str
    kind_label: str
    title: str
    period: str
    held_on: dt.date | None
    items: int
    decided: int
    closed: bool
    minutes: str


@dataclass(frozen=True)
class AgendaRow:
    item_id: int
    number: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    department: str
    tier: str
    criteria: str
    state_label: str
    decision: str
    decision_label: str
    note: str
    decided_by: str


@dataclass(frozen=True)
class BatchRow:
    id: int
    title: str
    list_type: str
    published_on: dt.date
    items: int
    meeting_title: str


def decision_label(kind: MeetingKind, decision: str) -> str:
    if not decision:
        return "待定"
    if decision == "reported":
        return "已报告"
    enum = LegalDecision if kind is MeetingKind.LEGAL_REVIEW else MeetingOutcome
    member = enum.from_text(decision)
    return member.label if member else decision


def _cn_period(period: str) -> str:
    year, month = period.split("-")
    return f"{year}年{int(month)}月"


# ----------------------------------------------------------------------------- read models


def meetings(ctx: AppContext, kind: MeetingKind | None = None) -> list[MeetingRow]:
    require(ctx.edition, ctx.unit_code, "read")
    counts = (
        select(MeetingDecision.meeting_id, func.count(), func.count().filter(MeetingDecision.decision != ""))
        .group_by(MeetingDecision.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, counts)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .order_by(Meeting.id.desc())
    )
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    with ctx.uow() as uow:
        return [
            MeetingRow(
                m.id,
                m.kind.value,
                m.kind.label,
                m.title,
                m.period,
                m.held_on,
                int(total or 0),
                int(decided or 0),
                m.closed_at is not None,
                m.minutes,
            )
            for m, _mid, total, decided in uow.session.execute(query).all()
        ]


def agenda(ctx: AppContext, meeting_id: int) -> list[AgendaRow]:
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        meeting = _meeting(session, meeting_id)
        rows = session.execute(
            select(MeetingDecision, ListingItem, Subject)
            .join(ListingItem, ListingItem.id == MeetingDecision.item_id)
            .join(Subject, Subject.id == ListingItem.subject_id)
            .where(MeetingDecision.meeting_id == meeting_id)
            .order_by(ListingItem.reporting_unit_code, Subject.sort_key, ListingItem.id)
        ).all()
        return [
            AgendaRow(
                item_id=item.id,
                number=n,
                subject_name=subject.name,
                subject_code=subject.code,
                reporting_unit=reference.unit(item.reporting_unit_code).short_name,
                department=reference.unit(item.department_code).short_name if item.department_code else "",
                tier=item.tier.label,
                criteria="、".join(reference.criterion_label(c) for c in item.criteria_codes),
                state_label=item.state.label,
                decision=decision.decision,
                decision_label=decision_label(meeting.kind, decision.decision),
                note=decision.note,
                decided_by=decision.decided_by,
            )
            for n, (decision, item, subject) in enumerate(rows, start=1)
        ]


def batches(ctx: AppContext) -> list[BatchRow]:
    """Publication batches, newest first: listings counted by their batch, removals by their cases."""
    require(ctx.edition, ctx.unit_code, "read")
    listed = (
        select(ListingItem.publication_batch_id.label("batch_id"), func.count().label("n"))
        .group_by(ListingItem.publication_batch_id)
        .subquery()
    )
    removed = (
        select(RemovalCase.removal_batch_id.label("batch_id"), func.count().label("n"))
        .group_by(RemovalCase.removal_batch_id)
        .subquery()
    )
    with ctx.uow() as uow:
        session = uow.session
        rows = session.execute(
            select(PublicationBatch, listed.c.n, removed.c.n)
            .outerjoin(listed, listed.c.batch_id == PublicationBatch.id)
            .outerjoin(removed, removed.c.batch_id == PublicationBatch.id)
            .order_by(PublicationBatch.published_on.desc(), PublicationBatch.id.desc())
        ).all()
        titles = {m.id: m.title for m in session.scalars(select(Meeting))}
        return [
            BatchRow(
                b.id,
                b.title,
                b.list_type,
                b.published_on,
                int((removals if b.list_type == "removal" else listings) or 0),
                titles.get(b.meeting_id or 0, ""),
            )
            for b, listings, removals in rows
        ]


# ----------------------------------------------------------------------------- legal review


def send_to_legal(
    ctx: AppContext, period: str, item_ids: Sequence[int] | None = None, *, today: dt.date | None = None
) -> int:
    """Send the department-signed items (of ``period``, or those given) to the legal department."""
    require(ctx.edition, ctx.unit_code, "route")
    with ctx.uow() as uow:
        session = uow.session
        query = select(ListingItem).where(
            ListingItem.state == ItemState.DEPT_SIGNED, ListingItem.deleted_at.is_(None)
        )
        query = (
            query.where(ListingItem.id.in_(list(item_ids)))
            if item_ids
            else query.where(ListingItem.period == period)
        )
        items = list(session.scalars(query.order_by(ListingItem.id)))
        if not items:
            raise MeetingRefused(f"{_cn_period(period)}没有已经司局审签、待送政法司审核的条目。")
        number = 1 + (
            session.scalar(
                select(func.count()).where(Meeting.kind == MeetingKind.LEGAL_REVIEW, Meeting.period == period)
            )
            or 0
        )
        meeting = Meeting(
            kind=MeetingKind.LEGAL_REVIEW,
            title=f"{_cn_period(period)}失信行为信息政法司审核（第{number}批）",
            held_on=today or dt.date.today(),
            period=period,
            created_by=ctx.actor,
        )
        session.add(meeting)
        session.flush()
        for item in items:
            session.add(MeetingDecision(meeting_id=meeting.id, item_id=item.id, decision=""))
            move(
                session,
                item,
                ItemState.LEGAL_REVIEW,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=meeting.title,
            )
        audit.record(session, ctx.actor, "send_to_legal", "meeting", meeting.id, {"items": len(items)})
        uow.commit()
        return meeting.id


def record_legal(
    ctx: AppContext,
    meeting_id: int,
    item_ids: Sequence[int],
    decision: LegalDecision,
    note: str,
    reviewer: str,
    *,
    today: dt.date | None = None,
) -> int:
    """The legal department's opinion per item: agreed or commented items go to the meeting; a
    returned item goes back to its department with the reason."""
    require(ctx.edition, ctx.unit_code, "legal_review")
    note, reviewer = note.strip(), reviewer.strip()
    if not reviewer:
        raise MeetingRefused("请填写政法司审核人姓名。")
    if decision is not LegalDecision.AGREE and not note:
        raise MeetingRefused(f"“{decision.label}”须写明意见。")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    with ctx.uow() as uow:
        session = uow.session
        meeting = _meeting(session, meeting_id, MeetingKind.LEGAL_REVIEW)
        for item_id in item_ids:
            row, item = _agenda_entry(session, meeting, item_id)
            if item.state is not ItemState.LEGAL_REVIEW:
                raise MeetingRefused(f"“{item.subject.name}”当前为“{item.state.label}”，不在政法司审核环节。")
            row.decision, row.note, row.decided_by, row.decided_at = (
                decision.value,
                note,
                reviewer,
                review.moment(today),
            )
            text = f"政法司{reviewer}：{decision.label}" + (f"。{note}" if note else "")
            if decision is LegalDecision.RETURN:
                review.reopen(ctx, session, item, calendar, today, text)
            else:
                move(session, item, ItemState.MEETING, actor=ctx.actor, actor_unit=ctx.unit_code, reason=text)
        _close_when_decided(session, meeting, today)
        audit.record(
            session,
            ctx.actor,
            "legal_review",
            "meeting",
            meeting.id,
            {"items": list(item_ids), "decision": decision.value},
        )
        uow.commit()
    return len(item_ids)


# ----------------------------------------------------------------------------- party group and meeting


def report_party_group(
    ctx: AppContext, period: str, held_on: dt.date, minutes: str, *, today: dt.date | None = None
) -> int:
    """Record the report of the joint review (会审情况) to the party group: every item waiting for the
    meeting that has not been reported yet."""
    require(ctx.edition, ctx.unit_code, "meeting")
    with ctx.uow() as uow:
        session = uow.session
        items = list(
            session.scalars(
                select(ListingItem)
                .where(ListingItem.state == ItemState.MEETING, ListingItem.id.not_in(_reported()))
                .order_by(ListingItem.id)
            )
        )
        if not items:
            raise MeetingRefused("没有待向党组报告的条目（须先经政法司审核）。")
        meeting = Meeting(
            kind=MeetingKind.PARTY_GROUP,
            title=f"{_cn_period(period)}失信行为联合惩戒会审情况报告",
            held_on=held_on,
            period=period,
            minutes=minutes.strip(),
            created_by=ctx.actor,
            closed_at=review.moment(today),
        )
        session.add(meeting)
        session.flush()
        for item in items:
            session.add(
                MeetingDecision(
                    meeting_id=meeting.id,
                    item_id=item.id,
                    decision="reported",
                    decided_by=ctx.actor,
                    decided_at=utcnow(),  # compared with the item's entry into the step: real time
                )
            )
        audit.record(session, ctx.actor, "party_group_report", "meeting", meeting.id, {"items": len(items)})
        uow.commit()
        return meeting.id


def _reported() -> Select[tuple[int]]:
    """Items reported to the party group since they last entered the meeting step (an item returned
    and come back is reported again; a deferred one, which never left, is not)."""
    entered = (
        select(func.max(Transition.at))
        .where(
            Transition.entity_type == "listing",
            Transition.entity_id == MeetingDecision.item_id,
            Transition.to_state == ItemState.MEETING.value,
            Transition.from_state != ItemState.MEETING.value,
        )
        .scalar_subquery()
    )
    return (
        select(MeetingDecision.item_id)
        .join(Meeting)
        .where(Meeting.kind == MeetingKind.PARTY_GROUP, MeetingDecision.decided_at >= entered)
    )


def create_meeting(
    ctx: AppContext, title: str, held_on: dt.date, period: str, item_ids: Sequence[int] | None = None
) -> int:
    """Gather the agenda of a director's meeting: items reported to the party group and waiting for
    a decision (deferred ones included), not already on another open agenda."""
    require(ctx.edition, ctx.unit_code, "meeting")
    title = title.strip() or f"{_cn_period(period)}局长办公会议"
    with ctx.uow() as uow:
        session = uow.session
        pending = (
            select(MeetingDecision.item_id)
            .join(Meeting)
            .where(Meeting.kind == MeetingKind.DIRECTOR_MEETING, Meeting.closed_at.is_(None))
        )
        query = select(ListingItem).where(
            ListingItem.state == ItemState.MEETING,
            ListingItem.id.in_(_reported()),
            ListingItem.id.not_in(pending),
        )
        if item_ids:
            query = query.where(ListingItem.id.in_(list(item_ids)))
        items = list(session.scalars(query.order_by(ListingItem.id)))
        if not items:
            raise MeetingRefused("没有可以提交局长办公会议的条目：须经政法司审核并已向党组报告。")
        meeting = Meeting(
            kind=MeetingKind.DIRECTOR_MEETING,
            title=title,
            held_on=held_on,
            period=period,
            created_by=ctx.actor,
        )
        session.add(meeting)
        session.flush()
        for item in items:
            session.add(MeetingDecision(meeting_id=meeting.id, item_id=item.id, decision=""))
        audit.record(session, ctx.actor, "meeting_agenda", "meeting", meeting.id, {"items": len(items)})
        uow.commit()
        return meeting.id


def decide(
    ctx: AppContext,
    meeting_id: int,
    item_ids: Sequence[int],
    outcome: MeetingOutcome,
    note: str = "",
    *,
    today: dt.date | None = None,
) -> int:
    """Record the meeting's decision on agenda items (bulk); anything but 同意公布 needs a note.
    Decisions can be changed until the meeting is closed."""
    require(ctx.edition, ctx.unit_code, "meeting")
    note = note.strip()
    if outcome is not MeetingOutcome.APPROVE and not note:
        raise MeetingRefused(f"“{outcome.label}”须写明会议意见。")
    with ctx.uow() as uow:
        session = uow.session
        meeting = _meeting(session, meeting_id, MeetingKind.DIRECTOR_MEETING)
        if meeting.closed_at is not None:
            raise MeetingRefused(f"“{meeting.title}”已经结束，决定不能再修改。")
        for item_id in item_ids:
            row, item = _agenda_entry(session, meeting, item_id)
            if item.state is not ItemState.MEETING:
                raise MeetingRefused(
                    f"“{item.subject.name}”已变为“{item.state.label}”，不能再由本次会议决定。"
                )
            row.decision, row.note, row.decided_by, row.decided_at = (
                outcome.value,
                note,
                ctx.actor,
                review.moment(today),
            )
        uow.commit()
    return len(item_ids)


def close_meeting(
    ctx: AppContext, meeting_id: int, minutes: str = "", *, today: dt.date | None = None
) -> dict[str, int]:
    """Close the meeting and carry out its decisions; every agenda item must have one."""
    require(ctx.edition, ctx.unit_code, "meeting")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    counts: dict[str, int] = {}
    with ctx.uow() as uow:
        session = uow.session
        meeting = _meeting(session, meeting_id, MeetingKind.DIRECTOR_MEETING)
        if meeting.closed_at is not None:
            raise MeetingRefused(f"“{meeting.title}”已经结束。")
        rows = session.execute(
            select(MeetingDecision, ListingItem)
            .join(ListingItem, ListingItem.id == MeetingDecision.item_id)
            .where(MeetingDecision.meeting_id == meeting.id)
        ).all()
        moved = [item.subject.name for _row, item in rows if item.state is not ItemState.MEETING]
        if moved:
            raise MeetingRefused(
                f"议题“{moved[0]}”已不在待会议审议状态（如已被更正或提出异议），请从本次会议中另行处理后再结束会议。"
            )
        open_items = [item.subject.name for row, item in rows if not row.decision]
        if open_items:
            raise MeetingRefused(
                f"还有 {len(open_items)} 个议题没有会议决定（如“{open_items[0]}”），不能结束会议。"
            )
        for row, item in rows:
            outcome = MeetingOutcome(row.decision)
            text = f"{meeting.title}：{outcome.label}" + (f"。{row.note}" if row.note else "")
            who = {"actor": ctx.actor, "actor_unit": ctx.unit_code, "reason": text}
            if outcome in (MeetingOutcome.APPROVE, MeetingOutcome.REVISE):
                move(session, item, ItemState.DECIDED, **who)
            elif outcome is MeetingOutcome.REJECT:
                move(session, item, ItemState.REJECTED, **who)
            elif outcome is MeetingOutcome.RETURN:
                review.reopen(ctx, session, item, calendar, today, text)
            else:  # deferred: stays waiting for the next meeting
                move(session, item, ItemState.MEETING, **who)
            counts[outcome.label] = counts.get(outcome.label, 0) + 1
        meeting.closed_at = review.moment(today)
        meeting.minutes = minutes.strip() or meeting.minutes
        audit.record(session, ctx.actor, "meeting_close", "meeting", meeting.id, counts)
        uow.commit()
    return counts


# ----------------------------------------------------------------------------- publication


def publish(
    ctx: AppContext,
    title: str,
    published_on: dt.date,
    item_ids: Sequence[int] | None = None,
    *,
    meeting_id: int | None = None,
    notes: str = "",
) -> int:
    """Publish decided items as one batch (批次): the batch date starts each item's term, which
    ends per its rule pack; the removal paperwork falls due 10 working days before the end."""
    require(ctx.edition, ctx.unit_code, "publish")
    title = title.strip()
    if not title:
        raise MeetingRefused("请填写公布批次名称，如“2026年第11批联合惩戒对象名单”。")
    calendar = ctx.calendar()
    with ctx.uow() as uow:
        session = uow.session
        query = select(ListingItem).where(
            ListingItem.state == ItemState.DECIDED, ListingItem.deleted_at.is_(None)
        )
        if item_ids:
            query = query.where(ListingItem.id.in_(list(item_ids)))
        if meeting_id is not None:  # only what this meeting approved
            meeting = _meeting(session, meeting_id, MeetingKind.DIRECTOR_MEETING)
            approved = select(MeetingDecision.item_id).where(
                MeetingDecision.meeting_id == meeting.id,
                MeetingDecision.decision.in_([MeetingOutcome.APPROVE.value, MeetingOutcome.REVISE.value]),
            )
            query = query.where(ListingItem.id.in_(approved))
        items = list(session.scalars(query.order_by(ListingItem.id)))
        if not items:
            raise MeetingRefused(
                "该会议没有经会议审定、待公布的条目。"
                if meeting_id is not None
                else "没有经会议审定、待公布的条目。"
            )
        if item_ids and len(items) != len(set(item_ids)):
            raise MeetingRefused("所选条目中有尚未经会议审定的，不能公布。")
        batch = PublicationBatch(
            title=title,
            list_type="listing",
            published_on=published_on,
            meeting_id=meeting_id,
            notes=notes.strip(),
            created_by=ctx.actor,
        )
        session.add(batch)
        session.flush()
        for item in items:
            set_publication(ctx, item, published_on, calendar=calendar)
            item.publication_batch_id = batch.id
            move(
                session,
                item,
                ItemState.PUBLISHED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=f"{title}（{published_on:%Y-%m-%d}公布，管理期至{item.expires_on:%Y-%m-%d}）",
            )
        audit.record(session, ctx.actor, "publish", "publication_batch", batch.id, {"items": len(items)})
        uow.commit()
        return batch.id


# ----------------------------------------------------------------------------- helpers


def _meeting(session: Session, meeting_id: int, kind: MeetingKind | None = None) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or (kind is not None and meeting.kind is not kind):
        raise MeetingRefused(f"会议 {meeting_id} 不存在。")
    return meeting


def _agenda_entry(session: Session, meeting: Meeting, item_id: int) -> tuple[MeetingDecision, ListingItem]:
    row = session.get(MeetingDecision, (meeting.id, item_id))
    item = session.get(ListingItem, item_id)
    if row is None or item is None:
        raise MeetingRefused(f"条目 {item_id} 不在“{meeting.title}”中。")
    return row, item


def _close_when_decided(session: Session, meeting: Meeting, today: dt.date) -> None:
    undecided = session.scalar(
        select(func.count()).where(MeetingDecision.meeting_id == meeting.id, MeetingDecision.decision == "")
    )
    if not undecided:
        meeting.closed_at = review.moment(today)
