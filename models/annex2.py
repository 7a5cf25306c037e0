"""Annex 2 rows (weekly accident information, BRIEF §8.3, §10.2, §11) as people type them; no I/O.

A row becomes a :class:`ParsedAccident` plus a list of :class:`RowIssue` (sheet, row, column,
Chinese message, severity); a row with any error is refused as a whole, warnings travel with it.
The same rules apply to a spreadsheet row, a form and a department's corrections. The grade is
computed from the casualties and the loss (国务院令第493号 Art. 3); an override needs a reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from models import reference
from models.annex1 import canonical_header as annex1_header
from models.validation import (
    GradeResult,
    GradeThreshold,
    Issue,
    check_uscc,
    compute_grade,
    fold_text,
    normalize_name,
    normalize_text,
    parse_bool,
    parse_criteria,
    parse_date,
    parse_decimal,
    parse_int,
    thresholds_from_items,
)

SHEET = "附件2"
BEIJING = dt.timezone(dt.timedelta(hours=8), "北京时间")

HEADERS: tuple[str, ...] = (
    "序号",
    "事故发生时间",
    "行政区划代码",
    "事故发生地点",
    "事故发生单位",
    "统一社会信用代码",
    "所属行业",
    "事故类别",
    "死亡人数",
    "下落不明人数",
    "重伤人数",
    "直接经济损失（万元）",
    "事故等级（可不填，自动计算）",
    "等级调整理由",
    "是否典型事故",
    "典型理由",
    "事故简要经过",
    "调查组织",
    "拟纳入联合惩戒建议",
    "有关说明",
)
REQUIRED = ("事故发生时间", "行政区划代码", "事故发生地点", "事故发生单位", "所属行业")
OUT_OF_SCOPE = "一般事故且非典型，按59号不属于周报范围"

# Other titles for the same columns (after Annex 1's own aliases and trailing notes are applied).
HEADER_ALIASES: Mapping[str, str] = {
    "单位名称": "事故发生单位",
    "事故单位": "事故发生单位",
    "发生单位": "事故发生单位",
    "事故发生单位名称": "事故发生单位",
    "行业领域": "所属行业",
    "注册地行政区划代码": "行政区划代码",
    "区划代码": "行政区划代码",
    "事故发生地行政区划代码": "行政区划代码",
    "发生时间": "事故发生时间",
    "事故时间": "事故发生时间",
    "事发时间": "事故发生时间",
    "发生地点": "事故发生地点",
    "事故地点": "事故发生地点",
    "事发地点": "事故发生地点",
    "事故类型": "事故类别",
    "失踪人数": "下落不明人数",
    "下落不明": "下落不明人数",
    "经济损失": "直接经济损失",
    "直接经济损失(万元)": "直接经济损失",
    "等级": "事故等级",
    "调整理由": "等级调整理由",
    "是否典型案例": "是否典型事故",
    "典型事故": "是否典型事故",
    "是否典型": "是否典型事故",
    "典型事故理由": "典型理由",
    "简要经过": "事故简要经过",
    "事故经过": "事故简要经过",
    "调查组织级别": "调查组织",
    "调查级别": "调查组织",
    "联合惩戒建议": "拟纳入联合惩戒建议",
    "拟纳入联合惩戒": "拟纳入联合惩戒建议",
    "备注": "有关说明",
    "说明": "有关说明",
}


def canonical_header(text: object) -> str:
    """``"直接经济损失（万元）"`` → ``"直接经济损失"``; aliases map to the template's column."""
    header = annex1_header(text)
    return HEADER_ALIASES.get(header, header)


COLUMNS: tuple[str, ...] = tuple(canonical_header(h) for h in HEADERS)

INVESTIGATION_LEVELS: Mapping[str, str] = {
    "county": "县级",
    "city": "市级",
    "province": "省级",
    "state_council": "国务院",
}
_LEVEL_RANK = {code: rank for rank, code in enumerate(INVESTIGATION_LEVELS)}
# 493号 Art. 19: who investigates each grade.
_LEVEL_FOR_GRADE = {
    "especially_serious": "state_council",
    "serious": "province",
    "relatively_large": "city",
    "general": "county",
}
_DAYPART = {"凌晨": 0, "早上": 0, "上午": 0, "中午": 12, "下午": 12, "傍晚": 12, "晚上": 12, "夜间": 12}
_DATE_HEAD = re.compile(r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}[日号]|\d{8})(.*)")
_CLOCK = re.compile(
    r"(?:(凌晨|早上|上午|中午|下午|傍晚|晚上|夜间))?"
    r"(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?|[时点](?:(\d{1,2})分?)?(?:(\d{1,2})秒)?)"
)


