"""Administration of the working-day calendar: overrides and confirmed years."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import audit
from models.calendar import library_knows
from models.errors import UserError
from models.system import CalendarOverride, Setting
from models.validation import parse_date

CONFIRMED_KEY = "calendar.confirmed_years"


class CalendarInputError(UserError):
    pass


def parse_day(text: str) -> dt.date:
    result = parse_date(text, "日期")
    if result.value is None:
        raise CalendarInputError("；".join(i.message for i in result.issues))
    return result.value


@dataclass(frozen=True)
class OverrideRow:
    day: dt.date
    is_workday: bool
    note: str
    updated_by: str


@dataclass(frozen=True)
class YearStatus:
    year: int
    library_knows: bool
    confirmed: bool
    overrides: tuple[OverrideRow, ...]

    @property
    def complete(self) -> bool:
        return self.library_knows or self.confirmed

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "library_knows": self.library_knows,
            "confirmed": self.confirmed,
            "complete": self.complete,
            "overrides": [
                {
                    "day": o.day.isoformat(),
                    "is_workday": o.is_workday,
                    "note": o.note,
                    "updated_by": o.updated_by,
                }
                for o in self.overrides
            ],
        }

    def as_text(self) -> str:
        if self.library_knows:
            head = f"{self.year}年：节假日数据由 chinese-calendar 提供"
        elif self.confirmed:
            head = f"{self.year}年：管理员已确认录入完整"
        else:
            head = f"{self.year}年：缺少节假日数据，期限按周一至周五估算（请录入放假与调休安排）"
        lines = [head] + [
            f"  {o.day.isoformat()} {'工作日' if o.is_workday else '休息日'} {o.note}" for o in self.overrides
        ]
        return "\n".join(lines)


def year_status(ctx: AppContext, year: int) -> YearStatus:
    with ctx.uow() as uow:
        rows = uow.session.scalars(
            select(CalendarOverride)
            .where(CalendarOverride.day >= dt.date(year, 1, 1), CalendarOverride.day <= dt.date(year, 12, 31))
            .order_by(CalendarOverride.day)
        )
        overrides = tuple(OverrideRow(r.day, r.is_workday, r.note, r.updated_by) for r in rows)
        confirmed = uow.session.get(Setting, CONFIRMED_KEY)
    years = set(confirmed.value.get("years", [])) if confirmed else set()
    return YearStatus(year, library_knows(year), year in years, overrides)


def set_override(ctx: AppContext, day: dt.date, is_workday: bool, note: str = "") -> None:
    with ctx.uow() as uow:
        row = uow.session.get(CalendarOverride, day) or CalendarOverride(day=day)
        row.is_workday, row.note, row.updated_by = is_workday, note[:200], ctx.actor
        uow.session.add(row)
        audit.record(
            uow.session, ctx.actor, "calendar_override", "calendar", day.isoformat(), {"workday": is_workday}
        )
        uow.commit()


def remove_override(ctx: AppContext, day: dt.date) -> None:
    with ctx.uow() as uow:
        row = uow.session.get(CalendarOverride, day)
        if row is not None:
            uow.session.delete(row)
            audit.record(uow.session, ctx.actor, "calendar_override_removed", "calendar", day.isoformat())
            uow.commit()


def confirm_year(ctx: AppContext, year: int) -> None:
    with ctx.uow() as uow:
        setting = uow.session.get(Setting, CONFIRMED_KEY)
        years = sorted(set(setting.value.get("years", []) if setting else []) | {year})
        uow.session.merge(Setting(key=CONFIRMED_KEY, value={"years": years}))
        audit.record(uow.session, ctx.actor, "calendar_confirm_year", "calendar", str(year))
        uow.commit()
