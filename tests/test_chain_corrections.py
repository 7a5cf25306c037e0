"""Corrections and withdrawals arriving while items wait in later steps of the chain: nothing keeps
waiting for an item that left (agendas, tasks, follow-up), and an item that comes back to the meeting
step is reported to the party group again."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.services import ledger, meetings, review
from desktop.services.package_intake import import_package
from models.base import utcnow
from models.enums import DeptDecision, ItemState, LegalDecision, MeetingOutcome
from models.listing import ListingItem
from models.workflow import ReviewTask, Transition
from tests.ministryworld import PERIOD, advance, item_ids
from tests.pkiworld import World

DAY = dt.date(2026, 11, 16)


def province_item(world: World, code: str, index: int) -> ListingItem:
    with world.province(code).uow() as uow:
        return list(
            uow.session.scalars(
                select(ListingItem).where(ListingItem.reporting_unit_code == code).order_by(ListingItem.id)
            )
        )[index]


def ministry_item(world: World, uid: str) -> ListingItem:
    with world.ministry.uow() as uow:
        item = uow.session.scalar(select(ListingItem).where(ListingItem.uid == uid))
        assert item is not None
        return item


def resend(world: World, code: str, *, change: str | None = None, delete: str | None = None) -> None:
    with world.province(code).uow() as uow:
        for row in uow.session.scalars(select(ListingItem).where(ListingItem.uid.in_([change, delete]))):
            if row.uid == change:
                row.summary = f"{row.summary}（补充）"
            else:
                row.deleted_at = utcnow()
        uow.commit()
    package = world.export(code, PERIOD)
    result = import_package(world.ministry, package.path.read_bytes(), package.path.name, today=DAY)
    assert result.status == "imported", result.message


def test_a_correction_takes_the_item_off_the_open_agenda_and_it_is_reported_again(
    ministry_month: World,
) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    meeting = advance(world, "meeting", DAY)
    assert meeting is not None
    corrected = province_item(world, "P14", 0)
    withdrawn = province_item(world, "P14", 1)
    before = {r.item_id for r in meetings.agenda(ministry, meeting)}
    assert len(before) == 7

    resend(world, "P14", change=corrected.uid, delete=withdrawn.uid)
    fixed, gone = ministry_item(world, corrected.uid), ministry_item(world, withdrawn.uid)
    assert fixed.state is ItemState.DEPT_REVIEW
    assert gone.state is ItemState.SUPERSEDED
    # Both came off the open agenda: the meeting can decide and close on the rest.
    assert {r.item_id for r in meetings.agenda(ministry, meeting)} == before - {fixed.id, gone.id}
    rest = sorted(before - {fixed.id, gone.id})
    meetings.decide(ministry, meeting, rest, MeetingOutcome.APPROVE, today=DAY)
    assert meetings.close_meeting(ministry, meeting, today=DAY) == {"同意公布": 5}
    # The transitions name the revision that caused them.
    with ministry.uow() as uow:
        revision = uow.session.scalar(
            select(Transition.package_revision_id)
            .where(Transition.entity_id == fixed.id, Transition.to_state == ItemState.DEPT_REVIEW.value)
            .order_by(Transition.id.desc())
            .limit(1)
        )
        assert revision is not None
        assert revision == ministry_item(world, corrected.uid).package_revision_id
        assert not list(
            uow.session.scalars(
                select(ReviewTask).where(ReviewTask.entity_id == gone.id, ReviewTask.completed_at.is_(None))
            )
        )

    # The corrected item goes through the chain again and must be reported to the party group again.
    review.record_opinion(ministry, [fixed.id], DeptDecision.AGREE, "", "刘审核", today=DAY)
    review.sign_off(ministry, [fixed.id], "周建平", "司长", today=DAY)
    legal = meetings.send_to_legal(ministry, PERIOD, [fixed.id], today=DAY)
    meetings.record_legal(ministry, legal, [fixed.id], LegalDecision.AGREE, "", "郑海", today=DAY)
    with pytest.raises(meetings.MeetingRefused, match="已向党组报告"):
        meetings.create_meeting(ministry, "2026年第11次局长办公会议", DAY, PERIOD)
    meetings.report_party_group(ministry, PERIOD, DAY, "更正条目补报。", today=DAY)
    second = meetings.create_meeting(ministry, "2026年第11次局长办公会议", DAY, PERIOD)
    assert [r.item_id for r in meetings.agenda(ministry, second)] == [fixed.id]


def test_a_withdrawn_item_is_not_followed_up_as_an_overdue_review(ministry_month: World) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    advance(world, "dept_review", DAY)
    withdrawn = province_item(world, "C14", 0)
    late = dt.date(2026, 11, 25)
    target = ministry_item(world, withdrawn.uid)
    assert target.id in {
        r.entity_id for r in ledger.overdue(ministry, today=late) if r.topic == "dept_review"
    }
    resend(world, "C14", delete=withdrawn.uid)
    gone = ministry_item(world, withdrawn.uid)
    assert gone.state is ItemState.SUPERSEDED
    overdue = {r.entity_id for r in ledger.overdue(ministry, today=late) if r.topic == "dept_review"}
    assert gone.id not in overdue
    assert overdue == set(item_ids(ministry, ItemState.DEPT_REVIEW))


def test_an_item_returned_from_the_meeting_step_leaves_the_open_agenda(ministry_month: World) -> None:
    world, ministry = ministry_month, ministry_month.ministry
    meeting = advance(world, "meeting", DAY)
    assert meeting is not None
    agenda = [r.item_id for r in meetings.agenda(ministry, meeting)]
    back = agenda[0]
    review.return_to(ministry, [back], "department", "会前发现认定依据需补充。", today=DAY)
    assert [r.item_id for r in meetings.agenda(ministry, meeting)] == agenda[1:]
    meetings.decide(ministry, meeting, agenda[1:], MeetingOutcome.APPROVE, today=DAY)
    assert meetings.close_meeting(ministry, meeting, today=DAY) == {"同意公布": 6}
