"""Bulk import of a filled Annex 1 workbook (SPEC §6).

Valid rows are stored in one transaction; refused rows go to a re-importable report and nothing
of them is stored. Idempotent: an item is identified by reporting unit + subject identifier +
normalised basis document, so importing the same rows again adds nothing and counts duplicates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit
from desktop.services.listing_store import add_person, new_listing, upsert_subject
from exporters.annex1_xlsx import RawRow, ReportEntry, read_workbook, write_report
from models import reference
from models.annex1 import ITEM_SHEET, ParsedItem, ParsedPerson, parse_item_row, parse_person_row
from models.deadlines import working_period
from models.enums import Edition
from models.errors import UserError
from models.listing import ListingItem
from models.subjects import Subject
from models.validation import Issue, mask_id_number, normalize_code

# progress(done, total, message) -> False asks to stop; nothing is stored then.
Progress = Callable[[int, int, str], bool]


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("导入已取消，未保存任何内容。")


@dataclass
class ImportResult:
    source: Path
    imported: int = 0
    duplicates: int = 0
    persons: int = 0
    refused: list[ReportEntry] = field(default_factory=list)
    refused_rows: int = 0
    warnings: list[ReportEntry] = field(default_factory=list)
    report: Path | None = None
    ignored_headers: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "source": str(self.source),
            "imported": self.imported,
            "duplicates": self.duplicates,
            "persons": self.persons,
            "refused_rows": self.refused_rows,
            "refused": [e.as_json() for e in self.refused],
            "warnings": [e.as_json() for e in self.warnings],
            "report": str(self.report) if self.report else None,
            "ignored_headers": self.ignored_headers,
        }


def _entries(raw: RawRow, issues: list[Issue]) -> list[ReportEntry]:
    return [ReportEntry(raw.sheet, raw.row, i.field, _cell(raw, i.field), i.message) for i in issues]


def _cell(raw: RawRow, header: str) -> str:
    return f"{raw.columns[header]}{raw.row}" if header in raw.columns else ""


def default_report_path(ctx: AppContext, source: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return ctx.home / "reports" / f"{source.stem}-错误报告-{stamp}.xlsx"


@dataclass
class _Analysis:
    """A workbook read and checked row by row, nothing stored yet."""

    item_rows: list[RawRow]
    person_rows: list[RawRow]
    ignored_headers: list[str]
    parsed: list[tuple[RawRow, ParsedItem]] = field(default_factory=list)
    refused: list[tuple[RawRow, list[ReportEntry]]] = field(default_factory=list)
    warnings: list[tuple[RawRow, list[ReportEntry]]] = field(default_factory=list)
    orphan_persons: list[tuple[RawRow, ParsedPerson]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.item_rows) + len(self.person_rows)


def _analyse(source: Path, today: dt.date, progress: Progress) -> _Analysis:
    cancelled = False

    def should_stop() -> bool:
        nonlocal cancelled
        cancelled = cancelled or not progress(0, 0, "正在读取工作簿…")
        return cancelled

    workbook = read_workbook(source, should_stop)
    if cancelled:
        raise ImportCancelled
    found = _Analysis(
        workbook.items.rows if workbook.items else [],
        workbook.persons.rows if workbook.persons else [],
        [h for sheet in (workbook.items, workbook.persons) if sheet for h in sheet.ignored_headers],
    )
    refused_codes: dict[str, int] = {}
    for index, raw in enumerate(found.item_rows, start=1):
        item, issues = parse_item_row(raw.values, today)
        if item is None:
            found.refused.append((raw, _entries(raw, _errors(issues))))
            refused_codes.setdefault(normalize_code(raw.values.get("统一社会信用代码")), raw.row)
        else:
            found.parsed.append((raw, item))
            found.warnings.append((raw, _entries(raw, [i for i in issues if i.severity == "warning"])))
        if index % 50 == 0 and not progress(index, found.total, "正在校验附件1…"):
            raise ImportCancelled

    by_code: dict[str, list[ParsedItem]] = defaultdict(list)
    for _raw, item in found.parsed:
        by_code[item.code].append(item)
    for raw in found.person_rows:
        person, person_issues = parse_person_row(raw.values, today)
        if person is None:
            found.refused.append((raw, _entries(raw, _errors(person_issues))))
            continue
        if person.subject_code in refused_codes:
            line = refused_codes[person.subject_code]
            reason = f"所属单位在“{ITEM_SHEET}”第{line}行未通过校验，改正后一并重新导入。"
            found.refused.append((raw, [ReportEntry(raw.sheet, raw.row, "单位统一社会信用代码", "", reason)]))
            continue
        found.warnings.append((raw, _entries(raw, [i for i in person_issues if i.severity == "warning"])))
        if person.subject_code in by_code:
            for item in by_code[person.subject_code]:
                item.persons.append(person)
        else:
            found.orphan_persons.append((raw, person))
    return found


def import_annex1(
    ctx: AppContext,
    source: Path,
    *,
    report_path: Path | None = None,
    unit_code: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    today = today or dt.date.today()
    unit_code = _importing_unit(ctx, unit_code)
    progress = progress or (lambda _d, _t, _m: True)
    result = ImportResult(source)
    found = _analyse(source, today, progress)
    result.ignored_headers = found.ignored_headers
    result.warnings = [e for _raw, entries in found.warnings for e in entries]
    refused = list(found.refused)

    with ctx.uow() as uow:
        session = uow.session
        period = working_period(today)
        seen: set[tuple[str, str]] = set()
        for index, (_raw, item) in enumerate(found.parsed, start=1):
            key = (item.code, item.basis_key)
            if key in seen:
                result.duplicates += 1
                continue
            seen.add(key)
            subject = upsert_subject(session, item)
            existing = session.scalar(
                select(ListingItem).where(
                    ListingItem.reporting_unit_code == unit_code,
                    ListingItem.subject_id == subject.id,
                    ListingItem.basis_key == item.basis_key,
                )
            )
            if existing is not None:
                # Already stored: persons new to it are still added (re-importing a corrected sheet).
                result.duplicates += 1
                result.persons += sum(add_person(ctx, existing, person) for person in item.persons)
                continue
            listing = new_listing(ctx, unit_code, period, subject, item)
            session.add(listing)
            result.imported += 1
            result.persons += len(item.persons)
            if index % 50 == 0 and not progress(
                len(found.item_rows) + index, found.total + len(found.parsed), "正在保存…"
            ):
                raise ImportCancelled
        for raw, person in found.orphan_persons:
            target = _latest_item_of(session, unit_code, person.subject_code)
            if target is None:
                reason = _no_unit_reason(person.subject_code)
                refused.append((raw, [ReportEntry(raw.sheet, raw.row, "单位统一社会信用代码", "", reason)]))
            elif add_person(ctx, target, person):
                result.persons += 1
        result.refused_rows = len(refused)
        result.refused = [e for _raw, entries in refused for e in entries]
        audit.record(
            session,
            ctx.actor,
            "import_xlsx",
            "workbook",
            source.name,
            {
                "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
                "imported": result.imported,
                "duplicates": result.duplicates,
                "refused_rows": result.refused_rows,
                "unit": unit_code,
            },
        )
        if refused:
            result.report = report_path or default_report_path(ctx, source)
            write_report(result.report, refused, source.name)
        uow.commit()
    progress(found.total, found.total, "导入完成")
    return result


class ImportRefused(UserError):
    pass


def _importing_unit(ctx: AppContext, requested: str | None) -> str:
    """The unit the items are filed under: this installation's own unit in the provincial edition;
    in the ministry edition the General Office may file HQ departments' own findings (Channel C)."""
    code = (requested or ctx.unit_code).strip().upper()
    try:
        unit = reference.unit(code)
    except KeyError:
        raise ImportRefused(f"单位代码“{code}”不存在。可用 creditledger units 查看全部单位代码。") from None
    if ctx.edition is Edition.PROVINCIAL and code != ctx.unit_code:
        raise ImportRefused(f"省级版只能导入本单位（{ctx.unit_code}）的名单，不能代{unit.name}导入。")
    if ctx.edition is Edition.MINISTRY and unit.kind.is_provincial:
        raise ImportRefused(f"{unit.name}的名单须通过其报送包接收，不能在总局版中直接导入表格。")
    return code


