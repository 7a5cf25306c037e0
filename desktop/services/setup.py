"""Setting up a data folder (what the first-run wizard and ``creditledger init`` do)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop import config as config_mod
from desktop.context import AppContext, current_actor, open_database
from desktop.db import current_revision, session_factory
from desktop.services import audit
from desktop.services.uow import UnitOfWork
from models import reference
from models.enums import Edition
from models.errors import UserError
from models.reference import UnitInfo
from models.system import Setting
from models.units import ReportingUnit


class SetupError(UserError):
    """Refused set-up input (Chinese message)."""


@dataclass(frozen=True)
class InitResult:
    home: Path
    edition: Edition
    unit: UnitInfo
    database: str
    created: bool
    schema_revision: str

    def as_json(self) -> dict[str, object]:
        return {
            "home": str(self.home),
            "edition": self.edition.value,
            "unit": self.unit.code,
            "unit_name": self.unit.name,
            "database": self.database,
            "created": self.created,
            "schema_revision": self.schema_revision,
        }


def initialize(home: Path, edition: Edition, unit_code: str, db_url: str | None = None) -> InitResult:
    try:
        unit = reference.unit(unit_code.strip().upper())
    except KeyError:
        raise SetupError(f"单位代码“{unit_code}”不存在。可用 creditledger units 查看全部单位代码。") from None
    if unit not in reference.units_for_edition(edition.value):
        raise SetupError(f"{unit.name}（{unit.code}）不能使用{edition.label}。")
    existing = config_mod.load_config(home)
    if existing is not None and (existing.edition, existing.unit_code) != (edition.value, unit.code):
        raise SetupError(
            f"数据目录 {home} 已设置为{Edition(existing.edition).label}（{existing.unit_code}），不能改为"
            f"{edition.label}（{unit.code}）。请换一个数据目录。"
        )
    config = existing or config_mod.AppConfig(edition=edition.value, unit_code=unit.code, db_url=db_url or "")
    home.mkdir(parents=True, exist_ok=True)
    engine, _ = open_database(home, db_url or config.database_url(home))
    try:
        with UnitOfWork(session_factory(engine)) as uow:
            sync_reference_units(uow.session)
            uow.session.merge(
                Setting(key="installation", value={"edition": edition.value, "unit": unit.code})
            )
            if existing is None:
                audit.record(
                    uow.session,
                    current_actor(),
                    "init",
                    "installation",
                    unit.code,
                    {"edition": edition.value},
                )
            uow.commit()
        revision = current_revision(engine) or ""
        database = engine.url.render_as_string(hide_password=True)
    finally:
        engine.dispose()
    # The configuration is written last: a folder with a config.json always has a usable database.
    config_mod.save_config(home, config)
    return InitResult(home, edition, unit, database, created=existing is None, schema_revision=revision)


def sync_reference_units(session: Session) -> int:
    """Make the reporting_unit table match the reference file (units are never deleted, only deactivated)."""
    wanted = {u.code: u for u in reference.reporting_units()}
    present = {row.code: row for row in session.query(ReportingUnit)}
    for code, info in wanted.items():
        row = present.get(code) or ReportingUnit(code=code)
        row.name, row.short_name, row.kind = info.name, info.short_name, info.kind
        row.region_code, row.sort, row.active = info.region_code, info.sort, True
        session.add(row)
    for code, row in present.items():
        if code not in wanted:
            row.active = False
    session.merge(Setting(key="reference.version", value={"version": reference.version()}))
    session.flush()
    return len(wanted)


def ensure_reference(ctx: AppContext) -> None:
    """Re-synchronise units when the shipped reference data is newer than the database's copy."""
    with ctx.uow() as uow:
        stored = uow.session.get(Setting, "reference.version")
        if stored is None or stored.value.get("version") != reference.version():
            sync_reference_units(uow.session)
            uow.commit()
