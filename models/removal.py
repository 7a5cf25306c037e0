"""Removal (移出, Annex 3), objections (异议) and credit repair / early removal (信用修复)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column_type, intpk, long_text, short_text, uid_column
from models.enums import (
    ObjectionDecision,
    ObjectionStatus,
    RemovalOpinion,
    RepairStatus,
    SubjectStatus,
)


class RemovalCase(Timestamped, Base):
    """The province's removal review of one published item (Annex 3) and the ministry's decision."""

    __tablename__ = "removal_case"

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    listing_item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id"), index=True)
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    subject_status: Mapped[SubjectStatus] = mapped_column(
        enum_column_type(SubjectStatus), default=SubjectStatus.ACTIVE
    )
    rectification: Mapped[long_text]
    reoffended: Mapped[bool] = mapped_column(Boolean, default=False)
    reoffence_details: Mapped[long_text]
    opinion: Mapped[RemovalOpinion | None] = mapped_column(enum_column_type(RemovalOpinion))
    opinion_reason: Mapped[long_text]
    signer_name: Mapped[short_text]
    signer_title: Mapped[short_text]
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    ministry_opinion: Mapped[long_text]
    approved_by: Mapped[short_text]
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Ministry side: received → dept_reviewed → approved | refused → removed (empty in the provinces).
    status: Mapped[str] = mapped_column(String(32), default="")
    package_revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"))
    removal_batch_id: Mapped[int | None] = mapped_column(ForeignKey("publication_batch.id"))
    deleted_at: Mapped[dt.datetime | None]


class Objection(Timestamped, Base):
    """An objection to a listing; the item is flagged while it is verified."""

    __tablename__ = "objection"

    id: Mapped[intpk]
    listing_item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id"), index=True)
    raised_on: Mapped[dt.date] = mapped_column(Date)
    raised_by: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(32), default="")
    content: Mapped[long_text]
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ObjectionStatus] = mapped_column(
        enum_column_type(ObjectionStatus), default=ObjectionStatus.REGISTERED
    )
    verification_note: Mapped[long_text]
    decision: Mapped[ObjectionDecision | None] = mapped_column(enum_column_type(ObjectionDecision))
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[short_text]
    reason: Mapped[long_text]
    prior_state: Mapped[str] = mapped_column(String(32), default="")


class RepairCase(Timestamped, Base):
    """Credit repair / early removal where the rule pack allows it (应急管理部令第11号: after 12 months)."""

    __tablename__ = "repair_case"

    id: Mapped[intpk]
    listing_item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id"), index=True)
    applied_on: Mapped[dt.date] = mapped_column(Date)
    eligible_from: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[RepairStatus] = mapped_column(enum_column_type(RepairStatus), default=RepairStatus.APPLIED)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[short_text]
    reason: Mapped[long_text]
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoke_reason: Mapped[long_text]
