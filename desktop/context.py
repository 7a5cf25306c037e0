"""The application context: data folder, configuration, database and keys, opened once per process."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

import models.schema  # noqa: F401 - registers every table before the first session is opened
from desktop import config as config_mod
from desktop import db
from desktop.config import AppConfig
from desktop.keystore import KeyStore
from desktop.secrets import PassphraseSource, data_key, passphrase_from_environment
from desktop.services.pii import PiiCipher
from desktop.services.uow import UnitOfWork
from models.calendar import WorkCalendar
from models.enums import Edition
from models.errors import UserError
from models.system import CalendarOverride, Setting


class NotInitialized(UserError):
    def __init__(self, home: Path) -> None:
        super().__init__(
            f"数据目录 {home} 尚未初始化。请先启动程序完成首次设置向导，"
            "或运行：creditledger init --edition provincial|ministry --unit 单位代码"
        )


def current_actor() -> str:
    return os.environ.get("CREDITLEDGER_USER") or getpass.getuser()


@dataclass
class AppContext:
    home: Path
    config: AppConfig
    engine: Engine
    sessions: sessionmaker[Session]
    passphrase: PassphraseSource | None = None
    actor: str = field(default_factory=current_actor)
    _pii: PiiCipher | None = None
    _keystore: KeyStore | None = None

    @property
    def edition(self) -> Edition:
        return Edition(self.config.edition)

    @property
    def unit_code(self) -> str:
        return self.config.unit_code

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def keystore(self) -> KeyStore:
        """This session's private keys; keys unlocked once stay unlocked until the context closes."""
        if self._keystore is None:
            self._keystore = KeyStore(self.home, self.config.install_id, self.passphrase)
        return self._keystore

    def pii(self) -> PiiCipher:
        """The ID-number cipher; asks for the data key only when first needed."""
        if self._pii is None:
            self._pii = PiiCipher(data_key(self.home, self.config.install_id, self.passphrase))
        return self._pii

    def calendar(self) -> WorkCalendar:
        with self.uow() as uow:
            overrides = {o.day: o.is_workday for o in uow.session.scalars(select(CalendarOverride))}
            confirmed = uow.session.get(Setting, "calendar.confirmed_years")
        years = frozenset(int(y) for y in (confirmed.value.get("years", []) if confirmed else []))
        return WorkCalendar(overrides, years)

    def close(self) -> None:
        self._keystore = None
        self._pii = None
        self.engine.dispose()


def open_database(home: Path, url: str, *, migrate: bool = True) -> tuple[Engine, db.UpgradeReport | None]:
    engine = db.make_engine(url)
    report = db.upgrade(engine, home / "backups") if migrate else None
    return engine, report


def open_context(
    home: Path,
    db_url: str | None = None,
    *,
    passphrase: PassphraseSource | None = None,
    migrate: bool = True,
) -> AppContext:
    config = config_mod.load_config(home)
    if config is None:
        raise NotInitialized(home)
    engine, _ = open_database(home, db_url or config.database_url(home), migrate=migrate)
    return AppContext(
        home=home,
        config=config,
        engine=engine,
        sessions=db.session_factory(engine),
        passphrase=passphrase or passphrase_from_environment(),
    )
