"""Schema migrations on real SQLite files: empty → head, schema equals the models, backups, refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from desktop import db
from desktop.context import open_context
from models import schema

PENDING_MIGRATION = '''"""a later release adds a table (test only)"""
from alembic import op
import sqlalchemy as sa

revision = "0099_test_pending"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_probe")
'''


def _engine(path: Path) -> Engine:
    return db.make_engine(db.sqlite_url(path))


def _diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, schema.metadata))


def _populate(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO reporting_unit (code, name, short_name, kind, sort, active) "
                "VALUES ('P14', '山西省安全生产监督管理局', '山西', 'province_bureau', 40, 1)"
            )
        )


def test_empty_file_upgrades_to_head_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    engine = _engine(path)
    try:
        report = db.upgrade(engine, tmp_path / "backups")
        assert report.from_revision is None
        assert report.to_revision == db.head_revision() != ""
        assert report.changed
        assert report.backup is None  # nothing to back up in an empty database
        assert not (tmp_path / "backups").exists()
        assert db.current_revision(engine) == db.head_revision()
        tables = set(inspect(engine).get_table_names())
        assert set(schema.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert _diff(engine) == []
    finally:
        engine.dispose()


def test_upgrading_again_is_a_no_op(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "twice.db")
    try:
        db.upgrade(engine, tmp_path / "backups")
        _populate(engine)
        again = db.upgrade(engine, tmp_path / "backups")
        assert again.from_revision == again.to_revision == db.head_revision()
        assert not again.changed
        assert again.backup is None
        assert not (tmp_path / "backups").exists()
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM reporting_unit")) == 1
    finally:
        engine.dispose()


def test_a_populated_database_is_backed_up_before_a_pending_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real pending migration: the shipped scripts plus one extra revision on top of head.

    The application's scripts are copied to a temporary folder, a test revision that creates a
    table is added after the current head, and ``desktop.db.MIGRATIONS`` points there — the same
    situation as a user's database written by the previous release and opened by the next one.
    """
    head = db.head_revision()
    engine = _engine(tmp_path / "populated.db")
    try:
        db.upgrade(engine, tmp_path / "backups")
        _populate(engine)

        scripts = tmp_path / "migrations"
        shutil.copytree(db.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
        (scripts / "versions" / "0099_test_pending.py").write_text(
            PENDING_MIGRATION.format(head=head), encoding="utf-8"
        )
        monkeypatch.setattr(db, "MIGRATIONS", scripts)
        assert db.head_revision() == "0099_test_pending"

        report = db.upgrade(engine, tmp_path / "backups")
        assert report.from_revision == head
        assert report.to_revision == "0099_test_pending"
        assert report.backup is not None
        assert report.backup.parent == tmp_path / "backups"
        assert report.backup.name.endswith("-before-0099_test_pending.db")
        assert "test_probe" in inspect(engine).get_table_names()
        assert db.current_revision(engine) == "0099_test_pending"
    finally:
        engine.dispose()
    # The backup is the database as it was before the migration, data included.
    backup = sqlite3.connect(report.backup)
    try:
        names = {row[0] for row in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "test_probe" not in names
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
        assert backup.execute("SELECT code, name FROM reporting_unit").fetchall() == [
            ("P14", "山西省安全生产监督管理局")
        ]
    finally:
        backup.close()


def test_backup_database_copies_a_live_sqlite_database(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "live.db")
    try:
        db.upgrade(engine, None)
        _populate(engine)
        # An open connection with uncheckpointed WAL content must not matter to the copy.
        with engine.connect() as conn:
            target = db.backup_database(engine, tmp_path / "out", reason="manual")
            assert conn.scalar(text("SELECT count(*) FROM reporting_unit")) == 1
    finally:
        engine.dispose()
    assert target.parent == tmp_path / "out"
    assert target.suffix == ".db"
    assert "manual" in target.name
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT code FROM reporting_unit").fetchall() == [("P14",)]
    finally:
        copy.close()


def test_database_from_a_newer_release_is_refused_in_chinese(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "newer.db")
    try:
        db.upgrade(engine, tmp_path / "backups")
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
        with pytest.raises(db.DatabaseError, match="比本程序新") as info:
            db.upgrade(engine, tmp_path / "backups")
        assert "0999_future" in str(info.value)
        assert "请升级程序" in str(info.value)
        assert not (tmp_path / "backups").exists()  # refused before any backup or change
        assert db.current_revision(engine) == "0999_future"
    finally:
        engine.dispose()


def test_open_context_refuses_a_newer_database(provincial_home: Path) -> None:
    engine = _engine(provincial_home / "creditledger.db")
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
    finally:
        engine.dispose()
    with pytest.raises(db.DatabaseError, match="0999_future"):
        open_context(provincial_home)


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "pragmas.db")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        db.upgrade(engine, None)
        # A foreign key violation is refused on a fresh connection.
        with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO user_account (username, display_name, role, unit_code, title, active, "
                    "created_at, updated_at) VALUES ('u', 'U', 'operator', 'NOPE', '', 1, "
                    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                )
            )
    finally:
        engine.dispose()
    assert (tmp_path / "pragmas.db-wal").exists() or sqlite3.connect(tmp_path / "pragmas.db").execute(
        "PRAGMA journal_mode"
    ).fetchone() == ("wal",)
