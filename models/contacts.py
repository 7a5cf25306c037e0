"""Annex 4: the liaison register (联络员名单)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Timestamped, enum_column_type, intpk, uid_column
from models.enums import LiaisonCategory


class LiaisonContact(Timestamped, Base):
    __tablename__ = "liaison_contact"

    id: Mapped[intpk]
    uid: Mapped[uid_column]
    reporting_unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"), index=True)
    category: Mapped[LiaisonCategory] = mapped_column(enum_column_type(LiaisonCategory))
    name: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(64), default="")
    office_phone: Mapped[str] = mapped_column(String(40), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    fax: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted_at: Mapped[dt.datetime | None]
