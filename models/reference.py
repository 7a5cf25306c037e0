"""Reference data (``resources/reference/*.json``): versioned lists the rules and screens use.

Files are read lazily, once per process, and handed out as immutable dataclasses. The app never
writes these files; an administrator replaces them with a newer version (docs/REFERENCE-DATA.md).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import resources
from models.enums import UnitKind
from models.errors import UserError


class ReferenceDataError(UserError):
    """A reference file is missing or malformed (the message names the file)."""


@cache
def load(name: str) -> Mapping[str, Any]:
    """The parsed JSON of one reference file named in manifest.json (e.g. ``"criteria"``)."""
    manifest = _manifest()
    filename = manifest["files"].get(name)
    if filename is None:
        raise ReferenceDataError(f"参考数据清单中没有“{name}”。")
    path = resources.path("reference", filename)
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"参考数据文件 {path} 无法读取：{exc}") from exc


@cache
def _manifest() -> Mapping[str, Any]:
    path = resources.path("reference", "manifest.json")
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise ReferenceDataError(f"参考数据清单 {path} 无法读取：{exc}") from exc


def version() -> str:
    return str(_manifest()["version"])


def items(name: str) -> Sequence[Mapping[str, Any]]:
    return load(name)["items"]


# ----------------------------------------------------------------------------- reporting units


@dataclass(frozen=True, slots=True)
class UnitInfo:
    code: str
    name: str
    short_name: str
    kind: UnitKind
    region_code: str | None
    sort: int

    @property
    def label(self) -> str:
        return f"{self.name}（{self.code}）"


@cache
def reporting_units() -> tuple[UnitInfo, ...]:
    units = [
        UnitInfo(
            code=row["code"],
            name=row["name"],
            short_name=row.get("short_name") or row["name"],
            kind=UnitKind(row["kind"]),
            region_code=row.get("region_code"),
            sort=int(row.get("sort", 0)),
        )
        for row in items("reporting_units")
    ]
    return tuple(sorted(units, key=lambda u: (u.sort, u.code)))


def unit(code: str) -> UnitInfo:
    for u in reporting_units():
        if u.code == code:
            return u
    raise KeyError(code)


def units_for_edition(edition: str) -> list[UnitInfo]:
    """The units an installation of this edition may belong to (``provincial`` or ``ministry``)."""
    provincial = edition == "provincial"
    return [u for u in reporting_units() if u.kind.is_provincial == provincial]


# ----------------------------------------------------------------------------- listing criteria


@cache
def criteria(rule_pack: str | None = None) -> tuple[Mapping[str, Any], ...]:
    """Criteria rows (code, rule_pack, kind, number, numeral, short_label, label, aliases)."""
    rows = items("criteria")
    return tuple(r for r in rows if rule_pack is None or r["rule_pack"] == rule_pack)


@cache
def criteria_of_kind(rule_pack: str, kind: str) -> tuple[Mapping[str, Any], ...]:
    return tuple(r for r in criteria(rule_pack) if r["kind"] == kind)


def criterion_label(code: str) -> str:
    for r in criteria():
        if r["code"] == code:
            return str(r["short_label"])
    return code


# ----------------------------------------------------------------------------- rule packs


@dataclass(frozen=True, slots=True)
class RulePack:
    code: str
    name: str
    effective_from: dt.date
    effective_until: dt.date | None
    term_months: int
    term_starts: str  # "publication" | "listing_decision"
    unit_application_window_days: int
    removal_paperwork_workdays: int
    early_removal_after_months: int | None
    criteria_kinds: tuple[str, ...]
    tiers: tuple[str, ...]

    def applies_on(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_until is None or day <= self.effective_until)


@cache
def rule_packs() -> tuple[RulePack, ...]:
    packs = []
    for row in items("rule_packs"):
        until = row.get("effective_until")
        packs.append(
            RulePack(
                code=row["code"],
                name=row["name"],
                effective_from=dt.date.fromisoformat(row["effective_from"]),
                effective_until=dt.date.fromisoformat(until) if until else None,
                term_months=int(row["term_months"]),
                term_starts=row.get("term_starts", "publication"),
                unit_application_window_days=int(row.get("unit_application_window_days") or 0),
                removal_paperwork_workdays=int(row["removal_paperwork_workdays_before_expiry"]),
                early_removal_after_months=row.get("early_removal_after_months"),
                criteria_kinds=tuple(row.get("criteria_kinds", ())),
                tiers=tuple(row.get("tiers", ())),
            )
        )
    return tuple(sorted(packs, key=lambda p: p.effective_from))


def rule_pack(code: str) -> RulePack:
    for p in rule_packs():
        if p.code == code:
            return p
    raise KeyError(code)


def rule_pack_for(listing_date: dt.date) -> RulePack:
    """The rule pack in force on the listing (decision) date; the newest one if several apply."""
    applicable = [p for p in rule_packs() if p.applies_on(listing_date)]
    if not applicable:
        raise ReferenceDataError(f"{listing_date.isoformat()} 没有适用的规则（参考数据 rule_packs.json）。")
    return applicable[-1]


# ----------------------------------------------------------------------------- simple code lists


def code_names(name: str) -> dict[str, str]:
    """``{code: name}`` of a code list file (industries, source_channels, accident_categories…)."""
    return {str(r["code"]): str(r.get("name") or r.get("label")) for r in items(name)}


def match_code(name: str, text: str) -> str | None:
    """The code of a code-list row whose code, name or alias equals ``text``."""
    text = text.strip()
    if not text:
        return None
    for r in items(name):
        candidates = {str(r["code"]), str(r.get("name", "")), str(r.get("short_label", ""))}
        candidates.update(r.get("aliases", ()))
        if text in candidates:
            return str(r["code"])
    return None


def deadline(code: str) -> Mapping[str, Any]:
    for r in items("deadlines"):
        if r["code"] == code:
            return r
    raise KeyError(code)


# ----------------------------------------------------------------------------- routing (分办)


@dataclass(frozen=True, slots=True)
class Routing:
    department: str
    rule: str  # the routing.json rule code, "industry:<code>" or "fallback"
    explanation: str


def route_for(
    *, reporting_unit_code: str, industry: str, criteria: Sequence[str], subject_kind: str
) -> Routing:
    """The business department the General Office routes an item to (routing.json, first match;
    then the industry's ``route_to``; then the fallback)."""
    table = load("routing")
    kind = unit(reporting_unit_code).kind.value
    codes = set(criteria)
    for rule in table["items"]:
        if "reporting_unit_kinds" in rule and kind not in rule["reporting_unit_kinds"]:
            continue
        if "industries" in rule and industry not in rule["industries"]:
            continue
        if "subject_kinds" in rule and subject_kind not in rule["subject_kinds"]:
            continue
        if "criteria" in rule and not codes & set(rule["criteria"]):
            continue
        return Routing(str(rule["route_to"]), str(rule["code"]), str(rule["name"]))
    for row in items("industries"):
        if row["code"] == industry and row.get("route_to"):
            return Routing(str(row["route_to"]), f"industry:{industry}", f"按行业领域“{row['name']}”分办")
    return Routing(str(table["fallback"]), "fallback", "未匹配分办规则，交综合协调司局")