def _no_unit_reason(code: str) -> str:
    return f"“{ITEM_SHEET}”中和库中都没有统一社会信用代码为 {code} 的单位。"


def _errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity == "error"]


def _latest_item_of(session: Session, unit_code: str, subject_code: str) -> ListingItem | None:
    return session.scalar(
        select(ListingItem)
        .join(Subject)
        .where(Subject.code == subject_code, ListingItem.reporting_unit_code == unit_code)
        .where(ListingItem.deleted_at.is_(None))
        .order_by(ListingItem.id.desc())
        .limit(1)
    )


# ----------------------------------------------------------------------------- preview (nothing stored)


@dataclass(frozen=True)
class CellIssue:
    column: str  # template header ("" for the whole row)
    severity: str  # "error" | "warning"
    message: str


@dataclass(frozen=True)
class PreviewRow:
    sheet: str
    kind: str  # ITEM_SHEET or PERSON_SHEET
    row: int
    values: dict[str, str]
    issues: tuple[CellIssue, ...]
    status: str  # "ok" | "warning" | "refused" | "duplicate"

    @property
    def status_label(self) -> str:
        return {
            "ok": "可导入",
            "warning": "可导入（有提醒）",
            "refused": "拒收",
            "duplicate": "已存在，跳过",
        }[self.status]


