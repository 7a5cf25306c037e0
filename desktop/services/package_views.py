"""Read models for the package screens: revisions with their status and receipts, per-item outcomes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.context import AppContext
from models import reference
from models.deadlines import days_late, monthly_package_due
from models.enums import ItemOutcome
from models.listing import ListingItem
from models.packages import Package, PackageItem, PackageRevision, Receipt
from models.subjects import Subject


@dataclass(frozen=True)
class RevisionRow:
    id: int
    unit_code: str
    unit_name: str
    period: str
    revision: int
    status: str
    nil_return: bool
    items: int
    signer: str
    signed_at: dt.datetime | None
    received_at: dt.datetime | None
    channel: str
    timeliness: str
    quarantined: int
    receipt: str
    file_name: str
    checks: tuple[tuple[str, bool, str], ...]


@dataclass(frozen=True)
class ItemStatusRow:
    uid: str
    subject_name: str
    subject_code: str
    outcome: str
    reason: str
    state: str


def revisions(ctx: AppContext, unit_code: str | None = None) -> list[RevisionRow]:
    with ctx.uow() as uow:
        s = uow.session
        query = (
            select(PackageRevision, Package)
            .join(Package)
            .order_by(Package.period.desc(), PackageRevision.id.desc())
        )
        if unit_code:
            query = query.where(Package.reporting_unit_code == unit_code)
        rows = s.execute(query).all()
        quarantine = dict(
            s.execute(
                select(PackageItem.revision_id, func.count())
                .where(PackageItem.outcome == ItemOutcome.QUARANTINED)
                .group_by(PackageItem.revision_id)
            ).all()
        )
        receipts = dict(s.execute(select(Receipt.revision_id, Receipt.issued_at)).all())
        out = []
        for rev, pkg in rows:
            checks = tuple(
                (c["label"], bool(c["ok"]), str(c.get("detail", "")))
                for c in (rev.verification or {}).get("checks", [])
            )
            out.append(
                RevisionRow(
                    id=rev.id,
                    unit_code=pkg.reporting_unit_code,
                    unit_name=reference.unit(pkg.reporting_unit_code).name,
                    period=pkg.period,
                    revision=rev.revision,
                    status=rev.status.label,
                    nil_return=rev.nil_return,
                    items=int((rev.counts or {}).get("listing_items", 0)),
                    signer=f"{rev.signer_name} {rev.signer_title}".strip(),
                    signed_at=rev.signed_at,
                    received_at=rev.received_at,
                    channel=rev.channel.label if rev.channel else "",
                    timeliness=_timeliness(pkg, rev),
                    quarantined=quarantine.get(rev.id, 0),
                    receipt=f"{receipts[rev.id]:%Y-%m-%d %H:%M}" if rev.id in receipts else "",
                    file_name=Path(rev.archive_path).name if rev.archive_path else "",
                    checks=checks,
                )
            )
        return out


def _timeliness(pkg: Package, rev: PackageRevision) -> str:
    if rev.received_at is None:
        return ""
    late = days_late(pkg.period, rev.received_at.date(), pkg.extension_until)
    due = monthly_package_due(pkg.period)
    return f"按时（截止 {due:%m-%d}）" if late == 0 else f"迟报 {late} 天（截止 {due:%m-%d}）"


def revision_items(ctx: AppContext, revision_id: int) -> list[ItemStatusRow]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(PackageItem, ListingItem, Subject)
            .outerjoin(ListingItem, ListingItem.uid == PackageItem.item_uid)
            .outerjoin(Subject, Subject.id == ListingItem.subject_id)
            .where(PackageItem.revision_id == revision_id)
            .order_by(PackageItem.id)
        ).all()
        return [
            ItemStatusRow(
                uid=pi.item_uid,
                subject_name=subject.name if subject else "",
                subject_code=subject.code if subject else "",
                outcome=pi.outcome.label,
                reason=pi.reason,
                state=item.state.label if item else "",
            )
            for pi, item, subject in rows
        ]
