"""Engine set-up and schema migrations, in one place.

SQLite (the embedded default) runs with WAL, foreign keys and a busy timeout; PostgreSQL uses the
same models and migrations. ``upgrade`` brings any database to the current schema and takes a
backup first whenever a populated database is about to change.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from models.errors import UserError

MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"


class DatabaseError(UserError):
    """An environment problem with the database, shown to the user as it is (Chinese)."""


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeReport:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def upgrade(engine: Engine, backup_dir: Path | None) -> UpgradeReport:
    """Migrate to the newest schema; back up first if the database already holds tables."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return UpgradeReport(current, head, None)
    if current is not None and not _known_revision(current):
        raise DatabaseError(
            f"数据库结构版本“{current}”比本程序新（本程序最高为“{head}”），请升级程序后再打开此数据库。"
        )
    backup = None
    if backup_dir is not None and inspect(engine).get_table_names():
        backup = backup_database(engine, backup_dir, reason=f"before-{head}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeReport(current, head, backup)


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def backup_database(engine: Engine, backup_dir: Path, reason: str) -> Path:
    """A consistent copy: SQLite's online backup API, or ``pg_dump`` for PostgreSQL."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    url = engine.url
    if url.get_backend_name() == "sqlite":
        target = backup_dir / f"creditledger-{stamp}-{reason}.db"
        source = sqlite3.connect(url.database or "")
        try:
            dest = sqlite3.connect(target)
            with dest:
                source.backup(dest)
            dest.close()
        finally:
            source.close()
        return target
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseError(
            "升级数据库结构前需要备份，但本机找不到 pg_dump。请先安装 PostgreSQL 客户端或手工备份。"
        )
    target = backup_dir / f"creditledger-{stamp}-{reason}.sql"
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(
        [pg_dump, "--no-owner", "--file", str(target), dsn], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise DatabaseError(f"备份数据库失败（pg_dump）：{result.stderr.strip()}")
    return target
