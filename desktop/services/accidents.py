"""The weekly accident feed (附件2; 安监总厅〔2017〕59号, BRIEF §8.3) in the ministry edition.

Monday: the statistics department (统计司) hands last week's 较大及以上 and typical accidents to the
General Office (entered by hand or imported from an Annex 2 workbook); the General Office forwards
(印送) each to the business department that verifies it, by the industry's ``route_to``. Tuesday to
Thursday the department, jointly with the province, verifies and completes the fields; by Friday
its head signs and returns them to the General Office.

Friday is the return deadline (``deadlines.json`` weekly_accident_return, weekday 5). When that
Friday is not a working day the deadline is the last working day of the same week before it; when
the whole Monday–Friday is a holiday (Spring Festival), the first working day after that Friday.

Who may do what (enforced here): the General Office (HQ-BGT) everything, recording the departments'
paper sign-offs on a single workstation; the statistics department entering, importing, editing
(until verified) and overriding grades; an HQ business department verifying and signing what was
routed to it; every ministry unit reading. The provincial edition has no weekly accident feed.

Each public function is one transaction with one audit event per change and returns plain
dataclasses. The grade is stored as its code (``relatively_large`` …), computed by 493号 Art. 3.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit
from exporters import annex2_xlsx
from exporters.annex1_xlsx import RawRow, ReportEntry
from exporters.atomic import atomic_write_bytes
from models import reference
from models.accidents import Accident
from models.annex2 import (
    BEIJING,
    INVESTIGATION_LEVELS,
    ParsedAccident,
    RowIssue,
    accident_key,
    canonical_header,
    grade_names,
    match_grade,
    parse_row,
    to_row,
)
from models.base import utcnow
from models.calendar import WorkCalendar
from models.enums import AccidentStatus, Edition, ReviewKind, UnitKind
from models.errors import UserError
from models.listing import ListingItem
from models.subjects import Subject
from models.workflow import ReviewTask, Transition

GENERAL_OFFICE = "HQ-BGT"
ENTITY = "accident"
ON_TIME, LATE, REASSIGNED, VERIFIED = "returned_on_time", "returned_late", "reassigned", "verified"


class AccidentRefused(UserError):
    """A weekly-accident action refused, with the reason in Chinese."""


_ACTIONS = {
    "enter": "录入、导入或修改事故信息",
    "override": "调整事故等级",
    "route": "印送事故信息",
    "reassign": "改送事故信息",
    "verify": "核实事故信息",
    "sign": "审签并反馈事故信息",
    "link": "关联名单条目",
    "read": "查看事故周报",
}


def _require(ctx: AppContext, action: str, accident: Accident | None = None) -> None:
    label = _ACTIONS[action]
    if ctx.edition is not Edition.MINISTRY:
        raise AccidentRefused(f"事故周报（附件2）是总局版的功能，本机是{ctx.edition.label}，不能{label}。")
    if ctx.unit_code == GENERAL_OFFICE or action == "read":
        return
    unit = reference.unit(ctx.unit_code)
    if action in ("enter", "override") and unit.kind is UnitKind.HQ_STATISTICS:
        return
    if action in ("verify", "sign") and unit.kind is UnitKind.HQ_DEPARTMENT:
        if accident is not None and accident.department_code == ctx.unit_code:
            return
        if accident is not None:
            where = _unit_name(accident.department_code) if accident.department_code else "办公厅（尚未印送）"
            raise AccidentRefused(
                f"事故 #{accident.id}（{accident.unit_name}）由{where}办理，本机登记为{unit.name}，不能代为{label}。"
            )
    raise AccidentRefused(f"本机登记为{unit.name}，不能{label}；请由办公厅或有关司局办理。")


# ----------------------------------------------------------------------------- weeks and deadlines


def week_of(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def return_due(ctx: AppContext, week_monday: dt.date, calendar: WorkCalendar | None = None) -> dt.date:
    """The day the departments return the week's verified accidents (see the module docstring)."""
    return _return_due(calendar or ctx.calendar(), week_of(week_monday))


