"""Tests of 统一社会信用代码, legacy organisation identifiers and 居民身份证号码 checks."""

from __future__ import annotations

from datetime import date

import pytest

from models.validation import (
    IdentifierResult,
    Severity,
    check_id_number,
    check_uscc,
    mask_id_number,
    uscc_check_char,
)

TODAY = date(2026, 11, 22)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check_char(first17: str) -> str:
    """GB 11643 check character computed from the standard's weights (independent of the code under test)."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


def codes(result: IdentifierResult) -> list[str]:
    return [issue.code for issue in result.issues]


# ---------------------------------------------------------------- 统一社会信用代码


@pytest.mark.parametrize(
    ("first17", "expected"),
    [
        ("91110108551385082", "Q"),
        ("91350100M000100Y4", "3"),
        ("91110000600037341", "L"),
        # Edge values of (31 − Σ mod 31) mod 31, worked from the first example (Σ mod 31 = 7):
        # last char 2 → 4 adds 2·28, Σ mod 31 = 1, index 30 → Y; 2 → R (25) adds 23·28, Σ mod 31 = 0 → 0.
        ("91110108551385084", "Y"),
        ("9111010855138508R", "0"),
    ],
)
def test_uscc_check_char(first17: str, expected: str) -> None:
    assert uscc_check_char(first17) == expected


@pytest.mark.parametrize("bad", ["9111010855138508", "91110108551385082QQ", "9111010855138508I"])
def test_uscc_check_char_rejects_wrong_input(bad: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        uscc_check_char(bad)


@pytest.mark.parametrize("code", ["91110108551385082Q", "91350100M000100Y43", "91110000600037341L"])
def test_published_uscc_pass(code: str) -> None:
    result = check_uscc(code)
    assert result == IdentifierResult(code, "uscc", ())
    assert result.ok
    assert not result.legacy


def test_wrong_check_char_names_the_expected_one() -> None:
    result = check_uscc("91350100M000100Y4A")
    assert not result.ok
    assert codes(result) == ["uscc.checksum"]
    assert result.issues[0].message == "统一社会信用代码“91350100M000100Y4A”校验位错误，应为“3”。"
    assert result.issues[0].field == "统一社会信用代码"


def test_brief_example_message() -> None:
    result = check_uscc("91110108551385082A")
    assert result.issues[0].message == "统一社会信用代码“91110108551385082A”校验位错误，应为“Q”。"


@pytest.mark.parametrize(
    "typed",
    [
        "９１１１０１０８ ５５１３８５０８２ｑ",
        "91110108551385082q",
        " 9111 0108 5513 8508 2Q ",
        "'91110108551385082Q",
        "\u200b91110108551385082Q\ufeff",
        "91110108551385082Q\u3000",
        "9111\u00a00108551385082Q",
    ],
)
def test_uscc_typed_forms_normalise_and_pass(typed: str) -> None:
    result = check_uscc(typed)
    assert result.value == "91110108551385082Q"
    assert result.ok


def test_letter_first_uscc_passes() -> None:
    """GB 32100 allows a letter as 登记管理部门码 (Y 其他); stdnum.cn.uscc would reject this code."""
    first17 = "Y1110108551385082"
    code = first17 + uscc_check_char(first17)
    assert code == "Y11101085513850823"
    result = check_uscc(code)
    assert result.ok
    assert result.issues == ()


def test_letter_in_second_position_passes() -> None:
    first17 = "5A110108551385082"
    assert check_uscc(first17 + uscc_check_char(first17)).ok


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("91I10108551385082Q", "第3位“I”"),
        ("O1110108551385082Q", "第1位“O”"),
        ("9111010855138508SQ", "第17位“S”"),
        ("91110108V51385082Z", "第9位“V”、第18位“Z”"),
        ("91110108-51385082Q", "第9位“-”"),
    ],
)
def test_characters_outside_the_alphabet_are_named(code: str, fragment: str) -> None:
    result = check_uscc(code)
    assert codes(result) == ["uscc.charset"]
    assert fragment in result.issues[0].message
    assert "I、O、S、V、Z" in result.issues[0].message


def test_region_must_be_six_digits() -> None:
    first17 = "9111A108551385082"
    result = check_uscc(first17 + uscc_check_char(first17))
    assert codes(result) == ["uscc.region"]
    assert "“11A108”" in result.issues[0].message


@pytest.mark.parametrize("region", ["990108", "700000", "160000"])
def test_unknown_province_is_a_warning(region: str) -> None:
    first17 = f"91{region}551385082"
    result = check_uscc(first17 + uscc_check_char(first17))
    assert result.ok
    assert codes(result) == ["uscc.province"]
    assert result.issues[0].severity is Severity.WARNING
    assert f"“{region[:2]}”" in result.issues[0].message


@pytest.mark.parametrize("region", ["659001", "100000", "500101", "460100"])
def test_known_regions_have_no_warning(region: str) -> None:
    """659001 is a 兵团 city under 新疆; 100000 is used by central registration authorities."""
    first17 = f"91{region}551385082"
    assert check_uscc(first17 + uscc_check_char(first17)).issues == ()


def test_region_and_checksum_errors_are_both_reported() -> None:
    result = check_uscc("9199010855138508AQ")
    assert codes(result) == ["uscc.province", "uscc.checksum"]


@pytest.mark.parametrize(
    ("typed", "length"), [("1234", 4), ("91110108551385082QX", 19), ("9111010855138508", 16)]
)
def test_other_lengths_are_errors_naming_the_length(typed: str, length: int) -> None:
    result = check_uscc(typed)
    assert result.kind == ""
    assert codes(result) == ["uscc.length"]
    assert f"为{length}位" in result.issues[0].message


@pytest.mark.parametrize("empty", [None, "", "   ", "\u3000"])
def test_empty_uscc_is_required(empty: object) -> None:
    result = check_uscc(empty, field="单位统一社会信用代码")
    assert codes(result) == ["required"]
    assert "单位统一社会信用代码" in result.issues[0].message
    assert not result.legacy


def test_custom_field_label_is_used() -> None:
    result = check_uscc("91350100M000100Y4A", field="单位统一社会信用代码")
    assert result.issues[0].field == "单位统一社会信用代码"
    assert result.issues[0].message.startswith("单位统一社会信用代码“")


# ---------------------------------------------------------------- legacy identifiers


@pytest.mark.parametrize("number", ["110108000000016", "440301103097413", "310000000000000"])
def test_valid_registration_number_is_legacy_with_warning(number: str) -> None:
    result = check_uscc(number)
    assert result.kind == "registration_number"
    assert result.ok
    assert result.legacy
    assert codes(result) == ["uscc.legacy"]
    assert result.issues[0].severity is Severity.WARNING
    assert "为旧版工商注册号，建议更新为统一社会信用代码" in result.issues[0].message


def test_registration_number_checksum() -> None:
    result = check_uscc("110108000000017")
    assert not result.ok
    assert codes(result) == ["uscc.checksum", "uscc.legacy"]
    assert "应为“6”" in result.issues[0].message


def test_registration_number_must_be_digits() -> None:
    result = check_uscc("11010800000001A")
    assert codes(result) == ["uscc.format", "uscc.legacy"]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("55138508-2", "551385082"),
        ("551385082", "551385082"),
        ("60003734-1", "600037341"),
        ("m000100y-4", "M000100Y4"),
    ],
)
def test_valid_organization_codes(typed: str, value: str) -> None:
    """Each is characters 9–17 of a published 统一社会信用代码, which embed the GB 11714 code."""
    result = check_uscc(typed)
    assert result.value == value
    assert result.kind == "organization_code"
    assert result.ok
    assert result.legacy
    assert codes(result) == ["uscc.legacy"]
    assert "为旧版组织机构代码，建议更新为统一社会信用代码" in result.issues[0].message


@pytest.mark.parametrize(
    ("first8", "check"),
    [("12345678", "8"), ("00000000", "0"), ("40000000", "X"), ("00000001", "9")],
)
def test_organization_code_check_char_including_x_and_zero(first8: str, check: str) -> None:
    """Weights 3,7,9,10,5,8,4,2; check = 11 − Σ mod 11, 10 → X, 11 → 0.

    12345678: Σ = 201, 201 mod 11 = 3 → 8.  00000000: Σ = 0 → 11 → 0.
    40000000: Σ = 12, 12 mod 11 = 1 → 10 → X.  00000001: Σ = 2 → 9.
    """
    assert check_uscc(first8 + check).ok
    wrong = "1" if check != "1" else "2"
    result = check_uscc(first8 + wrong)
    assert codes(result) == ["uscc.checksum", "uscc.legacy"]
    assert f"应为“{check}”" in result.issues[0].message


def test_organization_code_format() -> None:
    result = check_uscc("5513850#2")
    assert codes(result) == ["uscc.format", "uscc.legacy"]


# ---------------------------------------------------------------- 居民身份证号码


@pytest.mark.parametrize(
    ("number", "birth", "sex"),
    [
        ("360426199101010071", date(1991, 1, 1), "男"),
        ("120103198806018241", date(1988, 6, 1), "女"),
        ("11010519491231002X", date(1949, 12, 31), "女"),
    ],
)
def test_published_id_numbers_pass(number: str, birth: date, sex: str) -> None:
    result = check_id_number(number, today=TODAY)
    assert result.ok
    assert result.issues == ()
    assert result.kind == "resident_id_18"
    assert result.birth_date == birth
    assert result.sex == sex


def test_id_wrong_check_char_names_the_expected_one() -> None:
    result = check_id_number("360426199101010072", today=TODAY)
    assert not result.ok
    assert [issue.code for issue in result.issues] == ["id.checksum"]
    assert result.issues[0].message == "身份证号码“360426199101010072”校验位错误，应为“1”。"


@pytest.mark.parametrize(
    "typed", ["11010519491231002x", " 110105 19491231 002x ", "１１０１０５１９４９１２３１００２ｘ"]
)
def test_lower_case_x_and_full_width_are_normalised(typed: str) -> None:
    result = check_id_number(typed, today=TODAY)
    assert result.value == "11010519491231002X"
    assert result.ok


def test_region_created_after_birth_is_accepted() -> None:
    """500101 (重庆万州区) dates from 1997; a 1970-born holder may carry it (stdnum.cn.ric rejects this)."""
    first17 = "50010119700101123"
    number = first17 + id_check_char(first17)
    assert number == "500101197001011230"
    result = check_id_number(number, today=TODAY)
    assert result.ok
    assert result.birth_date == date(1970, 1, 1)


@pytest.mark.parametrize("prefix", ["71", "81", "82", "83", "65", "11"])
def test_accepted_province_prefixes(prefix: str) -> None:
    first17 = f"{prefix}000019800101002"
    assert check_id_number(first17 + id_check_char(first17), today=TODAY).ok


@pytest.mark.parametrize("prefix", ["00", "10", "66", "99", "72"])
def test_unknown_id_province_is_an_error(prefix: str) -> None:
    first17 = f"{prefix}010519800101002"
    result = check_id_number(first17 + id_check_char(first17), today=TODAY)
    assert [issue.code for issue in result.issues] == ["id.province"]
    assert f"“{prefix}”" in result.issues[0].message


@pytest.mark.parametrize(
    ("birth", "fragment"),
    [
        ("20991231", "晚于今天"),
        ("20261123", "晚于今天"),
        ("18991231", "早于1900年1月1日"),
        ("19910230", "不是有效日期"),
        ("19911301", "不是有效日期"),
        ("00000000", "不是有效日期"),
    ],
)
def test_invalid_birth_dates(birth: str, fragment: str) -> None:
    first17 = f"110105{birth}002"
    result = check_id_number(first17 + id_check_char(first17), today=TODAY)
    assert not result.ok
    assert result.birth_date is None
    assert [issue.code for issue in result.issues] == ["id.birth_date"]
    assert fragment in result.issues[0].message
    assert f"“{birth}”" in result.issues[0].message


def test_birth_date_today_is_accepted() -> None:
    first17 = "11010520261122002"
    assert check_id_number(first17 + id_check_char(first17), today=TODAY).birth_date == TODAY


@pytest.mark.parametrize("number", ["1101051949123100XX", "11010519491231A02X", "11010519491231002Y"])
def test_id_format_errors(number: str) -> None:
    result = check_id_number(number, today=TODAY)
    assert [issue.code for issue in result.issues] == ["id.format"]


def test_first_generation_id_is_accepted_with_warning() -> None:
    result = check_id_number("110105491231002", today=TODAY)
    assert result.ok
    assert result.kind == "resident_id_15"
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex == "女"
    assert [issue.code for issue in result.issues] == ["id.legacy"]
    assert result.issues[0].severity is Severity.WARNING
    assert "为15位旧身份证号码" in result.issues[0].message


def test_first_generation_sex_from_last_digit() -> None:
    assert check_id_number("110105491231001", today=TODAY).sex == "男"


def test_first_generation_bad_date() -> None:
    result = check_id_number("110105490231002", today=TODAY)
    assert not result.ok
    assert result.birth_date is None
    assert [issue.code for issue in result.issues] == ["id.birth_date", "id.legacy"]


@pytest.mark.parametrize(
    ("typed", "length"), [("1101051949123100", 16), ("123", 3), ("1101051949123100211", 19)]
)
def test_id_other_lengths(typed: str, length: int) -> None:
    result = check_id_number(typed, field="有关人员身份证号码", today=TODAY)
    assert result.kind == ""
    assert [issue.code for issue in result.issues] == ["id.length"]
    assert result.issues[0].message.startswith("有关人员身份证号码“")
    assert f"为{length}位" in result.issues[0].message


def test_empty_id_is_required() -> None:
    assert [issue.code for issue in check_id_number("", today=TODAY).issues] == ["required"]


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("11010519491231002x", "110105********002X"),
        ("110105491231002", "110105******002"),
        ("AB123456CD", "AB******CD"),
        ("12345", "12*45"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked
