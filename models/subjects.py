"""Subjects (主体): the units that are listed, identified by their USCC (or a flagged legacy code)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped, enum_column_type, intpk
from models.enums import IdentifierKind, SubjectKind, SubjectStatus


class Subject(Timestamped, Base):
    """One organisation, de-duplicated across provinces by its identifier (BRIEF §14.5).

    ``code`` holds the normalised USCC, or a legacy 注册号/组织机构代码 with ``code_kind`` saying
    which; ``name_key`` is the normalised name used to flag look-alike names across provinces.
    ``region_code`` is the registration region (GB/T 2260, 6 digits) — not the reporting province.
    """

    __tablename__ = "subject"

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(18), unique=True)
    code_kind: Mapped[IdentifierKind] = mapped_column(enum_column_type(IdentifierKind))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    sort_key: Mapped[str] = mapped_column(String(400), index=True, default="")
    region_code: Mapped[str] = mapped_column(String(6), default="")
    industry: Mapped[str] = mapped_column(String(32), default="")
    kind: Mapped[SubjectKind] = mapped_column(
        enum_column_type(SubjectKind), default=SubjectKind.PRODUCTION_UNIT
    )
    legal_representative: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[SubjectStatus] = mapped_column(
        enum_column_type(SubjectStatus), default=SubjectStatus.ACTIVE
    )

    listings = relationship("ListingItem", back_populates="subject")

    @property
    def is_legacy_code(self) -> bool:
        return self.code_kind != IdentifierKind.USCC