@dataclass(frozen=True)
class Preview:
    source: Path
    rows: list[PreviewRow]
    ignored_headers: list[str]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def importable(self) -> int:
        return sum(1 for r in self.rows if r.kind == ITEM_SHEET and r.status in ("ok", "warning"))


def _display(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def preview_annex1(
    ctx: AppContext,
    source: Path,
    *,
    unit_code: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Preview:
    """What :func:`import_annex1` would do with each row and cell, without storing anything."""
    today = today or dt.date.today()
    unit_code = _importing_unit(ctx, unit_code)
    found = _analyse(source, today, progress or (lambda _d, _t, _m: True))
    problems: dict[tuple[str, int], list[CellIssue]] = defaultdict(list)
    for raw, entries in found.refused:
        problems[(raw.sheet, raw.row)] += [CellIssue(e.column, "error", e.reason) for e in entries]
    for raw, entries in found.warnings:
        problems[(raw.sheet, raw.row)] += [CellIssue(e.column, "warning", e.reason) for e in entries]
    refused = {(raw.sheet, raw.row) for raw, _entries in found.refused}
    with ctx.uow() as uow:
        stored = _stored_keys(uow.session, unit_code, {item.code for _raw, item in found.parsed})
        for raw, person in found.orphan_persons:
            if _latest_item_of(uow.session, unit_code, person.subject_code) is None:
                refused.add((raw.sheet, raw.row))
                problems[(raw.sheet, raw.row)].append(
                    CellIssue("单位统一社会信用代码", "error", _no_unit_reason(person.subject_code))
                )
    duplicates: set[tuple[str, int]] = set()
    seen: dict[tuple[str, str], int] = {}
    for raw, item in found.parsed:
        key = (item.code, item.basis_key)
        if key in stored:
            duplicates.add((raw.sheet, raw.row))
            problems[(raw.sheet, raw.row)].append(
                CellIssue("认定依据文号", "warning", "本单位已有同一单位、同一文号的名单，导入时跳过。")
            )
        elif key in seen:
            duplicates.add((raw.sheet, raw.row))
            problems[(raw.sheet, raw.row)].append(
                CellIssue("认定依据文号", "warning", f"与第{seen[key]}行是同一单位、同一文号，导入时跳过。")
            )
        else:
            seen[key] = raw.row
    rows = []
    for raw in found.item_rows + found.person_rows:
        key = (raw.sheet, raw.row)
        issues = tuple(problems.get(key, ()))
        if key in refused:
            status = "refused"
        elif key in duplicates:
            status = "duplicate"
        else:
            status = "warning" if issues else "ok"
        values = {header: _display(value) for header, value in raw.values.items()}
        if values.get("身份证号码"):
            values["身份证号码"] = mask_id_number(
                normalize_code(values["身份证号码"])
            )  # not needed in full here
        rows.append(PreviewRow(raw.sheet, raw.kind, raw.row, values, issues, status))
    return Preview(source, rows, found.ignored_headers)


def _stored_keys(session: Session, unit_code: str, codes: set[str]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    ordered = sorted(codes)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        keys.update(
            session.execute(
                select(Subject.code, ListingItem.basis_key)
                .join(ListingItem, ListingItem.subject_id == Subject.id)
                .where(Subject.code.in_(chunk), ListingItem.reporting_unit_code == unit_code)
            ).all()
        )
    return keys