def _return_due(calendar: WorkCalendar, monday: dt.date) -> dt.date:
    weekday = int(reference.deadline("weekly_accident_return")["weekday"])  # Monday = 1
    friday = monday + dt.timedelta(days=weekday - 1)
    day = friday
    while day >= monday:
        if calendar.is_workday(day):
            return day
        day -= dt.timedelta(days=1)
    day = friday + dt.timedelta(days=1)
    while not calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day


def _moment(today: dt.date | None) -> dt.datetime:
    """Now; noon (Beijing) of ``today`` when another day is given (paper sign-offs recorded later)."""
    if today is None or today == dt.date.today():
        return utcnow()
    return dt.datetime.combine(today, dt.time(12), BEIJING).astimezone(dt.UTC)


# ----------------------------------------------------------------------------- plain results


@dataclass(frozen=True)
class AccidentRow:
    id: int
    uid: str
    week_of: dt.date
    occurred_at: dt.datetime  # Beijing time
    occurred_text: str  # "2026-11-16 14:30", or the date alone when no time was given
    region_code: str
    place: str
    unit_name: str
    unit_code: str
    industry: str
    industry_name: str
    category: str
    category_name: str
    deaths: int
    missing: int
    serious_injuries: int
    direct_loss_wan: Decimal | None  # None = unknown
    grade: str  # computed (493号 Art. 3)
    grade_label: str
    effective_grade: str  # the override when set, else the computed grade
    effective_grade_label: str
    overridden: bool
    grade_override_reason: str
    typical: bool
    typical_reason: str
    in_scope: bool  # 较大及以上 or typical
    summary: str
    investigation_level: str
    investigation_label: str
    proposed_criteria: tuple[str, ...]
    notes: str
    department_code: str | None
    department_name: str
    status: str  # AccidentStatus value
    status_label: str
    due_on: dt.date | None  # the return deadline (Friday, see return_due)
    reviewer: str
    verification_note: str
    signer_name: str
    signer_title: str
    signed_on: dt.date | None
    on_time: bool | None  # returned by the deadline; None until returned
    overdue: bool  # routed, not returned, and the deadline has passed
    linked_items: int
    warnings: tuple[str, ...]  # the row's checks as they stand today


@dataclass
class AccidentImport:
    source: Path
    week_of: dt.date
    imported: int = 0
    duplicates: int = 0
    ids: list[int] = field(default_factory=list)
    refused: list[ReportEntry] = field(default_factory=list)
    refused_rows: int = 0
    warnings: list[ReportEntry] = field(default_factory=list)
    report: Path | None = None
    ignored_headers: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "source": str(self.source),
            "week_of": self.week_of.isoformat(),
            "imported": self.imported,
            "duplicates": self.duplicates,
            "ids": self.ids,
            "refused_rows": self.refused_rows,
            "refused": [e.as_json() for e in self.refused],
            "warnings": [e.as_json() for e in self.warnings],
            "report": str(self.report) if self.report else None,
            "ignored_headers": self.ignored_headers,
        }


@dataclass(frozen=True)
class RouteResult:
    week_of: dt.date
    due_on: dt.date
    routed: tuple[int, ...]
    by_department: dict[str, int]
    warnings: tuple[str, ...]  # e.g. a year without holiday data

    def as_json(self) -> dict[str, object]:
        return {
            "week_of": self.week_of.isoformat(),
            "due_on": self.due_on.isoformat(),
            "routed": list(self.routed),
            "by_department": self.by_department,
            "warnings": list(self.warnings),
        }


# ----------------------------------------------------------------------------- helpers


def _unit_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return reference.unit(code).name
    except KeyError:
        return code


def _get(session: Session, accident_id: int) -> Accident:
    accident = session.get(Accident, accident_id)
    if accident is None:
        raise AccidentRefused(f"没有编号为 {accident_id} 的事故信息。")
    return accident


def _refuse_errors(issues: Sequence[RowIssue], what: str) -> None:
    errors = [i.text for i in issues if i.is_error]
    if errors:
        raise AccidentRefused(f"{what}有误，未保存：\n" + "\n".join(errors))


