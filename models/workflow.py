"""Review steps, state transitions, meetings and publication batches (BRIEF §8)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, created_ts, enum_column_type, intpk, long_text, short_text
from models.enums import MeetingKind, ReviewKind


class Transition(Base):
    """Append-only history: every change of state of any record, with who, when, why and provenance."""

    __tablename__ = "transition"

    id: Mapped[intpk]
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(index=True)
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    actor_unit: Mapped[str] = mapped_column(String(16), default="")
    at: Mapped[created_ts]
    reason: Mapped[long_text]
    package_revision_id: Mapped[int | None] = mapped_column(ForeignKey("package_revision.id"))


class ReviewTask(Base):
    """One review step of one item at one department, with its clock and sign-off."""

    __tablename__ = "review_task"

    id: Mapped[intpk]
    entity_type: Mapped[str] = mapped_column(String(32), default="listing")
    entity_id: Mapped[int] = mapped_column(index=True)
    kind: Mapped[ReviewKind] = mapped_column(enum_column_type(ReviewKind))
    department_code: Mapped[str | None] = mapped_column(ForeignKey("reporting_unit.code"))
    assigned_at: Mapped[created_ts]
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(default=0)
    paused_at: Mapped[dt.datetime | None]
    completed_at: Mapped[dt.datetime | None]
    decision: Mapped[str] = mapped_column(String(32), default="")
    opinion: Mapped[long_text]
    reviewer: Mapped[short_text]
    signer_name: Mapped[short_text]
    signer_title: Mapped[short_text]
    signed_at: Mapped[dt.datetime | None]
    # The item as the reviewer saw it when recording the opinion ("changes since last review").
    snapshot: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Meeting(Base):
    """A legal review round, party-group report or director's meeting gathering a month's items."""

    __tablename__ = "meeting"

    id: Mapped[intpk]
    kind: Mapped[MeetingKind] = mapped_column(enum_column_type(MeetingKind))
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(7))
    minutes: Mapped[long_text]
    created_by: Mapped[short_text]
    closed_at: Mapped[dt.datetime | None]


class MeetingDecision(Base):
    __tablename__ = "meeting_decision"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("listing_item.id"), primary_key=True)
    decision: Mapped[str] = mapped_column(String(32))
    note: Mapped[long_text]
    decided_by: Mapped[short_text]
    decided_at: Mapped[dt.datetime | None]


class PublicationBatch(Base):
    """A published batch (批次); its date starts the term of every item in it."""

    __tablename__ = "publication_batch"

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(200))
    list_type: Mapped[str] = mapped_column(String(16))  # blacklist | red_list | removal
    published_on: Mapped[dt.date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    notes: Mapped[long_text]
    created_by: Mapped[short_text]


class Reminder(Base):
    """A follow-up (跟踪督办) sent to a department or a province about overdue work."""

    __tablename__ = "reminder"

    id: Mapped[intpk]
    unit_code: Mapped[str] = mapped_column(ForeignKey("reporting_unit.code"), index=True)
    topic: Mapped[str] = mapped_column(String(32))  # dept_review | package | removal | objection | accident
    entity_type: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[int | None]
    note: Mapped[long_text]
    sent_at: Mapped[created_ts]
    sent_by: Mapped[short_text]
