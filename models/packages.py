"""Monthly packages (报送包), their revisions, per-item outcomes, receipts and mail intake."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, created_ts, enum_column_type, intpk, long_text, short_text
from models.enums import ItemOutcome, PackageStatus, ReceiptChannel


class Package(Timestamped, Base):
    """All revisions one reporting unit sent (or, in the provincial edition, prepared) for a period."""

    __tablename__ = "package"
    __table_args__ = (UniqueConstraint("reporting_unit_code", "period"),)

    id: Mapped[intpk]
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    due_on: Mapped[dt.date | None]
    extension_until: Mapped[dt.date | None]
    extension_granted_by: Mapped[short_text]

    revisions: Mapped[list[PackageRevision]] = relationship(
        back_populates="package", order_by="PackageRevision.revision"
    )


class PackageRevision(Timestamped, Base):
    """One signed file ``<unit>_<YYYY-MM>_r<N>.p7m``; a higher revision supersedes the lower ones.

    ``received_at`` is the ministry's receipt time (mail server arrival time for e-mail), which
    alone decides timeliness; ``verification`` keeps every check's result as shown at intake.
    """

    __tablename__ = "package_revision"
    __table_args__ = (UniqueConstraint("package_id", "revision"),)

    id: Mapped[intpk]
    package_id: Mapped[int] = mapped_column(ForeignKey("package.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[PackageStatus] = mapped_column(
        enum_column_type(PackageStatus), default=PackageStatus.DRAFT
    )
    nil_return: Mapped[bool] = mapped_column(Boolean, default=False)
    file_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    supersedes_sha256: Mapped[str | None] = mapped_column(String(64))
    archive_path: Mapped[str] = mapped_column(String(500), default="")
    suite: Mapped[str] = mapped_column(String(32), default="")
    signer_name: Mapped[short_text]
    signer_title: Mapped[short_text]
    signer_certificate_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[dt.datetime | None]
    received_at: Mapped[dt.datetime | None]
    channel: Mapped[ReceiptChannel | None] = mapped_column(enum_column_type(ReceiptChannel))
    verification: Mapped[dict[str, Any]] = mapped_column(default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    cover_note: Mapped[long_text]

    package: Mapped[Package] = relationship(back_populates="revisions")
    items: Mapped[list[PackageItem]] = relationship(back_populates="revision", cascade="all, delete-orphan")


class PackageItem(Base):
    """What happened to one record of a revision at intake, and later decisions fed back to the province."""

    __tablename__ = "package_item"
    __table_args__ = (UniqueConstraint("revision_id", "item_uid"),)

    id: Mapped[intpk]
    revision_id: Mapped[int] = mapped_column(ForeignKey("package_revision.id", ondelete="CASCADE"))
    item_uid: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # listing | red_list | removal | liaison | typical_case
    outcome: Mapped[ItemOutcome] = mapped_column(enum_column_type(ItemOutcome))
    reason: Mapped[long_text]
    decided_at: Mapped[created_ts]

    revision: Mapped[PackageRevision] = relationship(back_populates="items")


class Receipt(Timestamped, Base):
    """A signed receipt/feedback file (ministry → province), issued or imported."""

    __tablename__ = "receipt"

    id: Mapped[intpk]
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"), index=True)
    package_sha256: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[dt.datetime]
    imported_at: Mapped[dt.datetime | None]
    archive_path: Mapped[str] = mapped_column(String(500), default="")
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MailMessage(Base):
    """An e-mail seen by intake; the Message-ID makes a second fetch of the same mail a no-op."""

    __tablename__ = "mail_message"

    id: Mapped[intpk]
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    mailbox: Mapped[str] = mapped_column(String(200), default="")
    server_uid: Mapped[str] = mapped_column(String(40), default="")
    arrived_at: Mapped[dt.datetime | None]
    processed_at: Mapped[created_ts]
    result: Mapped[long_text]
