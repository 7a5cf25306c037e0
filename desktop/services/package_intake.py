"""Ministry intake of monthly packages (SPEC §2), and the receipts it issues.

``inspect`` runs the checks in order — read, decrypt, signature, certificate chain at signing time
with revocation, the signer is the registered principal of the unit in the manifest, file hashes,
schema — and stops at the first failure; nothing is stored. ``import_package`` then applies the
package: an identical file again is a no-op that says so, an older revision is refused, a newer one
supersedes the earlier one item by item, invalid items are quarantined with reasons. The ``.p7m``
is archived unchanged with its verification result and receipt time, and a signed receipt is issued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.context import AppContext
from desktop.services import audit, feedback, removal_chain, review
from desktop.services import pki as pki_service
from desktop.services.bulk import insert_rows, paused_gc
from desktop.services.listing_store import add_person, chunks, insert_listings, store_subjects
from desktop.services.workflow import move
from exporters import package, pki
from exporters.atomic import atomic_write_bytes
from exporters.cms import CheckFailed, suite, verify_chain
from models.base import utcnow
from models.calendar import WorkCalendar, local_day
from models.contacts import LiaisonContact
from models.deadlines import days_late, monthly_package_due
from models.enums import (
    CertPurpose,
    Edition,
    ItemOutcome,
    ItemState,
    LiaisonCategory,
    ObjectionDecision,
    PackageStatus,
    ReceiptChannel,
)
from models.errors import UserError
from models.listing import ListingCriterion, ListingItem, ListingMeasure
from models.package_data import SchemaError, check_data, check_manifest, parse_item
from models.packages import Package, PackageItem, PackageRevision
from models.pki import Principal
from models.removal import Objection
from models.subjects import Subject

MAX_PACKAGE = 256 * 1024 * 1024
CHECKS = (
    ("read", "读取文件"),
    ("decrypt", "解密（本机总局加密证书）"),
    ("signature", "验证签名"),
    ("chain", "证书链：签名时有效，由总局根证书签发，未被吊销"),
    ("zip", "报送包结构"),
    ("principal", "签名者是该单位登记的证书，收件人是本机"),
    ("hashes", "文件摘要与清单一致"),
    ("schema", "数据格式"),
)
_LABELS = dict(CHECKS)


class IntakeRefused(UserError):
    pass


@dataclass
class CheckResult:
    check: str
    label: str
    ok: bool
    detail: str = ""

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class Inspection:
    file_name: str
    file_sha256: str
    checks: list[CheckResult] = field(default_factory=list)
    manifest: dict[str, Any] | None = None
    data: dict[str, Any] | None = None
    signer: x509.Certificate | None = None
    signing_time: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return len(self.checks) == len(CHECKS) and all(c.ok for c in self.checks)

    @property
    def failure(self) -> CheckResult | None:
        return next((c for c in self.checks if not c.ok), None)

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file_name,
            "sha256": self.file_sha256,
            "ok": self.ok,
            "checks": [c.as_json() for c in self.checks],
            "manifest": self.manifest,
            "signer": {
                "subject": self.signer.subject.rfc4514_string(),
                "fingerprint": pki.fingerprint(self.signer),
                "unit_code": pki.unit_code_of(self.signer),
            }
            if self.signer
            else None,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
        }


def inspect(ctx: AppContext, data: bytes, file_name: str, now: dt.datetime | None = None) -> Inspection:
    if ctx.edition is not Edition.MINISTRY:
        raise IntakeRefused("只有总局版可以接收报送包。")
    now = now or utcnow()
    result = Inspection(file_name, package.sha256(data))

    def passed(check: str, detail: str = "") -> None:
        result.checks.append(CheckResult(check, _LABELS[check], True, detail))

    try:
        if not data:
            raise CheckFailed("read", "文件为空。")
        if len(data) > MAX_PACKAGE:
            raise CheckFailed("read", "文件过大，不是正常的报送包。")
        passed("read", f"{len(data)} 字节")
        crypto = suite("intl-2026")
        inner, decrypted_with = _decrypt(ctx, crypto, data)
        passed("decrypt", f"收件证书 {pki.fingerprint(decrypted_with)[:16]}…")
        signed = crypto.read_signed(inner)
        result.signer, result.signing_time = signed.signer, signed.signing_time
        if signed.signing_time is None:
            raise CheckFailed("signature", "签名中没有签名时间。")
        if signed.signing_time > now + dt.timedelta(days=1):
            raise CheckFailed(
                "signature", f"签名时间 {signed.signing_time:%Y-%m-%d %H:%M} 晚于当前时间，不可信。"
            )
        passed(
            "signature",
            f"签名者：{pki.common_name(signed.signer)}，签名时间 {signed.signing_time:%Y-%m-%d %H:%M} UTC",
        )
        trust = pki_service.trust(ctx)
        verify_chain(signed.signer, trust.roots, signed.signing_time, trust.crls)
        passed("chain")
        contents = package.read(signed.payload)
        passed("zip", "、".join(sorted(contents.files)))
        result.manifest = contents.manifest
        _check_principal(ctx, contents.manifest, signed.signer, signed.signing_time, decrypted_with)
        passed("principal", f"{contents.manifest.get('unit_name')}（{contents.manifest.get('unit_code')}）")
        package.verify_hashes(contents)
        passed("hashes")
        try:
            check_manifest(contents.manifest)
            result.data = contents.json("data.json")
            check_data(contents.manifest, result.data)
        except (SchemaError, ValueError) as exc:
            raise CheckFailed("schema", str(exc)) from exc
        passed(
            "schema",
            f"第 {contents.manifest['revision']} 版，{contents.manifest['counts']['listing_items']} 条名单",
        )
    except CheckFailed as exc:
        result.checks.append(CheckResult(exc.check, _LABELS.get(exc.check, exc.check), False, str(exc)))
    return result


def _decrypt(ctx: AppContext, crypto: Any, data: bytes) -> tuple[bytes, x509.Certificate]:
    failure: CheckFailed | None = None
    for key, cert in pki_service.decryption_keys(ctx):
        try:
            return crypto.decrypt(data, cert, key), cert
        except CheckFailed as exc:
            failure = exc
    assert failure is not None
    raise failure


def _check_principal(
    ctx: AppContext,
    manifest: dict[str, Any],
    signer: x509.Certificate,
    at: dt.datetime,
    recipient: x509.Certificate,
) -> None:
    unit_code = str(manifest.get("unit_code", ""))
    fp = pki.fingerprint(signer)
    with ctx.uow() as uow:
        principal = uow.session.scalar(select(Principal).where(Principal.fingerprint == fp))
    if principal is None or principal.purpose is not CertPurpose.UNIT_SIGNING:
        raise CheckFailed("principal", f"签名证书（指纹 {fp[:16]}…）没有在本机登记为任何报送单位的证书。")
    if principal.unit_code != unit_code:
        raise CheckFailed(
            "principal",
            f"签名证书登记属于“{principal.unit_code}”，但报送包声称来自“{unit_code}”：冒用他单位名义，已拒收。",
        )
    if principal.revoked_at is not None and principal.revoked_at <= at:
        raise CheckFailed("principal", f"该单位的签名证书已于 {principal.revoked_at:%Y-%m-%d} 被吊销。")
    if manifest.get("recipient") != pki.fingerprint(recipient):
        raise CheckFailed("principal", "清单中的收件人不是本机的总局加密证书：该报送包原本发给别处，已拒收。")


# ----------------------------------------------------------------------------- import


@dataclass
class Quarantined:
    uid: str
    name: str
    reasons: list[str]


@dataclass
class IntakeResult:
    status: str  # imported | duplicate | refused
    message: str
    inspection: Inspection
    unit_code: str = ""
    period: str = ""
    revision: int = 0
    received_at: dt.datetime | None = None
    on_time: bool | None = None
    days_late: int = 0
    imported: int = 0
    superseded: int = 0
    withdrawn: int = 0
    removal_cases: int = 0
    quarantined: list[Quarantined] = field(default_factory=list)
    receipt: Path | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "message": self.message,
            "unit": self.unit_code,
            "period": self.period,
            "revision": self.revision,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "on_time": self.on_time,
            "days_late": self.days_late,
            "imported": self.imported,
            "superseded": self.superseded,
            "withdrawn": self.withdrawn,
            "removal_cases": self.removal_cases,
            "quarantined": [q.__dict__ for q in self.quarantined],
            "receipt": str(self.receipt) if self.receipt else None,
            "inspection": self.inspection.as_json(),
        }


def import_package(
    ctx: AppContext,
    data: bytes,
    file_name: str,
    *,
    received_at: dt.datetime | None = None,
    channel: ReceiptChannel = ReceiptChannel.DISK,
    today: dt.date | None = None,
) -> IntakeResult:
    received_at = received_at or utcnow()
    with paused_gc():
        return _import(ctx, data, file_name, received_at, channel, today)


def _import(
    ctx: AppContext,
    data: bytes,
    file_name: str,
    received_at: dt.datetime,
    channel: ReceiptChannel,
    today: dt.date | None,
) -> IntakeResult:
    inspection = inspect(ctx, data, file_name)
    if not inspection.ok:
        failure = inspection.failure
        return IntakeResult(
            "refused", f"{failure.label}：{failure.detail}" if failure else "检查未通过", inspection
        )
    manifest, payload = inspection.manifest, inspection.data
    assert manifest is not None
    assert payload is not None
    unit_code, period, revision = manifest["unit_code"], manifest["period"], int(manifest["revision"])
    result = IntakeResult("imported", "", inspection, unit_code, period, revision, received_at)
    with ctx.uow() as uow:
        session = uow.session
        record = session.scalar(
            select(Package).where(Package.reporting_unit_code == unit_code, Package.period == period)
        )
        last = (
            session.scalar(
                select(PackageRevision)
                .where(PackageRevision.package_id == record.id)
                .order_by(PackageRevision.revision.desc())
                .limit(1)
            )
            if record
            else None
        )
        # An older revision is refused even as a byte-identical replay; the same file again is a no-op.
        if last is not None and revision < last.revision:
            result.status = "refused"
            result.message = f"已接收 {unit_code} {period} 第 {last.revision} 版，本文件为第 {revision} 版（旧版本），未导入。"
            return result
        same = session.scalar(
            select(PackageRevision).where(PackageRevision.file_sha256 == inspection.file_sha256)
        )
        if same is not None:
            result.status = "duplicate"
            when = f"于 {same.received_at:%Y-%m-%d %H:%M} " if same.received_at else ""
            result.message = f"同一报送包已{when}接收（{file_name}），本次未重复导入。"
            return result
        if last is not None and revision == last.revision:
            result.status = "refused"
            result.message = (
                f"已接收 {unit_code} {period} 第 {revision} 版（内容不同的另一文件），"
                "同一版本号不能再次报送，请报送更正版本。"
            )
            return result
        if record is None:
            record = Package(reporting_unit_code=unit_code, period=period, due_on=monthly_package_due(period))
            session.add(record)
            session.flush()
        archive = (
            ctx.home
            / "archive"
            / "packages"
            / unit_code
            / (f"{unit_code}_{period}_r{revision}_{inspection.file_sha256[:12]}.p7m")
        )
        if not archive.exists():  # named by content: evidence is never overwritten
            atomic_write_bytes(archive, data, mode=0o444)
        rev = PackageRevision(
            package_id=record.id,
            revision=revision,
            status=PackageStatus.RECEIVED,
            nil_return=bool(manifest["nil_return"]),
            file_sha256=inspection.file_sha256,
            supersedes_sha256=manifest.get("supersedes_sha256"),
            archive_path=str(archive),
            suite=str(manifest["suite"]),
            signer_name=manifest["signer"]["name"],
            signer_title=f"{manifest['signer']['title']}（{manifest['signer']['role']}）",
            signer_certificate_sha256=pki.fingerprint(inspection.signer) if inspection.signer else "",
            signed_at=inspection.signing_time,
            received_at=received_at,
            channel=channel,
            verification={"checks": [c.as_json() for c in inspection.checks]},
            counts=manifest["counts"],
        )
        session.add(rev)
        session.flush()
        if last is not None:
            last.status = PackageStatus.SUPERSEDED
        _apply_items(ctx, session, rev, payload, result, today or local_day(received_at))
        _replace_contacts(session, unit_code, payload["liaison_contacts"])
        late = days_late(period, local_day(received_at), record.extension_until)
        result.on_time, result.days_late = late == 0, late
        result.receipt = _issue_receipt(ctx, session, rev)
        timeliness = "按时" if result.on_time else f"迟报 {result.days_late} 天"
        if manifest["nil_return"]:
            what = "本月无新增"
        else:
            what = f"新增 {result.imported} 条，更正 {result.superseded} 条，撤回 {result.withdrawn} 条，隔离 {len(result.quarantined)} 条"
        if result.removal_cases:
            what += f"，移出审核 {result.removal_cases} 条"
        result.message = f"已接收 {manifest['unit_name']} {period} 第 {revision} 版（{timeliness}）：{what}。"
        audit.record(
            session,
            ctx.actor,
            "package_import",
            "package_revision",
            rev.id,
            {"file": file_name, "sha256": inspection.file_sha256, "channel": channel.value},
        )
        uow.commit()
    return result


def _apply_items(
    ctx: AppContext,
    session: Session,
    rev: PackageRevision,
    payload: dict[str, Any],
    result: IntakeResult,
    today: dt.date,
) -> None:
    """Validate every item, then store in bulk: quarantined items get a reason, new items are
    inserted, items already held (same uid) are superseded, items no longer sent are withdrawn."""
    unit_code, period = result.unit_code, result.period
    accepted: list[tuple[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for raw in payload["listing_items"]:
        uid = raw["uid"]
        parsed, issues = parse_item(raw, today)
        if parsed is None:
            reasons = [i.message for i in issues if i.severity == "error"]
            result.quarantined.append(
                Quarantined(uid, str((raw.get("subject") or {}).get("name") or ""), reasons)
            )
            outcomes.append(
                {"item_uid": uid, "outcome": ItemOutcome.QUARANTINED, "reason": "；".join(reasons)}
            )
        else:
            accepted.append((uid, parsed))
            outcomes.append({"item_uid": uid, "outcome": ItemOutcome.ACCEPTED, "reason": ""})
    uids = [uid for uid, _parsed in accepted]
    held = {
        item.uid: item
        for chunk in chunks(uids)
        for item in session.scalars(select(ListingItem).where(ListingItem.uid.in_(chunk)))
    }
    foreign = {uid for uid, item in held.items() if item.reporting_unit_code != unit_code}
    if foreign:
        # A unit may only correct its own items: a uid already held for another unit is refused.
        reason = "条目标识与其他单位已报送的条目相同，不能更正他单位的条目。"
        for uid, parsed in accepted:
            if uid in foreign:
                result.quarantined.append(Quarantined(uid, parsed.name, [reason]))
        outcomes = [
            {"item_uid": o["item_uid"], "outcome": ItemOutcome.QUARANTINED, "reason": reason}
            if o["item_uid"] in foreign
            else o
            for o in outcomes
        ]
        accepted = [(uid, parsed) for uid, parsed in accepted if uid not in foreign]
        uids = [uid for uid, _parsed in accepted]
    # Items past the review chain (published, under objection, rejected, removed…) are no longer the
    # unit's to correct by a new revision: resent unchanged, the receipt repeats their outcome; resent
    # changed, the correction is quarantined with the reason and the stored item stays as it is.
    # A withdrawn item the unit sends again re-enters the chain like a correction (not locked).
    locked = {
        uid
        for uid, item in held.items()
        if item.state not in review.IN_CHAIN and item.state is not ItemState.SUPERSEDED
    }
    if locked:
        refused = {
            uid: _locked_reason(held[uid])
            for uid, parsed in accepted
            if uid in locked and _would_change(ctx, session, held[uid], parsed, rev)
        }
        for uid, parsed in accepted:
            if uid in refused:
                result.quarantined.append(Quarantined(uid, parsed.name, [refused[uid]]))
        # The receipt carries the item's outcome as it stands (the unit must not take a refused
        # correction for a return), with the refusal in its reason.
        current = {uid: feedback.outcome_for(session, held[uid])[1:3] for uid in locked}
        outcomes = [
            {
                "item_uid": o["item_uid"],
                "outcome": current[o["item_uid"]][0],
                "reason": "；".join(
                    r
                    for r in (
                        current[o["item_uid"]][1],
                        f"第{rev.revision}版的更正未予采用：{refused[o['item_uid']]}"
                        if o["item_uid"] in refused
                        else "",
                    )
                    if r
                ),
            }
            if o["item_uid"] in locked
            else o
            for o in outcomes
        ]
        accepted = [(uid, parsed) for uid, parsed in accepted if uid not in locked]
    subject_ids = store_subjects(session, [parsed for _uid, parsed in accepted])
    calendar = ctx.calendar() if held else None
    for uid, parsed in accepted:
        if uid in held:
            assert calendar is not None
            subject = session.get(Subject, subject_ids[parsed.code])
            if _supersede(ctx, session, held[uid], parsed, subject, rev, today, calendar):
                result.superseded += 1
    new = [(uid, parsed) for uid, parsed in accepted if uid not in held]
    insert_listings(
        ctx,
        session,
        unit_code,
        period,
        new,
        subject_ids,
        state=ItemState.RECEIVED,
        package_revision_id=rev.id,
        reason=f"接收第{rev.revision}版报送包",
    )
    result.imported = len(new)
    sent = set(uids) | {q.uid for q in result.quarantined}
    still_held = session.execute(
        select(ListingItem.id, ListingItem.uid).where(
            ListingItem.reporting_unit_code == unit_code,
            ListingItem.period == period,
            ListingItem.deleted_at.is_(None),
            ListingItem.state.in_(review.IN_CHAIN),
        )
    ).all()
    for item in [session.get(ListingItem, item_id) for item_id, uid in still_held if uid not in sent]:
        if item is not None:
            reason = f"第{rev.revision}版报送包中已撤回"
            review.leave_open_steps(session, item, review.moment(today), close_tasks=True)
            move(
                session,
                item,
                ItemState.SUPERSEDED,
                actor=ctx.actor,
                actor_unit=ctx.unit_code,
                reason=reason,
                revision_id=rev.id,
            )
            result.withdrawn += 1
    cases = payload.get("removal_cases") or []
    if cases:
        received = removal_chain.receive(
            ctx, session, rev.id, unit_code, period, cases, calendar or ctx.calendar(), today
        )
        outcomes += received.outcomes
        result.removal_cases = received.accepted
        result.quarantined += [Quarantined(uid, name, [reason]) for uid, name, reason in received.quarantined]
    insert_rows(
        session,
        PackageItem.__table__,
        [{"revision_id": rev.id, "kind": "listing", **row} for row in outcomes],
    )
    session.flush()


def _locked_reason(item: ListingItem) -> str:
    if item.state is ItemState.OBJECTION_RAISED:
        return "该条目正在异议核查中，本版的更正未予采用；更正事项请通过异议核查办理。"
    return f"该条目当前为“{item.state.label}”，本版的更正未予采用；已公布的条目请通过异议或移出程序办理。"


def _would_change(
    ctx: AppContext, session: Session, item: ListingItem, parsed: Any, rev: PackageRevision
) -> bool:
    """Whether ``parsed`` differs from the stored item in any field a reviewer judges: the correction
    is applied inside a savepoint and rolled back, so the comparison uses the same code as a real one."""
    if parsed.code != item.subject.code:
        return True
    # Fields the ministry itself may have changed (an upheld objection's corrections; the subject's
    # name, shared by every unit) are not the unit's changes.
    ministry_owned = {"subject_name", "industry"}
    if session.scalar(
        select(Objection.id).where(
            Objection.listing_item_id == item.id, Objection.decision == ObjectionDecision.CORRECTED
        )
    ):
        ministry_owned |= {"summary", "remarks", "measures_note"}
    savepoint = session.begin_nested()
    try:
        changed = _apply_correction(ctx, session, item, parsed, item.subject, rev)
    except IntegrityError:
        changed = {"basis_document"}  # it collides with another of the unit's items: a change
    finally:
        savepoint.rollback()
    return bool(changed - ministry_owned)


def _apply_correction(
    ctx: AppContext, session: Session, item: ListingItem, parsed: Any, subject: Any, rev: PackageRevision
) -> set[str]:
    """Overwrite the held item with its corrected version; returns the snapshot fields that changed."""
    before = review.snapshot(item)
    item.subject = subject
    item.rule_pack, item.tier, item.source_channel = parsed.rule_pack, parsed.tier, parsed.source_channel
    item.summary, item.basis_document, item.basis_key = (
        parsed.summary,
        parsed.basis_document,
        parsed.basis_key,
    )
    item.decision_date, item.measures_note = parsed.decision_date, parsed.measures_note
    item.typical_case, item.remarks = parsed.typical_case, parsed.remarks
    item.criteria = [ListingCriterion(code=c) for c in parsed.criteria]
    item.measures = [ListingMeasure(code=m) for m in parsed.measures]
    item.persons = []
    session.flush()
    for person in parsed.persons:
        add_person(ctx, item, person)
    item.package_revision_id = rev.id
    session.flush()
    after = review.snapshot(item)
    return {key for key, value in after.items() if before.get(key) != value}


def _supersede(
    ctx: AppContext,
    session: Session,
    item: ListingItem,
    parsed: Any,
    subject: Any,
    rev: PackageRevision,
    today: dt.date,
    calendar: WorkCalendar,
) -> bool:
    """Replace a held item by its corrected version. Unchanged items keep their place in the chain;
    a changed item under review goes back to its department (a returned one resumes its clock).
    Returns whether the content changed."""
    changed = bool(_apply_correction(ctx, session, item, parsed, subject, rev))
    who = {"actor": ctx.actor, "actor_unit": ctx.unit_code}
    if not changed and item.state is not ItemState.RETURNED:
        move(session, item, item.state, reason=f"第{rev.revision}版报送包中未更改", revision_id=rev.id, **who)
        return False
    review.leave_open_steps(session, item, review.moment(today), close_tasks=False)
    if review.resume_after_correction(session, item, calendar, today, revision_id=rev.id, **who):
        return True
    if item.state is not ItemState.RECEIVED and item.department_code:
        review.reopen(
            ctx,
            session,
            item,
            calendar,
            today,
            f"报送单位以第{rev.revision}版更正，重新司局审核",
            revision_id=rev.id,
        )
        return True
    move(
        session,
        item,
        ItemState.RECEIVED,
        reason=f"被第{rev.revision}版报送包更正替代",
        revision_id=rev.id,
        **who,
    )
    return True


def _replace_contacts(session: Session, unit_code: str, contacts: list[dict[str, Any]]) -> None:
    """The ministry keeps each unit's latest Annex 4; earlier contacts are kept but deactivated."""
    if not contacts:
        return
    for old in session.scalars(select(LiaisonContact).where(LiaisonContact.reporting_unit_code == unit_code)):
        old.active = False
    for c in contacts:
        category = LiaisonCategory.from_text(str(c.get("category", ""))) or LiaisonCategory.LIAISON
        session.add(
            LiaisonContact(
                reporting_unit_code=unit_code,
                category=category,
                name=str(c.get("name", ""))[:64],
                title=str(c.get("title", ""))[:64],
                office_phone=str(c.get("office_phone", ""))[:40],
                mobile=str(c.get("mobile", ""))[:20],
                fax=str(c.get("fax", ""))[:40],
                email=str(c.get("email", ""))[:120],
            )
        )


def _issue_receipt(ctx: AppContext, session: Session, rev: PackageRevision) -> Path:
    items = session.execute(
        select(PackageItem.item_uid, PackageItem.kind, PackageItem.outcome, PackageItem.reason)
        .where(PackageItem.revision_id == rev.id)
        .order_by(PackageItem.id)
    ).all()
    entries = [
        {"uid": i.item_uid, "kind": i.kind, "outcome": i.outcome.value, "reason": i.reason} for i in items
    ]
    content = feedback.receipt_content(rev, entries, utcnow())
    name = feedback.receipt_name(content["unit_code"], content["period"], rev.revision)
    return feedback.sign_receipt(ctx, session, rev, content, name)