def _parse(values: Mapping[str, Any], today: dt.date, what: str, sheet: str = "") -> ParsedAccident:
    parsed, issues = parse_row(values, today, sheet=sheet)
    _refuse_errors(issues, what)
    assert parsed is not None
    return parsed


def _canonical(values: Mapping[str, Any]) -> dict[str, Any]:
    return {canonical_header(k): v for k, v in values.items()}


def _duplicate_of(session: Session, parsed: ParsedAccident, exclude: int | None = None) -> Accident | None:
    window = dt.timedelta(minutes=1)
    candidates = session.scalars(
        select(Accident).where(
            Accident.region_code == parsed.region_code,
            Accident.occurred_at >= parsed.occurred_at - window,
            Accident.occurred_at <= parsed.occurred_at + window,
        )
    )
    for accident in candidates:
        if accident.id != exclude and _key(accident) == parsed.key:
            return accident
    return None


def _key(accident: Accident) -> tuple[str, str, str]:
    return accident_key(accident.occurred_at, accident.unit_name, accident.region_code)


def _apply(session: Session, accident: Accident, parsed: ParsedAccident) -> None:
    accident.occurred_at = parsed.occurred_at
    accident.region_code = parsed.region_code
    accident.place = parsed.place
    accident.unit_name = parsed.unit_name
    accident.unit_code = parsed.unit_code
    accident.industry = parsed.industry
    accident.category = parsed.category
    accident.deaths = parsed.deaths
    accident.missing = parsed.missing
    accident.serious_injuries = parsed.serious_injuries
    accident.direct_loss_wan = parsed.direct_loss_wan
    accident.grade = parsed.grade
    accident.grade_override = parsed.grade_override
    accident.grade_override_reason = parsed.grade_override_reason
    accident.typical = parsed.typical
    accident.typical_reason = parsed.typical_reason
    accident.summary = parsed.summary
    accident.investigation_level = parsed.investigation_level
    accident.proposed_criteria = list(parsed.proposed_criteria)
    accident.notes = parsed.notes
    accident.subject_id = (
        session.scalar(select(Subject.id).where(Subject.code == parsed.unit_code))
        if parsed.unit_code
        else None
    )


def _changes(before: Mapping[str, object], after: Mapping[str, object]) -> dict[str, list[object]]:
    return {k: [before[k], after[k]] for k in after if str(before.get(k)) != str(after[k])}


def _transition(
    session: Session,
    ctx: AppContext,
    accident: Accident,
    to: AccidentStatus,
    reason: str,
    *,
    new: bool = False,
) -> None:
    session.add(
        Transition(
            entity_type=ENTITY,
            entity_id=accident.id,
            from_state=None if new else accident.status.value,
            to_state=to.value,
            actor=ctx.actor,
            actor_unit=ctx.unit_code,
            reason=reason,
        )
    )
    accident.status = to


def _current_task(session: Session, accident: Accident) -> ReviewTask:
    task = session.scalar(
        select(ReviewTask)
        .where(ReviewTask.entity_type == ENTITY, ReviewTask.entity_id == accident.id)
        .order_by(ReviewTask.id.desc())
        .limit(1)
    )
    if task is None:  # routed by an older version or by hand in the database
        raise AccidentRefused(f"事故 #{accident.id}（{accident.unit_name}）没有核实任务，请办公厅重新印送。")
    return task


def _route_to(industry: str) -> str:
    for row in reference.items("industries"):
        if row["code"] == industry and row.get("route_to"):
            return str(row["route_to"])
    return next(str(r["route_to"]) for r in reference.items("industries") if r["code"] == "other")


def _rows(session: Session, accidents: Sequence[Accident], today: dt.date) -> list[AccidentRow]:
    ids = [a.id for a in accidents]
    tasks: dict[int, ReviewTask] = {}
    linked: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for task in session.scalars(
            select(ReviewTask)
            .where(ReviewTask.entity_type == ENTITY, ReviewTask.entity_id.in_(chunk))
            .order_by(ReviewTask.id)
        ):
            tasks[task.entity_id] = task
        counts = session.execute(
            select(ListingItem.accident_id, func.count())
            .where(ListingItem.accident_id.in_(chunk), ListingItem.deleted_at.is_(None))
            .group_by(ListingItem.accident_id)
        ).all()
        linked.update({int(row[0]): int(row[1]) for row in counts})
    return [_row(a, tasks.get(a.id), linked.get(a.id, 0), today) for a in accidents]


