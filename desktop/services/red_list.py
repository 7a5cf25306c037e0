"""Red list (守信联合激励对象, 安监总办〔2017〕133号) and typical cases (典型案例, 安监总厅〔2018〕10号).

A red-list proposal needs all six conditions; condition 2 (no dishonest conduct in three years) is
checked against the listings this installation holds for the same identifier, so a unit on the
black list cannot be proposed for the red list. Typical cases count towards the ≥ 50 % ratio of
安监总厅〔2018〕10号 together with listing items flagged as typical.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.listing_store import sort_key
from models import reference
from models.base import utcnow
from models.calendar import add_months
from models.enums import IdentifierKind
from models.errors import UserError
from models.listing import ListingItem, RedListEntry, TypicalCase
from models.subjects import Subject
from models.validation import Issue, check_uscc, normalize_name, normalize_text, parse_date

CONDITIONS = ("RC1", "RC2", "RC3", "RC4", "RC5", "RC6")


class EntryInvalid(UserError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("；".join(i.message for i in issues))
        self.issues = issues


@dataclass(frozen=True)
class RedListRow:
    id: int
    uid: str
    subject_name: str
    subject_code: str
    period: str
    conditions: tuple[str, ...]
    measures: tuple[str, ...]
    commitment_date: dt.date | None
    standardization_level: str
    state: str


@dataclass(frozen=True)
class TypicalRow:
    id: int
    title: str
    summary: str
    effect: str
    period: str


@dataclass(frozen=True)
class Ratio:
    typical: int
    listed: int

    @property
    def percent(self) -> int:
        return round(100 * self.typical / self.listed) if self.listed else 100

    @property
    def met(self) -> bool:
        return self.typical * 2 >= self.listed


def incentive_measures() -> list[tuple[str, str]]:
    return [(str(r["code"]), str(r["short_label"])) for r in reference.load("measures")["incentive_measures"]]


def conditions() -> list[tuple[str, str]]:
    return [(str(r["code"]), str(r["label"])) for r in reference.load("measures")["red_list_conditions"]]


def save_red_list(
    ctx: AppContext, data: dict[str, Any], period: str, today: dt.date | None = None
) -> RedListRow:
    today = today or dt.date.today()
    issues: list[Issue] = []
    name = normalize_text(data.get("name"))
    if not name:
        issues.append(Issue.error("单位名称", "“单位名称”为必填项。"))
    ident = check_uscc(data.get("code"))
    issues += [i for i in ident.issues if i.severity == "error"]
    met = [c for c in CONDITIONS if c in set(data.get("conditions") or [])]
    missing = [c for c in CONDITIONS if c not in met]
    if missing:
        labels = {code: label for code, label in conditions()}
        issues.append(
            Issue.error(
                "守信条件", "六项条件须全部具备，尚缺：" + "；".join(labels[c] for c in missing) + "。"
            )
        )
    level = normalize_text(data.get("standardization_level"))
    if level not in ("一级", "1级", "一"):
        issues.append(Issue.error("安全生产标准化等级", "安全生产标准化须达到一级（133号第五项条件）。"))
    commitment = parse_date(data.get("commitment_date"), "公开承诺日期")
    issues += list(commitment.issues)
    measures = [m for m, _label in incentive_measures() if m in set(data.get("measures") or [])]
    with ctx.uow() as uow:
        session = uow.session
        if ident.ok:
            since = add_months(today, -36)
            listed = session.scalar(
                select(func.count(ListingItem.id))
                .join(Subject)
                .where(
                    Subject.code == ident.value,
                    ListingItem.decision_date >= since,
                    ListingItem.deleted_at.is_(None),
                )
            )
            if listed:
                issues.append(
                    Issue.error(
                        "守信条件",
                        f"该单位近3年内有 {listed} 条失信行为记录，不符合第二项条件，不能列入红名单。",
                    )
                )
        if any(i.severity == "error" for i in issues):
            raise EntryInvalid([i for i in issues if i.severity == "error"])
        subject = session.scalar(select(Subject).where(Subject.code == ident.value))
        if subject is None:
            subject = Subject(
                code=ident.value, code_kind=IdentifierKind(ident.kind), name=name,
                name_key=normalize_name(name), sort_key=sort_key(name), region_code=ident.value[2:8],
            )  # fmt: skip
            session.add(subject)
            session.flush()
        entry = RedListEntry(
            reporting_unit_code=ctx.unit_code,
            subject_id=subject.id,
            period=period,
            conditions_met=met,
            incentive_measures=measures,
            commitment_date=commitment.value,
            standardization_level="一级",
        )
        session.add(entry)
        session.flush()
        audit.record(session, ctx.actor, "red_list_save", "red_list_entry", entry.id)
        uow.commit()
        return _red_row(entry, subject)


def _red_row(entry: RedListEntry, subject: Subject) -> RedListRow:
    return RedListRow(
        entry.id, entry.uid, subject.name, subject.code, entry.period, tuple(entry.conditions_met),
        tuple(entry.incentive_measures), entry.commitment_date, entry.standardization_level, entry.state.label,
    )  # fmt: skip


def list_red_list(ctx: AppContext, period: str | None = None) -> list[RedListRow]:
    with ctx.uow() as uow:
        query = (
            select(RedListEntry, Subject)
            .join(Subject)
            .where(RedListEntry.reporting_unit_code == ctx.unit_code, RedListEntry.deleted_at.is_(None))
            .order_by(RedListEntry.id)
        )
        if period:
            query = query.where(RedListEntry.period == period)
        return [_red_row(entry, subject) for entry, subject in uow.session.execute(query)]


def save_typical_case(ctx: AppContext, data: dict[str, Any], period: str) -> TypicalRow:
    title = normalize_text(data.get("title"))[:200]
    summary = normalize_text(data.get("summary"))
    issues = []
    if not title:
        issues.append(Issue.error("案例标题", "“案例标题”为必填项。"))
    if len(summary) < 20:
        issues.append(Issue.error("案例简介", "“案例简介”至少20字：写明违法失信事实、惩戒措施和效果。"))
    if issues:
        raise EntryInvalid(issues)
    with ctx.uow() as uow:
        case = TypicalCase(
            reporting_unit_code=ctx.unit_code, period=period, title=title, summary=summary,
            effect=normalize_text(data.get("effect")),
        )  # fmt: skip
        uow.session.add(case)
        uow.session.flush()
        audit.record(uow.session, ctx.actor, "typical_case_save", "typical_case", case.id)
        uow.commit()
        return TypicalRow(case.id, case.title, case.summary, case.effect, case.period)


def list_typical_cases(ctx: AppContext, period: str | None = None) -> list[TypicalRow]:
    with ctx.uow() as uow:
        query = select(TypicalCase).where(
            TypicalCase.reporting_unit_code == ctx.unit_code, TypicalCase.deleted_at.is_(None)
        )
        if period:
            query = query.where(TypicalCase.period == period)
        return [TypicalRow(c.id, c.title, c.summary, c.effect, c.period) for c in uow.session.scalars(query)]


def delete_entry(ctx: AppContext, kind: str, entry_id: int, *, restore: bool = False) -> None:
    """Move a red-list entry or typical case to the recycle bin (``restore=True`` brings it back)."""
    model = {"red_list": RedListEntry, "typical_case": TypicalCase}[kind]
    with ctx.uow() as uow:
        row = uow.session.get(model, entry_id)
        if row is None or row.reporting_unit_code != ctx.unit_code:
            raise UserError("记录不存在。")
        row.deleted_at = None if restore else utcnow()
        audit.record(uow.session, ctx.actor, f"{kind}_{'restore' if restore else 'delete'}", kind, entry_id)
        uow.commit()


def typical_ratio(ctx: AppContext, period: str) -> Ratio:
    """Typical cases (records + listing items flagged typical) against red and black list entries."""
    with ctx.uow() as uow:
        s = uow.session
        mine_items = (
            ListingItem.reporting_unit_code == ctx.unit_code,
            ListingItem.period == period,
            ListingItem.deleted_at.is_(None),
        )
        items = s.scalar(select(func.count(ListingItem.id)).where(*mine_items)) or 0
        flagged = (
            s.scalar(select(func.count(ListingItem.id)).where(*mine_items, ListingItem.typical_case)) or 0
        )
        cases = len(list_typical_cases(ctx, period))
        red = len(list_red_list(ctx, period))
    return Ratio(flagged + cases, items + red)
