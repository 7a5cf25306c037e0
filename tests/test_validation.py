"""Tests of issues, normalisation, date parsing and value parsers (bool, multi-value, criteria, numbers)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from models.validation import (
    Issue,
    Severity,
    has_errors,
    normalize_code,
    normalize_name,
    normalize_text,
    parse_bool,
    parse_criteria,
    parse_date,
    parse_decimal,
    parse_int,
    split_multi,
)

_NUMERALS = "一二三四五六七八九十"
_BEHAVIOURS = [
    (
        "较大及以上责任事故",
        "发生较大及以上生产安全责任事故，或1年内累计发生3起及以上造成人员死亡的一般生产安全责任事故",
    ),
    ("未取得许可擅自生产经营", "未按规定取得安全生产许可，擅自开展生产经营建设活动"),
    (
        "重大隐患不改冒险作业",
        "发现重大生产安全事故隐患，或职业病危害严重超标，不及时整改，仍组织从业人员冒险作业",
    ),
    ("逃避对抗安全监管监察", "采取隐蔽、欺骗或阻碍等方式逃避、对抗安全监管监察"),
    ("责令停产整顿仍生产", "被责令停产停业整顿，仍然从事生产经营建设活动"),
    ("瞒报谎报迟报事故", "瞒报、谎报、迟报生产安全事故"),
    ("安全设施未验收即投用", "高危行业建设项目安全设施未经验收合格即投入生产和使用"),
    ("超层越界开采以探代采", "矿山生产经营单位存在超层越界开采、以探代采行为"),
    (
        "破坏现场妨碍调查逃逸",
        "发生事故后，故意破坏事故现场，伪造有关证据资料，妨碍、对抗事故调查，或主要负责人逃逸",
    ),
    ("技术服务机构虚假报告", "技术服务机构出具虚假报告或证明，违规转让或出借资质"),
]
TABLE = [
    {
        "code": f"B{number:02d}",
        "number": number,
        "numeral": f"（{_NUMERALS[number - 1]}）",
        "short_label": short,
        "label": label,
        "aliases": ["瞒报事故", "瞒报"] if number == 6 else [],
    }
    for number, (short, label) in enumerate(_BEHAVIOURS, 1)
]
# Order 11 numbers its situations 1–9 but restarts the numerals in its second group: （一） appears twice.
GROUPED_TABLE = [
    {
        "code": "S01",
        "number": 1,
        "numeral": "（一）",
        "short_label": "特别重大重大事故",
        "label": "",
        "aliases": [],
    },
    {"code": "S06", "number": 6, "numeral": "（一）", "short_label": "无证生产", "label": "", "aliases": []},
]
FIELD = "失信行为类别"


# ---------------------------------------------------------------- issues


def test_issue_constructors_and_has_errors() -> None:
    error = Issue.error("认定日期", "认定日期为必填项，不能为空。", "required")
    warning = Issue.warning("统一社会信用代码", "……", "uscc.legacy")
    assert error == Issue("认定日期", "认定日期为必填项，不能为空。", Severity.ERROR, "required")
    assert warning.severity is Severity.WARNING
    assert Severity.ERROR == "error"
    assert has_errors([warning, error])
    assert not has_errors([warning])
    assert not has_errors([])
    assert not has_errors(iter([warning]))


def test_issue_is_frozen() -> None:
    issue = Issue.error("字段", "消息")
    with pytest.raises(AttributeError):
        issue.message = "其他"  # type: ignore[misc]


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("  北京\u3000某某  公司 ", "北京 某某 公司"),
        ("ＡＢＣ１２３", "ABC123"),
        ("a\n\tb", "a b"),
        (12, "12"),
        ("（一）", "（一）"),  # Chinese punctuation is kept in display text
        ("单位：某某（集团）有限公司，", "单位：某某（集团）有限公司，"),
        ("是。", "是。"),
        ("a\u200bb", "ab"),
    ],
)
def test_normalize_text(raw: object, expected: str) -> None:
    """Display text; matching uses :func:`fold_text`, which folds punctuation too."""
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("９１１１０１０８ ５５１３８５０８２ｑ", "91110108551385082Q"),
        ("'91110108551385082q", "91110108551385082Q"),
        ("\ufeff9111\u00a00108\u200b551385082Q\u3000", "91110108551385082Q"),
        ("91110108551385O82Q", "91110108551385O82Q"),
        ("9111010855138508IQ", "9111010855138508IQ"),
    ],
)
def test_normalize_code(raw: object, expected: str) -> None:
    assert normalize_code(raw) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("北京 某某（集团） 有限公司", "北京某某(集团)有限公司"),
        ("某某·科技有限公司", "某某科技有限公司"),
        ("ＡＢＣ化工有限公司", "abc化工有限公司"),
        ("某某【集团】公司", "某某(集团)公司"),
    ],
)
def test_normalize_name_equal_keys(left: str, right: str) -> None:
    assert normalize_name(left) == normalize_name(right)


def test_normalize_name_keeps_words() -> None:
    assert normalize_name("北京某某有限公司") != normalize_name("北京某某有限责任公司")
    assert normalize_name("北京 某某（集团） 有限公司") == "北京某某(集团)有限公司"


# ---------------------------------------------------------------- dates

OCT_5 = date(2026, 10, 5)


@pytest.mark.parametrize(
    "raw",
    [
        "2026-10-05",
        "2026-10-5",
        "2026/10/5",
        "2026.10.5",
        "2026年10月5日",
        "2026年10月5号",
        "2026 年 10 月 5 日",
        "20261005",
        "2026-10-05 00:00:00",
        "2026-10-05 14:30",
        "2026-10-05T08:15:00",
        "２０２６－１０－０５",
        "２０２６年１０月５日",
        " 2026/10/05 ",
        OCT_5,
        datetime(2026, 10, 5, 23, 59),
        46300,
        46300.5,
    ],
)
def test_parse_date_accepted_forms(raw: object) -> None:
    result = parse_date(raw, "认定日期")
    assert result.value == OCT_5
    assert result.ok
    assert result.issues == ()


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)), (2958465, date(9999, 12, 31))],
)
def test_excel_serial_bounds(serial: int, expected: date) -> None:
    assert parse_date(serial).value == expected


@pytest.mark.parametrize(
    ("serial", "fragment"),
    [
        (60, "1900年2月29日"),
        (0, "超出Excel日期序号的范围"),
        (-3, "超出Excel日期序号的范围"),
        (2958466, "超出Excel日期序号的范围"),
        (float("nan"), "超出Excel日期序号的范围"),
    ],
)
def test_excel_serial_errors(serial: float, fragment: str) -> None:
    result = parse_date(serial, "认定日期")
    assert result.value is None
    assert fragment in result.issues[0].message


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("26/10/5", "年份须写成4位数字"),
        ("26-10-05", "年份须写成4位数字"),
        ("261005", "年份须写成4位数字"),
        ("26年10月5日", "年份须写成4位数字"),
        ("2026-02-30", "不是有效的日期"),
        ("2026-13-01", "不是有效的日期"),
        ("20260230", "不是有效的日期"),
        ("0026-10-05", "早于1900年"),
        ("2026-10/5", "无法识别为日期"),
        ("十月五日", "无法识别为日期"),
        ("2026-10", "无法识别为日期"),
        (True, "无法识别为日期"),
    ],
)
def test_parse_date_refusals_name_field_echo_input_and_list_forms(raw: object, fragment: str) -> None:
    result = parse_date(raw, "认定日期")
    assert result.value is None
    assert not result.ok
    (issue,) = result.issues
    assert issue.field == "认定日期"
    assert issue.message.startswith(f"认定日期“{normalize_text(raw)}”")
    assert fragment in issue.message
    assert issue.message.endswith("可接受的格式：2026-10-05、2026/10/5、2026年10月5日、20261005。")


@pytest.mark.parametrize("empty", [None, "", "  "])
def test_parse_date_empty(empty: object) -> None:
    assert [issue.code for issue in parse_date(empty, "认定日期").issues] == ["required"]
    assert parse_date(empty, "审签日期", required=False) == parse_date("", required=False)
    assert parse_date(empty, "审签日期", required=False).value is None
    assert parse_date(empty, "审签日期", required=False).issues == ()


# ---------------------------------------------------------------- booleans


@pytest.mark.parametrize(
    "raw",
    ["是", "Y", "y", "yes", "YES", "Yes", "1", "true", "TRUE", "√", "✓", "ｙｅｓ", " 是 ", 1, 1.0, True],
)
def test_parse_bool_true(raw: object) -> None:
    assert parse_bool(raw, "是否纳入黑名单") == (True, ())


@pytest.mark.parametrize("raw", ["否", "N", "n", "no", "NO", "0", "false", "False", "×", "✗", 0, 0.0, False])
def test_parse_bool_false(raw: object) -> None:
    assert parse_bool(raw, "是否纳入黑名单") == (False, ())


@pytest.mark.parametrize("raw", ["对", "错", "2", "是的", "x", 2])
def test_parse_bool_refuses_other_values(raw: object) -> None:
    value, issues = parse_bool(raw, "是否典型案例")
    assert value is None
    assert issues[0].code == "bool.invalid"
    assert issues[0].message.startswith(f"是否典型案例“{raw}”")
    assert "是/否、Y/N" in issues[0].message


def test_parse_bool_empty() -> None:
    assert parse_bool("", "是否典型案例") == (None, ())
    value, issues = parse_bool(None, "是否纳入黑名单", required=True)
    assert value is None
    assert [issue.code for issue in issues] == ["required"]


# ---------------------------------------------------------------- multi-value cells


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1、3", ["1", "3"]),
        ("1,3，5", ["1", "3", "5"]),
        ("1;3；5", ["1", "3", "5"]),
        ("1/3／5", ["1", "3", "5"]),
        ("1\n3\r\n5", ["1", "3", "5"]),
        ("1 3", ["1", "3"]),
        ("（一） （三）", ["(一)", "(三)"]),
        ("第2项 第5项", ["第2项", "第5项"]),
        ("B01 b03", ["B01", "b03"]),
        ("某某 单位、其他", ["某某 单位", "其他"]),
        ("其他 1", ["其他 1"]),
        ("3、1、3", ["3", "1"]),
        (" 、1、、 ", ["1"]),
        (3, ["3"]),
        (3.0, ["3"]),
        (None, []),
        ("", []),
    ],
)
def test_split_multi(raw: object, expected: list[str]) -> None:
    assert split_multi(raw) == expected


# ---------------------------------------------------------------- criteria


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3", ["B03"]),
        ("第3项", ["B03"]),
        ("3项", ["B03"]),
        ("三", ["B03"]),
        ("(三)", ["B03"]),
        ("（三）", ["B03"]),
        ("第三项", ["B03"]),
        ("十", ["B10"]),
        ("B03", ["B03"]),
        ("b3", ["B03"]),
        ("b03", ["B03"]),
        ("重大隐患不改冒险作业", ["B03"]),
        ("瞒报事故", ["B06"]),
        ("存在瞒报谎报迟报事故行为", ["B06"]),
        ("瞒报、谎报、迟报生产安全事故", ["B06"]),
        ("3、1", ["B01", "B03"]),
        ("10;1;1", ["B01", "B10"]),
        ("1 3", ["B01", "B03"]),
        ("（一）（三）", ["B01", "B03"]),
        ("(一)(三)(十)", ["B01", "B03", "B10"]),
        ("一、三、十", ["B01", "B03", "B10"]),
        ("1\n瞒报\nB8", ["B01", "B06", "B08"]),
        (
            "发生较大及以上生产安全责任事故，或1年内累计发生3起及以上造成人员死亡的一般生产安全责任事故",
            ["B01"],
        ),
        (6, ["B06"]),
    ],
)
def test_parse_criteria_forms(raw: object, expected: list[str]) -> None:
    assert parse_criteria(raw, TABLE, FIELD) == (expected, ())


@pytest.mark.parametrize(
    ("raw", "unknown"), [("11", "11"), ("0", "0"), ("十一", "十一"), ("B11", "B11"), ("其他", "其他")]
)
def test_parse_criteria_unknown_token(raw: str, unknown: str) -> None:
    codes, issues = parse_criteria(f"2、{raw}", TABLE, FIELD)
    assert codes == ["B02"]
    (issue,) = issues
    assert issue.code == "criteria.unknown"
    assert issue.message.startswith(f"{FIELD}中的“{unknown}”无法识别")
    assert "1、2、3、4、5、6、7、8、9、10" in issue.message


def test_parse_criteria_reports_every_unknown_token() -> None:
    codes, issues = parse_criteria("甲、乙", TABLE, FIELD)
    assert codes == []
    assert ["甲" in issues[0].message, "乙" in issues[1].message] == [True, True]


def test_parse_criteria_ambiguous_numeral_is_refused() -> None:
    codes, issues = parse_criteria("（一）", GROUPED_TABLE, "列入情形")
    assert codes == []
    assert [issue.code for issue in issues] == ["criteria.ambiguous"]
    assert "第1项“特别重大重大事故”或第6项“无证生产”" in issues[0].message
    assert parse_criteria("6", GROUPED_TABLE, "列入情形") == (["S06"], ())


def test_parse_criteria_empty() -> None:
    assert parse_criteria("", TABLE, FIELD) == ([], ())
    codes, issues = parse_criteria(None, TABLE, FIELD, required=True)
    assert codes == []
    assert [issue.code for issue in issues] == ["required"]


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234.5", Decimal("1234.5")),
        ("１２３４．５", Decimal("1234.5")),
        ("1234.5万元", Decimal("1234.5")),
        ("1234.5 万", Decimal("1234.5")),
        ("12,345,678", Decimal("12345678")),
        (0.1, Decimal("0.1")),
        (1000, Decimal(1000)),
        (Decimal("999.99"), Decimal("999.99")),
        ("0", Decimal(0)),
    ],
)
def test_parse_decimal(raw: object, expected: Decimal) -> None:
    assert parse_decimal(raw, "直接经济损失", minimum=0) == (expected, ())


@pytest.mark.parametrize("raw", ["12,34", "1.2.3", "abc", "1234元", float("inf"), Decimal("NaN"), "1e3"])
def test_parse_decimal_invalid(raw: object) -> None:
    value, issues = parse_decimal(raw, "直接经济损失")
    assert value is None
    assert [issue.code for issue in issues] == ["number.invalid"]
    assert issues[0].message.startswith("直接经济损失“")


def test_parse_decimal_minimum_and_empty() -> None:
    value, issues = parse_decimal("-0.5", "直接经济损失", minimum=0)
    assert value is None
    assert issues[0].message == "直接经济损失“-0.5”不能小于0。"
    assert parse_decimal("-0.5", "差额") == (Decimal("-0.5"), ())
    assert parse_decimal("", "直接经济损失") == (None, ())
    assert [issue.code for issue in parse_decimal(None, "直接经济损失", required=True)[1]] == ["required"]


@pytest.mark.parametrize(
    ("raw", "expected"), [("3", 3), ("3.0", 3), (3.0, 3), (7, 7), ("１２", 12), ("1,000", 1000)]
)
def test_parse_int(raw: object, expected: int) -> None:
    value, issues = parse_int(raw, "死亡人数")
    assert (value, issues) == (expected, ())
    assert isinstance(value, int)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("3.5", "number.not_integer"),
        (2.5, "number.not_integer"),
        ("-1", "number.minimum"),
        ("三", "number.invalid"),
    ],
)
def test_parse_int_refusals(raw: object, code: str) -> None:
    value, issues = parse_int(raw, "死亡人数")
    assert value is None
    assert [issue.code for issue in issues] == [code]
    assert "死亡人数" in issues[0].message


def test_parse_int_minimum_none_allows_negative() -> None:
    assert parse_int("-2", "调整数", minimum=None) == (-2, ())


@pytest.mark.parametrize(
    ("raw", "expected"), [("（一）", "(一)"), ("ＡＢＣ，１２", "ABC,12"), ("  是\u3000 ", "是"), (None, "")]
)
def test_fold_text_folds_punctuation_for_matching(raw: object, expected: str) -> None:
    from models.validation import fold_text

    assert fold_text(raw) == expected