def _row(accident: Accident, task: ReviewTask | None, linked: int, today: dt.date) -> AccidentRow:
    occurred = accident.occurred_at.astimezone(BEIJING)
    names = grade_names()
    effective = accident.effective_grade
    status = accident.status
    due = task.due_on if task else None
    on_time = None
    if status is AccidentStatus.RETURNED and accident.signed_on is not None:
        on_time = due is None or accident.signed_on <= due
    pending = status in (AccidentStatus.ROUTED, AccidentStatus.VERIFIED)
    values = to_row(accident)
    _parsed, issues = parse_row(values, max(today, occurred.date()))
    return AccidentRow(
        id=accident.id,
        uid=accident.uid,
        week_of=accident.week_of,
        occurred_at=occurred,
        occurred_text=str(values["事故发生时间"]),
        region_code=accident.region_code,
        place=accident.place,
        unit_name=accident.unit_name,
        unit_code=accident.unit_code,
        industry=accident.industry,
        industry_name=reference.code_names("industries").get(accident.industry, accident.industry),
        category=accident.category,
        category_name=reference.code_names("accident_categories").get(accident.category, accident.category),
        deaths=accident.deaths,
        missing=accident.missing,
        serious_injuries=accident.serious_injuries,
        direct_loss_wan=accident.direct_loss_wan,
        grade=accident.grade,
        grade_label=names.get(accident.grade, accident.grade),
        effective_grade=effective,
        effective_grade_label=names.get(effective, effective),
        overridden=bool(accident.grade_override),
        grade_override_reason=accident.grade_override_reason or "",
        typical=accident.typical,
        typical_reason=accident.typical_reason,
        in_scope=effective != "general" or accident.typical,
        summary=accident.summary,
        investigation_level=accident.investigation_level,
        investigation_label=INVESTIGATION_LEVELS.get(accident.investigation_level, ""),
        proposed_criteria=tuple(accident.proposed_criteria or ()),
        notes=accident.notes,
        department_code=accident.department_code,
        department_name=_unit_name(accident.department_code),
        status=status.value,
        status_label=status.label,
        due_on=due,
        reviewer=task.reviewer if task else "",
        verification_note=task.opinion if task else "",
        signer_name=accident.signer_name,
        signer_title=task.signer_title if task else "",
        signed_on=accident.signed_on,
        on_time=on_time,
        overdue=pending and due is not None and today > due,
        linked_items=linked,
        warnings=tuple(i.text for i in issues),
    )


def _one_row(session: Session, accident: Accident, today: dt.date | None) -> AccidentRow:
    return _rows(session, [accident], today or dt.date.today())[0]


# ----------------------------------------------------------------------------- entering


def enter_accident(ctx: AppContext, values: Mapping[str, Any], today: dt.date | None = None) -> AccidentRow:
    """Record one accident (``values``: Annex 2 headers → cell values) in this week's feed."""
    _require(ctx, "enter")
    today = today or dt.date.today()
    parsed = _parse(values, today, "录入的事故信息")
    with ctx.uow() as uow:
        session = uow.session
        duplicate = _duplicate_of(session, parsed)
        if duplicate is not None:
            raise AccidentRefused(
                f"该事故已录入（#{duplicate.id}，{duplicate.week_of.isoformat()}周）："
                "发生时间、事故发生单位和行政区划代码均相同。"
            )
        accident = Accident(week_of=week_of(today), status=AccidentStatus.ENTERED)
        _apply(session, accident, parsed)
        session.add(accident)
        session.flush()
        _transition(session, ctx, accident, AccidentStatus.ENTERED, "录入", new=True)
        audit.record(session, ctx.actor, "accident_enter", ENTITY, accident.id, to_row(parsed))
        uow.commit()
        return _one_row(session, accident, today)


