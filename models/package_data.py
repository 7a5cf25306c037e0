"""``data.json`` of a monthly package (schema ``creditledger-data/1``, docs/PACKAGE-FORMAT.md).

Structure errors make the whole package unreadable (refused); an item that breaks the listing
rules is quarantined with its reasons while the others import. An item is judged by the very
rules a spreadsheet row is (``models.annex1``), so both routes agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from models import reference
from models.annex1 import ParsedItem, ParsedPerson
from models.enums import IdDocType, ListTier, PersonRole, SubjectKind
from models.errors import UserError
from models.validation import Issue, check_id_number, check_uscc

SCHEMA = "creditledger-data/1"
_UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MANIFEST_KEYS = {
    "unit_code": str,
    "unit_name": str,
    "period": str,
    "revision": int,
    "created_at": str,
    "software_version": str,
    "suite": str,
    "recipient": str,
    "nil_return": bool,
    "counts": dict,
    "signer": dict,
}
SECTIONS = ("listing_items", "removal_cases", "liaison_contacts", "red_list", "typical_cases")


class SchemaError(UserError):
    pass


def check_manifest(manifest: Mapping[str, Any]) -> None:
    for key, kind in MANIFEST_KEYS.items():
        if not isinstance(manifest.get(key), kind):
            raise SchemaError(f"清单 manifest.json 缺少或写错了“{key}”。")
    if not _PERIOD.match(manifest["period"]):
        raise SchemaError(f"清单中的报送期“{manifest['period']}”格式不对（应为 YYYY-MM）。")
    if manifest["revision"] < 1:
        raise SchemaError("清单中的版本号应从1开始。")
    supersedes = manifest.get("supersedes_sha256")
    if supersedes is not None and not re.fullmatch(r"[0-9a-f]{64}", str(supersedes)):
        raise SchemaError("清单中的“被替代版本摘要”格式不对。")
    if manifest["revision"] > 1 and supersedes is None:
        raise SchemaError("更正版本（第2版起）必须注明它替代的上一版本的摘要。")
    signer = manifest["signer"]
    if not all(isinstance(signer.get(k), str) and signer.get(k) for k in ("name", "title", "role")):
        raise SchemaError("清单中缺少审签人的姓名、职务或身份。")


def check_data(manifest: Mapping[str, Any], data: Any) -> None:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SchemaError(f"data.json 的格式不是“{SCHEMA}”。")
    for key in ("unit_code", "period", "revision"):
        if data.get(key) != manifest.get(key):
            raise SchemaError(f"data.json 中的“{key}”与清单不一致。")
    for section in SECTIONS:
        rows = data.get(section)
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise SchemaError(f"data.json 中的“{section}”应为对象列表。")
    uids = [r.get("uid") for section in SECTIONS for r in data[section]]
    if not all(isinstance(u, str) and _UID.match(u) for u in uids):
        raise SchemaError("data.json 中有记录缺少有效的标识（uid）。")
    if len(uids) != len(set(uids)):
        raise SchemaError("data.json 中有重复的记录标识（uid）。")
    if manifest["nil_return"] and data["listing_items"]:
        raise SchemaError("“本月无新增”的报送包不应包含名单条目。")
    if manifest["counts"].get("listing_items") != len(data["listing_items"]):
        raise SchemaError("清单中的条目数与 data.json 不一致。")


def _text(
    record: Mapping[str, Any], key: str, label: str, issues: list[Issue], *, limit: int, required: bool
) -> str:
    value = record.get(key)
    if value is None:
        value = ""
    if not isinstance(value, str):
        issues.append(Issue.error(label, f"“{label}”应为文字。"))
        return ""
    value = value.strip()
    if required and not value:
        issues.append(Issue.error(label, f"“{label}”为必填项。"))
    if len(value) > limit:
        issues.append(Issue.error(label, f"“{label}”过长（{len(value)}字），最多{limit}字。"))
    return value


def _codes(
    record: Mapping[str, Any], key: str, label: str, allowed: set[str], issues: list[Issue]
) -> list[str]:
    values = record.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        issues.append(Issue.error(label, f"“{label}”应为代码列表。"))
        return []
    unknown = [v for v in values if v not in allowed]
    if unknown:
        issues.append(Issue.error(label, f"“{label}”中的代码“{'、'.join(unknown)}”不存在或不适用。"))
    return list(dict.fromkeys(values))


@cache
def _reference_sets() -> dict[str, set[str]]:
    return {
        "industries": set(reference.code_names("industries")),
        "source_channels": set(reference.code_names("source_channels")),
        "measures": {str(r["code"]) for r in reference.items("measures")},
    }


def parse_item(item: Mapping[str, Any], today: dt.date) -> tuple[ParsedItem | None, list[Issue]]:
    """Check one package item. Package data carries canonical codes, so codes are checked by
    membership (the forgiving reading of labels and numerals is for people's spreadsheets); the
    rules are those of an Annex 1 row: a valid identifier, the rule pack in force on the decision
    date, its criteria, blacklist tier iff a blacklist condition, persons' ID numbers."""
    issues: list[Issue] = []
    subject = item.get("subject")
    if not isinstance(subject, dict):
        return None, [Issue.error("单位", "条目缺少单位信息。")]
    sets = _reference_sets()
    name = _text(subject, "name", "单位名称", issues, limit=200, required=True)
    ident = check_uscc(subject.get("code"))
    issues.extend(ident.issues)
    region = _text(subject, "region_code", "注册地行政区划代码", issues, limit=6, required=False)
    if region and not (len(region) == 6 and region.isdigit()):
        issues.append(Issue.error("注册地行政区划代码", f"“注册地行政区划代码”应为6位数字，实为“{region}”。"))
    industry = _text(subject, "industry", "行业领域", issues, limit=32, required=False)
    if industry and industry not in sets["industries"]:
        issues.append(Issue.error("行业领域", f"行业领域代码“{industry}”不存在。"))
    kind = SubjectKind.from_text(str(subject.get("kind") or "production_unit"))
    if kind is None:
        issues.append(Issue.error("主体类别", f"主体类别“{subject.get('kind')}”不存在。"))
    summary = _text(item, "summary", "失信行为简况", issues, limit=4000, required=True)
    basis = _text(item, "basis_document", "认定依据文号", issues, limit=200, required=True)
    source = _text(item, "source_channel", "信息来源", issues, limit=32, required=True)
    if source and source not in sets["source_channels"]:
        issues.append(Issue.error("信息来源", f"信息来源代码“{source}”不存在。"))
    try:
        decided = dt.date.fromisoformat(str(item.get("decision_date")))
    except ValueError:
        decided = None
        issues.append(Issue.error("认定日期", f"认定日期“{item.get('decision_date')}”不是有效日期。"))
    if decided is not None and decided > today:
        issues.append(Issue.error("认定日期", f"“认定日期”{decided.isoformat()}晚于今天，请核对。"))
    measures = _codes(item, "measures", "惩戒措施", sets["measures"], issues)
    tier = ListTier.from_text(str(item.get("tier") or ""))
    criteria: list[str] = []
    pack_code = ""
    if decided is not None:
        pack = reference.rule_pack_for(decided)
        pack_code = pack.code
        if item.get("rule_pack") != pack.code:
            issues.append(
                Issue.error("名单类别", f"认定日期适用{pack.name}，条目却标为“{item.get('rule_pack')}”。")
            )
        allowed = {str(r["code"]): str(r["kind"]) for r in reference.criteria(pack.code)}
        criteria = _codes(item, "criteria", "失信行为类别", set(allowed), issues)
        conditions = [c for c in criteria if allowed.get(c) == "blacklist_condition"]
        if not [c for c in criteria if allowed.get(c) != "blacklist_condition"]:
            issues.append(Issue.error("失信行为类别", "“失信行为类别”为必填项。"))
        if tier is None or tier.value not in pack.tiers:
            issues.append(Issue.error("名单类别", f"名单类别“{item.get('tier')}”不适用于{pack.name}。"))
        elif (tier is ListTier.BLACKLIST) != bool(conditions):
            issues.append(Issue.error("黑名单情形", "纳入黑名单须且只须注明黑名单情形（一至三）。"))
    persons = []
    for person in item.get("persons") or []:
        found, person_issues = _parse_person(ident.value, person, today)
        issues.extend(person_issues)
        if found is not None:
            persons.append(found)
    if any(i.severity == "error" for i in issues) or decided is None or tier is None or kind is None:
        return None, issues
    parsed = ParsedItem(
        name=name,
        code=ident.value,
        code_kind=ident.kind,
        region_code=region or (ident.value[2:8] if ident.kind == "uscc" else ""),
        industry=industry,
        subject_kind=kind,
        legal_representative=str(subject.get("legal_representative") or "")[:64],
        rule_pack=pack_code,
        tier=tier,
        criteria=criteria,
        summary=summary,
        basis_document=basis,
        decision_date=decided,
        source_channel=source,
        measures=measures,
        measures_note=str(item.get("measures_note") or ""),
        typical_case=bool(item.get("typical_case")),
        remarks=str(item.get("remarks") or ""),
        warnings=[i for i in issues if i.severity == "warning"],
        persons=persons,
    )
    return parsed, issues


def _parse_person(code: str, person: Any, today: dt.date) -> tuple[ParsedPerson | None, list[Issue]]:
    if not isinstance(person, dict):
        return None, [Issue.error("有关人员", "有关人员记录格式不对。")]
    issues: list[Issue] = []
    name = _text(person, "name", "姓名", issues, limit=64, required=True)
    role = PersonRole.from_text(str(person.get("role") or ""))
    if role is None:
        issues.append(Issue.error("人员类别", f"人员类别“{person.get('role')}”不存在。"))
    id_number = str(person.get("id_number") or "")
    doc_type = IdDocType.RESIDENT_ID_18
    if id_number:
        checked = check_id_number(id_number, "身份证号码", today)
        issues.extend(i for i in checked.issues if i.severity == "error")
        id_number = checked.value
        if checked.kind == "resident_id_15":
            doc_type = IdDocType.RESIDENT_ID_15
    if issues or role is None:
        return None, issues
    return ParsedPerson(code, name, role, str(person.get("title") or "")[:64], id_number, doc_type), []
