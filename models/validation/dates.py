"""Dates as they arrive from spreadsheets: date cells, Excel serial numbers and text in common Chinese forms.

Text forms accepted (full-width digits allowed, a trailing time of day ignored): ``2026-10-05``,
``2026-10-5``, ``2026/10/5``, ``2026.10.5``, ``2026年10月5日``, ``2026年10月5号``, ``20261005``,
``2026-10-05 00:00:00``. Two-digit years are refused: ``26/10/5`` could be 2026 or 1926.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.validation.issues import Issue, has_errors
from models.validation.issues import required as required_issue
from models.validation.normalize import fold_text

ACCEPTED_FORMS = "2026-10-05、2026/10/5、2026年10月5日、20261005"
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_DATE_PATTERNS = (
    re.compile(rf"(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}"),
    re.compile(rf"(\d{{4}})(年)(\d{{1,2}})月(\d{{1,2}})[日号]{_TIME}"),
    re.compile(rf"(\d{{4}})()(\d{{2}})(\d{{2}}){_TIME}"),
)
_SHORT_YEAR = re.compile(r"\d{2}(?:([-/.])\d{1,2}\1\d{1,2}|年\d{1,2}月\d{1,2}[日号]|\d{4})")
# Spaces people leave around 年 and 月 and before 日/号: "2026 年 10 月 5 日".
_CJK_SPACES = re.compile(r"\s*([年月])\s*|\s+(?=[日号])")
# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the non-existent 1900-02-29.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_MAX_SERIAL = 2958465
_EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class DateResult:
    """Outcome of :func:`parse_date`: the date (None when empty or invalid) and the issues found."""

    value: date | None
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when there is no error."""
        return not has_errors(self.issues)


def parse_date(value: object, field: str = "日期", *, required: bool = True) -> DateResult:
    """Read a date from a cell value; see the module docstring for the accepted forms."""
    if isinstance(value, datetime):
        return DateResult(value.date())
    if isinstance(value, date):
        return DateResult(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value, field)
    text = fold_text(value)
    if not text:
        return DateResult(None, (required_issue(field),) if required else ())
    return _from_text(text, field)


def _error(field: str, text: str, problem: str) -> DateResult:
    message = f"{field}“{text}”{problem}。可接受的格式：{ACCEPTED_FORMS}。"
    return DateResult(None, (Issue.error(field, message, "date.invalid"),))


def _from_serial(serial: float, field: str) -> DateResult:
    text = fold_text(serial)
    if not math.isfinite(serial) or not 1 <= math.floor(serial) <= _EXCEL_MAX_SERIAL:
        return _error(field, text, f"超出Excel日期序号的范围（1–{_EXCEL_MAX_SERIAL}）")
    day = math.floor(serial)
    if day == _EXCEL_FAKE_LEAP_DAY:
        return _error(field, text, "是Excel中不存在的日期1900年2月29日")
    if day < _EXCEL_FAKE_LEAP_DAY:
        day += 1
    return DateResult(_EXCEL_EPOCH + timedelta(days=day))


def _from_text(text: str, field: str) -> DateResult:
    compact = _CJK_SPACES.sub(lambda match: match.group(1) or "", text)
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(compact)
        if match:
            year, _, month, day = match.groups()
            return _build(int(year), int(month), int(day), text, field)
    if _SHORT_YEAR.fullmatch(compact):
        return _error(field, text, "无法识别：年份须写成4位数字")
    return _error(field, text, "无法识别为日期")


def _build(year: int, month: int, day: int, text: str, field: str) -> DateResult:
    try:
        parsed = date(year, month, day)
    except ValueError:
        return _error(field, text, "不是有效的日期")
    if parsed.year < _EARLIEST_YEAR:
        return _error(field, text, f"早于{_EARLIEST_YEAR}年，请核对年份")
    return DateResult(parsed)
