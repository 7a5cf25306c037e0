"""Receipts and feedback (回执/反馈, SPEC §2): the ministry's signed word to a reporting unit.

At intake the unit gets a receipt (what was accepted or quarantined). As the month's review goes on,
the General Office sends feedback for the same package revision: the same signed format, each item
with its current outcome — accepted (still under review), returned with the reason, rejected with
the reason, published with its dates, removal decided. The provincial edition imports either kind
and shows each item's status. ``pending`` lists the packages whose outcomes changed since the last
receipt or feedback, so nothing decided stays unsaid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.context import AppContext
from desktop.services import audit
from desktop.services import pki as pki_service
from desktop.services.authority import require
from exporters import package, receipt
from exporters.atomic import atomic_write_bytes
from models import reference
from models.base import utcnow
from models.deadlines import monthly_package_due
from models.enums import ItemOutcome, ItemState
from models.errors import UserError
from models.listing import ListingItem
from models.packages import Package, PackageItem, PackageRevision, Receipt
from models.removal import RemovalCase
from models.workflow import Transition


class FeedbackRefused(UserError):
    pass


def receipt_name(unit_code: str, period: str, revision: int, sequence: int = 0) -> str:
    """``P14_2026-11_r2.receipt.p7s`` at intake, then ``P14_2026-11_r2.feedback-1.p7s`` and so on."""
    stem = f"{unit_code}_{period}_r{revision}"
    return f"{stem}.receipt.p7s" if sequence == 0 else f"{stem}.feedback-{sequence}.p7s"


def sign_receipt(
    ctx: AppContext, session: Session, rev: PackageRevision, content: dict[str, Any], name: str
) -> Path:
    """Sign ``content`` with the ministry's receipt key, write it atomically under receipts/ and keep
    a record of it."""
    key, cert = pki_service.signing_key(ctx)
    signed = receipt.build(content, cert, key, rev.suite or "intl-2026")
    path = ctx.home / "receipts" / name
    atomic_write_bytes(path, signed, mode=0o644)
    session.add(
        Receipt(
            revision_id=rev.id,
            package_sha256=rev.file_sha256 or "",
            file_sha256=package.sha256(signed),
            issued_at=dt.datetime.fromisoformat(content["issued_at"]),
            archive_path=str(path),
            content=content,
        )
    )
    return path


def receipt_content(rev: PackageRevision, items: list[dict[str, Any]], now: dt.datetime) -> dict[str, Any]:
    pkg = rev.package
    return {
        "unit_code": pkg.reporting_unit_code,
        "period": pkg.period,
        "revision": rev.revision,
        "package_sha256": rev.file_sha256,
        "received_at": rev.received_at.isoformat() if rev.received_at else None,
        "channel": rev.channel.value if rev.channel else None,
        "due_on": (pkg.due_on or monthly_package_due(pkg.period)).isoformat(),
        "issued_at": now.isoformat(),
        "issuer": reference.unit(pki_service.MINISTRY_UNIT).name,
        "items": items,
    }


_STAGE = {
    ItemState.RECEIVED: "已接收，待分办",
    ItemState.DEPT_REVIEW: "总局司局审核中",
    ItemState.DEPT_SIGNED: "司局已审核",
    ItemState.LEGAL_REVIEW: "政法司审核中",
    ItemState.MEETING: "待局长办公会议审议",
    ItemState.DECIDED: "会议已审定，待公布",
}


def _last_reason(session: Session, item_id: int, state: ItemState) -> str:
    return (
        session.scalar(
            select(Transition.reason)
            .where(
                Transition.entity_type == "listing",
                Transition.entity_id == item_id,
                Transition.to_state == state.value,
            )
            .order_by(Transition.id.desc())
            .limit(1)
        )
        or ""
    )


def outcome_for(session: Session, item: ListingItem) -> tuple[str, ItemOutcome, str, dict[str, Any]]:
    """``(uid, outcome, reason, extra fields)`` the reporting unit should know for this item now."""
    state = item.state
    if state is ItemState.RETURNED:
        return item.uid, ItemOutcome.RETURNED, _last_reason(session, item.id, state), {}
    if state is ItemState.REJECTED:
        return item.uid, ItemOutcome.REJECTED, _last_reason(session, item.id, state), {}
    if state in (ItemState.REMOVED, ItemState.EARLY_REMOVED):
        removed = session.scalar(
            select(RemovalCase.removed_on)
            .where(RemovalCase.listing_item_id == item.id, RemovalCase.removed_on.is_not(None))
            .order_by(RemovalCase.id.desc())
            .limit(1)
        )
        extra = {"removed_on": removed.isoformat()} if removed else {}
        return item.uid, ItemOutcome.REMOVAL_DECIDED, _last_reason(session, item.id, state), extra
    if item.published_on is not None:
        extra = {"published_on": item.published_on.isoformat()}
        if item.expires_on is not None:
            extra["expires_on"] = item.expires_on.isoformat()
        return item.uid, ItemOutcome.PUBLISHED, "", extra
    return item.uid, ItemOutcome.ACCEPTED, _STAGE.get(state, state.label), {}


def _items_of(session: Session, pkg: Package, latest: PackageRevision) -> list[dict[str, Any]]:
    """One entry per item: quarantined rows of the latest revision, then every item the package
    brought (its outcome now; a refused correction of an item already held is named in its reason),
    then the removal reviews sent with the package."""
    revisions = [r.id for r in pkg.revisions]
    quarantined = {
        row.item_uid: row
        for row in session.scalars(
            select(PackageItem)
            .where(PackageItem.revision_id == latest.id, PackageItem.outcome == ItemOutcome.QUARANTINED)
            .order_by(PackageItem.id)
        )
    }
    held_uids = set(
        session.scalars(
            select(ListingItem.uid).where(
                ListingItem.package_revision_id.in_(revisions),
                ListingItem.uid.in_(list(quarantined)),
                ListingItem.state != ItemState.SUPERSEDED,
                ListingItem.deleted_at.is_(None),
            )
        )
    )
    entries: list[dict[str, Any]] = [
        {"uid": row.item_uid, "kind": row.kind, "outcome": row.outcome.value, "reason": row.reason}
        for uid, row in quarantined.items()
        if uid not in held_uids
    ]
    items = session.scalars(
        select(ListingItem)
        .where(
            ListingItem.package_revision_id.in_(revisions),
            ListingItem.state != ItemState.SUPERSEDED,
            ListingItem.deleted_at.is_(None),
        )
        .order_by(ListingItem.id)
    )
    seen = set()
    for item in items:
        uid, outcome, reason, extra = outcome_for(session, item)
        seen.add(uid)
        if uid in quarantined:
            refused = f"第{latest.revision}版的更正未予采用：{quarantined[uid].reason}"
            reason = f"{reason}；{refused}" if reason else refused
        entries.append({"uid": uid, "kind": "listing", "outcome": outcome.value, "reason": reason, **extra})
    # Removal reviews sent with this package: the province learns the decision on each.
    for case in session.scalars(
        select(RemovalCase).where(RemovalCase.package_revision_id.in_(revisions)).order_by(RemovalCase.id)
    ):
        listing = session.get(ListingItem, case.listing_item_id)
        if listing is None or listing.uid in seen:
            continue
        uid, outcome, reason, extra = outcome_for(session, listing)
        if outcome is not ItemOutcome.REMOVAL_DECIDED:
            # Still on the list: the province keeps it published and reads where its review stands.
            outcome = ItemOutcome.PUBLISHED
            if case.status == "refused":
                reason = f"移出申请未获批准：{case.ministry_opinion}"
            else:
                reason = "总局移出审核中"
        entries.append({"uid": uid, "kind": "removal", "outcome": outcome.value, "reason": reason, **extra})
    return entries


def _latest_revision(session: Session, unit_code: str, period: str) -> tuple[Package, PackageRevision]:
    pkg = session.scalar(
        select(Package).where(Package.reporting_unit_code == unit_code, Package.period == period)
    )
    if pkg is None or not pkg.revisions:
        raise FeedbackRefused(f"没有收到{reference.unit(unit_code).name} {period} 的报送包。")
    return pkg, pkg.revisions[-1]


def _last_sent(session: Session, rev: PackageRevision) -> dict[str, tuple[str, str]]:
    last = session.scalar(
        select(Receipt).where(Receipt.revision_id == rev.id).order_by(Receipt.issued_at.desc()).limit(1)
    )
    if last is None:
        return {}
    return {e["uid"]: (e["outcome"], e.get("reason", "")) for e in last.content.get("items", [])}


@dataclass(frozen=True)
class Pending:
    unit_code: str
    unit_name: str
    period: str
    revision: int
    changed: int


def pending(ctx: AppContext) -> list[Pending]:
    """Packages whose items' outcomes changed since the unit's last receipt or feedback."""
    require(ctx.edition, ctx.unit_code, "read")
    rows: list[Pending] = []
    with ctx.uow() as uow:
        session = uow.session
        candidates = _touched_since_last_sent(session)
        packages = session.scalars(
            select(Package)
            .where(Package.id.in_(candidates))
            .order_by(Package.period, Package.reporting_unit_code)
            .options(selectinload(Package.revisions))
        )
        for pkg in packages:
            if not pkg.revisions:
                continue
            latest = pkg.revisions[-1]
            sent = _last_sent(session, latest)
            current = {e["uid"]: (e["outcome"], e["reason"]) for e in _items_of(session, pkg, latest)}
            changed = sum(1 for uid, value in current.items() if sent.get(uid) != value)
            if changed:
                unit = reference.unit(pkg.reporting_unit_code)
                rows.append(Pending(unit.code, unit.name, pkg.period, latest.revision, changed))
    return rows


def _touched_since_last_sent(session: Session) -> set[int]:
    """Packages whose items (or items named by their removal reviews) moved after the latest receipt
    or feedback for the package's latest revision; only these can have news for the unit. Every
    outcome change is a transition, so the full comparison runs for a few packages, not all."""
    latest = (
        select(PackageRevision.package_id, func.max(PackageRevision.id).label("revision_id"))
        .group_by(PackageRevision.package_id)
        .subquery()
    )
    sent = (
        select(Receipt.revision_id, func.max(Receipt.issued_at).label("at"))
        .group_by(Receipt.revision_id)
        .subquery()
    )
    last_sent = dict(
        session.execute(
            select(latest.c.package_id, sent.c.at).join(
                sent, sent.c.revision_id == latest.c.revision_id, isouter=True
            )
        ).all()
    )
    moved: dict[int, Any] = {}
    listing = (Transition.entity_type == "listing",)
    for item_link in (
        select(PackageRevision.package_id, func.max(Transition.at))
        .join(ListingItem, ListingItem.package_revision_id == PackageRevision.id)
        .join(Transition, Transition.entity_id == ListingItem.id)
        .where(*listing)
        .group_by(PackageRevision.package_id),
        select(PackageRevision.package_id, func.max(Transition.at))
        .join(RemovalCase, RemovalCase.package_revision_id == PackageRevision.id)
        .join(Transition, Transition.entity_id == RemovalCase.listing_item_id)
        .where(*listing)
        .group_by(PackageRevision.package_id),
    ):
        for package_id, at in session.execute(item_link).all():
            if at is not None and (package_id not in moved or at > moved[package_id]):
                moved[package_id] = at
    return {
        package_id
        for package_id, at in last_sent.items()
        if at is None or (package_id in moved and moved[package_id] > at)
    }


@dataclass(frozen=True)
class FeedbackResult:
    path: Path
    unit_code: str
    period: str
    revision: int
    counts: dict[str, int]


def issue_feedback(ctx: AppContext, unit_code: str, period: str) -> FeedbackResult:
    """Sign and write a feedback file for the unit's latest revision of ``period``."""
    require(ctx.edition, ctx.unit_code, "feedback")
    now = utcnow()
    with ctx.uow() as uow:
        session = uow.session
        pkg, latest = _latest_revision(session, unit_code, period)
        items = _items_of(session, pkg, latest)
        sequence = session.scalar(select(func.count(Receipt.id)).where(Receipt.revision_id == latest.id)) or 0
        name = receipt_name(unit_code, period, latest.revision, sequence)
        path = sign_receipt(ctx, session, latest, receipt_content(latest, items, now), name)
        counts: dict[str, int] = {}
        for entry in items:
            label = ItemOutcome(entry["outcome"]).label
            counts[label] = counts.get(label, 0) + 1
        audit.record(session, ctx.actor, "feedback", "package_revision", latest.id, {"file": name, **counts})
        uow.commit()
    return FeedbackResult(path, unit_code, period, latest.revision, counts)
