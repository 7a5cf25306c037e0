"""Working days (工作日) under the PRC holiday schedule, with make-up working days (调休).

The schedule comes from ``chinese-calendar``, which knows the years the State Council has
announced. An administrator's override table (``calendar_override``) wins over the library, and
fills in years the library does not know yet; for such years, unless an administrator confirmed
the year as complete, Monday–Friday is assumed and every result carries a warning.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

import chinese_calendar

BEIJING = dt.timezone(dt.timedelta(hours=8))


def local_day(at: dt.datetime) -> dt.date:
    """The calendar day in Beijing of an (aware) instant: deadlines are Beijing dates."""
    return at.astimezone(BEIJING).date()


@cache
def library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class DueDate:
    """A computed date, with warnings when part of the computation rests on assumed data."""

    day: dt.date
    warnings: tuple[str, ...] = ()

    @property
    def certain(self) -> bool:
        return not self.warnings


@dataclass
class WorkCalendar:
    overrides: Mapping[dt.date, bool] = field(default_factory=dict)
    confirmed_years: frozenset[int] = frozenset()

    def is_workday(self, day: dt.date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if library_knows(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

    def year_is_known(self, year: int) -> bool:
        return library_knows(year) or year in self.confirmed_years

    def warnings_for(self, days: Iterable[dt.date]) -> tuple[str, ...]:
        years = sorted({d.year for d in days if not self.year_is_known(d.year)})
        return tuple(
            f"{y}年的法定节假日安排尚未录入，按周一至周五为工作日估算；请管理员在“工作日历”中补录该年的放假与调休安排。"
            for y in years
        )

    def shift_workdays(self, start: dt.date, count: int) -> DueDate:
        """The ``count``-th working day after ``start`` (before it when ``count`` < 0); ``start`` excluded."""
        step = dt.timedelta(days=1 if count >= 0 else -1)
        remaining = abs(count)
        day = start
        visited = [start]
        while remaining:
            day += step
            visited.append(day)
            if self.is_workday(day):
                remaining -= 1
        return DueDate(day, self.warnings_for(visited))

    def workdays_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when ``end`` is before ``start``."""
        if end < start:
            return -self.workdays_between(end, start)
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                count += 1
        return count


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day-of-month ``months`` later; the month's last day when there is no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
