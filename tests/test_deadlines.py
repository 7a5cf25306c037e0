"""Worked examples of the time rules (SPEC §5), each counted by hand in the comment next to it.

Holiday data for 2026 comes from chinese-calendar 1.11 (the State Council's 2026 schedule):
中秋 Sep 25–27, 国庆 Oct 1–7 with make-up working days Sun Sep 20 and Sat Oct 10;
春节 Feb 15–23 with make-up working days Sat Feb 14 and Sat Feb 28. The library has no 2027 data.
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from desktop.context import AppContext
from models import reference
from models.calendar import WorkCalendar, add_months, library_knows
from models.deadlines import (
    application_window,
    days_late,
    department_review_due,
    early_removal_from,
    is_on_time,
    monthly_package_due,
    removal_paperwork_due,
    term_expiry,
    working_period,
)

D = dt.date
AJ49 = reference.rule_pack("AJ2017-49")
MEM11 = reference.rule_pack("MEM2023-11")


def test_library_data_the_examples_rely_on() -> None:
    cal = WorkCalendar()
    # 国庆 2026: Oct 1–7 off, Saturday Oct 10 is a make-up working day (调休上班).
    assert all(not cal.is_workday(D(2026, 10, d)) for d in range(1, 8))
    assert D(2026, 10, 10).weekday() == 5
    assert cal.is_workday(D(2026, 10, 10)) is True
    assert chinese_calendar.get_holiday_detail(D(2026, 10, 10)) == (False, "National Day")
    # 中秋 2026: Friday Sep 25 to Sunday Sep 27 off.
    assert [cal.is_workday(D(2026, 9, d)) for d in (24, 25, 26, 27, 28)] == [True, False, False, False, True]
    # 春节 2026: Feb 15–23 off; Saturday Feb 14 is a make-up working day.
    assert cal.is_workday(D(2026, 2, 14)) is True
    assert all(not cal.is_workday(D(2026, 2, d)) for d in range(15, 24))
    assert cal.is_workday(D(2026, 2, 24)) is True
    assert library_knows(2026) is True
    assert library_knows(2027) is False


def test_removal_paperwork_ten_working_days_before_expiry_across_national_day() -> None:
    # Counting back from Fri 2026-10-16 (not counted):
    # Oct 15 (1), 14 (2), 13 (3), 12 (4), [11 Sun], 10 Sat make-up (5), 9 (6), 8 (7),
    # [Oct 7 … Oct 1 国庆], Sep 30 (8), 29 (9), 28 (10)  →  2026-09-28.
    due = removal_paperwork_due(WorkCalendar(), AJ49, D(2026, 10, 16))
    assert due.day == D(2026, 9, 28)
    assert due.certain
    assert due.warnings == ()
    # Order 11 uses the same 10 working days (59号 monthly mechanism).
    assert removal_paperwork_due(WorkCalendar(), MEM11, D(2026, 10, 16)).day == D(2026, 9, 28)


def test_without_the_make_up_saturday_the_date_moves_earlier() -> None:
    # Override Sat Oct 10 to a rest day:
    # Oct 15 (1), 14 (2), 13 (3), 12 (4), [11, 10], 9 (5), 8 (6), [Oct 7 … 1], Sep 30 (7), 29 (8),
    # 28 (9), [27, 26, 25 中秋], 24 (10)  →  2026-09-24.
    # (Sep 25 is itself a holiday in 2026 — 中秋 — so the answer is the 24th, not the 25th.)
    cal = WorkCalendar({D(2026, 10, 10): False})
    assert cal.is_workday(D(2026, 10, 10)) is False
    assert removal_paperwork_due(cal, AJ49, D(2026, 10, 16)).day == D(2026, 9, 24)


def test_monthly_package_due_on_the_tenth_inclusive() -> None:
    assert monthly_package_due("2026-10") == D(2026, 11, 10)
    assert monthly_package_due("2026-12") == D(2027, 1, 10)  # across the year end
    assert is_on_time("2026-10", D(2026, 11, 10)) is True
    assert days_late("2026-10", D(2026, 11, 10)) == 0
    assert is_on_time("2026-10", D(2026, 11, 11)) is False
    assert days_late("2026-10", D(2026, 11, 11)) == 1
    assert days_late("2026-10", D(2026, 11, 20)) == 10
    # An extension granted by the ministry moves the due date.
    assert is_on_time("2026-10", D(2026, 11, 13), extension_until=D(2026, 11, 15)) is True
    assert days_late("2026-10", D(2026, 11, 17), extension_until=D(2026, 11, 15)) == 2


def test_working_period_switches_after_the_due_date() -> None:
    assert working_period(D(2026, 11, 1)) == "2026-10"
    assert working_period(D(2026, 11, 10)) == "2026-10"
    assert working_period(D(2026, 11, 11)) == "2026-11"
    assert working_period(D(2027, 1, 10)) == "2026-12"
    assert working_period(D(2027, 1, 11)) == "2027-01"


def test_department_review_three_working_days_across_a_weekend() -> None:
    # Routed Thu 2026-03-05 (not counted): Fri 6 (1), [Sat 7, Sun 8], Mon 9 (2), Tue 10 (3).
    due = department_review_due(WorkCalendar(), D(2026, 3, 5))
    assert due.day == D(2026, 3, 10)
    assert due.certain


def test_department_review_three_working_days_across_spring_festival() -> None:
    # Routed Fri 2026-02-13: Sat 14 make-up (1), [Feb 15 … 23 春节], Tue 24 (2), Wed 25 (3).
    assert department_review_due(WorkCalendar(), D(2026, 2, 13)).day == D(2026, 2, 25)
    # Routed Sat 2026-02-14 (a working day itself, not counted): Tue 24 (1), Wed 25 (2), Thu 26 (3).
    assert department_review_due(WorkCalendar(), D(2026, 2, 14)).day == D(2026, 2, 26)


def test_deadline_in_an_unknown_year_carries_a_chinese_warning() -> None:
    # 2027 is unknown to chinese-calendar 1.11: Monday–Friday assumed.
    # Routed Thu 2027-03-04: Fri 5 (1), Mon 8 (2), Tue 9 (3).
    due = department_review_due(WorkCalendar(), D(2027, 3, 4))
    assert due.day == D(2027, 3, 9)
    assert not due.certain
    assert len(due.warnings) == 1
    assert "2027年" in due.warnings[0]
    assert "尚未录入" in due.warnings[0]
    # A computation that only passes through 2027 is warned about too: routed Wed 2026-12-30,
    # Thu 31 (1), Fri 2027-01-01 (2, assumed — 元旦 is not known yet), Mon 4 (3).
    spill = department_review_due(WorkCalendar(), D(2026, 12, 30))
    assert spill.day == D(2027, 1, 4)
    assert any("2027年" in w for w in spill.warnings)


def test_override_for_an_unknown_year_wins() -> None:
    # The administrator records 2027-03-05 (Fri) and 2027-03-08 (Mon) as rest days:
    # routed Thu 2027-03-04: [5, 6, 7, 8], Tue 9 (1), Wed 10 (2), Thu 11 (3).
    cal = WorkCalendar({D(2027, 3, 5): False, D(2027, 3, 8): False})
    assert department_review_due(cal, D(2027, 3, 4)).day == D(2027, 3, 11)
    # A make-up Saturday recorded for 2027 counts as a working day: routed Fri 2027-03-05,
    # Sat 6 (1), Mon 8 (2), Tue 9 (3).
    cal = WorkCalendar({D(2027, 3, 6): True})
    assert department_review_due(cal, D(2027, 3, 5)).day == D(2027, 3, 9)
    # An override also wins over the library in a known year.
    cal = WorkCalendar({D(2026, 3, 6): False})
    assert department_review_due(cal, D(2026, 3, 5)).day == D(2026, 3, 11)


def test_confirmed_year_silences_the_warning() -> None:
    cal = WorkCalendar({D(2027, 3, 5): False}, confirmed_years=frozenset({2027}))
    due = department_review_due(cal, D(2027, 3, 4))
    assert due.day == D(2027, 3, 10)  # [5], Mon 8 (1), Tue 9 (2), Wed 10 (3)
    assert due.warnings == ()
    assert due.certain
    assert cal.year_is_known(2027) is True
    assert WorkCalendar().year_is_known(2027) is False


def test_workdays_between() -> None:
    cal = WorkCalendar()
    # (Sep 30, Oct 12]: Oct 8, 9, 10 (make-up), 12 → 4.
    assert cal.workdays_between(D(2026, 9, 30), D(2026, 10, 12)) == 4
    assert cal.workdays_between(D(2026, 10, 12), D(2026, 9, 30)) == -4
    assert cal.workdays_between(D(2026, 10, 1), D(2026, 10, 1)) == 0


def test_term_expiry_under_aj2017_49_counts_twelve_months_from_publication() -> None:
    # Decision 2023-06-01 (49号 in force), published 2024-02-29: 12 months later there is no
    # Feb 29, so the term ends on the month's last day (民法典 第二百零二条).
    assert AJ49.term_months == 12
    assert term_expiry(AJ49, D(2023, 6, 1), D(2024, 2, 29)) == D(2025, 2, 28)
    assert term_expiry(AJ49, D(2023, 6, 1), D(2023, 8, 15)) == D(2024, 8, 15)


def test_term_expiry_under_order_11_counts_thirty_six_months_from_the_listing_decision() -> None:
    assert MEM11.term_months == 36
    # Decision 2024-02-29, published 2024-03-20: 36 months from the decision → 2027-02-28.
    assert term_expiry(MEM11, D(2024, 2, 29), D(2024, 3, 20)) == D(2027, 2, 28)
    # The publication date does not matter under Order 11.
    assert term_expiry(MEM11, D(2026, 1, 15), D(2026, 5, 1)) == D(2029, 1, 15)


def test_early_removal_and_application_window() -> None:
    assert early_removal_from(AJ49, D(2024, 3, 1), D(2024, 3, 20)) is None  # 49号 has no credit repair
    # Order 11: 12 months from the listing decision (the day its term starts), not from publication.
    assert early_removal_from(MEM11, D(2024, 3, 20), D(2024, 5, 6)) == D(2025, 3, 20)
    assert early_removal_from(MEM11, D(2024, 2, 29), D(2024, 3, 1)) == D(2025, 2, 28)
    # 49号: the unit applies within the 30 days before expiry.
    assert application_window(AJ49, D(2025, 2, 28)) == (D(2025, 1, 29), D(2025, 2, 28))


def test_add_months_clamps_to_the_last_day() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (D(2017, 5, 9), "AJ2017-49"),
        (D(2023, 9, 30), "AJ2017-49"),
        (D(2023, 10, 1), "MEM2023-11"),
        (D(2026, 10, 16), "MEM2023-11"),
    ],
)
def test_rule_pack_for_the_listing_date(day: dt.date, code: str) -> None:
    assert reference.rule_pack_for(day).code == code


def test_no_rule_pack_before_2017() -> None:
    with pytest.raises(reference.ReferenceDataError, match="没有适用的规则"):
        reference.rule_pack_for(D(2017, 5, 8))


def test_the_installation_calendar_applies_stored_overrides_and_confirmed_years(
    provincial_ctx: AppContext,
) -> None:
    """ctx.calendar() reads the admin's overrides and confirmed years from the database."""
    from desktop.services import calendar as cal_service

    cal_service.set_override(provincial_ctx, D(2027, 3, 5), False, "测试")
    assert department_review_due(provincial_ctx.calendar(), D(2027, 3, 4)).day == D(2027, 3, 10)
    assert department_review_due(provincial_ctx.calendar(), D(2027, 3, 4)).warnings != ()
    cal_service.confirm_year(provincial_ctx, 2027)
    calendar = provincial_ctx.calendar()
    assert calendar.confirmed_years == frozenset({2027})
    due = department_review_due(calendar, D(2027, 3, 4))
    assert (due.day, due.warnings) == (D(2027, 3, 10), ())
