"""Read models for the screens: this month's overview and the item list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select

from desktop.context import AppContext
from models import reference
from models.contacts import LiaisonContact
from models.deadlines import monthly_package_due, working_period
from models.enums import Edition, ItemOutcome, ItemState, ListTier
from models.listing import ListedPerson, ListingItem
from models.packages import Package, PackageItem, PackageRevision, Receipt
from models.removal import RemovalCase
from models.subjects import Subject
from models.validation import normalize_name


@dataclass(frozen=True)
class SessionInfo:
    """Who and where: shown in the window title and status bar."""

    home: Path
    edition: str
    edition_label: str
    unit_code: str
    unit_name: str
    database: str
    actor: str


@dataclass(frozen=True)
class LastPackage:
    period: str
    revision: int
    status: str
    signed_at: dt.datetime | None
    received_at: dt.datetime | None
    receipt_at: dt.datetime | None


@dataclass(frozen=True)
class ReturnedItem:
    subject_name: str
    basis_document: str
    reason: str


@dataclass(frozen=True)
class Overview:
    edition_label: str
    unit_name: str
    period: str
    due_on: dt.date
    workdays_left: int
    days_left: int
    warnings: tuple[str, ...]
    state_counts: tuple[tuple[str, int], ...]
    tier_counts: tuple[tuple[str, int], ...]
    items_this_period: int
    persons: int
    typical_cases: int
    reference_version: str
    annex_counts: tuple[tuple[str, int], ...] = ()
    check_errors: tuple[str, ...] = ()
    check_warnings: tuple[str, ...] = ()
    last_package: LastPackage | None = None
    returned: tuple[ReturnedItem, ...] = ()


@dataclass(frozen=True)
class ItemRow:
    id: int
    subject_name: str
    subject_code: str
    legacy_code: bool
    tier: str
    criteria: str
    decision_date: dt.date
    basis_document: str
    persons: int
    state: str
    state_value: str
    period: str
    typical_case: bool


def overview(ctx: AppContext, today: dt.date) -> Overview:
    period = working_period(today)
    due = monthly_package_due(period)
    calendar = ctx.calendar()
    workdays = calendar.workdays_between(today, due) + (
        1 if calendar.is_workday(today) and due >= today else 0
    )
    warnings = calendar.warnings_for([today, due])
    live = ListingItem.deleted_at.is_(None)
    with ctx.uow() as uow:
        s = uow.session
        states = dict(
            s.execute(select(ListingItem.state, func.count()).where(live).group_by(ListingItem.state)).all()
        )
        tiers = dict(
            s.execute(select(ListingItem.tier, func.count()).where(live).group_by(ListingItem.tier)).all()
        )
        this_period = s.scalar(select(func.count()).where(live, ListingItem.period == period)) or 0
        typical = (
            s.scalar(select(func.count()).where(live, ListingItem.period == period, ListingItem.typical_case))
            or 0
        )
        persons = s.scalar(select(func.count(ListedPerson.id)).join(ListingItem).where(live)) or 0
    extra = _provincial_month(ctx, period, today) if ctx.edition is Edition.PROVINCIAL else {}
    return Overview(
        **extra,
        edition_label=ctx.edition.label,
        unit_name=reference.unit(ctx.unit_code).name,
        period=period,
        due_on=due,
        workdays_left=max(0, workdays) if due >= today else 0,
        days_left=(due - today).days,
        warnings=warnings,
        state_counts=tuple((state.label, states[state]) for state in ItemState if state in states),
        tier_counts=tuple((tier.label, tiers[tier]) for tier in ListTier if tier in tiers),
        items_this_period=this_period,
        persons=persons,
        typical_cases=typical,
        reference_version=reference.version(),
    )


def _provincial_month(ctx: AppContext, period: str, today: dt.date) -> dict[str, object]:
    """What the operator needs to see this month: annex counts, what blocks or warns the export,
    the last package and its receipt, and items the ministry sent back with reasons."""
    from desktop.services.package_export import preview

    live = ListingItem.deleted_at.is_(None)
    with ctx.uow() as uow:
        s = uow.session
        mine = ListingItem.reporting_unit_code == ctx.unit_code
        annex1 = s.scalar(select(func.count()).where(live, mine, ListingItem.period == period)) or 0
        annex3 = (
            s.scalar(
                select(func.count(RemovalCase.id)).where(
                    RemovalCase.reporting_unit_code == ctx.unit_code,
                    RemovalCase.period == period,
                    RemovalCase.deleted_at.is_(None),
                )
            )
            or 0
        )
        annex4 = (
            s.scalar(
                select(func.count(LiaisonContact.id)).where(
                    LiaisonContact.reporting_unit_code == ctx.unit_code, LiaisonContact.deleted_at.is_(None)
                )
            )
            or 0
        )
        latest = s.execute(
            select(PackageRevision, Package)
            .join(Package)
            .where(Package.reporting_unit_code == ctx.unit_code)
            .order_by(PackageRevision.id.desc())
            .limit(1)
        ).first()
        last = None
        if latest is not None:
            rev, pkg = latest
            receipt_at = s.scalar(select(func.max(Receipt.imported_at)).where(Receipt.revision_id == rev.id))
            last = LastPackage(
                pkg.period, rev.revision, rev.status.label, rev.signed_at, rev.received_at, receipt_at
            )
        returned_rows = s.execute(
            select(Subject.name, ListingItem.basis_document, PackageItem.reason)
            .join(ListingItem, ListingItem.subject_id == Subject.id)
            .join(PackageItem, PackageItem.item_uid == ListingItem.uid)
            .where(live, mine, ListingItem.state == ItemState.RETURNED)
            .where(PackageItem.outcome.in_([ItemOutcome.QUARANTINED, ItemOutcome.RETURNED]))
            .order_by(PackageItem.id.desc())
        ).all()
    seen: set[tuple[str, str]] = set()
    returned = []
    for name, basis, reason in returned_rows:
        if (name, basis) not in seen:
            seen.add((name, basis))
            returned.append(ReturnedItem(name, basis, reason))
    check = preview(ctx, period, today)
    return {
        "annex_counts": (("附件1 名单条目", annex1), ("附件3 移出审核", annex3), ("附件4 联络员", annex4)),
        "check_errors": tuple(check.errors),
        "check_warnings": tuple(check.warnings),
        "last_package": last,
        "returned": tuple(returned),
    }


def list_items(
    ctx: AppContext, text: str = "", *, state: str = "", deleted: bool = False, limit: int = 5000
) -> list[ItemRow]:
    """Items newest first, filtered by name, code or basis document (substring, any length) and
    state; ``deleted`` lists the recycle bin instead."""
    persons = (
        select(func.count(ListedPerson.id)).where(ListedPerson.item_id == ListingItem.id).scalar_subquery()
    )
    query = (
        select(ListingItem, Subject, persons)
        .join(Subject)
        .where(ListingItem.deleted_at.is_not(None) if deleted else ListingItem.deleted_at.is_(None))
        .order_by(ListingItem.id.desc())
        .limit(limit)
    )
    if state:
        query = query.where(ListingItem.state == ItemState(state))
    text = text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(
            or_(
                Subject.name.like(like),
                Subject.name_key.like(f"%{normalize_name(text)}%"),
                Subject.code.like(like.upper()),
                ListingItem.basis_document.like(like),
            )
        )
    with ctx.uow() as uow:
        rows = uow.session.execute(query).all()
        return [
            ItemRow(
                id=item.id,
                subject_name=subject.name,
                subject_code=subject.code,
                legacy_code=subject.is_legacy_code,
                tier=item.tier.label,
                criteria="、".join(reference.criterion_label(c) for c in item.criteria_codes),
                decision_date=item.decision_date,
                basis_document=item.basis_document,
                persons=count,
                state=item.state.label,
                state_value=item.state.value,
                period=item.period,
                typical_case=item.typical_case,
            )
            for item, subject, count in rows
        ]