@dataclass(frozen=True)
class RowIssue:
    """One finding about one cell of one row."""

    sheet: str
    row: int  # Excel row number; 0 for a form
    column: str  # canonical column, e.g. 死亡人数
    message: str
    severity: str  # "error" | "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def text(self) -> str:
        where = f"{self.sheet}第{self.row}行" if self.row else self.sheet
        return f"{where}“{self.column}”：{self.message}"


@dataclass
class ParsedAccident:
    occurred_at: dt.datetime  # aware (Beijing time)
    time_known: bool
    region_code: str
    place: str
    unit_name: str
    unit_code: str  # USCC (or legacy code); "" when not given
    code_kind: str
    industry: str
    category: str
    deaths: int
    missing: int
    serious_injuries: int
    direct_loss_wan: Decimal | None  # None = unknown
    grade: str  # computed grade code
    grade_reasons: tuple[str, ...]
    grade_override: str | None
    grade_override_reason: str
    typical: bool
    typical_reason: str
    summary: str
    investigation_level: str  # INVESTIGATION_LEVELS code or ""
    proposed_criteria: list[str]
    notes: str
    warnings: list[RowIssue] = field(default_factory=list)

    @property
    def effective_grade(self) -> str:
        return self.grade_override or self.grade

    @property
    def in_scope(self) -> bool:
        """较大及以上 (computed or overridden) or typical: what the weekly report is for (59号)."""
        return self.effective_grade != "general" or self.typical

    @property
    def key(self) -> tuple[str, str, str]:
        return accident_key(self.occurred_at, self.unit_name, self.region_code)


def accident_key(occurred_at: dt.datetime, unit_name: str, region_code: str) -> tuple[str, str, str]:
    """Duplicate key: occurrence time (to the minute, UTC) + normalised unit name + region code."""
    moment = occurred_at.astimezone(dt.UTC).replace(second=0, microsecond=0, tzinfo=None)
    return moment.isoformat(timespec="minutes"), normalize_name(unit_name), region_code


# ----------------------------------------------------------------------------- grades


@cache
def thresholds() -> tuple[GradeThreshold, ...]:
    return thresholds_from_items(reference.items("accident_grades"))


def count_missing_as_deaths() -> bool:
    return bool(reference.load("accident_grades").get("count_missing_as_deaths", True))


def grade_names() -> dict[str, str]:
    return {t.code: t.name for t in thresholds()}


def grade_of(deaths: int, serious_injuries: int, loss: Decimal | None, missing: int = 0) -> GradeResult:
    return compute_grade(
        deaths,
        serious_injuries,
        loss,
        missing=missing,
        count_missing_as_deaths=count_missing_as_deaths(),
        thresholds=thresholds(),
    )


def match_grade(text: object) -> str | None:
    """``较大``, ``较大事故``, ``relatively_large`` → ``relatively_large``; None when not a grade."""
    folded = fold_text(text)
    for t in thresholds():
        if folded in (t.code, t.name, t.name.removesuffix("事故")):
            return t.code
    return None


# ----------------------------------------------------------------------------- cells


def _text(values: Mapping[str, Any], column: str, issues: list[Issue], *, limit: int = 4000) -> str:
    value = normalize_text(values.get(column))
    if column in REQUIRED and not value:
        issues.append(Issue.error(column, f"“{column}”为必填项。", "required"))
    if len(value) > limit:
        issues.append(Issue.error(column, f"“{column}”过长（{len(value)}字），最多{limit}字。", "too_long"))
    return value


def _clock(text: str, column: str, issues: list[Issue]) -> dt.time | None:
    match = _CLOCK.fullmatch(text.replace(" ", ""))
    if match is None:
        issues.append(
            Issue.error(
                column,
                f"“{column}”中的时刻“{text}”无法识别。可填 2026-11-16 14:30 或 2026年11月16日14时30分。",
                "time.invalid",
            )
        )
        return None
    part, hour, minute, second = match.group(1), match.group(2), match.group(3), match.group(4)
    minute, second = minute or match.group(5) or "0", second or match.group(6) or "0"
    hours = int(hour) + (_DAYPART[part] if part and int(hour) < 12 else 0)
    if hours > 23 or int(minute) > 59 or int(second) > 59:
        issues.append(Issue.error(column, f"“{column}”中的时刻“{text}”不是有效的时刻。", "time.invalid"))
        return None
    return dt.time(hours, int(minute))


