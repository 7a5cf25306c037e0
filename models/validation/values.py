"""Yes/no answers, multi-value lists, behaviour categories and numbers as people type them.

Each parser returns the value and a tuple of :class:`~models.validation.issues.Issue`; a value that
cannot be understood gives an error naming the field and echoing the input, never a silent guess.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from models.validation.issues import Issue
from models.validation.issues import required as required_issue
from models.validation.normalize import fold_text

_TRUE = frozenset({"是", "y", "yes", "1", "true", "√", "✓"})
_FALSE = frozenset({"否", "n", "no", "0", "false", "×", "✗"})
_BOOL_FORMS = "是/否、Y/N、yes/no、1/0、true/false、√/×、✓/✗"

# Separators after NFKC (，；／ become , ; /); line breaks are turned into ";" first.
_SEPARATORS = re.compile(r"[、,;/]")
_NUMERALS = "一二三四五六七八九十"
_ENUMERATOR = re.compile(rf"第?\d+项?|第?\(?[{_NUMERALS}]+\)?项?|[A-Za-z]+\d+")
_NUMBER_TOKEN = re.compile(r"第?(\d+)项?")
_NUMERAL_TOKEN = re.compile(rf"第?\(?([{_NUMERALS}]+)\)?项?")
_CODE_TOKEN = re.compile(r"([A-Za-z]+)0*(\d+)")
_BRACKET_RUN = re.compile(r"(?:\([^()]+\)){2,}")
_BRACKET_GROUP = re.compile(r"\([^()]+\)")
# Separator characters inside a known label are swapped for private-use characters while splitting.
_PROTECT = str.maketrans({"、": "\ue000", ",": "\ue001", ";": "\ue002", "/": "\ue003"})
_RESTORE = str.maketrans({value: chr(key) for key, value in _PROTECT.items()})

_GROUPED_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_WAN_SUFFIX = re.compile(r"\s*万元?$")


def parse_bool(value: object, field: str, *, required: bool = False) -> tuple[bool | None, tuple[Issue, ...]]:
    """Read 是/否, Y/N, yes/no, 1/0, true/false, √/× or ✓/✗ (any case); empty gives None."""
    if isinstance(value, bool):
        return value, ()
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value), ()
    text = fold_text(value)
    if not text:
        return None, (required_issue(field),) if required else ()
    key = text.casefold()
    if key in _TRUE or key in _FALSE:
        return key in _TRUE, ()
    message = f"{field}“{text}”无法识别，请填写{_BOOL_FORMS}。"
    return None, (Issue.error(field, message, "bool.invalid"),)


def _flatten(value: object) -> str:
    """Normalised text with line breaks turned into ";" separators; integral floats lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return fold_text(";".join(str(value).splitlines()))


def split_multi(value: object) -> list[str]:
    """Split a multi-value cell into stripped, de-duplicated tokens in their original order.

    Separators are 、 , ， ; ； / ／ and line breaks. White space separates tokens only when every
    space-separated piece is an enumerator (``1 3``, ``(一) (三)``, ``第2项 第5项``, ``B01 B03``), because
    labels may contain spaces.
    """
    tokens: list[str] = []
    for part in _SEPARATORS.split(_flatten(value)):
        pieces = part.split()
        if len(pieces) > 1 and all(_ENUMERATOR.fullmatch(piece) for piece in pieces):
            tokens.extend(pieces)
        else:
            tokens.append(part.strip())
    return list(dict.fromkeys(token for token in tokens if token))


def _labels(row: Mapping[str, object]) -> list[str]:
    """Normalised short label, label and aliases of a criteria row."""
    names = [row.get("short_label"), row.get("label")]
    aliases = row.get("aliases")
    if isinstance(aliases, list | tuple):
        names.extend(aliases)
    return [label for label in map(fold_text, names) if label]


class _CompiledTable:
    """What parsing needs from a criteria table, computed once per table (a package holds thousands of rows)."""

    def __init__(self, table: Sequence[Mapping[str, object]]) -> None:
        self.labels = [_labels(row) for row in table]
        self.protect = [
            (re.compile(r"\s*".join(map(re.escape, label.replace(" ", "")))), label.translate(_PROTECT))
            for labels in self.labels
            for label in labels
            if _SEPARATORS.search(label)
        ]
        self.resolved: dict[tuple[str, str], tuple[list[str], Issue | None]] = {}


_COMPILED: dict[tuple[object, ...], _CompiledTable] = {}
_BY_IDENTITY: dict[int, tuple[Sequence[Mapping[str, object]], _CompiledTable]] = {}


def _compiled(table: Sequence[Mapping[str, object]]) -> _CompiledTable:
    """The compiled form of ``table``: found by identity first (reference tables are cached
    tuples), else by content (tables built on the fly, as in tests)."""
    known = _BY_IDENTITY.get(id(table))
    if known is not None and known[0] is table:
        return known[1]
    key = tuple(
        (row.get("code"), row.get("short_label"), row.get("numeral"), row.get("number")) for row in table
    )
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = _CompiledTable(table)
    if isinstance(table, tuple):  # immutable: safe to remember by identity (kept alive in the entry)
        _BY_IDENTITY[id(table)] = (table, found)
    return found


def _protect_labels(text: str, table: Sequence[Mapping[str, object]]) -> str:
    """Mark separators inside known labels (e.g. 瞒报、谎报、迟报事故) so that splitting keeps them whole."""
    for pattern, protected in _compiled(table).protect:
        for typed in set(pattern.findall(text)):
            text = text.replace(typed, protected)
    return text


