"""The hash-chained audit log on a real SQLite file: record, verify, and tampering behind its back."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop import db
from desktop.services import audit
from models.system import AuditEvent


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = db.make_engine(db.sqlite_url(tmp_path / "audit.db"))
    db.upgrade(engine, tmp_path / "backups")
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return db.session_factory(engine)


def _record_five(sessions: sessionmaker[Session]) -> list[int]:
    ids = []
    with sessions() as session:
        for n in range(1, 6):
            event = audit.record(
                session, "张三", f"action_{n}", "listing_item", n, {"n": n, "名称": "山西某煤业"}, f"第{n}次"
            )
            ids.append(event.id)
        session.commit()
    return ids


def _verify(sessions: sessionmaker[Session]) -> tuple[int, AuditEvent | None]:
    with sessions() as session:
        return audit.verify(session)


def test_empty_log_verifies(sessions: sessionmaker[Session]) -> None:
    assert _verify(sessions) == (0, None)


def test_record_chains_each_entry_to_the_previous(sessions: sessionmaker[Session]) -> None:
    ids = _record_five(sessions)
    with sessions() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    assert [e.id for e in events] == ids
    assert events[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert len({e.hash for e in events}) == 5
    assert all(len(e.hash) == 64 for e in events)
    assert events[2].detail == {"n": 3, "名称": "山西某煤业"}
    assert events[2].entity_id == "3"
    assert events[2].at.tzinfo is not None
    assert events[2].at.utcoffset() == dt.timedelta(0)
    assert _verify(sessions) == (5, None)


def test_uncommitted_entries_leave_no_trace(sessions: sessionmaker[Session]) -> None:
    _record_five(sessions)
    with sessions() as session:
        audit.record(session, "李四", "rolled_back")
        session.rollback()
    assert _verify(sessions) == (5, None)


def test_deleting_a_middle_entry_breaks_the_chain_at_the_next_one(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    ids = _record_five(sessions)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[2]})
    checked, broken = _verify(sessions)
    assert broken is not None
    assert broken.id == ids[3]  # the entry after the hole no longer points at its predecessor
    assert broken.action == "action_4"
    assert checked == 2


def test_editing_an_entry_breaks_the_chain_at_that_entry(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    ids = _record_five(sessions)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET detail = :d WHERE id = :id"),
            {"d": '{"n": 99, "名称": "山西某煤业"}', "id": ids[1]},
        )
    checked, broken = _verify(sessions)
    assert broken is not None
    assert broken.id == ids[1]
    assert checked == 1


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "王五"),
        ("action", "other"),
        ("note", "改过"),
        ("entity_id", "42"),
        ("at", "2020-01-01 00:00:00"),
    ],
)
def test_any_altered_column_is_detected(
    sessions: sessionmaker[Session], engine: Engine, column: str, value: str
) -> None:
    ids = _record_five(sessions)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE audit_event SET {column} = :v WHERE id = :id"), {"v": value, "id": ids[3]})
    _checked, broken = _verify(sessions)
    assert broken is not None
    assert broken.id == ids[3]


def test_rewriting_an_entry_with_a_fresh_hash_is_caught_at_the_next_entry(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    """Someone who alters an entry and recomputes its hash still breaks the link to the next one."""
    ids = _record_five(sessions)
    with sessions() as session:
        event = session.get(AuditEvent, ids[1])
        assert event is not None
        event.detail = {"n": 2, "名称": "别的公司"}
        event.hash = audit._digest(event.prev_hash, event)
        session.commit()
    _checked, broken = _verify(sessions)
    assert broken is not None
    assert broken.id == ids[2]


def test_removing_the_last_entry_is_not_detectable_but_the_rest_still_verifies(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    """Documents the limit of a plain hash chain: truncating the tail leaves a valid shorter chain."""
    ids = _record_five(sessions)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[-1]})
    assert _verify(sessions) == (4, None)