def _occurred_at(value: object, column: str, issues: list[Issue]) -> tuple[dt.datetime | None, bool]:
    """The moment (Beijing time) and whether a time of day was given."""
    if isinstance(value, dt.datetime):
        moment = value.replace(tzinfo=None) if value.tzinfo is None else value.astimezone(BEIJING)
        known = moment.time() != dt.time()
        return moment.replace(tzinfo=BEIJING, second=0, microsecond=0), known
    if isinstance(value, float) and not value.is_integer():
        day = parse_date(value, column)
        issues.extend(day.issues)
        if day.value is None:
            return None, False
        minutes = round((value % 1) * 24 * 60)
        moment = dt.datetime.combine(day.value, dt.time(), BEIJING) + dt.timedelta(minutes=minutes)
        return moment, True
    if value is None or isinstance(value, dt.date | int | float):
        day = parse_date(value, column)
        issues.extend(day.issues)
        return (dt.datetime.combine(day.value, dt.time(), BEIJING) if day.value else None), False
    text = fold_text(value)
    compact = re.sub(r"\s*([年月日号])\s*", r"\1", text)
    match = _DATE_HEAD.fullmatch(compact)
    if not text or match is None:
        day = parse_date(text, column)  # names the problem in the usual words
        issues.extend(day.issues)
        return (dt.datetime.combine(day.value, dt.time(), BEIJING) if day.value else None), False
    day = parse_date(match.group(1), column)
    issues.extend(day.issues)
    rest = match.group(2).strip().removeprefix("T").strip()
    clock = _clock(rest, column, issues) if rest else None
    if day.value is None or (rest and clock is None):
        return None, False
    return dt.datetime.combine(day.value, clock or dt.time(), BEIJING), clock is not None


def _region(value: object, issues: list[Issue]) -> str:
    column = "行政区划代码"
    text = re.sub(r"\s+", "", fold_text(value)).removeprefix("'")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not text:
        issues.append(
            Issue.error(column, f"“{column}”为必填项（事故发生地6位 GB/T 2260 代码）。", "required")
        )
        return ""
    if not re.fullmatch(r"\d{6}", text):
        issues.append(Issue.error(column, f"“{column}”应为6位数字（GB/T 2260），填写的是“{text}”。"))
        return ""
    if text[:2] not in {r["code"] for r in reference.items("regions")}:
        issues.append(
            Issue.warning(column, f"“{column}”{text}的省级代码“{text[:2]}”不在 GB/T 2260 中，请核对。")
        )
    return text


def _choice(name: str, column: str, value: object, issues: list[Issue]) -> str:
    text = fold_text(value)
    if not text:
        return ""
    code = reference.match_code(name, text)
    if code is None:
        options = "、".join(reference.code_names(name).values())
        issues.append(
            Issue.error(column, f"“{column}”填写的“{text}”无法识别，可选：{options}。", "unknown_choice")
        )
        return ""
    return code