def update_accident(
    ctx: AppContext, accident_id: int, values: Mapping[str, Any], today: dt.date | None = None
) -> AccidentRow:
    """Change some fields (Annex 2 headers → values; the others keep their stored value), re-checked
    as a whole. The statistics department may edit until the accident is verified."""
    _require(ctx, "enter")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        accident = _get(session, accident_id)
        _editable(ctx, accident, "修改")
        before = to_row(accident)
        parsed = _parse(before | _canonical(values), today, f"事故 #{accident.id}")
        duplicate = _duplicate_of(session, parsed, exclude=accident.id)
        if duplicate is not None:
            raise AccidentRefused(f"修改后与已录入的事故 #{duplicate.id} 相同（发生时间、单位和行政区划）。")
        _apply(session, accident, parsed)
        changes = _changes(before, to_row(accident))
        if changes:
            audit.record(session, ctx.actor, "accident_update", ENTITY, accident.id, {"changes": changes})
        uow.commit()
        return _one_row(session, accident, today)


def _editable(ctx: AppContext, accident: Accident, verb: str) -> None:
    if ctx.unit_code == GENERAL_OFFICE:
        return
    if accident.status not in (AccidentStatus.ENTERED, AccidentStatus.ROUTED):
        raise AccidentRefused(
            f"事故 #{accident.id}（{accident.unit_name}）{accident.status.label}，"
            f"统计司不能再{verb}；更正由核实司局在核实时填写，或由办公厅办理。"
        )


def override_grade(ctx: AppContext, accident_id: int, grade_code: str | None, reason: str) -> AccidentRow:
    """Set the grade by hand (a code such as ``serious`` or a name such as 重大事故) with a mandatory
    reason; the computed grade again when ``grade_code`` is empty or equals the computed grade."""
    _require(ctx, "override")
    reason = (reason or "").strip()
    if not reason:
        raise AccidentRefused("调整事故等级必须填写理由。")
    code = match_grade(grade_code) if (grade_code or "").strip() else None
    if (grade_code or "").strip() and code is None:
        options = "、".join(grade_names().values())
        raise AccidentRefused(f"事故等级“{grade_code}”无法识别，可选：{options}。")
    with ctx.uow() as uow:
        session = uow.session
        accident = _get(session, accident_id)
        _editable(ctx, accident, "调整等级")
        before = accident.effective_grade
        accident.grade_override = None if code == accident.grade else code
        accident.grade_override_reason = reason if accident.grade_override else ""
        audit.record(
            session,
            ctx.actor,
            "accident_grade_override",
            ENTITY,
            accident.id,
            {"computed": accident.grade, "from": before, "to": accident.effective_grade},
            reason,
        )
        uow.commit()
        return _one_row(session, accident, None)


def import_week(
    ctx: AppContext, path: Path, today: dt.date | None = None, report_path: Path | None = None
) -> AccidentImport:
    """Import a filled Annex 2 workbook into this week's feed. Valid rows are stored, refused rows go
    to a re-importable report (by sheet, row and column); rows already stored (same time, unit and
    region) are counted as duplicates, so importing the same file again adds nothing."""
    _require(ctx, "enter")
    today = today or dt.date.today()
    sheet = annex2_xlsx.read_workbook(path)
    result = AccidentImport(path, week_of(today), ignored_headers=sheet.ignored_headers)
    refused: list[tuple[RawRow, list[ReportEntry]]] = []
    parsed_rows: list[tuple[RawRow, ParsedAccident]] = []
    for raw in sheet.rows:
        parsed, issues = parse_row(raw.values, today, sheet=raw.sheet, row_number=raw.row)
        entries = [_entry(raw, i) for i in issues]
        if parsed is None:
            refused.append((raw, [e for e, i in zip(entries, issues, strict=True) if i.is_error]))
        else:
            parsed_rows.append((raw, parsed))
            result.warnings += entries
    with ctx.uow() as uow:
        session = uow.session
        seen: dict[tuple[str, str, str], int] = {}
        for raw, parsed in parsed_rows:
            earlier = seen.get(parsed.key)
            stored = _duplicate_of(session, parsed) if earlier is None else None
            if earlier is not None or stored is not None:
                result.duplicates += 1
                what = f"与本表第{earlier}行" if earlier is not None else f"与已录入的事故 #{stored.id}"  # type: ignore[union-attr]
                reason = f"{what}相同（发生时间、单位和行政区划），未重复导入。"
                result.warnings.append(ReportEntry(raw.sheet, raw.row, "事故发生单位", "", reason))
                continue
            seen[parsed.key] = raw.row
            accident = Accident(week_of=result.week_of, status=AccidentStatus.ENTERED)
            _apply(session, accident, parsed)
            session.add(accident)
            session.flush()
            _transition(
                session, ctx, accident, AccidentStatus.ENTERED, f"导入 {path.name} 第{raw.row}行", new=True
            )
            result.ids.append(accident.id)
        result.imported = len(result.ids)
        result.refused_rows = len(refused)
        result.refused = [e for _raw, entries in refused for e in entries]
        audit.record(
            session,
            ctx.actor,
            "accident_import",
            "workbook",
            path.name,
            {
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "week_of": result.week_of.isoformat(),
                "imported": result.imported,
                "duplicates": result.duplicates,
                "refused_rows": result.refused_rows,
                "ids": result.ids,
            },
        )
        if refused:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            result.report = report_path or ctx.home / "reports" / f"{path.stem}-错误报告-{stamp}.xlsx"
            annex2_xlsx.write_report(result.report, refused, path.name)
        uow.commit()
    return result


