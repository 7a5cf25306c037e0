"""Reporting units (a copy of the reference file, kept in the database for integrity) and users."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column_type, intpk
from models.enums import Role, UnitKind


class ReportingUnit(Base):
    """A sender or department: provincial bureau, 兵团, coal-mine bureau, HQ department.

    Rows are synchronised from ``resources/reference/reporting_units.json`` at start-up; the code is
    stable and appears in package file names.
    """

    __tablename__ = "reporting_unit"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[UnitKind] = mapped_column(enum_column_type(UnitKind))
    region_code: Mapped[str | None] = mapped_column(String(2))
    sort: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UserAccount(Timestamped, Base):
    """A named user of this installation; roles are enforced by the services."""

    __tablename__ = "user_account"

    id: Mapped[intpk]
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(enum_column_type(Role))
    unit_code: Mapped[str | None] = mapped_column(ForeignKey("reporting_unit.code"))
    title: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
