"""The consolidated ledger (台账, BRIEF §8.5): entity-centred, with provenance, duplicates across
provinces, each entity's credit archive, the timeliness grid, the follow-up (督办) worklists with
their reminders, and the month's statistics for the bulletin.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.context import AppContext
from desktop.services import audit, removal_chain
from desktop.services.authority import require
from desktop.services.listing_store import chunks
from desktop.services.meetings import decision_label
from models import reference
from models.calendar import BEIJING, add_months, local_day
from models.deadlines import days_late, monthly_package_due, parse_period, period_of, previous_period
from models.enums import DeptDecision, ItemState, ObjectionStatus, ReviewKind
from models.errors import UserError
from models.listing import ListingItem
from models.packages import Package, PackageRevision
from models.removal import Objection, RemovalCase, RepairCase
from models.subjects import Subject
from models.validation import normalize_name
from models.workflow import Meeting, MeetingDecision, PublicationBatch, Reminder, ReviewTask, Transition


class LedgerRefused(UserError):
    pass


# ----------------------------------------------------------------------------- query


@dataclass(frozen=True)
class LedgerEntry:
    item_id: int
    subject_id: int
    subject_name: str
    subject_code: str
    reporting_unit_code: str
    reporting_unit: str
    period: str
    tier: str
    criteria: str
    state: str
    state_label: str
    department: str
    batch: str
    published_on: dt.date | None
    expires_on: dt.date | None
    duplicate: bool

    def as_json(self) -> dict[str, object]:
        return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class LedgerPage:
    total: int
    elapsed_ms: float
    items: list[LedgerEntry]

    def as_json(self) -> dict[str, object]:
        return {
            "total": self.total,
            "elapsed_ms": round(self.elapsed_ms, 1),
            "items": [i.as_json() for i in self.items],
        }


HIDDEN = (ItemState.DRAFT, ItemState.SUPERSEDED)


def query(
    ctx: AppContext, *, text: str = "", unit: str = "", status: str = "", limit: int = 200, offset: int = 0
) -> LedgerPage:
    """Search the ledger as the GUI's search box does: name (also after normalisation), USCC or
    basis document, any length; filter by reporting unit and state."""
    require(ctx.edition, ctx.unit_code, "read")
    started = time.perf_counter()
    conditions: list[Any] = [ListingItem.deleted_at.is_(None), ListingItem.state.not_in(HIDDEN)]
    if unit:
        conditions.append(ListingItem.reporting_unit_code == unit.strip().upper())
    if status:
        state = ItemState.from_text(status)
        if state is None:
            raise LedgerRefused(f"状态“{status}”不存在。可用：{'、'.join(s.value for s in ItemState)}")
        conditions.append(ListingItem.state == state)
    text = text.strip()
    if text:
        like = f"%{text}%"
        conditions.append(
            or_(
                Subject.name.like(like),
                Subject.name_key.like(f"%{normalize_name(text)}%"),
                Subject.code.like(like.upper()),
                ListingItem.basis_document.like(like),
            )
        )
    with ctx.uow() as uow:
        session = uow.session
        total = (
            session.scalar(select(func.count()).select_from(ListingItem).join(Subject).where(*conditions))
            or 0
        )
        rows = session.execute(
            select(ListingItem, Subject)
            .join(Subject)
            .where(*conditions)
            .options(selectinload(ListingItem.criteria))
            .order_by(Subject.sort_key, Subject.id, ListingItem.period.desc(), ListingItem.id)
            .limit(limit)
            .offset(offset)
        ).all()
        flagged = duplicate_subjects(session, {s.id for _i, s in rows})
        batches = {b.id: b.title for b in session.scalars(select(PublicationBatch))}
        items = [
            LedgerEntry(
                item_id=item.id,
                subject_id=subject.id,
                subject_name=subject.name,
                subject_code=subject.code,
                reporting_unit_code=item.reporting_unit_code,
                reporting_unit=reference.unit(item.reporting_unit_code).short_name,
                period=item.period,
                tier=item.tier.label,
                criteria="、".join(reference.criterion_label(c) for c in item.criteria_codes),
                state=item.state.value,
                state_label=item.state.label,
                department=reference.unit(item.department_code).short_name if item.department_code else "",
                batch=batches.get(item.publication_batch_id or 0, ""),
                published_on=item.published_on,
                expires_on=item.expires_on,
                duplicate=subject.id in flagged,
            )
            for item, subject in rows
        ]
    return LedgerPage(total, (time.perf_counter() - started) * 1000, items)


# ----------------------------------------------------------------------------- duplicates


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str  # "code" (same USCC, two or more units) | "name" (names normalise alike, different codes)
    key: str
    entries: tuple[tuple[int, str, str, str, str], ...]  # item id, unit, subject name, code, state label

    @property
    def text(self) -> str:
        units = "、".join(sorted({e[1] for e in self.entries}))
        what = "同一统一社会信用代码" if self.kind == "code" else "名称规范化后相同"
        return f"{what}：{units}均有报送"


def _live() -> list[Any]:
    return [ListingItem.deleted_at.is_(None), ListingItem.state.not_in(HIDDEN)]


def duplicate_subjects(session: Session, subject_ids: set[int] | None = None) -> set[int]:
    """Subjects proposed by two or more reporting units, or sharing a normalised name with another
    subject that another unit proposed."""
    by_code = (
        select(ListingItem.subject_id)
        .where(*_live())
        .group_by(ListingItem.subject_id)
        .having(func.count(func.distinct(ListingItem.reporting_unit_code)) > 1)
    )
    by_name = (
        select(Subject.name_key)
        .join(ListingItem)
        .where(*_live())
        .group_by(Subject.name_key)
        .having(
            func.count(func.distinct(Subject.id)) > 1,
            func.count(func.distinct(ListingItem.reporting_unit_code)) > 1,
        )
    )
    if subject_ids is None:
        return set(
            session.scalars(
                select(Subject.id).where(or_(Subject.id.in_(by_code), Subject.name_key.in_(by_name)))
            )
        )
    # A page of subjects: group only their own items and the names they share (index lookups), not
    # the whole ledger.
    flagged: set[int] = set()
    for chunk in chunks(sorted(subject_ids)):
        flagged.update(session.scalars(by_code.where(ListingItem.subject_id.in_(chunk))))
        keys = select(Subject.name_key).where(Subject.id.in_(chunk))
        shared = set(session.scalars(by_name.where(Subject.name_key.in_(keys))))
        if shared:
            flagged.update(
                session.scalars(select(Subject.id).where(Subject.id.in_(chunk), Subject.name_key.in_(shared)))
            )
    return flagged


def duplicates(ctx: AppContext) -> list[DuplicateGroup]:
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        flagged = duplicate_subjects(session)
        if not flagged:
            return []
        rows = session.execute(
            select(ListingItem, Subject)
            .join(Subject)
            .where(Subject.id.in_(flagged), *_live())
            .order_by(ListingItem.id)
        ).all()
    by_code: dict[str, list[tuple[int, str, str, str, str]]] = defaultdict(list)
    by_name: dict[str, list[tuple[int, str, str, str, str]]] = defaultdict(list)
    for item, subject in rows:
        entry = (
            item.id,
            reference.unit(item.reporting_unit_code).short_name,
            subject.name,
            subject.code,
            item.state.label,
        )
        by_code[subject.code].append(entry)
        by_name[subject.name_key].append(entry)
    groups = [
        DuplicateGroup("code", code, tuple(entries))
        for code, entries in by_code.items()
        if len({e[1] for e in entries}) > 1
    ]
    groups += [
        DuplicateGroup("name", key, tuple(entries))
        for key, entries in by_name.items()
        if len({e[3] for e in entries}) > 1 and len({e[1] for e in entries}) > 1
    ]
    return groups


# ----------------------------------------------------------------------------- credit archive


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    from_state: str
    to_state: str
    actor: str
    unit: str
    reason: str
    package: str


@dataclass(frozen=True)
class ListingRecord:
    item_id: int
    reporting_unit: str
    period: str
    tier: str
    criteria: str
    basis_document: str
    decision_date: dt.date
    state_label: str
    provenance: str
    department: str
    reviews: tuple[str, ...]
    decisions: tuple[str, ...]
    batch: str
    published_on: dt.date | None
    expires_on: dt.date | None
    history: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class Archive:
    subject_id: int
    name: str
    code: str
    code_kind: str
    region: str
    industry: str
    status: str
    listings: tuple[ListingRecord, ...]
    objections: tuple[str, ...]
    removals: tuple[str, ...]
    repairs: tuple[str, ...]
    duplicate_of: tuple[str, ...] = field(default=())


REVIEW_OUTCOMES = {"returned": "已退回", "reassigned": "已改派"}


def _review_decision(decision: str) -> str:
    member = DeptDecision.from_text(decision)
    return member.label if member else REVIEW_OUTCOMES.get(decision, decision or "待审")


def package_label(session: Session, revision_id: int | None) -> str:
    if revision_id is None:
        return ""
    rev = session.get(PackageRevision, revision_id)
    if rev is None:
        return ""
    pkg = rev.package
    received = f"，{rev.received_at.astimezone(BEIJING):%Y-%m-%d %H:%M}接收" if rev.received_at else ""
    return f"{pkg.reporting_unit_code}_{pkg.period}_r{rev.revision}.p7m（第{rev.revision}版{received}）"


def archive(ctx: AppContext, subject_id: int) -> Archive:
    """Everything the ministry holds on one entity: each listing with its provenance and history."""
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        subject = session.get(Subject, subject_id)
        if subject is None:
            raise LedgerRefused(f"主体 {subject_id} 不存在。")
        items = list(
            session.scalars(
                select(ListingItem)
                .where(
                    ListingItem.subject_id == subject.id,
                    ListingItem.deleted_at.is_(None),
                    ListingItem.state != ItemState.DRAFT,
                )
                .order_by(ListingItem.decision_date, ListingItem.id)
            )
        )
        batches = {b.id: b for b in session.scalars(select(PublicationBatch))}
        listings = []
        for item in items:
            history = tuple(
                HistoryEntry(
                    t.at,
                    ItemState(t.from_state).label if t.from_state else "",
                    ItemState(t.to_state).label,
                    t.actor,
                    t.actor_unit,
                    t.reason,
                    package_label(session, t.package_revision_id),
                )
                for t in session.scalars(
                    select(Transition)
                    .where(Transition.entity_type == "listing", Transition.entity_id == item.id)
                    .order_by(Transition.id)
                )
            )
            reviews = tuple(
                f"{reference.unit(t.department_code).short_name if t.department_code else ''}"
                f" {t.reviewer or '（未审核）'}：{_review_decision(t.decision)} {t.opinion}".strip()
                + (f"；{t.signer_title}{t.signer_name}审签" if t.signer_name else "")
                for t in session.scalars(
                    select(ReviewTask)
                    .where(ReviewTask.entity_type == "listing", ReviewTask.entity_id == item.id)
                    .order_by(ReviewTask.id)
                )
            )
            decisions = tuple(
                f"{m.title}：{decision_label(m.kind, d.decision)}{('（' + d.note + '）') if d.note else ''}"
                for d, m in session.execute(
                    select(MeetingDecision, Meeting)
                    .join(Meeting)
                    .where(MeetingDecision.item_id == item.id)
                    .order_by(Meeting.id)
                ).all()
            )
            batch = batches.get(item.publication_batch_id or 0)
            listings.append(
                ListingRecord(
                    item_id=item.id,
                    reporting_unit=reference.unit(item.reporting_unit_code).name,
                    period=item.period,
                    tier=item.tier.label,
                    criteria="、".join(reference.criterion_label(c) for c in item.criteria_codes),
                    basis_document=item.basis_document,
                    decision_date=item.decision_date,
                    state_label=item.state.label,
                    provenance=package_label(session, item.package_revision_id) or "总局司局录入",
                    department=reference.unit(item.department_code).name if item.department_code else "",
                    reviews=reviews,
                    decisions=decisions,
                    batch=batch.title if batch else "",
                    published_on=item.published_on,
                    expires_on=item.expires_on,
                    history=history,
                )
            )
        ids = [i.id for i in items] or [-1]
        objections = tuple(
            f"{o.raised_on:%Y-%m-%d} {o.raised_by}：{o.content}（{o.status.label}"
            + (f"，{o.decision.label}：{o.reason}" if o.decision else "")
            + "）"
            for o in session.scalars(
                select(Objection).where(Objection.listing_item_id.in_(ids)).order_by(Objection.id)
            )
        )
        removals = tuple(
            f"{reference.unit(c.reporting_unit_code).short_name}移出审核：{c.opinion.label if c.opinion else ''}"
            f"（{removal_chain.STATUS_LABELS.get(c.status, c.status)}"
            + (f"，{c.removed_on:%Y-%m-%d}移出" if c.removed_on else "")
            + "）"
            for c in session.scalars(
                select(RemovalCase).where(RemovalCase.listing_item_id.in_(ids)).order_by(RemovalCase.id)
            )
        )
        repairs = tuple(
            f"{r.applied_on:%Y-%m-%d}申请信用修复（{r.status.label}）{r.reason}"
            for r in session.scalars(
                select(RepairCase).where(RepairCase.listing_item_id.in_(ids)).order_by(RepairCase.id)
            )
        )
        twins = tuple(
            f"{s.name}（{s.code}）"
            for s in session.scalars(
                select(Subject).where(Subject.name_key == subject.name_key, Subject.id != subject.id)
            )
        )
        return Archive(
            subject.id,
            subject.name,
            subject.code,
            subject.code_kind.label,
            subject.region_code,
            reference.code_names("industries").get(subject.industry, subject.industry),
            subject.status.label,
            tuple(listings),
            objections,
            removals,
            repairs,
            twins,
        )


# ----------------------------------------------------------------------------- timeliness


@dataclass(frozen=True)
class TimelinessCell:
    unit_code: str
    period: str
    status: str  # on_time | late | missing | pending | nil | nil_late
    days_late: int
    received_at: dt.datetime | None
    extension_until: dt.date | None
    extension_granted_by: str
    revisions: int

    @property
    def text(self) -> str:
        base = {
            "on_time": "按时",
            "late": f"迟报{self.days_late}天",
            "missing": "未报送",
            "pending": "未到期",
            "nil": "无新增（按时）",
            "nil_late": f"无新增（迟报{self.days_late}天）",
        }[self.status]
        if self.extension_until:
            base += f"；延期至{self.extension_until.month}月{self.extension_until.day}日（{self.extension_granted_by}批准）"
        return base


@dataclass(frozen=True)
class TimelinessGrid:
    periods: tuple[str, ...]
    units: tuple[reference.UnitInfo, ...]
    cells: dict[tuple[str, str], TimelinessCell]

    def cell(self, unit_code: str, period: str) -> TimelinessCell:
        return self.cells[(unit_code, period)]


def recent_periods(today: dt.date, count: int = 6) -> tuple[str, ...]:
    """The ``count`` latest reporting periods whose packages were due by now or are due next."""
    period = previous_period(period_of(today))
    periods = [period]
    for _ in range(count - 1):
        period = previous_period(period)
        periods.append(period)
    return tuple(reversed(periods))


def timeliness(ctx: AppContext, periods: Sequence[str], *, today: dt.date | None = None) -> TimelinessGrid:
    """Units × periods, measured from the ministry's receipt time of the first revision (a correction
    later does not make an on-time package late); extensions granted count as the due date."""
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    for p in periods:
        parse_period(p)
    units = tuple(u for u in reference.reporting_units() if u.kind.is_provincial)
    cells: dict[tuple[str, str], TimelinessCell] = {}
    with ctx.uow() as uow:
        packages = {
            (p.reporting_unit_code, p.period): p
            for p in uow.session.scalars(select(Package).where(Package.period.in_(list(periods))))
        }
        for unit in units:
            for period in periods:
                pkg = packages.get((unit.code, period))
                cells[(unit.code, period)] = _cell(unit.code, period, pkg, today)
    return TimelinessGrid(tuple(periods), units, cells)


def _cell(unit_code: str, period: str, pkg: Package | None, today: dt.date) -> TimelinessCell:
    extension = pkg.extension_until if pkg else None
    granted = pkg.extension_granted_by if pkg else ""
    received = [r for r in (pkg.revisions if pkg else []) if r.received_at is not None]
    if not received:
        due = max(monthly_package_due(period), extension or dt.date.min)
        status = "pending" if today <= due else "missing"
        late = 0 if status == "pending" else (today - due).days
        return TimelinessCell(unit_code, period, status, late, None, extension, granted, 0)
    first = min(received, key=lambda r: r.revision)
    latest = max(received, key=lambda r: r.revision)
    assert first.received_at is not None
    late = days_late(period, local_day(first.received_at), extension)
    kind = "nil" if latest.nil_return else "on_time"
    status = kind if late == 0 else ("nil_late" if latest.nil_return else "late")
    return TimelinessCell(
        unit_code, period, status, late, first.received_at, extension, granted, len(received)
    )


def grant_extension(
    ctx: AppContext, unit_code: str, period: str, until: dt.date, granted_by: str, reason: str
) -> None:
    """Record an extension of a unit's due date for one period, with who granted it and why."""
    require(ctx.edition, ctx.unit_code, "extension")
    granted_by, reason = granted_by.strip(), reason.strip()
    if not granted_by or not reason:
        raise LedgerRefused("批准延期须填写批准人和理由。")
    if until <= monthly_package_due(period):
        raise LedgerRefused(f"延期日期须晚于原定报送期限 {monthly_package_due(period):%Y-%m-%d}。")
    reference.unit(unit_code)
    with ctx.uow() as uow:
        session = uow.session
        pkg = session.scalar(
            select(Package).where(Package.reporting_unit_code == unit_code, Package.period == period)
        )
        if pkg is None:
            pkg = Package(reporting_unit_code=unit_code, period=period, due_on=monthly_package_due(period))
            session.add(pkg)
        pkg.extension_until, pkg.extension_granted_by = until, granted_by[:200]
        session.flush()
        audit.record(
            session,
            ctx.actor,
            "extension",
            "package",
            pkg.id,
            {"until": until.isoformat(), "by": granted_by, "reason": reason},
        )
        uow.commit()


