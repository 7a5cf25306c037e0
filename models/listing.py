"""Listing items (Annex 1), their criteria, measures and persons; red-list entries; typical cases."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, enum_column_type, intpk, long_text, short_text, uid_column
from models.enums import IdDocType, ItemState, ListTier, PersonRole


class ListingItem(Timestamped, Base):
    """One proposed joint-punishment target (联合惩戒对象, incl. 黑名单) as reported in Annex 1.

    The ``uid`` travels with the item from the province to the ministry, so that a corrected
    package revision supersedes the earlier item by item. ``basis_key`` (the normalised basis
    document number) with the reporting unit and the subject makes an import idempotent.
    Dates: ``decision_date`` is the penalty/decision date (认定日期); ``published_on`` starts the
    term; ``expires_on`` is the last day of the term; ``removal_due_on`` is when the removal
    paperwork is due (expiry − N working days under the item's rule pack).
    """

    __tablename__ = "listing_item"
    __table_args__ = (
        UniqueConstraint("reporting_unit_code", "subject_id", "basis_key"),
        Index("ix_listing_item_unit_period", "reporting_unit_code", "period"),
        Index("ix_listing_item_state_unit", "state", "reporting_unit_code"),
    )

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM the item is reported for
    rule_pack: Mapped[str] = mapped_column(String(16))
    tier: Mapped[ListTier] = mapped_column(enum_column_type(ListTier))
    state: Mapped[ItemState] = mapped_column(enum_column_type(ItemState), default=ItemState.DRAFT)
    source_channel: Mapped[str] = mapped_column(String(32), default="")
    summary: Mapped[long_text]
    basis_document: Mapped[str] = mapped_column(String(200))
    basis_key: Mapped[str] = mapped_column(String(200))
    decision_date: Mapped[dt.date] = mapped_column(Date)
    measures_note: Mapped[long_text]
    implementation_status: Mapped[long_text]
    typical_case: Mapped[bool] = mapped_column(Boolean, default=False)
    typical_summary: Mapped[long_text]
    remarks: Mapped[long_text]
    filled_by: Mapped[short_text]
    filled_phone: Mapped[str] = mapped_column(String(40), default="")
    accident_id: Mapped[int | None] = mapped_column(ForeignKey("accident.id"))
    department_code: Mapped[str | None] = mapped_column(ForeignKey("reporting_unit.code"))
    package_revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"))
    publication_batch_id: Mapped[int | None] = mapped_column(ForeignKey("publication_batch.id"))
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    removal_due_on: Mapped[dt.date | None] = mapped_column(Date)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    subject = relationship("Subject", back_populates="listings")
    criteria: Mapped[list[ListingCriterion]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ListingCriterion.code"
    )
    measures: Mapped[list[ListingMeasure]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ListingMeasure.code"
    )
    persons: Mapped[list[ListedPerson]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ListedPerson.id"
    )

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}

    @property
    def criteria_codes(self) -> list[str]:
        return [c.code for c in self.criteria]


class ListingCriterion(Base):
    """A behaviour (B01–B10), blacklist condition (K1–K3) or Order-11 situation (S01–S09)."""

    __tablename__ = "listing_criterion"

    item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)

    item: Mapped[ListingItem] = relationship(back_populates="criteria")


class ListingMeasure(Base):
    """A joint-punishment measure (code from measures.json) taken or proposed."""

    __tablename__ = "listing_measure"

    item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), primary_key=True)

    item: Mapped[ListingItem] = relationship(back_populates="measures")


class ListedPerson(Base):
    """A person named with a listing (法定代表人, 主要负责人, …).

    The ID number is never stored in clear: ``id_cipher`` is encrypted with the installation's
    data key, ``id_masked`` is what screens and public lists show, ``id_digest`` (keyed hash)
    lets the services find the same person without decrypting.
    """

    __tablename__ = "listed_person"

    id: Mapped[intpk]
    item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[PersonRole] = mapped_column(enum_column_type(PersonRole))
    title: Mapped[str] = mapped_column(String(64), default="")
    id_doc_type: Mapped[IdDocType] = mapped_column(
        enum_column_type(IdDocType), default=IdDocType.RESIDENT_ID_18
    )
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_masked: Mapped[str] = mapped_column(String(24), default="")
    id_digest: Mapped[str] = mapped_column(String(64), default="", index=True)

    item: Mapped[ListingItem] = relationship(back_populates="persons")


class RedListEntry(Timestamped, Base):
    """A proposed 守信联合激励对象 (安监总办〔2017〕133号): six conditions, six incentive measures."""

    __tablename__ = "red_list_entry"

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    conditions_met: Mapped[list[str]] = mapped_column(default=list)  # RC1..RC6
    incentive_measures: Mapped[list[str]] = mapped_column(default=list)  # R01..R06
    commitment_date: Mapped[dt.date | None] = mapped_column(Date)
    standardization_level: Mapped[str] = mapped_column(String(16), default="")
    state: Mapped[ItemState] = mapped_column(enum_column_type(ItemState), default=ItemState.DRAFT)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    remarks: Mapped[long_text]
    package_revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"))
    deleted_at: Mapped[dt.datetime | None]


class TypicalCase(Timestamped, Base):
    """A typical case (典型案例) reported with the month's package (安监总厅〔2018〕10号: ≥ 50 %)."""

    __tablename__ = "typical_case"

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    listing_item_id: Mapped[int | None] = mapped_column(ForeignKey("listing_item.id"))
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[long_text]
    effect: Mapped[long_text]
    package_revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"))
    deleted_at: Mapped[dt.datetime | None]
