"""Provincial import of the ministry's signed receipt/feedback: verify, then show each item's status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.context import AppContext
from desktop.services import audit
from desktop.services import pki as pki_service
from desktop.services.items import set_publication
from desktop.services.workflow import move
from exporters import package, pki, receipt
from exporters.atomic import atomic_write_bytes
from exporters.cms import CheckFailed, suite, verify_chain
from models.base import utcnow
from models.enums import CertPurpose, Edition, ItemOutcome, ItemState, PackageStatus
from models.errors import UserError
from models.listing import ListingItem
from models.packages import PackageItem, PackageRevision, Receipt
from models.pki import Principal


class ReceiptRefused(UserError):
    pass


@dataclass
class ReceiptResult:
    status: str  # imported | duplicate | superseded (recorded, but a newer revision's outcomes stand)
    unit_code: str
    period: str
    revision: int
    received_at: str
    outcomes: dict[str, int] = field(default_factory=dict)
    returned: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


_STATE_FOR = {
    ItemOutcome.ACCEPTED: ItemState.RECEIVED,
    ItemOutcome.QUARANTINED: ItemState.RETURNED,
    ItemOutcome.RETURNED: ItemState.RETURNED,
    ItemOutcome.REJECTED: ItemState.REJECTED,
    ItemOutcome.PUBLISHED: ItemState.PUBLISHED,
    ItemOutcome.REMOVAL_DECIDED: ItemState.REMOVED,
}


def import_receipt(ctx: AppContext, path: Path) -> ReceiptResult:
    if ctx.edition is not Edition.PROVINCIAL:
        raise ReceiptRefused("回执由省级版导入。")
    data = path.read_bytes()
    if not data:
        raise ReceiptRefused(f"{path.name} 是空文件。")
    try:
        signed = suite("intl-2026").read_signed(data)
        trust = pki_service.trust(ctx)
        if signed.signing_time is None:
            raise CheckFailed("signature", "回执签名中没有签名时间。")
        verify_chain(signed.signer, trust.roots, signed.signing_time, trust.crls)
        content = receipt.parse(signed.payload)
    except CheckFailed as exc:
        raise ReceiptRefused(f"回执 {path.name} 未通过验证：{exc}") from exc
    fp = pki.fingerprint(signed.signer)
    with ctx.uow() as uow:
        session = uow.session
        signer = session.scalar(select(Principal).where(Principal.fingerprint == fp))
        if signer is None or signer.purpose is not CertPurpose.MINISTRY_SIGNING:
            raise ReceiptRefused(f"回执 {path.name} 不是总局签名证书签发的，已拒绝。")
        if content["unit_code"] != ctx.unit_code:
            raise ReceiptRefused(f"回执 {path.name} 是发给“{content['unit_code']}”的，不是本单位的。")
        rev = session.scalar(
            select(PackageRevision).where(PackageRevision.file_sha256 == content["package_sha256"])
        )
        if rev is None:
            raise ReceiptRefused(
                f"回执 {path.name} 对应的报送包（摘要 {content['package_sha256'][:16]}…）不是本机发出的。"
            )
        result = ReceiptResult(
            "imported",
            content["unit_code"],
            content["period"],
            int(content["revision"]),
            str(content["received_at"]),
        )
        digest = package.sha256(data)
        if session.scalar(select(Receipt).where(Receipt.file_sha256 == digest)) is not None:
            result.status = "duplicate"
            return result
        # Keep the signed receipt itself as evidence, in the data folder, never overwritten.
        archived = ctx.home / "archive" / "receipts" / f"{path.stem}_{digest[:12]}{path.suffix}"
        if not archived.exists():
            atomic_write_bytes(archived, data, mode=0o444)
        session.add(
            Receipt(
                revision_id=rev.id,
                package_sha256=content["package_sha256"],
                file_sha256=digest,
                issued_at=dt.datetime.fromisoformat(content["issued_at"]),
                imported_at=utcnow(),
                archive_path=str(archived),
                content=content,
            )
        )
        rev.received_at = dt.datetime.fromisoformat(content["received_at"])
        newer = session.scalar(
            select(PackageRevision.revision)
            .where(PackageRevision.package_id == rev.package_id, PackageRevision.revision > rev.revision)
            .limit(1)
        )
        issued = dt.datetime.fromisoformat(content["issued_at"])
        later = session.scalar(
            select(Receipt.id)
            .where(Receipt.revision_id == rev.id, Receipt.issued_at > issued, Receipt.file_sha256 != digest)
            .limit(1)
        )
        if newer is not None or later is not None:
            # A late receipt for a superseded revision, or one older than feedback already imported,
            # is kept as evidence but changes no status.
            result.status = "superseded"
            audit.record(
                session,
                ctx.actor,
                "receipt_import",
                "receipt",
                path.name,
                {"sha256": digest, "superseded": True},
            )
            uow.commit()
            return result
        rev.status = PackageStatus.RECEIVED
        for entry in content["items"]:
            outcome = ItemOutcome(entry["outcome"])
            result.outcomes[outcome.label] = result.outcomes.get(outcome.label, 0) + 1
            row = session.scalar(
                select(PackageItem).where(
                    PackageItem.revision_id == rev.id, PackageItem.item_uid == entry["uid"]
                )
            ) or PackageItem(revision_id=rev.id, item_uid=entry["uid"], kind=entry.get("kind", "listing"))
            row.outcome, row.reason = outcome, entry.get("reason", "")
            session.add(row)
            item = session.scalar(select(ListingItem).where(ListingItem.uid == entry["uid"]))
            if item is not None and outcome is ItemOutcome.PUBLISHED and entry.get("published_on"):
                expires = entry.get("expires_on")
                set_publication(
                    ctx,
                    item,
                    dt.date.fromisoformat(entry["published_on"]),
                    dt.date.fromisoformat(expires) if expires else None,
                )
            if item is not None and item.state is not _STATE_FOR[outcome]:
                move(
                    session,
                    item,
                    _STATE_FOR[outcome],
                    actor="总局回执",
                    actor_unit=signer.unit_code,
                    reason=entry.get("reason", "") or outcome.label,
                    revision_id=rev.id,
                )
                if outcome in (ItemOutcome.QUARANTINED, ItemOutcome.RETURNED):
                    result.returned.append((item.subject.name, entry.get("reason", "")))
        audit.record(session, ctx.actor, "receipt_import", "receipt", path.name, {"sha256": digest})
        uow.commit()
    return result
