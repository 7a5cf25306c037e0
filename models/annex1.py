"""Annex 1 rows as people type them: header matching and row rules (SPEC §6), no I/O.

A row becomes a :class:`ParsedItem` (or :class:`ParsedPerson`) plus a list of issues; a row
with any error is refused as a whole and reported by sheet, row and column, warnings travel
with the imported row. The rules are the same whether a row comes from a spreadsheet or a form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from models import reference
from models.enums import IdDocType, ListTier, PersonRole, SubjectKind
from models.validation import (
    Issue,
    check_id_number,
    check_uscc,
    fold_text,
    normalize_code,
    normalize_text,
    parse_bool,
    parse_criteria,
    parse_date,
    split_multi,
)

ITEM_SHEET = "附件1"
PERSON_SHEET = "有关人员"

ITEM_HEADERS: tuple[str, ...] = (
    "序号",
    "单位名称",
    "统一社会信用代码",
    "注册地行政区划代码",
    "行业领域",
    "主体类别",
    "法定代表人",
    "失信行为类别",
    "是否纳入黑名单",
    "黑名单情形",
    "失信行为简况",
    "认定依据文号",
    "认定日期",
    "信息来源",
    "惩戒措施",
    "是否典型案例",
    "备注",
)
ITEM_REQUIRED = ("单位名称", "统一社会信用代码", "失信行为类别", "失信行为简况", "认定依据文号", "认定日期")
PERSON_HEADERS: tuple[str, ...] = ("单位统一社会信用代码", "姓名", "职务", "人员类别", "身份证号码")
PERSON_REQUIRED = ("单位统一社会信用代码", "姓名", "人员类别")

# Other ways bureaus title the same columns in their own spreadsheets.
HEADER_ALIASES: Mapping[str, str] = {
    "企业名称": "单位名称",
    "生产经营单位名称": "单位名称",
    "单位全称": "单位名称",
    "社会信用代码": "统一社会信用代码",
    "信用代码": "统一社会信用代码",
    "统一代码": "统一社会信用代码",
    "行政区划代码": "注册地行政区划代码",
    "注册地区划代码": "注册地行政区划代码",
    "所属行业": "行业领域",
    "行业": "行业领域",
    "法人代表": "法定代表人",
    "法定代表人姓名": "法定代表人",
    "失信行为": "失信行为类别",
    "失信类别": "失信行为类别",
    "是否黑名单": "是否纳入黑名单",
    "纳入黑名单": "是否纳入黑名单",
    "黑名单理由": "黑名单情形",
    "失信行为简要情况": "失信行为简况",
    "简要情况": "失信行为简况",
    "认定依据": "认定依据文号",
    "处罚决定书文号": "认定依据文号",
    "文号": "认定依据文号",
    "处罚日期": "认定日期",
    "决定日期": "认定日期",
    "认定（处罚）日期": "认定日期",
    "来源渠道": "信息来源",
    "信息来源渠道": "信息来源",
    "联合惩戒措施": "惩戒措施",
    "典型案例": "是否典型案例",
    "统一社会信用代码（单位）": "单位统一社会信用代码",
    "单位信用代码": "单位统一社会信用代码",
    "身份证号": "身份证号码",
    "证件号码": "身份证号码",
    "角色": "人员类别",
}

_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]\s*$")
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "【": "〔", "】": "〕", "［": "〔", "］": "〕"})

PERSON_ROLE_ALIASES: Mapping[str, PersonRole] = {
    "法人": PersonRole.LEGAL_REPRESENTATIVE,
    "法人代表": PersonRole.LEGAL_REPRESENTATIVE,
    "负责人": PersonRole.PRINCIPAL,
    "主要负责人": PersonRole.PRINCIPAL,
    "分管安全负责人": PersonRole.SAFETY_DEPUTY,
    "分管安全的负责人": PersonRole.SAFETY_DEPUTY,
    "安全分管负责人": PersonRole.SAFETY_DEPUTY,
    "直接责任人": PersonRole.DIRECTLY_RESPONSIBLE,
    "负有直接责任的有关人员": PersonRole.DIRECTLY_RESPONSIBLE,
    "有关人员": PersonRole.DIRECTLY_RESPONSIBLE,
    "机构直接责任人员": PersonRole.INSTITUTION_STAFF,
    "机构人员": PersonRole.INSTITUTION_STAFF,
}
SUBJECT_KIND_ALIASES: Mapping[str, SubjectKind] = {
    "企业": SubjectKind.PRODUCTION_UNIT,
    "生产经营单位": SubjectKind.PRODUCTION_UNIT,
    "技术服务机构": SubjectKind.SERVICE_INSTITUTION,
    "安全生产技术服务机构": SubjectKind.SERVICE_INSTITUTION,
    "中介机构": SubjectKind.SERVICE_INSTITUTION,
    "安全评价机构": SubjectKind.SERVICE_INSTITUTION,
}


def _header_key(text: object) -> str:
    return re.sub(r"\s+", "", fold_text(text))


_ALIASES = {_header_key(alias): target for alias, target in HEADER_ALIASES.items()}


def canonical_header(text: object) -> str:
    """``" 认定日期（格式：2026-01-01）"`` → ``"认定日期"``; known aliases map to the template's header.

    An alias is matched on the whole header first (``认定（处罚）日期``), then after dropping
    trailing notes in brackets.
    """
    header = _header_key(text)
    if header in _ALIASES:
        return _ALIASES[header]
    while True:
        stripped = _TRAILING_NOTE.sub("", header).strip()
        if stripped == header or not stripped:
            break
        header = stripped
    return _ALIASES.get(header, header)


def basis_key(document: str) -> str:
    """Normalised basis-document number, so ``晋应急罚[2026] 15号`` equals ``晋应急罚〔2026〕15号``."""
    return re.sub(r"\s+", "", fold_text(document)).translate(_BRACKETS).upper()


@dataclass
class ParsedPerson:
    subject_code: str
    name: str
    role: PersonRole
    title: str
    id_number: str
    id_doc_type: IdDocType


@dataclass
class ParsedItem:
    name: str
    code: str
    code_kind: str
    region_code: str
    industry: str
    subject_kind: SubjectKind
    legal_representative: str
    rule_pack: str
    tier: ListTier
    criteria: list[str]
    summary: str
    basis_document: str
    decision_date: dt.date
    source_channel: str
    measures: list[str]
    measures_note: str
    typical_case: bool
    remarks: str
    warnings: list[Issue] = field(default_factory=list)
    persons: list[ParsedPerson] = field(default_factory=list)

    @property
    def basis_key(self) -> str:
        return basis_key(self.basis_document)


def _text(row: Mapping[str, Any], column: str, issues: list[Issue], *, limit: int = 4000) -> str:
    value = normalize_text(row.get(column))
    if column in ITEM_REQUIRED and not value:
        issues.append(Issue.error(column, f"“{column}”为必填项。", "required"))
    if len(value) > limit:
        issues.append(Issue.error(column, f"“{column}”过长（{len(value)}字），最多{limit}字。", "too_long"))
    return value


def _choice(name: str, column: str, value: object, issues: list[Issue], default: str) -> str:
    text = fold_text(value)
    if not text:
        return default
    code = reference.match_code(name, text)
    if code is None:
        options = "、".join(reference.code_names(name).values())
        issues.append(
            Issue.error(column, f"“{column}”填写的“{text}”无法识别，可选：{options}。", "unknown_choice")
        )
        return default
    return code


def _region(value: object, uscc: str, kind: str, issues: list[Issue]) -> str:
    text = re.sub(r"\s+", "", fold_text(value))
    if not text:
        # The USCC carries the registering authority's division code (positions 3–8).
        return uscc[2:8] if kind == "uscc" else ""
    if not re.fullmatch(r"\d{6}", text):
        issues.append(
            Issue.error("注册地行政区划代码", f"“注册地行政区划代码”应为6位数字，填写的是“{text}”。")
        )
        return ""
    if text[:2] not in {r["code"] for r in reference.items("regions")}:
        issues.append(
            Issue.warning("注册地行政区划代码", f"“注册地行政区划代码”{text}的省级代码不在 GB/T 2260 中。")
        )
    return text


def _measures(value: object) -> tuple[list[str], str, list[Issue]]:
    rows = reference.items("measures")
    codes: list[str] = []
    unknown: list[str] = []
    for token in split_multi(value):
        match = next(
            (
                r["code"]
                for r in rows
                if token in (r["code"], r["label"], r["short_label"]) or token == r["code"].lower()
            ),
            None,
        )
        if match is None:
            unknown.append(token)
        elif match not in codes:
            codes.append(match)
    issues = []
    if unknown:
        issues.append(
            Issue.warning(
                "惩戒措施", f"“惩戒措施”中“{'、'.join(unknown)}”不在措施清单中，已作为文字说明保存。"
            )
        )
    return codes, "；".join(unknown), issues


def parse_item_row(row: Mapping[str, Any], today: dt.date) -> tuple[ParsedItem | None, list[Issue]]:
    """Validate one Annex 1 row (keys are canonical headers). Returns the item only if no error."""
    issues: list[Issue] = []
    name = _text(row, "单位名称", issues, limit=200)
    ident = check_uscc(row.get("统一社会信用代码"))
    issues.extend(ident.issues)
    date_result = parse_date(row.get("认定日期"), "认定日期")
    issues.extend(date_result.issues)
    decision_date = date_result.value
    if decision_date and decision_date > today:
        issues.append(Issue.error("认定日期", f"“认定日期”{decision_date.isoformat()}晚于今天，请核对。"))
    summary = _text(row, "失信行为简况", issues)
    basis = _text(row, "认定依据文号", issues, limit=200)
    industry = _choice("industries", "行业领域", row.get("行业领域"), issues, "")
    source = _choice("source_channels", "信息来源", row.get("信息来源"), issues, "other")
    if not fold_text(row.get("信息来源")):
        issues.append(Issue.warning("信息来源", "未填写“信息来源”，按“其他”处理。"))
    kind_text = fold_text(row.get("主体类别"))
    subject_kind = (
        SUBJECT_KIND_ALIASES.get(kind_text) or SubjectKind.from_text(kind_text) or SubjectKind.PRODUCTION_UNIT
    )
    if kind_text and kind_text not in SUBJECT_KIND_ALIASES and SubjectKind.from_text(kind_text) is None:
        issues.append(
            Issue.error(
                "主体类别", f"“主体类别”填写的“{kind_text}”无法识别，可选：生产经营单位、技术服务机构。"
            )
        )
    region = _region(row.get("注册地行政区划代码"), ident.value, ident.kind, issues)
    blacklist, bool_issues = parse_bool(row.get("是否纳入黑名单"), "是否纳入黑名单")
    issues.extend(bool_issues)
    typical, bool_issues = parse_bool(row.get("是否典型案例"), "是否典型案例")
    issues.extend(bool_issues)
    measures, measures_note, measure_issues = _measures(row.get("惩戒措施"))
    issues.extend(measure_issues)

    pack_code, tier, criteria = "", ListTier.JOINT_PUNISHMENT, []
    if decision_date is None and not fold_text(row.get("失信行为类别")):
        # Without a date the rule pack is unknown, but an empty cell is wrong under every pack.
        issues.append(Issue.error("失信行为类别", "“失信行为类别”为必填项。", "required"))
    if decision_date is not None:
        pack = reference.rule_pack_for(decision_date)
        pack_code = pack.code
        criteria, tier = _criteria(row, pack, bool(blacklist), issues)

    if any(i.severity == "error" for i in issues) or decision_date is None:
        return None, issues
    item = ParsedItem(
        name=name,
        code=ident.value,
        code_kind=ident.kind,
        region_code=region,
        industry=industry,
        subject_kind=subject_kind,
        legal_representative=normalize_text(row.get("法定代表人"))[:64],
        rule_pack=pack_code,
        tier=tier,
        criteria=criteria,
        summary=summary,
        basis_document=basis,
        decision_date=decision_date,
        source_channel=source,
        measures=measures,
        measures_note=measures_note,
        typical_case=bool(typical),
        remarks=normalize_text(row.get("备注")),
        warnings=[i for i in issues if i.severity == "warning"],
    )
    return item, issues


def _criteria(
    row: Mapping[str, Any], pack: reference.RulePack, blacklist: bool, issues: list[Issue]
) -> tuple[list[str], ListTier]:
    """Behaviours (and blacklist conditions) as the rule pack in force on the decision date defines them."""
    if "serious_situation" in pack.criteria_kinds:
        table = reference.criteria_of_kind(pack.code, "serious_situation")
        codes, found = parse_criteria(row.get("失信行为类别"), table, "失信行为类别", required=True)
        issues.extend(found)
        if blacklist or fold_text(row.get("黑名单情形")):
            issues.append(
                Issue.warning(
                    "黑名单情形",
                    f"认定日期适用{pack.name}（严重失信主体名单），不再区分黑名单，已忽略黑名单栏。",
                )
            )
        return codes, ListTier.SERIOUS_DISHONESTY
    behaviours, found = parse_criteria(
        row.get("失信行为类别"),
        reference.criteria_of_kind(pack.code, "behaviour"),
        "失信行为类别",
        required=True,
    )
    issues.extend(found)
    conditions, found = parse_criteria(
        row.get("黑名单情形"), reference.criteria_of_kind(pack.code, "blacklist_condition"), "黑名单情形"
    )
    issues.extend(found)
    if blacklist and not conditions:
        issues.append(Issue.error("黑名单情形", "“是否纳入黑名单”为“是”时必须填写“黑名单情形”（一至三）。"))
    if conditions and not blacklist:
        issues.append(
            Issue.error("是否纳入黑名单", "填写了“黑名单情形”，但“是否纳入黑名单”不是“是”，请核对。")
        )
    tier = ListTier.BLACKLIST if blacklist else ListTier.JOINT_PUNISHMENT
    return behaviours + conditions, tier


def parse_person_row(row: Mapping[str, Any], today: dt.date) -> tuple[ParsedPerson | None, list[Issue]]:
    issues: list[Issue] = []
    ident = check_uscc(row.get("单位统一社会信用代码"), "单位统一社会信用代码")
    issues.extend(i for i in ident.issues if i.severity == "error")
    name = normalize_text(row.get("姓名"))
    if not name:
        issues.append(Issue.error("姓名", "“姓名”为必填项。"))
    role_text = fold_text(row.get("人员类别"))
    role = PERSON_ROLE_ALIASES.get(role_text) or PersonRole.from_text(role_text)
    if role is None:
        options = "、".join(r.label for r in PersonRole)
        shown = role_text or "（空）"
        issues.append(Issue.error("人员类别", f"“人员类别”填写的“{shown}”无法识别，可选：{options}。"))
    id_text = fold_text(row.get("身份证号码"))
    id_number, doc_type = "", IdDocType.RESIDENT_ID_18
    if id_text:
        checked = check_id_number(id_text, "身份证号码", today)
        issues.extend(checked.issues)
        id_number = checked.value
        doc_type = IdDocType.RESIDENT_ID_15 if checked.kind == "resident_id_15" else IdDocType.RESIDENT_ID_18
    else:
        issues.append(Issue.warning("身份证号码", "未填写“身份证号码”。"))
    if any(i.severity == "error" for i in issues) or role is None:
        return None, issues
    title = normalize_text(row.get("职务"))[:64]
    return ParsedPerson(ident.value, name[:64], role, title, id_number, doc_type), issues


def required_headers(sheet: str) -> Sequence[str]:
    return ITEM_REQUIRED if sheet == ITEM_SHEET else PERSON_REQUIRED


# ----------------------------------------------------------------------------- the editor's form


def person_prefix(index: int) -> str:
    return f"{PERSON_SHEET}第{index}行·"


def check_form(
    values: dict[str, str], persons: list[dict[str, Any]], stored: dict[int, str], today: dt.date
) -> tuple[ParsedItem | None, list[PersonChange], list[Issue]]:
    """The item and persons as the spreadsheet rules read them, and every issue found.

    ``stored`` maps the item's stored person ids to their masked ID number: a stored person whose
    ID field still shows the masked value keeps the stored number.
    """
    item, issues = parse_item_row(values, today)
    code = item.code if item else normalize_code(values.get("统一社会信用代码"))
    changes: list[PersonChange] = []
    for index, person in enumerate(persons, start=1):
        person_id = person.get("id")
        person_id = person_id if person_id in stored else None
        id_text = str(person.get("id_number") or "")
        keep_id = person_id is not None and id_text == stored[person_id]
        row = {
            "单位统一社会信用代码": code,
            "姓名": person.get("name", ""),
            "职务": person.get("title", ""),
            "人员类别": _role_text(str(person.get("role", ""))),
            "身份证号码": "" if keep_id else id_text,
        }
        result, found = parse_person_row(row, today)
        prefix = person_prefix(index)
        for issue in found:
            if issue.field == "单位统一社会信用代码" or (keep_id and issue.field == "身份证号码"):
                continue  # the code is reported for the item itself; a kept number was checked before
            issues.append(Issue(prefix + issue.field, f"{prefix}{issue.message}", issue.severity, issue.code))
        if result is not None:
            changes.append(PersonChange(person_id, keep_id, result))
    return item, changes, issues


@dataclass(frozen=True)
class PersonChange:
    person_id: int | None  # a stored person of the item, or None for a new one
    keep_id: bool  # the stored ID number stays
    person: ParsedPerson


def _role_text(role: str) -> str:
    try:
        return PersonRole(role).label
    except ValueError:
        return role