def _entry(raw: RawRow, issue: RowIssue) -> ReportEntry:
    cell = f"{raw.columns[issue.column]}{raw.row}" if issue.column in raw.columns else ""
    return ReportEntry(raw.sheet, raw.row, issue.column, cell, issue.message)


# ----------------------------------------------------------------------------- routing and verification


def route_week(ctx: AppContext, week_monday: dt.date, today: dt.date | None = None) -> RouteResult:
    """The General Office forwards (印送) the week's entered accidents to the verifying departments
    (industry ``route_to``), each with a verification task due on the week's return day."""
    _require(ctx, "route")
    monday = week_of(week_monday)
    calendar = ctx.calendar()
    due = _return_due(calendar, monday)
    warnings = calendar.warnings_for([monday + dt.timedelta(days=n) for n in range(7)])
    routed: list[int] = []
    by_department: dict[str, int] = {}
    with ctx.uow() as uow:
        session = uow.session
        accidents = session.scalars(
            select(Accident)
            .where(Accident.week_of == monday, Accident.status == AccidentStatus.ENTERED)
            .order_by(Accident.occurred_at, Accident.id)
        ).all()
        for accident in accidents:
            department = _route_to(accident.industry)
            accident.department_code = department
            session.add(
                ReviewTask(
                    entity_type=ENTITY,
                    entity_id=accident.id,
                    kind=ReviewKind.ACCIDENT_VERIFY,
                    department_code=department,
                    assigned_at=_moment(today),
                    due_on=due,
                )
            )
            _transition(session, ctx, accident, AccidentStatus.ROUTED, f"印送{_unit_name(department)}核实")
            routed.append(accident.id)
            by_department[department] = by_department.get(department, 0) + 1
        if routed:
            audit.record(
                session,
                ctx.actor,
                "accident_route",
                "accident_week",
                monday.isoformat(),
                {"accidents": routed, "departments": by_department, "due_on": due.isoformat()},
            )
        uow.commit()
    return RouteResult(monday, due, tuple(routed), by_department, warnings)


