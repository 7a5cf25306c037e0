"""Annex 1 items typed or corrected by hand: load, check, save, recycle bin, undo snapshots, drafts.

The form uses the spreadsheet's canonical headers as keys (``单位名称``, ``认定日期``, …) and the
same row rules (:mod:`models.annex1`), so an item typed in the editor and the same item imported
from a workbook are checked identically. Persons are edited with the item; an ID number already
stored is never sent back to the screen in clear: the form shows it masked, and leaving the
masked value untouched keeps the stored one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.listing_store import add_person, new_listing, sort_key, upsert_subject
from desktop.services.workflow import move
from models import reference
from models.annex1 import (
    ParsedItem,
    PersonChange,
    check_form,
)
from models.base import utcnow
from models.calendar import WorkCalendar
from models.deadlines import period_of, removal_paperwork_due, term_expiry, working_period
from models.enums import IdentifierKind, ItemState, SubjectKind
from models.errors import UserError
from models.listing import ListedPerson, ListingCriterion, ListingItem, ListingMeasure
from models.subjects import Subject
from models.validation import Issue, normalize_code, normalize_name
from models.workflow import Transition

# A province may still correct these (a corrected revision supersedes what was sent).
EDITABLE = frozenset(
    {ItemState.DRAFT, ItemState.SIGNED, ItemState.SUBMITTED, ItemState.RECEIVED, ItemState.RETURNED}
)
# Publication may be recorded by hand (when the ministry's receipt is not at hand, or for
# items published before this installation).
PUBLISHABLE = frozenset(EDITABLE - {ItemState.RETURNED})
PUBLISHED_STATES = frozenset(
    {
        ItemState.PUBLISHED,
        ItemState.REMOVAL_DUE,
        ItemState.REMOVAL_REVIEW,
        ItemState.REMOVED,
        ItemState.EARLY_REMOVED,
        ItemState.REVOKED,
        ItemState.OBJECTION_RAISED,
    }
)


class ItemInvalid(UserError):
    """The form has errors; ``issues`` name each field (persons as ``有关人员第n行·字段``)."""

    def __init__(self, issues: list[Issue]) -> None:
        errors = [i for i in issues if i.is_error]
        super().__init__("名单未保存：" + "；".join(i.message for i in errors[:6]))
        self.issues = issues


@dataclass(frozen=True)
class PersonEntry:
    """One person as the form shows it: ``id_number`` is the masked value for stored persons."""

    id: int | None
    name: str
    role: str  # PersonRole value
    role_label: str
    title: str
    id_number: str


@dataclass(frozen=True)
class ItemForm:
    id: int
    uid: str
    state: str
    state_label: str
    editable: bool
    publishable: bool
    period: str
    values: dict[str, str]
    persons: list[PersonEntry]
    published_on: dt.date | None
    expires_on: dt.date | None
    removal_due_on: dt.date | None
    deleted: bool


@dataclass(frozen=True)
class SimilarListing:
    """An existing item for the same unit (same code, or a name that normalises alike)."""

    item_id: int
    subject_name: str
    subject_code: str
    reporting_unit: str
    state_label: str
    decision_date: dt.date
    basis_document: str
    same_code: bool

    @property
    def message(self) -> str:
        why = "统一社会信用代码相同" if self.same_code else "单位名称相同"
        return (
            f"{why}：{self.subject_name}（{self.subject_code}）已由{self.reporting_unit}列入，"
            f"{self.state_label}，认定日期{self.decision_date.isoformat()}，文号{self.basis_document}。"
        )


@dataclass(frozen=True)
class ItemSnapshot:
    """Everything an undo needs to put an item back as it was (ID numbers stay encrypted)."""

    item_id: int
    subject: dict[str, Any]
    fields: dict[str, Any]
    criteria: tuple[str, ...]
    measures: tuple[str, ...]
    persons: tuple[dict[str, Any], ...]
    state: str
    deleted: bool
    revision_id: int | None = None  # the package revision that last carried the item


@dataclass(frozen=True)
class SaveResult:
    form: ItemForm
    before: ItemSnapshot | None  # None for a new item
    after: ItemSnapshot


_ITEM_FIELDS = (
    "rule_pack",
    "tier",
    "source_channel",
    "summary",
    "basis_document",
    "basis_key",
    "decision_date",
    "measures_note",
    "typical_case",
    "remarks",
)


# ----------------------------------------------------------------------------- reading


def _own_item(session: Session, ctx: AppContext, item_id: int) -> ListingItem:
    item = session.get(ListingItem, item_id)
    if item is None or item.reporting_unit_code != ctx.unit_code:
        raise UserError("要修改的名单不存在（可能已被彻底删除）。")
    return item


def _values(item: ListingItem) -> dict[str, str]:
    subject = item.subject
    kinds = {
        c: r["kind"]
        for c in item.criteria_codes
        for r in reference.criteria(item.rule_pack)
        if r["code"] == c
    }
    codes = sorted(item.criteria_codes)
    conditions = [c for c in codes if kinds.get(c) == "blacklist_condition"]
    behaviours = [c for c in codes if kinds.get(c) != "blacklist_condition"]
    measures = sorted(m.code for m in item.measures) + ([item.measures_note] if item.measures_note else [])
    return {
        "单位名称": subject.name,
        "统一社会信用代码": subject.code,
        "注册地行政区划代码": subject.region_code,
        "行业领域": reference.code_names("industries").get(subject.industry, ""),
        "主体类别": subject.kind.label,
        "法定代表人": subject.legal_representative,
        "失信行为类别": "、".join(behaviours),
        "是否纳入黑名单": "是" if conditions else "否",
        "黑名单情形": "、".join(conditions),
        "失信行为简况": item.summary,
        "认定依据文号": item.basis_document,
        "认定日期": item.decision_date.isoformat(),
        "信息来源": reference.code_names("source_channels").get(item.source_channel, ""),
        "惩戒措施": "、".join(measures),
        "是否典型案例": "是" if item.typical_case else "否",
        "备注": item.remarks,
    }


def _form(item: ListingItem, own: bool = True) -> ItemForm:
    return ItemForm(
        id=item.id,
        uid=item.uid,
        state=item.state.value,
        state_label=item.state.label,
        editable=own and item.state in EDITABLE and item.deleted_at is None,
        publishable=own and item.state in PUBLISHABLE and item.deleted_at is None,
        period=item.period,
        values=_values(item),
        persons=[
            PersonEntry(p.id, p.name, p.role.value, p.role.label, p.title, p.id_masked) for p in item.persons
        ],
        published_on=item.published_on,
        expires_on=item.expires_on,
        removal_due_on=item.removal_due_on,
        deleted=item.deleted_at is not None,
    )


def item_form(ctx: AppContext, item_id: int) -> ItemForm:
    """The item as the editor shows it; another unit's item (the ministry's view) is read-only."""
    with ctx.uow() as uow:
        item = uow.session.get(ListingItem, item_id)
        if item is None:
            raise UserError("该名单不存在（可能已被彻底删除）。")
        return _form(item, own=item.reporting_unit_code == ctx.unit_code)


def similar_listings(
    ctx: AppContext, code: str, name: str, exclude_item_id: int | None = None, limit: int = 20
) -> list[SimilarListing]:
    """Items already on record for the same unit: same identifier, or a name that normalises alike
    (across every reporting unit this database knows, so the ministry sees other provinces too)."""
    code, key = normalize_code(code), normalize_name(name)
    conditions = []
    if code:
        conditions.append(Subject.code == code)
    if key:
        conditions.append(Subject.name_key == key)
    if not conditions:
        return []
    query = (
        select(ListingItem, Subject)
        .join(Subject)
        .where(or_(*conditions), ListingItem.deleted_at.is_(None))
        .order_by(ListingItem.decision_date.desc())
        .limit(limit)
    )
    if exclude_item_id is not None:
        query = query.where(ListingItem.id != exclude_item_id)
    with ctx.uow() as uow:
        return [
            SimilarListing(
                item.id,
                subject.name,
                subject.code,
                reference.unit(item.reporting_unit_code).name,
                item.state.label,
                item.decision_date,
                item.basis_document,
                subject.code == code,
            )
            for item, subject in uow.session.execute(query)
        ]


# ----------------------------------------------------------------------------- checking and saving


def save_item(
    ctx: AppContext,
    values: dict[str, str],
    persons: list[dict[str, Any]],
    item_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> SaveResult:
    """Create or update one Annex 1 item (all or nothing). Raises :class:`ItemInvalid` on errors."""
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        item = _own_item(session, ctx, item_id) if item_id is not None else None
        if item is not None and (item.state not in EDITABLE or item.deleted_at is not None):
            raise UserError(
                f"“{item.state.label}”的名单不能再修改；已公布的名单如需更正，请通过异议或移出程序办理。"
            )
        stored = {p.id: p.id_masked for p in item.persons} if item else {}
        parsed, people, issues = check_form(values, persons, stored, today)
        if parsed is None or any(i.is_error for i in issues):
            raise ItemInvalid(issues)
        before = _snapshot(item) if item else None
        subject = upsert_subject(session, parsed)
        clash = session.scalar(
            select(ListingItem.id).where(
                ListingItem.reporting_unit_code == ctx.unit_code,
                ListingItem.subject_id == subject.id,
                ListingItem.basis_key == parsed.basis_key,
                ListingItem.id != (item.id if item else -1),
            )
        )
        if clash is not None:
            raise ItemInvalid(
                [
                    Issue.error(
                        "认定依据文号",
                        f"本单位已有同一单位、同一认定依据文号（{parsed.basis_document}）的名单，不能重复录入。",
                        "duplicate",
                    )
                ]
            )
        if item is None:
            parsed.persons = [change.person for change in people]
            item = new_listing(ctx, ctx.unit_code, working_period(today), subject, parsed)
            session.add(item)
            session.flush()
            move(session, item, ItemState.DRAFT, actor=ctx.actor, actor_unit=ctx.unit_code, reason="手工录入")
            action = "item_create"
        else:
            _apply(ctx, session, item, subject, parsed, people)
            if item.state is not ItemState.DRAFT:
                move(
                    session,
                    item,
                    ItemState.DRAFT,
                    actor=ctx.actor,
                    actor_unit=ctx.unit_code,
                    reason="本地修改，待随更正版报送包重新报送",
                )
            action = "item_update"
        session.flush()
        audit.record(session, ctx.actor, action, "listing_item", item.id)
        after = _snapshot(item)
        form = _form(item)
        uow.commit()
    return SaveResult(form, before, after)


def _apply(
    ctx: AppContext,
    session: Session,
    item: ListingItem,
    subject: Subject,
    parsed: ParsedItem,
    people: list[PersonChange],
) -> None:
    item.subject = subject
    item.rule_pack, item.tier = parsed.rule_pack, parsed.tier
    item.source_channel, item.summary = parsed.source_channel, parsed.summary
    item.basis_document, item.basis_key = parsed.basis_document, parsed.basis_key
    item.decision_date, item.measures_note = parsed.decision_date, parsed.measures_note
    item.typical_case, item.remarks = parsed.typical_case, parsed.remarks
    _replace_codes(item.criteria, parsed.criteria, ListingCriterion)
    _replace_codes(item.measures, parsed.measures, ListingMeasure)
    kept = {change.person_id for change in people if change.person_id is not None}
    for present in list(item.persons):
        if present.id not in kept:
            item.persons.remove(present)
    by_id = {p.id: p for p in item.persons}
    for change in people:
        person = change.person
        target = by_id.get(change.person_id) if change.person_id is not None else None
        if target is None:
            add_person(ctx, item, person)
            continue
        target.name, target.role, target.title = person.name, person.role, person.title
        if change.keep_id:
            continue
        protected = ctx.pii().protect(person.id_number) if person.id_number else None
        target.id_doc_type = person.id_doc_type
        target.id_cipher = protected.cipher if protected else None
        target.id_masked = protected.masked if protected else ""
        target.id_digest = protected.digest if protected else ""


def _replace_codes(present: list[Any], codes: list[str], model: type) -> None:
    wanted = list(dict.fromkeys(codes))
    for row in list(present):
        if row.code not in wanted:
            present.remove(row)
    have = {row.code for row in present}
    present.extend(model(code=code) for code in wanted if code not in have)


# ----------------------------------------------------------------------------- undo snapshots


def _snapshot(item: ListingItem) -> ItemSnapshot:
    subject = item.subject
    return ItemSnapshot(
        item_id=item.id,
        subject={
            "code": subject.code,
            "code_kind": subject.code_kind.value,
            "name": subject.name,
            "region_code": subject.region_code,
            "industry": subject.industry,
            "kind": subject.kind.value,
            "legal_representative": subject.legal_representative,
        },
        fields={name: getattr(item, name) for name in _ITEM_FIELDS},
        criteria=tuple(item.criteria_codes),
        measures=tuple(m.code for m in item.measures),
        persons=tuple(
            {
                "name": p.name,
                "role": p.role,
                "title": p.title,
                "id_doc_type": p.id_doc_type,
                "id_cipher": p.id_cipher,
                "id_masked": p.id_masked,
                "id_digest": p.id_digest,
            }
            for p in item.persons
        ),
        state=item.state.value,
        deleted=item.deleted_at is not None,
        revision_id=item.package_revision_id,
    )


def restore_snapshot(ctx: AppContext, snapshot: ItemSnapshot) -> ItemForm:
    """Put an item back exactly as the snapshot recorded it (undo / redo of an edit)."""
    with ctx.uow() as uow:
        session = uow.session
        item = _own_item(session, ctx, snapshot.item_id)
        if item.state not in EDITABLE:
            raise UserError(f"该名单已是“{item.state.label}”，不能再撤销之前的修改。")
        subject = _restore_subject(session, snapshot.subject, item)
        clash = session.scalar(
            select(ListingItem.id).where(
                ListingItem.reporting_unit_code == item.reporting_unit_code,
                ListingItem.subject_id == subject.id,
                ListingItem.basis_key == snapshot.fields["basis_key"],
                ListingItem.id != item.id,
            )
        )
        if clash is not None:
            raise UserError(
                f"不能撤销：本单位已另有同一单位、同一认定依据文号（{snapshot.fields['basis_document']}）的名单。"
            )
        item.subject = subject
        for name, value in snapshot.fields.items():
            setattr(item, name, value)
        _replace_codes(item.criteria, list(snapshot.criteria), ListingCriterion)
        _replace_codes(item.measures, list(snapshot.measures), ListingMeasure)
        item.persons.clear()
        session.flush()
        item.persons.extend(ListedPerson(**p) for p in snapshot.persons)
        # Content that differs from what the last package carried is a draft again.
        state = (
            ItemState(snapshot.state) if item.package_revision_id == snapshot.revision_id else ItemState.DRAFT
        )
        if item.state is not state:
            move(session, item, state, actor=ctx.actor, actor_unit=ctx.unit_code, reason="撤销修改")
        item.deleted_at = utcnow() if snapshot.deleted else None
        session.flush()
        audit.record(session, ctx.actor, "item_undo", "listing_item", item.id)
        form = _form(item)
        uow.commit()
        return form


def _restore_subject(session: Session, data: dict[str, Any], item: ListingItem) -> Subject:
    """The subject the snapshot names. Its name and details are put back only if no other live
    item shares it (another item's later correction of the unit's name must not be undone)."""
    subject = session.scalar(select(Subject).where(Subject.code == data["code"]))
    if subject is None:
        subject = Subject(code=data["code"])
        session.add(subject)
    else:
        shared = session.scalar(
            select(ListingItem.id)
            .where(ListingItem.subject_id == subject.id, ListingItem.id != item.id)
            .where(ListingItem.deleted_at.is_(None))
            .limit(1)
        )
        if shared is not None:
            return subject
    subject.code_kind = IdentifierKind(data["code_kind"])
    subject.kind = SubjectKind(data["kind"])
    subject.name = data["name"]
    subject.name_key, subject.sort_key = normalize_name(data["name"]), sort_key(data["name"])
    for key in ("region_code", "industry", "legal_representative"):
        setattr(subject, key, data[key])
    session.flush()
    return subject


# ----------------------------------------------------------------------------- recycle bin


def delete_item(ctx: AppContext, item_id: int) -> None:
    """Move to the recycle bin. A deleted item that was already sent is withdrawn by the next revision."""
    with ctx.uow() as uow:
        item = _own_item(uow.session, ctx, item_id)
        if item.state not in EDITABLE:
            raise UserError(f"“{item.state.label}”的名单不能删除。")
        item.deleted_at = utcnow()
        audit.record(uow.session, ctx.actor, "item_delete", "listing_item", item_id)
        uow.commit()


def restore_item(ctx: AppContext, item_id: int) -> None:
    with ctx.uow() as uow:
        item = _own_item(uow.session, ctx, item_id)
        item.deleted_at = None
        audit.record(uow.session, ctx.actor, "item_restore", "listing_item", item_id)
        uow.commit()


# ----------------------------------------------------------------------------- publication


def record_publication(
    ctx: AppContext, item_id: int, published_on: dt.date, *, today: dt.date | None = None
) -> ItemForm:
    """Record that the ministry published the item: the term, expiry and removal due date follow."""
    today = today or dt.date.today()
    if published_on > today:
        raise UserError(f"公布日期 {published_on.isoformat()} 晚于今天，请核对。")
    with ctx.uow() as uow:
        session = uow.session
        item = _own_item(session, ctx, item_id)
        if item.state not in PUBLISHABLE or item.deleted_at is not None:
            raise UserError(f"“{item.state.label}”的名单不能登记公布日期。")
        if published_on < item.decision_date:
            raise UserError(
                f"公布日期 {published_on.isoformat()} 早于认定日期 {item.decision_date.isoformat()}，请核对。"
            )
        sent = was_sent(session, item)
        compiling = working_period(today)
        if not sent and period_of(published_on) >= compiling:
            # A draft typed this month is not published yet: it must go to the ministry first.
            raise UserError(
                f"该名单尚未报送，不能登记为已公布。只有本系统启用前已由总局公布的历史名单，"
                f"才可登记公布日期（须早于报送期 {compiling}）。"
            )
        set_publication(ctx, item, published_on)
        if not sent:
            # A historical item recorded by hand belongs to the month of its publication.
            item.period = period_of(published_on)
        move(
            session,
            item,
            ItemState.PUBLISHED,
            actor=ctx.actor,
            actor_unit=ctx.unit_code,
            reason=f"登记公布日期 {published_on.isoformat()}",
        )
        audit.record(
            session, ctx.actor, "item_published", "listing_item", item_id, {"on": published_on.isoformat()}
        )
        session.flush()
        form = _form(item)
        uow.commit()
        return form


def set_publication(
    ctx: AppContext,
    item: ListingItem,
    published_on: dt.date,
    expires_on: dt.date | None = None,
    calendar: WorkCalendar | None = None,
) -> None:
    """Publication starts the term (per the item's rule pack); the removal paperwork falls due N
    working days before it ends."""
    pack = reference.rule_pack(item.rule_pack)
    item.published_on = published_on
    item.expires_on = expires_on or term_expiry(pack, item.decision_date, published_on)
    item.removal_due_on = removal_paperwork_due(calendar or ctx.calendar(), pack, item.expires_on).day


SENT_STATES = ("signed", "submitted", "received")


def _sent_condition() -> Any:
    """SQL: the item went out in a package — recorded on the item since issue 4, and before that
    only by its 已审签/已报送/已接收 transitions (kept as a second witness for older data)."""
    signed = exists().where(
        Transition.entity_type == "listing",
        Transition.entity_id == ListingItem.id,
        Transition.to_state.in_(SENT_STATES),
    )
    return ListingItem.package_revision_id.is_not(None) | signed


def never_sent_published() -> Any:
    """SQL condition: published items recorded by hand that no package ever carried (historical
    items; they stay out of new revisions). An item that was ever sent always stays in its
    period's revisions, or the ministry would read its absence as a withdrawal."""
    return ListingItem.state.in_(list(PUBLISHED_STATES)) & ~_sent_condition()


def was_sent(session: Session, item: ListingItem) -> bool:
    return bool(session.scalar(select(_sent_condition()).where(ListingItem.id == item.id)))
