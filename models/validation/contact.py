"""Telephone numbers and e-mail addresses as people write them in a liaison register (Annex 4)."""

from __future__ import annotations

import re

from models.validation.issues import Issue
from models.validation.normalize import fold_text

_MOBILE = re.compile(r"1[3-9]\d{9}")
# Landline with area code: 010-12345678, 0351-1234567, optional extension (-123 / 转123).
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(?:(?:-|转|ext\.?)\d{1,6})?")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SEPARATORS = re.compile(r"[\s()（）—–]+")


def _clean(value: object) -> str:
    text = fold_text(value)
    text = _SEPARATORS.sub("-", text).strip("-")
    return re.sub(r"-{2,}", "-", text)


def check_mobile(value: object, field: str = "移动电话") -> tuple[str, tuple[Issue, ...]]:
    text = re.sub(r"[\s-]", "", fold_text(value))
    if text.startswith("+86"):
        text = text[3:]
    if not text:
        return "", ()
    if not _MOBILE.fullmatch(text):
        return text, (
            Issue.error(field, f"“{field}”应为11位手机号码（如 13912345678），填写的是“{value}”。"),
        )
    return text, ()


def check_landline(value: object, field: str = "办公电话") -> tuple[str, tuple[Issue, ...]]:
    """Office telephone or fax with its area code; a mobile number is accepted too."""
    text = _clean(value)
    if not text:
        return "", ()
    digits = text.replace("-", "")
    if _MOBILE.fullmatch(digits):
        return digits, ()
    if not _LANDLINE.fullmatch(text) and not _LANDLINE.fullmatch(digits):
        return text, (
            Issue.error(
                field, f"“{field}”应含区号，如 010-12345678 或 0351-1234567（可带分机），填写的是“{value}”。"
            ),
        )
    if "-" not in text and not any(sep in text for sep in ("转", "ext")):
        area = 3 if digits[:2] in ("01", "02") else 4  # 010, 02x are 3 digits; others 4
        text = f"{digits[:area]}-{digits[area:]}"
    return text, ()


def check_email(value: object, field: str = "电子邮箱") -> tuple[str, tuple[Issue, ...]]:
    text = fold_text(value).replace(" ", "")
    if not text:
        return "", ()
    if not _EMAIL.fullmatch(text):
        return text, (
            Issue.error(field, f"“{field}”格式不对（如 lianluo@example.gov.cn），填写的是“{value}”。"),
        )
    return text.lower(), ()
