"""Autosaved forms: unsaved typing kept in the settings table, encrypted with the data key
(a form can hold ID numbers, so a draft never goes to a plain file)."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidTag

from desktop.context import AppContext
from models.base import utcnow
from models.system import Setting

_DRAFT_PURPOSE = b"draft"


def save_draft(ctx: AppContext, name: str, content: dict[str, Any]) -> None:
    """Keep an unsaved form (it may hold ID numbers: encrypted with the data key)."""
    sealed = ctx.pii().seal(json.dumps(content, ensure_ascii=False).encode("utf-8"), _DRAFT_PURPOSE)
    with ctx.uow() as uow:
        key = f"draft.{name}"
        row = uow.session.get(Setting, key) or Setting(key=key, value={})
        row.value = {"sealed": base64.b64encode(sealed).decode("ascii"), "saved_at": utcnow().isoformat()}
        uow.session.add(row)
        uow.commit()


def load_draft(ctx: AppContext, name: str) -> dict[str, Any] | None:
    with ctx.uow() as uow:
        row = uow.session.get(Setting, f"draft.{name}")
        if row is None or "sealed" not in row.value:
            return None
        sealed = base64.b64decode(row.value["sealed"])
        saved_at = row.value.get("saved_at", "")
    try:
        content = json.loads(ctx.pii().unseal(sealed, _DRAFT_PURPOSE))
    except (ValueError, UnicodeDecodeError, InvalidTag):
        return None  # sealed under another data key (restored backup): the draft is unreadable
    return {**content, "saved_at": saved_at}


def discard_draft(ctx: AppContext, name: str) -> None:
    with ctx.uow() as uow:
        row = uow.session.get(Setting, f"draft.{name}")
        if row is not None:
            uow.session.delete(row)
            uow.commit()