# ----------------------------------------------------------------------------- follow-up (督办)


@dataclass(frozen=True)
class OverdueRow:
    topic: str
    topic_label: str
    unit_code: str
    unit: str
    subject: str
    due_on: dt.date
    days_overdue: int
    entity_type: str
    entity_id: int | None
    reminders: int


TOPICS = {
    "dept_review": "司局审核超期",
    "removal_review": "移出审核超期",
    "package": "月度报送包未报送",
    "removal": "移出审核结果未报送",
    "objection": "异议核查超期",
}


def overdue(ctx: AppContext, *, today: dt.date | None = None, unit: str = "") -> list[OverdueRow]:
    """What is late, and whose it is: departments (reviews), provinces (packages, removal paperwork)
    and the General Office (objections), with how many reminders each has had."""
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    calendar = ctx.calendar()
    raw: list[tuple[str, str, str, dt.date, str, int | None]] = []
    with ctx.uow() as uow:
        session = uow.session
        for task in session.scalars(
            select(ReviewTask).where(
                ReviewTask.completed_at.is_(None),
                ReviewTask.paused_at.is_(None),
                ReviewTask.due_on < today,
                ReviewTask.kind.in_([ReviewKind.DEPT_REVIEW, ReviewKind.REMOVAL_REVIEW]),
            )
        ):
            if task.entity_type == "listing":
                item = session.get(ListingItem, task.entity_id)
                if item is None or item.state is not ItemState.DEPT_REVIEW:
                    continue  # a task left open by an item that moved on is nobody's delay
                name = item.subject.name
                topic = "dept_review"
            else:
                case = session.get(RemovalCase, task.entity_id)
                item = session.get(ListingItem, case.listing_item_id) if case else None
                name = item.subject.name if item else ""
                topic = "removal_review"
            assert task.due_on is not None
            raw.append(
                (topic, task.department_code or "", name, task.due_on, task.entity_type, task.entity_id)
            )
        last = previous_period(period_of(today))
        for p in (previous_period(last), last):
            for cell in timeliness(ctx, [p], today=today).cells.values():
                if cell.status == "missing":
                    due = max(monthly_package_due(p), cell.extension_until or dt.date.min)
                    raw.append(("package", cell.unit_code, f"{p} 月度报送包", due, "package", None))
        for row in removal_chain.expiring(ctx, within_days=366, today=today):
            if row.paperwork_overdue and row.removal_due_on is not None:
                raw.append(
                    (
                        "removal",
                        row.reporting_unit_code,
                        row.subject_name,
                        row.removal_due_on,
                        "listing",
                        row.item_id,
                    )
                )
        for o in session.scalars(
            select(Objection).where(Objection.status != ObjectionStatus.DECIDED, Objection.due_on < today)
        ):
            item = session.get(ListingItem, o.listing_item_id)
            assert o.due_on is not None
            raw.append(
                (
                    "objection",
                    item.department_code if item and item.department_code else "HQ-BGT",
                    item.subject.name if item else "",
                    o.due_on,
                    "objection",
                    o.id,
                )
            )
        sent = {
            (code, topic, entity_id): n
            for code, topic, entity_id, n in session.execute(
                select(Reminder.unit_code, Reminder.topic, Reminder.entity_id, func.count()).group_by(
                    Reminder.unit_code, Reminder.topic, Reminder.entity_id
                )
            ).all()
        }
    rows = [
        OverdueRow(
            topic,
            TOPICS[topic],
            code,
            reference.unit(code).short_name if code else "",
            subject,
            due,
            calendar.workdays_between(due, today)
            if topic in ("dept_review", "removal_review")
            else (today - due).days,
            entity_type,
            entity_id,
            sent.get((code, topic, entity_id), 0),
        )
        for topic, code, subject, due, entity_type, entity_id in raw
        if not unit or code == unit
    ]
    return sorted(rows, key=lambda r: (-r.days_overdue, r.topic, r.unit_code))