def _category(value: object, issues: list[Issue]) -> str:
    """GB 6441-86: ``15``, ``1``, ``瓦斯爆炸`` or ``15 瓦斯爆炸``."""
    column = "事故类别"
    text = fold_text(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    names = reference.code_names("accident_categories")
    if not text:
        issues.append(Issue.warning(column, f"未填写“{column}”（GB 6441-86）。"))
        return ""
    match = re.fullmatch(r"(\d{1,2})\s*(\D*)", text)
    if match:
        code, name = match.group(1).zfill(2), match.group(2).strip()
        if code in names and (not name or name == names[code]):
            return code
    else:
        code = reference.match_code("accident_categories", text)
        if code is not None:
            return code
    options = "、".join(f"{c} {n}" for c, n in names.items())
    issues.append(
        Issue.error(
            column, f"“{column}”填写的“{text}”不是 GB 6441-86 的类别，可选：{options}。", "unknown_choice"
        )
    )
    return ""


def _count(value: object, column: str, issues: list[Issue]) -> int:
    if isinstance(value, str):
        value = re.sub(r"\s*人$", "", fold_text(value))
    number, found = parse_int(value, column, minimum=0)
    issues.extend(found)
    return number or 0


_UNKNOWN = frozenset({"未知", "不详", "待核", "待核实", "待定", "暂无", "-", "/"})


def _loss(value: object, issues: list[Issue]) -> Decimal | None:
    column = "直接经济损失"
    text = fold_text(value)
    if text in _UNKNOWN:
        return None
    factor = Decimal(1)
    if isinstance(value, str) and re.search(r"亿元?$", text):
        value, factor = re.sub(r"\s*亿元?$", "", text), Decimal(10000)
    number, found = parse_decimal(value, column, minimum=0)
    issues.extend(found)
    if number is None:
        return None
    return (number * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _investigation(value: object, issues: list[Issue]) -> str:
    column = "调查组织"
    text = re.sub(r"人民政府|政府|组织|调查|负责|\s", "", fold_text(value))
    if not fold_text(value):
        return ""
    for code, needles in (
        ("state_council", ("国务院", "国家")),
        ("province", ("省", "自治区", "直辖市")),
        ("county", ("县",)),
        ("city", ("市", "地", "州", "盟")),
        ("county", ("区", "旗")),
    ):
        if any(n in text for n in needles):
            return code
    options = "、".join(INVESTIGATION_LEVELS.values())
    issues.append(Issue.error(column, f"“{column}”填写的“{fold_text(value)}”无法识别，可选：{options}。"))
    return ""


def _criteria(value: object, occurred: dt.date | None, issues: list[Issue]) -> list[str]:
    """Proposed behaviours (B01–B10, K1–K3; S01–S09 from 2023-10-01) of the rule in force on the accident day."""
    column = "拟纳入联合惩戒建议"
    if not fold_text(value) or occurred is None:
        return []
    try:
        pack = reference.rule_pack_for(occurred)
    except reference.ReferenceDataError:
        issues.append(
            Issue.error(column, f"事故发生日{occurred.isoformat()}没有适用的失信惩戒规定，请删去本栏。")
        )
        return []
    table = tuple(r for kind in pack.criteria_kinds for r in reference.criteria_of_kind(pack.code, kind))
    codes, found = parse_criteria(value, table, column)
    for issue in found:
        hint = f"（事故发生日适用{pack.name}：{'、'.join(str(r['code']) for r in table)}）"
        issues.append(Issue(issue.field, issue.message + hint, issue.severity, issue.code))
    return codes


def _grade(
    values: Mapping[str, Any], computed: GradeResult, issues: list[Issue]
) -> tuple[str | None, str, GradeResult]:
    column, reason_column = "事故等级", "等级调整理由"
    typed = fold_text(values.get(column))
    reason = normalize_text(values.get(reason_column))
    if computed.may_be_higher:
        issues.append(Issue.warning("直接经济损失", "直接经济损失未填写，核定后事故等级可能更高。"))
    if not typed:
        if reason:
            issues.append(
                Issue.warning(reason_column, "填写了“等级调整理由”但未填写“事故等级”，理由未保存。")
            )
        return None, "", computed
    code = match_grade(typed)
    if code is None:
        options = "、".join(grade_names().values())
        issues.append(Issue.error(column, f"“{column}”填写的“{typed}”无法识别，可选：{options}。"))
        return None, "", computed
    if code == computed.code:
        return None, "", computed
    if not reason:
        issues.append(
            Issue.error(
                reason_column,
                f"“{column}”填写为{grade_names()[code]}，与按493号第三条计算的{computed.name}不同，"
                f"必须填写“{reason_column}”。",
                "grade.reason_required",
            )
        )
    return code, reason, computed


def parse_row(
    row: Mapping[str, Any], today: dt.date, *, sheet: str = SHEET, row_number: int = 0
) -> tuple[ParsedAccident | None, list[RowIssue]]:
    """Check one Annex 2 row (keys: template headers, aliases or canonical columns).

    Returns the accident only when no error was found, and every issue found.
    """
    values = {canonical_header(k): v for k, v in row.items()}
    issues: list[Issue] = []
    occurred, time_known = _occurred_at(values.get("事故发生时间"), "事故发生时间", issues)
    if occurred is not None and occurred.date() > today:
        issues.append(
            Issue.error("事故发生时间", f"“事故发生时间”{occurred.date().isoformat()}晚于今天，请核对。")
        )
    elif occurred is not None and not time_known:
        issues.append(Issue.warning("事故发生时间", "“事故发生时间”只有日期，未填写时刻（按0时记录）。"))
    region = _region(values.get("行政区划代码"), issues)
    place = _text(values, "事故发生地点", issues, limit=200)
    unit_name = _text(values, "事故发生单位", issues, limit=200)
    code, code_kind = "", ""
    if fold_text(values.get("统一社会信用代码")):
        ident = check_uscc(values.get("统一社会信用代码"))
        issues.extend(ident.issues)
        code, code_kind = ident.value, ident.kind
    industry = _choice("industries", "所属行业", values.get("所属行业"), issues)
    if not fold_text(values.get("所属行业")):
        issues.append(Issue.error("所属行业", "“所属行业”为必填项（决定印送的司局）。", "required"))
    category = _category(values.get("事故类别"), issues)
    deaths = _count(values.get("死亡人数"), "死亡人数", issues)
    missing = _count(values.get("下落不明人数"), "下落不明人数", issues)
    injuries = _count(values.get("重伤人数"), "重伤人数", issues)
    loss = _loss(values.get("直接经济损失"), issues)
    computed = grade_of(deaths, injuries, loss, missing)
    override, override_reason, computed = _grade(values, computed, issues)
    typical, found = parse_bool(values.get("是否典型事故"), "是否典型事故")
    issues.extend(found)
    typical_reason = _text(values, "典型理由", issues)
    if typical and not typical_reason:
        issues.append(Issue.error("典型理由", "“是否典型事故”为“是”时必须填写“典型理由”。", "required"))
    if typical_reason and not typical:
        issues.append(Issue.error("是否典型事故", "填写了“典型理由”，但“是否典型事故”不是“是”，请核对。"))
    summary = _text(values, "事故简要经过", issues)
    if not summary:
        issues.append(Issue.warning("事故简要经过", "未填写“事故简要经过”。"))
    level = _investigation(values.get("调查组织"), issues)
    effective = override or computed.code
    expected = _LEVEL_FOR_GRADE.get(effective)
    if level and expected and _LEVEL_RANK[level] < _LEVEL_RANK[expected]:
        issues.append(
            Issue.warning(
                "调查组织",
                f"按493号第十九条，{grade_names()[effective]}由{INVESTIGATION_LEVELS[expected]}"
                f"人民政府负责调查，填写的是{INVESTIGATION_LEVELS[level]}，请核对。",
            )
        )
    criteria = _criteria(values.get("拟纳入联合惩戒建议"), occurred.date() if occurred else None, issues)
    notes = _text(values, "有关说明", issues)
    if effective == "general" and not typical:
        issues.append(Issue.warning("事故等级", OUT_OF_SCOPE, "out_of_scope"))

    found_issues = [RowIssue(sheet, row_number, i.field, i.message, str(i.severity)) for i in issues]
    if occurred is None or any(i.is_error for i in found_issues):
        return None, found_issues
    return ParsedAccident(
        occurred_at=occurred,
        time_known=time_known,
        region_code=region,
        place=place,
        unit_name=unit_name,
        unit_code=code,
        code_kind=code_kind,
        industry=industry,
        category=category,
        deaths=deaths,
        missing=missing,
        serious_injuries=injuries,
        direct_loss_wan=loss,
        grade=computed.code,
        grade_reasons=computed.reasons,
        grade_override=override,
        grade_override_reason=override_reason,
        typical=bool(typical),
        typical_reason=typical_reason,
        summary=summary,
        investigation_level=level,
        proposed_criteria=criteria,
        notes=notes,
        warnings=[i for i in found_issues if not i.is_error],
    ), found_issues


def to_row(record: Any) -> dict[str, object]:
    """A stored or parsed accident as an Annex 2 row (canonical columns), for editing and re-checking."""
    occurred: dt.datetime = record.occurred_at.astimezone(BEIJING)
    when = (
        occurred.strftime("%Y-%m-%d") if occurred.time() == dt.time() else occurred.strftime("%Y-%m-%d %H:%M")
    )
    loss = record.direct_loss_wan
    return {
        "事故发生时间": when,
        "行政区划代码": record.region_code,
        "事故发生地点": record.place,
        "事故发生单位": record.unit_name,
        "统一社会信用代码": record.unit_code,
        "所属行业": record.industry,
        "事故类别": record.category,
        "死亡人数": record.deaths,
        "下落不明人数": record.missing,
        "重伤人数": record.serious_injuries,
        "直接经济损失": "" if loss is None else f"{loss:f}",
        "事故等级": grade_names().get(record.grade_override or "", ""),
        "等级调整理由": record.grade_override_reason if record.grade_override else "",
        "是否典型事故": "是" if record.typical else "否",
        "典型理由": record.typical_reason,
        "事故简要经过": record.summary,
        "调查组织": INVESTIGATION_LEVELS.get(record.investigation_level, ""),
        "拟纳入联合惩戒建议": "、".join(record.proposed_criteria),
        "有关说明": record.notes,
    }
