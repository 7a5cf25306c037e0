"""Storing listing items, their subjects and persons — shared by spreadsheet import and package intake."""

from __future__ import annotations

from pypinyin import lazy_pinyin
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from models.annex1 import ParsedItem, ParsedPerson
from models.base import new_uid
from models.enums import IdentifierKind, ItemState
from models.listing import ListedPerson, ListingCriterion, ListingItem, ListingMeasure
from models.subjects import Subject
from models.validation import normalize_name


def upsert_subject(session: Session, item: ParsedItem) -> Subject:
    subject = session.scalar(select(Subject).where(Subject.code == item.code))
    if subject is None:
        subject = Subject(code=item.code, code_kind=IdentifierKind(item.code_kind))
        session.add(subject)
    subject.name = item.name
    subject.name_key = normalize_name(item.name)
    subject.sort_key = " ".join(lazy_pinyin(item.name))[:400]
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
    for present in listing.persons:
        if (present.name, present.role, present.id_digest) == (person.name, person.role, digest):
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