def reassign(
    ctx: AppContext, accident_id: int, department_code: str, reason: str, today: dt.date | None = None
) -> AccidentRow:
    """Send a routed, not yet verified accident to another HQ department (reason required); the
    deadline stays the week's return day."""
    _require(ctx, "reassign")
    reason = (reason or "").strip()
    if not reason:
        raise AccidentRefused("改送其他司局必须填写理由。")
    code = (department_code or "").strip().upper()
    try:
        unit = reference.unit(code)
    except KeyError:
        raise AccidentRefused(f"单位代码“{department_code}”不存在。") from None
    if unit.kind is not UnitKind.HQ_DEPARTMENT:
        raise AccidentRefused(f"{unit.name}不是总局业务司局，不能承办事故核实。")
    with ctx.uow() as uow:
        session = uow.session
        accident = _get(session, accident_id)
        if accident.status is not AccidentStatus.ROUTED:
            raise AccidentRefused(
                f"事故 #{accident.id}（{accident.unit_name}）{accident.status.label}，只有已印送、尚未核实的事故可以改送。"
            )
        if accident.department_code == code:
            raise AccidentRefused(f"事故 #{accident.id} 已印送{unit.name}。")
        old = _current_task(session, accident)
        old.completed_at = _moment(today)
        old.decision = REASSIGNED
        old.opinion = reason
        session.add(
            ReviewTask(
                entity_type=ENTITY,
                entity_id=accident.id,
                kind=ReviewKind.ACCIDENT_VERIFY,
                department_code=code,
                assigned_at=_moment(today),
                due_on=old.due_on,
            )
        )
        previous = accident.department_code
        accident.department_code = code
        _transition(session, ctx, accident, AccidentStatus.ROUTED, f"改送{unit.name}：{reason}")
        audit.record(
            session,
            ctx.actor,
            "accident_reassign",
            ENTITY,
            accident.id,
            {"from": previous, "to": code},
            reason,
        )
        uow.commit()
        return _one_row(session, accident, today)


def verify(
    ctx: AppContext,
    accident_ids: Iterable[int],
    note: str,
    reviewer: str,
    corrections: Mapping[int, Mapping[str, Any]] | None = None,
    today: dt.date | None = None,
) -> list[AccidentRow]:
    """The department, jointly with the province, verifies the accidents and completes their fields.

    ``corrections`` maps an accident id to Annex 2 headers → corrected values; the corrected row is
    checked like an imported one and its grade recomputed. All or nothing: one refused accident
    leaves every accident unchanged.
    """
    ids = list(dict.fromkeys(accident_ids))
    reviewer = (reviewer or "").strip()
    if not ids:
        raise AccidentRefused("请选择要核实的事故。")
    if not reviewer:
        raise AccidentRefused("核实须填写核实人姓名。")
    today = today or dt.date.today()
    corrections = corrections or {}
    with ctx.uow() as uow:
        session = uow.session
        accidents = []
        for accident_id in ids:
            accident = _get(session, accident_id)
            _require(ctx, "verify", accident)
            if accident.status not in (AccidentStatus.ROUTED, AccidentStatus.VERIFIED):
                raise AccidentRefused(
                    f"事故 #{accident.id}（{accident.unit_name}）{accident.status.label}，不能核实。"
                )
            before = to_row(accident)
            changes: dict[str, list[object]] = {}
            if accident_id in corrections:
                parsed = _parse(
                    before | _canonical(corrections[accident_id]), today, f"事故 #{accident.id}的更正"
                )
                duplicate = _duplicate_of(session, parsed, exclude=accident.id)
                if duplicate is not None:
                    raise AccidentRefused(f"事故 #{accident.id}更正后与事故 #{duplicate.id} 相同。")
                _apply(session, accident, parsed)
                changes = _changes(before, to_row(accident))
            task = _current_task(session, accident)
            task.reviewer = reviewer
            task.opinion = note or ""
            task.decision = VERIFIED
            _transition(session, ctx, accident, AccidentStatus.VERIFIED, note or "核实")
            audit.record(
                session,
                ctx.actor,
                "accident_verify",
                ENTITY,
                accident.id,
                {"reviewer": reviewer, "department": accident.department_code, "changes": changes},
                note or "",
            )
            accidents.append(accident)
        uow.commit()
        return _rows(session, accidents, today)


