"""Settings, working-calendar overrides and the hash-chained audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, created_ts, intpk, long_text, utcnow


class Setting(Base):
    """Typed settings are declared in code (desktop/services/settings.py); values live here as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class CalendarOverride(Base):
    """An administrator's correction of the working-day calendar (e.g. a year the library lacks)."""

    __tablename__ = "calendar_override"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class AuditEvent(Base):
    """Who did what, when. Each row's ``hash`` covers its content and the previous row's hash."""

    __tablename__ = "audit_event"

    id: Mapped[intpk]
    at: Mapped[created_ts]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    note: Mapped[long_text]
