"""Provincial export of the monthly package (SPEC §2): validate, 审签, sign, encrypt, write.

``preview`` shows what would go out (errors block, warnings need the user's confirmation);
``export_package`` writes ``<unit>_<YYYY-MM>_r<N>.p7m`` atomically. A corrected package is the next
revision and names the hash of the one it supersedes; a nil return ("本月无新增") is a valid package.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop import __version__
from desktop.context import AppContext
from desktop.services import audit
from desktop.services import pki as pki_service
from desktop.services.items import never_sent_published
from desktop.services.red_list import RedListRow, list_red_list, typical_ratio
from desktop.services.workflow import move
from exporters import annex_xlsx, cover_pdf, package, pki
from exporters.atomic import atomic_write_bytes
from exporters.cms import SUITE_INTL, suite
from models import reference
from models.base import utcnow
from models.contacts import LiaisonContact
from models.enums import Edition, ItemState, PackageStatus
from models.errors import UserError
from models.listing import ListingItem, TypicalCase
from models.package_data import SCHEMA, parse_item
from models.packages import Package, PackageRevision
from models.removal import RemovalCase

SIGNER_ROLES = ("主要负责人", "主持工作的负责人")


class ExportRefused(UserError):
    pass


@dataclass(frozen=True)
class Signer:
    name: str
    title: str
    role: str  # 主要负责人 | 主持工作的负责人


@dataclass
class Preview:
    unit_code: str
    period: str
    revision: int
    nil_return: bool
    counts: dict[str, int]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    revision: int
    sha256: str
    nil_return: bool
    counts: dict[str, int]

    def as_json(self) -> dict[str, object]:
        return {**self.__dict__, "path": str(self.path)}


def package_name(unit_code: str, period: str, revision: int) -> str:
    return f"{unit_code}_{period}_r{revision}.p7m"


def _live_items(session: Session, unit_code: str, period: str) -> list[ListingItem]:
    return list(
        session.scalars(
            select(ListingItem)
            .options(selectinload(ListingItem.subject), selectinload(ListingItem.persons))
            .where(
                ListingItem.reporting_unit_code == unit_code,
                ListingItem.period == period,
                ListingItem.deleted_at.is_(None),
                ~never_sent_published(),
            )
            .order_by(ListingItem.id)
        )
    )


def _live_removals(session: Session, unit_code: str, period: str) -> list[RemovalCase]:
    return list(
        session.scalars(
            select(RemovalCase)
            .where(
                RemovalCase.reporting_unit_code == unit_code,
                RemovalCase.period == period,
                RemovalCase.deleted_at.is_(None),
            )
            .order_by(RemovalCase.id)
        )
    )


def _item_json(ctx: AppContext, item: ListingItem, *, reveal: bool = True) -> dict[str, Any]:
    """The item as in data.json. ``reveal=False`` leaves ID numbers out (they were checked when
    stored): the preview then needs no key, so the dashboard never asks for a passphrase."""
    s = item.subject
    return {
        "uid": item.uid,
        "subject": {
            "code": s.code,
            "code_kind": s.code_kind.value,
            "name": s.name,
            "region_code": s.region_code,
            "industry": s.industry,
            "kind": s.kind.value,
            "legal_representative": s.legal_representative,
        },
        "rule_pack": item.rule_pack,
        "tier": item.tier.value,
        "criteria": item.criteria_codes,
        "source_channel": item.source_channel,
        "summary": item.summary,
        "basis_document": item.basis_document,
        "decision_date": item.decision_date.isoformat(),
        "measures": [m.code for m in item.measures],
        "measures_note": item.measures_note,
        "implementation_status": item.implementation_status,
        "typical_case": item.typical_case,
        "typical_summary": item.typical_summary,
        "remarks": item.remarks,
        "filled_by": item.filled_by,
        "filled_phone": item.filled_phone,
        "persons": [
            {
                "name": p.name,
                "role": p.role.value,
                "title": p.title,
                "id_doc_type": p.id_doc_type.value,
                "id_number": ctx.pii().reveal(p.id_cipher) if p.id_cipher and reveal else "",
            }
            for p in item.persons
        ],
    }


def _removal_json(session: Session, case: RemovalCase) -> dict[str, Any]:
    listing = session.get(ListingItem, case.listing_item_id)
    assert listing is not None
    return {
        "uid": case.uid,
        "listing_uid": listing.uid,
        "subject_name": listing.subject.name,
        "subject_code": listing.subject.code,
        "published_on": listing.published_on.isoformat() if listing.published_on else None,
        "expires_on": listing.expires_on.isoformat() if listing.expires_on else None,
        "applied": case.applied,
        "applied_on": case.applied_on.isoformat() if case.applied_on else None,
        "subject_status": case.subject_status.value,
        "rectification": case.rectification,
        "reoffended": case.reoffended,
        "reoffence_details": case.reoffence_details,
        "opinion": case.opinion.value if case.opinion else None,
        "opinion_reason": case.opinion_reason,
    }


def _red_json(row: RedListRow) -> dict[str, Any]:
    return {
        "uid": row.uid,
        "subject_name": row.subject_name,
        "subject_code": row.subject_code,
        "conditions": list(row.conditions),
        "incentive_measures": list(row.measures),
        "commitment_date": row.commitment_date.isoformat() if row.commitment_date else None,
        "standardization_level": row.standardization_level,
    }


def _typical_cases(session: Session, unit_code: str, period: str) -> list[TypicalCase]:
    return list(
        session.scalars(
            select(TypicalCase).where(
                TypicalCase.reporting_unit_code == unit_code,
                TypicalCase.period == period,
                TypicalCase.deleted_at.is_(None),
            )
        )
    )


def _typical_json(session: Session, case: TypicalCase) -> dict[str, Any]:
    listing = session.get(ListingItem, case.listing_item_id) if case.listing_item_id else None
    return {
        "uid": case.uid,
        "title": case.title,
        "summary": case.summary,
        "effect": case.effect,
        "listing_uid": listing.uid if listing else None,
    }


def _contact_json(c: LiaisonContact) -> dict[str, Any]:
    return {
        "uid": c.uid,
        "category": c.category.value,
        "name": c.name,
        "title": c.title,
        "office_phone": c.office_phone,
        "mobile": c.mobile,
        "fax": c.fax,
        "email": c.email,
    }


def _last_revision(session: Session, unit_code: str, period: str) -> PackageRevision | None:
    return session.scalar(
        select(PackageRevision)
        .join(Package)
        .where(Package.reporting_unit_code == unit_code, Package.period == period)
        .order_by(PackageRevision.revision.desc())
        .limit(1)
    )


def preview(ctx: AppContext, period: str, today: dt.date | None = None) -> Preview:
    if ctx.edition is not Edition.PROVINCIAL:
        raise ExportRefused("只有省级版可以生成报送包。")
    today = today or dt.date.today()
    with ctx.uow() as uow:
        session = uow.session
        items = _live_items(session, ctx.unit_code, period)
        contacts = session.scalar(
            select(LiaisonContact.id).where(
                LiaisonContact.reporting_unit_code == ctx.unit_code, LiaisonContact.deleted_at.is_(None)
            )
        )
        last = _last_revision(session, ctx.unit_code, period)
        result = Preview(
            ctx.unit_code,
            period,
            (last.revision + 1) if last else 1,
            nil_return=not items,
            counts={
                "listing_items": len(items),
                "persons": sum(len(i.persons) for i in items),
                "removal_cases": len(_live_removals(session, ctx.unit_code, period)),
            },
        )
        for item in items:
            _parsed, issues = parse_item(_item_json(ctx, item, reveal=False), today)
            for issue in issues:
                text = f"{item.subject.name}（{item.basis_document}）：{issue.message}"
                (result.errors if issue.severity == "error" else result.warnings).append(text)
        ratio = typical_ratio(ctx, period)
        if ratio.listed and not ratio.met:
            result.warnings.append(
                f"典型案例 {ratio.typical} 件，不足红黑名单报送数（{ratio.listed} 条）的50%"
                "（安监总厅〔2018〕10号要求不低于50%）。"
            )
        legacy = [i.subject.name for i in items if i.subject.is_legacy_code]
        if legacy:
            result.warnings.append(
                f"{len(legacy)} 个单位仍使用旧版注册号或组织机构代码：{'、'.join(legacy[:5])}。"
            )
        if contacts is None:
            result.warnings.append("尚未填报附件4（联络员名单）。")
    trust = pki_service.trust(ctx)
    if trust.ministry_encryption is None:
        result.errors.append("本机没有有效的总局加密证书：请先安装总局签发的证书包。")
    if not pki_service.keystore(ctx).exists(pki_service.KEY_UNIT):
        result.errors.append("本机还没有本单位的签名证书：请先申请并安装证书。")
    return result


def export_package(
    ctx: AppContext,
    period: str,
    out_dir: Path,
    signer: Signer,
    *,
    accept_warnings: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int, str], bool] | None = None,
) -> ExportResult:
    """Sign and encrypt the period's package. ``progress(done, total, message)`` returning False
    cancels; nothing is written or recorded then (the file is written last, atomically)."""

    def step(done: int, total: int, message: str) -> None:
        if progress is not None and not progress(done, total, message):
            raise ExportRefused("已取消，未生成报送包。")

    step(0, 0, "正在检查本期数据…")
    summary = preview(ctx, period, today)
    if summary.errors:
        raise ExportRefused("不能生成报送包：\n" + "\n".join(summary.errors))
    if summary.warnings and not accept_warnings:
        raise ExportRefused(
            "请先确认以下提醒（命令行加 --accept-warnings）：\n" + "\n".join(summary.warnings)
        )
    if signer.role not in SIGNER_ROLES or not signer.name.strip() or not signer.title.strip():
        raise ExportRefused("审签人须填写姓名、职务，身份为“主要负责人”或“主持工作的负责人”。")
    key, cert = pki_service.signing_key(ctx)
    recipient = pki_service.trust(ctx).ministry_encryption
    assert recipient is not None
    unit = reference.unit(ctx.unit_code)
    now = utcnow().replace(microsecond=0)
    with ctx.uow() as uow:
        session = uow.session
        items = _live_items(session, ctx.unit_code, period)
        contacts = list(
            session.scalars(
                select(LiaisonContact).where(
                    LiaisonContact.reporting_unit_code == ctx.unit_code, LiaisonContact.deleted_at.is_(None)
                )
            )
        )
        removals = _live_removals(session, ctx.unit_code, period)
        last = _last_revision(session, ctx.unit_code, period)
        revision = (last.revision + 1) if last else 1
        listing_json = []
        for number, item in enumerate(items, start=1):
            listing_json.append(_item_json(ctx, item))
            if number % 100 == 0:
                step(number, len(items), "正在整理名单…")
        data = {
            "schema": SCHEMA,
            "unit_code": unit.code,
            "period": period,
            "revision": revision,
            "listing_items": listing_json,
            "removal_cases": [_removal_json(session, c) for c in removals],
            "liaison_contacts": [_contact_json(c) for c in contacts],
            "red_list": [_red_json(r) for r in list_red_list(ctx, period)],
            "typical_cases": [
                _typical_json(session, c) for c in _typical_cases(session, ctx.unit_code, period)
            ],
        }
        counts = {
            "listing_items": len(items),
            "persons": sum(len(i["persons"]) for i in data["listing_items"]),
            "removal_cases": len(removals),
            "liaison_contacts": len(contacts),
            "red_list": len(data["red_list"]),
            "typical_cases": len(data["typical_cases"]),
        }
        manifest = {
            "unit_code": unit.code,
            "unit_name": unit.name,
            "period": period,
            "revision": revision,
            "supersedes_sha256": last.file_sha256 if last else None,
            "recipient": pki.fingerprint(recipient),
            "created_at": now.isoformat(),
            "software_version": __version__,
            "suite": SUITE_INTL,
            "nil_return": not items,
            "counts": counts,
            "signer": {"name": signer.name.strip(), "title": signer.title.strip(), "role": signer.role},
            "signer_certificate": pki.fingerprint(cert),
        }
        step(len(items), len(items), "正在生成附件表格…")
        files = {
            "data.json": json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
            "annex1.xlsx": annex_xlsx.annex1(data["listing_items"]),
            "annex3.xlsx": annex_xlsx.annex3(data["removal_cases"]),
            "annex4.xlsx": annex_xlsx.annex4(data["liaison_contacts"]),
            "cover.pdf": cover_pdf.cover(
                manifest,
                [
                    ("附件1 拟纳入联合惩戒对象", counts["listing_items"]),
                    ("其中有关人员", counts["persons"]),
                    ("附件3 移出审核结果", counts["removal_cases"]),
                    ("附件4 联络员", counts["liaison_contacts"]),
                ],
            ),
        }
        step(len(items), len(items), "正在签名并加密…")
        crypto = suite(SUITE_INTL)
        sealed = crypto.envelope(crypto.sign(package.build(manifest, files), cert, key), recipient)
        target = out_dir / package_name(unit.code, period, revision)
        digest = package.sha256(sealed)
        record = session.scalar(
            select(Package).where(Package.reporting_unit_code == unit.code, Package.period == period)
        ) or Package(reporting_unit_code=unit.code, period=period)
        session.add(record)
        session.flush()
        if last is not None:
            last.status = PackageStatus.SUPERSEDED
        revision_row = PackageRevision(
            package_id=record.id,
            revision=revision,
            status=PackageStatus.EXPORTED,
            nil_return=not items,
            file_sha256=digest,
            supersedes_sha256=last.file_sha256 if last else None,
            archive_path=str(target),
            suite=SUITE_INTL,
            signer_name=signer.name.strip(),
            signer_title=f"{signer.title.strip()}（{signer.role}）",
            signer_certificate_sha256=pki.fingerprint(cert),
            signed_at=now,
            counts=counts,
        )
        session.add(revision_row)
        session.flush()
        for case in removals:
            case.package_revision_id = revision_row.id
        for item in items:
            item.package_revision_id = revision_row.id
            if item.state in (ItemState.DRAFT, ItemState.RETURNED, ItemState.SIGNED):
                reason = f"{signer.name}（{signer.title}，{signer.role}）审签，第{revision}版报送包"
                move(session, item, ItemState.SIGNED, actor=ctx.actor, actor_unit=unit.code, reason=reason)
        audit.record(
            session,
            ctx.actor,
            "package_export",
            "package",
            target.name,
            {"sha256": digest, "revision": revision},
        )
        atomic_write_bytes(target, sealed, mode=0o644)
        uow.commit()
    return ExportResult(target, revision, digest, not items, counts)
