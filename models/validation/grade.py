"""Accident grade from casualties and direct loss (生产安全事故报告和调查处理条例, 国务院令第493号, Art. 3).

An accident takes the highest grade that any one dimension reaches (the criteria are joined by 或者).
"以上" includes the bound, "以下" excludes it. Losses are in 万元 (1亿元 = 10000万元). An unknown loss is
not 0: the grade comes from the other dimensions and the result says the grade may be higher.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class GradeThreshold:
    """Lower bounds of one grade; None means the dimension does not lead to this grade."""

    code: str
    name: str
    min_deaths: int | None
    min_serious_injuries: int | None
    min_direct_loss_wan: Decimal | None


DEFAULT_THRESHOLDS: tuple[GradeThreshold, ...] = (
    GradeThreshold("especially_serious", "特别重大事故", 30, 100, Decimal(10000)),
    GradeThreshold("serious", "重大事故", 10, 50, Decimal(5000)),
    GradeThreshold("relatively_large", "较大事故", 3, 10, Decimal(1000)),
    GradeThreshold("general", "一般事故", None, None, None),
)


@dataclass(frozen=True)
class GradeResult:
    """Outcome of :func:`compute_grade`.

    Attributes:
        code: Grade code, e.g. ``relatively_large``.
        name: Chinese grade name, e.g. ``较大事故``.
        reasons: Chinese sentences explaining the grade.
        loss_unknown: The direct loss was not given.
        may_be_higher: The loss is unknown and a higher grade could still be reached through the loss.
    """

    code: str
    name: str
    reasons: tuple[str, ...]
    loss_unknown: bool
    may_be_higher: bool


_INPUT_LABELS = {
    "deaths": "死亡人数",
    "serious_injuries": "重伤人数",
    "direct_loss_wan": "直接经济损失",
    "missing": "失踪人数",
}


def _optional_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _optional_decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def thresholds_from_items(items: Sequence[Mapping[str, object]]) -> tuple[GradeThreshold, ...]:
    """Thresholds from reference-data items (highest grade first, the catch-all grade last).

    Raises:
        ValueError: ``items`` is empty.
    """
    if not items:
        raise ValueError("事故等级标准为空。")
    return tuple(
        GradeThreshold(
            code=str(item["code"]),
            name=str(item["name"]),
            min_deaths=_optional_int(item.get("min_deaths")),
            min_serious_injuries=_optional_int(item.get("min_serious_injuries")),
            min_direct_loss_wan=_optional_decimal(item.get("min_direct_loss_wan")),
        )
        for item in items
    )


def _wan(amount: Decimal) -> str:
    """``Decimal("1E+4")`` → ``10000``, ``Decimal("999.990")`` → ``999.99``."""
    return f"{amount.normalize():f}"


def _reasons_reached(
    grade: GradeThreshold, deaths: int, deaths_text: str, injuries: int, loss: Decimal | None
) -> list[str]:
    """One sentence per dimension that reaches ``grade``; empty when none does."""
    reasons = []
    if grade.min_deaths is not None and deaths >= grade.min_deaths:
        reasons.append(f"{deaths_text}，达到{grade.name}标准（{grade.min_deaths}人以上）")
    if grade.min_serious_injuries is not None and injuries >= grade.min_serious_injuries:
        bound = grade.min_serious_injuries
        reasons.append(f"重伤{injuries}人（含急性工业中毒），达到{grade.name}标准（{bound}人以上）")
    if grade.min_direct_loss_wan is not None and loss is not None and loss >= grade.min_direct_loss_wan:
        bound_text = _wan(grade.min_direct_loss_wan)
        reasons.append(f"直接经济损失{_wan(loss)}万元，达到{grade.name}标准（{bound_text}万元以上）")
    return reasons


def _deaths_text(deaths: int, missing: int, counted: bool) -> str:
    if counted and missing:
        return f"死亡{deaths + missing}人（含失踪{missing}人）"
    return f"死亡{deaths}人"


def _check_not_negative(**counts: int | Decimal | None) -> None:
    for name, count in counts.items():
        if count is not None and count < 0:
            raise ValueError(f"{_INPUT_LABELS[name]}不能为负数：{count}")


def compute_grade(
    deaths: int,
    serious_injuries: int,
    direct_loss_wan: Decimal | None,
    *,
    missing: int = 0,
    count_missing_as_deaths: bool = True,
    thresholds: Sequence[GradeThreshold] = DEFAULT_THRESHOLDS,
) -> GradeResult:
    """Grade an accident; ``thresholds`` run from the highest grade to the catch-all grade.

    Raises:
        ValueError: A count or the loss is negative.
    """
    _check_not_negative(
        deaths=deaths, serious_injuries=serious_injuries, direct_loss_wan=direct_loss_wan, missing=missing
    )
    counted = deaths + missing if count_missing_as_deaths else deaths
    deaths_text = _deaths_text(deaths, missing, count_missing_as_deaths)
    index, reasons = _first_reached(thresholds, counted, deaths_text, serious_injuries, direct_loss_wan)
    if missing and not count_missing_as_deaths:
        reasons.append(f"另有失踪{missing}人，未计入死亡人数")
    loss_unknown = direct_loss_wan is None
    may_be_higher = loss_unknown and any(t.min_direct_loss_wan is not None for t in thresholds[:index])
    if may_be_higher:
        reasons.append("直接经济损失未填写，核定后事故等级可能更高")
    grade = thresholds[index]
    return GradeResult(grade.code, grade.name, tuple(reasons), loss_unknown, may_be_higher)


def _first_reached(
    thresholds: Sequence[GradeThreshold], deaths: int, deaths_text: str, injuries: int, loss: Decimal | None
) -> tuple[int, list[str]]:
    """Index of the highest grade reached and the reasons; the catch-all grade when none is reached."""
    for index, grade in enumerate(thresholds):
        reasons = _reasons_reached(grade, deaths, deaths_text, injuries, loss)
        if reasons:
            return index, reasons
    return len(thresholds) - 1, [_below_text(thresholds, deaths_text, injuries, loss)]


def _below_text(
    thresholds: Sequence[GradeThreshold], deaths_text: str, injuries: int, loss: Decimal | None
) -> str:
    """Why no grade above the catch-all one was reached."""
    figures = [deaths_text, f"重伤{injuries}人"]
    if loss is not None:
        figures.append(f"直接经济损失{_wan(loss)}万元")
    higher = f"{thresholds[-2].name}标准" if len(thresholds) > 1 else "更高等级的标准"
    return f"{'、'.join(figures)}，均未达到{higher}"
