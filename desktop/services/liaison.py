"""Annex 4: the unit's liaison register (分管负责人, 内设处室负责人, 联络员) with checked contact details.

Deleting moves a contact to the recycle bin (``deleted_at``); it can be restored. The package
export sends the live contacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import audit
from models.base import utcnow
from models.contacts import LiaisonContact
from models.enums import LiaisonCategory
from models.errors import UserError
from models.validation import Issue, normalize_text
from models.validation.contact import check_email, check_landline, check_mobile


class ContactInvalid(UserError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("；".join(i.message for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class ContactRow:
    id: int
    category: str
    category_label: str
    name: str
    title: str
    office_phone: str
    mobile: str
    fax: str
    email: str
    deleted: bool


def _row(c: LiaisonContact) -> ContactRow:
    return ContactRow(
        c.id, c.category.value, c.category.label, c.name, c.title, c.office_phone, c.mobile, c.fax, c.email,
        c.deleted_at is not None,
    )  # fmt: skip


def validate(data: dict[str, Any]) -> tuple[dict[str, str], list[Issue]]:
    """Normalised fields and the problems found (errors name their field)."""
    issues: list[Issue] = []
    name = normalize_text(data.get("name"))[:64]
    if not name:
        issues.append(Issue.error("姓名", "“姓名”为必填项。"))
    category = LiaisonCategory.from_text(str(data.get("category") or ""))
    if category is None:
        issues.append(Issue.error("人员类别", "请选择人员类别：分管负责人、内设处室负责人或联络员。"))
    office, found = check_landline(data.get("office_phone"), "办公电话")
    issues += found
    mobile, found = check_mobile(data.get("mobile"))
    issues += found
    fax, found = check_landline(data.get("fax"), "传真")
    issues += found
    email, found = check_email(data.get("email"))
    issues += found
    if not office and not mobile:
        issues.append(Issue.error("办公电话", "办公电话和移动电话至少填写一项。"))
    fields = {
        "category": category.value if category else "",
        "name": name,
        "title": normalize_text(data.get("title"))[:64],
        "office_phone": office,
        "mobile": mobile,
        "fax": fax,
        "email": email,
    }
    return fields, issues


def list_contacts(ctx: AppContext, *, deleted: bool = False) -> list[ContactRow]:
    order = {c: i for i, c in enumerate(LiaisonCategory)}
    with ctx.uow() as uow:
        query = select(LiaisonContact).where(LiaisonContact.reporting_unit_code == ctx.unit_code)
        query = query.where(
            LiaisonContact.deleted_at.is_not(None) if deleted else LiaisonContact.deleted_at.is_(None)
        )
        rows = sorted(uow.session.scalars(query), key=lambda c: (order[c.category], c.id))
        return [_row(c) for c in rows]


def save_contact(ctx: AppContext, data: dict[str, Any], contact_id: int | None = None) -> ContactRow:
    fields, issues = validate(data)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise ContactInvalid(errors)
    with ctx.uow() as uow:
        if contact_id is None:
            contact = LiaisonContact(reporting_unit_code=ctx.unit_code)
            uow.session.add(contact)
        else:
            contact = uow.session.get(LiaisonContact, contact_id)
            if contact is None or contact.reporting_unit_code != ctx.unit_code:
                raise UserError("要修改的联络人不存在（可能已被删除）。")
        contact.category = LiaisonCategory(fields.pop("category"))
        for key, value in fields.items():
            setattr(contact, key, value)
        uow.session.flush()
        audit.record(uow.session, ctx.actor, "liaison_save", "liaison_contact", contact.id)
        uow.commit()
        return _row(contact)


def delete_contact(ctx: AppContext, contact_id: int) -> None:
    """Move to the recycle bin; :func:`restore_contact` brings it back."""
    _set_deleted(ctx, contact_id, deleted=True)


def restore_contact(ctx: AppContext, contact_id: int) -> None:
    _set_deleted(ctx, contact_id, deleted=False)


def _set_deleted(ctx: AppContext, contact_id: int, *, deleted: bool) -> None:
    with ctx.uow() as uow:
        contact = uow.session.get(LiaisonContact, contact_id)
        if contact is None or contact.reporting_unit_code != ctx.unit_code:
            raise UserError("联络人不存在。")
        contact.deleted_at = utcnow() if deleted else None
        audit.record(
            uow.session,
            ctx.actor,
            "liaison_delete" if deleted else "liaison_restore",
            "liaison_contact",
            contact_id,
        )
        uow.commit()
