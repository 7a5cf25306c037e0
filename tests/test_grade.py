"""Tests of the accident grade (国务院令第493号 Art. 3): bounds, missing persons, unknown loss."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from models.validation import DEFAULT_THRESHOLDS, GradeThreshold, compute_grade, thresholds_from_items

GRADES_JSON = Path(__file__).resolve().parents[1] / "resources" / "reference" / "accident_grades.json"
ZERO = Decimal(0)


def test_default_thresholds() -> None:
    assert [(t.code, t.name) for t in DEFAULT_THRESHOLDS] == [
        ("especially_serious", "特别重大事故"),
        ("serious", "重大事故"),
        ("relatively_large", "较大事故"),
        ("general", "一般事故"),
    ]
    assert [(t.min_deaths, t.min_serious_injuries, t.min_direct_loss_wan) for t in DEFAULT_THRESHOLDS] == [
        (30, 100, Decimal(10000)),
        (10, 50, Decimal(5000)),
        (3, 10, Decimal(1000)),
        (None, None, None),
    ]


@pytest.mark.parametrize(
    ("deaths", "injuries", "loss", "grade"),
    [
        (0, 0, Decimal(1000), "relatively_large"),
        (0, 0, Decimal("999.99"), "general"),
        (0, 0, Decimal(5000), "serious"),
        (0, 0, Decimal("4999.99"), "relatively_large"),
        (0, 0, Decimal(10000), "especially_serious"),
        (0, 0, Decimal("9999.99"), "serious"),
        (3, 0, ZERO, "relatively_large"),
        (2, 0, ZERO, "general"),
        (9, 0, ZERO, "relatively_large"),
        (10, 0, ZERO, "serious"),
        (29, 0, ZERO, "serious"),
        (30, 0, ZERO, "especially_serious"),
        (0, 100, ZERO, "especially_serious"),
        (0, 99, ZERO, "serious"),
        (0, 50, ZERO, "serious"),
        (0, 49, ZERO, "relatively_large"),
        (0, 10, ZERO, "relatively_large"),
        (0, 9, ZERO, "general"),
        (0, 0, ZERO, "general"),
        (2, 9, Decimal("999.99"), "general"),
        (2, 60, Decimal(200), "serious"),
        (31, 0, Decimal(100), "especially_serious"),
    ],
)
def test_grade_bounds(deaths: int, injuries: int, loss: Decimal, grade: str) -> None:
    """The bound itself counts ("以上"); the highest grade reached by any one dimension wins."""
    result = compute_grade(deaths, injuries, loss)
    assert result.code == grade
    assert not result.loss_unknown
    assert not result.may_be_higher


def test_relatively_large_by_loss_alone_reason() -> None:
    result = compute_grade(0, 0, Decimal(1000))
    assert result.name == "较大事故"
    assert result.reasons == ("直接经济损失1000万元，达到较大事故标准（1000万元以上）",)


def test_three_deaths_reason() -> None:
    assert compute_grade(3, 0, ZERO).reasons == ("死亡3人，达到较大事故标准（3人以上）",)


def test_every_dimension_reaching_the_grade_is_a_reason() -> None:
    result = compute_grade(12, 55, Decimal("6000.50"))
    assert result.code == "serious"
    assert result.reasons == (
        "死亡12人，达到重大事故标准（10人以上）",
        "重伤55人（含急性工业中毒），达到重大事故标准（50人以上）",
        "直接经济损失6000.5万元，达到重大事故标准（5000万元以上）",
    )


def test_general_reason_lists_the_figures() -> None:
    assert compute_grade(2, 9, Decimal("999.990")).reasons == (
        "死亡2人、重伤9人、直接经济损失999.99万元，均未达到较大事故标准",
    )


def test_missing_counted_as_deaths() -> None:
    result = compute_grade(2, 0, ZERO, missing=1)
    assert result.code == "relatively_large"
    assert result.reasons == ("死亡3人（含失踪1人），达到较大事故标准（3人以上）",)


def test_missing_not_counted() -> None:
    result = compute_grade(2, 0, ZERO, missing=1, count_missing_as_deaths=False)
    assert result.code == "general"
    assert result.reasons[-1] == "另有失踪1人，未计入死亡人数"


def test_unknown_loss_is_not_zero() -> None:
    result = compute_grade(0, 0, None)
    assert result.code == "general"
    assert result.loss_unknown
    assert result.may_be_higher
    assert "直接经济损失未填写" in result.reasons[-1]


def test_unknown_loss_below_top_grade_may_be_higher() -> None:
    result = compute_grade(29, 0, None)
    assert result.code == "serious"
    assert result.may_be_higher


def test_unknown_loss_at_top_grade_cannot_be_higher() -> None:
    result = compute_grade(30, 0, None)
    assert result.code == "especially_serious"
    assert result.loss_unknown
    assert not result.may_be_higher


@pytest.mark.parametrize(
    "kwargs",
    [
        {"deaths": -1, "serious_injuries": 0, "direct_loss_wan": ZERO},
        {"deaths": 0, "serious_injuries": -1, "direct_loss_wan": ZERO},
        {"deaths": 0, "serious_injuries": 0, "direct_loss_wan": Decimal("-0.01")},
        {"deaths": 0, "serious_injuries": 0, "direct_loss_wan": None, "missing": -1},
    ],
)
def test_negative_inputs_raise(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="不能为负数"):
        compute_grade(**kwargs)  # type: ignore[arg-type]


_KEYS = ("code", "name", "min_deaths", "min_serious_injuries", "min_direct_loss_wan")
ITEMS = [
    dict(zip(_KEYS, values, strict=True))
    for values in [
        ("especially_serious", "特别重大事故", 30, 100, 10000),
        ("serious", "重大事故", 10, 50, 5000.0),
        ("relatively_large", "较大事故", 3, 10, "1000"),
        ("general", "一般事故", None, None, None),
    ]
]


def test_thresholds_from_items_match_defaults() -> None:
    assert thresholds_from_items(ITEMS) == DEFAULT_THRESHOLDS


def test_thresholds_from_items_rejects_empty() -> None:
    with pytest.raises(ValueError, match="为空"):
        thresholds_from_items([])


def test_custom_thresholds_are_used() -> None:
    thresholds = (
        GradeThreshold("high", "高", 5, None, None),
        GradeThreshold("low", "低", None, None, None),
    )
    assert compute_grade(5, 0, None, thresholds=thresholds).code == "high"
    result = compute_grade(4, 0, None, thresholds=thresholds)
    assert result.code == "low"
    assert result.reasons == ("死亡4人、重伤0人，均未达到高标准",)
    assert not result.may_be_higher


@pytest.mark.skipif(not GRADES_JSON.exists(), reason="reference data not present")
def test_reference_data_agrees_with_defaults() -> None:
    items = json.loads(GRADES_JSON.read_text(encoding="utf-8"))["items"]
    assert thresholds_from_items(items) == DEFAULT_THRESHOLDS