def remind(
    ctx: AppContext,
    unit_code: str,
    topic: str,
    note: str,
    *,
    entity_type: str = "",
    entity_id: int | None = None,
) -> int:
    """Record a reminder (督办) sent to a department or a province."""
    require(ctx.edition, ctx.unit_code, "reminder")
    if topic not in TOPICS:
        raise LedgerRefused(f"督办事项类别“{topic}”不存在。")
    note = note.strip() or f"请尽快办理：{TOPICS[topic]}"
    reference.unit(unit_code)
    with ctx.uow() as uow:
        reminder = Reminder(
            unit_code=unit_code,
            topic=topic,
            entity_type=entity_type,
            entity_id=entity_id,
            note=note,
            sent_by=ctx.actor,
        )
        uow.session.add(reminder)
        uow.session.flush()
        audit.record(
            uow.session, ctx.actor, "remind", "reminder", reminder.id, {"unit": unit_code, "topic": topic}
        )
        uow.commit()
        return reminder.id


@dataclass(frozen=True)
class ReminderRow:
    id: int
    sent_at: dt.datetime  # Beijing time
    unit_code: str
    unit: str
    topic: str
    topic_label: str
    entity_type: str
    entity_id: int | None
    note: str
    sent_by: str


def reminders(ctx: AppContext, *, unit: str = "") -> list[ReminderRow]:
    """The reminders (督办) recorded so far, newest first; optionally those sent to one unit."""
    require(ctx.edition, ctx.unit_code, "read")
    query = select(Reminder).order_by(Reminder.sent_at.desc(), Reminder.id.desc())
    if unit:
        query = query.where(Reminder.unit_code == unit)
    with ctx.uow() as uow:
        return [
            ReminderRow(
                r.id,
                r.sent_at.astimezone(BEIJING),
                r.unit_code,
                reference.unit(r.unit_code).short_name,
                r.topic,
                TOPICS.get(r.topic, r.topic),
                r.entity_type,
                r.entity_id,
                r.note,
                r.sent_by,
            )
            for r in uow.session.scalars(query)
        ]