def sign_and_return(
    ctx: AppContext,
    accident_ids: Iterable[int],
    signer_name: str,
    signer_title: str,
    today: dt.date | None = None,
) -> list[AccidentRow]:
    """The department head signs the verified accidents and returns them to the General Office;
    the task records whether they came back by the week's return day."""
    ids = list(dict.fromkeys(accident_ids))
    signer_name, signer_title = (signer_name or "").strip(), (signer_title or "").strip()
    if not ids:
        raise AccidentRefused("请选择要审签的事故。")
    if not signer_name or not signer_title:
        raise AccidentRefused("审签须填写司主要负责人的姓名和职务。")
    today = today or dt.date.today()
    signed_at = _moment(today)
    with ctx.uow() as uow:
        session = uow.session
        accidents = []
        for accident_id in ids:
            accident = _get(session, accident_id)
            _require(ctx, "sign", accident)
            if accident.status is not AccidentStatus.VERIFIED:
                raise AccidentRefused(
                    f"事故 #{accident.id}（{accident.unit_name}）{accident.status.label}，须先核实再审签反馈。"
                )
            task = _current_task(session, accident)
            on_time = task.due_on is None or today <= task.due_on
            task.signer_name, task.signer_title = signer_name, signer_title
            task.signed_at = task.completed_at = signed_at
            task.decision = ON_TIME if on_time else LATE
            accident.signer_name = signer_name
            accident.signed_on = today
            when = "按时" if on_time else f"逾期（期限 {task.due_on}）"
            _transition(
                session,
                ctx,
                accident,
                AccidentStatus.RETURNED,
                f"{signer_title}{signer_name}审签，{when}反馈办公厅",
            )
            audit.record(
                session,
                ctx.actor,
                "accident_sign_return",
                ENTITY,
                accident.id,
                {
                    "signer": signer_name,
                    "title": signer_title,
                    "department": accident.department_code,
                    "signed_on": today.isoformat(),
                    "due_on": task.due_on.isoformat() if task.due_on else None,
                    "on_time": on_time,
                },
            )
            accidents.append(accident)
        uow.commit()
        return _rows(session, accidents, today)


def link_item(ctx: AppContext, accident_id: int, listing_item_id: int) -> AccidentRow:
    """Link a later listing item (B01/K1–K3 after the investigation) to the accident it stems from."""
    _require(ctx, "link")
    with ctx.uow() as uow:
        session = uow.session
        accident = _get(session, accident_id)
        item = session.get(ListingItem, listing_item_id)
        if item is None or item.deleted_at is not None:
            raise AccidentRefused(f"没有编号为 {listing_item_id} 的名单条目。")
        if item.accident_id not in (None, accident.id):
            raise AccidentRefused(f"名单条目 {listing_item_id} 已关联事故 #{item.accident_id}。")
        if item.accident_id is None:
            item.accident_id = accident.id
            audit.record(session, ctx.actor, "accident_link_item", ENTITY, accident.id, {"item": item.id})
            uow.commit()
        return _one_row(session, accident, None)


# ----------------------------------------------------------------------------- reading


def accident(ctx: AppContext, accident_id: int, today: dt.date | None = None) -> AccidentRow:
    _require(ctx, "read")
    with ctx.uow() as uow:
        return _one_row(uow.session, _get(uow.session, accident_id), today)


def week_list(ctx: AppContext, week_monday: dt.date, today: dt.date | None = None) -> list[AccidentRow]:
    """The accidents of the intake week containing ``week_monday``, in order of occurrence."""
    _require(ctx, "read")
    with ctx.uow() as uow:
        accidents = uow.session.scalars(
            select(Accident)
            .where(Accident.week_of == week_of(week_monday))
            .order_by(Accident.occurred_at, Accident.id)
        ).all()
        return _rows(uow.session, accidents, today or dt.date.today())


def overdue(ctx: AppContext, today: dt.date | None = None) -> list[AccidentRow]:
    """Routed accidents not yet returned after their return day."""
    _require(ctx, "read")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        accidents = uow.session.scalars(
            select(Accident)
            .where(Accident.status.in_((AccidentStatus.ROUTED, AccidentStatus.VERIFIED)))
            .order_by(Accident.week_of, Accident.occurred_at, Accident.id)
        ).all()
        return [row for row in _rows(uow.session, accidents, today) if row.overdue]


def export_week(ctx: AppContext, week_monday: dt.date, out: Path, today: dt.date | None = None) -> int:
    """Write the week's accidents to ``out`` (Annex 2 layout plus department, status and verification);
    returns the number of rows."""
    rows = week_list(ctx, week_monday, today)
    atomic_write_bytes(Path(out), annex2_xlsx.workbook([dataclasses.asdict(r) for r in rows]))
    return len(rows)
