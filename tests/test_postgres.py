"""The same models, migrations and services on a real PostgreSQL server (tests/pgserver.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from desktop import config as config_mod
from desktop import db
from desktop.context import open_context
from desktop.services import audit
from desktop.services.setup import initialize, sync_reference_units
from desktop.services.xlsx_import import import_annex1
from models import schema
from models.accidents import Accident
from models.enums import Edition, IdentifierKind, ListTier
from models.listing import ListedPerson, ListingItem
from models.subjects import Subject
from models.system import AuditEvent, Setting
from tests.test_import_xlsx import TODAY, id_number, item_row, person_row, uscc, write_annex1

pytestmark = pytest.mark.postgres

CST = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def pg_engine(pg_database_url: str, tmp_path: Path) -> Iterator[Engine]:
    engine = db.make_engine(pg_database_url)
    db.upgrade(engine, tmp_path / "backups")
    yield engine
    engine.dispose()


def test_the_server_is_real_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert engine.dialect.name == "postgresql"
            assert engine.dialect.driver == "psycopg"
            assert conn.scalar(text("SHOW server_encoding")) == "UTF8"
            assert conn.scalar(text("SELECT '山西' || '煤监局'")) == "山西煤监局"
            assert int(conn.scalar(text("SHOW server_version_num"))) >= 120000
    finally:
        engine.dispose()


def test_empty_database_migrates_to_head_and_matches_the_models(pg_database_url: str, tmp_path: Path) -> None:
    engine = db.make_engine(pg_database_url)
    try:
        report = db.upgrade(engine, tmp_path / "backups")
        assert (report.from_revision, report.to_revision, report.backup) == (None, db.head_revision(), None)
        assert set(schema.metadata.tables) <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), schema.metadata
            )
        assert diff == []
        again = db.upgrade(engine, tmp_path / "backups")
        assert not again.changed
        assert again.backup is None
    finally:
        engine.dispose()


def test_initialize_and_import_on_postgresql(pg_database_url: str, tmp_path: Path) -> None:
    home = tmp_path / "pg-home"
    result = initialize(home, Edition.PROVINCIAL, "P14", db_url=pg_database_url)
    assert result.created
    assert result.database.startswith("postgresql+psycopg://")
    assert result.schema_revision == db.head_revision()
    assert config_mod.load_config(home).db_url == pg_database_url  # type: ignore[union-attr]
    assert not (home / "creditledger.db").exists()
    again = initialize(home, Edition.PROVINCIAL, "P14", db_url=pg_database_url)
    assert not again.created

    workbook = write_annex1(
        tmp_path / "small.xlsx",
        [
            item_row(1),
            item_row(2, 认定日期="2023-06-15", 失信行为类别="2", 是否纳入黑名单="是", 黑名单情形="1"),
        ],
        [person_row(1), person_row(2, 姓名="李娜", 人员类别="主要负责人")],
    )
    ctx = open_context(home)
    try:
        assert ctx.engine.dialect.name == "postgresql"
        first = import_annex1(ctx, workbook, today=TODAY, report_path=tmp_path / "r.xlsx")
        assert first.refused == []
        assert (first.imported, first.duplicates, first.persons) == (2, 0, 2)
        second = import_annex1(ctx, workbook, today=TODAY, report_path=tmp_path / "r.xlsx")
        assert (second.imported, second.duplicates, second.persons) == (0, 2, 0)
        with ctx.uow() as uow:
            s = uow.session
            assert s.scalar(select(func.count()).select_from(ListingItem)) == 2
            assert s.scalar(select(func.count()).select_from(ListedPerson)) == 2
            blacklisted = s.scalars(select(ListingItem).join(Subject).where(Subject.code == uscc(2))).one()
            assert (blacklisted.rule_pack, blacklisted.tier) == ("AJ2017-49", ListTier.BLACKLIST)
            assert blacklisted.criteria_codes == ["B02", "K1"]
            person = s.scalars(select(ListedPerson).where(ListedPerson.name == "李娜")).one()
            assert ctx.pii().reveal(person.id_cipher) == id_number(2)  # type: ignore[arg-type]
            total, broken = audit.verify(s)
        assert broken is None
        assert total == 3  # init + two imports
    finally:
        ctx.close()


def _subject(session: Session, serial: int = 1) -> Subject:
    subject = Subject(
        code=uscc(serial),
        code_kind=IdentifierKind.USCC,
        name=f"测试{serial}公司",
        name_key=f"测试{serial}公司",
    )
    session.add(subject)
    session.flush()
    return subject


def _item(subject: Subject, basis: str = "晋应急罚〔2026〕1号") -> ListingItem:
    return ListingItem(
        reporting_unit_code="P14",
        subject=subject,
        period="2026-10",
        rule_pack="MEM2023-11",
        tier=ListTier.SERIOUS_DISHONESTY,
        basis_document=basis,
        basis_key=basis,
        decision_date=dt.date(2026, 10, 5),
    )


def test_model_round_trips(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    occurred = dt.datetime(2026, 10, 5, 9, 30, 15, 123456, tzinfo=CST)
    with sessions() as session:
        sync_reference_units(session)
        session.add(
            Accident(
                week_of=dt.date(2026, 10, 5),
                occurred_at=occurred,
                unit_name="大同市某煤业有限公司",
                grade="较大事故",
                direct_loss_wan=Decimal("123456789012.34"),
                proposed_criteria=["S01", "S04"],
            )
        )
        session.add(
            Accident(week_of=dt.date(2026, 10, 5), occurred_at=occurred, unit_name="乙", grade="一般事故")
        )
        session.merge(
            Setting(key="probe", value={"years": [2026, 2027], "说明": "山西", "nested": {"a": None}})
        )
        session.commit()
    with sessions() as session:
        accidents = session.scalars(select(Accident).order_by(Accident.id)).all()
        loaded = accidents[0]
        assert loaded.occurred_at == occurred
        assert loaded.occurred_at.tzinfo is not None
        assert loaded.occurred_at.utcoffset() == dt.timedelta(0)
        assert loaded.occurred_at == dt.datetime(2026, 10, 5, 1, 30, 15, 123456, tzinfo=dt.UTC)
        assert loaded.created_at.tzinfo is not None
        assert isinstance(loaded.direct_loss_wan, Decimal)
        assert loaded.direct_loss_wan == Decimal("123456789012.34")
        assert str(loaded.direct_loss_wan) == "123456789012.34"
        assert accidents[1].direct_loss_wan is None
        assert loaded.proposed_criteria == ["S01", "S04"]
        assert accidents[1].proposed_criteria == []
        assert session.get(Setting, "probe").value == {  # type: ignore[union-attr]
            "years": [2026, 2027],
            "说明": "山西",
            "nested": {"a": None},
        }
        # Stored as naive UTC in the column: the raw value is 01:30, not 09:30.
        raw = session.execute(text("SELECT occurred_at FROM accident ORDER BY id LIMIT 1")).scalar()
        assert raw == dt.datetime(2026, 10, 5, 1, 30, 15, 123456)


def test_decimal_keeps_two_places(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        accident = Accident(
            week_of=dt.date(2026, 10, 5),
            occurred_at=dt.datetime(2026, 10, 5, tzinfo=dt.UTC),
            unit_name="丙",
            grade="一般事故",
            direct_loss_wan=Decimal("0.1") + Decimal("0.2"),
        )
        session.add(accident)
        session.commit()
        session.expire_all()
        assert accident.direct_loss_wan == Decimal("0.30")
        assert accident.direct_loss_wan.as_tuple().exponent == -2  # type: ignore[union-attr]


def test_naive_datetime_is_refused(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        session.add(
            Accident(
                week_of=dt.date(2026, 10, 5), occurred_at=dt.datetime(2026, 10, 5), unit_name="丁", grade="x"
            )
        )
        with pytest.raises(StatementError, match="naive datetime"):
            session.flush()


def test_listing_item_unique_constraint_is_enforced(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        sync_reference_units(session)
        subject = _subject(session)
        session.add(_item(subject))
        session.commit()
        session.add(_item(subject, basis="晋应急罚〔2026〕2号"))  # another basis document is fine
        session.commit()
        session.add(_item(subject))
        with pytest.raises(IntegrityError, match="uq_listing_item_reporting_unit_code"):
            session.commit()
        session.rollback()
        assert session.scalar(select(func.count()).select_from(ListingItem)) == 2


def test_foreign_keys_are_enforced(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        subject = _subject(session)
        session.add(_item(subject))  # reporting unit P14 does not exist yet
        with pytest.raises(IntegrityError, match="reporting_unit"):
            session.commit()


def test_audit_chain_on_postgresql(pg_engine: Engine) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        ids = [audit.record(session, "张三", f"a{n}", "x", n, {"n": n, "名称": "测试"}).id for n in range(4)]
        session.commit()
    with sessions() as session:
        assert audit.verify(session) == (4, None)
        # The stored timestamp survives the round trip exactly (the hash covers it).
        first = session.get(AuditEvent, ids[0])
        assert first is not None
        assert first.at.tzinfo is not None
    with pg_engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET detail = CAST(:d AS JSON) WHERE id = :id"),
            {"d": '{"n": 9}', "id": ids[2]},
        )
    with sessions() as session:
        checked, broken = audit.verify(session)
    assert broken is not None
    assert (checked, broken.id) == (2, ids[2])
    with pg_engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = :id"), {"id": ids[2]})
    with sessions() as session:
        checked, broken = audit.verify(session)
    assert broken is not None
    assert (checked, broken.id) == (2, ids[3])


def test_backup_database_writes_a_pg_dump(pg_engine: Engine, tmp_path: Path) -> None:
    sessions = db.session_factory(pg_engine)
    with sessions() as session:
        sync_reference_units(session)
        session.commit()
    target = db.backup_database(pg_engine, tmp_path / "backups", reason="manual")
    assert target.suffix == ".sql"
    assert target.parent == tmp_path / "backups"
    dump = target.read_text(encoding="utf-8")
    assert "PostgreSQL database dump" in dump
    assert "CREATE TABLE public.listing_item" in dump
    assert "山西省安全生产监督管理局" in dump
    assert "OWNER TO" not in dump  # --no-owner


def test_package_intake_and_receipt_on_postgresql(pg_database_url: str, tmp_path: Path) -> None:
    """The ministry on PostgreSQL: the bulk intake path, quarantine-free import, duplicate, receipt."""
    from desktop.services import pki
    from desktop.services.package_intake import import_package
    from desktop.services.receipts import import_receipt
    from tests.pkiworld import World

    ministry_home = tmp_path / "ministry"
    initialize(ministry_home, Edition.MINISTRY, "HQ-BGT", pg_database_url)
    ministry = open_context(ministry_home)
    pki.init_ministry(ministry)
    world = World(tmp_path, ministry)
    try:
        world.add_province("P14")
        world.fill("P14", 12)
        exported = world.export("P14")
        result = import_package(ministry, exported.path.read_bytes(), exported.path.name)
        assert result.status == "imported", result.message
        assert result.imported == 12
        assert ministry.engine.dialect.name == "postgresql"
        with ministry.uow() as uow:
            items = uow.session.scalars(
                select(ListingItem).where(ListingItem.reporting_unit_code == "P14")
            ).all()
            assert len(items) == 12
            assert all(i.state.value == "received" and i.created_at.tzinfo is not None for i in items)
            persons = uow.session.scalar(select(func.count(ListedPerson.id)))
            assert persons == exported.counts["persons"]
            assert all(p.id_cipher and "*" in p.id_masked for p in uow.session.scalars(select(ListedPerson)))
        again = import_package(ministry, exported.path.read_bytes(), exported.path.name)
        assert again.status == "duplicate"
        assert result.receipt is not None
        assert import_receipt(world.province("P14"), result.receipt).outcomes == {"已接收": 12}
    finally:
        for ctx in (ministry, *world.provinces.values()):
            ctx.close()
