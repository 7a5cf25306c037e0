"""The audit log: append-only, each entry chained to the previous one by SHA-256."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.base import utcnow
from models.system import AuditEvent

GENESIS = "0" * 64


def _digest(prev_hash: str, event: AuditEvent) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "at": event.at.isoformat(),
            "actor": event.actor,
            "action": event.action,
            "entity_type": event.entity_type,
            "entity_id": event.entity_id,
            "detail": event.detail,
            "note": event.note,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: str,
    action: str,
    entity_type: str = "",
    entity_id: object = "",
    detail: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEvent:
    """Append one event in the caller's transaction (serialised on PostgreSQL by an advisory lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(424242)"))
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    event = AuditEvent(
        at=utcnow().replace(microsecond=0),
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        detail=detail or {},
        note=note,
        prev_hash=prev,
    )
    event.hash = _digest(prev, event)
    session.add(event)
    session.flush()
    return event


def verify(session: Session) -> tuple[int, AuditEvent | None]:
    """(entries checked, the first entry whose chain is broken — altered, removed or reordered — or None)."""
    prev = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(1000):
        if event.prev_hash != prev or _digest(prev, event) != event.hash:
            return count, event
        prev = event.hash
        count += 1
    return count, None