# ----------------------------------------------------------------------------- monthly statistics


@dataclass(frozen=True)
class DepartmentStats:
    code: str
    name: str
    routed: int
    in_time: int
    overdue: int
    returned: int


@dataclass(frozen=True)
class MonthlyStats:
    period: str
    grid: TimelinessGrid
    received: int
    on_time: int
    late: int
    missing: int
    nil_returns: int
    items_received: int
    items_published: int
    items_returned: int
    items_rejected: int
    removals: int
    objections: int
    departments: tuple[DepartmentStats, ...]


def monthly_stats(ctx: AppContext, period: str, *, today: dt.date | None = None) -> MonthlyStats:
    """The figures the monthly bulletin reports for ``period`` (packages due on the 10th of the
    following month): timeliness, items by outcome, department review times."""
    today = today or dt.date.today()
    grid = timeliness(ctx, [period], today=today)
    statuses = [c.status for c in grid.cells.values()]
    with ctx.uow() as uow:
        session = uow.session
        items = list(
            session.scalars(
                select(ListingItem).where(
                    ListingItem.period == period,
                    ListingItem.deleted_at.is_(None),
                    ListingItem.state.not_in(HIDDEN),
                )
            )
        )
        ids = [i.id for i in items] or [-1]
        returned = set(
            session.scalars(
                select(Transition.entity_id).where(
                    Transition.entity_type == "listing",
                    Transition.entity_id.in_(ids),
                    Transition.to_state == ItemState.RETURNED.value,
                )
            )
        )
        per_dept: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for task in session.scalars(
            select(ReviewTask).where(
                ReviewTask.entity_type == "listing",
                ReviewTask.entity_id.in_(ids),
                ReviewTask.kind == ReviewKind.DEPT_REVIEW,
            )
        ):
            stats = per_dept[task.department_code or ""]
            stats[0] += 1
            done = local_day(task.completed_at) if task.completed_at else None
            if task.due_on and done and done <= task.due_on:
                stats[1] += 1
            elif task.due_on and (
                (done and done > task.due_on) or (not done and not task.paused_at and today > task.due_on)
            ):
                stats[2] += 1
            if task.entity_id in returned:
                stats[3] += 1
        removals = session.scalar(
            select(func.count())
            .select_from(RemovalCase)
            .where(
                RemovalCase.removed_on.is_not(None),
                RemovalCase.removed_on >= first_day(period),
                RemovalCase.removed_on < add_months(first_day(period), 1),
            )
        )
        objections = session.scalar(
            select(func.count()).select_from(Objection).where(Objection.listing_item_id.in_(ids))
        )
    return MonthlyStats(
        period=period,
        grid=grid,
        received=sum(s not in ("missing", "pending") for s in statuses),
        on_time=sum(s in ("on_time", "nil") for s in statuses),
        late=sum(s in ("late", "nil_late") for s in statuses),
        missing=sum(s == "missing" for s in statuses),
        nil_returns=sum(s in ("nil", "nil_late") for s in statuses),
        items_received=len(items),
        items_published=sum(i.published_on is not None for i in items),
        items_returned=len(returned),
        items_rejected=sum(i.state is ItemState.REJECTED for i in items),
        removals=int(removals or 0),
        objections=int(objections or 0),
        departments=tuple(
            DepartmentStats(code, reference.unit(code).name if code else "", *values)
            for code, values in sorted(per_dept.items())
        ),
    )


def first_day(period: str) -> dt.date:
    year, month = parse_period(period)
    return dt.date(year, month, 1)
