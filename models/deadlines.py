"""The deadlines of the monthly cycle (安监总厅〔2017〕59号) and the terms of each rule pack.

Period arithmetic follows the Civil Code (民法典 第二百零一条、第二百零二条): the day an event
happens is not counted, and a term counted in months or years ends on the corresponding day of
the final month (its last day when there is none). So a listing published on 2026-01-15 under a
one-year term is on the list to the end of 2027-01-15 (its ``expires_on``).
"""

from __future__ import annotations

import datetime as dt

from models import reference
from models.calendar import DueDate, WorkCalendar, add_months
from models.reference import RulePack


def period_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(period: str) -> tuple[int, int]:
    year, month = period.split("-")
    y, m = int(year), int(month)
    if not 1 <= m <= 12:
        raise ValueError(period)
    return y, m


def next_period(period: str) -> str:
    y, m = parse_period(period)
    return period_of(add_months(dt.date(y, m, 1), 1))


def previous_period(period: str) -> str:
    y, m = parse_period(period)
    return period_of(add_months(dt.date(y, m, 1), -1))


def monthly_package_due(period: str) -> dt.date:
    """The package for ``period`` (上月) is due by the configured day of the following month."""
    rule = reference.deadline("monthly_package")
    y, m = parse_period(next_period(period))
    day = dt.date(y, m, int(rule["day_of_month"]))
    return day if rule.get("inclusive", True) else day - dt.timedelta(days=1)


def working_period(today: dt.date) -> str:
    """The period a provincial operator is compiling today: last month's until its due date passes."""
    last_month = previous_period(period_of(today))
    return last_month if today <= monthly_package_due(last_month) else period_of(today)


def is_on_time(period: str, received_at: dt.date, extension_until: dt.date | None = None) -> bool:
    due = max(monthly_package_due(period), extension_until or dt.date.min)
    return received_at <= due


def days_late(period: str, received_at: dt.date, extension_until: dt.date | None = None) -> int:
    due = max(monthly_package_due(period), extension_until or dt.date.min)
    return max(0, (received_at - due).days)


def department_review_due(calendar: WorkCalendar, routed_on: dt.date) -> DueDate:
    """Department review: within N working days of routing (the routing day not counted)."""
    return calendar.shift_workdays(routed_on, int(reference.deadline("department_review")["workdays"]))


def term_start(pack: RulePack, decision_date: dt.date, published_on: dt.date) -> dt.date:
    """49号 counts the term from publication; 应急管理部令第11号 from the listing decision."""
    return decision_date if pack.term_starts == "listing_decision" else published_on


def term_expiry(pack: RulePack, decision_date: dt.date, published_on: dt.date) -> dt.date:
    """Last day on the list: the corresponding day ``term_months`` after the term starts."""
    return add_months(term_start(pack, decision_date, published_on), pack.term_months)


def removal_paperwork_due(calendar: WorkCalendar, pack: RulePack, expires_on: dt.date) -> DueDate:
    """The province's Annex 3 review is due N working days before expiry (59号: 期满前10个工作日)."""
    return calendar.shift_workdays(expires_on, -pack.removal_paperwork_workdays)


def application_window(pack: RulePack, expires_on: dt.date) -> tuple[dt.date, dt.date]:
    """The unit may apply for removal within the N days before expiry: [start, expires_on]."""
    return expires_on - dt.timedelta(days=pack.unit_application_window_days), expires_on


def early_removal_from(pack: RulePack, decision_date: dt.date, published_on: dt.date) -> dt.date | None:
    """First day early removal (credit repair) may be granted, if the rule pack allows it; counted
    from the same day the term starts."""
    if pack.early_removal_after_months is None:
        return None
    return add_months(term_start(pack, decision_date, published_on), pack.early_removal_after_months)
