"""A ministry in the middle of its month, for the ministry screens' tests.

``ministry_month`` gives a :class:`tests.pkiworld.World` whose ministry received three packages
for PERIOD (P14 with 4 items, C14 with 3 items, P32 a nil return); its items are RECEIVED, not yet
routed. :func:`advance` moves them along the chain through the real services, so a test can start
its screen at the step it checks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.context import AppContext, open_context
from desktop.services import meetings, pki, review
from desktop.services.package_intake import import_package
from desktop.services.setup import initialize
from models.enums import DeptDecision, Edition, ItemState, LegalDecision, MeetingOutcome
from models.listing import ListingItem
from tests.pkiworld import World

PERIOD = "2026-10"
TODAY = dt.date(2026, 11, 5)
STEPS = ("received", "dept_review", "dept_signed", "legal", "party_group", "meeting", "published")


def _received(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def ministry_month(tmp_path: Path) -> Iterator[World]:
    home = tmp_path / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT")
    ministry = open_context(home)
    pki.init_ministry(ministry)
    world = World(tmp_path, ministry, today=TODAY)
    try:
        for code in ("P14", "C14", "P32"):
            world.add_province(code)
        world.fill("P14", 4, seed=3)
        world.fill("C14", 3, seed=4)
        for code, day in (("P14", "2026-11-06"), ("P32", "2026-11-09"), ("C14", "2026-11-13")):
            package = world.export(code, PERIOD)
            received = dt.date.fromisoformat(day)
            result = import_package(
                ministry,
                package.path.read_bytes(),
                package.path.name,
                received_at=_received(received),
                today=received,
            )
            assert result.status == "imported", result.message
        yield world
    finally:
        for ctx in (ministry, *world.provinces.values()):
            ctx.close()


def item_ids(ctx: AppContext, state: ItemState | None = None) -> list[int]:
    with ctx.uow() as uow:
        query = select(ListingItem.id).where(ListingItem.period == PERIOD).order_by(ListingItem.id)
        if state is not None:
            query = query.where(ListingItem.state == state)
        return list(uow.session.scalars(query))


def advance(world: World, step: str, day: dt.date = dt.date(2026, 11, 16)) -> int | None:
    """Move every item of PERIOD up to ``step`` (one of STEPS) through the services, all agreed.

    Returns the id of the meeting last created (legal review or director's meeting), if any.
    """
    ministry, target = world.ministry, STEPS.index(step)
    meeting: int | None = None
    if target >= 1:
        review.route(ministry, today=day)
    ids = item_ids(ministry)
    if target >= 2:
        review.record_opinion(ministry, ids, DeptDecision.AGREE, "", "刘审核", today=day)
        review.sign_off(ministry, ids, "周建平", "司长", today=day)
    if target >= 3:
        meeting = meetings.send_to_legal(ministry, PERIOD, ids, today=day)
    if target >= 4:
        assert meeting is not None
        meetings.record_legal(ministry, meeting, ids, LegalDecision.AGREE, "", "郑海", today=day)
        meetings.report_party_group(ministry, PERIOD, day, "会审情况已向党组报告。", today=day)
    if target >= 5:
        meeting = meetings.create_meeting(ministry, "2026年第10次局长办公会议", day, PERIOD)
    if target >= 6:
        assert meeting is not None
        meetings.decide(ministry, meeting, ids, MeetingOutcome.APPROVE, today=day)
        meetings.close_meeting(ministry, meeting, "审议通过。", today=day)
        meetings.publish(ministry, "2026年第10批联合惩戒对象名单", day, meeting_id=meeting)
    return meeting
