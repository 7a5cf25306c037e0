"""Checks of 统一社会信用代码 (GB 32100-2015), its legacy predecessors and 居民身份证号码 (GB 11643-1999).

python-stdnum is used only for its ISO 7064 helpers, not for the Chinese validators:

* ``stdnum.cn.uscc.validate`` requires the first eight characters to be digits, so it rejects codes whose
  登记管理部门码 is a letter (``Y`` 其他 and others), which GB 32100 allows (BRIEF §12.1).
* ``stdnum.cn.ric.validate`` looks the 6-digit address code up in stdnum's county database and rejects a
  code created after the holder's birth year. The code records where the card was issued, so a holder born
  in 1970 with a Chongqing ``500101`` code (created 1997) is valid (BRIEF §12.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.iso7064 import mod_11_2, mod_11_10

from models.validation.issues import Issue, has_errors, required
from models.validation.normalize import normalize_code

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The 31 province-level codes of GB/T 2260. 新疆生产建设兵团 has none of its own: its units use 65xxxx.
_PROVINCES = frozenset((
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
    "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
))  # fmt: skip
# Region code of registrations by central authorities (GB/T 2260 "100000 中华人民共和国").
_NATIONAL_REGION = "100000"
# 71 台湾 (GB/T 2260); 81 香港, 82 澳门 and 83 台湾 residents' residence permits (港澳台居民居住证).
_ID_SPECIAL_PREFIXES = frozenset({"71", "81", "82", "83"})
_EARLIEST_BIRTH = date(1900, 1, 1)
_LEGACY_KINDS = frozenset({"registration_number", "organization_code"})


@dataclass(frozen=True)
class IdentifierResult:
    """Outcome of :func:`check_uscc`.

    Attributes:
        value: The normalised code (organisation codes without their hyphen).
        kind: ``uscc``, ``registration_number``, ``organization_code`` or "" when unrecognised.
        issues: Errors and warnings found.
    """

    value: str
    kind: str
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.issues)

    @property
    def legacy(self) -> bool:
        """True for a pre-2015 注册号 or 组织机构代码."""
        return self.kind in _LEGACY_KINDS


@dataclass(frozen=True)
class IdNumberResult:
    """Outcome of :func:`check_id_number`.

    Attributes:
        value: The normalised number (a trailing ``x`` upper-cased).
        kind: ``resident_id_18``, ``resident_id_15`` or "" when the length is wrong.
        birth_date: The birth date when it is valid.
        sex: ``男`` or ``女`` when the order code is readable.
        issues: Errors and warnings found.
    """

    value: str
    kind: str
    birth_date: date | None = None
    sex: str | None = None
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.issues)


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def uscc_check_char(first17: str) -> str:
    """Check character of a 统一社会信用代码 from its first 17 characters.

    Raises:
        ValueError: ``first17`` is not 17 characters of the GB 32100 alphabet.
    """
    if len(first17) != 17:
        raise ValueError(f"需要17位字符，实为{len(first17)}位：{first17!r}")
    total = sum(
        USCC_ALPHABET.index(char) * weight for char, weight in zip(first17, _USCC_WEIGHTS, strict=True)
    )
    return USCC_ALPHABET[(31 - total % 31) % 31]


def _org_check_char(first8: str) -> str:
    """GB 11714 check character of an organisation code (letters count A=10 … Z=35)."""
    total = sum(_ORG_ALPHABET.index(char) * weight for char, weight in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def check_uscc(value: object, field: str = "统一社会信用代码") -> IdentifierResult:
    """Check a 统一社会信用代码; a legacy 15-digit 注册号 or 9-char 组织机构代码 passes with a warning."""
    code = normalize_code(value)
    if not code:
        return IdentifierResult("", "", (required(field),))
    if len(code) == 18:
        return IdentifierResult(code, "uscc", _uscc_issues(code, field))
    if len(code) == 15:
        return IdentifierResult(code, "registration_number", _registration_number_issues(code, field))
    if len(code) == 9 or (len(code) == 10 and code[8] == "-"):
        code = code.replace("-", "")
        return IdentifierResult(code, "organization_code", _organization_code_issues(code, field))
    message = f"{field}“{code}”为{len(code)}位，应为18位（旧版工商注册号为15位，组织机构代码为9位）。"
    return IdentifierResult(code, "", (Issue.error(field, message, "uscc.length"),))


def _uscc_issues(code: str, field: str) -> tuple[Issue, ...]:
    bad = [f"第{position}位“{char}”" for position, char in enumerate(code, 1) if char not in USCC_ALPHABET]
    if bad:
        message = (
            f"{field}“{code}”中{'、'.join(bad)}不是有效字符（只能使用数字和除I、O、S、V、Z以外的大写字母）。"
        )
        return (Issue.error(field, message, "uscc.charset"),)
    issues = []
    region = code[2:8]
    if not region.isdigit():
        message = f"{field}“{code}”第3–8位为登记管理机关行政区划码，应为6位数字，实为“{region}”。"
        issues.append(Issue.error(field, message, "uscc.region"))
    elif region != _NATIONAL_REGION and region[:2] not in _PROVINCES:
        message = f"{field}“{code}”第3–8位行政区划码“{region}”的省级代码“{region[:2]}”不存在，请核对。"
        issues.append(Issue.warning(field, message, "uscc.province"))
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        issues.append(Issue.error(field, f"{field}“{code}”校验位错误，应为“{expected}”。", "uscc.checksum"))
    return tuple(issues)


def _legacy_warning(code: str, field: str, kind_label: str) -> Issue:
    message = f"{field}“{code}”为{kind_label}，建议更新为统一社会信用代码。"
    return Issue.warning(field, message, "uscc.legacy")


def _registration_number_issues(code: str, field: str) -> tuple[Issue, ...]:
    if not _is_digits(code):
        error = Issue.error(field, f"{field}“{code}”为15位，但旧版工商注册号应全部为数字。", "uscc.format")
    elif not mod_11_10.is_valid(code):
        expected = mod_11_10.calc_check_digit(code[:14])
        message = f"{field}“{code}”为旧版工商注册号，但校验位错误，应为“{expected}”。"
        error = Issue.error(field, message, "uscc.checksum")
    else:
        return (_legacy_warning(code, field, "旧版工商注册号"),)
    return (error, _legacy_warning(code, field, "旧版工商注册号"))


def _organization_code_issues(code: str, field: str) -> tuple[Issue, ...]:
    warning = _legacy_warning(code, field, "旧版组织机构代码")
    if not all(char in _ORG_ALPHABET for char in code[:8]) or code[8] not in "0123456789X":
        message = f"{field}“{code}”为9位，但旧版组织机构代码前8位应为数字或大写字母，最后一位应为数字或X。"
        return (Issue.error(field, message, "uscc.format"), warning)
    expected = _org_check_char(code[:8])
    if code[8] != expected:
        message = f"{field}“{code}”为旧版组织机构代码，但校验位错误，应为“{expected}”。"
        return (Issue.error(field, message, "uscc.checksum"), warning)
    return (warning,)


def check_id_number(value: object, field: str = "身份证号码", today: date | None = None) -> IdNumberResult:
    """Check a 居民身份证号码: 18 characters, or a first-generation 15-digit number with a warning.

    The address code is checked at province level only (see the module docstring).
    """
    number = normalize_code(value)
    today = today or date.today()
    if not number:
        return IdNumberResult("", "", issues=(required(field),))
    if len(number) == 18:
        return _check_id18(number, field, today)
    if len(number) == 15:
        return _check_id15(number, field, today)
    message = f"{field}“{number}”为{len(number)}位，应为18位（旧身份证为15位）。"
    return IdNumberResult(number, "", issues=(Issue.error(field, message, "id.length"),))


def _check_id18(number: str, field: str, today: date) -> IdNumberResult:
    if not _is_digits(number[:17]) or number[17] not in "0123456789X":
        message = f"{field}“{number}”格式错误：前17位应为数字，最后一位应为数字或X。"
        return IdNumberResult(number, "resident_id_18", issues=(Issue.error(field, message, "id.format"),))
    birth, issues = _birth_date(number[6:14], number, field, today)
    issues += _id_province_issues(number, field)
    expected = mod_11_2.calc_check_digit(number[:17])
    if number[17] != expected:
        issues.append(Issue.error(field, f"{field}“{number}”校验位错误，应为“{expected}”。", "id.checksum"))
    return IdNumberResult(number, "resident_id_18", birth, _sex(number[16]), tuple(issues))


def _check_id15(number: str, field: str, today: date) -> IdNumberResult:
    if not _is_digits(number):
        message = f"{field}“{number}”为15位，但15位旧身份证号码应全部为数字。"
        return IdNumberResult(number, "resident_id_15", issues=(Issue.error(field, message, "id.format"),))
    birth, issues = _birth_date("19" + number[6:12], number, field, today)
    issues += _id_province_issues(number, field)
    issues.append(Issue.warning(field, f"{field}“{number}”为15位旧身份证号码。", "id.legacy"))
    return IdNumberResult(number, "resident_id_15", birth, _sex(number[14]), tuple(issues))


def _birth_date(digits: str, number: str, field: str, today: date) -> tuple[date | None, list[Issue]]:
    """The birth date in ``digits`` (YYYYMMDD) if it is a real date between 1900-01-01 and ``today``."""
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        problem = f"出生日期“{digits}”不是有效日期"
    else:
        if _EARLIEST_BIRTH <= birth <= today:
            return birth, []
        problem = f"出生日期“{digits}”" + ("晚于今天" if birth > today else "早于1900年1月1日")
    return None, [Issue.error(field, f"{field}“{number}”中的{problem}。", "id.birth_date")]


def _id_province_issues(number: str, field: str) -> list[Issue]:
    prefix = number[:2]
    if prefix in _PROVINCES or prefix in _ID_SPECIAL_PREFIXES:
        return []
    message = f"{field}“{number}”前两位“{prefix}”不是有效的省级行政区划代码。"
    return [Issue.error(field, message, "id.province")]


def _sex(order_digit: str) -> str:
    """男 for an odd order code, 女 for an even one."""
    return "男" if int(order_digit) % 2 else "女"


def mask_id_number(value: str) -> str:
    """Mask an ID number for display: 18 → 6 + 8 masked + 4; 15 → 6 + 6 masked + 3.

    Other values keep their first and last two characters; values of four characters or fewer are masked
    completely, since keeping four characters would show them in full.
    """
    number = normalize_code(value)
    if len(number) == 18:
        return number[:6] + "*" * 8 + number[-4:]
    if len(number) == 15:
        return number[:6] + "*" * 6 + number[-3:]
    if len(number) <= 4:
        return "*" * len(number)
    return number[:2] + "*" * (len(number) - 4) + number[-2:]
