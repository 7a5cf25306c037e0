"""Weekly accident feed (Annex 2): 较大及以上 and typical accidents, with their grade."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column_type, intpk, long_text, short_text, uid_column
from models.enums import AccidentStatus


class Accident(Timestamped, Base):
    """One accident row. ``grade`` is computed from the casualties and loss (国务院令第493号);
    ``grade_override`` with its reason wins when set. Loss is in 万元; NULL means unknown."""

    __tablename__ = "accident"

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    week_of: Mapped[dt.date] = mapped_column(Date, index=True)  # the Monday of the intake week
    occurred_at: Mapped[dt.datetime]
    region_code: Mapped[str] = mapped_column(String(6), default="")
    place: Mapped[short_text]
    unit_name: Mapped[str] = mapped_column(String(200))
    unit_code: Mapped[str] = mapped_column(String(18), default="")
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"))
    industry: Mapped[str] = mapped_column(String(32), default="")
    category: Mapped[str] = mapped_column(String(2), default="")  # GB 6441-86
    deaths: Mapped[int] = mapped_column(Integer, default=0)
    missing: Mapped[int] = mapped_column(Integer, default=0)
    serious_injuries: Mapped[int] = mapped_column(Integer, default=0)
    direct_loss_wan: Mapped[Decimal | None]
    grade: Mapped[str] = mapped_column(String(24))
    grade_override: Mapped[str | None] = mapped_column(String(24))
    grade_override_reason: Mapped[long_text]
    typical: Mapped[bool] = mapped_column(Boolean, default=False)
    typical_reason: Mapped[long_text]
    summary: Mapped[long_text]
    investigation_level: Mapped[str] = mapped_column(String(16), default="")
    investigation_status: Mapped[str] = mapped_column(String(32), default="")
    proposed_criteria: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[long_text]
    department_code: Mapped[str | None] = mapped_column(ForeignKey("reporting_unit.code"))
    status: Mapped[AccidentStatus] = mapped_column(
        enum_column_type(AccidentStatus), default=AccidentStatus.ENTERED
    )
    signer_name: Mapped[short_text]
    signed_on: Mapped[dt.date | None] = mapped_column(Date)

    @property
    def effective_grade(self) -> str:
        return self.grade_override or self.grade