def _criteria_tokens(value: object, table: Sequence[Mapping[str, object]]) -> list[str]:
    tokens = []
    for token in split_multi(_protect_labels(_flatten(value), table)):
        token = token.translate(_RESTORE)
        tokens.extend(_BRACKET_GROUP.findall(token) if _BRACKET_RUN.fullmatch(token) else [token])
    return list(dict.fromkeys(tokens))


def _code_key(text: str) -> tuple[str, int] | str:
    """``b1``, ``B01`` and ``B001`` all give ("B", 1); other text is upper-cased."""
    match = _CODE_TOKEN.fullmatch(text)
    return (match.group(1).upper(), int(match.group(2))) if match else text.upper()


def _matches_exactly(token: str, row: Mapping[str, object], labels: Sequence[str]) -> bool:
    number = _NUMBER_TOKEN.fullmatch(token)
    if number:
        return int(number.group(1)) == row.get("number")
    numeral = _NUMERAL_TOKEN.fullmatch(token)
    if numeral:
        return numeral.group(1) == fold_text(row.get("numeral")).strip("()")
    return _code_key(token) == _code_key(str(row.get("code"))) or token in labels


def _resolve_token(
    token: str, table: Sequence[Mapping[str, object]], field: str
) -> tuple[list[str], Issue | None]:
    """Codes named by ``token``: its exact match, else every row whose short label it contains.

    A token matching several rows exactly (a numeral reused across groups, a shared alias) is refused.
    The answer for a (token, field) is remembered per table.
    """
    compiled = _compiled(table)
    remembered = compiled.resolved.get((token, field))
    if remembered is None:
        remembered = compiled.resolved[(token, field)] = _resolve_uncached(token, table, field, compiled)
    codes, issue = remembered
    return list(codes), issue


def _resolve_uncached(
    token: str, table: Sequence[Mapping[str, object]], field: str, compiled: _CompiledTable
) -> tuple[list[str], Issue | None]:
    exact = [
        row
        for row, labels in zip(table, compiled.labels, strict=True)
        if _matches_exactly(token, row, labels)
    ]
    if len(exact) > 1:
        choices = "或".join(f"第{row.get('number')}项“{row.get('short_label')}”" for row in exact)
        message = f"{field}中的“{token}”可能是{choices}，请改填序号。"
        return [], Issue.error(field, message, "criteria.ambiguous")
    rows = exact or [row for row in table if (short := fold_text(row.get("short_label"))) and short in token]
    if rows:
        return [str(row["code"]) for row in rows], None
    numbers = "、".join(str(row.get("number")) for row in table)
    message = f"{field}中的“{token}”无法识别。请填写序号{numbers}，或对应的（一）（二）等编号、代码或简称。"
    return [], Issue.error(field, message, "criteria.unknown")


def parse_criteria(
    value: object, table: Sequence[Mapping[str, object]], field: str, *, required: bool = False
) -> tuple[list[str], tuple[Issue, ...]]:
    """Read behaviour categories as numbers, numerals, codes or labels; return the codes in table order.

    ``table`` rows have the keys code, number, numeral, short_label, label and aliases. A token may be
    ``3``, ``第3项``, ``三``, ``（三）``, ``第三项``, ``B03``, ``b3``, a label or alias, or text containing a
    short label; ``（一）（三）`` without separators is two tokens.
    """
    tokens = _criteria_tokens(value, table)
    if not tokens:
        return [], (required_issue(field),) if required else ()
    found: set[str] = set()
    issues = []
    for token in tokens:
        codes, issue = _resolve_token(token, table, field)
        found.update(codes)
        if issue:
            issues.append(issue)
    return [str(row["code"]) for row in table if row["code"] in found], tuple(issues)


def _to_decimal(value: object) -> Decimal | None:
    """The number in ``value`` (thousands separators and a trailing 万/万元 allowed), or None."""
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(repr(value))
        return number if number.is_finite() else None
    text = _WAN_SUFFIX.sub("", fold_text(value))
    if not _GROUPED_NUMBER.fullmatch(text):
        return None
    return Decimal(text.replace(",", ""))


def _parse_number(
    value: object, field: str, minimum: Decimal | int | None, required: bool
) -> tuple[Decimal | None, tuple[Issue, ...]]:
    text = fold_text(value)
    if not text:
        return None, (required_issue(field),) if required else ()
    number = _to_decimal(value)
    if number is None:
        return None, (Issue.error(field, f"{field}“{text}”不是有效的数字。", "number.invalid"),)
    if minimum is not None and number < minimum:
        message = f"{field}“{text}”不能小于{minimum}。"
        return None, (Issue.error(field, message, "number.minimum"),)
    return number, ()


def parse_decimal(
    value: object, field: str, *, minimum: Decimal | int | None = None, required: bool = False
) -> tuple[Decimal | None, tuple[Issue, ...]]:
    """Read a decimal such as ``1,234.5``, ``１２３４．５`` or ``1234.5万元`` (the amount is kept in 万元)."""
    return _parse_number(value, field, minimum, required)


def parse_int(
    value: object, field: str, *, minimum: int | None = 0, required: bool = False
) -> tuple[int | None, tuple[Issue, ...]]:
    """Read a whole number; integral values such as ``3.0`` are accepted."""
    number, issues = _parse_number(value, field, minimum, required)
    if number is None:
        return None, issues
    if number != number.to_integral_value():
        text = fold_text(value)
        return None, (Issue.error(field, f"{field}“{text}”应为整数。", "number.not_integer"),)
    return int(number), ()
