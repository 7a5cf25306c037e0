"""``data.json`` of a monthly package (schema ``creditledger-data/1``, docs/PACKAGE-FORMAT.md).

Structure errors make the whole package unreadable (refused); an item that breaks the listing
rules is quarantined with its reasons while the others import. An item is judged by the very
rules a spreadsheet row is (``models.annex1``), so both routes agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from models.annex1 import ParsedItem, ParsedPerson, parse_item_row, parse_person_row
from models.enums import PersonRole
from models.errors import UserError
from models.validation import Issue

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


def item_row(item: Mapping[str, Any]) -> dict[str, Any]:
    """The item as an Annex 1 row (canonical headers), for the shared row rules."""
    subject = item.get("subject") or {}
    criteria = [str(c) for c in item.get("criteria") or []]
    return {
        "单位名称": subject.get("name"),
        "统一社会信用代码": subject.get("code"),
        "注册地行政区划代码": subject.get("region_code"),
        "行业领域": subject.get("industry"),
        "主体类别": subject.get("kind"),
        "法定代表人": subject.get("legal_representative"),
        "失信行为类别": "、".join(c for c in criteria if not c.startswith("K")),
        "是否纳入黑名单": item.get("tier") == "blacklist",
        "黑名单情形": "、".join(c for c in criteria if c.startswith("K")),
        "失信行为简况": item.get("summary"),
        "认定依据文号": item.get("basis_document"),
        "认定日期": item.get("decision_date"),
        "信息来源": item.get("source_channel"),
        "惩戒措施": "、".join(str(m) for m in item.get("measures") or []),
        "是否典型案例": bool(item.get("typical_case")),
        "备注": item.get("remarks"),
    }


def parse_item(item: Mapping[str, Any], today: dt.date) -> tuple[ParsedItem | None, list[Issue]]:
    parsed, issues = parse_item_row(item_row(item), today)
    if parsed is not None:
        if parsed.rule_pack != item.get("rule_pack") or parsed.tier.value != item.get("tier"):
            issues.append(Issue.error("名单类别", "名单类别或适用规定与认定日期不符。"))
        persons = []
        for person in item.get("persons") or []:
            found, person_issues = _parse_person(parsed.code, person, today)
            issues.extend(person_issues)
            if found is not None:
                persons.append(found)
        parsed.persons = persons
        parsed.measures_note = str(item.get("measures_note") or "")
    if any(i.severity == "error" for i in issues):
        return None, issues
    return parsed, issues


def _parse_person(code: str, person: Any, today: dt.date) -> tuple[ParsedPerson | None, list[Issue]]:
    if not isinstance(person, dict):
        return None, [Issue.error("有关人员", "有关人员记录格式不对。")]
    role = PersonRole.from_text(str(person.get("role") or ""))
    row = {
        "单位统一社会信用代码": code,
        "姓名": person.get("name"),
        "职务": person.get("title"),
        "人员类别": role.label if role else person.get("role"),
        "身份证号码": person.get("id_number"),
    }
    found, issues = parse_person_row(row, today)
    return found, [i for i in issues if i.severity == "error" or i.field != "身份证号码"]
