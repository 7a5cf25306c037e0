"""The ministry's printed and exported documents, from the stored records (SPEC §3): review sheets
(审核单) per item and per batch, the monthly bulletin PDF, the internal ledger and the masked public
list. Every file is written atomically; the public list carries masked ID numbers only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.context import AppContext
from desktop.services import audit, ledger
from desktop.services.authority import GENERAL_OFFICE, require
from desktop.services.meetings import decision_label
from exporters import bulletin as bulletin_pdf
from exporters import ledger_xlsx
from exporters import review_sheet as sheet_pdf
from exporters.atomic import atomic_write_bytes
from models import reference
from models.accidents import Accident
from models.calendar import BEIJING, add_months
from models.enums import DeptDecision, ItemState, MeetingKind
from models.errors import UserError
from models.listing import ListingItem
from models.removal import Objection, RemovalCase
from models.subjects import Subject
from models.workflow import Meeting, MeetingDecision, PublicationBatch, ReviewTask

ON_LIST = (ItemState.PUBLISHED, ItemState.REMOVAL_DUE, ItemState.REMOVAL_REVIEW, ItemState.OBJECTION_RAISED)


class ExportRefused(UserError):
    pass


def _local(at: dt.datetime | None) -> dt.datetime | None:
    return at.astimezone(BEIJING).replace(tzinfo=None) if at else None


def _package_ref(session: Session, item: ListingItem, labels: dict[int, str] | None = None) -> str:
    """The package an item came in, as people name it (``labels`` caches them per revision)."""
    if item.package_revision_id is None:
        return "总局司局报送（渠道C）"
    if labels is None:
        return ledger.package_label(session, item.package_revision_id)
    if item.package_revision_id not in labels:
        labels[item.package_revision_id] = ledger.package_label(session, item.package_revision_id)
    return labels[item.package_revision_id]


def _steps(session: Session, item: ListingItem) -> tuple[sheet_pdf.ReviewStep, ...]:
    steps: list[sheet_pdf.ReviewStep] = []
    for task in session.scalars(
        select(ReviewTask)
        .where(ReviewTask.entity_type == "listing", ReviewTask.entity_id == item.id)
        .order_by(ReviewTask.id)
    ):
        if task.decision == "reassigned":
            continue
        decision = DeptDecision.from_text(task.decision)
        steps.append(
            sheet_pdf.ReviewStep(
                step="司局审核",
                department=reference.unit(task.department_code).short_name if task.department_code else "",
                actor=task.reviewer,
                decision=decision.label if decision else ("已退回" if task.decision == "returned" else ""),
                opinion=task.opinion,
                at=_local(task.completed_at or task.paused_at),
                signer_name=task.signer_name,
                signer_title=task.signer_title,
                signed_at=_local(task.signed_at),
            )
        )
    for row, meeting in session.execute(
        select(MeetingDecision, Meeting)
        .join(Meeting)
        .where(MeetingDecision.item_id == item.id)
        .order_by(Meeting.id)
    ).all():
        label = {
            MeetingKind.LEGAL_REVIEW: "政法司审核",
            MeetingKind.PARTY_GROUP: "党组报告",
            MeetingKind.DIRECTOR_MEETING: "局长办公会议",
        }[meeting.kind]
        steps.append(
            sheet_pdf.ReviewStep(
                step=label,
                department=meeting.title,
                actor=row.decided_by,
                decision=decision_label(meeting.kind, row.decision),
                opinion=row.note,
                at=_local(row.decided_at),
            )
        )
    return tuple(steps)


def review_sheet_for(session: Session, item: ListingItem, number: int) -> sheet_pdf.ReviewSheet:
    measures = reference.code_names("measures")
    regions = reference.code_names("regions")
    subject = item.subject
    return sheet_pdf.ReviewSheet(
        sheet_no=f"{item.period}-{number:04d}",
        period=item.period,
        reporting_unit=reference.unit(item.reporting_unit_code).name,
        package_ref=_package_ref(session, item),
        subject_name=subject.name,
        subject_code=subject.code,
        region=regions.get(subject.region_code, subject.region_code),
        industry=reference.code_names("industries").get(subject.industry, subject.industry),
        tier=item.tier.label,
        criteria=tuple(reference.criterion_label(c) for c in item.criteria_codes),
        summary=item.summary,
        basis_document=item.basis_document,
        decision_date=item.decision_date,
        measures=tuple(measures.get(m.code, m.code) for m in item.measures),
        persons=tuple((p.name, p.role.label, p.id_masked) for p in item.persons),
        steps=_steps(session, item),
    )


def export_review_sheets(
    ctx: AppContext,
    out_dir: Path,
    *,
    item_ids: Sequence[int] | None = None,
    batch_id: int | None = None,
    period: str | None = None,
) -> list[Path]:
    """One PDF per item plus one for the whole selection (a publication batch, a period or the
    items given): ``审核单-<sheet no>.pdf`` and ``审核单-<batch>.pdf``."""
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        query = (
            select(ListingItem)
            .where(ListingItem.deleted_at.is_(None), ListingItem.state.not_in(ledger.HIDDEN))
            .options(selectinload(ListingItem.subject), selectinload(ListingItem.persons))
            .order_by(ListingItem.period, ListingItem.id)
        )
        title = "审核单"
        if batch_id is not None:
            batch = session.get(PublicationBatch, batch_id)
            if batch is None:
                raise ExportRefused(f"公布批次 {batch_id} 不存在。")
            query, title = query.where(ListingItem.publication_batch_id == batch_id), batch.title
        elif item_ids:
            query = query.where(ListingItem.id.in_(list(item_ids)))
        elif period:
            query, title = query.where(ListingItem.period == period), f"{period} 审核单"
        items = list(session.scalars(query))
        if not items:
            raise ExportRefused("没有可以打印审核单的条目。")
        numbers = _sheet_numbers(session, items)
        sheets = [review_sheet_for(session, item, numbers[item.id]) for item in items]
    paths = []
    for sheet in sheets:
        path = out_dir / f"审核单-{sheet.sheet_no}.pdf"
        atomic_write_bytes(path, sheet_pdf.review_sheet(sheet))
        paths.append(path)
    if len(sheets) > 1:
        path = out_dir / f"审核单-{_file_safe(title)}.pdf"
        atomic_write_bytes(path, sheet_pdf.review_sheets(sheets, title))
        paths.append(path)
    return paths


def _sheet_numbers(session: Session, items: Sequence[ListingItem]) -> dict[int, int]:
    """Stable sheet numbers: the item's position among its period's items (by id)."""
    numbers: dict[int, int] = {}
    for period in {i.period for i in items}:
        ids = session.scalars(
            select(ListingItem.id).where(ListingItem.period == period).order_by(ListingItem.id)
        ).all()
        numbers.update({item_id: n for n, item_id in enumerate(ids, start=1)})
    return numbers


def _file_safe(text: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or "审核单"


def export_bulletin(ctx: AppContext, period: str, out: Path, *, today: dt.date | None = None) -> Path:
    """The monthly bulletin (情况通报) for ``period`` with the real figures."""
    require(ctx.edition, ctx.unit_code, "read")
    today = today or dt.date.today()
    stats = ledger.monthly_stats(ctx, period, today=today)
    start = ledger.first_day(period)
    with ctx.uow() as uow:
        # Weekly accident rows taken in during the month (weeks starting in it).
        accidents = len(
            uow.session.scalars(
                select(Accident.id).where(Accident.week_of >= start, Accident.week_of < add_months(start, 1))
            ).all()
        )
    rows = []
    for unit in stats.grid.units:
        cell = stats.grid.cell(unit.code, period)
        received = _local(cell.received_at)
        with ctx.uow() as uow:
            items = (
                uow.session.scalars(
                    select(ListingItem.id).where(
                        ListingItem.reporting_unit_code == unit.code,
                        ListingItem.period == period,
                        ListingItem.state.not_in(ledger.HIDDEN),
                    )
                ).all()
                if cell.revisions
                else []
            )
        rows.append(
            bulletin_pdf.TimelinessRow(
                unit.name, cell.text, f"{received:%m-%d %H:%M}" if received else "", len(items)
            )
        )
    data = bulletin_pdf.Bulletin(
        period=period,
        issued_on=today,
        issuer=reference.unit(GENERAL_OFFICE).name,
        figures=bulletin_pdf.BulletinFigures(
            packages_received=stats.received,
            on_time=stats.on_time,
            late=stats.late,
            missing=stats.missing,
            nil_returns=stats.nil_returns,
            items_received=stats.items_received,
            items_published=stats.items_published,
            items_returned=stats.items_returned,
            items_rejected=stats.items_rejected,
            removals=stats.removals,
            objections=stats.objections,
            accidents=accidents,
        ),
        timeliness=tuple(rows),
        departments=tuple(
            bulletin_pdf.DepartmentRow(d.name, d.routed, d.in_time, d.overdue, d.returned)
            for d in stats.departments
        ),
        notes=_notes(stats),
    )
    atomic_write_bytes(out, bulletin_pdf.bulletin(data))
    with ctx.uow() as uow:
        audit.record(uow.session, ctx.actor, "bulletin", "period", period, {"file": out.name})
        uow.commit()
    return out


def _notes(stats: ledger.MonthlyStats) -> tuple[str, ...]:
    late = [
        u.short_name
        for u in stats.grid.units
        if stats.grid.cell(u.code, stats.period).status in ("late", "nil_late")
    ]
    missing = [
        u.short_name for u in stats.grid.units if stats.grid.cell(u.code, stats.period).status == "missing"
    ]
    notes = []
    if late:
        notes.append(f"迟报单位：{'、'.join(late)}。请有关单位严格按照每月10日前的时限报送。")
    if missing:
        notes.append(f"截至通报日未报送的单位（{len(missing)}个）：{'、'.join(missing)}。")
    overdue = [d for d in stats.departments if d.overdue]
    if overdue:
        notes.append("审核超期的司局：" + "、".join(f"{d.name}（{d.overdue}条）" for d in overdue) + "。")
    return tuple(notes)


def ledger_rows(ctx: AppContext) -> list[ledger_xlsx.LedgerRow]:
    require(ctx.edition, ctx.unit_code, "read")
    with ctx.uow() as uow:
        session = uow.session
        dupes = ledger.duplicate_subjects(session)
        batches = {b.id: b.title for b in session.scalars(select(PublicationBatch))}
        removed = {
            c.listing_item_id: c.removed_on for c in session.scalars(select(RemovalCase)) if c.removed_on
        }
        objected = {o.listing_item_id: o.status.label for o in session.scalars(select(Objection))}
        # The latest decided review of each item, in one pass (not one query per item).
        reviewed = {
            task.entity_id: task
            for task in session.scalars(
                select(ReviewTask)
                .where(ReviewTask.entity_type == "listing", ReviewTask.decision != "")
                .order_by(ReviewTask.id)
            )
        }
        rows, labels = [], {}
        for item in session.scalars(
            select(ListingItem)
            .join(Subject)
            .where(ListingItem.deleted_at.is_(None), ListingItem.state.not_in(ledger.HIDDEN))
            .options(selectinload(ListingItem.subject), selectinload(ListingItem.criteria))
            .order_by(Subject.sort_key, ListingItem.period, ListingItem.id)
        ):
            task = reviewed.get(item.id)
            decision = DeptDecision.from_text(task.decision) if task else None
            rows.append(
                ledger_xlsx.LedgerRow(
                    subject_name=item.subject.name,
                    subject_code=item.subject.code,
                    reporting_unit=reference.unit(item.reporting_unit_code).name,
                    period=item.period,
                    tier=item.tier.label,
                    criteria=tuple(reference.criterion_label(c) for c in item.criteria_codes),
                    basis_document=item.basis_document,
                    decision_date=item.decision_date,
                    department=reference.unit(item.department_code).short_name
                    if item.department_code
                    else "",
                    review_opinion=(decision.label if decision else "")
                    + (f"：{task.opinion}" if task and task.opinion else ""),
                    signer=f"{task.signer_title}{task.signer_name}" if task and task.signer_name else "",
                    publication_batch=batches.get(item.publication_batch_id or 0, ""),
                    published_on=item.published_on,
                    expires_on=item.expires_on,
                    removed_on=removed.get(item.id),
                    status=item.state.label,
                    cross_province_duplicate=item.subject_id in dupes,
                    objection=objected.get(item.id, ""),
                    source_package=_package_ref(session, item, labels),
                )
            )
        return rows


def export_ledger(ctx: AppContext, out: Path) -> int:
    rows = ledger_rows(ctx)
    atomic_write_bytes(out, ledger_xlsx.ledger_workbook(rows, dt.datetime.now(BEIJING).replace(tzinfo=None)))
    return len(rows)


def export_public_list(ctx: AppContext, out: Path) -> int:
    """Units currently on the published list, persons with masked ID numbers only."""
    require(ctx.edition, ctx.unit_code, "read")
    regions = reference.code_names("regions")
    with ctx.uow() as uow:
        items = uow.session.scalars(
            select(ListingItem)
            .join(Subject)
            .where(
                ListingItem.state.in_(ON_LIST),
                ListingItem.published_on.is_not(None),
                ListingItem.deleted_at.is_(None),
            )
            .options(selectinload(ListingItem.subject), selectinload(ListingItem.persons))
            .order_by(ListingItem.published_on, Subject.sort_key)
        ).all()
        rows = [
            ledger_xlsx.PublicRow(
                subject_name=i.subject.name,
                subject_code=i.subject.code,
                region=regions.get(i.subject.region_code, i.subject.region_code),
                tier=i.tier.label,
                criteria=tuple(reference.criterion_label(c) for c in i.criteria_codes),
                basis_document=i.basis_document,
                decision_date=i.decision_date,
                published_on=i.published_on,
                expires_on=i.expires_on or i.published_on,
                persons=tuple((p.name, p.role.label, p.id_masked) for p in i.persons),
            )
            for i in items
            if i.published_on is not None
        ]
    atomic_write_bytes(
        out, ledger_xlsx.public_list_workbook(rows, dt.datetime.now(BEIJING).replace(tzinfo=None))
    )
    return len(rows)
