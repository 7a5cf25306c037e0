"""Objections (异议, BRIEF §8.6): register, flag the item while it is checked, verify within the time
limit (``deadlines.json``: objection_verification, working days), decide with reasons.

While an objection is open the item is in state 异议核查中 and its previous state is kept; the
decision restores it (objection dismissed), restores it with the corrections recorded (upheld,
information corrected), or takes it off the list (upheld, removed; before publication: not listed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit, review
from desktop.services.authority import require
from desktop.services.workflow import move
from models import reference
from models.enums import ItemState, ObjectionDecision, ObjectionStatus
from models.errors import UserError
from models.listing import ListingItem
from models.removal import Objection

# Corrections an upheld objection may make, with their labels.
CORRECTABLE = {"summary": "失信行为简况", "remarks": "备注", "measures_note": "惩戒措施说明"}


class ObjectionRefused(UserError):
    pass


@dataclass(frozen=True)
class ObjectionRow:
    id: int
    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    raised_on: dt.date
    raised_by: str
    channel: str
    content: str
    due_on: dt.date | None
    status: str
    status_label: str
    overdue: bool
    verification_note: str
    decision_label: str
    reason: str


def register(
    ctx: AppContext,
    item_id: int,
    raised_on: dt.date,
    raised_by: str,
    content: str,
    *,
    channel: str = "书面",
) -> int:
    """Register an objection; the item is flagged (异议核查中) until it is decided."""
    raised_by, content = raised_by.strip(), content.strip()
    if not raised_by or not content:
        raise ObjectionRefused("请填写异议人和异议内容。")
    workdays = int(reference.deadline("objection_verification")["workdays"])
    due = ctx.calendar().shift_workdays(raised_on, workdays).day
    with ctx.uow() as uow:
        session = uow.session
        item = session.get(ListingItem, item_id)
        if item is None or item.deleted_at is not None:
            raise ObjectionRefused(f"条目 {item_id} 不存在。")
        require(ctx.edition, ctx.unit_code, "objection", item.department_code)
        if item.state is ItemState.OBJECTION_RAISED:
            raise ObjectionRefused(f"“{item.subject.name}”已有正在核查的异议，请在原异议中补充。")
        if item.state not in (
            *review.IN_CHAIN,
            ItemState.PUBLISHED,
            ItemState.REMOVAL_DUE,
            ItemState.REMOVAL_REVIEW,
        ):
            raise ObjectionRefused(f"“{item.subject.name}”当前为“{item.state.label}”，不能登记异议。")
        objection = Objection(
            listing_item_id=item.id,
            raised_on=raised_on,
            raised_by=raised_by[:200],
            channel=channel[:32],
            content=content,
            due_on=due,
            prior_state=item.state.value,
        )
        session.add(objection)
        session.flush()
        move(
            session,
            item,
            ItemState.OBJECTION_RAISED,
            actor=ctx.actor,
            actor_unit=ctx.unit_code,
            reason=f"{raised_by}提出异议（{raised_on:%Y-%m-%d}）：{content[:100]}；核查时限至{due:%Y-%m-%d}",
        )
        audit.record(session, ctx.actor, "objection_register", "objection", objection.id, {"item": item.id})
        uow.commit()
        return objection.id


def start_verification(ctx: AppContext, objection_id: int, note: str) -> None:
    note = note.strip()
    if not note:
        raise ObjectionRefused("请填写核查安排或核查情况。")
    with ctx.uow() as uow:
        objection = _objection(uow.session, objection_id)
        _require_for(ctx, uow.session, objection)
        objection.status, objection.verification_note = ObjectionStatus.VERIFYING, note
        audit.record(uow.session, ctx.actor, "objection_verify", "objection", objection.id, {})
        uow.commit()


def decide(
    ctx: AppContext,
    objection_id: int,
    decision: ObjectionDecision,
    reason: str,
    decided_by: str,
    *,
    corrections: dict[str, str] | None = None,
    today: dt.date | None = None,
) -> None:
    """Decide the objection with a reason; an upheld 更正 must say what it corrects."""
    reason, decided_by = reason.strip(), decided_by.strip()
    if not reason or not decided_by:
        raise ObjectionRefused("请填写处理理由和决定人。")
    corrections = {k: v.strip() for k, v in (corrections or {}).items() if v and v.strip()}
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise ObjectionRefused(f"不能通过异议更正“{'、'.join(sorted(unknown))}”。")
    if decision is ObjectionDecision.CORRECTED and not corrections:
        raise ObjectionRefused("异议成立、更正信息时，须填写更正后的内容。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        objection = _objection(session, objection_id)
        item = _require_for(ctx, session, objection)
        if item.state is not ItemState.OBJECTION_RAISED:
            raise ObjectionRefused(
                f"“{item.subject.name}”当前为“{item.state.label}”，不在异议核查中，请先核对。"
            )
        objection.status, objection.decision = ObjectionStatus.DECIDED, decision
        objection.decided_on, objection.decided_by, objection.reason = today, decided_by, reason
        prior = ItemState(objection.prior_state or ItemState.PUBLISHED.value)
        text = f"异议处理（{decided_by}）：{decision.label}。{reason}"
        who = {"actor": ctx.actor, "actor_unit": ctx.unit_code}
        if decision is ObjectionDecision.REMOVED:
            listed = item.published_on is not None
            move(session, item, ItemState.REMOVED if listed else ItemState.REJECTED, reason=text, **who)
        else:
            for key, value in corrections.items():
                text += f"；{CORRECTABLE[key]}更正为：{value}"
                setattr(item, key, value)
            move(session, item, prior, reason=text, **who)
        audit.record(
            session,
            ctx.actor,
            "objection_decide",
            "objection",
            objection.id,
            {"decision": decision.value, "corrected": sorted(corrections)},
        )
        uow.commit()


def objections(
    ctx: AppContext, *, open_only: bool = False, today: dt.date | None = None
) -> list[ObjectionRow]:
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    query = select(Objection).order_by(Objection.raised_on.desc(), Objection.id.desc())
    if open_only:
        query = query.where(Objection.status != ObjectionStatus.DECIDED)
    with ctx.uow() as uow:
        session = uow.session
        rows = []
        for o in session.scalars(query):
            item = session.get(ListingItem, o.listing_item_id)
            assert item is not None
            rows.append(
                ObjectionRow(
                    id=o.id,
                    item_id=item.id,
                    subject_name=item.subject.name,
                    subject_code=item.subject.code,
                    reporting_unit=reference.unit(item.reporting_unit_code).short_name,
                    raised_on=o.raised_on,
                    raised_by=o.raised_by,
                    channel=o.channel,
                    content=o.content,
                    due_on=o.due_on,
                    status=o.status.value,
                    status_label=o.status.label,
                    overdue=o.status is not ObjectionStatus.DECIDED
                    and o.due_on is not None
                    and o.due_on < today,
                    verification_note=o.verification_note,
                    decision_label=o.decision.label if o.decision else "",
                    reason=o.reason,
                )
            )
        return rows


def _require_for(ctx: AppContext, session: Session, objection: Objection) -> ListingItem:
    item = session.get(ListingItem, objection.listing_item_id)
    assert item is not None
    require(ctx.edition, ctx.unit_code, "objection", item.department_code)
    return item


def _objection(session: Session, objection_id: int) -> Objection:
    objection = session.get(Objection, objection_id)
    if objection is None:
        raise ObjectionRefused(f"异议 {objection_id} 不存在。")
    if objection.status is ObjectionStatus.DECIDED:
        raise ObjectionRefused(f"异议 {objection_id} 已办结。")
    return objection
