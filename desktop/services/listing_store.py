"""Storing listing items, their subjects and persons — shared by spreadsheet import and package intake."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from pypinyin import lazy_pinyin
from pypinyin.core import Pinyin
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services.bulk import insert_rows
from models.annex1 import ParsedItem, ParsedPerson
from models.base import new_uid
from models.enums import IdentifierKind, ItemState
from models.listing import ListedPerson, ListingCriterion, ListingItem, ListingMeasure
from models.subjects import Subject
from models.validation import fold_text, normalize_name
from models.workflow import Transition

T = TypeVar("T")


def upsert_subject(session: Session, item: ParsedItem) -> Subject:
    subject = session.scalar(select(Subject).where(Subject.code == item.code))
    if subject is None:
        subject = Subject(code=item.code, code_kind=IdentifierKind(item.code_kind))
        session.add(subject)
    subject.name = item.name
    subject.name_key = normalize_name(item.name)
    subject.sort_key = sort_key(item.name)
    subject.region_code = item.region_code or subject.region_code or ""
    subject.industry = item.industry or subject.industry or ""
    subject.kind = item.subject_kind
    subject.legal_representative = item.legal_representative or subject.legal_representative or ""
    session.flush()
    return subject


def new_listing(
    ctx: AppContext, unit_code: str, period: str, subject: Subject, item: ParsedItem, uid: str | None = None
) -> ListingItem:
    listing = ListingItem(
        uid=uid or new_uid(),
        reporting_unit_code=unit_code,
        subject=subject,
        period=period,
        rule_pack=item.rule_pack,
        tier=item.tier,
        state=ItemState.DRAFT,
        source_channel=item.source_channel,
        summary=item.summary,
        basis_document=item.basis_document,
        basis_key=item.basis_key,
        decision_date=item.decision_date,
        measures_note=item.measures_note,
        typical_case=item.typical_case,
        remarks=item.remarks,
        filled_by=ctx.actor,
    )
    listing.criteria = [ListingCriterion(code=c) for c in item.criteria]
    listing.measures = [ListingMeasure(code=m) for m in item.measures]
    for person in item.persons:
        add_person(ctx, listing, person)
    return listing


def add_person(ctx: AppContext, listing: ListingItem, person: ParsedPerson) -> bool:
    """Attach a person unless the same one (name, role and ID) is already there."""
    protected = ctx.pii().protect(person.id_number) if person.id_number else None
    digest = protected.digest if protected else ""
    name = fold_text(person.name)
    for present in listing.persons:
        if (fold_text(present.name), present.role, present.id_digest) == (name, person.role, digest):
            return False
    listing.persons.append(
        ListedPerson(
            name=person.name,
            role=person.role,
            title=person.title,
            id_doc_type=person.id_doc_type,
            id_cipher=protected.cipher if protected else None,
            id_masked=protected.masked if protected else "",
            id_digest=digest,
        )
    )
    return True


# ----------------------------------------------------------------------------- bulk paths (package intake)

CHUNK = 500
_SEGMENTER = Pinyin()


@lru_cache(maxsize=65536)
def _word_pinyin(word: str) -> str:
    return " ".join(lazy_pinyin(word))


def sort_key(name: str) -> str:
    """Pinyin sort key of a name (segment by segment, segments cached: names repeat their words)."""
    return " ".join(_word_pinyin(word) for word in _SEGMENTER.seg(name))[:400]


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def store_subjects(session: Session, items: Sequence[ParsedItem]) -> dict[str, int]:
    """Create or update the subjects of many items at once; returns ``{code: subject id}``.

    Same outcome as calling :func:`upsert_subject` for each item in order: the last item's name
    and kind win; region, industry and legal representative keep the last non-empty value.
    """
    merged: dict[str, dict[str, Any]] = {}
    for item in items:
        row = merged.setdefault(
            item.code,
            {
                "code": item.code,
                "code_kind": IdentifierKind(item.code_kind),
                "region_code": "",
                "industry": "",
                "legal_representative": "",
            },
        )
        row["name"], row["kind"] = item.name, item.subject_kind
        for key, value in (
            ("region_code", item.region_code),
            ("industry", item.industry),
            ("legal_representative", item.legal_representative),
        ):
            row[key] = value or row[key]
    codes = list(merged)
    existing = {
        s.code: s
        for chunk in chunks(codes)
        for s in session.scalars(select(Subject).where(Subject.code.in_(chunk)))
    }
    new_rows = []
    for code, row in merged.items():
        row["name_key"], row["sort_key"] = normalize_name(row["name"]), sort_key(row["name"])
        subject = existing.get(code)
        if subject is None:
            new_rows.append(row)
            continue
        subject.name, subject.name_key, subject.sort_key, subject.kind = (
            row["name"],
            row["name_key"],
            row["sort_key"],
            row["kind"],
        )
        for key in ("region_code", "industry", "legal_representative"):
            setattr(subject, key, row[key] or getattr(subject, key) or "")
    insert_rows(session, Subject.__table__, new_rows)
    session.flush()
    return {
        code: subject_id
        for chunk in chunks(codes)
        for code, subject_id in session.execute(
            select(Subject.code, Subject.id).where(Subject.code.in_(chunk))
        )
    }


def insert_listings(
    ctx: AppContext,
    session: Session,
    unit_code: str,
    period: str,
    entries: Sequence[tuple[str, ParsedItem]],
    subject_ids: dict[str, int],
    *,
    state: ItemState,
    package_revision_id: int | None,
    reason: str,
) -> dict[str, int]:
    """Insert new items with their criteria, measures, persons and first transition in a few
    statements (Core executemany: one statement per table, not one per row); returns ``{uid: id}``."""
    if not entries:
        return {}
    insert_rows(
        session,
        ListingItem.__table__,
        [
            {
                "uid": uid,
                "reporting_unit_code": unit_code,
                "subject_id": subject_ids[item.code],
                "period": period,
                "rule_pack": item.rule_pack,
                "tier": item.tier,
                "state": state,
                "source_channel": item.source_channel,
                "summary": item.summary,
                "basis_document": item.basis_document,
                "basis_key": item.basis_key,
                "decision_date": item.decision_date,
                "measures_note": item.measures_note,
                "typical_case": item.typical_case,
                "remarks": item.remarks,
                "filled_by": ctx.actor,
                "package_revision_id": package_revision_id,
            }
            for uid, item in entries
        ],
    )
    uids = [uid for uid, _item in entries]
    ids = {
        uid: item_id
        for chunk in chunks(uids)
        for uid, item_id in session.execute(
            select(ListingItem.uid, ListingItem.id).where(ListingItem.uid.in_(chunk))
        )
    }
    criteria = [{"item_id": ids[uid], "code": code} for uid, item in entries for code in item.criteria]
    measures = [{"item_id": ids[uid], "code": code} for uid, item in entries for code in item.measures]
    persons = []
    for uid, item in entries:
        seen: set[tuple[str, str, str]] = set()
        for person in item.persons:
            protected = ctx.pii().protect(person.id_number) if person.id_number else None
            key = (person.name, person.role.value, protected.digest if protected else "")
            if key in seen:
                continue
            seen.add(key)
            persons.append(
                {
                    "item_id": ids[uid],
                    "name": person.name,
                    "role": person.role,
                    "title": person.title,
                    "id_doc_type": person.id_doc_type,
                    "id_cipher": protected.cipher if protected else None,
                    "id_masked": protected.masked if protected else "",
                    "id_digest": key[2],
                }
            )
    transitions = [
        {
            "entity_type": "listing",
            "entity_id": ids[uid],
            "from_state": None,
            "to_state": state.value,
            "actor": ctx.actor,
            "actor_unit": ctx.unit_code,
            "reason": reason,
            "package_revision_id": package_revision_id,
        }
        for uid in uids
    ]
    for model, rows in (
        (ListingCriterion, criteria),
        (ListingMeasure, measures),
        (ListedPerson, persons),
        (Transition, transitions),
    ):
        insert_rows(session, model.__table__, rows)
    return ids
